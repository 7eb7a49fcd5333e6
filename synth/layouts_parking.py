"""Residential parking: a residents' parking permit seen through a car's windscreen
(a Chinese estate's 小区停车证, an English council permit, a German
Bewohnerparkausweis), sometimes beside a 挪车电话 card, or the permit's application
form filled in by hand.

The plate is the resident's identifier (``id_number``, like the plates of the
earlier families), and so is the permit's number; the resident's name, flat or door
number, phone, ID and e-mail are personal, and so is the estate manager who signs.
The estate's or council's name, the zone, the car's make and colour, the bay number,
the valid dates, the seal and the rules are ordinary. Through the glass the permit
is tinted and crossed by a reflection; the photo condition then adds the camera.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .fakedata_permits import PermitFaker
from .formkit import RED, Cell, fit, handwritten, role_line, seal, sheet, table
from .kit import Faces, Pen, S, _finish, _ink
from .render import Canvas

_COUNCILS = ("Kestrelford Borough Council", "Northmere City Council", "Elmbridge Vale Council")
_MAKES = ("大众 朗逸", "丰田 卡罗拉", "比亚迪 秦", "本田 雅阁", "别克 英朗", "特斯拉 Model 3")
_COLOURS = ("白色", "黑色", "银灰", "蓝色", "红色")
_CN_RULES = (
    "1.本证仅限登记车辆使用,请放置于前挡风玻璃左下方。",
    "2.本证不得转借、涂改,遗失请及时到物业服务中心补办。",
    "3.车辆停放须服从管理人员指挥,停入指定车位。",
)


def _cn_permit(p: Pen, x0: float, y0: float, cw: float, fk: PermitFaker, ink) -> float:
    """A Chinese estate's permit card; returns its bottom."""
    c, r, s = p.c, p.r, cw / 600
    ch = cw * 0.66
    band = r.choice(((190, 30, 40), (20, 90, 160), (30, 120, 70)))
    c.draw.rectangle(
        [x0, y0, x0 + cw, y0 + ch], fill=(236, 234, 226), outline=(120, 120, 120), width=2
    )
    c.draw.rectangle([x0, y0, x0 + cw, y0 + 100 * s], fill=band)
    white = (250, 250, 250)
    estate = fk.cn_estate()
    c.text(x0 + 20 * s, y0 + 40 * s, estate, p.font(24 * s / p.s, bold=True), "shop", fill=white)
    c.text(
        x0 + cw - 20 * s,
        y0 + 84 * s,
        "停车证",
        p.font(44 * s / p.s, bold=True),
        "label",
        anchor="rs",
        fill=white,
    )
    c.text(
        x0 + 20 * s,
        y0 + 84 * s,
        r.choice(("业主车辆", "月租车辆", "长期停车")),
        p.font(20 * s / p.s),
        "other",
        fill=white,
    )
    f = p.font(22 * s / p.s)
    y = y0 + 160 * s
    c.line(
        x0 + 24 * s,
        y,
        [S("车牌号码 ", "label"), S(fk.cn_plate(), "id_number")],
        f,
        fonts=[None, p.font(40 * s / p.s, bold=True)],
    )
    permit = fk.permit_no()
    c.text(x0 + cw - 24 * s, y, permit, p.font(20 * s / p.s), "id_number", anchor="rs", fill=RED)
    y += 54 * s
    x = c.line(x0 + 24 * s, y, [S("房号 ", "label")], f)
    handwritten(p, x + 6 * s, y, [S(fk.cn_door(), "door")], 28 * s / p.s, cjk=True, width=cw * 0.4)
    x = c.line(x0 + cw * 0.55, y, [S("车主 ", "label")], f)
    handwritten(p, x + 6 * s, y, [S(fk.cn_name(honorific=0.2), "name")], 28 * s / p.s, cjk=True)
    y += 50 * s
    x = c.line(x0 + 24 * s, y, [S("电话 ", "label")], f)
    handwritten(p, x + 6 * s, y, [S(fk.cn_mobile("plain"), "phone")], 28 * s / p.s, cjk=True)
    y += 50 * s
    year = r.randint(2024, 2026)
    c.line(
        x0 + 24 * s,
        y,
        [S("有效期至 ", "label"), S(f"{year}年12月31日", "date")],
        p.font(20 * s / p.s),
    )
    seal(p, x0 + cw - 110 * s, y - 30 * s, 70 * s, "物业服务中心")
    return y0 + ch


