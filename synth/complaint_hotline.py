"""A 12345 hotline's work order printed off the system, with the grid worker's hand-written
result at its foot, for :mod:`synth.layouts_complaint`; and the pieces every Chinese
complaint shares: the neighbour, the official's surname, the flats, dates and places
that fill a topic's prose (:data:`synth.complaint_words.CN_TOPICS`).

Personal: the caller (a full name, or a surname whose 先生 / 女士 stays ordinary), the
neighbour, the official and the grid worker (``name``), phones, the caller's home to the
room and the neighbour's flat, the operator's staff number (``id_number``). Ordinary:
the hotline, the order's number, times, kinds, districts, titles, handling bodies,
deadlines, results and satisfaction; the hotline is business data.
"""

from __future__ import annotations

import random

from .complaint_words import CN_DISTRICTS, CN_RESULTS, CN_SHOPS
from .fakedata_upkeep import UpkeepFaker
from .formkit import handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, prose_row
from .kit import S, _finish
from .render import Canvas, Span

Topic = tuple[str, str, str, str, str]


def cn_flat(rng: random.Random) -> str:
    """A neighbour's flat as a complaint names it (楼上1502室, 3栋602)."""
    room = f"{rng.randint(2, 32)}0{rng.randint(1, 4)}"
    return rng.choice(
        (f"{room}室", f"{rng.randint(1, 30)}栋{room}", f"{rng.randint(1, 12)}-{room}")
    )


def cn_parts(rng: random.Random, fk: UpkeepFaker) -> dict[str, tuple[str, str]]:
    """The fields of a topic's prose, each with its kind."""
    return {
        "ndoor": (cn_flat(rng), "door"),
        "neighbour": (fk.cn_name(honorific=0.0), "name"),
        "osur": (fk.cn_surname(), "name"),
        "since": (f"2025年{rng.randint(1, 12)}月", "date"),
        "shop": (rng.choice(CN_SHOPS), "other"),
        "nphone": (fk.cn_mobile_digits(), "phone"),
        "amount": (f"{rng.randint(12, 96) * 1000:,}", "price"),
    }


def caller(rng: random.Random, fk: UpkeepFaker) -> list[Span]:
    """A caller as an operator types it: the full name or a surname with 先生 / 女士."""
    if rng.random() < 0.5:
        return [S(fk.cn_name(honorific=0.0), "name")]
    return [S(fk.cn_surname(), "name"), S(rng.choice(("先生", "女士")), "other")]


def cn_hotline(rng: random.Random, fk: UpkeepFaker, topic: Topic) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.4, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    district = rng.choice(CN_DISTRICTS)
    y = m + 34 * s
    c.text(c.width / 2, y, "12345政务服务便民热线", p.font(22, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("工单", "热线工单处理单", "市民诉求工单")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    f = p.font(16)
    month, day = rng.randint(1, 12), rng.randint(1, 26)
    printed = f"2026-{month:02d}-{day + rng.randint(0, 2):02d} {fk.time()}"
    c.line(m, y, [S("打印时间:", "label"), S(printed, "date")], f)
    y += 16 * s
    parts = cn_parts(rng, fk)
    line, _ = fk.cn_address(with_door=1.0)
    who = caller(rng, fk)
    phone = fk.cn_mobile_digits() if rng.random() < 0.7 else fk.cn_mobile("masked")
    rows = grid_rows(
        [
            [
                ("工单编号", fk.work_order(), "other"),
                (
                    "受理时间",
                    f"2026-{month:02d}-{day:02d} {fk.time(seconds=False)}",
                    "date",
                ),
            ],
            [("来电人", who, ""), ("来电号码", phone, "phone")],
            [("联系地址", [S(t, k) for t, k in line.segments], "")],
            [
                ("诉求类型", rng.choice(("投诉", "投诉", "求助", "举报")), "other"),
                ("所属区域", district, "other"),
            ],
            [
                ("诉求标题", f"关于{topic[0]}的投诉", "other"),
                ("紧急程度", rng.choice(("一般", "一般", "紧急")), "other"),
            ],
        ],
        hand=False,
    )
    widths = [w * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, rows, 44 * s, f)
    body = [
        S("市民来电反映:", "other"),
        *template_spans(topic[2], parts, "other"),
        S("来电人诉求:" + topic[3] + "要求回复。", "other"),
    ]
    y = prose_row(p, m, y, (widths[0], w - widths[0]), "诉求内容", body, f, lines=4)
    rows = grid_rows(
        [
            [
                (
                    "承办单位",
                    f"{district}{rng.choice(('城管局', '住建局', '街道办事处'))}",
                    "other",
                ),
                ("办理时限", f"{rng.randint(3, 15)}个工作日", "other"),
            ],
            [
                ("受理员工号", fk.digits(rng.choice((4, 5)), True), "id_number"),
                ("派单方式", "系统派单", "other"),
            ],
        ],
        hand=False,
    )
    y = table(p, m, y, widths, rows, 44 * s, f)
    head, told, tail = rng.choice(CN_RESULTS).partition("{neighbour}")
    day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    result = [
        *template_spans(head, {"day": (day, "date")}, "other"),
        *([S(*parts["neighbour"])] if told else []),
        *template_spans(tail, {"day": (day, "date")}, "other"),
    ]
    y = prose_row(p, m, y, (widths[0], w - widths[0]), "办理结果", result, f, hand=True, lines=2)
    y += 44 * s
    x = c.line(m, y, [S("网格员/经办人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    x = c.line(c.width * 0.55, y, [S("回访满意度:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(rng.choice(("满意", "基本满意", "不满意")), "other")], 28, cjk=True)
    return _finish(c, y, m // 2, pad=16 * s)
