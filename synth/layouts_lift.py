"""Lift and elevator maintenance. A maintenance firm's 电梯日常维护保养记录 (使用单位, 注册代码,
the lift's place, make and stops, the kind of visit; the check items in two columns with
√ / ○ / Δ by hand; the findings by hand naming the property's person told, in full or
as a surname and 经理 / 主管 / 师傅; the two maintainers signing with their 特种设备作业人员证
numbers and mobiles; the property's 安全管理员 signing with a phone; the firm's rescue
line); the 维保信息公示牌 framed in the car (the property's safety officer and the
maintainers with their mobiles, the rescue lines); the machine room's hand-kept 故障报修
记录 (who reported it, their flat, a phone, the fault, the fitter); an English LOLER
report of thorough examination or lift service report, or a Spanish parte de
mantenimiento (:mod:`synth.lift_latin`).

Personal: maintainers, engineers, safety officers, property staff named, residents who
reported a fault (``name``), operator certificate, engineer and carné numbers
(``id_number``: a 作业人员证 number is its holder's ID number), their phones and a
resident's flat (``door``). Ordinary: firms, makers, models, the lift's registration code
and number, buildings and places in them, check items, marks, findings, faults, dates and
times; a firm's rescue line and office phone and a site's address are business data.
"""

from __future__ import annotations

import random

from PIL import ImageDraw

from .fakedata_upkeep import UpkeepFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Faces, Pen, S, _finish
from .lift_latin import en_report, es_parte
from .lift_words import (
    CN_CHECKS,
    CN_FAULTS,
    CN_FINDINGS,
    CN_FIRMS,
    CN_KINDS,
    CN_MAKES,
    CN_PLATE_RULES,
    CN_USERS,
)
from .render import Canvas, Span


def _place(rng: random.Random, estate: str) -> tuple[str, str]:
    """Where the lift stands (the building's, ordinary) and its number."""
    n = rng.randint(1, 3)
    where = rng.choice(
        (
            f"{estate}{rng.randint(1, 24)}栋{rng.randint(1, 3)}单元",
            f"{estate}{rng.randint(1, 12)}号楼",
            f"{estate}A座",
        )
    )
    return where, f"{n}#"


def _who(rng: random.Random, fk: UpkeepFaker) -> list[Span]:
    """The property's person told: a full name, or a surname whose post stays ordinary."""
    if rng.random() < 0.5:
        return [S(fk.cn_name(honorific=0.0), "name")]
    return [S(fk.cn_surname(), "name"), S(rng.choice(("经理", "主管", "师傅")), "other")]


