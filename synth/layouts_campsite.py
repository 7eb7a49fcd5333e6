"""Camping and holiday parks: the booking confirmation a park prints or e-mails and
the check-in card filled in at the barrier. A Chinese 营地预订确认单 is a ruled grid
(lead guest, phone, ID, car plate, e-mail, home address) over a table of the party,
the pitch and stay, the fees and deposit, the park rules and the warden on duty,
sometimes written in by hand at reception. An English, German or French
confirmation greets the lead guest by name, lists the party with ages, the vehicle,
the pitch on a little site map, nightly fees, the deposit paid by a card ending in
four digits, the rules and the warden's name.

Personal: the lead guest's and the other guests' names (in the grid, the party
table and the salutation), phone, e-mail, ID, the car's registration plate
(``id_number``), the home address to the door, the card's last digits
(``card_number``) and the warden's name. Ordinary: the park's name, address and
phone (business data), the booking number, pitch numbers, the site map, dates,
unit types, fees, ages, relations and the rules.
"""

from __future__ import annotations

import random

from .campsite_words import FEES, PARK_KIND, PARKS, RULES, UNITS, WORDS
from .fakedata_households import HouseholdFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, label_cell
from .kit import Pen, S, _finish
from .motorists import motorist
from .render import Canvas, Span

_CN_PARKS = ("山野营地", "湖畔露营公园", "松林房车营地", "星空露营基地", "溪谷营地")
_CN_UNITS = ("自带帐篷", "营地帐篷(4人)", "房车营位(带电)", "天幕+帐篷", "木屋帐篷")
_CN_RULES = (
    "入营时间14:00后,离营时间12:00前,超时按半天收费。",
    "营地内禁止明火,烧烤请在指定区域进行。",
    "22:00后请保持安静,车辆限速5公里/小时。",
    "垃圾请分类投放至营地服务中心旁回收点。",
    "宠物须牵绳,不得进入儿童游乐区。",
    "押金于离营检查营位后原路退还。",
)
#: Nightly price ranges of the fees in ``FEES`` order (pitch, adult, child, hook-up, dog).
_FEE_RANGES = ((14, 28), (5, 9), (2, 5), (4, 6), (2, 3))
_CN_RELATIONS = ("儿子", "女儿", "配偶", "朋友", "母亲", "同事")  # children's first


def _stay(rng: random.Random) -> tuple[tuple[int, int, int], int]:
    """An arrival date (year, month, day) in the season and a stay of a few nights."""
    return (rng.randint(2024, 2026), rng.randint(5, 9), rng.randint(1, 20)), rng.randint(2, 7)


