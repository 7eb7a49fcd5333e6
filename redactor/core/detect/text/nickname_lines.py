"""A group chat's member nickname: the child's name and the parent's relation.

A class's or a neighbourhood's group chat lists its members by nickname, each alone
in a grid cell: the child's name, then who the member is to the child ("<name>爸爸",
"<name>妈", "<name>家长"). The child's name there is often a given name only or a pet
name, with no surname to tell it by, so the line's whole shape decides: one to four
Chinese characters, then a relation, and nothing else on the line. Generic words
before a relation ("孩子妈妈", "学生家长") name no child (tables/messages.toml
``[nicknames]``). The relation stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.models import Category

RULE = "nickname_line"
_SCORE = 0.7
_TABLE = table("messages")
_RELATIONS = _TABLE["addressing"]["relations"] + _TABLE["nicknames"]["short_relations"]
_NOT_CHILDREN = tuple(_TABLE["nicknames"]["not_children"])
_NOT_CHILD_ENDINGS = tuple(_TABLE["nicknames"]["not_child_endings"])
#: A child's name or pet name: one to four Han characters (a compound surname and
#: two given characters at most).
_RELATION = re.compile(words_pattern(_RELATIONS))
_LINE = re.compile(rf"\s*([\u4e00-\u9fff]{{1,4}}?)(?:{words_pattern(_RELATIONS)})\s*")


def nickname_line(text: str) -> Iterator[Span]:
    m = _LINE.fullmatch(text)
    if m is None or not _a_child(m.group(1), text[m.end(1) : m.end()].strip()):
        return
    yield Span(m.start(1), m.end(1), Category.NAME, _SCORE, RULE)


def _a_child(child: str, relation: str) -> bool:
    # One character before a one-character relation is a kinship word ("姨妈", "老爸").
    if len(relation) == 1 and len(child) < 2:
        return False
    if child in _NOT_CHILDREN or child.endswith(_NOT_CHILD_ENDINGS) or _RELATION.search(child):
        return False
    return not any(len(w) > 1 and child.startswith(w) for w in _NOT_CHILDREN)
