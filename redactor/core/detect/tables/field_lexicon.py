"""The field lexicon: the labels printed on forms, and what kind of value each announces.

The labels are data (``tables/field_labels.toml``, Chinese and English, and
``tables/field_labels_latin.toml``, the other Latin-script languages of Europe),
checked here when loaded; a broken entry raises ``LexiconError`` naming the file and
the entry. ``label_finder`` finds
them in a line's text.
"""

from __future__ import annotations

import gc
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import cast

from redactor.core.detect.tables.label_finder import FieldLexicon, LabelForm, LabelMatch
from redactor.core.detect.tables.label_kinds import FieldLabel, Lang, ValueKind
from redactor.core.detect.tables.lost_letters import lost_letter_keys
from redactor.core.detect.tables.misread_letters import misread_keys
from redactor.core.detect.tables.short_readings import short_reading_keys
from redactor.core.detect.tables.text_folding import compact_text, fold, is_cjk, space_breaks

__all__ = [
    "FIELD_LABELS",
    "LATIN_LABELS",
    "FieldLabel",
    "FieldLexicon",
    "LabelMatch",
    "Lang",
    "LexiconError",
    "ValueKind",
    "default_lexicon",
    "load_lexicon",
]

FIELD_LABELS = Path(__file__).resolve().parent / "field_labels.toml"
LATIN_LABELS = FIELD_LABELS.with_name("field_labels_latin.toml")
_ENTRY_KEYS = frozenset({"forms", "kind", "lang", "strict", "notes"})
_DOMAIN = re.compile(r"[a-z][a-z_]*\Z")


class LexiconError(ValueError):
    """The lexicon file breaks its schema; the message names the file and the entry."""


def load_lexicon(*paths: Path) -> FieldLexicon:
    """Read and check lexicon files (the project's when none is given) as one lexicon;
    a broken file raises ``LexiconError``."""
    labels: list[FieldLabel] = []
    forms: dict[str, LabelForm] = {}
    places: dict[str, str] = {}  # key -> where it was first listed, for error messages
    for path in paths or (FIELD_LABELS, LATIN_LABELS):
        _load_file(path, labels, forms, places)
    with _collector_paused():
        # A photo's OCR loses or misreads a letter of a long label: its reading still
        # names the kind; a short label's reading, only where a field opens.
        readings = misread_keys(forms) | forms | lost_letter_keys(forms)
        return FieldLexicon(tuple(labels), short_reading_keys(forms, readings) | readings)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while the readings and their lookup are built:
    hundreds of thousands of new dicts, none garbage, would otherwise set off full
    collections that walk every one of them again, more than the building itself."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load_file(
    path: Path, labels: list[FieldLabel], forms: dict[str, LabelForm], places: dict[str, str]
) -> None:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path.name}: cannot be read as TOML: {exc}") from None
    for domain, table in data.items():
        for n, raw in enumerate(_domain_entries(path, domain, table), start=1):
            where = f"{path.name}: [{domain}] entry {n}"
            label = _entry(where, domain, raw)
            labels.append(label)
            for text in label.forms:
                key, _ = compact_text(fold(text))
                here = f"{where} ({text!r})"
                if not key:
                    raise LexiconError(f"{here}: the form has no letters")
                seen = forms.get(key)
                if seen is not None:
                    _check_repeat(here, places[key], seen.label, label)
                    forms[key] = LabelForm(seen.label, seen.breaks | space_breaks(fold(text)))
                else:
                    forms[key] = LabelForm(label, space_breaks(fold(text)))
                    places[key] = here


@cache
def default_lexicon() -> FieldLexicon:
    """The project's lexicon, loaded once."""
    return load_lexicon()


def _domain_entries(path: Path, domain: str, table: object) -> list[object]:
    if not _DOMAIN.match(domain) or not isinstance(table, dict):
        raise LexiconError(f"{path.name}: [{domain}] is not a domain table (lowercase name)")
    extra = set(table) - {"labels"}
    if extra:
        raise LexiconError(f"{path.name}: [{domain}] has unknown keys {sorted(extra)}")
    entries = table.get("labels")
    if not isinstance(entries, list) or not entries:
        raise LexiconError(f"{path.name}: [{domain}] needs a non-empty 'labels' list")
    return entries


def _entry(where: str, domain: str, raw: object) -> FieldLabel:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry is a table {{ lang, kind, forms }}")
    extra = set(raw) - _ENTRY_KEYS
    if extra:
        raise LexiconError(
            f"{where}: unknown keys {sorted(extra)} (allowed: {sorted(_ENTRY_KEYS)})"
        )
    forms = raw.get("forms")
    if not isinstance(forms, list) or not forms:
        raise LexiconError(f"{where}: 'forms' must be a non-empty list of strings")
    for text in forms:
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            raise LexiconError(f"{where}: form {text!r} is empty or has surrounding spaces")
    try:
        # Not a str (or missing): the lookup fails like an unknown name.
        kind = ValueKind(cast(str, raw.get("kind")))
    except ValueError:
        choose = ", ".join(k.value for k in ValueKind)
        raise LexiconError(
            f"{where}: unknown kind {raw.get('kind')!r} (choose from: {choose})"
        ) from None
    try:
        lang = Lang(cast(str, raw.get("lang")))
    except ValueError:
        langs = ", ".join(x.value for x in Lang)
        raise LexiconError(f"{where}: unknown lang {raw.get('lang')!r} ({langs})") from None
    for text in forms:
        if any(is_cjk(c) for c in text) != (lang is Lang.ZH):
            raise LexiconError(f"{where}: form {text!r} is not written in lang {lang.value!r}")
    strict, notes = raw.get("strict", False), raw.get("notes", "")
    if not isinstance(strict, bool) or not isinstance(notes, str):
        raise LexiconError(f"{where}: 'strict' is true or false and 'notes' is a string")
    return FieldLabel(tuple(forms), kind, domain, lang, strict, notes)


def _check_repeat(here: str, first: str, seen: FieldLabel, label: FieldLabel) -> None:
    """A form listed twice must mean the same thing, and only once per domain and
    language (two languages may share a word: "telefono", "destinatario")."""
    if seen.kind is not label.kind or seen.strict != label.strict:
        raise LexiconError(
            f"{here}: the form is also listed at {first} as {seen.kind.value}"
            f"{' (strict)' if seen.strict else ''}; one form, one kind"
        )
    if seen.domain == label.domain and seen.lang is label.lang:
        raise LexiconError(f"{here}: the form repeats {first} (after folding case, width, spaces)")
