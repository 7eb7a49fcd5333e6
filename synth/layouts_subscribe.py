"""Newspaper and magazine subscriptions. A post office's 报刊订阅单 / 订阅收据 (the
subscriber's 姓名, 详细地址 to the room, 邮政编码 and 电话 filled in by pen above a grid of
papers: 报刊名称, 邮发代号, 订阅起止, 份数, 月价, 款额; the total; 收订员 with a 工号 and
the office's stamp), a carrier's 投递路单 typed for one 段道 (a row per household: paper
and code, copies, the subscriber, the address to the room, a note such as 放门卫), or from
:mod:`synth.subscribe_latin` an English reply card, a magazine's mailing label on a
cover, or a German Abo-Bestellschein.

Personal: subscribers and the clerk (``name``; after 王老师 / 李阿姨 only the surname),
addresses with their rooms, phones, a clerk's 工号 (``id_number``). Ordinary: papers,
codes, months, copies, prices, 段道 numbers, delivery notes; a 单位 on the round (a
school, a 居委会) is ordinary by name and its address is business data.
"""

from __future__ import annotations

import random
import re

from .fakedata_homes import HomeFaker
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_slips import label_cell, ruled_blank
from .kit import S, _finish, biz
from .render import Canvas, Span
from .subscribe_latin import de_order, en_label, en_reply
from .subscribe_words import CN_NOTES, CN_OFFICES, CN_PAPERS, CN_UNITS


def cn_person(rng: random.Random, fk: HomeFaker) -> list[Span]:
    """A subscriber as a carrier writes one: a full name, or a surname and 老师 / 阿姨 /
    先生 (the word ordinary)."""
    if rng.random() < 0.7:
        return [S(fk.cn_name(honorific=0.0), "name")]
    return [S(fk.cn_surname(), "name"), S(rng.choice(("老师", "阿姨", "先生", "女士")), "other")]


def office_stamp(p, cx: float, cy: float, office: str, day: str) -> None:
    """A round post-office date stamp: the office's name and the day (ordinary)."""
    c, s = p.c, p.s
    r = 62 * s
    c.draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=RED, width=3)
    c.draw.line([(cx - r, cy - 14 * s), (cx + r, cy - 14 * s)], fill=RED, width=2)
    c.draw.line([(cx - r, cy + 20 * s), (cx + r, cy + 20 * s)], fill=RED, width=2)
    c.text(cx, cy - 26 * s, office[:6], p.font(13), "other", anchor="ms", fill=RED)
    c.text(cx, cy + 12 * s, day, p.font(14, mono=True), "date", anchor="ms", fill=RED)


