"""Phone numbers written the national way, without a +country code.

A French receipt prints "06 12 34 56 78", a German one "030 1234567", a Spanish ticket
"612 34 56 78": no shape of their own tells them from a reference or an amount. They
are numbers of the page's own country (``page_language.page_regions``), so a run of
digits is a phone here only when libphonenumber finds it valid for one of those
regions, written with that region's trunk prefix when it has one, and not:

* a date, an amount or a reference, or a piece of one: printed with anything but
  digits, spaces, dots, dashes, slashes and brackets, glued to letters or a currency,
  right after a reference mark ("N°", "#") or a label the lexicon says announces
  something else, or cutting into a date or a dash-grouped serial;
* a business's line (free, shared-cost or premium numbers: a hotline);
* a number another step has already found.

A shop's own number in a receipt's header is found here too; the header step
(``person_blocks.receipt_header``) takes it back.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberType

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.page_language import page_regions
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.label_kinds import ValueKind
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.not_personal import only_an_amount
from redactor.core.detect.text.number_rules import a_piece_of_something_longer
from redactor.core.models import Category

RULE = "national_phone"
_SCORE = 0.8
_PHONES = patterns("numbers", "phones")
_NUMBER = _PHONES["national_number"]
_REFERENCE = _PHONES["reference_mark"]
#: Fewest digits of a national number with its trunk prefix (a small German town's).
_LEAST_DIGITS = 8
#: ... and of one whose country dials none (Spain, Italy, Portugal print nine or more).
_NO_PREFIX = 9
#: Numbers a business prints about itself, never a person's.
_SERVICE_TYPES = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)
#: What a label before the number may announce for the number to be a phone.
_CONTACT_KINDS = frozenset(
    {ValueKind.PHONE, ValueKind.PARTY, ValueKind.NAME, ValueKind.ADDRESS, ValueKind.FREE_TEXT}
)


def mask_national_phones(sheet: Sheet) -> None:
    regions = page_regions(sheet.texts)
    if not regions:
        return
    for i, text in enumerate(sheet.texts):
        taken = [(s.start, s.end) for s in sheet.out[i] if s.category is Category.PHONE]
        for start, end in national_numbers(text, regions):
            if not any(a < end and start < b for a, b in taken):
                sheet.out[i].append(Span(start, end, Category.PHONE, _SCORE, RULE))
                taken.append((start, end))


def national_numbers(text: str, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where ``text`` prints a phone number valid in one of ``regions``."""
    if not has_digit(text):
        return []
    found: list[tuple[int, int]] = []
    for region in regions:
        try:
            matches = list(
                phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
            )
        except Exception:  # odd OCR text: the other steps still run
            continue
        for m in matches:
            span = (m.start, m.end)
            if span not in found and _a_persons_number(text, m, region):
                found.append(span)
    return found


def _a_persons_number(text: str, m: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    raw = m.raw_string
    digits = [c for c in raw if c.isdigit()]
    if raw.startswith("+") or len(digits) < _LEAST_DIGITS or not _NUMBER.fullmatch(raw):
        return False  # +CC numbers are intl_phone's
    if only_an_amount(raw) or a_piece_of_something_longer(text, m.start, m.end):
        return False  # a date, a sum or a serial's piece its digits happen to make valid
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    if not "".join(digits).startswith(prefix or "") or (not prefix and len(digits) < _NO_PREFIX):
        return False
    if phonenumbers.number_type(m.number) in _SERVICE_TYPES:
        return False
    before, after = text[: m.start], text[m.end :]
    if _glued(before[-1:]) or _glued(after[:1]) or _REFERENCE.search(before):
        return False
    labels = printed_labels(before)
    return not labels or labels[-1].kind in _CONTACT_KINDS


def _glued(c: str) -> bool:
    """A letter, digit or currency sign touching the number: part of a code or an amount."""
    return bool(c) and (c.isalnum() or c in "€$£¥%")
