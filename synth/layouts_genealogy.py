"""Family genealogies and clan registers. A printed 族谱 page, in columns read top to
bottom from the right inside ruled lines with the book's title in its own column, or
in running lines (第十八世 headings; each man's 名, 字 and 号, his father as <name>公长子,
the birth in the sexagenary and lunar reckoning and the Gregorian year, the death,
the burial place, 配 <surname>氏 and her birth, the sons and daughters by name, a
daughter married 适 a village and a husband; living men with their schooling, work and
city and a wife by her full name), a drawn 世系图 or an Italian albero genealogico
(:mod:`synth.genealogy_latin`), a 宗亲信息登记表 filled in by pen for the next edition,
or an English family group record.

Personal: every person named (``name``: a man, his 字 and 号, a wife as 李氏 or in full,
children, sons-in-law, registrants; after <name>公 only the name), births as dates,
lunar dates or years beside their person (``id_number``: a date of birth), phones and
homes to the room (``door``). Ordinary: halls, generation poems and characters,
generations, branches, orders of birth, deaths and ages, burial places, villages a
daughter married into, cities, schooling, work, titles of the books (a 陈氏族谱 is a
whole clan's), page numbers and notes.
"""

from __future__ import annotations

import random
import re

from .fakedata import CN_GIVEN_CHARS
from .fakedata_kin import KinFaker
from .formkit import RED, Cell, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .genealogy_latin import cn_tree, en_group_sheet, it_tree
from .genealogy_words import (
    CN_BRANCHES,
    CN_BURIALS,
    CN_GEN,
    CN_HALLS,
    CN_HAO,
    CN_NUMS,
    CN_POEMS,
    CN_REG_NOTE,
    CN_SCHOOLING,
    CN_VILLAGES,
    CN_WORK,
    CN_ZI,
)
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span

_ORDER = "长次三四五"


def _given(rng: random.Random, gen_char: str) -> str:
    """A given name carrying the generation's character (德明, 德华)."""
    return gen_char + rng.choice(CN_GIVEN_CHARS)


