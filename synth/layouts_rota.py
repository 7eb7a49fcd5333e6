"""Shift rotas and staff schedules. A shop's or restaurant's weekly 排班表 (one row per
staff member, the name column headed 姓名, 员工 or nothing at all, 周一…周日 cells of
早 / 中 / 晚 / 休 or 9:00-17:00) with an emergency phone list under it; a supermarket's
printed "Weekly rota" (Team member, role, hours per day, weekly totals); a whiteboard rota
written in marker and photographed; a care home's German Dienstplan (Mitarbeiter/in,
Personalnummer, F / S / N / frei, Telefon); or a group chat screenshot about a shift swap
("<name>周三早班和<name>换一下").

Personal: staff names (full, surname with a title's title word ordinary, or first name),
their phones and staff numbers (``id_number``), chat nicknames made of names. Ordinary:
shift codes, times, roles, days, dates, totals, legends, headings and notes; the store or
home, its branch and phone are ordinary or business data.
"""

from __future__ import annotations

import random

from PIL import ImageDraw

from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import label_cell
from .kit import Faces, Pen, S, _finish, hand_font
from .render import Canvas, Span
from .rota_words import (
    CHAT_ASKS,
    CHAT_REPLIES,
    CN_CODES,
    CN_DAYS,
    CN_NOTES,
    CN_POSTS,
    CN_SHOPS,
    CN_TIMES,
    DE_CODES,
    DE_HOMES,
    DE_LEGEND,
    DE_UNITS,
    EN_DAYS,
    EN_ROLES,
    EN_SHIFTS,
    EN_SHOPS,
)


def _week(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 22)


