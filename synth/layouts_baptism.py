"""Churches and parish records. A Chinese church's 领洗证明书 / 受洗证书, as a grid filled
in by pen or typed (姓名 and 圣名, 性别, 出生日期, 出生地, the parents, 领洗日期 and the church,
代父 / 代母 or 见证人, the officiating 神父 or 牧师 as a name and a title) or as a sentence
("兹证明…"), with the register's 第×册第×页第×号, the signature and the church's seal; a
parish register page kept by hand in ruled columns (圣洗簿: 号数, date, name, baptismal
name, sex, birth, parents, home to the room, godparents, officiant, remarks); an English
certificate of baptism or a Spanish partida / Italian certificato in prose
(:mod:`synth.baptism_latin`).

Personal: the baptised, parents, godparents, witnesses and the officiant (``name``: a
baptismal name such as 若瑟 or 玛利亚 is part of the person's name), dates of birth and the
register reference printed on a certificate (``id_number``: it finds the person's entry),
homes and rooms. Ordinary: churches, rites, titles (神父, 牧师, Revd), places of birth,
baptism dates, sex, relations, the register page's own 册 / 页 heading and its running
entry numbers (they number the book's lines); the church's address and phone are
business data.
"""

from __future__ import annotations

import random

from .baptism_latin import en_certificate, es_it_partida
from .baptism_words import (
    CN_CATHOLIC,
    CN_GOD_KIN,
    CN_PASTOR,
    CN_PRIEST,
    CN_PROTESTANT,
    CN_REG_NOTES,
    CN_SAINT_F,
    CN_SAINT_M,
)
from .fakedata_deeds import DeedFaker
from .formkit import HAND_INKS, Cell, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import S, _finish, hand_font
from .render import Canvas, Span

_CN_BIRTHPLACES = ("山东济南", "河北献县", "上海", "浙江温州", "广东佛山", "湖北武汉", "四川成都")


def _cross(p, cx: float, cy: float, size: float) -> None:
    """A plain Latin cross over a church's heading (a drawing, no words)."""
    w = max(2, round(4 * p.s))
    p.c.draw.line([(cx, cy - size), (cx, cy + size)], fill=p.c.ink, width=w)
    p.c.draw.line(
        [(cx - size * 0.55, cy - size * 0.4), (cx + size * 0.55, cy - size * 0.4)],
        fill=p.c.ink,
        width=w,
    )


