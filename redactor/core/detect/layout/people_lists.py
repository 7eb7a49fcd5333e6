"""People listed one a row in a column under a heading that says its entries are people.

A gift ledger or a condolence book writes its givers in a column under "芳名", a
guest book under "来宾" or "Guests", with no label on any row and often the giver's
work unit, relation or household written with the name ("<unit><name>",
"同学<name>", "<name>夫妇"). A page written in vertical columns is read with its
columns as rows (page.reading_frame, vertical_pages.py), so the same reading serves
both ways of writing:

* the **heading** is a box that holds one of the list headings of
  ``tables/blocks.toml [people_lists]`` and nothing else (with a colon it would be a
  field's label, which the field lexicon reads);
* its **entries** are the boxes under it that start within its column (from a little
  left of its start to its end), row after row, each row close to the one above (the
  gap under the heading says how far apart the rows stand), until a box that is a
  label, a heading or a sentence, a date or a sum (the list's foot), or a wide gap;
  a row's number alone (the 序号 column printed beside the names, ``layout.toml
  [people_lists] row_number``) is passed over: it names no one and does not end the
  list, as a date or a sum does;
* a column headed by a **gift's heading** ("礼金": each row a gift and who gave it)
  names its givers in the box before each gift on its row, when the list's own
  heading went unread or was never written;
* each entry is masked whole, fail closed: what is written with the name says who
  the person is; but a gift's sum written after the name in its box (layout.toml
  ``[people_lists]``) stays readable, as do the heading and the table's other
  columns;
* on a page that lists people, a box elsewhere holding a Chinese name alone (a
  common surname, then one or two characters given names are made of) is a person
  too: the ledger's keeper signing at its foot, a giver whose row lost its column
  (a place written the same way, a surname's character and a given name's, would go
  too: on a page of people, the lesser risk).
"""

from __future__ import annotations

from collections.abc import Callable

from redactor.core.detect.layout.frame import Geo
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import compact_text, fold
from redactor.core.detect.text.names import surname_length
from redactor.core.detect.text.not_personal import only_an_amount
from redactor.core.detect.text.prose import is_prose
from redactor.core.models import Category

RULE = "people_list"
_SCORE = 0.8
_SUM_AFTER = patterns("layout", "people_lists")["sum_after"]
_ROW_NUMBER = patterns("layout", "people_lists")["row_number"]
_LISTS = table("blocks")["people_lists"]
_HEADINGS = frozenset(compact_text(fold(h))[0] for h in _LISTS["headings"])
_GIFTS = frozenset(compact_text(fold(h))[0] for h in _LISTS["gift_headings"])
#: How far an entry may start left of its heading, in text heights (a heading centred
#: over its column).
_LEFT_REACH = 2.0
#: Widest gap under the heading, and between rows, in the heading's text heights; the
#: rows stand evenly, so the first gap (times _SAME_PITCH) may widen the later ones.
_FIRST_GAP = 2.5
_ROW_GAP = 1.6
_SAME_PITCH = 1.4
_GIVEN = frozenset(table("names")["free_text"]["given"])
_GIVEN_MAX = 2


def list_heading(text: str) -> bool:
    """``text`` is a people list's heading alone."""
    return compact_text(fold(text))[0] in _HEADINGS


def gift_heading(text: str) -> bool:
    """``text`` heads a column of gifts, each given by the person its row names."""
    return compact_text(fold(text))[0] in _GIFTS


def list_entries(sheet: Sheet, head: int) -> list[int]:
    """The lines listed under the heading on line ``head``, top to bottom."""
    return _column(sheet, head, lambda k: _an_entry(sheet, k), skip=_row_number(sheet))


def givers(sheet: Sheet, head: int) -> list[int]:
    """The entries on the rows of the gifts listed under the heading on line ``head``:
    on each gift's row, the nearest box before it, when it may be a listed person."""
    out = []
    for k in _column(sheet, head, lambda k: _a_gift(sheet.texts[k])):
        before = _before_on_row(sheet, k)
        if before is not None and _an_entry(sheet, before):
            out.append(before)
    return out


def mask_people_lists(sheet: Sheet) -> None:
    """Every entry of every people list on the page, whole; and the page's other
    names standing alone, when it lists people."""
    if _mask_lists(sheet):
        _mask_names_alone(sheet)


