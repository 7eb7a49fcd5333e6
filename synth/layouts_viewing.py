"""Estate agents and property viewings: an agency's 看房确认书 (the client's name, phone
and ID, the listing's address to the building and room, the owner, the agent and
staff number in a grid, the client named inside the no-bypass pledge, signatures), a
带看记录表 on which several clients of one open house each wrote a row, an English
viewing confirmation ("Dear Ms …", Applicant, Viewing at, Vendor, Negotiator, the
negotiator's feedback note in pen) or an Italian foglio visita immobile (the client's
details on ruled blanks: born on, resident at, ID card, codice fiscale; the agent).

Personal: clients', owners', vendors' and agents' names, phones, e-mails, ID numbers,
staff numbers, codici fiscali, the last digits of an ID (``id_number``), the client's
home and the viewed home with its building and room (``address`` and ``door``; it is
the owner's home). Ordinary: the agency's name, licence, branch and hotline
(business data), listing numbers, area, layout, asking price, dates and times,
titles, labels and the clauses.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import firm_head, grid_rows, hand_cell, label_cell, serial_title
from .kit import S, _finish, joined_address
from .layouts_party import _centre
from .render import Canvas, Span

_CN_AGENCIES = ("链居地产", "我爱我家置业", "中原安居", "麦田房产", "满堂红置业", "家和房屋")
_CN_BRANCHES = ("滨江店", "西湖文化广场店", "高新一店", "万象城店")
_CN_LAYOUTS = ("两室一厅", "三室两厅", "一室一厅", "四室两厅", "两室两厅")
_EN_AGENCIES = ("Hartley & Rowe", "Kestrel Homes", "Marsh Property Partners", "Oakmere Estates")
_IT_AGENCIES = ("Immobiliare Tre Torri", "Casa Più Agenzia", "Studio Immobiliare Aurora")
_IT_STREETS = ("Via Roma", "Corso Garibaldi", "Via dei Mille", "Viale Mazzini", "Via Verdi")
_IT_TOWNS = ("Bergamo", "Modena", "Parma", "Verona", "Lecce")
_CF_LETTERS = "ABCDEHLMPRST"


def _listing(fk: HouseholdFaker) -> str:
    return fk.r.choice(("FY", "ES", "No.", "")) + fk.digits(fk.r.choice((6, 8)))


def _staff(fk: HouseholdFaker) -> str:
    """An agent's staff or registration number (经纪人工号 / 信息卡号)."""
    return fk.r.choice(("", "JJ", "A")) + fk.digits(fk.r.choice((5, 6, 8)))


def _titled(surname: str, title: str) -> list[Span]:
    """王女士, 李经理: the surname is the person's, the title after it ordinary."""
    return [S(surname, "name"), *([S(title, "other")] if title else [])]


def _codice_fiscale(fk: HouseholdFaker) -> str:
    r = fk.r
    return (
        fk.upper(6)
        + fk.digits(2)
        + r.choice(_CF_LETTERS)
        + fk.digits(2)
        + fk.upper(1)
        + fk.digits(3)
        + fk.upper(1)
    )


def _cn_head(rng: random.Random, fk: HouseholdFaker, title: str):
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=True, base=900, margin=(0.05, 0.07))
    agency = rng.choice(_CN_AGENCIES) + rng.choice(_CN_BRANCHES)
    licence = f"备案号:{fk.r.choice(('滨房中介', '经纪备'))}{fk.digits(6)}"
    y = firm_head(
        p,
        m + 36 * p.s,
        m,
        right,
        agency,
        licence,
        ("服务热线:", f"400-{fk.digits(3)}-{fk.digits(4)}"),
    )
    y += 50 * p.s
    serial_title(p, y, right, title, fk.digits(7), p.font(19))
    return c, p, m, right, agency, y + 46 * p.s


def _cn_home(fk: HouseholdFaker) -> list[Span]:
    """The listed home to its room: the estate, then building, unit and room."""
    line, _ = fk.cn_address(with_door=1.0)
    return joined_address([line], "")


