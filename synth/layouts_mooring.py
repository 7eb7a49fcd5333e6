"""Marinas, moorings and boating. A marina's 游艇泊位租赁登记表 filled in by pen, its three
sections headed by upright words (船东信息: 船东姓名, 出生日期, 身份证号, 联系电话, 家庭住址 to
the room, 紧急联系人 with 关系 and phone; 船舶信息: 船名, 船型, 船舶识别号, 船籍港, size,
make, the owner's 游艇驾驶证号; 泊位信息: 泊位号, 租期, 租金, 押金), the papers ticked, the
rules, the owner's signature, the 经办人 and the marina's seal; the duty room's 游艇出港报备
登记表 with a hand-written row per outing (the skipper, a phone, the boat and its
identification number, souls on board, the duty officer's mark); an English mooring
licence application (:mod:`synth.mooring_latin`); or a French contrat d'amodiation.

Personal: owners, skippers, emergency contacts and staff (``name``), dates of birth, ID
numbers, the boat's identification or registration number, an operator's certificate
and a permit's number (``id_number``: each leads to the owner), phones, e-mails, homes
and their flats. Ordinary: marinas, boat names, types, makes, hulls, sizes, ports of
registry, berths and pontoons, terms, fees, dates, ticks and rules; the marina's phone is
business data.
"""

from __future__ import annotations

import random

from .fakedata_upkeep import UpkeepFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import section_table, tick_box
from .formkit_slips import grid_rows, hand_cell, label_cell, serial_title
from .kit import S, _finish, joined_address
from .mooring_latin import en_application, fr_contract
from .mooring_words import (
    CN_ATTACH,
    CN_BOATS,
    CN_DUTY_MARKS,
    CN_HULLS,
    CN_LOG_NOTES,
    CN_MAKES,
    CN_MARINAS,
    CN_PORTS,
    CN_RELATIONS,
    CN_RULES,
    CN_TERMS,
    CN_TYPES,
)
from .render import Canvas, Span


def _berth(rng: random.Random) -> str:
    """A berth: pontoon letter and place (B-17, C区08号), the marina's, ordinary."""
    pontoon, n = rng.choice("ABCDEFG"), rng.randint(1, 48)
    return rng.choice((f"{pontoon}-{n:02d}", f"{pontoon}{n:02d}", f"{pontoon}区{n:02d}号"))


def _size(rng: random.Random) -> tuple[str, str, str]:
    loa = rng.uniform(7.5, 18.5)
    return f"{loa:.1f}", f"{loa * rng.uniform(0.28, 0.36):.1f}", f"{rng.uniform(0.6, 2.3):.1f}"


