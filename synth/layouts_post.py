"""Post without keywords: parcel labels whose address blocks carry no "SHIP TO", and
window-envelope letters (utility / bank) whose addressee block sits in the window.

The recipient is a *block* of 2-6 lines ending in a "CITY ST ZIP" line (US), a town
and postcode (UK) or a city/state/PIN line (India).  Words inside a personal block
that are not personal themselves ("OR CURRENT OCCUPANT") are ``block_text`` with
pii null: masking them with the block costs nothing, leaving them is no miss.
"""

from __future__ import annotations

import random
import re

from .fakedata import AddressLine
from .fakedata_more import MoreFaker
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

_CARRIERS = {
    "us": ("USPS", "PARCELJET GROUND", "SWIFTPOST"),
    "uk": ("ROYAL POST", "PARCELFORCE-X", "EVRI-ISH"),
    "in": ("INDIA SPEED POST", "DAKLINE EXPRESS", "BLUE DART-X"),
}
_SERVICE = {
    "us": ("PRIORITY MAIL 2-DAY", "PRIORITY MAIL", "GROUND ADVANTAGE", "FIRST-CLASS PKG"),
    "uk": ("TRACKED 24", "TRACKED 48", "SPECIAL DELIVERY GUARANTEED", "EXPRESS 24"),
    "in": ("SPEED POST", "SURFACE EXPRESS", "AIR PRIORITY", "COD: Rs. 0 PREPAID"),
}


def _tracking(fk: MoreFaker, country: str) -> tuple[str, str]:
    """(raw, printed) tracking number."""
    if country == "us":
        raw = "9" + fk.r.choice(("400", "405", "205")) + fk.digits(18)
        return raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if country == "uk":
        raw = fk.upper(2) + fk.digits(9) + "GB"
        return raw, raw if fk.r.random() < 0.5 else f"{raw[:2]} {raw[2:6]} {raw[6:11]} {raw[11:]}"
    raw = fk.r.choice(("E" + fk.upper(1) + fk.digits(9) + "IN", fk.digits(12, True)))
    return raw, raw


_CARE_OF = re.compile(r"(?i)(?:c/o|attn:)\s*")


def _block(fk: MoreFaker, country: str, *, full: bool) -> list[list[Span]]:
    """A keyword-less address block as printed lines of spans."""
    r = fk.r
    up = r.random() < 0.6
    name = fk.in_name() if country == "in" else fk.en_name(upper=False, initial=r.random() < 0.2)
    if country == "uk" and r.random() < 0.4:
        name = r.choice(("Mr ", "Mrs ", "Ms ", "Dr ")) + name
    lines: list[list[Span]] = [[S(name, "name")]]
    if full and country == "us" and r.random() < 0.25:
        lines.append([Span("OR CURRENT OCCUPANT", "block_text", None)])
    if full and r.random() < 0.35:
        # "c/o" and "Attn:" are printed marks (as on the shipping label): what follows
        # them is the address's.
        org = fk.en_org()
        mark = _CARE_OF.match(org)
        lines.append(
            [S(mark.group(0), "label"), S(org[mark.end() :], "address")]
            if mark
            else [S(org, "address")]
        )
    addr: tuple[AddressLine, ...]
    if country == "us":
        addr = fk.us_block()
    elif country == "uk":
        addr = fk.uk_block()
    else:
        addr = fk.in_block()
    for ln in addr:
        lines.append(
            [S(t.strip(" ,") if k == "door" else t, k) for t, k in ln.segments if t.strip()]
        )
    if country == "in" and full and r.random() < 0.5:
        lines.append([S(fk.in_phone(), "phone")])
    if up:
        lines = [[Span(s.text.upper(), s.category, s.pii) for s in ln] for ln in lines]
    return lines


def _draw_block(
    c: Canvas, p: Pen, x: float, y: float, lines, font, lh: float, right: float | None = None
) -> float:
    """The block's lines from baseline ``y``; the last baseline. A line too long for the
    label (``right``) wraps, as a label printer does, instead of running off its edge."""
    for ln in lines:
        if right is None:
            c.line(x, y, ln, font)
            y += lh
        else:
            y = c.wrap(x, y, ln, font, right - x, lh, max_lines=2)
    return y - lh


