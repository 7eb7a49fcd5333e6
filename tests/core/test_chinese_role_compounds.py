"""Chinese person labels built from a role: a role ending in 者 (an applicant, a
policyholder, the person a report is about) before a name, and a role glued before
名称, which then means that person's name, not a product's; 名称 alone still heads goods."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from tests.core.test_layout import make_line


def _masked(text: str) -> set[tuple[str, str]]:
    line = make_line(text, x=100, y=100)
    return {(s.category.value, text[s.start : s.end]) for s in text_spans([line]).get(0, [])}


def test_a_role_ending_in_zhe_announces_a_name() -> None:
    assert _masked("投保者 邱志远") == {("name", "邱志远")}
    assert _masked("被查询者姓名 邱志远") == {("name", "邱志远")}


def test_a_roles_name_is_a_persons_name() -> None:
    found = default_lexicon().find("汇款人名称 邱志远")
    assert [m.kind for m in found] == [ValueKind.NAME]
    assert _masked("汇款人名称 邱志远") == {("name", "邱志远")}


def test_name_alone_and_a_goods_name_stay_products() -> None:
    assert [m.kind for m in default_lexicon().find("名称 苹果")] == [ValueKind.PRODUCT]
    assert [m.kind for m in default_lexicon().find("商品名称 苹果")] == [ValueKind.PRODUCT]
