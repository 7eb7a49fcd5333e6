"""Bank account statements. A Chinese 个人账户交易明细 / 对账单 printed at the counter
or mailed: the holder's address block in the envelope window, 户名 and the account or
card number (in full or starred), the statement period and the branch, then a
transactions table whose 对方户名 / 对方账号 columns hold people (a friend paid back,
rent to a landlord) as well as merchants and employers. An English current-account
statement (sort code, account number, IBAN; "FPO J SMITH", "DD BRITISH GAS", card
purchases at shops) or a German Kontoauszug ("Überweisung an <Name>", IBAN) do the
same in their banks' words.

Personal: the holder and every person paid or paying (``name``), the holder's
address (``address``), account numbers, sort codes, IBANs and the teller's number
(``id_number``), card numbers (``card_number``). Ordinary: the bank, its branch,
headings, labels, dates, amounts, balances, 摘要 words, merchants and employers;
employers' account numbers and the bank's hotline and address are business data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from PIL import ImageFont

from .fakedata_money import MoneyFaker
from .formkit import Cell, fit, seal, sheet
from .formkit_marks import word_wrap
from .kit import Pen, S, _finish
from .render import Canvas, Span

_CN_MERCHANTS = (
    "财付通-美团外卖",
    "支付宝-盒马鲜生",
    "银联-永辉超市",
    "财付通-滴滴出行",
    "京东支付",
)
_CN_EMPLOYERS = ("代发工资", "工资", "奖金")
_EN_SHOPS = ("TESCO STORES 3061", "SAINSBURYS S/MKT", "AMAZON.CO.UK", "COSTA COFFEE", "BOOTS 1123")
_EN_DD = ("BRITISH GAS", "THAMES WATER", "COUNCIL TAX", "VODAFONE LTD", "TV LICENCE MBP")
_EN_REFS = ("RENT", "DINNER", "BIRTHDAY", "TICKETS", "THANKS", "HOLIDAY")
_DE_DEBITS = ("Stadtwerke Obernau GmbH", "Telekom Deutschland", "Rundfunkbeitrag", "Allianz Vers.")
_DE_SHOPS = ("REWE Markt", "dm-drogerie markt", "Aral Tankstelle", "EDEKA Center")
_DE_PURPOSE = ("Miete", "Nebenkosten", "Geburtstag", "Abendessen", "Darlehen Rate")
_EN_BANKS = ("Northgate Bank", "Albion Building Society", "Meridian Bank plc")
_DE_BANKS = ("Kreissparkasse Obernau", "Volksbank Lindenhof eG", "Stadtsparkasse Waldeck")


def _money(v: float, lang: str, sign: bool = False) -> str:
    text = f"{abs(v):,.2f}"
    if lang == "de":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if v < 0 else "+" if sign else "") + text


def _days(rng: random.Random, n: int) -> list[dt.date]:
    """The rows' booking days: a month or a quarter in order, some days twice."""
    d = dt.date(rng.randint(2021, 2025), rng.randint(1, 9), 1)
    out = []
    for _ in range(n):
        d += dt.timedelta(days=rng.choice((0, 1, 2, 3, 5, 7)))
        out.append(d)
    return out


def ledger(
    p: Pen,
    x0: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    font: ImageFont.FreeTypeFont,
    row_h: float,
) -> float:
    """A statement's transactions: the header row between two rules, the rows printed
    without cell lines (as banks print them), a closing rule. Returns the bottom y."""
    c, right = p.c, x0 + sum(widths)
    c.hline(x0, right, y, width=2)
    for k, row in enumerate(rows):
        x = x0
        for w, cell in zip(widths, row, strict=False):
            text = "".join(sp.text for sp in cell.spans)
            if text:
                cf = fit(p, font, text, w - 10 * p.s)
                tw = p.width(text, cf)
                tx = x + w - 6 * p.s - tw if cell.align == "r" else x + 4 * p.s
                c.line(tx, y + row_h * 0.68, cell.spans, cf)
            x += w
        y += row_h
        if k == 0:
            c.hline(x0, right, y, width=1)
    c.hline(x0, right, y + 4 * p.s, width=2)
    return y + 4 * p.s


def _window(p: Pen, x: float, y: float, lines: Sequence[Sequence[Span]], f) -> float:
    """The holder's block where an envelope's window shows it (no label)."""
    for ln in lines:
        p.c.line(x, y, ln, f)
        y += f.size * 1.35
    return y


