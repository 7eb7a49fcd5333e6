"""Where an output goes: ``<stem>.redacted<ext>`` beside the input, or the same name under -o."""

from __future__ import annotations

from pathlib import Path

REDACTED_TAG = ".redacted"


def default_output_path(source: Path, suffix: str) -> Path:
    return source.with_name(f"{source.stem}{REDACTED_TAG}{suffix}")


def output_path(source: Path, root: Path | None, outdir: Path | None, suffix: str) -> Path:
    """Output path for ``source`` found under ``root`` (a folder given on the command line).

    An output folder that is the source's own folder gets the ``.redacted`` name:
    the original keeps its name and is never the target.
    """
    if outdir is None or _same_folder(source.parent, outdir):
        return default_output_path(source, suffix)
    rel = (
        source.relative_to(root)
        if root is not None and source.is_relative_to(root)
        else Path(source.name)
    )
    target = outdir / rel
    return target.with_suffix(suffix) if target.suffix.lower() != suffix.lower() else target


def unnamed_output_path(name: str, outdir: Path, suffix: str) -> Path:
    """Output path for an image without a file (pasted): its display name made file-safe."""
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name).strip("-") or "image"
    return outdir / f"{stem}{REDACTED_TAG}{suffix}"


def is_redacted_output(path: Path) -> bool:
    return path.stem.endswith(REDACTED_TAG)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
