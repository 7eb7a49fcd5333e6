"""A deed's or a notary's line strings a person's fields together with commas
("<label>:<name>,<gender>,<date>出生,<label>:<id>,住<address>"): the values are
masked, the gender, the word after the date, the labels and a date written in
Chinese numerals stay readable. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import text_spans
from tests.core.test_layout import stack


def _masked(*texts: str) -> dict[str, set[str]]:
    lines = stack(*texts)
    out: dict[str, set[str]] = {}
    for i, spans in text_spans(lines).items():
        t = lines[i].text
        out.setdefault(t, set()).update(t[s.start : s.end] for s in spans if s.end > s.start)
    return out


def _joined(pieces: set[str]) -> str:
    return " ".join(sorted(pieces))


def test_a_persons_fields_strung_on_one_line() -> None:
    line = "立遗嘱人:钱文静,男,1975年3月8日出生,身份证号:11010519750308002X,住浙江省杭州市西湖区"
    found = _masked("代书遗嘱", line, "文三路88号3幢201室。")[line]
    assert {"钱文静", "1975年3月8日", "11010519750308002X", "浙江省杭州市西湖区"} <= found
    masked = _joined(found)
    for kept in ("男", "出生", "身份证号", "立遗嘱人", "住浙"):
        assert kept not in masked


def test_the_name_beside_its_label_ends_before_a_gender() -> None:
    line = "申请人:钱文静,女,1975年3月8日出生，"
    found = _masked("公证书", line, "公民身份号码:11010519750308002X")[line]
    assert "钱文静" in found
    assert "女" not in _joined(found)


def test_a_date_in_chinese_numerals_under_a_persons_block() -> None:
    lines = (
        "代书遗嘱",
        "代书人(签名):钱文静",
        "身份证号:11010519750308002X",
        "二〇二五年十一月二十二日",
    )
    assert not _masked(*lines)["二〇二五年十一月二十二日"]


def test_a_signing_role_and_its_bracketed_label_stay_readable() -> None:
    lines = ("代书遗嘱", "代书人(签名):钱文静", "身份证号:11010519750308002X")
    assert _masked(*lines)["代书人(签名):钱文静"] == {"钱文静"}
