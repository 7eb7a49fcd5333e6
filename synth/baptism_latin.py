"""An English certificate of baptism and a Spanish partida de bautismo or Italian
certificato di battesimo for :mod:`synth.layouts_baptism`.

Personal: the child, parents (a mother's maiden name too), grandparents, godparents or
sponsors and the minister (``name``; Revd, Fr, D., Don and née stay ordinary), the date
of birth and the register's volume, page and entry (``id_number``). Ordinary: churches,
dioceses, places of birth, dates of baptism and issue, rites and formulae; the parish's
address and phone are business data.
"""

from __future__ import annotations

import random

from .baptism_words import (
    EN_FIRST_F,
    EN_FIRST_M,
    EN_LAST,
    EN_PARISHES,
    EN_SAINTS_F,
    EN_SAINTS_M,
    ES_FIRST_F,
    ES_FIRST_M,
    ES_LAST,
    ES_MONTHS,
    ES_PARISHES,
    IT_FIRST_F,
    IT_FIRST_M,
    IT_LAST,
    IT_MONTHS,
    IT_PARISHES,
)
from .fakedata_deeds import DeedFaker
from .formkit import box_stamp, handwritten, sheet
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, joined_address
from .render import Canvas, Span

_EN_BIRTHPLACES = ("Northwick General Hospital", "Ashby Vale", "Dunmore", "home", "Wexcombe")


