"""Put text lines together: field values, person blocks and wrapped address lines.

Works in the page's reading frame (lines rotated by the page's dominant text
angle), so a label photographed sideways groups the same way as a scan.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from redactor.core.detect.addresses import (
    cn_marker_count,
    looks_like_address,
    looks_like_cn_address,
    split_door,
)
from redactor.core.detect.fields import (
    Field,
    find_fields,
    has_business_label,
    is_heading,
    is_postcode_key,
)
from redactor.core.detect.spans import Span
from redactor.core.models import Category, OcrLine

_LABEL_AHEAD = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]")
# OCR reads 一 as a dash ("张-静"), so dashes may stand inside a Chinese name.
_CJK_NAME = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff*＊xX×]|[\-—](?=[\u4e00-\u9fff])){0,3}(?:先生|女士|小姐)?")
_EN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,3}")
_HAS_DIGIT_RUN = re.compile(r"\d{3,}")
_ANY_LABEL = re.compile(r"\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .#]{0,15}[:：]")
_LABEL_ONLY = re.compile(r"\s*[^:：]{1,12}[:：]\s*")  # "日期：" beside "签收人：" is another label
_OWN_NUMBER = re.compile(r"\d{4,}|\d[*＊]{2,}|^\s*[收寄]")
# A wrapped line holding only the end of the door number ("05", "15-1-707", "A座808室").
_DOOR_TAIL = re.compile(r"\s*[A-Za-z]?\d{1,5}(?:-\d{1,5}){0,3}[A-Za-z]?(?:号楼|栋|幢|座|单元|室|层|楼|号)?\s*")


@dataclass(frozen=True, slots=True)
class Geo:
    """A line's box in the reading frame."""

    x0: float
    y0: float
    x1: float
    y1: float
    th: float  # text height (the box may be taller when the line is tilted)

    @property
    def h(self) -> float:
        return max(1.0, self.y1 - self.y0)


def reading_frame(lines: list[OcrLine]) -> list[Geo]:
    angles = [ln.quad.angle for ln in lines if len(ln.text) >= 3]
    theta = math.radians(_median(angles)) if angles else 0.0
    c, s = math.cos(-theta), math.sin(-theta)
    out = []
    for ln in lines:
        pts = [(x * c - y * s, x * s + y * c) for x, y in ln.quad.points]
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        out.append(Geo(min(xs), min(ys), max(xs), max(ys), max(1.0, ln.quad.height)))
    return out


def _median(v: list[float]) -> float:
    v = sorted(v)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def field_spans(lines: list[OcrLine], texts: list[str], blocks: bool = True) -> dict[int, list[Span]]:
    """Spans found by keywords, blocks and address continuation; keyed by line index.

    ``blocks=False`` (the verification pass) ignores headings without a value:
    on a masked image every field keyword has lost its value, and the lines
    below it are not the person's block any more.
    """
    geo = reading_frame(lines)
    fields = [find_fields(t) for t in texts]  # once per line: every rule below consults them
    out: dict[int, list[Span]] = {i: [] for i in range(len(lines))}
    address_lines: set[int] = set()
    for i, text in enumerate(texts):
        for f in fields[i]:
            value_end = _value_end(text, f.value_start, f.value_end)
            value = text[f.value_start : value_end]
            if not value.strip():
                if not blocks or f.value_end < len(text):
                    continue  # "会员手机：": the next keyword names the value, no block here
                # The value may stand beside the label ("SHIP TO:   Oscar Scott") ...
                j = _line_beside(i, geo, texts, fields)
                if j is not None:
                    end = _before_label(texts[j], fields[j])
                    _field_value(j, 0, end, f.category, texts, out, address_lines)
                    if f.category is Category.NAME and not out[j] and not _is_business(texts[j][:end]):
                        # Beside a name label, whatever OCR made of the value is the name.
                        out[j].append(Span(0, end, Category.NAME, 0.7, "name_beside"))
                postcode = is_postcode_key(text[f.key_start : f.key_end])
                if f.category is Category.NAME or (f.category is Category.ADDRESS and j is None and not postcode):
                    # A name heads the person's block; an address label with its value
                    # beside it needs no block (wrapped lines are continuations).
                    head = i if j is None else j
                    _block_below(head, f.category, texts, fields, geo, out, address_lines, j is not None)
                elif j is None:
                    # ... or right under it ("AWB No:" above the number).
                    below = _lines_below(i, geo, max_lines=1)
                    if below and _short_value(texts[below[0]], fields[below[0]]):
                        k = below[0]
                        _field_value(k, 0, len(texts[k]), f.category, texts, out, address_lines)
                continue
            if f.category is Category.NAME and not _name_value_plausible(text, f):
                continue
            _field_value(i, f.value_start, value_end, f.category, texts, out, address_lines)
            if value_end == len(text) and f.category in _NUMBER_FIELDS:
                _number_beside(i, f.category, geo, texts, fields, out)
    for i, text in enumerate(texts):
        # Text before a line's first label can be an address ("…路418号 邮编：").
        end = _before_label(text, fields[i])
        if any(sp.start < end for sp in out[i]) or has_business_label(text):
            continue  # the shop's own address stays readable
        if looks_like_address(text[:end]):
            out[i].extend(split_door(text, 0, end, 0.75, "address_shape"))
            address_lines.add(i)
    _split_rows(texts, fields, geo, out, address_lines)
    _continuations(texts, fields, geo, out, address_lines)
    _sandwiched(texts, fields, geo, out, address_lines)
    _split_rows(texts, fields, geo, out, address_lines)
    if blocks:
        _between_name_and_address(texts, fields, geo, out, address_lines)
    _door_wraps(texts, fields, geo, out, address_lines)
    if blocks:
        _names_above_addresses(texts, fields, geo, out, address_lines)
    _waybill_names(texts, out)
    if blocks:
        _waybill_marks(texts, fields, geo, out)
    return out