def _cn_single(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    title = rng.choice(("看房确认书", "带看确认书", "看房确认单"))
    c, p, m, right, agency, y = _cn_head(rng, fk, title)
    s, w = p.s, right - m
    client, agent = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    owner = [S(fk.cn_name(honorific=0.0), "name")]
    if rng.random() < 0.4:  # only the surname is the person's; the title is ordinary
        owner = _titled(fk.cn_surname(), rng.choice(("先生", "女士")))
    hand = rng.random() < 0.7
    area = f"{rng.randint(45, 180)}.{rng.randint(0, 9)}㎡"
    price = f"{rng.randint(80, 900)}万元"
    when = f"{fk.date('iso')} {rng.randint(9, 19)}:{rng.choice(('00', '30'))}"
    rows = [
        [("客户姓名", client, "name"), ("联系电话", fk.cn_mobile(), "phone")],
        [("身份证号", fk.cn_resident_id(), "id_number")],
        [("房源编号", _listing(fk), "other"), ("户型", rng.choice(_CN_LAYOUTS), "other")],
        [("房源地址", _cn_home(fk), "")],
        [("建筑面积", area, "other"), ("挂牌价格", price, "price")],
        [("业主", owner, ""), ("看房时间", when, "date")],
        [("带看经纪人", agent, "name"), ("经纪人工号", _staff(fk), "id_number")],
    ]
    widths = (w * 0.16, w * 0.36, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), 46 * s, p.font(17), hand_px=24) + 36 * s
    f = p.font(17)
    pledge = [
        S("    本人", "footer"),
        S(client, "name"),
        S(f"经{agency}经纪人", "footer"),
        S(agent, "name"),
        S(
            "带看上述房源,对房屋状况已充分了解。本人承诺:自看房之日起六个月内,本人及本人亲属"
            "不得绕开贵公司与该房屋业主私下交易,否则愿按成交总价的2%向贵公司支付中介服务费。",
            "footer",
        ),
    ]
    y = c.wrap(m, y, pledge, f, w, 28 * s, max_lines=5) + 36 * s
    if rng.random() < 0.4:  # a relative who came along signs as well
        c.text(m, y, "陪同人:", f, "label")
        handwritten(p, m + 80 * s, y, [S(client[0] + fk.cn_given_name(), "name")], 28, cjk=True)
        y += 44 * s
    c.text(m, y, "客户签字:", f, "label")
    handwritten(p, m + 100 * s, y, [S(client, "name")], 30, cjk=True)
    c.text(m + w / 2, y, "经纪人签字:", f, "label")
    handwritten(p, m + w / 2 + 110 * s, y, [S(agent, "name")], 30, cjk=True)
    seal(p, right - 70 * s, y - 10 * s, 64 * s, "业务专用章")
    y += 44 * s
    c.text(m, y, "日期:" + when.split()[0], f, "date")  # signed on the day of the viewing
    return _finish(c, y, 0, pad=m)


