"""Letters: an envelope, either a Chinese one with red postcode boxes or an English
airmail one with a return address.

The recipient is written by hand (or printed on a stuck-on label) with no label at
all; stamps, postmarks, printed box captions and airmail marks are ordinary text.
"""

from __future__ import annotations

import random

from .fakedata_records import RecordFaker
from .formkit import HAND_INKS, RED, fit
from .formkit_blanks import char_boxes
from .kit import Faces, Pen, S, _ink, _paper, hand_font
from .render import Canvas

_STAMP_COLOURS = ((180, 40, 40), (40, 90, 150), (40, 120, 70), (150, 90, 30))


def _stamp(p: Pen, x: float, y: float, w: float, h: float, words: tuple[str, str]) -> None:
    """A perforated stamp: coloured picture, the country and the value (ordinary text)."""
    c, s = p.c, p.s
    colour = p.r.choice(_STAMP_COLOURS)
    c.draw.rectangle([x, y, x + w, y + h], fill=(250, 248, 240))
    r = 4 * s
    for k in range(int(w // (12 * s)) + 1):  # perforations
        for yy in (y, y + h):
            c.draw.ellipse([x + k * 12 * s - r, yy - r, x + k * 12 * s + r, yy + r], fill=c.paper)
    c.draw.rectangle([x + 8 * s, y + 8 * s, x + w - 8 * s, y + h - 8 * s], fill=colour)
    c.draw.ellipse([x + w * 0.3, y + h * 0.25, x + w * 0.75, y + h * 0.6], fill=(235, 215, 160))
    f = p.font(15, bold=True)
    c.text(x + 14 * s, y + 28 * s, words[0], f, "other", fill=(250, 250, 250))
    c.text(
        x + w - 14 * s,
        y + h - 16 * s,
        words[1],
        p.font(18, bold=True),
        "other",
        anchor="rs",
        fill=(250, 250, 250),
    )


def _postmark(p: Pen, cx: float, cy: float, city: str, when: str) -> None:
    """A round postmark with the office and date, and wavy cancellation lines."""
    c, s = p.c, p.s
    ink = (45, 45, 60)
    rad = 62 * s
    c.draw.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], outline=ink, width=max(2, int(3 * s)))
    c.text(cx, cy - 12 * s, city, p.font(17, bold=True), "other", anchor="ms", fill=ink)
    c.text(cx, cy + 22 * s, when, p.font(15), "date", anchor="ms", fill=ink)
    for k in range(4):
        yy = cy - 30 * s + k * 18 * s
        pts = [
            (cx + rad + 10 * s + i * 8 * s, yy + (6 * s if i % 2 else -6 * s)) for i in range(24)
        ]
        c.draw.line(pts, fill=ink, width=max(2, int(2 * s)))


def _cn_envelope(rng: random.Random, fk: RecordFaker) -> Canvas:
    W = rng.choice((1300, 1400))
    c = Canvas(W, int(W * 0.5), paper=rng.choice((_paper(rng), (228, 206, 168))), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1300)
    m = int(40 * p.s)
    ink = rng.choice(HAND_INKS)
    box = 46 * p.s
    region, street, door = fk.cn_address_parts()
    postcode = fk.digits(6, first_nonzero=True)
    c.ink, printed = RED, c.ink
    char_boxes(p, m + 10 * p.s, m + 10 * p.s, postcode, "address", box=box, count=6, gap=8 * p.s)
    c.ink = printed
    if rng.random() < 0.75:  # posted; else not yet sent, the printed stamp box still empty
        _stamp(
            p,
            W - m - 130 * p.s,
            m,
            120 * p.s,
            150 * p.s,
            ("中国邮政", rng.choice(("1.20元", "80分", "5.40元"))),
        )
        _postmark(
            p,
            W - m - 230 * p.s,
            m + 110 * p.s,
            rng.choice(("深圳", "成都", "杭州", "武汉")),
            fk.date().replace("-", "."),
        )
    else:
        c.box(W - m - 130 * p.s, m, W - m, m + 150 * p.s, width=1)
        c.text(
            W - m - 65 * p.s, m + 84 * p.s, "贴邮票处", p.font(18), "label", anchor="ms", fill=RED
        )
    hf = hand_font(p, 40, cjk=True)
    y = m + box + 90 * p.s
    lines = (
        [[S(region + street, "address")], [S(door, "door")]]
        if rng.random() < 0.5
        else [[S(region, "address")], [S(street, "address"), S(door, "door")]]
    )
    for spans in lines:
        c.hline(m + 60 * p.s, W * 0.72, y + 12 * p.s, width=1)
        c.line(
            m + 80 * p.s, y, spans, fit(p, hf, "".join(sp.text for sp in spans), W * 0.6), fill=ink
        )
        y += 70 * p.s
    name = fk.cn_name(honorific=0.0) if rng.random() < 0.6 else fk.cn_name_forms()
    x = c.line(W * 0.3, y + 20 * p.s, [S(name, "name")], hand_font(p, 64, cjk=True), fill=ink)
    c.line(
        x + 30 * p.s,
        y + 20 * p.s,
        [S(rng.choice(("收", "亲启", "收")), "other")],
        hand_font(p, 44, cjk=True),
        fill=ink,
    )
    y += 110 * p.s
    sx = W * 0.42
    c.hline(sx, W - m, y + 12 * p.s, width=1)
    personal = rng.random() < 0.5
    if personal:
        sender = [
            S(fk.cn_address_parts()[1], "address"),
            S(fk.cn_door(), "door"),
            S(" " + fk.cn_name(honorific=0.0), "name"),
        ]
        c.line(
            sx + 10 * p.s,
            y,
            sender,
            fit(
                p,
                hand_font(p, 32, cjk=True),
                "".join(sp.text for sp in sender),
                W - m - sx - 20 * p.s,
            ),
            fill=ink,
        )
    else:
        sender = [S(fk.cn_company(), "shop")]
        c.line(sx + 10 * p.s, y, sender, fit(p, p.font(24), sender[0].text, W - m - sx - 20 * p.s))
    y += 50 * p.s
    x = c.line(W - m - 360 * p.s, y, [S("邮政编码:", "label")], p.font(20), fill=RED)
    c.line(
        x + 10 * p.s,
        y,
        [S(fk.digits(6, True), "address" if personal else "other")],
        hand_font(p, 30, cjk=False),
        fill=ink,
    )
    c.text(
        m,
        c.height - m * 0.6,
        rng.choice(("国家邮政局监制", "中国邮政集团监制")) + f"  {rng.choice(('B6', 'DL', 'ZL'))}",
        p.font(15),
        "footer",
    )
    return c


