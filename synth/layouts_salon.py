"""Hairdressing and beauty: a salon's membership / stored-value card, front and back
on a counter or the scanner glass, or the inside page of its record booklet
(顾客档案 / client record card). Chinese, English or French.

Personal: the member's name (printed, or written on the card's white panel), the
member's phone, the card number and the birthday (id_number, as membership numbers
and dates of birth are), the stylist who signed each visit (a name or a staff
number), and a hand-written note naming a stylist or a second person to call.
Ordinary: the salon's name, its address and booking line, the card's title and
printed terms, the services, amounts and balances, the dates of the visits.
"""

from __future__ import annotations

import random

from .fakedata_households import SERVICES, STYLIST_EN, HouseholdFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_slips import label_cell
from .kit import Pen, S, _finish
from .render import Canvas, Span

#: Printed words per language, keyed by :data:`_KEYS`.
_KEYS = ("card", "no", "name", "tel", "birthday", "cols", "terms", "note", "record", "staff")
_WORDS = {
    "cn": dict(
        zip(
            _KEYS,
            (
                ("VIP会员卡", "会员储值卡", "贵宾卡", "金卡会员"),
                "卡号",
                "姓名",
                "电话",
                "生日",
                ("日期", "服务项目", "消费金额", "余额", "发型师签名"),
                (
                    "1. 本卡仅限本人使用,遗失请及时挂失。",
                    "2. 储值金额不兑现、不找零。",
                    "3. 凭卡消费享受会员折扣。",
                ),
                "备注",
                "顾客消费记录",
                "工号",
            ),
            strict=True,
        )
    ),
    "en": dict(
        zip(
            _KEYS,
            (
                ("MEMBER CARD", "Loyalty Card", "VIP Client Card", "Prepaid Card"),
                "Card No.",
                "Name",
                "Tel",
                "Birthday",
                ("Date", "Service", "Price", "Balance", "Stylist"),
                (
                    "Present this card at every visit.",
                    "Prepaid balance is non-refundable and cannot be exchanged for cash.",
                    "Please give 24 hours' notice to cancel an appointment.",
                ),
                "Notes",
                "Client Record",
                "Staff no.",
            ),
            strict=True,
        )
    ),
    "fr": dict(
        zip(
            _KEYS,
            (
                ("CARTE DE FIDÉLITÉ", "Carte Privilège", "Carte Cliente"),
                "Carte n°",
                "Nom",
                "Tél.",
                "Anniversaire",
                ("Date", "Prestation", "Prix", "Solde", "Coiffeur"),
                (
                    "Carte nominative, à présenter à chaque passage.",
                    "Le solde prépayé n'est ni remboursable ni échangeable.",
                    "Toute annulation doit être signalée 24 h à l'avance.",
                ),
                "Remarques",
                "Fiche cliente",
                "Matricule",
            ),
            strict=True,
        )
    ),
}
_CARD_COLOURS = ((25, 25, 30), (120, 30, 70), (70, 40, 110), (200, 160, 90), (240, 180, 195))
_CN_NOTES = ("对染发剂过敏", "头皮敏感,用温和洗发水", "喜欢短发,不要打薄", "下次约烫发")


def _person(rng: random.Random, fk: HouseholdFaker, lang: str) -> tuple[str, str, str]:
    """The member: name, phone and birthday in the language's way."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if lang == "cn":
        return fk.cn_name(honorific=0.3), fk.cn_mobile(), f"{month}月{day}日"
    if lang == "fr":
        return fk.eu_name("fr"), fk.eu_phone("fr"), f"{day:02d}/{month:02d}"
    return fk.en_name(), fk.uk_phone(), f"{day:02d}/{month:02d}"


def _logo(p: Pen, cx: float, cy: float, r: float, ink: tuple[int, int, int]) -> None:
    """A pair of scissors in a ring: the salon's mark, no words."""
    d, s = p.c.draw, max(2, round(3 * p.s))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ink, width=s)
    for dx in (-0.35, 0.35):
        d.ellipse(
            [cx + dx * r - r * 0.18, cy + r * 0.2, cx + dx * r + r * 0.18, cy + r * 0.56],
            outline=ink,
            width=s,
        )
        d.line([(cx + dx * r, cy + r * 0.2), (cx - dx * r * 1.2, cy - r * 0.65)], fill=ink, width=s)


