"""A serial number beside a device's identifier is the device's, which leads to its
owner; a serial number elsewhere is the document's own and stays readable. Lines
made up, laid out as a slip's label | value rows."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
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
