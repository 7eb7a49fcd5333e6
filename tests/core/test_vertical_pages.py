"""Pages written in vertical columns, and lists of people with no label on any row.

The lines are made up, boxed as the OCR boxes them: a column read downwards has its
quad's first edge running down the page (``ocr/rapid.py``), a character box stacked
under the other.
"""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.vertical_pages import turned_region
from redactor.core.detect.spans import normalize
from redactor.core.models import Category, OcrLine, Quad

_W = 50.0  # a column's width: its characters' size
_PITCH = 100.0  # from one column to the next, right to left


def column(text: str, right: float, top: float) -> OcrLine:
    """A line written top to bottom, its right edge at ``right``."""
    left, bottom = right - _W, top + _W * len(text)
    quad = Quad(((right, top), (right, bottom), (left, bottom), (left, top)))
    return OcrLine(text, 0.99, quad, quad.split(len(text)))


def row(text: str, x: float, y: float, h: float = 30.0) -> OcrLine:
    """A line written left to right."""
    quad = Quad(((x, y), (x + h * len(text), y), (x + h * len(text), y + h), (x, y + h)))
    return OcrLine(text, 0.99, quad, quad.split(len(text)))


# A ledger in columns, right to left: its heading column ("芳名" at the top, "礼金" lower
# down), then one giver a column over the gift's sum, then the date at the foot.
_GIVERS = ("刘志强", "同学周美玲", "水务局陈国平", "王建军夫妇", "实验小学赵丽娟")
_SUMS = ("贰佰元", "伍佰元", "叁佰元", "壹仟元", "陆佰元")


def ledger(right: float, top: float) -> list[OcrLine]:
    lines = [column("芳名", right, top), column("礼金", right, top + 600)]
    for n, (giver, gift) in enumerate(zip(_GIVERS, _SUMS, strict=True), start=1):
        x = right - n * _PITCH
        lines += [column(giver, x, top), column(gift, x, top + 600)]
    x = right - (len(_GIVERS) + 1) * _PITCH
    lines.append(column("2024年3月8日", x, top))
    return lines


def masked(lines: list[OcrLine]) -> dict[str, set[Category]]:
    spans = text_spans(lines)
    out: dict[str, set[Category]] = {}
    for i, line in enumerate(lines):
        for s in spans[i]:
            if s.end > s.start and s.end - s.start == len(line.text.strip()):
                out.setdefault(line.text, set()).add(s.category)
    return out


def partly_masked(lines: list[OcrLine]) -> set[str]:
    spans = text_spans(lines)
    return {line.text for i, line in enumerate(lines) if any(s.end > s.start for s in spans[i])}


def test_a_page_written_in_columns_masks_each_giver_whole_and_keeps_the_sums():
    lines = ledger(right=1200, top=100)
    whole = masked(lines)
    for giver in _GIVERS:  # work unit, relation and household word with the name
        assert Category.NAME in whole.get(giver, set()), giver
    touched = partly_masked(lines)
    assert not touched & {"芳名", "礼金", "2024年3月8日", *_SUMS}


#: A form printed across, more rows than the ledger under it has columns: the page's
#: median angle is the rows'.
_FORM_ROWS = ("登记表", "单位名称", "登记日期", "经办窗口", "备案号码", "共计页数", "本页页码")


def printed_across() -> list[OcrLine]:
    texts = [f"{t}{part}" for part in "甲乙" for t in _FORM_ROWS]
    return [row(t, 100, 40 + 40 * n) for n, t in enumerate(texts)]


def test_columns_on_a_page_printed_across_are_read_in_their_own_frame():
    header = printed_across()
    lines = header + ledger(right=1200, top=700)
    region = turned_region(lines, 0.0)
    assert region is not None and len(region.lines) == 2 + 2 * len(_GIVERS) + 1
    assert abs(region.angle - 90.0) < 1.0
    whole = masked(lines)
    for giver in _GIVERS:
        assert Category.NAME in whole.get(giver, set()), giver
    assert not partly_masked(lines) & {"芳名", "礼金", *_SUMS}


def test_the_columns_set_apart_read_right_to_left_as_rows_under_the_page():
    header = printed_across()
    lines = header + ledger(right=1200, top=700)
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    page_bottom = max(sheet.geo[k].y1 for k in range(len(header)))
    cols = range(len(header), len(lines))
    assert min(sheet.geo[k].y0 for k in cols) > page_bottom
    heading, first = len(header), len(header) + 2  # "芳名", then the right-most giver
    assert sheet.geo[heading].y1 < sheet.geo[first].y0
    assert sheet.geo[heading].same_row(sheet.geo[heading + 1])  # "礼金" on the heading's row


