#!/usr/bin/env bash
# Smoke test of the built installers (run scripts/build.sh first). As root, it
# also installs and removes the .deb.
#
# The frozen programs run in a clean environment: `env -i`, a temporary HOME,
# PATH set to an empty folder (so no Python and no system Tesseract can be
# found), and no network when `unshare -n` is allowed. Checks:
#   - the CLI masks a phone photo (EXIF orientation, GPS, thumbnail): regions are
#     listed and painted over, and the output carries no metadata (exiftool);
#   - the same with --engine tesseract (the bundled Tesseract);
#   - two worker processes (--jobs 2) in the frozen CLI;
#   - a PDF in, a masked PDF out (the bundled PDFium);
#   - the bundled Tesseract loads its libraries from the bundle;
#   - the GUI starts offscreen with --self-test and exits 0;
#   - the tarball unpacks and runs;
#   - dpkg -i, `redactor --version`, desktop entry and icon, dpkg -r, nothing left.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' redactor/__init__.py)"
bundle="$repo/dist/redactor"
tarball="$repo/dist/redactor-$version-linux-$(uname -m).tar.gz"
deb="$repo/dist/redactor_${version}_amd64.deb"
for f in "$bundle/redactor" "$bundle/Redactor" "$tarball" "$deb"; do
  [ -e "$f" ] || { echo "smoke: $f is missing; run scripts/build.sh first" >&2; exit 1; }
done
command -v exiftool >/dev/null || { echo "smoke: exiftool is missing; run scripts/setup.sh" >&2; exit 1; }
python="$repo/.venv/bin/python"  # only for checking results, never for running Redactor

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "smoke: ok   $*"; }
bad() { failed=$((failed + 1)); echo "smoke: FAIL $*" >&2; }

work="$(mktemp -d)"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/emptybin" "$work/home"

# Run a command in the clean environment (no network when the kernel allows it).
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
clean() {
  "${offline[@]}" env -i PATH="$work/emptybin" HOME="$work/home" TMPDIR="$work" "$@"
}

if clean /bin/sh -c 'command -v python3 || command -v python || command -v tesseract' >/dev/null; then
  bad "clean environment still finds python or tesseract on PATH"
else
  ok "clean environment: no python, no tesseract on PATH${offline:+, no network}"
fi

# A phone photo with EXIF orientation, GPS position and an embedded thumbnail.
sample="$work/photo.jpg"
cp assets/samples/iphone_exif6_customs.jpg "$sample"
if ! exiftool -s -GPSLatitude "$sample" | grep -q GPSLatitude; then
  echo "smoke: the sample has no GPS block to strip" >&2
  exit 1
fi

redact_check() {  # engine
  local engine="$1" out="$work/out-$1" log="$work/cli-$1.log"
  if ! clean "$bundle/redactor" redact "$sample" -o "$out" --report "$out/report.json" \
      --engine "$engine" --jobs 1 -q >"$log" 2>&1; then
    bad "CLI --engine $engine exited non-zero:"; cat "$log" >&2; return
  fi
  if "$python" packaging/smoke_check.py "$sample" "$out/photo.jpg" "$out/report.json"; then
    ok "CLI --engine $engine: $(tail -1 "$log")"
  else
    bad "CLI --engine $engine: output not masked as the report says"
  fi
  local meta
  meta="$(exiftool -a -G1 -s "$out/photo.jpg" | grep -E '^\[(IFD0|IFD1|ExifIFD|GPS|XMP[^]]*|IPTC|Photoshop|ICC_Profile|File:Comment)\]' || true)"
  if [ -z "$meta" ]; then
    ok "CLI --engine $engine: output has no EXIF, GPS, XMP or IPTC"
  else
    bad "CLI --engine $engine: metadata left in the output:"; echo "$meta" >&2
  fi
}
redact_check rapidocr
redact_check tesseract

# Two worker processes: the CLI spawns fresh interpreters, which a frozen app
# must route back into its worker code (multiprocessing.freeze_support).
mkdir "$work/many"
cp assets/samples/card_slip.jpg assets/samples/en_shipping_label.jpg "$work/many/"
if clean "$(command -v timeout)" 600 "$bundle/redactor" redact "$work/many" -o "$work/out-many" --jobs 2 -q --no-verify \
    >"$work/cli-many.log" 2>&1 && [ -f "$work/out-many/card_slip.jpg" ] && [ -f "$work/out-many/en_shipping_label.jpg" ]; then
  ok "CLI --jobs 2: $(tail -1 "$work/cli-many.log")"
