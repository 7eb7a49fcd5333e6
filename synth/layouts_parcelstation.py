"""Parcel pickup stations and lockers. A station's shelf sticker on a parcel (the pickup
code big, the recipient as 张** or 王女士, 尾号 and four digits, the courier, the waybill
and its barcode, a shelf mark in marker on the box); the pickup texts in a phone's
message thread (【菜鸟驿站】您的中通包裹已到…, 凭取件码 12-2-3045 取件, a courier 王师傅
leaving a number); a parcel locker's screen with its doors; the station's hand-written
出库登记表 (取件人, 手机尾号, 取件码, 签名, 时间, a row per person); an English locker
e-mail ("Hi <first name>, your parcel is ready", collection code, Collect by) or a
German Packstation notice (Empfänger, Postnummer, Abholcode; in :mod:`synth.parcel_notices`).

Personal: recipients, couriers and the people who collected (``name``; after 王女士 /
刘师傅 only the surname), phones and their tails, pickup and collection codes and a
Postnummer (``id_number``: whoever holds one can take the parcel or names one
customer), waybills (``tracking``), e-mails, the code to scan (``code``).
Ordinary: station and locker names and places, opening hours, couriers, shelf zones,
door numbers, dates, times, notices; a station's own phone is business data.
"""

from __future__ import annotations

import random

from .fakedata import CN_COMPOUND_SURNAMES
from .fakedata_money import MoneyFaker
from .formkit import HAND_INKS, Cell, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import hand_cell, label_cell
from .kit import Faces, Pen, S, _finish, hand_font
from .parcel_notices import latin_notice
from .render import Canvas, Span

#: Couriers and the waybill prefix each prints.
_WAYBILLS = {"中通": "ZTO", "圆通": "YT", "申通": "STO", "韵达": "YD", "邮政": "EMS", "京东": "JD"}
_COURIERS = tuple(_WAYBILLS)
_BRANDS = ("菜鸟驿站", "兔喜生活", "妈妈驿站", "快递超市", "多多驿站")
_GATES = ("北门", "东门", "南区", "西门", "3号楼下", "商业街")
_HOURS = ("08:00-21:00", "09:00-20:30", "07:30-22:00")
_SMS = (
    "【{brand}】您的{courier}包裹已到{station}，凭取件码{code}取件，营业时间{hours}，电话{tel}",
    "【{brand}】尾号{tail}的{courier}包裹已到{station}，取件码{code}，请于{until}前取走，逾期将退回。",
    "【{brand}】您有{n}个包裹在{station}待取，取件码{code}，到店出示取件码即可。",
)
_COURIER_SMS = (
    "【{courier}快递】{sur}师傅({phone})已将您的包裹放至{station}，取件码{code}，有问题请回电。"
)


def _code(rng: random.Random, fk: MoneyFaker) -> str:
    """A station's pickup code (shelf-layer-number, or a letter and number) or a locker's."""
    return rng.choice(
        (
            f"{rng.randint(1, 20)}-{rng.randint(1, 6)}-{rng.randint(1001, 9999)}",
            f"{rng.choice('ABCDEF')}{rng.randint(1, 12)}-{rng.randint(1001, 6999)}",
            f"{rng.randint(1, 30)}-{rng.randint(1, 5)}-{rng.randint(101, 999)}",
        )
    )


def _station(rng: random.Random, fk: MoneyFaker, brand: str = "") -> str:
    return f"{fk.cn_estate()}{rng.choice(_GATES)}{brand or rng.choice(_BRANDS)}"