def _entry(
    rng: random.Random,
    fk: KinFaker,
    surname: str,
    gen: tuple[str, str],
    father: str,
    k: int,
    year: int,
) -> tuple[list[Span], list[str]]:
    """One man's entry and his sons' names; ``gen`` is (his name or this generation's
    character, the next one's), ``year`` about when he was born."""
    name = gen[0] if len(gen[0]) > 1 else surname + _given(rng, gen[0])
    by = year + rng.randint(-4, 4)
    sons = [surname + _given(rng, gen[1]) for _ in range(rng.choice((0, 1, 2, 2, 3)))]
    daughter = surname + fk.cn_given_name()
    out = [S(name, "name")]
    old = by < 1935
    if old:
        out += [S(",字", "other"), S(rng.choice(CN_ZI) + rng.choice(CN_ZI), "name")]
        if rng.random() < 0.6:
            out += [S(",号", "other"), S(rng.choice(CN_HAO), "name")]
    out += [S(",", "other"), S(father, "name"), S(f"公{_ORDER[k]}子。生于", "other")]
    if old:
        dy = by + rng.randint(45, 85)
        out += [S(fk.lunar_birth(by), "id_number"), S("(", "other"), S(f"公元{by}年", "id_number")]
        out += [S(f"),卒于{dy}年,享年{dy - by + 1}岁,葬{rng.choice(CN_BURIALS)}。配", "other")]
        wife_sur = fk.cn_surname()
        out += [
            S(f"{wife_sur}氏", "name"),
            S(",生于", "other"),
            S(fk.lunar_birth(by + rng.randint(-2, 4)), "id_number"),
        ]
        out += [S(f",卒于{by + rng.randint(50, 90)}年。", "other")]
    else:
        out += [S(f"{by}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "id_number")]
        out += [
            S(
                f",{rng.choice(CN_SCHOOLING)},{rng.choice(CN_WORK)},现居{fk.cn_address_parts()[0]}。配",
                "other",
            )
        ]
        out += [
            S(fk.cn_name(honorific=0.0), "name"),
            S(",生于", "other"),
            S(f"{by + rng.randint(-2, 4)}年", "id_number"),
            S("。", "other"),
        ]
    if sons:
        out.append(S(f"生子{CN_NUMS[len(sons)]}:", "other"))
        for j, son in enumerate(sons):
            out += [S("、", "other")] * (j > 0) + [S(son, "name")]
        out.append(S(";", "other"))
    out += [S("女一:", "other"), S(daughter, "name")]
    if old or rng.random() < 0.5:
        out += [S(f",适{rng.choice(CN_VILLAGES)}", "other"), S(fk.cn_name(honorific=0.0), "name")]
    out.append(S("。", "other"))
    return out, sons


def _generations(
    rng: random.Random, fk: KinFaker, surname: str, poem: str
) -> list[tuple[str, list[list[Span]]]]:
    """Two generations of a page: (heading, entries), the second the first's sons."""
    g = rng.randrange(len(CN_GEN) - 2)
    year = rng.choice((1895, 1915, 1935, 1955))
    grand = surname + _given(rng, poem[g - 1] if g else poem[-1])
    first, sons = [], []
    for k in range(rng.randint(2, 3)):
        spans, boys = _entry(rng, fk, surname, (poem[g], poem[g + 1]), grand, k, year + 3 * k)
        first.append(spans)
        sons += [(son, spans[0].text, j) for j, son in enumerate(boys)]
    second = []
    for son, father, k in sons[:3]:
        spans, _ = _entry(rng, fk, surname, (son, poem[g + 2]), father, k, year + 28)
        second.append(spans)
    gens = [(f"第{CN_GEN[g]}世", first), (f"第{CN_GEN[g + 1]}世", second)]
    return gens if second else gens[:1]


def _cn_number(n: int) -> str:
    """1-99 in Chinese numerals (十, 十二, 二十一), as a month, day or age is printed."""
    tens, ones = divmod(n, 10)
    head = ("" if tens == 1 else CN_NUMS[tens]) + "十" if tens else ""
    return head + (CN_NUMS[ones] if ones else "")


def _vertical(text: str) -> str:
    """Years digit by digit, months, days and ages as numbers in Chinese numerals and
    brackets dropped, as a column is printed."""
    text = re.sub(r"\d{4}", lambda mt: "".join(CN_NUMS[int(ch)] for ch in mt.group()), text)
    text = re.sub(r"\d{1,2}", lambda mt: _cn_number(int(mt.group())), text)
    return text.replace("(", "").replace(")", "")


def _column_flow(
    p: Pen, spans: list[Span], x: float, top: float, bottom: float, col: float, f
) -> float:
    """Spans written top to bottom in upright characters from the column centred on ``x``
    leftwards; a span broken by a column's foot is an item per column. Returns the x of
    the column after the last."""
    c, step = p.c, f.size * 1.1
    y = top + step / 2
    for sp in spans:
        boxes: list[tuple[int, int, int, int]] = []
        text = _vertical(sp.text)
        piece = ""
        for ch in text:
            if y + step / 2 > bottom:
                _flush(c, piece, sp, boxes)
                boxes, piece = [], ""
                x, y = x - col, top + step / 2
            b = c.text(x, y, ch, f, sp.category, anchor="mm", record=False) if ch.strip() else None
            if b:
                boxes.append(b)
                piece += ch
            y += step
        _flush(c, piece, sp, boxes)
    return x - col


def _flush(c: Canvas, text: str, sp: Span, boxes: list[tuple[int, int, int, int]]) -> None:
    if boxes and text.strip("、,。;:"):
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        c.add(text, sp.category, sp.pii, box)


def _cn_page(rng: random.Random, fk: KinFaker) -> Canvas:
    vertical = rng.random() < 0.5
    c, p, m, right = sheet(
        rng, (1200, 1300), 0.8 if vertical else 1.5, cjk=True, base=1200, margin=0.06
    )
    s, w = p.s, right - m
    surname, hall = rng.choice(CN_HALLS)
    poem = rng.choice(CN_POEMS)
    gens = _generations(rng, fk, surname, poem)
    book = f"{surname}氏族谱 卷{rng.choice('一二三四五六')}"
    f = p.font(21)
    if vertical:
        top, bottom = m + 30 * s, c.height - m
        col = f.size * 1.75
        c.box(m, top - 20 * s, right, bottom, width=3)
        x = right - col / 2
        _column_flow(
            p,
            [S(book, "other"), S(" ", "other"), S(hall, "other")],
            x,
            top + 20 * s,
            bottom,
            col,
            p.font(22, bold=True),
        )
        x -= col
        c.vline(x + col / 2, top - 20 * s, bottom, width=2)
        for head, entries in gens:
            x = _column_flow(
                p, [S(head, "label")], x, top + 10 * s, bottom, col, p.font(22, bold=True)
            )
            for spans in entries:
                if x < m + col:
                    break
                x = _column_flow(p, spans, x, top + 2.2 * f.size, bottom, col, f)
        k = right - 2 * col
        while k > m + col / 2:  # every column has its rules, written on or not
            c.vline(k, top - 20 * s, bottom, width=1)
            k -= col
        c.text(m + 10 * s, bottom + 34 * s, f"— {rng.randint(12, 260)} —", p.font(15), "other")
        return _finish(c, bottom + 34 * s, m // 2, pad=10 * s)
    y = m + 36 * s
    c.text(c.width / 2, y, book, p.font(28, bold=True), "other", anchor="ms")
    c.text(right, y, hall, p.font(20), "other", anchor="rs", fill=RED)
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("字辈: ", "label"),
            S(" ".join(poem[i : i + 4] for i in range(0, len(poem), 4)), "other"),
        ],
        p.font(16),
    )
    c.hline(m, right, y + 14 * s, width=2)
    y += 60 * s
    for head, entries in gens:
        c.text(m, y, head, p.font(23, bold=True), "label")
        y += 44 * s
        for spans in entries:
            y = c.wrap(m + 40 * s, y, spans, f, w - 40 * s, 36 * s, max_lines=8) + 14 * s
        y += 10 * s
    c.hline(m, right, y, width=1)
    # a stop or comma the wrap left alone on a line is no item of its own
    c.items = [it for it in c.items if it.text.strip("。,、;:")]
    c.text(c.width / 2, y + 34 * s, f"— {rng.randint(12, 260)} —", p.font(15), "other", anchor="ms")
    return _finish(c, y + 34 * s, m // 2, pad=10 * s)


def _cn_register(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    surname, hall = rng.choice(CN_HALLS)
    poem = rng.choice(CN_POEMS)
    g = rng.randrange(4, 10)
    y = m + 36 * s
    c.text(
        c.width / 2, y, f"{hall}{surname}氏续修族谱", p.font(22, bold=True), "other", anchor="ms"
    )
    y += 50 * s
    c.text(c.width / 2, y, "宗亲信息登记表", p.font(30, bold=True), "label", anchor="ms")
    y += 20 * s
    hand = rng.random() < 0.85
    name = surname + _given(rng, poem[g])
    idn = fk.id_born(1950, 1995)
    phone = fk.cn_mobile(rng.choice(("plain", "dash", "space")))
    rows = grid_rows(
        [
            [
                ("姓名", name, "name"),
                ("性别", "男", "other"),
                ("出生日期", f"{idn[6:10]}.{int(idn[10:12])}.{int(idn[12:14])}", "id_number"),
            ],
            [
                ("世系", f"第{CN_GEN[g % len(CN_GEN)]}世", "other"),
                ("字辈", poem[g], "other"),
                ("房支", rng.choice(CN_BRANCHES), "other"),
            ],
            [
                ("父亲", surname + _given(rng, poem[g - 1]), "name"),
                ("母亲", fk.cn_name(honorific=0.0), "name"),
                ("配偶", fk.cn_name(honorific=0.0), "name"),
            ],
            [
                ("学历", rng.choice(CN_SCHOOLING), "other"),
                ("职业", rng.choice(CN_WORK), "other"),
                ("联系电话", phone, "phone"),
            ],
            [("现住址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
            [("祖籍", f"{fk.cn_address_parts()[0]}{rng.choice(CN_VILLAGES[1:])}", "other")],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.11, 0.23, 0.1, 0.2, 0.12, 0.24)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(17), hand_px=26) + 30 * s
    c.text(m, y, "子女情况", p.font(18, bold=True), "label")
    kids = [[label_cell(t) for t in ("姓名", "性别", "出生年月", "配偶", "备注")]]
    for _ in range(rng.randint(1, 3)):
        boy = rng.random() < 0.55
        kid = surname + (_given(rng, poem[g + 1]) if boy else fk.cn_given_name())
        year = int(idn[6:10]) + rng.randint(22, 32)
        born = f"{year}.{rng.randint(1, 12)}"
        grown = year < 2000  # only a grown child has a spouse or has married out
        spouse = fk.cn_name(honorific=0.0) if grown and rng.random() < 0.7 else ""
        note = ("外嫁" if grown and not boy else "") if grown else rng.choice(("在读", ""))
        cells = [
            (kid, "name"),
            ("男" if boy else "女", "other"),
            (born, "id_number"),
            (spouse, "name"),
            (note, "other"),
        ]
        kids.append([Cell.of(t, k, hand=hand, align="c") for t, k in cells])
    y = (
        table(
            p,
            m,
            y + 12 * s,
            [w * k for k in (0.2, 0.1, 0.2, 0.25, 0.25)],
            kids,
            46 * s,
            p.font(17),
            hand_px=25,
        )
        + 30 * s
    )
    y = c.wrap(m, y, [S(CN_REG_NOTE, "footer")], p.font(15), w, 24 * s, max_lines=3) + 30 * s
    f = p.font(17)
    x = c.line(m, y, [S("登记人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    x = c.line(c.width * 0.42, y, [S("收表人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(surname + _given(rng, poem[g - 1]), "name")], 28, cjk=True)
    c.line(
        right - 200 * s,
        y,
        [S("日期: ", "label"), S(f"2026.{rng.randint(1, 11)}.{rng.randint(1, 28)}", "date")],
        f,
    )
    seal(p, right - 120 * s, y + 70 * s, 64 * s, f"{surname}氏宗亲理事会")
    y += 140 * s
    c.text(m, y, f"{surname}氏修谱理事会 {rng.choice(('敬制', '印'))}", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=16 * s)


def genealogy_register_page(rng: random.Random) -> Canvas:
    """A printed 族谱 page (columns or lines), a drawn 世系图, a 宗亲信息登记表, an English
    family group record or an Italian albero genealogico."""
    fk = KinFaker(rng)
    draw = rng.choices(
        (_cn_page, cn_tree, _cn_register, en_group_sheet, it_tree), weights=(34, 18, 18, 16, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"genealogy_register_page": genealogy_register_page}
