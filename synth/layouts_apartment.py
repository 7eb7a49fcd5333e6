"""Apartment buildings and resident directories. A property office's 住户信息登记表 /
业主通讯录 for one building, typed or kept by pen (rows keyed by 房号 as 1502, 2-1502 or
1-2-2002; owner or tenant, 业主 / 租户, phone, household size, the car's plate and its
车位, notes), a lobby's mailbox or intercom panel photographed (flat numbers beside
surnames, 张宅, 王女士, "Fam. Müller", "WONG"), a new resident's 入住登记卡 filled in by
pen (the resident with ID, phone, workplace and move-in date; the household members
with relation, name, ID and phone; an emergency contact; the clerk); an English
residents' association contact sheet or a German Hausbewohnerliste
(:mod:`synth.apartment_latin`).

Personal: residents, members, contacts and clerks (``name``; after 王 in 王女士 or 张宅
only the surname), the building's estate and number or street (``address``: where every
listed person lives), each flat (``door``), phones, e-mails, IDs and plates
(``id_number``). Ordinary: 业主 / 租户, relations, household sizes, parking spaces,
notes, workplaces, dates and headings; the property office's name is ordinary, its phone
business data.
"""

from __future__ import annotations

import random

from .apartment_latin import de_bewohner, en_contacts, latin_panel
from .apartment_words import (
    CN_CAR_SPOTS,
    CN_ESTATES,
    CN_NOTES,
    CN_PANEL_NOTES,
    CN_PANEL_TITLES,
    CN_RELATIONS,
    CN_ROLES,
    CN_WORKPLACES,
)
from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .kit import S, _finish, biz, hand_font
from .render import Canvas, Span


def _flat(rng: random.Random, bldg: int, unit: int) -> str:
    """A flat as the office keys it: 1502, 2-1502 or 楼栋-单元-房号 1-2-2002."""
    room = f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
    return rng.choice((room, f"{unit}-{room}", f"{bldg}-{unit}-{room}"))


def _person(rng: random.Random, fk: HomeFaker) -> list[Span]:
    """A resident as the office writes them: whole, or 王女士 with only 王 the name."""
    if rng.random() < 0.8:
        return [S(fk.cn_name(honorific=0.0), "name")]
    return [S(fk.cn_surname(), "name"), S(rng.choice(("先生", "女士", "阿姨", "师傅")), "other")]


