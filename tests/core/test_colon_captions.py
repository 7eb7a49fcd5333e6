"""A label the lexicon lacks, closed by its colon at the head of a line, stays
readable whatever step masked its line; its value stays masked."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.colon_captions import colon_captions
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


def _captions(text: str) -> list[str]:
    return [text[a:b] for a, b in colon_captions(text)]


@pytest.mark.parametrize(
    ("line", "captions"),
    [
        ("Polling ward of residence: 5520817", ["Polling ward of residence:"]),
        ("4. Handed over to: Ward Nine", ["4. Handed over to:"]),
        ("巡查片区:3306", ["巡查片区:"]),
        ("月均开支:1800元 户内人口:4人", ["月均开支:", "户内人口:"]),
        ("审批意见:", ["审批意见:"]),
    ],
)
def test_a_caption_before_its_colon(line: str, captions: list[str]) -> None:
    assert _captions(line) == captions


@pytest.mark.parametrize(
    "line",
    [
        "Dear Madam or Sir:",  # a greeting
        "Orla Brannigan: back at six",  # a name before a colon (a chat's)
        "Helen's mobile: 07700 900417",  # whose number: a given name
        "尊敬的C区0412室业主:",  # an addressee with a door
        "黄伟明：明早见",  # a name before a colon (a common surname)
        "Wert zum 31.12.: 1.204,00",  # digits: a value's
        "Ref: KX-4410",  # one word, no small one: a name for all one knows
    ],
)
def test_what_may_hold_a_value_is_no_caption(line: str) -> None:
    assert _captions(line) == []


def test_a_blocks_line_keeps_its_colon_caption() -> None:
    # A person's block (a name over a street and a city with its postcode), then a
    # line whose label the lexicon lacks: the label stays, its value stays masked.
    covered = covered_text(
        stack(
            "Tomasz Wierzbicki",
            "14 Larkspur Terrace",
            "Fennick FN4 7QD",
            "Handover to: Riverside Infirmary",
            x=100,
        )
    )
    assert covered[0] == "Tomasz Wierzbicki"
    assert "FN4 7QD" in covered[2]
    assert covered[3] == "Riverside Infirmary"
