"""Military service and veterans. A 退役军人优待证 photographed front and back (the
title band, the photo, 姓名, 证号 and the ID; the rules, 发证机关, 发证日期 and the
hotline), a 退役军人信息采集表 filled in by pen at a street's 服务站 (name, sex, nation,
date of birth, politics and schooling, ID beside the photo; 入伍 and 退役 dates, places,
kind, the unit's number, post, rank, the 士兵证 / 军官证 number, placement and job; the
户籍 and the home to the room, the phone; family members with relation, name, birth,
work and phone; awards; the veteran's and the station worker's signatures), a street
office's printed 慰问 / 光荣之家 list (households by name, kind, community, home to the
door and phone, the gift, signed for by hand; 制表人 and 审核人, the office's seal);
an English certificate of service or a French état signalétique et des services
(:mod:`synth.veteran_latin`).

Personal: veterans, family members, next of kin, staff and officers who sign
(``name``), IDs, dates of birth, the 优待证 number and service numbers (``id_number``),
homes to the room (``door``), phones. Ordinary: offices, stations, communities, units
and their numbers, ranks, posts, kinds, dates of service, placement, awards, gifts,
relations and the rules; a station's hotline is business data.
"""

from __future__ import annotations

import random

from .fakedata_filings import FilingFaker
from .formkit import RED, Cell, face_photo, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .kit import S, _finish, joined_address
from .render import Canvas, Span
from .veteran_latin import en_service, fr_etat
from .veteran_words import (
    CN_AWARDS,
    CN_CARD_RULES,
    CN_COMMUNITIES,
    CN_EDUCATION,
    CN_GIFTS,
    CN_HOTLINE,
    CN_HOUSEHOLDS,
    CN_JOBS,
    CN_KINDS,
    CN_LIST_TITLES,
    CN_PLACEMENT,
    CN_POLITICS,
    CN_POSTS,
    CN_PROVINCES,
    CN_RANKS,
    CN_RELATIONS,
    CN_STREETS,
)


def _card(rng: random.Random, fk: FilingFaker) -> Canvas:
    """Front above back, as a phone photographs a card laid on a table twice."""
    W = rng.choice((900, 960))
    c, p, m, right = sheet(rng, (W,), 1.35, cjk=True, base=900, margin=0.05)
    s = p.s
    cw, ch = right - m, (right - m) * 0.63
    prov = rng.choice(CN_PROVINCES)
    name, idn = fk.cn_name(honorific=0.0), fk.id_born(1950, 2002)
    gold = (238, 200, 120)
    for k in range(2):
        top = m + k * (ch + 40 * s)
        c.draw.rounded_rectangle(
            [m, top, right, top + ch],
            24 * s,
            fill=(250, 244, 236),
            outline=(180, 150, 120),
            width=2,
        )
        if k == 0:
            c.draw.rounded_rectangle([m, top, right, top + 120 * s], 24 * s, fill=(178, 28, 32))
            c.draw.rectangle([m, top + 90 * s, right, top + 120 * s], fill=(178, 28, 32))
            c.text(
                m + cw / 2,
                top + 52 * s,
                "中华人民共和国",
                p.font(24, bold=True),
                "other",
                anchor="ms",
                fill=gold,
            )
            c.text(
                m + cw / 2,
                top + 100 * s,
                "退役军人优待证",
                p.font(36, bold=True),
                "label",
                anchor="ms",
                fill=gold,
            )
            pw, ph = 170 * s, 225 * s
            face_photo(p, m + 40 * s, top + 150 * s, pw, ph)
            x, y = m + 250 * s, top + 200 * s
            shown = idn if rng.random() < 0.6 else idn[:6] + "********" + idn[14:]
            for label, value, kind in (
                ("姓  名", name, "name"),
                ("证  号", fk.cn_preferential_no(), "id_number"),
                ("身份证号", shown, "id_number"),
                ("类  别", rng.choice(CN_KINDS), "other"),
            ):
                c.text(x, y, label, p.font(20), "label", fill=(120, 40, 30))
                c.text(x + 120 * s, y, value, p.font(24), kind)
                y += 70 * s
        else:
            y = top + 70 * s
            for rule in CN_CARD_RULES:
                y = (
                    c.wrap(m + 40 * s, y, [S(rule, "footer")], p.font(17), cw - 80 * s, 28 * s)
                    + 8 * s
                )
            y += 20 * s
            c.line(
                m + 40 * s,
                y,
                [S("发证机关:", "label"), S(f"{prov}退役军人事务厅", "other")],
                p.font(18),
            )
            y += 40 * s
            c.line(
                m + 40 * s,
                y,
                [
                    S("发证日期:", "label"),
                    S(f"{rng.randint(2022, 2025)}年{rng.randint(1, 12)}月", "date"),
                ],
                p.font(18),
            )
            y += 40 * s
            c.line(
                m + 40 * s,
                y,
                [S("服务热线:", "label"), Span(CN_HOTLINE, "shop_phone", None)],
                p.font(18),
            )
            seal(p, right - 150 * s, top + ch - 130 * s, 70 * s, f"{prov}退役军人事务厅")
    return _finish(c, m + 2 * ch + 40 * s, m, pad=0)


