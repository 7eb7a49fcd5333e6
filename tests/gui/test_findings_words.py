"""The findings panel says what each finding is and why a page needs review."""

from __future__ import annotations

import pytest

from redactor.core.detect.pixels.signatures import SOURCE as SIGNATURE
from redactor.core.detect.pixels.unread_lines import SOURCE as UNREAD_LINE
from redactor.core.models import Category, Finding, Origin, Quad, Source
from redactor.core.review import Reason, ReasonKind
from redactor.gui.explain import plain_reason, reason_words, source_words

from .test_main_window import open_and_wait, region_of


def test_rows_show_the_text_and_where_it_came_from(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: len(window.findings._id_items) == 3)
    row = window.findings.item_for(region_of(doc, Category.PHONE).id)
    assert row.text(0) == "“电话：138 1234 5678” · read in the text"
    window.canvas.draw_box(600, 20, 700, 60)
    qtbot.waitUntil(lambda: len(window.findings._id_items) == 4)
    manual = region_of(doc, Category.MANUAL)
    assert window.findings.item_for(manual.id).text(0) == "Drawn by hand 1 · drawn by you"


@pytest.mark.parametrize(
    ("category", "source"), [(Category.NAME, SIGNATURE), (Category.ADDRESS, UNREAD_LINE)]
)
def test_a_mask_over_ink_no_text_was_read_from_is_not_said_to_be_read_in_the_text(category, source):
    # A signature; a whole line missed under an address.
    found = Finding(category, Quad.from_bbox(100, 300, 260, 340), 0.5, source)
    assert source_words(found) == "covers writing Redactor could not read"


def test_review_reasons_in_plain_words_with_a_jump_to_the_area(qtbot, window, label, engine):
    engine.residual = (
        Finding(
            Category.PHONE, Quad.from_bbox(400, 330, 600, 390), 0.6, Source(Origin.VERIFY, "phone")
        ),
    )
    doc = open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: window.findings.review.isVisible())
    texts = window.findings.review_texts()
    assert texts[0].startswith("⚠ After masking, something still looked like personal data")
    assert not any("region(s)" in t for t in texts)  # no jargon
    window.findings.area_buttons[0].click()
    [selected] = window.canvas.selected_ids()
    assert doc.region(selected).finding.source == Source(Origin.VERIFY, "phone")


def test_a_reasons_area_is_named_as_its_row_in_the_list(qtbot, window, label, engine):
    """A box with no text under it is "Phone 2" in the list: the review button that
    jumps to it says "Phone 2" too, not its place among the reason's areas."""
    engine.residual = (
        Finding(
            Category.PHONE, Quad.from_bbox(400, 330, 600, 390), 0.6, Source(Origin.VERIFY, "phone")
        ),
    )
    open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: window.findings.review.isVisible())
    [button] = window.findings.area_buttons
    button.click()
    [selected] = window.canvas.selected_ids()
    row = window.findings.item_for(selected).text(0)
    assert row.startswith("Phone 2 ·")
    assert button.text().endswith(row)


def test_every_kind_of_core_reason_has_plain_words():
    """One sentence per kind core knows. A kind core adds, drops or renames fails here;
    so does one that starts or stops counting (core's phrase shows the count)."""
    assert set(reason_words()) == set(ReasonKind)
    for kind in ReasonKind:
        reason = Reason(kind, 7)
        words = plain_reason(reason)
        assert words != reason.phrase and "(s)" not in words and "OCR" not in words
        assert ("7" in words) == ("7" in reason.phrase), kind


def test_snippet_keeps_the_spaces_between_words():
    from redactor.core.models import OcrLine
    from redactor.gui.explain import snippet

    text = "NAME: LYNNETTE DELACROIX"
    chars = tuple(
        # the recogniser gives spaces no width: their centre is off the words' row
        Quad.from_bbox(10 * i, 30, 10 * i, 30)
        if ch == " "
        else Quad.from_bbox(10 * i, 0, 10 * i + 9, 20)
        for i, ch in enumerate(text)
    )
    line = OcrLine(text, 0.9, Quad.from_bbox(0, 0, 10 * len(text), 20), chars)
    found = Finding(
        Category.NAME, Quad.from_bbox(60, 0, 10 * len(text), 20), 0.9, Source(Origin.OCR, "name")
    )
    assert snippet(found, [line]) == "LYNNETTE DELACROIX"


def test_a_face_or_code_row_quotes_no_text_read_inside_the_picture():
    """A stray mark read inside a photo is not what the face finding covers."""
    from redactor.core.models import OcrLine
    from redactor.gui.findings_panel import row_text

    mark = OcrLine("•", 0.5, Quad.from_bbox(40, 60, 50, 70), (Quad.from_bbox(40, 60, 50, 70),))
    photo = Quad.from_bbox(0, 0, 100, 120)
    face = Finding(Category.FACE, photo, 0.9, Source(Origin.FACE, "yunet"))
    code = Finding(Category.CODE, photo, 0.9, Source(Origin.CODE, "qr"))
    assert row_text(face, 1, [mark]) == "Face photo 1 · face in the picture"
    assert row_text(code, 2, [mark]).startswith("Barcode / QR code 2 · ")


def test_old_review_reasons_do_not_linger_under_new_ones(qtbot, window, label, engine):
    from PySide6.QtWidgets import QLabel

    panel = window.findings
    panel.set_review([("first reason", [])])
    panel.set_review([("second reason", [])])
    shown = [w.text() for w in panel.review.findChildren(QLabel) if not w.isHidden()]
    assert shown == ["⚠ second reason"] or shown == []  # new ones are shown by the layout
    assert "⚠ first reason" not in shown


def test_hard_to_read_lines_can_be_jumped_to(qtbot, window, label, engine):
    engine.confidence = 0.5
    name = Quad.from_bbox(*label.boxes[Category.NAME])
    engine.reasons = (Reason(ReasonKind.HARD_TO_READ, 1, (name,)),)
    open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: window.findings.review.isVisible())
    texts = window.findings.review_texts()
    assert texts[0].startswith("⚠ Lines next to a name, phone or address label")
    assert "→ “收件人：张伟” · hard to read" in texts
    window.findings.area_buttons[0].click()
    flash = window.canvas.flash.rect()
    x0, y0, x1, y1 = label.boxes[Category.NAME]
    assert flash.contains(x0 + 1, y0 + 1) and flash.contains(x1 - 1, y1 - 1)