_MARK = re.compile(r"\s*[收寄]件?人?\s*[:：]?\s*")


def _waybill_marks(texts: list[str], fields: list[list[Field]], geo: list[Geo], out: dict[int, list[Span]]) -> None:
    """A big bare 收/寄 printed in its own box: the line beside it is that person's name and phone."""
    for i, t in enumerate(texts):
        if not _MARK.fullmatch(t):
            continue
        j = _line_beside(i, geo, texts, fields)
        if j is not None and not out[j]:
            out[j].append(Span(0, len(texts[j]), Category.NAME, 0.7, "waybill_mark"))


# Common Chinese surnames (single and compound): a bare line of 2-4 characters
# starting with one, right above an address, is taken as the person's name.
_CN_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
)
_CN_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐")
_BUSINESS_WORDS = re.compile(
    r"(?i)\b(inc|ltd|llc|co|corp|company|store|shop|mart|market|supermarket|cafe|restaurant|pharmacy|"
    r"express|mail|post|ecommerce|logistics|delivery|priority|ground|shipping|label|receipt|invoice|total|"
    r"thank|welcome|customer|service|order|bistro|bakery|grocery|retail|pvt|warehouse|fulfil+ment|traders|"
    r"enterprises|boutique|outlet|studio|kitchen|foods?|books|electronics|pharma|hotel|clinic|centre|center)\b|"
    r"超市|商店|便利店|公司|专卖|旗舰|药房|餐厅|快递|速运|物流|有限"
)


_WAYBILL_NAME = re.compile(
    r"\s*[收寄]件?人?\s*[:：]?\s*(?P<n>[\u4e00-\u9fff](?:[\u4e00-\u9fff*＊]|[\-—](?=[\u4e00-\u9fff])){0,3}?"
    r"(?:先生|女士|小姐)?)"
    r"(?=\s*(?:\+?86[\s\-]?)?1\d|\s|$)"
)


def _is_business(text: str) -> bool:
    # OCR may drop the spaces ("GreenLeafGroceryRetailPvtLtd"): split at case changes too.
    return bool(_BUSINESS_WORDS.search(text) or _BUSINESS_WORDS.search(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)))


def looks_like_person_name(text: str) -> bool:
    t = text.strip()
    if not t or _HAS_DIGIT_RUN.search(t) or re.search(r"\d", t) or _is_business(t):
        return False
    cjk = re.fullmatch(r"[\u4e00-\u9fff*＊]{2,4}(?:先生|女士|小姐)?", t)
    if cjk:
        return t[0] in _CN_SURNAMES or t.startswith(_CN_COMPOUND)
    words = t.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", w) for w in words)