def _mask_names_alone(sheet: Sheet) -> None:
    for k, text in enumerate(sheet.texts):
        name = text.strip()
        if sheet.fields[k] or not _a_bare_name(name) or any(sp.rule == RULE for sp in sheet.out[k]):
            continue  # (what other steps found is not read: they may run later)
        start = len(text) - len(text.lstrip())
        sheet.out[k].append(Span(start, start + len(name), Category.NAME, _SCORE, RULE))


def _a_bare_name(text: str) -> bool:
    """A common surname and one or two given-name characters, nothing else."""
    surname = surname_length(text)
    given = text[surname:]
    if not surname or not 1 <= len(given) <= _GIVEN_MAX or any(c not in _GIVEN for c in given):
        return False
    return not (boilerplate(text) or list_heading(text) or gift_heading(text))


def _mask_lists(sheet: Sheet) -> bool:
    """Every entry of every people list on the page, whole; whether there was one."""
    listed = False
    for head, text in enumerate(sheet.texts):
        if list_heading(text):
            entries = list_entries(sheet, head)
        elif gift_heading(text):
            entries = givers(sheet, head)
        else:
            continue
        listed = listed or bool(entries)
        for k in entries:
            entry = sheet.texts[k]
            if any(sp.rule == RULE for sp in sheet.out[k]):
                continue  # under a list heading and beside a gift both
            start = len(entry) - len(entry.lstrip())
            gift = _SUM_AFTER.search(entry)
            end = gift.start() if gift else len(entry.rstrip())
            sheet.out[k].append(Span(start, end, Category.NAME, _SCORE, RULE))
    return listed


def _column(
    sheet: Sheet,
    head: int,
    accept: Callable[[int], bool],
    skip: Callable[[int], bool] = lambda k: False,
) -> list[int]:
    """The boxes under the heading in its column, row after row, while ``accept``;
    a box ``skip`` says nothing of is passed over."""
    geo = sheet.geo
    g = geo[head]
    below = sorted(
        (k for k, c in enumerate(geo) if k != head and c.y0 >= g.y1 - 0.5 * g.th and _under(g, c)),
        key=lambda k: (geo[k].y0, geo[k].x0),
    )
    entries: list[int] = []
    bottom, widest = g.y1, _FIRST_GAP * g.th
    for k in below:
        c = geo[k]
        gap = c.y0 - bottom
        if gap <= widest and skip(k):
            continue
        if gap > widest or not accept(k):
            break
        if not entries:
            widest = max(_ROW_GAP * g.th, _SAME_PITCH * gap)
        entries.append(k)
        bottom = max(bottom, c.y1)
    return entries


def _under(head: Geo, c: Geo) -> bool:
    """Box ``c`` starts within the heading's column."""
    return head.x0 - _LEFT_REACH * head.th <= c.x0 <= head.x1


def _before_on_row(sheet: Sheet, k: int) -> int | None:
    """The box nearest before line ``k`` on its row (a ledger's rows run wide)."""
    g = sheet.geo[k]
    row = [
        j for j, c in enumerate(sheet.geo) if j != k and c.x1 <= g.x0 + 0.5 * g.th and g.same_row(c)
    ]
    return max(row, key=lambda j: sheet.geo[j].x1, default=None)


def _row_number(sheet: Sheet) -> Callable[[int], bool]:
    """Whether line ``k`` is a row's number and nothing else."""
    return lambda k: _ROW_NUMBER.fullmatch(sheet.texts[k]) is not None


def _a_gift(text: str) -> bool:
    """``text`` is a sum and nothing else."""
    gift = _SUM_AFTER.search(text)
    return gift is not None and gift.start() <= len(text) - len(text.lstrip())


def _an_entry(sheet: Sheet, k: int) -> bool:
    """Line ``k`` may be a listed person: no label (with its value or not), no heading
    or sentence, no date or sum."""
    text = sheet.texts[k]
    if not text.strip() or list_heading(text) or gift_heading(text):
        return False
    if sheet.fields[k] or printed_labels(text) or is_prose(text):
        return False  # a field of the form ("Card no. …"), the form's own sentence
    return not only_an_amount(text) and not _a_gift(text)
