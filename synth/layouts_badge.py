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
from .badge_lists import cn_signin, cn_staff_form
from .badge_words import (
    CN_BADGE_RULES,
    CN_CHANNELS,
    CN_DATES,
    CN_FAIRS,
    CN_FORM_NOTES,
    CN_HALLS,
    CN_INTERESTS,
    CN_KINDS,
    CN_NATURE,
    CN_PURPOSES,
    CN_UNITS,
)
from .barcodes import code128_modules
from .fakedata_money import MoneyFaker
from .formkit import RED, face_photo, fit, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _finish, _ink, hand_font
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


def _card(p: Pen, fk: MoneyFaker, x: float, y: float, w: float, h: float, who: list[str]) -> None:
    """A business card stapled into the form's box: ``who`` is name, firm, title, mobile
    and e-mail; the firm's own phone and address; two staples across its top edge."""
    name, firm, title, mobile, mail = who
    c, s = p.c, p.s
    c.draw.rectangle([x + 4 * s, y + 4 * s, x + w + 4 * s, y + h + 4 * s], fill=(205, 205, 205))
    c.draw.rectangle([x, y, x + w, y + h], fill=(255, 255, 253), outline=(170, 170, 170))
    c.text(x + 18 * s, y + 34 * s, firm, fit(p, p.font(17), firm, w - 36 * s), "other")
    c.text(x + 18 * s, y + 86 * s, name, p.font(32, bold=True), "name")
    c.text(
        x + 30 * s + p.width(name, p.font(32, bold=True)),
        y + 86 * s,
        title,
        p.font(16),
        "other",
    )
    f = p.font(15)
    rows = [
        [S("手机: ", "label"), S(mobile, "phone")],
        [S("电话: ", "label"), Span(fk.office_phone("cn"), "shop_phone", None)],
        [S("邮箱: ", "label"), S(mail, "email")],
        [S("地址: ", "label"), Span(fk.office_address("cn")[0], "shop_address", None)],
    ]
    yy = y + 124 * s
    for row in rows:
        text = "".join(sp.text for sp in row)
        c.line(x + 18 * s, yy, row, fit(p, f, text, w - 36 * s))
        yy += 26 * s
    for sx in (x + w * 0.25, x + w * 0.75):  # staples
        c.draw.line(
            [(sx - 22 * s, y + 10 * s), (sx + 22 * s, y + 10 * s)],
            fill=(120, 120, 125),
            width=max(2, round(4 * s)),
        )


def _mobile_form(fk: MoneyFaker) -> str:
    return fk.r.choice(("plain", "space", "dash"))


def _ticks(p: Pen, m: float, right: float, y: float, head: str, options: tuple[str, ...]) -> float:
    """A question and its options in tick boxes, wrapped to the width; returns next y."""
    f = p.font(17)
    x = p.c.line(m, y, [S(head, "label")], f) + 14 * p.s
    picked = set(p.r.sample(options, p.r.randint(1, min(3, len(options)))))
    for option in options:
        if x + p.width(option, f) + 40 * p.s > right:
            x, y = m + 30 * p.s, y + 36 * p.s
        x = tick_box(p, x, y, option, option in picked, f) + 22 * p.s
    return y + 44 * p.s


def _cn_visitor_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=True, base=1200, margin=0.06)
    s = p.s
    fair, fair_en, venue, _ = rng.choice(CN_FAIRS)
    y = m + 34 * s
    c.text(c.width / 2, y, fair, p.font(24, bold=True), "other", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        "观众登记表 VISITOR REGISTRATION",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 34 * s
    c.line(right - 230 * s, y, [S("No.", "label"), S(fk.digits(7), "other")], p.font(18), fill=RED)
    c.text(m, y, f"{rng.choice(CN_DATES)}  {venue}", p.font(16), "other")
    y += 24 * s
    hand = rng.random() < 0.8
    name = fk.cn_name(honorific=0.0)
    card_w, card_h = 430 * s, 250 * s
    cx = right - card_w
    c.draw.rectangle(
        [cx - 10 * s, y, right, y + card_h + 20 * s],
        outline=(150, 150, 150),
        width=max(1, round(s)),
    )
    who = [name, fk.cn_company(), fk.title("cn"), fk.cn_mobile(_mobile_form(fk)), fk.email()]
    if rng.random() < 0.65:  # the visitor's card, or now and then a colleague's
        other = [
            fk.cn_name(honorific=0.0),
            who[1],
            fk.title("cn"),
            fk.cn_mobile_digits(),
            fk.email(),
        ]
        _card(p, fk, cx, y + 10 * s, card_w - 16 * s, card_h, who if rng.random() < 0.75 else other)
    else:
        c.text(
            cx + card_w / 2,
            y + card_h / 2,
            "名片粘贴处",
            p.font(22),
            "label",
            anchor="mm",
            fill=(100, 100, 100),
        )
    f = p.font(18)
    ly = y + 50 * s
    c.text(m, ly, "如已粘贴名片,带*项可不填", p.font(15), "footer", fill=(60, 60, 60))
    ly += 50 * s
    ruled_entry(p, m, cx - 40 * s, ly, ("填表日期:", [S(fk.date("cn"), "date")]), hand, f, cjk=True)
    ly += 56 * s
    ruled_entry(
        p,
        m,
        cx - 40 * s,
        ly,
        ("参观日期:", [S(rng.choice(("首日", "第二天", "全程")), "other")]),
        hand,
        f,
        cjk=True,
    )
    y += card_h + 50 * s
    mobile = who[3] if rng.random() < 0.7 else fk.cn_mobile_digits()
    rows = grid_rows(
        [
            [("*姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("*公司名称", who[1], "other")],
            [
                ("部门", rng.choice(("采购部", "市场部", "技术部", "总经办", "销售部")), "other"),
                ("*职务", who[2], "other"),
            ],
            [
                ("*手机", mobile, "phone"),
                ("电话", [Span(fk.office_phone("cn"), "shop_phone", None)], ""),
            ],
            [("*邮箱", who[4], "email"), ("微信号", fk.wechat_id(), "id_number")],
            [("公司地址", [Span(fk.office_address("cn")[0], "shop_address", None)], "")],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, rows, 58 * s, p.font(18), hand_px=30)
    y += 46 * s
    y = _ticks(p, m, right, y, "公司性质:", CN_NATURE)
    y = _ticks(p, m, right, y, "感兴趣的产品:", tuple(rng.sample(CN_INTERESTS, 7)))
    y = _ticks(p, m, right, y, "参观目的:", CN_PURPOSES)
    y = _ticks(p, m, right, y, "您从何处获知本展会:", CN_CHANNELS)
    y += 10 * s
    for note in CN_FORM_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 16 * s
    c.line(
        m,
        y,
        [
            S("组委会服务热线:", "label"),
            Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None),
        ],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def conference_attendee_badge(rng: random.Random) -> Canvas:
    """A fair's badge, its visitor or exhibitor-staff form, a meeting's sign-in sheet,
    a German Messe badge or an English registration e-mail."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_badge, _cn_visitor_form, cn_staff_form, cn_signin, de_badge, en_confirmation),
        weights=(24, 20, 12, 20, 12, 12),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"conference_attendee_badge": conference_attendee_badge}
