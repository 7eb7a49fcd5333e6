"""A value masked once is masked wherever the page prints it again.

Documents repeat their personal data: a letter's recipient block comes back on
the tear-off payment slip and in "Dear Mrs <surname>,", a receipt prints the
cardholder's name twice, an account number stands in the window and on the slip.
The second copy often has no cue of its own (no label, no block), so it is found
from the first: the text of every personal span on the page is looked for on every
other line, whatever the spacing or case the OCR gave each copy.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from redactor.core.detect.charclass import CJK, digit_count
from redactor.core.detect.layout.family_lines_by_surname import mask_family_lines
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import (
    is_business,
    looks_like_person_name,
    no_chinese_name,
    surname_length,
)
from redactor.core.detect.text.not_personal import only_measures
from redactor.core.detect.text.tracking import EMAILS
from redactor.core.models import Category

_SHAPES = patterns("layout", "repeats")
_EMAIL = EMAILS["email"]

# Categories whose text is looked for again; addresses and doors repeat as their
# parts (a city is no secret on its own), so they are left to the blocks.
_REPEATED = (
    Category.NAME,
    Category.PHONE,
    Category.ID_NUMBER,
    Category.CARD_NUMBER,
    Category.EMAIL,
    Category.TRACKING,
)
# Shortest value looked for, in comparable characters: two Han characters make a
# Chinese name; Latin and digit values need more to be specific to this person.
_MIN_CJK, _MIN_LATIN, _MIN_DIGITS = 2, 5, 6
# Words of a Latin name that are looked for on their own ("Dear Mrs <surname>"), in
# letters of any Latin script ("Núñez", "Lößner"): the word comes from a value a rule
# already masked as a name, so its accents widen nothing else.
_NAME_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'\-]{4,}")
# A word of a name this long is also found with one letter misread: OCR rarely reads
# two prints of a long word alike on a photo.
_NEAR_MIN = 6
# A whole name this long (in letters) is also found with a few letters misread: a
# line whose letters match it to this ratio (difflib's) is the same name.
_NEAR_WHOLE, _NEAR_RATIO = 10, 0.7
# A letter of any Latin script (or any other): OCR prints a name's accents on one
# copy and drops or changes them on another, and either is a name's word.
_L = r"[^\W\d_]"
_NAME_SHAPED = re.compile(rf"\s*{_L}(?:{_L}|['\-])*(?:\s+{_L}(?:{_L}|['\-])*){{1,3}}\s*,?\s*")
_INFERRED = frozenset({"block_line", "page_repeat"})
_NOT_NAME_WORDS = frozenset({"current", "occupant", "resident", "attn", "attention", "care"})
_CJK = re.compile(f"[{CJK}]")
_CJK_NAME = re.compile(f"[{CJK}]{{3,4}}")
# A whole span of this many digits is an account or reference number, whatever rule
# masked it (a block masks one as part of an address): looked for again as a number.
_LONG_NUMBER = _SHAPES["long_number"]
# A doubted reading holding this many digits of a masked number this long is its copy.
_DOUBTED_NUMBER = 8
_DIGIT_RUN = _SHAPES["digit_run"]
# A code alone on its line (capitals and digits), this long at least, that a longer
# masked number begins or ends with is that number's short print.
_CODE_ALONE = _SHAPES["code_alone"]
_PART_MIN = 6
# Numbers whose head or tail is printed on its own: a phone's last digits are no code.
_PRINTED_IN_PART = frozenset({Category.TRACKING, Category.ID_NUMBER, Category.CARD_NUMBER})
# A title, then a name whose last word is the surname.
_HONORIFICS = table("names")["honorifics"]
_TITLED = re.compile(
    rf"(?i)\s*(?:{words_pattern(_HONORIFICS['english'])})\.?\s+"
    rf"(?:{_L}\.?\s+)*({_L}(?:{_L}|['\-]){{2,}})\s*,?\s*$"
)
# A title of any Latin-script language right before a span that holds only the surname
# ("Sehr geehrte Frau <surname>,": the salutation masks the surname, not the title).
_TITLE_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(_HONORIFICS['english'] + _HONORIFICS['latin'])})"
    r"\.?\s+$"
)
_WORDS = re.compile(rf"{_L}(?:{_L}|['\-])*")
_TITLE_REACH = 12  # characters before a surname read for its title
_LONGER = 2  # letters that make a longer word around a name's word
# A first name too short to be looked for in any case: capitalised, three or four
# letters (accents allowed).
_FIRST_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,3}")
_CALENDAR = re.compile(
    rf"(?i:{words_pattern(table('blocks')['dates']['months'] + table('blocks')['dates']['days'])})"
)
# No word of three letters: punctuation, digits, initials ("K.", "#4l9").
_JUNK = re.compile(rf"(?:[\W\d_]|(?<!{_L})[^\W\d_{CJK}]{{1,2}}(?!{_L}))*")


def _comparable(text: str) -> tuple[str, list[int]]:
    """The letters, digits and Han characters of ``text``, upper case and without
    accents, with the index of each in ``text`` (spaces, dots, dashes and accents vary
    between two prints of a value)."""
    chars, index = [], []
    for k, ch in enumerate(text):
        if ch.isalnum():
            # Accents folded: the OCR keeps them on one print and drops them on another.
            for up in fold(ch).upper():  # one letter may become two ("ß" -> "SS")
                chars.append(up)
                index.append(k)
    return "".join(chars), index


def _key(word: str) -> str:
    """A word as its copies are compared: its letters, upper case, without accents."""
    return _comparable(word)[0]


def _specific(key: str) -> bool:
    if _CJK.search(key):
        return len(key) >= _MIN_CJK
    if key.isdigit():
        return len(key) >= _MIN_DIGITS
    return len(key) >= _MIN_LATIN and digit_count(key) != len(key)


def _surnames(sheet: Sheet) -> set[str]:
    """Surnames printed after a title ("Dear Ms <surname>", "MR J <SURNAME>", "Frau
    <surname>"), as compared."""
    out = set()
    for i, spans in sheet.out.items():
        for s in spans:
            if s.category is Category.NAME:
                text = sheet.texts[i]
                m = _TITLED.match(text, s.start, s.end)
                if m:
                    out.add(_key(m.group(1)))
                elif _TITLE_BEFORE.search(text[max(0, s.start - _TITLE_REACH) : s.start]):
                    words = _WORDS.findall(text, s.start, s.end)
                    if len(words) == 1:
                        out.add(_key(words[0]))
    return out


def _wanted(sheet: Sheet) -> dict[str, Category]:
    """Comparable text of every personal span found so far -> its category."""
    wanted: dict[str, Category] = {}
    for i, spans in sheet.out.items():
        text = sheet.texts[i]
        for s in spans:
            value = text[s.start : s.end]
            category = s.category
            if category not in _REPEATED and _LONG_NUMBER.fullmatch(value):
                category = Category.ID_NUMBER  # a number a person's block masked
            if category not in _REPEATED or s.end <= s.start:
                continue
            if is_business(value) or boilerplate(value) or only_measures(value):
                continue  # a count or a sum some block took in is no one's to spread
            if category is Category.NAME and no_chinese_name(value.strip()):
                continue  # a word of the form some rule took for a name: not spread
            key, _ = _comparable(value)
            if _specific(key):
                wanted.setdefault(key, category)
            if s.category is Category.NAME and (given := _given_name(value)):
                wanted.setdefault(given, Category.NAME)
            if s.category is Category.NAME:
                # (an e-mail address a name's span took in: its host is no name word)
                for w in _NAME_WORD.findall(_EMAIL.sub(" ", value)):
                    common = w.lower() in _NOT_NAME_WORDS or boilerplate(w) or is_business(w)
                    # ("d'achat": a heading's words; "titulaire": a word of the
                    # running text some rule took in, written as no name is)
                    if not common and w.isalpha() and w[0].isupper():
                        wanted.setdefault(_key(w), Category.NAME)
    return wanted


def _given_name(value: str) -> str:
    """The two-character given name of a Chinese full name (a common surname first):
    a teacher's comment, a letter or a certificate calls the person by it alone
    ("<given>同学", "希望<given>…"). Not a word the field lexicon or the printed
    boilerplate knows (a given name may also be a word of the form)."""
    name = value.strip()
    if not _CJK_NAME.fullmatch(name):
        return ""
    cut = surname_length(name)
    given = name[cut:] if cut else ""
    if len(given) != _MIN_CJK or boilerplate(given) or default_lexicon().find(given):
        return ""
    return given


def mask_repeats(sheet: Sheet) -> None:
    """Mask every further print of a value some rule already masked on this page."""
    relatives = mask_family_lines(sheet)  # first: their given names are looked for too
    wanted = _wanted(sheet)
    if not wanted:
        return
    # Longest first, so a whole name wins over one of its words.
    surnames = _surnames(sheet)
    pattern = re.compile("|".join(re.escape(k) for k in sorted(wanted, key=len, reverse=True)))
    for i, text in enumerate(sheet.texts):
        flat, index = _comparable(text)
        cued = bool(sheet.out[i])  # some rule judged this line before the copies were sought
        for m in pattern.finditer(flat):
            if _inside_word(flat, m, wanted[m.group(0)]):
                continue
            start, end = index[m.start()], index[m.end() - 1] + 1
            if any(s.start <= start and end <= s.end for s in sheet.out[i]):
                continue
            if wanted[m.group(0)] is Category.NAME and (
                _in_a_longer_word(text, start, end) or text[start].islower()
            ):
                # (a copy in small letters is the ordinary word: names are capitalised)
                continue
            rest = text[:start] + text[end:]
            if (
                wanted[m.group(0)] is Category.NAME
                and not cued
                and not sheet.fields[i]
                and (
                    _JUNK.fullmatch(rest)
                    or (m.group(0) in surnames and looks_like_person_name(text))
                )
            ):
                # A line with no cue of its own: the rest is what OCR made of the name,
                # or the rest of the name ("<given name> <the surname found>").
                start, end = 0, len(text.rstrip())
            sheet.out[i].append(Span(start, end, wanted[m.group(0)], 0.7, "page_repeat"))
    # Misread copies are sought only of names a name rule found (a block masks some
    # lines as names that are not: an organisation, a department).
    values = [
        sheet.texts[i][s.start : s.end]
        for i, spans in sheet.out.items()
        for s in spans
        if s.category is Category.NAME and s.rule not in _INFERRED
    ]
    words = {_key(w) for v in values for w in _NAME_WORD.findall(v)} & wanted.keys()
    _near_name_words(sheet, wanted, words)
    _near_whole_names(sheet, {_comparable(v)[0] for v in values} & wanted.keys())
    _doubted_numbers(sheet, wanted)
    _short_prints(sheet, wanted)
    _titled_surnames(sheet, surnames)
    _short_first_names(sheet, values + relatives)


def _short_prints(sheet: Sheet, wanted: dict[str, Category]) -> None:
    """A code alone on its line, with no cue of its own, that a longer masked number
    begins or ends with: the same number printed short (a ticket's serial printed big
    at its head and again at the end of the long code along its foot; a parcel's
    number beside the barcode whose long form holds it)."""
    numbers = [(k, c) for k, c in wanted.items() if c in _PRINTED_IN_PART]
    for i, text in enumerate(sheet.texts):
        if sheet.out[i] or sheet.fields[i] or not _CODE_ALONE.fullmatch(text):
            continue
        key, _ = _comparable(text)
        if len(key) < _PART_MIN:
            continue
        hit = next(
            (c for k, c in numbers if len(k) > len(key) and (k.endswith(key) or k.startswith(key))),
            None,
        )
        if hit is not None:
            sheet.out[i].append(Span(0, len(text.rstrip()), hit, 0.6, "page_repeat"))


def _titled_surnames(sheet: Sheet, surnames: set[str]) -> None:
    """A line shaped like a person's name, with no cue of its own, holding as a word a
    surname a title announced ("Dear Ms <surname>,"): the full name, however short the
    surname (the longer ones are already looked for as words)."""
    if not surnames:
        return
    for i, text in enumerate(sheet.texts):
        if sheet.out[i] or sheet.fields[i] or not looks_like_person_name(text):
            continue
        if any(_key(w) in surnames for w in _WORDS.findall(text)):
            sheet.out[i].append(Span(0, len(text.rstrip()), Category.NAME, 0.6, "page_repeat"))


def _short_first_names(sheet: Sheet, values: list[str]) -> None:
    """The first name (three or four letters) of a full name a name rule found, as a
    word written as the name writes it: a report card's comment, a notice or a letter
    calls the person by it alone ("<first name> a fourni un travail sérieux", "All
    enquiries to <first name> on …"). The longer first names are looked for with the
    name's other words; a month, a day or a printed word is no one's first name."""
    firsts = set()
    for value in values:
        words = value.split()
        if len(words) >= 2 and _FIRST_NAME.fullmatch(words[0]):
            word = words[0]
            if not (boilerplate(word) or is_business(word) or _CALENDAR.fullmatch(word)):
                firsts.add(word)
    if not firsts:
        return
    pattern = re.compile(
        rf"(?<![\w'\-])(?:{'|'.join(re.escape(w) for w in sorted(firsts))})"
        r"(?!\w)(?!['’\-](?!s\b))"  # a possessive is the name's: "<first name>'s account"
    )
    for i, text in enumerate(sheet.texts):
        for m in pattern.finditer(text):
            if any(s.start <= m.start() and m.end() <= s.end for s in sheet.out[i]):
                continue
            sheet.out[i].append(Span(m.start(), m.end(), Category.NAME, 0.6, "page_repeat"))


def _doubted_numbers(sheet: Sheet, wanted: dict[str, Category]) -> None:
    """A line the OCR doubts, holding a run of digits from a long masked number, is a
    garbled copy of that number (its head read as letters, its label melted in):
    masked whole. A line read with confidence keeps its own numbers."""
    numbers = [
        (k, c) for k, c in wanted.items() if c is not Category.NAME and len(k) >= _DOUBTED_NUMBER
    ]
    for i, text in enumerate(sheet.texts):
        if sheet.out[i] or not sheet.doubted(i):
            continue
        runs = _DIGIT_RUN.findall(_comparable(text)[0])
        hit = next((c for run in runs for k, c in numbers if run in k), None)
        if hit is not None:
            sheet.out[i].append(Span(0, len(text.rstrip()), hit, 0.5, "page_repeat"))


def _near_whole_names(sheet: Sheet, named: set[str]) -> None:
    """A line of name-shaped words with no cue of its own, most of whose letters are
    those of a whole masked name, in order: the same name, misread in more than one
    letter (a slip's copy printed small, or under a fold)."""
    names = [w for w in named if len(w) >= _NEAR_WHOLE and w.isalpha()]
    for i, text in enumerate(sheet.texts):
        if sheet.out[i] or sheet.fields[i] or not _NAME_SHAPED.fullmatch(text):
            continue
        key, _ = _comparable(text)
        if len(key) < _NEAR_WHOLE or is_business(text) or boilerplate(text):
            continue
        if any(SequenceMatcher(None, key, w).ratio() >= _NEAR_RATIO for w in names):
            sheet.out[i].append(Span(0, len(text.rstrip()), Category.NAME, 0.6, "page_repeat"))


def _near_name_words(sheet: Sheet, wanted: dict[str, Category], words: set[str]) -> None:
    """On a line where part of a name is masked, the capitalised words one letter away
    from a long word of a masked name are the rest of it."""
    words = {w for w in words if len(w) >= _NEAR_MIN and w.isalpha()}
    for i, text in enumerate(sheet.texts):
        if not any(s.category is Category.NAME for s in sheet.out[i]):
            continue
        for m in _NAME_WORD.finditer(text):
            word = _key(m.group(0))
            if len(word) < _NEAR_MIN - 1 or not m.group(0)[0].isupper() or word in wanted:
                continue
            if any(s.start <= m.start() and m.end() <= s.end for s in sheet.out[i]):
                continue
            if any(_one_edit(word, w) for w in words):
                sheet.out[i].append(Span(m.start(), m.end(), Category.NAME, 0.6, "page_repeat"))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    k = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    rest_a = a[k + 1 :] if len(a) == len(b) else a[k:]
    return rest_a == b[k + 1 :]


def _in_a_longer_word(text: str, start: int, end: int) -> bool:
    """A Latin name's letters inside a longer word ("Maria" in "Primaria"): two letters
    or more go on before or after it, with no small letter before a capital where OCR
    glued two words ("NombreMaria"). One letter more is how OCR reads a copy ("DWilliams",
    "Hoffmann" for "Hoffman")."""
    if _CJK.match(text, start):
        return False
    k = start
    while k > 0 and _latin(text[k - 1]):
        k -= 1
    j = end
    while j < len(text) and _latin(text[j]):
        j += 1
    glued_before = k < start and text[start - 1].islower() and text[start].isupper()
    glued_after = j > end and text[end - 1].islower() and text[end].isupper()
    return (start - k >= _LONGER and not glued_before) or (j - end >= _LONGER and not glued_after)


def _latin(ch: str) -> bool:
    return ch.isalpha() and not _CJK.match(ch)


def _inside_word(flat: str, m: re.Match[str], category: Category) -> bool:
    """A number found inside a longer number is another number ("123456" in a
    13-digit product code): it counts only with no digit right before or after."""
    if category is Category.NAME:
        return False
    before = flat[m.start() - 1] if m.start() > 0 else ""
    after = flat[m.end()] if m.end() < len(flat) else ""
    return before.isdigit() or after.isdigit()
