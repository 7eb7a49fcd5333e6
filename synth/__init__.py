"""Deterministic synthetic courier labels and receipts with pixel ground truth.

``python -m synth OUTDIR --n N --seed S`` writes ``OUTDIR/images`` and ``OUTDIR/gt``.
Everything printed is invented (see :mod:`synth.fakedata`).
"""

from __future__ import annotations

__all__ = ["LAYOUTS", "CONDITIONS", "generate_one", "generate"]


def __getattr__(name: str):  # lazy: keep `import synth.fakedata` light
    if name in ("generate_one", "generate"):
        from . import dataset

        return getattr(dataset, name)
    if name == "LAYOUTS":
        from .layouts import LAYOUTS

        return LAYOUTS
    if name == "CONDITIONS":
        from .photo import CONDITIONS

        return CONDITIONS
    raise AttributeError(name)