def _cn_sheet(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """One listing, a row for each client who came to see it (an open house)."""
    c, p, m, right, _agency, y = _cn_head(rng, fk, rng.choice(("带看记录表", "看房登记表")))
    s, w = p.s, right - m
    f = p.font(17)
    owner = _titled(fk.cn_surname(), rng.choice(("先生", "女士", "阿姨")))
    lines = [
        [
            S("房源编号:", "label"),
            S(_listing(fk), "other"),
            S("   户型:", "label"),
            S(rng.choice(_CN_LAYOUTS), "other"),
        ],
        [S("房源地址:", "label"), *_cn_home(fk)],
        [
            S("业主:", "label"),
            *owner,
            S("   挂牌价:", "label"),
            S(f"{rng.randint(80, 900)}万元", "price"),
        ],
    ]
    for spans in lines:
        c.line(m, y, spans, f)
        y += 32 * s
    y += 6 * s
    head = [
        label_cell(t)
        for t in ("序号", "看房人", "联系电话", "证件后四位", "看房时间", "签字", "带看人")
    ]
    agents = [fk.cn_name(honorific=0.0) for _ in range(2)]
    rows = [head]
    filled = rng.randint(3, 6)
    month, date = rng.randint(1, 12), rng.randint(1, 28)
    day = f"{month}/{date}"  # one open house, one day
    for k in range(1, rng.randint(filled + 1, 9)):
        if k > filled:
            rows.append(
                [Cell.of(str(k), "other", align="c")] + [Cell.of("", "other") for _ in range(6)]
            )
            continue
        who = fk.cn_name(honorific=0.0)
        phone = fk.cn_mobile() if rng.random() < 0.7 else fk.masked_mobile()
        agent = rng.choice(agents)
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                hand_cell(who, "name"),
                hand_cell(phone, "phone"),
                hand_cell(fk.digits(3) + rng.choice("0123456789X"), "id_number"),
                hand_cell(f"{day} {9 + k}:{rng.choice(('00', '20', '40'))}", "date"),
                Cell(
                    tuple(_titled(who, "") if rng.random() < 0.7 else _titled(who[0], "先生")), True
                ),
                Cell(
                    tuple(_titled(agent, "") if rng.random() < 0.6 else _titled(agent[0], "经理")),
                    True,
                ),
            ]
        )
    widths = [w * k for k in (0.07, 0.14, 0.2, 0.13, 0.16, 0.15, 0.15)]
    y = table(p, m, y, widths, rows, 44 * s, p.font(16), hand_px=22) + 30 * s
    note = "说明:看房人签字即确认已由本公司带看上述房源;本表仅供公司内部存档,不得外传。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 22 * s, max_lines=2) + 30 * s
    c.line(m, y, [S("店长:", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    c.text(right, y, f"日期:{rng.randint(2023, 2026)}年{month}月{date}日", f, "date", anchor="rs")
    return _finish(c, y, 0, pad=m)


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 900), 1.5, cjk=False, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    agency = rng.choice(_EN_AGENCIES)
    y = m + 34 * s
    c.text(m, y, agency, p.font(26, bold=True), "shop")
    office = fk.office_address("en")
    c.text(right, y - 10 * s, office[0], p.font(13), "shop_address", anchor="rs")
    c.text(right, y + 10 * s, "Sales 01632 " + fk.digits(6), p.font(13), "shop_phone", anchor="rs")
    y += 60 * s
    c.text(m, y, "VIEWING CONFIRMATION", p.font(22, bold=True), "label")
    y += 40 * s
    title = rng.choice(("Mr", "Ms", "Mrs", "Dr"))
    applicant = fk.en_name_plain(False)
    f = p.font(15)
    greet = [
        S("Dear ", "footer"),
        S(f"{title} ", "other"),
        S(applicant.split()[-1], "name"),
        S(",", "footer"),
    ]
    c.line(m, y, greet, f)
    y += 28 * s
    text = "Thank you for arranging to view the property below. Please bring photo ID; the vendor may be present."
    y = word_wrap(p, m, y, [S(text, "footer")], f, w, 22 * s) + 14 * s
    home = joined_address(fk.uk_address())
    neg = fk.en_name_plain(False)
    vendor = f"{rng.choice(('Mr', 'Mrs', 'Ms'))} {fk.en_name_plain(False).split()[-1]}"
    fields = [
        ("Applicant:", [S(applicant, "name")]),
        ("Tel:", [S(fk.uk_phone(), "phone")]),
        ("Email:", [S(fk.email(applicant), "email")]),
        ("Current address:", joined_address(fk.uk_address())),
        (
            "Position:",
            [S(rng.choice(("First-time buyer", "Chain free", "Sold STC", "Renting")), "other")],
        ),
        ("Viewing at:", home),
        (
            "Date / time:",
            [
                S(
                    f"{fk.date('in')}, {rng.randint(9, 17)}:{rng.choice(('00', '15', '30', '45'))}",
                    "date",
                )
            ],
        ),
        ("Asking price:", [S(f"£{rng.randint(150, 650)},000", "price")]),
        ("Vendor:", [S(vendor.split()[0] + " ", "other"), S(vendor.split()[1], "name")]),
        ("Negotiator:", [S(neg, "name"), S("  staff no. ", "label"), S(_staff(fk), "id_number")]),
    ]
    for label, spans in fields:
        c.line(m, y, [S(label, "label")], f)
        c.line(m + 170 * s, y, spans, f)
        y += 28 * s
    y += 18 * s
    c.box(m, y, right, y + 150 * s, width=1)
    c.text(m + 10 * s, y + 26 * s, "Feedback (negotiator):", p.font(14, bold=True), "label")
    partner = rng.choice(("Sarah", "Tom", "Priya", "James", "Anna"))
    note = [
        S(
            rng.choice(
                (
                    "Liked the kitchen and garden",
                    "Felt the 2nd bedroom is small",
                    "Keen, asked about parking",
                )
            ),
            "other",
        ),
        S(". 2nd viewing with ", "other"),
        S(partner, "name"),
        S(" - call ", "other"),
        S(fk.uk_phone(), "phone"),
        S(" after 6pm.", "other"),
    ]
    handwritten(p, m + 14 * s, y + 70 * s, note[:3], 24, cjk=False, width=w - 28 * s)
    handwritten(p, m + 14 * s, y + 114 * s, note[3:], 24, cjk=False, width=w - 28 * s)
    y += 190 * s
    terms = f"{agency} is a member of The Property Ombudsman. Details are given for guidance only and do not form part of any contract."
    y = word_wrap(p, m, y, [S(terms, "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m)


def _it(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 900), 1.6, cjk=False, base=820, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    agency = rng.choice(_IT_AGENCIES)
    town = rng.choice(_IT_TOWNS)
    y = m + 34 * s
    c.text(W / 2, y, agency, p.font(24, bold=True), "shop", anchor="ms")
    y += 24 * s
    office = [
        Span(f"{rng.choice(_IT_STREETS)} {rng.randint(1, 90)}, {town}", "shop_address", None),
        S(" - tel. ", "label"),
        Span(f"0{fk.digits(2)} {fk.digits(6)}", "shop_phone", None),
    ]
    _centre(p, W / 2, y, office, p.font(13), w)
    y += 50 * s
    c.text(W / 2, y, "FOGLIO VISITA IMMOBILE", p.font(22, bold=True), "label", anchor="ms")
    y += 46 * s
    f, hand = p.font(15), rng.random() < 0.8
    client = f"{rng.choice(('Marco', 'Giulia', 'Luca', 'Francesca', 'Paolo', 'Chiara'))} {rng.choice(('Rossi', 'Bianchi', 'Esposito', 'Colombo', 'Ricci', 'Greco'))}"
    mid = m + w * 0.55
    step = (42 if hand else 34) * s
    home = f"{rng.choice(_IT_STREETS)} {rng.randint(1, 120)}, {rng.choice(_IT_TOWNS)}"
    entries = [
        ((m, right), ("Il/La sottoscritto/a", [S(client, "name")])),
        ((m, mid - 12 * s), ("nato/a a", [S(rng.choice(_IT_TOWNS), "other")])),
        ((mid, right), ("il", [S(fk.dob("dmy"), "id_number")])),
        ((m, right), ("residente in", [S(home, "address")])),
        (
            (m, mid - 12 * s),
            ("C.I. n.", [S(fk.upper(2) + fk.digits(5) + fk.upper(2), "id_number")]),
        ),
        ((mid, right), ("tel.", [S(f"3{fk.digits(2)} {fk.digits(7)}", "phone")])),
        ((m, right), ("codice fiscale", [S(_codice_fiscale(fk), "id_number")])),
        ((m, right), ("e-mail", [S(fk.email(client), "email")])),
    ]
    for (x0, x1), field in entries:
        ruled_entry(p, x0, x1, y, field, hand, f, hand_px=26)
        if x1 == right:
            y += step
    agent = f"{rng.choice(('Sara', 'Davide', 'Elena', 'Matteo'))} {rng.choice(('Conti', 'Gallo', 'Fontana', 'Moretti'))}"
    text = [
        S("dichiara di aver visitato in data ", "footer"),
        S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        S(", accompagnato/a dall'agente ", "footer"),
        S(agent, "name"),
        S(", il seguente immobile, conosciuto per il tramite dell'agenzia:", "footer"),
    ]
    y = word_wrap(p, m, y + 6 * s, text, f, w, 24 * s) + 10 * s
    street = f"{rng.choice(_IT_STREETS)} {rng.randint(1, 200)}, "
    flat = f"scala {rng.choice('ABC')}, int. {rng.randint(1, 30)}"
    table_rows = [
        [
            label_cell("Rif."),
            Cell.of(_listing(fk), "other"),
            label_cell("Prezzo richiesto"),
            Cell.of(f"€ {rng.randint(90, 600)}.000", "price"),
        ],
        [
            label_cell("Indirizzo"),
            Cell((S(street, "address"), S(flat, "door"), S(f", {town}", "address")), span=3),
        ],
        [
            label_cell("Superficie"),
            Cell.of(f"{rng.randint(50, 180)} mq", "other"),
            label_cell("Locali"),
            Cell.of(str(rng.randint(2, 6)), "other"),
        ],
    ]
    y = table(p, m, y, (w * 0.18, w * 0.32, w * 0.22, w * 0.28), table_rows, 40 * s, f) + 30 * s
    clause = "Il cliente si impegna a non trattare l'acquisto direttamente con la proprietà per 12 mesi; in caso contrario sarà dovuta la provvigione del 3% + IVA."
    y = word_wrap(p, m, y, [S(clause, "footer")], p.font(13), w, 20 * s) + 30 * s
    ruled_entry(
        p, m, mid - 12 * s, y, ("Firma del cliente", [S(client, "name")]), True, f, hand_px=28
    )
    ruled_entry(
        p, mid, right, y, ("Firma dell'agente", [S(agent.split()[-1], "name")]), True, f, hand_px=28
    )
    return _finish(c, y, 0, pad=m)


def property_viewing_confirmation(rng: random.Random) -> Canvas:
    """An agency's 看房确认书, an open house's 带看记录表, an English viewing
    confirmation or an Italian foglio visita immobile."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn_single, _cn_sheet, _en, _it), weights=(35, 25, 22, 18))[0](rng, fk)


LAYOUTS = {"property_viewing_confirmation": property_viewing_confirmation}
