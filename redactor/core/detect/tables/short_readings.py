"""A short Latin label (five to seven letters) as OCR reads it on a photo: one letter
lost ("Adress", "Witnes") or misread ("Ernail"). Such readings collide with ordinary
words far more often than a long label's do ("Door" is "Donor" less a letter), so one
counts only as the line's first word right before its colon, when what follows the
colon has the shape of the label's kind (``tables/layout.toml
[short_label_values]``): the shape of a field, "Door: 12" is never taken for a donor.
Only personal kinds read so (a lost reading of a date's label would give its value
back); readings that are forms, a long label's readings, or shared by two kinds are
left out, as for long labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from redactor.core.detect.tables.label_finder import LabelForm
from redactor.core.detect.tables.lost_letters import (
    MIN_LETTERS,
    latin_word_key,
    lost_letters,
    unambiguous_readings,
)
from redactor.core.detect.tables.misread_letters import misreadings
from redactor.core.detect.tables.short_values import SHAPE_OF

MIN_SHORT = 5  # a four-letter label less a letter is three letters: any word's


def _short_latin(key: str, form: LabelForm) -> bool:
    return MIN_SHORT <= len(key) < MIN_LETTERS and latin_word_key(key)


def _readings(key: str, form: LabelForm) -> Iterable[tuple[str, frozenset[int]]]:
    yield from lost_letters(key, form)
    yield from misreadings(key, form)


def short_reading_keys(
    forms: Mapping[str, LabelForm], taken: Mapping[str, LabelForm]
) -> dict[str, LabelForm]:
    """Keys for the short Latin ``forms`` with one letter lost or misread, each mapped
    to its form marked short; readings in ``taken`` (a long label's) are left out."""
    return {
        key: replace(form, short=True)
        for key, form in unambiguous_readings(forms, _readings, _short_latin).items()
        if key not in taken and form.label.kind in SHAPE_OF
    }
