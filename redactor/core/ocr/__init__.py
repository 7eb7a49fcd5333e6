"""OCR engines behind one protocol. ``get_engine(name)`` returns a per-process instance."""

from __future__ import annotations

from redactor.core.ocr.base import ENGINE_NAMES, OcrEngine, get_engine

__all__ = ["ENGINE_NAMES", "OcrEngine", "get_engine"]
