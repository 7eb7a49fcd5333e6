"""Market stalls and street trading. A market office's 市场经营户登记表 / 摊位租赁登记表
filled in by pen (the stall-holder's grid beside a photo: 姓名, 性别, 身份证号, 联系电话,
家庭住址 to the room; the stall: 摊位号, 区域, 经营品种, 月租金, 押金; 健康证号 with its
expiry; a helper with relation and phone; the pledge; 经营者签字, the clerk, the office's
seal, address and line), a 城管 bureau's 临时占道经营许可证 (许可证编号, photo,
经营者, 身份证号, 联系电话, the street place as a landmark, hours, goods, area, dates,
rules, seal), a market's printed 摊位费收缴登记表 for the month (摊位号, 经营户, 联系电话,
品种, 金额, a pen's tick and the date paid, the collector), or an English council street
trading licence or a French autorisation d'occupation du domaine public
(:mod:`synth.market_latin`).

Personal: stall-holders, helpers, clerks and collectors (``name``), IDs, 健康证号 and a
permit's 许可证编号 (``id_number``: each issued to one holder), phones, homes and rooms,
photos (``face``). Ordinary: markets, zones, stall numbers, goods, rents, deposits,
areas, hours, street places, dates, ticks, pledges and rules; the office's address and
line are business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .formkit import Cell, face_photo, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .kit import S, _finish, biz, joined_address
from .market_latin import en_licence, fr_autorisation
from .market_words import (
    CN_GOODS,
    CN_HELPERS,
    CN_HOURS,
    CN_MARKETS,
    CN_PERMIT_RULES,
    CN_PLACES,
    CN_PLEDGE,
    CN_STREET_GOODS,
    CN_ZONES,
)
from .render import Canvas


def _stall(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEF')}{rng.randint(1, 3)}-{rng.randint(1, 60):02d}"


def _cn_register(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    market, address, line = rng.choice(CN_MARKETS)
    y = m + 34 * s
    c.text(c.width / 2, y, market, p.font(22, bold=True), "shop", anchor="ms")
    y += 48 * s
    title = rng.choice(("市场经营户登记表", "摊位租赁登记表", "经营户信息登记表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(
        m,
        y,
        [S("登记日期:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        p.font(16),
    )
    y += 14 * s
    hand = rng.random() < 0.8
    idn = fk.id_born(1958, 2002)
    name = fk.cn_name(honorific=0.0)
    photo_w = w * 0.18
    left = w - photo_w
    top = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("身份证号", idn, "id_number")],
            [("联系电话", fk.cn_mobile(rng.choice(("plain", "space", "dash"))), "phone")],
            [("家庭住址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
        ],
        hand=hand,
    )
    row_h = 52 * s
    bottom = table(
        p, m, y, [left * k for k in (0.18, 0.42, 0.14, 0.26)], top, row_h, p.font(17), hand_px=26
    )
    c.box(m + left, y, right, bottom, width=2)
    face_photo(p, m + left + 16 * s, y + 16 * s, photo_w - 32 * s, bottom - y - 32 * s)
    rent = rng.choice((300, 450, 600, 800, 1200, 1500))
    rest = grid_rows(
        [
            [("摊位号", _stall(rng), "other"), ("所在区域", rng.choice(CN_ZONES), "other")],
            [("经营品种", rng.choice(CN_GOODS), "other"), ("月租金", f"{rent}元", "price")],
            [
                ("押金", f"{rent * 2}元", "price"),
                ("租期", f"2026.{rng.randint(1, 6):02d}-2027.{rng.randint(1, 12):02d}", "date"),
            ],
            [
                ("健康证号", fk.health_cert_no(), "id_number"),
                ("有效期至", f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"),
            ],
            [
                ("帮工姓名", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_HELPERS), "other"),
            ],
            [
                ("帮工电话", fk.cn_mobile_digits(), "phone"),
                ("营业执照", rng.choice(("有", "无", "办理中")), "other"),
            ],
        ],
        hand=hand,
    )
    y = (
        table(
            p,
            m,
            bottom,
            [w * k for k in (0.16, 0.34, 0.16, 0.34)],
            rest,
            row_h,
            p.font(17),
            hand_px=26,
        )
        + 36 * s
    )
    y = c.wrap(m, y, [S(CN_PLEDGE, "footer")], p.font(15), w, 24 * s, max_lines=3) + 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("经营者签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    x = c.line(m + w * 0.5, y, [S("登记人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    y += 70 * s
    office = f"{market}管理办公室"
    c.text(right - 20 * s, y, f"{office}(盖章)", f, "shop", anchor="rs")
    seal(p, right - 150 * s, y - 20 * s, 66 * s, market)
    y += 44 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(address, "shop_address"),
            S("  电话:", "label"),
            biz(line, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_permit(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 0.95, cjk=True, base=1100, margin=0.05)
    s = p.s
    bureau = rng.choice(("城市管理和综合执法局", "城市管理局", "综合行政执法局"))
    district = rng.choice(("西湖区", "武侯区", "南山区", "江岸区"))
    y = m + 60 * s
    c.text(c.width / 2, y, "临时占道经营许可证", p.font(34, bold=True), "label", anchor="ms")
    y += 40 * s
    permit = f"{district[:2]}城占字〔2026〕第{fk.digits(4, True)}号"
    c.text(c.width / 2, y, permit, p.font(18), "id_number", anchor="ms")
    y += 50 * s
    f = p.font(20)
    rows = [
        ("经 营 者:", S(fk.cn_name(honorific=0.0), "name")),
        ("身份证号:", S(fk.id_born(1955, 2000), "id_number")),
        ("联系电话:", S(fk.cn_mobile_digits(), "phone")),
        ("经营地点:", S(rng.choice(CN_PLACES), "other")),
        ("经营时段:", S(rng.choice(CN_HOURS), "other")),
        ("经营项目:", S(rng.choice(CN_STREET_GOODS), "other")),
        (
            "占道面积:",
            S(
                f"{rng.choice(('2', '3', '4', '1.5'))}平方米(长×宽 {rng.choice(('2×1', '2×1.5', '3×1'))})",
                "other",
            ),
        ),
        ("有效期限:", S(f"2026年{(mo := rng.randint(1, 6))}月1日至2026年{mo + 6}月30日", "date")),
    ]
    photo_x = right - 200 * s
    top = y
    for label, value in rows:
        c.line(m + 40 * s, y, [S(label, "label"), S(" ", "other"), value], f)
        y += 44 * s
    face_photo(p, photo_x, top - 20 * s, 150 * s, 200 * s)
    y += 10 * s
    for rule in CN_PERMIT_RULES:
        c.text(m + 40 * s, y, rule, p.font(15), "footer")
        y += 26 * s
    y += 50 * s
    issuer = f"{district}{bureau}"
    c.text(right - 50 * s, y, issuer, p.font(18), "shop", anchor="rs")
    seal(p, right - 160 * s, y - 20 * s, 70 * s, issuer[:9])
    y += 34 * s
    c.text(right - 50 * s, y, f"2026年{mo}月1日", p.font(18), "date", anchor="rs")
    c.trim(int(y + 40 * s + m))
    c.box(m, m, right, c.height - m, width=3)
    return c


def _cn_list(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    market, address, line = rng.choice(CN_MARKETS)
    month = rng.randint(1, 12)
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        f"{market}2026年{month}月摊位费收缴登记表",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    zone = rng.choice(CN_ZONES)
    c.line(m, y, [S("区域:", "label"), S(zone, "other")], p.font(16))
    c.line(right - 320 * s, y, [S("管理处电话:", "label"), biz(line, "shop_phone")], p.font(16))
    y += 16 * s
    heads = ("摊位号", "经营户", "联系电话", "经营品种", "应缴(元)", "已缴", "缴费日期")
    rows = [[label_cell(h) for h in heads]]
    prefix = rng.choice("ABCDEF")
    for k in range(rng.randint(14, 20)):
        paid = rng.random() < 0.75
        rows.append(
            [
                Cell.of(f"{prefix}-{k + 1:02d}", "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of(fk.cn_mobile(rng.choice(("plain", "plain", "space"))), "phone", align="c"),
                Cell.of(rng.choice(CN_GOODS), "other", align="c"),
                Cell.of(str(rng.choice((300, 450, 600, 800))), "price", align="r"),
                Cell.of("√" if paid else "", "other", hand=True, align="c"),
                Cell.of(
                    f"{month}.{rng.randint(1, 10)}" if paid else "", "date", hand=True, align="c"
                ),
            ]
        )
    widths = [w * k for k in (0.1, 0.14, 0.2, 0.18, 0.12, 0.1, 0.16)]
    y = table(p, m, y, widths, rows, 38 * s, p.font(15), hand_px=24, line=1) + 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("收费员:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(
        m + w * 0.5,
        y,
        [S("管理处地址:", "label"), biz(f"{market}{address}", "shop_address")],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=24 * s)


def market_stall_permit(rng: random.Random) -> Canvas:
    """A 市场经营户登记表, a 临时占道经营许可证, a month's 摊位费收缴登记表, an English street
    trading licence or a French autorisation d'occupation du domaine public."""
    fk = DuesFaker(rng)
    draw = rng.choices(
        (_cn_register, _cn_permit, _cn_list, en_licence, fr_autorisation),
        weights=(32, 18, 18, 18, 14),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"market_stall_permit": market_stall_permit}
