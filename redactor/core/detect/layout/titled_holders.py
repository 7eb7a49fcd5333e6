"""A person's name stacked on their job title, with no label of its own.

A business card, a letter's signature or a staff badge prints the holder's name as a
bare line right above (or under, or before) their job title ("<name>" over "Project Manager",
"<姓名>" over "项目经理"); a card may slip one contact line (a phone) between them.
Nothing announces the name: the title line beside it does. A line of two to four
capitalised words (accented letters allowed) or a Chinese name with a common surname,
with no digit, label, business word or job word of its own, is masked whole; the
title stays readable.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import JOB_WORD
from redactor.core.detect.text.names import SHAPES, is_business, starts_with_surname
from redactor.core.models import Category

RULE = "titled_holder"
_SCORE = 0.7
_HOLDER_WORD = SHAPES["holder_word"]
_CJK_BARE = SHAPES["cjk_bare_name"]
#: Words of a job title's line, at most (Latin script); characters of a Chinese one.
_TITLE_WORDS = 5
_TITLE_CHARS = 10
#: Lines between a name and the title under it: one contact line may stand there.
_REACH = 2


def titled_holder_names(sheet: Sheet) -> None:
    for t in range(len(sheet.texts)):
        if not _a_job_title(sheet, t):
            continue
        for k in _names_near(sheet, t):
            text = sheet.texts[k]
            start = len(text) - len(text.lstrip())
            sheet.out[k].append(Span(start, len(text.rstrip()), Category.NAME, _SCORE, RULE))


def _names_near(sheet: Sheet, t: int) -> list[int]:
    """The name line right under the title, above it (one contact line between) or
    before it on its row."""
    found = [k for k in sheet.lines_below(t, max_lines=1) if _a_holder_name(sheet, k)]
    left = sheet.value_beside(t, left=True)
    if left is not None and _a_holder_name(sheet, left):
        found.append(left)
    for k in range(len(sheet.texts)):
        below = sheet.lines_below(k, max_lines=_REACH) if k != t else []
        if t not in below or not _a_holder_name(sheet, k):
            continue
        between = below[: below.index(t)]
        if all(has_digit(sheet.texts[b]) for b in between):
            found.append(k)
    return found


def _a_job_title(sheet: Sheet, i: int) -> bool:
    text = sheet.texts[i].strip()
    if not text or sheet.fields[i] or has_digit(text) or ":" in text:
        return False
    if not JOB_WORD.search(text):
        return False
    if text.isascii():
        return len(text.split()) <= _TITLE_WORDS
    return len(text) <= _TITLE_CHARS and " " not in text


def _a_holder_name(sheet: Sheet, k: int) -> bool:
    text = sheet.texts[k].strip()
    if not text or sheet.fields[k] or is_business(text):
        return False
    if JOB_WORD.search(text) or has_digit(text):
        return False
    if _CJK_BARE.fullmatch(text):
        return starts_with_surname(text)
    words = text.split()
    return 2 <= len(words) <= 4 and all(_HOLDER_WORD.fullmatch(w) for w in words)
