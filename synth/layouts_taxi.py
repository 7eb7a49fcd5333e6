"""Taxis and ride hailing: a narrow thermal taxi-meter receipt (Chinese 乘车发票 or an
English cab receipt), a cabbie's hand-filled receipt pad, or a ride-hailing app's
trip receipt as a phone screenshot.

Personal: the plate and the driver's certificate or badge number (id_number), the
driver's name when printed or shown in the app, the passenger's name written on the
receipt for an expense claim, the rider's name and (masked or full) phone in the
app, the pick-up or drop-off address when it is a home with a door number, and the
payment card's masked number (card_number). Ordinary: the taxi firm's name and
phone, dates and times, distance, waiting time, tariff, fare, extras, a public
place (station, hospital, airport), the car's make and colour.
"""

from __future__ import annotations

import random

from .fakedata_households import PLACES, HouseholdFaker
from .formkit import handwritten
from .formkit_slips import ruled_blank
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

_CN_TITLES = ("出租汽车专用发票", "出租车乘车发票", "出租汽车统一发票", "乘车凭证")
_EN_THANKS = (
    "Thank you for travelling with us",
    "Please take all your belongings",
    "Have a safe day",
)


def _trip(rng: random.Random) -> tuple[str, str, float, str]:
    """Boarding and alighting times, distance in km and waiting time."""
    h, mi = rng.randint(6, 22), rng.randint(0, 59)
    ride = rng.randint(6, 55)
    end = h * 60 + mi + ride
    km = round(ride * rng.uniform(0.3, 0.7), 1)
    wait = f"00:{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
    return f"{h:02d}:{mi:02d}", f"{end // 60 % 24:02d}:{end % 60:02d}", km, wait


def _home(fk: HouseholdFaker, cn: bool) -> list[Span]:
    """A home address with its door number (personal), as a rider types it."""
    if cn:
        addr, _pc = fk.cn_address(with_door=1.0)
        return [S(t, k) for t, k in addr.segments]
    street, town = fk.uk_address()
    spans = [S(t.rstrip(", "), k) for t, k in street.segments]
    if len(spans) == 2:  # "Flat 5" then the street: the comma between them is neither
        spans.insert(1, S(", ", "other"))
    return [*spans, S(", " + town.text.split()[0], "address")]


def _meter(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """A thermal meter receipt: one key and value a line, in the meter's mono face."""
    cn = rng.random() < 0.6
    W = rng.choice((400, 440, 480))
    c = Canvas(W, W * 4, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=cn), W / 440)
    s, m = p.s, int(26 * p.s)
    f = p.font(21, mono=rng.random() < 0.6)
    firm = fk.taxi_firm(cn)
    y = m + 34 * s
    c.text(W / 2, y, firm, p.font(22, bold=True), "shop", anchor="ms")
    y += 36 * s
    if cn:
        c.text(W / 2, y, rng.choice(_CN_TITLES), p.font(24, bold=True), "label", anchor="ms")
        y += 40 * s
    on, off, km, wait = _trip(rng)
    rate = rng.choice((2.3, 2.6, 2.7, 3.0)) if cn else rng.choice((1.9, 2.2, 2.6))
    fare = round(rng.choice((10, 13, 14)) + km * rate, 1) if cn else round(3.2 + km * rate, 2)
    driver = fk.cn_name(honorific=0.0) if cn else fk.en_name(upper=rng.random() < 0.5)
    keys = (
        ("监督电话", "车号", "证号", "司机", "日期", "上车", "下车", "单价", "里程", "等候", "金额")
        if cn
        else (
            "Tel",
            "Plate",
            "Badge",
            "Driver",
            "Date",
            "Start",
            "End",
            "Tariff",
            "Dist",
            "Wait",
            "TOTAL",
        )
    )
    values = (
        S(fk.cn_landline() if cn else fk.uk_phone(), "other"),
        S(fk.cn_plate() if cn else str(rng.randint(100, 999)), "id_number"),
        S(fk.taxi_licence(cn), "id_number"),
        S(driver, "name"),
        S(fk.date("iso"), "date"),
        S(on, "other"),
        S(off, "other"),
        S(f"{rate:.2f}元/公里" if cn else f"T{rng.randint(1, 3)}", "other"),
        S(f"{km}公里" if cn else f"{km * 0.62:.1f} mi", "other"),
        S(wait, "other"),
        S(f"{fare:.2f}元" if cn else f"£{fare:.2f}", "price"),
    )
    show_driver = rng.random() < 0.5
    sep = ":" if cn else ": "
    for key, value in zip(keys, values, strict=True):
        if key in ("司机", "Driver") and not show_driver:
            continue
        c.line(m, y, [S(key + sep, "label"), value], f)
        y += f.size * 1.45
    if not cn and rng.random() < 0.6:
        c.line(m, y, [S("Reg: ", "label"), S(fk.uk_plate(), "id_number")], f)
        y += f.size * 1.45
    y += 16 * s
    c.hline(m, W - m, y, width=1, dash=int(6 * s))
    y += 36 * s
    c.text(
        W / 2,
        y,
        "谢谢乘坐 欢迎再次乘坐" if cn else rng.choice(_EN_THANKS),
        p.font(17),
        "footer",
        anchor="ms",
    )
    y += 30 * s
    c.text(W / 2, y, f"NO.{fk.digits(8)}", p.font(16), "other", anchor="ms")
    if not show_driver or rng.random() < 0.4:  # the passenger writes a name on it to claim it
        y += 56 * s
        x = c.line(m, y, [S("报销人:" if cn else "Claimed by: ", "label")], p.font(18))
        name = fk.cn_name(honorific=0.0) if cn else fk.en_name()
        handwritten(p, x + 8 * s, y, [S(name, "name")], 30, cjk=cn, width=W - m - x - 8 * s)
    return _finish(c, y + 30 * s, 0, pad=m)


