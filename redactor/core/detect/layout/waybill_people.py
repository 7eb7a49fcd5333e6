"""The people a waybill names after its 收/寄 marks: the name after the mark on its
line, the name and phone beside a big bare mark in its own box, and the address lines
under a named sender or recipient. Each public function is one step of the detection
plan (``plan_steps.labels``)."""

from __future__ import annotations

import re

from redactor.core.detect.layout.labels import ANY_LABEL
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import WAYBILL_MARK, boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import split_door
from redactor.core.detect.text.names import waybill_name
from redactor.core.models import Category

_CODE_TOKEN = patterns("layout", "labelled_values")["code_token"]
_MARK = re.compile(rf"\s*{WAYBILL_MARK}\s*[:：]?\s*")


def waybill_names(sheet: Sheet) -> None:
    """The name after a waybill's 收/寄 mark (see names.waybill_name)."""
    for i, t in enumerate(sheet.texts):
        span = waybill_name(t)
        if span:
            sheet.out[i].append(span)


def under_waybill_names(sheet: Sheet) -> None:
    """Under 寄 <surname>* <masked mobile> comes that person's address, whatever it looks like
    (a stamp may leave just "广东"); a box OCR cut off its row goes with it."""
    named = [i for i, t in enumerate(sheet.texts) if waybill_name(t)]
    for i in named:
        for j in sheet.lines_below(i, max_lines=2):
            t = sheet.texts[j]
            if (
                waybill_name(t)
                or _MARK.fullmatch(t)
                or sheet.fields[j]
                or ANY_LABEL.match(t)
                or _CODE_TOKEN.fullmatch(t.strip())
                or boilerplate(t)
                or sheet.geo[j].h > 1.6 * sheet.geo[i].h
            ):
                break
            if j not in sheet.address_lines:
                sheet.out[j].extend(split_door(t, 0, len(t), 0.7, "under_waybill_name"))
                sheet.address_lines.add(j)


def waybill_marks(sheet: Sheet) -> None:
    """A big bare 收/寄 printed in its own box: the line beside it is that person's name and phone."""
    for i, t in enumerate(sheet.texts):
        if not _MARK.fullmatch(t):
            continue
        j = sheet.value_beside(i)
        if j is not None and not sheet.out[j]:
            sheet.out[j].append(Span(0, len(sheet.texts[j]), Category.NAME, 0.7, "waybill_mark"))
