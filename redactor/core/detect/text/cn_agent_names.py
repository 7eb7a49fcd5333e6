"""A person named as the one who did something, in a Chinese event line: "快件已由
<name>派送,电话<phone>", "已由<name>签收", "与<name>当面沟通", "<name>捐助了20元".

A parcel's tracking events (an order screenshot, a text message) and a service's
record name the courier or the signer inside the sentence, after 由 ("by") and right
before the act (``[prose] cn_agent_acts``), with no space or mark. A report names the
one an official met or spoke with the same way, after 与/向 ("with", "to") and before
the act of meeting or talking (``cn_partner_markers``, ``cn_partner_acts``). The name
is what stands between them when a common surname opens it; a role ("快递员", "前台"),
a relative or "本人" is no name.

A giving page's feed (a fundraiser, a donation list) names the giver at the head of
the line, before the act and its sum (``cn_giver_acts``): a giver goes by a nickname
or a starred name as often as by a full name, so whatever short run stands there is
masked (failing closed) unless it says no one ("爱心人士", "匿名"). The feed's other
acts ("<name>更新了进展", ``cn_feed_acts``) follow a name that opens with a common
surname. The sentence's words, the acts and the sums stay readable.

An agreement or a court's paper names its parties inside its clauses after their
party word ("男方<name>与女方<name>…", "乙方<name>确认…"; ``cn_party_words``), the name
glued on and ended by the clause's next word or a mark (``cn_party_acts``) or the line's
end. The party word stays readable, and one followed by its verb ("甲方同意") names no
one: only a common surname and given-name characters make the run a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.free_text_words import cn_glued_name_end
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.models import Category

RULE = "cn_agent_name"
_SCORE = 0.7
_NAMES = table("names")
_PROSE = _NAMES["prose"]
_KIN = frozenset(_NAMES["kinship"]["words"]) | frozenset(_NAMES["kinship"]["familiar"])
_NO_GIVER = frozenset(_PROSE["cn_giver_no_one"]) | _KIN


def _between(markers: str, acts: str) -> re.Pattern[str]:
    # The marker, then two to four characters, then the act: bounded, linear.
    return re.compile(
        rf"(?:{words_pattern(_PROSE[markers])})"
        rf"(?P<n>[{CJK}]{{2,4}}?)(?:{words_pattern(_PROSE[acts])})"
    )


_AGENT = _between("cn_agent_markers", "cn_agent_acts")
_PARTNER = _between("cn_partner_markers", "cn_partner_acts")
# Who approved or is in charge ("经<name>同意"), where to collect ("在<name>处领取").
_SANCTION = _between("cn_sanction_markers", "cn_sanction_acts")
_PLACE = _between("cn_place_markers", "cn_place_acts")
# A party word, a short run, then what follows a name in the clause, or the line's end.
_PARTY = re.compile(
    rf"(?:{words_pattern(_PROSE['cn_party_words'])})"
    rf"(?P<n>[{CJK}]{{2,4}}?)(?:{words_pattern(_PROSE['cn_party_acts'])}|\s*$)"
)
# The head of a feed's line: a short run (a nickname may hold Latin letters, digits
# or a star), a space at most, then the act; a giver's act is followed by its sum.
_HEAD = rf"^\s*(?P<n>[{CJK}A-Za-z0-9*＊]{{2,8}}?)\s?"
_GIVER = re.compile(rf"{_HEAD}(?:{words_pattern(_PROSE['cn_giver_acts'])})\s*[¥￥]?\d")
_FEED = re.compile(rf"{_HEAD}(?:{words_pattern(_PROSE['cn_feed_acts'])})")


def cn_agent_names(text: str) -> Iterator[Span]:
    for m in _AGENT.finditer(text):
        name = m.group("n")
        if not surname_length(name) or name in _KIN or boilerplate(name):
            continue
        if _role(name):
            continue
        yield _span(m)


def cn_actor_names(text: str) -> Iterator[Span]:
    """The one met or spoken with, and a feed's givers and posters: names inside a
    sentence or a feed's row, run after the person blocks (they start none)."""
    # After "with" or at a feed's head the run may be any word ("与相关部门沟通"): only
    # a common surname and given-name characters make it a name.
    found = (_PARTNER, _SANCTION, _PLACE, _FEED, _PARTY)
    for m in (f for pattern in found for f in pattern.finditer(text)):
        if cn_glued_name_end(text, m.start("n"), m.end("n")) == m.end("n"):
            yield _span(m)
    giver = _GIVER.match(text)
    if giver is not None:
        name = giver.group("n")
        if name not in _NO_GIVER and not boilerplate(name) and not _role(name):
            yield _span(giver)


def _role(name: str) -> bool:
    # A role, a business or a label that opens like a name ("快递员").
    return is_business(name) or bool(default_lexicon().find(name))


def _span(m: re.Match[str]) -> Span:
    return Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)
