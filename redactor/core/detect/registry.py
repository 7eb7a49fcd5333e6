"""Every text recognizer, by name: what it finds, at what scope, and where it lives.

This is the one list to read to know where something is found ("where are Chinese
mobiles found?": ``cn_mobile``, a line pattern in numbers.RULES). Recognizers run
in this order over a :class:`~redactor.core.detect.sheet.Sheet`; each adds spans
to ``sheet.out``. Their word tables are data files under ``tables/``.
Codes (barcodes, QR) are found from pixels by ``codes.find_codes`` (scope page).
Two more pixel steps follow the text recognizers (pipeline.analyze): a whole line
the OCR missed under a name or address line (``unread_lines``), and every text
finding grown over unread ink at its ends (``ink_runs``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from redactor.core.detect import numbers
from redactor.core.detect.blocks import mask_personal_blocks, spare_receipt_header
from redactor.core.detect.holders import mask_id_holders, mask_phone_holders
from redactor.core.detect.label_values import mask_announced_values
from redactor.core.detect.layout import field_spans, numbers_across_boxes
from redactor.core.detect.names import card_holder_names, titled_names
from redactor.core.detect.repeats import mask_repeats
from redactor.core.detect.sheet import Sheet
from redactor.core.detect.spans import Span, digit_view
from redactor.core.detect.staff import mask_staff_lines
from redactor.core.detect.unread_cells import mask_unread_cells
from redactor.core.models import Category


class Scope(StrEnum):
    LINE = "line"  # one OCR line's text, alone
    ROW = "row"  # boxes side by side on one printed row
    BLOCK = "block"  # lines printed together (a label and its value, a person's block)


@dataclass(frozen=True, slots=True)
class Recognizer:
    name: str
    categories: frozenset[Category]
    scope: Scope
    # LINE scope: text -> spans (run on the text as read and on its digit view).
    line: Callable[[str], Iterable[Span]] | None = None
    # ROW/BLOCK scope: adds spans to the sheet; the flag says whether this is the
    # first read of the page (False on the masked page, where labels lost their values).
    sheet: Callable[[Sheet, bool], None] | None = None
    data: str = ""  # the table file(s) it reads, under detect/tables/


def _line_rule(rule: numbers.Rule) -> Recognizer:
    return Recognizer(
        rule.name,
        frozenset({rule.category}),
        Scope.LINE,
        line=lambda text: numbers.rule_spans(rule, text),
    )


def _first_read_only(step: Callable[[Sheet], None]) -> Callable[[Sheet, bool], None]:
    def run(sheet: Sheet, first_read: bool) -> None:
        if first_read:
            step(sheet)

    return run


_PERSONAL = frozenset(
    {Category.NAME, Category.PHONE, Category.ADDRESS, Category.DOOR, Category.ID_NUMBER}
)

RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer(
        "field_keywords",
        _PERSONAL | {Category.CARD_NUMBER, Category.TRACKING},
        Scope.BLOCK,
        sheet=lambda sheet, first_read: field_spans(sheet, first_read),
        data="keywords.toml, names.toml, addresses.toml",
    ),
    *(_line_rule(rule) for rule in numbers.RULES),
    Recognizer(
        "intl_phone", frozenset({Category.PHONE}), Scope.LINE, line=numbers.FINDERS["intl_phone"]
    ),
    Recognizer(
        "phone_tail", frozenset({Category.PHONE}), Scope.LINE, line=numbers.FINDERS["phone_tail"]
    ),
    Recognizer(
        "lone_tracking",
        frozenset({Category.TRACKING}),
        Scope.LINE,
        line=numbers.FINDERS["lone_tracking"],
    ),
    Recognizer(
        "glued_phones",
        frozenset({Category.PHONE}),
        Scope.LINE,
        line=numbers.FINDERS["glued_phones"],
    ),
    Recognizer(
        "card_name",  # SURNAME/GIVEN/ as a card's embossed name is printed on a slip
        frozenset({Category.NAME}),
        Scope.LINE,
        line=card_holder_names,
    ),
    Recognizer(
        "titled_name",  # "MR J SMITH": a title opening a line, then the name
        frozenset({Category.NAME}),
        Scope.LINE,
        line=titled_names,
        data="names.toml",
    ),
    Recognizer(
        "numbers_across_boxes",
        frozenset({Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING}),
        Scope.ROW,
        sheet=lambda sheet, first_read: numbers_across_boxes(sheet),
    ),
    Recognizer(
        "id_holder",  # "<ID number> <name>": the holder printed right after the number
        frozenset({Category.NAME}),
        Scope.ROW,
        sheet=lambda sheet, first_read: mask_id_holders(sheet),
    ),
    Recognizer(
        "phone_holder",  # "<name> <mobile>": the holder printed right before the number
        frozenset({Category.NAME}),
        Scope.ROW,
        sheet=lambda sheet, first_read: mask_phone_holders(sheet),
    ),
    Recognizer(
        "person_blocks",
        _PERSONAL,
        Scope.BLOCK,
        sheet=_first_read_only(mask_personal_blocks),
        data="blocks.toml",
    ),
    Recognizer(
        "receipt_header",  # takes back shape-found spans in a receipt's shop header
        frozenset(),
        Scope.BLOCK,
        sheet=_first_read_only(spare_receipt_header),
        data="blocks.toml",
    ),
    Recognizer(
        "header_staff",  # "<staff number> <first name>" at the foot of a shop's header
        frozenset({Category.NAME, Category.ID_NUMBER}),
        Scope.BLOCK,
        sheet=_first_read_only(mask_staff_lines),
    ),
    Recognizer(
        "unread_cell",  # ink the OCR doubts, on a row of personal values
        _PERSONAL,
        Scope.ROW,
        sheet=_first_read_only(mask_unread_cells),
    ),
    Recognizer(  # a value announced by a personal label of the field lexicon (label_values.py)
        "lexicon_values",
        _PERSONAL | {Category.CARD_NUMBER, Category.EMAIL},
        Scope.BLOCK,
        sheet=_first_read_only(mask_announced_values),
        data="field_labels.toml",
    ),
    Recognizer(
        "page_repeats",  # a value masked once, printed again elsewhere on the page
        frozenset(_PERSONAL | {Category.CARD_NUMBER, Category.EMAIL, Category.TRACKING}),
        Scope.BLOCK,
        sheet=lambda sheet, first_read: mask_repeats(sheet),
    ),
)


def without(*names: str) -> tuple[Recognizer, ...]:
    """The registry without the named recognizers (to measure what one of them adds)."""
    known = {r.name for r in RECOGNIZERS}
    unknown = set(names) - known
    if unknown:
        raise KeyError(f"no recognizer named {sorted(unknown)}")
    return tuple(r for r in RECOGNIZERS if r.name not in names)


def run(sheet: Sheet, recognizers: Iterable[Recognizer], first_read: bool, extra_line=None) -> None:
    """Run ``recognizers`` in order over the sheet (``extra_line``: text -> spans, e.g.
    the user's own words, run with the line recognizers)."""
    recognizers = tuple(recognizers)
    line_rules = [r for r in recognizers if r.scope is Scope.LINE]
    line_done = False
    for r in recognizers:
        if r.scope is Scope.LINE:
            if not line_done:
                _run_lines(sheet, line_rules, extra_line)
                line_done = True
        elif r.sheet is not None:
            r.sheet(sheet, first_read)
    if not line_done:
        _run_lines(sheet, [], extra_line)


def _run_lines(sheet: Sheet, rules: list[Recognizer], extra_line) -> None:
    for i, text in enumerate(sheet.texts):
        # Patterns run on the text as read and with look-alike letters read as digits
        # (O/0, l/1, S/5, B/8); both views index the same characters.
        views = [text]
        fixed = digit_view(text)
        if fixed != text:
            views.append(fixed)
        for r in rules:
            for view in views:
                sheet.out[i].extend(r.line(view))  # type: ignore[misc]
        if extra_line is not None:
            sheet.out[i].extend(extra_line(text))
