"""Restaurant reservations. A hand-written 订座本 / 预订登记 page (日期, 时间, 姓名 often
王先生 or 李总, 电话, 人数, 桌号 or a private room such as 牡丹厅, 定金, 备注 such as 生日蛋糕 /
忌辣 / 靠窗, the 接待 staff's initials or surname; a cancelled booking struck through);
a booking platform's tablet list photographed (time, the guest as a full name or a
surname with 先生/女士, the phone as 138****5678, party size, room, source, arrival
status); a confirmation text to the guest ("尊敬的<name>，您已成功预订…"); an English
reservations diary page (Time, Name, Covers, Table, Phone, Notes: anniversary, high
chair, nut allergy, Taken by) or an Italian Prenotazioni book (Ora, Nome, Persone, Tel.,
Note).

Personal: guests and the staff who took the booking (``name``; after 王先生, Mr or Sig.
only the surname), their phones full or starred (``phone``). Ordinary: the restaurant,
headings, dates, times, covers, tables and room names, deposits, set-menu prices,
remarks, sources, statuses and buttons; the restaurant's own address and phone are
business data.
"""

from __future__ import annotations

import random

from . import reservation_words as rw
from .fakedata_money import MoneyFaker
from .formkit import Cell, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import label_cell
from .kit import S, _finish, hand_font
from .layouts_payapp import _nav, _phone_canvas
from .layouts_viewing import _titled
from .render import Canvas, Span
from .tour_words import IT_FIRST, IT_LAST

_GREY = (110, 110, 118)