def _waybill_names(texts: list[str], out: dict[int, list[Span]]) -> None:
    """Waybills print "收 张三 138…" / "寄李*1390000…": a bare 收/寄, a surname, then the phone."""
    for i, t in enumerate(texts):
        m = _WAYBILL_NAME.match(t)
        if m and (m.group("n")[0] in _CN_SURNAMES or m.group("n").startswith(_CN_COMPOUND)):
            out[i].append(Span(m.start("n"), m.end("n"), Category.NAME, 0.8, "waybill_name"))


def _names_above_addresses(
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
) -> None:
    """The first line of an address block is usually the person's name, with no keyword."""
    for i in range(len(texts)):
        if out[i] or fields[i] or not looks_like_person_name(texts[i]):
            continue
        below = _lines_below(i, geo, max_lines=1)
        if below and below[0] in address_lines:
            out[i].append(Span(0, len(texts[i]), Category.NAME, 0.7, "name_above_address"))


def _name_value_plausible(text: str, f: Field) -> bool:
    """Without a colon, a Chinese label glued to words ("收银小票") names nobody:
    the value must start like a name (a common surname, or a masked name)."""
    if re.search(r"[:：]", text[f.key_end : f.value_start]):
        return True
    value = text[f.value_start : f.value_end].lstrip()
    if not value or not ("\u4e00" <= value[0] <= "\u9fff"):
        return True
    return value[0] in _CN_SURNAMES or value.startswith(_CN_COMPOUND) or value[1:2] in ("*", "＊")


def _field_value(
    i: int, start: int, end: int, category: Category, texts: list[str], out: dict[int, list[Span]], address_lines: set[int]
) -> None:
    text = texts[i]
    if category is Category.NAME:
        span = _name_span(text, start, end)
        if span and not _is_business(text[span.start : span.end]):
            out[i].append(span)
    elif category is Category.ADDRESS:
        out[i].extend(split_door(text, start, end, 0.85, "address_field"))
        address_lines.add(i)
    else:
        out[i].append(Span(start, end, category, 0.7, f"{category.value}_field"))


_NUMBER_FIELDS = (Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING)
_NUMBER_TAIL = re.compile(r"\s*[0-9*＊xX×•●\-\s]{3,24}\s*")


def _number_beside(
    i: int, category: Category, geo: list[Geo], texts: list[str], fields: list[list[Field]], out: dict[int, list[Span]]
) -> None:
    """A number split across two OCR boxes on one row ("银行卡：477772***" + "***6645")."""
    j = _line_beside(i, geo, texts, fields)
    if j is not None and _NUMBER_TAIL.fullmatch(texts[j]) and geo[j].x0 - geo[i].x1 < 2 * geo[i].th:
        out[j].append(Span(0, len(texts[j]), category, 0.7, f"{category.value}_split"))


def _before_label(text: str, fields: list[Field]) -> int:
    """Where a line's first label starts (the whole line when it has none)."""
    return fields[0].key_start if fields else len(text)


def _line_beside(
    i: int, geo: list[Geo], texts: list[str], fields: list[list[Field]], left: bool = False
) -> int | None:
    """The nearest line to the right (or left) of line ``i`` on the same row, if it is a plain value."""
    g = geo[i]
    best, best_key = None, (0, 0.0)
    for k, c in enumerate(geo):
        if left:
            c = Geo(-c.x1, c.y0, -c.x0, c.y1, c.th)  # mirrored: the left side becomes the right
            g = Geo(-geo[i].x1, geo[i].y0, -geo[i].x0, geo[i].y1, geo[i].th)
        if k == i or c.x0 < g.x1 - 0.5 * g.h:
            continue
        overlap = min(g.y1, c.y1) - max(g.y0, c.y0)
        if overlap < 0.5 * min(g.h, c.h) or c.x0 - g.x1 > 6 * max(g.h, c.h):
            continue
        # The box best level with this one, then the nearest.
        key = (round(abs((c.y0 + c.y1) - (g.y0 + g.y1)) / max(1.0, g.th)), c.x0)
        if best is None or key < best_key:
            best, best_key = k, key
    if best is None or is_heading(texts[best], fields[best]) or _LABEL_ONLY.fullmatch(texts[best]):
        return None
    if fields[best] and not texts[best][: _before_label(texts[best], fields[best])].strip():
        return None  # it starts with a label of its own
    return best