def _front(
    p: Pen,
    x0: float,
    y0: float,
    w: float,
    lang: str,
    member: tuple[str, str, str],
    card_no: str,
    fk: HouseholdFaker,
) -> float:
    """The card's front: salon, title, number, and the member's panel; returns its bottom."""
    c, s, r, t = p.c, p.s, p.r, _WORDS[lang]
    h = w / 1.586
    bg = r.choice(_CARD_COLOURS)
    dark = sum(bg) < 400
    ink = (245, 235, 205) if dark else (40, 30, 30)
    c.draw.rounded_rectangle([x0, y0, x0 + w, y0 + h], radius=int(24 * s), fill=bg)
    pad = w * 0.06
    _logo(p, x0 + pad + 34 * s, y0 + pad + 34 * s, 34 * s, ink)
    cjk = lang == "cn"
    salon = fk.salon(lang)
    c.text(x0 + pad + 90 * s, y0 + pad + 44 * s, salon, p.font(34, bold=True), "shop", fill=ink)
    c.text(
        x0 + w - pad,
        y0 + h * 0.45,
        r.choice(t["card"]),
        p.font(30, bold=True),
        "label",
        anchor="rs",
        fill=ink,
    )
    name, phone, _ = member
    y = y0 + h * 0.64
    c.line(
        x0 + pad,
        y,
        [S(t["no"] + " ", "label"), S(card_no, "id_number")],
        p.font(26, mono=True),
        fill=ink,
    )
    if r.random() < 0.5:  # a white panel the member's name and phone are written on
        py = y0 + h * 0.7
        c.draw.rectangle([x0 + pad, py, x0 + w - pad, y0 + h - pad * 0.6], fill=(250, 250, 246))
        base = py + (y0 + h - pad * 0.6 - py) * 0.7
        x = c.line(x0 + pad + 8 * s, base, [S(t["name"], "label")], p.font(16), fill=(60, 60, 60))
        x = handwritten(p, x + 8 * s, base, [S(name, "name")], 28, cjk=cjk, width=w * 0.32) + 20 * s
        x = c.line(x, base, [S(t["tel"], "label")], p.font(16), fill=(60, 60, 60))
        handwritten(
            p, x + 8 * s, base, [S(phone, "phone")], 26, cjk=cjk, width=x0 + w - pad - x - 16 * s
        )
    else:
        y += 44 * s
        c.line(x0 + pad, y, [S(name, "name")], p.font(26, bold=True), fill=ink)
        c.line(x0 + pad + w * 0.45, y, [S(phone, "phone")], p.font(22), fill=ink)
    return y0 + h


