"""Lost property and police reports: a Chinese police station's 报失登记表 or a
station's 失物认领登记表 (ruled grid filled in by hand, a narrative, a receipt stub),
or an English or German lost property report (cells with their labels in the
corner, sections under grey bars, an office-use box).

The reporter's (or claimant's) name, ID number, phone, e-mail, address to the flat
and date of birth are personal; so are the people the narrative names (a friend, a
relative, the finder) with their phones, and the officer or clerk who took the
report, by name and badge or staff number. The lost item, the public place where it
was lost, dates, the report's own case number, the station's name, seal and
enquiry line are ordinary (the enquiry line is the station's, business data).
"""

from __future__ import annotations

import random

from .fakedata_permits import PermitFaker
from .formkit import HAND_INKS, Cell, handwritten, role_line, seal, sheet, table
from .formkit_blanks import corner_cell
from .kit import Pen, S, _finish, hand_font
from .render import Canvas, Span

#: The Chinese form's words: (title, person, item, place, time, narrative, staff, number).
_CN_KINDS = {
    "report": (
        "报失登记表",
        "报失人",
        "遗失物品",
        "遗失地点",
        "遗失时间",
        "报失经过",
        "接报民警",
        "受理编号",
    ),
    "claim": (
        "失物认领登记表",
        "认领人",
        "物品名称",
        "拾得地点",
        "拾得时间",
        "认领说明",
        "经办人",
        "登记编号",
    ),
}
_LATIN = {
    "en": {
        "org": ("Kestrelford Police", "Metro Transit Lost Property Office"),
        "title": "Lost Property Report",
        "ref": "Reference no.",
        "sections": ("1. Your details", "2. The item", "3. What happened", "For office use"),
        "cells": ("Surname", "Forename(s)", "Address", "Phone", "Email", "Date of birth"),
        "item": ("Description of item", "Where lost", "Date lost"),
        "staff": ("Officer", "Badge no.", "Date entered"),
        "sign": "Signature of person reporting",
        "story": (
            "I think I left it on {place} at about {time}. ",
            "My friend ",
            " was with me. If found please call ",
            " (evenings). Many thanks.",
        ),
        "foot": "Items are kept for 3 months. Bring photo ID when collecting.",
    },
    "de": {
        "org": ("Polizeiinspektion Obernau", "Fundbüro der Stadt Seehausen"),
        "title": "Verlustanzeige",
        "ref": "Aktenzeichen",
        "sections": (
            "1. Angaben zur Person",
            "2. Gegenstand",
            "3. Hergang",
            "Vermerke der Dienststelle",
        ),
        "cells": ("Name", "Vorname", "Anschrift", "Telefon", "E-Mail", "Geburtsdatum"),
        "item": ("Beschreibung des Gegenstands", "Verlustort", "Verlustdatum"),
        "staff": ("Sachbearbeiter/in", "Dienstnummer", "Aufgenommen am"),
        "sign": "Unterschrift",
        "story": (
            "Verloren vermutlich in {place} gegen {time} Uhr. ",
            "Begleitet von ",
            ". Bei Fund bitte anrufen: ",
            " (abends). Vielen Dank.",
        ),
        "foot": "Fundsachen werden sechs Monate aufbewahrt. Bitte Ausweis mitbringen.",
    },
}


def _hand_wrap(
    p: Pen, x: float, y: float, spans: list[Span], width: float, px: float, *, cjk: bool
) -> float:
    """Free text written by hand over several lines; returns the next baseline."""
    f = hand_font(p, px, cjk=cjk)
    return p.c.wrap(x, y, spans, f, width, f.size * 1.5, fill=p.r.choice(HAND_INKS), max_lines=4)


