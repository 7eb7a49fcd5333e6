"""Organ and body donation. A 人体器官捐献志愿登记表 filled in by pen (登记编号 written by
the branch; name, sex, birth, nation, ID, blood type ticked, mobile, e-mail, home to the
room; the organs ticked; the pledge and the signature; a family member's consent with
name, relation, phone and signature; 登记人; the branch's address and line), a wallet
donor card scanned front and back (the heading, a ribbon and a slogan in front; on the
back the holder's name and signature, the person to contact with a phone, the 登记号),
or an app's electronic donor card (name starred or whole, the ID starred, the 登记编号,
the date, the wishes and thanks), an English donor register letter or a French carte
de donneur (:mod:`synth.donor_latin`).

Personal: donors, family and people to contact, 登记人 (``name``; after 先生/女士, Mr,
Mrs only the name), IDs, dates of birth, registration, donor and NHS numbers
(``id_number``), homes with their room (``door``), phones, e-mails. Ordinary: organs,
blood types, nations, relations, slogans, pledges and dates; the branch's address and
line are business data.
"""

from __future__ import annotations

import random

from .donor_latin import en_letter, fr_carte, ribbon
from .donor_words import (
    CN_APP_THANKS,
    CN_BLOOD,
    CN_BRANCHES,
    CN_CARD_TEXT,
    CN_NATIONS,
    CN_ORGANS,
    CN_PLEDGE,
    CN_RELATIONS,
    CN_SLOGANS,
)
from .fakedata_consents import ConsentFaker
from .fakedata_kin import star_id
from .formkit import RED, fit, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _finish, _paper, biz, joined_address
from .render import Canvas

_GREEN = (20, 130, 80)


