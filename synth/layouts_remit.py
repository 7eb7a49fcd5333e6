"""Postal money orders and remittances: a post office's domestic money order form
(普通汇款单) filled in by hand, or a bank's bilingual outward remittance application
(汇款申请书 / Remittance Application) to a payee in Europe.

The money order splits into payee and payer blocks headed by upright section words;
each gives a name, phone and address down to the room, the postcode written one
digit per box, the payer's ID number in character boxes; the amount goes in capital
numerals and, digit by digit, in boxes under their place units (万 千 百 十 元 角 分).
A hand-written message may name someone. A receipt stub at the right edge, its
heading printed top to bottom, repeats the order's serial (the post office's, not
personal) and the payee's name. The bank form asks for both parties' names,
accounts and addresses (the payee's in French, Spanish or German shape), the bank
and SWIFT code (ordinary), the amount in figures and English words, a ticked
purpose and the applicant's signature.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker, cn_capital, en_words
from .formkit import RED, Cell, bilingual, handwritten, role_line, seal, sheet, table
from .formkit_blanks import char_boxes, tick_box, upright_word
from .kit import S, _finish
from .render import Canvas

_MESSAGES = ("生活费", "学费", "房租", "还款", "货款", "过节费")
_PURPOSES = (
    ("赡家款", "Family support"),
    ("学费", "Tuition"),
    ("货款", "Goods"),
    ("其他", "Other"),
)
_UNITS = ("万", "千", "百", "十", "元", "角", "分")


def _party(
    p, fk: ErrandFaker, x: float, y: float, w: float, word: str, *, payer: bool
) -> tuple[float, str]:
    """One party's block: upright section word, name/phone row, address, postcode boxes;
    returns its bottom and the party's name."""
    c, s = p.c, p.s
    f = p.font(21)
    rh = 60 * s
    head = w * 0.07
    addr, pc = fk.cn_address(with_door=1.0)
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    name = fk.cn_name(honorific=0.0)
    rows = [
        [lab("姓名"), hand(name, "name"), lab("电话"), hand(fk.cn_mobile("plain"), "phone")],
        [lab("地址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [
            lab("邮政编码"),
            Cell.of("", "other"),
            lab("证件类型" if payer else "单位"),
            Cell.of("", "other"),
        ],
    ]
    if payer:  # the payer's ID goes one digit per box on a row of its own
        rows[2][3] = hand("居民身份证", "other")
        rows.append([lab("证件号码"), Cell.of("", "other", span=3)])
    elif p.r.random() < 0.4:
        rows[2][3] = hand(fk.cn_company(), "other")
    rest = w - head
    widths = (rest * 0.14, rest * 0.36, rest * 0.14, rest * 0.36)
    bottom = table(p, x + head, y, widths, rows, rh, f, hand_px=30)
    c.box(x, y, x + head, bottom, width=2)
    upright_word(p, x + head / 2, (y + bottom) / 2, word, p.font(24, bold=True), "label")
    box = min(40 * s, (widths[1] - 20 * s) / 6)
    x1 = x + head + widths[0] + 10 * s
    char_boxes(p, x1, y + 2 * rh + (rh - box) / 2, pc[:6], "address", box=box, cjk=True)
    if payer:
        idb = min(40 * s, (sum(widths[1:]) - 20 * s) / 18)
        char_boxes(
            p, x1, y + 3 * rh + (rh - idb) / 2, fk.cn_resident_id(), "id_number", box=idb, cjk=True
        )
    return bottom, name


def _post(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1400, 1500), 0.8, cjk=True, base=1400, margin=(0.03, 0.05))
    W, s = c.width, p.s
    c.draw.rectangle(
        [0, 0, W, c.height], fill=rng.choice(((232, 246, 236), (246, 242, 226), (236, 242, 250)))
    )
    stub_w = 200 * s
    body_r = right - stub_w
    w = body_r - m
    f = p.font(21)
    y = m + 44 * s
    c.text(
        m + w / 2,
        y,
        rng.choice(("国内普通汇款单", "邮政汇款单 (汇款人填写)")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    serial = fk.money_order_no()
    c.line(
        body_r - 380 * s,
        y + 34 * s,
        [S("汇票号码 ", "label"), S(serial, "other")],
        p.font(18),
        fill=RED,
    )
    y += 54 * s
    yuan = rng.choice((200, 500, 800, 1000, 1500, 2000, 3000, 5000)) + rng.choice((0, 0, 50, 88))
    c.line(m, y + 30 * s, [S("汇款金额(大写)", "label")], f)
    handwritten(p, m + 200 * s, y + 30 * s, [S("人民币" + cn_capital(yuan), "price")], 32, cjk=True)
    bx = body_r - 7 * 42 * s
    for k, unit in enumerate(_UNITS):
        c.text(bx + (k + 0.5) * 42 * s, y + 4 * s, unit, p.font(16), "label", anchor="ms")
    char_boxes(p, bx, y + 10 * s, f"{yuan:05d}00", "price", box=42 * s, cjk=True)
    y += 80 * s
    y, payee = _party(p, fk, m, y, w, "收款人", payer=False)
    y, _payer = _party(p, fk, m, y + 20 * s, w, "汇款人", payer=True)
    y += 30 * s
    x = c.line(m, y, [S("附言:", "label")], f) + 10 * s
    msg = [S(rng.choice(_MESSAGES), "other")]
    if rng.random() < 0.5:
        msg = [
            S("给", "other"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("的" + msg[0].text, "other"),
        ]
    handwritten(p, x, y, msg, 32, cjk=True)
    c.text(body_r, y, "(限25字以内)", p.font(16), "label", anchor="rs")
    y += 60 * s
    c.line(m, y, [S("汇款人签名:", "label")], f)
    c.text(m + w * 0.45, y, "汇费:", f, "label")
    c.text(m + w * 0.45 + 70 * s, y, f"{max(2, yuan // 100):.2f}", f, "price")
    role_line(p, m + w * 0.7, y, "营业员", fk.cn_name(honorific=0.0), f)
    bottom = y + 40 * s
    # The receipt stub at the right: heading turned, serial, payee, date postmark.
    sx = body_r + 24 * s
    for k in range(0, int(bottom - m), int(16 * s)):
        c.vline(body_r + 10 * s, m + k, m + k + 8 * s, width=1)
    c.text_vertical(sx, m + 30 * s, "汇款收据 (交汇款人)", p.font(22, bold=True), "label")
    tx = sx + 50 * s
    c.text(tx, m + 60 * s, "收款人", p.font(18), "label")
    handwritten(p, tx, m + 110 * s, [S(payee, "name")], 30, cjk=True, width=right - tx)
    c.text(tx, m + 170 * s, "金额", p.font(18), "label")
    c.text(tx, m + 210 * s, f"¥{yuan}.00", p.font(22), "price")
    c.text(tx, m + 270 * s, "汇票号码", p.font(18), "label")
    c.text(tx, m + 300 * s, serial.replace(" ", "")[:8], p.font(17), "other")
    c.text(tx, m + 326 * s, serial.replace(" ", "")[8:], p.font(17), "other")
    seal(p, (body_r + right) / 2 + 10 * s, m + 450 * s, 70 * s, fk.date("iso"))
    return _finish(c, max(bottom, m + 540 * s), 0, pad=m)


def _bank(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(20)
    bank = fk.cn_bank()
    y = m + 40 * s
    c.text(m, y, bank, p.font(28, bold=True), "shop")
    y += 46 * s
    c.text(
        W / 2,
        y,
        "境外汇款申请书 APPLICATION FOR FUNDS TRANSFER (OVERSEAS)",
        p.font(24, bold=True),
        "label",
        anchor="ms",
    )
    y += 20 * s
    lang = rng.choice(("fr", "es", "de"))
    payee = fk.eu_name(lang)
    street, town = fk.eu_address(lang)
    payer_name = fk.cn_name(honorific=0.0)
    amount = rng.choice((1200, 2500, 3800, 4600, 8000, 12500))
    cur = "EUR"
    lab = lambda cn, en: Cell.of(bilingual(rng, cn, en, colon=0), "label")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    rows = [
        [
            lab("汇款人名称", "Remitter"),
            hand(payer_name, "name"),
            lab("账号", "A/C No."),
            hand(fk.bank_account(), "id_number"),
        ],
        [
            lab("汇款人地址", "Address"),
            Cell(
                tuple(S(t, k) for t, k in fk.cn_address(with_door=1.0)[0].segments),
                hand=True,
                span=3,
            ),
        ],
        [
            lab("证件号码", "ID No."),
            hand(fk.cn_resident_id(), "id_number"),
            lab("电话", "Tel."),
            hand(fk.cn_mobile("plain"), "phone"),
        ],
    ]
    widths = (w * 0.2, w * 0.34, w * 0.16, w * 0.3)
    y = table(p, m, y + 20 * s, widths, rows, 60 * s, f, hand_px=28, cjk=True)
    rows = [
        [lab("收款人名称", "Beneficiary"), hand(payee, "name", 3)],
        [
            lab("收款人账号", "Account / IBAN"),
            hand(
                f"{lang.upper()}{fk.digits(2)} {fk.digits(4)} {fk.digits(4)} {fk.digits(4)} {fk.digits(4)}",
                "id_number",
                3,
            ),
        ],
        [
            lab("收款人地址", "Address"),
            Cell((S(street, "address"), S(", ", "other"), S(town, "address")), hand=True, span=3),
        ],
        [
            lab("收款行", "Bank"),
            hand(rng.choice(("Banque du Val", "Caja Rural Sur", "Sparkasse Obernau")), "other"),
            lab("SWIFT", "BIC"),
            hand(fk.swift(), "other"),
        ],
        [
            lab("金额", "Amount"),
            hand(f"{cur} {amount:,}.00", "price"),
            lab("币种", "Currency"),
            Cell.of(cur, "other"),
        ],
        [lab("金额大写", "In words"), hand(f"{cur} {en_words(amount)} only", "price", 3)],
    ]
    y = table(p, m, y, widths, rows, 60 * s, f, hand_px=28, cjk=False)
    y += 46 * s
    x = c.line(m, y, [S(bilingual(rng, "汇款用途", "Purpose", colon=1.0), "label")], f) + 16 * s
    chosen = rng.randrange(len(_PURPOSES))
    for k, (cn, en) in enumerate(_PURPOSES):
        x = tick_box(p, x, y, f"{cn} {en}", k == chosen, f) + 26 * s
    y += 50 * s
    y = c.wrap(
        m,
        y,
        [
            S(
                "申请人声明:本人已阅读并同意背面所列条款,所填内容真实无误。I confirm the above details are correct.",
                "footer",
            )
        ],
        p.font(17),
        w,
        26 * s,
    )
    y += 40 * s
    x = c.line(m, y, [S(bilingual(rng, "申请人签字", "Signature", colon=1.0), "label")], f)
    handwritten(p, x + 16 * s, y, [S(payer_name, "name")], 38, cjk=True)
    c.line(m + w * 0.6, y, [S("日期 Date ", "label"), S(fk.date("iso"), "date")], f)
    y += 60 * s
    role_line(p, m, y, "经办 Teller", fk.cn_name(honorific=0.0), f)
    role_line(p, m + w * 0.35, y, "复核 Checked", fk.cn_name(honorific=0.0), f)
    seal(p, right - 120 * s, y - 40 * s, 80 * s, "业务受理章")
    return _finish(c, y + 40 * s, 0, pad=m * 0.6)


def remittance_slip(rng: random.Random) -> Canvas:
    """A post office's money order form or a bank's bilingual outward remittance form."""
    fk = ErrandFaker(rng)
    return _post(rng, fk) if rng.random() < 0.6 else _bank(rng, fk)


LAYOUTS = {"remittance_slip": remittance_slip}