def _pad(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """A cab driver's receipt pad, filled in by hand and signed."""
    W = rng.choice((640, 700))
    c = Canvas(W, int(W * 1.4), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 700)
    s, m = p.s, int(34 * p.s)
    f = p.font(20)
    y = m + 40 * s
    c.text(W / 2, y, "TAXI RECEIPT", p.font(32, bold=True), "label", anchor="ms")
    y += 34 * s
    firm = fk.taxi_firm(False)
    c.text(W / 2, y, f"{firm} · {fk.uk_phone()}", p.font(17), "other", anchor="ms")
    y += 60 * s
    home = _home(fk, cn=False)
    place = [S(rng.choice(PLACES["en"]), "other")]
    src, dst = (home, place) if rng.random() < 0.5 else (place, home)
    fare = rng.randint(6, 60) + rng.choice((0, 0.5, 0.2))
    lines = (
        ("Date", [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/26", "date")]),
        ("Received from", [S(fk.en_name(), "name")]),
        ("From", src),
        ("To", dst),
        ("The sum of", [S(f"£{fare:.2f}", "price")]),
        ("Driver", [S(fk.en_name(), "name")]),
        ("Badge no.", [S(fk.taxi_licence(False), "id_number")]),
        ("Vehicle reg.", [S(fk.uk_plate(), "id_number")]),
    )
    for label, value in lines:
        if label == "Received from" and rng.random() < 0.4:
            continue  # often left blank
        ruled_blank(p, y, label, value, f, m, W - m, hand_px=30)
        y += 58 * s
    c.text(m, y, "Hackney carriage licensed by Kestrelford Borough Council", p.font(14), "footer")
    return _finish(c, y, 0, pad=m)


def _app(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """A ride-hailing app's trip receipt screenshot: route, driver, fare, payment."""
    cn = rng.random() < 0.6
    W = rng.choice((720, 828))
    c = Canvas(W, int(W * 2.4), paper=(255, 255, 255), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=cn), W / 750)
    s, m = p.s, int(36 * p.s)
    grey = (110, 110, 118)
    f, small = p.font(27), p.font(22)
    y = 44 * s
    c.text(m, y, fk.time(False), p.font(24, bold=True), "other")
    y += 80 * s
    c.text(
        W / 2, y, "行程详情" if cn else "Trip receipt", p.font(32, bold=True), "label", anchor="ms"
    )
    y += 30 * s
    c.draw.rectangle([0, y, W, y + 260 * s], fill=(226, 232, 224))  # the map
    c.draw.line(
        [(W * 0.2, y + 200 * s), (W * 0.5, y + 120 * s), (W * 0.8, y + 70 * s)],
        fill=(40, 160, 90),
        width=int(8 * s),
    )
    y += 320 * s
    rider = fk.cn_name(honorific=0.4) if cn else fk.en_first(upper=False)
    hello = (
        [S("尊敬的", "other"), S(rider, "name"), S(",感谢您的乘坐", "other")]
        if cn
        else [S("Thanks for riding, ", "other"), S(rider, "name")]
    )
    c.line(m, y, hello, f)
    y += 54 * s
    on, off, km, _wait = _trip(rng)
    home = _home(fk, cn)
    place = [S(rng.choice(PLACES["cn" if cn else "en"]), "other")]
    src, dst = (home, place) if rng.random() < 0.5 else (place, home)
    for mark, when, where in (("●", on, src), ("■", off, dst)):
        c.text(
            m,
            y,
            mark,
            small,
            "other",
            fill=(40, 160, 90) if mark == "●" else (220, 80, 50),
            record=False,
        )
        c.text(m + 34 * s, y, when, small, "other", fill=grey)
        y = c.wrap(m + 130 * s, y, where, small, W - 2 * m - 130 * s, 34 * s, max_lines=2) + 14 * s
    y += 20 * s
    c.hline(m, W - m, y, width=1)
    y += 56 * s
    driver = fk.cn_surname() + rng.choice(("师傅", "")) if cn else fk.en_first(upper=False)
    if cn and not driver.endswith("师傅"):
        driver = fk.cn_name(honorific=0.0)
    plate = fk.cn_plate() if cn else fk.uk_plate()
    car = rng.choice(
        ("白色·比亚迪秦", "黑色·大众朗逸", "蓝色·丰田卡罗拉")
        if cn
        else ("Silver Toyota Prius", "Black Skoda Octavia", "White Kia Niro")
    )
    c.line(
        m, y, [S(driver, "name"), S("  ", "other"), S(plate, "id_number")], p.font(28, bold=True)
    )
    y += 38 * s
    c.text(m, y, car + ("  ★4.9" if rng.random() < 0.6 else ""), small, "other", fill=grey)
    y += 60 * s
    fare = (
        round(km * rng.uniform(2.2, 3.2) + 8, 2) if cn else round(km * rng.uniform(1.1, 1.6) + 3, 2)
    )
    cur = "¥{:.2f}" if cn else "£{:.2f}"
    items = (
        ("起步价", "里程费", "时长费", "合计") if cn else ("Base fare", "Distance", "Time", "Total")
    )
    parts = (round(fare * 0.3, 2), round(fare * 0.55, 2), round(fare * 0.15, 2), fare)
    for k, (label, v) in enumerate(zip(items, parts, strict=True)):
        font = p.font(28, bold=True) if k == 3 else small
        c.text(
            m,
            y,
            label + (f" ({km}公里)" if cn and k == 1 else f" ({km} km)" if k == 1 else ""),
            font,
            "label",
        )
        c.text(W - m, y, cur.format(v), font, "price", anchor="rs")
        y += 44 * s
    y += 20 * s
    pay = rng.choice(
        ("微信支付", "支付宝", "银行卡") if cn else ("Visa", "Mastercard", "Apple Pay")
    )
    c.text(m, y, "支付方式" if cn else "Paid with", small, "label")
    spans = [S(pay + " ", "other")]
    if pay in ("银行卡", "Visa", "Mastercard"):
        spans.append(
            S(
                rng.choice(("•••• ", "**** ", "尾号") if cn else ("•••• ", "**** ")) + fk.tail4(),
                "card_number",
            )
        )
    c.line(W - m - p.width("".join(x.text for x in spans), small), y, spans, small)
    y += 50 * s
    phone = (
        fk.masked_mobile() if cn and rng.random() < 0.7 else fk.cn_mobile() if cn else fk.uk_phone()
    )
    c.line(
        m, y, [S("乘车人手机 " if cn else "Rider ", "label"), S(phone, "phone")], small, fill=grey
    )
    y += 44 * s
    c.text(m, y, f"{'订单号' if cn else 'Trip ID'} {fk.digits(16)}", small, "other", fill=grey)
    return _finish(c, y, 0, pad=m * 2)


def taxi_receipt(rng: random.Random) -> Canvas:
    """A taxi meter receipt, a cab's receipt pad or a ride-hailing trip screenshot."""
    fk = HouseholdFaker(rng)
    return rng.choices((_meter, _pad, _app), weights=(45, 20, 35))[0](rng, fk)


LAYOUTS = {"taxi_receipt": taxi_receipt}
