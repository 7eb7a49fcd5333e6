"""Private invitations and parties: a Chinese 请柬 on red card (a baby's 满月酒, a parent's
birthday banquet, a housewarming, a retirement dinner), an English, French or German
printed invitation card, or a shop-bought "You're invited!" card filled in by hand.

Personal: the host's and guest's names wherever they sit in the running text ("诚邀
<name> 先生", "为小儿<name>满月之喜", "<name> invites you to…", "<name> fête ses 40
ans"), the venue when it is the host's home (address and door), the RSVP phone or
WeChat ID (an ``id_number``, as on the other families), and the name and phone in a
note written on the card. Ordinary: a restaurant's name, hall and address, the
date and time, the age, decorative headings, the dress code, map notes and set
phrases.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import HAND_INKS, fit, sheet
from .formkit_marks import word_wrap
from .formkit_slips import ruled_blank
from .kit import Pen, S, _finish, hand_font
from .party_words import CN_OCCASIONS, LATIN, cn_when, latin_when
from .render import RGB, Canvas, Span

_CN_VENUES = (
    "金悦大酒店",
    "福满楼酒家",
    "鸿运海鲜酒楼",
    "聚贤庄饭店",
    "喜来登宴会中心",
    "老地方农家乐",
)
_CN_HALLS = ("二楼牡丹厅", "三楼宴会厅", "888包厢", "一楼大厅", "如意厅")
_CN_MAP = ("(人民路与解放路交叉口往北100米)", "(酒店地下车库可免费停车)", "(地铁3号线B出口)")


def _centre(
    p: Pen, cx: float, y: float, spans: list[Span], font, width: float, fill: RGB | None = None
) -> float:
    """One line centred on ``cx`` (squeezed to ``width``); returns the next baseline."""
    f = fit(p, font, "".join(sp.text for sp in spans), width)
    p.c.line(cx - p.width("".join(sp.text for sp in spans), f) / 2, y, spans, f, fill=fill)
    return y + f.size * 1.55


def _framed(p: Pen, c: Canvas, bottom: float, m: float, ink: RGB) -> Canvas:
    """The card cut at ``bottom`` and its printed frame: a double rule with dots or
    diamonds in the corners."""
    c = _finish(c, bottom, 0)
    s, W, H = p.s, c.width, c.height
    for k, wd in ((0, 4), (12, 1)):
        c.draw.rectangle(
            [m * 0.45 + k * s, m * 0.45 + k * s, W - m * 0.45 - k * s, H - m * 0.45 - k * s],
            outline=ink,
            width=max(1, int(wd * s)),
        )
    r = 9 * s
    for x in (m * 0.45 + 30 * s, W - m * 0.45 - 30 * s):
        for y in (m * 0.45 + 30 * s, H - m * 0.45 - 30 * s):
            if p.r.random() < 0.5:
                c.draw.ellipse([x - r, y - r, x + r, y + r], fill=ink)
            else:
                c.draw.polygon(
                    [(x, y - r * 1.4), (x + r, y), (x, y + r * 1.4), (x - r, y)], fill=ink
                )
    return c


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (760, 860), 1.35, cjk=True, base=800, margin=(0.09, 0.11))
    W, s, w = c.width, p.s, right - m
    red = rng.random() < 0.6
    if red:  # red card, gold print
        c.draw.rectangle([0, 0, W, c.height], fill=(rng.randint(170, 205), 25, 35))
    ink = (235, 195, 95) if red else (170, 30, 40)
    occ = rng.choice(list(CN_OCCASIONS))
    heading, body, relatives, home = CN_OCCASIONS[occ]
    y = m + 90 * s
    title = rng.choice(("请柬", "邀请函", heading))
    tf = hand_font(p, 78, cjk=True) if rng.random() < 0.5 else p.font(70, bold=True)
    c.text(W / 2, y, title, tf, "label", anchor="ms", fill=ink)
    y += 80 * s
    f = p.font(24)
    guest = fk.cn_name(honorific=0.0) + rng.choice(("先生", "女士", "先生/女士", "老师"))
    if rng.random() < 0.7:  # the guest's name written on the printed blank
        x = c.line(m, y, [S("尊敬的", "other")], f, fill=ink) + 10 * s
        hf = hand_font(p, 32, cjk=True)
        end = c.line(
            x, y, [S(guest, "name")], hf, fill=(20, 20, 20) if not red else (250, 240, 210)
        )
        c.hline(x - 4 * s, end + 8 * s, y + 8 * s, width=1)
        c.line(end + 10 * s, y, [S(":", "other")], f, fill=ink)
    else:
        c.line(m, y, [S("诚邀 ", "other"), S(guest, "name"), S(" 莅临", "other")], f, fill=ink)
    y += 56 * s
    when = cn_when(rng)
    who = fk.cn_name(honorific=0.0) if rng.random() < 0.8 else fk.cn_given_name()
    spans = [S("谨定于", "other"), S(when, "date")]
    if relatives:
        spans += [S("为" + rng.choice(relatives), "other"), S(who, "name")]
    spans += [S(body.format(age=rng.choice(("六十", "七十", "八十"))), "other")]
    y = c.wrap(m, y, spans, f, w, 42 * s, indent=0.0, fill=ink, max_lines=4)
    if home:
        addr, _pc = fk.cn_address(with_door=1.0)
        place = [S("地址:", "label"), *(S(t, k) for t, k in addr.segments)]
    else:
        place = [S("地点:", "label"), S(rng.choice(_CN_VENUES) + rng.choice(_CN_HALLS), "shop")]
    y = c.wrap(m, y + 6 * s, place, f, w, 38 * s, fill=ink, max_lines=2)
    if rng.random() < 0.5:
        y = c.wrap(m, y, [S(rng.choice(_CN_MAP), "other")], p.font(19), w, 32 * s, fill=ink)
    y += 10 * s
    c.text(
        right,
        y,
        rng.choice(("敬请光临", "恭候光临", "届时恭候")),
        p.font(28, bold=True),
        "other",
        anchor="rs",
        fill=ink,
    )
    y += 64 * s
    hosts = [fk.cn_name(honorific=0.0)] + (
        [fk.cn_name(honorific=0.0)] if rng.random() < 0.6 else []
    )
    host_line = [S(hosts[0], "name")]
    if len(hosts) > 1:
        host_line += [S("  ", "other"), S(hosts[1], "name")]
    host_line.append(S(rng.choice(("  敬邀", "  携全家敬邀", "  谨订")), "other"))
    x = right - p.width("".join(sp.text for sp in host_line), f)
    c.line(x, y, host_line, f, fill=ink)
    y += 46 * s
    contact = rng.random()
    if contact < 0.45:
        tel = [S("联系电话:", "label"), S(fk.cn_mobile(), "phone")]
    elif contact < 0.75:
        tel = [S("微信:", "label"), S(fk.wechat_id(), "id_number")]
    else:
        tel = [
            S("回复请致电 ", "other"),
            S(hosts[-1], "name"),
            S(" ", "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
    c.line(m, y, tel, p.font(20), fill=ink)
    y += 40 * s
    return _framed(p, c, y + m * 1.2, m, ink)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr", "de"))
    t = LATIN[lang]
    c, p, m, right = sheet(rng, (700, 800), 1.5, cjk=False, base=760, margin=(0.08, 0.1))
    W, s, w = c.width, p.s, right - m
    tint = rng.choice(((255, 248, 240), (240, 248, 255), (250, 244, 255), (255, 255, 250)))
    c.draw.rectangle([0, 0, W, c.height], fill=tint)
    ink = rng.choice(((30, 40, 90), (120, 30, 60), (30, 30, 30), (20, 90, 80)))
    name = fk.en_name if lang == "en" else (lambda: fk.eu_name(lang))
    first = (
        (lambda: fk.en_first(upper=False))
        if lang == "en"
        else (lambda: fk.eu_name(lang).split()[0])
    )
    occ = rng.choice(list(t["occasions"]))
    heading, lead, tail, home = t["occasions"][occ]
    y = m + 80 * s
    hf = hand_font(p, 64, cjk=False) if rng.random() < 0.6 else p.font(54, bold=True)
    y = _centre(p, W / 2, y, [S(heading, "label")], hf, w, fill=ink) + 16 * s
    f = p.font(24)
    guest = first()
    if rng.random() < 0.6:
        y = _centre(
            p,
            W / 2,
            y,
            [S(t["dear"], "other"), S(guest, "name"), S(",", "other")],
            hand_font(p, 34, cjk=False),
            w,
            fill=rng.choice(HAND_INKS),
        )
    who = first()
    age = rng.choice((5, 7, 18, 30, 40, 50, 60, 70))
    body = [
        S(lead.format(age=age), "other"),
        S(who if occ != "house" else name(), "name"),
        S(tail.format(age=age), "other"),
    ]
    y = word_wrap(p, m + 20 * s, y + 10 * s, body, f, w - 40 * s, 38 * s, fill=ink) + 16 * s
    date, hour = latin_when(rng, lang)
    y = _centre(p, W / 2, y, [S(date, "date")], p.font(26, bold=True), w, fill=ink)
    y = _centre(p, W / 2, y, [S(hour, "other")], f, w, fill=ink)
    if home or rng.random() < 0.3:
        if lang == "en":
            street, town = fk.uk_address()
            lines = [[S(x, k) for x, k in street.segments], [S(x, k) for x, k in town.segments]]
        else:
            a, b = fk.eu_address(lang)
            lines = [[S(a, "address")], [S(b, "address")]]
        y = _centre(p, W / 2, y, [S(t["at_home"], "other")], f, w, fill=ink)
    else:
        venue = rng.choice(t["venues"])
        lines = [[S(venue[0], "shop")], [S(venue[1], "other")]]
    for ln in lines:
        y = _centre(p, W / 2, y, ln, f, w, fill=ink)
    if rng.random() < 0.5:
        y = _centre(p, W / 2, y, [S(rng.choice(t["dress"]), "other")], p.font(20), w, fill=ink)
    y += 20 * s
    phone = fk.uk_phone() if lang == "en" else fk.eu_phone(lang)
    rsvp = [S(t["rsvp"], "label"), S(first(), "name"), S(" ", "other"), S(phone, "phone")]
    y = _centre(p, W / 2, y, rsvp, p.font(22), w, fill=ink)
    if rng.random() < 0.4:  # a line written on the card before it was posted
        note = [
            S(rng.choice(t["notes"]), "other"),
            S(fk.uk_phone() if lang == "en" else fk.eu_phone(lang), "phone"),
            S(" - ", "other"),
            S(first(), "name"),
        ]
        y = _centre(
            p, W / 2, y + 20 * s, note, hand_font(p, 30, cjk=False), w, fill=rng.choice(HAND_INKS)
        )
    return _framed(p, c, y + m * 1.1, m, ink)


def _filled(rng: random.Random, fk: ErrandFaker) -> Canvas:
    """A shop-bought card with printed blanks the parent fills in."""
    c, p, m, right = sheet(rng, (700, 780), 1.3, cjk=False, base=740, margin=(0.08, 0.1))
    W, s, w = c.width, p.s, right - m
    ink = rng.choice(((200, 60, 120), (40, 110, 190), (230, 120, 20), (60, 140, 60)))
    y = m + 90 * s
    y = (
        _centre(
            p,
            W / 2,
            y,
            [S(rng.choice(("You're Invited!", "PARTY TIME!", "Come to my party!")), "label")],
            p.font(56, bold=True),
            w,
            fill=ink,
        )
        + 30 * s
    )
    f = p.font(24, bold=True)
    child = fk.en_first(upper=False)
    street, town = fk.uk_address()
    home = rng.random() < 0.5
    where = [
        *(S(x, k) for x, k in street.segments),
        S(", ", "other"),
        *(S(x, k) for x, k in town.segments),
    ]
    if not home:
        where = [
            S(
                rng.choice(
                    (
                        "Jungle Jim's soft play",
                        "Bowlplex, Riverside",
                        "Leisure Centre hall",
                        "Pizza Express",
                    )
                ),
                "shop",
            )
        ]
    fields = [
        ("To", [S(fk.en_first(upper=False), "name")]),
        (
            "For",
            [
                S(child, "name"),
                S(f"'s {rng.choice(('1st', '2nd', '3rd', '4th', '5th', '6th', '8th'))}", "other"),
            ],
        ),
        (
            "Date",
            [S(f"Sat {rng.randint(1, 28)} {rng.choice(('March', 'May', 'June', 'Oct'))}", "date")],
        ),
        ("Time", [S(rng.choice(("2 - 4pm", "11am-1pm", "3.30 till 5.30")), "other")]),
        ("Where", where),
        ("RSVP", [S(fk.en_first(upper=False) + " ", "name"), S(fk.uk_phone(), "phone")]),
    ]
    for label, value in fields:
        ruled_blank(p, y, label + ":", value, f, m, right, hand_px=32)
        y += 62 * s
    return _framed(p, c, y - 30 * s + m * 1.1, m, ink)


def party_invitation(rng: random.Random) -> Canvas:
    """An invitation: a Chinese 请柬, a printed Latin-script card or a filled-in card."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, _latin, _filled), weights=(40, 40, 20))[0](rng, fk)


LAYOUTS = {"party_invitation": party_invitation}
