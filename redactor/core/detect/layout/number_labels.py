"""Labels of numbers: whether the number after a printed label is a person's.

An English word before a number with no colon may head a shop's header as well as a
form's field ("TEL 020…"): the label's own words (two or more, a compound, a document
a person carries) or the number's shape (a vehicle's code or plate) decide. A person's
number may also be named inside a sentence or a bracketed aside, and a number value
ends where another number's label starts inside it.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.label_finder import without_qualifier
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import compact_text, fold, is_cjk

#: Kinds whose value is a number: an English label opening its line right before one
#: is a label ("Tel 0712…", "Delivery date 06/04…") even without a colon. (Not a door:
#: "Flat 5" opens an address.)
NUMBER_KINDS = frozenset(
    {
        ValueKind.PHONE,
        ValueKind.ID_NUMBER,
        ValueKind.CARD_NUMBER,
        ValueKind.TRACKING,
        ValueKind.REFERENCE,
        ValueKind.POSTCODE,
        ValueKind.DATE,
        ValueKind.TIME,
        ValueKind.AMOUNT,
        ValueKind.QUANTITY,
        ValueKind.WEIGHT,
        ValueKind.BIRTH_DATE,
    }
)
#: Numbers a person is known by (not a phone: a shop prints its own "Phone number").
PERSONS_NUMBERS = frozenset({ValueKind.ID_NUMBER, ValueKind.CARD_NUMBER})
#: Brackets that set an aside into a sentence ("<name>(<label><number>) ...").
_ASIDE_OPEN = ("(", "（")
_ASIDE_CLOSE = re.compile(r"[)）]")
#: Letters of a one-word label as specific as two words: a compound ("Mitgliedsnummer").
_COMPOUND_LETTERS = 11
#: A person's number opening with a letter or few ("AB1234567").
LETTERED_NUMBER = patterns("layout", "labels")["number_value"]
#: A document a person carries ("passport"), and its number's shape ("YR6230907").
_DOCUMENTS = frozenset(fold(w) for w in table("keywords")["persons_documents"]["words"])
_DOCUMENT_NUMBER = patterns("layout", "labels")["document_number"]
#: A vehicle's registration plate ("AB12 CDE", "AB-123-CD").
_PLATE = patterns("layout", "labels")["vehicle_plate"]
#: The fewest characters of a code of letters and digits taken for a person's number: a
#: vehicle's 17 less what OCR drops, longer than a case's or a claim's reference.
_CODE_MIN = 12
#: A number inside a sentence: letters and digits, groups of digits after single spaces.
_SENTENCE_NUMBER = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9\-]*(?: \d[A-Za-z0-9\-]*)*")


def opens_aside(text: str, m: LabelMatch) -> bool:
    return text[: m.start].rstrip().endswith(_ASIDE_OPEN)


def _a_code(value: str) -> bool:
    """``value`` opens with a code of capitals and digits mixed, as long as a person's
    number is ("WDB2030461A123456", a vehicle's identification number): no word a
    sentence goes on with after a label."""
    token = value.split(maxsplit=1)[0] if value.strip() else ""
    if len(token) < _CODE_MIN or not (token.isascii() and token.isalnum() and token.isupper()):
        return False
    digits = digit_count(token)
    return digits >= 2 and len(token) - digits >= 2


def set_off_by_layout(text: str, m: LabelMatch) -> bool:
    """A printed label whose layout alone says so: not an English word before a number
    with no colon ("TEL 020…" heads a shop's header as often as a form's field; the
    number's shape decides)."""
    between = text[m.end : m.value_start]
    return (
        is_cjk(text[m.start])
        or ":" in between
        or "：" in between
        or m.kind not in NUMBER_KINDS
        or m.value_start >= len(text.rstrip())
        or a_persons_number(text, m)
        or a_documents_number(text, m)
        or number_in_sentence(text, m, between)  # a header prints no sentence
        or _shaped_as_a_vehicles(text, m)
    )


def _shaped_as_a_vehicles(text: str, m: LabelMatch) -> bool:
    """A person's number's label of one short word ("VIN") before a value no shop
    prints about itself: a long code of capitals and digits, or a vehicle's plate."""
    value = text[m.value_start : m.value_end]
    return m.kind in PERSONS_NUMBERS and a_vehicles_number(value)


def a_vehicles_number(value: str) -> bool:
    """``value`` opens with a vehicle's identification number or its plate."""
    return _a_code(value) or _PLATE.match(value) is not None


def a_persons_number(text: str, m: LabelMatch) -> bool:
    """A label of two or more words (or one compound word) for the number a person is
    known by ("Member number 8123…", "Kundennummer 8123…"), or a date of birth: no
    shop's header prints one about itself, so the number after it is the person's
    whatever its shape."""
    if m.kind is ValueKind.BIRTH_DATE:
        return True
    words = text[m.start : m.end].split()
    compound = len(words) == 1 and sum(c.isalpha() for c in words[0]) >= _COMPOUND_LETTERS
    return m.kind in PERSONS_NUMBERS and (len(words) > 1 or compound or _glued_words(text, m))


def a_documents_number(text: str, m: LabelMatch) -> bool:
    """A document a person carries ("Passport", "Reisepass"), then a number of a
    document's shape: no shop's header prints its own number after such a word."""
    return (
        m.kind in PERSONS_NUMBERS
        and fold(text[m.start : m.end]).rstrip(".") in _DOCUMENTS
        and _DOCUMENT_NUMBER.match(text, m.value_start) is not None
    )


def _glued_words(text: str, m: LabelMatch) -> bool:
    """The label is one of its entry's forms of two words or more, the OCR having
    dropped the space between them ("N°client" for "N° client", "Codeclient"): still
    the two words no shop's header prints about itself."""
    key, _ = compact_text(fold(text[m.start : m.end]))
    return any(" " in f.strip() and compact_text(fold(f))[0] == key for f in m.label.forms)


def number_in_sentence(text: str, m: LabelMatch, between: str) -> bool:
    """A person's number's label inside a sentence: after a word in lower case (a
    preposition, not a longer label's word: "con DNI", "with passport"), then a space
    and the number itself, a long run of digits maybe opening with letters."""
    if m.kind not in PERSONS_NUMBERS or m.at_line_start or between.strip():
        return False
    word = text[: m.start].rstrip().rpartition(" ")[2]
    if not (word.isalpha() and word.islower()):
        return False
    return LETTERED_NUMBER.match(text, m.value_start) is not None


def sentence_number_end(text: str, m: LabelMatch) -> int | None:
    """Where the number named inside a sentence ends ("… con DNI <number>, y …"): the
    sentence runs on after it; in an aside, its closing bracket. ``None`` when ``m``
    is no such label."""
    if m.kind in PERSONS_NUMBERS and m.start and opens_aside(text, m):
        close = _ASIDE_CLOSE.search(text, m.value_start)
        return close.start() if close else None
    if not number_in_sentence(text, m, without_qualifier(text[m.end : m.value_start])):
        return None
    run = _SENTENCE_NUMBER.match(text, m.value_start)
    return run.end() if run else None


def next_numbers_label(text: str, start: int, end: int) -> LabelMatch | None:
    """A label of the lexicon for another number inside the number value
    ``text[start:end]``, after a digit and before one ("Tel 020 … Fax 020 …",
    "电话:010… 传真:010…", "Tel 020 … Date 12/03/…"): the value ends before it."""
    for m in default_lexicon().find(text[:end]):
        if m.start <= start or m.kind not in NUMBER_KINDS:
            continue
        before = text[start : m.start].rstrip()
        after = text[m.value_start : end].lstrip(" :：")
        if before[-1:].isdigit() and after[:1].isdigit():
            return m
    return None
