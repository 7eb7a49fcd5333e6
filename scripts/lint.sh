#!/usr/bin/env bash
# Lint, format and type check (ruff and mypy, configured in pyproject.toml); run after setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m mypy --config-file pyproject.toml
