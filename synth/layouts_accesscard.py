"""Building access cards and key fobs. A property office's 门禁卡/电梯卡办理登记表 filled
in by pen (楼栋-单元-房号, 业主 / 租户 ticked, 姓名, 联系电话, 身份证号, 办卡数量, 押金
and 工本费, 卡号 of each fob, a parking fob's 车牌号, a tenant's 房东 with a phone, the
applicant's signature, the office's 经办人); the office's printed fob register (card
number, room, holder, issue date, 正常 / 挂失); an English "Access fob request" on ruled
blanks; or a German Antrag auf Zugangskarte.

Personal: residents, landlords and the clerk (``name``), phones, e-mails, ID numbers,
fob serials and plates (``id_number``), a home's building-unit-room (``door``) and street
address. Ordinary: the estate, the office, its phone, card kinds, fees, ticks, dates,
statuses, headings and rules.
"""

from __future__ import annotations

import random

from .access_words import (
    CN_CARDS,
    CN_ESTATES,
    CN_REASONS,
    CN_REMARKS,
    CN_RULES,
    CN_STATUS,
    DE_HOUSES,
    DE_KINDS,
    DE_RULES,
    EN_BUILDINGS,
    EN_KINDS,
    EN_RULES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, street_spans
from .render import Canvas, Span


def _fob(fk: MoneyFaker) -> str:
    """A fob's printed serial: ten digits, or hex as on Mifare tags."""
    if fk.r.random() < 0.6:
        return fk.digits(10, True)
    return "".join(fk.r.choice("0123456789ABCDEF") for _ in range(8))


def _room(fk: MoneyFaker) -> str:
    b, u, f = fk.r.randint(1, 24), fk.r.randint(1, 4), fk.r.randint(2, 32)
    room = f"{f}{fk.r.randint(1, 4):02d}"
    return fk.r.choice((f"{b}-{u}-{room}", f"{b}栋{u}单元{room}", f"{b}#{room}", f"{b}幢{room}室"))


def _cn_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s = p.s
    estate, office = rng.choice(CN_ESTATES)
    tenant = rng.random() < 0.4
    y = m + 36 * s
    c.text(c.width / 2, y, office, p.font(24, bold=True), "shop", anchor="ms")
    y += 46 * s
    title = rng.choice(("门禁卡办理登记表", "门禁卡/电梯卡办理登记表", "业户门禁卡申请表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(18)
    x = c.line(m, y, [S("办理日期:", "label"), S(fk.date(rng.choice(("cn", "iso"))), "date")], f)
    x = c.line(x + 40 * s, y, [S("办理原因:", "label"), S(rng.choice(CN_REASONS), "other")], f)
    x = tick_box(p, x + 40 * s, y, "业主", not tenant, f)
    tick_box(p, x + 20 * s, y, "租户", tenant, f)
    y += 18 * s
    name = fk.cn_name(honorific=0.0)
    count = rng.randint(1, 3)
    fobs = [_fob(fk) for _ in range(count)]
    rows = [
        [
            label_cell("楼栋房号"),
            Cell((S(estate, "other"), S(_room(fk), "door")), hand=True, span=3),
        ],
        [
            label_cell("姓名"),
            hand_cell(name, "name"),
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
        ],
        [label_cell("身份证号"), hand_cell(fk.cn_resident_id(x_prob=0.1), "id_number", span=3)],
        [
            label_cell("卡片类型"),
            Cell.of(rng.choice(CN_CARDS), "other"),
            label_cell("办卡数量"),
            hand_cell(f"{count}张", "other"),
        ],
        [
            label_cell("押金"),
            hand_cell(f"{20 * count}元", "price"),
            label_cell("工本费"),
            hand_cell(rng.choice(("0", "30元", "/")), "price"),
        ],
        [label_cell("卡号"), Cell(tuple(_join(fobs, "id_number", " / ")), hand=True, span=3)],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                label_cell("车牌号"),
                hand_cell(fk.cn_plate(), "id_number"),
                label_cell("车位号"),
                hand_cell(f"B{rng.randint(1, 2)}-{rng.randint(1, 380)}", "other"),
            ]
        )
    if tenant:
        rows.append(
            [
                label_cell("房东姓名"),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                label_cell("房东电话"),
                hand_cell(fk.cn_mobile_digits(), "phone"),
            ]
        )
        rows.append(
            [
                label_cell("租期"),
                hand_cell(
                    f"2026.{rng.randint(1, 12)}.1-2027.{rng.randint(1, 12)}.1", "date", span=3
                ),
            ]
        )
    remark = rng.choice(CN_REMARKS)
    rows.append([label_cell("备注"), hand_cell(remark, "other", span=3)])
    widths = [(right - m) * k for k in (0.16, 0.34, 0.16, 0.34)]
    y = table(p, m, y, widths, rows, 56 * s, p.font(19), hand_px=30)
    y += 40 * s
    for rule in CN_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 30 * s
    x = c.line(m, y, [S("申请人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    x = c.line(c.width / 2, y, [S("物业经办人:", "label")], f) + 10 * s
    clerk = fk.cn_name(honorific=0.0)
    handwritten(p, x, y, [S(clerk, "name")], 32, cjk=True)
    seal(p, right - 90 * s, y - 30 * s, 70 * s, office[:10])
    y += 44 * s
    c.line(
        m,
        y,
        [S("物业服务中心电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _join(values: list[str], kind: str, sep: str) -> list[Span]:
    out: list[Span] = []
    for k, v in enumerate(values):
        if k:
            out.append(S(sep, "other"))
        out.append(S(v, kind))
    return out


def _cn_register(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The office's printed fob register: one row per card issued."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.2, cjk=True, base=1300, margin=0.04)
    s = p.s
    estate, office = rng.choice(CN_ESTATES)
    y = m + 36 * s
    c.text(c.width / 2, y, f"{estate}门禁卡发放登记表", p.font(28, bold=True), "label", anchor="ms")
    y += 36 * s
    c.line(m, y, [S("管理单位:", "label"), S(office, "shop")], p.font(16))
    c.text(right - 260 * s, y, f"第{rng.randint(1, 40)}页", p.font(16), "other")
    y += 16 * s
    holder = rng.choice(("持卡人", "业主姓名", "住户", "姓名"))
    heads = ("序号", "卡号", "房号", holder, "联系电话", "发卡日期", "状态", "备注")
    rows = [[label_cell(h) for h in heads]]
    month = rng.randint(1, 10)
    for k in range(rng.randint(10, 16)):
        status = rng.choice(CN_STATUS)
        phone = fk.cn_mobile_digits() if rng.random() < 0.7 else ""
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(_fob(fk), "id_number"),
                Cell.of(_room(fk), "door", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of(phone, "phone"),
                Cell.of(f"2026-{month:02d}-{rng.randint(1, 28):02d}", "date", align="c"),
                Cell.of(status, "other", align="c"),
                Cell.of(rng.choice(CN_REMARKS), "other"),
            ]
        )
    widths = [(right - m) * k for k in (0.06, 0.15, 0.13, 0.12, 0.17, 0.14, 0.09, 0.14)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(16), line=1)
    y += 36 * s
    c.text(
        m, y, "状态说明:正常 / 挂失 / 注销 / 已退卡;挂失卡已在系统中禁用。", p.font(15), "footer"
    )
    y += 36 * s
    x = c.line(m, y, [S("制表人:", "label")], p.font(17)) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(
        right - 360 * s,
        y,
        [S("服务热线:", "label"), Span(fk.cn_landline(), "shop_phone", None)],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _en_request(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.35, cjk=False, base=1100, margin=0.07)
    s = p.s
    building, office = rng.choice(EN_BUILDINGS)
    y = m + 34 * s
    c.text(m, y, office, p.font(22, bold=True), "shop")
    y += 48 * s
    c.text(
        m,
        y,
        rng.choice(("Access fob request", "ACCESS FOB REQUEST FORM")),
        p.font(30, bold=True),
        "label",
    )
    y += 30 * s
    c.text(
        m,
        y,
        f"{building} - residents only. Please complete in BLOCK CAPITALS.",
        p.font(15),
        "footer",
    )
    y += 46 * s
    f = p.font(18)
    hand = rng.random() < 0.7
    name = fk.en_name(upper=hand)
    n = rng.randint(1, 3)
    fields = [
        ("Flat no.", [S(f"{rng.randint(1, 120)}{rng.choice(('', 'A', 'B'))}", "door")]),
        ("Resident name", [S(name, "name")]),
        ("Mobile", [S(fk.uk_phone(), "phone")]),
        ("Email", [S(fk.email(name), "email")]),
        ("Number of fobs", [S(str(n), "other")]),
        ("Vehicle registration", [S(fk.uk_plate(), "id_number")] if rng.random() < 0.6 else []),
    ]
    for field in fields:
        ruled_entry(p, m, right, y, field, hand, f)
        y += 50 * s
    x = m
    for kind in rng.sample(EN_KINDS, 3):
        x = tick_box(p, x, y, kind, rng.random() < 0.6, f) + 36 * s
    y += 50 * s
    owner = rng.random() < 0.5
    x = tick_box(p, m, y, "Owner", owner, f) + 30 * s
    x = tick_box(p, x, y, "Tenant", not owner, f) + 50 * s
    c.line(x, y, [S("Deposit paid: ", "label"), S(f"£{20 * n}", "price")], f)
    y += 50 * s
    for rule in EN_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(15), right - m, 24 * s, max_lines=2)
    y += 30 * s
    x = c.line(m, y, [S("Signature:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(name.split()[-1].title(), "name")], 34, cjk=False)
    c.line(
        c.width / 2 + 40 * s,
        y,
        [
            S("Date: ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        f,
    )
    y += 50 * s
    c.box(m, y - 30 * s, right, y + 70 * s, width=1)
    c.text(m + 10 * s, y - 6 * s, "OFFICE USE ONLY", p.font(14, bold=True), "label")
    y += 40 * s
    x = c.line(m + 10 * s, y, [S("Approved by:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.en_first(upper=False), "name")], 30, cjk=False)
    x = c.line(c.width / 2, y, [S("Fob nos.:", "label")], f) + 10 * s
    handwritten(
        p,
        x,
        y,
        _join([_fob(fk)[-6:] for _ in range(n)], "id_number", ", "),
        26,
        cjk=False,
        width=right - x - 10 * s,
    )
    y += 60 * s
    c.line(
        m,
        y,
        [S("Concierge: ", "label"), Span(fk.office_phone("en"), "shop_phone", None)],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _de_antrag(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.3, cjk=False, base=1100, margin=0.07)
    s = p.s
    house, firm = rng.choice(DE_HOUSES)
    y = m + 34 * s
    c.text(m, y, firm, p.font(21, bold=True), "shop")
    y += 48 * s
    c.text(m, y, "Antrag auf Ausgabe einer Zugangskarte", p.font(27, bold=True), "label")
    y += 34 * s
    c.text(m, y, f"Objekt: {house}", p.font(17), "other")
    y += 50 * s
    f = p.font(18)
    hand = rng.random() < 0.75
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    fields = [
        ("Name, Vorname", [S(", ".join(reversed(name.split(" ", 1))), "name")]),
        ("Anschrift", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        ("Wohnung Nr.", [S(f"{rng.randint(1, 40)}", "door")]),
        ("Telefon", [S(fk.eu_phone("de"), "phone")]),
        ("E-Mail", [S(fk.email(name), "email")]),
    ]
    for field in fields:
        ruled_entry(p, m, right, y, field, hand, f)
        y += 50 * s
    owner = rng.random() < 0.5
    x = tick_box(p, m, y, "Eigentümer/in", owner, f) + 30 * s
    tick_box(p, x, y, "Mieter/in", not owner, f)
    y += 46 * s
    x = m
    for kind in DE_KINDS:
        x = tick_box(p, x, y, kind, rng.random() < 0.5, f) + 30 * s
    y += 50 * s
    for rule in DE_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(15), right - m, 24 * s, max_lines=2)
    y += 30 * s
    c.line(
        m,
        y,
        [
            S("Ort, Datum: ", "label"),
            S(f"{town.split(' ', 1)[1]}, {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026", "date"),
        ],
        f,
    )
    x = c.line(c.width / 2, y, [S("Unterschrift:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name.split()[-1], "name")], 34, cjk=False)
    y += 56 * s
    x = c.line(m, y, [S("Karten-Nr.: ", "label"), S(_fob(fk), "id_number")], f) + 40 * s
    x = c.line(x, y, [S("Kaution erhalten: ", "label"), S("25,00 €", "price")], f) + 30 * s
    y += 40 * s
    x = c.line(m, y, [S("Bearbeitet:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.eu_name("de").split()[-1], "name")], 30, cjk=False)
    c.line(
        right - 330 * s,
        y,
        [S("Tel. ", "label"), Span(fk.office_phone("de"), "shop_phone", None)],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def building_access_card_application(rng: random.Random) -> Canvas:
    """A building access card: a property office's 门禁卡 form or fob register, an English
    fob request or a German Zugangskarte application."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_form, _cn_register, _en_request, _de_antrag), weights=(38, 24, 22, 16))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"building_access_card_application": building_access_card_application}
