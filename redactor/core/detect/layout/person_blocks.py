"""Blocks first: lines grouped by the page's geometry, each block judged as a whole.

Real labels rarely print "keyword: value". They print a block: a recipient's name,
organisation, street and suite above a "CITY ST ZIP" line; a name, a phone and two
address lines beside a 收/寄 mark; a cardholder's name under the masked card
number. Once any line of a block carries a strong personal signal, the whole block
is masked (fail closed), except the lines positively known not to be personal:
field labels, printed boilerplate, money and dates, the business's own identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.layout.block_grouping import Block, group_blocks
from redactor.core.detect.layout.block_lines import BLOCK_RULE, line_spans
from redactor.core.detect.layout.block_parts import clip_to_values
from redactor.core.detect.layout.block_segments import segments
from redactor.core.detect.layout.block_signals import keyword_signal, signal
from redactor.core.detect.layout.column_cells import cell_of_no_personal_column
from redactor.core.detect.layout.label_columns import column_labels
from redactor.core.detect.layout.label_lines import captions_spared
from redactor.core.detect.layout.labels import (
    has_business_label,
    is_heading,
)
from redactor.core.detect.layout.letterhead import letterhead
from redactor.core.detect.layout.option_lists import phrase_options
from redactor.core.detect.layout.ordinary_values import ordinary_values, trait_places
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paragraphs import paragraph_lines
from redactor.core.detect.layout.receipt_customer import customer_opening, customer_part
from redactor.core.detect.layout.row_numbers import row_number_lines
from redactor.core.detect.layout.running_text import running_text_lines
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import (
    PERSONAL_MARKS,
    RECEIPT_TOTALS,
    boilerplate,
)
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import closes_address
from redactor.core.detect.text.message_addressees import is_addressee_line
from redactor.core.detect.text.names import is_business, looks_like_person_name
from redactor.core.detect.text.not_personal import MONEY
from redactor.core.models import Category

_SHAPES = patterns("layout", "person_blocks")

# What a shop prints about itself: its phone, tax and registration numbers, web site.
_SHOP_CUE = _SHAPES["shop_cue"]
_CUSTOMER = frozenset({Category.CARD_NUMBER, Category.ID_NUMBER})
_BIG_BLOCK = 8  # more lines than a person's block: mask only near the signals
_NEAR = 2.0  # ... that many line heights above and below a signal line: the rows beside it
# A carrier's route or sort code: a letter or two, a few digits.
_ROUTE_CODE = _SHAPES["route_code"]
# A letterhead's own lines under its name: an address and a phone or web line.
_LETTERHEAD_LINES = 2
_LARGER = 1.25  # print this many times the business's own is another block's
# Numbers a business's own block does not print: a person's account or card.
_ACCOUNT_CATEGORIES = frozenset({Category.ID_NUMBER, Category.CARD_NUMBER})


def mask_personal_blocks(sheet: Sheet) -> None:
    """Mask every block that holds a personal signal, but for lines known not to be."""
    header = receipt_header(sheet)
    running = running_text_lines(sheet)
    paragraph = paragraph_lines(sheet)
    labels = column_labels(sheet)
    options = phrase_options(sheet)  # a form's choices to tick, run on into the block
    # a plan's, a time's value under its label; a place of birth, an education
    ordinary = ordinary_values(sheet) | trait_places(sheet)
    counted = row_number_lines(sheet)  # a list's row numbers name no one
    for block in group_blocks(sheet):
        signals = [k for k in block.lines if signal(sheet, k)]
        if not signals:
            continue
        if header and all(k in header for k in block.lines) and not keyword_signal(sheet, signals):
            continue  # the shop's name, address and phone at the head of a receipt
        if (head := _business_line(sheet, block)) is not None:
            # "RETURN TO:" a shop: the business's own name and address are spared,
            # but not a person's block joined under them
            block = Block(_after_business(sheet, block, head))
        elif (head := _letterhead_line(sheet, block)) is not None:
            # a trade's name heading the page: its own address and phone at most
            block = Block(_after_business(sheet, block, head, reach=_LETTERHEAD_LINES))
        if head is not None:
            signals = [k for k in block.lines if k in signals or _named(sheet, k)]
            if not signals:
                continue
        for segment in segments(sheet, block):
            seg_signals = [k for k in segment.lines if k in signals]
            if seg_signals:
                inside = _inside_person(sheet, segment)
                routes = _codes_after_postcode(sheet, segment)
                masked = [
                    k
                    for k in _masked_lines(sheet, segment, seg_signals)
                    if k not in routes
                    and k not in labels
                    and k not in options
                    and k not in counted
                    and (k not in ordinary or k in seg_signals)
                    and not cell_of_no_personal_column(sheet, k, seg_signals)
                ]
                if header:  # a receipt: the customer's lines, not the ticket's body under them
                    part = customer_part(sheet, segment.lines, seg_signals)
                    masked = [k for k in masked if k in part]
                words: dict[int, Span] = {}  # lines the block masks a word of
                for k in masked:
                    spans = captions_spared(
                        sheet.texts[k],
                        clip_to_values(
                            sheet.texts[k],
                            line_spans(
                                sheet,
                                k,
                                organisation_ok=k in inside,
                                running=running,
                                paragraph=paragraph,
                            ),
                        ),
                    )
                    words.update(
                        (k, s)
                        for s in spans
                        if not re.search(r"\d", sheet.texts[k][s.start : s.end])
                    )
                    sheet.out[k].extend(spans)
                for k in masked:
                    if (span := _rest_of_a_row(sheet, k, words)) is not None:
                        sheet.out[k].append(span)


def _rest_of_a_row(sheet: Sheet, k: int, words: dict[int, Span]) -> Span | None:
    """A box of printed words alone (words of the boilerplate table), boxed apart on
    one row with a line the block masks a word of: the rest of that line (an
    organisation's name cut in two by the OCR), masked with it. Beside a value a rule
    masked, it stays."""
    text = sheet.texts[k]
    if k in words or sheet.fields[k] or not boilerplate(text) or re.search(r"\d", text):
        return None
    for j, span in words.items():
        if j != k and sheet.geo[j].same_row(sheet.geo[k]):
            return Span(0, len(text), span.category, 0.6, BLOCK_RULE)
    return None


def _codes_after_postcode(sheet: Sheet, block: Block) -> set[int]:
    """Short codes printed under the line that closes the address: a carrier's route
    or sort code ("H7"), no part of the address (a door comes before the postcode)."""
    out, closed = set(), False
    for k in block.lines:
        if closed and _ROUTE_CODE.fullmatch(sheet.texts[k]):
            out.add(k)
        closed = closed or closes_address(sheet.texts[k])
    return out


SHOP_CATEGORIES = frozenset({Category.ADDRESS, Category.DOOR, Category.PHONE, Category.NAME})


def spare_receipt_header(sheet: Sheet) -> set[int]:
    """On a receipt, the lines above the first price are the shop's own name, address
    and phone: the lines whose shape-found addresses and phones (``SHOP_CATEGORIES``)
    stay readable, unless a personal keyword or mark sits among them (a member's or a
    recipient's data)."""
    header = receipt_header(sheet)
    if not header or keyword_signal(sheet, sorted(header), names_only=True):
        return set()
    return set(header)


def _named(sheet: Sheet, k: int) -> bool:
    """A rule (not this block step) found a person's name on line ``k``."""
    return any(s.category is Category.NAME and s.rule != BLOCK_RULE for s in sheet.out[k])


def _business_line(sheet: Sheet, block: Block) -> int | None:
    """Where in the block its first line below any mark or heading is, if it names a
    business."""
    for i, k in enumerate(block.lines):
        text = sheet.texts[k]
        if PERSONAL_MARKS.fullmatch(text.strip()) or is_heading(text, sheet.fields[k]):
            continue
        value = text[sheet.fields[k][0].value_start :] if sheet.fields[k] else text
        return i if is_business(value) else None
    return None


def _letterhead_line(sheet: Sheet, block: Block) -> int | None:
    """Where in the block its first line is, if it heads the page as a business's
    letterhead (a trade's or an institution's word: ``letterhead``)."""
    for i, k in enumerate(block.lines):
        text = sheet.texts[k]
        if PERSONAL_MARKS.fullmatch(text.strip()) or is_heading(text, sheet.fields[k]):
            continue
        return i if not sheet.fields[k] and letterhead(sheet, k, text) else None
    return None


def _after_business(
    sheet: Sheet, block: Block, head: int, reach: int | None = None
) -> tuple[int, ...]:
    """Of a block whose line ``head`` (a position in it) names a business, the lines
    that are not the business's own: from a line printed larger than that name (a
    label's recipient block), a line where a rule found a person's name or one that
    labels an account or card number (a bank's payment slip: the payer's), or from
    the line after the one that closes the business's address (a tilted photo joins
    the recipient's block under it). With ``reach`` (a letterhead), no more than that
    many lines under the name are the business's, and none of a person's."""
    lines = block.lines
    size = sheet.geo[lines[head]].th
    end = len(lines) if reach is None else min(len(lines), head + 1 + reach)
    for i in range(head + 1, end):
        k = lines[i]
        if (
            sheet.geo[k].th > _LARGER * size
            or _named(sheet, k)
            or any(f.category in _ACCOUNT_CATEGORIES for f in sheet.fields[k])
            or closes_address(sheet.texts[lines[i - 1]])
            or (reach is not None and _not_the_business(sheet, k))
        ):
            return lines[i:]
    return lines[end:]


def _not_the_business(sheet: Sheet, k: int) -> bool:
    """Line ``k`` under a letterhead is no part of it: it opens with a person's name
    (a bed card's patient under the hospital), or it holds a number no rule read as
    an address or a phone, on a line that closes no address (a form's or a person's
    number, not the business's)."""
    text = sheet.texts[k]
    words = text.split()
    if words and looks_like_person_name(words[0]):
        return True
    if closes_address(text):
        return False  # the business's own street and postcode
    read = {
        i
        for s in sheet.out[k]
        if s.category in SHOP_CATEGORIES or s.category is Category.DOOR
        for i in range(s.start, s.end)
    }
    return any(c.isdigit() and i not in read for i, c in enumerate(text))


def _inside_person(sheet: Sheet, block: Block) -> set[int]:
    """In a block with no label, the lines under its first one: one person's lines,
    where a business word names their organisation or mail room (part of the address),
    no reason to spare the line. (A block headed by a business is the business's own.)"""
    order = block.lines
    if any(sheet.fields[k] or is_heading(sheet.texts[k], sheet.fields[k]) for k in order):
        return set()  # a label names what follows ("Return to:" a business)
    return set(order[1:])


def _masked_lines(sheet: Sheet, block: Block, signals: list[int]) -> Iterator[int]:
    """All of a person-sized block; of a bigger one, the lines within a few line
    heights of a signal (the rows around a card number, not the whole receipt)."""
    if len(block.lines) <= _BIG_BLOCK:
        yield from block.lines
        return
    geo = sheet.geo
    for k in block.lines:
        mid = (geo[k].y0 + geo[k].y1) / 2
        if any(
            abs(mid - (geo[s].y0 + geo[s].y1) / 2) <= _NEAR * max(geo[s].th, geo[k].th)
            for s in signals
        ):
            yield k


def receipt_header(sheet: Sheet) -> set[int]:
    """On a receipt (a price on it), the shop's own blocks above the first price and
    above the customer's part: blocks with a business cue and no person's name."""
    money = [k for k, t in enumerate(sheet.texts) if MONEY.search(t)]
    totals = any(RECEIPT_TOTALS.search(t) for t in sheet.texts)
    if len(money) < (1 if totals else 3):
        return set()
    # The customer's part starts at a card or ID number, or a name, card or ID label
    # (a shop prints its own phone and address labels).
    customer = [
        k
        for k in range(len(sheet.texts))
        if any(s.category in _CUSTOMER for s in sheet.out[k])
        or any(f.category in _CUSTOMER | {Category.NAME} for f in sheet.fields[k])
    ]
    first = min(sheet.geo[k].y0 for k in money + customer)
    opening = customer_opening(
        sheet, [k for k in range(len(sheet.texts)) if sheet.geo[k].y1 <= first]
    )
    if opening is not None:
        first = sheet.geo[opening].y0
    header: set[int] = set()
    for block in group_blocks(sheet):
        lines = [k for k in block.lines if sheet.geo[k].y1 <= first]
        texts = [sheet.texts[k] for k in lines]
        if any(_named(sheet, k) or is_addressee_line(sheet.texts[k]) for k in lines):
            continue  # an addressee in a letter's window (<name> 收), not the shop
        if not any(is_business(t) or has_business_label(t) or _SHOP_CUE.search(t) for t in texts):
            continue
        # A person's name heading it (a line the OCR doubts says nothing), the name of
        # where they work right under it: an addressee in a letter's window.
        read = [sheet.texts[k] for k in lines if not sheet.doubted(k)]
        if not (len(read) > 1 and looks_like_person_name(read[0]) and is_business(read[1])):
            header.update(lines)
    return header
