"""Itemised phone-call bills. A carrier's 通话详单 printed from its online hall or at the
counter (客户姓名, 手机号码, 账单寄送地址 to the room, 查询月份, 套餐; the calls: 起始时间,
通信地点, 主叫 / 被叫, 对方号码, 通信时长, 通信类型, fee; a 短信 list; now and then a reader's
pen marks beside a number: a name or a relation word), a phone's call-record screenshot
(contacts by name, by nickname or as 妈妈, unsaved numbers, the place and carrier, times,
missed calls), or a UK itemised bill / French facture détaillée
(:mod:`synth.callbill_latin`).

Personal: the subscriber, contacts and nicknames (``name``), the subscriber's own number
and every number called or calling (``phone``: another person's phone is as personal as
the subscriber's), the billing address and its room, an account number (``id_number``).
Ordinary: carriers, plans, places, call directions and kinds, durations, fees, dates,
times and relation words (妈妈, 房东); the carrier's and other businesses' service numbers
(10089, 95588, 400-…) are business data.
"""

from __future__ import annotations

import random

from .callbill_latin import latin_bill
from .callbill_words import (
    CN_APP_PLACES,
    CN_APP_TIMES,
    CN_CARRIERS,
    CN_CONTACT_RELATIONS,
    CN_KINDS,
    CN_MARGIN_RELATIONS,
    CN_PLACES,
    CN_PLANS,
    CN_SERVICE,
)
from .fakedata_deeds import DeedFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_slips import label_cell
from .kit import Faces, Pen, S, _finish, joined_address
from .render import Canvas, Span


def _number(rng: random.Random, fk: DeedFaker, pool: list[str]) -> Span:
    """Who was called: mostly a few people again and again, sometimes a business line."""
    if rng.random() < 0.14:
        return Span(rng.choice(CN_SERVICE), "shop_phone", None)
    return S(rng.choice(pool), "phone")


def _duration(rng: random.Random, style: int) -> str:
    sec = int(rng.expovariate(1 / 150)) + 3
    if style == 0:
        return f"{sec // 60}分{sec % 60:02d}秒" if sec >= 60 else f"{sec}秒"
    return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"


