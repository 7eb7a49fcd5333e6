"""Which of the field lexicon's matches in a line are printed labels, not words of a value.

The lexicon finds its forms anywhere ("Street" ends an address, "Flat 5" opens one), so
a match counts as a label only where a form's layout says so: set off by a colon, alone
on its line, a bilingual pair, or a Chinese label opening its line (glued to its value
or not). Masking steps trust only these: they keep the label readable and read what
it announces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from redactor.core.detect.charclass import STARS, digit_count, has_digit
from redactor.core.detect.layout.role_rows import ROLE_KINDS, row_roles, signed_roles
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.label_finder import item_number_before, without_qualifier
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import compact_text, fold, is_cjk
from redactor.core.detect.text.names import starts_with_surname, surname_length

#: Kinds whose values may open with a word that is also one of their labels' forms
#: ("城市花园…" after a glued address label): glued to a value they are no sure label.
_GLUE_DOUBTFUL = frozenset({ValueKind.ADDRESS, ValueKind.DOOR, ValueKind.PLACE})
#: Kinds whose value is a number: an English label opening its line right before one
#: is a label ("Tel 0712…", "Delivery date 06/04…") even without a colon. (Not a door:
#: "Flat 5" opens an address.)
_NUMBER_KINDS = frozenset(
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
_PERSONS_NUMBERS = frozenset({ValueKind.ID_NUMBER, ValueKind.CARD_NUMBER})
#: Brackets that set an aside into a sentence ("<name>(<label><number>) ...").
_ASIDE_OPEN = ("(", "（")
_ASIDE_CLOSE = re.compile(r"[)）]")
#: Letters of a one-word label as specific as two words: a compound ("Mitgliedsnummer").
_COMPOUND_LETTERS = 11
#: A person's number opening with a letter or few ("AB1234567").
_LETTERED_NUMBER = patterns("layout", "labels")["number_value"]
_NUMBER_START = frozenset("0123456789¥$€£₹#")
#: A register's few capitals and a short number, after a person's number's label of its own.
_SHORT_LETTERED = patterns("layout", "labels")["short_lettered_number"]
#: A licence's register number, its groups set apart by slashes ("ML/26/4267").
_REGISTER_NUMBER = patterns("layout", "labels")["register_number"]
#: A document a person carries ("passport"), and its number's shape ("YR6230907").
_DOCUMENTS = frozenset(fold(w) for w in table("keywords")["persons_documents"]["words"])
_DOCUMENT_NUMBER = patterns("layout", "labels")["document_number"]
#: A vehicle's registration plate ("AB12 CDE", "AB-123-CD").
_PLATE = patterns("layout", "labels")["vehicle_plate"]
#: The fewest characters of a code of letters and digits taken for a person's number: a
#: vehicle's 17 less what OCR drops, longer than a case's or a claim's reference.
_CODE_MIN = 12
#: Kinds whose English label announces a person's name with no colon, when a
#: capitalised name of at most a few words follows.
_ROLE_KINDS = ROLE_KINDS
_NAME_WORDS = 4
#: What joins the labels of a field printed as a list ("Street, house number").
_JOINT = patterns("layout", "label_lists")["joint"]
#: An article or a possessive before a role word ("Your", "Le", "Ihr").
_DETERMINER = patterns("layout", "labels")["determiner"]
_SECTION_NUMBER = patterns("layout", "item_numbers")["section_number"]
#: A number inside a sentence: letters and digits, groups of digits after single spaces.
_SENTENCE_NUMBER = re.compile(r"#?[A-Za-z0-9][A-Za-z0-9\-]*(?: \d[A-Za-z0-9\-]*)*")
#: A Chinese role word is productive (what the person does, then a role suffix: 开锁人,
#: 维修员); glued before a signature or name label it makes a longer label the lexicon
#: cannot list ("<role word>签字").
_ROLE_SUFFIXES = frozenset(table("names")["roles"]["suffixes"])
#: What a person is called by after their surname ("王老师", "李经理").
_CN_TITLES = frozenset(table("names")["given_names"]["cn_titles"])
_ROLE_WORD_MAX = 5
#: A continental street's word ("Calle", "Via", "Rue") is also a form's label of the
#: address: before the street's name and its number with no colon, it is the street's.
_STREET_WORDS = frozenset(fold(w) for w in table("addresses")["eu"]["street_words"])
_STREET_NAMED = patterns("layout", "labels")["street_named"]


@lru_cache(maxsize=4096)
def printed_labels(text: str) -> tuple[LabelMatch, ...]:
    """The lexicon's matches in ``text`` that stand as labels (offsets index ``text``)."""
    found = _as_list(
        text,
        _after_role_word(
            text,
            _after_determiner(
                text,
                _opening_an_aside(
                    text,
                    signed_roles(text, without_called_titles(text, default_lexicon().find(text))),
                ),
            ),
        ),
    )
    kept: list[LabelMatch] = []
    # Right to left: whether a label stands alone depends on the one after it.
    for n in range(len(found) - 1, -1, -1):
        m = found[n]
        nxt = found[n + 1] if n + 1 < len(found) else None
        alone = not text[m.value_start :].strip() or (
            nxt is not None and nxt.start == m.value_start and bool(kept) and kept[-1] is nxt
        )
        if _stands_as_label(text, m, alone):
            kept.append(m)
    return row_roles(text, found, tuple(reversed(kept)))


