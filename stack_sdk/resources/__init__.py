"""Resource namespaces of :class:`~stack_sdk.StackSDK` (each imported on first use)."""
