"""Ski resorts and season passes. A resort's 雪季卡 in plastic (the resort's name and
hotline, the pass kind and season, a photo, the holder's name and card number, a QR
that opens the pass), a 季卡办理登记表 filled in by pen (name, sex, birth, ID or
passport, mobile, e-mail, home to the room, emergency contact with relation and phone,
height, weight, shoe size, skis or board, insurance ticked, signature), or a ticket
window's thermal receipt (a 实名 ticket naming its buyer, or anonymous day tickets and
rentals bought by a season card holder who shows the card),
or an English season pass confirmation e-mail or an Austrian/German Saisonkarte
(:mod:`synth.ski_latin`).

Personal: holders, buyers and emergency contacts (``name``), card and pass numbers,
IDs, passports and dates of birth (``id_number``), the pass's QR (``code``), homes
with the room (``door``), phones, e-mails, photos (``face``). Ordinary: pass kinds,
seasons, prices, heights, weights, levels, relations, tickets and rentals, an
anonymous day ticket's number (no one's), payment; the resort's hotline and address
are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import face_photo, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _finish, _ink, _paper, biz, joined_address
from .render import Canvas
from .ski_latin import de_saisonkarte, en_confirmation
from .ski_words import (
    CN_KINDS,
    CN_LEVELS,
    CN_PASSES,
    CN_PAY,
    CN_RELS,
    CN_RESORTS,
    CN_SEASON,
    CN_TICKETS,
)


def _card(rng: random.Random, fk: HomeFaker) -> Canvas:
    w = rng.choice((1000, 1080))
    h = int(w * 0.63)
    c = Canvas(w, h, paper=(250, 250, 250), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1000)
    s = p.s
    resort, hotline, _, colour = rng.choice(CN_RESORTS)
    kind, _ = rng.choice(CN_PASSES)
    c.draw.rounded_rectangle(
        [0, 0, w - 1, h - 1],
        radius=int(40 * s),
        fill=(250, 250, 250),
        outline=(180, 180, 180),
        width=2,
    )
    c.draw.rectangle([0, int(40 * s), w, int(150 * s)], fill=colour)
    white = (255, 255, 255)
    c.text(50 * s, 112 * s, resort, p.font(40, bold=True), "shop", fill=white)
    c.text(w - 50 * s, 112 * s, kind, p.font(30, bold=True), "label", anchor="rs", fill=white)
    face_photo(p, 50 * s, 190 * s, 230 * s, 290 * s)
    x, y = 320 * s, 230 * s
    f, lf = p.font(30, bold=True), p.font(20)
    for label, value, kind_ in (
        ("姓名", fk.cn_name(honorific=0.0), "name"),
        ("卡号", f"XJ{fk.digits(10, True)}", "id_number"),
        ("有效期", rng.choice(CN_SEASON), "other"),
    ):
        c.text(x, y, label, lf, "label", fill=(110, 110, 110))
        c.text(x, y + 42 * s, value, f if kind_ == "name" else p.font(24), kind_)
        y += 100 * s
    c.qr(
        int(w - 230 * s),
        int(300 * s),
        f"https://pass.example.cn/v/{fk.alnum(16)}",
        size=int(180 * s),
    )
    c.line(
        50 * s,
        h - 40 * s,
        [
            S("服务热线 ", "label"),
            biz(hotline, "shop_phone"),
            S("   本卡限本人使用,不得转借", "footer"),
        ],
        p.font(18),
    )
    return c


def _form(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=True, base=1240, margin=0.05)
    s, w = p.s, right - m
    resort, hotline, addr, _ = rng.choice(CN_RESORTS)
    hand = rng.random() < 0.75
    y = m + 34 * s
    c.text(c.width / 2, y, resort, p.font(24, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(c.width / 2, y, "雪季卡办理登记表", p.font(32, bold=True), "label", anchor="ms")
    y += 24 * s
    kind, price = rng.choice(CN_PASSES)
    passport = rng.random() < 0.15
    idn = fk.passport() if passport else fk.id_born(1960, 2012)
    born = fk.dob("cn") if passport else f"{idn[6:10]}年{int(idn[10:12])}月{int(idn[12:14])}日"
    name = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other"), ("出生日期", born, "id_number")],
            [
                ("证件类型", "护照" if passport else "身份证", "other"),
                ("证件号码", idn, "id_number"),
            ],
            [("手机号码", fk.cn_mobile(), "phone"), ("电子邮箱", fk.email(), "email")],
            [("家庭住址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_RELS), "other"),
                ("联系电话", fk.cn_mobile(), "phone"),
            ],
            [
                ("身高(cm)", str(rng.randint(150, 190)), "other"),
                ("体重(kg)", str(rng.randint(42, 95)), "other"),
                ("鞋码", str(rng.randint(35, 45)), "other"),
            ],
            [
                ("卡种", kind, "other"),
                ("金额(元)", f"{price:,}", "other"),
                ("滑雪水平", rng.choice(CN_LEVELS), "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.13, 0.22, 0.1, 0.19, 0.12, 0.24)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(16), hand_px=26)
    y += 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("滑行方式:", "label")], f) + 10 * s
    board = rng.choice(CN_KINDS)
    for opt in CN_KINDS:
        x = tick_box(p, x, y, opt, opt == board, f) + 24 * s
    x = c.line(x + 30 * s, y, [S("购买滑雪意外险:", "label")], f) + 10 * s
    ins = rng.random() < 0.7
    for opt in ("是", "否"):
        x = tick_box(p, x, y, opt, (opt == "是") == ins, f) + 24 * s
    y += 44 * s
    rules = (
        "本人已阅读并同意《雪场安全须知》,知晓滑雪运动存在风险,将遵守雪道分级及安全规定,"
        "季卡仅限本人使用,转借他人将被取消资格且不予退费。"
    )
    y = c.wrap(m, y, [S(rules, "footer")], p.font(15), w, 26 * s) + 30 * s
    x = c.line(m, y, [S("本人签名:", "label")], p.font(18)) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    c.line(
        m + w * 0.55,
        y,
        [S("办理日期:", "label"), S(f"2026年{rng.randint(9, 11)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 46 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(addr, "shop_address"),
            S("  热线:", "label"),
            biz(hotline, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m, pad=20 * s)


def _ticket(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A ticket window's thermal receipt: a day ticket, rentals, the deposit."""
    w = rng.choice((560, 600))
    c = Canvas(w, 1400, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 576)
    s, m = p.s, int(30 * p.s)
    resort, hotline, _, _ = rng.choice(CN_RESORTS)
    y = 60 * s
    c.text(w / 2, y, resort, p.font(28, bold=True), "shop", anchor="ms")
    y += 40 * s
    c.text(w / 2, y, "售票凭证", p.font(24), "label", anchor="ms")
    y += 44 * s
    f = p.font(19, mono=rng.random() < 0.5)
    # A 实名 ticket names its buyer and its number is theirs; otherwise the number is the
    # window's serial for an anonymous day ticket, bought here by a season card holder.
    named = rng.random() < 0.5
    number = f"T{fk.digits(12, True)}"
    for label, spans in (
        ("票号:", [S(number, "id_number" if named else "other")]),
        (
            "日期:",
            [
                S(
                    f"2026-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d} "
                    f"{rng.randint(8, 13):02d}:{rng.randint(0, 59):02d}",
                    "date",
                )
            ],
        ),
        ("窗口:", [S(f"{rng.randint(1, 8)}号窗口  收银员 {rng.randint(1001, 1099)}", "other")]),
    ):
        c.line(m, y, [S(label, "label"), *spans], f)
        y += 32 * s
    who = [S(fk.cn_name(honorific=0.0), "name")]
    if named:
        c.line(m, y, [S("游客:", "label"), *who], f)
        y += 32 * s
        c.line(m, y, [S("证件:", "label"), S(fk.cn_id_masked(), "id_number")], f)
    else:  # a season card holder buys rentals or a friend's day ticket at the window
        c.line(
            m,
            y,
            [
                S("会员:", "label"),
                *who,
                S("  季卡号:", "label"),
                S(f"XJ{fk.digits(10, True)}", "id_number"),
            ],
            f,
        )
    y += 32 * s
    c.hline(m, w - m, y - 12 * s, width=1, dash=int(6 * s))
    y += 20 * s
    total = 0
    for item, price in rng.sample(CN_TICKETS, rng.randint(2, 5)):
        c.text(m, y, item, f, "item")
        c.text(w - m, y, f"{price:.2f}", f, "price", anchor="rs")
        total += price
        y += 32 * s
    c.hline(m, w - m, y - 12 * s, width=1, dash=int(6 * s))
    y += 20 * s
    c.line(m, y, [S("合计:", "label")], p.font(22, bold=True))
    c.text(w - m, y, f"¥{total:.2f}", p.font(22, bold=True), "price", anchor="rs")
    y += 36 * s
    c.line(m, y, [S("支付方式:", "label"), S(rng.choice(CN_PAY), "other")], f)
    y += 44 * s
    c.barcode(
        m,
        int(y),
        number,
        height=int(60 * s),
        max_width=int(w - 2 * m),
        category="code" if named else "other",
        pii=named,
    )
    y += 100 * s
    for t in ("押金凭此票退还,遗失不补", "当日有效,过闸即视为使用"):
        c.text(w / 2, y, t, p.font(16), "footer", anchor="ms")
        y += 26 * s
    c.line(m, y + 10 * s, [S("咨询电话:", "label"), biz(hotline, "shop_phone")], p.font(17))
    return _finish(c, y + 10 * s, m, pad=20 * s)


def ski_season_pass(rng: random.Random) -> Canvas:
    """A 雪季卡, a 雪季卡办理登记表, a ticket window's receipt, an English season pass
    confirmation e-mail or an Austrian/German Saisonkarte."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_card, _form, _ticket, en_confirmation, de_saisonkarte), weights=(20, 26, 16, 20, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"ski_season_pass": ski_season_pass}
