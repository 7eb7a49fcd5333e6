"""People and places named in a message or a letter by how the text addresses them.

A text message, a chat bubble or an envelope prints no field label: a person is named
by the words around the name (tables/messages.toml):

* a greeting or a title right after the name ("<name>您好", "<name>医生"), or what
  belongs to them ("<name>的快递"): the name runs back from those words over a
  common surname and one or two characters given names are made of (from the
  sentence's start, or after a bracketed sender or punctuation, the whole run);
* a role word before the name, with or without a colon: a service's ("快递员<name>",
  a courier's or rider's name in a parcel notice; also when the role's last
  character ends the line above, "员:<name>") or the reader's ("业主<name>"); a
  surname alone at the line's end after one is masked (its given name went unread);
* an addressee's mark after the name ("<name> 收", "<name>亲启") or a line that is
  nothing but a surname, a given name and an honorific ("<surname>（先生）");
* a signature after a dash ("——<name>") ending the line, after a closing and its
  comma ("Thanks, <name>"; a closing alone on its line: ``layout/sign_offs``), or
  after a card's closing that ends in "from" ("Love from <name>");
* an address placed by a verb inside a sentence ("已放入<estate>11栋旁"): from after
  the verb to the end of its last door number (building, unit, room), only if there
  is one (a locker or a front desk is no one's address);
* the head of a mobile a preview cut with an ellipsis;
* a familiar form of a name where a card or a note addresses or signs with it
  ("祝<小X>生日快乐", "爱你的<阿X>": familiar_names.py), and a surname with its form of
  address standing apart in running text ("老<surname>", "<surname>阿姨": surname_forms.py);
* a group chat's nicknames: a child's name and the relation ("<name>妈妈"), a
  surname and a kinship title alone on the line, after the flat number it may carry
  ("<door> <surname>姐"); and every quoted member on a system line ("“<name>”邀请
  “<name>”加入了群聊").

The greeting, title, role word, mark, closing and verb stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import SHAPES as ADDRESS_SHAPES
from redactor.core.detect.text.familiar_names import familiar_names
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.detect.text.nickname_lines import nickname_line
from redactor.core.detect.text.prose_persons import cn_name_end
from redactor.core.detect.text.surname_forms import surname_forms
from redactor.core.models import Category

RULE = "message_addressee"
_SCORE = 0.7
_TABLE = table("messages")
_NAMES = table("names")
_SHAPES = patterns("messages", "shapes")
_GIVEN = frozenset(_NAMES["free_text"]["given"])
_HONORIFICS = tuple(_NAMES["honorifics"]["chinese"])
_ADDRESSING = _TABLE["addressing"]
_AFTER_NAME = re.compile(
    words_pattern(_ADDRESSING["after_name"] + _ADDRESSING["possessions"] + _ADDRESSING["relations"])
)
#: The titles among the words after a name (not a greeting, a possession or a relation).
_TITLES = frozenset(_ADDRESSING["after_name"]) - frozenset(_ADDRESSING["greetings"])
_KIN_TITLES = sorted(_ADDRESSING["kin_titles"], key=len, reverse=True)
_NICKNAME_DOOR = _SHAPES["nickname_door"]
#: The mark after a salutation: a comma, a colon, an exclamation.
_SALUTATION_MARKS = frozenset("，,：:!！")
_GROUP_EVENT = re.compile(rf"(?i){words_pattern(_TABLE['group_events']['words'])}")
# A member's nickname quoted on a system line, in any quotes.
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{1,24})[”\"」』]")
_MARKS = words_pattern(_ADDRESSING["recipient_marks"])
_MARK_AT_END = re.compile(rf"\s*(?:{_MARKS})\s*$")
_SIGN_OFF = re.compile(rf"(?:{words_pattern(_ADDRESSING['sign_offs'])})\s*[:：]?\s*")
_CLOSINGS = _ADDRESSING["closings"]
_CLOSINGS_ALONE = _ADDRESSING["closings_alone"]
# A closing and its comma (a Chinese one may stand with no mark after it).
_CLOSING = re.compile(
    rf"(?i)\s*(?:(?:{words_pattern([w for w in _CLOSINGS if w.isascii()])})\s*[,，]"
    rf"|(?:{words_pattern([w for w in _CLOSINGS if not w.isascii()] + _CLOSINGS_ALONE)})"
    r"\s*[,，!！]?"
    rf"|(?:{words_pattern(_ADDRESSING['closings_from'])})[ \t]+(?=[^\W\d_]))\s*"
)
_JOINED = _SHAPES["writers_joined"]
_KISSES = _SHAPES["kisses"]
# Capitalised Latin words, accented letters too (a German or French writer: "Jérôme").
_EN_WRITER = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*\.?(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*\.?){0,2}"
)
_ROLE_SUFFIXES = _NAMES["roles"]["suffixes"]
_ROLE = re.compile(
    rf"(?:{words_pattern(_TABLE['roles']['words'])}"
    rf"|[{_ROLE_SUFFIXES}])\s*[:：]?\s*"
)
_PLACING = re.compile(words_pattern(_TABLE["placing"]["verbs"]))
_DOOR = ADDRESS_SHAPES["cn_door"]
_CLAUSE_END = ADDRESS_SHAPES["clause_end"]
_CUT_MOBILE = _SHAPES["cut_mobile"]
# A chat's mention mark (not the "@" inside an e-mail address).
_AT = re.compile(r"(?<![A-Za-z0-9._%+\-])[@＠]")
#: A Chinese given name is one or two characters after the surname (three after a
#: run of the whole sentence's start).
_GIVEN_MAX = 2
_RUN_MAX = 4
#: Characters that open a phrase: a name may start right after one.
_OPENERS = "】]）)》>:：,，。;；!！?？ \u3000"


def message_words(text: str) -> Iterator[Span]:
    """Spans of ``text`` (one line of a message or a letter) that are a person's data."""
    seen: set[tuple[int, int, Category]] = set()
    for s in _message_words(text):
        # Two readings may find the same name ("<name>爸爸": a surname's and a nickname's).
        if (s.start, s.end, s.category) not in seen:
            seen.add((s.start, s.end, s.category))
            yield s


