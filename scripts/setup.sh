#!/usr/bin/env bash
# Set up everything Redactor needs on a Debian/Ubuntu machine: system packages
# (when run as root), a virtual environment in .venv and the Python packages.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng   # second OCR engine
  fonts-noto-cjk fonts-dejavu-core                        # fonts for samples, tests and the window
  libimage-exiftool-perl                                  # tests check outputs carry no metadata
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt runtime
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
# RapidOCR pins the full opencv-python build, whose bundled Qt breaks PySide6 in
# the same process; its real dependencies are in pyproject.toml (headless OpenCV).
.venv/bin/python -m pip install -q --no-deps "rapidocr-onnxruntime==1.4.4"
if .venv/bin/python -m pip show opencv-python >/dev/null 2>&1; then
  .venv/bin/python -m pip uninstall -y -q opencv-python
  .venv/bin/python -m pip install -q --force-reinstall --no-deps opencv-python-headless
fi
echo "setup: ready (.venv)"
