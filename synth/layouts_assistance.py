"""Social assistance. A Chinese 最低生活保障申请审批表 (the applicant's name, date of birth,
ID, 户籍地址 and 现住址 to the room, phone and bank card; a 家庭成员 table with names,
relations, IDs, health, work and income; the 申请理由 in the applicant's hand naming
family members and an illness; the community's, street's and bureau's review boxes with
the officials' names by hand and seals; the public-notice dates); a posted 低保公示名单
(heads of household as 张*明, starred IDs, communities, household sizes, amounts); an
English housing benefit claim (claimant, NI number, partner, children, a private
landlord with address, bank details); or a Spanish solicitud de ingreso mínimo vital
(solicitante, DNI/NIE, domicilio with its piso, the unidad de convivencia, IBAN).

Personal: applicants, relatives, landlords and officials (``name``, starred or not),
IDs, NI numbers, dates of birth and bank accounts (``id_number``), card numbers, phones,
e-mails, home addresses and doors. Ordinary: incomes, amounts, relations, health and
work words, communities, classes, offices, instructions and dates.
"""

from __future__ import annotations

import random

from .assistance_claims import en_claim, es_application
from .assistance_words import (
    CN_CLASSES,
    CN_COMMUNITIES,
    CN_DISTRICTS,
    CN_HEALTH,
    CN_NOTICE,
    CN_REASONS,
    CN_RELATIONS,
    CN_REVIEWS,
    CN_STREETS,
    CN_WORK,
)
from .fakedata_money import MoneyFaker
from .formkit import HAND_INKS, Cell, handwritten, seal, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, label_cell
from .kit import S, _addr_spans, _finish, hand_font
from .render import Canvas, Span


