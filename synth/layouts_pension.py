"""Pensions and social security: a Chinese 养老保险个人权益记录单 / 个人账户对账单
printed by the social insurance office, or an English workplace pension's annual
benefit statement or a German Renteninformation sent as a letter.

Personal: the insured person's name (in the grid, the address block and the
salutation), ID number, social security / member / insurance number and date of
birth (id_number), the home address to the room, the bank card the pension is paid
to (card_number) or the bank account (id_number, as the project's account numbers
are). Ordinary: the fund's or office's name, address and hotline, the employer (a
company), the contribution table by year or month, totals, rates, the statement's
date and the printed notes.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, seal, sheet, stacked, table
from .formkit_slips import label_cell
from .kit import S, _finish
from .render import Canvas

_CN_TITLES = (
    "城镇职工基本养老保险个人权益记录单",
    "养老保险个人账户对账单",
    "社会保险个人权益记录",
)
_CN_NOTES = (
    "1. 本记录单记载截至上年末的缴费情况,如有疑问请于收到后60日内到经办机构核实。",
    "2. 个人账户储存额按国家规定的记账利率计息。",
    "3. 请妥善保管本记录单,不要将个人信息提供给他人。",
)
#: English and German words of the letter, keyed alike.
_LATIN = {
    "en": {
        "schemes": (
            "Kestrel Workplace Pension",
            "Harbourline Retirement Plan",
            "Northgate Pensions",
        ),
        "title": "Annual Benefit Statement {}",
        "fields": ("Member number", "National Insurance number", "Date of birth", "Employer"),
        "dear": ("Dear ", ","),
        "intro": "This statement shows the contributions paid into your pension pot over the year.",
        "cols": ("Month", "Your contribution", "Employer", "Tax relief", "Total"),
        "total": "Value of your pot on 5 April",
        "bank": ("Payments to: account ", " sort code "),
        "help": "Questions? Call our helpline",
        "months": (
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
            "Jan",
            "Feb",
            "Mar",
        ),
        "money": "£{:,.2f}",
    },
    "de": {
        "schemes": ("Rentenversicherung Nordland", "Versorgungskasse Mittelrhein"),
        "title": "Renteninformation {}",
        "fields": ("Versicherungsnummer", "Kundennummer", "Geburtsdatum", "Arbeitgeber"),
        "dear": ("Guten Tag ", ","),
        "intro": "mit dieser Renteninformation erhalten Sie eine Übersicht Ihrer Beiträge.",
        "cols": ("Monat", "Entgelt", "Ihr Anteil", "Arbeitgeber", "Beitrag gesamt"),
        "total": "Bisher erreichte Rentenanwartschaft zum 31.12.",
        "bank": ("Zahlung auf Konto IBAN ", " BIC "),
        "help": "Servicetelefon (kostenfrei)",
        "months": (
            "Jan",
            "Feb",
            "Mär",
            "Apr",
            "Mai",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Okt",
            "Nov",
            "Dez",
        ),
        "money": "{:,.2f} €",  # separators swapped to the German way below
    },
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.5, cjk=True, base=1100, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(18)
    year = rng.randint(2021, 2025)
    office = fk.fund_office()
    y = m + 40 * s
    c.text(W / 2, y, rng.choice(_CN_TITLES), p.font(28, bold=True), "label", anchor="ms")
    y += 36 * s
    c.text(W / 2, y, f"({year}年度)", p.font(20), "date", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("经办机构:", "label"), S(office, "shop")], f)
    c.line(
        right - 260 * s,
        y,
        [
            S("打印日期:", "label"),
            S(f"{year + 1}-0{rng.randint(1, 6)}-{rng.randint(10, 28)}", "date"),
        ],
        f,
    )
    y += 16 * s
    name, pid = fk.cn_name(honorific=0.0), fk.cn_resident_id()
    addr, _pc = fk.cn_address(with_door=0.9)
    dob = f"{pid[6:10]}-{pid[10:12]}-{pid[12:14]}"
    ss_no = pid if rng.random() < 0.4 else fk.social_security_no(cn=True)
    start = min(max(int(pid[6:10]) + 18, 1995), year - 1)  # first paid in at 18 at the earliest
    first = rng.randint(start, year - 1)
    rows = [
        [
            label_cell("姓名"),
            Cell.of(name, "name"),
            label_cell("性别"),
            Cell.of(rng.choice(("男", "女")), "other"),
        ],
        [label_cell("公民身份号码"), Cell.of(pid, "id_number", span=3)],
        [
            label_cell("社会保障号码"),
            Cell.of(ss_no, "id_number"),
            label_cell("出生日期"),
            Cell.of(dob, "id_number"),
        ],
        [label_cell("参保单位"), Cell.of(fk.cn_company(), "other", span=3)],
        [label_cell("通讯地址"), Cell(tuple(S(t, k) for t, k in addr.segments), span=3)],
        [
            label_cell("首次参保时间"),
            Cell.of(f"{first}年{rng.randint(1, 12)}月", "date"),
            label_cell("累计缴费年限"),
            Cell.of(f"{year - first}年{rng.randint(0, 11)}个月", "other"),
        ],
    ]
    y = table(p, m, y, (w * 0.18, w * 0.34, w * 0.16, w * 0.32), rows, 48 * s, f)
    y += 40 * s
    c.text(m, y, "缴费明细", p.font(22, bold=True), "label")
    y += 14 * s
    base = rng.choice((3500, 4200, 5800, 7600, 9800, 12000))
    head = ("年月", "缴费基数", "单位缴纳(16%)", "个人缴纳(8%)", "缴费状态")
    rows = [[label_cell(h) for h in head]]
    for month in range(1, rng.choice((7, 10, 13))):
        rows.append(
            [
                Cell.of(f"{year}{month:02d}", "date", align="c"),
                Cell.of(f"{base:.2f}", "price", align="r"),
                Cell.of(f"{base * 0.16:.2f}", "price", align="r"),
                Cell.of(f"{base * 0.08:.2f}", "price", align="r"),
                Cell.of(rng.choice(("已缴费", "已到账", "正常")), "other", align="c"),
            ]
        )
    y = table(p, m, y, [w * 0.2] * 5, rows, 36 * s, p.font(16), line=1)
    y += 40 * s
    stored = base * 0.08 * 12 * (year - first) * rng.uniform(0.8, 1.2)
    c.line(
        m,
        y,
        [S(f"截至{year}年12月31日个人账户累计储存额:", "label"), S(f"{stored:,.2f}元", "price")],
        f,
    )
    y += 40 * s
    bank = fk.cn_bank()
    card = fk.card_pos_full() if rng.random() < 0.5 else fk.card_pos_masked()
    c.line(
        m,
        y,
        [
            S(rng.choice(("养老金发放账户:", "社保卡金融账户:", "待遇领取银行卡:")), "label"),
            S(bank + " ", "other"),
            S(card, "card_number"),
        ],
        f,
    )
    y += 44 * s
    for line in _CN_NOTES:
        y = c.wrap(m, y, [S(line, "footer")], p.font(15), w, 24 * s)
    y += 12 * s
    c.line(m, y, [S("咨询电话:", "label"), S(f"12333 / {fk.cn_landline()}", "other")], f)
    y += 30 * s
    c.line(
        m,
        y,
        [S("经办机构地址:", "label"), S(fk.shop_address("cn").removesuffix("商铺"), "other")],
        f,
    )
    seal(p, right - 130 * s, y - 80 * s, 85 * s, office)
    return _finish(c, y, 0, pad=m)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _LATIN[lang]
    c, p, m, right = sheet(rng, (900, 1000), 1.45, cjk=False, base=1000, margin=(0.07, 0.09))
    s, w = p.s, right - m
    f, small = p.font(18), p.font(14)
    year = rng.randint(2022, 2026)
    scheme = rng.choice(t["schemes"])
    y = m + 30 * s
    c.text(m, y, scheme, p.font(28, bold=True), "shop")
    office = fk.office_address("de" if lang == "de" else "en")
    hotline = fk.office_phone("de" if lang == "de" else "en")
    for k, line in enumerate([*office, hotline]):
        c.text(right, y + k * 22 * s, line, small, "other", anchor="rs")
    y += 100 * s
    if lang == "en":
        name = fk.en_name()
        title = rng.choice(("Mr", "Mrs", "Ms"))
        lines = [[S(f"{title} ", "other"), S(name, "name")]]
        lines += [[S(tx, k) for tx, k in ln.segments] for ln in fk.uk_block()]
        ids = (fk.social_security_no(cn=False), fk.ni_number(), fk.dob("dmy"), fk.en_employer())
        salute = [S(f"{title} ", "other"), S(name.split()[-1], "name")]
    else:
        name = fk.eu_name("de")
        street, town = fk.eu_address("de")
        lines = [[S(name, "name")], [S(street, "address")], [S(town, "address")]]
        ids = (
            fk.de_pension_no(rng.choice("MF")),
            fk.digits(10),
            fk.dob("dmy").replace("/", "."),
            fk.firm("de"),
        )
        salute = [S(name, "name")]
    for ln in lines:
        c.line(m, y, ln, f)
        y += 26 * s
    y += 40 * s
    c.text(m, y, t["title"].format(year), p.font(24, bold=True), "label")
    y += 44 * s
    col = w / 2
    for k, (label, value) in enumerate(zip(t["fields"], ids, strict=True)):
        cat = "other" if k == 3 else "id_number"
        stacked(
            p,
            m + (k % 2) * col,
            y + (k // 2) * 56 * s,
            label,
            [S(value, cat)],
            small,
            f,
            col - 20 * s,
        )
    y += 130 * s
    c.line(m, y, [S(t["dear"][0], "other"), *salute, S(t["dear"][1], "other")], f)
    y += 30 * s
    y = c.wrap(m, y, [S(t["intro"], "other")], f, w, 26 * s) + 10 * s

    def money_fmt(v: float) -> str:
        text = t["money"].format(v)
        return text.translate(str.maketrans(",.", ".,")) if lang == "de" else text

    pay = rng.choice((1850, 2400, 3100, 4200))
    rows = [[label_cell(h) for h in t["cols"]]]
    total = 0.0
    for month in t["months"][: rng.choice((6, 12))]:
        own, firm = pay * 0.05, pay * 0.03
        vals = (own, firm, own * 0.25) if lang == "en" else (pay, own * 1.86, firm * 3.1)
        total += sum(vals) if lang == "en" else vals[1] + vals[2]
        rows.append(
            [Cell.of(f"{month} {year}", "date")]
            + [Cell.of(money_fmt(v), "price", align="r") for v in vals]
            + [
                Cell.of(
                    money_fmt(sum(vals) if lang == "en" else vals[1] + vals[2]),
                    "price",
                    align="r",
                )
            ]
        )
    y = table(p, m, y, [w * 0.2] * 5, rows, 32 * s, p.font(15), line=1)
    y += 36 * s
    c.line(
        m,
        y,
        [S(t["total"] + ": ", "label"), S(money_fmt(total * rng.uniform(3, 9)), "price")],
        f,
    )
    y += 34 * s
    if lang == "en":
        acct, code = fk.digits(8), f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}"
    else:
        acct, code = (
            f"DE{fk.digits(2)} {fk.digits(4)} {fk.digits(4)} {fk.digits(4)} {fk.digits(4)} {fk.digits(2)}",
            f"{fk.upper(6)}XXX",
        )
    c.line(
        m,
        y,
        [
            S(t["bank"][0], "label"),
            S(acct, "id_number"),
            S(t["bank"][1], "label"),
            S(code, "other"),
        ],
        f,
    )
    y += 40 * s
    c.line(m, y, [S(t["help"] + " ", "label"), S(hotline, "other")], small)
    return _finish(c, y, 0, pad=m)


def pension_statement(rng: random.Random) -> Canvas:
    """A pension statement: a Chinese office's record sheet, an English or German letter."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"pension_statement": pension_statement}
