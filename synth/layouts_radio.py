"""Amateur radio. A 业余无线电台设置(使用)申请表 filled in by pen at a radio office
(applicant, sex, birth, ID, phone, e-mail, home to the room and postcode, the station's
address as 同上 or another home, the operator certificate's number, the call sign asked
for; the sets in a grid; the pledge, the signature; the office's part: the call sign it
assigns, 经办人 by hand, its seal, its address and line), an 业余无线电台执照 card (the
call sign large, 台站设置人, ID, 设台地址 to the room, class, validity, the office, seal),
a QSL card printed for one operator (own call sign large, name, the QTH street to the
flat, city and locator; the contact: the other call sign, date, UTC, MHz, mode, RST) or
a station log page kept by hand; an English licence or a German Zulassungsurkunde
(:mod:`synth.radio_latin`).

Personal: applicants, licensees, operators and the names given on air (``name``), call
signs of either end (``id_number``: each names one licensed person), dates of birth,
IDs, certificate and licence numbers (``id_number``), homes with their room (``door``),
phones, e-mails. Ordinary: sets, serials, bands, powers, modes, RST, UTC, cities given
as QTH, six-character grid locators (a square kilometres wide, no closer than a town),
classes, validity, the office's name; the office's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_consents import ConsentFaker
from .fakedata_kin import star_id
from .formkit import RED, Cell, fit, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Faces, Pen, S, _finish, _paper, biz, joined_address
from .radio_latin import de_zulassung, en_licence
from .radio_words import (
    CN_BUREAUS,
    CN_CLASSES,
    CN_DECLARATION,
    CN_LICENCE_RULES,
    CN_MODES,
    CN_QTH,
    CN_STATION_KINDS,
    LOCATORS,
    MODES,
    QTH_CITIES,
    SETS,
)
from .render import Canvas


def _day(rng: random.Random, sep: str = "-") -> str:
    return f"2026{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(1, 28):02d}"


def locator(rng: random.Random) -> str:
    """A six-character Maidenhead locator (OM89ef): ordinary, a square km wide."""
    return (
        rng.choice(LOCATORS)
        + rng.choice("abcdefghijklmnopqrstuvwx")
        + rng.choice("abcdefghijklmnopqrstuvwx")
    )


def _cn_application(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.6, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    bureau, baddr, bphone = rng.choice(CN_BUREAUS)
    y = m + 40 * s
    title = rng.choice(("业余无线电台设置(使用)申请表", "业余无线电台设置申请表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("受理编号:", "label"), S(fk.digits(8, True), "other")], f)
    c.line(right - 250 * s, y, [S("填表日期:", "label"), S(_day(rng), "date")], f)
    y += 14 * s
    home, pc = fk.cn_address(with_door=1.0)
    other, _ = fk.cn_address(with_door=1.0)
    site = [S("同上", "other")] if rng.random() < 0.55 else joined_address([other])
    call = fk.cn_call_sign()
    name = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [
                ("申请人姓名", name, "name"),
                ("性别", fk.sex(), "other"),
                ("出生日期", fk.born(1950, 2010, rng.choice(("iso", "cn", "dot")))[0], "id_number"),
            ],
            [("身份证件号码", fk.id_born(1950, 2010), "id_number"), ("国籍", "中国", "other")],
            [("手机号码", fk.cn_mobile(), "phone"), ("电子邮箱", fk.email(), "email")],
            [("通信地址", joined_address([home]), "address")],
            [("邮政编码", pc, "address"), ("操作证书编号", fk.op_cert_no(), "id_number")],
            [("电台设置地址", site, "address")],
            [
                ("电台类别", rng.choice(CN_STATION_KINDS), "other"),
                ("申请呼号", call if rng.random() < 0.6 else "", "id_number"),
            ],
        ],
        hand=True,
        columns=6,
    )
    widths = [w * k for k in (0.15, 0.22, 0.09, 0.14, 0.14, 0.26)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(16), hand_px=28) + 26 * s
    c.text(m, y, "拟使用的无线电发射设备", p.font(19, bold=True), "label")
    heads = ("设备型号", "出厂序号", "频率范围", "发射功率", "发射类型")
    grid = [[label_cell(h) for h in heads]]
    for model, band, power in rng.sample(SETS, rng.randint(1, 3)):
        grid.append(
            [
                hand_cell(model, "other"),
                hand_cell(fk.alnum(rng.choice((6, 7))).upper(), "other"),
                hand_cell(band, "other"),
                hand_cell(power, "other"),
                hand_cell(rng.choice(CN_MODES), "other"),
            ]
        )
    y = (
        table(p, m, y + 12 * s, [w * k for k in (0.24, 0.18, 0.24, 0.14, 0.2)], grid, 46 * s, f)
        + 30 * s
    )
    y = c.wrap(m, y, [S(CN_DECLARATION, "footer")], p.font(15), w, 24 * s, max_lines=4) + 30 * s
    x = c.line(m + w * 0.45, y, [S("申请人签字:", "label")], p.font(18)) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    c.line(m + w * 0.76, y, [S(_day(rng, "."), "date")], p.font(17))
    y += 40 * s
    top = y
    c.text(m + 12 * s, y + 34 * s, "以下由无线电管理机构填写", p.font(17, bold=True), "label")
    y += 76 * s
    x = c.line(m + 12 * s, y, [S("审核意见:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S("同意设台,指配呼号", "other")], 28, cjk=True) + 10 * s
    handwritten(p, x, y, [S(call, "id_number")], 30, cjk=False)
    y += 50 * s
    x = c.line(m + 12 * s, y, [S("经办人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(m + w * 0.4, y, [S("审批日期:", "label"), S(_day(rng), "date")], f)
    seal(p, right - 120 * s, y - 30 * s, 66 * s, bureau)
    y += 30 * s
    c.box(m, top, right, y, width=1)
    y += 34 * s
    c.line(
        m,
        y,
        [
            S(f"{bureau}  地址:", "footer"),
            biz(baddr, "shop_address"),
            S("  电话:", "footer"),
            biz(bphone, "shop_phone"),
        ],
        fit(p, p.font(14), bureau + baddr + bphone + "地址:电话:", w),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_card(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """The licence card: a framed sheet, the call sign large in the middle."""
    c, p, m, right = sheet(rng, (1100, 1200), 0.78, cjk=True, base=1100, margin=0.05)
    s = p.s
    bureau, _, _ = rng.choice(CN_BUREAUS)
    y = m + 70 * s
    c.text(
        c.width / 2,
        y,
        "中华人民共和国业余无线电台执照",
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 36 * s
    c.line(
        right - 360 * s,
        y,
        [S("执照编号:", "label"), S(fk.station_licence_no(), "id_number")],
        p.font(16),
    )
    y += 76 * s
    c.text(c.width / 2, y, fk.cn_call_sign(), p.font(60, bold=True), "id_number", anchor="ms")
    c.text(c.width / 2 - 260 * s, y - 10 * s, "呼号", p.font(20), "label", anchor="ms")
    y += 56 * s
    home, _ = fk.cn_address(with_door=1.0)
    idn = fk.id_born(1950, 2010)
    start = rng.randint(2021, 2026)
    f = p.font(20)
    for label, value in (
        ("台站设置人:", [S(fk.cn_name(honorific=0.0), "name")]),
        ("证件号码:", [S(star_id(idn) if rng.random() < 0.3 else idn, "id_number")]),
        ("设台地址:", joined_address([home])),
        ("电台类别:", [S(f"{rng.choice(CN_CLASSES)}  {rng.choice(CN_STATION_KINDS)}", "other")]),
        (
            "有 效 期:",
            [
                S(
                    f"{start}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日至{start + 5}年同日",
                    "date",
                )
            ],
        ),
        ("发证机关:", [S(bureau, "other")]),
    ):
        x = c.line(m + 50 * s, y, [S(label, "label")], f) + 10 * s
        text = "".join(v.text for v in value)
        c.line(x, y, value, fit(p, f, text, right - x - 60 * s))
        y += 40 * s
    seal(p, right - 170 * s, y - 90 * s, 70 * s, bureau)
    y += 10 * s
    for rule in CN_LICENCE_RULES:
        c.text(m + 50 * s, y, rule, p.font(14), "footer")
        y += 24 * s
    c.trim(int(y + 30 * s + m))
    c.box(m, m, right, c.height - m, width=max(3, int(5 * s)))
    return c


def _qsl(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """A QSL card: postcard-sized, a tinted band, the own call sign very large."""
    W = rng.choice((1100, 1200))
    c = Canvas(W, int(W * 0.64), paper=_paper(rng), ink=(25, 25, 40))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1100)
    s, m = p.s, int(40 * p.s)
    tint = rng.choice(((30, 70, 140), (150, 30, 40), (20, 100, 70)))
    c.draw.rectangle([0, 0, W, 190 * s], fill=tint)
    c.text(m, 150 * s, fk.cn_call_sign(), p.font(110, bold=True), "id_number", fill=(255, 255, 255))
    op = (
        fk.pinyin_name().replace("/", " ").strip().title()
        if rng.random() < 0.6
        else fk.cn_name(honorific=0.0)
    )
    door, street, city, pc = fk.cn_address_latin()
    y = 240 * s
    f = p.font(20)
    c.line(m, y, [S("OP: ", "label"), S(op, "name")], f)
    c.line(W * 0.55, y, [S("Grid: ", "label"), S(locator(rng), "other")], f)
    y += 34 * s
    c.line(m, y, [S("QTH: ", "label"), S(door, "door"), S(", ", "other"), S(street, "address")], f)
    y += 32 * s
    c.line(
        m + 60 * s,
        y,
        [S(city, "other"), S(" ", "other"), S(pc, "address"), S("  P.R. CHINA", "other")],
        f,
    )
    c.line(
        W * 0.55,
        y,
        [S(f"CQ Zone {rng.choice((23, 24))}   ITU Zone {rng.choice((33, 43, 44))}", "other")],
        p.font(17),
    )
    y += 30 * s
    heads = ("To Radio", "Date", "UTC", "MHz", "Mode", "RST")
    band = rng.choice(("7.074", "14.074", "21.250", "28.400", "144.390", "10.136"))
    row = [
        fk.cn_call_sign() if rng.random() < 0.3 else fk.uk_call_sign(),
        f"{rng.randint(1, 28):02d}-{rng.choice(('JAN', 'MAR', 'JUN', 'OCT'))}-2026",
        f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
        band,
        rng.choice(MODES),
        rng.choice(("59", "599", "-12", "57")),
    ]
    cells = [
        [label_cell(h) for h in heads],
        [
            Cell.of(row[0], "id_number", hand=True, align="c"),
            *(
                Cell.of(v, "date" if i < 2 else "other", hand=True, align="c")
                for i, v in enumerate(row[1:])
            ),
        ],
    ]
    y = (
        table(
            p,
            m,
            y,
            [(W - 2 * m) * k for k in (0.22, 0.22, 0.12, 0.16, 0.14, 0.14)],
            cells,
            46 * s,
            p.font(17),
            hand_px=26,
            cjk=False,
        )
        + 40 * s
    )
    c.text(
        m,
        y,
        rng.choice(("PSE QSL TNX", "TNX QSL", "TNX for QSO, 73!")),
        p.font(22, bold=True),
        "other",
    )
    x = c.line(W * 0.55, y, [S("73 de ", "other")], p.font(20)) + 6 * s
    handwritten(p, x, y, [S(op.split()[0] if " " in op else op, "name")], 30, cjk=not op.isascii())
    return _finish(c, y, 0, pad=40 * s)


def _log(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """A station log page kept by hand: own call sign in the head, one row a contact."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.2, cjk=True, base=1300, margin=0.04)
    s, w = p.s, right - m
    y = m + 40 * s
    c.text(
        m,
        y,
        rng.choice(("业余电台日志 STATION LOG", "电台通联日志")),
        p.font(26, bold=True),
        "label",
    )
    c.line(right - 380 * s, y, [S("本台呼号 Call:", "label")], p.font(18))
    handwritten(p, right - 200 * s, y, [S(fk.cn_call_sign(), "id_number")], 30, cjk=False)
    y += 24 * s
    heads = (
        "日期",
        "UTC",
        "频率MHz",
        "模式",
        "对方呼号",
        "RST发",
        "RST收",
        "姓名 Name",
        "QTH",
        "功率",
    )
    rows = [[label_cell(h) for h in heads]]
    day = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
    for k in range(rng.randint(10, 16)):
        foreign = rng.random() < 0.35
        qth = rng.choice(QTH_CITIES) if foreign else rng.choice(CN_QTH)
        name = (
            fk.en_first(upper=False)
            if foreign
            else (fk.cn_name(honorific=0.0) if rng.random() < 0.6 else fk.cn_surname())
        )
        rows.append(
            [
                hand_cell(day if k == 0 or rng.random() < 0.2 else "〃", "date"),
                hand_cell(f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", "date"),
                hand_cell(rng.choice(("7.050", "14.270", "21.074", "145.500", "438.500")), "other"),
                hand_cell(rng.choice(MODES), "other"),
                hand_cell(
                    rng.choice((fk.uk_call_sign, fk.de_call_sign))()
                    if foreign
                    else fk.cn_call_sign(),
                    "id_number",
                ),
                hand_cell(rng.choice(("59", "57", "599")), "other"),
                hand_cell(rng.choice(("59", "55", "579")), "other"),
                hand_cell(name, "name"),
                hand_cell(qth, "other"),
                hand_cell(rng.choice(("100W", "50W", "5W")), "other"),
            ]
        )
    widths = [w * k for k in (0.08, 0.07, 0.1, 0.07, 0.13, 0.07, 0.07, 0.15, 0.16, 0.1)]
    y = table(p, m, y, widths, rows, 44 * s, p.font(15), hand_px=24) + 40 * s
    c.text(m, y, f"第 {rng.randint(1, 80)} 页", p.font(15), "other", fill=RED)
    return _finish(c, y, m // 2, pad=20 * s)


def amateur_radio_licence(rng: random.Random) -> Canvas:
    """A 业余无线电台设置申请表, an 业余无线电台执照, a QSL card, a station log page, an
    English amateur radio licence or a German Zulassungsurkunde."""
    fk = ConsentFaker(rng)
    draw = rng.choices(
        (_cn_application, _cn_card, _qsl, _log, en_licence, de_zulassung),
        weights=(26, 16, 16, 14, 16, 12),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"amateur_radio_licence": amateur_radio_licence}