def en_keywordless_label(rng: random.Random) -> Canvas:
    """US / UK / Indian parcel label: sender block top-left, recipient block with no keyword."""
    fk = MoreFaker(rng)
    country = rng.choice(("us", "us", "uk", "in"))
    W = rng.choice((812, 1000, 1200))
    c = Canvas(W, int(W * 1.9), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 812)
    m = int(W * rng.uniform(0.025, 0.05))
    right = W - m
    raw, printed = _tracking(fk, country)

    # Top band: service letter / carrier, postage imprint box on the right.
    y = m + int(70 * p.s)
    big = p.font(rng.uniform(60, 90), bold=True)
    c.text(m + 12 * p.s, y, rng.choice(("P", "G", "1", "24", "SP")), big, "other")
    bw = int(rng.uniform(260, 330) * p.s)
    bx = right - bw - 8 * p.s
    c.box(bx, m + 10 * p.s, right - 8 * p.s, y + 10 * p.s, width=2)
    sf = p.font(rng.uniform(14, 17))
    imprint = {
        "us": ("US POSTAGE PAID", f"ePostage {fk.digits(8)}", f"ZONE {rng.randint(1, 8)}"),
        "uk": ("POSTAGE PAID GB", f"HQ{fk.digits(5)}", rng.choice(("1st", "2nd"))),
        "in": ("POSTAGE PREPAID", f"BNPL No. {fk.digits(6)}", "BOOKED"),
    }[country]
    for i, t in enumerate(imprint):
        c.text(bx + 10 * p.s, m + 10 * p.s + (i + 1) * p.lh(sf, 1.2, 1.3), t, sf, "other")
    y += int(24 * p.s)
    c.hline(m, right, y, width=4)
    y += int(rng.uniform(50, 64) * p.s)
    c.text(
        W / 2,
        y,
        rng.choice(_SERVICE[country]),
        p.font(rng.uniform(32, 44), bold=True),
        "other",
        anchor="ms",
    )
    y += int(18 * p.s)
    c.hline(m, right, y, width=4)

    # Sender block (small, top-left) and ship data (right), no keywords.
    ff = p.font(rng.uniform(15, 19))
    flh = p.lh(ff, 1.1, 1.3)
    y += flh * 1.4
    top = y
    if rng.random() < 0.7:
        y = _draw_block(c, p, m + 10 * p.s, y, _block(fk, country, full=False), ff, flh)
    else:
        for t in (
            f"{fk.en_merchant().title()} Returns",
            f"Unit {rng.randint(1, 40)}, Gateway Park",
            "Distribution Centre 4",
        ):
            c.text(m + 10 * p.s, y, t, ff, "shop_address", None)
            y += flh
        y -= flh
    rx = right - 10 * p.s
    ry = top
    for key, val, cat in (
        ("SHIP DATE: ", fk.date("us" if country == "us" else "in"), "date"),
        ("WEIGHT: ", fk.weight(), "other"),
        (
            rng.choice(("DIMS: ", "PKG: ")),
            f"{rng.randint(4, 20)}x{rng.randint(4, 14)}x{rng.randint(2, 9)}",
            "other",
        ),
    ):
        if rng.random() < 0.85:
            c.text(rx, ry, val, ff, cat, anchor="rs")
            c.text(rx - p.width(val, ff), ry, key, ff, "label", anchor="rs")
            ry += flh
    y = max(y, ry) + flh * rng.uniform(1.2, 2.5)

    # Recipient block: larger, indented, NO keyword; optional routing code to its left.
    bf = p.font(rng.uniform(28, 40), bold=rng.random() < 0.5)
    blh = p.lh(bf, 1.1, 1.3)
    bx = m + W * rng.uniform(0.08, 0.22)
    if rng.random() < 0.4:
        c.text(m + 10 * p.s, y, rng.choice(("C012", "R004", "0003", "H2")), p.font(16), "other")
    y += blh * 0.5
    y = _draw_block(c, p, bx, y, _block(fk, country, full=True), bf, blh, right - 10 * p.s)
    y += blh * rng.uniform(0.8, 1.4)
    c.hline(m, right, y, width=4)

    # Tracking: keyword band, barcode, number (sometimes twice), 2-D code.
    y += int(40 * p.s)
    tf = p.font(rng.uniform(20, 26), bold=True)
    kw = {"us": "USPS TRACKING # ", "uk": "TRACKING NO. ", "in": "Article No: "}[country]
    if rng.random() < 0.5:
        c.text(W / 2, y, kw.strip(), tf, "label", anchor="ms")
    else:
        c.text(
            W / 2,
            y,
            rng.choice(("TRACKED", "SIGNATURE REQUIRED", "DO NOT BEND")),
            tf,
            "other",
            anchor="ms",
        )
    y += int(16 * p.s)
    bh = int(rng.uniform(110, 160) * p.s)
    c.barcode(
        int(m + 50 * p.s),
        int(y),
        raw,
        height=bh,
        module=max(2, round(3 * p.s)),
        max_width=int(right - m - 100 * p.s),
    )
    y += bh + int(34 * p.s)
    c.text(W / 2, y, printed, tf, "tracking", anchor="ms")
    y += int(22 * p.s)
    c.hline(m, right, y, width=4)
    y += int(14 * p.s)
    qs = int(rng.uniform(110, 150) * p.s)
    c.qr(int(m + 10 * p.s), int(y), f"{raw}|{fk.digits(5)}", size=qs)
    lf = p.font(rng.uniform(14, 17))
    lx = m + 10 * p.s + qs + 20 * p.s
    ly = y + lf.size * 1.5
    for t in (
        rng.choice(
            ("Electronic Rate Approved #038555749", "Paid by account", "Licence No. RM-5523")
        ),
        rng.choice((f"Ref: {fk.alnum(10)}", f"Order {fk.digits(3)}-{fk.digits(7)}")),
    ):
        c.text(lx, ly, t, lf, "other")
        ly += p.lh(lf, 1.3, 1.5)
    if rng.random() < 0.5:
        c.line(lx, ly, [S("TRK ", "label"), S(raw, "tracking")], lf)
    y += qs
    return _finish(c, y, m, border=rng.choice((0, 2, 3)), pad=rng.uniform(20, 70) * p.s)


