#!/usr/bin/env bash
# Set up everything Redactor needs on a Debian/Ubuntu machine: system packages
# (when run as root), a virtual environment in .venv and the Python packages.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng   # second OCR engine
  fonts-noto-cjk fonts-dejavu-core                        # fonts for samples, tests and the window
  fonts-arphic-ukai fonts-dkg-handwriting                 # handwriting faces of the synthetic generator (required)
  libimage-exiftool-perl                                  # tests check outputs carry no metadata
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt runtime
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0     # Qt on an X display (xcb)
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "setup: please install (as root): apt-get install -y ${missing[*]}" >&2
    fi
  fi
fi

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PYTHON="$cand"; break; fi
  done
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,dev]"
# The full opencv-python ships its own Qt, which breaks PySide6 in one process.
# Nothing Redactor depends on pulls it in; say so if something else put it here.
if .venv/bin/python -m pip show opencv-python >/dev/null 2>&1; then
  echo "setup: warning: opencv-python is installed in .venv; its Qt clashes with PySide6." >&2
  echo "setup: remove it: .venv/bin/python -m pip uninstall opencv-python" >&2
fi
echo "setup: ready (.venv)"
