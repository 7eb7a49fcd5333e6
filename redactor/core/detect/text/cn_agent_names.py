"""A person named as the one who did something, in a Chinese event line: "快件已由
<name>派送,电话<phone>", "已由<name>签收".

A parcel's tracking events (an order screenshot, a text message) and a service's
record name the courier or the signer inside the sentence, after 由 ("by") and right
before the act (``[prose] cn_agent_acts``), with no space or mark. The name is what
stands between them when a common surname opens it; a role ("快递员", "前台"), a
relative or "本人" is no name. The sentence's words stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.models import Category

RULE = "cn_agent_name"
_SCORE = 0.7
_NAMES = table("names")
_KIN = frozenset(_NAMES["kinship"]["words"]) | frozenset(_NAMES["kinship"]["familiar"])
# 由 ("by"), then two to four characters, then the act: bounded, linear in the line.
_AGENT = re.compile(
    rf"(?:{words_pattern(_NAMES['prose']['cn_agent_markers'])})"
    rf"(?P<n>[{CJK}]{{2,4}}?)(?:{words_pattern(_NAMES['prose']['cn_agent_acts'])})"
)


def cn_agent_names(text: str) -> Iterator[Span]:
    for m in _AGENT.finditer(text):
        name = m.group("n")
        if not surname_length(name) or name in _KIN or boilerplate(name):
            continue
        if is_business(name) or default_lexicon().find(name):
            continue  # a role or a label that opens like a name ("快递员")
        yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)
