"""Broadband and home installation visits. A telecom operator's 宽带装机/装维工单 printed
with its grid typed or filled by the technician's pen (工单编号, 宽带账号, 客户编号, 用户姓名,
two 联系电话, 装机地址 to the room, 预约时间, 套餐, 光猫型号 and SN, 装维人员 with 工号, the
user's signature, 满意度 ticks, the hotline); the technician's dispatch app photographed
(the customer as 张** or a surname with 先生/女士, a starred phone, the address, 联系客户);
a hand-written 装机回执卡 left with the customer; an English engineer's job sheet (Account
no., Customer name, Installation address, Contact number, AM/PM slot, Engineer and ID,
Router serial, line test results, "Customer not home", signature) or a German
Technikertermin / Auftragsbestätigung (Kundennummer, Vertragsnummer, Anschlussadresse,
Ansprechpartner vor Ort).

Personal: customers, contacts on site and technicians (``name``), their phones, the
installation address (``address``, ``door``), broadband accounts, customer, contract
and staff numbers (``id_number``). Ordinary: plans, speeds, prices, device models and
serials, slots, dates, test results, ticks, clauses and headings; the operator, its
hotline, office and work-order number are business data.
"""

from __future__ import annotations

import random

from . import broadband_words as bw
from .day_first import day_first
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import ruled_paper, word_wrap
from .formkit_slips import grid_rows
from .kit import S, _addr_spans, _finish, joined_address, street_spans
from .layouts_payapp import _nav, _phone_canvas, _rows
from .layouts_viewing import _titled
from .render import Canvas, Span

_BLUE = (30, 100, 200)


def _account(rng: random.Random, fk: MoneyFaker) -> str:
    """A broadband login: an area code and digits, sometimes with the realm after it."""
    body = rng.choice(("0571", "028", "025", "ad")) + fk.digits(8)
    return body + rng.choice(("", "", "@163.gd", "@kd"))


def _serial(rng: random.Random, fk: MoneyFaker) -> str:
    return rng.choice(("ZTEG", "HWTC", "FHTT")) + fk.alnum(8)


