"""A letter's or a message's writer, signed on the line under its closing.

"Kind regards," or "此致敬礼" alone on a line ends the text; the line right under it
(the next one or the one after, a blank line or a date between) is the writer's name
when it has a name's shape (``text/message_addressees.writer_name``). The closing stays
readable.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.text.message_addressees import is_closing, writer_name

#: Lines under a closing that may hold the signature.
_REACH = 2


def names_under_closings(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        if not is_closing(text):
            continue
        for j in sheet.lines_below(i, max_lines=_REACH, first_gap=3.0):
            span = writer_name(sheet.texts[j])
            if span is not None and not sheet.fields[j]:
                sheet.out[j].append(span)
                break
