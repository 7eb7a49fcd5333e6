"""An English report of thorough examination (LOLER) or lift service report, and a
Spanish parte de mantenimiento, for :mod:`synth.layouts_lift`.

Personal: the site contact, the engineer, the authenticating manager, the customer who
signs, the comunidad's president (``name``; after D. / Dña. only the surname), the
engineer's and operator's numbers and a DNI (``id_number``), their phones. Ordinary:
firms, duty holders, buildings, lift descriptions, plant and RAE numbers, checks,
defects, dates and times; a firm's phone and a site's address are business data.
"""

from __future__ import annotations

import random

from .fakedata_upkeep import UpkeepFaker, first_surname
from .formkit import HAND_INKS, Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, label_cell
from .kit import Pen, S, _finish
from .lift_words import (
    EN_CHECKS,
    EN_DEFECTS,
    EN_FIRMS,
    EN_LIFTS,
    EN_PREMISES,
    ES_CHECKS,
    ES_FIRMS,
    ES_NOTES,
)
from .render import Canvas, Span


def _day(rng: random.Random, year: int = 2026, sep: str = "/") -> str:
    return f"{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}{sep}{year}"


def _signed(p: Pen, x: float, y: float, label: str, spans: list[Span], font) -> float:
    """A printed label and the person's hand after it; returns the x after."""
    x = p.c.line(x, y, [S(label, "label")], font) + 8 * p.s
    return handwritten(p, x, y, spans, 28, cjk=False)


def _checks(
    p: Pen, x: float, y: float, width: float, items: tuple[str, ...], heads: tuple[str, ...]
) -> float:
    """A check table: an item a row and a tick by hand under the first result column (now
    and then the second); the ticks are pen strokes, no words. Returns the bottom y."""
    rows = [[label_cell(t) for t in heads]]
    rows += [[Cell.of(item, "other"), *(Cell.of("", "other") for _ in heads[1:])] for item in items]
    widths = [width * k for k in (0.55, 0.15, 0.15, 0.15)]
    row_h = 36 * p.s
    bottom = table(p, x, y, widths, rows, row_h, p.font(15), cjk=False, line=1)
    ink, r = p.r.choice(HAND_INKS), 9 * p.s
    for k in range(len(items)):
        col = 1 if p.r.random() < 0.85 else 2
        cx = x + sum(widths[:col]) + widths[col] / 2 + p.r.uniform(-6, 6) * p.s
        cy = y + (k + 1.5) * row_h
        p.c.draw.line(
            [(cx - r, cy), (cx - r / 3, cy + r * 0.8), (cx + r * 1.2, cy - r)],
            fill=ink,
            width=max(2, round(2.5 * p.s)),
        )
    return bottom


