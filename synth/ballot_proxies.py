"""The owners' meeting family's Latin-script papers: an English owners' association
proxy form and ballot (unit, owner names, the proxy holder written into its sentence,
motions For / Against / Abstain marked by hand, signature, e-mail) and a German
Vollmacht zur Eigentümerversammlung (owner, address, Wohnung Nr., Bevollmächtigte/r,
Tagesordnungspunkte with the votes written in).

Each piece records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

import random

from .ballot_words import DE_MANAGERS, DE_TOPS, EN_MANAGERS, EN_MOTIONS, EN_NOTES
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import fill_in, over_caption
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, street_spans
from .render import Canvas, Span


def en_proxy_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.3, cjk=False, base=1100, margin=0.06)
    s = p.s
    estate = fk.en_estate()
    y = m + 34 * s
    c.text(m, y, f"{estate} Owners' Association", p.font(24, bold=True), "shop")
    y += 44 * s
    c.text(m, y, "PROXY FORM AND BALLOT", p.font(30, bold=True), "label")
    y += 32 * s
    c.text(
        m,
        y,
        f"Annual General Meeting, {rng.randint(1, 28)} June 2026, 7.00 pm, Community Room",
        p.font(16),
        "footer",
    )
    y += 56 * s
    cap = p.font(13)
    owners = [fk.en_name() for _ in range(rng.choice((1, 2)))]
    over_caption(
        p,
        m,
        y,
        180 * s,
        "Unit no.",
        [S(f"{rng.randint(1, 24)}{rng.choice('ABCD')}", "door")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    spans: list[Span] = [S(owners[0], "name")]
    if len(owners) > 1:
        spans += [S(" & ", "other"), S(owners[1], "name")]
    over_caption(
        p,
        m + 220 * s,
        y,
        right - m - 220 * s,
        "Owner name(s)",
        spans,
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 64 * s
    proxy = fk.en_name()
    x = fill_in(
        p,
        m,
        y,
        [
            (S("I/We appoint ", "footer"), False),
            (S(proxy, "name"), True),
            (S(" or failing them the Chair", "footer"), False),
        ],
        p.font(17),
        hand_px=28,
        cjk=False,
    )
    y += 50 * s
    rows = [[label_cell(h) for h in ("Motion", "For", "Against", "Abstain")]]
    for k, motion in enumerate(rng.sample(EN_MOTIONS, 5), 1):
        pick = rng.choices((1, 2, 3), weights=(70, 18, 12))[0]
        rows.append(
            [
                Cell.of(f"{k}. {motion}", "other"),
                *[
                    Cell.of("X", "other", hand=True, align="c")
                    if i == pick
                    else Cell.of("", "other")
                    for i in (1, 2, 3)
                ],
            ]
        )
    y = table(
        p,
        m,
        y,
        [(right - m) * k for k in (0.67, 0.11, 0.11, 0.11)],
        rows,
        44 * s,
        p.font(16),
        cjk=False,
        hand_px=28,
    )
    y += 30 * s
    y = word_wrap(p, m, y, [S(EN_NOTES[0], "footer")], p.font(14), right - m, 20 * s) + 30 * s
    x = c.line(m, y, [S("Signed", "label")], p.font(17)) + 16 * s
    handwritten(p, x, y, [S(owners[0].split()[-1], "name")], 34, cjk=False)
    c.line(m + 420 * s, y, [S("Email ", "label"), S(fk.email(owners[0]), "email")], p.font(16))
    y += 40 * s
    c.line(
        m,
        y,
        [S("Return to: ", "label"), Span(rng.choice(EN_MANAGERS), "shop_address", None)],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=12 * s)


def de_vollmacht(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1160), 1.2, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(DE_MANAGERS), p.font(20, bold=True), "shop")
    y += 50 * s
    c.text(m, y, "Vollmacht zur Eigentümerversammlung", p.font(28, bold=True), "label")
    y += 36 * s
    c.text(
        m,
        y,
        f"am {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026, 18:30 Uhr",
        p.font(17),
        "date",
    )
    y += 60 * s
    cap = p.font(13)
    owner = fk.eu_name("de")
    street, town = fk.eu_address("de")
    for caption, spans, width in (
        ("Wohnungseigentümer/in", [S(owner, "name")], right - m),
        ("Anschrift", [*street_spans(street), S(", ", "other"), S(town, "address")], right - m),
        ("Wohnung Nr. (lt. Teilungserklärung)", [S(str(rng.randint(1, 40)), "door")], 300 * s),
        ("Bevollmächtigte/r", [S(fk.eu_name("de"), "name")], right - m),
    ):
        over_caption(p, m, y, width, caption, spans, cap, 26, hand=True, cjk=False)
        y += 70 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S(
                    "Die/Der Bevollmächtigte wird ermächtigt, mich in der o. g. Versammlung zu "
                    "vertreten und das Stimmrecht zu folgenden Tagesordnungspunkten auszuüben:",
                    "footer",
                )
            ],
            p.font(16),
            right - m,
            24 * s,
        )
        + 10 * s
    )
    for k, top in enumerate(rng.sample(DE_TOPS, 4), 1):
        vote = rng.choice(("Ja", "Nein", "Enthaltung"))
        c.line(m, y, [S(f"TOP {k}: {top}", "other")], p.font(16))
        handwritten(p, right - 160 * s, y, [S(vote, "other")], 26, cjk=False)
        y += 34 * s
    y += 30 * s
    c.line(
        m,
        y,
        [
            S("Ort, Datum ", "label"),
            S(f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.2026", "date"),
        ],
        p.font(16),
    )
    x = c.line(m + 420 * s, y, [S("Unterschrift ", "label")], p.font(16)) + 10 * s
    handwritten(p, x, y, [S(owner.split()[-1], "name")], 32, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)
