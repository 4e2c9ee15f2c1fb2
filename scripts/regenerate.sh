#!/usr/bin/env bash
# Regenerate generated/stack_sdk_generated from Stack's pinned OpenAPI release (see openapi/README.md).
# All logic lives in openapi/regenerate.py; --help lists the options.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${STACK_SDK_VENV:-.venv}/bin/python"
[ -x "$PY" ] || PY=python3
exec "$PY" -m openapi.regenerate "$@"
