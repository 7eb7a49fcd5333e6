"""Property title deeds and real-estate registration. A 不动产权证书's registration page
(the number 京(2021)朝阳区不动产权第×号 over a grid: 权利人, 共有情况, 坐落 to the room,
不动产单元号, 权利类型, 权利性质, 用途, 面积, 使用期限, 权利其他状况; the 附记 naming a co-owner
with an ID, the registry's seal) or an old 房屋所有权证 written by hand (房权证…字第×号,
房屋所有权人, 坐落, the 房屋状况 table with 幢号 and 房号); a registry's printed
不动产登记信息查询结果 (the person who asked and the ID, owners with IDs and shares, the
title and unit numbers, the mortgage with its bank and 不动产证明 number, seizures); an
HM Land Registry title register or a Spanish nota simple (:mod:`synth.deeds_latin`).

Personal: owners, co-owners, mortgagors and the person who asked (``name``), ID numbers,
a title's number, a unit number, an old certificate's number and a mortgage's proof
number (``id_number``: each finds the owner), the property's address (``address``: an
owner's home, as a residence is) and its building and room (``door``: 3号楼2单元1502, a
幢号 and 房号). Ordinary: registries, rights, natures, uses, areas, terms, structures,
floors, dates, shares, amounts, seals and notes; a mortgagee bank's name is ordinary and
its credit code business data.
"""

from __future__ import annotations

import random
import re

from .deeds_latin import en_register, es_nota
from .deeds_words import (
    CN_BANKS,
    CN_NATURE,
    CN_NOTES,
    CN_QUERY_PURPOSES,
    CN_REGISTRIES,
    CN_RIGHTS,
    CN_SHARES,
    CN_STRUCTURES,
    CN_USES,
)
from .fakedata_deeds import DeedFaker
from .formkit import Cell, seal, sheet, table
from .formkit_slips import label_cell
from .kit import S, _finish
from .render import Canvas, Span


def _owners(fk: DeedFaker, rng: random.Random) -> tuple[list[str], str]:
    share = rng.choice(CN_SHARES)
    n = 1 if share == "单独所有" else 2
    return [fk.cn_name(honorific=0.0) for _ in range(n)], share


def _joined(names: list[str], sep: str = "、") -> tuple[Span, ...]:
    out: list[Span] = []
    for k, name in enumerate(names):
        out += [S(sep, "other")] * bool(k) + [S(name, "name")]
    return tuple(out)


def _place(fk: DeedFaker) -> tuple[str, str, tuple[Span, ...]]:
    """The property's 坐落： the road and estate， and the building and room."""
    region, street, door = fk.cn_address_parts()
    return street, door, (S(region + street, "address"), S(door, "door"))


def _building_room(door: str) -> tuple[str, str]:
    """A door split into the 幢号 and 房号 an old certificate's table asks for (both the
    door: together they are the flat)."""
    if "-" in door:
        building, _, room = door.partition("-")
        return building, room
    hit = re.match(r"(\w+?)(栋|幢|号楼|座)(.*)", door)
    return (hit.group(1), hit.group(3)) if hit else ("", door)