else
  bad "CLI --jobs 2 failed:"; cat "$work/cli-many.log" >&2
fi

# PDF in and out (pypdfium2 and PDFium are in the bundle).
"$python" -c 'import sys; from PIL import Image; Image.open(sys.argv[1]).convert("RGB").save(sys.argv[2], resolution=150)' \
  assets/samples/en_shipping_label.jpg "$work/label.pdf"
if clean "$bundle/redactor" redact "$work/label.pdf" -o "$work/out-pdf" --report "$work/out-pdf/report.json" \
    --jobs 1 -q >"$work/cli-pdf.log" 2>&1 \
    && head -c 5 "$work/out-pdf/label.pdf" | grep -q '%PDF-' \
    && "$python" -c 'import json, sys; f = json.load(open(sys.argv[1]))["files"][0]; sys.exit(not f["regions"] or f["status"] == "failed")' \
      "$work/out-pdf/report.json"; then
  ok "CLI on a PDF: $(tail -1 "$work/cli-pdf.log")"
else
  bad "CLI on a PDF failed:"; cat "$work/cli-pdf.log" >&2
fi

tess="$bundle/_internal/tesseract"
outside="$(LD_LIBRARY_PATH="$tess/lib" ldd "$tess/bin/tesseract.bin" | awk '/=>/ {print $3}' \
  | grep -v "^$tess/lib/" | grep -v -E '/(libc|libm|libstdc\+\+|libgcc_s|libresolv|libpthread|libdl|librt)\.so' || true)"
if [ -z "$outside" ]; then
  ok "bundled Tesseract loads only its own libraries (and glibc, libstdc++)"
else
  bad "bundled Tesseract loads libraries from the system:"; echo "$outside" >&2
fi

if clean QT_QPA_PLATFORM=offscreen "$bundle/Redactor" --self-test >"$work/gui.log" 2>&1; then
  ok "GUI $(grep 'self-test:' "$work/gui.log")"
else
  bad "GUI --self-test exited non-zero:"; cat "$work/gui.log" >&2
fi

mkdir "$work/unpacked"
tar -C "$work/unpacked" -xzf "$tarball"
got="$(clean "$work/unpacked/redactor-$version/redactor" --version 2>&1 || true)"
if [ "$got" = "redactor $version" ]; then
  ok "tarball: redactor-$version/redactor --version -> $got"
else
  bad "tarball: --version said '$got'"
fi

if [ "$(id -u)" != 0 ]; then
  bad ".deb install needs root (run as root, as CI does)"
else
  if dpkg-query -W -f='${Status}' redactor 2>/dev/null | grep -q ' installed$'; then
    echo "smoke: removing the redactor package installed before this test"
    dpkg -r redactor >/dev/null
  fi
  if dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
    got="$(env -i PATH=/usr/bin:/bin HOME="$work/home" redactor --version 2>&1 || true)"
    if [ "$got" = "redactor $version" ]; then ok ".deb: redactor --version -> $got"; else bad ".deb: redactor --version said '$got'"; fi
    if [ -f /usr/share/applications/redactor.desktop ] && [ -f /usr/share/icons/hicolor/256x256/apps/redactor.png ] \
        && [ -x /opt/redactor/Redactor ]; then
      ok ".deb: /opt/redactor, desktop entry and icon installed"
    else
      bad ".deb: desktop entry, icon or /opt/redactor/Redactor missing"
    fi
    dpkg -r redactor >"$work/dpkg-r.log" 2>&1 || { bad ".deb: dpkg -r failed"; cat "$work/dpkg-r.log" >&2; }
    left=""
    for p in /opt/redactor /usr/bin/redactor /usr/bin/redactor-gui /usr/share/applications/redactor.desktop \
        /usr/share/icons/hicolor/256x256/apps/redactor.png; do
      if [ -e "$p" ] || [ -L "$p" ]; then left="$left $p"; fi
    done
    if [ -z "$left" ]; then ok ".deb: dpkg -r removed everything"; else bad ".deb: left after removal:$left"; fi
    dpkg --purge redactor >/dev/null 2>&1 || true  # forget the package's record too
  else
    bad "dpkg -i failed:"; cat "$work/dpkg.log" >&2
  fi
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
