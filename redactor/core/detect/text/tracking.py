"""Waybill and tracking numbers, and e-mail addresses. The shapes are ``[waybills]``
and ``[emails]`` of ``tables/numbers.toml``."""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.number_rules import Rule, not_date_like
from redactor.core.models import Category

WAYBILLS = patterns("numbers", "waybills")
EMAILS = patterns("numbers", "emails")

RULES: dict[str, Rule] = {
    "email": Rule("email", Category.EMAIL, EMAILS["email"], 0.95),
    "waybill": Rule("waybill", Category.TRACKING, WAYBILLS["waybill"], 0.75, not_date_like),
}


def lone_tracking(text: str) -> Iterator[Span]:
    """A UPS number anywhere (distinctive enough glued to a label), or a line that is
    one long code of digits with a short letter prefix or suffix: the number printed
    under a label's barcode."""
    for m in WAYBILLS["ups"].finditer(text):
        yield Span(m.start(), m.end(), Category.TRACKING, 0.75, "ups")
    label = WAYBILLS["lone_code_label"].match(text)
    start = label.end() if label else len(text) - len(text.lstrip())
    code = text[start:].rstrip()
    if 10 <= len(code) <= 24 and WAYBILLS["lone_code"].fullmatch(code) and not_date_like(code):
        yield Span(start, start + len(code), Category.TRACKING, 0.6, "lone_code")
