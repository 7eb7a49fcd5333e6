"""Drawn family trees (a Chinese 世系图 and an Italian albero genealogico) and an English
family group record for :mod:`synth.layouts_genealogy`.

Personal: everyone named (``name``), births beside their person as dates or years
(``id_number``: a date of birth), the preparer's home, flat, phone and e-mail. Ordinary:
generations, deaths, marriages, christenings, places of birth, churches, cemeteries,
the family's title words, the forms' words and dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .fakedata import CN_GIVEN_CHARS
from .fakedata_kin import KinFaker
from .formkit import Cell, fit, sheet, table
from .formkit_slips import label_cell
from .genealogy_words import (
    CN_BRANCHES,
    CN_GEN,
    CN_HALLS,
    CN_POEMS,
    EN_CEMETERIES,
    EN_CHURCHES,
    EN_MEN,
    EN_PLACES,
    EN_WOMEN,
    IT_FIRST_F,
    IT_FIRST_M,
    IT_LAST,
    IT_TOWNS,
)
from .kit import EN_MONTHS, Pen, S, _finish, joined_address
from .render import Canvas, Span


@dataclass
class _Node:
    lines: list[list[Span]]
    kids: list[_Node] = field(default_factory=list)


def _leaves(n: _Node) -> int:
    return max(1, sum(_leaves(k) for k in n.kids))


def _draw_tree(p: Pen, root: _Node, x0: float, y0: float, width: float, level: float) -> float:
    """Boxes of names joined by elbow lines, each generation a row; returns the bottom."""
    c, s = p.c, p.s
    slot = width / _leaves(root)
    box_h = max(len(n.lines) for n in _walk(root)) * 30 * s + 20 * s
    bottom = y0

    def place(n: _Node, left: float, depth: int) -> float:
        nonlocal bottom
        cx, top = left + _leaves(n) * slot / 2, y0 + depth * level
        bw = min(slot - 16 * s, 230 * s)
        c.box(cx - bw / 2, top, cx + bw / 2, top + box_h, width=2, fill=(250, 248, 240))
        for k, spans in enumerate(n.lines):
            text = "".join(sp.text for sp in spans)
            f = fit(p, p.font(19 if k == 0 else 15, bold=k == 0), text, bw - 14 * s)
            c.line(cx - p.width(text, f) / 2, top + 30 * s + k * 30 * s, spans, f)
        bottom = max(bottom, top + box_h)
        if n.kids:
            bar = top + box_h + (level - box_h) / 2
            c.vline(cx, top + box_h, bar, width=2)
            x, centres = left, []
            for kid in n.kids:
                centres.append(place(kid, x, depth + 1))
                x += _leaves(kid) * slot
            c.hline(min(centres), max(centres), bar, width=2)
            for kc in centres:
                c.vline(kc, bar, bar + (level - box_h) / 2, width=2)
        return cx

    place(root, x0, 0)
    return bottom


def _walk(n: _Node) -> list[_Node]:
    return [n, *(d for k in n.kids for d in _walk(k))]


def _tree_sheet(rng: random.Random, cjk: bool) -> tuple[Canvas, Pen, int, int]:
    return sheet(rng, (1400, 1500), 0.9, cjk=cjk, base=1400, margin=0.04)


def cn_tree(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = _tree_sheet(rng, True)
    s = p.s
    surname, hall = rng.choice(CN_HALLS)
    poem = rng.choice(CN_POEMS)
    g = rng.randrange(len(CN_GEN) - 2)
    year = rng.choice((1900, 1920, 1940))

    def person(depth: int, man: bool) -> _Node:
        by = year + 26 * depth + rng.randint(-3, 3)
        given = poem[g + depth] + rng.choice(CN_GIVEN_CHARS) if man else fk.cn_given_name()
        lines = [[S(surname + given, "name")]]
        if by < 1960:
            lines.append(
                [S(str(by), "id_number"), S("—", "other"), S(str(by + rng.randint(50, 88)), "date")]
            )
        else:
            lines.append([S(str(by), "id_number"), S("年生", "other")])
        if man and depth < 2:
            wife = f"{fk.cn_surname()}氏" if by < 1935 else fk.cn_name(honorific=0.0)
            lines.append([S("配 ", "other"), S(wife, "name")])
        return _Node(lines)

    root = person(0, True)
    for _ in range(rng.randint(2, 3)):
        man = rng.random() < 0.7
        kid = person(1, man)
        if man:
            kid.kids = [person(2, rng.random() < 0.6) for _ in range(rng.randint(0, 2))]
        root.kids.append(kid)
    y = m + 40 * s
    title = f"{hall}{surname}氏{rng.choice(CN_BRANCHES)}世系图"
    c.text(c.width / 2, y, title, p.font(30, bold=True), "other", anchor="ms")
    y += 50 * s
    level, left = 210 * s, m + 130 * s
    for d in range(3):
        c.text(m, y + d * level + 50 * s, f"第{CN_GEN[g + d]}世", p.font(19, bold=True), "label")
    bottom = _draw_tree(p, root, left, y, right - left, level)
    return _finish(c, bottom, m, pad=20 * s)


def it_tree(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = _tree_sheet(rng, False)
    s = p.s
    family = rng.choice(IT_LAST)
    year = rng.choice((1905, 1920, 1935))

    def person(depth: int, man: bool) -> _Node:
        by = year + 27 * depth + rng.randint(-3, 3)
        first = rng.choice(IT_FIRST_M if man else IT_FIRST_F)
        lines = [[S(f"{first} {family}", "name")]]
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{by}"
        lines.append(
            [S("n. ", "other"), S(born, "id_number"), S(f" {rng.choice(IT_TOWNS)}", "other")]
        )
        if by < 1950:
            lines.append([S("m. ", "other"), S(str(by + rng.randint(55, 90)), "date")])
        if depth < 2:
            spouse = f"{rng.choice(IT_FIRST_F if man else IT_FIRST_M)} {rng.choice(IT_LAST)}"
            lines.append([S("sp. ", "other"), S(spouse, "name")])
        return _Node(lines)

    root = person(0, True)
    for _ in range(rng.randint(2, 3)):
        son = rng.random() < 0.6
        kid = person(1, son)
        if son:  # a daughter's children carry her husband's surname, on his tree
            kid.kids = [person(2, rng.random() < 0.5) for _ in range(rng.randint(0, 2))]
        root.kids.append(kid)
    y = m + 44 * s
    f = p.font(30, bold=True)
    spans = [S("Albero genealogico della famiglia ", "label"), S(family, "name")]
    c.line(c.width / 2 - p.width("".join(sp.text for sp in spans), f) / 2, y, spans, f)
    y += 56 * s
    bottom = _draw_tree(p, root, m, y, right - m, 220 * s)
    y = bottom + 46 * s
    c.text(m, y, "n. = nato/a   m. = morto/a   sp. = sposato/a con", p.font(15), "footer")
    return _finish(c, y, m, pad=10 * s)


def _en_date(rng: random.Random, year: int, after: int = 0) -> str:
    """A day, the month's short name and the year; ``after`` months after a first one
    (a christening a month or two after the birth)."""
    month = (rng.randint(0, 9) + after) % 12 if after else rng.randint(0, 11)
    return f"{rng.randint(1, 28)} {EN_MONTHS[month][:3]} {year}"


def en_group_sheet(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.5, cjk=False, base=1100, margin=0.05)
    s, w = p.s, right - m
    y = m + 36 * s
    c.text(c.width / 2, y, "FAMILY GROUP RECORD", p.font(28, bold=True), "label", anchor="ms")
    hand = rng.random() < 0.6
    surname = rng.choice(
        ("Hargreaves", "Pemberton", "Whitfield", "Abernathy", "Fitzgerald", "Castellano")
    )
    by = rng.randint(1850, 1925)
    place = rng.choice(EN_PLACES)
    widths = [w * 0.16, w * 0.34, w * 0.5]
    husband = f"{rng.choice(EN_MEN)} {surname}"
    wed = by + rng.randint(20, 30)
    wife = f"{rng.choice(EN_WOMEN)} {fk.en_name().split()[-1]}"
    for who, name, born in (("HUSBAND", husband, by), ("WIFE", wife, by + rng.randint(-5, 3))):
        rows = [
            [label_cell(who), Cell.of(name.upper() if hand else name, "name", hand=hand, span=2)]
        ]
        events = [
            ("Born", _en_date(rng, born), "id_number", place),
            ("Christened", _en_date(rng, born + 1, after=1), "date", rng.choice(EN_CHURCHES)),
        ]
        if who == "HUSBAND":
            events.append(("Married", _en_date(rng, wed), "date", rng.choice(EN_CHURCHES)))
        died = born + rng.randint(55, 90)
        events += [
            ("Died", _en_date(rng, died), "date", rng.choice(EN_PLACES)),
            ("Buried", "", "date", rng.choice(EN_CEMETERIES)),
        ]
        for label, date, kind, where in events:
            rows.append(
                [
                    label_cell(label),
                    Cell.of(date, kind, hand=hand),
                    Cell.of(where, "other", hand=hand),
                ]
            )
        for parent, first in (("Father", rng.choice(EN_MEN)), ("Mother", rng.choice(EN_WOMEN))):
            last = name.split()[-1] if parent == "Father" else fk.en_name().split()[-1]
            rows.append([label_cell(parent), Cell.of(f"{first} {last}", "name", hand=hand, span=2)])
        y = table(p, m, y + 24 * s, widths, rows, 38 * s, p.font(16), cjk=False, hand_px=24, line=1)
    heads = ("Sex", "Children (in order of birth)", "Born", "Where born", "Spouse")
    kids = [[label_cell(h) for h in heads]]
    born = wed
    for _ in range(rng.randint(2, 5)):
        born += rng.randint(1, 3)
        girl = rng.random() < 0.5
        cells = [
            ("F" if girl else "M", "other"),
            (f"{rng.choice(EN_WOMEN if girl else EN_MEN)} {surname}", "name"),
            (_en_date(rng, born), "id_number"),
            (rng.choice(EN_PLACES), "other"),
            (fk.en_name() if rng.random() < 0.6 else "", "name"),
        ]
        kids.append([Cell.of(t, kd, hand=hand) for t, kd in cells])
    widths = [w * k for k in (0.07, 0.28, 0.18, 0.25, 0.22)]
    y = table(p, m, y + 30 * s, widths, kids, 38 * s, p.font(15), cjk=False, hand_px=22, line=1)
    y += 44 * s
    f = p.font(16)
    block = fk.uk_block()
    preparer = fk.en_name()
    c.line(m, y, [S("Prepared by: ", "label"), S(preparer, "name")], f)
    y += 30 * s
    c.line(m, y, [S("Address: ", "label"), *joined_address(block)], f)
    y += 30 * s
    c.line(
        m,
        y,
        [
            S("Email: ", "label"),
            S(fk.email(preparer), "email"),
            S("   Date: ", "label"),
            S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", "date"),
        ],
        f,
    )
    y += 30 * s
    c.text(
        m,
        y,
        "Sources: parish registers, 1881 and 1911 censuses, family bible.",
        p.font(14),
        "footer",
    )
    return _finish(c, y, m // 2, pad=16 * s)