def without_called_titles(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """``found`` less a title glued to a label's value that is a lone surname ("红娘:
    王老师"): surname and title name one person, the value runs on over the title."""
    kept: list[LabelMatch] = []
    for m in found:
        prev = kept[-1] if kept else None
        value = text[prev.value_start : m.start].strip() if prev is not None else ""
        if (
            prev is not None
            and text[m.start : m.end] in _CN_TITLES
            and value
            and surname_length(value) == len(value)
        ):
            kept[-1] = replace(prev, value_end=m.value_end)
            continue
        kept.append(m)
    return tuple(kept)


def _opening_an_aside(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A person's number's label right after an opening bracket heads an aside set
    into a sentence ("<name>(<label><number>) ..."): the bracket opens it as a line's
    start does, and the number runs to the closing bracket (sentence_number_end)."""
    return tuple(
        replace(m, at_line_start=True)
        if not m.at_line_start and m.kind in _PERSONS_NUMBERS and _opens_aside(text, m)
        else m
        for m in found
    )


def _opens_aside(text: str, m: LabelMatch) -> bool:
    return text[: m.start].rstrip().endswith(_ASIDE_OPEN)


def _after_determiner(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A role word after only an article or a possessive ("Your driver <name>", "Le
    chef de service <name>") opens its line as much as a role printed alone does."""
    return tuple(
        replace(m, at_line_start=True)
        if not m.at_line_start
        and m.kind in _ROLE_KINDS
        and _DETERMINER.fullmatch(text, 0, m.start) is not None
        else m
        for m in found
    )


def _after_role_word(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A Chinese signature or name label glued after a role word that opens the line
    ("<role word>签字：<name>") is that longer label, opening its line."""
    if not found or found[0].at_line_start or found[0].kind not in _ROLE_KINDS:
        return found
    m = found[0]
    role = text[: m.start].lstrip()
    if not (1 < len(role) <= _ROLE_WORD_MAX and role[-1] in _ROLE_SUFFIXES):
        return found
    if not all(is_cjk(c) for c in role) or not is_cjk(text[m.start]):
        return found
    return (replace(m, start=len(text) - len(text.lstrip()), at_line_start=True), *found[1:])


def _as_list(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A line made of labels joined by commas, slashes or "and" ("Street, house
    number", "Town / postcode") is one field's list of labels: each stands as a label
    opening the line, and the value (beside or under) is the last one's. Any other word
    in the line, and the matches stay as found."""
    if len(found) < 2 or not found[0].at_line_start or text[found[-1].value_start :].strip():
        return found
    for m, nxt in pairwise(found):
        if not _JOINT.fullmatch(text, m.end, nxt.start):
            return found
    return tuple(
        replace(m, value_start=nxt.start, value_end=nxt.start, at_line_start=True)
        for m, nxt in pairwise(found)
    ) + (replace(found[-1], at_line_start=True),)


def _stands_as_label(text: str, m: LabelMatch, alone: bool) -> bool:
    """``alone``: nothing follows the label on its line but printed labels."""
    between = without_qualifier(text[m.end : m.value_start])
    if ":" in between or "：" in between:
        return not _one_word_before(text, m)
    if alone:
        # A label over or beside its value, or a heading; at a line's start only
        # (mid-line it may end a sentence), or after its section's bare number.
        return m.at_line_start or _SECTION_NUMBER.fullmatch(text, 0, m.start) is not None
    if m.kind is ValueKind.FREE_TEXT and m.at_line_start and not between.strip(" #."):
        # "Remarks call after 6", even when a word of a label follows: a memo is read
        # word by word, so a wrong guess masks nothing.
        return True
    if m.value_start >= m.value_end:
        return False  # a word the lexicon knows follows, but it is no label here
    if len({p.lang for p in m.parts}) > 1:
        return True  # "姓名 Name": a bilingual pair is printed, never written
    if _number_in_sentence(text, m, between):
        return True  # "… con DNI <number>, …": a sentence names a person's number
    if m.start and m.at_line_start and m.kind in _ROLE_KINDS:
        pass  # after an article or a possessive only (_after_determiner)
    elif _one_word_before(text, m):
        return False  # the tail of a longer label the lexicon lacks ("TERM ID: …")
    if not m.at_line_start:
        return False
    first = text[m.start]
    if is_cjk(first):
        if m.end - m.start < 2 or m.kind in _GLUE_DOUBTFUL:
            return False
        if m.value_start > m.end:
            return True  # set apart by a space
        # Glued on, the value must start as one of its kind does: a word glued to a
        # label may make a longer word ("会员" + "日", "操作员" + "号", "卖家" + "已…").
        lead = text[m.value_start]
        if m.kind in _ROLE_KINDS:
            return starts_with_surname(text[m.value_start :]) or lead in STARS
        # a number, or one opening with its year in brackets ("(<year>)<court><n>号")
        return lead.isdigit() or (
            lead in "(（" and text[m.value_start + 1 : m.value_start + 2].isdigit()
        )
    if not between.strip() and is_cjk(text[m.value_start]):
        return True  # an English label, then Chinese: the change of script sets it off
    if not between and _glued_number(text, m):
        return True  # a label of words OCR glued to the number in the next cell
    if not between and _glued_name(text, m):
        return True  # a role's last word glued to the name after it
    if not between or between.strip(" #.") or not between.endswith((" ", "#")):
        return False  # glued to its value, or by a hyphen: a code ("WT6184…", "BED-1680")
    value = text[m.value_start : m.value_end]
    if m.kind in _NUMBER_KINDS:
        lettered = m.kind in _PERSONS_NUMBERS and (
            _LETTERED_NUMBER.match(value) is not None
            or _a_vehicles_number(value)
            or (_a_persons_number(text, m) and _SHORT_LETTERED.match(value) is not None)
            or _REGISTER_NUMBER.match(value) is not None
            or _a_documents_number(text, m)
        )
        return value[:1] in _NUMBER_START or lettered
    if m.kind is ValueKind.ADDRESS and not m.label.strict and not between.strip():
        if opens_its_street(text, m):
            return False  # "Calle Mayor, 66": the street's own word
        # "Anschrift Goethestr. 38", "Address 23 Mill Close": a street's name and a
        # house number written on the label's blank, with no colon.
        opens = value[:1].isupper() or value[:1].isdigit()
        named = any(w[:1].isupper() for w in value.split())
        return opens and named and has_digit(value)
    # A role word, then a name with no colon ("Driver Carol", "Checked by Ann Lee").
    opens_name = value[:1].isupper() or is_cjk(value[:1])
    return m.kind in _ROLE_KINDS and opens_name and len(value.split()) <= _NAME_WORDS


def opens_its_street(text: str, m: LabelMatch) -> bool:
    """The label is a street's word and the name and house number of a street follow
    it ("Calle Mayor, 66", "Via Roma 5"): it is the first word of the address."""
    word = fold(text[m.start : m.end]).rstrip(".")
    return word in _STREET_WORDS and _STREET_NAMED.match(text, m.value_start) is not None


def _a_code(value: str) -> bool:
    """``value`` opens with a code of capitals and digits mixed, as long as a person's
    number is ("WDB2030461A123456", a vehicle's identification number): no word a
    sentence goes on with after a label."""
    token = value.split(maxsplit=1)[0] if value.strip() else ""
    if len(token) < _CODE_MIN or not (token.isascii() and token.isalnum() and token.isupper()):
        return False
    digits = digit_count(token)
    return digits >= 2 and len(token) - digits >= 2


def _glued_number(text: str, m: LabelMatch) -> bool:
    """A label of two or more words, glued to digits right after it: no code is spelt
    with a space, so the words are the label and the digits its number."""
    label = text[m.start : m.end]
    return (
        m.kind in _NUMBER_KINDS
        and len(label.split()) > 1
        and text[m.value_start : m.value_start + 1].isdigit()
    )


def _glued_name(text: str, m: LabelMatch) -> bool:
    """A label of three or more words ending in small letters, glued to a capital
    ("Signature of person reportingJ. Robinson"): no label is spelt with a capital
    inside its last word, so the OCR dropped the space before a name."""
    label = text[m.start : m.end]
    return (
        m.kind in _ROLE_KINDS
        and len(label.split()) >= 3
        and label[-1:].islower()
        and text[m.value_start : m.value_start + 1].isupper()
    )


def only_labels(text: str) -> tuple[LabelMatch, ...]:
    """The printed labels of a line made of nothing else (a field's label over or beside
    its value, a table's column header), or ``()``."""
    labels = printed_labels(text)
    if not labels or text[labels[-1].value_start :].strip():
        return ()
    if labels[0].start != 0 and not item_number_before(text, labels[0].start):
        return ()
    return labels


def set_off_by_layout(text: str, m: LabelMatch) -> bool:
    """A printed label whose layout alone says so: not an English word before a number
    with no colon ("TEL 020…" heads a shop's header as often as a form's field; the
    number's shape decides)."""
    between = text[m.end : m.value_start]
    return (
        is_cjk(text[m.start])
        or ":" in between
        or "：" in between
        or m.kind not in _NUMBER_KINDS
        or m.value_start >= len(text.rstrip())
        or _a_persons_number(text, m)
        or _a_documents_number(text, m)
        or _number_in_sentence(text, m, between)  # a header prints no sentence
        or _shaped_as_a_vehicles(text, m)
    )


def _shaped_as_a_vehicles(text: str, m: LabelMatch) -> bool:
    """A person's number's label of one short word ("VIN") before a value no shop
    prints about itself: a long code of capitals and digits, or a vehicle's plate."""
    value = text[m.value_start : m.value_end]
    return m.kind in _PERSONS_NUMBERS and _a_vehicles_number(value)


def _a_vehicles_number(value: str) -> bool:
    """``value`` opens with a vehicle's identification number or its plate."""
    return _a_code(value) or _PLATE.match(value) is not None


def _a_persons_number(text: str, m: LabelMatch) -> bool:
    """A label of two or more words (or one compound word) for the number a person is
    known by ("Member number 8123…", "Kundennummer 8123…"), or a date of birth: no
    shop's header prints one about itself, so the number after it is the person's
    whatever its shape."""
    if m.kind is ValueKind.BIRTH_DATE:
        return True
    words = text[m.start : m.end].split()
    compound = len(words) == 1 and sum(c.isalpha() for c in words[0]) >= _COMPOUND_LETTERS
    return m.kind in _PERSONS_NUMBERS and (len(words) > 1 or compound or _glued_words(text, m))


def _a_documents_number(text: str, m: LabelMatch) -> bool:
    """A document a person carries ("Passport", "Reisepass"), then a number of a
    document's shape: no shop's header prints its own number after such a word."""
    return (
        m.kind in _PERSONS_NUMBERS
        and fold(text[m.start : m.end]).rstrip(".") in _DOCUMENTS
        and _DOCUMENT_NUMBER.match(text, m.value_start) is not None
    )


def _glued_words(text: str, m: LabelMatch) -> bool:
    """The label is one of its entry's forms of two words or more, the OCR having
    dropped the space between them ("N°client" for "N° client", "Codeclient"): still
    the two words no shop's header prints about itself."""
    key, _ = compact_text(fold(text[m.start : m.end]))
    return any(" " in f.strip() and compact_text(fold(f))[0] == key for f in m.label.forms)


def _number_in_sentence(text: str, m: LabelMatch, between: str) -> bool:
    """A person's number's label inside a sentence: after a word in lower case (a
    preposition, not a longer label's word: "con DNI", "with passport"), then a space
    and the number itself, a long run of digits maybe opening with letters."""
    if m.kind not in _PERSONS_NUMBERS or m.at_line_start or between.strip():
        return False
    word = text[: m.start].rstrip().rpartition(" ")[2]
    if not (word.isalpha() and word.islower()):
        return False
    return _LETTERED_NUMBER.match(text, m.value_start) is not None


def sentence_number_end(text: str, m: LabelMatch) -> int | None:
    """Where the number named inside a sentence ends ("… con DNI <number>, y …"): the
    sentence runs on after it; in an aside, its closing bracket. ``None`` when ``m``
    is no such label."""
    if m.kind in _PERSONS_NUMBERS and m.start and _opens_aside(text, m):
        close = _ASIDE_CLOSE.search(text, m.value_start)
        return close.start() if close else None
    if not _number_in_sentence(text, m, without_qualifier(text[m.end : m.value_start])):
        return None
    run = _SENTENCE_NUMBER.match(text, m.value_start)
    return run.end() if run else None


def _one_word_before(text: str, m: LabelMatch) -> bool:
    """Only one word stands before the label on its line, one space before it: a
    wider gap sets the label apart from it (a title, then a number's label printed
    at the title line's end)."""
    head = text[: m.start]
    before = head.split()
    return len(before) == 1 and before[0].isalpha() and len(head) - len(head.rstrip()) < 2


def label_span(m: LabelMatch, text: str = "") -> tuple[int, int]:
    """The characters of the label and what closes it (colon, brackets, spaces), and
    the question number before it in ``text`` ("12. "): the form's, not a value."""
    if m.start and text and item_number_before(text, m.start):
        return 0, m.value_start
    return m.start, m.value_start


def next_numbers_label(text: str, start: int, end: int) -> LabelMatch | None:
    """A label of the lexicon for another number inside the number value
    ``text[start:end]``, after a digit and before one ("Tel 020 … Fax 020 …",
    "电话:010… 传真:010…", "Tel 020 … Date 12/03/…"): the value ends before it."""
    for m in default_lexicon().find(text[:end]):
        if m.start <= start or m.kind not in _NUMBER_KINDS:
            continue
        before = text[start : m.start].rstrip()
        after = text[m.value_start : end].lstrip(" :：")
        if before[-1:].isdigit() and after[:1].isdigit():
            return m
    return None
