"""Small printed slips: a Chinese train ticket (name + masked ID on one line, no keyword)
and an express-station pickup sticker (取件码 is not personal, 手机尾号 is).
"""

from __future__ import annotations

import random

from .fakedata_more import MoreFaker
from .kit import Faces, Pen, S, _finish, _ink, _paper, hand_font
from .render import Canvas

_STATIONS = (
    ("北京南", "Beijingnan"),
    ("上海虹桥", "Shanghaihongqiao"),
    ("广州南", "Guangzhounan"),
    ("深圳北", "Shenzhenbei"),
    ("杭州东", "Hangzhoudong"),
    ("南京南", "Nanjingnan"),
    ("成都东", "Chengdudong"),
    ("武汉", "Wuhan"),
    ("西安北", "Xi'anbei"),
    ("厦门北", "Xiamenbei"),
)


def cn_train_ticket(rng: random.Random) -> Canvas:
    """Train ticket / e-ticket reimbursement voucher: stations, train, seat, price, ID + name."""
    fk = MoreFaker(rng)
    W = rng.choice((860, 1000, 1180))
    H = int(W * 0.62)
    tint = rng.choice(((214, 232, 243), (236, 222, 226), (246, 246, 240), (226, 238, 246)))
    c = Canvas(W, H, paper=tint, ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1000)
    m = int(W * 0.05)
    right = W - m
    red = (190, rng.randint(20, 60), rng.randint(20, 60))
    f = p.font(rng.uniform(28, 34))
    (a, a_py), (b, b_py) = rng.sample(_STATIONS, 2)
    electronic = rng.random() < 0.5

    y = m + int(40 * p.s)
    c.text(m, y, fk.upper(1) + fk.digits(6), p.font(34), "other", fill=red)
    c.text(
        right,
        y,
        rng.choice(("检票:", "检票口 ")) + f"{rng.randint(1, 30)}{rng.choice('AB')}",
        f,
        "other",
        anchor="rs",
    )
    if electronic:
        c.text(W / 2, y, "电子客票 报销凭证", p.font(30, bold=True), "label", anchor="ms")
    y += int(80 * p.s)
    sf = p.font(rng.uniform(44, 54), bold=True)
    c.text(m + 30 * p.s, y, a, sf, "other")
    c.text(m + 30 * p.s + p.width(a, sf) + 6 * p.s, y, "站", f, "other")
    c.text(
        W / 2,
        y - 20 * p.s,
        rng.choice("GDCZK") + str(rng.randint(1, 9999)),
        p.font(40, bold=True),
        "other",
        anchor="ms",
    )
    c.draw.line(
        [(W / 2 - 90 * p.s, y - 4 * p.s), (W / 2 + 90 * p.s, y - 4 * p.s)], fill=c.ink, width=3
    )
    c.text(right - 30 * p.s - p.width("站", f), y, b, sf, "other", anchor="rs")
    c.text(right - 30 * p.s, y, "站", f, "other", anchor="rs")
    y += int(40 * p.s)
    pf = p.font(22)
    c.text(m + 30 * p.s, y, a_py, pf, "other")
    c.text(right - 30 * p.s, y, b_py, pf, "other", anchor="rs")
    y += int(60 * p.s)
    yy, mo, dd = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    c.text(m + 30 * p.s, y, f"{yy}年{mo:02d}月{dd:02d}日 {fk.time(False)}开", f, "date")
    c.text(
        right - 30 * p.s,
        y,
        f"{rng.randint(1, 16):02d}车{rng.randint(1, 20):02d}{rng.choice('ABCDF')}号",
        f,
        "other",
        anchor="rs",
    )
    y += int(56 * p.s)
    c.text(m + 30 * p.s, y, f"¥{rng.randint(30, 900)}.{rng.choice('05')}元", f, "price")
    c.text(
        right - 30 * p.s,
        y,
        rng.choice(("二等座", "一等座", "新空调硬座", "硬卧")),
        f,
        "other",
        anchor="rs",
    )
    y += int(46 * p.s)
    c.text(
        m + 30 * p.s,
        y,
        rng.choice(("限乘当日当次车", "网折", "仅供报销使用")),
        p.font(24),
        "footer",
    )

    # Passenger: masked (or full) ID and name on one line, no keyword.
    y += int(58 * p.s)
    idf = p.font(rng.uniform(28, 34))
    ident = fk.cn_id_ticket() if rng.random() < 0.8 else fk.cn_resident_id()
    name = fk.cn_name(honorific=0.0)
    x = c.line(m + 30 * p.s, y, [S(ident, "id_number")], idf)
    c.line(x + 20 * p.s, y, [S(name, "name")], idf)
    qs = int(rng.uniform(150, 190) * p.s)
    qr = c.qr(
        int(right - qs - 10 * p.s),
        int(y - 30 * p.s),
        f"{ident}|{name}|{fk.digits(12)}",
        size=qs,
    )
    y += int(40 * p.s)
    c.hline(m, right - qs - 30 * p.s, y, width=1, dash=int(6 * p.s))
    y += int(40 * p.s)
    c.text(
        m + 30 * p.s,
        y,
        rng.choice(("买票请到12306 发货请到95306", "中国铁路祝您旅途愉快")),
        p.font(22),
        "footer",
    )
    y += int(34 * p.s)
    bottom = f"{fk.digits(5)}{fk.digits(9)} {fk.upper(1)}{fk.digits(6)} {a}售"
    c.text(m + 30 * p.s, y, bottom, p.font(20), "other")
    return _finish(c, max(y, qr[3]), m, pad=rng.uniform(10, 30) * p.s)


