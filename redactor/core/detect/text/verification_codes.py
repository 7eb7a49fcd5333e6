"""The code in a certificate's verification link: the holder's record, by its key.

A diploma, a course certificate or an award prints a link to check it
("Vérification : https://…/verif/H4NL68G8"); the link's last path part, after a
path word saying it checks, looks the holder up and is masked as their number. The
host and the path's words stay readable, and a link that checks nothing (a shop's
product page) is left alone (numbers.toml ``[id_numbers] verification_link``).
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "verification_code"
_SCORE = 0.8
_LINK = patterns("numbers", "id_numbers")["verification_link"]


def verification_codes(text: str) -> Iterator[Span]:
    if "/" not in text:
        return
    for m in _LINK.finditer(text):
        yield Span(m.start("code"), m.end("code"), Category.ID_NUMBER, _SCORE, RULE)
