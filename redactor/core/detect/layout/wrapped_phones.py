"""A phone number cut in two by a line break of running text.

A message bubble or a letter wraps its words at the width of the box: "…please call
020" / "7946 0535 quoting your number", "…打我电话186" / "5109 8005". Neither piece is
a phone number on its own line. The digits ending a line and the digits opening the
line its words wrap onto (right under it), joined, are a phone number when it is
valid in one of the regions of ``messages.toml`` [wrapped_phones], or possible there
right after a word asking to call. Both pieces are masked; the words stay readable.
When the words asking to call end the line ("…text me on" / "07700 900123."), the
number opening the line under it is the phone number whatever its shape, as on one
line (``text/cued_phones``).
"""

from __future__ import annotations

import re

import phonenumbers

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.cued_phones import CUED_NUMBER
from redactor.core.models import Category

RULE = "wrapped_phone"
_SCORE = 0.8
_TABLE = table("messages")["wrapped_phones"]
_REGIONS = tuple(_TABLE["regions"])
_CUE = re.compile(
    rf"(?i)(?:{words_pattern(_TABLE['cues'])})"
    rf"(?:\s+(?:{words_pattern(_TABLE['links'])}))?\W*$"  # "…llámeme al" / "633 …"
)
_TAIL = re.compile(r"(?<![\d.,:/\-])\d[\d ]*$")
# The head's digits end the number: a decimal point or a separator would go on with
# it, a full stop ending the sentence ("…496 0772. Ref.") does not.
_HEAD = re.compile(r"^\s*(\d[\d ]*\d|\d)(?![\d,:/\-]|\.\d)")
#: Characters the words asking to call take at a line's end ("please text me on").
_CUE_REACH = 24
#: Digits a phone number holds, at least and at most, with its trunk prefix.
_LEAST, _MOST = 9, 13


def wrapped_phones(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        _number_under_a_cue(sheet, i)
        tail = _TAIL.search(text.rstrip())
        if tail is None:
            continue
        below = sheet.lines_below(i, max_lines=1)
        if not below:
            continue
        j = below[0]
        head = _HEAD.match(sheet.texts[j])
        if head is None:
            continue
        # Two lines of bare digits are a column's cells (a quotation's amounts), not
        # one sentence wrapped between them.
        if not text[: tail.start()].strip() and not sheet.texts[j][head.end(1) :].strip():
            continue
        # A sentence's cue may have taken a first piece too short for a phone as a
        # whole number ("打我电话1554546" / "9838"): the second piece is still the phone's.
        if _covered(sheet, i, tail.start()) and (
            _covered(sheet, j, head.start(1)) or digit_count(tail.group(0)) >= _LEAST
        ):
            continue
        digits = re.sub(r"\D", "", tail.group(0) + head.group(1))
        if not _LEAST <= len(digits) <= _MOST:
            continue
        cue = _CUE.search(text[: tail.start()]) is not None
        if _a_phone(digits, cue):
            end = tail.start() + len(tail.group(0).rstrip())
            sheet.out[i].append(Span(tail.start(), end, Category.PHONE, _SCORE, RULE))
            sheet.out[j].append(Span(head.start(1), head.end(1), Category.PHONE, _SCORE, RULE))


def _number_under_a_cue(sheet: Sheet, i: int) -> None:
    """Line ``i`` ends with words asking to call: the number opening the line under it
    (after "on", "at" when those wrapped too) is the phone number."""
    text = sheet.texts[i].rstrip()
    if not text or text[-1].isdigit():
        return  # the digits ending the line are the first piece (above)
    below = sheet.lines_below(i, max_lines=1)
    if not below:
        return
    j = below[0]
    joined = f"{text} {sheet.texts[j]}"
    m = CUED_NUMBER.search(joined, max(0, len(text) - _CUE_REACH))
    if m is None or m.start() >= len(text) or m.start("n") <= len(text):
        return
    a, b = m.start("n") - len(text) - 1, m.end("n") - len(text) - 1
    if not _covered(sheet, j, a):
        sheet.out[j].append(Span(a, b, Category.PHONE, _SCORE, RULE))


def _covered(sheet: Sheet, i: int, at: int) -> bool:
    return any(s.start <= at < s.end and s.category is Category.PHONE for s in sheet.out[i])


def _a_phone(digits: str, cue: bool) -> bool:
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or (
            cue and phonenumbers.is_possible_number(number)
        ):
            return True
    return False