def _cn_order(rng: random.Random, fk: MoneyFaker) -> Canvas:
    by_hand = rng.random() < 0.6
    c, p, m, right = sheet(rng, (1200, 1260), 1.6, cjk=True, base=1200, margin=0.05)
    s = p.s
    op = rng.choice(bw.CN_OPERATORS)
    y = m + 36 * s
    c.text(c.width / 2, y, op, p.font(24, bold=True), "shop", anchor="ms")
    y += 44 * s
    c.text(c.width / 2, y, rng.choice(bw.CN_TITLES), p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("工单编号:", "label"), Span(f"GD{fk.digits(14)}", "order_number", None)], f)
    c.line(right - 330 * s, y, [S("业务类型:", "label"), S(rng.choice(bw.CN_JOBS), "other")], f)
    y += 16 * s
    line, _ = fk.cn_address(with_door=1.0)
    phones = [S(fk.cn_mobile_digits(), "phone")]
    if rng.random() < 0.7:
        phones += [
            S("   ", "other"),
            S(rng.choice((fk.cn_mobile_digits(), fk.cn_landline())), "phone"),
        ]
    tech = fk.cn_name(honorific=0.0)
    visit = fk.date("iso")
    slot = f"{visit} {rng.choice(bw.CN_SLOTS)}"
    rows = grid_rows(
        [
            [
                ("宽带账号", _account(rng, fk), "id_number"),
                ("客户编号", fk.digits(12), "id_number"),
            ],
            [("用户姓名", fk.cn_name(honorific=0.0), "name"), ("联系电话", phones, "phone")],
            [("装机地址", _addr_spans([line]), "address")],
            [("预约时间", slot, "date"), ("套餐名称", rng.choice(bw.CN_PLANS), "other")],
            [("光猫型号", rng.choice(bw.MODEMS), "other"), ("光猫SN", _serial(rng, fk), "other")],
            [("机顶盒SN", _serial(rng, fk), "other"), ("分光器端口", bw.port(rng), "other")],
            [("装维人员", tech, "name"), ("工号", fk.digits(rng.choice((6, 8))), "id_number")],
        ],
        hand=by_hand,
    )
    widths = [(right - m) * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(17), hand_px=28)
    y += 40 * s
    c.text(m, y, "施工记录", p.font(19, bold=True), "label")
    y += 36 * s
    for step, value in bw.cn_checks(rng):
        tick_box(p, m, y, step, True, f)
        c.text(m + 300 * s, y, value, p.font(16), "other")
        y += 32 * s
    y += 14 * s
    x = c.line(m, y, [S("满意度评价:", "label")], f) + 12 * s
    pick = rng.randrange(3)
    for k, word in enumerate(("非常满意", "满意", "一般", "不满意")):
        x = tick_box(p, x, y, word, k == pick, f) + 24 * s
    y += 56 * s
    x = c.line(m, y, [S("用户签字:", "label")], f) + 10 * s
    signer = rows[1][1].spans[0].text
    handwritten(p, x, y, [S(signer, "name")], 36, cjk=True)
    c.line(
        c.width * 0.55,
        y,
        [S("完工时间:", "label"), S(f"{visit} {fk.time(seconds=False)}", "date")],
        f,
    )
    seal(p, right - 90 * s, y - 40 * s, 62 * s, "装维服务专用章")
    y += 46 * s
    for note in rng.sample(bw.CN_NOTES, 2):
        y = c.wrap(m, y, [S(note, "footer")], p.font(14), right - m, 24 * s, max_lines=2)
    c.text(m, y, f"{op}客服热线 {rng.choice(('10000', '10010', '10086'))}", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_app(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The technician's dispatch app: today's orders, the customer starred or titled."""
    c, p, y = _phone_canvas(rng, cjk=True)
    s, W = p.s, c.width
    y = _nav(p, y, rng.choice(("我的工单", "待上门工单", "装维工单详情")))
    y += 50 * s
    tech = fk.cn_name(honorific=0.0)
    c.line(
        40 * s,
        y,
        [
            S("装维: ", "label"),
            S(tech, "name"),
            S("  工号 ", "label"),
            S(fk.digits(8), "id_number"),
        ],
        p.font(24),
    )
    y += 30 * s
    for k in range(rng.choice((2, 3))):
        c.draw.rectangle([0, y, W, y + 16 * s], fill=(240, 240, 244))
        y += 60 * s
        state = "待上门" if k else rng.choice(("已签到", "待上门", "施工中"))
        c.text(40 * s, y, rng.choice(bw.CN_JOBS), p.font(28, bold=True), "other")
        c.text(W - 40 * s, y, state, p.font(24), "other", anchor="rs", fill=_BLUE)
        y += 50 * s
        if rng.random() < 0.5:
            who = [S(fk.cn_name_masked(), "name")]
        else:
            who = _titled(fk.cn_surname(), rng.choice(("先生", "女士")))
        line, _ = fk.cn_address(with_door=1.0)
        rows = [
            ("客户", who),
            (
                "电话",
                [S(fk.masked_mobile() if rng.random() < 0.6 else fk.cn_mobile_digits(), "phone")],
            ),
            ("地址", _addr_spans([line])),
            ("预约", [S(f"{fk.date('iso')[5:]} {rng.choice(bw.CN_SLOTS)}", "date")]),
            ("套餐", [S(rng.choice(bw.CN_PLANS), "other")]),
        ]
        y = _rows(p, y, rows, 46)
        x = W - 40 * s
        for word in ("联系客户", "导航", "签到"):
            w = p.width(word, p.font(24)) + 40 * s
            c.draw.rounded_rectangle(
                [x - w, y - 30 * s, x, y + 20 * s], radius=24 * s, outline=_BLUE, width=2
            )
            c.text(x - w / 2, y + 4 * s, word, p.font(24), "other", anchor="ms", fill=_BLUE)
            x -= w + 16 * s
        y += 40 * s
    return _finish(c, y, 0, pad=30 * s)


def _cn_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A printed 回执卡 the technician fills in by hand and leaves on the router."""
    c, p, m, right = sheet(rng, (900, 960), 0.9, cjk=True, base=900, margin=0.06)
    s = p.s
    op = rng.choice(bw.CN_OPERATORS)
    y = m + 34 * s
    c.text(c.width / 2, y, op, p.font(22, bold=True), "shop", anchor="ms")
    y += 42 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("宽带安装回执卡", "装维服务联系卡")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    step = 50 * s
    ruled_paper(p, m, right, y + step * 0.6, y + step * 7.6, step, margin=False)
    y += step
    f = p.font(18)
    line, _ = fk.cn_address(with_door=1.0)
    fields = [
        ("用户:", [S(fk.cn_name(honorific=0.0), "name")]),
        ("宽带账号:", [S(_account(rng, fk), "id_number")]),
        ("地址:", _addr_spans([line])),
        ("速率:", [S(rng.choice(bw.CN_PLANS), "other")]),
        ("装维人员:", [S(fk.cn_name(honorific=0.0), "name")]),
        ("手机:", [S(fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone")]),
        ("日期:", [S(fk.date("cn"), "date")]),
    ]
    for label, value in fields:
        ruled_entry(p, m, right, y, (label, value), True, f, hand_px=30, cjk=True)
        y += step
    y += 10 * s
    for note in bw.CN_CARD_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    return _finish(c, y, m // 2, pad=10 * s)


def _en_sheet(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.35, cjk=False, base=1100, margin=0.06)
    s = p.s
    firm = rng.choice(bw.EN_ISPS)
    y = m + 34 * s
    c.text(m, y, firm, p.font(28, bold=True), "shop")
    c.text(right, y, "ENGINEER VISIT - JOB SHEET", p.font(20, bold=True), "label", anchor="rs")
    y += 30 * s
    c.line(
        m, y, [S("Job ref ", "label"), Span(f"JB-{fk.digits(7)}", "order_number", None)], p.font(15)
    )
    y += 16 * s
    home = joined_address(fk.uk_block())
    by_hand = rng.random() < 0.6
    rows = grid_rows(
        [
            [
                ("Account no.", fk.digits(10), "id_number"),
                ("Appointment", rng.choice(bw.EN_SLOTS), "date"),
            ],
            [("Customer name", fk.en_name(), "name"), ("Contact number", fk.uk_phone(), "phone")],
            [("Installation address", home, "address")],
            [
                ("Package", rng.choice(bw.EN_PLANS), "other"),
                ("Router serial", _serial(rng, fk), "other"),
            ],
            [
                ("Engineer", fk.en_name(initial=rng.random() < 0.3), "name"),
                ("Engineer ID", f"E{fk.digits(5)}", "id_number"),
            ],
        ],
        hand=by_hand,
    )
    widths = [(right - m) * k for k in (0.2, 0.3, 0.18, 0.32)]
    y = table(p, m, y, widths, rows, 54 * s, p.font(17), hand_px=28, cjk=False) + 40 * s
    c.text(m, y, "Line test results", p.font(19, bold=True), "label")
    y += 10 * s
    tests = [[Cell.of(a, "label"), Cell.of(b, "other", hand=by_hand)] for a, b in bw.en_tests(rng)]
    y = (
        table(
            p,
            m,
            y,
            [(right - m) * 0.4, (right - m) * 0.3],
            tests,
            40 * s,
            p.font(16),
            hand_px=24,
            cjk=False,
        )
        + 44 * s
    )
    f = p.font(16)
    x = m
    for word in ("Installed and working", "Customer not home", "Revisit required"):
        x = tick_box(p, x, y, word, word == "Installed and working", f) + 30 * s
    y += 50 * s
    c.wrap(m, y, [S(bw.EN_DECLARATION, "footer")], p.font(14), right - m, 22 * s, max_lines=3)
    y += 80 * s
    x = c.line(m, y, [S("Customer signature", "label")], f) + 14 * s
    handwritten(p, x, y, [S(rows[1][1].spans[0].text.split()[-1], "name")], 34, cjk=False)
    c.line(c.width * 0.6, y, [S("Date ", "label"), S(day_first(fk.date()), "date")], f)
    y += 40 * s
    c.text(m, y, f"Faults and enquiries: {rng.choice(bw.EN_HOTLINES)}", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _de_confirmation(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1160), 1.3, cjk=False, base=1100, margin=0.08)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(bw.DE_ISPS), p.font(26, bold=True), "shop")
    y += 70 * s
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    for spans in [[S(name, "name")], street_spans(street), [S(town, "address")]]:
        c.line(m, y, spans, p.font(18))
        y += 28 * s
    y += 30 * s
    c.text(m, y, "Ihr Technikertermin - Auftragsbestätigung", p.font(24, bold=True), "label")
    y += 40 * s
    contact = [S(fk.eu_name("de"), "name"), S(", Tel. ", "other"), S(fk.eu_phone("de"), "phone")]
    fields = [
        ("Kundennummer", [S(fk.digits(9), "id_number")]),
        ("Vertragsnummer", [S(f"V{fk.digits(10)}", "id_number")]),
        ("Anschlussadresse", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        ("Tarif", [S(rng.choice(bw.DE_PLANS), "other")]),
        ("Termin", [S(f"{day_first(fk.date(), '.')}, {rng.choice(bw.DE_SLOTS)}", "date")]),
        ("Ansprechpartner vor Ort", contact),
        ("Techniker", [S(fk.eu_name("de"), "name")]),
    ]
    f = p.font(17)
    for label, value in fields:
        c.text(m, y, label, f, "label")
        c.line(m + 300 * s, y, value, f)
        y += 34 * s
    y += 24 * s
    greeting = [S("Guten Tag ", "footer"), S(name, "name"), S(",", "footer")]
    y = word_wrap(p, m, y, greeting + [S(" " + bw.DE_BODY, "footer")], f, right - m, 28 * s)
    for clause in bw.DE_CLAUSES:
        y = word_wrap(p, m, y + 6 * s, [S(clause, "footer")], p.font(15), right - m, 24 * s)
    y += 20 * s
    c.text(m, y, "Mit freundlichen Grüßen, Ihr Serviceteam", f, "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def broadband_install_work_order(rng: random.Random) -> Canvas:
    """A broadband installation: the work order, the dispatch app, the receipt card, an
    English job sheet or a German appointment confirmation."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_order, _cn_app, _cn_card, _en_sheet, _de_confirmation),
        weights=(30, 18, 14, 22, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"broadband_install_work_order": broadband_install_work_order}