def _site_map(p: Pen, x: float, y: float, w: float, pitch: str, words: tuple[str, str]) -> float:
    """A little site plan: a row of numbered pitches along a track, the guest's one
    shaded, with the map's heading; returns the y under it."""
    c, s = p.c, p.s
    f = p.font(15)
    c.text(x, y, words[0], p.font(15, bold=True), "label")
    top, n = y + 12 * s, 6
    pw = w / n
    letter = pitch.rstrip("0123456789")
    first = max(1, int(pitch[len(letter) :]) - p.r.randint(0, n - 1))
    for i in range(n):
        x0 = x + i * pw
        name = f"{letter}{first + i:02d}"
        mine = name == pitch
        if mine:
            c.draw.rectangle([x0, top, x0 + pw, top + 46 * s], fill=(205, 225, 200))
        c.box(x0, top, x0 + pw, top + 46 * s, width=1)
        c.text(x0 + pw / 2, top + 28 * s, name, f, "other", anchor="ms")
        if mine:
            mark = fit(p, p.font(12, bold=True), words[1], pw - 8 * s)
            c.text(x0 + pw / 2, top + 42 * s, words[1], mark, "other", anchor="ms")
    c.hline(x, x + w, top + 62 * s, width=max(1, round(2 * s)), dash=round(8 * s))
    return top + 100 * s


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (920, 1000), 2.0, cjk=True, base=880, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(17)
    hand = rng.random() < 0.45  # the check-in card filled in at the barrier
    park = rng.choice(_CN_PARKS)
    y = m + 34 * s
    c.text(W / 2, y, park, p.font(27, bold=True), "shop", anchor="ms")
    y += 28 * s
    head = [Span(fk.office_address("cn")[0], "shop_address", None), S("  预订热线 ", "label")]
    c.line(m, y, [*head, Span(fk.office_phone("cn"), "shop_phone", None)], p.font(14))
    y += 48 * s
    title = "入营登记卡" if hand else rng.choice(("营地预订确认单", "露营地预订确认单"))
    c.text(W / 2, y, title, p.font(28, bold=True), "label", anchor="ms")
    y += 34 * s
    c.line(m, y, [S("订单号:", "label"), Span(fk.order_number(), "order_number", None)], f)
    y += 16 * s
    lead = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.85)
    rows = grid_rows(
        [
            [("预订人", lead, "name"), ("手机号", fk.cn_mobile("plain"), "phone")],
            [("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number")],
            [("车牌号", fk.cn_plate(), "id_number"), ("邮箱", fk.email(), "email")],
            [("家庭住址", [S(t, k) for t, k in addr.segments], "address")],
        ],
        hand=hand,
    )
    widths = (w * 0.15, w * 0.37, w * 0.14, w * 0.34)
    y = table(p, m, y, widths, rows, 50 * s, f, hand_px=26) + 34 * s
    c.text(m, y, "同行人员", p.font(18, bold=True), "label")
    y += 12 * s
    party = [[label_cell("姓名"), label_cell("关系"), label_cell("年龄"), label_cell("类别")]]
    for _ in range(rng.randint(1, 4)):
        age = rng.choice((rng.randint(3, 14), rng.randint(18, 68)))
        kin = _CN_RELATIONS[:2] if age < 15 else _CN_RELATIONS[2:]
        party.append(
            [
                Cell.of(fk.cn_name(honorific=0.0), "name", hand=hand),
                Cell.of(rng.choice(kin), "other", hand=hand, align="c"),
                Cell.of(f"{age}岁", "other", hand=hand, align="c"),
                Cell.of("儿童" if age < 15 else "成人", "other", align="c"),
            ]
        )
    y = table(p, m, y, (w * 0.3, w * 0.22, w * 0.2, w * 0.28), party, 42 * s, f, hand_px=25)
    y += 34 * s
    (yr, mo, day), nights = _stay(rng)
    pitch = rng.choice("ABCDE") + f"{rng.randint(1, 40):02d}"
    per_night = rng.choice((88, 128, 168, 198, 260))
    deposit = rng.choice((100, 200, 300))
    rows = [
        [label_cell("营位号"), Cell.of(pitch, "other"), label_cell("营位类型")]
        + [Cell.of(rng.choice(_CN_UNITS), "item")],
        [label_cell("入营日期"), Cell.of(f"{yr}年{mo}月{day}日", "date"), label_cell("离营日期")]
        + [Cell.of(f"{yr}年{mo}月{day + nights}日", "date")],
        [label_cell("营位费/晚"), Cell.of(f"¥{per_night}", "price"), label_cell("合计")]
        + [Cell.of(f"¥{per_night * nights}({nights}晚)", "price")],
        [
            label_cell("已付定金"),
            Cell((S(f"¥{deposit} 银行卡尾号 ", "price"), S(fk.digits(4), "card_number")), span=3),
        ],
    ]
    y = table(p, m, y, widths, rows, 46 * s, f) + 30 * s
    y = _site_map(p, m, y, w * 0.8, pitch, ("营地平面图", "您的营位")) + 6 * s
    c.text(m, y, "营地须知", p.font(18, bold=True), "label")
    y += 28 * s
    for i, rule in enumerate(rng.sample(_CN_RULES, 4), 1):
        y = c.wrap(m, y, [S(f"{i}. {rule}", "footer")], p.font(15), w, 24 * s, max_lines=2)
    y += 34 * s
    warden = fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("值班营地管家:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(warden, "name")], 28, cjk=True)
    x = c.line(m + w * 0.5, y, [S("预订人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(lead, "name")], 32, cjk=True)
    seal(p, right - 100 * s, y - 70 * s, 86 * s, park + "专用章")
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de", "fr"))
    t = WORDS[lang]
    c, p, m, right = sheet(rng, (780, 860), 2.0, cjk=False, base=840, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f, small = p.font(16), p.font(14)
    park = rng.choice(PARKS[lang])
    park = PARK_KIND[lang] + park if lang == "fr" else park + PARK_KIND[lang]
    y = m + 34 * s
    c.text(W / 2, y, park, p.font(27, bold=True), "shop", anchor="ms")
    y += 24 * s
    if lang == "fr":  # the park's own road and a landline in the French shape
        street, town = fk.eu_address("fr")
        where = f"{street.split(',')[0]}, {town}"
        tel = f"0{rng.randint(1, 5)} " + " ".join(fk.digits(2) for _ in range(4))
    else:
        where, tel = ", ".join(fk.office_address(lang)), fk.office_phone(lang)
    c.text(W / 2, y, where, small, "shop_address", anchor="ms")
    y += 20 * s
    c.text(W / 2, y, tel, small, "shop_phone", anchor="ms")
    y += 46 * s
    c.text(m, y, t["title"], p.font(23, bold=True), "label")
    ref = [S(t["ref"] + " ", "label"), Span(fk.upper(2) + fk.digits(6), "order_number", None)]
    c.line(right - p.width(t["ref"] + " AB000000", f), y, ref, f)
    y += 40 * s
    name, addr, phone, plate = motorist(rng, fk, lang)
    greet = name.split()[0] if rng.random() < 0.5 else name
    pre, post = t["dear"].split("{}")
    x = c.line(m, y, [S(pre, "label"), S(greet, "name")], f)
    c.text(x, y, post, f, "other", record=False)  # a lone comma is no item to score
    y += 24 * s
    y = word_wrap(p, m, y, [S(t["intro"], "footer")], f, w, 24 * s) + 14 * s
    lf, vf = p.font(14), p.font(17)
    fields = (
        (t["lead"], [S(name, "name")]),
        (t["tel"], [S(phone, "phone")]),
        (t["mail"], [S(fk.email(name), "email")]),
        (t["car"], [S(plate, "id_number")]),
    )
    for i, (label, value) in enumerate(fields):
        x = m + (i % 2) * w * 0.5
        c.text(x, y, label, lf, "label", fill=(60, 60, 60))
        c.line(x, y + 22 * s, value, vf)
        y += 0 if i % 2 == 0 else 52 * s
    c.text(m, y, t["addr"], lf, "label", fill=(60, 60, 60))
    c.line(m, y + 22 * s, addr, vf)
    y += 58 * s
    c.text(m, y, t["party"], p.font(17, bold=True), "label")
    y += 12 * s
    party = [[label_cell(t["who"]), label_cell(t["age"]), label_cell("")]]
    for _ in range(rng.randint(1, 4)):
        age = rng.choice((rng.randint(2, 15), rng.randint(18, 70)))
        other = fk.en_name() if lang == "en" else fk.eu_name(lang)
        party.append(
            [
                Cell.of(other, "name"),
                Cell.of(str(age), "other", align="c"),
                Cell.of(t["child"] if age < 16 else t["adult"], "other", align="c"),
            ]
        )
    y = table(p, m, y, (w * 0.5, w * 0.2, w * 0.3), party, 36 * s, f, cjk=False) + 34 * s
    (yr, mo, day), nights = _stay(rng)
    pitch = rng.choice("ABCDEFG") + f"{rng.randint(1, 60):02d}"
    rows = [
        [label_cell(t["pitch"]), Cell.of(pitch, "other"), label_cell(t["unit"])]
        + [Cell.of(rng.choice(UNITS[lang]), "item")],
        [label_cell(t["in"]), Cell.of(f"{day:02d}/{mo:02d}/{yr}", "date"), label_cell(t["out"])]
        + [Cell.of(f"{day + nights:02d}/{mo:02d}/{yr}", "date")],
    ]
    widths = (w * 0.18, w * 0.3, w * 0.2, w * 0.32)
    y = table(p, m, y, widths, rows, 40 * s, f, cjk=False) + 34 * s
    money = "£{:.2f}" if lang == "en" else "{:.2f} €"
    c.text(m, y, t["fee"], p.font(17, bold=True), "label")
    y += 28 * s
    total = 0.0
    for k in sorted(rng.sample(range(len(FEES[lang])), rng.randint(3, 5))):
        fee, (lo, hi) = FEES[lang][k], _FEE_RANGES[k]
        amount = rng.randint(lo * 2, hi * 2) / 2
        total += amount * nights
        c.text(m + 10 * s, y, fee, f, "item")
        c.text(m + w * 0.55, y, money.format(amount), f, "price", anchor="rs")
        c.text(
            right,
            y,
            f"x {nights} {t['nights']}  " + money.format(amount * nights),
            f,
            "price",
            anchor="rs",
        )
        y += 26 * s
    c.hline(m + w * 0.6, right, y - 14 * s, width=1)
    c.line(m + w * 0.6, y + 4 * s, [S(t["total"] + " ", "label")], p.font(16, bold=True))
    c.text(right, y + 4 * s, money.format(total), p.font(16, bold=True), "price", anchor="rs")
    y += 34 * s
    dep = money.format(rng.choice((25, 50, 75, 100)))
    tail = rng.choice(("****", "**** ", "")) + fk.digits(4)
    c.line(m, y, [S(t["dep"] + " ", "label"), S(tail, "card_number"), S(f"   {dep}", "price")], f)
    y += 40 * s
    y = _site_map(p, m, y, w * 0.75, pitch, (t["map"], t["you"]))
    c.text(m, y, t["rules"], p.font(16, bold=True), "label")
    y += 24 * s
    for rule in RULES[lang]:
        y = word_wrap(p, m, y, [S("• " + rule, "footer")], small, w, 20 * s)
    y += 26 * s
    warden = fk.en_name() if lang == "en" else fk.eu_name(lang)
    x = c.line(m, y, [S(t["warden"] + " ", "label")], f)
    if rng.random() < 0.5:
        handwritten(p, x + 6 * s, y, [S(warden.split()[0], "name")], 28, cjk=False)
    else:
        c.line(x, y, [S(warden, "name")], f)
    return _finish(c, y, 0, pad=m * 0.6)


def campsite_booking(rng: random.Random) -> Canvas:
    """A campsite's booking confirmation or check-in card: lead guest and party, car,
    pitch and site map, stay, fees, deposit by card, rules and the warden."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"campsite_booking": campsite_booking}
