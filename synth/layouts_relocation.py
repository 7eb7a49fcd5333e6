"""Expropriation and relocation compensation. A 国有土地上房屋征收补偿协议 typed on A4
(征收部门 and 实施单位 ordinary; 被征收人 with 身份证号 and phone, 共有人 after a relation
word; 房屋坐落 to the room; 不动产权证号; area and use; a table of compensation sums; the
安置房 in a resettlement estate by building and room; the bank and 账号; clauses;
signatures with a fingerprint and the seal), a 房屋征收入户调查登记表 filled in by pen
(户主, ID, phone, the house to the room, its title number, the household in a grid, the
rooms and their areas, the surveyors), a 分户补偿情况公示 on the notice board (a page of
households: name, the estate ordinary and the building and room, area, way and sum), an
English home loss payment claim or a Spanish convenio de justiprecio
(:mod:`synth.relocation_latin`).

Personal: 被征收人, 共有人, household members, 户主, surveyors (``name``), IDs and title
numbers (不动产权证号 / 房屋所有权证号: one family's deed, ``id_number``), phones, homes
old and new to the room (``address`` + ``door``; a resettlement estate's name alone is a
landmark and ordinary), the 账号 (``card_number``). Ordinary: departments, projects,
areas, uses, every sum, relation words, rooms, clauses, dates, the agreement's number.
The 实施单位's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_marks import thumbprint
from .formkit_slips import grid_rows, hand_cell, label_cell, prose_row
from .kit import S, _finish, biz, joined_address
from .relocation_latin import en_home_loss, es_convenio
from .relocation_words import (
    CN_CLAUSES,
    CN_ITEMS,
    CN_NEW_ESTATES,
    CN_OLD_ESTATES,
    CN_PROJECTS,
    CN_RELATIONS,
    CN_ROOMS,
)
from .render import Canvas, Span

NUMERALS = "一二三四五六七八九十"


def _day(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _new_flat(rng: random.Random) -> list[Span]:
    """The resettlement flat: the estate (a landmark) and the building, unit and room."""
    door = (
        f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(2, 28)}0{rng.randint(1, 4)}室"
    )
    return [S(rng.choice(CN_NEW_ESTATES), "other"), S(door, "door")]


def _sums(rng: random.Random, area: float) -> list[list[Cell]]:
    rows = [[label_cell(t) for t in ("补偿项目", "数量", "单价(元)", "金额(元)")]]
    total = 0
    for item, unit, lo, hi in rng.sample(CN_ITEMS[:5], 4):
        qty = {"㎡": area, "月": float(rng.choice((6, 12, 18)))}.get(unit, 1.0)
        price = rng.randrange(lo, hi, 50)
        amount = round(qty * price)
        total += amount
        rows.append(
            [
                Cell.of(item, "other"),
                Cell.of(f"{qty:g}{unit}", "other", align="c"),
                Cell.of(f"{price:,}", "other", align="r"),
                Cell.of(f"{amount:,}", "other", align="r"),
            ]
        )
    rows.append(
        [Cell.of("合计", "label", align="c"), Cell.of(f"{total:,}", "other", align="r", span=3)]
    )
    return rows


def _cn_agreement(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.7, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    place, dept, unit, uaddr, uphone = rng.choice(CN_PROJECTS)
    y = m + 50 * s
    title = rng.choice(("国有土地上房屋征收补偿协议", "房屋拆迁补偿安置协议"))
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    c.text(right, y, "编号:" + fk.relocation_no(place), p.font(16), "other", anchor="rs")
    y += 50 * s
    f, lh = p.font(18), 33 * s
    owner, ident = fk.cn_name(honorific=0.0), fk.id_born(1950, 1995)
    for spans in (
        [S("甲方(房屋征收部门):", "label"), S(dept, "other")],
        [S("房屋征收实施单位:", "label"), S(unit, "other")],
        [
            S("乙方(被征收人):", "label"),
            S(owner, "name"),
            S("  身份证号:", "label"),
            S(ident, "id_number"),
            S("  联系电话:", "label"),
            S(fk.cn_mobile("plain"), "phone"),
        ],
    ):
        y = c.wrap(m, y, spans, f, w, lh, max_lines=2)
    co = []
    if rng.random() < 0.7:
        co = [(rng.choice(CN_RELATIONS[:3]), fk.cn_name(honorific=0.0))]
        spans = [
            S("共有人:", "label"),
            S(co[0][1], "name"),
            S(f"(乙方{co[0][0]}),身份证号:", "other"),
        ]
        y = c.wrap(m, y, [*spans, S(fk.id_born(1950, 2000), "id_number")], f, w, lh, max_lines=2)
    y += 8 * s
    home, _ = fk.cn_address(with_door=1.0)
    area = round(rng.uniform(38, 120), 2)
    intro = "根据《国有土地上房屋征收与补偿条例》等规定,甲乙双方经协商一致,订立本协议。"
    y = c.wrap(m + 36 * s, y, [S(intro, "other")], f, w - 36 * s, lh, max_lines=2)
    deed = fk.cn_title_no() if rng.random() < 0.6 else fk.cn_old_title_no()
    spans = [
        S("第一条 乙方被征收房屋坐落于", "other"),
        *joined_address([home]),
        S(",不动产权证号:", "other"),
        S(deed, "id_number"),
        S(f",建筑面积{area}平方米,用途:住宅。", "other"),
    ]
    y = c.wrap(m + 36 * s, y, spans, f, w - 36 * s, lh, max_lines=4)
    y = c.wrap(m + 36 * s, y, [S("第二条 补偿金额如下:", "other")], f, w - 36 * s, lh)
    widths = [w * 0.4, w * 0.2, w * 0.2, w * 0.2]
    y = table(p, m, y - 20 * s, widths, _sums(rng, area), 38 * s, p.font(16), line=1) + 36 * s
    spans = [S("第三条 甲方提供位于", "other"), *_new_flat(rng)]
    spans.append(
        S(
            f"的安置房一套,建筑面积{round(area * rng.uniform(1, 1.3), 2)}平方米,面积差价按市场评估价结算。",
            "other",
        )
    )
    y = c.wrap(m + 36 * s, y, spans, f, w - 36 * s, lh, max_lines=3)
    spans = [
        S("第四条 补偿款支付至乙方账户,开户银行:", "other"),
        S(fk.cn_bank() + rng.choice(("城西支行", "江南支行", "营业部")), "other"),
        S(",户名:", "other"),
        S(owner, "name"),
        S(",账号:", "other"),
        S(fk.card_number(), "card_number"),
        S("(乙方本人账户)。", "other"),
    ]
    y = c.wrap(m + 36 * s, y, spans, f, w - 36 * s, lh, max_lines=3)
    for k, clause in enumerate(CN_CLAUSES):
        y = c.wrap(
            m + 36 * s,
            y,
            [S(f"第{NUMERALS[k + 4]}条 {clause}", "other")],
            f,
            w - 36 * s,
            lh,
            max_lines=3,
        )
    y += 60 * s
    c.text(m, y, "甲方(盖章):", f, "label")
    seal(p, m + 230 * s, y - 10 * s, 72 * s, dept)
    x = c.line(m + w * 0.5, y, [S("乙方(签字并按指印):", "label")], f) + 8 * s
    end = handwritten(p, x, y, [S(owner, "name")], 34, cjk=True)
    thumbprint(p, end + 28 * s, y - 12 * s, 24 * s)
    if co:
        y += 60 * s
        x = c.line(m + w * 0.5, y, [S("共有人:", "label")], f) + 8 * s
        handwritten(p, x, y, [S(co[0][1], "name")], 34, cjk=True)
    y += 60 * s
    c.text(m + w * 0.5, y, "签订日期:" + _day(rng), f, "date")
    y += 50 * s
    foot = [
        S("实施单位地址:", "footer"),
        biz(uaddr, "shop_address"),
        S("  咨询电话:", "footer"),
        biz(uphone, "shop_phone"),
    ]
    c.line(m, y, foot, fit(p, p.font(15), "".join(sp.text for sp in foot), w))
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_survey(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """The door-to-door survey sheet a 征收 team fills in by pen in the living room."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.55, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    place, _, unit, _, _ = rng.choice(CN_PROJECTS)
    y = m + 40 * s
    c.text(c.width / 2, y, unit, p.font(20), "other", anchor="ms")
    y += 50 * s
    c.text(c.width / 2, y, "房屋征收入户调查登记表", p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("调查编号:", "label"),
            S(f"{rng.choice(CN_OLD_ESTATES)[:2]}-{rng.randint(1, 400):03d}", "other"),
        ],
        p.font(16),
    )
    y += 14 * s
    head, home = fk.cn_name(honorific=0.0), fk.cn_address(with_door=1.0)[0]
    rows = grid_rows(
        [
            [("户主姓名", head, "name"), ("联系电话", fk.cn_mobile("plain"), "phone")],
            [("身份证号", fk.id_born(1945, 1995), "id_number")],
            [("房屋坐落", joined_address([home]), "")],
            [
                ("产权证号", fk.cn_old_title_no(), "id_number"),
                ("房屋结构", rng.choice(("砖混", "砖木", "框架")), "other"),
            ],
            [
                ("建筑面积", f"{rng.uniform(30, 110):.1f}㎡", "other"),
                ("户籍人口", f"{rng.randint(2, 6)}人", "other"),
            ],
        ]
    )
    widths = [w * 0.15, w * 0.35, w * 0.15, w * 0.35]
    y = table(p, m, y, widths, rows, 52 * s, p.font(17), hand_px=30) - 2
    members = [[label_cell(t) for t in ("家庭成员", "与户主关系", "身份证号", "备注")]]
    for rel in rng.sample(CN_RELATIONS, rng.randint(2, 4)):
        members.append(
            [
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                hand_cell(rel, "other"),
                hand_cell(fk.id_born(1940, 2020), "id_number"),
                hand_cell(rng.choice(("", "", "在外务工", "学生", "已迁出")), "other"),
            ]
        )
    y = table(
        p,
        m,
        y,
        [w * 0.2, w * 0.15, w * 0.4, w * 0.25],
        members,
        48 * s,
        p.font(17),
        hand_px=28,
        line=1,
    )
    rooms = [
        S("  ".join(f"{r}{rng.uniform(4, 22):.1f}㎡" for r in rng.sample(CN_ROOMS, 5)), "other")
    ]
    y = prose_row(p, m, y, (w * 0.15, w * 0.85), "房间面积", rooms, p.font(17), hand=True, lines=2)
    note = [
        S(
            rng.choice(("有违章搭建阳台约6㎡,户主认可。", "一楼临街,曾用于小卖部经营。", "无。")),
            "other",
        )
    ]
    y = (
        prose_row(p, m, y, (w * 0.15, w * 0.85), "调查情况", note, p.font(17), hand=True, lines=2)
        + 60 * s
    )
    f = p.font(18)
    x = c.line(m, y, [S("户主确认(签字):", "label")], f) + 8 * s
    end = handwritten(p, x, y, [S(head, "name")], 34, cjk=True)
    if rng.random() < 0.6:
        thumbprint(p, end + 26 * s, y - 12 * s, 22 * s)
    x = c.line(m + w * 0.5, y, [S("调查人:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True) + 20 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True)
    y += 50 * s
    c.text(m + w * 0.5, y, "调查日期:" + _day(rng), f, "date")
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_notice(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """The 分户补偿情况公示 posted on the site's notice board: a page of households."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.35, cjk=True, base=1300, margin=0.05)
    s, w = p.s, right - m
    place, dept, unit, _, uphone = rng.choice(CN_PROJECTS)
    estate = rng.choice(CN_OLD_ESTATES)
    y = m + 50 * s
    c.text(
        c.width / 2,
        y,
        f"{estate}地块房屋征收分户补偿情况公示",
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    intro = "根据《国有土地上房屋征收与补偿条例》第二十九条规定,现将已签约被征收户的补偿情况予以公示,接受群众监督。"
    y = c.wrap(m, y, [S(intro, "other")], p.font(17), w, 30 * s, max_lines=2)
    rows = [
        [
            label_cell(t)
            for t in ("序号", "被征收人", "房屋坐落", "建筑面积(㎡)", "补偿方式", "补偿金额(元)")
        ]
    ]
    for k in range(1, rng.randint(14, 20)):
        people = [S(fk.cn_name(honorific=0.0), "name")]
        if rng.random() < 0.2:
            people += [S(" ", "other"), S(fk.cn_name(honorific=0.0), "name")]
        door = f"{rng.randint(1, 12)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        area = rng.uniform(30, 110)
        way = rng.choice(("货币补偿", "产权调换", "货币补偿"))
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell(tuple(people)),
                Cell((S(estate, "other"), S(door, "door"))),
                Cell.of(f"{area:.2f}", "other", align="r"),
                Cell.of(way, "other", align="c"),
                Cell.of(f"{round(area * rng.randint(15000, 26000)):,}", "other", align="r"),
            ]
        )
    widths = [w * k for k in (0.07, 0.2, 0.28, 0.14, 0.13, 0.18)]
    y = table(p, m, y, widths, rows, 36 * s, p.font(16), line=1) + 40 * s
    f = p.font(17)
    c.line(
        m,
        y,
        [
            S(f"公示期:{_day(rng)}起7日。如有异议,请在公示期内向征收办反映,监督电话:", "other"),
            biz(uphone, "shop_phone"),
        ],
        fit(p, f, "x" * 70, w),
    )
    y += 80 * s
    c.text(right - 40 * s, y, unit, f, "other", anchor="rs")
    seal(p, right - 160 * s, y - 20 * s, 70 * s, unit)
    y += 34 * s
    c.text(right - 40 * s, y, _day(rng), f, "date", anchor="rs")
    return _finish(c, y, m // 2, pad=20 * s)


def relocation_compensation_agreement(rng: random.Random) -> Canvas:
    """A 征收补偿协议, an 入户调查登记表 by pen, a 分户补偿公示, an English home loss claim
    or a Spanish convenio de justiprecio."""
    fk = SurveyFaker(rng)
    draw = rng.choices(
        (_cn_agreement, _cn_survey, _cn_notice, en_home_loss, es_convenio),
        weights=(28, 20, 18, 18, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"relocation_compensation_agreement": relocation_compensation_agreement}
