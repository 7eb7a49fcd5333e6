"""A poster's tear-off strips each print "<given name> <phone>": once the phone is
known, the name on every strip is its holder's, and so is that name where the poster
prints it in its plea ("Appelez <name> au …")."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.registry import without
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import CHAR_W, LINE_H, make_line

PHONE = "06 52 18 40 93"


def _found(lines: list[OcrLine], recognizers=None) -> dict[str, set[str]]:
    kw = {} if recognizers is None else {"recognizers": recognizers}
    out: dict[str, set[str]] = {}
    for k, spans in text_spans(lines, **kw).items():
        for s in spans:
            out.setdefault(s.category.value, set()).add(lines[k].text[s.start : s.end])
    return out


def _poster(strip: str, copies: int = 5) -> list[OcrLine]:
    lines = [
        make_line("PERDU CHIEN", x=300, y=80),
        make_line("Filou, petit chien roux, très gentil. Disparu près de la gare.", x=60, y=300),
        make_line(f"Appelez Rowena au {PHONE}", x=60, y=520),
        make_line("Récompense 50 €", x=300, y=740),
    ]
    return lines + [_upright(strip, x=60 + 100 * n, y=960) for n in range(copies)]


def _upright(text: str, x: float, y: float) -> OcrLine:
    """A strip printed upright, read top to bottom (its box turned a quarter)."""
    chars = tuple(
        Quad(
            (
                (x + LINE_H, y + i * CHAR_W),
                (x + LINE_H, y + (i + 1) * CHAR_W),
                (x, y + (i + 1) * CHAR_W),
                (x, y + i * CHAR_W),
            )
        )
        for i in range(len(text))
    )
    bottom = y + len(text) * CHAR_W
    quad = Quad(((x + LINE_H, y), (x + LINE_H, bottom), (x, bottom), (x, y)))
    return OcrLine(text, 0.95, quad, chars)


# The plea's "Appelez <name> au <phone>" is also read by the called_name step; these
# tests set it aside to see what the strips alone tell.
_STRIPS_ALONE = without("called_name")


def test_the_name_on_each_strip_and_in_the_plea_is_masked() -> None:
    lines = _poster(f"Rowena {PHONE}")
    names = _found(lines, _STRIPS_ALONE).get("name", set())
    assert names == {"Rowena"}
    spans = text_spans(lines, recognizers=_STRIPS_ALONE)
    named = {k for k, found in spans.items() for s in found if s.category.value == "name"}
    assert named == {2, 4, 5, 6, 7, 8}
    assert "name" not in _found(lines, without("strip_holders", "called_name"))
    # With every step, the plea's name and each strip's are masked all the same.
    everything = text_spans(lines)
    assert {k for k, found in everything.items() for s in found if s.category.value == "name"} == {
        2,
        4,
        5,
        6,
        7,
        8,
    }


def test_what_stands_before_a_repeated_phone_and_is_no_name_stays() -> None:
    for head in ("50 €", "12/06", "Tél:"):
        assert "name" not in _found(_poster(f"{head} {PHONE}"), _STRIPS_ALONE), head


def test_one_copy_is_no_row_of_strips() -> None:
    assert "name" not in _found(_poster(f"Rowena {PHONE}", copies=1), _STRIPS_ALONE)