def _collect(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.6, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    street = rng.choice(CN_STREETS)
    y = m + 36 * s
    c.text(c.width / 2, y, f"{street}退役军人服务站", p.font(22, bold=True), "shop", anchor="ms")
    y += 50 * s
    c.text(c.width / 2, y, "退役军人信息采集表", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(
        m,
        y,
        [S("编号:", "label"), S(f"{rng.randint(1, 30):02d}-{fk.digits(4)}", "other")],
        p.font(16),
    )
    y += 16 * s
    hand = rng.random() < 0.85
    name = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1955, 2000)
    born = int(idn[6:10])
    joined = born + rng.randint(17, 21)
    left = min(joined + rng.choice((2, 2, 5, 8, 12, 16)), 2025)
    f = p.font(16)
    photo_w = w * 0.16
    top_rows = grid_rows(
        [
            [
                ("姓名", name, "name"),
                ("性别", "男" if int(idn[16]) % 2 else "女", "other"),
                ("民族", "汉族", "other"),
            ],
            [
                ("出生年月", f"{born}.{int(idn[10:12])}", "id_number"),
                ("政治面貌", rng.choice(CN_POLITICS), "other"),
                ("文化程度", rng.choice(CN_EDUCATION), "other"),
            ],
            [("身份证号码", idn, "id_number")],
            [
                ("入伍时间", f"{joined}年{rng.choice((3, 9, 12))}月", "other"),
                ("退役时间", f"{left}年{rng.choice((3, 9, 12))}月", "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    widths = [(w - photo_w) * k for k in (0.15, 0.2, 0.15, 0.18, 0.14, 0.18)]
    top = y
    y = table(p, m, y, widths, top_rows, 50 * s, f, hand_px=24)
    c.box(right - photo_w, top, right, y, width=2)
    if rng.random() < 0.8:
        face_photo(p, right - photo_w + 14 * s, top + 14 * s, photo_w - 28 * s, y - top - 28 * s)
    else:
        c.text(right - photo_w / 2, (top + y) / 2, "照片", p.font(18), "label", anchor="mm")
    rows = grid_rows(
        [
            [
                ("入伍地", fk.cn_address_parts()[0], "other"),
                ("退役军人类别", rng.choice(CN_KINDS), "other"),
            ],
            [
                ("服役部队", f"中国人民解放军{fk.digits(5, True)}部队", "other"),
                ("部职别", rng.choice(CN_POSTS), "other"),
            ],
            [
                ("军衔", rng.choice(CN_RANKS), "other"),
                ("士兵证/军官证号", fk.cn_service_no(), "id_number"),
            ],
            [
                ("安置方式", rng.choice(CN_PLACEMENT), "other"),
                ("现工作单位", rng.choice(CN_JOBS), "other"),
            ],
            [("户籍地址", joined_address([fk.cn_address(with_door=0.3)[0]], ""), "")],
            [("现居住地址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
            [
                ("联系电话", fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
                ("立功受奖", rng.choice(CN_AWARDS), "other"),
            ],
        ],
        hand=hand,
        columns=4,
    )
    y = table(p, m, y, [w * k for k in (0.15, 0.35, 0.16, 0.34)], rows, 50 * s, f, hand_px=24)
    y += 40 * s
    c.text(m, y, "家庭主要成员", p.font(18, bold=True), "label")
    fam = [[label_cell(t) for t in ("关系", "姓名", "出生年月", "工作单位或职业", "联系电话")]]
    for rel in rng.sample(CN_RELATIONS, rng.randint(2, 4)):
        by = born + {"配偶": rng.randint(-3, 4), "父亲": -28, "母亲": -26}.get(rel, 27)
        cells = (
            (rel, "other"),
            (
                name[0] + fk.cn_given_name()
                if rel in ("父亲", "儿子", "女儿")
                else fk.cn_name(honorific=0.0),
                "name",
            ),
            (f"{by}.{rng.randint(1, 12)}", "id_number"),
            (rng.choice(CN_JOBS), "other"),
            (fk.cn_mobile_digits() if by < 2010 else "", "phone"),
        )
        fam.append([Cell.of(t, k, hand=hand, align="c") for t, k in cells])
    y = (
        table(
            p,
            m,
            y + 12 * s,
            [w * k for k in (0.12, 0.2, 0.18, 0.25, 0.25)],
            fam,
            46 * s,
            f,
            hand_px=24,
        )
        + 50 * s
    )
    x = c.line(m, y, [S("本人签字:", "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    x = c.line(m + w * 0.36, y, [S("采集人:", "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(
        right - 250 * s,
        y,
        [S("采集日期:", "label"), S(f"2026.{rng.randint(1, 11)}.{rng.randint(1, 28)}", "date")],
        p.font(17),
    )
    return _finish(c, y, m // 2, pad=30 * s)


def _register(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1400, 1500), 1.0, cjk=True, base=1400, margin=0.04)
    s, w = p.s, right - m
    street = rng.choice(CN_STREETS)
    title = rng.choice(CN_LIST_TITLES).format(street=street)
    y = m + 40 * s
    c.text(c.width / 2, y, title, p.font(28, bold=True), "label", anchor="ms")
    y += 40 * s
    plaque = "光荣牌" in title
    heads = (
        "序号",
        "姓名",
        "类别",
        "所属社区",
        "家庭住址",
        "联系电话",
        "悬挂时间" if plaque else "慰问内容",
        "签领人",
    )
    rows = [[label_cell(t) for t in heads]]
    f = p.font(16)
    for k in range(rng.randint(8, 13)):
        name = fk.cn_name(honorific=0.0)
        region, road, door = fk.cn_address_parts()
        signer = name if rng.random() < 0.75 else name[0] + fk.cn_given_name()
        extra = f"2026.{rng.randint(1, 8)}.{rng.randint(1, 28)}" if plaque else rng.choice(CN_GIFTS)
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "name", align="c"),
                Cell.of(rng.choice(CN_HOUSEHOLDS), "other", align="c"),
                Cell.of(rng.choice(CN_COMMUNITIES), "other", align="c"),
                Cell((S(road, "address"), S(door, "door"))),
                Cell.of(fk.cn_mobile(rng.choice(("plain", "plain", "dash"))), "phone", align="c"),
                Cell.of(extra, "date" if plaque else "other", align="c"),
                Cell.of(signer if rng.random() < 0.85 else "", "name", hand=True, align="c"),
            ]
        )
    widths = [w * k for k in (0.05, 0.09, 0.13, 0.11, 0.3, 0.13, 0.1, 0.09)]
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=24) + 50 * s
    for k, role in enumerate(("制表人:", "审核人:")):
        x = c.line(m + k * w * 0.3, y, [S(role, "label")], p.font(17)) + 10 * s
        c.text(x, y, fk.cn_name(honorific=0.0), p.font(17), "name")
    c.line(right - 300 * s, y, [S(f"{street}办事处(章)", "other")], p.font(17))
    seal(p, right - 200 * s, y + 6 * s, 60 * s, f"{street}办事处")
    y += 40 * s
    c.text(
        m,
        y,
        f"注:本表一式两份,{street}退役军人服务站留存一份。",
        p.font(14),
        "footer",
        fill=RED if rng.random() < 0.2 else None,
    )
    return _finish(c, y, m // 2, pad=30 * s)


def veteran_service_record(rng: random.Random) -> Canvas:
    """A 退役军人优待证 front and back, a 退役军人信息采集表 by pen, a street office's
    慰问 / 光荣之家 list, an English certificate of service or a French état des services."""
    fk = FilingFaker(rng)
    draw = rng.choices(
        (_card, _collect, _register, en_service, fr_etat), weights=(20, 30, 18, 16, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"veteran_service_record": veteran_service_record}