def _cn_form(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.55, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    branch, baddr, bphone = rng.choice(CN_BRANCHES)
    y = m + 40 * s
    c.text(c.width / 2, y, "人体器官捐献志愿登记表", p.font(30, bold=True), "label", anchor="ms")
    y += 44 * s
    f = p.font(17)
    x = c.line(right - 330 * s, y, [S("登记编号:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(fk.organ_reg_no(), "id_number")], 24, cjk=False)
    y += 16 * s
    name = fk.cn_name(honorific=0.0)
    home, pc = fk.cn_address(with_door=1.0)
    idn = fk.id_born(1950, 2007)
    born = (
        f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}"
        if rng.random() < 0.5
        else f"{idn[6:10]}年{int(idn[10:12])}月{int(idn[12:14])}日"
    )
    rows = grid_rows(
        [
            [
                ("姓名", name, "name"),
                ("性别", fk.sex(), "other"),
                ("民族", rng.choice(CN_NATIONS), "other"),
            ],
            [
                ("出生日期", born, "id_number"),
                ("身份证号码", idn, "id_number"),
            ],
            [
                ("手机号码", fk.cn_mobile(), "phone"),
                ("电子邮箱", fk.email() if rng.random() < 0.7 else "", "email"),
            ],
            [("通讯地址", joined_address([home]), "address")],
        ],
        hand=True,
        columns=6,
    )
    widths = [w * k for k in (0.13, 0.2, 0.13, 0.2, 0.1, 0.24)]
    y = table(p, m, y, widths, rows, 54 * s, p.font(16), hand_px=28) + 40 * s
    x = c.line(m, y, [S("血型:", "label")], f) + 12 * s
    blood = rng.choice(CN_BLOOD)
    for b in CN_BLOOD:
        x = tick_box(p, x, y, b, b == blood, f) + 22 * s
    tick_box(p, x, y, "不详", False, f)
    y += 48 * s
    c.text(m, y, "捐献意愿(请在□内打√):", f, "label")
    y += 40 * s
    every = rng.random() < 0.4
    x = tick_box(p, m + 20 * s, y, "全部器官", every, f) + 30 * s
    for organ in CN_ORGANS:
        x = tick_box(p, x, y, organ, not every and rng.random() < 0.5, f) + 22 * s
    y += 44 * s
    y = c.wrap(m, y, [S(CN_PLEDGE, "footer")], p.font(15), w, 24 * s, max_lines=3) + 30 * s
    x = c.line(m + w * 0.45, y, [S("登记人签名:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    c.line(m + w * 0.78, y, [S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")], f)
    y += 40 * s
    c.text(m, y, "家属意见(直系亲属知情同意)", p.font(18, bold=True), "label")
    y += 14 * s
    kin = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [
                ("家属姓名", kin, "name"),
                ("与登记人关系", rng.choice(CN_RELATIONS), "other"),
                ("联系电话", fk.cn_mobile("plain"), "phone"),
            ]
        ],
        hand=True,
        columns=6,
    )
    y = table(p, m, y, widths, rows, 54 * s, p.font(16), hand_px=28) + 70 * s
    x = c.line(m, y, [S("家属签名:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(kin, "name")], 30, cjk=True)
    x = c.line(m + w * 0.45, y, [S("登记工作人员:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    seal(p, right - 90 * s, y - 8 * s, 56 * s, branch)
    y += 76 * s
    text = branch + "地址:" + baddr + "电话:" + bphone
    c.line(
        m,
        y,
        [
            S(branch + "  地址:", "footer"),
            biz(baddr, "shop_address"),
            S("  电话:", "footer"),
            biz(bphone, "shop_phone"),
        ],
        fit(p, p.font(14), text + "    ", w),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_wallet(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """Both sides of a wallet card, scanned side by side on one sheet."""
    W = rng.choice((1200, 1300))
    c = Canvas(W, int(W * 0.42), paper=_paper(rng), ink=(30, 30, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1200)
    s, m = p.s, 30 * p.s
    cw, ch = (W - 3 * m) / 2, (W - 3 * m) / 2 * 0.63
    colour = rng.choice((_GREEN, (30, 90, 160), (200, 60, 60)))
    x0, y0 = m, m
    c.draw.rounded_rectangle(
        [x0, y0, x0 + cw, y0 + ch], radius=int(20 * s), outline=colour, width=int(4 * s)
    )
    ribbon(p, x0 + cw / 2, y0 + ch * 0.38, 60 * s, colour)
    c.text(
        x0 + cw / 2,
        y0 + ch * 0.72,
        "中国人体器官捐献",
        p.font(30, bold=True),
        "label",
        anchor="ms",
        fill=colour,
    )
    c.text(x0 + cw / 2, y0 + ch * 0.86, rng.choice(CN_SLOGANS), p.font(20), "other", anchor="ms")
    x1 = 2 * m + cw
    c.draw.rounded_rectangle(
        [x1, y0, x1 + cw, y0 + ch], radius=int(20 * s), outline=colour, width=int(4 * s)
    )
    y = y0 + 50 * s
    c.wrap(
        x1 + 24 * s, y, [S(CN_CARD_TEXT, "footer")], p.font(15), cw - 48 * s, 24 * s, max_lines=2
    )
    y += 80 * s
    name = fk.cn_name(honorific=0.0)
    f = p.font(18)
    for label, value, kind, cjk in (
        ("姓名:", name, "name", True),
        ("签名:", name, "name", True),
        ("紧急联系人:", fk.cn_name(honorific=0.0), "name", True),
        ("联系电话:", fk.cn_mobile(rng.choice(("plain", "space"))), "phone", False),
    ):
        x = c.line(x1 + 24 * s, y, [S(label, "label")], f) + 8 * s
        c.hline(x, x1 + cw - 30 * s, y + 6 * s, width=1)
        handwritten(p, x + 6 * s, y, [S(value, kind)], 26, cjk=cjk, width=x1 + cw - 40 * s - x)
        y += 44 * s
    c.line(x1 + 24 * s, y, [S("登记号:", "label"), S(fk.organ_reg_no(), "id_number")], p.font(16))
    return _finish(c, y0 + ch, 0, pad=m)


def _cn_app(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """An app's electronic donor card: a phone screenshot, the card on a tinted panel."""
    W = rng.choice((720, 750))
    c = Canvas(W, int(W * 2.0), paper=(244, 245, 247), ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    s, m = p.s, 30 * p.s
    c.text(
        m, 40 * s, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", p.font(22, bold=True), "other"
    )
    c.text(W - m, 40 * s, f"{rng.randint(20, 99)}%", p.font(20), "other", anchor="rs")
    c.text(
        W / 2,
        110 * s,
        rng.choice(("器官捐献志愿登记", "我的捐献登记")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    top, colour = 150 * s, rng.choice((_GREEN, (40, 110, 180)))
    c.draw.rounded_rectangle([m, top, W - m, top + 470 * s], radius=int(24 * s), fill=colour)
    white = (255, 255, 255)
    ribbon(p, W - m - 70 * s, top + 70 * s, 36 * s, (255, 255, 255))
    c.text(m + 30 * s, top + 60 * s, "电子志愿登记卡", p.font(26, bold=True), "label", fill=white)
    y = top + 140 * s
    idn, reg = fk.id_born(1955, 2007), fk.organ_reg_no()
    name = fk.cn_name_masked() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    f = p.font(22)
    for label, value, kind in (
        ("姓名", name, "name"),
        ("证件号码", star_id(idn), "id_number"),
        ("登记编号", reg, "id_number"),
        (
            "登记日期",
            f"{reg[:4]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "date",
        ),
        ("捐献意愿", rng.choice(("器官、眼角膜", "全部器官", "器官、组织、遗体")), "other"),
    ):
        c.text(m + 30 * s, y, label, p.font(19), "label", fill=(220, 235, 225))
        c.text(m + 190 * s, y, value, f, kind, fill=white)
        y += 60 * s
    y = top + 540 * s
    y = (
        c.wrap(m, y, [S(rng.choice(CN_APP_THANKS), "footer")], p.font(19), W - 2 * m, 32 * s)
        + 30 * s
    )
    c.draw.rounded_rectangle([m, y, W - m, y + 80 * s], radius=int(40 * s), fill=(255, 255, 255))
    c.text(W / 2, y + 52 * s, "分享我的爱心", p.font(24), "label", anchor="ms", fill=RED)
    return _finish(c, y + 80 * s, 0, pad=40 * s)


def organ_donor_card(rng: random.Random) -> Canvas:
    """A 人体器官捐献志愿登记表, a wallet donor card front and back, an app's electronic
    card, an English donor register letter or a French carte de donneur."""
    fk = ConsentFaker(rng)
    draw = rng.choices(
        (_cn_form, _cn_wallet, _cn_app, en_letter, fr_carte), weights=(30, 20, 16, 20, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"organ_donor_card": organ_donor_card}
