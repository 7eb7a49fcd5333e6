"""An English or German intercom panel, an English residents' association contact sheet
and a German Hausbewohnerliste for :mod:`synth.layouts_apartment`.

Personal: residents and the association's officers (``name``; after Fam., Mr or Mrs
only the name), the building's street (``address``), each flat, Wohnung or floor
(``door``), phones and e-mails. Ordinary: Owner / Tenant, Eigentümer / Mieter, the
"happy to be contacted" ticks, notes, headings and dates; a Hausverwaltung's address
and phone are business data.
"""

from __future__ import annotations

import random

from .apartment_words import (
    DE_FLATS,
    DE_MANAGERS,
    DE_NOTES,
    DE_PANEL,
    EN_BLOCKS,
    EN_NOTES,
    EN_PANEL,
    EN_ROLES,
)
from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, biz
from .render import Canvas, Span


def _en_resident(rng: random.Random, fk: HomeFaker) -> list[Span]:
    first, last = fk.en_name().split()
    style = rng.randrange(4)
    if style == 0:
        return [S(rng.choice(("Mr ", "Mrs ", "Ms ", "Dr ")), "other"), S(last, "name")]
    if style == 1:
        return [S(f"{first[0]}. {last}", "name")]
    if style == 2:
        other = fk.en_name().split()[0]
        return [S(f"{first} & {other} {last}", "name")]
    return [S(f"{first} {last}", "name")]


def latin_panel(rng: random.Random, fk: HomeFaker) -> Canvas:
    """An entrance's bell panel: a button beside each card, a flat over the name."""
    de = rng.random() < 0.5
    n = rng.randint(6, 10)
    c, p, m, right = sheet(rng, (560, 620), 0.9 + n * 0.2, cjk=False, base=600, margin=0.06)
    s = p.s
    steel = rng.choice(((190, 192, 195), (150, 130, 100), (70, 72, 78)))
    c.draw.rectangle([0, 0, c.width, c.height], fill=steel)
    engraved = (20, 20, 20) if sum(steel) > 400 else (235, 235, 235)
    words = DE_PANEL if de else EN_PANEL
    y = m + 30 * s
    c.text(m, y, words[0], p.font(22, bold=True), "label", fill=engraved)
    c.text(
        right,
        y,
        f"{'Nr.' if de else 'No.'} {rng.randint(1, 120)}",
        p.font(22),
        "other",
        anchor="rs",
        fill=engraved,
    )
    y += 20 * s
    for k in range(n):
        x0, y0 = m, y + k * 100 * s
        c.draw.ellipse(
            [x0, y0 + 24 * s, x0 + 48 * s, y0 + 72 * s], fill=(40, 40, 45), outline=(220, 220, 220)
        )
        card = [x0 + 70 * s, y0 + 12 * s, right, y0 + 86 * s]
        c.draw.rectangle(card, fill=(248, 246, 236), outline=(60, 60, 60))
        flat = (
            DE_FLATS[k % len(DE_FLATS)]
            if de
            else rng.choice(("Flat ", "")) + f"{k // 2 + 1}{'AB'[k % 2]}"
        )
        c.text(card[0] + 10 * s, y0 + 36 * s, flat, p.font(14), "door", fill=(70, 70, 70))
        if rng.random() < 0.12:
            continue
        if de:
            last = fk.eu_name("de").split()[-1]
            spans = (
                [S("Fam. ", "other"), S(last, "name")] if rng.random() < 0.4 else [S(last, "name")]
            )
            if rng.random() < 0.25:
                spans = [S(f"{last} / {fk.eu_name('de').split()[-1]}", "name")]
        else:
            spans = (
                _en_resident(rng, fk)
                if rng.random() < 0.6
                else [S(fk.en_name().split()[-1].upper(), "name")]
            )
        if rng.random() < 0.35:
            handwritten(
                p,
                card[0] + 14 * s,
                y0 + 74 * s,
                spans,
                28,
                cjk=False,
                width=card[2] - card[0] - 28 * s,
            )
        else:
            c.line(card[0] + 14 * s, y0 + 72 * s, spans, p.font(24, bold=rng.random() < 0.5))
    y += n * 100 * s + 30 * s
    x = m
    for word in words[1:4]:  # the panel's other buttons
        c.draw.rectangle([x, y - 26 * s, x + 150 * s, y + 10 * s], fill=(60, 60, 66))
        c.text(
            x + 75 * s, y, word, p.font(15, bold=True), "label", anchor="ms", fill=(240, 240, 240)
        )
        x += 170 * s
    for line in words[4:]:
        y += 30 * s
        c.text(m, y, line, p.font(15), "footer", fill=engraved)
    return _finish(c, y, 0, pad=30 * s)


