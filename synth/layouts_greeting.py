"""Greeting cards and personal letters. A 贺卡 / 生日卡 / 新年贺卡 opened flat (the
printed greeting on the left; on the right a message by hand: 亲爱的<name>: or a kin
word, wishes, perhaps a new address to the room or 有事打我电话 138…, signed 爱你的
<name> or 您的外孙女 <小名>), an envelope's face (红框邮编 boxes, 收件人 address to the
room, <name> 收 or 王老师 收, the stamp, the sender's address, name and 邮政编码), a
printed wedding 谢卡 / thank-you card (the couple's names, the date, the maker's name
and barcode on the back, a note by hand), an English Christmas or birthday card, a
French carte de vœux or an Italian biglietto (:mod:`synth.greeting_latin`).

Personal: the people written to and signed as, the couple on a wedding card (two
private people named, ``name``), a 小名 (豆豆, 乐乐), a surname before 老师, addresses to
the room (``door``), postcodes (``address``), phones. Ordinary: printed greetings and
verses, kin words (外婆, 您的外孙女), endearments, wishes, dates, the maker's name and
the card's barcode, the stamp's words.
"""

from __future__ import annotations

import random

from .fakedata_notices import NoticeFaker
from .formkit import HAND_INKS, RED, fit, handwritten
from .formkit_blanks import char_boxes
from .greeting_latin import card_spread, en_card, eu_card, front
from .greeting_words import (
    BRANDS,
    CN_CALL,
    CN_GREETINGS,
    CN_KIN,
    CN_MOVED,
    CN_PETS,
    CN_WISHES,
    ENVELOPE_NOTES,
    ENVELOPE_PRINT,
)
from .kit import Faces, Pen, S, _ink, hand_font, joined_address
from .render import Canvas, Span


def _cn_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p, mid = card_spread(rng, cjk=True)
    s = p.s
    front(p, mid, *rng.choice(CN_GREETINGS))
    call, signed = rng.choice(CN_KIN)
    style = rng.randrange(3)
    pet, my_pet = rng.sample(CN_PETS, 2)  # the reader's and the writer's, never the same
    if style == 0:  # 亲爱的小雨:
        opening = [
            S("亲爱的", "other"),
            S(fk.cn_given_name() if rng.random() < 0.5 else pet, "name"),
            S(":", "other"),
        ]
    elif style == 1:  # 外婆: (kin word only; the writer's name below)
        opening = [S(f"亲爱的{call}:" if rng.random() < 0.5 else f"{call}:", "other")]
    else:  # 王磊同学: / 张老师:
        name = fk.cn_name(honorific=0.0)
        opening = (
            [S(name, "name"), S("同学:", "other")]
            if rng.random() < 0.5
            else [S(name[0], "name"), S("老师:", "other")]
        )
    lines: list[list[Span]] = [opening]
    lines.append([S("    " + rng.choice(CN_WISHES), "other")])
    news = rng.choice(("moved", "call", "both"))  # a card written to say where or how to reach us
    if news != "call":
        home, _ = fk.cn_address(with_door=1.0)
        lines.append(
            [S("    " + CN_MOVED, "other"), *joined_address([home]), S(",有空来玩!", "other")]
        )
    if news != "moved":
        lines.append(
            [S("    " + CN_CALL, "other"), S(fk.cn_mobile("plain"), "phone"), S("。", "other")]
        )
    me = my_pet if rng.random() < 0.4 else fk.cn_name(honorific=0.0)
    sign = [S("爱你的", "other") if style == 0 else S(signed, "other"), S(me, "name")]
    ink = rng.choice(HAND_INKS)
    f = hand_font(p, 38, cjk=True)
    x, w, y = mid + 60 * s, mid - 120 * s, 120 * s
    for spans in lines:
        y = c.wrap(x, y, spans, f, w, f.size * 1.6, fill=ink, max_lines=4) + 6 * s
    y += 20 * s
    end = c.width - 80 * s
    c.line(end - p.width("".join(sp.text for sp in sign), f), y, sign, f, fill=ink)
    y += f.size * 1.6
    day = f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}"
    c.line(end - p.width(day, f), y, [S(day, "date")], f, fill=ink)
    return c


