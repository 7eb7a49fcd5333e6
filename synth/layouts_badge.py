"""Conferences and trade fairs. A fair's lanyard badge (the fair's band, the
attendee's name largest, sometimes spaced 王  芳 or written on by marker, company and
title under it, a photo on an exhibitor's badge, the QR to scan at the gate and the
badge number, the attendee kind in the bottom band); the fair's 观众登记表 filled in by
pen with a business card stapled to it, or an exhibitor's 展商证件申请表 listing staff
with ID numbers; a meeting's 签到表 (printed list signed by hand, or written row by
row); a German Messe badge or an English registration confirmation e-mail printout
(:mod:`synth.badge_latin`).

Personal: attendees, contacts and card holders (``name``), their mobiles, e-mails,
WeChat IDs, ID numbers and badge or registration numbers (``id_number``: each leads to
one registered person), the gate QR or barcode (``code``), a photo (``face``).
Ordinary: fairs, meetings, venues, dates, halls, booths, badge kinds, companies,
departments, titles, units, ticks and notes; a company's switchboard and address,
and the organiser's hotline, are business data.
"""

from __future__ import annotations

import random

from .badge_latin import de_badge, en_confirmation
from .badge_lists import cn_signin, cn_staff_form, cn_visitor_form
from .badge_words import (
    CN_BADGE_RULES,
    CN_DATES,
    CN_FAIRS,
    CN_HALLS,
    CN_KINDS,
    CN_UNITS,
)
from .barcodes import code128_modules
from .fakedata_money import MoneyFaker
from .formkit import face_photo, fit
from .kit import Faces, Pen, S, _ink, hand_font
from .render import Canvas, Span

_WHITE = (255, 255, 255)


def badge_no(fk: MoneyFaker) -> tuple[str, str]:
    """A badge's number with its printed prefix: the number finds one registered attendee."""
    return fk.r.choice(("", "NO.", "ID:", "No.")), fk.r.choice(("2026", "V", "E")) + fk.digits(8)


