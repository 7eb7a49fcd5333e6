"""Which of the field lexicon's matches in a line are printed labels, not words of a value.

The lexicon finds its forms anywhere ("Street" ends an address, "Flat 5" opens one), so
a match counts as a label only where a form's layout says so: set off by a colon, alone
on its line, a bilingual pair, or a Chinese label opening its line (glued to its value
or not). Masking steps trust only these: they keep the label readable and read what
it announces.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from redactor.core.detect.charclass import STARS, has_digit
from redactor.core.detect.layout.number_labels import (
    LETTERED_NUMBER,
    NUMBER_KINDS,
    PERSONS_NUMBERS,
    a_documents_number,
    a_persons_number,
    a_vehicles_number,
    number_in_sentence,
    opens_aside,
)
from redactor.core.detect.layout.role_rows import ROLE_KINDS, row_roles, signed_roles
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.label_finder import item_number_before, without_qualifier
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold, is_cjk
from redactor.core.detect.text.names import starts_with_surname, surname_length

#: Kinds whose values may open with a word that is also one of their labels' forms
#: ("城市花园…" after a glued address label): glued to a value they are no sure label.
_GLUE_DOUBTFUL = frozenset({ValueKind.ADDRESS, ValueKind.DOOR, ValueKind.PLACE})
_NUMBER_START = frozenset("0123456789¥$€£₹#")
#: A register's few capitals and a short number, after a person's number's label of its own.
_SHORT_LETTERED = patterns("layout", "labels")["short_lettered_number"]
#: A licence's register number, its groups set apart by slashes ("ML/26/4267").
_REGISTER_NUMBER = patterns("layout", "labels")["register_number"]
#: Kinds whose English label announces a person's name with no colon, when a
#: capitalised name of at most a few words follows.
_ROLE_KINDS = ROLE_KINDS
_NAME_WORDS = 4
#: What joins the labels of a field printed as a list ("Street, house number").
_JOINT = patterns("layout", "label_lists")["joint"]
#: An article or a possessive before a role word ("Your", "Le", "Ihr").
_DETERMINER = patterns("layout", "labels")["determiner"]
_SECTION_NUMBER = patterns("layout", "item_numbers")["section_number"]
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
#: A door's label, its number word and the door's number closing the line.
_NUMBERED_DOOR = patterns("layout", "labels")["numbered_door"]


@lru_cache(maxsize=4096)
def printed_labels(text: str) -> tuple[LabelMatch, ...]:
    """The lexicon's matches in ``text`` that stand as labels (offsets index ``text``)."""
    found = _numbered_doors(
        text,
        _as_list(
            text,
            _after_role_word(
                text,
                _after_determiner(
                    text,
                    _opening_an_aside(
                        text,
                        signed_roles(
                            text, without_called_titles(text, default_lexicon().find(text))
                        ),
                    ),
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


def _numbered_doors(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A door's label with its number word and the door's number after it, no colon
    ("Wohnung Nr. 7"): the value is the number alone, the number word stays with the
    label it completes."""
    return tuple(
        replace(m, value_start=start) if (start := _door_number_start(text, m)) else m
        for m in found
    )


def _door_number_start(text: str, m: LabelMatch) -> int | None:
    """Where the door's number starts when the line is only the door's label, a number
    word and the number (``[labels] numbered_door``)."""
    if m.kind is not ValueKind.DOOR or not m.at_line_start or m.label.strict:
        return None
    door = _NUMBERED_DOOR.fullmatch(text, m.start)
    if door is None or door.start("door") < m.end:
        return None
    return door.start("door")


def _opening_an_aside(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A person's number's label right after an opening bracket heads an aside set
    into a sentence ("<name>(<label><number>) ..."): the bracket opens it as a line's
    start does, and the number runs to the closing bracket (sentence_number_end)."""
    return tuple(
        replace(m, at_line_start=True)
        if not m.at_line_start and m.kind in PERSONS_NUMBERS and opens_aside(text, m)
        else m
        for m in found
    )


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
    if _door_number_start(text, m) == m.value_start:
        return True  # "Flat no. 12B": a door's number written on its label's blank
    if len({p.lang for p in m.parts}) > 1:
        return True  # "姓名 Name": a bilingual pair is printed, never written
    if number_in_sentence(text, m, between):
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
    if m.kind in NUMBER_KINDS:
        lettered = m.kind in PERSONS_NUMBERS and (
            LETTERED_NUMBER.match(value) is not None
            or a_vehicles_number(value)
            or (a_persons_number(text, m) and _SHORT_LETTERED.match(value) is not None)
            or _REGISTER_NUMBER.match(value) is not None
            or a_documents_number(text, m)
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


def _glued_number(text: str, m: LabelMatch) -> bool:
    """A label of two or more words, glued to digits right after it: no code is spelt
    with a space, so the words are the label and the digits its number."""
    label = text[m.start : m.end]
    return (
        m.kind in NUMBER_KINDS
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
