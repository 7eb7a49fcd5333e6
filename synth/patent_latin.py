"""An English (US) application data sheet and a German Erfinderbenennung for
:mod:`synth.layouts_patent`.

Personal: inventors, the attorney and signers (``name``), the attorney's registration
number (``id_number``), mailing addresses and homes with their suites or flats, the
attorney's e-mail. Ordinary: titles, docket numbers, the city, state and country of an
inventor's residence (no more than a town), the assignee and the Anmelder as firms,
the grounds of the right, the Aktenzeichen and dates; a firm's address is business data.
"""

from __future__ import annotations

import random
import re

from .fakedata_filings import FilingFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import label_cell
from .kit import S, _finish, street_spans
from .patent_words import DE_APPLICANTS, DE_GROUNDS, DE_TITLES, EN_ASSIGNEES, EN_FIRMS, EN_TITLES
from .render import Canvas, Span

_GREYBAR = (215, 220, 228)


def _bar(c: Canvas, p, m: float, right: float, y: float, text: str) -> float:
    """A grey section bar with its heading, as the USPTO's form prints it."""
    s = p.s
    c.draw.rectangle([m, y, right, y + 34 * s], fill=_GREYBAR)
    c.text(m + 10 * s, y + 25 * s, text, p.font(17, bold=True), "label")
    return y + 34 * s