def _short_value(text: str, fields: list[Field]) -> bool:
    """A lone token under a number label: the number itself."""
    t = text.strip()
    return not fields and 0 < len(t) <= 32 and " " not in t.strip() and sum(c.isdigit() for c in t) >= 4


def _value_end(text: str, start: int, end: int) -> int:
    """A value stops where another 'label：' starts on the same line."""
    m = _LABEL_AHEAD.search(text, start, end)
    while m and m.start() == start:
        m = None
    return m.start() if m else end


def _name_span(text: str, start: int, end: int) -> Span | None:
    value = text[start:end]
    lead = len(value) - len(value.lstrip())
    s = start + lead
    m = _CJK_NAME.match(text, s, end) or _EN_NAME.match(text, s, end)
    if not m or m.end() <= m.start():
        return None
    # "客户联": one character after a label is a word, not a name; but a lone
    # surname ending the line is a name the OCR cut short ("会员：戴").
    lone = m.end() - m.start() == 1 and "\u4e00" <= text[m.start()] <= "\u9fff"
    if lone and not (text[m.start()] in _CN_SURNAMES and not text[m.end() :].strip()):
        return None
    e = m.end()
    while e > s and text[e - 1] in " .-":
        e -= 1
    return Span(s, e, Category.NAME, 0.85, "name_field")


def _block_below(
    head: int,
    category: Category,
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
    name_beside: bool = False,
) -> None:
    """A heading with no value ("SHIP TO:", "收件人：") owns the lines right below it."""
    below = _lines_below(head, geo, max_lines=6)
    first = not name_beside
    for j in below:
        t = texts[j]
        if is_heading(t, fields[j]):
            break
        if fields[j]:
            first = False
            continue  # its own keyword decides
        if _ANY_LABEL.match(t):
            break  # "GSTIN:", "Order ID:": another part of the label starts
        if first and category is Category.NAME and _is_business(t):
            break  # a shop heads the block ("RETURN TO: Little Owl Bistro"): the merchant's own data stays
        if first and category is Category.NAME and not looks_like_address(t) and not _HAS_DIGIT_RUN.search(t):
            out[j].append(Span(0, len(t), Category.NAME, 0.8, "block_name"))
        elif not _HAS_DIGIT_RUN.fullmatch(t.strip()):
            out[j].extend(split_door(t, 0, len(t), 0.75, "block_address"))
            address_lines.add(j)
        first = False


def _lines_below(i: int, geo: list[Geo], max_lines: int) -> list[int]:
    """Lines stacked under line ``i`` with no wide vertical gap, nearest first."""
    g = geo[i]
    result: list[int] = []
    cur = g
    for _ in range(max_lines):
        options = []
        for k in range(len(geo)):
            if k == i or k in result:
                continue
            c = geo[k]
            if c.y0 < cur.y0 + 0.5 * cur.h:
                continue
            gap = c.y0 - cur.y1
            if gap > 1.3 * max(cur.h, c.h):
                continue
            if c.x0 > g.x1 + 2 * g.h or c.x1 < g.x0 - 2 * g.h:
                continue  # another column
            if c.x0 < g.x0 - 6 * g.h:
                continue
            # The nearest line wins, and among lines at that height the best aligned one.
            options.append((round(gap / max(1.0, cur.h)), abs(c.x0 - g.x0), k))
        nxt = min(options)[2] if options else None
        if nxt is None:
            break
        result.append(nxt)
        cur = geo[nxt]
    return result


def _continuations(
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
) -> None:
    """Wrapped address lines: directly under an address line, aligned, without a keyword."""
    changed = True
    while changed:
        changed = False
        for i in sorted(address_lines):
            for j in _lines_below(i, geo, max_lines=1):
                # Only the text before a label of its own ("21-6-806 邮编：200061").
                end = _before_label(texts[j], fields[j])
                t = texts[j][:end]
                if not t.strip() or any(sp.start < end for sp in out[j]) or _LABEL_AHEAD.match(t):
                    continue
                if not (_continuation_text(t, texts[i]) or _DOOR_TAIL.fullmatch(t)):
                    continue
                if _DOOR_TAIL.fullmatch(t):
                    out[j].append(Span(0, end, Category.DOOR, 0.7, "door_wrap"))
                else:
                    out[j].extend(split_door(t, 0, end, 0.7, "address_wrap"))
                address_lines.add(j)
                changed = True


