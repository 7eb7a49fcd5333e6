"""Homeowners' meetings and ballots. A 业主大会表决票 (房号 as building-unit-room, 业主姓名,
建筑面积 in m², the 表决事项 table with 同意 / 反对 / 弃权 ticked by hand, 业主签字,
联系电话, and a 委托代理人 with an ID number when someone votes by proxy); the notice
board's 投票结果公示 listing households by room with the owners' names (full or starred)
and whether they voted; a hand-written 授权委托书 naming owner, flat and proxy inside its
sentence; an English proxy form and ballot (unit, owner names, motions For / Against /
Abstain, proxy holder, signature); or a German Vollmacht zur Eigentümerversammlung.

Personal: owners, proxies and signatures (``name``), the owners' flats (``door``; the
estate's name before them is ordinary), ID numbers, phones and e-mail. Ordinary:
motions, ticks, areas, shares, counts, meeting dates, headings and notes; the estate, the
owners' committee and the property manager with its phone are ordinary or business.
"""

from __future__ import annotations

import random

from .ballot_proxies import de_vollmacht, en_proxy_form
from .ballot_words import (
    CN_MANAGERS,
    CN_MOTIONS,
    CN_NOTES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_marks import ruled_paper
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, hand_font
from .render import Canvas, Span


def _room(rng: random.Random) -> str:
    b, u, f = rng.randint(1, 28), rng.randint(1, 4), rng.randint(1, 32)
    return rng.choice(
        (
            f"{b}-{u}-{f}{rng.randint(1, 4):02d}",
            f"{b}栋{u}单元{f}0{rng.randint(1, 4)}室",
            f"{b}幢{f}0{rng.randint(1, 4)}",
        )
    )


def _cn_ballot(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=True, base=1200, margin=0.06)
    s = p.s
    estate = fk.cn_estate()
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        f"{estate}第{rng.choice('一二三')}次业主大会",
        p.font(26, bold=True),
        "shop",
        anchor="ms",
    )
    y += 46 * s
    c.text(c.width / 2, y, "业主表决票", p.font(34, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("票号:", "label"), Span(fk.digits(5), "order_number", None)], p.font(16))
    c.line(
        right - 360 * s,
        y,
        [S("投票截止:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        p.font(16),
    )
    y += 16 * s
    owner = fk.cn_name(honorific=0.0)
    proxy = rng.random() < 0.4
    head = [
        [
            label_cell("房号"),
            hand_cell(_room(rng), "door"),
            label_cell("业主姓名"),
            hand_cell(owner, "name"),
        ],
        [
            label_cell("建筑面积"),
            Cell.of(f"{rng.randint(58, 168)}.{rng.randint(10, 99)}㎡", "other"),
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile_digits(), "phone"),
        ],
    ]
    w4 = [(right - m) * k for k in (0.16, 0.34, 0.16, 0.34)]
    y = table(p, m, y, w4, head, 52 * s, p.font(18), hand_px=28)
    y += 24 * s
    rows = [
        [
            label_cell("序号"),
            label_cell("表决事项"),
            label_cell("同意"),
            label_cell("反对"),
            label_cell("弃权"),
        ]
    ]
    for k, motion in enumerate(rng.sample(CN_MOTIONS, rng.randint(4, 6)), 1):
        pick = rng.choices((2, 3, 4), weights=(70, 15, 15))[0]
        marks = [
            Cell.of("√", "other", hand=True, align="c") if i == pick else Cell.of("", "other")
            for i in (2, 3, 4)
        ]
        rows.append([Cell.of(str(k), "other", align="c"), Cell.of(motion, "other"), *marks])
    widths = [(right - m) * k for k in (0.08, 0.62, 0.1, 0.1, 0.1)]
    y = table(p, m, y, widths, rows, 48 * s, p.font(17), hand_px=30)
    y += 40 * s
    f = p.font(18)
    x = c.line(m, y, [S("业主签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(owner, "name")], 36, cjk=True)
    c.line(
        c.width * 0.55,
        y,
        [S("日期:", "label"), S(f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date")],
        f,
    )
    y += 50 * s
    if proxy:
        x = c.line(m, y, [S("委托代理人:", "label")], f) + 10 * s
        x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True) + 30 * s
        x = c.line(x, y, [S("身份证号:", "label")], f) + 10 * s
        handwritten(
            p, x, y, [S(fk.cn_resident_id(x_prob=0.1), "id_number")], 28, cjk=True, width=right - x
        )
        y += 50 * s
    for note in CN_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 20 * s
    c.line(
        m,
        y,
        [
            S("物业服务中心:", "label"),
            S(rng.choice(CN_MANAGERS), "shop"),
            S("  电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(15),
    )
    y += 40 * s
    c.text(right - 360 * s, y, f"{estate}业主委员会", p.font(18), "shop")
    seal(p, right - 200 * s, y - 20 * s, 70 * s, "业主委员会")
    return _finish(c, y, m // 2, pad=40 * s)


def _cn_results(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The notice board's result list: households by room, owners' names, ballot state."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.4, cjk=True, base=1200, margin=0.05)
    s = p.s
    estate = fk.cn_estate()
    y = m + 40 * s
    c.text(
        c.width / 2, y, f"{estate}业主大会投票结果公示", p.font(30, bold=True), "label", anchor="ms"
    )
    y += 44 * s
    total = rng.randint(380, 960)
    voted = rng.randint(total // 2 + 10, total - 20)
    intro = (
        f"本次业主大会共有业主{total}户,已投票{voted}户,占总户数的{voted * 100 // total}%。"
        f"现将各户投票情况公示如下,如有异议请于七日内向业主委员会反映。"
    )
    y = c.wrap(m, y, [S(intro, "footer")], p.font(17), right - m, 30 * s, max_lines=3) + 10 * s
    name_head = rng.choice(("业主", "业主姓名", "户主"))
    rows = [[label_cell(h) for h in ("序号", "房号", name_head, "面积(㎡)", "投票情况", "备注")]]
    for k in range(rng.randint(9, 14)):
        name = fk.cn_name_masked() if rng.random() < 0.35 else fk.cn_name(honorific=0.0)
        state = rng.choices(("已投票", "未投票", "委托投票"), weights=(70, 20, 10))[0]
        note = rng.choice(("", "", "", "空置", "已出租"))
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(_room(rng), "door"),
                Cell.of(name, "name"),
                Cell.of(f"{rng.randint(58, 168)}.{rng.randint(10, 99)}", "other", align="r"),
                Cell.of(state, "other", align="c"),
                Cell.of(note, "other"),
            ]
        )
    widths = [(right - m) * k for k in (0.08, 0.22, 0.18, 0.14, 0.2, 0.18)]
    y = table(p, m, y, widths, rows, 42 * s, p.font(17), line=1)
    y += 40 * s
    for motion in rng.sample(CN_MOTIONS, 2):
        agree = rng.randint(voted // 2, voted)
        c.line(
            m,
            y,
            [S(motion, "other"), S(f"  同意{agree}户  反对{voted - agree}户", "other")],
            p.font(16),
        )
        y += 32 * s
    y += 20 * s
    c.text(right - 300 * s, y, f"{estate}业主委员会", p.font(17), "shop")
    y += 30 * s
    c.text(
        right - 300 * s,
        y,
        f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        p.font(17),
        "date",
    )
    seal(p, right - 160 * s, y - 30 * s, 66 * s, "业主委员会")
    return _finish(c, y, m // 2, pad=40 * s)


def _cn_letter(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A 授权委托书 written out by hand: owner, flat and proxy inside one sentence."""
    c, p, m, right = sheet(rng, (1000, 1060), 1.0, cjk=True, base=1000, margin=0.07)
    s = p.s
    step = 60 * s
    y = m + 60 * s
    ruled_paper(p, m - 20 * s, right + 20 * s, y + 14 * s, y + 8 * step, step, margin=False)
    ink = rng.choice(((25, 35, 120), (30, 30, 35)))
    hf = hand_font(p, 30, cjk=True)
    c.text(c.width / 2, y, "授权委托书", hand_font(p, 42, cjk=True), "label", anchor="ms", fill=ink)
    y += step
    owner, agent = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    estate = fk.cn_estate()
    b, u, f = rng.randint(1, 28), rng.randint(1, 4), rng.randint(1, 30)
    body = [
        S("本人", "footer"),
        S(owner, "name"),
        S("系", "footer"),
        S(estate, "other"),
        S(f"{b}栋{u}单元{f}0{rng.randint(1, 4)}室", "door"),
        S("业主,现委托", "footer"),
        S(agent, "name"),
        S("(身份证号", "footer"),
        S(fk.cn_resident_id(x_prob=0.1), "id_number"),
        S(
            ")代为参加本小区业主大会,并对大会全部表决事项行使表决权,代理人在委托权限内所签署的表决票本人均予以承认。",
            "footer",
        ),
    ]
    y = c.wrap(
        m + 60 * s, y, body, hf, right - m - 60 * s, step, indent=-60 * s, fill=ink, max_lines=6
    )
    y += step * 0.3
    for label, spans in (
        ("委托人:", [S(owner, "name")]),
        ("联系电话:", [S(fk.cn_mobile_digits(), "phone")]),
        ("受托人:", [S(agent, "name")]),
    ):
        c.line(c.width * 0.45, y, [S(label, "label"), *spans], hf, fill=ink)
        y += step
    c.text(
        c.width * 0.45,
        y,
        f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        hf,
        "date",
        fill=ink,
    )
    return _finish(c, y, m // 2, pad=20 * s)


def owners_meeting_ballot(rng: random.Random) -> Canvas:
    """A homeowners' meeting paper: a ballot, the result notice, a proxy letter, an English
    proxy form or a German Vollmacht."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_ballot, _cn_results, _cn_letter, en_proxy_form, de_vollmacht),
        weights=(30, 18, 16, 20, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"owners_meeting_ballot": owners_meeting_ballot}
