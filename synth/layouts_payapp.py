"""Mobile payment apps. A phone screenshot of a Chinese wallet's 转账详情 / 账单详情:
the other side's name with a middle character starred and their account (a phone or
an e-mail, partly starred), the amount, the time, 转账单号 / 交易单号, the payment
method with a card's last digits (招商银行储蓄卡(1234)) and a 转账说明 that may hold a
name or a room; or a payment by a street stall's personal QR code (老王水果(**国)).
An English peer-to-peer app's receipt ("You paid <Name>", @username, a note such as
"rent for flat 4B", transaction ID, card ending) or a Brazilian Pix comprovante
(nome, CPF partly hidden, chave Pix, ID da transação).

Personal: both sides' names (``name``), phones and e-mails used as accounts
(``phone``, ``email``), usernames, CPFs, account numbers and transaction and order
numbers and a bank account's ending (``id_number``), card endings (``card_number``), a
room in a note (``door``).
Ordinary: the status bar, the app's chrome, titles, labels, amounts, times, statuses,
banks, goods, categories and buttons.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_money import MoneyFaker
from .formkit import fit
from .kit import Faces, Pen, S, _finish
from .render import Canvas, Span

_GREY = (128, 128, 134)
_CN_BANKS = ("招商银行", "建设银行", "工商银行", "中国银行", "农业银行", "交通银行")
_STALLS = ("老王水果", "张姐早餐", "阿强修车", "菜鸟驿站旁修鞋", "李记烧烤", "小区理发")
_STALL_GOODS = ("水果", "早餐", "修车", "修鞋", "烧烤", "理发")
_EN_NOTES = (
    "rent for flat {flat}",
    "pizza friday",
    "{first}'s birthday gift",
    "bills March",
    "taxi home",
)
_PT_BANKS = (
    "Nu Pagamentos S.A.",
    "Banco Inter S.A.",
    "Itaú Unibanco S.A.",
    "Caixa Econômica Federal",
)
_PT_NOTES = ("aluguel apto {flat}", "pizza de sexta", "presente {first}", "conta de luz")


def _phone_canvas(rng: random.Random, cjk: bool, tall: float = 2.1) -> tuple[Canvas, Pen, float]:
    """A phone screenshot: white screen, the status bar (clock, battery) drawn; ``tall``
    is its height over its width (a long, scrolled screenshot is taller)."""
    w = rng.choice((720, 750, 828))
    c = Canvas(w, int(w * tall), paper=(255, 255, 255), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 750)
    s = p.s
    y = 44 * s
    c.text(
        36 * s, y, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", p.font(24, bold=True), "other"
    )
    c.text(w - 36 * s, y, f"{rng.randint(12, 99)}%", p.font(22), "other", anchor="rs")
    c.draw.rectangle(
        [w - 150 * s, y - 20 * s, w - 110 * s, y - 2 * s], outline=(30, 30, 30), width=2
    )
    return c, p, y


def _nav(p: Pen, y: float, title: str) -> float:
    """The app's title bar with a back arrow; returns the y under it."""
    c, s = p.c, p.s
    y += 70 * s
    c.text(36 * s, y, "<", p.font(34), "other", record=False)
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    c.hline(0, c.width, y + 24 * s, width=1)
    return y + 24 * s


def _rows(p: Pen, y: float, rows: Sequence[tuple[str, Sequence[Span]]], gap: float) -> float:
    """Label left in grey, value right-aligned (squeezed to the free width)."""
    c, s = p.c, p.s
    f = p.font(26)
    x0, x1 = 40 * s, c.width - 40 * s
    for label, value in rows:
        lx = c.line(x0, y, [S(label, "label")], f, fill=_GREY)
        text = "".join(sp.text for sp in value)
        vf = fit(p, f, text, x1 - lx - 30 * s)
        c.line(x1 - p.width(text, vf), y, value, vf)
        y += gap * s
    return y