def _en_envelope(rng: random.Random, fk: RecordFaker) -> Canvas:
    W = rng.choice((1300, 1400))
    c = Canvas(W, int(W * 0.48), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 1300)
    m = int(40 * p.s)
    hand = rng.random() < 0.6
    ink = rng.choice(HAND_INKS) if hand else c.ink

    def font(px: float):
        return hand_font(p, px, cjk=False) if hand else p.font(px * 0.8)

    y = m + 30 * p.s
    if rng.random() < 0.7:  # the sender's return address, small, top left
        rf = font(24)
        for spans in (
            [S(fk.en_name(), "name")],
            *([S(t, k) for t, k in ln.segments] for ln in fk.us_block()),
        ):
            c.line(m, y, spans, rf, fill=ink)
            y += rf.size * 1.3
    for k in range(rng.randint(1, 2)):
        _stamp(
            p,
            W - m - (k + 1) * 130 * p.s,
            m,
            115 * p.s,
            140 * p.s,
            rng.choice((("USA", "FOREVER"), ("USA", "$1.65"), ("USA", "GLOBAL"))),
        )
    if rng.random() < 0.85:
        _postmark(
            p,
            W - m - 420 * p.s,
            m + 90 * p.s,
            rng.choice(("NEW YORK NY", "SEATTLE WA", "LONDON", "BOSTON MA")),
            fk.date("in").upper(),
        )
    ay = c.height * rng.uniform(0.4, 0.7)  # the airmail sticker: the letter goes abroad
    c.box(m, ay, m + 230 * p.s, ay + 64 * p.s, width=2)
    c.text(
        m + 115 * p.s,
        ay + 28 * p.s,
        "PAR AVION",
        p.font(20, bold=True),
        "label",
        anchor="ms",
        fill=(30, 60, 150),
    )
    c.text(
        m + 115 * p.s,
        ay + 54 * p.s,
        "BY AIR MAIL",
        p.font(16),
        "label",
        anchor="ms",
        fill=(30, 60, 150),
    )
    if rng.random() < 0.4:
        c.text(
            m,
            c.height - m,
            rng.choice(("PLEASE DO NOT BEND", "PHOTOGRAPHS - DO NOT BEND")),
            p.font(22, bold=True),
            "other",
        )
    x = W * rng.uniform(0.33, 0.4)
    af = font(36)
    block = [[S(fk.en_name(upper=not hand), "name")]]
    if rng.random() < 0.5:
        # "c/o" is a printed mark, as on the shipping label: the name after it is the value.
        block.append([S("c/o ", "label"), S(fk.en_name(), "name")])
    block += [[S(t, k) for t, k in ln.segments] for ln in fk.uk_block()]
    block.append([S(rng.choice(("UNITED KINGDOM", "ENGLAND", "U.K.")), "address")])
    y = min(c.height * 0.5, c.height - m - (len(block) - 0.5) * af.size * 1.35)
    if not hand:  # a printed label stuck on
        c.draw.rectangle(
            [x - 20 * p.s, y - 50 * p.s, W - m, y + len(block) * af.size * 1.35],
            fill=(252, 252, 252),
            outline=(170, 170, 170),
        )
    for spans in block:
        c.line(x, y, spans, af, fill=ink)
        y += af.size * 1.35
    return c


def envelope(rng: random.Random) -> Canvas:
    """A Chinese envelope with postcode boxes, or an English one with stamps and airmail."""
    fk = RecordFaker(rng)
    # An envelope keeps its size: nothing below the writing is trimmed.
    return _cn_envelope(rng, fk) if rng.random() < 0.55 else _en_envelope(rng, fk)


LAYOUTS = {"envelope": envelope}
