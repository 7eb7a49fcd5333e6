"""DNA and paternity testing. A forensic institute's 司法鉴定意见书 / DNA亲子鉴定检测报告
(the case's 文书编号; 委托人 with a phone; the question naming the alleged father and the
child; a table of 被鉴定人: 称谓, name, sex, date of birth, ID or 出生医学证明编号,
样本编号, sample type; a page of STR genotypes; the conclusion naming both again with
the CPI; 鉴定人 with their 执业证号 and signatures; the seal; the institute's licence,
address and line), or an English DNA paternity test report or a French rapport
d'expertise génétique (:mod:`synth.paternity_latin`).

Personal: clients, the tested people and examiners (``name``), dates of birth, IDs,
birth certificate numbers, sample numbers (each one person's swab) and 执业证号
(``id_number``), the client's phone. Ordinary: roles (被检父, 孩子, 生母), sex, sample
types, loci and alleles, the CPI and probability, the 文书编号 (the institute's own
docket), purposes, dates; the institute's licence, address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import label_cell
from .kit import S, _finish, biz
from .layouts_criminal import cn_date
from .paternity_latin import en_report, fr_rapport, loci_grid
from .paternity_words import (
    CN_CONCLUDE,
    CN_INSTITUTES,
    CN_PURPOSES,
    CN_ROLES,
    CN_SAMPLES,
    profiles,
)
from .render import Canvas


def _birth_no(fk: HomeFaker) -> str:
    """A 出生医学证明编号: a letter and nine digits."""
    return fk.r.choice("OPQRS") + fk.digits(9, True)


def _report(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 2.1, cjk=True, base=1200, margin=0.07)
    s, w = p.s, right - m
    inst, licence, addr, line = rng.choice(CN_INSTITUTES)
    y = m + 34 * s
    c.text(c.width / 2, y, inst, p.font(26, bold=True), "shop", anchor="ms")
    y += 50 * s
    title = rng.choice(("司法鉴定意见书", "DNA亲子鉴定检测报告"))
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 36 * s
    year = 2026
    docket = f"{inst[:2]}{inst[2:4]}司鉴[{year}]物鉴字第{rng.randint(1, 2999):04d}号"
    c.text(c.width / 2, y, docket, p.font(16), "other", anchor="ms")
    c.text(right, y + 26 * s, licence, p.font(13), "tax_id", None, anchor="rs")
    y += 60 * s
    f, lh = p.font(17), 32 * s
    trio = rng.random() < 0.6
    father, child = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    mother = fk.cn_name(honorific=0.0)
    client = rng.choice((father, mother, fk.cn_name(honorific=0.0)))
    c.text(m, y, "一、基本情况", p.font(18, bold=True), "label")
    y += lh
    c.line(
        m,
        y,
        [
            S("委托人:", "label"),
            S(client, "name"),
            S("    联系电话:", "label"),
            S(fk.cn_mobile(), "phone"),
        ],
        f,
    )
    y += lh
    ask = [
        S("委托事项:", "label"),
        S(father, "name"),
        S("与", "other"),
        S(child, "name"),
        S("之间是否存在亲生血缘关系", "other"),
    ]
    y = c.wrap(m, y, ask, f, w, lh)
    c.line(
        m,
        y,
        [
            S("受理日期:", "label"),
            S(f"{year}年{rng.randint(1, 10)}月{rng.randint(1, 28)}日", "date"),
            S("    鉴定用途:", "label"),
            S(rng.choice(CN_PURPOSES), "other"),
        ],
        f,
    )
    y += lh + 10 * s
    c.text(m, y, "二、被鉴定人情况", p.font(18, bold=True), "label")
    y += 14 * s
    case = rng.randint(100, 9999)
    heads = ("称谓", "姓名", "性别", "出生日期", "证件号码", "样本编号", "样本类型")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    people = [(CN_ROLES[0], father, "男", 1970, 1995), (CN_ROLES[1], child, fk.sex(), 2010, 2025)]
    if trio:
        people.append((CN_ROLES[2], mother, "女", 1975, 1998))
    for k, (role, name, sex, lo, hi) in enumerate(people):
        idn = fk.id_born(lo, hi)
        born = f"{idn[6:10]}.{idn[10:12]}.{idn[12:14]}"
        doc = _birth_no(fk) if role == "孩子" and rng.random() < 0.5 else idn
        rows.append(
            [
                Cell.of(role, "other", align="c"),
                Cell.of(name, "name"),
                Cell.of(sex, "other", align="c"),
                Cell.of(born, "id_number"),
                Cell.of(doc, "id_number"),
                Cell.of(f"{year}-{case}-{'FCM'[k]}", "id_number"),
                Cell.of(rng.choice(CN_SAMPLES), "other"),
            ]
        )
    widths = [w * k for k in (0.09, 0.11, 0.07, 0.14, 0.29, 0.16, 0.14)]
    y = table(p, m, y, widths, rows, 42 * s, p.font(15))
    y += 44 * s
    c.text(m, y, "三、检验结果", p.font(18, bold=True), "label")
    y += 14 * s
    included = rng.random() < 0.8
    loci = profiles(rng, included, rng.choice((15, 19, 20)))
    heads = ("基因座", "被检父", "孩子") + (("生母",) if trio else ()) + ("PI",)
    grid = [[lo, fa, ch] + ([mo] if trio else []) + [pi] for lo, mo, ch, fa, pi in loci]
    y = loci_grid(p, m, y, w, heads, grid)
    y += 36 * s
    cpi = f"{rng.uniform(1.1, 9.9):.2f}×10^{rng.randint(6, 12)}" if included else "0"
    c.line(
        m,
        y,
        [
            S("累积亲权指数(CPI):", "label"),
            S(cpi, "other"),
            S("    亲权概率:", "label"),
            S(">99.99%" if included else "0", "other"),
        ],
        f,
    )
    y += lh + 10 * s
    c.text(m, y, "四、鉴定意见", p.font(18, bold=True), "label")
    y += lh
    parts = {"father": (father, "name"), "child": (child, "name")}
    y = c.wrap(m, y, template_spans(CN_CONCLUDE[0 if included else 1], parts, "other"), f, w, lh)
    y += 30 * s
    for _ in range(2):
        who = fk.cn_name(honorific=0.0)
        x = (
            c.line(
                m,
                y,
                [
                    S("鉴定人:", "label"),
                    S(who, "name"),
                    S("  主检法医师  执业证号:", "label"),
                    S("3301" + fk.digits(8), "id_number"),
                ],
                p.font(15),
            )
            + 20 * s
        )
        handwritten(p, x, y, [S(who, "name")], 28, cjk=True)
        y += 44 * s
    c.text(
        right - 40 * s,
        y,
        cn_date(year, rng.randint(1, 11), rng.randint(1, 28)),
        f,
        "date",
        anchor="rs",
    )
    seal(p, right - 150 * s, y - 60 * s, 70 * s, inst + "司法鉴定专用章")
    y += 50 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(addr, "shop_address"),
            S("  电话:", "label"),
            biz(line, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m, pad=20 * s)


def paternity_test_report(rng: random.Random) -> Canvas:
    """A 司法鉴定意见书 / DNA亲子鉴定检测报告, an English DNA paternity test report or a
    French rapport d'expertise génétique."""
    fk = HomeFaker(rng)
    draw = rng.choices((_report, en_report, fr_rapport), weights=(50, 28, 22))[0]
    return draw(rng, fk)


LAYOUTS = {"paternity_test_report": paternity_test_report}
