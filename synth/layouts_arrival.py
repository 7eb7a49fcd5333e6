"""Arrival and departure cards. A foreigner's 外国人入境卡 ARRIVAL CARD or 出境卡
DEPARTURE CARD filled in capitals by pen, one letter per printed box under bilingual
labels (姓 Family name, 名 Given names, 国籍, 护照号码, 出生日期 in 年/月/日 boxes,
签证号码, 签证签发地, 航班号/船名/车次), sex and 入境事由 ticked, 在华住址 written on a
rule, 签名 by hand; a Chinese traveller's 出/入境健康申明卡 in a ruled grid by pen
(姓名, 证件号码, 手机号码, 目的地详细地址 to the room, 同行人 named with their
relation); an English arrival card or a French fiche de débarquement
(:mod:`synth.arrival_latin`).

Personal: names (``name``), passport, visa and resident ID numbers and dates of birth
(``id_number``), a private address to its room (``door``), phones, e-mails. Ordinary:
nationality, visa post, flight, seat, sex, purpose, symptoms, relation words, the card's
printed words. A hotel given as the address, with its address and line, is business
data.
"""

from __future__ import annotations

import random

from .arrival_latin import en_card, fr_fiche
from .arrival_words import (
    CN_COMPANIONS,
    CN_DECLARATION,
    CN_HEALTH_ASKS,
    CN_HEALTH_NOTES,
    CN_PURPOSES,
    CN_TRIP_PLACES,
    FLIGHTS,
    HOTELS,
    NATIONALITIES,
    VISA_POSTS,
)
from .fakedata_notices import NoticeFaker
from .formkit import RED, fit, handwritten, sheet, table
from .formkit_blanks import char_boxes, tick_box
from .formkit_slips import grid_rows
from .kit import Pen, S, _finish, biz, joined_address
from .render import Canvas, Span


def comb(
    p: Pen, x: float, y: float, label: str, value: str, kind: str, n: int, box: float
) -> float:
    """A label printed small over a row of ``n`` boxes with ``value`` in capitals, one
    letter a box (as arrival cards print them); returns the y under the boxes."""
    p.c.text(x, y, label, p.font(15), "label", fill=(60, 60, 60))
    char_boxes(p, x, y + 8 * p.s, value, kind, box=box, count=n)
    return y + 8 * p.s + box


def flight_no(rng: random.Random) -> str:
    return f"{rng.choice(FLIGHTS)}{rng.randint(100, 999)}"


def _address_in_china(rng: random.Random, fk: NoticeFaker) -> list[Span]:
    """A hotel (business data) or a friend's or relative's home to the room (personal)."""
    if rng.random() < 0.55:
        hotel, addr, phone = rng.choice(HOTELS)
        spans = [biz(hotel, "shop")]
        if rng.random() < 0.5:
            spans += [S(" ", "other"), biz(addr, "shop_address")]
        elif rng.random() < 0.5:
            spans += [S(" ", "other"), biz(phone, "shop_phone")]
        return spans
    home, _ = fk.cn_address(with_door=1.0)
    return joined_address([home])