def _cn_form(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=True, base=1200, margin=0.05)
    s = p.s
    marina, company, phone = rng.choice(CN_MARINAS)
    y = m + 34 * s
    c.text(c.width / 2, y, company, p.font(22, bold=True), "shop", anchor="ms")
    y += 50 * s
    title = rng.choice(("游艇泊位租赁登记表", "码头泊位申请登记表", "游艇泊位使用申请表"))
    serial_title(p, y, right, title, fk.digits(7), p.font(18))
    y += 42 * s
    f = p.font(17)
    c.line(
        m,
        y,
        [S("申请日期:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    c.line(c.width * 0.55, y, [S("码头:", "label"), S(marina, "other")], f)
    y += 16 * s
    hand = rng.random() < 0.8
    owner = fk.cn_name(honorific=0.0)
    home, _ = fk.cn_address(with_door=0.9)
    loa, beam, draft = _size(rng)
    w, head = right - m, 46 * s
    widths = [(w - head) * k for k in (0.14, 0.2, 0.11, 0.16, 0.13, 0.26)]
    f = p.font(17)
    owner_rows = grid_rows(
        [
            [
                ("船东姓名", owner, "name"),
                ("性别", fk.sex(), "other"),
                ("出生日期", fk.born(1950, 1996, rng.choice(("iso", "cn", "dot")))[0], "id_number"),
            ],
            [
                ("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number"),
                ("联系电话", fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
            ],
            [("家庭住址", joined_address([home]), "")],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_RELATIONS), "other"),
                ("电话", fk.cn_mobile_digits(), "phone"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, owner_rows, 50 * s, "船东信息", f, hand_px=28)
    boat_rows = grid_rows(
        [
            [
                ("船名", rng.choice(CN_BOATS), "other"),
                ("船型", rng.choice(CN_TYPES), "other"),
                ("船体材料", rng.choice(CN_HULLS), "other"),
            ],
            [
                ("船舶识别号", fk.cn_hull_id(), "id_number"),
                ("船籍港", rng.choice(CN_PORTS), "other"),
            ],
            [("总长(m)", loa, "other"), ("型宽(m)", beam, "other"), ("吃水(m)", draft, "other")],
            [
                ("品牌型号", rng.choice(CN_MAKES), "other"),
                ("驾驶证号", fk.cn_yacht_licence(), "id_number"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, boat_rows, 50 * s, "船舶信息", f, hand_px=28)
    start = f"2026.{rng.randint(1, 12)}.1"
    fee = rng.choice((18000, 26000, 36000, 48000, 66000))
    berth_rows = grid_rows(
        [
            [
                ("泊位号", _berth(rng), "other"),
                ("租期", rng.choice(CN_TERMS), "other"),
                ("起租日期", start, "date"),
            ],
            [
                ("泊位租金", f"¥{fee:,}元/年", "price"),
                ("押金", f"¥{fee // 10:,}", "price"),
                ("水电", "按表计费", "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, berth_rows, 50 * s, "泊位", f, hand_px=28)
    y += 40 * s
    x = c.line(m, y, [S("所附材料:", "label")], f) + 10 * s
    for item in CN_ATTACH:
        if x > right - 200 * s:
            x, y = m + 90 * s, y + 36 * s
        x = tick_box(p, x, y, item, rng.random() < 0.75, f) + 22 * s
    y += 44 * s
    for rule in CN_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(14), w, 24 * s, max_lines=2)
    y += 36 * s
    x = c.line(m, y, [S("船东签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(owner, "name")], 34, cjk=True)
    x = c.line(c.width * 0.45, y, [S("经办人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    seal(p, right - 100 * s, y - 24 * s, 72 * s, company.removesuffix("有限公司")[:10])
    y += 48 * s
    c.line(
        m,
        y,
        [S("码头值班室:", "label"), Span(phone, "shop_phone", None), S("   VHF 09频道", "other")],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=12 * s)


def _skipper(rng: random.Random, fk: UpkeepFaker) -> tuple[Span, ...]:
    """The skipper as written in the log: a full name, or a surname and 先生 / 总 whose
    title stays ordinary."""
    if rng.random() < 0.7:
        return (S(fk.cn_name(honorific=0.0), "name"),)
    return (S(fk.cn_surname(), "name"), S(rng.choice(("先生", "总", "女士")), "other"))


def _cn_log(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    """The duty room's book of outings: a printed grid, one hand-written row a boat."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.05, cjk=True, base=1300, margin=0.035)
    s = p.s
    marina, _, phone = rng.choice(CN_MARINAS)
    y = m + 36 * s
    title = rng.choice(("游艇出港报备登记表", "游艇进出港登记簿", "船舶出海报备登记表"))
    c.text(c.width / 2, y, f"{marina}{title}", p.font(27, bold=True), "label", anchor="ms")
    y += 36 * s
    month = rng.randint(1, 12)
    c.line(m, y, [S("日期:", "label"), S(f"2026年{month}月", "date")], p.font(16))
    c.text(right, y, f"第{rng.randint(3, 60)}页", p.font(16), "other", anchor="rs")
    y += 14 * s
    skipper = rng.choice(("船长/驾驶员", "驾驶员", "船长姓名", "报备人"))
    heads = (
        "日",
        "泊位",
        "船名",
        "船舶识别号",
        skipper,
        "联系电话",
        "人数",
        "出港",
        "返港",
        "备注",
        "值班",
    )
    rows = [[label_cell(h) for h in heads]]
    day = rng.randint(1, 20)
    boats = [(boat, fk.cn_hull_id(), _berth(rng)) for boat in rng.sample(CN_BOATS, 6)]
    duty = fk.cn_name(honorific=0.0)
    for k in range(rng.randint(9, 14)):
        day += rng.random() < 0.35
        boat, hull, berth = rng.choice(boats)
        out_h = rng.randint(6, 15)
        back = f"{out_h + rng.randint(2, 6)}:{rng.choice(('00', '15', '30', '45'))}"
        late = k >= 8 and rng.random() < 0.5  # the last boats still out: no return time yet
        mark = (duty, "name") if rng.random() < 0.5 else (rng.choice(CN_DUTY_MARKS), "other")
        rows.append(
            [
                hand_cell(str(day), "date"),
                hand_cell(berth, "other"),
                hand_cell(boat, "other"),
                hand_cell(hull, "id_number"),
                Cell(_skipper(rng, fk), hand=True),
                hand_cell(fk.cn_mobile_digits() if rng.random() < 0.85 else "", "phone"),
                hand_cell(str(rng.randint(1, 9)), "other"),
                hand_cell(f"{out_h}:{rng.choice(('00', '10', '30', '40'))}", "other"),
                hand_cell("" if late else back, "other"),
                hand_cell(rng.choice(CN_LOG_NOTES), "other"),
                hand_cell(*mark),
            ]
        )
    widths = [
        (right - m) * k for k in (0.04, 0.07, 0.09, 0.17, 0.1, 0.15, 0.05, 0.07, 0.07, 0.11, 0.08)
    ]
    y = table(p, m, y, widths, rows, 46 * s, p.font(15), hand_px=24, line=1) + 34 * s
    note = "注:出港前须报备驾驶员、乘员人数及预计返港时间;返港后及时销号。"
    c.text(m, y, note, p.font(15), "footer")
    y += 34 * s
    x = c.line(m, y, [S("值班员:", "label")], p.font(16)) + 8 * s
    handwritten(p, x, y, [S(duty, "name")], 28, cjk=True)
    c.line(
        right - 330 * s, y, [S("值班电话:", "label"), Span(phone, "shop_phone", None)], p.font(15)
    )
    return _finish(c, y, m // 2, pad=10 * s)


def boat_mooring_permit(rng: random.Random) -> Canvas:
    """A boat's mooring: a marina's 游艇泊位租赁登记表, the duty room's 出港报备 log, an
    English mooring licence application or a French contrat d'amodiation."""
    fk = UpkeepFaker(rng)
    draw = rng.choices((_cn_form, _cn_log, en_application, fr_contract), weights=(34, 24, 24, 18))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"boat_mooring_permit": boat_mooring_permit}
