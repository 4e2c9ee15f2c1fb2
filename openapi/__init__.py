"""OpenAPI pipeline of stack-sdk: upstream record, normaliser, overlay, generator driver."""
