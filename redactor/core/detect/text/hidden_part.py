"""Which characters of a value a lighter masking policy still hides.

Detection records this per text finding (``Finding.partial``), from the characters
it read; the policy (``redactor.core.policy``) later picks the whole or the partial
form, so switching presets needs no OCR.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import CJK, MASK_CHARS
from redactor.core.models import Category

_CJK = re.compile(f"[{CJK}]")
_PHONE_DIGIT = re.compile(f"[0-9{MASK_CHARS}]")
_KEPT_DIGITS = 4  # the standard leaves a phone's last four digits readable


def hidden_part(
    category: Category, text: str, start: int, end: int
) -> tuple[tuple[int, int], ...] | None:
    """The character ranges of ``text[start:end]`` a lighter preset still masks.

    ``()`` hides nothing, ``None`` means the value has no lighter form (all is masked).
    - name: all but the first character (a lone character is what the standard shows);
    - phone: all but the last four digits;
    - address: nothing of a Chinese region/street line (doors are their own findings);
      a Latin address line carries the house number, so it has no lighter form.
    """
    if end <= start:
        return None
    if category is Category.NAME:
        return ((start + 1, end),) if end - start >= 2 else ()
    if category is Category.PHONE:
        digits = [m.start() for m in _PHONE_DIGIT.finditer(text, start, end)]
        if len(digits) <= _KEPT_DIGITS:
            return ()
        return ((start, digits[-_KEPT_DIGITS]),)
    if category is Category.ADDRESS:
        return () if _CJK.search(text, start, end) else None
    return None
