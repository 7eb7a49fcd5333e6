"""Values paired with their labels, and the lines that belong to them.

Each public function here is one step of the detection plan (see ``registry``):
labelled values (on the label's line, beside it or under it, or the person's block
under a bare heading), address lines by their shape, the names that stand above an
address. The people a waybill names after its 收/寄 marks are in
:mod:`redactor.core.detect.layout.waybill_people`. Numbers OCR boxed in pieces along a row are in
:mod:`redactor.core.detect.layout.numbers_across_boxes`.
The lines that belong to an address without looking like one are in
:mod:`redactor.core.detect.layout.address_wraps`.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import STARS, digit_count
from redactor.core.detect.layout import address_wraps
from redactor.core.detect.layout.block_lines import before_next_field
from redactor.core.detect.layout.label_beside import label_beside
from redactor.core.detect.layout.label_values import heading_beside
from redactor.core.detect.layout.labels import (
    ANY_LABEL,
    LABEL_AHEAD,
    Field,
    asks_for_signature,
    is_heading,
    is_postcode_key,
)
from redactor.core.detect.layout.letterhead import letterhead
from redactor.core.detect.layout.number_labels import next_numbers_label
from redactor.core.detect.layout.ordinary_values import trait_places
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paragraphs import paragraph_lines, value_spans
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.layout.sentence_addresses import address_end
from redactor.core.detect.layout.shared_places import give_back_shared_places
from redactor.core.detect.spans import Span, letter_view
from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS, boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.address_in_sentence import sentence_address
from redactor.core.detect.text.addresses import looks_like_address, split_door
from redactor.core.detect.text.message_addressees import before_addressee_mark
from redactor.core.detect.text.names import (
    HAS_DIGIT_RUN,
    before_relation,
    is_business,
    looks_like_person_name,
    name_span,
    name_value_plausible,
)
from redactor.core.detect.text.not_personal import only_a_period_bound, only_an_amount
from redactor.core.detect.text.prose import is_prompt, is_prose, runs_on
from redactor.core.models import Category

_SHAPES = patterns("layout", "labelled_values")

UNREAD_VALUE = "unread_value"
_NUMBER_FIELDS = (Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING)
_NUMBER_TAIL = _SHAPES["number_tail"]
MASKED_TAIL = re.compile(rf"[{STARS}](?:\s?[{STARS}]){{2,}}\s*$")
# The last word after a number, glued on or apart: a button's word, a name, a note.
_ACTION_AFTER = re.compile(r"(?<=[0-9A-Za-z*])\s*(?:[\u4e00-\u9fff]+|(?<=\s)[A-Za-z]+)\s*$")
_NUMBER_IN_SENTENCE = _SHAPES["number_in_sentence"]
_CLOSING_BRACKETS = frozenset(")）]】")
# The rest of a name: Latin words, one or two characters, or the stars of a masked name.
_NAME_REST = re.compile(
    rf"\s*(?:[A-Za-z][A-Za-z.'\-]*\s*){{1,3}},?\s*|\s*[\u4e00-\u9fff]{{1,2}}\s*|\s*[{STARS}]{{1,3}}\s*"
)


def labelled_values(sheet: Sheet, blocks: bool = True) -> None:
    """Every label's value: on its line, beside it, under it, or the block below.

    ``blocks=False`` (the verification pass) ignores headings without a value:
    on a masked image every field keyword has lost its value, and the lines
    below it are not the person's block any more.
    """
    for i in range(len(sheet.texts)):
        for f in sheet.fields[i]:
            _labelled(sheet, i, f, blocks)


def _labelled(sheet: Sheet, i: int, f: Field, blocks: bool) -> None:
    """The value of one label: on its line, beside it, under it, or the block below."""
    text = sheet.texts[i]
    value_end = _value_end(text, f.value_start, f.value_end)
    if f.category in _NUMBER_FIELDS:
        value_end = _number_in_sentence_end(text, f.value_start, value_end)
        nxt = next_numbers_label(text, f.value_start, value_end)
        if nxt is not None:
            # "Tel <number> Fax <number>": the second label stays readable, its number
            # is masked as its own value (fail closed) when it is a person's kind.
            if nxt.kind.category is not None:
                _value(sheet, i, nxt.value_start, value_end, nxt.kind.category)
            value_end = nxt.start
    if text[f.value_start : value_end].strip():
        if f.category is Category.NAME and not name_value_plausible(text, f):
            return
        if f.category is Category.PHONE and _begins_a_word(text, f):
            return
        _value(sheet, i, f.value_start, value_end, f.category)
        if value_end == len(text) and f.category in _NUMBER_FIELDS:
            _number_beside(sheet, i, f.category)
        elif value_end == len(text) and f.category is Category.NAME:
            _name_rest_beside(sheet, i)
        return
    if not blocks or f.value_end < len(text):
        return  # "会员手机：": the next keyword names the value, no block here
    # The value may stand beside the label ("SHIP TO:   Oscar Scott") ...
    j = sheet.value_beside(i)
    if j is None or sheet.gap(i, j) > 1.5 * sheet.geo[i].th or not _level(sheet, i, j):
        # Nothing read right beside the label: the value may be there unread
        # (handwriting, faint print). An empty span at the line's end seeds a mask that
        # the ink-run step grows over the ink that follows, or drops when there is none.
        # A box beside it but off its row (a mark over the value, boxed alone) leaves
        # the label's own row unread too.
        sheet.out[i].append(Span(len(text), len(text), f.category, 0.6, UNREAD_VALUE))
    if j is None and f.category in _NUMBER_FIELDS:
        _number_tail_far(sheet, i, f.category)
    if j is not None and f.category in _NUMBER_FIELDS and heading_beside(sheet, i, j):
        return  # a table's header row: the number is in the cells under the label
    if j is not None:
        end = sheet.before_label(j)
        _value(sheet, j, 0, end, f.category)
        if f.category is Category.NAME and end == len(sheet.texts[j]):
            _name_rest_beside(sheet, j)  # the name boxed in two beside its label
        if (
            f.category is Category.NAME
            and not sheet.out[j]
            and not is_business(sheet.texts[j][:end])
        ):
            # Beside a name label, whatever OCR made of the value is the name.
            sheet.out[j].append(Span(0, end, Category.NAME, 0.7, "name_beside"))
    postcode = is_postcode_key(text[f.key_start : f.key_end])
    if f.category is Category.NAME or (
        f.category is Category.ADDRESS and j is None and not postcode
    ):
        # A name heads the person's block; an address label with its value
        # beside it needs no block (wrapped lines are continuations).
        _block_below(sheet, i if j is None else j, f.category, label=None if j is None else i)
    elif j is None:
        # ... or right under it ("AWB No:" above the number).
        below = sheet.lines_below(i, max_lines=1)
        if below and _short_value(sheet.texts[below[0]], sheet.fields[below[0]]):
            _value(sheet, below[0], 0, len(sheet.texts[below[0]]), f.category)


def _begins_a_word(text: str, f: Field) -> bool:
    """A Chinese phone label glued to more Chinese begins a longer word ("手机壳",
    "手机充电宝 ¥59", "白色手机一部"): a product, not a number's field. A number
    glued to it is still its value; the number's own shape finds it wherever it stands."""
    return (
        f.value_start == f.key_end and is_cjk(text[f.key_end - 1]) and is_cjk(text[f.value_start])
    )


