"""A person a certificate's sentence introduces, set alone on the line under it.

A certificate, a diploma or a register prints its phrase that introduces the person
("This is to certify that", "atteste que", "is awarded to", "between us,") at the
end of its line and the person's name alone on the next line, often larger and
centred. ``text/prose_persons`` reads a name after its phrase on the same line;
here the line under a line that ends with such a phrase is the person's name when
the whole of it has a name's shape (a common surname and its given name, or two to
four capitalised words). The phrase stays readable.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.text.prose_persons import ends_introducing, name_line

#: The name may stand a blank line or two under its phrase on a spaced certificate.
_FIRST_GAP = 3.0


def names_under_introducers(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        if not ends_introducing(text):
            continue
        for j in sheet.lines_below(i, max_lines=1, first_gap=_FIRST_GAP):
            span = name_line(sheet.texts[j])
            if span is not None and not sheet.fields[j]:
                sheet.out[j].append(span)