def _cn_rows(rng: random.Random, fk: MoneyFaker, days: list[dt.date]) -> list[list[Cell]]:
    rows, balance = [], rng.uniform(500, 30000)
    for day in days:
        kind = rng.choices(("pay", "in", "out", "shop", "atm", "int"), (3, 2, 3, 5, 1, 1))[0]
        who: tuple[Span, ...] = ()
        acct: tuple[Span, ...] = ()
        if kind == "pay":
            amt, word = rng.uniform(4000, 18000), rng.choice(_CN_EMPLOYERS)
            who = (S(fk.cn_company(), "shop"),)
            acct = (Span(fk.digits(rng.choice((12, 15, 17))), "tax_id", None),)
        elif kind in ("in", "out"):
            amt = rng.uniform(50, 3000) * (1 if kind == "in" else -1)
            word = rng.choice(("转账", "跨行转账", "手机银行转账", "网银转账", "微信转账"))
            who = (S(fk.cn_name(honorific=0.0), "name"),)
            acct = (S(fk.masked_account(), "card_number"),)
        elif kind == "shop":
            amt, word = -rng.uniform(8, 600), rng.choice(("消费", "快捷支付", "银联消费"))
            who = (S(rng.choice(_CN_MERCHANTS), "shop"),)
        elif kind == "atm":
            amt, word = -float(rng.choice((200, 500, 1000))), "ATM取款"
        else:
            amt, word = rng.uniform(0.5, 9), "结息"
        balance += amt
        rows.append(
            [
                Cell.of(day.isoformat(), "date"),
                Cell.of(word, "other"),
                Cell.of(_money(amt, "cn", True), "price", align="r"),
                Cell.of(_money(balance, "cn"), "price", align="r"),
                Cell(who),
                Cell(acct),
            ]
        )
    return rows


def _cn(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=True, base=880, margin=(0.05, 0.06))
    s, w, W = p.s, right - m, c.width
    f, small = p.font(16), p.font(13)
    y = m + 30 * s
    bank = fk.cn_bank()
    c.text(m, y, bank, p.font(26, bold=True), "shop")
    c.text(right, y, f"第1页/共{rng.randint(1, 3)}页", small, "other", anchor="rs")
    holder = fk.cn_name(honorific=0.0)
    y += 50 * s
    if rng.random() < 0.5:  # mailed: the holder's block sits in the envelope window
        addr, postcode = fk.cn_address(with_door=1.0)
        block = [
            [S(postcode, "address")],
            [S(t, k) for t, k in addr.segments],
            [S(holder, "name"), S(rng.choice((" 先生 收", " 女士 收", " 收")), "other")],
        ]
        y = _window(p, m + 30 * s, y, block, p.font(18)) + 30 * s
    title = rng.choice(("个人账户交易明细", "个人活期账户对账单", "借记卡交易明细清单"))
    c.text(W / 2, y, title, p.font(28, bold=True), "label", anchor="ms")
    y += 46 * s
    card = rng.random() < 0.5
    number = fk.masked_account()
    days = _days(rng, rng.randint(9, 15))
    info = [
        ("户名:", [S(holder, "name")]),
        ("卡号:" if card else "账号:", [S(number, "card_number" if card else "id_number")]),
        ("币种:", [S("人民币", "other"), S(" 钞户", "other")]),
        ("起止日期:", [S(f"{days[0].isoformat()} 至 {days[-1].isoformat()}", "date")]),
        ("开户网点:", [S(fk.cn_branch(), "shop")]),
        ("打印日期:", [S((days[-1] + dt.timedelta(days=3)).isoformat(), "date")]),
    ]
    for k, (label, value) in enumerate(info):
        x = m if k % 2 == 0 else m + w * 0.5
        c.line(x, y, [S(label, "label"), *value], f)
        y += 0 if k % 2 == 0 else 32 * s
    y += 10 * s
    head = ["交易日期", "摘要", "交易金额", "账户余额", "对方户名", "对方账号"]
    rows = [[Cell.of(h, "label") for h in head], *_cn_rows(rng, fk, days)]
    widths = [w * k for k in (0.14, 0.12, 0.13, 0.14, 0.24, 0.23)]
    y = ledger(p, m, y, widths, rows, small, 30 * s) + 36 * s
    notice = "本明细仅供参考,交易以银行系统记录为准。如有疑问请致电客服热线 "
    y = c.wrap(
        m, y, [S(notice, "footer"), Span("95" + fk.digits(3), "shop_phone", None)], small, w, 22 * s
    )
    y += 16 * s
    c.line(m, y, [S("打印柜员:", "label"), S(fk.digits(5), "id_number")], small)
    seal(p, right - 110 * s, y - 10 * s, 62 * s, "业务专用章")
    return _finish(c, y + 60 * s, 0, pad=m * 0.5)


