#!/usr/bin/env bash
# Build the standalone Linux bundle and its installers, in one command:
#   dist/redactor/                                 the bundle: Redactor (window), redactor (CLI)
#   dist/redactor-<version>-linux-x86_64.tar.gz    portable: unpack anywhere and run
#   dist/redactor_<version>_amd64.deb              Debian/Ubuntu package (/opt/redactor)
# Sets up like scripts/setup.sh (system packages as root, .venv), adds the pinned
# PyInstaller, and prints sizes and the build time at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER="pyinstaller==6.22.3"
HOOKS="pyinstaller-hooks-contrib==2026.9"
BUILD_PACKAGES=(binutils dpkg-dev)  # objdump for PyInstaller and the .deb's glibc check

start=$(date +%s)
bash scripts/setup.sh
missing=()
for pkg in "${BUILD_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "build: please install (as root): apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
.venv/bin/python -m pip install -q "$PYINSTALLER" "$HOOKS"

version="$(.venv/bin/python -c 'import redactor; print(redactor.__version__)')"
arch="$(uname -m)"
rm -rf dist/redactor build
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build build.spec

# Portable archive: one top folder, redactor-<version>/.
tarball="dist/redactor-$version-linux-$arch.tar.gz"
tar -C dist --transform "s,^redactor,redactor-$version," -czf "$tarball" redactor
deb="dist/redactor_${version}_amd64.deb"
bash packaging/linux/build_deb.sh "$version" "$deb"

seconds=$(( $(date +%s) - start ))
mib() { du -sm "$1" | cut -f1; }
echo "build: done in ${seconds} s (version $version)"
echo "build: bundle  dist/redactor/  $(mib dist/redactor) MiB"
echo "build: tarball $tarball  $(mib "$tarball") MiB"
echo "build: package $deb  $(mib "$deb") MiB"