def _cn_guest(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    """王先生 / 李总 (the surname personal, the title not) or a full name."""
    if rng.random() < 0.6:
        return _titled(fk.cn_surname(), rng.choice(rw.CN_TITLES))
    return [S(fk.cn_name(honorific=0.0), "name")]


def _times(rng: random.Random, n: int) -> list[str]:
    """A day's booking times in the order a book lists them."""
    return sorted(_time(rng, rng.random() < 0.75) for _ in range(n))


def _time(rng: random.Random, dinner: bool = True) -> str:
    hour = rng.choice((17, 18, 18, 19, 20)) if dinner else rng.choice((11, 12, 12, 13))
    return f"{hour}:{rng.choice(('00', '30', '30', '15', '45'))}"


def _cn_ledger(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1360), 1.0, cjk=True, base=1300, margin=0.04)
    s = p.s
    y = m + 36 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("预订登记本", "订座登记表", "宴会预订登记")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    c.line(
        right - 300 * s,
        y,
        [S("日期:", "label"), S(day, "date"), S(f"  星期{rng.choice('一二三四五六日')}", "date")],
        p.font(18),
    )
    y += 20 * s
    cols = ("时间", "姓名", "电话", "人数", "桌号/包厢", "定金", "备注", "接待")
    widths = [(right - m) * k for k in (0.08, 0.13, 0.19, 0.07, 0.13, 0.08, 0.22, 0.1)]
    rows: list[list[Cell]] = [[label_cell(t) for t in cols]]
    struck = []
    for k, when in enumerate(_times(rng, rng.randint(6, 10))):
        phone = fk.cn_mobile(rng.choice(("plain", "plain", "dash", "space")))
        remark = [S(rng.choice(rw.CN_REMARKS), "other")]
        if rng.random() < 0.15:  # a member's card number jotted as the remark
            remark = [S("会员卡", "other"), S(fk.digits(8, True), "id_number")]
        rows.append(
            [
                Cell.of(when, "date", hand=True),
                Cell(tuple(_cn_guest(rng, fk)), hand=True),
                Cell.of(phone, "phone", hand=True),
                Cell.of(f"{rng.randint(2, 16)}", "other", hand=True),
                Cell.of(rng.choice(rw.CN_ROOMS), "other", hand=True),
                Cell.of(rng.choice(("", "", "200", "500", "已付")), "price", hand=True),
                Cell(tuple(remark), hand=True),
                Cell.of(rng.choice((fk.cn_surname(), fk.upper(2))), "name", hand=True),
            ]
        )
        if rng.random() < 0.12:
            struck.append(k + 1)
    rows += [[Cell.of("", "other")] * 8 for _ in range(rng.randint(1, 3))]
    row_h = 52 * s
    top = y
    y = table(p, m, y, widths, rows, row_h, p.font(17), hand_px=26, line=1)
    for k in struck:  # a cancelled booking struck through by pen
        mid = top + (k + 0.5) * row_h
        c.draw.line([(m + 6 * s, mid), (right - 6 * s, mid)], fill=(30, 30, 120), width=2)
    y += 36 * s
    shop = rng.choice(rw.CN_RESTAURANTS)
    c.line(
        m,
        y,
        [S(shop, "shop"), S("  订餐电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_tablet(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A booking platform's list on the front desk's tablet, a dark bezel around it."""
    w = rng.choice((1500, 1600))
    c, p, m, right = sheet(rng, (w,), 0.7, cjk=True, base=1500, margin=0.05)
    s = p.s
    c.draw.rectangle([0, 0, c.width, c.height], fill=(24, 24, 28))
    c.draw.rectangle([m, m, right, c.height - m], fill=(252, 252, 252))
    x0 = m + 30 * s
    y = m + 60 * s
    c.text(x0, y, f"{rng.choice(rw.CN_RESTAURANTS)} · 预订管理", p.font(30, bold=True), "shop")
    c.text(
        right - 30 * s, y, f"今日预订 {rng.randint(12, 48)} 桌", p.font(24), "other", anchor="rs"
    )
    y += 50 * s
    x = x0
    for tab in ("全部", "待到店", "已到店", "已取消"):
        x = c.line(x, y, [S(tab, "other")], p.font(24), fill=_GREY) + 50 * s
    y += 24 * s
    c.hline(m, right, y, width=1)
    heads = ("到店时间", "客人", "手机号", "人数", "桌位", "来源", "状态")
    xs = [x0 + (right - m - 60 * s) * k for k in (0, 0.12, 0.3, 0.5, 0.6, 0.76, 0.88)]
    y += 46 * s
    for hx, head in zip(xs, heads, strict=True):
        c.text(hx, y, head, p.font(22), "label", fill=_GREY)
    for when in _times(rng, rng.randint(5, 8)):
        y += 62 * s
        phone = fk.masked_mobile() if rng.random() < 0.7 else fk.cn_mobile_digits()
        cells = [
            [S(when, "date")],
            _cn_guest(rng, fk),
            [S(phone, "phone")],
            [S(f"{rng.randint(2, 14)}人", "other")],
            [S(rng.choice(rw.CN_ROOMS), "other")],
            [S(rng.choice(rw.CN_SOURCES), "other")],
            [S(rng.choice(rw.CN_STATES), "other")],
        ]
        for hx, spans in zip(xs, cells, strict=True):
            c.line(hx, y, spans, p.font(26))
        c.hline(x0, right - 30 * s, y + 24 * s, width=1)
    c.trim(int(y + 60 * s + m))
    c.draw.rectangle([m, c.height - m, right, c.height], fill=(24, 24, 28))
    return c


def _cn_sms(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The restaurant's confirmation text on the guest's phone."""
    c, p, y = _phone_canvas(rng, cjk=True)
    s, W = p.s, c.width
    shop = rng.choice(rw.CN_RESTAURANTS)
    y = _nav(p, y, f"1069{fk.digits(8)}")
    for k in range(rng.choice((1, 2))):
        y += 60 * s
        c.text(
            W / 2,
            y,
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {_time(rng)}",
            p.font(20),
            "date",
            anchor="ms",
            fill=_GREY,
        )
        guest = _cn_guest(rng, fk)
        body = [S(f"【{shop}】尊敬的", "footer"), *guest]
        parts = {
            "day": (f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            "time": (_time(rng), "date"),
            "room": (rng.choice(rw.CN_ROOMS), "other"),
            "n": (str(rng.randint(2, 14)), "other"),
            "addr": (fk.office_address("cn")[0], "shop_address"),
            "tel": (fk.cn_landline(), "shop_phone"),
            "mobile": (fk.masked_mobile(), "phone"),
        }
        text = (
            ",您(手机{mobile})已成功预订{day} {time} {room}({n}位),座位为您保留15分钟。"
            if k == 0
            else ",温馨提示:您今晚{time}在{room}的预订(预留手机{mobile})已确认,期待光临。"
        ) + "地址:{addr},订餐电话{tel}。回T退订"
        # the restaurant's own address and phone are business data, not ordinary text
        body += [
            Span(sp.text, sp.category, None) if sp.category.startswith("shop") else sp
            for sp in template_spans(text, parts)
        ]
        y += 30 * s
        top = y
        y = c.wrap(60 * s, y + 40 * s, body, p.font(26), W - 160 * s, 40 * s, max_lines=7)
        c.draw.rounded_rectangle(
            [40 * s, top, W - 80 * s, y - 10 * s], radius=20 * s, outline=(200, 200, 205), width=2
        )
    return _finish(c, y, 0, pad=40 * s)


def _diary(rng: random.Random, fk: MoneyFaker, lang: str) -> Canvas:
    """An English reservations diary or an Italian Prenotazioni book, written by hand."""
    c, p, m, right = sheet(rng, (1100, 1160), 1.1, cjk=False, base=1100, margin=0.05)
    s = p.s
    y = m + 40 * s
    en = lang == "en"
    shop = rng.choice(rw.EN_RESTAURANTS if en else rw.IT_RESTAURANTS)
    c.text(m, y, shop, p.font(18), "shop")
    title = "Reservations" if en else "Prenotazioni"
    c.text(c.width / 2, y + 10 * s, title, p.font(30, bold=True), "label", anchor="ms")
    days = rw.WEEKDAYS if en else rw.IT_DAYS
    months = rw.MONTHS if en else rw.IT_MONTHS
    day = f"{rng.choice(days)} {rng.randint(1, 28)} {rng.choice(months)}"
    c.text(right, y, day, p.font(18), "date", anchor="rs")
    y += 30 * s
    cols = (
        ("Time", "Name", "Covers", "Table", "Phone", "Notes", "Taken by")
        if en
        else ("Ora", "Nome", "Persone", "Tavolo", "Tel.", "Note", "Preso da")
    )
    widths = [(right - m) * k for k in (0.09, 0.22, 0.09, 0.08, 0.22, 0.2, 0.1)]
    rows: list[list[Cell]] = [[label_cell(t) for t in cols]]
    booked = 0
    for when in _times(rng, rng.randint(6, 10)):
        if en:
            last = fk.en_name().split()[-1]
            guest = (
                [S(rng.choice(rw.EN_TITLES), "other"), S(" " + last, "name")]
                if rng.random() < 0.5
                else [S(fk.en_name(), "name")]
            )
            phone, taker = fk.uk_phone(), fk.en_first(upper=False)
            note = [S(rng.choice(rw.EN_NOTES), "other")]
            if rng.random() < 0.15:  # the deposit taken by card over the phone
                note = [S("dep. paid, card ending ", "other"), S(fk.digits(4), "card_number")]
        else:
            last = rng.choice(IT_LAST)
            guest = (
                [S("Sig. " if rng.random() < 0.5 else "Sig.ra ", "other"), S(last, "name")]
                if rng.random() < 0.5
                else [S(f"{rng.choice(IT_FIRST)} {last}", "name")]
            )
            phone = f"3{fk.digits(2)} {fk.digits(3)} {fk.digits(4)}"
            note, taker = [S(rng.choice(rw.IT_NOTES), "other")], rng.choice(IT_FIRST)
        rows.append(
            [
                Cell.of(when, "date", hand=True),
                Cell(tuple(guest), hand=True),
                Cell.of(str(covers := rng.randint(2, 12)), "other", hand=True),
                Cell.of(str(rng.randint(1, 24)), "other", hand=True),
                Cell.of(phone, "phone", hand=True),
                Cell(tuple(note), hand=True),
                Cell.of(taker, "name", hand=True),
            ]
        )
        booked += covers
    rows += [[Cell.of("", "other")] * 7 for _ in range(rng.randint(1, 3))]
    y = table(p, m, y, widths, rows, 54 * s, p.font(16), hand_px=26, cjk=False, line=1) + 40 * s
    total = "Total covers" if en else "Coperti totali"
    c.line(
        m,
        y,
        [S(total + ": ", "label"), S(str(booked), "other")],
        hand_font(p, 26, cjk=False),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def restaurant_reservation_book(rng: random.Random) -> Canvas:
    """A restaurant's bookings: the ledger, the platform's tablet list, a confirmation
    text, an English diary page or an Italian Prenotazioni book."""
    fk = MoneyFaker(rng)
    kind = rng.choices(range(5), weights=(30, 20, 16, 20, 14))[0]
    if kind >= 3:
        return _diary(rng, fk, ("en", "it")[kind - 3])
    return (_cn_ledger, _cn_tablet, _cn_sms)[kind](rng, fk)


LAYOUTS = {"restaurant_reservation_book": restaurant_reservation_book}
