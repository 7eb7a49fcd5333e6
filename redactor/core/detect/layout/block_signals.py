"""What makes a block of lines personal (person_blocks.py): a personal value a rule
found on one of its lines, or a personal field's keyword or a recipient's or
sender's mark; not a greeting's name, a number inside a waybill number, nor a value
a rule found whole with what announces it (its lines are no person's block).
"""

from __future__ import annotations

from redactor.core.detect.layout.labels import has_business_label
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.street_over_postcode import RULE as STREET_OVER_POSTCODE
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS, PERSONAL_MARKS, SALUTATION
from redactor.core.detect.text.call_signs import RULE as CALL_SIGN
from redactor.core.detect.text.cards import CARD_TAIL
from redactor.core.detect.text.cued_phones import NAME_RULE as CALLED_NAME
from redactor.core.detect.text.cued_phones import RULE as CUED_PHONE
from redactor.core.detect.text.id_numbers import (
    ES_DNI,
    ES_NIE,
    IBAN,
    IBAN_AFTER_WORD,
    IT_CODICE_FISCALE,
    MICR_ACCOUNT,
    UK_SORT_ACCOUNT,
)
from redactor.core.detect.text.numbers import MOBILE_IN_FULL
from redactor.core.detect.text.register_references import RULE as REGISTER_REFERENCE
from redactor.core.detect.text.street_doors import DOOR_RULE as STREET_DOOR_PART
from redactor.core.detect.text.street_doors import RULE as STREET_DOOR
from redactor.core.models import CORE_CATEGORIES, Category

# Personal data proper makes a block personal; a waybill number or a code does not
# on its own (a waybill number beside carrier text is no reason to mask that text).
_SIGNAL_CATEGORIES = CORE_CATEGORIES
# Addresses found whole (with the name over them, or with their door after the
# street on one line): no reason to mask the lines around
# them (the heading of the letter they head, the card's title above); an account read
# off a cheque's coded line, whose other fields are the bank's and the book's; a phone
# a sentence asks to call ("…contact <name> on <number>"), and that name: the sentence announced them,
# its lines are running text, not a person's block; a card's last digits after its
# scheme and a bank account (an IBAN, a sort code and account), on a payment's or a
# statement's line that says what they are (a statement prints the other party's
# account on each transfer's line); an Italian fiscal code, whose shape is the
# whole of it (a contract writes it into the sentence naming its party), and so a
# Spanish DNI or NIE that passed its check letter (a form's grid prints it in its
# party's column, between the traits of both parties); a register's
# reference to an entry (volume, page, number), which points at a person's record but
# names no one: the church, the heading and the dates around it stay readable; a
# radio call sign, whose log row or card row around it (time, frequency, mode,
# report) is the station's traffic, not the person's block.
_WHOLE = frozenset(
    {
        STREET_OVER_POSTCODE,
        STREET_DOOR,
        STREET_DOOR_PART,
        MICR_ACCOUNT,
        CUED_PHONE,
        CALLED_NAME,
        CARD_TAIL,
        IBAN,
        IBAN_AFTER_WORD,
        UK_SORT_ACCOUNT,
        IT_CODICE_FISCALE,
        ES_DNI,
        ES_NIE,
        REGISTER_REFERENCE,
        CALL_SIGN,
    }
)


def signal(sheet: Sheet, k: int) -> bool:
    """Line ``k`` carries a personal signal: a value a rule found, or a keyword."""
    if SALUTATION.match(sheet.texts[k]):
        return False  # "Dear Ms Roe,": its name is masked; the body below is no block
    if NON_PERSONAL_LABELS.match(sheet.texts[k]):
        return False  # "Order <number>": whatever shape the number has, it is no person's
    spans = sheet.out[k]
    numbers = [s for s in spans if s.category is Category.TRACKING]
    # A sentence naming whom to call ("… to <name> on <number>"): its number, found
    # again by a phone's shape, is still the sentence's (a label's "手机 <number>" is a
    # field of its block and stays a signal).
    called = (
        [s for s in spans if s.rule == CUED_PHONE]
        if any(s.rule == CALLED_NAME for s in spans)
        else []
    )
    for s in spans:
        if s.category not in _SIGNAL_CATEGORIES or s.end <= s.start or s.rule in _WHOLE:
            continue
        if any(t.start <= s.start and s.end <= t.end for t in called):
            continue
        if s.joins is not None and SALUTATION.match(sheet.texts[s.joins]):
            continue  # the rest of a greeting's name boxed apart: the greeting's own
        if s.category is not Category.ID_NUMBER and any(
            t.start <= s.start
            and s.end <= t.end
            and (_longer(t, s) or s.rule not in MOBILE_IN_FULL)
            for t in numbers
        ):
            continue  # digits inside a waybill number that happen to look like a phone
            # (an ID number passed its check digit: it stays a signal; a mobile that
            # is the whole code is a bare phone number)
        return True
    return keyword_signal(sheet, [k])


def _longer(a: Span, b: Span) -> bool:
    return a.end - a.start > b.end - b.start


def keyword_signal(sheet: Sheet, lines: list[int], names_only: bool = False) -> bool:
    """A personal-field keyword or a recipient/sender mark on one of ``lines``
    (``names_only``: a person's name label; a bare "TEL" may be the shop's)."""
    wanted = {Category.NAME} if names_only else _SIGNAL_CATEGORIES
    for k in lines:
        text = sheet.texts[k]
        if PERSONAL_MARKS.fullmatch(text.strip()):
            return True
        if has_business_label(text):
            continue
        if any(f.category in wanted and f.announced for f in sheet.fields[k]):
            return True
    return False
