"""Audiology and hearing aids. A fitting centre's 助听器验配记录 (档案号; a 基本信息 section
headed by an upright word: 姓名, 性别, 年龄, 出生日期, 联系电话, 家庭住址 to the room, the 陪同人
with 关系 and phone, 主诉; the 纯音测听 audiogram with the thresholds under it; the aids
fitted, ear by ear with maker, model and 序列号; programmes, price, the 验配师 by hand with
a certificate number, the wearer's or a relative's signature, the next visit); a maker's
保修卡 filled in by the fitter with a tear-off 回执 repeating the wearer and the serials;
an English audiology fitting record with NHS number and GP; or a German Anpassbericht
(:mod:`synth.hearing_latin`).

Personal: wearers, companions, relatives, fitters, audiologists and doctors (``name``),
record numbers, dates of birth, NHS, insurance and registration numbers and each aid's
serial number (``id_number``: a serial is registered to its wearer, as a phone's IMEI on a
repair ticket), phones, homes and their rooms. Ordinary: centres, makers and models, the
audiogram and its figures, degrees of loss, ear pieces, programmes, prices, dates, ticks
and terms; a centre's or maker's phone is business data.
"""

from __future__ import annotations

import random

from .audiogram import chart, levels_table, thresholds
from .fakedata_upkeep import UpkeepFaker
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_blanks import section_table
from .formkit_slips import grid_rows, label_cell, ruled_blank
from .hearing_latin import de_report, en_record
from .hearing_words import (
    BRANDS,
    CN_CENTRES,
    CN_COMPLAINTS,
    CN_DEGREES,
    CN_DOMES,
    CN_POWER,
    CN_PROGRAMS,
    CN_RELATIONS,
    CN_WARRANTY,
)
from .kit import S, _finish, joined_address
from .render import Canvas, Span