def _level(sheet: Sheet, i: int, j: int) -> bool:
    """Boxes ``i`` and ``j`` have their middles within a third of a line of each other."""
    g, c = sheet.geo[i], sheet.geo[j]
    return abs((g.y0 + g.y1) - (c.y0 + c.y1)) / 2 <= 0.3 * max(g.h, c.h)


_NUMBER_AFTER_NAME = _SHAPES["number_after_name"]


def _value(sheet: Sheet, i: int, start: int, end: int, category: Category) -> None:
    text = sheet.texts[i]
    if category is Category.NAME:
        span = name_span(text, start, end)
        if span and not is_business(text[span.start : span.end]):
            sheet.out[i].append(span)
        # The number after a name ("张晓明 138…") is the phone's, found on its own;
        # digits inside a Latin word are letters of the name OCR misread.
        end = before_next_field(text, start, end)
        number = _NUMBER_AFTER_NAME.search(text, start, end)
        whole = _stripped(
            text, start, before_relation(text, start, number.start() if number else end)
        )
        if whole and not is_business(text[whole[0] : whole[1]]):
            # Fail closed: whatever a name label announces is masked, whatever its
            # shape (an honorific in brackets, a nickname, initials, unreadable ink).
            sheet.out[i].append(Span(whole[0], whole[1], Category.NAME, 0.75, "name_value"))
    elif category is Category.ADDRESS:
        sheet.out[i].extend(split_door(text, start, end, 0.85, "address_field"))
        sheet.address_lines.add(i)
    else:
        action = _ACTION_AFTER.search(text, start, end)
        if action and boilerplate(action.group(0)):
            end = action.start()  # an app's "copy" or "call" beside the number it acts on
        sheet.out[i].append(Span(start, end, category, 0.7, f"{category.value}_field"))


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without the spaces and separators at its ends, nor the bracket
    closing a label's own bracketed words ("<party>(<role>)"): no value opens with it."""
    while start < end and text[start] in " :：-/,.)）":
        start += 1
    while end > start and text[end - 1] in " :：-/,.":
        end -= 1
    return (start, end) if end > start else None