_STATIONS_PICKUP = ("邻里驿站", "快递超市", "校园快递服务站", "社区驿站", "丰巢代收点")


def cn_pickup_slip(rng: random.Random) -> Canvas:
    """Express-station pickup sticker: huge 取件码, phone tail, masked name, waybill, shelf mark."""
    fk = MoreFaker(rng)
    W = rng.choice((480, 576, 640))
    c = Canvas(W, int(W * 1.2), paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 576)
    m = int(W * 0.05)
    right = W - m
    f = p.font(rng.uniform(22, 26))
    lh = p.lh(f, 1.35, 1.6)

    y = m + int(36 * p.s)
    c.text(m, y, rng.choice(_STATIONS_PICKUP), p.font(28, bold=True), "brand")
    c.text(right, y, fk.date()[5:] + " " + fk.time(False), f, "date", anchor="rs")
    y += int(20 * p.s)
    c.hline(m, right, y, width=3)
    y += int(30 * p.s)
    c.text(m, y, rng.choice(("取件码", "取件码:", "取货码")), f, "label")
    code = rng.choice(
        (
            f"{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
            f"{fk.upper(1)}{rng.randint(1, 20)}-{rng.randint(100, 999)}",
            fk.digits(6),
        )
    )
    big = p.font(rng.uniform(70, 96), bold=True)
    y += big.size * 1.05
    c.text(W / 2, y, code, big, "other", anchor="ms")
    y += int(24 * p.s)
    c.hline(m, right, y, width=2)

    rows = [
        (rng.choice(("手机尾号", "手机尾号:", "尾号 ")), S(fk.tail4(), "phone")),
        (
            rng.choice(("收件人:", "姓名:", "收 ")),
            S(fk.cn_name_masked() if rng.random() < 0.7 else fk.cn_name_forms(), "name"),
        ),
        (
            rng.choice(("快递公司:", "承运:")),
            S(rng.choice(("中通", "圆通", "韵达", "申通", "极兔", "顺丰")), "other"),
        ),
        (rng.choice(("运单号:", "单号:")), S(fk.waybill_cn(), "tracking")),
        ("入库时间:", S(f"{fk.date()} {fk.time()}", "date")),
    ]
    if rng.random() < 0.3:
        rows.insert(2, ("手机号:", S(fk.cn_mobile("masked"), "phone")))
    if rng.random() < 0.5:
        rows[0], rows[1] = rows[1], rows[0]
    for key, val in rows:
        y += lh
        x = c.line(m, y, [S(key, "label")], f)
        if x + p.width(val.text, f) > right:
            y += lh
            x = m
        c.line(x + 6 * p.s, y, [val], f)
    y += int(16 * p.s)
    bh = int(70 * p.s)
    wb = next(v.text for _k, v in rows if v.category == "tracking")
    c.barcode(int(m), int(y), wb, height=bh, module=2, max_width=int(right - m - 130 * p.s))
    if rng.random() < 0.7:  # shelf mark scrawled with a marker
        hf = hand_font(p, rng.uniform(60, 80), cjk=False)
        c.text(
            right - 10 * p.s,
            y + bh,
            f"{rng.choice('ABCDE')}{rng.randint(1, 9)}",
            hf,
            "other",
            anchor="rs",
        )
    y += bh + lh
    c.text(
        m,
        y,
        rng.choice(
            ("请凭取件码及时取件,超过3天将退回", "如有疑问请联系驿站工作人员", "取件时请出示取件码")
        ),
        p.font(18),
        "footer",
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=rng.uniform(10, 30) * p.s)


LAYOUTS = {"cn_train_ticket": cn_train_ticket, "cn_pickup_slip": cn_pickup_slip}
