"""Towing and vehicle impound. A 违法停车拖移告知单 left at the kerb, printed on a tinted
carbon copy and filled in by pen (the plate, kind, make and colour, when and where the
car stood, the offence; the lot it went to with the lot's address and phone; the
officer by name with his 警号), a lot's 车辆提取 / 放行单 by pen (the car: plate, make,
colour, VIN, days in, fees; the person collecting: name, ID, phone, 驾驶证号, relation to
the owner, the owner's name; signature, 经办人, the 已放行 stamp), a tow operator's
thermal receipt (plate, in and out times, sums, the driver's phone starred, the
operator), or an English vehicle release form or a French procès-verbal de mise en
fourrière (:mod:`synth.towing_latin`).

Personal: owners, collectors, officers and operators (``name``), plates, VINs, IDs,
licence numbers and an officer's 警号 (``id_number``), phones. Ordinary: makes,
colours, kinds, the street where a car stood, offences, times, days, fees, relations,
slips' serial numbers and headings; a lot's, brigade's or tow firm's address and
phone are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import RED, box_stamp, handwritten, sheet, table
from .formkit_slips import grid_rows, serial_title
from .kit import S, _finish, _paper, biz
from .render import Canvas
from .towing_latin import en_release, fr_fourriere
from .towing_words import (
    CN_COLOURS,
    CN_KINDS,
    CN_LOTS,
    CN_MAKES,
    CN_OFFENCES,
    CN_PICKUP_RELATIONS,
    CN_SPOTS,
    CN_TOW_FIRMS,
)


def _when(rng: random.Random) -> tuple[int, int, int, int, int]:
    return 2026, rng.randint(1, 11), rng.randint(1, 27), rng.randint(7, 21), rng.randint(0, 59)


def _notice(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1060), 1.25, cjk=True, base=1000, margin=0.06)
    s, w = p.s, right - m
    tint = rng.choice(((250, 225, 230), (255, 250, 215), (232, 240, 250)))
    c.draw.rectangle([0, 0, c.width, c.height], fill=tint)
    brigade, lot, addr, phone = rng.choice(CN_LOTS)
    y = m + 40 * s
    c.text(c.width / 2, y, brigade, p.font(20, bold=True), "shop", anchor="ms")
    y += 50 * s
    serial_title(p, y, right, "机动车违法停放拖移告知单", fk.digits(7, True), p.font(17))
    y += 24 * s
    yr, mo, d, h, mi = _when(rng)
    rows = grid_rows(
        [
            [("号牌号码", fk.cn_plate(), "id_number"), ("车辆类型", rng.choice(CN_KINDS), "other")],
            [("品牌", rng.choice(CN_MAKES), "other"), ("颜色", rng.choice(CN_COLOURS), "other")],
            [("违法时间", f"{yr}年{mo}月{d}日{h}时{mi}分", "date")],
            [("违法地点", rng.choice(CN_SPOTS), "other")],
            [("违法行为", rng.choice(CN_OFFENCES), "other")],
        ]
    )
    y = table(
        p, m, y, [w * 0.16, w * 0.34, w * 0.16, w * 0.34], rows, 54 * s, p.font(17), hand_px=27
    )
    y += 40 * s
    body = [
        S("你(单位)的上述机动车因违法停放,且驾驶人不在现场,已依法拖移至", "footer"),
        S(lot, "shop"),
        S("(地址:", "footer"),
        biz(addr, "shop_address"),
        S(";电话:", "footer"),
        biz(phone, "shop_phone"),
        S(
            ")。请驾驶人自收到本告知单之日起十五日内携带本人身份证件、机动车驾驶证和行驶证到",
            "footer",
        ),
        S(brigade, "shop"),
        S("接受处理。逾期不接受处理的,将依法处置。", "footer"),
    ]
    y = c.wrap(m, y, body, p.font(16), w, 30 * s, max_lines=6) + 30 * s
    f = p.font(18)
    x = c.line(m, y, [S("执勤民警:", "label")], f) + 10 * s
    end = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    x = c.line(end + 30 * s, y, [S("警号:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.police_no(), "id_number")], 28, cjk=True)
    y += 44 * s
    c.line(m, y, [S("拖移时间:", "label"), S(f"{h}:{mi:02d}", "date")], f)
    c.text(right, y, "第一联 交当事人", p.font(14), "footer", anchor="rs", fill=RED)
    return _finish(c, y, m // 2, pad=20 * s)


def _release(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.4, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    brigade, lot, addr, phone = rng.choice(CN_LOTS)
    y = m + 36 * s
    c.text(c.width / 2, y, lot, p.font(22, bold=True), "shop", anchor="ms")
    y += 50 * s
    serial_title(
        p,
        y,
        right,
        rng.choice(("车辆提取放行单", "车辆出场放行单")),
        fk.digits(6, True),
        p.font(17),
    )
    y += 24 * s
    yr, mo, d, h, mi = _when(rng)
    days = rng.randint(1, 12)
    tow, keep = rng.choice((150, 200, 300)), rng.choice((10, 20, 30))
    owner = fk.cn_name(honorific=0.0)
    rel = rng.choice(CN_PICKUP_RELATIONS)
    taker = owner if rel == "本人" else fk.cn_name(honorific=0.0)
    idn = fk.id_born(1960, 2004)
    licence = idn if rng.random() < 0.8 else fk.driver_file_no()  # the 驾驶证号 is the ID
    rows = grid_rows(
        [
            [
                ("车牌号", fk.cn_plate(), "id_number"),
                ("品牌颜色", f"{rng.choice(CN_MAKES)} {rng.choice(CN_COLOURS)}", "other"),
            ],
            [("车架号", fk.vin(), "id_number"), ("车辆类型", rng.choice(CN_KINDS), "other")],
            [("入场时间", f"{mo}月{d}日 {h}:{mi:02d}", "date"), ("停放天数", f"{days}天", "other")],
            [("拖车费", f"{tow}元", "other"), ("停车费", f"{keep * days}元", "other")],
            [("合计", f"{tow + keep * days}元", "other")],
            [("车主姓名", owner, "name"), ("与车主关系", rel, "other")],
            [("提车人", taker, "name"), ("联系电话", fk.cn_mobile(), "phone")],
            [("身份证号", idn, "id_number"), ("驾驶证号", licence, "id_number")],
        ]
    )
    y = table(
        p, m, y, [w * 0.13, w * 0.4, w * 0.14, w * 0.33], rows, 54 * s, p.font(17), hand_px=26
    )
    y += 40 * s
    note = "提车人已核对车辆外观及车内物品,确认无误。已出示处理完毕的违法处理凭证。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 26 * s, max_lines=2) + 30 * s
    f = p.font(18)
    x = c.line(m, y, [S("提车人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(taker, "name")], 30, cjk=True)
    x = c.line(m + w * 0.5, y, [S("经办人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    y += 48 * s
    c.line(m, y, [S("放行时间:", "label"), S(f"{yr}年{mo}月{min(28, d + days)}日", "date")], f)
    box_stamp(p, right - 130 * s, y - 40 * s, (lot[:6], "已 放 行"), 15)
    y += 36 * s
    c.line(m, y, [S("咨询电话:", "label"), biz(phone, "shop_phone")], p.font(14))
    return _finish(c, y, m, pad=20 * s)


def _thermal(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (520, 560), 2.6, cjk=True, base=560, margin=0.06)
    c.draw.rectangle([0, 0, c.width, c.height], fill=_paper(rng, thermal=True))
    s = p.s
    firm, line = rng.choice(CN_TOW_FIRMS)
    f = p.font(17, mono=True)
    lh = 30 * s
    y = m + 30 * s
    c.text(c.width / 2, y, firm, p.font(19, bold=True), "shop", anchor="ms")
    y += 34 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("拖车服务收费凭证", "车辆保管费收据")),
        p.font(18),
        "label",
        anchor="ms",
    )
    y += 30 * s
    c.hline(m, right, y, width=1, dash=int(6 * s))
    y += 34 * s
    yr, mo, d, h, mi = _when(rng)
    hours = rng.randint(3, 120)
    tow, rate = rng.choice((150, 180, 200, 260)), rng.choice((5, 10))
    rows = [
        [S("单号:", "label"), S(f"TC{yr}{mo:02d}{d:02d}{fk.digits(4)}", "other")],
        [S("车牌:", "label"), S(fk.cn_plate(), "id_number")],
        [S("入场:", "label"), S(f"{yr}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}", "date")],
        [
            S("出场:", "label"),
            S(
                f"{yr}-{mo:02d}-{min(28, d + hours // 24):02d} {(h + hours) % 24:02d}:{mi:02d}",
                "date",
            ),
        ],
        [S("时长:", "label"), S(f"{hours // 24}天{hours % 24}小时", "other")],
        [S("拖车费:", "label"), S(f"{tow}.00", "price")],
        [S("保管费:", "label"), S(f"{rate * max(1, hours // 24)}.00", "price")],
        [S("合计:", "label"), S(f"{tow + rate * max(1, hours // 24)}.00", "price")],
        [S("支付:", "label"), S(rng.choice(("微信支付", "支付宝", "现金")), "other")],
    ]
    if rng.random() < 0.6:
        rows.insert(
            2,
            [
                S("车主电话:", "label"),
                S(fk.masked_mobile() if rng.random() < 0.6 else fk.cn_mobile("plain"), "phone"),
            ],
        )
    for row in rows:
        c.line(m, y, row, f)
        y += lh
    c.hline(m, right, y - 10 * s, width=1, dash=int(6 * s))
    y += 20 * s
    c.line(m, y, [S("操作员:", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    y += lh
    c.line(m, y, [S("救援热线:", "label"), biz(line, "shop_phone")], f)
    y += lh
    c.text(m, y, "凭此单出场,遗失不补。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=30 * s)


def towing_impound_receipt(rng: random.Random) -> Canvas:
    """A 违法停车拖移告知单, a 车辆提取放行单, a tow operator's thermal receipt, an English
    vehicle release form or a French procès-verbal de mise en fourrière."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_notice, _release, _thermal, en_release, fr_fourriere), weights=(24, 24, 18, 18, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"towing_impound_receipt": towing_impound_receipt}
