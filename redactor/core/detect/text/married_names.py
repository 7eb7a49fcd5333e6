"""A married woman named by her husband's surname and her own: "<surname>门<surname>氏".

A memorial tablet, a temple's register of the dead or a genealogy names a wife or a
mother as "陈门李氏" (of the Chen family, born a Li), with no given name and often no
label (the tablet's line runs "先妣<name>往生莲位"). Both surnames are common ones
(names.toml ``[surnames] single``), so words that merely hold 门 and 氏 name no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import CN_SURNAMES
from redactor.core.models import Category

RULE = "married_name"
_SCORE = 0.7
_SURNAME = "[" + "".join(sorted(CN_SURNAMES)) + "]"
_MARRIED = patterns("names", "married_names", surname=_SURNAME)["married"]


def married_names(text: str) -> Iterator[Span]:
    for m in _MARRIED.finditer(text):
        yield Span(m.start(), m.end(), Category.NAME, _SCORE, RULE)