def _door_wraps(
    texts: list[str], fields: list[list[Field]], geo: list[Geo], out: dict[int, list[Span]], address_lines: set[int]
) -> None:
    """The end of a door number wrapped onto a short line of its own ("…4单元4" / "05")."""
    for i in sorted(address_lines):
        g = geo[i]
        best = None
        for k, c in enumerate(geo):
            end = _before_label(texts[k], fields[k])
            if k == i or any(sp.start < end for sp in out[k]) or not _DOOR_TAIL.fullmatch(texts[k][:end]):
                continue
            below = (c.y0 + c.y1) / 2 - (g.y0 + g.y1) / 2
            if below < 0.6 * g.th or c.y0 - g.y1 > 1.2 * g.th or not (g.x0 - g.th <= c.x0 <= g.x1):
                continue
            if best is None or c.y0 < geo[best].y0:
                best = k
        if best is not None:
            out[best].append(Span(0, _before_label(texts[best], fields[best]), Category.DOOR, 0.7, "door_wrap"))


def _split_rows(
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
) -> None:
    """OCR may cut one printed line into two boxes ("H.No 12-9-181, Bar" | "oad, Baner"):
    a box right next to an address line, on its row, continues it."""
    for i in sorted(address_lines):
        for left in (False, True):
            j = _line_beside(i, geo, texts, fields, left)
            if j is None or j in address_lines or out[j]:
                continue
            gap = geo[i].x0 - geo[j].x1 if left else geo[j].x0 - geo[i].x1
            if gap > 2.5 * geo[i].th:
                continue
            end = _before_label(texts[j], fields[j])
            out[j].extend(split_door(texts[j], 0, end, 0.65, "address_row"))
            address_lines.add(j)


def _between_name_and_address(
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
) -> None:
    """Under "Attn: NAME", the lines down to the address's city line belong to the address,
    even when OCR garbled the street ("29157 Jacks190n")."""
    for i in range(len(texts)):
        if not any(f.category is Category.NAME for f in fields[i]) or not any(
            sp.category is Category.NAME for sp in out[i]
        ):
            continue
        below = _lines_below(i, geo, max_lines=3)
        hit = next((n for n, k in enumerate(below) if k in address_lines), None)
        for k in below[: hit or 0]:
            t = texts[k]
            if out[k] or fields[k] or _ANY_LABEL.match(t) or _is_business(t) or not t.strip():
                break
            out[k].extend(split_door(t, 0, len(t), 0.65, "address_between"))
            address_lines.add(k)


def _sandwiched(
    texts: list[str],
    fields: list[list[Field]],
    geo: list[Geo],
    out: dict[int, list[Span]],
    address_lines: set[int],
) -> None:
    """A line between two lines of one address ("Civil Lines", a district) is part of it."""
    for i in sorted(address_lines):
        below = _lines_below(i, geo, max_lines=2)
        if len(below) == 2 and below[1] in address_lines and below[0] not in address_lines:
            j = below[0]
            t = texts[j]
            if fields[j] or out[j] or not t.strip() or len(t) > 60 or _OWN_NUMBER.search(t):
                continue  # a phone or name line between two addresses has rules of its own
            out[j].extend(split_door(t, 0, len(t), 0.65, "address_between"))
            address_lines.add(j)


def _continuation_text(t: str, prev: str) -> bool:
    t = t.strip()
    if not t or len(t) > 60:
        return False
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in t)
    if cjk and sum("\u4e00" <= c <= "\u9fff" for c in prev):
        # Chinese wrap: a short run that ends the address (estate, building, room).
        if _is_business(t):
            return False  # "永辉超市" under the shop's address is its name
        return looks_like_cn_address(prev + t) and (bool(re.search(r"\d", t)) or cn_marker_count(t) > 0)
    return looks_like_address(t)
