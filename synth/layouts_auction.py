"""Auctions and bidding. An auction house's 竞买登记表 (竞买号牌, the bidder or firm, ID
type and number, phone, the address to the door, the bank and account the deposit is
refunded to, the deposit, the 竞买人须知 paragraphs, the bidder's signature and the
登记人), the bidder's paddle card with its number big, a 成交确认书 naming the buyer
and paddle inside its sentence over a lots table; an English Bidder Registration
Form or a French ordre d'achat with an absentee-bids table.

Personal: bidders, buyers, registrars and clerks (``name``), paddle numbers, ID and
bank account numbers, IBANs (``id_number``), a card's last four digits
(``card_number``), phones, e-mails, addresses to the door.
Ordinary: the house's name, sale titles, dates, lots, estimates, hammer prices,
premiums, totals, deposits, the rules and the printed form; the house's own phone and
address are business data.
"""

from __future__ import annotations

import random
import unicodedata

from .auction_words import (
    CN_HOUSES,
    CN_LOTS,
    CN_RULES,
    CN_SALES,
    EN_HOUSES,
    EN_SALES,
    FR_HOUSES,
    FR_SALES,
    LATIN,
    LOTS,
)
from .fakedata_errands import cn_capital
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Faces, Pen, S, _finish, joined_address
from .render import Canvas, Span


def _paddle_no(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(1, 999), rng.randint(1000, 8999))))


def _sale(rng: random.Random, fk: MoneyFaker) -> tuple[str, str, str]:
    """(house, sale title, sale date) of a Chinese sale."""
    house = rng.choice(CN_HOUSES) + rng.choice(("拍卖有限公司", "国际拍卖有限公司", "拍卖行"))
    return house, f"{rng.choice((2025, 2026))}{rng.choice(CN_SALES)}", fk.date("cn")


