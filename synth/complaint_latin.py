"""An English letter of complaint to a council and a Spanish hoja de reclamación for
:mod:`synth.layouts_complaint`.

Personal: the complainant, the neighbour (after Mr / Mrs only the surname), a council
officer, a councillor copied in, the staff complained about (after Sr. / Sra. only the
surname) (``name``), the complainant's and the neighbour's homes and flats, phones,
e-mails and the DNI (``id_number``). Ordinary: councils, departments, subjects' words,
the prose around the fields, dates and the form's words; a council's or a business's
address and a business's NIF are business data.
"""

from __future__ import annotations

import random

from .complaint_words import (
    EN_CLOSE,
    EN_COUNCILS,
    EN_TOPICS,
    ES_BUSINESSES,
    ES_CLAIMS,
    ES_FACTS,
)
from .fakedata_upkeep import UpkeepFaker, first_surname
from .formkit import HAND_INKS, box_stamp, handwritten, sheet
from .formkit_blanks import corner_rows
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, word_wrap
from .kit import EN_MONTHS, S, _finish, hand_font, street_spans
from .render import Canvas, Span


def en_letter(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    hand = rng.random() < 0.35
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    ink = rng.choice(HAND_INKS) if hand else None
    f = hand_font(p, 28, cjk=False) if hand else p.font(18)
    lh = f.size * (1.85 if hand else 1.45)
    if hand:
        ruled_paper(p, m - 30 * s, right + 30 * s, m + lh * 0.3, c.height - m, lh, margin=False)
    block = fk.uk_block()
    y = m + lh * 0.1
    for ln in block:
        text = "".join(t for t, _ in ln.segments)
        x = right - p.width(text, f)
        c.line(x, y, [S(t, k) for t, k in ln.segments], f, fill=ink)
        y += lh
    day = f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026"
    c.text(right, y, day, f, "date", anchor="rs", fill=ink)
    y += lh * 1.3
    council, dept, council_addr = rng.choice(EN_COUNCILS)
    for text, kind in ((dept, "other"), (council, "other")):
        c.text(m, y, text, f, kind, fill=ink)
        y += lh
    c.line(m, y, [Span(council_addr, "shop_address", None)], f, fill=ink)
    y += lh * 1.5
    street = next(
        "".join(t for t, _ in ln.segments) for ln in block if ln.segments[0][1] == "address"
    )
    number, _, road = street.partition(" ")
    nhouse = f"{int(number) + rng.choice((-2, 2, 1))} {road}" if number.isdigit() else f"3 {road}"
    subject, body = rng.choice(EN_TOPICS)
    since = f"{rng.choice(EN_MONTHS)} 2025"
    parts = {
        "nhouse": (nhouse, "address"),
        "neighbour": (fk.en_name().split()[-1], "name"),
        "since": (since, "date"),
        "officer": (fk.en_name(), "name"),
    }
    bold = f if hand else p.font(18, bold=True)
    y = word_wrap(
        p,
        m,
        y,
        [S("Re: ", "label"), *template_spans(subject, parts, "other")],
        bold,
        w,
        lh,
        fill=ink,
    )
    y += lh * 0.4
    c.text(m, y, "Dear Sir or Madam,", f, "other", fill=ink)
    y += lh * 1.4
    y = word_wrap(p, m, y, template_spans(body, parts, "other"), f, w, lh, fill=ink) + lh * 0.4
    y = word_wrap(p, m, y, [S(EN_CLOSE, "other")], f, w, lh, fill=ink) + lh * 0.4
    c.text(m, y, "Yours faithfully,", f, "other", fill=ink)
    y += max(lh * 1.6, 64 * s)
    name = fk.en_name()
    handwritten(
        p, m, y, [S(name.split()[-1] if rng.random() < 0.5 else name, "name")], 38, cjk=False
    )
    y += max(lh * 1.3, 54 * s)
    lines = [
        [S(name.upper() if hand else name, "name")],
        [S("Tel: ", "label"), S(fk.uk_phone(), "phone")],
        [S("Email: ", "label"), S(fk.email(name), "email")],
    ]
    if rng.random() < 0.4:
        lines.append([S("cc: Councillor ", "other"), S(fk.en_name(), "name")])
    for ln in lines:
        c.line(m, y, ln, f, fill=ink)
        y += lh
    return _finish(c, y, m // 2, pad=10 * s)


def es_hoja(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.5, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    tint = rng.choice(((255, 255, 255), (232, 246, 232), (250, 232, 238)))
    c.draw.rectangle([0, 0, c.width, c.height], fill=tint)
    y = m + 30 * s
    c.text(m, y, "CONSUMO · Junta Regional", p.font(17, bold=True), "other")
    c.line(
        right - 240 * s,
        y,
        [S("Nº de hoja ", "label"), S(fk.digits(7, True), "other")],
        p.font(16),
        fill=(200, 35, 35),
    )
    y += 46 * s
    c.text(m, y, "HOJA DE QUEJAS Y RECLAMACIONES", p.font(26, bold=True), "label")
    y += 28 * s
    copy = rng.choice(
        (
            "Ejemplar para el reclamante",
            "Ejemplar para la Administración",
            "Ejemplar para el reclamado",
        )
    )
    c.text(m, y, copy, p.font(14), "footer")
    name = fk.eu_name("es")
    street, town = fk.eu_address("es")
    hand = rng.random() < 0.85
    rows = (
        (
            ("Nombre y apellidos", [S(name, "name")]),
            ("DNI/NIE/Pasaporte", [S(fk.dni(), "id_number")]),
        ),
        (
            ("Domicilio", street_spans(street, "  " if hand else ", ")),
            ("C.P. y localidad", [S(town, "address")]),
        ),
        (
            ("Teléfono", [S(fk.eu_phone("es"), "phone")]),
            ("Correo electrónico", [S(fk.eu_email(name), "email")]),
        ),
    )
    business, nif, address, trade = rng.choice(ES_BUSINESSES)
    claimed = (
        (("Nombre o razón social", [S(business, "other")]), ("NIF", [Span(nif, "tax_id", None)])),
        (
            ("Domicilio del establecimiento", [Span(address, "shop_address", None)]),
            ("Actividad", [S(trade, "other")]),
        ),
    )
    for head, block, by_hand in (
        ("DATOS DEL RECLAMANTE", rows, hand),
        ("DATOS DEL RECLAMADO", claimed, hand and rng.random() < 0.5),
    ):
        y += 44 * s
        c.text(m, y, head, p.font(17, bold=True), "label")
        y = corner_rows(
            p,
            m,
            right,
            y + 10 * s,
            block,
            (86 if by_hand else 66) * s,
            by_hand,
            drop=26 if by_hand else 14,
        )
    day = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026"
    staff = {
        "staff": (first_surname(fk.eu_name("es")), "name"),
        "first": (fk.eu_name("es").rsplit(" ", 2)[0], "name"),
        "day": (day, "date"),
    }
    facts = template_spans(rng.choice(ES_FACTS), staff, "other")
    for head, spans, lines in (
        ("HECHOS QUE MOTIVAN LA RECLAMACIÓN", facts, 5),
        ("PRETENSIÓN DEL RECLAMANTE", [S(rng.choice(ES_CLAIMS), "other")], 2),
    ):
        y += 44 * s
        c.text(m, y, head, p.font(17, bold=True), "label")
        top = y + 12 * s
        hf = hand_font(p, 26, cjk=False)
        end = word_wrap(
            p, m + 12 * s, top + 48 * s, spans, hf, w - 24 * s, 50 * s, fill=rng.choice(HAND_INKS)
        )
        y = max(end - 20 * s, top + lines * 50 * s)
        c.box(m, top, right, y, width=1)
    y += 50 * s
    c.line(m, y, [S(f"En {town.split(' ', 1)[1]}, a ", "other"), S(day, "date")], p.font(16))
    y += 50 * s
    x = c.line(m, y, [S("Firma del reclamante:", "label")], p.font(16)) + 10 * s
    handwritten(p, x, y, [S(first_surname(name), "name")], 34, cjk=False)
    c.text(m + w * 0.58, y, "Firma y sello del reclamado:", p.font(16), "label")
    box_stamp(p, m + w * 0.8, y + 50 * s, (business.upper(), trade.upper()), 11)
    return _finish(c, y + 90 * s, m // 2, pad=10 * s)