def _visits(rng: random.Random, fk: HouseholdFaker, lang: str, n: int) -> list[list[Cell]]:
    """The record of visits: date, service, amount, balance, who did it (signed)."""
    t = _WORDS[lang]
    money = {"cn": "¥{}", "en": "£{}", "fr": "{},00"}[lang]  # the hand faces lack €
    balance = rng.choice((500, 1000, 2000)) if lang == "cn" else rng.choice((100, 150, 200))
    rows = [[label_cell(h) for h in t["cols"]]]
    day = rng.randint(0, 120)  # days into the year of the first visit; visits come in order
    staff = [
        fk.cn_name(honorific=0.0) if lang == "cn" else rng.choice(STYLIST_EN) for _ in range(2)
    ]
    by_number = rng.random() < 0.25  # some salons have staff sign with their number
    for _ in range(n):
        price = (
            rng.choice((38, 58, 68, 128, 298, 388))
            if lang == "cn"
            else rng.choice((18, 25, 35, 45, 60))
        )
        service = rng.choice(SERVICES[lang])
        if balance < price:  # the member tops the card up before paying
            top = rng.choice((500, 1000)) if lang == "cn" else 100
            balance += top
            service += {"cn": " 充值{}", "en": " +top-up {}", "fr": " +recharge {}"}[lang].format(
                top
            )
        balance -= price
        if by_number:
            who = Cell((S(t["staff"] + " ", "label"), S(f"{rng.randint(1, 40):02d}", "id_number")))
        else:
            who = Cell.of(rng.choice(staff), "name", hand=True)
        day += rng.randint(9, 40)
        mm, dd = min(12, day // 28 + 1), day % 28 + 1
        date = f"{mm}/{dd}" if lang == "cn" else f"{dd:02d}/{mm:02d}"
        rows.append(
            [
                Cell.of(date, "date", hand=True),
                Cell.of(service, "item", hand=True),
                Cell.of(money.format(price), "price", hand=True, align="r"),
                Cell.of(money.format(balance), "price", hand=True, align="r"),
                who,
            ]
        )
    return rows


def _note(rng: random.Random, fk: HouseholdFaker, lang: str) -> list[Span]:
    """A hand-written remark: an allergy, a favourite stylist, someone else to call."""
    if lang == "cn":
        return rng.choice(
            (
                [S(rng.choice(_CN_NOTES), "other")],
                [S("指定", "other"), S(fk.cn_name(honorific=0.0), "name"), S("做", "other")],
                [S("女儿", "other"), S(fk.cn_name(honorific=0.0), "name"), S("共用此卡", "other")],
            )
        )
    stylist = rng.choice(STYLIST_EN)
    if lang == "fr":
        return [S("Toujours avec ", "other"), S(stylist, "name"), S(", allergie PPD", "other")]
    return rng.choice(
        (
            [S("Always books with ", "other"), S(stylist, "name")],
            [S("Patch test done - ok. Husband ", "other"), S(fk.en_first(upper=False), "name")],
        )
    )


def hair_salon_card(rng: random.Random) -> Canvas:
    """A salon card's front and back on a counter, or its record page with the front."""
    fk = HouseholdFaker(rng)
    lang = rng.choices(("cn", "en", "fr"), weights=(55, 30, 15))[0]
    t, cjk = _WORDS[lang], lang == "cn"
    c, p, m, right = sheet(rng, (900, 1000), 1.5, cjk=cjk, base=1000, margin=(0.05, 0.07))
    s, w = p.s, right - m
    c.draw.rectangle(
        [0, 0, c.width, c.height], fill=rng.choice(((90, 80, 70), (205, 200, 190), (245, 245, 245)))
    )
    member, card_no = _person(rng, fk, lang), fk.salon_card_no()
    name, phone, birthday = member
    y = _front(p, m, m, w * rng.uniform(0.65, 0.95), lang, member, card_no, fk) + 30 * s
    # The back or the booklet's page: white, with the terms and the visits table.
    y0 = y
    c.draw.rectangle([m, y0, right, y0 + c.height], fill=(252, 251, 247))
    y += 44 * s
    f = p.font(19)
    c.text(m + 20 * s, y, t["record"], p.font(24, bold=True), "label")
    y += 46 * s
    x = c.line(m + 20 * s, y, [S(t["name"] + ": ", "label")], f)
    x = handwritten(p, x, y, [S(name, "name")], 28, cjk=cjk, width=w * 0.3) + 30 * s
    x = c.line(x, y, [S(t["tel"] + ": ", "label")], f)
    handwritten(p, x, y, [S(phone, "phone")], 28, cjk=cjk, width=right - x - 20 * s)
    y += 48 * s
    x = c.line(m + 20 * s, y, [S(t["no"] + ": ", "label"), S(card_no, "id_number")], f) + 30 * s
    if rng.random() < 0.7:
        x = c.line(x, y, [S(t["birthday"] + ": ", "label")], f)
        handwritten(p, x, y, [S(birthday, "id_number")], 28, cjk=cjk)
    y += 24 * s
    inner = w - 40 * s
    cols = [inner * k for k in (0.17, 0.27, 0.17, 0.17, 0.22)]
    rows = _visits(rng, fk, lang, rng.randint(3, 7))
    y = table(p, m + 20 * s, y, cols, rows, 46 * s, p.font(17), hand_px=24, cjk=cjk)
    y += 40 * s
    if rng.random() < 0.6:
        x = c.line(m + 20 * s, y, [S(t["note"] + ": ", "label")], f)
        handwritten(p, x + 6 * s, y, _note(rng, fk, lang), 26, cjk=cjk, width=right - x - 30 * s)
        y += 44 * s
    for line in t["terms"]:
        y = c.wrap(m + 20 * s, y, [S(line, "footer")], p.font(14), inner, 22 * s, max_lines=2)
    addr = ("地址:" if cjk else "") + fk.shop_address(lang)
    y = c.wrap(m + 20 * s, y + 6 * s, [S(addr, "other")], p.font(15), inner, 22 * s, max_lines=2)
    booking = fk.cn_landline() if cjk else fk.uk_phone() if lang == "en" else fk.eu_phone("fr")
    c.line(
        m + 20 * s,
        y,
        [
            S({"cn": "预约电话 ", "en": "Bookings ", "fr": "Rendez-vous "}[lang], "label"),
            S(booking, "other"),
        ],
        p.font(15),
    )
    c.draw.rectangle([m, y + 20 * s, right, c.height], fill=c.img.getpixel((2, 2)))
    return _finish(c, y + 20 * s, 0, pad=m)


LAYOUTS = {"hair_salon_card": hair_salon_card}
