"""A serial number beside a device's identifier is the device's, which leads to its
owner; a serial number elsewhere is the document's own and stays readable. Lines
made up, laid out as a slip's label | value rows."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.layout.device_serials import serials_from
from redactor.core.detect.layout.page import Sheet
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line


def masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {
        lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans if s.end > s.start
    }


def rows(*pairs: tuple[str, str]) -> list[OcrLine]:
    return [
        line
        for r, (label, value) in enumerate(pairs)
        for line in (
            make_line(label, x=100, y=100 + r * 45),
            make_line(value, x=300, y=100 + r * 45),
        )
    ]


@pytest.mark.parametrize(
    ("device", "serial"),
    [
        (("IMEI", "355349997903879"), ("序列号", "XL1023SV36")),
        (("IMEI", "490154203237518"), ("Serial no.", "F2LXK9QH7M")),
        (("IMEI 1", "356938035643809"), ("Seriennr.", "NS3B5MEWA6")),
    ],
)
def test_a_serial_under_a_devices_identifier_is_masked(
    device: tuple[str, str], serial: tuple[str, str]
) -> None:
    found = masked(rows(("Model", "Pixel 7"), device, serial))
    assert serial[1] in found
    assert serial[0] not in found


def test_a_serial_with_no_device_beside_it_stays_readable() -> None:
    found = masked(rows(("Model", "Pixel 7"), ("Colour", "white"), ("Serial no.", "F2LXK9QH7M")))
    assert "F2LXK9QH7M" not in found


def test_a_serial_in_a_device_table_beside_its_model_is_masked() -> None:
    """A device table (a hearing aid per ear): the serial column's cells are masked,
    its header and the neighbouring columns stay readable."""
    header = ["Side", "Make / model", "Serial no.", "Fitting"]
    cells = ["Right", "Vantor Tone 5", "7KQ20419", "Open dome"]
    xs = [100, 260, 520, 760]
    lines = [make_line(t, x=x, y=100) for t, x in zip(header, xs, strict=True)]
    lines += [make_line(t, x=x - 20, y=150) for t, x in zip(cells, xs, strict=True)]
    found = masked(lines)
    assert "7KQ20419" in found
    assert not {"Serial no.", "Fitting", "Open dome", "Make / model"} & found


def test_each_serial_on_a_warranty_cards_row_is_masked_not_its_side_or_date() -> None:
    lines = [
        make_line("产品型号", x=100, y=100),
        make_line("Zephyr 9", x=260, y=100),
        make_line("序列号", x=100, y=145),
        make_line("右:88Q41207", x=260, y=145),
        make_line("左:31ZK77015", x=520, y=145),
        make_line("2025.3.4", x=780, y=145),
    ]
    found = masked(lines)
    assert {"88Q41207", "31ZK77015"} <= found
    assert not {"左", "2025.3.4", "序列号"} & {f.strip(":") for f in found}


def test_serials_from_gives_each_serial_on_the_row_and_stops_at_the_first_other_box() -> None:
    lines = [
        make_line("R: 52TW90413", x=100, y=100),
        make_line("L: 52TW90488", x=360, y=100),
        make_line("Open dome", x=620, y=100),
        make_line("R: 52TW90499", x=880, y=100),
    ]
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert [lines[k].text[a:b] for k, a, b in serials_from(sheet, 0)] == ["52TW90413", "52TW90488"]
    assert serials_from(sheet, 2) == []
