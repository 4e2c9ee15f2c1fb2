"""Framework integrations (each submodule imports its framework; nothing here is imported by ``stack_sdk``)."""
