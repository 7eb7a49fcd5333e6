"""Dates written day first, as European and British forms print them."""

from __future__ import annotations


def day_first(iso: str, sep: str = "/") -> str:
    """``2026-05-15`` as ``15/05/2026`` (or with ``sep``: ``15.05.2026``)."""
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"
