"""A form's numbered section or field title: printed words, never a value.

Forms number their sections and fields ("2  Your partner", "4 When should we
start?", "2.6 Email"). Such a line holds no value: its words say what the part
below is about. A step that masks whole lines (a person's block, an address shape
the number opens, a value a label over it announces) takes it for one; the last
merge rule (``label_trim``) gives it back.

A numbered line is a title only when its words read as one: sentence case (the
first word capitalised, the others not: a person's name or a street is capitalised
word by word), or wholly a label the field lexicon knows. A line that reads as an
address or a name, or a personal label with words after it (its value), is no title.
"""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.detect.text.floor_side_doors import floor_side_doors
from redactor.core.detect.text.names import looks_like_person_name

_NUMBERED_TITLE = patterns("layout", "section_titles")["numbered_title"]
_ENDS = " ?？:：."
#: Sentence case needs a word after the first: one capitalised word after a number
#: may be a list's surname.
_SENTENCE_WORDS = 2


def numbered_title(text: str) -> bool:
    """``text`` is a section's or a field's number and its title, nothing else."""
    numbered = _NUMBERED_TITLE.fullmatch(text)
    if numbered is None:
        return False
    title = numbered["title"]
    words = title.split()
    if not words[0][:1].isupper() or looks_like_address(text) or looks_like_person_name(title):
        return False
    if floor_side_doors(text):
        return False  # "2. OG rechts": a flat's floor and side, no section's number
    found = default_lexicon().find(title)
    ends = [m.start for m in found[1:]] + [len(title)]
    for m, end in zip(found, ends[: len(found)], strict=True):
        after = title[m.value_start : end].strip(_ENDS)
        if m.kind.category is not None and after and not boilerplate(after):
            return False  # a personal label with words after it: a field and its value
    if _sentence_case(words):
        return True
    labels = printed_labels(title)
    return len(labels) == 1 and labels[0].start == 0 and not title[labels[0].end :].strip(_ENDS)


def _sentence_case(words: list[str]) -> bool:
    return len(words) >= _SENTENCE_WORDS and all(not w[:1].isupper() for w in words[1:])
