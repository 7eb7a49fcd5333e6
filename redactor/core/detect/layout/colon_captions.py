"""A label the lexicon lacks, known by the colon that closes it.

Forms print labels no lexicon lists ("Enumeration district:", "Handover to:", a
Chinese field's word before "："), and a step that masks a whole line (a person's
block, an address's shape, a list of people) took such a label with its value. What
ends in a colon at the head of a line, after its question number at most, is the
form's caption of what follows, when it reads as one: Latin words in sentence case
with a small word and no name in them (``label_lines.reads_as_caption``, no common
given name, not even as a possessive), or Chinese characters alone with no name in
them (``names.no_chinese_name``: no surname with a character after it, no title).
In Chinese, a caption may also follow a value on the row after a space ("<label>：
<value> <label>：<value>"). Neither holds a digit, an ``@`` or a greeting ("Dear
<name>:"): those stay the value's (fail closed).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.label_lines import reads_as_caption
from redactor.core.detect.tables.label_finder import item_number_before
from redactor.core.detect.tables.lexicon import SALUTATION
from redactor.core.detect.tables.text_folding import fold, is_cjk
from redactor.core.detect.text.names import LATIN_GIVEN_NAMES, no_chinese_name

_COLON = re.compile(r"[:：]")
#: A caption is a few words: a longer head before a colon is a sentence's.
_MAX_CHARS = 48
#: Where a question number may end: "3.3 ", "(12) ", "三、".
_NUMBER_CHARS = 8
#: Marks a Chinese caption carries between its characters ("街道(乡镇)", "<role>/<role>").
_CN_MARKS = frozenset("()（）/、 ")
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def colon_captions(text: str) -> list[tuple[int, int]]:
    """The captions of ``text`` that end in a colon, each with its colon (the first
    with the question number before it)."""
    out: list[tuple[int, int]] = []
    lead = _after_number(text)
    for m in _COLON.finditer(text):
        start = lead if not out else out[-1][1]
        head = text[start : m.start()]
        if not out and _caption(head):
            out.append((0, m.end()))  # with its question number: the form's
            continue
        # after a value on the row: a Chinese caption after the last space
        cut = max(head.rfind(" "), head.rfind("\u3000"))
        tail = head[cut + 1 :]
        if (out or cut >= 0) and tail and _chinese_caption(tail):
            out.append((start + cut + 1, m.end()))
    return out


def _after_number(text: str) -> int:
    """Where a line's text starts after its question number ("2. ", "3.3 "), if any."""
    for p in range(min(len(text), _NUMBER_CHARS), 0, -1):
        if not text[p - 1].isspace() and text[p - 1] not in ".)、":
            continue
        if item_number_before(text, p):
            while p < len(text) and text[p].isspace():
                p += 1
            return p
    return 0


def _caption(head: str) -> bool:
    h = head.strip()
    if not h or len(h) > _MAX_CHARS or "@" in h or has_digit(h):
        return False
    if SALUTATION.match(h):
        return False  # "Dear <name>:": the greeting's name is a value
    return _chinese_caption(h) or _latin_caption(h)


def _chinese_caption(h: str) -> bool:
    if has_digit(h) or not all(is_cjk(c) or c in _CN_MARKS for c in h):
        return False
    han = "".join(c for c in h if is_cjk(c))
    return len(han) >= 2 and all(no_chinese_name(part) for part in _han_parts(h))


def _han_parts(h: str) -> list[str]:
    """The runs of Chinese characters of ``h``, between its marks."""
    parts, run = [], ""
    for c in h:
        if is_cjk(c):
            run += c
        elif run:
            parts.append(run)
            run = ""
    return [*parts, run] if run else parts


def _latin_caption(h: str) -> bool:
    words = _WORD.findall(h)
    if any(fold(_POSSESSIVE.sub("", w)) in LATIN_GIVEN_NAMES for w in words):
        return False  # "<given name>'s mobile:": whose, a name
    return reads_as_caption(h)