def _spaced(name: str) -> str:
    """A two-character name spread over a badge's width, as printers set it (王  芳)."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def _cn_badge(rng: random.Random, fk: MoneyFaker) -> Canvas:
    w = rng.choice((620, 680))
    back = rng.random() < 0.5  # front and back side by side on the scanner glass
    c = Canvas(2 * w + w // 16 if back else w, int(w * 1.5), paper=(252, 252, 250), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 640)
    s = p.s
    fair, fair_en, venue, colour = rng.choice(CN_FAIRS)
    kind, kind_en = rng.choice(CN_KINDS)
    c.draw.rectangle([0, 0, w, 230 * s], fill=colour)
    slot = [w / 2 - 64 * s, 24 * s, w / 2 + 64 * s, 44 * s]
    c.draw.rounded_rectangle(slot, radius=10 * s, fill=(228, 228, 228), outline=(150, 150, 150))
    y = 100 * s
    c.text(
        w / 2,
        y,
        fair,
        fit(p, p.font(27, bold=True), fair, w - 60 * s),
        "other",
        anchor="ms",
        fill=_WHITE,
    )
    y += 36 * s
    c.text(
        w / 2,
        y,
        fair_en,
        fit(p, p.font(16), fair_en, w - 60 * s),
        "other",
        anchor="ms",
        fill=_WHITE,
    )
    y += 40 * s
    when = rng.choice(CN_DATES)
    where = f"{when}  {venue}"
    c.text(
        w / 2, y, where, fit(p, p.font(17), where, w - 60 * s), "other", anchor="ms", fill=_WHITE
    )
    y = 330 * s
    foreign = rng.random() < 0.2
    name = fk.en_name() if foreign else fk.cn_name(honorific=0.0)
    x_mid = w / 2
    if kind in ("展商", "工作人员") or rng.random() < 0.15:  # exhibitors' badges carry a photo
        face_photo(p, 40 * s, 260 * s, 150 * s, 190 * s)
        x_mid = (190 * s + w) / 2 + 10 * s
    printed = rng.random() >= 0.2
    if not printed:  # a blank walk-in badge: the name written on by marker
        c.text(x_mid, y - 30 * s, "姓名 NAME", p.font(15), "label", anchor="ms", fill=(85,) * 3)
        hf = fit(p, hand_font(p, 60, cjk=not foreign), name, w - x_mid + 40 * s)
        c.text(x_mid, y + 30 * s, name, hf, "name", anchor="ms", fill=(20, 20, 20))
        c.hline(x_mid - 150 * s, x_mid + 150 * s, y + 46 * s, width=1)
    else:
        shown = name if foreign or rng.random() < 0.5 else _spaced(name)
        nf = fit(p, p.font(64 if not foreign else 44, bold=True), shown, 2 * (w - x_mid) - 40 * s)
        c.text(x_mid, y + 20 * s, shown, nf, "name", anchor="ms")
    y += 90 * s
    firm = fk.cn_company() if rng.random() < 0.6 else rng.choice(CN_UNITS)
    if printed and rng.random() < 0.4:  # small grey captions over the name and company
        c.text(x_mid, y - 74 * s, "姓名 Name", p.font(15), "label", anchor="ms", fill=(60,) * 3)
        c.text(x_mid, y - 26 * s, "单位 Company", p.font(15), "label", anchor="ms", fill=(60,) * 3)
    c.text(x_mid, y, firm, fit(p, p.font(22), firm, 2 * (w - x_mid) - 30 * s), "other", anchor="ms")
    y += 38 * s
    title = fk.title("cn")
    if rng.random() < 0.7:
        c.text(x_mid, y, title, p.font(20), "other", anchor="ms", fill=(60, 60, 60))
    y += 40 * s
    prefix, code = badge_no(fk)
    number = [S(prefix, "label"), S(code, "id_number")]
    if rng.random() < 0.65:
        size = int(190 * s)
        c.qr(int(w / 2 - size / 2), int(y), code, size=size)
        y += size + 30 * s
        _centred(p, w / 2, y, number, p.font(17, mono=True))
    else:
        y += 20 * s
        bar_w = len(code128_modules(code)) * 2
        c.barcode(int((w - bar_w) / 2), int(y), code, height=int(90 * s))
        y += 120 * s
        _centred(p, w / 2, y, number, p.font(17, mono=True))
    y += 36 * s
    if kind == "展商":
        booth = f"{rng.choice(CN_HALLS)} {rng.choice('ABCDEFGH')}{rng.randint(1, 60)}"
        _centred(p, w / 2, y, [S("展位号 Booth: ", "label"), S(booth, "other")], p.font(17))
    else:
        valid = [S("有效期 Valid: ", "label"), S(when, "date")]
        _centred(p, w / 2, y, valid, p.font(17))
    y += 30 * s
    _centred(p, w / 2, y, [S("本证仅限本人使用 · 遗失不补", "footer")], p.font(14))
    y += 20 * s
    c.draw.rectangle([0, y, w, y + 110 * s], fill=colour)
    c.text(
        w / 2,
        y + 72 * s,
        f"{kind} {kind_en}",
        fit(p, p.font(40, bold=True), kind_en * 2, w - 40 * s),
        "other",
        anchor="ms",
        fill=_WHITE,
    )
    y += 110 * s
    c.box(1, 1, w - 2, y, width=2)
    if c.width > w:
        _badge_back(p, fk, w + 40 * s, y, colour)
    c.trim(int(y + 4 * s))
    return c


def _centred(p: Pen, x: float, y: float, spans: list[Span], font) -> None:
    text = "".join(sp.text for sp in spans)
    p.c.line(x - p.width(text, font) / 2, y, spans, font)


def _badge_back(p: Pen, fk: MoneyFaker, x0: float, h: float, colour: tuple[int, int, int]) -> None:
    """The badge's back, laid beside it: the visitor notice, hours and the hotline."""
    c, s = p.c, p.s
    x1 = c.width - 2
    c.box(x0, 1, x1, h, width=2)
    c.draw.rectangle([x0 + 2, 60 * s, x1 - 2, 120 * s], fill=colour)
    c.text(
        (x0 + x1) / 2,
        102 * s,
        "参观须知 VISITOR NOTICE",
        p.font(26, bold=True),
        "label",
        anchor="ms",
        fill=_WHITE,
    )
    y = 180 * s
    for k, rule in enumerate(p.r.sample(CN_BADGE_RULES, 4)):
        y = (
            c.wrap(
                x0 + 30 * s,
                y,
                [S(f"{k + 1}. {rule}", "footer")],
                p.font(17),
                x1 - x0 - 60 * s,
                30 * s,
                max_lines=3,
            )
            + 10 * s
        )
    y += 20 * s
    f = p.font(18)
    c.text(x0 + 30 * s, y, "开放时间 Opening Hours", f, "label")
    y += 34 * s
    c.text(x0 + 30 * s, y, p.r.choice(("9:00-17:00(末日至15:00)", "09:00-17:30")), f, "other")
    y += 50 * s
    c.line(
        x0 + 30 * s,
        y,
        [
            S("服务热线 Hotline: ", "label"),
            Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None),
        ],
        f,
    )


def conference_attendee_badge(rng: random.Random) -> Canvas:
    """A fair's badge, its visitor or exhibitor-staff form, a meeting's sign-in sheet,
    a German Messe badge or an English registration e-mail."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_badge, cn_visitor_form, cn_staff_form, cn_signin, de_badge, en_confirmation),
        weights=(24, 20, 12, 20, 12, 12),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"conference_attendee_badge": conference_attendee_badge}
