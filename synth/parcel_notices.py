"""The Latin-script notices of the parcel station family: an English locker e-mail ("Hi
<first name>, your parcel is ready", collection code, locker, Collect by, tracking, the QR
code) or a German Packstation notice (Hallo Frau / Herr <surname>, Abholcode, Postnummer,
Packstation, Abholfrist, Sendungsnummer). Kinds as in :mod:`synth.layouts_parcelstation`.
"""

from __future__ import annotations

import random
import unicodedata

from .fakedata_money import MoneyFaker
from .kit import Faces, Pen, S, _finish
from .render import Canvas

_WORDS = {
    "en": {
        "hdr": ("From: ", "To: "),
        "until": "{d}/{m}/2026 20:00",
        "from": "Parcel Lockers <no-reply@lockers.example>",
        "subject": "Your parcel is ready to collect",
        "hello": "Hi {first},",
        "body": "Your parcel from {shop} has been delivered to your chosen locker. Use the code "
        "below or scan the QR code at the locker screen.",
        "rows": ("Collection code", "Locker", "Collect by", "Tracking number"),
        "places": (
            "Tesco Extra, Park Road",
            "Shell Garage, London Road",
            "Morrisons car park, Bank St",
        ),
        "shops": ("Vinted", "ASOS", "Amazon", "eBay seller hollyb_shop"),
        "foot": "If you don't collect by the date shown, your parcel will be returned to the sender.",
    },
    "de": {
        "hdr": ("Von: ", "An: "),
        "until": "{d:02d}.{m:02d}.2026",
        "from": "DHL Paket <noreply@dhl.example>",
        "subject": "Ihre Sendung liegt zur Abholung bereit",
        "hello": "Hallo {name},",
        "body": "Ihre Sendung von {shop} wurde in die unten genannte Packstation eingelegt. "
        "Geben Sie am Bildschirm Ihre Postnummer und den Abholcode ein.",
        "rows": ("Abholcode", "Packstation", "Abholfrist bis", "Sendungsnummer"),
        "places": (
            "Packstation 145, Hauptstraße 12",
            "Packstation 208, Bahnhofplatz 3",
            "Packstation 117, Am Markt 8",
        ),
        "shops": ("Zalando", "Otto", "Thalia", "Amazon"),
        "foot": "Nicht abgeholte Sendungen gehen nach Ablauf der Frist an den Absender zurück.",
    },
}


def latin_notice(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English locker e-mail or a German Packstation notice, as shown on a screen."""
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    w = rng.choice((900, 1000))
    c = Canvas(w, int(w * 1.3), paper=(255, 255, 255), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), w / 900)
    s, m, grey = p.s, 50 * p.s, (100, 100, 108)
    name = fk.en_name() if lang == "en" else fk.eu_name("de")
    y = 60 * s
    c.text(m, y, t["subject"], p.font(30, bold=True), "label")
    y += 50 * s
    c.line(m, y, [S(t["hdr"][0], "label"), S(t["from"], "other")], p.font(18), fill=grey)
    y += 32 * s
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # Jürgen
    c.line(m, y, [S(t["hdr"][1], "label"), S(fk.email(plain), "email")], p.font(18), fill=grey)
    y += 30 * s
    c.hline(m, w - m, y, width=1)
    y += 60 * s
    hello = t["hello"].format(first="{x}", name="{x}")
    who = name.split()[0] if lang == "en" else rng.choice(("Frau ", "Herr ")) + name.split()[-1]
    head, _, tail = hello.partition("{x}")
    person = (
        [S(who, "name")]
        if lang == "en"
        else [S(who.split()[0] + " ", "other"), S(who.split()[1], "name")]
    )
    c.line(m, y, [S(head, "footer"), *person, S(tail, "footer")], p.font(24))
    y += 50 * s
    y = c.wrap(
        m,
        y,
        [S(t["body"].format(shop=rng.choice(t["shops"])), "footer")],
        p.font(20),
        w - 2 * m,
        32 * s,
    )
    y += 30 * s
    code = f"{fk.digits(3)} {fk.digits(3)}" if lang == "en" else fk.digits(6)
    values = [
        [S(code, "id_number")],
        [S(rng.choice(t["places"]), "other")],
        [S(t["until"].format(d=rng.randint(1, 28), m=rng.randint(1, 12)), "date")],
        [S(fk.digits(22) if lang == "de" else fk.upper(2) + fk.digits(9) + "GB", "tracking")],
    ]
    if lang == "de":  # the customer number the station asks for
        t_rows = (*t["rows"][:1], "Postnummer", *t["rows"][1:])
        values.insert(1, [S(fk.digits(rng.choice((6, 8, 9))), "id_number")])
    else:
        t_rows = t["rows"]
    for label, value in zip(t_rows, values, strict=True):
        c.text(m, y, label, p.font(18), "label", fill=grey)
        c.line(
            m + 300 * s, y, value, p.font(26 if value is values[0] else 20, bold=value is values[0])
        )
        y += 48 * s
    size = int(200 * s)
    c.qr(int(m), int(y), fk.alnum(20), size=size)
    y += size + 60 * s
    y = c.wrap(m, y, [S(t["foot"], "footer")], p.font(16), w - 2 * m, 26 * s)
    return _finish(c, y, 0, pad=40 * s)
