"""Theses and academic publishing. A Chinese 硕士 / 博士学位论文 cover (分类号, 密级, UDC,
学校代码 and the 学号 in a corner block; the title; 作者姓名, 指导教师 with a title such as
教授, 学科专业, 研究方向, 答辩日期 on rules), its 独创性声明 and 学位论文版权使用授权书 page
signed by hand by the author and the supervisor (the 授权书 asking the graduate's
destination, phone, postal address and postcode), a journal article's first page (title,
the author line with superscripts and a corresponding author's star, affiliations,
abstract, keywords, 基金项目, 收稿日期, 作者简介 and 通信作者 with an e-mail and ORCID), an
English thesis title page with its declaration, or a German cover page with the
Eidesstattliche Erklärung.

Personal: authors, candidates and supervisors (``name``; the title after a name is
ordinary), 学号 / student ID / Matrikelnummer, ORCID iDs and the birth year in a 作者简介
(``id_number``), a corresponding author's e-mail, signatures. Ordinary: titles,
universities, departments, affiliations with their cities and postcodes, subjects, codes
(分类号, UDC, 学校代码), dates, abstracts and boilerplate.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import handwritten, sheet
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .formkit_slips import ruled_blank
from .kit import S, _finish
from .render import Canvas, Span
from .thesis_words import (
    CN_ABSTRACT,
    CN_DEGREES,
    CN_INTRO,
    CN_KEYWORDS,
    CN_LICENCE,
    CN_ORIGINAL,
    CN_THESES,
    CN_TITLES,
    CN_UNIS,
    DE_DECLARE,
    DE_DEGREES,
    DE_KINDS,
    DE_THESES,
    DE_UNIS,
    EN_DECLARE,
    EN_DEGREES,
    EN_THESES,
    EN_UNIS,
    JOURNALS,
)


def orcid(fk: HomeFaker) -> str:
    """An ORCID iD: fifteen digits and the ISO 7064 MOD 11-2 check character."""
    body = "0000000" + fk.r.choice("123") + fk.digits(7)  # 0000-0001… to 0000-0003…
    total = 0
    for d in body:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    full = body + ("X" if check == 10 else str(check))
    return "-".join(full[i : i + 4] for i in range(0, 16, 4))


def _cn_date(rng: random.Random) -> str:
    return f"{rng.randint(2024, 2026)}年{rng.randint(5, 6)}月{rng.randint(1, 28)}日"


def _cover(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.42, cjk=True, base=1000, margin=0.09)
    s, w = p.s, right - m
    uni, code, _, _, college = rng.choice(CN_UNIS)
    title, subject, direction, klass = rng.choice(CN_THESES)
    f, y = p.font(17), m + 20 * s
    corner = (
        (("分类号:", klass, "other"), ("学校代码:", code, "other")),
        (
            ("密  级:", rng.choice(("公开", "内部")), "other"),
            ("学  号:", fk.student_no(), "id_number"),
        ),
        (("UDC:", f"{rng.randint(5, 6)}{rng.randint(0, 99):02d}", "other"), ("", "", "")),
    )
    for left, rightf in corner:
        for x, (label, value, kind) in ((m, left), (m + w * 0.62, rightf)):
            if label:
                c.line(x, y, [S(label, "label"), S(" " + value, kind)], f)
        y += 30 * s
    y += 90 * s
    c.text(c.width / 2, y, uni, p.font(48, bold=True), "shop", anchor="ms")
    y += 90 * s
    c.text(c.width / 2, y, rng.choice(CN_DEGREES), p.font(40, bold=True), "label", anchor="ms")
    y += 120 * s
    y = c.wrap(m + w * 0.08, y, [S(title, "other")], p.font(30, bold=True), w * 0.84, 46 * s)
    y += 100 * s
    author = fk.cn_name(honorific=0.0)
    boss = fk.cn_name(honorific=0.0)
    rows = (
        ("作 者 姓 名", [S(author, "name")]),
        ("指 导 教 师", [S(boss, "name"), S("  " + rng.choice(CN_TITLES), "other")]),
        ("学 科 专 业", [S(subject, "other")]),
        ("研 究 方 向", [S(direction, "other")]),
        ("所 在 学 院", [S(college, "other")]),
        ("答 辩 日 期", [S(_cn_date(rng), "date")]),
    )
    x0, x1 = m + w * 0.18, m + w * 0.82
    for label, value in rows:
        x = c.line(x0, y, [S(label, "label")], p.font(20, bold=True)) + 18 * s
        c.hline(x, x1, y + 8 * s, width=1)
        c.line(x + 20 * s, y, value, p.font(20))
        y += 52 * s
    return _finish(c, y, m, pad=10 * s)


def _declaration(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.4, cjk=True, base=1000, margin=0.09)
    s, w = p.s, right - m
    uni = rng.choice(CN_UNIS)[0]
    author, boss = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    y = m + 40 * s
    f, lh = p.font(18), 34 * s
    for head, text, signers in (
        (f"{uni}学位论文独创性声明", CN_ORIGINAL, (("学位论文作者签名:", author),)),
        (
            "学位论文版权使用授权书",
            CN_LICENCE,
            (("学位论文作者签名:", author), ("导师签名:", boss)),
        ),
    ):
        c.text(c.width / 2, y, head, p.font(26, bold=True), "label", anchor="ms")
        y += 56 * s
        y = c.wrap(m, y, [S(text, "footer")], f, w, lh, max_lines=8)
        y += 40 * s
        for k, (label, who) in enumerate(signers):
            x0 = m + k * w * 0.5
            x = c.line(x0, y, [S(label, "label")], f) + 8 * s
            handwritten(p, x, y, [S(who, "name")], 32, cjk=True)
            c.line(x0, y + 48 * s, [S("日期:", "label")], f)
            date = f"{rng.randint(2024, 2026)}.{rng.randint(5, 6)}.{rng.randint(1, 28)}"
            handwritten(p, x0 + 60 * s, y + 48 * s, [S(date, "date")], 26, cjk=False)
        y += 150 * s
    # The 授权书 asks where the graduate goes, so the library can reach the author.
    home, post = fk.cn_address()
    rows = (
        ("学位论文作者毕业去向:", [S(fk.cn_company(), "other")], m + w * 0.62),
        ("电话:", [S(fk.cn_mobile(), "phone")], right),
        ("通讯地址:", [S(t, k) for t, k in home.segments], m + w * 0.74),
        ("邮编:", [S(post, "address")], right),
    )
    y -= 60 * s
    for k, (label, value, x1) in enumerate(rows):
        x0 = m if k % 2 == 0 else m + w * (0.64 if k == 1 else 0.76)
        ruled_blank(p, y, label, value, f, x0, x1, hand_px=26, cjk=True)
        y += 48 * s if k % 2 else 0
    return _finish(c, y, m, pad=10 * s)


def _journal(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=True, base=1100, margin=0.07)
    s, w = p.s, right - m
    journal, issn, klass, fund = rng.choice(JOURNALS)
    title = rng.choice(CN_THESES)[0]
    f = p.font(15)
    y = m + 20 * s
    c.text(m, y, f"第{rng.randint(30, 42)}卷 第{rng.randint(1, 24)}期", f, "other")
    c.text(c.width / 2, y, journal, p.font(17, bold=True), "other", anchor="ms")
    c.text(right, y, f"2026年{rng.randint(1, 12)}月", f, "date", anchor="rs")
    c.hline(m, right, y + 10 * s, width=2)
    y += 80 * s
    c.text(c.width / 2, y, title, p.font(28, bold=True), "label", anchor="ms")
    y += 52 * s
    unis = rng.sample(CN_UNIS, 2)
    n = rng.randint(2, 4)
    people = [fk.cn_name(honorific=0.0) for _ in range(n)]
    star = rng.randrange(n)
    spans: list[Span] = []
    for k, who in enumerate(people):
        sup = ("1" if k == 0 else rng.choice("12")) + ("*" if k == star else "")
        spans += [S(who, "name"), S(sup, "other"), S(",  " if k < n - 1 else "", "other")]
    small = p.font(13)  # the affiliation marks printed small after each name
    fonts = [small if k % 3 == 1 else None for k in range(len(spans))]
    width = p.width("".join(sp.text for sp in spans), p.font(20))
    c.line((c.width - width) / 2, y, spans, p.font(20), fonts=fonts)
    y += 36 * s
    for k, (uni, _, city, code, college) in enumerate(unis, 1):
        aff = f"({k}. {uni}{college}, {city} {code})"
        c.text(c.width / 2, y, aff, p.font(14), "other", anchor="ms")
        y += 24 * s
    y += 20 * s
    y = c.wrap(m, y, [S("摘  要:", "label"), S(CN_ABSTRACT, "other")], f, w, 26 * s, max_lines=5)
    c.line(m, y, [S("关键词:", "label"), S(rng.choice(CN_KEYWORDS), "other")], f)
    y += 28 * s
    c.text(m, y + 10 * s, "0  引言", p.font(17, bold=True), "label")
    y = c.wrap(m, y + 40 * s, [S(CN_INTRO, "other")], f, w, 26 * s, max_lines=6) + 10 * s
    c.line(
        m,
        y,
        [
            S("中图分类号:", "label"),
            S(klass, "other"),
            S("    文献标志码:A    文章编号:", "label"),
            S(
                f"{issn}(2026){rng.randint(1, 24):02d}-{rng.randint(1, 300):04d}-{rng.randint(6, 12):02d}",
                "other",
            ),
        ],
        p.font(13),
    )
    y += 40 * s
    c.hline(m, m + w * 0.3, y - 18 * s, width=1)
    f2 = p.font(13)
    first = people[0]
    c.line(
        m,
        y,
        [
            S("收稿日期:", "label"),
            S(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"),
            S("  修订日期:", "label"),
            S(f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}", "date"),
        ],
        f2,
    )
    y += 22 * s
    c.line(m, y, [S("基金项目:", "label"), S(fund, "other")], f2)
    y += 22 * s
    born = str(rng.randint(1975, 2000))
    bio = [
        S("作者简介:", "label"),
        S(first, "name"),
        S(",", "other"),
        S(born, "id_number"),
        S(f"—,{fk.sex()},研究方向为{rng.choice(CN_THESES)[2]}。", "other"),
    ]
    c.line(m, y, bio, f2)
    y += 22 * s
    mail = [
        S("通信作者:", "label"),
        S(people[star], "name"),
        S(",", "other"),
        S(rng.choice(CN_TITLES), "other"),
        S("。E-mail:", "label"),
        S(fk.email(), "email"),
    ]
    end = c.line(m, y, mail, f2)
    if rng.random() < 0.7:
        c.line(end + 12 * s, y, [S("ORCID:", "label"), S(orcid(fk), "id_number")], f2)
    return _finish(c, y, m, pad=10 * s)


def _latin(rng: random.Random, fk: HomeFaker, lang: str) -> Canvas:
    """An English title page and declaration, or a German Deckblatt and Eidesstattliche
    Erklärung, on one sheet (the scan of two pages laid out as one)."""
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=False, base=1000, margin=0.09)
    s, w, mid = p.s, right - m, c.width / 2
    en = lang == "en"
    uni, dept, city = rng.choice(EN_UNIS if en else DE_UNIS)
    name = fk.en_name() if en else fk.eu_name("de")
    boss = name
    while boss.split()[-1] == name.split()[-1]:  # the supervisor is someone else
        boss = fk.en_name() if en else fk.eu_name("de")
    y = m + 40 * s
    c.text(mid, y, uni, p.font(30, bold=True), "shop", anchor="ms")
    y += 36 * s
    c.text(mid, y, dept, p.font(19), "other", anchor="ms")
    y += 80 * s
    title = rng.choice(EN_THESES if en else DE_THESES)
    y = word_wrap(p, m + w * 0.06, y, [S(title, "other")], p.font(28, bold=True), w * 0.88, 40 * s)
    y += 30 * s
    degree = rng.choice(EN_DEGREES if en else DE_DEGREES)
    kind = (
        "A thesis submitted for the degree of"
        if en
        else rng.choice(DE_KINDS) + " zur Erlangung des akademischen Grades"
    )
    c.text(mid, y, kind, p.font(18), "other", anchor="ms")
    c.text(mid, y + 30 * s, degree, p.font(20, bold=True), "other", anchor="ms")
    y += 100 * s
    f = p.font(18)
    rows = (
        ("by" if en else "vorgelegt von", [S(name, "name")]),
        (
            "Student ID" if en else "Matrikelnummer",
            [S(fk.digits(8 if en else 7, True), "id_number")],
        ),
        (
            "Supervisor" if en else "Betreuer/in",
            [S(rng.choice(("Prof. ", "Dr ", "Prof. Dr. ")), "other"), S(boss, "name")],
        ),
        (
            "Submitted" if en else "Abgabedatum",
            [
                S(
                    fk.date("dmy")
                    if en
                    else f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                    "date",
                )
            ],
        ),
    )
    for label, value in rows:
        c.text(m + w * 0.2, y, label + ("" if en and label == "by" else ":"), f, "label")
        c.line(m + w * 0.46, y, value, f)
        y += 34 * s
    y += 50 * s
    c.hline(m, right, y - 20 * s, width=1)
    head = "Declaration" if en else "Eidesstattliche Erklärung"
    c.text(mid, y + 20 * s, head, p.font(24, bold=True), "label", anchor="ms")
    y += 70 * s
    if en:
        parts = {"name": (name, "name"), "degree": (degree, "other")}
        spans = template_spans(EN_DECLARE, parts, "footer")
    else:
        spans = [S(DE_DECLARE, "footer")]
    y = word_wrap(p, m, y, spans, p.font(16), w, 26 * s) + 40 * s
    place = (
        f"{city}, {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
        if not en
        else fk.date("dmy")
    )
    handwritten(p, m, y, [S(place, "date")], 26, cjk=False)
    handwritten(p, m + w * 0.55, y, [S(name, "name")], 32, cjk=False)
    y += 14 * s
    c.hline(m, m + w * 0.4, y, width=1)
    c.hline(m + w * 0.55, right, y, width=1)
    y += 24 * s
    c.text(m, y, "Date" if en else "Ort, Datum", p.font(14), "label")
    c.text(m + w * 0.55, y, "Signature" if en else "Unterschrift", p.font(14), "label")
    return _finish(c, y, m, pad=16 * s)


def thesis_cover_page(rng: random.Random) -> Canvas:
    """A 学位论文 cover, its 独创性声明 page, a journal's first page, an English title
    page with a declaration or a German Deckblatt with the Eidesstattliche Erklärung."""
    fk = HomeFaker(rng)
    kind = rng.choices(("cover", "declare", "journal", "en", "de"), weights=(27, 18, 25, 16, 14))[0]
    if kind in ("en", "de"):
        return _latin(rng, fk, kind)
    return {"cover": _cover, "declare": _declaration, "journal": _journal}[kind](rng, fk)


LAYOUTS = {"thesis_cover_page": thesis_cover_page}