def _number_beside(sheet: Sheet, i: int, category: Category) -> None:
    """A number split across two OCR boxes on one row (<label><first digits><stars> +
    <stars><last digits>)."""
    j = sheet.value_beside(i)
    # A masked group the OCR dropped may stand between the boxes (a card printed as four
    # groups, the second unread): then the gap is wider.
    reach = 5 if MASKED_TAIL.search(sheet.texts[i]) else 2
    if (
        j is not None
        and _NUMBER_TAIL.fullmatch(sheet.texts[j])
        and sheet.gap(i, j) < reach * sheet.geo[i].th
    ):
        sheet.out[j].append(
            Span(0, len(sheet.texts[j]), category, 0.7, f"{category.value}_split", joins=i)
        )


def _number_tail_far(sheet: Sheet, i: int, category: Category) -> None:
    """Small stars the OCR did not see leave a number label alone with the last digits
    far to its right (<label> ... <last four digits> of a card printed as four groups):
    the mask runs from the label to those digits."""
    j = sheet.value_beside(i, reach=14)
    tail = sheet.texts[j] if j is not None else ""
    if j is not None and _NUMBER_TAIL.fullmatch(tail) and digit_count(tail) >= 3:
        sheet.out[j].append(Span(0, len(tail), category, 0.7, "number_far", joins=i))


def _name_rest_beside(sheet: Sheet, i: int) -> None:
    """The rest of a name boxed apart from its label's line, a stamp or a gap between
    (<label>:<given name> ... <surname>): bare name words, close on the same row."""
    j = sheet.value_beside(i)
    if (
        j is not None
        and not sheet.fields[j]
        and _NAME_REST.fullmatch(letter_view(sheet.texts[j]))  # (a letter read as a digit)
        and not is_business(sheet.texts[j])
        and sheet.gap(i, j) < 4 * sheet.geo[i].th
    ):
        sheet.out[j].append(Span(0, len(sheet.texts[j]), Category.NAME, 0.7, "name_rest", joins=i))


def _short_value(text: str, fields: list[Field]) -> bool:
    """A lone token under a number label, or digits printed in groups: the number itself."""
    t = text.strip()
    return (
        not fields
        and 0 < len(t) <= 32
        and (" " not in t or bool(_DIGIT_GROUPS.fullmatch(t)))
        and digit_count(t) >= 4
    )


_DIGIT_GROUPS = re.compile(r"\d+(?:[ \-]\d+)+")


def _number_in_sentence_end(text: str, start: int, end: int) -> int:
    """A labelled number inside running text, or in brackets the sentence opened for
    it ("…(<sex>, ID No.: <number>) since…"), ends where its shape ends: the words
    after it are the sentence's. Elsewhere the value runs to ``end`` (fail closed)."""
    shape = _NUMBER_IN_SENTENCE.match(text, start, end)
    if shape is None:
        return end
    if is_prose(text) or text[shape.end() : end].lstrip()[:1] in _CLOSING_BRACKETS:
        return shape.end()
    return end


def _value_end(text: str, start: int, end: int) -> int:
    """A value stops where another 'label：' starts on the same line."""
    m = LABEL_AHEAD.search(text, start, end)
    while m and m.start() == start:
        m = None
    return m.start() if m else end


def _block_below(sheet: Sheet, head: int, category: Category, label: int | None = None) -> None:
    """A heading with no value ("SHIP TO:", "收件人：") owns the lines right below it;
    so does a value beside its label (``label``), down to the grid's next row."""
    first = label is None
    seen_address = False
    # A signature is written in the space left under its label, or below the
    # label's English twin: the first line may stand further down.
    signed = category is Category.NAME and asks_for_signature(sheet.texts[head])
    for j in sheet.lines_below(head, max_lines=6, first_gap=4.0 if signed else 1.3):
        t = sheet.texts[j]
        if is_heading(t, sheet.fields[j]):
            if t.isascii() and sheet.fields[j][0].category is category:
                continue  # the label's English twin on the line below ("CARDHOLDER SIGNATURE")
            break
        if sheet.fields[j]:
            if seen_address:
                break  # "PHONE: …" after the address closes the person's block
            first = False
            continue  # its own keyword decides
        if ANY_LABEL.match(t) or NON_PERSONAL_LABELS.match(t) or boilerplate(t):
            break  # "GSTIN:", "Order ID:", a printed footer: another part of the label starts
        if only_an_amount(t):
            break  # an order's time or a sum: the document's own rows start
        if only_a_period_bound(t):
            continue  # a From | To column's month or "present": the stay's bounds
        if _another_field(sheet, j):
            break  # a label of its own, or the value of the label beside it
        if label is not None and _in_label_column_row(sheet, j, label):
            break  # a grid's next row: its own label, known or not, stands left of it
        if first and category is Category.NAME and is_business(t):
            break  # a shop heads the block ("RETURN TO: Little Owl Bistro"): the merchant's own data stays
        if first and signed:
            # The signature: whatever OCR made of the handwriting (digits, strokes).
            sheet.out[j].append(Span(0, len(t), Category.NAME, 0.75, "signature"))
        elif (
            first
            and category is Category.NAME
            and not looks_like_address(t)
            and not HAS_DIGIT_RUN.search(t)
        ):
            sheet.out[j].append(Span(0, len(t), Category.NAME, 0.8, "block_name"))
        elif not HAS_DIGIT_RUN.fullmatch(t.strip()) or _house_number_of_a_row(sheet, j):
            sheet.out[j].extend(split_door(t, 0, len(t), 0.75, "block_address"))
            sheet.address_lines.add(j)
            seen_address = True
        first = False