def _register(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1400, 1480), 1.2, cjk=True, base=1400, margin=0.04)
    s = p.s
    hand = rng.random() < 0.5
    estate, office, phone = rng.choice(CN_ESTATES)
    bldg, unit = rng.randint(1, 18), rng.randint(1, 4)
    full = rng.random() < 0.6
    title = "住户信息登记表" if full else rng.choice(("业主通讯录", "住户联系表"))
    y = m + 40 * s
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 46 * s
    f = p.font(17)
    where = f"{estate}{bldg}{rng.choice(('栋', '幢', '号楼'))}"
    x = c.line(m, y, [S("小区/楼栋:", "label"), S(where, "address")], f)
    if rng.random() < 0.5:
        c.line(x + 12 * s, y, [S(f"{unit}单元", "door")], f)
    c.line(right - 420 * s, y, [S("管理处:", "label"), S(office, "shop")], f)
    y += 20 * s
    heads = ["房号", "姓名", "身份", "联系电话", "人口", "车牌号", "车位", "备注"]
    widths = [0.1, 0.12, 0.07, 0.18, 0.06, 0.14, 0.1, 0.23]
    if not full:
        heads, widths = (
            ["房号", "业主姓名", "联系电话", "备用电话", "备注"],
            [0.14, 0.18, 0.24, 0.24, 0.2],
        )
    w = right - m
    ws = [w * k for k in widths]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    for _ in range(rng.randint(9, 15)):
        flat = Cell.of(
            _flat(rng, bldg, rng.choice((unit, unit, rng.randint(1, 4)))), "door", hand=hand
        )
        who = Cell(tuple(_person(rng, fk)), hand)
        tel = Cell.of(
            fk.cn_mobile(rng.choice(("plain", "plain", "dash", "space"))), "phone", hand=hand
        )
        note = Cell.of(rng.choice(CN_NOTES), "other", hand=hand)
        if full:
            car = rng.random() < 0.55
            spot = rng.choice(CN_CAR_SPOTS).format(rng.randint(1, 99)) if car else ""
            rows.append(
                [
                    flat,
                    who,
                    Cell.of(rng.choice(CN_ROLES), "other", hand=hand),
                    tel,
                    Cell.of(str(rng.randint(1, 6)), "other", hand=hand),
                    Cell.of(fk.cn_plate() if car else "", "id_number", hand=hand),
                    Cell.of(spot, "other", hand=hand),
                    note,
                ]
            )
        else:
            spare = fk.cn_mobile("plain") if rng.random() < 0.4 else ""
            if spare == "" and rng.random() < 0.3:
                spare = fk.cn_landline()
            rows.append([flat, who, tel, Cell.of(spare, "phone", hand=hand), note])
    y = table(p, m, y, ws, rows, 44 * s, p.font(16), hand_px=24, cjk=True)
    y += 36 * s
    c.line(m, y, [S("物业服务电话:", "label"), biz(phone, "shop_phone")], f)
    clerk = fk.cn_name(honorific=0.0)
    x = c.line(right - 420 * s, y, [S("登记人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(clerk, "name")], 26, cjk=True)
    y += 36 * s
    c.text(right - 420 * s, y, f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日", f, "date")
    if rng.random() < 0.6:
        seal(p, right - 160 * s, y - 40 * s, 64 * s, office)
    return _finish(c, y, m, pad=30 * s)


def _cn_panel(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A lobby's grid of mailboxes or an intercom's name cards, each flat's number over
    a surname (张宅, 王女士) or a full name, some cards left blank."""
    cols, rows_n = rng.choice(((4, 5), (5, 4), (3, 6), (6, 4)))
    cw, ch = 230, 120
    c, p, m, right = sheet(
        rng,
        (cols * cw + 80,),
        (rows_n * ch + 260) / (cols * cw + 80),
        cjk=True,
        base=cols * cw + 80,
        margin=0.03,
    )
    s = p.s
    title = rng.choice(CN_PANEL_TITLES)
    metal = rng.choice(((168, 172, 176), (120, 96, 70), (60, 64, 70), (200, 190, 170)))
    c.draw.rectangle([0, 0, c.width, c.height], fill=metal)
    y = 60 * s
    light = sum(metal) > 450
    title_ink = (30, 30, 30) if light else (235, 235, 235)
    c.text(
        c.width / 2,
        y,
        title,
        p.font(26, bold=True),
        "label",
        anchor="ms",
        fill=title_ink,
    )
    y += 30 * s
    floor0 = rng.randint(1, 28)
    plate_bg = rng.choice(((245, 245, 240), (250, 246, 225), (230, 236, 245)))
    for r in range(rows_n):
        for k in range(cols):
            x0 = m + k * cw * s + 10 * s
            y0 = y + r * ch * s + 10 * s
            c.draw.rectangle(
                [x0, y0, x0 + (cw - 20) * s, y0 + (ch - 24) * s],
                fill=plate_bg,
                outline=(90, 90, 90),
            )
            flat = f"{floor0 + r}{k + 1:02d}"
            c.text(x0 + 10 * s, y0 + 32 * s, flat, p.font(20, bold=True), "door")
            mark = "投信口" if "信" in title else "呼叫"  # the slot's or the button's word
            c.text(
                x0 + (cw - 30) * s,
                y0 + 30 * s,
                mark,
                p.font(13),
                "other",
                anchor="rs",
                fill=(110, 110, 110),
            )
            if rng.random() < 0.2:
                continue  # an empty or unlabelled card
            style = rng.randrange(4)
            sur = fk.cn_surname()
            if style == 0:
                spans = [S(sur, "name"), S("宅", "other")]
            elif style == 1:
                spans = [S(sur, "name"), S(rng.choice(("先生", "女士")), "other")]
            elif style == 2:
                spans = [S(sur + fk.cn_given_name(), "name")]
            else:
                spans = [S(fk.pinyin_name().replace("/", " ").split()[0], "name")]
            hand = rng.random() < 0.4
            if hand:
                handwritten(p, x0 + 16 * s, y0 + 80 * s, spans, 30, cjk=True, width=(cw - 50) * s)
            else:
                c.line(x0 + 16 * s, y0 + 78 * s, spans, p.font(24))
    y += rows_n * ch * s + 30 * s
    for line in CN_PANEL_NOTES:
        c.text(m + 10 * s, y, line, p.font(17), "footer", fill=title_ink)
        y += 30 * s
    return _finish(c, y, 0, pad=10 * s)


def _checkin(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1360), 1.5, cjk=True, base=1300, margin=0.05)
    s = p.s
    estate, office, phone = rng.choice(CN_ESTATES)
    y = m + 36 * s
    c.text(c.width / 2, y, office, p.font(22, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("住户入住登记卡", "业主入住登记表", "租户信息登记卡")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    head = fk.cn_name(honorific=0.0)
    male = rng.random() < 0.5
    idn = fk.id_born(1960, 2000)
    room = f"{rng.randint(1, 18)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    move = f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日"
    grid = grid_rows(
        [
            [("姓名", head, "name"), ("性别", "男" if male else "女", "other")],
            [("身份证号", idn, "id_number"), ("联系电话", fk.cn_mobile(), "phone")],
            [("房号", [S(estate, "address"), S(room, "door")], ""), ("入住日期", move, "date")],
            [
                ("工作单位", rng.choice(CN_WORKPLACES), "other"),
                ("身份", rng.choice(("业主", "租户")), "other"),
            ],
        ]
    )
    w = right - m
    y = table(
        p, m, y, [w * 0.13, w * 0.4, w * 0.13, w * 0.34], grid, 58 * s, p.font(17), hand_px=28
    )
    y += 46 * s
    c.text(m, y, "家庭成员(共同居住人)", p.font(19, bold=True), "label")
    y += 14 * s
    rows: list[list[Cell]] = [
        [label_cell(h) for h in ("与户主关系", "姓名", "身份证号", "联系电话")]
    ]
    sur = head[0] if rng.random() < 0.6 else fk.cn_surname()
    for rel in rng.sample(CN_RELATIONS, rng.randint(1, 4)):
        kid = rel in ("儿子", "女儿", "孙子")
        name = (sur if kid else fk.cn_surname()) + fk.cn_given_name()
        member_id = fk.id_born(2008, 2020) if kid else fk.id_born(1945, 1998)
        tel = "" if kid else fk.cn_mobile(rng.choice(("plain", "dash")))
        rows.append(
            [
                Cell.of(rel, "other", hand=True, align="c"),
                Cell.of(name, "name", hand=True),
                Cell.of(member_id, "id_number", hand=True),
                Cell.of(tel, "phone", hand=True),
            ]
        )
    for _ in range(rng.randint(0, 2)):
        rows.append([Cell.of("", "other")] * 4)
    y = table(
        p, m, y, [w * 0.16, w * 0.2, w * 0.38, w * 0.26], rows, 52 * s, p.font(17), hand_px=27
    )
    y += 50 * s
    f = p.font(18)
    x = c.line(m, y, [S("紧急联系人:", "label")], f) + 8 * s
    hf = hand_font(p, 28, cjk=True)
    x = c.line(x, y, [S(fk.cn_name(honorific=0.0), "name")], hf, fill=(25, 35, 120)) + 30 * s
    x = c.line(x, y, [S("关系:", "label")], f) + 8 * s
    x = (
        c.line(
            x,
            y,
            [S(rng.choice(("父亲", "姐姐", "朋友", "同事", "哥哥")), "other")],
            hf,
            fill=(25, 35, 120),
        )
        + 30 * s
    )
    x = c.line(x, y, [S("电话:", "label")], f) + 8 * s
    c.line(x, y, [S(fk.cn_mobile(), "phone")], hf, fill=(25, 35, 120))
    y += 56 * s
    note = "本人承诺以上信息真实有效,并遵守小区管理规约。信息仅用于物业服务及安全管理。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 26 * s, max_lines=2) + 24 * s
    x = c.line(m, y, [S("住户签名:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(head, "name")], 32, cjk=True)
    x = c.line(m + w * 0.5, y, [S("物业登记人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    y += 44 * s
    c.line(m, y, [S("客服电话:", "label"), biz(phone, "shop_phone")], p.font(15))
    if rng.random() < 0.7:
        seal(p, right - 120 * s, y - 40 * s, 62 * s, office)
    return _finish(c, y, m, pad=30 * s)


def apartment_resident_directory(rng: random.Random) -> Canvas:
    """A 住户信息登记表 / 业主通讯录, a lobby's mailbox or intercom panel, a 入住登记卡, an
    English residents' contact sheet or a German Hausbewohnerliste."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_register, _cn_panel, _checkin, latin_panel, en_contacts, de_bewohner),
        weights=(25, 15, 22, 10, 14, 14),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"apartment_resident_directory": apartment_resident_directory}
