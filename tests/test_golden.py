"""The golden corpus gate: detection on hundreds of cached pages, no worse than before.

The corpus (``tests/golden/*.json.gz``) holds the OCR lines of pages from the
project's generator, every layout, scans and photos, several seeds, with their
ground truth. Rebuild or extend it with ``python -m benchmarks.golden build``;
after a deliberate change of figures, ``python -m benchmarks.golden score
--update-baseline`` records the new baseline (and the commit says why).
"""

from __future__ import annotations

import json
import random

import pytest

from benchmarks import collateral, golden
from redactor.core.detect.plan import order
from redactor.core.detect.registry import RECOGNIZERS, without
from synth.layouts import LAYOUTS


@pytest.fixture(scope="module")
def corpus() -> list[golden.GoldenPage]:
    return golden.load_corpus()


def test_the_corpus_covers_every_layout_scans_and_photos(corpus) -> None:
    assert len(corpus) >= 300
    assert {p.layout for p in corpus} == set(LAYOUTS)
    conditions = {p.condition for p in corpus}
    assert "scan" in conditions and {"photo", "rotated"} & conditions


def test_detection_is_no_worse_than_the_baseline(corpus) -> None:
    now = golden.score(corpus).as_json()
    before = json.loads(golden.BASELINE.read_text(encoding="utf-8"))
    assert now["pages"] == before["pages"], "corpus changed: update the baseline"
    assert golden.regressions(now, before) == []


def test_the_gate_notices_a_missing_recognizer(corpus) -> None:
    """Leave out the waybill-number recognizer: fewer waybill numbers are masked on
    Chinese pages (a phone's recognizer no longer shows: a person's block covers it)."""
    pages = [p for p in corpus if p.layout.startswith("cn_")]
    full = golden.score(pages).as_json()
    less = golden.score(pages, without("waybill")).as_json()
    assert golden.regressions(less, full)
    assert less["found"]["tracking"] < full["found"]["tracking"]


def test_the_plan_in_a_shuffled_registration_order_masks_every_item_alike(corpus) -> None:
    """Order comes from declared dependencies: registered in another order, the steps
    run in another valid order and every item of the corpus comes out the same."""
    steps = list(RECOGNIZERS)
    random.Random(24).shuffle(steps)
    assert [s.name for s in order(steps)] != [s.name for s in order(RECOGNIZERS)]
    assert golden.item_results(corpus, tuple(steps)) == golden.item_results(corpus)


def test_the_gate_credits_each_step_with_the_items_it_masks(corpus) -> None:
    pages = [p for p in corpus if p.layout.startswith("cn_")]
    fig = golden.score(pages)
    assert fig.by_step["labelled_values"] > 0 and fig.by_step["waybill"] > 0
    less = golden.score(pages, without("waybill"))
    assert "waybill" not in less.by_step


#: Printed labels the field lexicon knows that masks still cover on the corpus: masks
#: of other lines reaching over them (a label alone on its line keeps its neighbour's
#: full margin: it may be a caption under handwriting; a value joined to its
#: label's box, the line above a "C/O <name>" line). The goal is none; the count may
#: only go down.
LABELS_MASKED = 22


def test_labels_the_lexicon_knows_stay_readable(corpus) -> None:
    t = collateral.tally(corpus)
    assert t.labels >= 2500  # the corpus's forms print labels the lexicon knows
    assert t.labels_hit <= LABELS_MASKED, f"{t.labels_hit} of {t.labels} labels masked"


def test_score_takes_a_comma_list_or_a_group_of_layouts() -> None:
    from benchmarks.golden import chosen_layouts
    from synth.families import half

    assert chosen_layouts("dev17") == set(half("dev17"))
    assert chosen_layouts("cn_waybill_a,en_card_slip") == {"cn_waybill_a", "en_card_slip"}