def _cn_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """The grey-green card: bilingual labels over comb boxes, two columns."""
    leaving = rng.random() < 0.35
    c, p, m, right = sheet(rng, (1500, 1600), 0.8, cjk=True, base=1500, margin=0.04)
    s, w = p.s, right - m
    box = 36 * s
    word = ("出境卡", "DEPARTURE CARD") if leaving else ("入境卡", "ARRIVAL CARD")
    y = m + 44 * s
    c.text(m, y, f"外国人{word[0]}", p.font(32, bold=True), "label")
    c.text(m + 250 * s, y, word[1], p.font(26, bold=True), "label")
    c.text(right, y, "请交边防检查官员查验", p.font(16), "label", anchor="rs")
    y += 26 * s
    c.text(right, y, "For Immigration clearance", p.font(15), "label", anchor="rs")
    c.text(m, y, f"No. {fk.digits(9, True)}", p.font(16), "other", fill=RED)
    code, nationality = rng.choice(NATIONALITIES)
    given, family = fk.en_name(upper=True).rsplit(" ", 1)
    y += 36 * s
    left_y, x2 = y, m + w * 0.53
    left_y = comb(p, m, left_y, "姓 Family name", family, "name", 16, box) + 26 * s
    left_y = comb(p, m, left_y, "名 Given names", given, "name", 16, box) + 26 * s
    left_y = comb(p, m, left_y, "国籍 Nationality", nationality, "other", 16, box) + 26 * s
    passport = fk.foreign_passport(code)
    left_y = comb(p, m, left_y, "护照号码 Passport No.", passport, "id_number", 16, box)
    y2 = y
    c.text(x2, y2, "性别 Sex", p.font(15), "label", fill=(60, 60, 60))
    male = rng.random() < 0.5
    x = tick_box(p, x2 + 120 * s, y2 + 4 * s, "男 Male", male, p.font(17)) + 24 * s
    tick_box(p, x, y2 + 4 * s, "女 Female", not male, p.font(17))
    y2 += 44 * s
    c.text(x2, y2, "出生日期 Date of Birth", p.font(15), "label", fill=(60, 60, 60))
    yy, mm, dd = rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)
    x = x2
    for part, unit in ((str(yy), "年Year"), (f"{mm:02d}", "月Month"), (f"{dd:02d}", "日Day")):
        x = char_boxes(p, x, y2 + 8 * s, part, "id_number", box=box, count=len(part))
        x = c.line(x + 4 * s, y2 + 8 * s + box * 0.8, [S(unit, "label")], p.font(13)) + 10 * s
    y2 += 8 * s + box + 26 * s
    if leaving:
        y2 = (
            comb(
                p,
                x2,
                y2,
                "航班号/船名/车次 Flight No./Ship's name/Train No.",
                flight_no(rng),
                "other",
                10,
                box,
            )
            + 26 * s
        )
    else:
        y2 = comb(p, x2, y2, "签证号码 Visa No.", fk.cn_visa_no(), "id_number", 12, box) + 26 * s
        y2 = (
            comb(
                p,
                x2,
                y2,
                "签证签发地 Place of Visa Issuance",
                rng.choice(VISA_POSTS),
                "other",
                14,
                box,
            )
            + 26 * s
        )
        y2 = comb(
            p,
            x2,
            y2,
            "航班号/船名/车次 Flight No./Ship's name/Train No.",
            flight_no(rng),
            "other",
            10,
            box,
        )
    y = max(left_y, y2) + 40 * s
    if not leaving:
        x = c.line(m, y, [S("在华住址 Intended Address in China", "label")], p.font(15))
        c.hline(x + 8 * s, right, y + 8 * s, width=1)
        handwritten(
            p, x + 14 * s, y, _address_in_china(rng, fk), 26, cjk=True, width=right - x - 24 * s
        )
        y += 44 * s
        c.text(m, y, "入境事由(只能填写一项) Purpose of visit (one only)", p.font(15), "label")
        y += 34 * s
        pick = rng.randrange(len(CN_PURPOSES))
        for k, (cn, en) in enumerate(CN_PURPOSES):
            col, row = k % 3, k // 3
            tick_box(
                p,
                m + col * w / 3,
                y + row * 34 * s,
                f"{cn} {en}",
                k == pick,
                fit(p, p.font(15), f"{cn} {en}", w / 3 - 40 * s),
            )
        y += 3 * 34 * s + 10 * s
    c.text(m, y, CN_DECLARATION, fit(p, p.font(15), CN_DECLARATION, w), "footer")
    y += 50 * s
    x = c.line(m + w * 0.45, y, [S("签名 Signature", "label")], p.font(17)) + 12 * s
    c.hline(x, right, y + 8 * s, width=1)
    sign = given.split()[0].title() + " " + family.title()
    handwritten(p, x + 10 * s, y, [S(sign, "name")], 34, cjk=False)
    c.box(m - 14 * s, m, right + 14 * s, y + 30 * s, width=2)
    return _finish(c, y + 30 * s, m // 2)


def _cn_health(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A Chinese traveller's 健康申明卡 by pen in a grid; companions named."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.4, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    going = rng.choice(("入境", "出境", "出/入境"))
    y = m + 36 * s
    c.text(c.width / 2, y, "中华人民共和国海关", p.font(20, bold=True), "label", anchor="ms")
    y += 42 * s
    c.text(c.width / 2, y, f"{going}人员健康申明卡", p.font(30, bold=True), "label", anchor="ms")
    y += 30 * s
    y = c.wrap(m, y, [S(CN_HEALTH_NOTES, "footer")], p.font(14), w, 22 * s) + 4 * s
    name = fk.cn_name(honorific=0.0)
    ident = fk.id_born(1950, 2012) if rng.random() < 0.4 else fk.passport()
    born = fk.born(1950, 2012, "iso")[0]
    if len(ident) == 18:  # the birth read off the ID
        born = f"{ident[6:10]}-{ident[10:12]}-{ident[12:14]}"
    home, _ = fk.cn_address(with_door=1.0)
    mates: list[Span] = []
    for k in range(rng.choice((0, 1, 1, 2, 3))):
        if k:
            mates.append(S(rng.choice(("、", ",", " ")), "other"))
        if rng.random() < 0.6:
            mates += [S(rng.choice(CN_COMPANIONS), "other"), S(" ", "other")]
        mates.append(S(fk.cn_name(honorific=0.0), "name"))
    rows = grid_rows(
        [
            [
                ("姓名", name, "name"),
                ("性别", fk.sex(), "other"),
                ("出生日期", born, "id_number"),
            ],
            [("国籍(地区)", "中国", "other"), ("证件号码", ident, "id_number")],
            [
                ("手机号码", fk.cn_mobile(), "phone"),
                ("航班(车次)号", flight_no(rng), "other"),
                ("座位号", fk.seat(), "other"),
            ],
            [("目的地详细地址", joined_address([home]), "address")],
            [("同行人", mates or [S("无", "other")], "name")],
            [("近14天旅居国家和地区", rng.choice(CN_TRIP_PLACES), "other")],
        ],
        hand=True,
        columns=6,
    )
    widths = [w * k for k in (0.16, 0.2, 0.1, 0.16, 0.14, 0.24)]
    y = table(p, m, y + 8 * s, widths, rows, 54 * s, p.font(16), hand_px=28) + 36 * s
    c.text(m, y, "过去14天内您是否有以下症状(请在□内打√):", p.font(17, bold=True), "label")
    y += 40 * s
    none = rng.random() < 0.8
    for k, ask in enumerate(CN_HEALTH_ASKS):
        col, row = k % 5, k // 5
        ticked = (ask == "以上症状均无") == none and (none or rng.random() < 0.15)
        tick_box(p, m + col * w / 5, y + row * 40 * s, ask, ticked, p.font(17))
    y += 3 * 40 * s + 20 * s
    c.text(m, y, "本人已阅知本申明卡所列事项,保证以上申明内容正确属实。", p.font(16), "footer")
    y += 50 * s
    x = c.line(m + w * 0.35, y, [S("申明人签名:", "label")], p.font(18)) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    c.line(
        m + w * 0.72,
        y,
        [S("日期:", "label"), S(f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date")],
        p.font(17),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def arrival_card(rng: random.Random) -> Canvas:
    """A foreigner's 入境卡 / 出境卡 in comb boxes, a Chinese traveller's 健康申明卡,
    an English arrival card or a French fiche de débarquement."""
    fk = NoticeFaker(rng)
    draw = rng.choices((_cn_card, _cn_health, en_card, fr_fiche), weights=(38, 24, 22, 16))[0]
    return draw(rng, fk)


LAYOUTS = {"arrival_card": arrival_card}
