"""Florists and gift delivery: the order form a flower shop fills in at the counter
or prints off its web orders, with the gift card that travels with the bouquet. A
Chinese 鲜花订购单 is a grid (订花人 and 收花人 with their phones, the address to the
room, a hospital bed or an office floor, the delivery slot, the bouquet, the ribbon
streamer's words, the card, whether the sender stays anonymous, prices, the clerk)
with the courier's sign-off under it; an English or French form has sender and
recipient blocks on ruled blanks, a tick for an anonymous sender and a card box.

Personal: the sender's and recipient's names, phones, e-mail and the recipient's
address with its door, bed or floor; names and pet names made from them inside the
card, on the ribbon and in the signature; the clerk, the courier and the signature
of whoever received the flowers. Ordinary: the shop's name, address and phone
(business data), order number, bouquets, stems, wrapping, slots, dates, prices,
endearments that are no names (宝贝, Mum & Dad), anonymous sign-offs and notes.
"""

from __future__ import annotations

import random
import unicodedata
from math import ceil

from . import florist_words as fw
from .fakedata_households import HouseholdFaker
from .formkit import HAND_INKS, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, serial_title
from .kit import Pen, S, _finish, hand_font, joined_address
from .render import Canvas, Span

_CARD_PAPER = ((252, 246, 236), (246, 236, 240), (238, 246, 240))


