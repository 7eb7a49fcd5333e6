"""A letter's or a message's writer, signed on the line under its closing.

"Kind regards," or "此致敬礼" alone on a line ends the text; the line right under it
(the next one or the one after, a blank line or a date between) is the writer's name
when it has a name's shape (``text/message_addressees.writer_name``). A signed letter
prints the name again under the signature: the line under the first name is the
writer's too when it shares a word with it (the signature as OCR read it, then the
printed name, alone or before its title: "<name>, Sachbearbeiter"). The closing stays
readable, and so does a title under the name.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.text.message_addressees import is_closing, writer_name

#: Lines under a closing that may hold the signature.
_REACH = 2
#: Letters of a word two readings of one name share (a given name, a surname).
_WORD = 3


def names_under_closings(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        if not is_closing(text):
            continue
        for j in sheet.lines_below(i, max_lines=_REACH, first_gap=3.0):
            span = writer_name(sheet.texts[j])
            if span is not None and not sheet.fields[j]:
                sheet.out[j].append(span)
                _printed_under(sheet, j)
                break


def _printed_under(sheet: Sheet, j: int) -> None:
    """The writer's name printed under its signature on line ``j``."""
    below = sheet.lines_below(j, max_lines=1)
    if not below or sheet.fields[below[0]]:
        return
    text = sheet.texts[below[0]]
    span = writer_name(text) or _name_before_title(text)
    if span is not None and _shared_word(sheet.texts[j], text):
        sheet.out[below[0]].append(span)


def _name_before_title(text: str) -> Span | None:
    """The name of a printed line "<name>, <title>" or "<name> (<department>)": the
    title or the department after it stays readable."""
    cut = min((i for i in (text.find(","), text.find("(")) if i > 0), default=-1)
    if cut < 0:
        return None
    return writer_name(text[:cut].rstrip())


def _shared_word(a: str, b: str) -> bool:
    words = {w.lower() for w in a.split() if len(w) >= _WORD}
    return any(w.lower() in words for w in b.split())