# =========================================================================== window letter

_UTILITIES = (
    "NORTHWAVE ENERGY",
    "Brightwater Utilities",
    "CITY GAS & POWER",
    "Meridian Bank",
    "Harbour Telecom",
)


def en_window_letter(rng: random.Random) -> Canvas:
    """Utility / bank letter: addressee in the envelope window, account number, salutation."""
    fk = MoreFaker(rng)
    country = rng.choice(("us", "uk", "uk", "in"))
    W = rng.choice((1240, 1100, 1400))
    c = Canvas(W, int(W * 1.41), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 1240)
    m = int(W * rng.uniform(0.06, 0.09))
    right = W - m
    f = p.font(rng.uniform(19, 23))
    lh = p.lh(f, 1.3, 1.5)
    company = rng.choice(_UTILITIES)

    # Letterhead (right) and return line above the window.
    y = m + int(40 * p.s)
    c.text(right, y, company, p.font(rng.uniform(34, 44), bold=True), "brand", anchor="rs")
    sf = p.font(rng.uniform(14, 17))
    for t in (
        f"PO Box {rng.randint(100, 9999)}",
        rng.choice(("Leeds LS1 4AP", "Portland OR 97204", "Pune 411001")),
        f"{fk.en_merchant().title()} House",
    ):
        y += p.lh(sf, 1.2, 1.4)
        c.text(right, y, t, sf, "shop_address", None, anchor="rs")
    y += p.lh(sf, 1.2, 1.4)
    x = right - p.width(fk.us_phone(), sf)
    c.text(
        right,
        y,
        fk.us_phone() if country == "us" else "0345 " + fk.digits(3) + " " + fk.digits(4),
        sf,
        "shop_phone",
        None,
        anchor="rs",
    )
    c.text(x - 8 * p.s, y, "Customer service", sf, "label", anchor="rs")

    wy = y + int(rng.uniform(40, 90) * p.s)
    wx = m + rng.uniform(0, 30) * p.s
    c.text(
        wx,
        wy,
        f"If undelivered please return to PO Box {rng.randint(100, 9999)}",
        p.font(12),
        "shop_address",
        None,
    )
    px = W * rng.uniform(0.58, 0.64)  # account panel
    if rng.random() < 0.5:  # faint window outline as seen through the envelope
        c.box(
            wx - 14 * p.s,
            wy + 10 * p.s,
            min(wx + 620 * p.s, px - 20 * p.s),
            wy + 290 * p.s,
            width=1,
        )
    y = wy + int(56 * p.s)
    if rng.random() < 0.5:
        c.text(
            wx,
            y - lh * 0.9,
            rng.choice(("*****AUTO**5-DIGIT 97201", "T1 P2 1274", "00123 1 AB 0.585")),
            p.font(13),
            "other",
        )
    bf = p.font(rng.uniform(22, 27))
    blh = p.lh(bf, 1.15, 1.3)
    lines = _block(fk, country, full=True)
    y = _draw_block(c, p, wx, y, lines, bf, blh)

    # Account panel on the right.
    py = wy + int(30 * p.s)
    for key, val, cat in (
        (
            rng.choice(("Account number", "Account No.", "Customer reference")),
            fk.account_no(),
            "id_number",
        ),
        ("Date", fk.date("us" if country == "us" else "in"), "date"),
        (
            rng.choice(("Bill period", "Statement period")),
            f"{fk.date('in')} - {fk.date('in')}",
            "date",
        ),
        ("Invoice no.", fk.digits(9), "order_number"),
    ):
        c.text(px, py, key, sf, "label")
        py += p.lh(f, 1.05, 1.2)
        c.text(px, py, val, f, cat)
        py += lh * 1.1
    y = max(y, py) + lh * 1.5

    # Salutation with the surname, body, amounts.
    surname = lines[0][0].text.split()[-1].title()
    first = lines[0][0].text.split()[0].title()
    title = first if first in ("Mr", "Mrs", "Ms", "Dr") else rng.choice(("Mr", "Ms", "Mrs"))
    y += lh
    c.line(m, y, [S("Dear ", "other"), S(f"{title} {surname}", "name"), S(",", "other")], f)
    y += lh * 1.2
    body = rng.choice(
        (
            "Here is your latest bill. The amount below will be collected by Direct Debit on or after the due date. Please check that the meter readings are correct.",
            "Thank you for banking with us. Your statement for the period is enclosed. Please keep this letter for your records and tell us if anything looks wrong.",
            "We are writing to let you know that your tariff will change next month. Nothing changes in how you pay; the details are set out below.",
        )
    )
    y = c.wrap(m, y, [S(body, "other")], f, right - m, lh, max_lines=4)
    y += lh * 0.5
    cur = {"us": "$", "uk": "£", "in": "Rs. "}[country]
    for key in rng.sample(
        ("Previous balance", "Payments received", "New charges", "VAT / taxes", "Amount due"), 3
    ):
        c.text(m, y, key, f, "label")
        c.text(right, y, f"{cur}{fk.price(5, 400)}", f, "price", anchor="rs")
        y += lh
    c.text(m, y, "Please pay by", f, "label")
    c.text(right, y, fk.date("in"), f, "date", anchor="rs")

    # Tear-off payment slip: account and name again.
    y += lh * rng.uniform(1.5, 3)
    c.hline(m, right, y, width=1, dash=int(8 * p.s))
    y += lh * 1.3
    c.text(
        m,
        y,
        rng.choice(("Bank Giro Credit", "PAYMENT SLIP", "Remittance advice")),
        p.font(20, bold=True),
        "label",
    )
    y += lh
    x = c.line(m, y, [S("Account ", "label")], sf)
    acct = next(it.text for it in c.items if it.category == "id_number")
    c.text(x, y, acct, sf, "id_number")
    c.text(right, y, "Amount " + cur + "________", sf, "label", anchor="rs")
    y += lh
    c.text(m, y, lines[0][0].text, sf, "name")
    return _finish(c, y, m, pad=rng.uniform(20, 60) * p.s)


LAYOUTS = {"en_keywordless_label": en_keywordless_label, "en_window_letter": en_window_letter}