def _order(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.0, cjk=True, base=1100, margin=0.05)
    s, w = p.s, right - m
    company, office = rng.choice(CN_OFFICES)
    y = m + 30 * s
    c.text(c.width / 2, y, company, p.font(18), "shop", anchor="ms")
    y += 42 * s
    title = rng.choice(("报刊订阅单", "报刊订阅收据", "2027年度报刊订阅单(收据)"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 50 * s
    home, post = fk.cn_address()
    f = p.font(17)
    ruled_blank(p, y, "订户姓名", cn_person(rng, fk), f, m, m + w * 0.45, cjk=True)
    ruled_blank(p, y, "联系电话", [S(fk.cn_mobile(), "phone")], f, m + w * 0.5, right, cjk=True)
    y += 48 * s
    spans = [S(t, k) for t, k in home.segments]
    ruled_blank(p, y, "详细地址", spans, f, m, m + w * 0.72, cjk=True)
    ruled_blank(p, y, "邮编", [S(post, "address")], f, m + w * 0.76, right, cjk=False)
    y += 30 * s
    heads = ("报刊名称", "邮发代号", "订阅起止", "份数", "月价(元)", "款额(元)")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    total = 0.0
    for name, code, month, _ in rng.sample(CN_PAPERS, rng.randint(1, 4)):
        start = rng.choice((1, 1, 1, 4, 7))
        copies = rng.choice((1, 1, 1, 2))
        fee = month * copies * (13 - start)
        total += fee
        cells = (name, code, f"{start}-12月", str(copies), f"{month:.2f}", f"{fee:.2f}")
        rows.append([Cell.of(t, "other", hand=k < 4, align="c") for k, t in enumerate(cells)])
    rows.append([label_cell("合计"), Cell.of(f"¥{total:.2f}", "other", span=5)])
    widths = [w * k for k in (0.22, 0.14, 0.16, 0.1, 0.18, 0.2)]
    y = table(p, m, y, widths, rows, 48 * s, p.font(17), hand_px=26) + 46 * s
    clerk = fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("收订员:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(clerk, "name")], 28, cjk=True) + 30 * s
    if rng.random() < 0.7:
        c.line(x, y, [S("工号:", "label"), S(fk.digits(6, True), "id_number")], f)
    c.line(m + w * 0.5, y, [S("收订局:", "label"), S(office, "other")], f)
    day = f"2026.{rng.randint(9, 12):02d}.{rng.randint(1, 28):02d}"
    office_stamp(p, right - 90 * s, y - 20 * s, office, day)
    y += 40 * s
    note = "注:本收据为订户交款凭证,请妥善保存;如投递有误请拨打11185。"
    c.text(m, y, note, p.font(13), "footer")
    return _finish(c, y + 50 * s, m, pad=10 * s)


def _round(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A 投递路单: one round's households typed in a list, the carrier's ticks by pen."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.25, cjk=True, base=1200, margin=0.04)
    s, w = p.s, right - m
    _, office = rng.choice(CN_OFFICES)
    district, road, _ = fk.cn_address_parts()
    y = m + 30 * s
    c.text(c.width / 2, y, "报刊投递路单", p.font(28, bold=True), "label", anchor="ms")
    y += 40 * s
    seg = f"{rng.randint(1, 30):02d}段道"
    head = [S("投递局:", "label"), S(office, "other"), S("   段道:", "label"), S(seg, "other")]
    head += [S("   投递员:", "label"), S(fk.cn_name(honorific=0.0), "name")]
    c.line(m, y, head, p.font(16))
    c.text(right, y, f"2027年{rng.randint(1, 3)}月", p.font(16), "date", anchor="rs")
    y += 16 * s
    heads = ("序号", "报刊名称", "代号", "份数", "订户", "投递地址", "备注", "√")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    estate = fk.cn_estate()
    for k in range(rng.randint(10, 15)):
        name, code, _, _ = rng.choice(CN_PAPERS)
        if rng.random() < 0.12:  # a unit on the round: its name ordinary, its address its own
            who = [S(rng.choice(CN_UNITS), "other")]
            where: list[Span] = [
                biz(re.sub(r"\d+号.*$", f"{rng.randint(1, 200)}号", road), "shop_address")
            ]
        else:
            who = cn_person(rng, fk)
            room = f"{rng.randint(1, 30)}幢{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}"
            where = (
                [S(estate, "other"), S(room, "door")]
                if rng.random() < 0.6
                else [S(road, "address"), S(room, "door")]
            )
        tick = Cell.of("√" if rng.random() < 0.8 else "", "other", hand=True, align="c")
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "other"),
                Cell.of(code, "other", align="c"),
                Cell.of(str(rng.choice((1, 1, 1, 2))), "other", align="c"),
                Cell(tuple(who)),
                Cell(tuple(where)),
                Cell.of(rng.choice(CN_NOTES), "other"),
                tick,
            ]
        )
    widths = [w * k for k in (0.06, 0.14, 0.08, 0.06, 0.12, 0.34, 0.14, 0.06)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), hand_px=24)
    y += 34 * s
    c.line(m, y, [S(f"本段地址:{district}", "other")], p.font(14))
    c.line(m + w * 0.55, y, [S("班组长签字:", "label")], p.font(15))
    handwritten(p, m + w * 0.55 + 100 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
    return _finish(c, y, m, pad=10 * s)


def newspaper_subscription_form(rng: random.Random) -> Canvas:
    """A 报刊订阅单, a 投递路单, an English reply card or mailing label, or a German
    Abo-Bestellschein."""
    fk = HomeFaker(rng)
    kind = rng.choices(("order", "round", "reply", "label", "de"), weights=(28, 24, 17, 16, 15))[0]
    draw = {"order": _order, "round": _round, "reply": en_reply, "label": en_label, "de": de_order}
    return draw[kind](rng, fk)


LAYOUTS = {"newspaper_subscription_form": newspaper_subscription_form}
