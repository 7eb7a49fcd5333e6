"""Helpers for build.spec: gather Tesseract, licence texts, and trim Qt.

Kept out of the spec so it can be read and checked on its own:
``python packaging/bundle_support.py tesseract`` prints what would be gathered.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import subprocess
import sys
from pathlib import Path

# --------------------------------------------------------------------------- Tesseract

# Libraries every Linux system has in an ABI-compatible version and that must come
# from the system: glibc (its pieces must match the system's loader: bundling them
# breaks), and the GCC runtime (libstdc++, libgcc_s), which the bundled Qt and
# onnxruntime need from the system too. Everything else Tesseract links against
# (leptonica, libarchive, libcurl, ICU, image codecs, ...) is bundled.
SYSTEM_LIBS = re.compile(
    r"^(ld-linux[^/]*|linux-vdso|libc|libm|libdl|libpthread|librt|libresolv|libutil"
    r"|libstdc\+\+|libgcc_s)\.so"
)
LANGS = ("chi_sim", "eng")  # osd is not used: pages are turned upright before Tesseract runs

WRAPPER = """\
#!/bin/sh
# Runs the bundled Tesseract with the bundled libraries and language data only,
# for this child process alone (the caller's environment is not changed).
case "$0" in */*) here="${0%/*}" ;; *) here=. ;; esac
LD_LIBRARY_PATH="$here/../lib" TESSDATA_PREFIX="$here/../tessdata" \\
  exec "$here/tesseract.bin" "$@"
"""


def tessdata_dir(tesseract: str) -> Path:
    """The language data folder the installed Tesseract uses (as it reports it)."""
    out = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, check=True)
    m = re.search(r'"([^"]+)"', out.stdout + out.stderr)
    if not m:
        raise SystemExit(f"build: cannot tell where {tesseract} keeps its language data")
    return Path(m.group(1))


def shared_libraries(binary: str) -> list[tuple[str, Path]]:
    """(soname, real file) for every library ``binary`` loads, less SYSTEM_LIBS."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    libs = []
    for line in out.splitlines():
        m = re.match(r"\s*(\S+)\s+=>\s+(\S+)", line)
        if not m:
            continue
        soname, path = m.groups()
        if path == "not" or not Path(path).exists():
            raise SystemExit(f"build: {binary} needs {soname}, which is not installed")
        if not SYSTEM_LIBS.match(soname):
            libs.append((soname, Path(path).resolve()))
    return libs


def stage_tesseract_linux(stage: Path) -> Path:
    """Copy Tesseract, its libraries and chi_sim+eng data into ``stage/tesseract``:
    bin/tesseract (wrapper), bin/tesseract.bin, lib/*.so.N, tessdata/."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise SystemExit(
            "build: tesseract not found; apt-get install tesseract-ocr tesseract-ocr-chi-sim"
        )
    root = stage / "tesseract"
    shutil.rmtree(root, ignore_errors=True)
    for sub in ("bin", "lib", "tessdata"):
        (root / sub).mkdir(parents=True)
    real = Path(tesseract).resolve()
    shutil.copy2(real, root / "bin" / "tesseract.bin")
    wrapper = root / "bin" / "tesseract"
    wrapper.write_text(WRAPPER)
    wrapper.chmod(0o755)
    for soname, path in shared_libraries(str(real)):
        shutil.copy2(path, root / "lib" / soname)
    data = tessdata_dir(str(real))
    for lang in LANGS:
        f = data / f"{lang}.traineddata"
        if not f.exists():
            raise SystemExit(
                f"build: {f} is missing; apt-get install tesseract-ocr-{lang.replace('_', '-')}"
            )
        shutil.copy2(f, root / "tessdata")
    # pytesseract asks for TSV output through the "tsv" config file.
    shutil.copytree(data / "configs", root / "tessdata" / "configs")
    return root


def debian_copyrights(lib_names: list[str], dest: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """Copy /usr/share/doc/<package>/copyright for the Debian package owning each library."""
    packages = set(extra)
    for name in sorted(lib_names):
        out = subprocess.run(["dpkg", "-S", f"*-linux-gnu/{name}"], capture_output=True, text=True)
        for line in out.stdout.splitlines():
            packages.add(line.split(":", 1)[0])
    dest.mkdir(parents=True, exist_ok=True)
    copied = []
    for pkg in sorted(packages):
        src = Path("/usr/share/doc") / pkg / "copyright"
        if src.exists():
            shutil.copy2(src, dest / f"{pkg}.copyright")
            copied.append(pkg)
    return copied


# --------------------------------------------------------------------------- licences

LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|ThirdPartyNotices|AUTHORS)", re.I)


def python_distributions(top_levels: set[str]) -> list[md.Distribution]:
    """The installed distributions that provide these top-level modules."""
    by_module = md.packages_distributions()
    names = sorted({d for m in top_levels for d in by_module.get(m, [])} - {"redactor"})
    return [md.distribution(n) for n in names]


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression")
    if expr:
        return expr
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80 and "\n" not in text:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License")
    ]
    return ", ".join(classifiers) or "see files"


def stage_licences(
    stage: Path, top_levels: set[str], tesseract_lib: Path | None, system_libs: list[str]
) -> Path:
    """licenses/: the licence files of every bundled Python distribution, Python's own,
    the LGPL/GPL texts Qt is offered under, and Debian's copyright files for Tesseract
    and its libraries; INDEX.txt lists them with the licence their metadata declares."""
    root = stage / "licenses"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    index = ["Licences of the components bundled with Redactor (generated at build time).", ""]
    py_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
        / "LICENSE.txt"
    )
    if py_licence.exists():
        shutil.copy2(py_licence, root / "Python.LICENSE.txt")
    index.append(f"Python {sys.version.split()[0]}: PSF-2.0 (Python.LICENSE.txt)")
    for dist in python_distributions(top_levels):
        name, version = dist.metadata["Name"], dist.version
        target = root / name
        for f in dist.files or []:
            parts = Path(str(f)).parts
            if len(parts) > 2 and parts[0].endswith(".dist-info") and parts[1] == "licenses":
                rel = Path(*parts[2:])  # everything a wheel declares as its licence files
            elif LICENCE_FILE.search(f.name) and not f.name.endswith(".py"):
                rel = Path(f.name)
            else:
                continue
            src = Path(dist.locate_file(f))
            if src.is_file():
                (target / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target / rel)
        index.append(
            f"{name} {version}: {licence_of(dist)}" + (f" ({name}/)" if target.exists() else "")
        )
    common = Path("/usr/share/common-licenses")
    for text in ("LGPL-3", "GPL-3", "GPL-2", "Apache-2.0"):
        if (common / text).exists():
            shutil.copy2(common / text, root / f"{text}.txt")
    if tesseract_lib is not None:
        tesseract_pkgs = (
            "tesseract-ocr",
            *(f"tesseract-ocr-{lang.replace('_', '-')}" for lang in LANGS),
        )
        libs = [p.name for p in tesseract_lib.iterdir()]
        pkgs = debian_copyrights(libs, root / "tesseract", tesseract_pkgs)
        index.append("")
        index.append(
            "Tesseract and the libraries bundled with it (Debian copyright files in tesseract/):"
        )
        index.extend(f"  {p}" for p in pkgs)
    if system_libs:
        pkgs = debian_copyrights(system_libs, root / "system")
        index.append("")
        index.append(
            "System libraries bundled for Qt and the others (Debian copyright files in system/):"
        )
        index.extend(f"  {p}" for p in pkgs)
    (root / "INDEX.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return root


# --------------------------------------------------------------------------- Qt trimming

# Qt plugins the window needs: desktop platforms (X11, Wayland) and offscreen for
# tests and self-test; image formats; themes and input methods for a native feel.
KEEP_PLATFORMS = {
    "libqxcb.so",
    "libqwayland.so",
    "libqoffscreen.so",
    "libqminimal.so",
    "qwindows.dll",
    "qoffscreen.dll",
    "qminimal.dll",
    "libqcocoa.dylib",
    "libqoffscreen.dylib",
    "libqminimal.dylib",
}
DROP_PLUGIN_DIRS = {
    "designer",
    "qmltooling",
    "sqldrivers",
    "printsupport",
    "networkinformation",
    "tls",
    "egldeviceintegrations",
    "multimedia",
    "position",
    "sensors",
    "webview",
    "texttospeech",
    "canbus",
    "geoservices",
    "sceneparsers",
    "renderers",
}
# qpdf needs QtPdf (large; PDFs go through pypdfium2); qgtk3 pulls GTK's cairo/pango
# stack (the xdg-desktop-portal theme stays); qtuiotouch is touch over the network.
DROP_PLUGIN_FILES = {
    "libqpdf.so",
    "qpdf.dll",
    "libqpdf.dylib",
    "libqgtk3.so",
    "libqtuiotouchplugin.so",
    "qtuiotouchplugin.dll",
    "libqtuiotouchplugin.dylib",
}
KEEP_TRANSLATIONS = re.compile(r"qt(base)?_(zh_CN|en)\.qm$")


def keep_qt_entry(dest: str) -> bool:
    """False for Qt plugins and translations the bundle does not need."""
    d = dest.replace("\\", "/")
    m = re.search(r"PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$", d)
    if m:
        folder, name = m.groups()
        if folder in DROP_PLUGIN_DIRS or name in DROP_PLUGIN_FILES:
            return False
        return not (folder == "platforms" and name not in KEEP_PLATFORMS)
    if re.search(r"PySide6/(?:Qt/)?translations/", d):
        return bool(KEEP_TRANSLATIONS.search(d))
    return True


def elf_needed(path: Path) -> set[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
    return set(re.findall(r"NEEDED\s+(\S+)", out.stdout))


def _is_shared_lib(name: str) -> bool:
    return name.endswith(".so") or ".so." in name


def drop_unneeded_libs(entries: list[tuple]) -> list[tuple]:
    """Linux: drop the shared libraries that nothing kept links against any more.

    PyInstaller gathers libraries by following each file's NEEDED entries before
    the plugins are trimmed, so the libraries only the removed plugins needed
    (GTK's cairo and pango for qgtk3, QtNetwork for qtuiotouch, ...) are still
    listed. Candidates are the libraries PyInstaller put at the top of the bundle
    and the Qt libraries; Python extension modules and packages' own ``.libs``
    folders always stay. Other platforms: unchanged."""
    if not sys.platform.startswith("linux"):
        return entries

    def candidate(dest: str) -> bool:
        d = dest.replace("\\", "/")
        name = d.rsplit("/", 1)[-1]
        if not (name.startswith("lib") and _is_shared_lib(name)) or name.startswith("libpython"):
            return False
        return "/" not in d or d.startswith("PySide6/Qt/lib/")

    kept = list(entries)
    needed_by: dict[str, set[str]] = {}
    while True:
        needed: set[str] = set()
        for dest, src, kind in kept:
            if kind == "SYMLINK" or not _is_shared_lib(Path(dest).name):
                continue
            if src not in needed_by:
                needed_by[src] = elf_needed(Path(src))
            needed |= needed_by[src]
        unused = {Path(e[0]).name for e in kept if candidate(e[0])} - needed
        if not unused:
            return kept
        print("bundle: dropping libraries nothing needs:", ", ".join(sorted(unused)))
        kept = [e for e in kept if Path(e[0]).name not in unused]  # the files and their symlinks


if __name__ == "__main__":
    if sys.argv[1:] == ["tesseract"]:
        tess = shutil.which("tesseract") or "tesseract"
        for soname, path in shared_libraries(str(Path(tess).resolve())):
            print(f"lib  {soname:28} {path}")
        print(f"data {tessdata_dir(tess)}")
    else:
        print(f"usage: {sys.argv[0]} tesseract", file=sys.stderr)
        sys.exit(2)
