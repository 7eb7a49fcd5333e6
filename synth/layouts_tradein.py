"""Electronics trade-in: the receipt a second-hand phone shop writes when it buys a
device. A Chinese 二手手机回收单 (the seller's grid with the bank card paid into, the
device with its IMEI and serial, a check list ticked by the tester, grade and price
in figures and capitals, the seller's promise with the name written into it,
signature and thumbprint, the tester and clerk), a chain store's printed 回收凭证 off
the till (the seller, phone, ID and card masked as tills mask them, the IMEI in full,
the name signed by hand), an English trade-in receipt (photo ID seen and its number,
sort code and account for the payout, a declaration of ownership), or a German
Ankaufbeleg.

Personal: the seller's name, ID or photo-ID number, date of birth, phone, masked or not,
address to the flat, the bank card (``card_number``) or account number, sort code
and IBAN (``id_number``), the device's IMEI and serial number (``id_number``: written
beside the seller they trace the phone back to its owner, as on the repair ticket),
and the staff. Ordinary: the shop, its address, phone and licence, receipt number,
models, capacities, colours, grades, check results, prices and amounts in capitals,
dates and the printed terms.
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital
from .fakedata_households import HouseholdFaker
from .formkit import handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import grid_rows, ruled_blank
from .kit import Faces, Pen, S, _finish, _ink, _paper, joined_address
from .render import Canvas

_MODELS = (
    ("iPhone 13", "128G"),
    ("iPhone 14 Pro", "256G"),
    ("华为 Mate 50", "256G"),
    ("小米 13", "128G"),
    ("OPPO Reno9", "256G"),
    ("Galaxy S22", "128GB"),
    ("Pixel 7", "128GB"),
    ("iPad Air 5", "64GB"),
)
_CN_CHECKS = ("屏幕完好", "无拆修", "ID锁已退出", "面容/指纹正常", "电池健康≥85%")
_EN_CHECKS = ("Powers on", "Screen uncracked", "Find My / FRP off", "No water damage")
_DE_CHECKS = ("Display intakt", "Akku > 80 %", "Konto abgemeldet", "Kein Wasserschaden")


def _serial_no(fk: HouseholdFaker) -> str:
    return fk.upper(2) + fk.alnum(8)


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.5, cjk=True, base=900, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(17)
    shop = rng.choice(("优品二手数码", "回收宝手机回收店", "诚信通讯", "易换机数码店"))
    c.text(c.width / 2, m + 34 * s, shop, p.font(22, bold=True), "shop", anchor="ms")
    y = m + 76 * s
    c.text(c.width / 2, y, "手机回收单", p.font(26, bold=True), "label", anchor="ms")
    number = [S("No.", "label"), S(fk.digits(7, True), "other")]
    c.line(right - 190 * s, y, number, p.font(20, bold=True), fill=(160, 20, 20))
    y = m + 114 * s
    c.line(m, y, [S("回收日期:", "label"), S(fk.date("cn"), "date")], f)
    y += 20 * s
    name = fk.cn_name(honorific=0.0)
    model, cap = rng.choice(_MODELS)
    price = rng.choice((650, 1200, 1880, 2350, 3100, 4200))
    rows = grid_rows(
        [
            [("卖方姓名", name, "name"), ("联系电话", fk.cn_mobile(), "phone")],
            [("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number")],
            [("收款银行卡", fk.bank_account(), "card_number")],
            [
                ("开户行", rng.choice(("建设银行", "工商银行", "农业银行")), "other"),
                ("持卡人", name, "name"),
            ],
            [
                ("品牌型号", model, "item"),
                ("容量/颜色", f"{cap} {rng.choice(('黑', '白', '蓝'))}", "other"),
            ],
            [("IMEI", fk.imei(), "id_number")],
            [("序列号", _serial_no(fk), "id_number")],
            [
                ("成色", rng.choice(("99新", "95新", "9成新", "8成新")), "other"),
                ("回收价", f"¥{price}", "price"),
            ],
        ]
    )
    widths = (w * 0.18, w * 0.34, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=25) + 36 * s
    c.text(m, y, "验机:", f, "label")
    x = m + 60 * s
    for i, check in enumerate(_CN_CHECKS):
        if i == 3:
            x, y = m + 60 * s, y + 32 * s
        x = tick_box(p, x, y, check, rng.random() < 0.85, f) + 22 * s
    y += 40 * s
    x = c.line(m, y, [S("金额(大写):", "label")], f) + 8 * s
    handwritten(p, x, y, [S(cn_capital(price), "price")], 26, cjk=True)
    y += 46 * s
    # The promise, with the seller's name written into the printed sentence.
    x = c.line(m, y, [S("本人", "other")], f) + 6 * s
    x = handwritten(p, x, y, [S(name, "name")], 26, cjk=True) + 6 * s
    c.line(x, y, [S("承诺所售设备为本人合法所有,非盗抢、拾得或借用物品,", "other")], f)
    y += 28 * s
    c.text(m, y, "已自行备份并清除个人数据,如有虚假愿承担全部法律责任。", f, "other")
    y += 50 * s
    x = c.line(m, y, [S("卖方签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    thumbprint(p, x + 130 * s, y - 12 * s, 20 * s)
    for k, role in enumerate(("验机员:", "经手人:")):
        xx = m + w * (0.46 + 0.28 * k)
        xx = c.line(xx, y, [S(role, "label")], f) + 6 * s
        staff = fk.cn_name(honorific=0.0)
        handwritten(
            p, xx, y, [S(staff if rng.random() < 0.6 else staff[0] + "工", "name")], 24, cjk=True
        )
    y += 46 * s
    addr = f"地址:{rng.choice(('江州市', '平阳市'))}华强电子城{rng.randint(1, 4)}楼{rng.randint(100, 499)}铺"
    c.text(m, y, f"{addr}  电话:1{fk.digits(10)}", p.font(14), "other")
    return _finish(c, y, 0, pad=m)


def _slip(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """A chain store's printed 回收凭证 off the till: the seller masked as the till masks
    them, the device and checks as printed lines, and the seller's name signed by hand."""
    W = rng.choice((440, 480))
    c = Canvas(W, int(W * 2.4), paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 460)
    s, m = p.s, 20 * p.s
    f, mono = p.font(17), p.font(16, mono=True)
    y = m + 30 * s
    c.text(
        W / 2,
        y,
        rng.choice(("闪回收", "换新乐")) + "·" + rng.choice(("万达店", "步行街店")),
        p.font(22, bold=True),
        "shop",
        anchor="ms",
    )
    y += 34 * s
    c.text(W / 2, y, "回收凭证(客户联)", p.font(18, bold=True), "label", anchor="ms")
    y += 30 * s
    model, cap = rng.choice(_MODELS)
    price = rng.choice((380, 920, 1560, 2280))
    name = fk.cn_name(honorific=0.0)
    lines = [
        [S("单号:", "label"), S(f"HS{fk.digits(12)}", "other")],
        [S("时间:", "label"), S(f"{fk.date('iso')} {fk.time()}", "date")],
        [S("客户:", "label"), S(name[0] + "*" + name[2:], "name")],
        [S("手机:", "label"), S(fk.masked_mobile(), "phone")],
        [S("证件:", "label"), S(fk.cn_id_masked(), "id_number")],
        [S("机型:", "label"), S(f"{model} {cap}", "item")],
        [S("IMEI:", "label"), S(fk.imei(), "id_number")],
        [S("成色等级:", "label"), S(rng.choice(("S", "A+", "A", "B", "C")), "other")],
    ]
    lines += [
        [S(check, "item"), S("  " + rng.choice(("通过", "正常")), "other")]
        for check in rng.sample(_CN_CHECKS, 3)
    ]
    lines += [
        [S("回收价:", "label"), S(f"¥{price}.00", "price")],
        [
            S("打款至:", "label"),
            S(rng.choice(("建行", "招行", "工行")) + "储蓄卡 ", "other"),
            S(fk.card_masked(), "card_number"),
        ],
        [
            S("店员:", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
            S(f"  工号{fk.digits(4)}", "other"),
        ],
    ]
    for spans in lines:
        if spans[0].text == "回收价:":  # the till rules off the amount
            y += 10 * s
            c.hline(m, W - m, y - 24 * s, width=1, dash=4)
        c.line(m, y, spans, mono if spans[0].text == "IMEI:" else f)
        y += 28 * s
    y += 20 * s
    c.wrap(
        m,
        y,
        [S("本人确认所售设备为本人所有,来源合法,已清除个人数据。", "footer")],
        p.font(14),
        W - 2 * m,
        22 * s,
        max_lines=2,
    )
    y += 70 * s
    x = c.line(m, y, [S("客户签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    y += 40 * s
    c.text(
        W / 2, y, f"客服热线 400-{fk.digits(3)}-{fk.digits(4)}", p.font(14), "other", anchor="ms"
    )
    return _finish(c, y, 0, pad=m)


def _latin(rng: random.Random, fk: HouseholdFaker, de: bool) -> Canvas:
    """An English trade-in receipt, or a German Ankaufbeleg of the same shape."""
    c, p, m, right = sheet(rng, (820, 900), 1.55, cjk=False, base=880, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    shops = ("Handy-Ankauf Mitte", "Smartphone Börse") if de else ("Phone Exchange", "ReCell")
    shop = rng.choice(shops)
    y = m + 34 * s
    c.text(m, y, shop, p.font(24, bold=True), "shop")
    title = "ANKAUFBELEG" if de else "TRADE-IN RECEIPT"
    c.text(right, y, title, p.font(18, bold=True), "label", anchor="rs")
    y += 28 * s
    if de:
        c.text(
            m,
            y,
            f"Kantstraße {rng.randint(1, 90)}, 10623 Berlin · Tel. 030 {fk.digits(7, True)}",
            p.font(13),
            "other",
        )
        name, phone = fk.eu_name("de"), fk.eu_phone("de")
        street, town = fk.eu_address("de")
        addr = [S(street, "address"), S(", ", "other"), S(town, "address")]
    else:
        c.text(
            m,
            y,
            f"Unit {rng.randint(2, 40)}, Broadmead Centre, Bristol · 0117 {fk.digits(3)} {fk.digits(4)}",
            p.font(13),
            "other",
        )
        name, phone = fk.en_name(), fk.uk_phone()
        addr = joined_address(fk.uk_address())
    y += 26 * s
    c.line(
        m,
        y,
        [
            S("Beleg-Nr. " if de else "Receipt no. ", "label"),
            S(fk.digits(8), "other"),
            S("   ", "other"),
            S(fk.date("iso"), "date"),
        ],
        p.font(14),
    )
    y += 40 * s
    ids = (
        ("Personalausweis", fk.eu_id("de"))
        if de
        else rng.choice(
            (
                ("Driving licence", fk.upper(5) + fk.digits(6) + fk.upper(2) + fk.digits(2)),
                ("Passport", fk.digits(9)),
            )
        )
    )
    fields = [
        ("Name" if de else "Customer name", [S(name, "name")]),
        ("Anschrift" if de else "Address", addr),
        ("Telefon" if de else "Phone", [S(phone, "phone")]),
        (
            "Geburtsdatum" if de else "Date of birth",
            [S(fk.dob("dot" if de else "dmy"), "id_number")],
        ),
        (
            f"{'Ausweis' if de else 'ID seen'}: {ids[0]}, Nr." if de else f"ID seen: {ids[0]}, no.",
            [S(ids[1], "id_number")],
        ),
    ]
    for label, value in fields:
        ruled_blank(p, y, label, value, f, m, right, hand_px=24)
        y += 40 * s
    y += 10 * s
    model, cap = rng.choice(_MODELS[4:] if de else _MODELS)
    price = rng.choice((85, 140, 210, 325, 480))
    rows = grid_rows(
        [
            [
                ("Gerät" if de else "Device", f"{model} {cap}", "item"),
                ("Zustand" if de else "Grade", rng.choice(("A", "B", "C")), "other"),
            ],
            [("IMEI", fk.imei(), "id_number")],
            [
                ("Seriennr." if de else "Serial no.", _serial_no(fk), "id_number"),
                ("Preis" if de else "Offer", f"{price},00 EUR" if de else f"£{price}.00", "price"),
            ],
        ]
    )
    widths = (w * 0.16, w * 0.44, w * 0.14, w * 0.26)
    y = table(p, m, y, widths, rows, 42 * s, f, hand_px=23, cjk=False) + 32 * s
    x = m
    for check in _DE_CHECKS if de else _EN_CHECKS:
        x = tick_box(p, x, y, check, rng.random() < 0.85, p.font(14)) + 18 * s
    y += 42 * s
    c.text(m, y, "Auszahlung per Überweisung" if de else "Paid by bank transfer", f, "label")
    y += 36 * s
    if de:
        pay = [
            (
                "IBAN",
                [
                    S(
                        "DE"
                        + fk.digits(2)
                        + " "
                        + " ".join(fk.digits(4) for _ in range(4))
                        + " "
                        + fk.digits(2),
                        "id_number",
                    )
                ],
            )
        ]
    else:
        pay = [
            ("Sort code", [S(f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}", "id_number")]),
            ("Account no.", [S(fk.digits(8), "id_number")]),
        ]
    for label, value in pay:
        ruled_blank(p, y, label, value, f, m, m + w * 0.7, hand_px=24)
        y += 38 * s
    decl = (
        "Ich versichere, dass das Gerät mein Eigentum ist, frei von Rechten Dritter, nicht "
        "gestohlen und nicht gesperrt. Meine Daten habe ich gelöscht."
        if de
        else "I confirm that I am the owner of the device above, that it is not stolen, lost, "
        "financed or blocked, and that I have removed my personal data and accounts."
    )
    y = word_wrap(p, m, y + 6 * s, [S(decl, "footer")], p.font(13), w, 20 * s) + 40 * s
    handwritten(p, m + 10 * s, y, [S(name, "name")], 30, cjk=False, width=w * 0.45)
    c.hline(m, m + w * 0.5, y + 10 * s, width=1)
    c.text(
        m, y + 30 * s, "Unterschrift Verkäufer" if de else "Customer signature", p.font(13), "label"
    )
    staff = fk.eu_name("de").split()[0] if de else fk.en_first(upper=False)
    x = c.line(m + w * 0.6, y, [S("Mitarbeiter: " if de else "Served by: ", "label")], f)
    handwritten(p, x + 6 * s, y, [S(staff, "name")], 26, cjk=False)
    return _finish(c, y + 30 * s, 0, pad=m)


def phone_trade_in_receipt(rng: random.Random) -> Canvas:
    """A device buy-back receipt: the seller and how they are paid, the device with its
    IMEI, checks, grade and price, and the signed ownership declaration."""
    fk = HouseholdFaker(rng)
    k = rng.choices(range(4), weights=(35, 20, 27, 18))[0]
    if k < 2:
        return (_cn, _slip)[k](rng, fk)
    return _latin(rng, fk, de=k == 3)


LAYOUTS = {"phone_trade_in_receipt": phone_trade_in_receipt}
