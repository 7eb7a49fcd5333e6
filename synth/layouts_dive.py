"""Scuba diving. A logbook page filled in by hand after a dive, in a Chinese-English
printed book, a French carnet de plongée or a Spanish libro de inmersiones (dive no.,
date, site, times, depth, bottom time, visibility, temperature, weights and the tank's
pressures in a grid; a depth-profile sketch with the numbers written onto it; shore or
boat ticked; a note; the buddy and the buddy's card number; the instructor's or guide's
signature and number; the centre's stamp), a certification card scanned front and back,
or a Chinese dive club's 潜水活动报名表及免责声明 filled in by pen.

Personal: the diver, the buddy, the instructor and the emergency contact (``name``; the
signature too), dates of birth, ID and passport numbers, diver and instructor numbers
(``id_number``), phones, a home to the room. Ordinary: every dive number, time, depth,
pressure, weight and temperature, sites, levels, relations, the health questions ticked,
the waiver; a centre's or the agency's address and line are business data.
"""

from __future__ import annotations

import random

from .dive_words import (
    AGENCY,
    AGENCY_LINE,
    CN_CENTRES,
    CN_HEALTH,
    CN_LEVELS,
    CN_NOTES,
    CN_RELATIONS,
    CN_SITES,
    CN_WAIVER,
    LATIN_CENTRES,
    LATIN_NOTES,
    LATIN_SITES,
    LEVELS,
    LOG_LABELS,
)
from .fakedata_homes import HomeFaker
from .formkit import HAND_INKS, RED, face_photo, handwritten, sheet, stacked, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows
from .kit import Pen, S, _finish, biz, joined_address
from .render import Canvas


def diver_no(fk: HomeFaker) -> str:
    """A diver's certification number: year digits, a letter, five digits (one card)."""
    return f"{fk.r.randint(10, 26)}{fk.upper(1)}{fk.digits(5)}"


def instructor_no(fk: HomeFaker, lang: str) -> str:
    """An instructor's or guide's own number in the shape each country's books print."""
    return {
        "cn": lambda: fk.digits(6, True),
        "fr": lambda: f"E{fk.r.randint(1, 4)}-{fk.digits(5, True)}",
        "es": lambda: f"{fk.r.randint(10, 52)}/{fk.digits(4, True)}",
    }[lang]()


def stamp(p: Pen, cx: float, cy: float, centre: str, line: str, px: float = 17) -> None:
    """A dive centre's red box stamp: its name (ordinary, like a shop's) over its line
    (business data)."""
    c, s = p.c, p.s
    f, f2 = p.font(px, bold=True), p.font(px * 0.8)
    w = max(p.width(centre, f), p.width(line, f2)) + 28 * s
    h = px * 3.2 * s
    c.draw.rectangle([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], outline=RED, width=3)
    c.text(cx, cy - 2 * s, centre, f, "shop", anchor="ms", fill=RED)
    c.text(cx, cy + px * 1.1 * s, line, f2, "shop_phone", None, anchor="ms", fill=RED)


def _profile(p: Pen, x: float, y: float, w: float, h: float, depth: float, bt: int, cjk: bool):
    """The little square-profile sketch divers draw: down, along the bottom, up to a
    safety stop, with the depth, the bottom time and the stop written on it (ordinary)."""
    c, s = p.c, p.s
    c.box(x, y, x + w, y + h, width=1)
    ink = p.r.choice(HAND_INKS)
    top, bot = y + 18 * s, y + h * 0.72
    pts = [(x + 16 * s, top), (x + w * 0.18, bot), (x + w * 0.62, bot)]
    pts += [(x + w * 0.74, top + (bot - top) * 0.3), (x + w * 0.86, top + (bot - top) * 0.3)]
    pts.append((x + w - 16 * s, top))
    c.draw.line(pts, fill=ink, width=max(2, round(2.5 * s)))
    handwritten(p, x + w * 0.3, bot + 34 * s, [S(f"{depth:g}m", "other")], 24, cjk=False)
    handwritten(p, x + w * 0.3, bot - 10 * s, [S(f"{bt}'", "other")], 22, cjk=False)
    handwritten(p, x + w * 0.7, top + 10 * s, [S("3'@5m", "other")], 20, cjk=cjk and False)