def _cn_title(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=True, base=1100, margin=0.07)
    s, w = p.s, right - m
    old = rng.random() < 0.35
    hand = old and rng.random() < 0.8
    owners, share = _owners(fk, rng)
    _, door, place = _place(fk)
    y = m + 40 * s
    if old:
        c.text(c.width / 2, y, "房屋所有权证", p.font(30, bold=True), "label", anchor="ms")
        y += 44 * s
        c.text(c.width / 2, y, fk.cn_old_title_no(), p.font(19), "id_number", anchor="ms")
    else:
        c.text(m, y, fk.cn_title_no(), p.font(19), "id_number")
    y += 30 * s
    year = rng.randint(2003, 2025)
    area = rng.uniform(48, 160)
    floors = rng.randint(6, 33)
    h = 52 * s
    if old:
        rows = [
            [label_cell("房屋所有权人"), Cell(_joined(owners), hand)],
            [label_cell("共有情况"), Cell.of(share, "other", hand=hand)],
            [label_cell("房屋坐落"), Cell(place, hand)],
            [
                label_cell("登记时间"),
                Cell.of(f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date", hand=hand),
            ],
            [
                label_cell("房屋性质"),
                Cell.of(rng.choice(("商品房", "房改房", "经济适用房")), "other", hand=hand),
            ],
            [label_cell("规划用途"), Cell.of("住宅", "other", hand=hand)],
        ]
        y = table(p, m, y, [w * 0.22, w * 0.78], rows, h, p.font(17), hand_px=28) + 30 * s
        building, room = _building_room(door)
        heads = ("幢号", "房号", "结构", "总层数", "所在层", "建筑面积(㎡)", "套内(㎡)")
        state = [
            [label_cell(t) for t in heads],
            [
                Cell.of(building, "door", hand=hand, align="c"),
                Cell.of(room, "door", hand=hand, align="c"),
                Cell.of(rng.choice(CN_STRUCTURES), "other", hand=hand, align="c"),
                Cell.of(str(floors), "other", hand=hand, align="c"),
                Cell.of(str(rng.randint(1, floors)), "other", hand=hand, align="c"),
                Cell.of(f"{area:.2f}", "other", hand=hand, align="c"),
                Cell.of(f"{area * 0.8:.2f}", "other", hand=hand, align="c"),
            ],
        ]
        c.text(m, y, "房屋状况", p.font(17, bold=True), "label")
        y = (
            table(
                p,
                m,
                y + 12 * s,
                [w * k for k in (0.1, 0.16, 0.2, 0.12, 0.12, 0.16, 0.14)],
                state,
                h,
                p.font(15),
                hand_px=26,
            )
            + 30 * s
        )
    else:
        start = f"{year - rng.randint(0, 12)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"
        others = (
            f"专有建筑面积：{area * 0.82:.2f}㎡，分摊建筑面积：{area * 0.18:.2f}㎡；"
            f"房屋结构：{rng.choice(CN_STRUCTURES)}；房屋总层数：{floors}层，"
            f"房屋所在层：{rng.randint(1, floors)}层"
        )
        rows = [
            [label_cell("权利人"), Cell(_joined(owners))],
            [label_cell("共有情况"), Cell.of(share, "other")],
            [label_cell("坐落"), Cell(place)],
            [label_cell("不动产单元号"), Cell.of(fk.cn_unit_no(rng.random() < 0.5), "id_number")],
            [label_cell("权利类型"), Cell.of(rng.choice(CN_RIGHTS), "other")],
            [label_cell("权利性质"), Cell.of(rng.choice(CN_NATURE), "other")],
            [label_cell("用途"), Cell.of(rng.choice(CN_USES), "other")],
            [
                label_cell("面积"),
                Cell.of(
                    f"共有宗地面积{rng.uniform(3000, 30000):.2f}㎡/房屋建筑面积{area:.2f}㎡",
                    "other",
                ),
            ],
            [
                label_cell("使用期限"),
                Cell.of(f"{start}起{int(start[:4]) + 70}年{start[5:]}止", "other"),
            ],
            [label_cell("权利其他状况"), Cell.of(others, "other")],
        ]
        y = table(p, m, y, [w * 0.2, w * 0.8], rows, h, p.font(16), line=1) + 30 * s
    c.text(m, y, "附记", p.font(18, bold=True), "label")
    y += 34 * s
    top = y - 30 * s
    notes: list[list[Span]] = []
    if len(owners) > 1:
        notes.append(
            [
                S("共有人：", "other"),
                S(owners[1], "name"),
                S("，身份证号：", "other"),
                S(fk.cn_resident_id(), "id_number"),
            ]
        )
    if rng.random() < 0.5:
        notes.append(
            [
                S(f"{owners[0]}", "name"),
                S(",身份证号:", "other"),
                S(fk.cn_resident_id(), "id_number"),
            ]
        )
    notes.append([S(rng.choice(CN_NOTES) or "无。", "other")])
    for spans in notes:
        c.line(m + 16 * s, y, spans, p.font(16))
        y += 32 * s
    c.box(m, top - 4 * s, right, y, width=1)
    registry = rng.choice(CN_REGISTRIES)
    y += 40 * s
    seal(p, right - 130 * s, y - 20 * s, 78 * s, registry[:9])
    c.line(c.width * 0.5, y, [S("登记机构：", "label"), S(registry, "shop")], p.font(16))
    y += 32 * s
    c.line(
        c.width * 0.5,
        y,
        [S(f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        p.font(16),
    )
    return _finish(c, y, m // 2, border=max(1, round(2 * s)), pad=16 * s)


def _cn_query(rng: random.Random, fk: DeedFaker) -> Canvas:
    """A registry's printed 不动产登记信息查询结果， typed in grids."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.41, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    registry = rng.choice(CN_REGISTRIES)
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("不动产登记信息查询结果", "不动产登记资料查询结果证明")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    f = p.font(15)
    owners, share = _owners(fk, rng)
    ids = [fk.cn_resident_id() for _ in owners]
    asker, asker_id = (
        (owners[0], ids[0])
        if rng.random() < 0.7
        else (fk.cn_name(honorific=0.0), fk.cn_resident_id())
    )
    c.line(m, y, [S("查询编号：", "label"), S(f"CX{fk.digits(12)}", "other")], f)
    c.line(
        m + w * 0.55,
        y,
        [
            S("查询时间：", "label"),
            S(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {fk.time()}", "date"),
        ],
        f,
    )
    y += 28 * s
    c.line(
        m,
        y,
        [
            S("申请人：", "label"),
            S(asker, "name"),
            S("  证件号码：", "label"),
            S(fk.cn_resident_id(), "id_number"),
        ],
        f,
    )
    c.line(
        m + w * 0.72, y, [S("查询目的：", "label"), S(rng.choice(CN_QUERY_PURPOSES), "other")], f
    )
    y += 30 * s
    grids: list[tuple[str, tuple[str, ...], list[list[Cell]], tuple[float, ...]]] = []
    people = [
        [
            Cell.of(o, "name"),
            Cell.of("居民身份证", "other"),
            Cell.of(cid, "id_number"),
            Cell.of(share, "other"),
            Cell.of("50%" if share == "按份共有" else "—", "other"),
        ]
        for o, cid in zip(owners, ids, strict=True)
    ]
    grids.append(
        (
            "权利人信息",
            ("权利人", "证件类型", "证件号码", "共有方式", "份额"),
            people,
            (0.16, 0.16, 0.34, 0.18, 0.16),
        )
    )
    _, _, place = _place(fk)
    area = rng.uniform(48, 160)
    unit = [
        [
            Cell.of(fk.cn_title_no(), "id_number"),
            Cell(place),
            Cell.of(f"{area:.2f}", "other", align="c"),
            Cell.of("住宅", "other", align="c"),
        ]
    ]
    grids.append(
        (
            "不动产信息",
            ("不动产权证号", "坐落", "建筑面积(㎡)", "用途"),
            unit,
            (0.34, 0.42, 0.13, 0.11),
        )
    )
    if rng.random() < 0.75:
        loan = f"{rng.randint(30, 300) * 10000:,}元"
        mort = [
            [
                Cell.of(rng.choice(CN_BANKS), "shop"),
                Cell((Span(fk.tax_id(), "tax_id", None),)),
                Cell.of(fk.cn_title_no(proof=True), "id_number"),
                Cell.of(loan, "price"),
            ]
        ]
        grids.append(
            (
                "抵押信息",
                ("抵押权人", "统一社会信用代码", "不动产登记证明号", "债权数额"),
                mort,
                (0.3, 0.22, 0.33, 0.15),
            )
        )
    grids.append(
        (
            "查封信息",
            ("查封机关", "查封文号", "查封期限"),
            [[Cell.of("无", "other")] * 3],
            (0.34, 0.33, 0.33),
        )
    )
    for head, heads, rows, fr in grids:
        y += 26 * s
        c.text(m, y, head, p.font(17, bold=True), "label")
        y = table(
            p,
            m,
            y + 10 * s,
            [w * k for k in fr],
            [[label_cell(t) for t in heads], *rows],
            44 * s,
            p.font(14),
            line=1,
        )
    y += 40 * s
    note = "说明：本查询结果仅反映查询时点登记簿记载的信息，仅供参考。"
    c.text(m, y, note, p.font(14), "footer")
    y += 60 * s
    c.line(m + w * 0.55, y, [S("查询机构：", "label"), S(registry, "shop")], p.font(15))
    seal(p, m + w * 0.8, y - 20 * s, 70 * s, "查询专用章")
    y += 30 * s
    c.line(
        m + w * 0.55,
        y,
        [
            S("打印时间：", "label"),
            S(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=14 * s)


def property_title_certificate(rng: random.Random) -> Canvas:
    """A property title: a 不动产权证书 page (or an old 房屋所有权证), a registry's
    查询结果 printout, an HM Land Registry register or a Spanish nota simple."""
    fk = DeedFaker(rng)
    draw = rng.choices((_cn_title, _cn_query, en_register, es_nota), weights=(38, 24, 20, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"property_title_certificate": property_title_certificate}