def _message_words(text: str) -> Iterator[Span]:
    yield from _names_before_words(text)
    yield from _names_after_roles(text)
    yield from _addressee_lines(text)
    yield from _signatures(text)
    yield from _closing_then_name(text)
    yield from _placed_addresses(text)
    yield from _kin_nickname(text)
    yield from _kin_salutation(text)
    yield from _quoted_members(text)
    yield from _mentions(text)
    yield from familiar_names(text)
    yield from surname_forms(text)
    yield from nickname_line(text)
    for m in _CUT_MOBILE.finditer(text):
        yield Span(m.start(), m.end(), Category.PHONE, _SCORE, RULE)


def a_chats_line(text: str) -> bool:
    """A line only a group chat prints: a member's event ("“<name>”邀请…加入了群聊"),
    a message for "@<name>", a nickname with its relation or kinship word."""
    return bool(_GROUP_EVENT.search(text) or _AT.match(text.lstrip()) or addressed_only(text))


def addressed_only(text: str) -> bool:
    """The line is a person as a message addresses them and nothing more: the names
    found here, then words of greeting, title or relation ("<name>妈妈", "<name>老师"),
    a group chat's nickname line. Nothing else on it is anyone's."""
    spans = list(message_words(text))
    if not spans:
        return False
    rest = list(text)
    for s in spans:
        rest[s.start : s.end] = " " * (s.end - s.start)
    words = _AFTER_NAME.sub(" ", "".join(rest))
    return not any(c.isalnum() for c in words)


def _mentions(text: str) -> Iterator[Span]:
    """A chat's "@<name>": the mark and the name after it (up to four Chinese
    characters, fail closed: the message's words may follow with no space; a Latin
    name to the next space)."""
    for m in _AT.finditer(text):
        p = end = m.end()
        if p < len(text) and is_cjk(text[p]):
            # the words may follow with no space: as long a name as Chinese names run
            while end < len(text) and is_cjk(text[end]) and end - p < _RUN_MAX:
                end += 1
        else:
            while end < len(text) and not text[end].isspace() and text[end] not in _OPENERS:
                end += 1
        if end > p:
            yield Span(m.start(), end, Category.NAME, _SCORE, RULE)


def _opens(text: str, p: int) -> bool:
    return p == 0 or text[p - 1] in _OPENERS or not is_cjk(text[p - 1])


def _name_before(text: str, end: int) -> int | None:
    """Where a name that ends at ``end`` starts, if one does."""
    run = end
    while run > 0 and is_cjk(text[run - 1]) and end - run < _RUN_MAX:
        run -= 1
    # From a phrase's start, the whole run is the name if a surname opens it.
    if _opens(text, run) and (s := surname_length(text, run, end)) and end - run - s <= 3:
        return run
    # Else, glued in a sentence: a surname and given-name characters only.
    for given in range(_GIVEN_MAX, 0, -1):
        for surname in (2, 1):
            p = end - given - surname
            if p < 0 or surname_length(text, p, end) != surname:
                continue
            if all(c in _GIVEN for c in text[p + surname : end]):
                return p
    return None


def _plausible(name: str) -> bool:
    return not boilerplate(name) and not default_lexicon().find(name)


