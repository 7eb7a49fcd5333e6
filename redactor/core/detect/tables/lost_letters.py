"""A long Latin label as OCR reads it on a photo: one letter lost ("Techncian",
"Nationalty", "Card on file endin"). Each such reading is added to the lookup
under the form's own kind, unless it is a form itself or two forms of different
kinds lose a letter to the same reading; the first letter always stays, so a lost
letter never turns one word into another word's start."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from redactor.core.detect.tables.label_finder import LabelForm
from redactor.core.detect.tables.label_kinds import ValueKind

# Shorter words lose a letter into other words too often ("county" from "country").
MIN_LETTERS = 8


def latin_word_key(key: str) -> bool:
    return all("a" <= c <= "z" or ("\u00c0" <= c <= "\u024f" and c.isalpha()) for c in key)


def _shifted(breaks: frozenset[int], lost: int) -> frozenset[int]:
    """The form's space positions once the letter at ``lost`` is gone."""
    if not breaks:  # most forms are one word: nothing to shift
        return breaks
    return frozenset(b - 1 if lost < b else b for b in breaks)


def lost_letter_keys(forms: Mapping[str, LabelForm]) -> dict[str, LabelForm]:
    """Keys for the long Latin ``forms`` with one letter (not the first) lost, each
    mapped to its form, its space positions shifted; readings that are forms
    themselves or that two kinds share are left out."""
    return unambiguous_readings(forms, lost_letters)


def lost_letters(key: str, form: LabelForm) -> Iterable[tuple[str, frozenset[int]]]:
    for lost in range(1, len(key)):
        if key[lost] != key[lost - 1]:  # "aplication" from "application" once, not twice
            yield key[:lost] + key[lost + 1 :], _shifted(form.breaks, lost)


#: A long Latin form's key and form -> its readings, each with its space positions.
Readings = Callable[[str, LabelForm], Iterable[tuple[str, frozenset[int]]]]


def long_latin(key: str, form: LabelForm) -> bool:
    return len(key) >= MIN_LETTERS and latin_word_key(key)


def unambiguous_readings(
    forms: Mapping[str, LabelForm],
    readings: Readings,
    read: Callable[[str, LabelForm], bool] = long_latin,
) -> dict[str, LabelForm]:
    """The ``readings`` of each form ``read`` picks (the long Latin ones), mapped to
    that form; readings that are forms themselves, or that forms of two kinds share,
    are left out."""
    found: dict[str, LabelForm] = {}
    kinds: dict[str, set[ValueKind]] = {}
    for key, form in forms.items():
        if not read(key, form):
            continue
        for reading, breaks in readings(key, form):
            if reading in forms:
                continue
            kinds.setdefault(reading, set()).add(form.label.kind)
            found.setdefault(reading, LabelForm(form.label, breaks))
    return {k: f for k, f in found.items() if len(kinds[k]) == 1}