def test_headings_printed_down_a_margin_stay_on_the_page():
    # Two section headings down a form's left margin, one under the other: no columns
    # side by side, no region (the party-section rules read them where they stand).
    rows = [row(f"第{n}栏填写内容说明", 200, 40 + 50 * n) for n in range(8)]
    lines = [*rows, column("客户信息", 120, 40), column("经办信息", 120, 300)]
    assert turned_region(lines, 0.0) is None


def test_a_list_printed_across_under_a_guests_heading():
    lines = [
        row("来宾", 100, 100),
        row("礼金", 500, 100),
        row("孙立新", 100, 150),
        row("捌佰元", 500, 150),
        row("同事吴海燕 伍佰元", 100, 200),  # the sum read into the giver's box
        row("郑晓东全家", 100, 250),
        row("叁佰元", 500, 250),
    ]
    spans = text_spans(lines)
    texts = [ln.text for ln in lines]
    got = {
        texts[i]: [texts[i][s.start : s.end] for s in ss if s.end > s.start]
        for i, ss in spans.items()
    }
    assert got["孙立新"] == ["孙立新"]
    assert "同事吴海燕" in got["同事吴海燕 伍佰元"]
    assert not any("伍佰元" in v for v in got["同事吴海燕 伍佰元"])
    assert any(v.startswith("郑晓东") for v in got["郑晓东全家"])
    assert not got["来宾"] and not got["礼金"] and not got["捌佰元"] and not got["叁佰元"]


def test_the_people_named_before_an_occasions_phrase():
    lines = [
        row("喜庆簿", 100, 40),
        row("黄志明", 100, 100),
        row("林秀英", 220, 100),
        row("新婚之喜", 340, 100),
    ]
    got = partly_masked(lines)
    assert {"黄志明", "林秀英"} <= got
    assert "新婚之喜" not in got and "喜庆簿" not in got
    glued = text_spans([row("何建华寿诞之喜", 100, 100)])[0]
    assert [(s.start, s.end) for s in glued if s.end > s.start] == [(0, 3)]


def test_no_one_before_a_phrase_that_opens_with_no_name():
    lines = [row("恭祝新婚之喜", 100, 100), row("祝您全家幸福安康", 100, 160)]
    assert not partly_masked(lines)


def test_a_gift_column_names_its_givers_when_the_list_heading_went_unread():
    lines = [ln for ln in ledger(right=1200, top=100) if ln.text != "芳名"]
    whole = masked(lines)
    for giver in _GIVERS:
        assert Category.NAME in whole.get(giver, set()), giver
    assert not partly_masked(lines) & {"礼金", "2024年3月8日", *_SUMS}


def test_a_list_ends_at_a_field_of_the_form():
    lines = [
        row("Guests", 100, 100),
        row("Maria Olsen", 100, 140),
        row("Peter Lund", 100, 180),
        row("Card no. QX55012873", 100, 220),
    ]
    spans = text_spans(lines)
    assert any(s.end > s.start for s in spans[1]) and any(s.end > s.start for s in spans[2])
    assert all(s.start >= len("Card no") for s in spans[3])  # the label stays readable


def test_rows_printed_across_a_page_written_in_columns_keep_their_own_frame():
    # A stamp of three rows printed across the foot of a ledger written in columns.
    stamp = [
        row(t, 300, 1400 + 40 * n) for n, t in enumerate(("喜宴礼簿专用", "请妥善保管", "遗失不补"))
    ]
    lines = ledger(right=1200, top=100) + stamp
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    first = len(lines) - len(stamp)
    geo = [sheet.geo[k] for k in range(first, len(lines))]
    # Read left to right, one under the other, below the columns turned into rows.
    assert all(g.x1 - g.x0 > g.y1 - g.y0 for g in geo)
    assert geo[0].y1 <= geo[1].y0 and geo[1].y1 <= geo[2].y0
    assert min(g.y0 for g in geo) > max(sheet.geo[k].y1 for k in range(first))


def test_row_numbers_beside_a_names_column_stay_readable():
    # A roster's 序号 column stands just left of its 姓名 column: each row's number
    # names no one, and the names under it are still the list's entries.
    lines = [row("序号", 100, 100), row("姓名", 190, 100), row("工种", 400, 100)]
    for n, (name, trade) in enumerate((("孙立新", "木工"), ("吴海燕", "瓦工"), ("郑晓东", "普工"))):
        y = 150 + 50 * n
        lines += [row(str(n + 1), 160, y), row(name, 190, y), row(trade, 400, y)]
    spans = text_spans(lines)
    texts = [ln.text for ln in lines]
    got = {
        texts[i]: [texts[i][s.start : s.end] for s in ss if s.end > s.start]
        for i, ss in spans.items()
    }
    assert set(got["孙立新"]) == {"孙立新"} and set(got["郑晓东"]) == {"郑晓东"}
    assert not got["1"] and not got["2"] and not got["3"]
    assert not got["木工"] and not got["姓名"]
