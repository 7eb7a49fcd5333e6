"""A home-care record: a ruled grid of the person's details over a table of visits,
each row dated and signed by the carer and the person cared for. The visit's day,
time and what was done stay readable; the signatures are masked."""

from __future__ import annotations

from redactor.core.models import OcrLine
from tests.core.test_layout import make_line, stack
from tests.core.test_values_not_labels import masked

_GRID = (
    ("姓名", "孙伯年", "性别", "男"),
    ("紧急联系人", "孙晓(女儿)", "失能等级", "二级"),
)
_VISITS = (
    ("上门日期", "护理内容", "上门时间", "护理员签名", "服务对象签字"),
    ("3.5", "量体温", "8:00-9:00", "周丽萍", "本人"),
    ("3.9", "理发 洗头", "10:00-11:30", "周丽萍", "孙伯年"),
)
_XS = (100, 300, 560, 820, 1060)


def _record() -> list[OcrLine]:
    lines = [
        make_line(t, x=100 + 260 * c, y=100 + 50 * r)
        for r, cells in enumerate(_GRID)
        for c, t in enumerate(cells)
    ]
    return lines + [
        make_line(t, x=_XS[c], y=230 + 50 * r)
        for r, cells in enumerate(_VISITS)
        for c, t in enumerate(cells)
    ]


def test_a_visit_logs_headers_and_ordinary_cells_stay_readable() -> None:
    lines = _record()
    parts = dict(zip((ln.text for ln in lines), masked(lines), strict=True))
    for readable in (
        "失能等级",
        "二级",
        "护理员签名",
        "服务对象签字",
        "量体温",
        "理发 洗头",
        "3.9",
    ):
        assert parts[readable] == [], readable


def test_the_carers_signature_in_each_visit_row_is_masked() -> None:
    lines = _record()
    found = masked(lines)
    carers = [found[k] for k, ln in enumerate(lines) if ln.text == "周丽萍"]
    assert carers == [["周丽萍"], ["周丽萍"]]


def test_a_care_centres_name_heading_its_bill_stays_readable() -> None:
    """A subdistrict's service centre is named after its street office: at the head of
    its bill it is the business's own name, not a customer's address."""
    lines = stack("河西街道社区养老服务站", "服务收费单", "助浴 30.00", "理发 15.00", "合计 45.00")
    assert masked(lines)[0] == []