def _cn_head(p: Pen, m: float, right: float, house: str, title: str) -> float:
    c, s = p.c, p.s
    y = m + 30 * s
    c.text(c.width / 2, y, house, p.font(26, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(c.width / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    return y + 50 * s


def _cn_register(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """竞买登记表: a grid typed or filled by pen, the rules, the signatures."""
    c, p, m, right = sheet(rng, (960, 1040), 1.6, cjk=True, base=960, margin=(0.05, 0.07))
    s, f = p.s, p.font(19)
    house, sale, day = _sale(rng, fk)
    y = _cn_head(p, m, right, house, rng.choice(("竞买登记表", "竞买人登记表", "竞买申请登记表")))
    c.line(m, y, [S("拍卖会名称：", "label"), S(sale, "other")], f)
    c.line(right - 300 * s, y, [S("拍卖日期：", "label"), S(day, "date")], f)
    y += 24 * s
    hand = rng.random() < 0.7
    firm = rng.random() < 0.25
    who = fk.cn_company() if firm else fk.cn_name(honorific=0.0)
    addr, _ = fk.cn_address(with_door=1.0)
    doc = rng.choice(("身份证", "身份证", "护照", "营业执照"))
    doc_no = fk.passport() if doc == "护照" else fk.cn_resident_id()
    rows = grid_rows(
        [
            [("竞买号牌", _paddle_no(rng), "id_number"), ("登记日期", fk.date("cn"), "date")],
            [("竞买人姓名/单位", who, "other" if firm else "name"), ("证件类型", doc, "other")],
            [("证件号码", doc_no, "id_number"), ("联系电话", fk.cn_mobile(), "phone")],
            [("联系地址", [S(t, k) for t, k in addr.segments], "address")],
            [("开户银行", fk.cn_bank() + fk.cn_branch(), "other")],
            [
                ("银行账号", fk.bank_account(), "id_number"),
                ("户名", who, "other" if firm else "name"),
            ],
            [
                ("保证金", f"¥{rng.choice((5, 10, 20, 50))}0,000.00", "price"),
                ("缴纳方式", rng.choice(("转账", "刷卡", "现金")), "other"),
            ],
        ],
        hand=hand,
    )
    if firm:  # a firm bids through a named agent
        rows.append(grid_rows([[("委托代理人", fk.cn_name(honorific=0.0), "name")]], hand=hand)[0])
    w = right - m
    y = table(
        p, m, y, (w * 0.17, w * 0.36, w * 0.14, w * 0.33), rows, 56 * s, p.font(18), hand_px=28
    )
    y += 50 * s
    c.text(c.width / 2, y, "竞买人须知", p.font(22, bold=True), "label", anchor="ms")
    y += 38 * s
    for rule in CN_RULES[: rng.randint(3, 4)]:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(15), w, 26 * s, max_lines=3) + 6 * s
    y += 36 * s
    x = c.line(m, y, [S("竞买人签字：", "label")], f) + 8 * s
    signer = fk.cn_name(honorific=0.0) if firm else who
    handwritten(p, x, y, [S(signer, "name")], 34, cjk=True)
    x = c.line(m + w * 0.55, y, [S("登记人：", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    y += 50 * s
    c.line(m, y, [S("日期：", "label"), S(day, "date")], f)
    seal(p, right - 110 * s, y - 30 * s, 64 * s, house)
    return _finish(c, y, 0, pad=60 * s)


def _cn_paddle(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A paddle card: the number big, the house and sale, the holder by pen on its line."""
    w = rng.choice((760, 820))
    c = Canvas(
        w, int(w * 1.25), paper=rng.choice(((250, 250, 246), (255, 246, 214))), ink=(20, 20, 25)
    )
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 760)
    s, m = p.s, 50 * p.s
    house, sale, day = _sale(rng, fk)
    c.draw.rectangle([0, 0, w, 110 * s], fill=(150, 20, 30))
    c.text(w / 2, 70 * s, house, p.font(30, bold=True), "shop", anchor="ms", fill=(255, 255, 255))
    y = 170 * s
    c.text(w / 2, y, sale, p.font(22), "other", anchor="ms")
    y += 50 * s
    c.text(w / 2, y, "竞 买 号 牌", p.font(30, bold=True), "label", anchor="ms")
    y += 230 * s
    c.text(w / 2, y, _paddle_no(rng), p.font(220, bold=True), "id_number", anchor="ms")
    y += 90 * s
    x = c.line(m, y, [S("竞买人：", "label")], p.font(22)) + 8 * s
    c.hline(x, w - m, y + 8 * s, width=1)
    name = fk.cn_name(honorific=0.0)
    handwritten(p, x + 8 * s, y, [S(name, "name")], 34, cjk=True)
    y += 50 * s
    c.line(m, y, [S("拍卖日期：", "label"), S(day, "date")], p.font(20))
    y += 40 * s
    for note in ("本号牌仅限本人使用，不得转借", "遗失请立即挂失，拍卖结束后请交回"):
        c.text(m, y, note, p.font(16), "footer", fill=(90, 90, 90))
        y += 28 * s
    return _finish(c, y, 0, pad=40 * s)


def _cn_settle(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """成交确认书: the buyer and paddle inside the sentence, then the lots table."""
    c, p, m, right = sheet(rng, (960, 1040), 1.4, cjk=True, base=960, margin=(0.06, 0.08))
    s, f, w = p.s, p.font(19), right - m
    house, sale, day = _sale(rng, fk)
    y = _cn_head(p, m, right, house, "拍卖成交确认书")
    c.line(
        right - 260 * s,
        y - 10 * s,
        [S("编号：", "label"), S("CJ" + fk.digits(8), "order_number")],
        p.font(16),
    )
    y += 30 * s
    buyer = fk.cn_name(honorific=0.0)
    body: list[Span] = [
        S("买受人 ", "footer"),
        S(buyer, "name"),
        S("（竞买号牌 ", "footer"),
        S(_paddle_no(rng), "id_number"),
        S(f"）于{day}在本公司举办的“{sale}”中，以最高应价竞得下列拍品，特此确认：", "footer"),
    ]
    y = c.wrap(m, y, body, f, w, 32 * s, max_lines=3) + 20 * s
    lots = rng.sample(CN_LOTS, rng.randint(1, 3))
    rows = [
        [label_cell(t) for t in ("拍品编号", "拍品名称", "落槌价(元)", "佣金(15%)", "合计(元)")]
    ]
    total = 0
    for name, low in lots:
        hammer = low * rng.choice((1, 1, 2, 3)) + rng.choice((0, 5000, 10000))
        fee = hammer * 15 // 100
        total += hammer + fee
        rows.append(
            [
                Cell.of(fk.digits(4), "other", align="c"),
                Cell.of(name, "item"),
                Cell.of(f"{hammer:,}", "price", align="r"),
                Cell.of(f"{fee:,}", "price", align="r"),
                Cell.of(f"{hammer + fee:,}", "price", align="r"),
            ]
        )
    y = table(p, m, y, (w * 0.14, w * 0.36, w * 0.17, w * 0.15, w * 0.18), rows, 50 * s, p.font(17))
    y += 44 * s
    c.line(m, y, [S("应付总额(大写)：", "label"), S(cn_capital(total), "price")], f)
    y += 40 * s
    c.wrap(
        m,
        y,
        [S("买受人应于成交之日起七日内付清全部价款并提取拍品，逾期按拍卖规则处理。", "footer")],
        p.font(15),
        w,
        26 * s,
    )
    y += 80 * s
    x = c.line(m, y, [S("买受人(签字)：", "label")], f) + 8 * s
    handwritten(p, x, y, [S(buyer, "name")], 34, cjk=True)
    x = c.line(m + w * 0.55, y, [S("经办人：", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    y += 56 * s
    c.line(m + w * 0.55, y, [S("拍卖人(盖章)  ", "label"), S(day, "date")], f)
    seal(p, right - 90 * s, y - 20 * s, 62 * s, house)
    return _finish(c, y, 0, pad=70 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English registration form or a French ordre d'achat, filled in by pen."""
    lang = rng.choice(("en", "en", "fr"))
    t = LATIN[lang]
    c, p, m, right = sheet(rng, (960, 1040), 1.6, cjk=False, base=960, margin=(0.06, 0.08))
    s, f, w = p.s, p.font(18), right - m
    house = rng.choice(EN_HOUSES if lang == "en" else FR_HOUSES)
    y = m + 30 * s
    c.text(m, y, house, p.font(28, bold=True), "shop")
    y += 30 * s
    tel = (
        fk.office_phone("en")
        if lang == "en"
        else f"04 78 {fk.digits(2)} {fk.digits(2)} {fk.digits(2)}"
    )
    c.text(m, y, tel, p.font(15), "shop_phone")
    y += 50 * s
    c.text(m, y, t["title"], p.font(26, bold=True), "label")
    bx = right - 190 * s  # the paddle box, top right, filled in at the desk
    c.box(bx, y - 64 * s, right, y + 26 * s, width=2)
    c.text(bx + 10 * s, y - 42 * s, t["paddle"], p.font(15), "label")
    handwritten(p, bx + 30 * s, y + 12 * s, [S(_paddle_no(rng), "id_number")], 44, cjk=False)
    y += 50 * s
    sale = rng.choice(EN_SALES if lang == "en" else FR_SALES)
    c.line(m, y, [S(t["sale"] + ": ", "label"), S(f"{sale} — {fk.date('dmy')}", "other")], f)
    y += 54 * s
    if lang == "en":
        name = fk.en_name()
        line1, line2 = fk.uk_address()
        addr, phone = joined_address([line1, line2]), fk.uk_phone
    else:
        name = fk.eu_name("fr")
        street, town = fk.eu_address("fr")
        addr, phone = [S(f"{street}, {town}", "address")], lambda: fk.eu_phone("fr")
    fields = [
        (t["name"], [S(name, "name")]),
        (t["address"], addr),
        (t["tel"][0], [S(phone(), "phone")]),
        (
            t["email"],
            [
                S(
                    fk.email(
                        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                    ),
                    "email",
                )
            ],
        ),
    ]
    for field in fields:
        ruled_entry(p, m, right, y, field, True, f, cjk=False)
        y += 52 * s
    x = c.line(m, y, [S(t["tel"][1], "label")], f) + 10 * s
    if rng.random() < 0.6:
        handwritten(p, x, y, [S(phone(), "phone")], 28, cjk=False)
    y += 52 * s
    if lang == "en" or rng.random() < 0.5:
        ruled_entry(p, m, m + w * 0.6, y, (t["card"], [S(fk.tail4(), "card_number")]), True, f)
        ruled_entry(
            p,
            m + w * 0.65,
            right,
            y,
            (t["expiry"], [S(f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", "date")]),
            True,
            f,
        )
    else:
        iban = "FR76 " + " ".join(fk.digits(4) for _ in range(5)) + " " + fk.digits(3)
        ruled_entry(p, m, right, y, (t["bank"], [S(iban, "id_number")]), True, f)
    y += 60 * s
    c.text(m, y, t["table"], p.font(20, bold=True), "label")
    y += 16 * s
    rows = [[label_cell(col) for col in t["cols"]]]
    for lot in rng.sample(LOTS[lang], rng.randint(2, 4)):
        rows.append(
            [
                hand_cell(str(rng.randint(1, 420)), "other"),
                Cell.of(lot, "item"),
                hand_cell(f"{t['currency']}{rng.randint(2, 90) * 50:,}", "price"),
            ]
        )
    rows += [[hand_cell("", "other")] * 3]
    y = table(p, m, y, (w * 0.15, w * 0.6, w * 0.25), rows, 48 * s, p.font(16), cjk=False)
    y += 40 * s
    y = word_wrap(p, m, y, [S(t["terms"], "footer")], p.font(15), w, 24 * s) + 30 * s
    x = c.line(m, y, [S(t["sign"], "label")], f) + 14 * s
    handwritten(
        p, x, y, [S(name.split()[-1] if rng.random() < 0.4 else name, "name")], 36, cjk=False
    )
    c.line(m + w * 0.7, y, [S(t["date"] + ": ", "label"), S(fk.date("dmy"), "date")], f)
    y += 56 * s
    c.hline(m, right, y - 30 * s, width=1, dash=int(8 * s))
    x = c.line(m, y, [S(t["office"], "label")], p.font(15)) + 10 * s
    handwritten(
        p,
        x,
        y,
        [S(fk.en_first(upper=False) if lang == "en" else fk.eu_name("fr").split()[0], "name")],
        26,
        cjk=False,
    )
    tick_box(
        p,
        m + w * 0.7,
        y,
        "ID seen" if lang == "en" else "Pièce vue",
        rng.random() < 0.8,
        p.font(15),
    )
    return _finish(c, y, 0, pad=40 * s)


def auction_bidder_registration(rng: random.Random) -> Canvas:
    """A bidder registration form, a paddle card, a sale confirmation or a Latin form."""
    fk = MoneyFaker(rng)
    kinds = (_cn_register, _cn_paddle, _cn_settle, _latin)
    return rng.choices(kinds, weights=(35, 15, 20, 30))[0](rng, fk)


LAYOUTS = {"auction_bidder_registration": auction_bidder_registration}
