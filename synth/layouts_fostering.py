"""Adoption and foster care. A civil affairs office's 收养登记申请书 typed or filled in by
pen in sections headed by an upright word (收养人, one or two: name, sex, date of birth,
ID, job, health, marital status, home to the room, phone; 被收养人: name, often a welfare
home's given name, sex, date of birth, ID, where the child lived; 送养人: a birth parent
or a welfare home; the purpose; signatures, the registrar, the office's seal), a
收养登记证 page (登记证字号, the adopters and the child), a 家庭寄养协议 in clauses naming
the foster parents and the child, or an English foster carer / adoption application or
a Spanish solicitud de adopción (:mod:`synth.fostering_latin`).

Personal: adopters, children, birth parents, foster parents and registrars (``name``),
IDs, dates of birth and the 登记证字号 (``id_number``), homes with the room (``door``),
phones. Ordinary: sex, jobs, health, marital status, relations, purposes, clauses,
fees, headings; a welfare home's or office's name is ordinary, its address and line
business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, seal, sheet
from .formkit_blanks import section_table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows
from .fostering_latin import en_application, es_solicitud
from .fostering_words import (
    CN_CHILD_STATES,
    CN_FOSTER_CLAUSES,
    CN_HEALTH,
    CN_HOME_SURNAMES,
    CN_HOMES,
    CN_JOBS,
    CN_MARITAL,
    CN_OFFICES,
    CN_PURPOSES,
)
from .kit import S, _finish, biz, joined_address
from .layouts_criminal import cn_date
from .render import Canvas, Span


def _home(fk: HomeFaker) -> list[Span]:
    return joined_address([fk.cn_address(with_door=1.0)[0]], "")


def _born_id(fk: HomeFaker, first: int, last: int) -> tuple[str, str]:
    """A date of birth and the resident ID that carries it (the two agree on a form)."""
    idn = fk.id_born(first, last)
    return f"{idn[6:10]}年{int(idn[10:12])}月{int(idn[12:14])}日", idn


def _day(rng: random.Random, year: int = 2026) -> str:
    return f"{year}年{rng.randint(1, 11)}月{rng.randint(1, 28)}日"


def _child_name(rng: random.Random, fk: HomeFaker, from_home: bool) -> str:
    """A welfare home names a foundling with its own surname (党, 国, the city's)."""
    if from_home:
        return rng.choice(CN_HOME_SURNAMES) + fk.cn_name(honorific=0.0, given_len=2)[-2:]
    return fk.cn_name(honorific=0.0)


def _adopter_rows(rng: random.Random, fk: HomeFaker, male: bool, hand: bool) -> list[list[Cell]]:
    born, idn = _born_id(fk, 1972, 1996)
    return grid_rows(
        [
            [
                ("姓名", fk.cn_name(honorific=0.0), "name"),
                ("性别", "男" if male else "女", "other"),
                ("出生日期", born, "id_number"),
            ],
            [
                ("身份证件号码", fk.id_born(1972, 1996), "id_number"),
                ("联系电话", fk.cn_mobile(), "phone"),
            ],
            [
                ("职业", rng.choice(CN_JOBS), "other"),
                ("健康状况", rng.choice(CN_HEALTH), "other"),
                ("婚姻状况", rng.choice(CN_MARITAL), "other"),
            ],
            [("家庭住址", _home(fk), "")],
        ],
        hand=hand,
        columns=6,
    )


def _application(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.6, cjk=True, base=1300, margin=0.05)
    s = p.s
    office, oaddr, oline = rng.choice(CN_OFFICES)
    hand = rng.random() < 0.7
    y = m + 44 * s
    c.text(c.width / 2, y, "收养登记申请书", p.font(34, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("登记机关:", "label"), S(office, "shop")], f)
    c.line(right - 300 * s, y, [S("申请日期:", "label"), S(_day(rng), "date")], f)
    y += 16 * s
    head, w = 54 * s, right - m - 54 * s
    widths = [w * k for k in (0.14, 0.2, 0.12, 0.16, 0.14, 0.24)]
    male = rng.random() < 0.5
    adopters = [_adopter_rows(rng, fk, male, hand)]
    if rng.random() < 0.75:
        adopters.append(_adopter_rows(rng, fk, not male, hand))
    for k, rows in enumerate(adopters):
        word = "收养人" if len(adopters) == 1 else f"收养人{'一二'[k]}"
        y = section_table(p, m, y, head, widths, rows, 50 * s, word, p.font(16), hand_px=26)
    from_home = rng.random() < 0.6
    home, haddr, hline = rng.choice(CN_HOMES)
    born, idn = _born_id(fk, 2016, 2025)
    before: list[Span] = [biz(haddr, "shop_address")] if from_home else _home(fk)
    child = grid_rows(
        [
            [
                ("姓名", _child_name(rng, fk, from_home), "name"),
                ("性别", fk.sex(), "other"),
                ("出生日期", born, "id_number"),
            ],
            [
                ("身份证件号码", idn, "id_number"),
                ("健康状况", rng.choice(CN_CHILD_STATES), "other"),
            ],
            [("被收养前住所", before, "")],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, child, 50 * s, "被收养人", p.font(16), hand_px=26)
    if from_home:
        giver = grid_rows(
            [
                [("送养机构", home, "other"), ("联系电话", [biz(hline, "shop_phone")], "")],
                [("机构地址", [biz(haddr, "shop_address")], "")],
            ],
            hand=False,
            columns=6,
        )
    else:
        giver = grid_rows(
            [
                [
                    ("姓名", fk.cn_name(honorific=0.0), "name"),
                    ("与被收养人关系", rng.choice(("生父", "生母")), "other"),
                    ("联系电话", fk.cn_mobile(), "phone"),
                ],
                [("身份证件号码", fk.id_born(1975, 2000), "id_number")],
                [("住址", _home(fk), "")],
            ],
            hand=hand,
            columns=6,
        )
    y = section_table(p, m, y, head, widths, giver, 50 * s, "送养人", p.font(16), hand_px=26)
    y += 40 * s
    y = c.wrap(
        m,
        y,
        [
            S("收养目的:", "label"),
            S(CN_PURPOSES[0] if from_home else rng.choice(CN_PURPOSES), "other"),
        ],
        f,
        right - m,
        28 * s,
    )
    decl = "收养人保证所填内容真实,不虐待、不遗弃被收养人,抚育被收养人健康成长。"
    y = c.wrap(m, y + 6 * s, [S(decl, "footer")], p.font(15), right - m, 26 * s) + 28 * s
    for k, rows in enumerate(adopters):
        x = c.line(m + k * (right - m) / 2, y, [S("收养人签名:", "label")], p.font(17)) + 10 * s
        handwritten(p, x, y, [rows[0][1].spans[0]], 30, cjk=True)
    y += 56 * s
    x = c.line(m, y, [S("登记员:", "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.text(
        right - 60 * s,
        y,
        cn_date(2026, rng.randint(1, 11), rng.randint(1, 28)),
        f,
        "date",
        anchor="rs",
    )
    seal(p, right - 170 * s, y - 62 * s, 66 * s, office + "收养登记专用章")
    y += 48 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(oaddr, "shop_address"),
            S("  电话:", "label"),
            biz(oline, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m, pad=20 * s)


def _certificate(rng: random.Random, fk: HomeFaker) -> Canvas:
    """The 收养登记证's inside page: a red-ruled page of typed fields and a seal."""
    c, p, m, right = sheet(rng, (1100, 1200), 0.72, cjk=True, base=1100, margin=0.07)
    s = p.s
    k = rng.randrange(len(CN_OFFICES))
    office = CN_OFFICES[k][0]
    red = (170, 40, 40)
    y = m + 60 * s
    c.text(c.width / 2, y, "收 养 登 记 证", p.font(34, bold=True), "label", anchor="ms", fill=red)
    y += 50 * s
    f, lf = p.font(20), p.font(18)
    year = rng.randint(2018, 2026)
    number = f"({year}){('浙杭', '苏宁', '川蓉', '湘长')[k]}收字第{rng.randint(1, 999):04d}号"
    c.line(m + 40 * s, y, [S("登记证字号:", "label"), S(number, "id_number")], f)
    y += 50 * s
    people = [("收养人", fk.cn_name(honorific=0.0), fk.id_born(1972, 1996))]
    if rng.random() < 0.7:
        people.append(("收养人", fk.cn_name(honorific=0.0), fk.id_born(1972, 1996)))
    born, idn = _born_id(fk, 2012, year - 1)
    people.append(("被收养人", _child_name(rng, fk, rng.random() < 0.5), idn))
    for role, name, idn in people:
        c.line(m + 40 * s, y, [S(role + ":", "label"), S(name, "name")], f)
        c.line(m + 360 * s, y, [S("身份证件号码:", "label"), S(idn, "id_number")], lf)
        y += 44 * s
    c.line(m + 40 * s, y, [S("被收养人出生日期:", "label"), S(born, "id_number")], lf)
    y += 44 * s
    c.line(m + 40 * s, y, [S("登记日期:", "label"), S(_day(rng, year), "date")], lf)
    y += 30 * s
    seal(p, right - 200 * s, y - 40 * s, 70 * s, office)
    c.line(right - 330 * s, y + 50 * s, [S("发证机关:", "label"), S(office, "shop")], p.font(16))
    y += 90 * s
    c.box(m, m, right, y, width=max(2, round(3 * s)))
    return _finish(c, y, m)


def _foster(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.45, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    home, haddr, hline = rng.choice(CN_HOMES)
    y = m + 40 * s
    c.text(c.width / 2, y, "家庭寄养协议", p.font(34, bold=True), "label", anchor="ms")
    y += 36 * s
    c.text(
        right, y, f"协议编号:JY-2026-{rng.randint(1, 400):03d}", p.font(15), "other", anchor="rs"
    )
    y += 40 * s
    f, lh = p.font(18), 34 * s
    father, mother = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    child = _child_name(rng, fk, True)
    c.line(m, y, [S("甲方(送养机构):", "label"), S(home, "shop")], f)
    y += lh
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(haddr, "shop_address"),
            S("  电话:", "label"),
            biz(hline, "shop_phone"),
        ],
        p.font(16),
    )
    y += lh + 6 * s
    c.line(
        m,
        y,
        [
            S("乙方(寄养家庭):", "label"),
            S("寄养父亲 ", "label"),
            S(father, "name"),
            S("  寄养母亲 ", "label"),
            S(mother, "name"),
        ],
        f,
    )
    y += lh
    c.line(
        m,
        y,
        [
            S("身份证号:", "label"),
            S(fk.id_born(1966, 1990), "id_number"),
            S("  ", "other"),
            S(fk.id_born(1966, 1990), "id_number"),
        ],
        p.font(16),
    )
    y += lh
    y = c.wrap(
        m,
        y,
        [
            S("家庭住址:", "label"),
            *_home(fk),
            S("  联系电话:", "label"),
            S(fk.cn_mobile(), "phone"),
        ],
        p.font(16),
        w,
        lh,
    )
    born, _ = _born_id(fk, 2012, 2024)
    c.line(
        m,
        y,
        [
            S("被寄养儿童:", "label"),
            S(child, "name"),
            S("  性别:", "label"),
            S(fk.sex(), "other"),
            S("  出生日期:", "label"),
            S(born, "id_number"),
        ],
        f,
    )
    y += lh + 10 * s
    y = c.wrap(m, y, [S("甲乙双方经平等协商,就儿童家庭寄养事宜达成如下协议:", "other")], f, w, lh)
    parts = {
        "father": (father, "name"),
        "mother": (mother, "name"),
        "child": (child, "name"),
        "start": (f"2026年{rng.randint(1, 6)}月1日", "date"),
        "end": (f"{rng.randint(2027, 2030)}年{rng.randint(7, 12)}月31日", "date"),
        "fee": (str(rng.choice((1500, 1800, 2000, 2400))), "other"),
    }
    for k, t in enumerate(CN_FOSTER_CLAUSES):
        head = S(f"{'一二三四五六'[k]}、", "other")
        y = c.wrap(m, y, [head, *template_spans(t, parts, "other")], f, w, lh, max_lines=3) + 4 * s
    y += 30 * s
    c.line(m, y, [S("甲方(盖章):", "label")], f)
    seal(p, m + 230 * s, y - 10 * s, 62 * s, home)
    x = c.line(m + w / 2, y, [S("乙方签字:", "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(father, "name")], 28, cjk=True) + 16 * s
    handwritten(p, x, y, [S(mother, "name")], 28, cjk=True)
    y += 80 * s
    c.text(right, y, cn_date(2026, rng.randint(1, 11), rng.randint(1, 28)), f, "date", anchor="rs")
    return _finish(c, y, m, pad=20 * s)


def child_adoption_registration(rng: random.Random) -> Canvas:
    """A 收养登记申请书, a 收养登记证, a 家庭寄养协议, an English foster carer / adoption
    application or a Spanish solicitud de adopción."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_application, _certificate, _foster, en_application, es_solicitud),
        weights=(30, 12, 18, 22, 18),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"child_adoption_registration": child_adoption_registration}