def log_page(rng: random.Random, fk: HomeFaker, lang: str) -> Canvas:
    cjk = lang == "cn"
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=cjk, base=1000, margin=0.06)
    s, w = p.s, right - m
    lab = LOG_LABELS[lang]
    site, place = rng.choice(CN_SITES if cjk else LATIN_SITES)
    # French lines start 0, Spanish ones 9: a French book gets a French club.
    spain = lang == "es"
    centres = CN_CENTRES if cjk else [k for k in LATIN_CENTRES if k[2].startswith("9") == spain]
    centre, _, line = rng.choice(centres)
    y = m + 34 * s
    c.text(m, y, lab[0], p.font(28, bold=True), "label")
    x = c.line(right - 230 * s, y, [S(lab[1], "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(str(rng.randint(3, 480)), "other")], 34, cjk=False)
    y += 24 * s
    day = f"{rng.randint(2019, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    if not cjk:
        day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)}"
    t_in = rng.randint(7, 16) * 60 + rng.randint(0, 59)
    bt = rng.randint(28, 62)
    depth = round(rng.uniform(8, 30), 1)
    start = rng.choice((200, 210, 220, 230))
    rows = grid_rows(
        [
            [(lab[2], day, "date"), (lab[3], site, "other"), (lab[4], place, "other")],
            [
                (lab[5], f"{t_in // 60}:{t_in % 60:02d}", "other"),
                (lab[6], f"{(t_in + bt + 6) // 60}:{(t_in + bt + 6) % 60:02d}", "other"),
                (lab[8], f"{bt} min", "other"),
            ],
            [
                (lab[7], f"{depth:g} m", "other"),
                (lab[9], f"{rng.randint(5, 25)} m", "other"),
                (lab[10], f"{rng.randint(14, 29)}°C", "other"),
            ],
            [
                (lab[11], f"{rng.randint(2, 9)} kg", "other"),
                (lab[12], f"{start} bar", "other"),
                (lab[13], f"{rng.randint(40, 90)} bar", "other"),
            ],
        ],
        columns=6,
    )
    widths = [w * k for k in (0.14, 0.14, 0.13, 0.22, 0.11, 0.26)]
    y = table(p, m, y, widths, rows, 54 * s, p.font(15), hand_px=26, cjk=cjk)
    y += 20 * s
    _profile(p, m, y, w * 0.55, 200 * s, depth, bt, cjk)
    tx, ty = m + w * 0.6, y + 40 * s
    boat = rng.random() < 0.6
    x = tick_box(p, tx, ty, lab[20], not boat, p.font(17)) + 24 * s
    tick_box(p, x, ty, lab[21], boat, p.font(17))
    c.text(tx, ty + 50 * s, lab[18], p.font(15), "label")
    note = rng.choice(CN_NOTES if cjk else LATIN_NOTES[lang])
    handwritten(p, tx, ty + 92 * s, [S(note, "other")], 24, cjk=cjk, width=right - tx)
    c.hline(tx, right, ty + 100 * s, width=1)
    y += 250 * s
    buddy = fk.cn_name(honorific=0.0) if cjk else fk.eu_name(lang)
    boss = fk.eu_name(lang) if not cjk else fk.cn_name(honorific=0.0)
    if cjk and rng.random() < 0.3:  # a foreign instructor abroad signs in Latin letters
        boss = fk.en_name()
    f = p.font(16)
    for k, (label, spans) in enumerate(
        (
            (lab[14], [S(buddy, "name")]),
            (lab[15], [S(diver_no(fk), "id_number")]),
            (lab[16], [S(boss.split()[-1] if rng.random() < 0.5 else boss, "name")]),
            (lab[17], [S(instructor_no(fk, lang), "id_number")]),
        )
    ):
        yy = y + k * 52 * s
        x = c.line(m, yy, [S(label, "label")], f) + 10 * s
        c.hline(x, m + w * 0.58, yy + 8 * s, width=1)
        hand_cjk = cjk and all(ord(ch) > 0x2E80 for ch in spans[0].text)
        handwritten(p, x + 6 * s, yy, spans, 28, cjk=hand_cjk, width=m + w * 0.58 - x - 12 * s)
    c.text(m + w * 0.66, y, lab[19], p.font(13), "label", fill=(90, 90, 90))
    if rng.random() < 0.85:
        stamp(p, m + w * 0.82, y + 90 * s, centre, line)
    return _finish(c, y + 3 * 52 * s, m, border=1, pad=20 * s)


def card(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A certification card scanned front above back."""
    c, p, m, right = sheet(rng, (1000, 1100), 1.4, cjk=False, base=1000, margin=0.05)
    s, w = p.s, right - m
    h = w * 0.62
    agency, short, office = AGENCY
    level = rng.choice(LEVELS)[0]
    name = fk.en_name(upper=True) if rng.random() < 0.5 else fk.pinyin_upper()
    born, _ = fk.born(1965, 2008, "dmy")
    boss = fk.en_name()
    y0 = m
    c.draw.rounded_rectangle([m, y0, right, y0 + h], radius=24 * s, outline=(90, 90, 90), width=2)
    c.draw.rounded_rectangle([m, y0, right, y0 + 90 * s], radius=24 * s, fill=(20, 70, 140))
    c.text(m + 30 * s, y0 + 58 * s, agency, p.font(30, bold=True), "brand", fill=(255, 255, 255))
    c.text(m + 30 * s, y0 + 140 * s, level, p.font(26, bold=True), "label", fill=(20, 70, 140))
    face_photo(p, m + 30 * s, y0 + 170 * s, 180 * s, 230 * s)
    x, fl, fv = m + 250 * s, p.font(14), p.font(24, bold=True)
    y = y0 + 190 * s
    for label, spans in (
        ("NAME", [S(name, "name")]),
        ("DIVER NO.", [S(f"{short}-{diver_no(fk)}", "id_number")]),
        ("BIRTH DATE", [S(born, "id_number")]),
        ("CERTIFICATION DATE", [S(fk.date("dmy"), "date")]),
        ("INSTRUCTOR", [S(boss, "name"), S("  No. ", "label"), S(fk.digits(6, True), "id_number")]),
    ):
        y = stacked(p, x, y, label, spans, fl, fv, right - x - 30 * s) + 30 * s
    y0 += h + 40 * s
    c.draw.rounded_rectangle([m, y0, right, y0 + h], radius=24 * s, outline=(90, 90, 90), width=2)
    blurb = (
        "This card certifies that the holder has satisfactorily completed the training "
        "requirements for the level shown and may dive within its limits. Not valid "
        "without the signatures below."
    )
    y = c.wrap(m + 30 * s, y0 + 50 * s, [S(blurb, "footer")], p.font(15), w - 60 * s, 22 * s)
    for k, (label, who) in enumerate((("Diver's signature", name), ("Instructor", boss))):
        x = m + 30 * s + k * w / 2
        words = who.replace("/", " ").replace(",", " ").title().split()
        sig = words[0] if rng.random() < 0.6 else " ".join(words)
        handwritten(p, x + 10 * s, y + 70 * s, [S(sig, "name")], 34, cjk=False)
        c.hline(x, x + w * 0.4, y + 80 * s, width=1)
        c.text(x, y + 104 * s, label, p.font(13), "label")
    y = y0 + h - 70 * s
    f = p.font(14)
    c.line(m + 30 * s, y, [S(f"{agency} · ", "brand"), biz(office, "shop_address")], f)
    c.line(m + 30 * s, y + 26 * s, [S("Tel ", "label"), biz(AGENCY_LINE, "shop_phone")], f)
    return _finish(c, y0 + h, m, pad=10 * s)


def signup(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A dive club's 潜水活动报名表及免责声明, filled in by pen."""
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=True, base=1100, margin=0.06)
    s, w = p.s, right - m
    centre, addr, line = rng.choice(CN_CENTRES)
    y = m + 34 * s
    c.text(c.width / 2, y, centre, p.font(24, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(c.width / 2, y, "潜水活动报名表及免责声明", p.font(30, bold=True), "label", anchor="ms")
    y += 30 * s
    name = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1968, 2006)
    passport = rng.random() < 0.3
    doc = fk.passport() if passport else idn
    level = rng.choice(CN_LEVELS)
    card_no = "" if level.startswith("暂无") else diver_no(fk)
    home, _ = fk.cn_address()
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other")],
            [
                ("出生日期", f"{idn[6:10]}.{idn[10:12]}.{idn[12:14]}", "id_number"),
                ("护照号" if passport else "身份证号", doc, "id_number"),
            ],
            [("手机号码", fk.cn_mobile(), "phone"), ("潜水证等级", level, "other")],
            [("潜水证号", card_no, "id_number"), ("最近一次潜水", fk.date("iso"), "date")],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_RELATIONS), "other"),
            ],
            [("紧急联系电话", fk.cn_mobile(), "phone")],
            [("家庭住址", joined_address([home], ""), "address")],
        ]
    )
    y = table(p, m, y, [w * k for k in (0.16, 0.34, 0.16, 0.34)], rows, 50 * s, p.font(16))
    y += 40 * s
    c.text(m, y, "健康声明(请如实勾选)", p.font(18, bold=True), "label")
    f = p.font(16)
    for q in CN_HEALTH:
        y += 36 * s
        c.text(m, y, q, f, "label")
        yes = rng.random() < 0.06
        x = tick_box(p, right - 170 * s, y, "是", yes, f) + 20 * s
        tick_box(p, x, y, "否", not yes, f)
    y += 50 * s
    y = c.wrap(m, y, [S(CN_WAIVER, "footer")], p.font(15), w, 26 * s, max_lines=5)
    y += 30 * s
    x = c.line(m, y, [S("本人签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    x = c.line(m + w * 0.55, y, [S("日期:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.date("iso"), "date")], 26, cjk=False)
    y += 44 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(addr, "shop_address"),
            S("  电话:", "label"),
            biz(line, "shop_phone"),
        ],
        p.font(13),
    )
    return _finish(c, y, m, pad=20 * s)


def dive_logbook(rng: random.Random) -> Canvas:
    """A logbook page (Chinese-English, French or Spanish), a certification card front
    and back, or a Chinese club's sign-up form and waiver."""
    fk = HomeFaker(rng)
    kind = rng.choices(("cn", "card", "signup", "fr", "es"), weights=(30, 18, 27, 13, 12))[0]
    if kind == "card":
        return card(rng, fk)
    if kind == "signup":
        return signup(rng, fk)
    return log_page(rng, fk, kind)


LAYOUTS = {"dive_logbook": dive_logbook}
