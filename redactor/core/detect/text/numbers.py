"""Numbers that identify a person: phones, ID numbers, bank cards, e-mails, waybills.

Each rule is a named pattern plus an optional ``validate`` check (checksums,
plausible dates), in the spirit of presidio's recognizers. Patterns run on the
normalised digit view of a line, so indices map 1:1 to the OCR characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import phonenumbers

from redactor.core.detect.charclass import DIGITISH, MASK_CHARS, RUN_MASKS, STARS
from redactor.core.detect.spans import Span
from redactor.core.models import Category

_NOT_DIGIT_BEFORE = r"(?<![0-9A-Za-z])"
_NOT_DIGIT_AFTER = r"(?![0-9])"
# Phones often lose the space after their label in OCR (<Ph><number>, <Tel><mobile>).
_PHONE_BEFORE = r"(?<![0-9])"


@dataclass(frozen=True)
class Rule:
    name: str
    category: Category
    pattern: re.Pattern[str]
    score: float
    validate: Callable[[str], bool] | None = None
    # A personal mobile's form: its holder's name may stand right before it, and when
    # printed in full it is a personal signal for its block even as a line's only code.
    mobile: bool = False
    masked: bool = False  # stars stand in some digits


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# ----------------------------------------------------------------- validators
# Not python-stdnum: its cn.ric also checks the region code against its own list of
# districts, so an ID from a district it lacks would go unmasked (we fail closed).


def luhn_ok(number: str) -> bool:
    d = digits(number)
    if not 13 <= len(d) <= 19 or len(set(d)) == 1:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def cn_id_ok(text: str) -> bool:
    """Chinese resident ID: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit."""
    s = re.sub(r"[\s-]", "", text).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not date(1900, 1, 1) <= born <= date.today():
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS, strict=False))
    return _ID_CHECK[total % 11] == s[17]


_CARD_MASKS = MASK_CHARS + RUN_MASKS


def _mostly_masked(s: str) -> bool:
    """A masked card: six or more mask characters, at most two stray letters among them."""
    masks = sum(c in MASK_CHARS + RUN_MASKS for c in s)
    stray = sum(c.isalpha() and c not in MASK_CHARS for c in s)
    return masks >= 6 and stray <= 2 and masks >= 3 * stray


def _not_date_like(s: str) -> bool:
    if re.search(r"[A-Za-z]", s):
        return True
    d = digits(s)
    # 20260617 / 2026-06-17 12:30 style stamps are dates, not phone numbers.
    return not re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d*", d)


# ----------------------------------------------------------------------- rules

_SEP = r"[\s\-.]?"
# Masked numbers read whole (a mobile "138****5678", a card "622202******8248"): their
# own rules name them; the fragment rule is for what is left of one.
_WHOLE_MASKED = re.compile(rf"1[3-9]\d[{STARS}]{{4}}\d{{4}}|\d{{4,6}}[{STARS}]{{4,}}\d{{4}}")

RULES: tuple[Rule, ...] = (
    Rule(
        "cn_mobile",
        Category.PHONE,
        re.compile(
            _PHONE_BEFORE
            + r"(?:\+?86[\s\-]?)?1[3-9]\d"
            + _SEP
            + r"\d{4}"
            + _SEP
            + r"\d{4}"
            + _NOT_DIGIT_AFTER
        ),
        0.95,
        mobile=True,
    ),
    Rule(
        "cn_mobile_masked",
        Category.PHONE,
        re.compile(
            _PHONE_BEFORE
            + r"1[3-9]\d[\s\-]?["
            + MASK_CHARS
            + r"]{3,5}[\s\-]?\d{4}"  # OCR may drop or double one of the stars
            + _NOT_DIGIT_AFTER
        ),
        0.9,
        mobile=True,
        masked=True,
    ),
    Rule(
        "cn_landline",
        Category.PHONE,
        # "(027)" may follow a mobile number directly ("177-4130-7871(027)78281264").
        # A local number starting with 1 is printed too ("020-18803866"); with the
        # area code set off by a dash or space it is still a phone.
        re.compile(
            r"(?:\(0\d{2,3}\)|"
            + _PHONE_BEFORE
            + r"0\d{2,3})(?:[\s\-]?[2-9]\d{2,3}|[\s\-]1\d{2,3})[\s\-]?\d{4}"
            + _NOT_DIGIT_AFTER
        ),
        0.85,
    ),
    Rule(
        "cn_service",
        Category.PHONE,
        re.compile(_PHONE_BEFORE + r"[48]00[\s\-]?\d{3}[\s\-]?\d{4}" + _NOT_DIGIT_AFTER),
        0.8,
    ),
    Rule(
        "nanp",
        Category.PHONE,
        re.compile(
            _PHONE_BEFORE
            + r"(?:\+?1[\s\-.]?)?(?:\(\d{3}\)\s?|\d{3}[\s\-.])\d{3}[\s\-.]\d{4}"
            + _NOT_DIGIT_AFTER
            + r"|(?<=/)\d{10}(?=/)"
        ),
        0.85,
    ),
    Rule(
        # An Indian mobile: ten digits from 6-9, often split 5+5, maybe after +91 or 0.
        "in_mobile",
        Category.PHONE,
        re.compile(
            # (not the tail of a code in capitals: "FMPP9986638412")
            r"(?<![0-9A-Z])(?:(?:\+?91|0)[\s\-]?)?[6-9]\d{4}[\s\-]?\d{5}" + _NOT_DIGIT_AFTER
        ),
        0.8,
        mobile=True,
    ),
    Rule(
        "cn_id",
        Category.ID_NUMBER,
        re.compile(_NOT_DIGIT_BEFORE + r"\d{6}\s?\d{8}\s?\d{3}[\dXx]" + r"(?![0-9A-Za-z])"),
        0.98,
        cn_id_ok,
    ),
    Rule(
        "cn_id_masked",
        Category.ID_NUMBER,
        re.compile(
            _NOT_DIGIT_BEFORE
            + r"\d{2,10}["  # "110101********1234", "2101021958****410X" (tickets)
            + MASK_CHARS
            + r"]{4,12}\d{3}[\dXx]"
            + r"(?![0-9A-Za-z])"
        ),
        0.85,
        lambda s: len(re.sub(r"\s", "", s)) == 18,
    ),
    Rule(
        # A masked ID number OCR cut into two boxes: the head ends in its first stars
        # ("<10 digits>*"), the tail starts with the rest ("****<3 digits>X").
        "id_masked_head",
        Category.ID_NUMBER,
        re.compile(_NOT_DIGIT_BEFORE + r"\d{6,10}[" + STARS + r"]{1,8}\s*$"),
        0.7,
    ),
    Rule(
        # An ID-length number with its middle masked, read with a star too few or a
        # digit too many ("<10 digits>***<5 digits>"): masked as the most sensitive kind.
        "masked_long_number",
        Category.ID_NUMBER,
        re.compile(
            _NOT_DIGIT_BEFORE + r"\d{6,10}[" + STARS + r"]{2,8}\d{2,8}[Xx]?" + r"(?![0-9A-Za-z])"
        ),
        0.7,
        lambda s: 17 <= len(re.sub(r"\s", "", s)) <= 20,  # (a 16-digit card has its own rules)
    ),
    Rule(
        # What OCR leaves of a masked number on a poor photo: digits, a run of stars,
        # digits ("<2 digits>*<3 digits>"). Printers star out personal numbers only.
        "masked_fragment",
        Category.ID_NUMBER,
        re.compile(
            r"(?<![0-9A-Za-z" + STARS + r"])\d{1,10}[" + STARS + r"]{1,12}\d{2,10}[Xx]?"
            r"(?![0-9A-Za-z" + STARS + r"])"
        ),
        0.6,
        lambda s: sum(c.isdigit() for c in s) >= 5 and not _WHOLE_MASKED.fullmatch(s),
    ),
    Rule(
        # A long run of stars glued to a few digits: what OCR leaves of a masked number
        # on a poor photo (the stars and a last digit or two, or the first; four digits
        # are a phone's or a card's tail, found as such). Printers star out personal
        # numbers only: masked as the most sensitive kind.
        "masked_residue",
        Category.ID_NUMBER,
        re.compile(
            r"(?<![0-9A-Za-z" + STARS + r"])"
            r"(?:\d{1,3}[" + STARS + r"]{4,}|[" + STARS + r"]{4,}\d{1,3}[Xx]?)"
            r"(?![0-9A-Za-z" + STARS + r"])"
        ),
        0.55,
        lambda s: not _WHOLE_MASKED.fullmatch(s),
    ),
    Rule(
        # An ID number masked but its ends: a digit or few, a long run of stars, the
        # last character or two ("3****************X"). OCR miscounts the stars, reads
        # the last digit as a look-alike letter and may see one more star after it.
        "id_masked_ends",
        Category.ID_NUMBER,
        re.compile(
            r"(?<![0-9A-Za-z" + STARS + r"])\d{1,4}[" + STARS + r"]{10,17}"
            r"[" + DIGITISH + r"Xx]{1,2}[" + STARS + r"]?(?![0-9A-Za-z])"
        ),
        0.75,
    ),
    Rule(
        "id_masked_tail",
        Category.ID_NUMBER,
        re.compile(
            r"(?<![0-9A-Za-z"
            + STARS
            + r"])\d{0,4}["
            + STARS
            + r"]{3,8}\d{3}[Xx]"
            + r"(?![0-9A-Za-z])"
        ),
        0.75,
    ),
    Rule(
        "card",
        Category.CARD_NUMBER,
        re.compile(
            _NOT_DIGIT_BEFORE + r"\d{4}(?:[\s\-]?\d{4}){2,3}(?:[\s\-]?\d{1,3})?" + _NOT_DIGIT_AFTER
        ),
        0.95,
        luhn_ok,
    ),
    Rule(
        # What a stamp or a fold leaves of a masked number: "****6542", "2****1359".
        "masked_tail",
        Category.PHONE,
        re.compile(
            r"(?<![0-9A-Za-z"
            + MASK_CHARS
            + r"])\d{0,3}["
            + STARS
            + r"]{4,5}\d{4}"
            + _NOT_DIGIT_AFTER
        ),
        0.8,
        mobile=True,
        masked=True,
    ),
    Rule(
        "card_masked",
        Category.CARD_NUMBER,
        re.compile(
            # A label may be glued on ("CARD**********0201"), and OCR may drop a
            # digit into the stars ("*************602"). The head kept may be one digit.
            r"(?<![0-9" + _CARD_MASKS + r"])(?:\d{1,6}[\s\-]?)?[" + _CARD_MASKS + r"]"
            # A letter the OCR made of a faint star may stand inside the run.
            r"(?:["
            + _CARD_MASKS
            + r"]|[\s\-.A-Za-z](?=["
            + _CARD_MASKS
            + r"])){5,30}[\s\-]?\d{3,4}"
            + _NOT_DIGIT_AFTER
        ),
        0.85,
        _mostly_masked,
    ),
    Rule(
        # The head kept and the rest masked ("622848**********"), or a tail the OCR
        # boxed apart from its stars.
        "card_masked_head",
        Category.CARD_NUMBER,
        re.compile(
            r"(?<![0-9" + _CARD_MASKS + r"])\d{2,6}[\s\-]?[" + _CARD_MASKS + r"]"
            r"(?:[" + _CARD_MASKS + r"]|[\s\-](?=[" + _CARD_MASKS + r"])){7,30}"
            r"(?![0-9" + _CARD_MASKS + r"])"
        ),
        0.8,
        _mostly_masked,
    ),
    Rule(
        "email",
        Category.EMAIL,
        re.compile(
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}\s?@\s?[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,3}\.[A-Za-z]{2,24}(?![A-Za-z0-9])"
        ),
        0.95,
    ),
    Rule(
        "waybill",
        Category.TRACKING,
        re.compile(
            r"(?<![0-9A-Za-z])(?:"
            r"SF\s?\d{12,13}|JD[A-Z0-9]{10,16}|YT\s?\d{13}|JT\s?\d{13}|ZTO\s?\d{12,14}|"
            r"1Z\s?[0-9A-Z]{3}\s?[0-9A-Z]{3}\s?[0-9A-Z]{2}\s?[0-9A-Z]{4}\s?[0-9A-Z]{4}|"
            r"[A-Z]{2}(?:\s?\d){9}\s?[A-Z]{2}|"  # UPU S10 (postal), spaced or not
            r"7[0-9]{11,14}|[0-9]{12,22}|"
            r"[0-9]{10,20}[A-Z][0-9]{4,10}|"  # a ticket's or form's serial: digits, a letter, digits
            r"9[2-5]\d{2}(?:\s\d{4}){4}\s\d{2}"  # USPS: 22 digits printed in fours
            r")(?![0-9A-Za-z])"
        ),
        0.75,
        _not_date_like,
    ),
)


MOBILE_RULES = frozenset(r.name for r in RULES if r.mobile)
# Mobiles printed in full are distinctive enough to be a phone even as a line's whole
# code (a 12-digit reference number may look like a landline with its area code).
MOBILE_IN_FULL = frozenset(r.name for r in RULES if r.mobile and not r.masked)


def rule_spans(rule: Rule, text: str) -> Iterator[Span]:
    """The matches of one pattern rule on one (normalised) line."""
    for m in rule.pattern.finditer(text):
        s = m.group(0)
        if rule.validate is not None and not rule.validate(s):
            continue
        if rule.category is Category.PHONE and not _not_date_like(s):
            continue
        start, end = m.start(), m.end()
        # trim separators picked up at the edges
        while start < end and text[start] in " -.":
            start += 1
        while end > start and text[end - 1] in " -.":
            end -= 1
        yield Span(start, end, rule.category, rule.score, rule.name)


def find_number_spans(text: str) -> Iterator[Span]:
    """All number matches on one line (``text`` already normalised)."""
    for rule in RULES:
        yield from rule_spans(rule, text)
    for finder in FINDERS.values():
        yield from finder(text)


# A mobile and a landline printed side by side, the space lost in OCR:
# "173062320100571-69869284", "182****2027057189582445".
_GLUED = re.compile(
    r"(?<![0-9])(?P<m>1[3-9]\d(?:\d{4}|[*＊]{4})\d{4})(?P<l>0\d{2,3}[\s\-]?[2-9]\d{6,7})(?![0-9])"
)


def _glued_phones(text: str) -> Iterator[Span]:
    for m in _GLUED.finditer(text):
        yield Span(m.start("m"), m.end("m"), Category.PHONE, 0.85, "glued_mobile")
        yield Span(m.start("l"), m.end("l"), Category.PHONE, 0.8, "glued_landline")


# UPS numbers are distinctive enough to be found glued to a label ("TRK1Z...").
_UPS = re.compile(
    r"(?<![0-9])1Z\s?[0-9A-Z]{3}\s?[0-9A-Z]{3}\s?[0-9A-Z]{2}\s?[0-9A-Z]{4}\s?[0-9A-Z]{4}(?![0-9A-Za-z])"
)
# A line that is one long code of digits with a short letter prefix/suffix
# ("X57811783037", "FMPP0893110151", "SF0910817090DEL"): the number printed
# under a label's barcode.
_LONE_CODE = re.compile(r"[A-Z]{0,4}\d{9,20}[A-Z]{0,4}")


def _lone_tracking(text: str) -> Iterator[Span]:
    for m in _UPS.finditer(text):
        yield Span(m.start(), m.end(), Category.TRACKING, 0.75, "ups")
    label = _CODE_LABEL.match(text)
    start = label.end() if label else len(text) - len(text.lstrip())
    code = text[start:].rstrip()
    if 10 <= len(code) <= 24 and _LONE_CODE.fullmatch(code) and _not_date_like(code):
        yield Span(start, start + len(code), Category.TRACKING, 0.6, "lone_code")


_CODE_LABEL = re.compile(r"\s*(?:AWB|TRK|WB|NO)\.?\s*[:#]?\s*(?=[A-Z]{0,4}\d{9})")


def _international_phones(text: str) -> Iterator[Span]:
    """Other countries' numbers written with a + prefix (libphonenumber validates them)."""
    if "+" not in text:
        return
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.VALID)
        for m in matcher:
            yield Span(m.start, m.end, Category.PHONE, 0.9, "intl_phone")
    except Exception:  # libphonenumber can choke on odd OCR text; the other rules still run
        return


_TAIL = re.compile(r"(?:转|分机|ext\.?|x|尾号|-)\s?\d{3,5}(?![0-9])", re.IGNORECASE)


def _phone_tails(text: str) -> Iterator[Span]:
    """Extensions and virtual-number tails ('转1234', '尾号1234') after or near a phone."""
    for m in re.finditer(r"尾号\s?[:：]?\s?(\d{4})(?![0-9])", text):
        yield Span(m.start(1), m.end(1), Category.PHONE, 0.8, "phone_tail")  # the label stays
    for m in re.finditer(
        rf"(?:(?<!\d)\d{{7,}}+|[{STARS}]{{4}}\d{{4}})\s?(" + _TAIL.pattern + ")",
        text,
        re.IGNORECASE,
    ):
        yield Span(m.start(1), m.end(1), Category.PHONE, 0.8, "phone_ext")


#: Number finders that are code rather than one pattern, by recognizer name.
FINDERS: dict[str, Callable[[str], Iterator[Span]]] = {
    "intl_phone": _international_phones,
    "phone_tail": _phone_tails,
    "lone_tracking": _lone_tracking,
    "glued_phones": _glued_phones,
}