def _en_rows(rng: random.Random, fk: MoneyFaker, days: list[dt.date]) -> list[list[Cell]]:
    rows, balance = [], rng.uniform(200, 6000)
    for day in days:
        kind = rng.choices(
            ("fpo", "fpi", "dd", "card", "bgc", "tfr", "atm"), (3, 2, 2, 5, 1, 1, 1)
        )[0]
        name = fk.en_name(upper=True, initial=rng.random() < 0.6)
        if kind == "fpo":
            amt = -rng.uniform(10, 900)
            spans = [
                S("FPO ", "other"),
                S(name, "name"),
                S(f" REF {rng.choice(_EN_REFS)}", "other"),
            ]
        elif kind == "fpi":
            amt = rng.uniform(10, 600)
            spans = [S("FPI ", "other"), S(name, "name"), S(f" {rng.choice(_EN_REFS)}", "other")]
        elif kind == "dd":
            amt, spans = -rng.uniform(15, 180), [S("DD " + rng.choice(_EN_DD), "other")]
        elif kind == "card":
            amt = -rng.uniform(2, 120)
            spans = [S("CARD PAYMENT TO ", "other"), S(rng.choice(_EN_SHOPS), "shop")]
        elif kind == "bgc":
            amt, spans = (
                rng.uniform(1400, 3200),
                [S("BGC ", "other"), S(fk.en_company().upper(), "shop")],
            )
        elif kind == "tfr":
            amt = -float(rng.choice((50, 100, 250)))
            spans = [S("TFR ", "other"), S(f"{fk.uk_sort_code()} {fk.digits(8)}", "id_number")]
        else:
            amt, spans = -float(rng.choice((20, 40, 100))), [S("CASH ATM LINK", "other")]
        balance += amt
        out, inn = (_money(-amt, "en"), "") if amt < 0 else ("", _money(amt, "en"))
        rows.append(
            [
                Cell.of(day.strftime("%d %b"), "date"),
                Cell(tuple(spans)),
                Cell.of(out, "price", align="r"),
                Cell.of(inn, "price", align="r"),
                Cell.of(_money(balance, "en"), "price", align="r"),
            ]
        )
    return rows


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    de = rng.random() < 0.4
    c, p, m, right = sheet(rng, (860, 940), 1.45, cjk=False, base=860, margin=(0.06, 0.07))
    s, w = p.s, right - m
    small = p.font(13)
    y = m + 32 * s
    bank = rng.choice(_DE_BANKS if de else _EN_BANKS)
    c.text(m, y, bank, p.font(26, bold=True), "shop")
    where = ", ".join(fk.office_address("de" if de else "en"))
    c.text(right, y, where, small, "shop_address", None, anchor="rs")
    y += 60 * s
    if de:
        holder = fk.eu_name("de")
        street, town = fk.eu_address("de")
        block = [[S(holder, "name")], [S(street, "address")], [S(town, "address")]]
    else:
        holder, honour = fk.en_name(), rng.choice(("Mr ", "Mrs ", "Ms ", "Miss "))
        block = [[S(honour.upper(), "other"), S(holder.upper(), "name")]]
        block += [[S(t, k) for t, k in ln.segments] for ln in fk.uk_block()]
    days = _days(rng, rng.randint(8, 13))
    y0 = y
    _window(p, m + 20 * s, y, block, p.font(17))
    x = m + w * 0.55
    if de:
        title = f"Kontoauszug {days[-1].month}/{days[-1].year}"
        facts = [
            ("Kontoinhaber", [S(holder, "name")]),
            ("IBAN", [S(fk.de_iban(), "id_number")]),
            ("BIC", [S(fk.upper(6) + "XXX", "other")]),
            ("Auszug vom", [S(days[-1].strftime("%d.%m.%Y"), "date")]),
        ]
    else:
        title = rng.choice(("Your Current Account statement", "Classic Account statement"))
        sort, acct = fk.uk_sort_code(), fk.digits(8, True)
        facts = [
            ("Account name", [S(honour, "other"), S(holder, "name")]),
            ("Sort code", [S(sort, "id_number")]),
            ("Account number", [S(acct, "id_number")]),
            ("IBAN", [S(fk.gb_iban(sort, acct), "id_number")]),
            ("Statement period", [S(f"{days[0]:%d %B} to {days[-1]:%d %B %Y}", "date")]),
        ]
    fy = y0
    for label, value in facts:
        c.text(x, fy, label, small, "label", fill=(90, 90, 90))
        c.line(x + w * 0.17, fy, value, small)
        fy += 24 * s
    y = max(fy, y0 + 6 * 24 * s) + 34 * s
    c.text(m, y, title, p.font(24, bold=True), "label")
    y += 24 * s
    if de:
        rows = [[Cell.of(h, "label") for h in ("Buchung", "Wert", "Vorgang", "Betrag EUR")]]
        rows += _de_rows(rng, fk, days)
        widths = [w * k for k in (0.13, 0.13, 0.56, 0.18)]
    else:
        head = ("Date", "Description", "Paid out", "Paid in", "Balance")
        rows = [[Cell.of(h, "label", align="r" if h[0] in "PB" else "l") for h in head]]
        rows += _en_rows(rng, fk, days)
        widths = [w * k for k in (0.13, 0.51, 0.12, 0.12, 0.12)]
    y = ledger(p, m, y, widths, rows, small, 28 * s) + 34 * s
    closing = (
        "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich, spätestens "
        "innerhalb von sechs Wochen nach Zugang dieses Auszugs. Guthaben sind einlagengesichert."
        if de
        else "Your deposits are eligible for protection by the Financial Services Compensation "
        "Scheme. If you think a payment is wrong, call us on the number below."
    )
    y = word_wrap(p, m, y, [S(closing, "footer")], small, w, 20 * s)
    phone = fk.office_phone("de" if de else "en")
    c.line(
        m,
        y + 6 * s,
        [S("Tel. " if de else "Call ", "label"), Span(phone, "shop_phone", None)],
        small,
    )
    return _finish(c, y + 10 * s, 0, pad=m * 0.6)