def _latin_permit(p: Pen, x0: float, y0: float, cw: float, fk: PermitFaker, lang: str) -> float:
    """An English council's or a German town's residents' permit; returns its bottom."""
    c, r, s = p.c, p.r, cw / 600
    ch = cw * 0.7
    tint = r.choice(((250, 236, 120), (200, 230, 200), (236, 236, 236)))
    c.draw.rectangle([x0, y0, x0 + cw, y0 + ch], fill=tint, outline=(60, 60, 60), width=3)
    px = lambda v: v * s / p.s  # noqa: E731
    x = x0 + 24 * s
    if lang == "en":
        words = (
            "RESIDENTS' PARKING PERMIT",
            "ZONE",
            "VRM",
            "Permit no.",
            "Valid until",
            "Issued to",
        )
        org, plate, name = r.choice(_COUNCILS), fk.uk_plate(), fk.en_name(initial=r.random() < 0.4)
        until = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2025, 2027)}"
    else:
        words = ("Bewohnerparkausweis", "Zone", "Kennzeichen", "Nr.", "gültig bis", "Inhaber/in")
        org, plate, name = "Stadt Obernau · Straßenverkehrsbehörde", fk.de_plate(), fk.eu_name("de")
        until = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2025, 2027)}"
    c.text(x, y0 + 34 * s, org, fit(p, p.font(px(18)), org, cw - 48 * s), "shop")
    c.text(
        x, y0 + 74 * s, words[0], fit(p, p.font(px(28), bold=True), words[0], cw - 48 * s), "label"
    )
    c.line(
        x,
        y0 + 150 * s,
        [S(words[1] + " ", "label"), S(fk.zone(), "other")],
        p.font(px(44), bold=True),
    )
    c.line(
        x,
        y0 + 220 * s,
        [S(words[2] + " ", "label"), S(plate, "id_number")],
        p.font(px(40), bold=True, mono=True),
    )
    f = p.font(px(20))
    c.line(x, y0 + 270 * s, [S(words[3] + " ", "label"), S(fk.digits(6), "id_number")], f)
    c.line(x0 + cw * 0.5, y0 + 270 * s, [S(words[4] + " ", "label"), S(until, "date")], f)
    c.line(x, y0 + 310 * s, [S(words[5] + " ", "label"), S(name, "name")], f)
    if r.random() < 0.5:  # some permits print the address they belong to
        if lang == "en":
            street = [S(t, k) for t, k in fk.uk_address()[0].segments]
        else:
            street = [S(fk.eu_address("de")[0], "address")]
        label = S("Address " if lang == "en" else "Anschrift ", "label")
        c.line(
            x,
            y0 + 346 * s,
            [label, *street],
            fit(p, f, "Address " + "".join(sp.text for sp in street), cw - 48 * s),
        )
    c.text(
        x,
        y0 + ch - 18 * s,
        "Display clearly in the windscreen" if lang == "en" else "Gut sichtbar auslegen",
        p.font(px(16)),
        "footer",
    )
    return y0 + ch


def _windscreen(rng: random.Random, fk: PermitFaker) -> Canvas:
    lang = rng.choice(("cn", "cn", "cn", "en", "en", "de"))
    W = rng.choice((1400, 1500))
    H = int(W * 0.62)
    c = Canvas(W, H, paper=(40, 48, 58), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=lang == "cn"), W / 1400)
    s = p.s
    top, bottom = rng.choice(((70, 85, 100), (95, 105, 110))), (22, 26, 32)
    for y in range(H):  # the glass darkens towards the dashboard
        k = y / H
        c.draw.line(
            [(0, y), (W, y)],
            fill=tuple(int(a + (b - a) * k) for a, b in zip(top, bottom, strict=True)),
        )
    dash_y = H * 0.82
    c.draw.rectangle([0, dash_y, W, H], fill=(30, 30, 33))
    cw = W * rng.uniform(0.46, 0.55)
    x0 = W * 0.04 if rng.random() < 0.6 else W * 0.96 - cw
    ch = cw * (0.66 if lang == "cn" else 0.7)
    y0 = dash_y - ch - 20 * s
    if lang == "cn":
        _cn_permit(p, x0, y0, cw, fk, c.ink)
    else:
        _latin_permit(p, x0, y0, cw, fk, lang)
    if lang == "cn" and rng.random() < 0.6:  # a move-my-car card on the dashboard
        mx = x0 + cw + 60 * s if x0 < W / 2 else x0 - 60 * s - 380 * s
        my = dash_y - 150 * s
        c.draw.rectangle([mx, my, mx + 380 * s, my + 130 * s], fill=(245, 245, 240))
        c.text(
            mx + 190 * s,
            my + 44 * s,
            rng.choice(("临时停车 请多关照", "挪车请拨打")),
            p.font(24),
            "label",
            anchor="ms",
        )
        c.text(
            mx + 190 * s,
            my + 100 * s,
            fk.cn_mobile("space"),
            p.font(34, bold=True, mono=True),
            "phone",
            anchor="ms",
        )
    _reflection(c, rng)
    return c


