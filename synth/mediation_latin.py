"""An English neighbourhood mediation agreement and a German Vergleich vor der
Schiedsperson for :mod:`synth.layouts_mediation`.

Personal: the parties (full names, first names, or a surname after Herr / Frau, which stay
ordinary), the mediators' first names and the Schiedsperson (``name``), the date of
birth (``id_number``), homes with the flat or Whg. (``door``), phones. Ordinary: the
service or Schiedsamt, case references, the issue, the clauses' other words, sums,
dates, printed words; the service's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata import AddressLine
from .fakedata_notices import NoticeFaker
from .formkit import fit, handwritten, sheet
from .formkit_blanks import corner_rows
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .mediation_words import DE_CLAUSES, DE_FORMULA, DE_OFFICES, EN_ISSUES, EN_SERVICES, EN_TERMS
from .render import Canvas, Span

#: German first names of women among the fakers' (Frau before the surname, else Herr).
_DE_WOMEN = ("Lena", "Sabine", "Birgit", "Käthe", "Anja")


def _called(rng: random.Random, name: str, *, german: bool) -> list[tuple[str, str]]:
    """How the clauses name a party: the full name, the first name (English
    agreements), or Herr / Frau (ordinary) + the surname (German ones)."""
    if rng.random() < 0.5:
        return [(name, "name")]
    first, last = name.split()[0], name.split()[-1]
    if not german:
        return [(first, "name")]
    return [("Frau " if first in _DE_WOMEN else "Herr ", "other"), (last, "name")]


def _clause(
    template: str, who: dict[str, list[tuple[str, str]]], rest: dict[str, tuple[str, str]]
) -> list[Span]:
    """A clause with each party's one or two pieces put in place of {a} / {b}."""
    spans: list[Span] = []
    for piece in template_spans(
        template.replace("{a}", "\0a\0").replace("{b}", "\0b\0"), rest, "other"
    ):
        for k, bit in enumerate(piece.text.split("\0")):
            if k % 2 and bit in who:
                spans += [S(t, kind) for t, kind in who[bit]]
            elif bit:
                spans.append(S(bit, piece.category))
    return spans


def _flat_block(rng: random.Random, fk: NoticeFaker) -> tuple[AddressLine, ...]:
    block = fk.uk_block()
    if not any(k == "door" for ln in block for _, k in ln.segments) and rng.random() < 0.7:
        block = (AddressLine(((f"Flat {rng.randint(1, 40)}", "door"),)), *block)
    return block


