"""A continental European postal address: a street and its number over a postcode and town.

German, French, Spanish, Italian, Portuguese and Dutch addresses print no street
suffix the English shapes know and no postcode after the town: the street line
carries its number after the name ("Kirchweg 55, 5. OG", "Plaza España, 131") or
before the street's word ("12 rue des Lilas"), and the next line opens with the
postcode ("83090 Seehausen", "1012 AB Amsterdam"). Either line alone may be
something else (a year before a heading, a chapter's number); a street line right
above a postcode-and-town line is an address. Both are masked, the street's door
apart, and both join the page's address lines; a person's name printed right over
the street is the addressee's. A label may open the street line ("Anschrift
Goethestr. 38"): only the street is taken from it. The address is found whole, so
it is no reason for the block step to mask the lines around it (a letter's heading
under it, a card's title over it). A form's box may print both on one line, the
postcode and town after a comma ("Goethestr. 38, 83165 Seehausen").
"""

from __future__ import annotations

from redactor.core.detect.layout.captions_under import line_over
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import opens_its_street
from redactor.core.detect.spans import Span, letter_view
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.postal_shapes import GLUED_LABEL_SEAM, POSTAL_SHAPES
from redactor.core.detect.text.addresses import split_door
from redactor.core.detect.text.names import looks_like_person_name
from redactor.core.models import Category

RULE = "street_over_postcode"
_SHAPES = POSTAL_SHAPES
_STREET = _SHAPES["street_line"]
_NUMBER_FIRST = _SHAPES["number_first"]
_POSTCODE_TOWN = _SHAPES["postcode_town"]
_DOOR_LINE = _SHAPES["door_line"]
#: An address line is short; longer lines are not read (and the shapes stay linear).
_LONGEST = 80
#: A small letter right before a capital: where the OCR dropped a space.
_SCORE = 0.75
#: The most lines above a letterhead's address: the business's name and its phone.
_HEAD_LINES = 2


def street_start(text: str) -> int | None:
    """Where a street with its house number starts, when it closes the line."""
    if len(text) > _LONGEST:
        return None
    m = _STREET.search(text) or _NUMBER_FIRST.search(text)
    if m is None:
        return None
    start = m.start()
    for label in default_lexicon().find(text):
        if label.start <= start < label.end and not opens_its_street(text, label):
            start = label.value_start  # a label before the street ("Anschrift Goethestr. 38")
    seam = GLUED_LABEL_SEAM.search(text, start, m.end())
    if seam and _a_label(text[start : seam.end()]):
        start = seam.end()  # ... or glued to it ("AnschriftGoethestr. 38")
    return start if start < len(text.rstrip()) else None


def _a_label(text: str) -> bool:
    found = default_lexicon().find(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def is_postcode_town(text: str) -> bool:
    return len(text) <= _LONGEST and _POSTCODE_TOWN.fullmatch(text) is not None


def streets_over_postcodes(sheet: Sheet) -> None:
    """Mask each street line standing right above a postcode-and-town line, and that line."""
    for i, text in enumerate(sheet.texts):
        if _street_and_postcode(sheet, i):
            continue
        start = street_start(text)
        if start is None:
            continue
        below = sheet.lines_below(i, max_lines=2)
        door = below[0] if below and _DOOR_LINE.fullmatch(sheet.texts[below[0]]) else None
        if door is not None:
            below = below[1:]  # "Whg. 16", "8º D": the door on its own line, then the town
        if not below or not is_postcode_town(sheet.texts[below[0]]):
            continue
        j = below[0]
        for k, a in ((i, start), (j, 0)):
            t = sheet.texts[k]
            end = len(t.rstrip())
            if not _covered(sheet, k, a, end):
                sheet.out[k].extend(split_door(t, a, end, _SCORE, RULE))
            sheet.address_lines.add(k)
        if door is not None:
            t = sheet.texts[door]
            a = len(t) - len(t.lstrip())
            sheet.out[door].append(Span(a, len(t.rstrip()), Category.DOOR, _SCORE, RULE))
            sheet.address_lines.add(door)
        _name_over(sheet, i)


def _street_and_postcode(sheet: Sheet, i: int) -> bool:
    """Mask the street and the postcode and town written on one line after a comma
    ("<street> 38, 83165 <Town>"), as a form's box or a letterhead prints them."""
    text = sheet.texts[i]
    comma = text.rfind(",")
    if comma < 0 or not is_postcode_town(text[comma + 1 :]):
        return False
    start = street_start(text[:comma])
    if start is None or _letterhead(sheet, i):
        return False
    end = len(text.rstrip())
    town = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    if not _covered(sheet, i, start, end):
        # two parts, as on two lines: the comma between them is no one's
        sheet.out[i].extend(split_door(text, start, comma, _SCORE, RULE))
        sheet.out[i].extend(split_door(text, town, end, _SCORE, RULE))
    # Whole on its line: no wrapped line goes on it, and no name is taken from the
    # line over it (a form's box prints its label there).
    return True


def _letterhead(sheet: Sheet, i: int) -> bool:
    """Line ``i`` is the business's own address at the page's head, under its name:
    at most two lines (the name, a phone) stand above it."""
    g = sheet.geo[i]
    return sum(c.y0 + c.y1 < g.y0 + g.y1 - g.th for c in sheet.geo) <= _HEAD_LINES


def _name_over(sheet: Sheet, i: int) -> None:
    """The addressee's name, on the line right over the street, when it reads as one."""
    k = line_over(sheet, i)
    if k is None or sheet.out[k] or sheet.fields[k]:
        return
    t = sheet.texts[k]
    if looks_like_person_name(t) or looks_like_person_name(letter_view(t)):
        sheet.out[k].append(Span(0, len(t.rstrip()), Category.NAME, _SCORE, RULE))


def _covered(sheet: Sheet, k: int, start: int, end: int) -> bool:
    """Another step already masks this part of the line as an address."""
    return any(
        s.start <= start and s.end >= end and s.category in (Category.ADDRESS, Category.DOOR)
        for s in sheet.out[k]
    )
