"""Where an output goes: ``<stem>.redacted<ext>`` beside the input, or the same name under -o."""

from __future__ import annotations

from pathlib import Path

REDACTED_TAG = ".redacted"


def default_output_path(source: Path, suffix: str) -> Path:
    return source.with_name(f"{source.stem}{REDACTED_TAG}{suffix}")


def output_path(source: Path, root: Path | None, outdir: Path | None, suffix: str) -> Path:
    """Output path for ``source`` found under ``root`` (a folder given on the command line)."""
    if outdir is None:
        return default_output_path(source, suffix)
    rel = (
        source.relative_to(root)
        if root is not None and source.is_relative_to(root)
        else Path(source.name)
    )
    target = outdir / rel
    return target.with_suffix(suffix) if target.suffix.lower() != suffix.lower() else target


def is_redacted_output(path: Path) -> bool:
    return path.stem.endswith(REDACTED_TAG)