def _in_label_column_row(sheet: Sheet, j: int, label: int) -> bool:
    """A box stands left of line ``j`` on its row, in the column of ``label``: a form
    printed as a grid of label | value rows goes on with another row, whatever words
    its label uses ("乐器 | <an instrument>" under "家长姓名 | <a name>")."""
    g, lab = sheet.geo[j], sheet.geo[label]
    return any(
        k not in (j, label)
        and c.same_row(g)
        and c.x1 <= g.x0 + 0.5 * g.th
        and abs(c.x0 - lab.x0) <= 1.5 * lab.th
        for k, c in enumerate(sheet.geo)
    )


def _another_field(sheet: Sheet, j: int) -> bool:
    """Line ``j`` is no line of the block above it: a label the lexicon knows standing
    alone (the next field, a table's column header), the value boxed beside another
    label on its row, or a printed sentence (the form's conditions, an instruction)."""
    t = sheet.texts[j]
    return (
        bool(only_labels(t))
        or label_beside(sheet, j) is not None
        or is_prose(t)
        or runs_on(t)  # a paragraph's line wrapped before its stop
        or is_prompt(t)  # "I am interested in:" and its tick boxes
    )


def _house_number_of_a_row(sheet: Sheet, j: int) -> bool:
    """A bare number boxed apart from the street beside it (<house number> | <STREET NAME> <SUFFIX>)."""
    return len(sheet.texts[j].strip()) <= 6 and sheet.value_beside(j, reach=2) is not None


_SHAPE = "address_shape"


def address_shapes(sheet: Sheet) -> None:
    """Lines shaped like an address (before any label on them), unless a business's, a
    trait's or a non-personal field's value with no number in it, or a
    sentence's (an address inside a sentence is the sentence step's: itself only; on a
    line of a paragraph, its words that are no sentence's, ``paragraphs.value_words``)."""
    paragraph = paragraph_lines(sheet)
    places = trait_places(sheet)
    shaped: set[int] = set()
    for i, text in enumerate(sheet.texts):
        end = address_end(sheet, i)
        if end is None or sheet.covered_before(i, end):
            continue
        if i in places:
            continue  # a place of birth, a native place: a province and a city, no door
        if looks_like_address(text[:end]) and sentence_address(text, end) is None:
            opens = paragraph.get(i)
            words = None if opens is None else value_spans(text, 0, end, opens, 0.75, _SHAPE)
            if words is not None:
                sheet.out[i].extend(words)
                continue
            sheet.out[i].extend(split_door(text, 0, end, 0.75, _SHAPE))
            sheet.address_lines.add(i)
            shaped.add(i)
    give_back_shared_places(sheet, shaped, _SHAPE)


def names_above_addresses(sheet: Sheet) -> None:
    """The first line of an address block is usually the person's name, with no keyword.
    A line taken into the address only for standing between two of its lines (the
    return address printed above the block) may be that name too: it is named as well,
    so that its later prints are found (``repeats``)."""
    for i, t in enumerate(sheet.texts):
        taken = any(not sp.rule.startswith(address_wraps.BETWEEN) for sp in sheet.out[i])
        if taken or sheet.fields[i]:
            continue
        if not (looks_like_person_name(t) or looks_like_person_name(letter_view(t))):
            continue
        if letterhead(sheet, i, t):
            continue  # the business's own name over its address, at the page's head
        below = sheet.lines_below(i, max_lines=1)
        if below and below[0] in sheet.address_lines:
            # An envelope's "<name> 收": the addressee's mark stays readable.
            end = before_addressee_mark(t)
            sheet.out[i].append(Span(0, end, Category.NAME, 0.7, "name_above_address"))
