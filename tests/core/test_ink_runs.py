"""A mask grows over ink the OCR did not read at the ends of a finding, and only there."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from redactor.core.detect.pixels.ink_runs import extend_over_unread_ink
from redactor.core.mask import padded_quad
from redactor.core.models import MANUAL_SOURCE, Category, Finding, OcrLine, Origin, Quad, Source

H = 30  # text height in px


def page(*runs: tuple[str, int], color=(0, 0, 0)) -> np.ndarray:
    """A white page with text runs drawn on one row (each at its x)."""
    img = np.full((120, 1000, 3), 255, np.uint8)
    for text, x in runs:
        cv2.putText(img, text, (x, 60 + H // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.1, color, 3)
    return img


def box(x0: float, x1: float) -> Quad:
    return Quad.from_bbox(x0, 60 - H / 2, x1, 60 + H / 2)


def finding(x0: float, x1: float, category: Category = Category.PHONE) -> Finding:
    return Finding(category, box(x0, x1), 0.9, Source(Origin.OCR, "test"), True, H)


def line(x0: float, x1: float, text: str = "x") -> OcrLine:
    q = box(x0, x1)
    step = (x1 - x0) / len(text)
    chars = tuple(box(x0 + k * step, x0 + (k + 1) * step) for k in range(len(text)))
    return OcrLine(text=text, confidence=0.9, quad=q, chars=chars)


def ink_end(img: np.ndarray) -> int:
    cols = np.where((img[40:80].min(axis=2) < 128).any(axis=0))[0]
    return int(cols.max())


def test_mask_runs_on_over_digits_the_ocr_did_not_read() -> None:
    img = page(("PO BOX 5771", 100))
    end = ink_end(img)
    # The OCR box stopped at "PO BOX 57".
    cut = 100 + int(0.8 * (end - 100))
    [f], _ = extend_over_unread_ink(img, [finding(100, cut)], [line(100, cut, "PO BOX 57")])
    assert padded_quad(f).bbox[2] >= end  # the painted mask reaches the last digit
    assert f.quad.bbox[2] <= end + H  # and stops at the end of the ink


def test_mask_runs_on_under_a_stamp_in_colour() -> None:
    img = page(("188****7298", 100))
    end = ink_end(img)
    # A red "37" over "72"; the OCR box stops at "188****".
    cv2.putText(img, "37", (212, 78), cv2.FONT_HERSHEY_DUPLEX, 1.6, (200, 30, 40), 5)
    [f], _ = extend_over_unread_ink(img, [finding(100, 215)], [line(100, 215, "188****")])
    assert padded_quad(f).bbox[2] >= end


def test_a_wide_blank_stops_the_run() -> None:
    img = page(("138 0013 8000", 100), ("Fragile", 700))
    end = ink_end(page(("138 0013 8000", 100)))
    [f], _ = extend_over_unread_ink(img, [finding(100, end)], [line(100, end, "138 0013 8000")])
    assert f.quad.bbox[2] < 700


def test_text_the_ocr_read_is_not_swallowed() -> None:
    # "Tel 13800138000  Fragile": the word after the number was read and judged.
    end = ink_end(page(("13800138000", 100)))
    word = end + H // 2
    img = page(("13800138000", 100), ("Fragile", word))
    lines = [line(100, end, "13800138000"), line(word, ink_end(img), "Fragile")]
    [f], _ = extend_over_unread_ink(img, [finding(100, end)], lines)
    assert f.quad.bbox[2] < word


def test_junk_the_ocr_doubts_does_not_stop_the_run() -> None:
    # A name written after its label, read as two doubtful specks (".r;", "J").
    img = page(("Name:", 100), ("Mo Tian", 220))
    label_end, end = 100 + 5 * 19, ink_end(img)
    seed = Finding(
        Category.NAME,
        box(label_end, label_end + 1),
        0.6,
        Source(Origin.OCR, "unread_value", unread=True),
        True,
        H,
    )
    specks = [line(225, 270, ".r;"), line(300, 330, "J")]
    specks = [OcrLine(s.text, 0.75, s.quad, s.chars) for s in specks]
    [f], _ = extend_over_unread_ink(img, [seed], [line(100, label_end, "Name:"), *specks])
    assert f.quad.bbox[2] >= end - H / 2
    # Read with confidence, the same words are text the rules judged: the run stops.
    sure = [OcrLine(s.text, 0.97, s.quad, s.chars) for s in specks]
    out, _ = extend_over_unread_ink(img, [seed], [line(100, label_end, "Name:"), *sure])
    assert not out or out[0].quad.bbox[2] < 225


def test_own_line_going_on_past_the_finding_stops_it() -> None:
    # The name is the start of a longer read line: the rest was read, leave it.
    img = page(("Lee Chan  Order 55", 100))
    end = ink_end(img)
    [f], _ = extend_over_unread_ink(img, [finding(100, 250, Category.NAME)], [line(100, end)])
    assert f.quad.bbox[2] == pytest.approx(250)


def test_codes_and_hand_drawn_masks_keep_their_boxes() -> None:
    img = page(("PO BOX 5771", 100))
    code = Finding(Category.CODE, box(100, 200), 1.0, Source(Origin.CODE, "qr"), True, H)
    manual = Finding(Category.MANUAL, box(100, 200), 1.0, MANUAL_SOURCE, True, H)
    assert extend_over_unread_ink(img, [code, manual], []) == ([code, manual], [])


def test_faint_text_is_left_as_read() -> None:
    img = page(("PO BOX 5771", 100), color=(235, 235, 235))
    [f], _ = extend_over_unread_ink(img, [finding(100, 200)], [line(100, 200)])
    assert f.quad == box(100, 200)


def test_one_character_box_follows_the_tilt_of_the_lines_near_it() -> None:
    # A photo tilted by 6 degrees: the OCR read only "L" of "LIAO SINA" (a stamp
    # hid the rest) as a small upright box; the long line just below shows the
    # tilt. Taken upright, the strip after "L" runs into that line and stops.
    img = np.full((300, 1000, 3), 255, np.uint8)
    cv2.putText(img, "LIAO SINA", (100, 115), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (0, 0, 0), 3)
    cv2.putText(img, "3101151980", (100, 151), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (0, 0, 0), 3)
    end = ink_end(page(("LIAO SINA", 100)))
    turn = cv2.getRotationMatrix2D((100.0, 100.0), 6.0, 1.0)
    img = cv2.warpAffine(img, turn, (1000, 300), borderValue=(255, 255, 255))

    def moved(x0: float, y0: float, x1: float, y1: float) -> Quad:
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], float) @ turn.T
        return Quad.from_points(pts)

    first = Quad.from_bbox(*moved(100, 92, 122, 112).bbox)
    below = moved(100, 121, 330, 151)
    f = Finding(Category.NAME, first, 0.9, Source(Origin.OCR, "test"), True, 20)
    lines = [
        OcrLine(text="L", confidence=0.9, quad=first, chars=(first,)),
        OcrLine(text="3101151980", confidence=0.9, quad=below, chars=(below,) * 10),
    ]
    [grown], _ = extend_over_unread_ink(img, [f], lines)
    last_glyph = moved(end - 10, 100, end, 110)
    assert padded_quad(grown).bbox[2] >= last_glyph.bbox[0]


def test_stamp_read_as_big_digits_does_not_end_the_run() -> None:
    img = page(("IMOGEN MCALLISTER", 100))
    end = ink_end(img)
    cv2.putText(img, "191", (250, 85), cv2.FONT_HERSHEY_DUPLEX, 2.2, (200, 40, 40), 6)
    body = [make_body_line(y) for y in (200, 240, 280)]  # ordinary lines elsewhere
    big = Quad.from_bbox(250, 30, 400, 95)
    stamp = OcrLine(text="191", confidence=0.9, quad=big, chars=(big,) * 3)
    lines = [line(100, 240, "IMOGEN"), stamp, *body]
    [f], _ = extend_over_unread_ink(img, [finding(100, 240, Category.NAME)], lines)
    assert padded_quad(f).bbox[2] >= end


def make_body_line(y: float) -> OcrLine:
    q = Quad.from_bbox(100, y, 400, y + H)
    return OcrLine(text="ordinary text", confidence=0.9, quad=q, chars=(q,) * 13)


def test_a_few_digits_read_before_unread_ink_are_a_number_masked_whole() -> None:
    from redactor.core.detect.pixels.ink_runs import STUB_SOURCE, number_stubs

    # "3625" read; the rest of the number hidden under grey blocks the OCR cannot read.
    img = page(("3625", 100))
    end = ink_end(img)
    for k in range(5):
        img[50:72, end + 12 + 34 * k : end + 36 + 34 * k] = 120
    lines = [line(100, end, "3625")]
    seeds = number_stubs(lines, [])
    assert [s.source for s in seeds] == [STUB_SOURCE]
    [f], grown = extend_over_unread_ink(img, seeds, lines)
    assert f.category is Category.ID_NUMBER and grown == []  # it runs to where the ink ends
    assert f.quad.bbox[2] >= end + 36 + 34 * 4 - 2
    # The same digits alone on the paper: no seed survives.
    plain = page(("3625", 100))
    assert extend_over_unread_ink(plain, number_stubs(lines, []), lines) == ([], [])
    # Digits some rule already masked, or with words, seed nothing.
    assert number_stubs(lines, [finding(100, end)]) == []
    assert number_stubs([line(100, end, "3625 kg")], []) == []


def test_mask_stops_at_the_edge_of_the_paper() -> None:
    # A photographed screen in grey print on light grey, on a brown table: the table
    # is darker than the paper but has no strokes, so it is no unread text.
    img = page(("1205", 100), color=(120, 120, 120))
    img[img.min(axis=2) > 200] = 215
    end = ink_end(img)
    edge = end + 12
    img[:, edge:] = (110, 100, 90)
    [f], _ = extend_over_unread_ink(img, [finding(95, end + 2)], [line(95, end + 2, "1205")])
    assert f.quad.bbox[2] <= edge + 0.5 * H


def test_a_label_and_a_few_digits_before_unread_ink_run_on_over_the_number_s_end() -> None:
    from redactor.core.detect.pixels.ink_runs import STUB_SOURCE, number_stubs

    # "Account 417" read, the number's middle lost, its last digits read alone.
    img = page(("Account 417", 100))
    end = ink_end(img)
    for k in range(3):
        img[50:72, end + 12 + 34 * k : end + 36 + 34 * k] = 120
    tail_x = end + 12 + 34 * 3
    cv2.putText(img, "93", (tail_x, 60 + H // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (0, 0, 0), 3)
    tail_end = ink_end(img)
    label = line(100, end, "Account 417")
    lines = [label, line(tail_x, tail_end, "93")]
    seeds = number_stubs(lines, [])
    assert [s.source for s in seeds] == [STUB_SOURCE]
    assert seeds[0].quad.bbox[0] > 100 + 0.6 * (end - 100)  # the digits, not the label
    [f], _ = extend_over_unread_ink(img, seeds, lines)
    assert f.category is Category.ID_NUMBER
    assert padded_quad(f).bbox[2] >= tail_end
    # The label and its digits alone on the paper: the digits are the whole number.
    plain = page(("Account 417", 100))
    assert extend_over_unread_ink(plain, number_stubs([label], []), [label]) == ([], [])


def test_a_name_runs_on_over_its_last_character_read_alone_after_an_unread_middle() -> None:
    # A Chinese name read as its first character and, apart, its last: the middle one
    # never read (a fold, a smudge). The strokes here stand in for the characters.
    img = page(("HHH", 100))
    first_end = ink_end(img)
    middle = (first_end + 8, 60 + H // 2)  # the unread middle character, smudged grey
    cv2.putText(img, "H", middle, cv2.FONT_HERSHEY_SIMPLEX, 1.1, (90, 90, 90), 3)
    tail_x = first_end + 40
    cv2.putText(img, "H", (tail_x, 60 + H // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (0, 0, 0), 3)
    tail_end = ink_end(img)
    name = finding(100, first_end, Category.NAME)
    for tail_text, joined in (("芳", True), ("复制", False)):
        lines = [line(100, first_end, "林"), line(tail_x, tail_end, tail_text)]
        [f], _ = extend_over_unread_ink(img, [name], lines)
        assert bool(f.quad.bbox[2] >= tail_end - 2) is joined  # a button word stays a stop


def test_a_name_before_a_few_digits_is_seeded_with_them() -> None:
    from redactor.core.detect.pixels.ink_runs import number_stubs

    # "<surname> <the phone's first digits>" read, the rest of the phone unread: the
    # holder's name goes with the number; a label before the digits does not.
    [seed] = number_stubs([line(100, 220, "王139")], [])
    assert seed.quad.bbox[0] == 100
    for label in ("尾号188", "Account 188"):
        [seed] = number_stubs([line(100, 220, label)], [])
        assert seed.quad.bbox[0] > 100 + 0.3 * 120, label


def test_a_box_read_round_a_coloured_mark_alone_does_not_end_the_run() -> None:
    # A sorting number in marker across the name, boxed no taller than the print: it
    # was read, the name under it was not. A box round black print still ends the run.
    img = page(("IMOGEN MCALLISTER", 100))
    end = ink_end(img)
    cv2.putText(img, "7C", (250, 62), cv2.FONT_HERSHEY_DUPLEX, 1.2, (40, 40, 200), 4)
    mark_box = Quad.from_bbox(250, 36, 330, 64)
    mark = OcrLine(text="7C", confidence=0.9, quad=mark_box, chars=(mark_box,) * 2)
    [f], _ = extend_over_unread_ink(
        img, [finding(100, 240, Category.NAME)], [line(100, 240, "IMOGEN"), mark]
    )
    assert padded_quad(f).bbox[2] >= end
    plain = page(("IMOGEN MCALLISTER", 100))
    read = OcrLine(text="MC", confidence=0.9, quad=mark_box, chars=(mark_box,) * 2)
    [g], _ = extend_over_unread_ink(
        plain, [finding(100, 240, Category.NAME)], [line(100, 240, "IMOGEN"), read]
    )
    assert padded_quad(g).bbox[2] < end