def _cn_record(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.6, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    firm, rescue = rng.choice(CN_FIRMS)
    estate, user = rng.choice(CN_USERS)
    y = m + 34 * s
    c.text(c.width / 2, y, firm, p.font(23, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(c.width / 2, y, "电梯日常维护保养记录", p.font(29, bold=True), "label", anchor="ms")
    y += 38 * s
    f = p.font(16)
    c.line(right - 250 * s, y, [S("记录编号:", "label"), S(f"WB{fk.digits(8)}", "other")], f)
    c.line(
        m,
        y,
        [S("保养日期:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 14 * s
    hand = rng.random() < 0.6
    where, number = _place(rng, estate)
    rows = grid_rows(
        [
            [("使用单位", user, "other"), ("注册代码", fk.lift_code(), "other")],
            [("安装地点", where, "other"), ("梯号", number, "other")],
            [
                ("品牌型号", rng.choice(CN_MAKES), "other"),
                ("层站", f"{(k := rng.randint(6, 33))}层{k}站", "other"),
            ],
            [
                ("保养类型", rng.choice(CN_KINDS), "other"),
                ("作业时间", f"{(h := rng.randint(8, 15))}:00-{h + 1}:30", "other"),
            ],
        ],
        hand=hand,
    )
    y = table(p, m, y, [w * k for k in (0.13, 0.37, 0.13, 0.37)], rows, 44 * s, f, hand_px=26)
    picks = sorted(rng.sample(range(len(CN_CHECKS)), rng.choice((16, 18, 20))))
    marks = ["√"] * len(picks)
    for k in rng.sample(range(len(picks)), 3):
        marks[k] = rng.choice(("○", "Δ", "√"))
    half = (len(picks) + 1) // 2
    grid = [[label_cell(t) for t in ("序号", "维护保养项目", "结果") * 2]]
    for k in range(half):
        row = []
        for j in (k, k + half):
            if j < len(picks):
                row += [
                    Cell.of(str(j + 1), "other", align="c"),
                    Cell.of(CN_CHECKS[picks[j]], "other"),
                    Cell.of(marks[j], "other", hand=True, align="c"),
                ]
            else:
                row += [Cell.of("", "other")] * 3
        grid.append(row)
    widths = [w * k for k in (0.06, 0.34, 0.1, 0.06, 0.34, 0.1)]
    y = table(p, m, y + 16 * s, widths, grid, 36 * s, p.font(15), line=1) + 30 * s
    c.text(m, y, "注:√ 合格  × 不合格  ○ 无此项  Δ 已调整/更换", p.font(14), "footer")
    y += 42 * s
    x = c.line(m, y, [S("发现问题及处理情况:", "label")], p.font(17, bold=True)) + 8 * s
    head, told, tail = rng.choice(CN_FINDINGS).partition("{who}")
    spans = [
        S(head, "other"),
        *(_who(rng, fk) if told else []),
        *([S(tail, "other")] if tail else []),
    ]
    handwritten(p, x, y, spans, 28, cjk=True, width=right - x)
    y += 36 * s
    workers = [[label_cell(t) for t in ("维保人员", "签字", "作业人员证号", "联系电话")]]
    for role in ("维保人员1", "维保人员2"):
        workers.append(
            [
                label_cell(role),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                Cell.of(fk.cn_resident_id(x_prob=0.1), "id_number", hand=hand),
                Cell.of(fk.cn_mobile_digits(), "phone", hand=hand),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.16, 0.2, 0.38, 0.26)],
            workers,
            46 * s,
            f,
            hand_px=28,
            line=1,
        )
        + 70 * s
    )
    x = c.line(m, y, [S("使用单位安全管理员签字:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True) + 30 * s
    x = c.line(x, y, [S("电话:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(fk.cn_mobile_digits(), "phone")], 26, cjk=True)
    seal(p, right - 90 * s, y - 6 * s, 60 * s, firm.removesuffix("有限公司")[:10])
    y += 50 * s
    c.line(m, y, [S("24小时应急救援电话:", "label"), Span(rescue, "shop_phone", None)], p.font(15))
    c.text(right - 300 * s, y, "本记录一式两份,双方各执一份", p.font(13), "footer")
    return _finish(c, y, m // 2, pad=12 * s)


def _cn_plate(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    """The notice framed on the car's wall: who keeps the lift and whom to call."""
    w = rng.choice((900, 960))
    c = Canvas(w, int(w * 1.3), paper=(250, 250, 247), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 900)
    s, m = p.s, int(w * 0.09)
    frame = rng.choice(((170, 172, 176), (200, 182, 140), (120, 124, 130)))
    ImageDraw.Draw(c.img).rectangle([0, 0, w, c.height], outline=frame, width=int(m * 0.6))
    firm, rescue = rng.choice(CN_FIRMS)
    estate, user = rng.choice(CN_USERS)
    band = rng.choice(((20, 80, 160), (0, 110, 80), (180, 40, 40)))
    c.draw.rectangle([m, m, w - m, m + 80 * s], fill=band)
    title = rng.choice(("电梯维护保养信息公示", "电梯安全管理公示牌"))
    c.text(
        w / 2, m + 54 * s, title, p.font(30, bold=True), "label", anchor="ms", fill=(255, 255, 255)
    )
    where, number = _place(rng, estate)
    rows = [
        [("使用单位", user, "other")],
        [("安装位置", f"{where} {number}", "other")],
        [("注册代码", fk.lift_code(), "other")],
        [("安全管理员", fk.cn_name(honorific=0.0), "name")],
        [("联系电话", fk.cn_mobile(rng.choice(("plain", "space", "dash"))), "phone")],
        [("维保单位", firm, "other")],
    ]
    for k in range(rng.choice((1, 2))):
        rows += [
            [(f"维保人员{k + 1}" if k else "维保人员", fk.cn_name(honorific=0.0), "name")],
            [("手机", fk.cn_mobile_digits(), "phone")],
        ]
    rows += [[("下次检验日期", f"{rng.randint(2026, 2027)}年{rng.randint(1, 12):02d}月", "date")]]
    y = m + 110 * s
    y = (
        table(
            p,
            m + 10 * s,
            y,
            [(w - 2 * m - 20 * s) * k for k in (0.3, 0.7)],
            grid_rows(rows, hand=False, columns=2),
            46 * s,
            p.font(19),
            line=1,
        )
        + 46 * s
    )
    f = p.font(21, bold=True)
    c.line(
        m + 10 * s,
        y,
        [S("24小时救援电话:", "label"), Span(rescue, "shop_phone", None)],
        f,
        fill=(190, 30, 30),
    )
    y += 40 * s
    c.line(
        m + 10 * s,
        y,
        [S("电梯应急处置服务平台:", "label"), Span("96333", "shop_phone", None)],
        f,
        fill=(190, 30, 30),
    )
    y += 40 * s
    for rule in CN_PLATE_RULES:
        y = c.wrap(
            m + 10 * s, y, [S(rule, "footer")], p.font(15), w - 2 * m - 20 * s, 26 * s, max_lines=2
        )
    return _finish(c, y + m * 0.7, 0, pad=0)


def _reporter(rng: random.Random, fk: UpkeepFaker) -> tuple[Span, ...]:
    """Who reported the fault: a resident by full name or surname + 先生 / 女士 / 阿姨
    (only the surname a name), or the guard's post, ordinary."""
    roll = rng.random()
    if roll < 0.45:
        return (S(fk.cn_name(honorific=0.0), "name"),)
    if roll < 0.85:
        return (S(fk.cn_surname(), "name"), S(rng.choice(("先生", "女士", "阿姨")), "other"))
    return (S(rng.choice(("保安", "监控室", "前台")), "other"),)


def _cn_fault_log(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    """The machine room's hand-kept book of faults and rescues, one row a call-out."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.05, cjk=True, base=1300, margin=0.035)
    s, w = p.s, right - m
    estate, _ = rng.choice(CN_USERS)
    y = m + 36 * s
    c.text(
        c.width / 2,
        y,
        f"{estate}电梯故障报修及救援记录",
        p.font(27, bold=True),
        "label",
        anchor="ms",
    )
    y += 16 * s
    heads = (
        "日期",
        "报修时间",
        "梯号",
        "报修人",
        "房号",
        "联系电话",
        "故障现象",
        "到场",
        "处理结果",
        "维修人员",
    )
    rows = [[label_cell(h) for h in heads]]
    month, day = rng.randint(1, 12), rng.randint(1, 10)
    fitters = [fk.cn_name(honorific=0.0) for _ in range(3)]
    for _ in range(rng.randint(8, 13)):
        day += rng.randint(0, 3)
        called = rng.randint(6 * 60, 22 * 60)
        came = called + rng.randint(8, 40)
        fault, remedies = rng.choice(CN_FAULTS)
        who = _reporter(rng, fk)
        resident = who[0].category == "name"
        rows.append(
            [
                hand_cell(f"{month}.{min(day, 28)}", "date"),
                hand_cell(f"{called // 60}:{called % 60:02d}", "other"),
                hand_cell(f"{rng.randint(1, 4)}#", "other"),
                Cell(who, hand=True),
                hand_cell(
                    f"{rng.randint(2, 30)}{rng.randint(1, 4):02d}" if resident else "", "door"
                ),
                hand_cell(
                    fk.cn_mobile_digits() if resident and rng.random() < 0.8 else "", "phone"
                ),
                hand_cell(fault, "other"),
                hand_cell(f"{came // 60}:{came % 60:02d}", "other"),
                hand_cell(rng.choice(remedies), "other"),
                hand_cell(rng.choice(fitters), "name"),
            ]
        )
    widths = [w * k for k in (0.06, 0.08, 0.05, 0.1, 0.07, 0.14, 0.14, 0.07, 0.17, 0.12)]
    y = table(p, m, y, widths, rows, 46 * s, p.font(15), hand_px=24, line=1) + 34 * s
    firm, rescue = rng.choice(CN_FIRMS)
    c.line(
        m,
        y,
        [
            S("维保单位:", "label"),
            S(firm, "other"),
            S("   救援电话:", "label"),
            Span(rescue, "shop_phone", None),
        ],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def lift_maintenance_log(rng: random.Random) -> Canvas:
    """A lift's upkeep: a 电梯日常维护保养记录, the 维保信息公示牌 in the car, the machine
    room's 故障报修记录, an English LOLER or service report or a Spanish parte."""
    fk = UpkeepFaker(rng)
    draws = (_cn_record, _cn_plate, _cn_fault_log, en_report, es_parte)
    return rng.choices(draws, weights=(30, 16, 20, 20, 14))[0](rng, fk)


LAYOUTS = {"lift_maintenance_log": lift_maintenance_log}
