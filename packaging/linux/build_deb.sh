#!/usr/bin/env bash
# Package the built bundle (dist/redactor/) as a Debian package:
#   /opt/redactor/                 the bundle
#   /usr/bin/redactor              -> /opt/redactor/redactor  (command line)
#   /usr/bin/redactor-gui          -> /opt/redactor/Redactor  (window)
#   /usr/share/applications/redactor.desktop, icons in /usr/share/icons/hicolor
# Usage: packaging/linux/build_deb.sh VERSION OUTPUT.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
out="$2"
bundle=dist/redactor
[ -x "$bundle/redactor" ] || { echo "build_deb: $bundle is not built; run scripts/build.sh" >&2; exit 1; }

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
cp -a "$bundle" "$root/opt/redactor"
ln -s /opt/redactor/redactor "$root/usr/bin/redactor"
ln -s /opt/redactor/Redactor "$root/usr/bin/redactor-gui"
install -m 644 packaging/linux/redactor.desktop "$root/usr/share/applications/redactor.desktop"
for size in 16 24 32 48 64 128 256; do
  install -D -m 644 "assets/icons/redactor-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/redactor.png"
done
install -D -m 644 assets/icons/redactor.svg "$root/usr/share/icons/hicolor/scalable/apps/redactor.svg"
mkdir -p "$root/usr/share/doc/redactor"
cp LICENSE "$root/usr/share/doc/redactor/copyright"

# The oldest glibc the bundle works with: the newest GLIBC_x.y symbol any file uses.
dynamic_symbols() {  # objdump fails on the files that are not ELF (scripts): ignore those
  find "$root/opt/redactor" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 -n 50 objdump -T 2>/dev/null || true
}
glibc="$(dynamic_symbols | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
[ -n "$glibc" ] || { echo "build_deb: could not tell which glibc the bundle needs" >&2; exit 1; }
installed_kb="$(du -sk "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@GLIBC@/$glibc/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  packaging/linux/control.in > "$root/DEBIAN/control"
install -m 755 packaging/linux/postinst packaging/linux/postrm "$root/DEBIAN/"

dpkg-deb --root-owner-group -Zzstd -z9 --build "$root" "$out" >/dev/null
echo "build_deb: $out (needs glibc >= $glibc)"