def _cn_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.75, cjk=True, base=1300, margin=0.05)
    s = p.s
    district, street = rng.choice(CN_DISTRICTS), rng.choice(CN_STREETS)
    y = m + 36 * s
    c.text(
        c.width / 2,
        y,
        f"{district}城乡居民最低生活保障申请审批表",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 38 * s
    f = p.font(16)
    c.line(m, y, [S("所属街道:", "label"), S(street, "other")], f)
    c.line(right - 260 * s, y, [S("编号:", "label"), S(f"DB{fk.digits(8)}", "other")], f)
    y += 14 * s
    hand = rng.random() < 0.75
    applicant, ident = fk.cn_name(honorific=0.0), fk.cn_resident_id()
    home, _ = fk.cn_address(with_door=1.0)
    origin, _ = fk.cn_address(with_door=0.3)
    grid = grid_rows(
        [
            [
                ("申请人", applicant, "name"),
                ("性别", fk.sex(), "other"),
                ("出生年月", fk.dob("cn"), "id_number"),
            ],
            [("身份证号", ident, "id_number"), ("联系电话", fk.cn_mobile(), "phone")],
            [("户籍地址", _addr_spans([origin]), "")],
            [("现住址", _addr_spans([home]), "")],
            [("银行卡号", fk.bank_account(), "card_number"), ("开户行", fk.cn_bank(), "other")],
        ],
        hand=hand,
        columns=6,
    )
    widths = [(right - m) * k for k in (0.11, 0.2, 0.09, 0.2, 0.11, 0.29)]
    y = table(p, m, y, widths, grid, 46 * s, f)
    heads = ("姓名", "与申请人关系", "身份证号", "健康状况", "就业状况", "月收入(元)")
    rows = [[label_cell(h) for h in heads]]
    # the spouse and a child first: the reasons name them
    kin = ["配偶", rng.choice(CN_RELATIONS[1:5]), *rng.sample(CN_RELATIONS[5:], rng.randint(0, 2))]
    members = [(applicant, "本人"), *((fk.cn_name(honorific=0.0), rel) for rel in kin)]
    total = 0
    for k, (who, rel) in enumerate(members):
        income = rng.choice((0, 0, 600, 1200, 1850, 2300))
        total += income
        rows.append(
            [
                Cell.of(who, "name", hand=hand),
                Cell.of(rel, "other", hand=hand),
                Cell.of(ident if k == 0 else fk.cn_resident_id(), "id_number", hand=hand),
                Cell.of(rng.choice(CN_HEALTH), "other", hand=hand),
                Cell.of(rng.choice(CN_WORK), "other", hand=hand),
                Cell.of(str(income), "price", hand=hand, align="r"),
            ]
        )
    widths = [(right - m) * k for k in (0.13, 0.14, 0.3, 0.14, 0.14, 0.15)]
    y = table(p, m, y + 14 * s, widths, rows, 42 * s, f, hand_px=26, line=1)
    y += 34 * s
    per = total / len(members)
    c.line(
        m,
        y,
        [
            S("家庭月收入合计:", "label"),
            S(f"{total}元", "price"),
            S("  人均:", "label"),
            S(f"{per:.0f}元", "price"),
            S("  家庭人口:", "label"),
            S(f"{len(members)}人", "other"),
        ],
        f,
    )
    y += 42 * s
    c.text(m, y, "申请理由:", p.font(17, bold=True), "label")
    y += 36 * s
    a, b = members[1][0], members[2][0]
    spans = template_spans(
        rng.choice(CN_REASONS), {"a": (a, "name"), "b": (b, "name")}, between="other"
    )
    y = c.wrap(
        m + 30 * s,
        y,
        spans,
        hand_font(p, 24, cjk=True),
        right - m - 30 * s,
        36 * s,
        fill=rng.choice(HAND_INKS),
        max_lines=4,
    )
    x = c.line(right - 420 * s, y, [S("申请人签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(applicant, "name")], 32, cjk=True)
    y += 20 * s
    box_h = 150 * s
    mo = rng.randint(1, 10)
    community = rng.choice(CN_COMMUNITIES)
    stamps = (f"{community}居民委员会", f"{street}办事处", f"{district}民政局")
    for k, (level, opinion) in enumerate(CN_REVIEWS[: rng.randint(2, 3)]):
        c.box(m, y, right, y + box_h, width=1)
        c.text(m + 12 * s, y + 30 * s, f"{level}:", p.font(16, bold=True), "label")
        handwritten(
            p,
            m + 40 * s,
            y + 72 * s,
            [S(opinion, "other")],
            24,
            cjk=True,
            width=right - m - 300 * s,
        )
        x = c.line(m + 40 * s, y + 125 * s, [S("经办人:", "label")], f) + 6 * s
        x = handwritten(p, x, y + 125 * s, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
        x = c.line(x + 30 * s, y + 125 * s, [S("负责人:", "label")], f) + 6 * s
        handwritten(p, x, y + 125 * s, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
        c.line(
            right - 520 * s,
            y + 125 * s,
            [S(f"2026年{mo}月{4 + 8 * k + rng.randint(0, 3)}日", "date")],
            f,
        )
        seal(p, right - 130 * s, y + box_h / 2, 62 * s, stamps[k])
        y += box_h
    y += 34 * s
    mo, d = mo + 1, rng.randint(1, 20)
    c.line(
        m,
        y,
        [
            S("公示时间:", "label"),
            S(f"2026年{mo}月{d}日至{mo}月{d + 7}日", "date"),
            S("  保障类别:", "label"),
            S(rng.choice(CN_CLASSES), "other"),
        ],
        f,
    )
    y += 32 * s
    c.text(m, y, "注:本表一式三份,民政局、街道、社区各存一份。", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_notice(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A posted list of households to be covered: names starred, amounts ordinary."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.2, cjk=True, base=1300, margin=0.05)
    s = p.s
    street = rng.choice(CN_STREETS)
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        f"{street}2026年第{rng.randint(1, 4)}批最低生活保障拟保对象公示",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 52 * s
    f = p.font(17)
    y = (
        c.wrap(m + 34 * s, y, [S(CN_NOTICE, "footer")], f, right - m - 34 * s, 30 * s, max_lines=4)
        + 10 * s
    )
    heads = ("序号", "户主姓名", "身份证号", "所在社区", "家庭人口", "保障类别", "月保障金(元)")
    rows = [[label_cell(h) for h in heads]]
    for k in range(rng.randint(9, 13)):
        who = fk.cn_name_masked() if rng.random() < 0.8 else fk.cn_name(honorific=0.0)
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(who, "name", align="c"),
                Cell.of(fk.cn_id_masked(), "id_number", align="c"),
                Cell.of(rng.choice(CN_COMMUNITIES), "other", align="c"),
                Cell.of(str(rng.randint(1, 5)), "other", align="c"),
                Cell.of(rng.choice(CN_CLASSES), "other", align="c"),
                Cell.of(str(rng.randrange(480, 2600, 10)), "price", align="r"),
            ]
        )
    widths = [(right - m) * k for k in (0.07, 0.14, 0.26, 0.14, 0.11, 0.12, 0.16)]
    y = table(p, m, y, widths, rows, 38 * s, p.font(16), line=1)
    y += 40 * s
    spans = [
        S("监督电话:", "label"),
        Span(fk.cn_landline(), "shop_phone", None),
        S("  公示期:", "label"),
        S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 20)}日起7天", "date"),
    ]
    c.line(m, y, spans, f)
    y += 50 * s
    c.text(right - 360 * s, y, f"{street}社会救助服务站", f, "shop")
    seal(p, right - 240 * s, y - 20 * s, 66 * s, f"{street}办事处")
    y += 34 * s
    c.text(right - 360 * s, y, f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f, "date")
    return _finish(c, y, m // 2, pad=40 * s)


def social_assistance_application(rng: random.Random) -> Canvas:
    """A social assistance claim: a Chinese 低保申请审批表, a posted 低保公示名单, an English
    housing benefit claim or a Spanish solicitud de ingreso mínimo vital."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_form, _cn_notice, en_claim, es_application), weights=(38, 20, 24, 18))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"social_assistance_application": social_assistance_application}
