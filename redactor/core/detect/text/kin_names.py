"""People a sentence names by their place in a family, with no label.

A notice of a death, a wedding or a birth names the family in running text after the
word for each one's place in it (tables/names.toml ``[kin]``):

* Chinese: a list of the family who sign, each name after its kin word and ended by
  the next kin word, a joiner ("、", "及", a space), a closing word ("泣告", "暨全家")
  or the text's end: "长子<name>、次女<name> 泣告", glued or spaced; in a will's
  clause the name ends where the clause goes on ("由长女<name>继承", "<name>为…"),
  and a role word of the will announces a name the same way ("见证人<name>"). The name opens
  with a common surname and holds one to three characters after it (characters
  given names are made of, when the text ends or runs on after it: "丈夫高兴地说"
  names no one); after a joiner another name of the same list may follow without
  its kin word.
* Latin script: a kin word after "of" ("beloved wife of <name>", "parent of <name>,
  <name> and <name>") or after a possessive or a word of love ("survived by his wife
  <name>", "seine Frau <name>", "meiner Mutter <name>"), a filiation's repeated "of"
  ("fils de <name> et de <name>"), a kin word written as a title ("Uncle <name>"), a
  birth name's mark ("née <name>") or a post after an article ("dall'agente <name>",
  "le commandant <name>"), then one or more names of one to four capitalised
  words joined by commas and "and"; and the person whose kin that is, the capitalised
  words right before ", <word of love> <kin word> of" ("<name>, beloved wife of");
  and a name set off by commas after a possessive and its kin word ("her brother,
  <name>, …", "Son compagnon, <name>, a …");
* a surname right before a post the person is called by in a story ("<surname>经理未予
  处理", names.toml ``[kin] chinese_posts``), the post readable;
* a name right before its relation in brackets ("<name> (neighbour)", "<name>(女儿)",
  names.toml ``[kinship]``).

The kin words, joiners and closing words stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import LATIN_TITLES, SHAPES, is_business, surname_length
from redactor.core.models import Category

RULE = "kin_name"
_SCORE = 0.7
_KIN = table("names")["kin"]
_CN_KIN = re.compile(words_pattern(_KIN["chinese"]))
_CN_CLOSING = re.compile(words_pattern(_KIN["chinese_closings"]))
_CN_JOINERS = frozenset(_KIN["chinese_joiners"])
_CN_CLAUSE = re.compile(words_pattern(_KIN["chinese_clause_words"]))
#: What announces a name in a Chinese sentence: a kin word or a will's role word.
_CN_LEAD = re.compile(
    words_pattern([*_KIN["chinese"], *_KIN["chinese_roles"], *_KIN["chinese_workplace_roles"]])
)
_CN_POST = re.compile(words_pattern(_KIN["chinese_posts"]))
_GIVEN = frozenset(table("names")["free_text"]["given"])
#: A Chinese given name is one to three characters after the surname.
_GIVEN_MAX = 3


def _words(key: str) -> str:
    return words_pattern(_KIN[key])


#: A word of a name: capitalised (accented letters allowed), or written in capitals.
_WORD = rf"(?:{SHAPES['holder_word'].pattern}|[A-ZÀ-ÖØ-Þ]{{2,}})(?![\w'\-])"
#: One to four words: Spanish and Portuguese names carry two surnames after one or two
#: given names ("Maria José <surname> <surname>").
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_OF = rf"(?i:{_words('of_words')})"
#: Between two names of a list; a filiation repeats its "of" ("et de", "e di").
_JOIN = rf"(?:\s*,\s*|\s+(?i:{_words('and_words')})\s+(?:{_OF}\s*:?\s+)?)"
_KIN_WORD = rf"(?i:{_words('latin')})"
_LOVE = rf"(?i:{_words('endearments')})"
_BEFORE_KIN = rf"(?i:{_words('possessives')}|{_words('endearments')})"
#: A title the name may carry after its kin word ("a su hijo D./Dña. <name>").
_TITLE = rf"(?i:{LATIN_TITLES})\.?\s+"
#: "<kin> of <names>", or "<possessive or love> <kin> <names>".
_EN_AFTER = re.compile(
    rf"(?<![\w\-])(?:{_KIN_WORD}\s+{_OF}(?:\s*:)?"
    rf"|{_BEFORE_KIN}\s+(?:{_LOVE}\s+)*{_KIN_WORD}"
    rf"|(?=[A-ZÀ-ÖØ-Þ])(?i:{_words('kin_titles')})"
    rf"|(?<![\w'])(?i:{_words('role_articles')})\s*(?<=['\s])(?i:{_words('latin_roles')})"
    rf"|(?i:{_words('name_marks')}))\s+(?:{_TITLE})?(?={_WORD})"
)
_EN_NAME = re.compile(_NAME)
#: "<possessive> <kin>, <name>,": the name set off by commas after its kin word
#: ("Son compagnon, <name>, a arrêté …"); the closing comma makes it an apposition.
_EN_APPOSED = re.compile(
    rf"(?<![\w\-]){_BEFORE_KIN}\s+(?:{_LOVE}\s+)*{_KIN_WORD}\s*,\s*(?P<n>{_NAME})\s*,"
)
#: A list's next entry may bring its own kin word ("<name> und Tochter <name>").
_KIN_LEAD = re.compile(rf"{_KIN_WORD}\s+(?:{_TITLE})?(?={_WORD})")
_EN_JOIN = re.compile(_JOIN)
#: "<name>, <love> <kin> of": the person whose kin the sentence goes on to name.
_EN_BEFORE = re.compile(
    rf"(?<![\w'\-])(?P<n>{_NAME})\s*,\s*(?:{_LOVE}\s+)+{_KIN_WORD}\s+(?i:{_words('of_words')})(?![\w])"
)


def kin_names(text: str) -> Iterator[Span]:
    yield from _cn_kin_list(text)
    yield from _en_kin_names(text)
    yield from _names_before_a_relation(text)
    yield from _surnames_before_a_post(text)


def _surnames_before_a_post(text: str) -> Iterator[Span]:
    """The common surname (compound or single) right before a post word; a word
    ending there ("项目经理", "副厂长") opens with no surname and names no one."""
    for m in _CN_POST.finditer(text):
        for n in (2, 1):
            start = m.start() - n
            if start >= 0 and surname_length(text, start, m.start()) == n:
                yield Span(start, m.start(), Category.NAME, _SCORE, RULE)
                break


def _names_before_a_relation(text: str) -> Iterator[Span]:
    """The name right before its relation in brackets ("<name> (neighbour)",
    "<name>(女儿)")."""
    for m in _BRACKETED.finditer(text):
        end = m.start()
        while end and text[end - 1] == " ":
            end -= 1
        en = _EN_BEFORE_BRACKET.search(text, 0, end)
        if en is not None and _a_name(en.group(0)):
            yield Span(en.start(), en.end(), Category.NAME, _SCORE, RULE)
            continue
        start = _cn_name_start(text, end)
        if start is not None:
            yield Span(start, end, Category.NAME, _SCORE, RULE)


def _cn_name_start(text: str, end: int) -> int | None:
    """Where a Chinese name that ends at ``end`` starts: a common surname, then given-
    name characters; the longest such name."""
    for n in (_GIVEN_MAX + 1, _GIVEN_MAX, 2):
        start = end - n
        if start < 0 or not all(is_cjk(c) for c in text[start:end]):
            continue
        surname = surname_length(text, start)
        given = text[start + surname : end]
        if surname and given and all(c in _GIVEN for c in given):
            return start
    return None


#: A relation in brackets after a name ("(neighbour)", "（女儿）").
_BRACKETED = re.compile(
    rf"[(（]\s*(?i:{words_pattern(table('names')['kinship']['words'])})\s*[)）]"
)
#: The capitalised words that end right before it.
_EN_BEFORE_BRACKET = re.compile(rf"(?<![\w'\-]){_NAME}$")


def _cn_kin_list(text: str) -> Iterator[Span]:
    for m in _CN_LEAD.finditer(text):
        p = m.end()
        while True:
            while p < len(text) and text[p] in " :：":
                p += 1
            end = _cn_name_end(text, p)
            if end is None:
                break
            yield Span(p, end, Category.NAME, _SCORE, RULE)
            # Another name of the list after a joiner, with no kin word of its own.
            if end < len(text) and text[end] in _CN_JOINERS and not text[end].isspace():
                p = end + 1
                continue
            break


def _cn_name_end(text: str, p: int) -> int | None:
    """Where a kin word's name that starts at ``p`` ends, if one does: a common surname
    and one to three characters, up to the next kin word, joiner or closing word."""
    surname = surname_length(text, p)
    if not surname:
        return None
    q = p + surname
    end = q
    while end < len(text) and is_cjk(text[end]) and text[end] not in _CN_JOINERS:
        if end > q and (
            _CN_KIN.match(text, end) or _CN_CLOSING.match(text, end) or _CN_CLAUSE.match(text, end)
        ):
            break
        end += 1
    if not 1 <= end - q <= _GIVEN_MAX:
        return None
    if not _listed_after(text, end) and any(c not in _GIVEN for c in text[q:end]):
        return None  # the sentence runs on: only given-name characters make a name
    name = text[p:end]
    if boilerplate(name) or default_lexicon().find(name):
        return None  # a word or a label that opens like a name
    return end


def _listed_after(text: str, end: int) -> bool:
    """What follows a name at ``end`` is the list's: a joiner, a kin word, a closing."""
    return end < len(text) and (
        text[end] in _CN_JOINERS
        or bool(_CN_KIN.match(text, end))
        or bool(_CN_CLOSING.match(text, end))
        or bool(_CN_CLAUSE.match(text, end))
    )