def _dates(rng: random.Random) -> tuple[int, str, str, bool]:
    """A birth year, the date of birth, the date of baptism (an infant's weeks later, an
    adult's in a recent year) and whether the baptised was an adult."""
    adult = rng.random() < 0.3
    y = rng.randint(1955, 2000) if adult else rng.randint(1985, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    by = rng.randint(max(y + 18, 2008), 2026) if adult else y + (m > 10)
    bm = rng.randint(1, 12) if adult else (m + rng.randint(1, 2)) % 12 + 1
    return y, f"{y}年{m}月{d}日", f"{by}年{bm}月{rng.randint(1, 28)}日", adult


def _person(fk: DeedFaker, rng: random.Random, female: bool, saint: bool) -> tuple[str, str]:
    name = fk.cn_name(honorific=0.0)
    return name, (rng.choice(CN_SAINT_F if female else CN_SAINT_M) if saint else "")


def _cn_certificate(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=True, base=1000, margin=0.07)
    s, w = p.s, right - m
    catholic = rng.random() < 0.65
    church, addr, phone = rng.choice(CN_CATHOLIC if catholic else CN_PROTESTANT)
    y = m + 40 * s
    _cross(p, c.width / 2, y, 22 * s)
    y += 70 * s
    c.text(c.width / 2, y, church, p.font(24, bold=True), "shop", anchor="ms")
    y += 54 * s
    title = (
        rng.choice(("领洗证明书", "领洗证", "圣洗证明"))
        if catholic
        else rng.choice(("受洗证书", "受洗证明"))
    )
    c.text(c.width / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += 44 * s
    book, page, entry = fk.register_ref()
    ref = f"第{book}册第{page}页第{entry}号"
    c.line(m, y, [S("圣洗簿" if catholic else "登记簿", "label"), S(ref, "id_number")], p.font(16))
    female = rng.random() < 0.5
    name, saint = _person(fk, rng, female, catholic)
    _, dob, baptised, adult = _dates(rng)
    father, mother = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    god = [fk.cn_name(honorific=0.0) for _ in range(2 if rng.random() < 0.5 else 1)]
    officiant = fk.cn_name(honorific=0.0)
    ot = rng.choice(CN_PRIEST if catholic else CN_PASTOR)
    f = p.font(18)
    y += 24 * s
    if rng.random() < 0.55:  # a printed grid, filled in by pen or typed
        hand = rng.random() < 0.7
        god_label = rng.choice(("代父母", "代父/代母")) if catholic else "见证人"
        god_spans = [
            sp
            for k, g in enumerate(god)
            for sp in ((S("、", "other"),) if k else ()) + (S(g, "name"),)
        ]
        rows = grid_rows(
            [
                [
                    ("姓名", name, "name"),
                    (
                        "圣名" if catholic else "性别",
                        saint if catholic else ("女" if female else "男"),
                        "name" if catholic else "other",
                    ),
                ],
                [("出生日期", dob, "id_number"), ("出生地", rng.choice(_CN_BIRTHPLACES), "other")],
                [("父亲姓名", father, "name"), ("母亲姓名", mother, "name")],
                [
                    ("领洗日期" if catholic else "受洗日期", baptised, "date"),
                    ("地点", "本堂", "other"),
                ],
                [(god_label, god_spans, "")],
                [("付洗人" if catholic else "施洗人", [S(officiant, "name"), S(ot, "other")], "")],
            ],
            hand=hand,
            columns=4,
        )
        widths = [w * k for k in (0.17, 0.33, 0.17, 0.33)]
        y = table(p, m, y, widths, rows, 62 * s, f, hand_px=30) + 50 * s
        note = "以上记录与本堂圣洗簿所载相符，特此证明。" if catholic else "特此证明。"
        c.text(m, y, note, f, "footer")
    else:  # the sentence a church office types or writes
        rite = "领受圣洗圣事" if catholic else "受洗归入主名"
        spans = [S("兹证明 ", "footer"), S(name, "name")]
        if catholic:
            spans += [S("（圣名 ", "footer"), S(saint, "name"), S("）", "footer")]
        spans += [
            S("，", "footer"),
            S("女" if female else "男", "other"),
            S("，", "footer"),
            S(dob, "id_number"),
            S("出生，父", "footer"),
            S(father, "name"),
            S("，母", "footer"),
            S(mother, "name"),
            S("，于", "footer"),
            S(baptised, "date"),
            S(f"在本堂{rite}，付洗人", "footer"),
            S(officiant, "name"),
            S(ot, "other"),
        ]
        spans += [S("，代父母" if catholic else "，见证人", "footer")]
        for k, g in enumerate(god):
            spans += [S("、" if k else "", "footer"), S(g, "name")]
        spans += [S("。载本堂圣洗簿", "footer"), S(ref, "id_number"), S("。特此证明。", "footer")]
        hand = rng.random() < 0.4
        font = hand_font(p, 28, cjk=True) if hand else p.font(20)
        y = c.wrap(
            m + 40 * s,
            y + 20 * s,
            spans,
            font,
            w - 40 * s,
            font.size * 1.9,
            max_lines=9,
            fill=rng.choice(HAND_INKS) if hand else None,
            indent=-40 * s,
        )
    if adult and catholic and rng.random() < 0.5:
        y += 10 * s
        c.text(m, y, "(成人洗礼)", p.font(15), "other")
    y += 70 * s
    x = c.line(c.width * 0.45, y, [S("本堂主任司铎:" if catholic else "主任牧师:", "label")], f)
    handwritten(
        p,
        x + 10 * s,
        y,
        [S(officiant if rng.random() < 0.6 else fk.cn_name(honorific=0.0), "name")],
        32,
        cjk=True,
    )
    seal(
        p, right - 110 * s, y - 10 * s, 80 * s, church.removeprefix("天主教").removeprefix("基督教")
    )
    y += 48 * s
    c.text(
        c.width * 0.45,
        y,
        f"{rng.randint(2015, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f,
        "date",
    )
    y += 60 * s
    c.line(
        m,
        y,
        [
            S("堂址:", "label"),
            Span(addr, "shop_address", None),
            S("  电话:", "label"),
            Span(phone, "shop_phone", None),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, border=max(2, round(3 * s)), pad=14 * s)


def _cn_register(rng: random.Random, fk: DeedFaker) -> Canvas:
    """A page of the parish's 圣洗簿: printed columns, one hand-written row a baptism."""
    c, p, m, right = sheet(rng, (1400, 1500), 0.95, cjk=True, base=1400, margin=0.03)
    s = p.s
    church, _, _ = rng.choice(CN_CATHOLIC)
    y = m + 40 * s
    c.text(c.width / 2, y, f"{church}圣洗簿", p.font(28, bold=True), "label", anchor="ms")
    book, page, entry = fk.register_ref()
    y += 34 * s
    c.text(right, y, f"第{book}册  第{page}页", p.font(17), "other", anchor="rs")
    heads = (
        "号数",
        "领洗日期",
        "姓名",
        "圣名",
        "性别",
        "出生日期",
        "父亲",
        "母亲",
        "住址",
        "代父母",
        "付洗",
        "备注",
    )
    rows = [[label_cell(h) for h in heads]]
    year = rng.randint(1996, 2025)
    month = rng.randint(1, 9)
    priests = [fk.cn_name(honorific=0.0) for _ in range(2)]
    for k in range(rng.randint(7, 10)):
        female = rng.random() < 0.5
        name, saint = _person(fk, rng, female, True)
        birth = (
            f"{year - (rng.random() < 0.2) * rng.randint(20, 50)}.{rng.randint(1, 12)}."
            f"{rng.randint(1, 28)}"
        )
        _, street, door = fk.cn_address_parts()
        kin = rng.choice(CN_GOD_KIN)
        god: tuple[Span, ...] = (S(fk.cn_name(honorific=0.0), "name"),)
        if kin:
            god = (*god, S(f"({kin})", "other"))
        priest = rng.choice(priests)
        rows.append(
            [
                hand_cell(str(entry + k), "other"),
                hand_cell(f"{month + k // 3}.{rng.randint(1, 28)}", "date"),
                hand_cell(name, "name"),
                hand_cell(saint, "name"),
                hand_cell("女" if female else "男", "other"),
                hand_cell(birth, "id_number"),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                Cell((S(street, "address"), S(door, "door")), hand=True),
                Cell(god, hand=True),
                Cell((S(priest[0], "name"), S("神父", "other")), hand=True)
                if rng.random() < 0.4
                else hand_cell(priest, "name"),
                hand_cell(rng.choice(CN_REG_NOTES), "other"),
            ]
        )
    widths = [
        (right - m) * k
        for k in (0.045, 0.065, 0.075, 0.07, 0.04, 0.09, 0.07, 0.07, 0.22, 0.1, 0.085, 0.07)
    ]
    y = table(p, m, y + 14 * s, widths, rows, 58 * s, p.font(15), hand_px=26, line=1)
    y += 40 * s
    c.text(m, y, f"{year}年", p.font(16), "date")
    return _finish(c, y, m // 2, pad=10 * s)


def baptism_certificate(rng: random.Random) -> Canvas:
    """A baptism: a Chinese church's 领洗证明书 (grid or sentence), its 圣洗簿 page, an
    English certificate of baptism or a Spanish / Italian one in prose."""
    fk = DeedFaker(rng)
    draw = rng.choices(
        (_cn_certificate, _cn_register, en_certificate, es_it_partida), weights=(36, 24, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"baptism_certificate": baptism_certificate}
