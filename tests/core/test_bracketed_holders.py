"""A card or a certificate named by its holder in brackets ("学生卡（<name>）"): the
name is masked, the card and its brackets stay readable; a card's own kind or grade
in brackets is no one's name."""

from __future__ import annotations

from redactor.core.detect import findings_from_text, text_spans
from redactor.core.detect.registry import without
from redactor.core.mask import padded_quad
from redactor.core.models import Category, OcrLine
from tests.core.test_layout import make_line

_XS = (100.0, 200.0, 500.0, 660.0)


def _notice(thing: str) -> list[OcrLine]:
    """A found-items notice's table: the thing found, where and when."""
    rows = (("序号", "物品", "拾获地点", "日期"), ("1", thing, "5栋大堂", "3.14"))
    return [
        make_line(text, x=x, y=100 + r * 45)
        for r, row in enumerate(rows)
        for text, x in zip(row, _XS, strict=True)
    ]


def _masked(lines: list[OcrLine], recognizers=None) -> set[str]:
    kw = {} if recognizers is None else {"recognizers": recognizers}
    return {
        lines[k].text[s.start : s.end]
        for k, spans in text_spans(lines, **kw).items()
        for s in spans
        if s.end > s.start
    }


def test_the_holder_in_brackets_after_a_card_is_masked() -> None:
    for thing, name in (("学生卡（李文斌）", "李文斌"), ("工作证(陈秀英)", "陈秀英")):
        lines = _notice(thing)
        assert _masked(lines) == {name}, thing
        assert _masked(lines, without("bracketed_holder")) == set(), thing


def test_a_cards_kind_in_brackets_is_no_name() -> None:
    for thing in ("会员卡（金卡）", "会员卡（白金版）", "身份证（复印件）"):
        assert _masked(_notice(thing)) == set(), thing
    # A card's last digits in brackets are its tail (a card number), not a holder.
    assert _masked(_notice("储蓄卡(1234)")) == {"1234"}
    assert _masked(_notice("储蓄卡(1234)"), without("card_tail")) == set()


def test_the_closing_bracket_after_the_name_stays_readable() -> None:
    lines = _notice("学生卡（李文斌）")
    cell = lines[5]
    (found,) = [f for f in findings_from_text(lines) if f.category is Category.NAME]
    right = max(x for x, _ in padded_quad(found).points)
    bracket_left = min(x for x, _ in cell.chars[-1].points)
    assert right <= bracket_left + 1
