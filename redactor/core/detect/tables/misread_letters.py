"""A long Latin label as OCR misreads it on a photo or a scan: letters whose shapes
run together or look alike ("rn" read as "m", "c" as "e"), listed in
``tables/layout.toml [ocr_misreads]``. As with a lost letter (lost_letters.py), each
reading is added under the form's own kind, unless it is a form itself or two forms
of different kinds share it; the first letter always stays, and one misreading a
reading, so a misread label never becomes another word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from redactor.core.detect.tables.label_finder import LabelForm
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.lost_letters import unambiguous_readings

#: "seen>read": the letters printed, then what OCR reads for them.
CONFUSIONS: tuple[tuple[str, str], ...] = tuple(
    (seen, read)
    for seen, _, read in (p.partition(">") for p in table("layout")["ocr_misreads"]["pairs"])
)


def _shifted(breaks: frozenset[int], at: int, seen: int, read: int) -> frozenset[int]:
    """The form's space positions once ``seen`` letters at ``at`` read as ``read``."""
    if not breaks:  # most forms are one word: nothing to shift
        return breaks
    return frozenset(b + read - seen if b >= at + seen else b for b in breaks)


def misread_keys(
    forms: Mapping[str, LabelForm],
    confusions: tuple[tuple[str, str], ...] = CONFUSIONS,
) -> dict[str, LabelForm]:
    """Keys for the long Latin ``forms`` with one confusion applied (not at the first
    letter, not across a space), each mapped to its form; readings that are forms
    themselves or that two kinds share are left out."""
    return unambiguous_readings(forms, lambda key, form: misreadings(key, form, confusions))


def misreadings(
    key: str, form: LabelForm, confusions: tuple[tuple[str, str], ...] = CONFUSIONS
) -> Iterable[tuple[str, frozenset[int]]]:
    """``key`` with one confusion applied (not at the first letter, not across a
    space), each with the form's space positions shifted."""
    for seen, read in confusions:
        at = key.find(seen, 1)
        while at != -1:
            if not any(at < b < at + len(seen) for b in form.breaks):
                reading = key[:at] + read + key[at + len(seen) :]
                yield reading, _shifted(form.breaks, at, len(seen), len(read))
            at = key.find(seen, at + 1)