def _cn_grid(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.0, cjk=True, base=1300, margin=0.04)
    s = p.s
    shop = rng.choice(CN_SHOPS)
    mo, d = _week(rng)
    y = m + 40 * s
    c.text(c.width / 2, y, f"{shop}员工排班表", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, f"2026年{mo}月{d}日 - {mo}月{d + 6}日", p.font(18), "date", anchor="ms")
    y += 20 * s
    times = rng.random() < 0.4
    with_post = rng.random() < 0.5
    head = rng.choice(("姓名", "员工", ""))
    heads = [head, *(["岗位"] if with_post else []), *CN_DAYS]
    rows = [[label_cell(h) for h in heads]]
    staff = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(6, 10))]
    for name in staff:
        cells = [Cell.of(name, "name", align="c")]
        if with_post:
            cells.append(Cell.of(rng.choice(CN_POSTS), "other", align="c"))
        for _ in CN_DAYS:
            cells.append(Cell.of(rng.choice(CN_TIMES if times else CN_CODES), "other", align="c"))
        rows.append(cells)
    first = 0.13
    rest = (1 - first - (0.1 if with_post else 0)) / 7
    widths = [(right - m) * k for k in ([first] + ([0.1] if with_post else []) + [rest] * 7)]
    y = table(p, m, y, widths, rows, 46 * s, p.font(18 if not times else 15), line=2)
    y += 36 * s
    for note in CN_NOTES[: rng.randint(1, 2)]:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 20 * s
    c.text(m, y, rng.choice(("紧急联系人", "紧急联系电话")), p.font(19, bold=True), "label")
    y += 36 * s
    x = m
    for role, name in (
        ("店长", staff[0]),
        ("值班经理", fk.cn_name(honorific=0.0)),
        ("", staff[-1]),
    ):
        spans = ([S(role, "label"), S(" ", "other")] if role else []) + [
            S(name, "name"),
            S(" ", "other"),
            S(fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
        ]
        x = c.line(x, y, spans, p.font(17)) + 40 * s
    y += 34 * s
    c.line(
        m,
        y,
        [
            S("门店电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
            S("  物业报修:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _en_rota(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 0.9, cjk=False, base=1300, margin=0.04)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(EN_SHOPS), p.font(22, bold=True), "shop")
    c.text(
        right - 360 * s,
        y,
        f"Week commencing {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2026",
        p.font(16),
        "date",
    )
    y += 40 * s
    c.text(m, y, "WEEKLY ROTA", p.font(30, bold=True), "label")
    y += 16 * s
    rows = [[label_cell(h) for h in ("Team member", "Role", *EN_DAYS, "Hrs")]]
    for _ in range(rng.randint(6, 11)):
        name = fk.en_name() if rng.random() < 0.6 else f"{fk.en_first(upper=False)} {fk.upper(1)}."
        picks = [rng.choice(EN_SHIFTS) for _ in EN_DAYS]
        total = sum(h for _, h in picks)
        rows.append(
            [
                Cell.of(name, "name"),
                Cell.of(rng.choice(EN_ROLES), "other"),
                *[Cell.of(t, "other", align="c") for t, _ in picks],
                Cell.of(f"{total:g}", "other", align="r"),
            ]
        )
    widths = [(right - m) * k for k in (0.16, 0.1, *(0.09,) * 7, 0.11)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), cjk=False, line=1)
    y += 34 * s
    f = p.font(15)
    for line in (
        "Swaps must be agreed with your Duty Manager and written on this sheet.",
        "Breaks: 30 min unpaid on shifts over 6 hours.",
    ):
        c.text(m, y, line, f, "footer")
        y += 24 * s
    x = c.line(
        m,
        y + 10 * s,
        [
            S("Duty Manager on call: ", "label"),
            S(fk.en_first(upper=False), "name"),
            S("  ", "other"),
            S(fk.uk_phone(), "phone"),
        ],
        f,
    )
    c.line(
        max(x + 40 * s, right - 300 * s),
        y + 10 * s,
        [S("Store: ", "label"), Span(fk.office_phone("en"), "shop_phone", None)],
        f,
    )
    return _finish(c, y + 10 * s, m // 2, pad=10 * s)


def _whiteboard(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A rota drawn in marker on the back-room whiteboard: grid, names, codes, a note."""
    cjk = rng.random() < 0.6
    w = rng.choice((1200, 1300))
    c = Canvas(w, int(w * 0.75), paper=(236, 238, 240), ink=(20, 40, 120))
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 1200)
    s, m = p.s, int(w * 0.05)
    ImageDraw.Draw(c.img).rectangle(
        [6, 6, w - 7, c.height - 7], outline=(160, 160, 165), width=max(4, int(10 * s))
    )
    inks = ((20, 40, 140), (30, 30, 30), (150, 30, 30))
    big = hand_font(p, 40, cjk=cjk)
    c.text(m, m + 50 * s, "本周排班" if cjk else "ROTA this week", big, "label", fill=inks[2])
    days = CN_DAYS if cjk else EN_DAYS
    codes = CN_CODES if cjk else ("E", "L", "M", "off")
    hf = hand_font(p, 28, cjk=cjk)
    x0, y = m, m + 110 * s
    col = (w - 2 * m - 170 * s) / 7
    for k, day in enumerate(days):
        c.text(x0 + 170 * s + k * col + 10 * s, y, day, hf, "label", fill=inks[0])
    y += 16 * s
    for _ in range(rng.randint(5, 7)):
        c.draw.line([(x0, y), (w - m, y)], fill=inks[1], width=max(2, int(3 * s)))
        y += 48 * s
        if not cjk:
            name = [S(fk.en_first(upper=False), "name")]
        elif rng.random() < 0.7:
            name = [S(fk.cn_name(honorific=0.0), "name")]
        else:  # 小 + surname: only the surname names the person
            name = [S("小", "other"), S(fk.cn_surname(), "name")]
        c.line(x0 + 6 * s, y - 12 * s, name, hf, fill=inks[0])
        for k in range(7):
            c.text(
                x0 + 170 * s + k * col + 14 * s,
                y - 12 * s,
                rng.choice(codes),
                hf,
                "other",
                fill=inks[rng.choice((0, 1))],
            )
    y += 60 * s
    who = fk.cn_surname() if cjk else fk.en_first(upper=False)
    phone = fk.cn_mobile_digits() if cjk else fk.uk_phone()
    spans = (
        [S("有事找", "footer"), S(who, "name"), S("经理", "other"), S(phone, "phone")]
        if cjk
        else [S("Sick? Call ", "footer"), S(who, "name"), S(" on ", "footer"), S(phone, "phone")]
    )
    c.line(x0, y, spans, hf, fill=inks[2])
    return _finish(c, y, m, pad=30 * s)


def _de_dienstplan(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 0.9, cjk=False, base=1300, margin=0.04)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(DE_HOMES), p.font(22, bold=True), "shop")
    c.text(right - 300 * s, y, rng.choice(DE_UNITS), p.font(17), "other")
    y += 40 * s
    kw = rng.randint(1, 52)
    c.text(m, y, f"Dienstplan KW {kw}/2026", p.font(28, bold=True), "label")
    y += 16 * s
    days = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
    rows = [[label_cell(h) for h in ("Mitarbeiter/in", "Pers.-Nr.", *days, "Telefon")]]
    for _ in range(rng.randint(6, 10)):
        full = fk.eu_name("de")
        name = full if rng.random() < 0.5 else ", ".join(reversed(full.split(" ", 1)))
        rows.append(
            [
                Cell.of(name, "name"),
                Cell.of(fk.digits(5), "id_number", align="c"),
                *[Cell.of(rng.choice(DE_CODES), "other", align="c") for _ in days],
                Cell.of(fk.eu_phone("de"), "phone"),
            ]
        )
    widths = [(right - m) * k for k in (0.2, 0.1, *(0.06,) * 7, 0.28)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), cjk=False, line=1)
    y += 30 * s
    c.text(m, y, DE_LEGEND, p.font(14), "footer")
    y += 40 * s
    x = c.line(m, y, [S("Pflegedienstleitung: ", "label")], p.font(16)) + 6 * s
    handwritten(p, x, y, [S(fk.eu_name("de").split()[-1], "name")], 30, cjk=False)
    c.line(
        right - 300 * s,
        y,
        [S("Stand: ", "label"), S(f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026", "date")],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=12 * s)


def _chat(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The shop's group chat where two staff agree to swap a shift."""
    w = rng.choice((720, 750))
    c = Canvas(w, int(w * 1.9), paper=(237, 237, 237), ink=(20, 20, 20))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 720)
    s = p.s
    c.draw.rectangle([0, 0, w, 90 * s], fill=(247, 247, 247))
    c.text(20 * s, 34 * s, f"9:{rng.randint(10, 59)}", p.font(18), "other")
    group = rng.choice(CN_SHOPS).split("(")[0] + rng.choice(("员工群", "排班群", "店员群"))
    c.text(
        w / 2, 76 * s, f"{group}({rng.randint(8, 30)})", p.font(22, bold=True), "label", anchor="ms"
    )
    staff = [fk.cn_name(honorific=0.0) for _ in range(4)]
    y = 140 * s
    c.text(
        w / 2,
        y,
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 晚上{rng.randint(7, 10)}:{rng.randint(10, 59)}",
        p.font(15),
        "date",
        anchor="ms",
        fill=(120, 120, 120),
    )
    y += 30 * s
    f = p.font(20)
    lines = [
        template_spans(rng.choice(CHAT_ASKS), {"a": (staff[0], "name"), "b": (staff[1], "name")})
    ]
    lines += [[S(t, "footer")] for t in rng.sample(CHAT_REPLIES, 2)]
    lines.append(
        [
            S("已改,周三早班:", "footer"),
            S(staff[1], "name"),
            S(",电话", "footer"),
            S(fk.cn_mobile_digits(), "phone"),
        ]
    )
    boss = rng.choice(("店长", "值班经理"))
    speakers: list[list[Span]] = [
        [S(staff[0], "name")],
        [S(staff[1], "name")],
        [S(boss, "other"), S(fk.cn_surname(), "name")],
        [S(staff[2], "name")],
    ]
    for k, spans in enumerate(lines):
        shade = 110 + 35 * k % 120
        c.draw.rectangle([20 * s, y, 70 * s, y + 50 * s], fill=(shade, 150, 190))
        nick_x = 84 * s
        c.line(nick_x, y + 16 * s, speakers[k % len(speakers)], p.font(15), fill=(110, 110, 110))
        text = "".join(sp.text for sp in spans)
        bw = min(w - nick_x - 60 * s, p.width(text, f) + 30 * s)
        nlines = 1 + int(p.width(text, f) // (w - nick_x - 90 * s))
        c.draw.rounded_rectangle(
            [nick_x, y + 26 * s, nick_x + bw, y + 26 * s + nlines * 32 * s + 18 * s],
            radius=int(8 * s),
            fill=(255, 255, 255),
        )
        c.wrap(nick_x + 14 * s, y + 58 * s, spans, f, bw - 28 * s, 32 * s, max_lines=nlines + 1)
        y += 26 * s + nlines * 32 * s + 50 * s
    c.draw.rectangle([0, y + 10 * s, w, y + 90 * s], fill=(247, 247, 247))
    c.text(w - 120 * s, y + 60 * s, "发送", p.font(18), "label")
    return _finish(c, y + 90 * s, 0, pad=0)


def staff_shift_rota(rng: random.Random) -> Canvas:
    """A staff rota: a shop's 排班表, a supermarket's weekly rota, a whiteboard, a German
    Dienstplan or a group chat about a swap."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_grid, _en_rota, _whiteboard, _de_dienstplan, _chat), weights=(30, 20, 18, 16, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"staff_shift_rota": staff_shift_rota}
