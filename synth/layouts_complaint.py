"""Public complaints and petitions. A 投诉信 to a district bureau, handwritten on red-ruled
letter paper or typed: the complainant introduces himself inside the first sentence (name,
ID number, home to the room, phone), tells the story naming the neighbour and the flat
complained about and an official by surname and post (物业王经理, 社区李主任), asks for
action, closes with 此致 / 敬礼 and signs, sometimes with a thumbprint and a 联名 table of
neighbours with their flats; a bureau's 信访事项登记表 (the petitioner's grid, the matter
summarised in the third person, the demand, the officers, the opinion by hand); a 12345
hotline work order (:mod:`synth.complaint_hotline`); an English letter of complaint to a
council or a Spanish hoja de reclamación (:mod:`synth.complaint_latin`).

Personal: complainants, neighbours, the people complained about, officials named in the
prose (only the surname before a post), clerks and co-signers (``name``), ID numbers,
phones, homes and every flat named (``door``). Ordinary: bureaus, districts, topics, the
prose around the fields, dates, ways and counts of visits, opinions, registration and
work order numbers; hotlines are business data.
"""

from __future__ import annotations

import random

from .complaint_hotline import Topic, cn_flat, cn_hotline, cn_parts
from .complaint_latin import en_letter, es_hoja
from .complaint_words import CN_CLOSINGS, CN_DISTRICTS, CN_OPINIONS, CN_TOPICS, CN_WAYS
from .fakedata_upkeep import UpkeepFaker
from .formkit import HAND_INKS, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, thumbprint
from .formkit_slips import grid_rows, hand_cell, label_cell, prose_row
from .kit import S, _finish, hand_font
from .render import Canvas, Span


