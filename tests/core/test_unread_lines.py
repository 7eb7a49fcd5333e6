"""A line the OCR missed right under a name or an address line is masked; blank paper,
a printed rule or a line the OCR did read there is left to the rules."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from redactor.core.detect.pixels.unread_lines import unread_lines_below
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

H = 30  # text height in px
PITCH = 42  # one printed line to the next


def _page(*rows: str, rule_at: int | None = None) -> np.ndarray:
    img = np.full((400, 900, 3), 255, np.uint8)
    for n, text in enumerate(rows):
        if text:
            y = 60 + n * PITCH + H
            cv2.putText(img, text, (100, y - 6), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    if rule_at is not None:
        y = 60 + rule_at * PITCH + H // 2
        cv2.line(img, (100, y), (600, y), (0, 0, 0), 2)
    return img


def _line(n: int, text: str) -> OcrLine:
    y = 60 + n * PITCH
    x1 = 100 + 18 * len(text)
    q = Quad.from_bbox(100, y, x1, y + H)
    step = (x1 - 100) / len(text)
    chars = tuple(
        Quad.from_bbox(100 + k * step, y, 100 + (k + 1) * step, y + H) for k in range(len(text))
    )
    return OcrLine(text=text, confidence=0.95, quad=q, chars=chars)


def _address(line: OcrLine) -> Finding:
    return Finding(Category.ADDRESS, line.quad, 0.8, Source(Origin.OCR, "address_shape"), True, H)


def test_a_line_the_ocr_missed_under_an_address_is_masked() -> None:
    img = _page("18 MILL CLOSE", "MANCHESTER M12 2ZA")
    street = _line(0, "18 MILL CLOSE")
    [f] = unread_lines_below(img, [_address(street)], [street])
    x0, y0, x1, y1 = f.quad.bbox
    assert y0 >= street.quad.bbox[3] and y1 <= 60 + PITCH + H + 4
    # The mask spans the missed line's ink.
    ink = np.flatnonzero((img[60 + PITCH : 60 + PITCH + H].min(axis=2) < 128).any(axis=0))
    assert x0 <= ink[0] + 2 and x1 >= ink[-1] - 2


def test_nothing_is_added_under_blank_paper_a_rule_or_a_line_that_was_read() -> None:
    street = _line(0, "18 MILL CLOSE")
    assert unread_lines_below(_page("18 MILL CLOSE"), [_address(street)], [street]) == []
    ruled = _page("18 MILL CLOSE", rule_at=1)
    assert unread_lines_below(ruled, [_address(street)], [street]) == []
    town = _line(1, "MANCHESTER M12 2ZA")
    img = _page("18 MILL CLOSE", "MANCHESTER M12 2ZA")
    assert unread_lines_below(img, [_address(street)], [street, town]) == []


def test_only_under_personal_lines() -> None:
    img = _page("THANK YOU", "MANCHESTER M12 2ZA")
    words = _line(0, "THANK YOU")
    code = Finding(Category.TRACKING, words.quad, 0.8, Source(Origin.OCR, "waybill"), True, H)
    assert unread_lines_below(img, [code], [words]) == []


def test_no_band_under_a_line_boxed_far_taller_than_the_page_text() -> None:
    # A signature boxed tall: the band under it would reach over the printed lines below.
    img = _page("Liang", "Fang", "I ACKNOWLEDGE RECEIPT", "OF GOODS")
    tall = OcrLine("Liang Fang", 0.9, Quad.from_bbox(100, 40, 400, 40 + 2.5 * H), ())
    body = [_line(n, t) for n, t in ((5, "DATE 2024"), (6, "TOTAL 12.00"), (7, "THANK YOU"))]
    sig = Finding(Category.NAME, tall.quad, 0.75, Source(Origin.OCR, "signature"), True, 3 * H)
    assert unread_lines_below(img, [sig], [tall, *body]) == []


def test_the_edge_of_the_paper_under_an_address_is_no_line() -> None:
    img = _page("18 MILL CLOSE")
    img[60 + H + 12 :, :] = 90  # a dark table under the photographed slip
    street = _line(0, "18 MILL CLOSE")
    assert unread_lines_below(img, [_address(street)], [street]) == []


def test_the_last_digit_of_a_door_wrapped_onto_a_line_of_its_own_is_masked() -> None:
    # One character the OCR never boxed, where a wrapped line starts under the address.
    img = _page("18 MILL CLOSE FLAT 200", "4")
    street = _line(0, "18 MILL CLOSE FLAT 200")
    [f] = unread_lines_below(img, [_address(street)], [street])
    ink = np.flatnonzero((img[60 + PITCH : 60 + PITCH + H].min(axis=2) < 128).any(axis=0))
    assert f.quad.bbox[0] <= ink[0] + 2 and f.quad.bbox[2] >= ink[-1] - 2
    # The same mark further along the band is a speck, not the start of a line.
    img = _page("18 MILL CLOSE FLAT 200", "          4")
    assert unread_lines_below(img, [_address(street)], [street]) == []


def _missed_ink(img: np.ndarray, n: int = 1) -> np.ndarray:
    """The columns of black ink on printed line ``n``."""
    band = img[60 + n * PITCH : 60 + n * PITCH + H]
    return np.flatnonzero((band.max(axis=2) < 128).any(axis=0))


@pytest.mark.parametrize(
    "category, above, missed",
    [
        # A payment slip prints the holder's name under their account number.
        (Category.CARD_NUMBER, "ACCOUNT 204-7719", "JANE ROE"),
        # A pickup slip prints the recipient's name under the phone's last digits; a
        # waybill, the address under the phone.
        (Category.PHONE, "TEL 138****5678", "MR JOHN ROE"),
    ],
    ids=["card-or-account", "phone"],
)
def test_a_line_missed_under_a_number_line_is_masked(
    category: Category, above: str, missed: str
) -> None:
    img = _page(above, missed)
    number_line = _line(0, above)
    number = Finding(category, number_line.quad, 0.8, Source(Origin.OCR, "test"), True, H)
    [f] = unread_lines_below(img, [number], [number_line])
    ink = _missed_ink(img)
    assert f.quad.bbox[0] <= ink[0] + 2 and f.quad.bbox[2] >= ink[-1] - 2


def test_a_coloured_stamp_across_a_missed_line_does_not_hide_it() -> None:
    # A sorting mark stamped in colour over the missed line runs on down the page;
    # a line of text still ends where its own black ink does.
    street = _line(0, "18 MILL CLOSE")
    for colour, found in (((200, 30, 40), True), ((0, 0, 0), False)):
        img = _page("18 MILL CLOSE", "HR DEPT 4")
        cv2.circle(img, (260, 60 + PITCH + H), 40, colour, -1)
        out = unread_lines_below(img, [_address(street)], [street])
        assert bool(out) is found  # a black blob running down is no line of text
        if found:
            ink = _missed_ink(img)
            assert out[0].quad.bbox[0] <= ink[0] + 2


def test_a_line_boxed_tall_into_the_band_under_a_missed_line_does_not_hide_it() -> None:
    # Lines set tight: the line after the missed one is boxed reaching up into the
    # band; the rows above its box still hold the missed line.
    img = _page("18 MILL CLOSE", "HR DEPT 4", "MANCHESTER M12 2ZA")
    street = _line(0, "18 MILL CLOSE")
    town = _line(2, "MANCHESTER M12 2ZA")
    x0, _, x1, y1 = town.quad.bbox
    town = OcrLine(town.text, 0.95, Quad.from_bbox(x0, 60 + PITCH + H // 2, x1, y1), ())
    [f] = unread_lines_below(img, [_address(street)], [street, town])
    assert f.quad.bbox[1] >= street.quad.bbox[3] and f.quad.bbox[3] <= town.quad.bbox[3]
    # Without the missed line, the rows above that box are blank paper: nothing.
    img = _page("18 MILL CLOSE", "", "MANCHESTER M12 2ZA")
    assert unread_lines_below(img, [_address(street)], [street, town]) == []


def _on_a_table(img: np.ndarray, edge: int, table: tuple[int, int, int]) -> np.ndarray:
    """The page photographed lying on a table that shows past its right ``edge``."""
    out = img.copy()
    out[:, edge:] = table
    return cv2.GaussianBlur(out, (0, 0), 1.0)


@pytest.mark.parametrize("table", [(140, 100, 60), (90, 90, 90)])  # wood, grey
def test_the_table_past_the_papers_edge_is_no_missed_line(table) -> None:
    # The band under an address line runs past its end, over the paper's edge onto
    # the table: darker than the paper all the way down, no line of text.
    street = _line(0, "18 MILL CLOSE")
    img = _on_a_table(_page("18 MILL CLOSE"), 380, table)
    assert unread_lines_below(img, [_address(street)], [street]) == []


def test_a_missed_line_beside_the_papers_edge_is_still_masked_and_only_on_the_paper() -> None:
    street = _line(0, "18 MILL CLOSE")
    img = _on_a_table(_page("18 MILL CLOSE", "M12 2ZA"), 400, (140, 100, 60))
    [f] = unread_lines_below(img, [_address(street)], [street])
    x0, y0, x1, y1 = f.quad.bbox
    assert y0 >= street.quad.bbox[3] and x0 <= 102 and x1 < 400