def _en_kin_names(text: str) -> Iterator[Span]:
    for m in _EN_AFTER.finditer(text):
        p = m.end()
        while True:
            if (kin := _KIN_LEAD.match(text, p)) is not None:
                p = kin.end()
            if (name := _EN_NAME.match(text, p)) is None:
                break
            end = _before_a_kin_word(text, name.start(), name.end())
            if end <= name.start() or not _a_name(text[name.start() : end]):
                break
            yield Span(name.start(), end, Category.NAME, _SCORE, RULE)
            join = _EN_JOIN.match(text, end)
            if join is None:
                break
            p = join.end()
    for m in (*_EN_BEFORE.finditer(text), *_EN_APPOSED.finditer(text)):
        if _a_name(m.group("n")):
            yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


#: A kin word or a kin title as a whole word: no word of the name after a kin word.
_A_KIN_WORD = re.compile(rf"(?:{_KIN_WORD}|(?i:{_words('kin_titles')}))")


def _before_a_kin_word(text: str, start: int, end: int) -> int:
    """Where the name ends before a kin word: a column of contacts read on with the
    line under it ("Uncle <name>" over "Parents only") or a kin word under another
    ("Childminder" over "Uncle") is no longer one name."""
    for w in re.finditer(r"\S+", text[start:end]):
        if _A_KIN_WORD.fullmatch(w.group(0)):
            return len(text[: start + w.start()].rstrip())
    return end


def _a_name(name: str) -> bool:
    return not (is_business(name) or boilerplate(name) or default_lexicon().find(name))
