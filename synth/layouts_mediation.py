"""Community mediation of disputes. A 人民调解协议书 typed on A4 (the committee's name
and the case's 编号; 申请人 and 被申请人 each in one paragraph: name, sex, 民族, birth,
身份证号码, 住址 to the room, 联系电话; 纠纷主要事实 in prose naming both parties and a
child, neighbour or go-between; 协议内容 in numbered clauses with sums; 履行方式;
both parties' signatures with red fingerprints, the 调解员 and 记录人 by hand, the
committee's seal, its address and line), a 人民调解申请书 written by hand on red-ruled
paper (申请人 and 被申请人 lines, 请求事项, 事实与理由 in prose, 此致, the signature), an
English neighbourhood mediation agreement or a German Vergleich vor der Schiedsperson
(:mod:`synth.mediation_latin`).

Personal: parties, third persons, mediators and clerks (``name``), births and IDs
(``id_number``), homes with their room (``door``), phones. Ordinary: the committee, the
case's 编号 (the committee's filing number, like a court's 案号), sex, 民族, the kind of
dispute, the facts' other words, clauses, sums, dates, payment ways. The committee's
address and line are business data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .fakedata import AddressLine
from .fakedata_notices import NoticeFaker
from .formkit import HAND_INKS, fit, handwritten, seal, sheet
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, thumbprint
from .kit import S, _finish, biz, hand_font, joined_address
from .mediation_latin import de_vergleich, en_agreement
from .mediation_words import (
    CN_APPLY_ASKS,
    CN_CLOSING,
    CN_COMMITTEES,
    CN_DISPUTES,
    CN_PAY,
    NATIONS,
)
from .render import Canvas, Span

CN_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Party:
    name: str
    sex: str
    nation: str
    ident: str
    home: AddressLine
    phone: str

    @property
    def born(self) -> str:
        """The birth read off the ID (1968年3月5日)."""
        i = self.ident
        return f"{i[6:10]}年{int(i[10:12])}月{int(i[12:14])}日"


def party(fk: NoticeFaker) -> Party:
    home, _ = fk.cn_address(with_door=1.0)
    return Party(
        fk.cn_name(honorific=0.0),
        fk.sex(),
        fk.r.choice(NATIONS),
        fk.id_born(1945, 2000),
        home,
        fk.cn_mobile(fk.r.choice(("plain", "plain", "dash"))),
    )


def party_spans(role: str, who: Party) -> list[Span]:
    """申请人:张三,男,汉族,1968年3月5日出生,身份证号码:…,住址:…,联系电话:…"""
    return [
        S(f"{role}:", "label"),
        S(who.name, "name"),
        S(f",{who.sex},{who.nation}族,", "other"),
        S(who.born, "id_number"),
        S("出生,", "other"),
        S("身份证号码:", "label"),
        S(who.ident, "id_number"),
        S(",", "other"),
        S("住址:", "label"),
        *joined_address([who.home]),
        S(",", "other"),
        S("联系电话:", "label"),
        S(who.phone, "phone"),
    ]


def _day(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _parts(rng: random.Random, fk: NoticeFaker, a: Party, b: Party) -> dict[str, tuple[str, str]]:
    return {
        "a": (a.name, "name"),
        "b": (b.name, "name"),
        "c": (fk.cn_name(honorific=0.0), "name"),
        "d": (_day(rng), "date"),
        "m": (f"{rng.randrange(500, 30000, 100)}", "other"),
    }


def _cn_agreement(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.6, cjk=True, base=1200, margin=0.07)
    s, w = p.s, right - m
    place, caddr, cphone = rng.choice(CN_COMMITTEES)
    committee = f"{place}人民调解委员会"
    y = m + 40 * s
    c.text(c.width / 2, y, committee, p.font(22), "label", anchor="ms")
    y += 56 * s
    c.text(c.width / 2, y, "人民调解协议书", p.font(36, bold=True), "label", anchor="ms")
    y += 44 * s
    c.line(
        right - 380 * s,
        y,
        [S("编号:", "label"), S(fk.mediation_case_no(2026, place[:2]), "other")],
        p.font(17),
    )
    y += 46 * s
    f, lh = p.font(19), 34 * s
    a, b = party(fk), party(fk)
    kind, facts, clauses = rng.choice(CN_DISPUTES)
    parts = _parts(rng, fk, a, b)
    y = c.wrap(m, y, party_spans("申请人", a), f, w, lh, max_lines=4) + 8 * s
    y = c.wrap(m, y, party_spans("被申请人", b), f, w, lh, max_lines=4) + 14 * s
    c.line(m, y, [S("纠纷类型:", "label"), S(kind, "other")], f)
    y += lh + 10 * s
    c.text(m, y, "纠纷主要事实、争议事项:", p.font(19, bold=True), "label")
    y += lh
    y = c.wrap(m + 38 * s, y, template_spans(facts, parts, "other"), f, w - 38 * s, lh, max_lines=5)
    y += 10 * s
    c.text(m, y, "经调解,双方自愿达成如下协议:", p.font(19, bold=True), "label")
    y += lh
    for k, clause in enumerate((*clauses, CN_CLOSING[0])):
        spans = [S(f"{CN_NUMERALS[k]}、", "other"), *template_spans(clause, parts, "other")]
        y = c.wrap(m + 38 * s, y, spans, f, w - 38 * s, lh, max_lines=3)
    y += 10 * s
    c.line(
        m,
        y,
        [
            S("履行方式、时限:", "label"),
            S(f"{rng.choice(CN_PAY)},于{_day(rng)}前履行完毕。", "other"),
        ],
        f,
    )
    y += lh
    y = c.wrap(m, y, [S(CN_CLOSING[1], "footer")], f, w, lh, max_lines=2) + 40 * s
    for role, who in (("申请人(签名按指印):", a), ("被申请人(签名按指印):", b)):
        x = c.line(m, y, [S(role, "label")], f) + 10 * s
        end = handwritten(p, x, y, [S(who.name, "name")], 34, cjk=True)
        thumbprint(p, end + 30 * s, y - 14 * s, 26 * s)
        y += 62 * s
    y -= 124 * s
    for role in ("调解员(签名):", "记录人:"):
        x = c.line(m + w * 0.55, y, [S(role, "label")], f) + 10 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True)
        y += 62 * s
    y += 30 * s
    c.text(
        right - 40 * s, y, committee, fit(p, p.font(18), committee, w * 0.4), "other", anchor="rs"
    )
    seal(p, right - 150 * s, y - 30 * s, 74 * s, committee)
    y += 36 * s
    c.text(right - 40 * s, y, _day(rng), p.font(18), "date", anchor="rs")
    y += 56 * s
    c.line(
        m,
        y,
        [
            S("调解委员会地址:", "footer"),
            biz(caddr, "shop_address"),
            S("  电话:", "footer"),
            biz(cphone, "shop_phone"),
        ],
        fit(p, p.font(15), caddr + cphone + "调解委员会地址:  电话:", w),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_application(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A 调解申请书 in one hand on red-ruled letter paper."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    step = 58 * s
    ruled_paper(p, m, right, m + 150 * s, c.height - m, step, margin=False, rule=(215, 120, 120))
    ink = rng.choice(HAND_INKS)
    hf = hand_font(p, 32, cjk=True)
    place, _, _ = rng.choice(CN_COMMITTEES)
    y = m + 90 * s
    c.text(
        c.width / 2, y, "人民调解申请书", hand_font(p, 46, cjk=True), "label", anchor="ms", fill=ink
    )
    y = m + 150 * s - 10 * s
    a, b = party(fk), party(fk)
    parts = _parts(rng, fk, a, b)
    for role, who in (("申请人", a), ("被申请人", b)):
        spans = [
            S(f"{role}:", "label"),
            S(who.name, "name"),
            S(f",{who.sex},", "other"),
            S(f"{2026 - int(who.ident[6:10])}岁,", "other"),
            S("住", "other"),
            *joined_address([who.home]),
            S(",电话", "other"),
            S(who.phone, "phone"),
        ]
        y = c.wrap(m, y, spans, hf, w, step, fill=ink, max_lines=3)
    pick = rng.randrange(len(CN_DISPUTES))
    facts = CN_DISPUTES[pick][1]
    c.text(m, y, "请求事项:", hf, "label", fill=ink)
    y += step
    y = c.wrap(
        m + 60 * s,
        y,
        template_spans(CN_APPLY_ASKS[pick], parts, "other"),
        hf,
        w - 60 * s,
        step,
        fill=ink,
        max_lines=3,
    )
    c.text(m, y, "事实与理由:", hf, "label", fill=ink)
    y += step
    y = c.wrap(
        m + 60 * s,
        y,
        template_spans(facts, parts, "other"),
        hf,
        w - 60 * s,
        step,
        fill=ink,
        max_lines=7,
    )
    y = c.wrap(
        m + 60 * s,
        y,
        [S("为此,特向贵委员会申请调解,望予支持。", "other")],
        hf,
        w - 60 * s,
        step,
        fill=ink,
    )
    c.text(m + 60 * s, y, "此致", hf, "other", fill=ink)
    y += step
    c.text(m, y, f"{place}人民调解委员会", hf, "other", fill=ink)
    y += step
    x = c.line(m + w * 0.5, y, [S("申请人:", "label")], hf, fill=ink) + 6 * s
    handwritten(p, x, y, [S(a.name, "name")], 36, cjk=True)
    if rng.random() < 0.5:
        thumbprint(p, x + 150 * s, y - 14 * s, 24 * s)
    y += step
    c.text(m + w * 0.5, y, _day(rng), hf, "date", fill=ink)
    return _finish(c, y, m // 2, pad=30 * s)


def community_mediation_agreement(rng: random.Random) -> Canvas:
    """A 人民调解协议书, a 调解申请书 by hand, an English neighbourhood mediation
    agreement or a German Vergleich vor der Schiedsperson."""
    fk = NoticeFaker(rng)
    draw = rng.choices(
        (_cn_agreement, _cn_application, en_agreement, de_vergleich), weights=(36, 24, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"community_mediation_agreement": community_mediation_agreement}