def _names_before_words(text: str) -> Iterator[Span]:
    for m in _AFTER_NAME.finditer(text):
        # A title may stand a space after the name ("<class> <name> 同学:" heading a
        # certificate or a letter); a greeting or a possession is glued to it.
        stop = _before_spaces(text, m.start()) if m.group(0) in _TITLES else m.start()
        p = _name_before(text, stop)
        if p is None or not _plausible(text[p:stop]):
            continue
        # A surname alone with the title it is called by ("<surname>师傅") is how the
        # person is known: both are masked, as a neighbour's "<surname>阿姨" is.
        bare = surname_length(text, p, stop) == stop - p
        end = m.end() if bare and m.group(0) in _TITLES else stop
        yield Span(p, end, Category.NAME, _SCORE, RULE)


def _before_spaces(text: str, p: int) -> int:
    """Where the run of spaces ending at ``p`` starts, if CJK text stands before it."""
    q = p
    while q > 0 and text[q - 1] in " \u3000":
        q -= 1
    return q if q < p and q > 0 and is_cjk(text[q - 1]) else p


def _names_after_roles(text: str) -> Iterator[Span]:
    for m in _ROLE.finditer(text):
        if len(m.group(0).strip(" :：")) == 1 and not _a_role_suffix(text, m):
            continue
        q = cn_name_end(text, m.end()) or _surname_ending_the_line(text, m.end())
        if q is None:
            continue
        if _plausible(text[m.end() : q]) and not _not_a_person(text, m.start(), m.end()):
            yield Span(m.end(), q, Category.NAME, _SCORE, RULE)


def _surname_ending_the_line(text: str, p: int) -> int | None:
    """A surname alone at the line's end after a role word: the given name wrapped to
    the next line or went unread; the surname is masked (fail closed)."""
    surname = surname_length(text, p)
    return len(text) if surname and not text[p + surname :].strip() else None


def _a_role_suffix(text: str, m: re.Match[str]) -> bool:
    """A role's last character ends a role word before it, or opens the line with a
    colon after it (its word wrapped from the line above)."""
    if m.start() == 0:
        return bool(re.search("[:：]", m.group(0)))
    return is_cjk(text[m.start() - 1])


def name_after_a_wrapped_role(above: str, text: str) -> Span | None:
    """The name opening ``text`` when the line above it, of the same message, ends with
    a role word ("…快递员" / "<name> <mobile>")."""
    role = next((m for m in _ROLE.finditer(above) if m.end() == len(above.rstrip())), None)
    if role is None or _not_a_person(above, role.start(), role.end()):
        return None
    if len(role.group(0).strip(" :：")) == 1 and not (role.start() and _a_role_suffix(above, role)):
        return None
    start = len(text) - len(text.lstrip())
    q = cn_name_end(text, start)
    if q is None or not _plausible(text[start:q]):
        return None
    return Span(start, q, Category.NAME, _SCORE, RULE)


def _not_a_person(text: str, start: int, end: int) -> bool:
    """The lexicon knows the word ending at ``end`` as a label of no person's value."""
    word_start = start
    while word_start > 0 and is_cjk(text[word_start - 1]) and start - word_start < 3:
        word_start -= 1
    role = text[word_start:end].strip(" :：")
    return any(x.end == len(role) and x.kind.category is None for x in default_lexicon().find(role))


def _kin_nickname(text: str) -> Iterator[Span]:
    """A nickname line: a surname and a kinship title, alone or after a flat number."""
    door = _NICKNAME_DOOR.match(text.strip())
    lead = len(text) - len(text.lstrip())
    start = lead + door.end() if door else lead
    if door and not text[start : start + 1].isspace():
        return  # the digits run on into the words: no flat number apart
    name = text[start:].strip()
    start = text.index(name, start) if name else start
    title = next((t for t in _KIN_TITLES if name.endswith(t)), None)
    if title is None or not all(is_cjk(c) for c in name):
        return
    surname = surname_length(name)
    if not surname or surname != len(name) - len(title) or not _plausible(name):
        return
    yield Span(start, start + len(name), Category.NAME, _SCORE, RULE)
    if door:
        yield Span(lead, lead + door.end(), Category.DOOR, _SCORE, RULE)


def _kin_salutation(text: str) -> Iterator[Span]:
    """A card or a note opening on the reader as a surname and a kinship title, then
    its mark ("<surname>阿姨，…", "<surname>叔叔:"): the surname is masked, the title
    stays readable."""
    p = len(text) - len(text.lstrip())
    surname = surname_length(text, p)
    if not surname:
        return
    q = p + surname
    title = next((t for t in _KIN_TITLES if text.startswith(t, q)), None)
    if title is None:
        return
    end = q + len(title)
    if text[end : end + 1] == title[-1]:
        end += 1  # the title doubled, as one calls an uncle ("叔叔")
    if text[end : end + 1] in _SALUTATION_MARKS:
        yield Span(p, q, Category.NAME, _SCORE, RULE)


