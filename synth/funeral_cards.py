"""Funeral notices in English and German, and the black frame and grey portrait that
every notice of :mod:`synth.layouts_funeral` uses (see its docstring for what is
personal on them)."""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import face_photo, sheet
from .formkit_marks import word_wrap
from .kit import Pen, S, hand_font
from .render import Canvas, Span

_EN_CHURCHES = (
    "St Mary's Church, Church Road",
    "Holy Trinity Church, Market Square",
    "Greenlawn Crematorium, West Chapel",
    "St Andrew's Methodist Church, Mill Lane",
)
_EN_CHARITIES = ("the British Heart Foundation", "Cancer Research UK", "the local hospice")
_MONTHS = ("January", "March", "April", "May", "June", "July", "October", "November")
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August")


def grey_portrait(c: Canvas, p: Pen, x: float, y: float, w: float, h: float) -> None:
    """The portrait in a black frame, turned grey as memorial photos are printed."""
    face_photo(p, x, y, w, h)
    box = (int(x), int(y), int(x + w), int(y + h))
    c.img.paste(c.img.crop(box).convert("L").convert("RGB"), box[:2])
    c.box(x - 6 * p.s, y - 6 * p.s, x + w + 6 * p.s, y + h + 6 * p.s, width=max(4, int(8 * p.s)))


def framed(c: Canvas, y: float, m: int, inset: float, width: int) -> Canvas:
    """Trim the sheet under the last line and draw the notice's black border."""
    c.trim(int(y + m))
    c.box(m * inset, m * inset, c.width - m * inset, c.height - m * inset, width=width)
    return c


def english_notice(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (760, 820, 900), 1.8, cjk=False, base=800, margin=0.08)
    W, s, w = c.width, p.s, right - m
    y = m + 50 * s
    c.text(
        W / 2,
        y,
        rng.choice(("In Loving Memory", "Funeral Notice", "Forever in our hearts")),
        hand_font(p, 44, cjk=False),
        "label",
        anchor="ms",
    )
    y += 40 * s
    if rng.random() < 0.5:
        grey_portrait(c, p, W / 2 - 75 * s, y, 150 * s, 190 * s)
        y += 230 * s
    first, last = fk.en_first(upper=False), fk.en_name().split()[-1]
    y += 40 * s
    c.text(W / 2, y, f"{first} {last}".upper(), p.font(36, bold=True), "name", anchor="ms")
    y += 46 * s
    died = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} 2026"
    dob = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1925, 1965)}"
    f = p.font(20)
    x = W / 2 - p.width(f"{dob} – {died}", f) / 2
    c.line(x, y, [S(dob, "id_number"), S(" – ", "other"), S(died, "date")], f)
    y += 56 * s
    spouse, kids = (
        fk.en_first(upper=False),
        [fk.en_first(upper=False) for _ in range(rng.randint(1, 3))],
    )
    body: list[Span] = [
        S(
            f"Peacefully {rng.choice(('at home', 'in hospital', 'surrounded by family'))} on {died}, aged {rng.randint(60, 98)}, ",
            "other",
        ),
        S(first, "name"),
    ]
    body += [
        S(f", beloved {rng.choice(('husband', 'wife', 'partner'))} of ", "other"),
        S(spouse, "name"),
        S(", much-loved parent of ", "other"),
    ]
    for i, k in enumerate(kids):
        body += [
            S(", " if 0 < i < len(kids) - 1 else (" and " if i else ""), "other"),
            S(k, "name"),
        ]
    body.append(S(" and a dear grandparent.", "other"))
    y = word_wrap(p, m, y, body, f, w, f.size * 1.5)
    y += f.size * 0.6
    church = rng.choice(_EN_CHURCHES)
    service = [
        S(
            f"The funeral service will take place at {church}, on Friday {rng.randint(1, 28)} December at {rng.choice(('11am', '1.30pm', '2pm'))}.",
            "other",
        )
    ]
    y = word_wrap(p, m, y, service, f, w, f.size * 1.5)
    if rng.random() < 0.7:
        street, town = fk.uk_address()
        leave = [
            S("The cortège will leave the family home, ", "other"),
            *(S(t, k) for t, k in street.segments),
            S(", ", "other"),
        ]
        leave += [
            *(S(t, k) for t, k in town.segments),
            S(f", at {rng.choice(('10.15am', '12.45pm', '1pm'))}.", "other"),
        ]
        y = word_wrap(p, m, y + f.size * 0.6, leave, f, w, f.size * 1.5)
    y = word_wrap(
        p,
        m,
        y + f.size * 0.6,
        [S(f"Family flowers only; donations if desired to {rng.choice(_EN_CHARITIES)}.", "other")],
        f,
        w,
        f.size * 1.5,
    )
    y += f.size * 0.6
    if rng.random() < 0.6:
        who = kids[0] if rng.random() < 0.6 else spouse
        spans = [
            S("All enquiries to ", "other"),
            S(who, "name"),
            S(" on ", "other"),
            S(fk.uk_phone(), "phone"),
        ]
    else:
        spans = [
            S(
                f"Enquiries to {rng.choice(('A. Hale & Sons', 'Co-op Funeralcare', 'J. Pryce'))} Funeral Directors, tel. 01632 960{rng.randint(100, 999)}",
                "other",
            )
        ]
    y = word_wrap(p, m, y, spans, f, w, f.size * 1.5)
    return framed(c, y, m, 0.5, max(2, int(3 * s)))


