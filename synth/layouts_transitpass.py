"""Public transport passes. A city card company's 学生卡 / 老年人优待卡 / 记名卡 申请表 (a
grid beside the glued photo: 申请人, 性别, 出生日期, 身份证号, 学校 or 单位, 家庭住址 to
the room, 联系电话, a guardian for a pupil; the applicant's signature; below the dashed
line the office's part: 卡号, 经办人, 受理网点, 受理日期, a stamp); the photocard itself
(name, photo, card number, starred ID, valid to, where it rides); an English older
person's bus pass or photocard application (Title, Forename(s), Surname, date of birth in
boxes, address, postcode, proof-of-age document number, an existing card number, the
signature, an "Office use only" box with a staff name); an Italian domanda di
abbonamento (Cognome, Nome, nato/a a … il …, residente in Via … n., codice fiscale in
boxes, Tessera n.). The two Latin forms are drawn in :mod:`synth.transit_forms`.

Personal: applicants, guardians and staff (``name``), dates of birth, ID, document,
codice fiscale and card numbers (``id_number``), phones, e-mails, home addresses to the
room (``address``, ``door``), the photo (``face``).
Ordinary: the company and its offices, titles, card kinds, fares, zones, validity
periods, ticks, places of birth, schools and employers, dates, instructions and stamps.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import box_stamp, face_photo, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _finish
from .render import Canvas
from .transit_forms import en_form, it_form
from .transit_words import (
    CN_CARDS,
    CN_KINDS,
    CN_OFFICES,
)


def _cn_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The card company's application form, typed or filled in by pen."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.5, cjk=True, base=1000, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(18)
    city, card = rng.choice(CN_CARDS)
    kind = rng.choice(CN_KINDS)
    y = m + 30 * s
    c.text(
        c.width / 2,
        y,
        (card if card.startswith(city) else city + card) + "有限公司",
        p.font(24, bold=True),
        "shop",
        anchor="ms",
    )
    y += 44 * s
    c.text(c.width / 2, y, f"{card}{kind}申请表", p.font(32, bold=True), "label", anchor="ms")
    y += 46 * s
    x = c.line(m, y, [S("卡种：", "label")], f) + 6 * s
    for option in CN_KINDS:
        x = tick_box(p, x, y, option, option == kind, f) + 22 * s
    y += 22 * s
    hand = rng.random() < 0.7
    name = fk.cn_name(honorific=0.0)
    student = kind == "学生卡"
    where = (
        (fk.school_venue() + f"{rng.randint(1, 6)}年级{rng.randint(1, 12)}班")
        if student
        else fk.cn_company()
    )
    addr, _ = fk.cn_address(with_door=1.0)
    rows = [
        [("申请人姓名", name, "name"), ("性别", fk.sex(), "other")],
        [
            ("出生日期", fk.dob(rng.choice(("iso", "cn", "dot"))), "id_number"),
            ("民族", rng.choice(("汉", "汉", "回", "满")), "other"),
        ],
        [("证件类型", "居民身份证", "other")],
        [("证件号码", fk.cn_resident_id(x_prob=0.1), "id_number")],
        [("学校/班级" if student else "工作单位", where, "other")],
        [("家庭住址", [S(t, k) for t, k in addr.segments], "address")],
        [("联系电话", fk.cn_mobile(), "phone"), ("邮编", fk.digits(6), "other")],
    ]
    if student:
        rows.append(
            [
                ("监护人", fk.cn_name(honorific=0.0), "name"),
                ("监护人电话", fk.cn_mobile(), "phone"),
            ]
        )
    tw = w * 0.8
    top = y
    y = table(
        p,
        m,
        y,
        (tw * 0.2, tw * 0.38, tw * 0.17, tw * 0.25),
        grid_rows(rows, hand=hand),
        54 * s,
        p.font(17),
        hand_px=28,
    )
    px, pw = m + tw + 20 * s, w - tw - 20 * s
    c.box(px, top, px + pw, top + pw * 1.35, width=1)
    if rng.random() < 0.8:  # the photo glued on; an unglued box shows its caption
        face_photo(p, px + 8 * s, top + 8 * s, pw - 16 * s, pw * 1.35 - 16 * s)
    else:
        c.text(px + pw / 2, top + pw * 0.7, "贴照片处", p.font(16), "label", anchor="ms")
    y += 40 * s
    pledge = "本人承诺所填信息真实有效，本卡仅限本人使用，不得转借；遗失须及时到网点办理挂失补办。"
    y = c.wrap(m, y, [S(pledge, "footer")], p.font(15), w, 26 * s) + 30 * s
    x = c.line(m, y, [S("申请人(监护人)签名：", "label")], f) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    c.line(m + w * 0.62, y, [S("申请日期：", "label"), S(fk.date("cn"), "date")], f)
    y += 46 * s
    c.hline(m, right, y, width=1, dash=int(8 * s))
    y += 36 * s
    c.text(m, y, "以下由受理网点填写", p.font(16, bold=True), "label")
    y += 14 * s
    office = grid_rows(
        [
            [
                ("卡号", fk.digits(rng.choice((10, 12, 16))), "id_number"),
                ("经办人", fk.cn_name(honorific=0.0), "name"),
            ],
            [("受理网点", rng.choice(CN_OFFICES), "other"), ("受理日期", fk.date(), "date")],
        ]
    )
    y = table(
        p, m, y, (w * 0.14, w * 0.4, w * 0.14, w * 0.32), office, 50 * s, p.font(16), hand_px=26
    )
    box_stamp(p, right - 120 * s, y + 60 * s, ["已受理", f"{card}业务章"], 16)
    return _finish(c, y + 60 * s, 0, pad=60 * s)


def _cn_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The photocard as issued: the city's card with the holder's photo and name."""
    w = rng.choice((940, 1000))
    c = Canvas(w, int(w * 0.66), paper=(rng.randint(205, 230),) * 3, ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 940)
    s = p.s
    city, card = rng.choice(CN_CARDS)
    kind = rng.choice(CN_KINDS[:2] + CN_KINDS[3:])
    band = rng.choice(((200, 40, 40), (30, 110, 190), (30, 140, 90), (230, 140, 20)))
    x0, y0, x1, y1 = 20 * s, 20 * s, w - 20 * s, w * 0.66 - 20 * s
    c.draw.rounded_rectangle([x0, y0, x1, y1], radius=30 * s, fill=(250, 250, 250))
    c.draw.rounded_rectangle([x0, y0, x1, y0 + 110 * s], radius=30 * s, fill=band)
    white = (255, 255, 255)
    c.text(x0 + 40 * s, y0 + 74 * s, card, p.font(40, bold=True), "other", fill=white)
    c.text(x1 - 40 * s, y0 + 74 * s, kind, p.font(34, bold=True), "label", anchor="rs", fill=white)
    face_photo(p, x0 + 40 * s, y0 + 150 * s, 190 * s, 250 * s)
    x, y = x0 + 280 * s, y0 + 190 * s
    f, lf = p.font(30), p.font(24)
    masked = fk.cn_id_masked()
    rows = (
        ("姓名", S(fk.cn_name(honorific=0.0), "name")),
        ("卡号", S(fk.digits(rng.choice((10, 12))), "id_number")),
        ("证件号", S(masked, "id_number")),
        ("有效期至", S(f"{rng.randint(2027, 2031)}-12-31", "date")),
    )
    for label, value in rows:
        x1_ = c.line(x, y, [S(label + "：", "label")], lf) + 8 * s
        c.line(x1_, y, [value], f)
        y += 58 * s
    c.text(
        x0 + 40 * s,
        y1 - 50 * s,
        rng.choice(("全市公交、地铁通用", "限市区公交线路使用", "公交免费 地铁五折")),
        p.font(22),
        "other",
    )
    c.text(
        x0 + 40 * s,
        y1 - 18 * s,
        "本卡限本人使用，乘车请主动出示",
        p.font(18),
        "footer",
        fill=(90, 90, 90),
    )
    return _finish(c, c.height, 0)


def transit_pass_application(rng: random.Random) -> Canvas:
    """A card company's application, the photocard, an English or an Italian form."""
    fk = MoneyFaker(rng)
    kinds = (_cn_form, _cn_card, en_form, it_form)
    return rng.choices(kinds, weights=(38, 17, 25, 20))[0](rng, fk)


LAYOUTS = {"transit_pass_application": transit_pass_application}
