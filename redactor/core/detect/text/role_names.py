"""A staff or party role, then a person's name, with no colon between them.

Chinese forms print the person who read a meter, chased a payment or checked a
document as a role word glued to (or a space before) the name. The role words are
productive (what the person does, then a role suffix), so the field lexicon cannot
list them all, and OCR misreads a character of one as often as of a name. A line that
opens with such a word, then a name that starts with a common surname and ends the
line (or a space ends it), is that person's name; the role word stays readable.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.text.names import SHAPES, is_business, starts_with_surname
from redactor.core.models import Category

RULE = "role_name"
_SCORE = 0.7
_ROLE_NAME = SHAPES["role_name"]


def role_names(text: str) -> Iterator[Span]:
    m = _ROLE_NAME.match(text)
    if m is None:
        return
    name = m.group("n")
    if not starts_with_surname(name) or boilerplate(name) or is_business(text):
        return
    if default_lexicon().find(name) or _not_a_person(m.group("role")):
        return  # a label follows the word ("…人电话"), or the word names no person
    yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _not_a_person(role: str) -> bool:
    """The lexicon knows the role word as a label whose value is no person's."""
    return any(
        m.start == 0 and m.end == len(role) and m.kind.category is None
        for m in default_lexicon().find(role)
    )
