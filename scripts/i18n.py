#!/usr/bin/env python3
"""Update and compile the GUI translations.

    python scripts/i18n.py            # lupdate: refresh assets/translations/*.ts from the sources,
                                      # then lrelease: compile them to .qm
    python scripts/i18n.py --check    # fail if a translation is missing or unfinished (CI)

Translators edit the .ts files (Qt Linguist or any editor); the .qm files are
generated and committed so the installer needs no Qt tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "redactor" / "gui"
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def problems(ts: Path) -> list[str]:
    """Messages without a finished translation."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            source = msg.findtext("source")
            kind = tr.get("type") if tr is not None else "missing"
            texts = (
                [tr.text or ""]
                if tr is not None and msg.get("numerus") != "yes"
                else [n.text or "" for n in (tr.iter("numerusform") if tr is not None else [])]
            )
            if kind in ("unfinished", "missing") or not all(t.strip() for t in texts):
                out.append(f"{cname}: {source!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--check", action="store_true", help="only check that every string is translated"
    )
    args = ap.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"redactor_{lang}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                if ts.exists():
                    shutil.copy(ts, copy)
                lupdate(copy)
                missing = problems(copy)
        else:
            lupdate(ts)
            lrelease(ts, ts.with_suffix(".qm"))
            missing = problems(ts)
        for m in missing:
            print(f"{lang}: untranslated {m}")
        if missing:
            status = 1
        print(f"{lang}: {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    sys.exit(main())