def german_notice(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (800, 900), 1.5, cjk=False, base=800, margin=0.08)
    W, s, w = c.width, p.s, right - m
    f = p.font(20)
    y = m + 50 * s
    c.text(
        W / 2,
        y,
        rng.choice(
            (
                "In stiller Trauer nehmen wir Abschied von",
                "Traurig, aber dankbar für die gemeinsame Zeit",
            )
        ),
        p.font(19),
        "other",
        anchor="ms",
    )
    y += 70 * s
    dead = fk.eu_name("de")
    surname = dead.split()[-1]
    c.text(W / 2, y, dead, hand_font(p, 52, cjk=False), "name", anchor="ms")
    y += 84 * s
    dob = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1930, 1960)}"
    died = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    x = W / 2 - p.width(f"* {dob}    † {died}", f) / 2
    c.line(x, y, [S("* ", "other"), S(dob, "id_number"), S("    † ", "other"), S(died, "date")], f)
    y += 70 * s
    c.text(W / 2, y, "In Liebe und Dankbarkeit", p.font(19), "other", anchor="ms")
    y += 46 * s
    dead_first = dead.split()[0]
    names: list[str] = []
    while len(names) < 6:  # six different first names, none the deceased's
        n = fk.eu_name("de").split()[0]
        if n != dead_first and n not in names:
            names.append(n)
    mourners = [
        [S(f"{names[0]} {surname}", "name")],
        [S(names[1], "name"), S(" und ", "other"), S(f"{names[2]} {surname}", "name")],
        [
            S(names[3], "name"),
            S(" mit ", "other"),
            S(names[4], "name"),
            S(" und ", "other"),
            S(names[5], "name"),
        ],
    ]
    for spans in mourners[: rng.randint(2, 3)]:
        text = "".join(sp.text for sp in spans)
        c.line(W / 2 - p.width(text, f) / 2, y, spans, f)
        y += f.size * 1.6
    y += 24 * s
    day = f"{rng.randint(1, 28)}. {rng.choice(_DE_MONTHS)} 2026"
    service = f"Die Trauerfeier findet am {day}, um {rng.randint(10, 14)} Uhr in der Friedhofskapelle {rng.choice(('Obernau', 'am Waldfriedhof', 'Seehausen'))} statt."
    y = word_wrap(p, m, y, [S(service, "other")], p.font(18), w, 28 * s)
    if rng.random() < 0.5:
        y = word_wrap(
            p,
            m,
            y + 6 * s,
            [S("Statt Blumen bitten wir um eine Spende an den Hospizverein.", "other")],
            p.font(18),
            w,
            28 * s,
        )
    y += 30 * s
    street, town = fk.eu_address("de")
    spans = [
        S("Traueranschrift: ", "label"),
        S("Familie ", "other"),
        S(surname, "name"),
        S(", ", "other"),
        S(street, "address"),
        S(", ", "other"),
        S(town, "address"),
    ]
    y = word_wrap(p, m, y, spans, p.font(17), w, 26 * s)
    if rng.random() < 0.5:
        y = word_wrap(
            p, m, y, [S("Tel. ", "label"), S(fk.eu_phone("de"), "phone")], p.font(17), w, 26 * s
        )
    return framed(c, y, m, 0.5, max(6, int(12 * s)))
