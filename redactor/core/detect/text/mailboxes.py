"""The owner's name written before an e-mail address in angle brackets.

An e-mail's header rows, a quoted reply's header and a webmail page's account line
write a mailbox as its owner's name and then the address ("<name> <addr@host>", the
name quoted when it holds a comma). The address is found by its shape; the name is
found here, whatever label stands before it ("From:", "Cc:", none at all) and whatever
words open the line ("On <date>, <name> <addr> wrote:"): only the name is masked.
A business's name before its address ("<shop> <orders@host>") is no one's. A webmail's
recipients row names the others after "to me", by commas ("to me, <name>, <name>").
"""

from __future__ import annotations

import re

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.models import Category

RULE = "mailbox_name"
_SCORE = 0.8
_SHAPES = patterns("messages", "shapes")
_MAILBOX_NAME = _SHAPES["mailbox_name"]
_RECIPIENTS_ROW = _SHAPES["recipients_row"]
_RECIPIENT = re.compile(r"[^,;]+")
#: Characters of a Chinese name: a surname and up to three more.
_CJK_MAX = 4


def mailbox_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _MAILBOX_NAME.finditer(text):
        group = "q" if m.group("q") is not None else "n"
        start, end = m.span(group)
        if group == "n" and not text[start].isascii():
            start = _cjk_name_start(text, start, end)
            if start < 0:
                continue
        if is_business(text[start:end]):
            continue
        out.append(Span(start, end, Category.NAME, _SCORE, RULE))
    return out + _recipients(text)


def _recipients(text: str) -> list[Span]:
    """The names after "to me" on a webmail's recipients row."""
    row = _RECIPIENTS_ROW.match(text)
    if row is None:
        return []
    out = []
    for m in _RECIPIENT.finditer(text, row.end()):
        name = m.group()
        if name.strip() and not is_business(name):
            start = m.start() + len(name) - len(name.lstrip())
            out.append(Span(start, m.start() + len(name.rstrip()), Category.NAME, _SCORE, RULE))
    return out


def _cjk_name_start(text: str, start: int, end: int) -> int:
    """Where the Chinese name ending at ``end`` starts: the longest run of two to four
    characters before ``end`` that opens with a common surname (a label glued before
    it, "发件人", is no part of it); -1 when there is none."""
    for size in range(min(_CJK_MAX, end - start), 1, -1):
        if surname_length(text, end - size, end):
            return end - size
    return -1
