"""Fire safety inspections. A 消防安全检查记录表 for a residential building, a shop or a
small factory (单位名称 ordinary; 检查时间; 消防安全责任人 and 管理人 with phones; 检查人员
by name; 检查项目 rows ticked 合格 / 不合格; 发现问题 by hand naming a resident and their
room; 整改意见 and 整改期限; signatures), an extinguisher's 检查卡 hung on the cylinder (a
month a row: date, pressure, look, and the checker's name by hand in the last cell), a
fire brigade's 责令限期改正通知书 to a shopkeeper, an English fire door inspection
sheet for a block of flats or a German Feuerlöscher-Prüfprotokoll
(:mod:`synth.firecheck_latin`).

Personal: the responsible persons, inspectors, residents and checkers (``name``; after
住户 … 先生 only the surname), phones, a resident's building and room (``door``), the
shopkeeper's ID and an inspector's 执法证号 (``id_number``), the shop-house address
(``address`` + ``door``: the shopkeeper lives above the shop). Ordinary: premises'
names, items and ticks, problems' other words, fixes, deadlines, an extinguisher's
number and type, the notice's 文书编号. A brigade's or maintenance firm's address and
line, and a shop's or factory's own address, are business data.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .firecheck_latin import de_protokoll, en_door_sheet
from .firecheck_words import (
    CN_BRIGADES,
    CN_EXT_TYPES,
    CN_FIRMS,
    CN_FIXES,
    CN_HOME_PROBLEMS,
    CN_ITEMS,
    CN_PREMISES,
    CN_SHOP_PROBLEMS,
    CN_SPOTS,
    CN_VIOLATIONS,
)
from .formkit import RED, Cell, fit, handwritten, seal, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, hand_cell, label_cell, prose_row
from .kit import S, _finish, biz, joined_address
from .render import Canvas, Span


def _day(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _problem(rng: random.Random, fk: SurveyFaker, home: bool) -> list[Span]:
    parts = {
        "r": (fk.cn_door(), "door"),
        "f": (fk.cn_name(honorific=0.0), "name"),
        "s": (fk.cn_surname(), "name"),
    }
    return template_spans(
        rng.choice(CN_HOME_PROBLEMS if home else CN_SHOP_PROBLEMS), parts, "other"
    )


def _cn_record(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.6, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    premises, kind = rng.choice(CN_PREMISES)
    y = m + 50 * s
    c.text(c.width / 2, y, "消防安全检查记录表", p.font(34, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(
        right - 320 * s,
        y,
        [S("编号:", "label"), S(f"XJ-2026-{rng.randint(1, 999):03d}", "other")],
        p.font(16),
    )
    y += 16 * s
    hand = rng.random() < 0.75
    inspectors = [fk.cn_name(honorific=0.0) for _ in range(rng.choice((1, 2)))]
    place: list[Span]
    if kind == "住宅":
        place = [S(premises, "other")]
    else:
        place = [biz(fk.cn_address(with_door=0.0)[0].text, "shop_address")]
    boss, manager = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [("单位名称", premises, "other"), ("单位类别", kind, "other")],
            [("检查地点" if kind == "住宅" else "单位地址", place, "")],
            [("消防安全责任人", boss, "name"), ("联系电话", fk.cn_mobile("plain"), "phone")],
            [("消防安全管理人", manager, "name"), ("联系电话", fk.cn_mobile("dash"), "phone")],
            [("检查时间", _day(rng) + f" {rng.randint(8, 16)}时", "date")],
            [("检查人员", _names(inspectors), "")],
        ],
        hand=hand,
    )
    widths = [w * 0.17, w * 0.33, w * 0.17, w * 0.33]
    y = table(p, m, y, widths, rows, 50 * s, p.font(17), hand_px=30) - 2
    items = rng.sample(CN_ITEMS, rng.randint(6, 8))
    bad = set(rng.sample(range(len(items)), rng.choice((1, 2))))
    grid = [[label_cell("序号"), label_cell("检查项目"), label_cell("合格"), label_cell("不合格")]]
    for k, item in enumerate(items):
        grid.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(item, "label"),
                Cell.of("" if k in bad else "√", "other", hand=True, align="c"),
                Cell.of(rng.choice(("×", "√")) if k in bad else "", "other", hand=True, align="c"),
            ]
        )
    y = table(p, m, y, [w * 0.08, w * 0.62, w * 0.15, w * 0.15], grid, 42 * s, p.font(16), line=1)
    found = _problem(rng, fk, kind == "住宅")
    if rng.random() < 0.5:
        found += _problem(rng, fk, kind == "住宅")
    f = p.font(17)
    y = prose_row(p, m, y, (w * 0.17, w * 0.83), "发现问题", found, f, hand=hand, lines=3)
    fix = [S(rng.choice(CN_FIXES), "other")]
    y = prose_row(p, m, y, (w * 0.17, w * 0.83), "整改意见", fix, f, hand=hand, lines=2)
    due = [label_cell("整改期限"), Cell((S(_day(rng) + "前", "date"),), hand, 3)]
    y = table(p, m, y, widths, [due], 50 * s, f, hand_px=30, line=1) + 50 * s
    for k, (role, who) in enumerate(
        (("被检查单位负责人(签字):", boss), ("检查人员(签字):", inspectors[0]))
    ):
        x = c.line(m + k * w * 0.52, y, [S(role, "label")], f) + 8 * s
        handwritten(p, x, y, [S(who, "name")], 32, cjk=True)
    return _finish(c, y, m // 2, pad=24 * s)


def _names(people: list[str]) -> list[Span]:
    """张三  李四: each inspector a name of their own, spaces between them."""
    out: list[Span] = []
    for k, who in enumerate(people):
        out += [S("  ", "other")] if k else []
        out.append(S(who, "name"))
    return out


def _cn_tag(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A cardboard tag on the cylinder: its facts, then a month a row with the checker's
    name written in the last cell (two or three checkers take turns)."""
    c, p, m, right = sheet(rng, (620, 680), 1.9, cjk=True, base=620, margin=0.06)
    s, w = p.s, right - m
    firm, fphone = rng.choice(CN_FIRMS)
    c.draw.rectangle([m, m, right, m + 70 * s], fill=RED)
    c.text(
        c.width / 2,
        m + 48 * s,
        "灭火器检查卡",
        p.font(30, bold=True),
        "label",
        anchor="ms",
        fill=(255, 255, 255),
    )
    y = m + 110 * s
    f = p.font(16)
    facts = [
        ("编号:", S(fk.extinguisher_no(), "other")),
        ("型号:", S(rng.choice(CN_EXT_TYPES), "other")),
        ("放置位置:", S(rng.choice(CN_SPOTS), "other")),
        ("生产日期:", S(f"{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月", "date")),
        ("维保单位:", S(firm, "shop")),
    ]
    for label, value in facts:
        c.line(m + 6 * s, y, [S(label, "label"), value], fit(p, f, label + value.text, w - 12 * s))
        y += 32 * s
    c.line(m + 6 * s, y, [S("维保电话:", "label"), biz(fphone, "shop_phone")], f)
    y += 32 * s
    # the premises' own fire safety person, so a tag found empty still says whom to call
    keeper = [S("责任人:", "label"), S(fk.cn_name(honorific=0.0), "name")]
    c.line(m + 6 * s, y, [*keeper, S("  电话:", "label"), S(fk.cn_mobile("plain"), "phone")], f)
    y += 16 * s
    checkers = [fk.cn_name(honorific=0.0) for _ in range(rng.choice((2, 3)))]
    if rng.random() < 0.4:  # some sign with the surname alone
        checkers[0] = checkers[0][0]
    rows = [[label_cell(t) for t in ("月份", "检查日期", "压力", "外观", "检查人")]]
    done = rng.randint(4, 11)
    for month in range(1, 13):
        if month > done:
            rows.append(
                [
                    Cell.of(f"{month}月", "label", align="c"),
                    *(Cell.of("", "other") for _ in range(4)),
                ]
            )
            continue
        rows.append(
            [
                Cell.of(f"{month}月", "label", align="c"),
                hand_cell(f"{month}.{rng.randint(1, 28)}", "date"),
                hand_cell(rng.choice(("正常", "√", "绿区")), "other"),
                hand_cell(rng.choice(("完好", "√", "良好")), "other"),
                hand_cell(
                    checkers[(month - 1) % len(checkers)] if rng.random() < 0.85 else checkers[0],
                    "name",
                ),
            ]
        )
    widths = [w * 0.16, w * 0.22, w * 0.18, w * 0.18, w * 0.26]
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), hand_px=26, line=1) + 30 * s
    c.text(m + 6 * s, y, "每月检查一次,请勿撕毁", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=14 * s, border=2)