def _cn_envelope(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """The face of a standard envelope: postcode boxes, the addressee, the sender."""
    w = rng.choice((1500, 1600))
    kraft = rng.random() < 0.5
    c = Canvas(w, int(w * 0.5), paper=(222, 196, 150) if kraft else (250, 250, 246), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1500)
    s = p.s
    to, to_pc = fk.cn_address(with_door=1.0)
    back, back_pc = fk.cn_address(with_door=rng.choice((0.5, 1.0)))
    box = 50 * s
    char_boxes(p, 60 * s, 50 * s, to_pc[:6], "address", box=box, gap=8 * s)
    for i in range(6):  # the printed boxes are red
        bx = 60 * s + i * (box + 8 * s)
        c.draw.rectangle(
            [bx, 50 * s, bx + box, 50 * s + box], outline=RED, width=max(2, int(3 * s))
        )
    sx = w - 190 * s
    c.draw.rectangle([sx, 40 * s, sx + 130 * s, 40 * s + 160 * s], outline=RED, width=2)
    stamped = rng.random() < 0.6
    if stamped:
        c.draw.rectangle(
            [sx + 10 * s, 50 * s, sx + 120 * s, 190 * s],
            fill=rng.choice(((200, 80, 60), (60, 120, 170))),
        )
        c.text(
            sx + 65 * s,
            120 * s,
            "中国邮政",
            p.font(16, bold=True),
            "other",
            anchor="mm",
            fill=(255, 255, 255),
        )
        c.text(
            sx + 65 * s, 165 * s, "1.20元", p.font(16), "other", anchor="mm", fill=(255, 255, 255)
        )
    else:
        c.text(sx + 65 * s, 120 * s, "贴邮票处", p.font(18), "label", anchor="mm", fill=RED)
    y = 250 * s
    c.hline(100 * s, w - 100 * s, y + 12 * s, width=1)
    handwritten(p, 110 * s, y, joined_address([to]), 42, cjk=True, width=w - 220 * s)
    y += 120 * s
    c.hline(100 * s, w - 100 * s, y + 16 * s, width=1)
    name = fk.cn_name(honorific=0.0)
    who = (
        [S(name, "name"), S(" 收", "other")]
        if rng.random() < 0.6
        else [S(name[0], "name"), S(rng.choice(("老师", "先生", "女士", "阿姨")) + " 收", "other")]
    )
    handwritten(p, w * 0.32, y, who, 64, cjk=True)
    y += 110 * s
    c.hline(w * 0.35, w - 100 * s, y + 10 * s, width=1)
    sender = [*joined_address([back]), S(" ", "other"), S(fk.cn_name(honorific=0.0), "name")]
    handwritten(p, w * 0.36, y, sender, 30, cjk=True, width=w * 0.6 - 110 * s)
    y += 70 * s
    x = c.line(w * 0.62, y, [S("邮政编码:", "label")], p.font(20), fill=RED) + 10 * s
    handwritten(p, x, y, [S(back_pc[:6], "address")], 34, cjk=False)
    y += 60 * s
    for k, text in enumerate(ENVELOPE_PRINT):  # the maker's small print, bottom left
        c.text(60 * s, y + k * 24 * s, text, p.font(15), "footer", fill=RED)
    y += len(ENVELOPE_PRINT) * 24 * s
    for k, note in enumerate(rng.sample(ENVELOPE_NOTES, 2)):
        handwritten(p, 70 * s, 420 * s + k * 50 * s, [S(note, "other")], 28, cjk=True)
    if stamped:  # the post office's round date stamp over the stamp
        cx, cy, r = sx - 50 * s, 150 * s, 70 * s
        c.draw.ellipse(
            [cx - r, cy - r, cx + r, cy + r], outline=(40, 40, 45), width=max(2, int(3 * s))
        )
        c.text(
            cx,
            cy - 18 * s,
            rng.choice(("北京", "上海", "成都", "武汉", "杭州")),
            p.font(18),
            "other",
            anchor="mm",
        )
        c.text(
            cx,
            cy + 14 * s,
            f"2026.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
            p.font(16),
            "date",
            anchor="mm",
        )
    c.trim(int(y + 30 * s))
    return c


def _thanks(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A printed wedding thank-you card, its back beside it (the maker and barcode)."""
    cjk = rng.random() < 0.55
    c, p, mid = card_spread(rng, cjk=cjk)
    s = p.s
    brand = rng.choice(BRANDS)
    c.text(
        mid / 2,
        c.height - 200 * s,
        brand,
        p.font(22, bold=True),
        "other",
        anchor="ms",
        fill=(255, 255, 255),
    )
    c.draw.rectangle(
        [mid / 2 - 170 * s, c.height - 170 * s, mid / 2 + 170 * s, c.height - 50 * s],
        fill=(255, 255, 255),
    )
    c.barcode(
        int(mid / 2 - 150 * s),
        int(c.height - 160 * s),
        f"69{fk.digits(11)}",
        height=int(80 * s),
        module=2,
        max_width=int(300 * s),
        category="other",
        pii=False,
    )
    x0, w = mid + 60 * s, mid - 120 * s
    cx = (mid + c.width) / 2
    if cjk:
        a, b = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
        c.text(cx, 170 * s, "感谢您的祝福", p.font(56, bold=True), "label", anchor="ms", fill=RED)
        c.text(cx, 240 * s, "见证我们的幸福时刻", p.font(26), "other", anchor="ms")
        row = [
            S("新郎 ", "other"),
            S(a, "name"),
            S("  新娘 ", "other"),
            S(b, "name"),
            S("  敬谢", "other"),
        ]
        day = f"{rng.randint(2025, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        note = [
            S(fk.cn_name(honorific=0.0)[0], "name"),
            S("阿姨,谢谢您送的礼物,有空来家里坐!", "other"),
        ]
    else:
        a, b = fk.en_first(upper=False), fk.en_first(upper=False)
        c.text(cx, 170 * s, "Thank you", p.font(64, bold=True), "label", anchor="ms")
        c.text(cx, 240 * s, "for sharing our special day", p.font(26), "other", anchor="ms")
        row = [
            S(a, "name"),
            S(" & ", "other"),
            S(b, "name"),
            S(f" {fk.en_name().split()[-1]}", "name"),
        ]
        day = f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{rng.randint(2025, 2026)}"
        note = [
            S("Dear ", "other"),
            S(fk.en_first(upper=False), "name"),
            S(", thank you so much for the lovely vase! x", "other"),
        ]
    f = p.font(34)
    text = "".join(sp.text for sp in row)
    f = fit(p, f, text, w)
    c.line(cx - p.width(text, f) / 2, 330 * s, row, f)
    c.text(cx, 390 * s, day, p.font(24), "date", anchor="ms")
    if cjk:
        home, _ = fk.cn_address(with_door=1.0)
        spans = [S("新居:", "other"), *joined_address([home])]
    else:
        block = fk.uk_block()
        spans = [S("Our new home: ", "other"), *joined_address(block)]
    c.line(x0, 450 * s, spans, fit(p, p.font(20), "".join(sp.text for sp in spans), w))
    if rng.random() < 0.7:
        handwritten(p, x0, 560 * s, note, 34, cjk=cjk, width=w)
    return c


def greeting_card(rng: random.Random) -> Canvas:
    """A 贺卡 with a message by hand, an envelope's face, a printed wedding thank-you
    card, an English Christmas or birthday card, a French or Italian card."""
    fk = NoticeFaker(rng)
    draw = rng.choices(
        (_cn_card, _cn_envelope, _thanks, en_card, eu_card), weights=(30, 22, 14, 20, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"greeting_card": greeting_card}
