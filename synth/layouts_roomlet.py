"""Rooms to let and notice-board adverts. A 房屋出租 / 招租 poster taped to a pole or
a wall, printed or written in marker (the headline, the flat's estate with its
building, unit and room, size, rent and terms; 联系人 王先生 / 李姐; the phone large; a
row of tear-off tabs at the bottom, each the surname and the phone turned 90 degrees,
some torn off), a 家教 / 求购 / 寻物启事 notice in prose with a phone, a WeChat ID or a
QQ number, an English card on a supermarket notice board or a German Aushang with
Abreißzettel (:mod:`synth.roomlet_latin`).

Personal: the advertiser's name or, after 王 + 先生 / 李 + 姐, only the surname
(``name``); phones; WeChat IDs and QQ numbers (``id_number``: each is one person's
account); the flat's building, unit and room (``door``: they lead to the owner's
property). Ordinary: the estate (a landmark many people live in), the headline, layout,
size, rent, terms, subjects and things sought or lost, caller words (先生, 姐, 老师).
"""

from __future__ import annotations

import random

from .fakedata_notices import NoticeFaker
from .formkit import RED, fit
from .formkit_tabs import poster, tear_tabs
from .kit import S, _finish, hand_font
from .render import Canvas, Span
from .roomlet_latin import de_aushang, en_card
from .roomlet_words import (
    CN_CALLERS,
    CN_DETAILS,
    CN_HEADS,
    CN_LAYOUTS,
    CN_NOTICE_LINES,
    CN_NOTICES,
    CN_TAIL,
    CN_TERMS,
)


def caller(rng: random.Random, fk: NoticeFaker) -> list[Span]:
    """王先生 / 李姐 / 张老师 (the surname alone the name) or a full name."""
    if rng.random() < 0.75:
        return [S(fk.cn_surname(), "name"), S(rng.choice(CN_CALLERS), "other")]
    return [S(fk.cn_name(honorific=0.0), "name")]


def _cn_poster(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p = poster(rng, cjk=True)
    s, m = p.s, int(60 * p.s)
    right, w = c.width - m, c.width - 2 * m
    marker = rng.random() < 0.35
    body = hand_font(p, 40, cjk=True) if marker else p.font(36)
    y = m + 120 * s
    head = rng.choice(CN_HEADS)
    hf = hand_font(p, 120, cjk=True) if marker else p.font(110, bold=True)
    c.text(c.width / 2, y, head, fit(p, hf, head, w), "label", anchor="ms", fill=RED)
    y += 100 * s
    estate = fk.cn_estate() + rng.choice(("", "小区", ""))
    where: list[Span] = [S(estate, "other")]
    if rng.random() < 0.7:
        where += [S(" ", "other"), S(fk.cn_door(), "door")]
    where += [S(" ", "other"), S(rng.choice(CN_LAYOUTS), "other")]
    c.line(m, y, where, fit(p, body, "".join(sp.text for sp in where), w))
    y += body.size * 1.6
    size, floor = rng.randint(18, 140), rng.randint(2, 33)
    lines = [
        f"面积:{size}㎡  楼层:{floor}/{floor + rng.randint(0, 20)}层",
        *(d.format(line=rng.randint(1, 12)) for d in rng.sample(CN_DETAILS, rng.randint(2, 3))),
        f"租金:{rng.randrange(800, 6000, 100)}元/月,{rng.choice(CN_TERMS)}",
        rng.choice(CN_TAIL),
    ]
    for text in lines:
        c.text(m, y, text, fit(p, body, text, w), "other")
        y += body.size * 1.6
    who = caller(rng, fk)
    digits = fk.cn_mobile_digits()
    phone = rng.choice(
        (
            digits,
            f"{digits[:3]} {digits[3:7]} {digits[7:]}",
            f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
        )
    )
    x = c.line(m, y, [S("联系人:", "label")], body)
    c.line(x, y, who, body)
    y += 120 * s
    big = hand_font(p, 96, cjk=False) if marker else p.font(92, bold=True)
    x = c.line(m, y, [S(rng.choice(("电话:", "手机:", "Tel:")), "label")], body) + 10 * s
    c.line(
        x,
        y,
        [S(phone, "phone")],
        fit(p, big, phone, right - x),
        fill=RED if rng.random() < 0.4 else None,
    )
    y += 40 * s
    if rng.random() < 0.4:
        c.text(m, y + 20 * s, "(微信同号)", body, "other")
        y += 50 * s
    tab = [(digits, "phone")]
    if rng.random() < 0.7:
        tab = [(who[0].text, "name"), *((sp.text, "other") for sp in who[1:]), *tab]
    y = tear_tabs(
        p, 0, c.width, y + 30 * s, tab, p.font(30), count=rng.randint(8, 11), height=340 * s
    )
    return _finish(c, y, 0)


def _cn_notice(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A 家教 / 求购 / 寻物启事 in prose: who, the phone, a WeChat ID or a QQ number."""
    c, p = poster(rng, cjk=True, aspect=1.3)
    s, m = p.s, int(70 * p.s)
    w = c.width - 2 * m
    head, lead, rest = rng.choice(CN_NOTICES)
    marker = rng.random() < 0.5
    f = hand_font(p, 36, cjk=True) if marker else p.font(32)
    y = m + 110 * s
    c.text(
        c.width / 2,
        y,
        head,
        p.font(96, bold=True),
        "label",
        anchor="ms",
        fill=RED if rng.random() < 0.6 else None,
    )
    y += 110 * s
    who = caller(rng, fk)
    phone = fk.cn_mobile(rng.choice(("plain", "space", "dash")))
    spans: list[Span] = [
        S(lead + rest, "other"),
        S("拾到者请联系" if head == "寻物启事" else "有意者请联系", "other"),
        *who,
        S(":", "other"),
        S(phone, "phone"),
    ]
    if rng.random() < 0.5:
        spans += [S("(微信同号)", "other")]
    else:
        spans += [S(",微信:", "label"), S(fk.wechat_id(), "id_number")]
    if rng.random() < 0.35:
        spans += [S(",QQ:", "label"), S(fk.qq_number(), "id_number")]
    spans.append(S("。", "other"))
    y = c.wrap(m, y, spans, f, w, f.size * 1.7, max_lines=8) + 10 * s
    for line in rng.sample(CN_NOTICE_LINES[head], 3):
        c.text(m, y, line, f, "other")
        y += f.size * 1.6
    c.text(
        c.width - m,
        y,
        f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f,
        "date",
        anchor="rs",
    )
    y += 60 * s
    if rng.random() < 0.6:
        tab = [
            (who[0].text, "name"),
            *((sp.text, "other") for sp in who[1:]),
            (phone.replace(" ", "").replace("-", ""), "phone"),
        ]
        y = tear_tabs(p, 0, c.width, y, tab, p.font(30), count=rng.randint(7, 10), height=330 * s)
        return _finish(c, y, 0)
    return _finish(c, y, 0, pad=40 * s)


def room_to_let_poster(rng: random.Random) -> Canvas:
    """A 房屋出租 poster with tear-off tabs, a 家教 / 求购 / 寻物 notice, an English
    notice-board card or a German Aushang with Abreißzettel."""
    fk = NoticeFaker(rng)
    draw = rng.choices((_cn_poster, _cn_notice, en_card, de_aushang), weights=(36, 24, 22, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"room_to_let_poster": room_to_let_poster}
