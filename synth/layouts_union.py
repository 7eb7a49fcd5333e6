"""Trade unions and staff associations. A 工会会员登记表 / 入会申请书 filled in by pen in a
ruled grid beside a photo (姓名, 性别, 出生年月, 民族, 政治面貌, 文化程度, 身份证号, 工作单位,
部门, 职务, 手机, 家庭住址 to the room, 入会时间, 会员证号, 介绍人; the pledge; 本人签名; 基层
工会意见 with the seal), a 工会会员证's inside page (photo, name, 工作单位, 会员证号, 入会时间,
the issuing union and its seal), a 慰问金签领表 / 福利发放签收表 (rows of staff with
department and sum or goods, each signed for by hand, sometimes by a colleague 代领), an
English union membership application with a Direct Debit mandate or a German
Beitrittserklärung with a SEPA mandate (:mod:`synth.union_latin`).

Personal: members, 介绍人, signers, 经办人 and proxies (``name``), births as 出生年月,
IDs, 会员证号 (``id_number``), phones, homes to the room. Ordinary: 民族, 政治面貌,
文化程度, employers, unions, departments, jobs, dates of joining, sums and goods, the
pledge, 代领 and other printed words.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .formkit import Cell, face_photo, fit, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell, prose_row
from .kit import Faces, Pen, S, _finish, _ink, joined_address
from .render import Canvas
from .union_latin import de_beitritt, en_application
from .union_words import (
    CN_DEPARTMENTS,
    CN_EMPLOYERS,
    CN_HANDOUTS,
    CN_JOBS,
    CN_NATIONS,
    CN_PARTIES,
    CN_PLEDGE,
    CN_SCHOOLING,
)


def _day(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _cn_register(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.55, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    firm, union = rng.choice(CN_EMPLOYERS)
    y = m + 50 * s
    title = rng.choice(("工会会员登记表", "中华全国总工会入会申请书", "工会会员入会登记表"))
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("填表日期:", "label"), S(_day(rng), "date")], p.font(16))
    y += 14 * s
    name, ident = fk.cn_name(honorific=0.0), fk.id_born(1966, 2004)
    born = f"{ident[6:10]}.{ident[10:12]}"
    home, _ = fk.cn_address(with_door=1.0)
    hand = rng.random() < 0.85
    top = grid_rows(
        [
            [("姓名", name, "name"), ("性别", rng.choice(("男", "女")), "other")],
            [("出生年月", born, "id_number"), ("民族", rng.choice(CN_NATIONS), "other")],
            [
                ("政治面貌", rng.choice(CN_PARTIES), "other"),
                ("文化程度", rng.choice(CN_SCHOOLING), "other"),
            ],
            [("身份证号", ident, "id_number")],
        ],
        hand=hand,
    )
    photo_w = w * 0.2
    widths = [(w - photo_w) * k for k in (0.2, 0.3, 0.2, 0.3)]
    bottom = table(p, m, y, widths, top, 56 * s, p.font(17), hand_px=30)
    c.box(right - photo_w, y, right, bottom, width=2)
    face_photo(p, right - photo_w + 14 * s, y + 14 * s, photo_w - 28 * s, bottom - y - 28 * s)
    y = bottom - 2
    joined = f"{rng.randint(2008, 2026)}年{rng.randint(1, 12)}月"
    rest = grid_rows(
        [
            [("工作单位", firm, "other")],
            [
                ("部门", rng.choice(CN_DEPARTMENTS), "other"),
                ("职务/工种", rng.choice(CN_JOBS), "other"),
            ],
            [("手机号码", fk.cn_mobile("plain"), "phone"), ("入会时间", joined, "date")],
            [("家庭住址", joined_address([home]), "")],
            [
                ("会员证号", fk.union_card_no(), "id_number"),
                ("介绍人", fk.cn_name(honorific=0.0), "name"),
            ],
        ],
        hand=hand,
    )
    widths = [w * 0.16, w * 0.34, w * 0.16, w * 0.34]
    y = table(p, m, y, widths, rest, 56 * s, p.font(17), hand_px=30, line=1)
    f = p.font(17)
    pledge = [S(CN_PLEDGE, "other")]
    y = prose_row(p, m, y, (w * 0.16, w * 0.84), "本人申请", pledge, f, lines=3)
    c.line(m + w * 0.5, y - 20 * s, [S("申请人签名:", "label")], f)
    handwritten(p, m + w * 0.5 + 110 * s, y - 20 * s, [S(name, "name")], 30, cjk=True)
    view = [S("经审核,同意接收为工会会员。", "other")]
    y = prose_row(p, m, y, (w * 0.16, w * 0.84), "基层工会意见", view, f, hand=True, lines=4)
    seal(p, right - 170 * s, y - 70 * s, 64 * s, union)
    c.text(right - 30 * s, y - 18 * s, _day(rng), f, "date", anchor="rs")
    y += 40 * s
    c.text(m, y, "注:本表一式两份,基层工会和会员本人各存一份。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_card(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """The membership booklet opened at its first page: photo left, facts right."""
    w = rng.choice((1000, 1080))
    h = int(w * 0.68)
    c = Canvas(w, h, paper=(252, 248, 240), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1000)
    s = p.s
    firm, union = rng.choice(CN_EMPLOYERS)
    c.draw.rectangle([0, 0, w - 1, h - 1], outline=(160, 40, 40), width=max(3, int(6 * s)))
    c.text(
        w / 2,
        80 * s,
        "中华全国总工会会员证",
        p.font(34, bold=True),
        "label",
        anchor="ms",
        fill=(170, 30, 30),
    )
    face_photo(p, 60 * s, 140 * s, 220 * s, 290 * s)
    x, y = 330 * s, 170 * s
    f = p.font(22)
    name = fk.cn_name(honorific=0.0)
    for label, value, kind in (
        ("姓    名", name, "name"),
        ("性    别", rng.choice(("男", "女")), "other"),
        ("工作单位", firm, "other"),
        ("会员证号", fk.union_card_no(), "id_number"),
        ("入会时间", f"{rng.randint(2005, 2026)}年{rng.randint(1, 12)}月", "date"),
    ):
        end = c.line(x, y, [S(label, "label")], f) + 24 * s
        c.line(end, y, [S(value, kind)], fit(p, f, value, w - end - 50 * s))
        c.hline(end - 6 * s, w - 50 * s, y + 8 * s, width=1)
        y += 58 * s
    y += 20 * s
    c.line(
        x,
        y,
        [S("发证工会:", "label"), S(union, "other")],
        fit(p, p.font(18), union + "发证工会:", w - x - 50 * s),
    )
    seal(p, w - 180 * s, y - 40 * s, 70 * s, union)
    c.text(60 * s, h - 40 * s, "本证仅限本人使用,会员调动时随会籍转移。", p.font(16), "footer")
    return c


def _cn_signsheet(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A hand-out sheet the union passes round: each row signed by its staff member."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    firm, union = rng.choice(CN_EMPLOYERS)
    title, column, values = rng.choice(CN_HANDOUTS)
    y = m + 40 * s
    c.text(c.width / 2, y, union, p.font(20), "other", anchor="ms")
    y += 50 * s
    c.text(c.width / 2, y, title, fit(p, p.font(30, bold=True), title, w), "label", anchor="ms")
    y += 20 * s
    cash = values[0].isdigit()  # money goes to the member's wage card; goods need a phone
    extra = "银行卡号" if cash else "联系电话"
    rows = [[label_cell(t) for t in ("序号", "姓名", "部门", column, extra, "签领人")]]
    total = 0
    for k in range(1, rng.randint(12, 18)):
        name = fk.cn_name(honorific=0.0)
        value = rng.choice(values)
        total += int(value) if cash else 0
        proxy = rng.random() < 0.12
        signer = (
            [S(fk.cn_name(honorific=0.0), "name"), S("代领", "other")]
            if proxy
            else [S(name, "name")]
        )
        contact = S(fk.card_number(), "card_number") if cash else S(fk.cn_mobile("plain"), "phone")
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell.of(name, "name", align="c"),
                Cell.of(rng.choice(CN_DEPARTMENTS), "other", align="c"),
                Cell.of(value, "other", align="c"),
                Cell((contact,)),
                Cell(tuple(signer), True),
            ]
        )
    if total:
        rows.append(
            [
                Cell.of("合计", "label", align="c", span=3),
                Cell.of(f"{total:,}", "other", align="c", span=3),
            ]
        )
    widths = [w * k for k in (0.07, 0.13, 0.14, 0.18, 0.28, 0.2)]
    y = table(p, m, y, widths, rows, 46 * s, p.font(17), hand_px=30, line=1) + 50 * s
    f = p.font(17)
    for k, role in enumerate(("经办人:", "审核人:", "工会主席:")):
        x = c.line(m + k * w * 0.34, y, [S(role, "label")], f) + 8 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    y += 46 * s
    c.text(right, y, _day(rng), f, "date", anchor="rs")
    return _finish(c, y, m // 2, pad=20 * s)


def trade_union_membership_form(rng: random.Random) -> Canvas:
    """A 工会会员登记表 by pen, a 工会会员证, a 慰问金签领表, an English membership
    application with a Direct Debit mandate or a German Beitrittserklärung."""
    fk = SurveyFaker(rng)
    draw = rng.choices(
        (_cn_register, _cn_card, _cn_signsheet, en_application, de_beitritt),
        weights=(28, 16, 22, 18, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"trade_union_membership_form": trade_union_membership_form}
