"""Prison visits and inmate correspondence. A prison's or detention centre's 亲属会见登记表
filled in by pen (罪犯姓名, 罪犯编号 or 在押人员编号, 监区, 会见日期 and 窗口; the visitors'
rows: name, relation, ID, phone, home to the room or 同上; the rules printed; 会见人签字;
the officer on duty by hand with a 警号), a 远程视频会见 / 亲情电话 booking on a phone
(审核通过; 申请人, starred ID, mobile, relation; 服刑人员 and 罪犯编号; prison and ward;
the slot; notes), a letter's envelope to an inmate (the prison's postcode in red boxes
and address, "<ward> <inmate> 收" with the number, the sender's home to the room, name
and postcode, by hand), or an English visit booking confirmation or a Spanish solicitud
de comunicación vis a vis (:mod:`synth.prison_latin`).

Personal: visitors, inmates, officers and senders (``name``), IDs, prisoner numbers,
NIS, officers' 警号, dates of birth and visit references (``id_number``), phones, homes
and rooms, e-mails. Ordinary: wards, windows, slots, relations, visit kinds, dates,
rules and notes; the prison's name is ordinary, its address and postcode business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .fakedata_kin import star_id
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_blanks import char_boxes
from .formkit_slips import label_cell
from .kit import Pen, S, _finish, biz, joined_address
from .layouts_payapp import _GREY, _nav, _phone_canvas, _rows
from .prison_latin import en_visit, es_solicitud
from .prison_words import (
    CN_APP_NOTES,
    CN_KINDS,
    CN_PRISONS,
    CN_RELATIONS,
    CN_RULES,
    CN_SLOTS,
    CN_WARDS,
)
from .render import Canvas


def _cn_register(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.3, cjk=True, base=1200, margin=0.055)
    s, w = p.s, right - m
    prison, _addr, _pc = rng.choice(CN_PRISONS)
    y = m + 34 * s
    c.text(c.width / 2, y, prison, p.font(22, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("亲属会见登记表", "家属会见申请登记表", "会见登记表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 24 * s
    detention = "看守所" in prison
    hand = rng.random() < 0.85
    inmate = fk.cn_name(honorific=0.0)
    head = [
        [
            label_cell("在押人员姓名" if detention else "罪犯姓名"),
            Cell.of(inmate, "name", hand=hand),
            label_cell("在押人员编号" if detention else "罪犯编号"),
            Cell.of(fk.cn_prisoner_no(), "id_number", hand=hand),
            label_cell("监室" if detention else "监区"),
            Cell.of(
                f"{rng.randint(1, 30)}号监室" if detention else rng.choice(CN_WARDS),
                "other",
                hand=hand,
            ),
        ],
        [
            label_cell("会见日期"),
            Cell.of(f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date", hand=hand),
            label_cell("会见时间"),
            Cell.of(rng.choice(CN_SLOTS), "other", hand=hand),
            label_cell("会见窗口"),
            Cell.of(f"{rng.randint(1, 16)}号", "other", hand=hand),
        ],
    ]
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.15, 0.16, 0.15, 0.2, 0.12, 0.22)],
            head,
            50 * s,
            p.font(16),
            hand_px=25,
        )
        + 24 * s
    )
    heads = ("序号", "会见人姓名", "关系", "身份证号", "联系电话", "家庭住址")
    rows = [[label_cell(h) for h in heads]]
    first = fk.cn_name(honorific=0.0)
    for k in range(rng.randint(1, 3)):
        home = (
            Cell(tuple(joined_address([fk.cn_address(with_door=1.0)[0]], "")), hand)
            if k == 0 or rng.random() < 0.4
            else Cell.of("同上", "other", hand=hand)
        )
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(first if k == 0 else fk.cn_name(honorific=0.0), "name", hand=hand),
                Cell.of(rng.choice(CN_RELATIONS), "other", hand=hand),
                Cell.of(fk.id_born(1950, 2006), "id_number", hand=hand),
                Cell.of(fk.cn_mobile_digits(), "phone", hand=hand),
                home,
            ]
        )
    widths = [w * k for k in (0.05, 0.12, 0.07, 0.23, 0.15, 0.38)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(16), hand_px=24) + 36 * s
    c.text(m, y, "会见须知", p.font(18, bold=True), "label")
    y += 32 * s
    for rule in CN_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(15), w, 24 * s, max_lines=2)
    y += 40 * s
    f = p.font(17)
    x = c.line(m, y, [S("会见人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(first, "name")], 30, cjk=True)
    x = c.line(m + w * 0.4, y, [S("值班民警:", "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    x = c.line(x + 24 * s, y, [S("警号:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.digits(6, True), "id_number")], 26, cjk=True)
    return _finish(c, y, m // 2, pad=24 * s)


def _cn_app(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True, tall=2.2)
    s, W = p.s, c.width
    kind = rng.choice(CN_KINDS)
    y = _nav(p, y, f"{kind}预约") + 80 * s
    green = (7, 172, 96)
    c.text(
        W / 2,
        y,
        rng.choice(("审核通过", "预约成功", "待会见")),
        p.font(36, bold=True),
        "other",
        anchor="ms",
        fill=green,
    )
    y += 70 * s
    prison, _addr, _pc = rng.choice(CN_PRISONS)
    mobile = fk.cn_mobile_digits()
    applicant = [
        ("申请人", [S(fk.cn_name(honorific=0.0), "name")]),
        ("身份证号", [S(star_id(fk.id_born(1950, 2006)), "id_number")]),
        ("手机号", [S(mobile if rng.random() < 0.5 else f"{mobile[:3]}****{mobile[7:]}", "phone")]),
        ("与服刑人员关系", [S(rng.choice(CN_RELATIONS), "other")]),
    ]
    inmate = [
        ("服刑人员", [S(fk.cn_name(honorific=0.0), "name")]),
        ("罪犯编号", [S(fk.cn_prisoner_no(), "id_number")]),
        ("所在监狱", [S(prison, "other")]),
        ("监区", [S(rng.choice(CN_WARDS), "other")]),
        ("会见方式", [S(kind, "other")]),
        (
            "预约时段",
            [
                S(
                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.choice(CN_SLOTS)}",
                    "date",
                )
            ],
        ),
    ]
    for title, block in (("申请人信息", applicant), ("会见信息", inmate)):
        c.draw.rectangle([0, y - 40 * s, W, y - 24 * s], fill=(242, 242, 245))
        y += 20 * s
        c.text(40 * s, y, title, p.font(28, bold=True), "label")
        y += 64 * s
        y = _rows(p, y, block, 62) + 40 * s
    for note in CN_APP_NOTES:
        y = (
            c.wrap(
                40 * s,
                y,
                [S(note, "footer")],
                p.font(22),
                W - 80 * s,
                34 * s,
                max_lines=2,
                fill=_GREY,
            )
            + 6 * s
        )
    return _finish(c, y, 0, pad=40 * s)


def _red_boxes(p: Pen, x: float, y: float, digits: str, kind: str, box: float) -> float:
    """A postcode written one digit a box in the red boxes an envelope prints; returns
    the x after them."""
    end = char_boxes(p, x, y, digits, kind, box=box, gap=8 * p.s, hand=True)
    for k in range(len(digits)):  # the boxes are printed red
        bx = x + k * (box + 8 * p.s)
        p.c.draw.rectangle([bx, y, bx + box, y + box], outline=RED, width=2)
    return end


def _cn_envelope(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 0.62, cjk=True, base=1200, margin=0.04)
    s, w = p.s, right - m
    prison, address, pc = rng.choice(CN_PRISONS)
    _red_boxes(p, m + 20 * s, m + 20 * s, pc, "shop_address", 44 * s)
    c.draw.rectangle(
        [right - 150 * s, m + 20 * s, right - 20 * s, m + 170 * s], outline=RED, width=2
    )
    c.text(right - 85 * s, m + 88 * s, "贴邮票处", p.font(16), "label", anchor="mm", fill=RED)
    y = m + 150 * s
    handwritten(
        p, m + 60 * s, y, [biz(f"{address} {prison}", "shop_address")], 34, cjk=True, width=w * 0.75
    )
    y += 120 * s
    spans = [
        S(rng.choice(CN_WARDS), "other"),
        S("  ", "other"),
        S(fk.cn_name(honorific=0.0), "name"),
        S("  收", "other"),
    ]
    handwritten(p, m + w * 0.22, y, spans, 52, cjk=True)
    if rng.random() < 0.6:  # the number, so the letter reaches the right inmate
        y += 56 * s
        number = [S("(编号:", "other"), S(fk.cn_prisoner_no(), "id_number"), S(")", "other")]
        handwritten(p, m + w * 0.3, y, number, 30, cjk=True)
    y += 100 * s
    home, home_pc = fk.cn_address(with_door=1.0)
    handwritten(p, m + w * 0.38, y, joined_address([home], ""), 28, cjk=True, width=w * 0.6)
    y += 50 * s
    sender = [S(fk.cn_name(honorific=0.0), "name"), S(" 寄", "other")]
    handwritten(p, m + w * 0.6, y, sender, 28, cjk=True)
    c.hline(m + w * 0.36, right - 20 * s, y + 20 * s, width=1)
    y += 70 * s
    x = c.line(right - 480 * s, y - 8 * s, [S("邮政编码", "label")], p.font(15)) + 12 * s
    _red_boxes(p, x, y - 40 * s, home_pc, "address", 36 * s)
    x = c.line(m + 20 * s, y, [S("国家邮政局监制", "footer")], p.font(13))
    c.text(
        x + 30 * s,
        y,
        f"印制单位:{rng.choice(('新华', '东方', '永兴'))}印刷厂",
        p.font(13),
        "footer",
    )
    c.text(
        m + 20 * s,
        y - 26 * s,
        rng.choice(("B6 176×125", "DL 220×110", "ZL 230×120")),
        p.font(13),
        "footer",
    )
    return _finish(c, y, m, border=2, pad=30 * s)


def prison_visit_registration(rng: random.Random) -> Canvas:
    """A 亲属会见登记表, a 远程视频会见 booking on a phone, an envelope to an inmate, an
    English visit booking confirmation or a Spanish solicitud de comunicación vis a vis."""
    fk = DuesFaker(rng)
    draw = rng.choices(
        (_cn_register, _cn_app, _cn_envelope, en_visit, es_solicitud), weights=(32, 20, 16, 18, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"prison_visit_registration": prison_visit_registration}
