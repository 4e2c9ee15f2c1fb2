"""Testing kit: an embedded fake Stack Auth server and a pytest plugin."""