def en_contacts(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1380), 1.1, cjk=False, base=1300, margin=0.05)
    s, w = p.s, right - m
    block, street, town, assoc = rng.choice(EN_BLOCKS)
    hand = rng.random() < 0.55
    y = m + 36 * s
    c.text(c.width / 2, y, assoc, p.font(28, bold=True), "shop", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, "Residents' Contact Sheet", p.font(22), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("Building: ", "label"), S(f"{block}, {street}, {town}", "address")], f)
    y += 28 * s
    blurb = (
        "Please add your details so the committee can reach you about meetings, repairs "
        "and the building's insurance. Details are kept by the Secretary and never shared."
    )
    y = word_wrap(p, m, y, [S(blurb, "footer")], p.font(14), w, 22 * s) + 2 * s
    ws = [w * k for k in (0.09, 0.24, 0.2, 0.3, 0.1, 0.07)]
    heads = ("Flat", "Name", "Phone", "Email", "Note", "OK to contact")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    ticks = []
    for k in range(rng.randint(8, 13)):
        names = _en_resident(rng, fk)
        last = names[-1].text.split()[-1]
        mail = fk.email(last.lower()) if rng.random() < 0.75 else ""
        rows.append(
            [
                Cell.of(
                    f"{rng.randint(1, 6)}{rng.choice('ABCD')}"
                    if rng.random() < 0.6
                    else str(k + 1),
                    "door",
                    hand=hand,
                ),
                Cell(tuple(names), hand),
                Cell.of(fk.uk_phone(), "phone", hand=hand),
                Cell.of(mail, "email", hand=hand),
                Cell.of(rng.choice(EN_NOTES), "other", hand=hand),
                Cell.of("", "other"),
            ]
        )
        ticks.append(rng.random() < 0.8)
    row_h = 46 * s
    top = y
    y = table(p, m, y, ws, rows, row_h, p.font(15), hand_px=25, cjk=False)
    tf = p.font(18)
    for k, on in enumerate(ticks):
        ty = top + (k + 1.5) * row_h + tf.size * 0.4
        tick_box(p, m + sum(ws[:5]) + ws[5] / 2 - tf.size * 0.5, ty, "", on, tf)
    y += 44 * s
    for role in rng.sample(EN_ROLES, 2):
        x = c.line(m, y, [S(f"{role}: ", "label")], f) + 4 * s
        who = fk.en_name()
        x = c.line(x, y, [S(who, "name")], f) + 20 * s
        c.line(x, y, [S(fk.email(who.split()[-1].lower()), "email")], f)
        y += 28 * s
    return _finish(c, y, m, pad=10 * s)


def de_bewohner(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.2, cjk=False, base=1200, margin=0.06)
    s, w = p.s, right - m
    firm, office, tel = rng.choice(DE_MANAGERS)
    street, town = fk.eu_address("de")
    street = street.split(",")[0]
    hand = rng.random() < 0.4
    y = m + 30 * s
    c.text(m, y, firm, p.font(20, bold=True), "shop")
    c.line(
        right - p.width(office + tel, p.font(14)) - 30 * s,
        y,
        [biz(office, "shop_address"), S("  ·  ", "other"), biz(tel, "shop_phone")],
        p.font(14),
    )
    y += 60 * s
    c.text(m, y, "Hausbewohnerliste", p.font(30, bold=True), "label")
    y += 40 * s
    f = p.font(17)
    c.line(m, y, [S("Objekt: ", "label"), S(f"{street}, {town}", "address")], f)
    c.line(
        right - 260 * s,
        y,
        [
            S("Stand: ", "label"),
            S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026", "date"),
        ],
        f,
    )
    y += 26 * s
    ws = [w * k for k in (0.18, 0.3, 0.25, 0.27)]
    rows: list[list[Cell]] = [
        [label_cell(h) for h in ("Wohnung / Etage", "Name", "Telefon", "Bemerkung")]
    ]
    for flat in DE_FLATS[: rng.randint(6, len(DE_FLATS))]:
        name = fk.eu_name("de")
        spans: tuple[Span, ...] = (S(name, "name"),)
        if rng.random() < 0.3:
            spans = (S("Fam. ", "other"), S(name.split()[-1], "name"))
        elif rng.random() < 0.3:
            spans = (S(rng.choice(("Herr ", "Frau ")), "other"), S(name.split()[-1], "name"))
        phone = (
            fk.eu_phone("de")
            if rng.random() < 0.8
            else f"0{rng.randint(30, 89)} {fk.digits(6, True)}"
        )
        rows.append(
            [
                Cell.of(
                    flat if rng.random() < 0.7 else f"Whg. {rng.randint(1, 12)}", "door", hand=hand
                ),
                Cell(spans, hand),
                Cell.of(phone if rng.random() < 0.85 else "", "phone", hand=hand),
                Cell.of(rng.choice(DE_NOTES), "other", hand=hand),
            ]
        )
    y = table(p, m, y, ws, rows, 48 * s, p.font(16), hand_px=26, cjk=False) + 40 * s
    note = "Bei Notfällen (Wasser, Heizung) bitte die Hausverwaltung oder den Hausmeister verständigen."
    c.text(m, y, note, p.font(14), "footer")
    y += 30 * s
    c.line(
        m,
        y,
        [
            S("Hausmeister: ", "label"),
            S(fk.eu_name("de"), "name"),
            S("  Tel. ", "label"),
            S(fk.eu_phone("de"), "phone"),
        ],
        p.font(15),
    )
    return _finish(c, y, m, pad=20 * s)