def en_certificate(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.4, cjk=False, base=1000, margin=0.08)
    s, w = p.s, right - m
    church, addr, phone = rng.choice(EN_PARISHES)
    y = m + 40 * s
    c.text(c.width / 2, y, church, p.font(24, bold=True), "shop", anchor="ms")
    y += 30 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("Diocese of Northwick", "Archdiocese of Dunmore", "Parish of Ashby Vale")),
        p.font(16),
        "other",
        anchor="ms",
    )
    y += 56 * s
    c.text(c.width / 2, y, "Certificate of Baptism", p.font(34, bold=True), "label", anchor="ms")
    female = rng.random() < 0.5
    last, maiden = rng.sample(EN_LAST, 2)
    first = rng.choice(EN_FIRST_F if female else EN_FIRST_M)
    child = f"{first} {rng.choice(EN_SAINTS_F if female else EN_SAINTS_M)} {last}"
    father = f"{rng.choice(EN_FIRST_M)} {last}"
    mum_first = rng.choice(EN_FIRST_F)
    born = rng.randint(1980, 2025)
    dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{born}"
    when = f"{rng.randint(1, 28)} {EN_MONTHS[rng.randrange(12)]} {born + rng.choice((0, 0, 1))}"
    god = [fk.en_name() for _ in range(rng.choice((1, 2, 2)))]
    minister = fk.en_name().split(" ", 1)[1]
    title = rng.choice(("Revd", "Fr", "Rev. Canon", "Revd Dr"))
    vol, page, entry = fk.register_ref()
    ref = f"Vol. {vol}, p. {page}, No. {entry}"
    f = p.font(17)
    hand = rng.random() < 0.7
    y += 30 * s
    if rng.random() < 0.6:  # the printed blank, filled in by hand or typed
        fields: list[tuple[str, list[Span]]] = [
            ("Name of Child", [S(child, "name")]),
            ("Date of Birth", [S(dob, "id_number")]),
            ("Place of Birth", [S(rng.choice(_EN_BIRTHPLACES), "other")]),
            ("Father", [S(father, "name")]),
            ("Mother", [S(f"{mum_first} {last}", "name"), S(" née ", "other"), S(maiden, "name")]),
            (
                "Godparents",
                [
                    sp
                    for k, g in enumerate(god)
                    for sp in ([S(" & ", "other")] if k else []) + [S(g, "name")]
                ],
            ),
            ("Parents' Abode", joined_address(fk.uk_block()[:2])),
            ("Date of Baptism", [S(when, "date")]),
            ("Minister", [S(f"{title} ", "other"), S(minister, "name")]),
            ("Register", [S(ref, "id_number")]),
        ]
        if rng.random() < 0.5:  # older blanks ask where the parents live (Abode)
            fields.pop(6)
        for field in fields:
            y += 52 * s
            ruled_entry(p, m, right, y, field, hand, f, hand_px=28)
        y += 50 * s
        note = (
            "I certify that the above is a true copy of an entry in the Register of "
            "Baptisms kept at this church."
        )
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(15), w, 22 * s)
    else:  # the sentence a parish office prints
        sponsors: list[Span] = []
        for k, g in enumerate(god):
            sponsors += [S(" and " if k else "", "footer"), S(g, "name")]
        spans = [
            S("This is to certify that ", "footer"),
            S(child, "name"),
            S(", child of ", "footer"),
            S(father, "name"),
            S(" and ", "footer"),
            S(f"{mum_first} {last}", "name"),
            S(" (née ", "footer"),
            S(maiden, "name"),
            S("), born on ", "footer"),
            S(dob, "id_number"),
            S(", was baptised on ", "footer"),
            S(when, "date"),
            S(f" at {church} by {title} ", "footer"),
            S(minister, "name"),
            S(", the sponsors being ", "footer"),
            *sponsors,
            S(", as appears from the Baptismal Register of this church (", "footer"),
            S(ref, "id_number"),
            S(").", "footer"),
        ]
        y = word_wrap(p, m, y + 30 * s, spans, p.font(19), w, 34 * s)
    y += 60 * s
    x = c.line(m, y, [S("Signed:", "label")], f) + 10 * s
    sig = minister if rng.random() < 0.6 else fk.en_name()
    handwritten(p, x, y, [S(sig, "name")], 32, cjk=False)
    c.line(
        c.width * 0.6,
        y,
        [S("Date: ", "label"), S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", "date")],
        f,
    )
    y += 30 * s
    c.text(
        m, y, rng.choice(("Parish Priest", "Vicar", "Parish Administrator")), p.font(15), "label"
    )
    box_stamp(p, right - 120 * s, y - 70 * s, (church.upper()[:24], "PARISH OFFICE"), 11)
    y += 44 * s
    c.line(
        m,
        y,
        [
            Span(addr, "shop_address", None),
            S("  ·  Tel. ", "label"),
            Span(phone, "shop_phone", None),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, border=max(2, round(3 * s)), pad=14 * s)


def es_it_partida(rng: random.Random, fk: DeedFaker) -> Canvas:
    """A Spanish partida de bautismo or an Italian certificato, copied from the book."""
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=False, base=1000, margin=0.09)
    s, w = p.s, right - m
    spanish = rng.random() < 0.6
    parish, street, town, phone = rng.choice(ES_PARISHES if spanish else IT_PARISHES)
    female = rng.random() < 0.5
    if spanish:
        fam1, fam2 = rng.sample(ES_LAST, 2)
        fa_first, mo_first = rng.choice(ES_FIRST_M), rng.choice(ES_FIRST_F)
        mo_last = " ".join(rng.sample(ES_LAST, 2))
        father, mother = f"{fa_first} {fam1} {fam2}", f"{mo_first} {mo_last}"
        child = f"{rng.choice(ES_FIRST_F if female else ES_FIRST_M)} {fam1} {mo_last.split()[0]}"
        priest = f"{rng.choice(ES_FIRST_M)} {' '.join(rng.sample(ES_LAST, 2))}"
        months = ES_MONTHS
    else:
        fam = rng.choice(IT_LAST)
        father = f"{rng.choice(IT_FIRST_M)} {fam}"
        mother = f"{rng.choice(IT_FIRST_F)} {rng.choice(IT_LAST)}"
        child = f"{rng.choice(IT_FIRST_F if female else IT_FIRST_M)} {fam}"
        priest = f"{rng.choice(IT_FIRST_M)} {rng.choice(IT_LAST)}"
        months = IT_MONTHS
    born = rng.randint(1970, 2024)
    dob = (
        f"{rng.randint(1, 28)} de {months[rng.randrange(12)]} de {born}"
        if spanish
        else (f"{rng.randint(1, 28)} {months[rng.randrange(12)]} {born}")
    )
    when = (
        f"{rng.randint(1, 28)} de {months[rng.randrange(12)]} de {born}"
        if spanish
        else (f"{rng.randint(1, 28)} {months[rng.randrange(12)]} {born}")
    )
    book, folio, entry = fk.register_ref()
    god = [
        fk.eu_name("es")
        if spanish
        else f"{rng.choice(IT_FIRST_M + IT_FIRST_F)} {rng.choice(IT_LAST)}"
        for _ in range(2)
    ]
    y = m + 36 * s
    c.text(m, y, parish, p.font(21, bold=True), "shop")
    y += 28 * s
    c.line(
        m,
        y,
        [
            Span(f"{street} · {town}", "shop_address", None),
            S("  Tel. ", "label"),
            Span(phone, "shop_phone", None),
        ],
        p.font(14),
    )
    y += 70 * s
    head = "PARTIDA DE BAUTISMO" if spanish else "CERTIFICATO DI BATTESIMO"
    c.text(c.width / 2, y, head, p.font(30, bold=True), "label", anchor="ms")
    y += 56 * s
    ref = (
        f"Libro {book}, folio {folio}, número {entry}"
        if spanish
        else f"Vol. {book}, pag. {folio}, n. {entry}"
    )
    o = "a" if female else "o"
    if spanish:
        spans = [
            S("D. ", "footer"),
            S(priest, "name"),
            S(f", Cura Párroco de la {parish}, de {town}, CERTIFICO: Que en el ", "footer"),
            S(ref, "id_number"),
            S(
                " del Libro de Bautismos de este Archivo Parroquial se encuentra la partida "
                f"siguiente: En {town}, a ",
                "footer",
            ),
            S(when, "date"),
            S(", bauticé solemnemente a ", "footer"),
            S(child, "name"),
            S(f", hij{o} de ", "footer"),
            S(father, "name"),
            S(" y de ", "footer"),
            S(mother, "name"),
            S(f", nacid{o} el ", "footer"),
            S(dob, "id_number"),
            S(". Padrinos: ", "footer"),
            S(god[0], "name"),
            S(" y ", "footer"),
            S(god[1], "name"),
            S(", a quienes advertí el parentesco espiritual y sus obligaciones.", "footer"),
        ]
        close = f"Y para que conste, expido la presente en {town}, a "
    else:
        spans = [
            S("Il sottoscritto Parroco certifica che dal Libro dei Battezzati, ", "footer"),
            S(ref, "id_number"),
            S(", risulta che ", "footer"),
            S(child, "name"),
            S(f", figli{o} di ", "footer"),
            S(father, "name"),
            S(" e di ", "footer"),
            S(mother, "name"),
            S(f", nat{o} a {town} il ", "footer"),
            S(dob, "id_number"),
            S(f", è stat{o} battezzat{o} il ", "footer"),
            S(when, "date"),
            S(" dal Rev. Don ", "footer"),
            S(priest, "name"),
            S(". Padrino: ", "footer"),
            S(god[0], "name"),
            S(". Madrina: ", "footer"),
            S(god[1], "name"),
            S(".", "footer"),
        ]
        close = f"In fede. {town}, "
    font = p.font(18)
    y = word_wrap(p, m, y, spans, font, w, 32 * s)
    if not spanish and rng.random() < 0.6:
        y += 10 * s
        note = [
            S("Annotazioni: ", "label"),
            S("Cresima il ", "other"),
            S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{born + 12}", "date"),
        ]
        y = word_wrap(p, m, y, note, font, w, 32 * s)
    y += 24 * s
    today = (
        f"{rng.randint(1, 28)} de {months[rng.randrange(12)]} de 2026"
        if spanish
        else (f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2026")
    )
    c.line(m, y, [S(close, "footer"), S(today, "date"), S(".", "footer")], font)
    y += 80 * s
    c.text(c.width * 0.55, y, "El Párroco" if spanish else "Il Parroco", font, "label")
    box_stamp(p, m + 150 * s, y - 10 * s, (parish.upper()[:26], town.upper()), 11)
    y += 50 * s
    sig = priest if rng.random() < 0.7 else priest.split()[-1]
    handwritten(p, c.width * 0.55, y, [S(sig, "name")], 30, cjk=False)
    return _finish(c, y, m // 2, pad=16 * s)