def _cn_detail(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.45, cjk=True, base=1300, margin=0.045)
    s = p.s
    carrier, hotline = rng.choice(CN_CARRIERS)
    y = m + 34 * s
    c.text(m, y, carrier, p.font(24, bold=True), "shop")
    c.line(
        right - 240 * s,
        y,
        [S("客服热线：", "label"), Span(hotline, "shop_phone", None)],
        p.font(15),
    )
    y += 50 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("通话详单", "话费详单", "详单查询结果")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    f = p.font(16)
    name, own = fk.cn_name(honorific=0.0), fk.cn_mobile_digits()
    month = rng.randint(1, 12)
    c.line(m, y, [S("客户姓名：", "label"), S(name, "name")], f)
    c.line(m + 330 * s, y, [S("手机号码：", "label"), S(own, "phone")], f)
    c.line(m + 700 * s, y, [S("查询月份：", "label"), S(f"2026年{month:02d}月", "date")], f)
    y += 32 * s
    c.line(m, y, [S("套餐名称：", "label"), S(rng.choice(CN_PLANS), "other")], f)
    if rng.random() < 0.6:  # a paper bill posted home says where to
        home, _ = fk.cn_address(with_door=0.95)
        c.line(m + 330 * s, y, [S("账单寄送地址：", "label"), *joined_address([home])], f)
    y += 20 * s
    pool = [fk.cn_mobile_digits() for _ in range(5)] + [fk.cn_landline().replace("-", "")]
    style = rng.randrange(2)
    heads = (
        "序号",
        "起始时间",
        "通信地点",
        "通信方式",
        "对方号码",
        "通信时长",
        "通信类型",
        "费用(元)",
    )
    rows = [[label_cell(h) for h in heads]]
    day, marks = 1, []
    for k in range(rng.randint(14, 20)):
        day = min(28, day + rng.choice((0, 0, 1, 2, 3)))
        number = _number(rng, fk, pool)
        kind = rng.choice(CN_KINDS)
        fee = "0.00" if kind == "本地" or rng.random() < 0.5 else f"{rng.randint(1, 30) / 10:.2f}"
        when = (
            f"{month:02d}-{day:02d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}"
        )
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(when, "date"),
                Cell.of(rng.choice(CN_PLACES), "other", align="c"),
                Cell.of(rng.choice(("主叫", "主叫", "被叫")), "other", align="c"),
                Cell((number,)),
                Cell.of(_duration(rng, style), "other", align="r"),
                Cell.of(kind, "other", align="c"),
                Cell.of(fee, "price", align="r"),
            ]
        )
        if number.category == "phone" and rng.random() < 0.2:
            marks.append(k + 1)
    noted = rng.random() < 0.4 and marks
    width = right - m - (130 * s if noted else 0)
    widths = [width * k for k in (0.06, 0.19, 0.09, 0.09, 0.19, 0.13, 0.13, 0.12)]
    row_h, top = 34 * s, y
    y = table(p, m, y, widths, rows, row_h, p.font(14), line=1)
    if noted:  # someone went through the list with a pen
        names = {}
        for r in marks:
            who = rows[r][4].spans[0].text
            if who not in names:
                names[who] = (
                    S(rng.choice(CN_MARGIN_RELATIONS), "other")
                    if rng.random() < 0.4
                    else S(fk.cn_name(honorific=0.0), "name")
                )
            handwritten(p, m + width + 14 * s, top + row_h * (r + 0.8), [names[who]], 24, cjk=True)
    y += 44 * s
    c.text(m, y, "短信详单", p.font(18, bold=True), "label")
    sms = [[label_cell(h) for h in ("序号", "发送时间", "对方号码", "类型", "费用(元)")]]
    for k in range(rng.randint(3, 6)):
        sms.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(f"{month:02d}-{rng.randint(1, 28):02d} {fk.time()}", "date"),
                Cell((_number(rng, fk, pool),)),
                Cell.of(rng.choice(("发送", "接收")), "other", align="c"),
                Cell.of(rng.choice(("0.10", "0.00")), "price", align="r"),
            ]
        )
    y = table(
        p,
        m,
        y + 12 * s,
        [(right - m) * k for k in (0.08, 0.3, 0.3, 0.16, 0.16)],
        sms,
        34 * s,
        p.font(14),
        line=1,
    )
    y += 36 * s
    c.text(
        m,
        y,
        f"打印时间：2026-{month:02d}-28 {fk.time()}  本详单仅供参考，以实际账单为准。",
        p.font(13),
        "footer",
    )
    return _finish(c, y, m // 2, pad=12 * s)


def _arrow(p: Pen, cx: float, cy: float, out: bool, ink: tuple[int, int, int]) -> None:
    """The small slanted arrow a call log puts before an outgoing or incoming call."""
    d, wd = 11 * p.s, max(2, round(2.5 * p.s))
    tip, tail = (
        ((cx + d, cy - d), (cx - d, cy + d)) if out else ((cx - d, cy + d), (cx + d, cy - d))
    )
    p.c.draw.line([tail, tip], fill=ink, width=wd)
    sx = -1 if out else 1
    p.c.draw.line([tip, (tip[0] + sx * d, tip[1])], fill=ink, width=wd)
    p.c.draw.line([tip, (tip[0], tip[1] - sx * d)], fill=ink, width=wd)


def _cn_app(rng: random.Random, fk: DeedFaker) -> Canvas:
    """A phone's 通话记录: one row a call, the contact or the bare number over its place."""
    W = rng.choice((720, 828, 1080))
    c = Canvas(W, int(W * 2.6), paper=(255, 255, 255), ink=(20, 20, 22))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    s, m = p.s, int(34 * W / 750)
    grey, red = (120, 120, 126), (220, 50, 50)
    y = 40 * s
    c.text(m + 10 * s, y, fk.time(False), p.font(24, bold=True), "other")
    c.text(W - m, y, f"4G  {rng.randint(12, 99)}%", p.font(24, bold=True), "other", anchor="rs")
    y += 100 * s
    c.text(m, y, "通话记录", p.font(44, bold=True), "label")
    y += 60 * s
    x = m
    for k, tab in enumerate(("全部", "未接", "拨号")):
        x = c.line(x, y, [S(tab, "label")], p.font(26, bold=k == 0), fill=None if k == 0 else grey)
        x += 40 * s
    y += 30 * s
    for _ in range(rng.randint(9, 12)):
        c.hline(m + 70 * s, W - m, y, width=1)
        missed = rng.random() < 0.2
        r = rng.random()
        if r < 0.4:
            who = S(fk.cn_name(honorific=0.0), "name")
        elif r < 0.55:
            who = S(fk.nickname(), "name")
        elif r < 0.65:
            who = S(rng.choice(CN_CONTACT_RELATIONS), "other")
        elif r < 0.72:
            who = Span(rng.choice(("10089", "95588", "12345")), "shop_phone", None)
        else:
            d = fk.cn_mobile_digits()
            who = S(rng.choice((d, f"{d[:3]} {d[3:7]} {d[7:]}")), "phone")
        name_f = p.font(31)
        count = f" ({rng.randint(2, 4)})" if rng.random() < 0.15 else ""
        c.line(
            m + 70 * s, y + 52 * s, [who, S(count, "other")], name_f, fill=red if missed else None
        )
        if who.category in ("phone", "shop_phone") or rng.random() < 0.3:
            sub = [S(rng.choice(CN_APP_PLACES), "other")]
        else:
            sub = [S("手机 ", "other"), S(fk.cn_mobile_digits(), "phone")]
        c.line(m + 70 * s, y + 92 * s, sub, p.font(22), fill=grey)
        _arrow(p, m + 26 * s, y + 42 * s, rng.random() < 0.5, red if missed else grey)
        c.text(
            W - m - 60 * s,
            y + 70 * s,
            rng.choice(CN_APP_TIMES),
            p.font(22),
            "date",
            anchor="rs",
            fill=grey,
        )
        c.draw.ellipse(
            [W - m - 40 * s, y + 44 * s, W - m - 8 * s, y + 76 * s],
            outline=grey,
            width=max(1, round(2 * s)),
        )
        y += 120 * s
    return _finish(c, y, 0, pad=20 * s)


def itemised_call_bill(rng: random.Random) -> Canvas:
    """An itemised call bill: a carrier's 通话详单, a phone's call record, a UK itemised bill
    or a French facture détaillée."""
    fk = DeedFaker(rng)
    draw = rng.choices((_cn_detail, _cn_app, latin_bill), weights=(40, 24, 36))[0]
    return draw(rng, fk)


LAYOUTS = {"itemised_call_bill": itemised_call_bill}