def _cn_notice(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A brigade's 责令限期改正通知书 to a 个体工商户 living in the shop-house."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.4, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    brigade, baddr, bphone, short = rng.choice(CN_BRIGADES)
    y = m + 40 * s
    c.text(c.width / 2, y, brigade, p.font(24), "label", anchor="ms")
    y += 56 * s
    c.text(c.width / 2, y, "责令限期改正通知书", p.font(36, bold=True), "label", anchor="ms")
    y += 44 * s
    c.text(
        c.width / 2,
        y,
        f"{short}限字〔2026〕第{rng.randint(1, 999):04d}号",
        p.font(18),
        "other",
        anchor="ms",
    )
    y += 56 * s
    f, lh = p.font(19), 36 * s
    owner = fk.cn_name(honorific=0.0)
    home, _ = fk.cn_address(with_door=1.0)
    spans = [
        S(owner, "name"),
        S("(个体工商户,公民身份号码:", "other"),
        S(fk.id_born(1960, 2000), "id_number"),
        S("):", "other"),
    ]
    y = c.wrap(m, y, spans, f, w, lh, max_lines=2)
    spans = [
        S("根据《中华人民共和国消防法》第五十三条的规定,我大队于", "other"),
        S(_day(rng), "date"),
        S("对你位于", "other"),
        *joined_address([home]),
        S("的经营场所进行了消防监督检查,发现存在下列消防安全违法行为:", "other"),
    ]
    y = c.wrap(m + 38 * s, y, spans, f, w - 38 * s, lh, max_lines=5)
    for k, v in enumerate(rng.sample(CN_VIOLATIONS, rng.randint(2, 3)), 1):
        y = c.wrap(m + 38 * s, y, [S(f"{k}. {v};", "other")], f, w - 38 * s, lh, max_lines=2)
    rest = f"根据《中华人民共和国消防法》第六十条第一款的规定,责令你于{_day(rng)}前改正。改正期间,应当采取措施确保消防安全。"
    y = c.wrap(m + 38 * s, y, [S(rest, "other")], f, w - 38 * s, lh, max_lines=3) + 20 * s
    officers = [fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)]
    spans = [S("消防监督检查人员:", "label")]
    for k, who in enumerate(officers):
        spans += [
            S("    " if k else "", "other"),
            S(who, "name"),
            S(" 执法证号:", "other"),
            S(fk.cn_inspector_no(), "id_number"),
        ]
    y = c.wrap(m, y, [sp for sp in spans if sp.text], f, w, lh, max_lines=2)
    c.line(m, y, [S("联系电话:", "label"), biz(bphone, "shop_phone")], f)
    y += 90 * s
    c.text(right - 60 * s, y, brigade, f, "other", anchor="rs")
    seal(p, right - 200 * s, y - 20 * s, 80 * s, brigade)
    y += 44 * s
    c.text(right - 60 * s, y, _day(rng), f, "date", anchor="rs")
    y += 70 * s
    x = c.line(m, y, [S("被检查单位(场所)负责人签收:", "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(owner, "name")], 34, cjk=True) + 40 * s
    handwritten(
        p, x, y, [S(f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date")], 30, cjk=True
    )
    y += 56 * s
    foot = [
        S("地址:", "footer"),
        biz(baddr, "shop_address"),
        S("  本通知书一式两份,一份交被检查单位。", "footer"),
    ]
    c.line(m, y, foot, fit(p, p.font(15), "".join(sp.text for sp in foot), w))
    return _finish(c, y, m // 2, pad=20 * s)


def fire_safety_inspection_record(rng: random.Random) -> Canvas:
    """A 消防安全检查记录表, an extinguisher's 检查卡, a 责令限期改正通知书, an English fire
    door inspection sheet or a German Feuerlöscher-Prüfprotokoll."""
    fk = SurveyFaker(rng)
    draw = rng.choices(
        (_cn_record, _cn_tag, _cn_notice, en_door_sheet, de_protokoll),
        weights=(30, 20, 16, 18, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"fire_safety_inspection_record": fire_safety_inspection_record}