def _cn_remark(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    kind = rng.randrange(5)
    if kind == 0:
        door = f"{rng.randint(1, 20)}栋{rng.randint(1, 28)}0{rng.randint(1, 4)}"
        return [S(door, "door"), S(rng.choice(("房租", "物业费", "水电费")), "other")]
    if kind == 1:
        return [S("还", "other"), S(fk.cn_name(honorific=0.0), "name"), S("的饭钱", "other")]
    if kind == 2:
        return [S(rng.choice(("红包", "生日快乐", "车费AA", "定金")), "other")]
    if kind == 3:
        return [
            S(f"{rng.randint(1, 12)}月房租 ", "other"),
            S(f"{rng.randint(2, 28)}0{rng.randint(1, 4)}室", "door"),
        ]
    return [
        S("代", "other"),
        S(fk.cn_surname() + rng.choice(("阿姨", "老师", "姐")), "name"),
        S("交的团购款", "other"),
    ]


def _cn(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True)
    s, W = p.s, c.width
    stall = rng.random() < 0.35
    wechat = rng.random() < 0.55
    y = _nav(p, y, "账单详情" if stall or not wechat else "转账详情") + 110 * s
    c.draw.ellipse(
        [W / 2 - 44 * s, y - 44 * s, W / 2 + 44 * s, y + 44 * s],
        fill=rng.choice(((7, 193, 96), (22, 119, 255))),
    )
    y += 100 * s
    other = fk.cn_star_name()
    if stall:
        k = rng.randrange(len(_STALLS))
        head = [
            S(_STALLS[k], "shop"),
            S("(", "other"),
            S("*" + other[-1] if len(other) > 1 else other, "name"),
            S(")", "other"),
        ]
    else:
        head = [S("转账-转给" if rng.random() < 0.6 else "转账-来自", "other"), S(other, "name")]
    f = p.font(28)
    c.line(W / 2 - p.width("".join(x.text for x in head), f) / 2, y, head, f)
    y += 90 * s
    incoming = not stall and head[0].text.endswith("自")
    amount = f"{'+' if incoming else '-'}{rng.uniform(5, 3000):.2f}"
    c.text(W / 2, y, amount, p.font(64, bold=True), "price", anchor="ms")
    y += 60 * s
    c.text(
        W / 2,
        y,
        rng.choice(("交易成功", "已收款", "支付成功")),
        p.font(24),
        "other",
        anchor="ms",
        fill=_GREY,
    )
    y += 90 * s
    bank = rng.choice(_CN_BANKS)
    method = rng.choice(
        (
            [S("零钱", "other")],
            [S("余额宝", "other")],
            [S(f"{bank}储蓄卡(", "other"), S(fk.tail4(), "card_number"), S(")", "other")],
        )
    )
    account = fk.masked_mobile() if rng.random() < 0.7 else fk.email()
    acct_kind = "phone" if "@" not in account else "email"
    if acct_kind == "email":  # apps star the middle of an e-mail account's user part
        user, _, host = account.partition("@")
        account = user[:2] + "***@" + host
    rows = [("转账时间" if not stall else "支付时间", [S(f"{fk.date()} {fk.time()}", "date")])]
    if stall:
        rows += [("商品", [S(_STALL_GOODS[k], "item")]), ("收款方备注", [S("二维码收款", "other")])]
    else:
        rows.append(
            (
                "收款方" if head[0].text.endswith("给") else "付款方",
                [S(other, "name"), S("(", "other"), S(account, acct_kind), S(")", "other")],
            )
        )
        rows.append(("转账说明", _cn_remark(rng, fk)))
    rows.append(("支付方式" if stall else "付款方式", method))
    rows.append(
        (
            "转账单号" if not stall else "交易单号",
            [S(fk.wx_trade_no() if wechat else fk.ali_trade_no(), "id_number")],
        )
    )
    if stall:
        rows.append(("商户单号", [S(fk.digits(rng.choice((16, 20, 24))), "id_number")]))
    y = _rows(p, y, rows, 70) + 40 * s
    c.hline(40 * s, W - 40 * s, y, width=1)
    y += 70 * s
    for link in rng.sample(
        ("对此订单有疑问", "申请转账电子凭证", "查看往来转账", "联系收款方", "投诉"), 3
    ):
        c.text(40 * s, y, link, p.font(26), "other", fill=(60, 90, 160))
        c.text(W - 40 * s, y, ">", p.font(26), "other", anchor="rs", fill=_GREY, record=False)
        y += 76 * s
    return _finish(c, y, 0, pad=40 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    pt = rng.random() < 0.35
    c, p, y = _phone_canvas(rng, False)
    s, W = p.s, c.width
    flat = (
        f"{rng.randint(1, 12)}{rng.choice('ABCD')}"
        if not pt
        else f"{rng.randint(1, 20)}0{rng.randint(1, 4)}"
    )
    other = fk.pt_name() if pt else fk.en_name()
    me = fk.pt_name() if pt else fk.en_name()
    first = fk.pt_name().split()[0] if pt else fk.en_first(upper=False)
    note_t = rng.choice(_PT_NOTES if pt else _EN_NOTES)
    head, _, tail = note_t.partition("{")
    note = [S(head, "other")] if head else []
    if tail:
        key, _, rest = tail.partition("}")
        note += [S(flat if key == "flat" else first, "door" if key == "flat" else "name")]
        note += [S(rest, "other")] if rest else []
    if pt:
        y = _nav(p, y, "Comprovante") + 90 * s
        c.text(40 * s, y, "Pix enviado", p.font(40, bold=True), "label")
        y += 70 * s
        value = f"{rng.uniform(10, 2500):,.2f}".replace(",", " ").replace(".", ",")
        c.text(40 * s, y, "R$ " + value.replace(" ", "."), p.font(52, bold=True), "price")
        y += 80 * s
        key = rng.choice(
            (
                [S(f"+55 11 9{fk.digits(4)}-{fk.digits(4)}", "phone")],
                [S(fk.email(), "email")],
                [S(fk.cpf(True), "id_number")],
            )
        )
        rows = [
            ("Data", [S(f"{fk.date()[8:]}/{fk.date()[5:7]}/2024 - {fk.time()}", "date")]),
            ("Destino", []),
            ("Nome", [S(other, "name")]),
            ("CPF", [S(fk.cpf(True), "id_number")]),
            ("Instituição", [S(rng.choice(_PT_BANKS), "other")]),
            ("Chave Pix", key),
            ("Origem", []),
            ("Nome", [S(me, "name")]),
            ("Conta", [S(f"{fk.digits(7)}-{fk.digits(1)}", "id_number")]),
            ("Descrição", note),
            ("ID da transação", [S(fk.pix_e2e(), "id_number")]),
        ]
        y = _rows(p, y, rows, 62)
    else:
        app = rng.choice(("venmo", "paypal", "revolut"))
        y = _nav(p, y, "Transaction details") + 100 * s
        c.draw.ellipse(
            [W / 2 - 50 * s, y - 50 * s, W / 2 + 50 * s, y + 50 * s], fill=(61, 149, 206)
        )
        y += 110 * s
        paid = rng.random() < 0.7
        line = (
            [S("You paid ", "other"), S(other, "name")]
            if paid
            else [S(other, "name"), S(" paid you", "other")]
        )
        f = p.font(30, bold=True)
        c.line(W / 2 - p.width("".join(x.text for x in line), f) / 2, y, line, f)
        y += 44 * s
        c.text(W / 2, y, fk.handle(other), p.font(24), "id_number", anchor="ms", fill=_GREY)
        y += 90 * s
        sign = "-" if paid else "+"
        cur = rng.choice(("$", "£", "€")) if app == "revolut" else "$"
        c.text(
            W / 2,
            y,
            f"{sign}{cur}{rng.uniform(5, 900):.2f}",
            p.font(60, bold=True),
            "price",
            anchor="ms",
        )
        y += 50 * s
        quoted = [S('"', "other"), *note, S('"', "other")]
        nf = p.font(26)
        c.line(W / 2 - p.width("".join(x.text for x in quoted), nf) / 2, y, quoted, nf)
        y += 80 * s
        brand = rng.choice(("Visa Debit", "Mastercard", "Bank account"))
        ending = "id_number" if brand == "Bank account" else "card_number"
        rows = [
            ("Status", [S("Completed", "other")]),
            ("Date", [S(f"{fk.date()} {fk.time(False)}", "date")]),
            ("Paid with", [S(f"{brand} •••• ", "other"), S(fk.tail4(), ending)]),
            ("Transaction ID", [S(fk.digits(19, True), "id_number")]),
        ]
        if app == "paypal":
            rows.insert(1, ("Sent to", [S(fk.email(other), "email")]))
        if app == "revolut":
            rows.insert(1, ("From", [S(me, "name")]))
        y = _rows(p, y, rows, 66) + 40 * s
        for button in ("Share receipt", "Split", "Report a problem"):
            c.text(
                W / 2, y, button, p.font(26, bold=True), "other", anchor="ms", fill=(61, 149, 206)
            )
            y += 70 * s
    return _finish(c, y, 0, pad=40 * s)


def payment_app_receipt(rng: random.Random) -> Canvas:
    """A payment app's transfer or bill detail screenshot: both sides' names, the
    account as a starred phone or e-mail, the amount, numbers, a note, buttons."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"payment_app_receipt": payment_app_receipt}
