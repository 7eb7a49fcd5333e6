"""Wills and inheritance. A Chinese 遗嘱, written out by hand on ruled paper (自书遗嘱) or
typed by a scribe (代书遗嘱): "立遗嘱人：<name>，男，<born>出生，身份证号…，住<address to
the room>。", clauses that name the heirs inside sentences (我名下位于…的房产由长子<name>
继承; a deposit by bank and account tail), the executor, witnesses with their ID numbers,
the scribe, the signature with a red fingerprint and the date; a notary's 公证书 page
about a will; an English "Last Will and Testament" (I, <name>, of <address>, executors,
gifts to named beneficiaries, the residue, the attestation and two witnesses with name,
address and occupation) or a Spanish testamento abierto (comparece D./Dña., con DNI,
instituye heredero universal).

Personal: every person's name (``name``), ID number, date of birth, account tail, a
property's certificate number and a car's plate (``id_number``), every address
(``address``, ``door``). Ordinary: the headings, clause numbers, legal boilerplate,
property kinds, bank names, shares, charities, occupations, the notary office and the
dates of signing.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_money import MoneyFaker
from .formkit import HAND_INKS, seal, sheet
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, thumbprint
from .kit import S, _finish, hand_font
from .render import Canvas, Span
from .will_words import (
    CN_BOILER,
    CN_CLAUSES,
    CN_KIN,
    CN_NUMERALS,
    cn_date,
)
from .wills_latin import en_will, es_will


def _cn_parts(fk: MoneyFaker, rng: random.Random) -> dict[str, tuple[str, str]]:
    """The values a Chinese clause template may ask for, each with its kind."""
    line, _ = fk.cn_address(with_door=1.0)
    (head, _), *rest = line.segments
    street = "".join(t for t, k in rest if k == "address")
    door = "".join(t for t, k in rest if k == "door")
    return {
        "heir": (fk.cn_name(honorific=0.0), "name"),
        "heir2": (fk.cn_name(honorific=0.0), "name"),
        "kin": (rng.choice(CN_KIN), "footer"),
        "kin2": (rng.choice(CN_KIN), "footer"),
        "place": (head + street, "address"),
        "door": (door, "door"),
        "cert": (
            f"{rng.choice('浙苏川湘皖')}(20{rng.randint(10, 24)})不动产权第{fk.digits(7)}号",
            "id_number",
        ),
        "bank": (fk.cn_bank(), "footer"),
        "tail": (fk.digits(4), "id_number"),
        "plate": (fk.cn_plate(), "id_number"),
        "share": (rng.choice(("50%", "各半", "60%", "三分之一")), "footer"),
    }


def _cn_body(fk: MoneyFaker, rng: random.Random, testator: str) -> list[list[Span]]:
    """The will's paragraphs: who makes it, the clauses, the executor."""
    line, _ = fk.cn_address(with_door=1.0)
    paras = [
        [
            S("立遗嘱人:", "label"),
            S(testator, "name"),
            S(f",{rng.choice('男女')},", "footer"),
            S(fk.dob("cn"), "id_number"),
            S("出生,身份证号:", "footer"),
            S(fk.cn_resident_id(), "id_number"),
            S(",住", "footer"),
            *[S(t, k) for t, k in line.segments],
            S("(以下简称立遗嘱人)。", "footer"),
        ],
        [S(rng.choice(CN_BOILER), "footer")],
    ]
    for k, clause in enumerate(rng.sample(CN_CLAUSES, rng.randint(3, 4))):
        paras.append(
            [S(CN_NUMERALS[k] + "、", "footer"), *template_spans(clause, _cn_parts(fk, rng))]
        )
    k = len(paras) - 2
    paras.append(
        [
            S(f"{CN_NUMERALS[k]}、本遗嘱指定", "footer"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("为遗嘱执行人。", "footer"),
        ]
    )
    paras.append(
        [
            S(
                f"{CN_NUMERALS[k + 1]}、本遗嘱一式三份,立遗嘱人、遗嘱执行人及见证人各执一份。",
                "footer",
            )
        ]
    )
    return paras


def _cn_will(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """自书遗嘱 in the testator's hand on ruled paper, or a typed 代书遗嘱 with witnesses."""
    by_hand = rng.random() < 0.45
    c, p, m, right = sheet(rng, (1100, 1180), 1.9, cjk=True, base=1100, margin=0.073)
    s, w = p.s, c.width
    testator = fk.cn_name(honorific=0.0, given_len=rng.choice((1, 2)))
    font = hand_font(p, 30, cjk=True) if by_hand else p.font(22)
    step = font.size * 1.9
    ink = rng.choice(HAND_INKS) if by_hand else None
    y = m + 50 * s
    title = rng.choice(("遗 嘱", "自书遗嘱")) if by_hand else "代书遗嘱"
    c.text(
        w / 2,
        y,
        title,
        hand_font(p, 48, cjk=True) if by_hand else p.font(38, bold=True),
        "label",
        anchor="ms",
        fill=ink,
    )
    y += 80 * s
    if by_hand:
        ruled_paper(p, m - 20 * s, right + 20 * s, y + 10 * s, y + 24 * step, step, margin=False)
    for para in _cn_body(fk, rng, testator):
        y = c.wrap(
            m + font.size * 2,
            y,
            para,
            font,
            right - m - font.size * 2,
            step,
            indent=-font.size * 2,
            fill=ink,
            max_lines=8,
        )
    y += step * 0.4
    if not by_hand:  # a scribe's will needs two witnesses and the scribe
        for role in ("见证人", "见证人", "代书人"):
            x = c.line(m, y, [S(f"{role}(签名):", "label")], font) + 12 * s
            name = fk.cn_name(honorific=0.0)
            x = c.line(
                x, y, [S(name, "name")], hand_font(p, 32, cjk=True), fill=rng.choice(HAND_INKS)
            )
            if role != "代书人" or rng.random() < 0.5:
                c.line(
                    x + 40 * s,
                    y,
                    [S("身份证号:", "label"), S(fk.cn_resident_id(), "id_number")],
                    font,
                )
            y += step
    x = c.line(w * 0.5, y, [S("立遗嘱人(签名):", "label")], font, fill=ink) + 12 * s
    sig = hand_font(p, 38, cjk=True)
    x1 = c.line(x, y, [S(testator, "name")], sig, fill=rng.choice(HAND_INKS))
    thumbprint(p, x1 + 30 * s, y - 20 * s, 34 * s)
    y += step
    c.text(w * 0.5, y, cn_date(rng), font, "date", fill=ink)
    return _finish(c, y, m, pad=10 * s)


def _notary(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A notary's certificate page: the applicant, the will signed before the notary."""
    c, p, m, right = sheet(rng, (1100, 1180), 1.4, cjk=True, base=1100, margin=0.082)
    s, w = p.s, c.width
    y = m + 50 * s
    c.text(w / 2, y, "公 证 书", p.font(44, bold=True), "label", anchor="ms")
    y += 60 * s
    ref = f"({rng.randint(2024, 2026)}){rng.choice('浙苏川湘')}{rng.choice(('杭', '宁', '蓉', '长'))}证字第{rng.randint(100, 9999)}号"
    c.text(right, y, ref, p.font(20), "other", anchor="rs")
    y += 60 * s
    f = p.font(22)
    step = f.size * 1.9
    applicant = fk.cn_name(honorific=0.0)
    line, _ = fk.cn_address(with_door=1.0)
    rows: Sequence[list[Span]] = (
        [
            S("申请人:", "label"),
            S(applicant, "name"),
            S(f",{rng.choice('男女')},", "footer"),
            S(fk.dob("cn"), "id_number"),
            S("出生,", "footer"),
        ],
        [S("公民身份号码:", "label"), S(fk.cn_resident_id(), "id_number")],
        [S("住址:", "label"), *[S(t, k) for t, k in line.segments]],
        [S("公证事项:", "label"), S("遗嘱", "footer")],
    )
    for row in rows:
        y = c.wrap(m, y, row, f, right - m, step, max_lines=2)
    assistant = fk.cn_name(honorific=0.0)
    body = [
        S("兹证明", "footer"),
        S(applicant, "name"),
        S(f"于{cn_date(rng)}来到我处,在我和公证员助理", "footer"),
        S(assistant, "name"),
        S("的面前,在前面的《遗嘱》上签名,并按指印。", "footer"),
    ]
    y = c.wrap(
        m + 2 * f.size,
        y + step * 0.3,
        body,
        f,
        right - m - 2 * f.size,
        step,
        indent=-2 * f.size,
        max_lines=5,
    )
    body = [
        S("经查,遗嘱人", "footer"),
        S(applicant, "name"),
        S(
            "的遗嘱行为符合《中华人民共和国民法典》第一千一百三十九条的规定,遗嘱人立遗嘱时具有完全民事行为能力,意思表示真实。",
            "footer",
        ),
    ]
    y = c.wrap(
        m + 2 * f.size, y, body, f, right - m - 2 * f.size, step, indent=-2 * f.size, max_lines=5
    )
    y += step
    office = f"{rng.choice(('杭州市', '南京市', '成都市', '长沙市'))}{rng.choice(('东方', '国信', '明州', '天府'))}公证处"
    c.text(right, y, office, f, "other", anchor="rs")
    seal(p, right - 140 * s, y - 60 * s, 80 * s, office)
    y += step
    c.line(right - 300 * s, y, [S("公证员  ", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    y += step
    c.text(right, y, cn_date(rng), f, "date", anchor="rs")
    return _finish(c, y, m, pad=10 * s)


def last_will_testament(rng: random.Random) -> Canvas:
    """A will: Chinese by hand or by a scribe, a notary's page, English or Spanish."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_will, _notary, en_will, es_will), weights=(40, 15, 27, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"last_will_testament": last_will_testament}