def _cn(rng: random.Random, fk: PermitFaker) -> Canvas:
    kind = rng.choice(("report", "report", "claim"))
    title, who, item, place, when, story, staff, number = _CN_KINDS[kind]
    c, p, m, right = sheet(rng, (1240, 1300), 1.6, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    city = rng.choice(("杭州", "南京", "成都", "厦门"))
    org = f"{city}市公安局{rng.choice(('西湖', '鼓楼', '锦江', '思明'))}分局{rng.choice(('文新', '湖滨', '华林'))}派出所"
    if kind == "claim":
        org = f"{city}地铁运营有限公司 失物招领中心"
    y = m + 46 * s
    c.text(W / 2, y, org, p.font(24), "shop", anchor="ms")
    y += 54 * s
    c.text(W / 2, y, title, p.font(36, bold=True), "label", anchor="ms")
    y += 44 * s
    case = fk.report_no("cn")
    c.line(m, y, [S(number + ":", "label"), S(case, "other")], p.font(19))
    c.text(right, y, fk.date("cn"), p.font(19), "date", anchor="rs")
    y += 18 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.9)
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    lost_place = fk.public_place("cn")
    rows = [
        [lab(who), hand(name, "name"), lab("性别"), hand(fk.sex(), "other")],
        [lab("身份证号"), hand(fk.cn_resident_id(), "id_number", 3)],
        [
            lab("联系电话"),
            hand(fk.cn_mobile("plain"), "phone"),
            lab(when),
            hand(f"{fk.date('iso')} {fk.time(False)}", "date"),
        ],
        [lab("现住址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [lab(item), hand(fk.lost_item("cn"), "item", 3)],
        [lab(place), hand(lost_place, "other", 3)],
    ]
    widths = (w * 0.17, w * 0.33, w * 0.17, w * 0.33)
    rh = 64 * s
    y = table(p, m, y, widths, rows, rh, f, hand_px=30)
    # The narrative: a tall cell with its label on the left, written by hand.
    box_h = 210 * s
    c.box(m, y, right, y + box_h, width=2)
    c.vline(m + widths[0], y, y + box_h, width=1)
    c.text(m + widths[0] / 2, y + box_h / 2, story, f, "label", anchor="mm")
    friend, kin_phone = fk.cn_name(honorific=0.2), fk.cn_mobile("plain")
    spans = [
        S(
            f"本人于{rng.randint(1, 12)}月{rng.randint(1, 28)}日在{lost_place}遗失物品,当时与朋友",
            "other",
        ),
        S(friend, "name"),
        S("同行。如有线索请联系本人或家属,电话", "other"),
        S(kin_phone, "phone"),
        S(",谢谢!", "other"),
    ]
    if kind == "claim":
        spans = [
            S("拾得人", "other"),
            S(friend, "name"),
            S("交至服务台,联系电话", "other"),
            S(kin_phone, "phone"),
            S(",物品经本人核对无误后领回。", "other"),
        ]
    _hand_wrap(p, m + widths[0] + 16 * s, y + 50 * s, spans, w - widths[0] - 32 * s, 28, cjk=True)
    y += box_h + 56 * s
    x = c.line(m, y, [S(f"{who}签名:", "label")], f)
    handwritten(p, x + 10 * s, y, [S(name, "name")], 36, cjk=True)
    officer = fk.cn_name(honorific=0.0)
    x = role_line(p, m + w * 0.45, y, staff, officer, f)
    c.line(
        x + 24 * s,
        y,
        [S("警号 " if kind == "report" else "工号 ", "label"), S(fk.digits(6), "id_number")],
        f,
    )
    seal(
        p,
        right - 130 * s,
        y - 10 * s,
        85 * s,
        "报失受理专用章" if kind == "report" else "失物招领专用章",
    )
    y += 110 * s
    # The receipt stub handed to the reporter, below a dashed cut line.
    c.hline(m, right, y, width=1, dash=int(10 * s))
    c.text(W / 2, y - 8 * s, "沿此线剪开", p.font(15), "footer", anchor="ms")
    y += 50 * s
    c.text(m, y, f"{title[:-3]}回执", p.font(24, bold=True), "label")
    y += 44 * s
    x = c.line(m, y, [S(f"{who}:", "label")], f)
    handwritten(p, x + 8 * s, y, [S(name, "name")], 30, cjk=True)
    c.line(m + w * 0.4, y, [S(number + ":", "label"), S(case, "other")], f)
    y += 44 * s
    c.line(
        m,
        y,
        [
            S("咨询电话:", "label"),
            Span(f"0{rng.randint(20, 29)}-{fk.digits(8)}", "shop_phone", None),
        ],
        f,
    )
    y += 40 * s
    c.text(m, y, "请妥善保管本回执,认领时须出示本人有效身份证件。", p.font(17), "footer")
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: PermitFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _LATIN[lang]
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=False, base=1000, margin=(0.05, 0.07))
    s, w = p.s, right - m
    hand = rng.random() < 0.6  # filled in at the counter, or typed into the online form
    y = m + 34 * s
    c.text(m, y, rng.choice(t["org"]), p.font(20, bold=True), "shop")
    y += 50 * s
    c.text(m, y, t["title"], p.font(32, bold=True), "label")
    case = fk.report_no("en")
    c.line(right - 330 * s, y, [S(t["ref"] + " ", "label"), S(case, "other")], p.font(18))
    if lang == "en":
        first, last = fk.en_name().split(maxsplit=1)
        (street, town), phone = fk.uk_address(), fk.uk_phone()
        addr = (
            [S(x, k) for x, k in street.segments]
            + [S("  ", "other")]
            + [S(x, k) for x, k in town.segments]
        )
        friend = fk.en_name()
    else:
        first, last = fk.eu_name("de").split(maxsplit=1)
        street, town = fk.eu_address("de")
        addr, phone, friend = (
            [S(f"{street}, {town}", "address")],
            fk.eu_phone("de"),
            fk.eu_name("de"),
        )
    rh = 66 * s
    labels = t["cells"]

    def section(y: float, heading: str) -> float:
        c.draw.rectangle([m, y, right, y + 34 * s], fill=(200, 200, 200))
        c.text(m + 10 * s, y + 25 * s, heading, p.font(19, bold=True), "label")
        return y + 34 * s

    y = section(y + 30 * s, t["sections"][0])
    corner_cell(p, m, y, w * 0.5, rh, labels[0], [S(last, "name")], hand)
    corner_cell(p, m + w * 0.5, y, w * 0.5, rh, labels[1], [S(first, "name")], hand)
    y += rh
    corner_cell(p, m, y, w, rh, labels[2], addr, hand)
    y += rh
    corner_cell(p, m, y, w * 0.3, rh, labels[3], [S(phone, "phone")], hand)
    corner_cell(
        p, m + w * 0.3, y, w * 0.45, rh, labels[4], [S(fk.email(f"{first} {last}"), "email")], hand
    )
    corner_cell(p, m + w * 0.75, y, w * 0.25, rh, labels[5], [S(fk.dob("dmy"), "id_number")], hand)
    y += rh
    y = section(y + 24 * s, t["sections"][1])
    corner_cell(p, m, y, w, rh, t["item"][0], [S(fk.lost_item(lang), "item")], hand)
    y += rh
    place = fk.public_place(lang)
    corner_cell(p, m, y, w * 0.65, rh, t["item"][1], [S(place, "other")], hand)
    corner_cell(p, m + w * 0.65, y, w * 0.35, rh, t["item"][2], [S(fk.date("iso"), "date")], hand)
    y += rh
    y = section(y + 24 * s, t["sections"][2])
    a, b, d, e = t["story"]
    story = [
        S(
            a.format(
                place=place,
                time=f"{rng.randint(1, 11)}{rng.choice(('pm', 'am'))}"
                if lang == "en"
                else fk.time(False),
            ),
            "other",
        ),
        S(b, "other"),
        S(friend, "name"),
        S(d, "other"),
        S(fk.uk_phone() if lang == "en" else fk.eu_phone("de"), "phone"),
        S(e, "other"),
    ]
    c.box(m, y, right, y + 150 * s, width=1)
    if hand:
        _hand_wrap(p, m + 14 * s, y + 44 * s, story, w - 28 * s, 26, cjk=False)
    else:
        c.wrap(m + 14 * s, y + 36 * s, story, p.font(20), w - 28 * s, 32 * s, max_lines=4)
    y += 150 * s + 50 * s
    x = c.line(m, y, [S(t["sign"], "label")], p.font(18))
    handwritten(p, x + 16 * s, y, [S(f"{first[0]}. {last}", "name")], 32, cjk=False)
    y = section(y + 30 * s, t["sections"][3])
    officer = fk.en_name() if lang == "en" else fk.eu_name("de")
    corner_cell(p, m, y, w * 0.45, rh, t["staff"][0], [S(officer, "name")], True)
    corner_cell(
        p, m + w * 0.45, y, w * 0.25, rh, t["staff"][1], [S(fk.badge_no(), "id_number")], False
    )
    corner_cell(p, m + w * 0.7, y, w * 0.3, rh, t["staff"][2], [S(fk.date("iso"), "date")], False)
    y += rh + 40 * s
    c.text(m, y, t["foot"], p.font(16), "footer")
    return _finish(c, y, 0, pad=m * 0.6)


def lost_property_report(rng: random.Random) -> Canvas:
    """A Chinese 报失 or 认领 form with its stub, or an English or German report."""
    fk = PermitFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.5 else _latin(rng, fk)


LAYOUTS = {"lost_property_report": lost_property_report}