def _recipient(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    """张**, 王女士 (the surname alone is the name), or a full name."""
    kind = rng.random()
    if kind < 0.4:
        return [S(fk.cn_surname() + "**", "name")]
    if kind < 0.75:
        return [S(fk.cn_surname(), "name"), S(rng.choice(("女士", "先生")), "other")]
    return [S(fk.cn_name(honorific=0.0), "name")]


def _cn_sticker(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A shelf sticker on the parcel's cardboard, a shelf mark in marker beside it."""
    w = rng.choice((900, 980))
    c = Canvas(
        w,
        int(w * 1.05),
        paper=(rng.randint(180, 205), rng.randint(140, 160), rng.randint(95, 115)),
        ink=(15, 15, 15),
    )
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 900)
    s = p.s
    code = _code(rng, fk)
    zone = code.split("-")[0]
    mark = hand_font(p, 90, cjk=False)
    c.text(60 * s, 130 * s, zone, mark, "other", fill=(20, 20, 20))  # the clerk's marker
    x0, y0, x1 = 200 * s, 60 * s, w - 60 * s
    c.draw.rectangle([x0, y0, x1, y0 + 560 * s], fill=(250, 250, 248))
    x, y = x0 + 30 * s, y0 + 60 * s
    brand = rng.choice(_BRANDS)
    c.text(x, y, brand, p.font(30, bold=True), "other")
    c.text(x1 - 30 * s, y, fk.date()[5:], p.font(24), "date", anchor="rs")
    y += 40 * s
    c.hline(x0 + 20 * s, x1 - 20 * s, y, width=2)
    y += 30 * s
    c.text(x, y, "取件码", p.font(22), "label")
    y += 140 * s
    big = p.font(130, bold=True)
    while p.width(code, big) > x1 - x - 30 * s:
        big = big.font_variant(size=int(big.size * 0.9))
    c.text(x, y, code, big, "id_number")
    y += 66 * s
    f = p.font(28)
    c.line(x, y, [S("收件人：", "label"), *_recipient(rng, fk)], f)
    c.line(x + 330 * s, y, [S("尾号", "label"), S(fk.tail4(), "phone")], f)
    y += 50 * s
    courier = rng.choice(_COURIERS)
    waybill = fk.waybill_cn(_WAYBILLS[courier])
    c.line(
        x,
        y,
        [S(courier + "快递  ", "other"), S("运单号 ", "label"), S(waybill, "tracking")],
        p.font(22),
    )
    y += 20 * s
    c.barcode(
        x,
        y,
        waybill,
        height=int(70 * s),
        module=2,
        max_width=int(x1 - x - 30 * s),
        category="tracking",
    )
    y += 110 * s
    c.text(x, y, f"入库 {fk.time(False)}  请凭取件码或身份码取件", p.font(18), "footer")
    return _finish(c, y0 + 560 * s, 0, pad=50 * s)


def _bubble(p: Pen, y: float, spans: list[Span], width: float) -> float:
    """One received message in a grey bubble; returns the y under it."""
    c, s = p.c, p.s
    f = p.font(26)
    probe = Canvas(int(width), 600)  # wrap once off-page to learn the bubble's height
    lines = (probe.wrap(0, 30, spans, f, width - 50 * s, 40 * s, max_lines=6) - 30) / (40 * s)
    h = lines * 40 * s + 30 * s
    c.draw.rounded_rectangle(
        [30 * s, y, 30 * s + width, y + h], radius=24 * s, fill=(233, 233, 236)
    )
    c.wrap(55 * s, y + 42 * s, spans, f, width - 50 * s, 40 * s, max_lines=6)
    return y + h + 30 * s


def _cn_sms(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A message thread: the station's pickup texts and a courier's."""
    w = 750
    c = Canvas(w, 1600, paper=(255, 255, 255), ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), 1.0)
    c.text(30, 44, fk.time(False), p.font(24, bold=True), "other")
    c.text(w / 2, 120, "1069" + fk.digits(8), p.font(30, bold=True), "other", anchor="ms")
    c.text(w / 2, 156, "短信/彩信", p.font(18), "label", anchor="ms", fill=(120, 120, 125))
    c.hline(0, w, 180, width=1)
    y = 220.0
    brand = rng.choice(_BRANDS)
    station = _station(rng, fk, brand)
    messages = rng.sample(range(len(_SMS)), rng.randint(1, 2)) + [-1]
    rng.shuffle(messages)
    for k in messages:
        day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {fk.time(False)}"
        c.text(w / 2, y, day, p.font(18), "date", anchor="ms", fill=(130, 130, 135))
        parts = {
            "brand": (brand, "other"),
            "courier": (rng.choice(_COURIERS), "other"),
            "station": (station, "other"),
            "code": (_code(rng, fk), "id_number"),
            "hours": (rng.choice(_HOURS), "other"),
            "tel": (fk.cn_landline(), "shop_phone"),
            "tail": (fk.tail4(), "phone"),
            "until": (f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            "n": (str(rng.randint(2, 3)), "other"),
            "sur": (fk.cn_surname(), "name"),
            "phone": (fk.cn_mobile_digits(), "phone"),
        }
        spans = template_spans(_COURIER_SMS if k < 0 else _SMS[k], parts, between="other")
        y = _bubble(p, y + 20, spans, w * 0.78)
    c.draw.rounded_rectangle(
        [20, y + 20, w - 20, y + 90], radius=35, outline=(200, 200, 205), width=2
    )
    c.text(50, y + 66, "短信", p.font(24), "label", fill=(150, 150, 155))
    return _finish(c, y + 90, 0, pad=30)


def _cn_locker(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A locker bank photographed at its screen: doors around a pickup screen."""
    w = rng.choice((1000, 1100))
    c = Canvas(w, int(w * 1.1), paper=(rng.randint(200, 220),) * 3, ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1000)
    s = p.s
    body = rng.choice(((230, 120, 30), (40, 110, 190), (60, 160, 90)))
    c.draw.rectangle([20 * s, 20 * s, w - 20 * s, c.height - 20 * s], fill=body)
    cols, door_w = 2, (w - 700 * s) / 2
    for col in range(cols):  # small doors either side of the screen, each numbered
        for row in range(8):
            x = 40 * s + col * (w - 80 * s - door_w)
            y = 40 * s + row * 130 * s
            c.draw.rectangle(
                [x, y, x + door_w, y + 120 * s], fill=(235, 235, 232), outline=(90, 90, 90)
            )
            c.text(x + 12 * s, y + 34 * s, f"{'AC'[col]}{row + 1:02d}", p.font(20), "other")
    sx0, sx1 = 40 * s + door_w + 30 * s, w - 70 * s - door_w
    c.draw.rectangle([sx0, 60 * s, sx1, 700 * s], fill=(20, 60, 130))
    white, m = (255, 255, 255), sx0 + 30 * s
    y = 120 * s
    c.text(
        m,
        y,
        rng.choice(("丰巢智能柜", "速递易", "中邮智递")),
        p.font(30, bold=True),
        "other",
        fill=white,
    )
    y += 70 * s
    door = f"{rng.choice('AC')}{rng.randint(1, 8):02d}"
    c.text(m, y, f"取件成功  {door} 号格口已打开", p.font(28, bold=True), "other", fill=white)
    y += 60 * s
    c.line(m, y, [S("取件码：", "label"), S(fk.digits(8), "id_number")], p.font(26), fill=white)
    y += 50 * s
    c.line(
        m, y, [S("收件人手机：", "label"), S(fk.masked_mobile(), "phone")], p.font(24), fill=white
    )
    y += 50 * s
    courier = fk.cn_name_masked() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    c.line(m, y, [S("派件员：", "label"), S(courier, "name")], p.font(24), fill=white)
    y += 50 * s
    c.line(
        m,
        y,
        [S("存入时间：", "label"), S(f"{fk.date()} {fk.time(False)}", "date")],
        p.font(22),
        fill=white,
    )
    y += 70 * s
    c.wrap(
        m,
        y,
        [S("请取出包裹后随手关好柜门，超时12小时后每12小时收取0.5元保管费。", "footer")],
        p.font(20),
        sx1 - m - 20 * s,
        32 * s,
        fill=white,
    )
    y = 760 * s
    c.draw.rectangle([sx0, y, sx1, y + 200 * s], fill=(250, 250, 250))
    c.text(
        sx0 + 20 * s,
        y + 50 * s,
        "柜机位置：" + fk.cn_estate() + rng.choice(_GATES) + "东侧",
        p.font(20),
        "other",
    )
    c.text(sx0 + 20 * s, y + 90 * s, "柜机编号：" + fk.digits(10), p.font(20), "other")
    c.text(sx0 + 20 * s, y + 130 * s, "服务热线：95" + fk.digits(3), p.font(20), "shop_phone")
    return _finish(c, c.height, 0)


def _cn_ledger(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """快递出库登记表: one hand-written row per collection, later rows blank."""
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=True, base=1100, margin=(0.04, 0.06))
    s, w = p.s, right - m
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("快递出库登记表", "包裹代取登记本", "出库签收登记")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    c.text(m, y, _station(rng, fk), p.font(18), "other")
    c.line(right - 260 * s, y, [S("日期：", "label"), S(fk.date(), "date")], p.font(18))
    y += 20 * s
    heads = ("序号", "取件人", "手机尾号", "取件码", "签名", "时间")
    rows = [[label_cell(t) for t in heads]]
    filled = rng.randint(5, 9)
    for i in range(filled + rng.randint(2, 4)):
        if i >= filled:
            rows.append([label_cell(str(i + 1))] + [hand_cell("", "other")] * 5)
            continue
        person = fk.cn_name(honorific=0.0)
        who = [S(person, "name")]
        if rng.random() < 0.3:  # the clerk wrote the surname and a title
            sur = person[:2] if person[:2] in CN_COMPOUND_SURNAMES else person[0]
            who = [S(sur, "name"), S(rng.choice(("女士", "先生", "阿姨")), "other")]
        # a neighbour signs for someone else's parcel now and then
        sign = person if rng.random() < 0.8 else fk.cn_name(honorific=0.0)
        rows.append(
            [
                label_cell(str(i + 1)),
                Cell(tuple(who), True),
                hand_cell(fk.tail4(), "phone"),
                hand_cell(_code(rng, fk), "id_number"),
                hand_cell(sign, "name"),
                hand_cell(f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}", "other"),
            ]
        )
    widths = (w * 0.08, w * 0.2, w * 0.16, w * 0.2, w * 0.2, w * 0.16)
    y = (
        table(p, m, y, widths, rows, 56 * s, p.font(18), hand_px=28, ink=rng.choice(HAND_INKS))
        + 40 * s
    )
    c.wrap(
        m,
        y,
        [S("代取他人包裹须登记本人姓名及电话，贵重物品当面验货。", "footer")],
        p.font(16),
        w,
        26 * s,
    )
    return _finish(c, y, 0, pad=40 * s)


def parcel_station_pickup_slip(rng: random.Random) -> Canvas:
    """A shelf sticker, a pickup text thread, a locker screen, a station's ledger, or a
    Latin locker notice."""
    fk = MoneyFaker(rng)
    kinds = (_cn_sticker, _cn_sms, _cn_locker, _cn_ledger, latin_notice)
    return rng.choices(kinds, weights=(22, 20, 16, 20, 22))[0](rng, fk)


LAYOUTS = {"parcel_station_pickup_slip": parcel_station_pickup_slip}