def _degree(levels: list[int]) -> str:
    pta = sum(levels[2:6]) / 4
    return CN_DEGREES[min(3, max(0, int((pta - 26) // 15)))]


def _cn_record(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.75, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    centre, phone = rng.choice(CN_CENTRES)
    y = m + 34 * s
    c.text(c.width / 2, y, centre, p.font(23, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("助听器验配记录表", "助听器验配档案")),
        p.font(29, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    f = p.font(17)
    c.line(m, y, [S("档案号:", "label"), S(f"TL{fk.digits(7, True)}", "id_number")], f)
    c.line(
        c.width * 0.6,
        y,
        [S("验配日期:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 16 * s
    hand = rng.random() < 0.75
    name = fk.cn_name(honorific=0.0)
    dob, age = fk.born(1936, 1968, rng.choice(("iso", "cn", "dot")))
    home, _ = fk.cn_address(with_door=0.9)
    relation = rng.choice(CN_RELATIONS)
    companion = [
        ("陪同人", fk.cn_name(honorific=0.0), "name"),
        ("关系", relation, "other"),
        ("电话", fk.cn_mobile_digits(), "phone"),
    ]
    rows = [
        [("姓名", name, "name"), ("性别", fk.sex(), "other"), ("年龄", f"{age}岁", "other")],
        [("出生日期", dob, "id_number"), ("联系电话", fk.cn_mobile(), "phone")],
        [("家庭住址", joined_address([home]), "")],
        *([companion] if relation != "本人" else []),
        [("主诉", rng.choice(CN_COMPLAINTS), "other")],
    ]
    head = 46 * s
    widths = [(w - head) * k for k in (0.13, 0.22, 0.1, 0.2, 0.1, 0.25)]
    y = section_table(
        p,
        m,
        y,
        head,
        widths,
        grid_rows(rows, hand=hand, columns=6),
        48 * s,
        "基本信息",
        f,
        hand_px=28,
    )
    y += 44 * s
    c.text(m, y, "纯音测听(气导)", p.font(19, bold=True), "label")
    right_ear = thresholds(rng)
    left_ear = thresholds(rng, worse=rng.choice((-5, 0, 5, 10)))
    ears = (("R", right_ear), ("L", left_ear))
    y += 44 * s
    cw = w * 0.56
    bottom = chart(p, m + 46 * s, y + 10 * s, cw - 46 * s, 300 * s, ears, ("频率 Hz", "dB HL"))
    x = m + cw + 40 * s
    notes = (
        ("右耳:", f"{_degree(right_ear)}感音神经性聋"),
        ("左耳:", f"{_degree(left_ear)}感音神经性聋"),
        ("言语识别率:", f"右 {rng.randint(50, 96)}%  左 {rng.randint(45, 96)}%"),
        ("鼓室图:", rng.choice(("双耳A型", "双耳A型", "右A 左As"))),
        ("图例:", "○ 右耳  × 左耳"),
    )
    yy = y + 30 * s
    for label, value in notes:
        c.line(x, yy, [S(label, "label"), S(value, "other")], p.font(16))
        yy += 40 * s
    y = (
        levels_table(p, m, bottom + 20 * s, w, ears, ("右耳", "左耳", "平均"), cjk=True, hand=hand)
        + 40 * s
    )
    c.text(m, y, "助听器验配", p.font(19, bold=True), "label")
    brand, latin, models = rng.choice(BRANDS)
    model = rng.choice(models)
    sides = rng.choice((("右耳", "左耳"), ("右耳", "左耳"), ("右耳",), ("左耳",)))
    dome, power = rng.choice(CN_DOMES), rng.choice(CN_POWER)
    aids = [[label_cell(t) for t in ("耳别", "品牌", "型号", "序列号", "耳塞/耳模", "供电")]]
    for side in sides:
        aids.append(
            [
                label_cell(side),
                Cell.of(f"{brand} {latin}", "other"),
                Cell.of(model, "other", hand=hand),
                Cell.of(fk.aid_serial(), "id_number", hand=hand),
                Cell.of(dome, "other", hand=hand),
                Cell.of(power, "other", hand=hand),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 14 * s,
            [w * k for k in (0.1, 0.2, 0.2, 0.22, 0.16, 0.12)],
            aids,
            44 * s,
            p.font(16),
            hand_px=24,
            line=1,
        )
        + 40 * s
    )
    price = rng.choice((6800, 9800, 12800, 16800, 23800))
    c.line(m, y, [S("程序设置:", "label"), S(rng.choice(CN_PROGRAMS), "other")], f)
    y += 36 * s
    c.line(
        m,
        y,
        [
            S("单价:", "label"),
            S(f"¥{price:,}/台", "price"),
            S("   合计:", "label"),
            S(f"¥{price * len(sides):,}", "price"),
            S("   付款方式:", "label"),
            S(rng.choice(("微信", "支付宝", "刷卡", "现金")), "other"),
        ],
        f,
    )
    y += 50 * s
    x = c.line(m, y, [S("验配师:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(
        m, y + 32 * s, [S("证书编号:", "label"), S(fk.digits(13, True), "id_number")], p.font(15)
    )
    signer = name if relation == "本人" or rng.random() < 0.5 else companion[0][1]
    x = c.line(c.width * 0.42, y, [S("用户/家属签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(signer, "name")], 32, cjk=True)
    c.line(
        c.width * 0.72,
        y,
        [S("复诊:", "label"), S(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 80 * s
    c.line(m, y, [S("预约电话:", "label"), Span(phone, "shop_phone", None)], p.font(15))
    return _finish(c, y, m // 2, pad=12 * s)


def _cn_warranty(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    """A maker's warranty card filled in at the centre, with its tear-off receipt."""
    c, p, m, right = sheet(rng, (1000, 1060), 1.2, cjk=True, base=1000, margin=0.06)
    s, w = p.s, right - m
    brand, latin, models = rng.choice(BRANDS)
    band = rng.choice(((20, 90, 160), (0, 120, 110), (120, 30, 60), (40, 40, 45)))
    c.draw.rectangle([0, 0, c.width, 110 * s], fill=band)
    c.text(
        m, 70 * s, f"{brand} {latin.upper()}", p.font(32, bold=True), "brand", fill=(255, 255, 255)
    )
    c.text(
        right,
        70 * s,
        "助听器保修卡",
        p.font(28, bold=True),
        "label",
        anchor="rs",
        fill=(255, 255, 255),
    )
    y = 170 * s
    f = p.font(18)
    name = fk.cn_name(honorific=0.0)
    mobile = fk.cn_mobile(rng.choice(("plain", "dash")))
    model = rng.choice(models)
    serials = [fk.aid_serial() for _ in range(rng.choice((1, 2, 2)))]
    bought = f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}"
    centre, phone = rng.choice(CN_CENTRES)
    home, _ = fk.cn_address(with_door=0.8)
    half = m + w * 0.5
    ruled_blank(p, y, "用户姓名", [S(name, "name")], f, m, half - 20 * s, cjk=True)
    ruled_blank(p, y, "联系电话", [S(mobile, "phone")], f, half, right, cjk=True)
    y += 54 * s
    ruled_blank(p, y, "通讯地址", joined_address([home]), f, m, right, cjk=True)
    y += 54 * s
    ruled_blank(p, y, "产品型号", [S(model, "other")], f, m, half - 20 * s, cjk=True)
    ruled_blank(p, y, "购买日期", [S(bought, "date")], f, half, right, cjk=True)
    y += 54 * s
    marks = ("右", "左") if len(serials) == 2 else (rng.choice(("右", "左")),)
    pieces: list[Span] = []
    for k, (side, serial) in enumerate(zip(marks, serials, strict=True)):
        pieces += [S(("  " if k else "") + f"{side}:", "other"), S(serial, "id_number")]
    ruled_blank(p, y, "序列号", pieces, f, m, right, cjk=True)
    y += 54 * s
    ruled_blank(
        p, y, "验配师", [S(fk.cn_name(honorific=0.0), "name")], f, m, half - 20 * s, cjk=True
    )
    c.line(half, y, [S("验配中心:", "label"), S(centre, "shop")], p.font(16))
    box_stamp(p, right - 130 * s, y + 50 * s, (centre[:9], "保修登记专用章"), 12)
    y += 50 * s
    for rule in CN_WARRANTY:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(14), w - 280 * s, 24 * s, max_lines=2)
    y += 10 * s
    c.line(
        m,
        y,
        [
            S("全国服务热线:", "label"),
            Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None),
        ],
        p.font(15),
    )
    y += 30 * s
    c.hline(0, c.width, y, width=max(1, round(1.5 * s)), dash=int(10 * s))
    c.text(c.width / 2, y - 6 * s, "✂ 沿此线剪下", p.font(12), "other", anchor="ms")
    y += 46 * s
    c.text(m, y, "保修登记回执(请寄回或交验配中心)", p.font(18, bold=True), "label")
    rows = [
        [label_cell(t) for t in ("用户姓名", "联系电话", "型号", "序列号", "购买日期")],
        [
            Cell.of(name, "name", hand=True),
            Cell.of(mobile, "phone", hand=True),
            Cell.of(model, "other", hand=True),
            Cell.of(serials[0], "id_number", hand=True),
            Cell.of(bought, "date", hand=True),
        ],
    ]
    y = table(
        p,
        m,
        y + 14 * s,
        [w * k for k in (0.16, 0.22, 0.22, 0.22, 0.18)],
        rows,
        46 * s,
        p.font(16),
        hand_px=24,
        line=1,
    )
    return _finish(c, y, m // 2, pad=16 * s)


def hearing_aid_fitting_record(rng: random.Random) -> Canvas:
    """A hearing-aid fitting: a Chinese 助听器验配记录 with its audiogram, a maker's 保修卡
    with its receipt, an English audiology fitting record or a German Anpassbericht."""
    fk = UpkeepFaker(rng)
    draw = rng.choices((_cn_record, _cn_warranty, en_record, de_report), weights=(36, 20, 26, 18))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"hearing_aid_fitting_record": hearing_aid_fitting_record}
