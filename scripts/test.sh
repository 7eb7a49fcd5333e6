#!/usr/bin/env bash
# Set up, then run the whole test suite (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# The Qt translation tools (pyside6-lupdate, -lrelease) live in the venv: the i18n tests use them.
export PATH="$PWD/.venv/bin:$PATH"
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" = 5 ]; then
  echo "no tests were collected" >&2
  exit 1
fi
exit "$rc"
