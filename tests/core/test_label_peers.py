"""A label the lexicon lacks, known by its place in a column or a row of labels it
knows: its value is masked when shaped like a person's name or number, the label and
any other value kept. Lines made up."""

from __future__ import annotations

from redactor.core.detect.layout.label_peers import mask_peer_values
from redactor.core.detect.layout.page import Sheet
from tests.core.test_label_values import masked
from tests.core.test_layout import make_line


def _column(rows: list[tuple[str, str]], x: float = 100, vx: float = 300) -> list:
    lines = []
    for n, (label, value) in enumerate(rows):
        lines += [make_line(label, x=x, y=100 + 60 * n), make_line(value, x=vx, y=100 + 60 * n)]
    return lines


def test_a_chinese_label_in_a_column_of_known_labels() -> None:
    lines = _column(
        [
            ("日期", "11月9日"),
            ("陪同者", "宋思远"),
            ("宴会厅", "金色大厅"),
            ("尺寸", "8寸"),
            ("金额", "¥588"),
        ]
    )
    parts = masked(lines)
    assert parts.get("宋思远") == {"宋思远": "name"}
    assert "陪同者" not in parts and "宴会厅" not in parts and "金色大厅" not in parts


def test_a_number_beside_an_unknown_label_among_known_ones() -> None:
    lines = _column([("Datum", "01.02.2024"), ("Kennung", "77120934"), ("Betrag", "12,50 €")])
    parts = masked(lines)
    assert parts.get("77120934") == {"77120934": "id_number"}
    assert "Kennung" not in parts and "01.02.2024" not in parts


def test_a_number_under_an_unknown_label_in_a_row_of_labels() -> None:
    lines = [
        make_line("Full name", x=100, y=100),
        make_line("Pass code", x=400, y=100),
        make_line("Date", x=700, y=100),
        make_line("Cora Lindqvist", x=100, y=142),
        make_line("4471 2209", x=400, y=142),
        make_line("02/03/2024", x=700, y=142),
    ]
    parts = masked(lines)
    assert parts.get("4471 2209") == {"4471 2209": "id_number"}
    assert "Pass code" not in parts and "02/03/2024" not in parts


def test_an_unknown_label_alone_announces_nothing() -> None:
    # No known label in its column or row: words beside words, nothing is a label. (A
    # role word such as 陪同者 is a person's label now, roles ending in 者 being roles.)
    assert masked([make_line("陪同项目", x=100), make_line("宋思远", x=300)]) == {}
    assert masked([make_line("Pass code", x=100), make_line("4471 2209", x=400)]) == {}


def test_a_number_under_an_unknown_label_ending_in_a_number_mark_is_left_to_its_shape() -> None:
    # "<document>-Nr." does not say whose number it is: a permit's own, as often.
    def peer_values(header: str) -> list[str]:
        lines = [
            make_line("Full name", x=100, y=100),
            make_line(header, x=400, y=100),
            make_line("Date", x=700, y=100),
            make_line("Cora Lindqvist", x=100, y=142),
            make_line("4471 2209", x=400, y=142),
            make_line("02/03/2024", x=700, y=142),
        ]
        sheet = Sheet.of(lines, [ln.text for ln in lines])
        mask_peer_values(sheet)
        return [sheet.texts[i] for i, spans in sheet.out.items() if spans]

    assert peer_values("Pass code") == ["4471 2209"]
    assert peer_values("Schein-Nr.") == []