def _intro(rng: random.Random, fk: UpkeepFaker, name: str) -> list[Span]:
    """The complainant's first sentence: who, ID, home to the room, phone."""
    line, _ = fk.cn_address(with_door=1.0)
    head, tail = rng.choice(
        (
            ("我叫{name},身份证号{id},家住", ",联系电话{phone}。"),
            ("本人{name}(身份证号:{id}),现住", ",电话{phone}。"),
        )
    )
    parts = {
        "name": (name, "name"),
        "id": (fk.cn_resident_id(x_prob=0.1), "id_number"),
        "phone": (fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
    }
    home = [S(t, k) for t, k in line.segments]
    return [*template_spans(head, parts, "other"), *home, *template_spans(tail, parts, "other")]


def _cn_letter(rng: random.Random, fk: UpkeepFaker, topic: Topic) -> Canvas:
    typed = rng.random() < 0.35
    c, p, m, right = sheet(rng, (1100, 1200), 1.7, cjk=True, base=1100, margin=(0.07, 0.09))
    s, w = p.s, right - m
    district = rng.choice(CN_DISTRICTS)
    name = fk.cn_name(honorific=0.0)
    parts = cn_parts(rng, fk)
    ink = None if typed else rng.choice(HAND_INKS)
    f = p.font(20) if typed else hand_font(p, rng.uniform(30, 34), cjk=True)
    step = f.size * (1.8 if typed else 1.75)
    y = m + 50 * s
    if not typed:
        red = (205, 90, 80)
        c.draw.line(
            [(m - 20 * s, y + 8 * s), (right + 20 * s, y + 8 * s)],
            fill=red,
            width=max(2, round(3 * s)),
        )
        ruled_paper(
            p,
            m - 20 * s,
            right + 20 * s,
            y + step + 8 * s,
            c.height - m,
            step,
            margin=False,
            rule=red,
        )
    title = rng.choice(("投诉信", "信访信", f"关于{topic[0]}问题的投诉", "反映信"))
    c.text(
        c.width / 2,
        y,
        title,
        p.font(30, bold=True) if typed else hand_font(p, 44, cjk=True),
        "label",
        anchor="ms",
        fill=ink,
    )
    y += step
    bureau = topic[4] if rng.random() < 0.7 else rng.choice(("信访局", "人民政府"))
    salute = rng.choice((f"尊敬的{district}{bureau}领导:", f"{district}{bureau}:"))
    c.text(m, y, salute, f, "other", fill=ink)
    y += step
    indent = f.size * 2
    paragraphs = (
        _intro(rng, fk, name) + [S(f"现就{topic[0]}问题反映如下:", "other")],
        template_spans(topic[1], parts, "other"),
        [S(topic[3], "other")],
    )
    for spans in paragraphs:
        y = c.wrap(
            m + indent, y, spans, f, w - indent, step, indent=-indent, fill=ink, max_lines=12
        )
    closing = rng.choice(CN_CLOSINGS)
    c.text(m + indent, y, closing, f, "other", fill=ink)
    if closing == "此致":
        y += step
        c.text(m, y, "敬礼!", f, "other", fill=ink)
    y += step * 1.4
    x = right - w * 0.42
    lx = c.line(x, y, [S("投诉人:", "label")], f, fill=ink) + 10 * s
    sig = hand_font(p, 40, cjk=True)
    end = c.line(lx, y, [S(name, "name")], sig, fill=ink or rng.choice(HAND_INKS))
    if rng.random() < 0.4:
        thumbprint(p, (lx + end) / 2, y - sig.size * 0.35, 34 * s)
    y += step
    c.line(x, y, [S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")], f, fill=ink)
    if rng.random() < 0.35:  # a petition signed by the neighbours too
        y += step * 1.2
        c.text(m, y, "联名住户签字:", f, "label", fill=ink)
        rows = [[label_cell(t) for t in ("姓名", "房号", "联系电话")]]
        for _ in range(rng.randint(3, 6)):
            rows.append(
                [
                    hand_cell(fk.cn_name(honorific=0.0), "name"),
                    hand_cell(cn_flat(rng), "door"),
                    hand_cell(fk.cn_mobile_digits() if rng.random() < 0.7 else "", "phone"),
                ]
            )
        y = table(
            p,
            m,
            y + 16 * s,
            [w * k for k in (0.3, 0.3, 0.4)],
            rows,
            48 * s,
            p.font(17),
            hand_px=28,
            line=1,
        )
    return _finish(c, y, m // 2, pad=30 * s)


def _cn_register(rng: random.Random, fk: UpkeepFaker, topic: Topic) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    district = rng.choice(CN_DISTRICTS)
    y = m + 34 * s
    office = rng.choice((f"{district}人民来访接待中心", f"{district}信访局"))
    c.text(c.width / 2, y, office, p.font(22, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("信访事项登记表", "来访登记表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("登记编号:", "label"), S(f"XF{fk.digits(10, True)}", "other")], f)
    c.line(
        c.width * 0.6,
        y,
        [S("登记日期:", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 16 * s
    hand = rng.random() < 0.65
    name = fk.cn_name(honorific=0.0)
    line, _ = fk.cn_address(with_door=1.0)
    parts = cn_parts(rng, fk)
    target = (
        parts["neighbour"]
        if "{neighbour}" in topic[2]
        else (rng.choice(("物业公司", "施工方")), "other")
    )
    rows = grid_rows(
        [
            [
                ("信访人", name, "name"),
                ("性别", fk.sex(), "other"),
                ("年龄", str(rng.randint(28, 78)), "other"),
            ],
            [
                ("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number"),
                ("联系电话", fk.cn_mobile_digits(), "phone"),
            ],
            [("住址", [S(t, k) for t, k in line.segments], "")],
            [
                ("信访形式", rng.choice(CN_WAYS), "other"),
                ("来访人数", f"{rng.randint(1, 5)}人", "other"),
                ("被反映人", target[0], target[1]),
            ],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.13, 0.22, 0.12, 0.18, 0.13, 0.22)]
    y = table(p, m, y, widths, rows, 48 * s, f, hand_px=28)
    pair = (widths[0], w - widths[0])
    body = [S("信访人反映:", "other"), *template_spans(topic[2], parts, "other")]
    y = prose_row(p, m, y, pair, "信访事项", body, f, hand=hand, lines=4)
    y = prose_row(p, m, y, pair, "诉求", [S(topic[3], "other")], f, hand=hand, lines=2)
    officers = [
        [
            label_cell("接谈人"),
            hand_cell(fk.cn_name(honorific=0.0), "name", span=2),
            label_cell("登记人"),
            hand_cell(fk.cn_name(honorific=0.0), "name", span=2),
        ]
    ]
    y = table(p, m, y, widths, officers, 48 * s, f, hand_px=28)
    opinion = template_spans(
        rng.choice(CN_OPINIONS), {"district": (district, "other"), "osur": parts["osur"]}, "other"
    )
    y = prose_row(p, m, y, pair, "处理意见", opinion, f, hand=True, lines=2)
    y += 50 * s
    x = c.line(m, y, [S("信访人签字确认:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    c.text(right, y, "本表一式两份,信访人留存一份", p.font(14), "footer", anchor="rs")
    return _finish(c, y, m // 2, pad=14 * s)


def public_complaint_letter(rng: random.Random) -> Canvas:
    """A public complaint: a 投诉信 by hand or typed, a 信访事项登记表, a 12345 work order,
    an English letter to a council or a Spanish hoja de reclamación."""
    fk = UpkeepFaker(rng)
    kind = rng.choices(range(5), weights=(30, 18, 18, 20, 14))[0]
    if kind >= 3:
        return (en_letter, es_hoja)[kind - 3](rng, fk)
    return (_cn_letter, _cn_register, cn_hotline)[kind](rng, fk, rng.choice(CN_TOPICS))


LAYOUTS = {"public_complaint_letter": public_complaint_letter}