def en_agreement(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=False, base=1200, margin=0.07)
    s, w = p.s, right - m
    service, saddr, sphone = rng.choice(EN_SERVICES)
    y = m + 34 * s
    c.text(m, y, service, p.font(20, bold=True), "shop")
    y += 64 * s
    c.text(m, y, "Mediation Agreement", p.font(36, bold=True), "label")
    day = f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026"
    c.line(
        right - 330 * s,
        y,
        [S("Case ref: ", "label"), S(fk.uk_mediation_ref(), "other")],
        p.font(17),
    )
    y += 30 * s
    a, b = fk.en_name(), fk.en_name()
    mediators = [fk.en_first(upper=False), fk.en_first(upper=False)]
    hand = rng.random() < 0.5
    y = (
        corner_rows(
            p,
            m,
            right,
            y,
            [
                [("Party A", [S(a, "name")]), ("Address", joined_address(_flat_block(rng, fk)))],
                [("Party B", [S(b, "name")]), ("Address", joined_address(_flat_block(rng, fk)))],
                [
                    (
                        "Mediators",
                        [S(mediators[0], "name"), S(" and ", "other"), S(mediators[1], "name")],
                    ),
                    ("Date of mediation", [S(day, "date")]),
                ],
            ],
            70 * s,
            hand,
            drop=16,
        )
        + 44 * s
    )
    issue, clauses = rng.choice(EN_ISSUES)
    f = p.font(19)
    y = (
        word_wrap(
            p,
            m,
            y,
            [S("We met to talk about ", "other"), S(issue, "other"), S(".", "other")],
            f,
            w,
            30 * s,
        )
        + 10 * s
    )
    c.text(m, y, "What we have agreed", p.font(21, bold=True), "label")
    y += 38 * s
    who = {"a": _called(rng, a, german=False), "b": _called(rng, b, german=False)}
    rest = {"p": (fk.uk_phone(), "phone")}
    for k, clause in enumerate(clauses, 1):
        y = (
            word_wrap(
                p,
                m + 30 * s,
                y,
                [S(f"{k}. ", "other"), *_clause(clause, who, rest)],
                f,
                w - 30 * s,
                30 * s,
            )
            + 8 * s
        )
    y = word_wrap(p, m, y + 10 * s, [S(EN_TERMS, "footer")], p.font(15), w, 24 * s) + 40 * s
    for label, name in (
        ("Signed (Party A)", a),
        ("Signed (Party B)", b),
        ("Mediator", mediators[0]),
    ):
        x = c.line(m, y, [S(label, "label")], f) + 14 * s
        c.hline(x, m + w * 0.6, y + 8 * s, width=1)
        handwritten(p, x + 10 * s, y, [S(name, "name")], 32, cjk=False)
        c.line(m + w * 0.66, y, [S("Date ", "label"), S(day, "date")], p.font(17))
        y += 60 * s
    c.line(
        m,
        y,
        [biz(saddr, "shop_address"), S("  Tel ", "footer"), biz(sphone, "shop_phone")],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _de_party(rng: random.Random, fk: NoticeFaker, role: str) -> tuple[str, list[Span]]:
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    spans = [
        S(f"{role}: ", "label"),
        S(name, "name"),
        S(", geb. am ", "other"),
        S(fk.born(1940, 2004, "de")[0], "id_number"),
        S(", wohnhaft ", "other"),
        *street_spans(street),
        S(", ", "other"),
        S(town, "address"),
    ]
    if rng.random() < 0.5:
        spans += [S(", Tel. ", "other"), S(fk.eu_phone("de"), "phone")]
    return name, spans


def de_vergleich(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=False, base=1200, margin=0.08)
    s, w = p.s, right - m
    office, oaddr, ophone = rng.choice(DE_OFFICES)
    y = m + 34 * s
    c.text(m, y, office, p.font(20, bold=True), "shop")
    c.text(right, y, fk.de_schieds_no(), p.font(17), "other", anchor="rs")
    y += 70 * s
    c.text(c.width / 2, y, "Vergleich", p.font(38, bold=True), "label", anchor="ms")
    y += 34 * s
    c.text(c.width / 2, y, "vor der Schiedsperson", p.font(20), "label", anchor="ms")
    y += 56 * s
    f, lh = p.font(19), 31 * s
    c.text(m, y, "In der Schlichtungssache", f, "other")
    y += lh + 6 * s
    a, spans = _de_party(rng, fk, "Antragsteller/in")
    y = word_wrap(p, m, y, spans, f, w, lh) + 4 * s
    c.text(m, y, "gegen", f, "other")
    y += lh + 4 * s
    b, spans = _de_party(rng, fk, "Antragsgegner/in")
    y = word_wrap(p, m, y, spans, f, w, lh) + 10 * s
    issue, clauses = rng.choice(DE_CLAUSES)
    judge = fk.eu_name("de")
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S("erschienen heute vor der Schiedsperson ", "other"),
                S(judge, "name"),
                S(f" wegen: {issue}.", "other"),
            ],
            f,
            w,
            lh,
        )
        + 10 * s
    )
    c.text(m, y, "Die Parteien schließen folgenden Vergleich:", p.font(20, bold=True), "label")
    y += lh + 6 * s
    who = {"a": _called(rng, a, german=True), "b": _called(rng, b, german=True)}
    rest = {
        "d": (f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date"),
        "m": (f"{rng.randrange(50, 900, 10)},00", "other"),
    }
    for k, clause in enumerate(clauses, 1):
        y = (
            word_wrap(
                p,
                m + 30 * s,
                y,
                [S(f"{k}. ", "other"), *_clause(clause, who, rest)],
                f,
                w - 30 * s,
                lh,
            )
            + 6 * s
        )
    c.text(m, y + 10 * s, DE_FORMULA, f, "footer")
    y += 80 * s
    for k, (label, name) in enumerate(
        (("Antragsteller/in", a), ("Antragsgegner/in", b), ("Schiedsperson", judge))
    ):
        x = m + k * w / 3
        handwritten(
            p,
            x + 10 * s,
            y - 6 * s,
            [S(name.split()[-1] if k < 2 and rng.random() < 0.5 else name, "name")],
            30,
            cjk=False,
            width=w / 3 - 30 * s,
        )
        c.hline(x, x + w / 3 - 20 * s, y + 10 * s, width=1)
        c.text(x, y + 34 * s, label, p.font(15), "label")
    y += 80 * s
    c.line(
        m, y, [S("Ort, Datum: ", "label"), S(f"{office.split()[-1]}, ", "other"), S(day, "date")], f
    )
    y += 50 * s
    c.line(
        m,
        y,
        [biz(oaddr, "shop_address"), S("  Tel. ", "footer"), biz(ophone, "shop_phone")],
        fit(p, p.font(14), oaddr + ophone, w),
    )
    return _finish(c, y, m // 2, pad=20 * s)