def _de_rows(rng: random.Random, fk: MoneyFaker, days: list[dt.date]) -> list[list[Cell]]:
    rows = []
    for day in days:
        kind = rng.choices(("an", "von", "ls", "karte", "lohn"), (3, 2, 2, 4, 1))[0]
        more: list[Span] = []
        if kind in ("an", "von"):
            amt = rng.uniform(20, 950) * (-1 if kind == "an" else 1)
            word = "Überweisung an " if kind == "an" else "Gutschrift von "
            spans = [S(word, "other"), S(fk.eu_name("de"), "name")]
            # the second line: the other side's IBAN and the purpose, as banks print them
            if rng.random() < 0.6:
                more += [S("IBAN ", "other"), S(fk.de_iban(), "id_number"), S("  ", "other")]
            more.append(S(rng.choice(_DE_PURPOSE), "other"))
        elif kind == "ls":
            amt, spans = (
                -rng.uniform(15, 200),
                [S("Lastschrift " + rng.choice(_DE_DEBITS), "other")],
            )
        elif kind == "karte":
            amt = -rng.uniform(3, 140)
            spans = [S("Kartenzahlung ", "other"), S(rng.choice(_DE_SHOPS), "shop")]
        else:
            amt, spans = (
                rng.uniform(1800, 3600),
                [S("Lohn/Gehalt ", "other"), S(fk.firm("de"), "shop")],
            )
        date = day.strftime("%d.%m.")
        rows.append(
            [
                Cell.of(date, "date"),
                Cell.of(date, "date"),
                Cell(tuple(spans)),
                Cell.of(_money(amt, "de", True), "price", align="r"),
            ]
        )
        if more:
            rows.append([Cell(()), Cell(()), Cell(tuple(more))])
    return rows


def bank_account_statement(rng: random.Random) -> Canvas:
    """A bank's account statement: the holder's window block, account numbers, the
    period, and a transactions table naming people among merchants and employers."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"bank_account_statement": bank_account_statement}