def _ascii(name: str) -> str:
    """A name without its accents, as people spell it in an e-mail address."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _cn_pet(rng: random.Random, name: str) -> str:
    """What a friend or partner calls someone: the given name, 小 or 阿 + one of it."""
    given = name[1:]
    return rng.choice((given, "小" + given[-1], "阿" + given[0])) if given else name


def _cn_destination(rng: random.Random, fk: HouseholdFaker) -> list[Span]:
    """Where the flowers go: a flat, a hospital bed or an office floor, to the door."""
    kind = rng.random()
    if kind < 0.55:
        return joined_address([fk.cn_address(with_door=1.0)[0]], "")
    region, street, _door = fk.cn_address_parts()
    if kind < 0.8:
        where = f"{region}{rng.choice(('第一人民医院', '中医院', '妇幼保健院'))}住院部"
        return [S(where, "address"), S(f"{rng.randint(1, 9)}号楼{rng.randint(3, 22)}床", "door")]
    tower = street + rng.choice(("大厦", "中心", "广场"))
    return [S(tower, "address"), S(f"{rng.randint(2, 30)}楼{rng.randint(1, 30):02d}室", "door")]


def _card(p: Pen, x: float, y: float, w: float, lines: list[list[Span]], cjk: bool) -> float:
    """A small gift card written by hand: greeting, message, signature on the right."""
    c, s = p.c, p.s
    f = hand_font(p, 26, cjk=cjk)
    ink = p.r.choice(HAND_INKS)
    lh = f.size * 1.5
    # Estimate the wrapped lines first: the card's paper is drawn under the writing.
    room = w - (70 if cjk else 40) * s
    wrapped = sum(
        ceil(p.width("".join(sp.text for sp in part), f) * 1.1 / room) for part in lines[1:-1]
    )
    height = lh * (wrapped + 3.3)
    c.draw.rectangle([x, y, x + w, y + height], fill=p.r.choice(_CARD_PAPER), outline=c.ink)
    yy = y + lh * 1.3
    greet, body, sign = lines[0], lines[1:-1], lines[-1]
    c.line(x + 20 * s, yy, greet, f, fill=ink)
    yy += lh
    for part in body:
        if cjk:
            yy = c.wrap(x + 44 * s, yy, part, f, w - 70 * s, lh, fill=ink, max_lines=3)
        else:
            yy = word_wrap(p, x + 20 * s, yy, part, f, w - 40 * s, lh, fill=ink)
    sw = p.width("".join(sp.text for sp in sign), f)
    c.line(x + w - sw - 24 * s, yy + lh * 0.3, sign, f, fill=ink)
    return y + height


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 960), 1.9, cjk=True, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.6
    f = p.font(16)
    y = m + 36 * s
    c.text(W / 2, y, rng.choice(fw.CN_SHOPS), p.font(28, bold=True), "shop", anchor="ms")
    y += 28 * s
    c.line(
        m + w * 0.1,
        y,
        [
            Span(fk.shop_address("cn"), "shop_address", None),
            S("  订花热线 ", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(14),
    )
    y += 52 * s
    serial_title(p, y, right, "鲜花订购单", fk.digits(7), p.font(19))
    y += 22 * s
    sender, to = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    anon = rng.random() < 0.3
    pet, own = _cn_pet(rng, to), _cn_pet(rng, sender)
    flowers, stems = rng.choice(fw.CN_BOUQUETS)
    price, fee = rng.choice((168, 199, 299, 365, 520, 999)), rng.choice((0, 15, 20, 30))
    names = {"to": (pet, "name"), "sur": (to[0], "name")}
    names["sign"] = (fk.cn_name(honorific=0.0) if anon else own, "name")
    ribbon = rng.choice(fw.CN_RIBBONS[:2] if anon else fw.CN_RIBBONS)
    head, body, tail = rng.choice(fw.CN_CARDS)
    sign = [S(rng.choice(fw.CN_ANON), "other")] if anon else template_spans(tail, names, "other")
    message = [*template_spans(head, names, "other"), *template_spans(body, names, "other")]
    rows = [
        [("订花人", sender, "name"), ("电话", fk.cn_mobile(), "phone")],
        [("收花人", to, "name"), ("电话", fk.cn_mobile(rng.choice(("plain", "dash"))), "phone")],
        [("送花地址", _cn_destination(rng, fk), "")],
        [("送达日期", fk.date("cn"), "date"), ("时段", rng.choice(fw.CN_SLOTS), "other")],
        [("花束款式", f"{flowers} {stems}", "item"), ("包装", rng.choice(fw.CN_WRAPS), "other")],
        [("丝带文字", template_spans(ribbon, names, "other") or [S("无", "other")], "")],
        [("贺卡内容", message, "")],
        [("署名", sign, ""), ("是否匿名", "是" if anon else "否", "other")],
        [("花款", f"¥{price}", "price"), ("配送费", f"¥{fee}", "price")],
        [("合计", f"¥{price + fee}", "price"), ("付款方式", rng.choice(fw.CN_PAY), "other")],
        [("接单人", fk.cn_name(honorific=0.0), "name"), ("下单时间", fk.date("iso"), "date")],
    ]
    widths = (w * 0.16, w * 0.38, w * 0.16, w * 0.3)
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), 44 * s, f, hand_px=24) + 44 * s
    courier = fk.cn_surname() + rng.choice(("师傅", "")) if rng.random() < 0.5 else fk.cn_name()
    x = c.line(m, y, [S("配送员:", "label"), S(courier, "name")], f) + 40 * s
    x = c.line(x, y, [S("签收人:", "label")], f) + 10 * s
    signer = to if rng.random() < 0.7 else fk.cn_name(honorific=0.0)
    handwritten(p, x, y, [S(signer, "name")], 30, cjk=True)
    c.line(right - 210 * s, y, [S("签收时间:", "label"), S(fk.time(seconds=False), "date")], f)
    y += 34 * s
    c.text(m, y, "温馨提示:鲜花属特殊商品,签收后非质量问题不退换。", p.font(13), "footer")
    y += 30 * s
    if rng.random() < 0.7:  # the card itself, photographed with the order
        lines = [message[: len(template_spans(head, names, "other"))]]
        lines += [template_spans(body, names, "other"), sign]
        y = _card(p, m + w * 0.15, y, w * 0.7, lines, cjk=True) + 10 * s
    return _finish(c, y, 0, pad=m * 0.6)


def _latin_destination(rng: random.Random, fk: HouseholdFaker, lang: str) -> list[Span]:
    if lang == "fr":
        street, town = fk.eu_address("fr")
        return [S(street, "address"), S(", ", "other"), S(town, "address")]
    if rng.random() < 0.3:  # a ward and bed in a hospital
        ward = f"Ward {rng.randint(1, 30)}, Bed {rng.randint(1, 24)}"
        return [S(ward, "door"), S(", ", "other"), S("Riverside General Hospital", "address")]
    return joined_address(fk.uk_block())


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t, en = fw.FORM[lang], lang == "en"
    c, p, m, right = sheet(rng, (800, 860), 1.9, cjk=False, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    hand = rng.random() < 0.5
    f, bold = p.font(15), p.font(15, bold=True)
    y = m + 30 * s
    c.text(m, y, rng.choice(fw.EN_SHOPS if en else fw.FR_SHOPS), p.font(24, bold=True), "shop")
    c.text(right, y, t["title"], p.font(22, bold=True), "label", anchor="rs")
    y += 22 * s
    c.text(m, y, fk.shop_address("en" if en else "fr"), p.font(13), "shop_address")
    c.line(right - 140 * s, y, [S("No. ", "label"), Span(fk.digits(6), "order_number", None)], f)
    y += 20 * s
    c.text(m, y, fk.office_phone("en") if en else fk.eu_phone("fr"), p.font(13), "shop_phone")
    y += 46 * s
    person = (lambda: fk.en_name_plain(False)) if en else (lambda: fk.eu_name("fr"))
    phone = fk.uk_phone if en else (lambda: fk.eu_phone("fr"))
    sender, to = person(), person()
    anon = rng.random() < 0.3
    half, step = m + w * 0.5, (48 if hand else 40) * s
    c.text(m, y, t["sender"], bold, "label")
    c.text(half, y, t["recipient"], bold, "label")
    y += step
    for left, rightf in (
        ((t["name"], [S(sender, "name")]), (t["name"], [S(to, "name")])),
        ((t["phone"], [S(phone(), "phone")]), (t["phone"], [S(phone(), "phone")])),
    ):
        ruled_entry(p, m, half - 16 * s, y, left, hand, f)
        ruled_entry(p, half, right, y, rightf, hand, f)
        y += step
    ruled_entry(
        p, m, half - 16 * s, y, (t["email"], [S(fk.email(_ascii(sender)), "email")]), hand, f
    )
    y += step
    ruled_entry(p, m, right, y, (t["addr"], _latin_destination(rng, fk, lang)), hand, f)
    y += step
    date = fk.date("in" if en else "iso")
    ruled_entry(p, m, half - 16 * s, y, (t["date"], [S(date, "date")]), hand, f)
    ruled_entry(p, half, right, y, (t["slot"], [S(rng.choice(fw.SLOTS[lang]), "other")]), hand, f)
    y += step
    flowers, stems = rng.choice(fw.BOUQUETS[lang])
    ruled_entry(p, m, right - 170 * s, y, (t["product"], [S(flowers, "item")]), hand, f)
    ruled_entry(p, right - 150 * s, right, y, (t["stems"], [S(stems, "other")]), hand, f)
    y += step
    pet = to.split()[0] if rng.random() < 0.7 else to.split()[0][:3]
    names = {"to": (pet, "name"), "sign": (sender.split()[0], "name")}
    ribbon = (
        [S("With love", "other")]
        if anon
        else [S("Love from ", "other"), S(sender.split()[0], "name")]
    )
    ruled_entry(p, m, right, y, (t["ribbon"], ribbon), hand, f)
    y += step
    tick_box(p, m, y, t["anon"], anon, f)
    y += step
    head, body, tail = rng.choice(fw.CARDS[lang])
    sign = [S(rng.choice(fw.ANON[lang]), "other")] if anon else template_spans(tail, names, "other")
    c.text(m, y, t["card"], bold, "label")
    lines = [template_spans(head, names, "other"), template_spans(body, names, "other"), sign]
    y = _card(p, m, y + 14 * s, w * 0.62, lines, cjk=False)
    price, fee = rng.choice((35, 45, 55, 65, 85)), rng.choice((5.95, 6.95, 9.5))
    cur = "£" if en else "€"
    py = y - 100 * s
    for word, value in ((t["flowers"], price), (t["delivery"], fee), (t["total"], price + fee)):
        c.text(right - 150 * s, py, word, f, "label")
        c.text(right, py, f"{cur}{value:.2f}", f, "price", anchor="rs")
        py += 30 * s
    y += 44 * s
    driver = person().split()[0]
    ruled_entry(p, m, half - 16 * s, y, (t["driver"], [S(driver, "name")]), True, f, hand_px=26)
    signer = to.split()[-1] if rng.random() < 0.5 else to
    ruled_entry(p, half, right, y, (t["received"], [S(signer, "name")]), True, f, hand_px=30)
    y += 40 * s
    y = word_wrap(p, m, y, [S(t["note"], "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def flower_delivery_order(rng: random.Random) -> Canvas:
    """A florist's order with the gift card: a 鲜花订购单 grid or an English / French
    order form, the recipient to the room and a card naming people warmly."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"flower_delivery_order": flower_delivery_order}
