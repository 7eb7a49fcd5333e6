"""Layout kinds: each draws one upright label or receipt on a :class:`Canvas`.

A layout gets a seeded ``random.Random`` and decides everything from it: size,
fonts, margins, spacing, which optional fields appear.  The looks are our own
(top barcode bands, tear-off stubs, narrow thermal receipts) and vary a lot on
purpose; none copies a particular carrier's sheet.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from . import layouts_docs, layouts_post, layouts_receipts, layouts_tickets
from .fakedata import Faker
from .families import FAMILIES, half
from .kit import Faces, Pen, S, _addr_spans, _finish, _ink, _paper, _with_postcode
from .render import Canvas, Span

# =========================================================================== Chinese waybills

_CN_BRANDS = (
    "迅达速运",
    "通达快递",
    "飞鸽物流",
    "云路快运",
    "捷安达",
    "邮驿速递",
    "百顺快递",
    "星驰物流",
)


def cn_waybill_a(rng: random.Random) -> Canvas:
    """Portrait waybill: barcode band, recipient first, sender, tear-off stub."""
    fk = Faker(rng)
    W = rng.choice((800, 860, 1000, 1200))
    H = int(W * 2.0)  # generous; trimmed to the content at the end
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 800)
    m = int(W * rng.uniform(0.03, 0.07))
    right = W - m
    waybill = fk.waybill_cn()
    brand = rng.choice(_CN_BRANDS)

    # Header: sort code left (huge), brand + date right.
    y = m + int(70 * p.s)
    big = p.font(rng.uniform(52, 72), bold=True)
    c.text(m + 16 * p.s, y, fk.sort_code(), big, "other", stroke=rng.choice((0, 0, 1)))
    bf = p.font(rng.uniform(26, 34), bold=True)
    c.text(right - 16 * p.s, y - 30 * p.s, brand, bf, "brand", anchor="rs")
    c.text(
        right - 16 * p.s,
        y + 2 * p.s,
        fk.date() + " " + fk.time(False),
        p.font(17),
        "date",
        anchor="rs",
    )
    y += int(22 * p.s)
    c.hline(m, right, y)

    # Barcode band across the label, number under it (tracking #1).
    bh = int(rng.uniform(80, 120) * p.s)
    bx = m + int(40 * p.s)
    c.barcode(
        bx,
        y + int(14 * p.s),
        waybill,
        height=bh,
        module=max(2, round(3 * p.s)),
        max_width=right - bx - 20,
    )
    y += int(14 * p.s) + bh + int(34 * p.s)
    nf = p.font(rng.uniform(22, 30), bold=rng.random() < 0.5)
    x = c.line(m + 40 * p.s, y, [S("运单号 ", "label")], nf)
    spaced = (
        " ".join(waybill[i : i + 4] for i in range(0, len(waybill), 4))
        if rng.random() < 0.4
        else waybill
    )
    c.text(x, y, spaced, nf, "tracking")
    y += int(16 * p.s)
    c.hline(m, right, y)

    # Recipient: keyword + name + phone on one line, address wrapped below.
    to = _person_cn(fk, rng)
    kw = rng.choice(("收件人:", "收件人：", "收:", "收 ", "收件:"))
    name_font = p.font(rng.uniform(30, 44), bold=True)
    y += int(54 * p.s)
    x = c.line(m + 16 * p.s, y, [S(kw, "label")], p.font(rng.uniform(24, 32), bold=True))
    x = c.line(
        x + 8 * p.s, y, [S(to.name, "name"), S("  ", "other"), S(to.phone, "phone")], name_font
    )
    af = p.font(rng.uniform(24, 34), bold=rng.random() < 0.4)
    y += p.lh(af, 1.35, 1.7)
    spans = _with_postcode(rng, _addr_spans(to.address), to.postcode)
    ax = m + 16 * p.s + (0 if rng.random() < 0.5 else p.width(kw, af))
    y = c.wrap(ax, y, spans, af, right - ax - 16 * p.s, p.lh(af, 1.2, 1.5), max_lines=3)
    y += int(6 * p.s)
    c.hline(m, right, y - af.size * 0.6)

    # Sender (smaller).
    fr = _person_cn(fk, rng)
    sf = p.font(rng.uniform(18, 24))
    y += int(16 * p.s)
    x = c.line(m + 16 * p.s, y, [S(rng.choice(("寄件人:", "寄:", "寄件人 ")), "label")], sf)
    c.line(x + 6 * p.s, y, [S(fr.name, "name"), S("   ", "other"), S(fr.phone, "phone")], sf)
    y += p.lh(sf)
    y = c.wrap(
        m + 16 * p.s,
        y,
        _addr_spans(fr.address),
        sf,
        right - m - 32 * p.s,
        p.lh(sf, 1.15, 1.4),
        max_lines=2,
    )
    c.hline(m, right, y - sf.size * 0.5)

    # Goods line.
    gf = p.font(rng.uniform(15, 19))
    y += int(10 * p.s)
    x = c.line(
        m + 16 * p.s,
        y,
        [
            S("托寄物:", "label"),
            S(rng.choice(("日用品", "文件", "服饰", "电子产品", "食品")), "other"),
        ],
        gf,
    )
    x = c.line(x + 30 * p.s, y, [S("计费重量:", "label"), S(fk.weight("kg"), "other")], gf)
    c.line(x + 30 * p.s, y, [S("件数:", "label"), S(str(rng.randint(1, 3)), "other")], gf)
    y += int(30 * p.s)

    # Tear-off stub: dashed line, repeated recipient block, barcode, QR.
    c.hline(m, right, y, width=2, dash=int(10 * p.s))
    y += int(14 * p.s)
    stub_top = y
    qs = int(rng.uniform(130, 170) * p.s)
    qx = right - qs - int(16 * p.s)
    c.qr(qx, y + int(6 * p.s), f"https://t.example.cn/{waybill}", size=qs)
    c.text_vertical(
        int(m + 8 * p.s),
        int(y + 4 * p.s),
        rng.choice(("收件联", "客户联", "派件联")),
        p.font(18),
        "label",
    )
    sx = m + 44 * p.s
    bh2 = int(56 * p.s)
    c.barcode(
        int(sx), int(y + 4 * p.s), waybill, height=bh2, module=2, max_width=int(qx - sx - 20 * p.s)
    )
    y += bh2 + int(30 * p.s)
    tf = p.font(rng.uniform(16, 20))
    c.text(sx, y, waybill, tf, "tracking")
    y += p.lh(tf, 1.4, 1.7)
    kf = p.font(rng.uniform(17, 22), bold=rng.random() < 0.3)
    x = c.line(sx, y, [S(rng.choice(("收:", "收件人:")), "label")], kf)
    c.line(x + 6 * p.s, y, [S(to.name, "name"), S(" ", "other"), S(to.phone, "phone")], kf)
    y += p.lh(kf, 1.2, 1.5)
    y = c.wrap(
        sx, y, _addr_spans(to.address), kf, qx - sx - 14 * p.s, p.lh(kf, 1.15, 1.4), max_lines=3
    )
    y = max(y, stub_top + qs + 40 * p.s)
    ff = p.font(16)
    x = c.line(sx, y, [S("签收人:", "label")], ff)
    c.line(x + 140 * p.s, y, [S("日期:", "label")], ff)
    return _finish(c, y, m, border=max(2, int(p.s * 2)), pad=rng.uniform(20, 80) * p.s)


def cn_waybill_privacy(rng: random.Random) -> Canvas:
    """Square-ish privacy waybill: masked name and phone, full address."""
    fk = Faker(rng)
    W = rng.choice((760, 900, 1100))
    H = int(W * 1.7)
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 760)
    m = int(W * rng.uniform(0.025, 0.05))
    right = W - m
    waybill = fk.waybill_cn()

    # Left column: brand + "隐私面单" tag; right: big sort code.
    y = m + int(44 * p.s)
    c.text(m + 10 * p.s, y, rng.choice(_CN_BRANDS), p.font(30, bold=True), "brand")
    tag = p.font(18)
    c.text(
        m + 10 * p.s,
        y + 28 * p.s,
        rng.choice(("隐私面单", "电子面单·隐私保护", "号码保护中")),
        tag,
        "label",
    )
    c.text(
        right - 10 * p.s,
        y + 14 * p.s,
        fk.sort_code(),
        p.font(rng.uniform(44, 60), bold=True),
        "other",
        anchor="rs",
    )
    y += int(46 * p.s)
    c.hline(m, right, y, width=3)

    # Recipient: name and phone on one line (masked), address on wrapped lines.
    sep = rng.choice(("", " ", " — ", "-"))
    addr, pc = fk.cn_address(sep=sep)
    name = fk.cn_name_masked()
    phone = fk.cn_mobile("masked")
    if rng.random() < 0.3:
        phone += rng.choice(("转", "-")) + fk.digits(4)
    y += int(50 * p.s)
    kf = p.font(rng.uniform(30, 40), bold=True)
    x = c.line(m + 10 * p.s, y, [S(rng.choice(("收 ", "收件 ", "收:")), "label")], kf)
    c.line(x + 10 * p.s, y, [S(name, "name"), S("  ", "other"), S(phone, "phone")], kf)
    af = p.font(rng.uniform(26, 36), bold=rng.random() < 0.5)
    y += p.lh(af, 1.3, 1.6)
    spans = _with_postcode(rng, _addr_spans([addr]), pc)
    y = c.wrap(m + 10 * p.s, y, spans, af, right - m - 20 * p.s, p.lh(af, 1.15, 1.45), max_lines=3)
    c.hline(m, right, y - af.size * 0.5)

    # Sender: masked, city only.
    sf = p.font(rng.uniform(16, 20))
    y += int(12 * p.s)
    x = c.line(m + 10 * p.s, y, [S("寄 ", "label")], sf)
    sa, _ = fk.cn_address(with_door=0.0)
    c.line(
        x + 6 * p.s,
        y,
        [S(fk.cn_name_masked(), "name"), S(" ", "other"), S(fk.cn_mobile("masked"), "phone")],
        sf,
    )
    y += p.lh(sf, 1.3, 1.5)
    y = c.wrap(
        m + 10 * p.s,
        y,
        [S(sa.segments[0][0].strip(), "address")],
        sf,
        right - m,
        p.lh(sf),
        max_lines=1,
    )
    c.hline(m, right, y - sf.size * 0.4)

    # Barcode + number, QR bottom-left with a remark box to its right.
    y += int(10 * p.s)
    bh = int(rng.uniform(70, 100) * p.s)
    c.barcode(
        int(m + 40 * p.s),
        int(y),
        waybill,
        height=bh,
        module=max(2, round(2.5 * p.s)),
        max_width=int(right - m - 80 * p.s),
    )
    y += bh + int(30 * p.s)
    c.text(W / 2, y, waybill, p.font(rng.uniform(20, 26), bold=True), "tracking", anchor="ms")
    y += int(16 * p.s)
    qs = int(rng.uniform(110, 150) * p.s)
    if qs > 60:
        c.qr(int(m + 10 * p.s), int(y + 6 * p.s), f"WB:{waybill}", size=qs)
        rf = p.font(16)
        rx = m + 10 * p.s + qs + 24 * p.s
        c.text(rx, y + 30 * p.s, "已验视  " + fk.date(), rf, "other")
        c.text(
            rx,
            y + 60 * p.s,
            rng.choice(("请勿折叠", "易碎轻放", "本单已开启隐私保护")),
            rf,
            "footer",
        )
        c.text(rx, y + 90 * p.s, f"共{rng.randint(1, 3)}件", p.font(16), "other")
        y += qs
    return _finish(c, y, m, pad=rng.uniform(20, 60) * p.s)


# =========================================================================== English labels

_EN_CARRIERS = ("PARCELJET", "SWIFTPOST", "NORTHSTAR FREIGHT", "BLUE DART-X", "ORBIT SHIP")


def en_shipping_label(rng: random.Random) -> Canvas:
    """4x6 label: FROM top-left, SHIP TO block, 1Z tracking twice, code line with phone."""
    fk = Faker(rng)
    W = rng.choice((812, 900, 1200))
    H = int(W * 1.9)
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 812)
    m = int(W * rng.uniform(0.025, 0.06))
    right = W - m
    track = fk.ups_tracking()
    uk = rng.random() < 0.2

    # FROM block (small).
    ff = p.font(rng.uniform(16, 20))
    y = m + int(28 * p.s)
    c.text(
        m + 8 * p.s,
        y,
        rng.choice(("FROM:", "From:", "SHIP FROM:", "RETURN TO:")),
        p.font(15, bold=True),
        "label",
    )
    y += p.lh(ff, 1.3, 1.5)
    shipper_is_person = rng.random() < 0.6
    if shipper_is_person:
        c.text(m + 8 * p.s, y, fk.en_name(upper=rng.random() < 0.5), ff, "name")
        l1, l2 = fk.us_address()
        for ln in (l1, l2):
            y += p.lh(ff, 1.1, 1.3)
            c.line(m + 8 * p.s, y, [S(t, k) for t, k in ln.segments], ff)
    else:
        c.text(m + 8 * p.s, y, fk.en_merchant().title() + " Fulfillment", ff, "shop")
        y += p.lh(ff, 1.1, 1.3)
        c.text(m + 8 * p.s, y, f"{rng.randint(100, 9999)} Commerce Pkwy", ff, "shop_address", None)
        y += p.lh(ff, 1.1, 1.3)
        c.text(m + 8 * p.s, y, "Reno, NV 89502", ff, "shop_address", None)
    wf = p.font(18, bold=True)
    c.text(right - 8 * p.s, m + 28 * p.s, fk.weight(), wf, "other", anchor="rs")
    c.text(
        right - 8 * p.s,
        m + 56 * p.s,
        rng.choice(("1 OF 1", "1 of 2", "PKG 1/1")),
        p.font(16),
        "other",
        anchor="rs",
    )
    c.text(right - 8 * p.s, m + 84 * p.s, fk.date("us"), p.font(15), "date", anchor="rs")
    y += int(22 * p.s)
    c.hline(m, right, y, width=3)

    # SHIP TO: keyword on its own line or inline; name is the first line of the block.
    kw = rng.choice(("SHIP TO:", "Deliver To:", "SHIP\nTO:", "TO:", "Attn:"))
    y += int(40 * p.s)
    nf = p.font(rng.uniform(30, 42), bold=True)
    bf = p.font(rng.uniform(28, 38), bold=rng.random() < 0.7)
    name = fk.en_name(upper=rng.random() < 0.6, initial=rng.random() < 0.2)
    if rng.random() < 0.5:
        c.text(m + 8 * p.s, y, kw.replace("\n", " "), p.font(18, bold=True), "label")
        y += p.lh(nf, 1.2, 1.4)
        x0 = m + 40 * p.s
        c.text(x0, y, name, nf, "name")
    else:
        kf = p.font(22, bold=True)
        x0 = m + 8 * p.s + p.width(kw.replace("\n", " "), kf) + 18 * p.s
        c.text(m + 8 * p.s, y, kw.replace("\n", " "), kf, "label")
        c.text(x0, y, name, nf, "name")
    if rng.random() < 0.25:
        y += p.lh(bf, 1.1, 1.3)
        c.line(x0, y, [S("C/O ", "label"), S(fk.en_name(upper=True), "name")], p.font(22))
    l1, l2 = fk.uk_address() if uk else fk.us_address()
    step = p.lh(bf, 1.1, 1.35)
    up = rng.random() < 0.5
    for ln in (l1, l2):
        y += step
        spans = [S(t.upper() if up else t, k) for t, k in ln.segments]
        y = c.wrap(x0, y, spans, bf, right - x0 - 8 * p.s, step, max_lines=2) - step
    if rng.random() < 0.6:
        y += p.lh(bf, 1.1, 1.35)
        pf = p.font(22)
        x = c.line(x0, y, [S(rng.choice(("PHONE: ", "Tel: ", "PH# ")), "label")], pf)
        c.text(x, y, fk.us_phone(), pf, "phone")
    y += int(26 * p.s)
    c.hline(m, right, y, width=3)

    # Service band with a QR (stand-in for the 2-D code) and routing code.
    y += int(10 * p.s)
    qs = int(rng.uniform(150, 190) * p.s)
    c.qr(int(m + 8 * p.s), int(y), f"{track}|{fk.digits(5)}|{fk.digits(9)}", size=qs)
    sx = m + 8 * p.s + qs + 30 * p.s
    c.text(
        sx,
        y + 60 * p.s,
        rng.choice(("GROUND", "NEXT DAY AIR", "2ND DAY AIR", "PRIORITY", "EXPRESS")),
        p.font(rng.uniform(40, 56), bold=True),
        "other",
    )
    c.text(
        sx,
        y + 110 * p.s,
        f"{rng.choice(('NV', 'CA', 'TX', 'IL'))} {rng.randint(100, 999)} {rng.randint(1, 9)}-{rng.randint(10, 99)}",
        p.font(rng.uniform(30, 40), bold=True),
        "other",
    )
    y += qs + int(20 * p.s)
    c.hline(m, right, y, width=2)

    # Tracking number (1) + barcode.
    y += int(34 * p.s)
    tf = p.font(rng.uniform(20, 26), bold=True)
    x = c.line(
        m + 8 * p.s, y, [S(rng.choice(("TRACKING #: ", "TRK# ", "Tracking No. ")), "label")], tf
    )
    c.text(
        x,
        y,
        f"{track[:2]} {track[2:5]} {track[5:8]} {track[8:10]} {track[10:14]} {track[14:]}",
        tf,
        "tracking",
    )
    y += int(16 * p.s)
    bh = int(rng.uniform(110, 150) * p.s)
    c.barcode(
        int(m + 50 * p.s),
        int(y),
        track,
        height=bh,
        module=max(2, round(3 * p.s)),
        max_width=int(right - m - 100 * p.s),
    )
    y += bh + int(20 * p.s)
    c.hline(m, right, y, width=2)

    # Second barcode with the slash-separated code line that hides the phone.
    y += int(16 * p.s)
    code = f"TBA{fk.digits(12)}"
    bh2 = int(70 * p.s)
    c.barcode(
        int(m + 50 * p.s), int(y), code, height=bh2, module=2, max_width=int(right - m - 100 * p.s)
    )
    y += bh2 + int(26 * p.s)
    lf = p.font(rng.uniform(15, 18), mono=rng.random() < 0.5)
    c.line(
        m + 50 * p.s,
        y,
        [
            S(f"{fk.upper(1)}{rng.randint(1, 9)}/1 of 1/", "other"),
            S(fk.us_phone_digits(), "phone"),
            S(f"/{fk.upper(2)}/{fk.digits(2)}", "other"),
        ],
        lf,
    )
    y += p.lh(lf, 1.4, 1.8)
    rf = p.font(16)
    x = c.line(m + 8 * p.s, y, [S("BILLING: P/P   REF 1: ", "label")], rf)
    c.text(x, y, fk.order_number("amazon"), rf, "order_number", None)
    y += p.lh(rf, 1.3, 1.6)
    c.line(m + 8 * p.s, y, [S("TRK ", "label"), S(track, "tracking")], rf)
    return _finish(c, y, m, border=2, pad=rng.uniform(20, 100) * p.s)


def in_return_label(rng: random.Random) -> Canvas:
    """Indian e-commerce return label: customer with city/state/PIN, AWB thrice."""
    fk = Faker(rng)
    W = rng.choice((800, 1000, 1240))
    H = int(W * 1.9)
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 800)
    m = int(W * rng.uniform(0.03, 0.05))
    right = W - m
    awb = fk.awb_india()

    y = m + int(44 * p.s)
    c.text(
        m + 12 * p.s,
        y,
        rng.choice(("SWIFTSHIP", "DAKLINE", "EKSPRESS", "MONSOON LOGISTICS")),
        p.font(32, bold=True),
        "brand",
    )
    c.text(
        right - 12 * p.s,
        y,
        rng.choice(("RETURN", "REVERSE PICKUP", "RTO")),
        p.font(26, bold=True),
        "other",
        anchor="rs",
    )
    y += int(16 * p.s)
    c.hline(m, right, y)
    y += int(14 * p.s)
    bh = int(rng.uniform(80, 110) * p.s)
    c.barcode(
        int(m + 60 * p.s),
        int(y),
        awb,
        height=bh,
        module=max(2, round(2.5 * p.s)),
        max_width=int(right - m - 120 * p.s),
    )
    y += bh + int(30 * p.s)
    af = p.font(rng.uniform(20, 26), bold=True)
    x = c.line(m + 60 * p.s, y, [S("AWB No: ", "label")], af)
    c.text(x, y, awb, af, "tracking")
    y += int(16 * p.s)
    c.hline(m, right, y)

    # Customer block (return from).
    y += int(36 * p.s)
    kf = p.font(18, bold=True)
    c.text(
        m + 12 * p.s, y, rng.choice(("Return From:", "Pickup Address:", "Customer:")), kf, "label"
    )
    bf = p.font(rng.uniform(22, 30), bold=rng.random() < 0.3)
    y += p.lh(bf, 1.3, 1.5)
    c.text(m + 12 * p.s, y, fk.in_name(), p.font(rng.uniform(26, 34), bold=True), "name")
    l1, l2 = fk.in_address()
    for ln in (l1, l2):
        y += p.lh(bf, 1.15, 1.4)
        y = c.wrap(
            m + 12 * p.s,
            y,
            [S(t, k) for t, k in ln.segments],
            bf,
            right - m - 24 * p.s,
            p.lh(bf),
            max_lines=2,
        ) - p.lh(bf, 1.0, 1.0)
    y += p.lh(bf, 1.15, 1.4)
    x = c.line(m + 12 * p.s, y, [S(rng.choice(("Mob: ", "Phone: ", "Ph: ")), "label")], bf)
    c.text(x, y, fk.in_phone(), bf, "phone")
    y += int(20 * p.s)
    c.hline(m, right, y)

    # Seller warehouse (business data).
    sf = p.font(rng.uniform(16, 19))
    y += int(30 * p.s)
    c.text(m + 12 * p.s, y, "Return To:", p.font(16, bold=True), "label")
    y += p.lh(sf)
    c.text(m + 12 * p.s, y, f"{fk.en_merchant().title()} Retail Pvt Ltd", sf, "shop")
    y += p.lh(sf, 1.1, 1.3)
    c.text(
        m + 12 * p.s,
        y,
        f"Warehouse {rng.randint(1, 9)}, Bhiwandi, Maharashtra 421302",
        sf,
        "shop_address",
        None,
    )
    y += p.lh(sf, 1.1, 1.3)
    x = c.line(m + 12 * p.s, y, [S("GSTIN: ", "label")], sf)
    c.text(x, y, f"27{fk.upper(5)}{fk.digits(4)}{fk.upper(1)}1Z{fk.digits(1)}", sf, "tax_id", None)
    y += int(18 * p.s)
    c.hline(m, right, y)

    # Order table.
    tf = p.font(rng.uniform(15, 18))
    y += int(30 * p.s)
    x = c.line(m + 12 * p.s, y, [S("Order ID: ", "label")], tf)
    c.text(x, y, fk.order_number("in"), tf, "order_number", None)
    c.text(right - 12 * p.s, y, fk.date("in"), tf, "date", anchor="rs")
    for _ in range(rng.randint(1, 2)):
        y += p.lh(tf, 1.4, 1.7)
        c.text(
            m + 12 * p.s,
            y,
            rng.choice(
                ("Cotton Kurta - M", "Wireless Earbuds", "Steel Bottle 1L", "Running Shoes UK 9")
            ),
            tf,
            "item",
        )
        c.text(right - 12 * p.s, y, f"Rs. {rng.randint(199, 2999)}.00", tf, "price", anchor="rs")
    y += p.lh(tf, 1.4, 1.7)
    c.line(
        m + 12 * p.s,
        y,
        [
            S("Reason: ", "label"),
            S(rng.choice(("Size issue", "Damaged", "Not as described")), "other"),
        ],
        tf,
    )

    # Footer stub: AWB twice more.
    y += rng.uniform(30, 120) * p.s
    c.hline(m, right, y, dash=int(8 * p.s))
    y += int(14 * p.s)
    bh2 = int(60 * p.s)
    c.barcode(
        int(m + 12 * p.s), int(y), awb, height=bh2, module=2, max_width=int((right - m) * 0.55)
    )
    c.text(right - 12 * p.s, y + 30 * p.s, awb, p.font(18, bold=True), "tracking", anchor="rs")
    y += bh2 + int(28 * p.s)
    c.line(m + 12 * p.s, y, [S("AWB ", "label"), S(awb, "tracking")], p.font(15))
    return _finish(c, y, m, border=2, pad=20 * p.s)


# =========================================================================== receipts


def cn_receipt_member(rng: random.Random) -> Canvas:
    """Narrow thermal receipt with member data, cashier name and card payment."""
    fk = Faker(rng)
    W = rng.choice((384, 448, 576, 640))
    n_items = rng.randint(3, 8)
    H = int((1300 + n_items * 60) * W / 448)
    c = Canvas(W, H, paper=_paper(rng, thermal=True), ink=_ink(rng))
    mono = rng.random() < 0.5
    faces = Faces.pick(rng, cjk=True)
    p = Pen(rng, c, faces, W / 448)
    m = int(W * rng.uniform(0.03, 0.07))
    right = W - m
    f = p.font(rng.uniform(17, 21), mono=mono)
    lh = p.lh(f, 1.35, 1.7)

    y = m + int(40 * p.s)
    c.text(
        W / 2,
        y,
        fk.cn_shop() + rng.choice(("", "(旗舰店)", "·分店")),
        p.font(rng.uniform(26, 34), bold=True),
        "shop",
        anchor="ms",
    )
    y += lh * 1.2
    y = c.wrap(
        m,
        y,
        [S("地址:", "label"), Span(fk.cn_address(with_door=0.0)[0].text, "shop_address", None)],
        f,
        right - m,
        lh,
        max_lines=2,
    )
    x = c.line(m, y, [S("电话:", "label")], f)
    c.text(x, y, fk.cn_landline(), f, "shop_phone", None)
    if rng.random() < 0.6:
        y += lh
        x = c.line(m, y, [S("税号:", "label")], f)
        c.text(x, y, fk.tax_id(), f, "tax_id", None)
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * p.s))
    y += lh
    x = c.line(m, y, [S("单号:", "label")], f)
    c.text(x, y, fk.order_number(), f, "order_number", None)
    y += lh
    x = c.line(m, y, [S(rng.choice(("收银员:", "收银:", "操作员:")), "label")], f)
    c.text(x, y, fk.cn_name(honorific=0.0), f, "name")
    c.text(right, y, rng.choice(("机号:", "POS")) + fk.digits(2), f, "other", anchor="rs")
    y += lh
    c.line(m, y, [S(fk.date() + " " + fk.time(), "date")], f)
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * p.s))
    y += lh
    c.line(m, y, [S("商品名称", "label")], f)
    c.text(right - 90 * p.s, y, "数量", f, "label", anchor="rs")
    c.text(right, y, "金额", f, "label", anchor="rs")
    total = 0.0
    for _ in range(n_items):
        y += lh
        price = float(fk.price(1, 89))
        qty = rng.choice((1, 1, 1, 2, 3))
        total += price * qty
        item = fk.cn_item()
        c.wrap(m, y, [S(item, "item")], f, right - m - 150 * p.s, lh, max_lines=1)
        c.text(right - 90 * p.s, y, str(qty), f, "other", anchor="rs")
        c.text(right, y, f"{price * qty:.2f}", f, "price", anchor="rs")
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * p.s))
    big = p.font(rng.uniform(22, 28), bold=True)
    y += p.lh(big, 1.3, 1.5)
    c.line(m, y, [S("合计:", "label")], big)
    c.text(right, y, f"{total:.2f}", big, "price", anchor="rs")

    # Member data (personal).
    y += lh
    member = fk.cn_name(honorific=0.15) if rng.random() < 0.6 else fk.cn_name_masked()
    x = c.line(m, y, [S(rng.choice(("会员:", "顾客:", "会员姓名:")), "label")], f)
    c.text(x, y, member, f, "name")
    y += lh
    x = c.line(m, y, [S(rng.choice(("会员卡号:", "卡号:")), "label")], f)
    c.text(x, y, fk.member_card(), f, "card_number")
    y += lh
    x = c.line(m, y, [S(rng.choice(("会员手机:", "手机:", "电话:")), "label")], f)
    c.text(x, y, fk.cn_mobile(rng.choice(("plain", "masked", "masked"))), f, "phone")
    y += lh
    c.line(m, y, [S("本次积分:", "label"), S(str(int(total)), "other")], f)
    y += lh
    x = c.line(m, y, [S(rng.choice(("银行卡:", "刷卡:", "支付卡号:")), "label")], f)
    c.text(x, y, fk.card_masked(), f, "card_number")
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * p.s))
    y += lh * 1.2
    c.text(
        W / 2,
        y,
        rng.choice(("谢谢惠顾 欢迎再次光临", "请妥善保管小票", "凭小票七日内可退换")),
        f,
        "footer",
        anchor="ms",
    )
    if rng.random() < 0.6:
        qs = int(120 * p.s)
        box = c.qr(
            int(W / 2 - qs / 2),
            int(y + 20 * p.s),
            f"https://fp.example.cn/{fk.digits(20)}",
            size=qs,
        )
        y = box[3]
    return _finish(c, y, m, pad=rng.uniform(10, 60) * p.s)


def en_card_slip(rng: random.Random) -> Canvas:
    """POS card slip: masked card number, cardholder, cashier/served by, signature."""
    fk = Faker(rng)
    W = rng.choice((384, 480, 576))
    H = int(1700 * W / 480)
    c = Canvas(W, H, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 480)
    m = int(W * rng.uniform(0.03, 0.08))
    right = W - m
    f = p.font(rng.uniform(17, 20), mono=rng.random() < 0.6)
    lh = p.lh(f, 1.3, 1.6)
    up = rng.random() < 0.7

    def u(s: str) -> str:
        return s.upper() if up else s

    y = m + int(40 * p.s)
    c.text(W / 2, y, fk.en_merchant(), p.font(rng.uniform(26, 32), bold=True), "shop", anchor="ms")
    y += lh * 1.2
    l1, l2 = fk.us_address()
    c.text(W / 2, y, u(l1.text), f, "shop_address", None, anchor="ms")
    y += lh
    c.text(W / 2, y, u(l2.text), f, "shop_address", None, anchor="ms")
    y += lh
    c.text(W / 2, y, fk.us_phone(), f, "shop_phone", None, anchor="ms")
    y += lh * 1.3
    x = c.line(m, y, [S("MERCHANT ID: ", "label")], f)
    c.text(x, y, fk.digits(12), f, "tax_id", None)
    y += lh
    c.line(m, y, [S("TERM ID: ", "label"), S(fk.digits(8), "other")], f)
    y += lh
    c.text(m, y, fk.date("us"), f, "date")
    c.text(right, y, fk.time(), f, "date", anchor="rs")
    y += lh * 1.4
    c.text(
        W / 2,
        y,
        rng.choice(("SALE", "PURCHASE", "CREDIT SALE")),
        p.font(26, bold=True),
        "other",
        anchor="ms",
    )
    y += lh * 1.3
    c.line(
        m,
        y,
        [
            S(u("CARD TYPE: "), "label"),
            S(rng.choice(("VISA", "MASTERCARD", "AMEX", "UNIONPAY")), "other"),
        ],
        f,
    )
    y += lh
    kw = u(rng.choice(("CARD NUMBER: ", "ACCT #: ", "CARD # ")))
    x = c.line(m, y, [S(kw, "label")], f)
    card = fk.card_masked()
    if x + p.width(card, f) > right:
        y += lh
        x = m
    c.text(x, y, card, f, "card_number")
    y += lh
    c.line(
        m,
        y,
        [S(u("ENTRY: "), "label"), S(rng.choice(("CHIP", "CONTACTLESS", "SWIPED")), "other")],
        f,
    )
    y += lh
    x = c.line(m, y, [S(u("CARDHOLDER: "), "label")], f)
    c.text(x, y, fk.en_name(upper=True, initial=rng.random() < 0.3), f, "name")
    y += lh
    c.line(m, y, [S("AUTH CODE: ", "label"), S(fk.alnum(6), "other")], f)
    y += lh
    x = c.line(m, y, [S("REF #: ", "label")], f)
    c.text(x, y, fk.digits(10), f, "order_number", None)
    y += lh * 1.4
    amt = p.font(rng.uniform(24, 30), bold=True)
    c.text(m, y, "TOTAL", amt, "label")
    c.text(right, y, f"${fk.price(3, 240)}", amt, "price", anchor="rs")
    y += lh * 1.6

    # People on the slip: cashier first name, served by, customer name.
    people = [
        ("CASHIER: ", fk.en_first()),
        ("SERVED BY ", fk.en_first(upper=up)),
        ("CUSTOMER NAME: ", fk.en_name(upper=up)),
    ]
    rng.shuffle(people)
    for kw, who in people[: rng.randint(2, 3)]:
        x = c.line(m, y, [S(u(kw), "label")], f)
        c.text(x, y, who, f, "name")
        y += lh
    y += lh * 1.2
    c.text(m, y, "X", p.font(26, bold=True), "label")
    c.hline(m + 30 * p.s, right, y + 2, width=2)
    y += lh
    c.text(W / 2, y, "SIGNATURE", f, "label", anchor="ms")
    y += lh * 1.3
    c.wrap(
        m,
        y,
        [S(u("I agree to pay above total amount according to card issuer agreement"), "footer")],
        p.font(15),
        right - m,
        lh * 0.9,
        max_lines=3,
    )
    y += lh * 3
    c.text(W / 2, y, u(rng.choice(("CUSTOMER COPY", "MERCHANT COPY"))), f, "footer", anchor="ms")
    return _finish(c, y, m, pad=rng.uniform(10, 60) * p.s)


# =========================================================================== customs label


def cn_customs_label(rng: random.Random) -> Canvas:
    """Bilingual cross-border parcel label with 身份证号 and e-mail."""
    fk = Faker(rng)
    W = rng.choice((900, 1000, 1200))
    H = int(W * 1.8)
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1000)
    m = int(W * rng.uniform(0.03, 0.05))
    right = W - m
    track = rng.choice((fk.waybill_cn("EMS"), fk.numeric_tracking(), "CB" + fk.digits(12) + "AU"))
    y = m + int(50 * p.s)
    c.text(
        m + 14 * p.s,
        y,
        "跨境电商进口 CROSS-BORDER E-COMMERCE",
        p.font(rng.uniform(26, 32), bold=True),
        "other",
    )
    y += int(18 * p.s)
    c.hline(m, right, y, width=2)
    y += int(14 * p.s)
    bh = int(rng.uniform(80, 100) * p.s)
    c.barcode(
        int(m + 14 * p.s),
        int(y),
        track,
        height=bh,
        module=max(2, round(2 * p.s)),
        max_width=int((right - m) * 0.6),
    )
    qs = int(bh + 40 * p.s)
    c.qr(int(right - qs - 14 * p.s), int(y), f"CBEC|{track}|{fk.digits(6)}", size=qs)
    y += bh + int(30 * p.s)
    c.text(m + 14 * p.s, y, track, p.font(22, bold=True), "tracking")
    y = max(y, m + 50 * p.s + 32 * p.s + qs) + int(16 * p.s)
    c.hline(m, right, y, width=2)

    # Consignee block with bilingual keywords.
    f = p.font(rng.uniform(22, 28))
    kf = p.font(rng.uniform(20, 24), bold=True)
    lh = p.lh(f, 1.4, 1.7)
    name = fk.cn_name(honorific=0.0)
    addr, pc = fk.cn_address(sep=rng.choice(("", " ")))
    rows = [
        ("收件人 Consignee: ", [S(name, "name")]),
        ("电话 Tel: ", [S(fk.cn_mobile(rng.choice(("plain", "intl", "space"))), "phone")]),
        (
            "身份证号 ID No.: ",
            [S(fk.cn_resident_id(x_prob=0.15 if rng.random() < 0.3 else 0.0), "id_number")],
        ),
        ("邮箱 Email: ", [S(fk.email(), "email")]),
    ]
    if rng.random() < 0.5:
        rows[1], rows[2] = rows[2], rows[1]
    y += int(16 * p.s)
    kx = m + 14 * p.s
    vx = kx + max(p.width(k, kf) for k, _ in rows) + 10 * p.s
    for key, val in rows:
        y += lh
        c.text(kx, y, key.strip(), kf, "label")
        c.line(vx, y, val, f)
    y += lh
    c.text(kx, y, "地址 Address:", kf, "label")
    y = c.wrap(
        vx,
        y,
        _with_postcode(rng, _addr_spans([addr]), pc),
        f,
        right - vx - 14 * p.s,
        lh * 0.85,
        max_lines=3,
    )
    c.hline(m, right, y - lh * 0.4, width=2)

    # Declaration table (ordinary text) and sender shop (business data).
    sf = p.font(rng.uniform(15, 18))
    y += int(10 * p.s)
    c.text(kx, y, "申报品名 Description", sf, "label")
    c.text(right - 200 * p.s, y, "数量 Qty", sf, "label", anchor="rs")
    c.text(right - 14 * p.s, y, "价值 Value", sf, "label", anchor="rs")
    for _ in range(rng.randint(1, 3)):
        y += p.lh(sf, 1.4, 1.6)
        c.text(
            kx,
            y,
            rng.choice(
                (
                    "保健食品 Health supplement",
                    "婴儿奶粉 Infant formula 800g",
                    "护肤品 Face cream 50ml",
                    "维生素 Vitamin C",
                )
            ),
            sf,
            "item",
        )
        c.text(right - 200 * p.s, y, str(rng.randint(1, 6)), sf, "other", anchor="rs")
        c.text(right - 14 * p.s, y, f"AUD {fk.price(10, 150)}", sf, "price", anchor="rs")
    y += p.lh(sf, 1.6, 1.9)
    x = c.line(kx, y, [S("订单号 Order No.: ", "label")], sf)
    c.text(x, y, fk.order_number(), sf, "order_number", None)
    c.text(right - 14 * p.s, y, fk.weight(), sf, "other", anchor="rs")
    y += p.lh(sf, 1.4, 1.6)
    x = c.line(kx, y, [S("发件人 Shipper: ", "label")], sf)
    c.text(x, y, f"{fk.en_merchant().title()} Pty Ltd", sf, "shop")
    y += p.lh(sf, 1.3, 1.5)
    c.text(kx, y, f"{rng.randint(1, 300)} George St, Sydney NSW 2000", sf, "shop_address", None)
    return _finish(c, y, m, border=3, pad=rng.uniform(20, 60) * p.s)


def _person_cn(fk: Faker, rng: random.Random):
    from .fakedata import Person

    sep = rng.choice(("", "", " ", " — ", "-"))
    addr, pc = fk.cn_address(sep=sep)
    name = fk.cn_name()
    return Person(
        name=name,
        phone=fk.cn_mobile() if rng.random() < 0.85 else fk.cn_landline(),
        address=(addr,),
        postcode=pc,
    )


Layout = Callable[[random.Random], Canvas]

_ORIGINAL: dict[str, Layout] = {
    "cn_waybill_a": cn_waybill_a,
    "cn_waybill_privacy": cn_waybill_privacy,
    "en_shipping_label": en_shipping_label,
    "in_return_label": in_return_label,
    "cn_receipt_member": cn_receipt_member,
    "en_card_slip": en_card_slip,
    "cn_customs_label": cn_customs_label,
}

#: The default mix (what ``python -m synth`` draws without ``--layouts``): the first
#: seven families only, so image ``i`` of an existing seed stays the same layout.
DEFAULT_LAYOUTS: tuple[str, ...] = tuple(_ORIGINAL)

#: Newer families, generated only on request (``--layouts new`` or by name).
NEW_LAYOUTS: dict[str, Layout] = {
    **layouts_receipts.LAYOUTS,
    **layouts_post.LAYOUTS,
    **layouts_docs.LAYOUTS,
    **layouts_tickets.LAYOUTS,
}

LAYOUTS: dict[str, Layout] = {**_ORIGINAL, **NEW_LAYOUTS}

#: Everything the generator can draw: the layouts above and the form families of
#: :mod:`synth.families` (split into a development and a held-out half; kept out of
#: ``LAYOUTS`` so that ``all`` and the golden corpus never touch the held-out half).
REGISTRY: dict[str, Layout] = {**LAYOUTS, **FAMILIES}

#: Group names accepted by ``--layouts``.
GROUPS: dict[str, tuple[str, ...]] = {
    "default": DEFAULT_LAYOUTS,
    "new": tuple(NEW_LAYOUTS),
    "all": tuple(LAYOUTS),
    "existing": tuple(LAYOUTS),
    "families": tuple(FAMILIES),
    "dev": half("dev"),
    "heldout": half("heldout"),
    "dev2": half("dev2"),
    "heldout2": half("heldout2"),
    "dev3": half("dev3"),
    "heldout3": half("heldout3"),
    "dev4": half("dev4"),
    "heldout4": half("heldout4"),
    "dev5": half("dev5"),
    "heldout5": half("heldout5"),
    "dev6": half("dev6"),
    "heldout6": half("heldout6"),
    "dev7": half("dev7"),
    "heldout7": half("heldout7"),
    "dev8": half("dev8"),
    "heldout8": half("heldout8"),
    "dev9": half("dev9"),
    "heldout9": half("heldout9"),
    "dev10": half("dev10"),
    "heldout10": half("heldout10"),
    "dev11": half("dev11"),
    "heldout11": half("heldout11"),
    "dev12": half("dev12"),
    "heldout12": half("heldout12"),
    "dev13": half("dev13"),
    "heldout13": half("heldout13"),
    "dev14": half("dev14"),
    "heldout14": half("heldout14"),
    "dev15": half("dev15"),
    "heldout15": half("heldout15"),
    "dev16": half("dev16"),
    "heldout16": half("heldout16"),
    "dev17": half("dev17"),
    "heldout17": half("heldout17"),
    "dev18": half("dev18"),
    "heldout18": half("heldout18"),
    "dev19": half("dev19"),
    "heldout19": half("heldout19"),
    "dev20": half("dev20"),
    "heldout20": half("heldout20"),
    "dev21": half("dev21"),
    "heldout21": half("heldout21"),
    "dev22": half("dev22"),
    "heldout22": half("heldout22"),
}


def expand(names: list[str] | tuple[str, ...]) -> list[str]:
    """Replace group names (see :data:`GROUPS`) by their layouts, keeping order, no repeats."""
    out: list[str] = []
    for n in names:
        for x in GROUPS.get(n, (n,)):
            if x not in out:
                out.append(x)
    return out
