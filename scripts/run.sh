#!/usr/bin/env bash
# Set up, then open the Redactor window when a display is present; otherwise
# redact the bundled samples into ./redacted/ and say where they are.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; } && .venv/bin/python -c "import redactor.gui.app" 2>/dev/null; then
  exec .venv/bin/redactor gui
fi
.venv/bin/redactor redact assets/samples -o redacted --report redacted/report.json
echo "Masked copies are in $(pwd)/redacted/ (report: redacted/report.json)"
