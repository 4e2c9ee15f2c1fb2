"""Placeholder until scripts/regenerate.sh writes the generated client."""