def en_data_sheet(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.6, cjk=False, base=1200, margin=0.05)
    s, w = p.s, right - m
    f = p.font(15)
    y = m + 30 * s
    c.text(m, y, "Application Data Sheet 37 CFR 1.76", p.font(24, bold=True), "label")
    c.line(
        right - 380 * s,
        y,
        [S("Attorney Docket Number ", "label"), S(f"{fk.upper(3)}-{fk.digits(4)}US", "other")],
        f,
    )
    y += 30 * s
    c.line(m, y, [S("Title of Invention ", "label"), S(rng.choice(EN_TITLES), "other")], f)
    y += 30 * s
    y = _bar(c, p, m, right, y, "Inventor Information:")
    for k in range(rng.randint(1, 3)):
        first, last = fk.en_name().split()
        middle = rng.choice(("", "", fk.upper(1) + "."))
        head = [
            label_cell(t)
            for t in ("Inventor", "Legal Name: Given Name", "Middle Name", "Family Name")
        ]
        names = [
            Cell.of(str(k + 1), "other", align="c"),
            Cell.of(first, "name"),
            Cell.of(middle, "name"),
            Cell.of(last, "name"),
        ]
        y = table(
            p,
            m,
            y + 10 * s,
            [w * 0.1, w * 0.36, w * 0.18, w * 0.36],
            [head, names],
            34 * s,
            f,
            cjk=False,
            line=1,
        )
        street, last_line = fk.us_address()
        mt = re.match(r"(.*?),?\s+([A-Z]{2})\s+(\S+)$", last_line.text)
        city, state, zipc = mt.groups() if mt else (last_line.text, "", "")
        res = [
            [label_cell(t) for t in ("Residence: City", "State/Province", "Country of Residence")],
            [Cell.of(city.title(), "other"), Cell.of(state, "other"), Cell.of("US", "other")],
        ]
        y = table(p, m, y, [w * 0.4, w * 0.3, w * 0.3], res, 34 * s, f, cjk=False, line=1)
        mail = [
            [
                label_cell(t)
                for t in ("Mailing Address of Inventor: Address 1", "City", "State", "Postal Code")
            ],
            [
                Cell(tuple(S(t, kd) for t, kd in street.segments)),
                Cell.of(city.title(), "address"),
                Cell.of(state, "address"),
                Cell.of(zipc, "address"),
            ],
        ]
        y = table(
            p, m, y, [w * 0.46, w * 0.24, w * 0.12, w * 0.18], mail, 34 * s, f, cjk=False, line=1
        )
    y = _bar(c, p, m, right, y + 20 * s, "Correspondence Information:")
    firm, domain, faddr = rng.choice(EN_FIRMS)
    attorney = fk.en_name()
    y += 34 * s
    c.line(
        m, y, [S("Customer Number ", "label"), Span(fk.digits(6, True), "order_number", None)], f
    )
    c.line(
        m + w * 0.45,
        y,
        [
            S("Email Address ", "label"),
            S(f"{attorney.split()[0][0].lower()}{attorney.split()[1].lower()}@{domain}", "email"),
        ],
        f,
    )
    y += 30 * s
    c.line(
        m,
        y,
        [S("Firm ", "label"), S(firm, "shop"), S(", ", "other"), Span(faddr, "shop_address", None)],
        f,
    )
    y = _bar(c, p, m, right, y + 20 * s, "Applicant Information:")
    y += 34 * s
    c.line(
        m, y, [S("Assignee  Organization Name ", "label"), S(rng.choice(EN_ASSIGNEES), "shop")], f
    )
    y = _bar(c, p, m, right, y + 20 * s, "Signature:")
    y += 44 * s
    reg = fk.uspto_reg()
    x = c.line(m, y, [S("Signature ", "label")], f) + 10 * s
    if rng.random() < 0.6:  # an e-signature between slashes
        c.line(x, y, [S("/", "other"), S(attorney, "name"), S("/", "other")], p.font(17))
    else:
        handwritten(p, x, y, [S(attorney.split()[-1], "name")], 30, cjk=False)
    c.line(
        m + w * 0.5,
        y,
        [S("Date ", "label"), S(f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026", "date")],
        f,
    )
    y += 34 * s
    first, last = attorney.split()
    c.line(
        m,
        y,
        [S("First Name ", "label"), S(first, "name"), S("   Last Name ", "label"), S(last, "name")],
        f,
    )
    c.line(m + w * 0.5, y, [S("Registration Number ", "label"), S(reg, "id_number")], f)
    y += 40 * s
    c.text(
        m,
        y,
        "This collection of information is required by 37 CFR 1.76. The information is used by the public to file an application.",
        p.font(12),
        "footer",
    )
    return _finish(c, y, m // 2, pad=20 * s)


def de_erfinder(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1150, 1200), 1.45, cjk=False, base=1150, margin=0.07)
    s, w = p.s, right - m
    f = p.font(16)
    hand = rng.random() < 0.5
    y = m + 30 * s
    c.text(m, y, "Deutsches Patent- und Markenamt", p.font(16), "other")
    c.text(right, y, "P 2792", p.font(14), "other", anchor="rs")
    y += 50 * s
    c.text(m, y, "Erfinderbenennung", p.font(30, bold=True), "label")
    y += 44 * s
    az = f"10 2026 {fk.digits(3, True)} {fk.digits(3)}.{fk.digits(1)}"
    c.line(m, y, [S("Aktenzeichen: ", "label"), S(az, "other")], f)
    y += 36 * s
    own = rng.random() < 0.3
    inventors = [fk.eu_name("de") for _ in range(rng.randint(1, 3))]
    applicant: list[Span] = (
        [S(inventors[0], "name")] if own else [S(rng.choice(DE_APPLICANTS), "shop")]
    )
    c.line(m, y, [S("Anmelder: ", "label"), *applicant], f)
    y += 36 * s
    c.line(m, y, [S("Bezeichnung der Erfindung: ", "label"), S(rng.choice(DE_TITLES), "other")], f)
    y += 44 * s
    c.text(m, y, "Als Erfinder werden benannt:", p.font(17, bold=True), "label")
    heads = ("Nr.", "Name, Vorname", "Straße, Hausnummer", "PLZ, Ort")
    rows = [[label_cell(t) for t in heads]]
    for k, who in enumerate(inventors):
        street, town = fk.eu_address("de")
        first, last = who.split()
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(f"{last}, {first}", "name", hand=hand),
                Cell(tuple(street_spans(street)), hand),
                Cell.of(town, "address", hand=hand),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 14 * s,
            [w * 0.07, w * 0.3, w * 0.35, w * 0.28],
            rows,
            58 * s,
            f,
            hand_px=22,
            cjk=False,
        )
        + 40 * s
    )
    c.text(
        m, y, "Der / Die Anmelder hat / haben das Recht auf das Patent erlangt durch:", f, "label"
    )
    y += 36 * s
    x, pick = m, 3 if own else rng.randrange(3)
    for k, ground in enumerate(DE_GROUNDS):
        x = tick_box(p, x, y, ground, k == pick, f) + 24 * s
    y += 40 * s
    c.text(m, y, "Weitere Erfinder sind dem / den Unterzeichneten nicht bekannt.", f, "other")
    y += 60 * s
    town = fk.eu_address("de")[1].split(" ", 1)[1]
    c.line(
        m, y, [S(f"{town}, den {rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026", "date")], f
    )
    signer = inventors[0] if own else fk.eu_name("de")
    handwritten(p, m + w * 0.5, y, [S(signer.split()[-1], "name")], 30, cjk=False)
    c.hline(m + w * 0.5, right, y + 10 * s, width=1)
    c.text(m + w * 0.5, y + 30 * s, "Unterschrift(en)", p.font(13), "label")
    y += 64 * s
    c.line(
        m + w * 0.5,
        y,
        [S("Name in Druckbuchstaben: ", "label"), S(signer.upper(), "name")],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)
