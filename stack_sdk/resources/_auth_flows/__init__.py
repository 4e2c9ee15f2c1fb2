"""The sub-namespaces of ``s.auth`` (one module per sign-in flow) and the result they share."""