def _quoted_members(text: str) -> Iterator[Span]:
    """Every quoted run on a group chat's system line (a member invited, removed)."""
    if _GROUP_EVENT.search(text) is None:
        return
    for m in _QUOTED.finditer(text):
        if m.group(1).strip():
            yield Span(m.start(1), m.end(1), Category.NAME, _SCORE, RULE)


def _addressee_lines(text: str) -> Iterator[Span]:
    """A line that is a name and an addressee's mark, or a name and an honorific only."""
    mark = _MARK_AT_END.search(text)
    body = text[: mark.start()] if mark else text
    start = len(body) - len(body.lstrip())
    stripped = body.strip()
    honorific = next((h for h in _HONORIFICS if h in stripped), None)
    if mark is None and honorific is None:
        return
    core = stripped.split(honorific)[0].rstrip("(（ ") if honorific else stripped
    if not core or not all(is_cjk(c) for c in core) or len(core) > _RUN_MAX:
        return
    if not surname_length(core) or not _plausible(core):
        return
    if honorific and stripped.replace(core, "", 1).strip("()（） ") != honorific:
        return
    yield Span(start, start + len(stripped), Category.NAME, _SCORE, RULE)


def is_addressee_line(text: str) -> bool:
    """The line is a Chinese name and an addressee's mark ("<name> 收"): an envelope's
    or a window's addressee."""
    return _MARK_AT_END.search(text) is not None and any(True for _ in _addressee_lines(text))


def is_closing(text: str) -> bool:
    """The line is a closing alone ("Kind regards,", "此致敬礼"): the writer signs under it."""
    return _CLOSING.fullmatch(text) is not None


def writer_name(text: str) -> Span | None:
    """The whole of ``text`` when it is a writer's name as signed under a closing: one to
    three capitalised words, or a common surname and up to three characters."""
    t = text.strip()
    start = len(text) - len(text.lstrip())
    if not t or not _plausible(t) or is_business(t):
        return None
    cjk = all(is_cjk(c) for c in t) and surname_length(t) and len(t) <= _RUN_MAX
    if cjk or _EN_WRITER.fullmatch(t):
        return Span(start, start + len(t), Category.NAME, _SCORE, RULE)
    return None


def _closing_then_name(text: str) -> Iterator[Span]:
    """The writer's name after a closing on its line ("Thanks, <name>")."""
    m = _CLOSING.match(text)
    if m is None or m.end() >= len(text.rstrip()):
        return
    rest = text[m.end() :].rstrip(" .!！")
    span = writer_name(rest)
    if span is not None:
        yield Span(m.end() + span.start, m.end() + span.end, Category.NAME, _SCORE, RULE)
        return
    yield from _joined_writers(text, m.end(), len(_KISSES.sub("", rest)) + m.end())


def _joined_writers(text: str, start: int, end: int) -> Iterator[Span]:
    """A card signed by several after one closing ("<name> & the kids xx"): each part
    between the joiners that is a writer's name; a part that is none ("the kids")
    stays readable, and so does the line when its first part is none."""
    at = start
    parts = []
    for j in _JOINED.finditer(text, start, end):
        parts.append((at, j.start()))
        at = j.end()
    parts.append((at, end))
    if len(parts) < 2 or writer_name(text[parts[0][0] : parts[0][1]]) is None:
        return
    for a, b in parts:
        span = writer_name(text[a:b])
        if span is not None:
            yield Span(a + span.start, a + span.end, Category.NAME, _SCORE, RULE)


def before_addressee_mark(text: str) -> int:
    """Where an addressee's mark ending ``text`` starts ("<name> 收"), else its length."""
    mark = _MARK_AT_END.search(text)
    return mark.start() if mark and text[: mark.start()].strip() else len(text)


def _signatures(text: str) -> Iterator[Span]:
    for m in _SIGN_OFF.finditer(text):
        rest = text[m.end() :].rstrip()
        cjk = bool(rest) and len(rest) <= _RUN_MAX and all(is_cjk(c) for c in rest)
        if cjk and surname_length(rest) and _plausible(rest):
            yield Span(m.end(), m.end() + len(rest), Category.NAME, _SCORE, RULE)


def _placed_addresses(text: str) -> Iterator[Span]:
    for m in _PLACING.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        doors = [d for d in _DOOR.finditer(text, m.end(), stop) if d.end() > d.start()]
        doors = [d for d in doors if has_digit(d.group(0))]
        if not doors:
            continue
        last = doors[-1]
        if last.start() > m.end():
            yield Span(m.end(), last.start(), Category.ADDRESS, _SCORE, RULE)
        yield Span(last.start(), last.end(), Category.DOOR, _SCORE, RULE)
