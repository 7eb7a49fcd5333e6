"""Phone numbers: Chinese mobiles, landlines and service lines, North American and
Indian numbers, British mobiles, masked tails, national numbers with their end hidden, glued pairs, extensions, and other countries' numbers
written with a + prefix. The shapes are ``[phones]`` of ``tables/numbers.toml``."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers

from redactor.core.detect.charclass import MASK_CHARS
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.number_rules import Rule, digits
from redactor.core.models import Category

PHONES = patterns("numbers", "phones")


def _not_a_service_code(number: str) -> bool:
    """A North American number whose area code is no place: the N00 codes (toll-free,
    premium and the unassigned 400 that a Chinese hotline's "400-xxx-xxxx" reads as)
    and the toll-free 8NN codes (833...888) are a business's lines, never a person's."""
    d = digits(number)
    area = d[1:4] if len(d) == 11 and d[0] == "1" else d[:3]
    return area[1:] != "00" and not (area[0] == "8" and area[1] == area[2])


#: Digits a partly hidden national number shows at least (its prefix and a group), and
#: the length, shown and hidden digits together, of a national number with its prefix.
_LEAST_SHOWN = 5
_NATIONAL_LENGTH = range(9, 14)


def _a_hidden_national_number(number: str) -> bool:
    """Enough digits shown to be no short code, and a phone's length in all."""
    shown = len(digits(number))
    hidden = sum(c in MASK_CHARS for c in number)
    return shown >= _LEAST_SHOWN and shown + hidden in _NATIONAL_LENGTH


RULES: dict[str, Rule] = {
    "cn_mobile": Rule("cn_mobile", Category.PHONE, PHONES["cn_mobile"], 0.95, mobile=True),
    "cn_mobile_masked": Rule(
        "cn_mobile_masked",
        Category.PHONE,
        PHONES["cn_mobile_masked"],
        0.9,
        mobile=True,
        masked=True,
    ),
    "cn_landline": Rule("cn_landline", Category.PHONE, PHONES["cn_landline"], 0.85),
    "cn_service": Rule("cn_service", Category.PHONE, PHONES["cn_service"], 0.8),
    "nanp": Rule("nanp", Category.PHONE, PHONES["nanp"], 0.85, _not_a_service_code),
    "in_mobile": Rule("in_mobile", Category.PHONE, PHONES["in_mobile"], 0.8, mobile=True),
    "uk_mobile": Rule("uk_mobile", Category.PHONE, PHONES["uk_mobile"], 0.85, mobile=True),
    "masked_national": Rule(
        "masked_national",
        Category.PHONE,
        PHONES["masked_national"],
        0.8,
        _a_hidden_national_number,
        masked=True,
    ),
    "masked_tail": Rule(
        "masked_tail", Category.PHONE, PHONES["masked_tail"], 0.8, mobile=True, masked=True
    ),
}


def glued_phones(text: str) -> Iterator[Span]:
    """A mobile and a landline printed side by side, the space between lost in OCR."""
    for m in PHONES["glued_mobile_landline"].finditer(text):
        yield Span(m.start("m"), m.end("m"), Category.PHONE, 0.85, "glued_mobile")
        yield Span(m.start("l"), m.end("l"), Category.PHONE, 0.8, "glued_landline")


def international_phones(text: str) -> Iterator[Span]:
    """Other countries' numbers written with a + prefix (libphonenumber validates them)."""
    if "+" not in text:
        return
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.VALID)
        for m in matcher:
            yield Span(m.start, m.end, Category.PHONE, 0.9, "intl_phone")
    except Exception:  # libphonenumber can choke on odd OCR text; the other rules still run
        return


def phone_tails(text: str) -> Iterator[Span]:
    """Extensions and virtual-number tails after or near a phone."""
    for m in PHONES["tail_after_label"].finditer(text):
        yield Span(m.start(1), m.end(1), Category.PHONE, 0.8, "phone_tail")  # the label stays
    for m in PHONES["extension_after_phone"].finditer(text):
        yield Span(m.start(1), m.end(1), Category.PHONE, 0.8, "phone_ext")