def _reflection(c: Canvas, rng: random.Random) -> None:
    """A pale diagonal band of sky reflected on the glass, over everything."""
    glare = Image.new("L", (c.width, c.height), 0)
    x = rng.uniform(0.2, 0.7) * c.width
    band = rng.uniform(0.08, 0.16) * c.width
    ImageDraw.Draw(glare).polygon(
        [
            (x, 0),
            (x + band, 0),
            (x + band - c.height * 0.5, c.height),
            (x - c.height * 0.5, c.height),
        ],
        fill=rng.randint(30, 55),
    )
    c.img.paste((255, 255, 255), (0, 0), glare)


def _form(rng: random.Random, fk: PermitFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    estate = fk.cn_estate()
    y = m + 50 * s
    c.text(W / 2, y, f"{estate}物业服务中心", p.font(26), "shop", anchor="ms")
    y += 56 * s
    c.text(
        W / 2,
        y,
        rng.choice(("小区车辆停车证办理申请表", "业主车辆登记表")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    c.text(right, y, f"申请日期 {fk.date('cn')}", p.font(19), "date", anchor="rs")
    y += 16 * s
    name, start = fk.cn_name(honorific=0.0), fk.date("iso")  # valid for a year
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    rows = [
        [lab("业主姓名"), hand(name, "name"), lab("房号"), hand(fk.cn_door(), "door")],
        [lab("身份证号"), hand(fk.cn_resident_id(), "id_number", 3)],
        [
            lab("联系电话"),
            hand(fk.cn_mobile("plain"), "phone"),
            lab("备用电话"),
            hand(fk.cn_mobile("plain") if rng.random() < 0.6 else "", "phone"),
        ],
        [
            lab("车牌号码"),
            hand(fk.cn_plate(), "id_number"),
            lab("品牌型号"),
            hand(rng.choice(_MAKES), "item"),
        ],
        [
            lab("车身颜色"),
            hand(rng.choice(_COLOURS), "other"),
            lab("车位号"),
            hand(f"{rng.choice('ABC')}-{rng.randint(1, 300):03d}", "other"),
        ],
        [
            lab("停车类型"),
            Cell.of(rng.choice(("产权车位", "月租车位", "临时车位")), "other"),
            lab("停车证号"),
            Cell.of(fk.permit_no(), "id_number"),
        ],
        [lab("有效期"), Cell.of(f"{start} 至 {int(start[:4]) + 1}{start[4:]}", "date", span=3)],
    ]
    widths = (w * 0.16, w * 0.34, w * 0.16, w * 0.34)
    y = table(p, m, y, widths, rows, 64 * s, f, hand_px=30)
    y += 50 * s
    c.text(m, y, "业主承诺", p.font(24, bold=True), "label")
    y += 40 * s
    pledge = "承诺所填信息真实,遵守小区停车管理规定,车辆停放于指定车位,停车证不转借他人。"
    y = c.wrap(
        m, y, [S("本人", "other"), S(name, "name"), S(pledge, "other")], f, w, 36 * s, max_lines=3
    )
    y += 30 * s
    x = c.line(m, y, [S("业主签字:", "label")], f)
    handwritten(p, x + 10 * s, y, [S(name, "name")], 38, cjk=True)
    role_line(p, m + w * 0.5, y, "物业经办人", fk.cn_name(honorific=0.0), f)
    seal(p, right - 130 * s, y - 40 * s, 90 * s, f"{estate}物业")
    y += 70 * s
    for rule in _CN_RULES:
        c.text(m, y, rule, p.font(17), "footer")
        y += 30 * s
    return _finish(c, y, 0, pad=m * 0.6)


def parking_permit(rng: random.Random) -> Canvas:
    """A permit seen through a windscreen, or its application form."""
    fk = PermitFaker(rng)
    return _windscreen(rng, fk) if rng.random() < 0.6 else _form(rng, fk)


LAYOUTS = {"parking_permit": parking_permit}
