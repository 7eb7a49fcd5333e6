"""Where a receipt's customer part opens under the shop's header.

A shop heads its ticket with its name, its address and one phone (maybe a fax too).
A dry cleaner's, a repairer's or a pawnbroker's ticket prints the customer's name and
phone right under that, above the first price, often with no label: a line a title
opens ("M. <name>", "Frau <name>") or a customer's label opens ("Verpfänder", the
lexicon's), or a second phone after the shop's contact line, opens the customer's part; the name line right above such a phone is the customer's too.
What lies above stays the shop's (``person_blocks.receipt_header``).
"""

from __future__ import annotations

from collections.abc import Sequence

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.label_kinds import ValueKind
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import SHAPES, looks_like_person_name
from redactor.core.detect.text.not_personal import DATE_TIME, MONEY
from redactor.core.models import Category

_FAX = patterns("layout", "person_blocks")["fax_label"]
_TITLED = SHAPES["titled"]
_CUSTOMER_KINDS = frozenset(
    {ValueKind.NAME, ValueKind.PARTY, ValueKind.ID_NUMBER, ValueKind.CARD_NUMBER}
)


def customer_opening(sheet: Sheet, above: Sequence[int]) -> int | None:
    """Of the lines ``above`` the first price, the one opening the customer's part."""
    order = sorted(above, key=lambda k: (sheet.geo[k].y0, sheet.geo[k].x0))
    shop_phone: int | None = None
    for n, k in enumerate(order):
        if n and (_TITLED.match(sheet.texts[k]) or _customer_label(sheet.texts[k])):
            return k  # under the shop's name: a person the ticket is made out to
        if not _phone(sheet, k):
            continue
        if shop_phone is None:
            shop_phone = n
            continue
        previous = order[n - 1]
        if n - 1 > shop_phone and looks_like_person_name(sheet.texts[previous]):
            return previous
        return k
    return None


def _customer_label(text: str) -> bool:
    """A label of the field lexicon opening the line announces a person's name or
    number ("Verpfänder", "Kunde", "Cliente"): a shop labels its own phone and address,
    never its name."""
    return any(m.at_line_start and m.kind in _CUSTOMER_KINDS for m in printed_labels(text))


def _phone(sheet: Sheet, k: int) -> bool:
    """A phone number on line ``k`` that no fax label announces."""
    text = sheet.texts[k]
    return any(
        s.category is Category.PHONE and not _FAX.search(text[: s.start]) for s in sheet.out[k]
    )


def customer_part(sheet: Sheet, lines: Sequence[int], signals: Sequence[int]) -> tuple[int, ...]:
    """Of a receipt's block (``lines``, top to bottom) holding the customer's
    ``signals``, the lines above the ticket's own body: the body opens, after the first
    signal, at its first line of the ticket's own."""
    first = min(sheet.geo[k].y0 for k in signals)
    for k in sorted(lines, key=lambda k: sheet.geo[k].y0):
        if sheet.geo[k].y0 > first and _transaction_row(sheet, k):
            return tuple(j for j in lines if sheet.geo[j].y0 < sheet.geo[k].y0)
    return tuple(lines)


def _transaction_row(sheet: Sheet, k: int) -> bool:
    """Line ``k`` is the ticket's: a price, a date no birth label announces, or a label
    of the ticket's own (its number, its dates, its status)."""
    text = sheet.texts[k]
    labels = printed_labels(text)
    if any(m.kind is ValueKind.BIRTH_DATE for m in labels):
        return False
    return bool(MONEY.search(text) or DATE_TIME.search(text)) or any(
        m.kind is ValueKind.TRACKING or m.kind.category is None for m in labels
    )