def en_report(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    firm, phone = rng.choice(EN_FIRMS)
    building, address = rng.choice(EN_PREMISES)
    loler = rng.random() < 0.5
    y = m + 30 * s
    c.text(m, y, firm, p.font(21, bold=True), "shop")
    c.line(right - 230 * s, y, [S("Tel ", "label"), Span(phone, "shop_phone", None)], p.font(15))
    y += 48 * s
    title = "REPORT OF THOROUGH EXAMINATION" if loler else "LIFT SERVICE REPORT"
    c.text(m, y, title, p.font(25, bold=True), "label")
    y += 28 * s
    if loler:
        c.text(
            m,
            y,
            "Lifting Operations and Lifting Equipment Regulations 1998 - Regulation 9",
            p.font(14),
            "footer",
        )
    c.line(
        right - 230 * s, y, [S("Report no. ", "label"), S(fk.digits(7, True), "other")], p.font(14)
    )
    y += 16 * s
    contact = fk.en_name()
    f = p.font(15)
    rows = grid_rows(
        [
            [
                ("Duty holder", f"{building} Management Co.", "other"),
                ("Premises", building, "other"),
            ],
            [("Address", [Span(address, "shop_address", None)], "")],
            [("Site contact", contact, "name"), ("Tel", fk.uk_phone(), "phone")],
            [("Lift / plant no.", f"L{rng.randint(1, 4)}", "other"), ("Date", _day(rng), "date")],
            [("Description", rng.choice(EN_LIFTS), "other")],
        ],
        hand=False,
    )
    y = table(p, m, y, [w * k for k in (0.18, 0.32, 0.16, 0.34)], rows, 42 * s, f, cjk=False)
    y += 40 * s
    hand = rng.random() < 0.7
    if loler:
        for question in ("First examination after installation?", "Safe to operate?"):
            x = c.line(m, y, [S(question, "label")], f) + 20 * s
            yes = question.startswith("Safe")
            x = tick_box(p, x, y, "Yes", yes, f) + 20 * s
            tick_box(p, x, y, "No", not yes, f)
            y += 38 * s
        y += 8 * s
        x = c.line(m, y, [S("Defects:", "label")], p.font(16, bold=True)) + 8 * s
        defect = rng.choice(EN_DEFECTS)
        y = word_wrap(p, x, y, [S(defect, "other")], f, right - x, 24 * s) + 16 * s
        c.line(
            m,
            y,
            [S("Latest date of next thorough examination: ", "label"), S(_day(rng, 2027), "date")],
            f,
        )
        y += 56 * s
    else:
        y = _checks(p, m, y, w, EN_CHECKS, ("Item checked", "OK", "Adjusted", "N/A")) + 40 * s
        x = c.line(m, y, [S("Work carried out:", "label")], p.font(16, bold=True)) + 8 * s
        handwritten(
            p,
            x,
            y,
            [
                S(
                    rng.choice(
                        (
                            "Routine service. Lubricated guides, cleaned sills.",
                            "Adjusted landing door 3 lock, tested alarm.",
                            "Routine service, all OK.",
                        )
                    ),
                    "other",
                )
            ],
            24,
            cjk=False,
            width=right - x,
        )
        y += 40 * s
        c.line(
            m,
            y,
            [
                S("Time on site ", "label"),
                S(f"{rng.randint(8, 12)}:{rng.choice(('05', '30'))}", "other"),
                S("   Time off site ", "label"),
                S(f"{rng.randint(13, 16)}:{rng.choice(('10', '45'))}", "other"),
            ],
            f,
        )
        y += 56 * s
    engineer = fk.en_name()
    x = c.line(m, y, [S("Engineer: ", "label"), S(engineer, "name")], f) + 30 * s
    c.line(x, y, [S("Engineer no. ", "label"), S(f"E{fk.digits(5, True)}", "id_number")], f)
    y += 40 * s
    _signed(p, m, y, "Signature:", [S(engineer.split()[-1], "name")], f)
    y += 66 * s
    if loler:
        manager = fk.en_name()
        x = (
            c.line(
                m,
                y,
                [
                    S("Authenticated by: ", "label"),
                    S(manager, "name"),
                    S(", Inspection Manager", "other"),
                ],
                f,
            )
            + 20 * s
        )
        _signed(p, x, y, "", [S(manager.split()[0][0] + " " + manager.split()[-1], "name")], f)
    else:
        x = _signed(p, m, y, "Customer signature:", [S(contact.split()[-1], "name")], f) + 30 * s
        signer = contact if rng.random() < 0.7 else fk.en_name()
        _signed(p, x, y, "Print name:", [S(signer.upper() if hand else signer, "name")], f)
    return _finish(c, y, m // 2, pad=14 * s)


def es_parte(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    firm, phone = rng.choice(ES_FIRMS)
    y = m + 30 * s
    c.text(m, y, firm, p.font(21, bold=True), "shop")
    c.line(
        right - 250 * s,
        y,
        [S("Averías 24 h ", "label"), Span(phone, "shop_phone", None)],
        p.font(15),
    )
    y += 48 * s
    c.text(m, y, "PARTE DE MANTENIMIENTO PREVENTIVO", p.font(24, bold=True), "label")
    c.line(right - 200 * s, y, [S("Nº ", "label"), S(fk.digits(6, True), "other")], p.font(15))
    y += 18 * s
    president = fk.eu_name("es")
    street, town = fk.eu_address("es")
    building = street.rsplit(",", 1)[0]
    rows = grid_rows(
        [
            [
                ("Cliente", f"C.P. {building}", "other"),
                ("Nº RAE", f"{fk.digits(5, True)}", "other"),
            ],
            [("Dirección", [Span(f"{building}, {town}", "shop_address", None)], "")],
            [("Presidente/a", president, "name"), ("Teléfono", fk.eu_phone("es"), "phone")],
            [
                ("Fecha", _day(rng), "date"),
                ("Hora", f"{(h := rng.randint(8, 13))}:00 - {h + 1}:15", "other"),
            ],
        ],
        hand=rng.random() < 0.5,
    )
    f = p.font(15)
    y = table(
        p, m, y, [w * k for k in (0.15, 0.41, 0.14, 0.3)], rows, 44 * s, f, hand_px=24, cjk=False
    )
    y = (
        _checks(
            p,
            m,
            y + 20 * s,
            w,
            ES_CHECKS,
            ("Elemento revisado", "Correcto", "Ajustado", "No procede"),
        )
        + 40 * s
    )
    x = c.line(m, y, [S("Observaciones:", "label")], p.font(16, bold=True)) + 8 * s
    head, told, tail = rng.choice(ES_NOTES).partition("{who}")
    who = (
        [S(rng.choice(("D. ", "Dña. ")), "other"), S(first_surname(president), "name")]
        if rng.random() < 0.6
        else [S(president, "name")]
    )
    spans = [S(head, "other"), *(who if told else []), *([S(tail, "other")] if tail else [])]
    handwritten(p, x, y, spans, 24, cjk=False, width=right - x)
    y += 56 * s
    tech = fk.eu_name("es")
    x = _signed(p, m, y, "Técnico:", [S(tech, "name")], f) + 30 * s
    c.line(x, y, [S("Nº carné operador: ", "label"), S(f"OA-{fk.digits(5, True)}", "id_number")], f)
    y += 56 * s
    signer = president if rng.random() < 0.5 else fk.eu_name("es")
    _signed(p, m, y, "Conforme cliente:", [S(first_surname(signer), "name")], f)
    y += 44 * s
    x = _signed(p, m, y, "Nombre y DNI:", [S(signer, "name")], f) + 14 * s
    handwritten(p, x, y, [S(fk.dni(), "id_number")], 26, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)
