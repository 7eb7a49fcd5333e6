"""Labour disputes and arbitration. A Chinese 劳动人事争议仲裁申请书, typed with the
parties in running lines (申请人 with sex, date of birth, 民族, ID, home to the room and
phone; 被申请人 the employer, its 住所, its 法定代表人 by name and its phone) or on the
commission's printed form filled in by pen, then numbered 仲裁请求 with amounts, the
事实和理由 naming the applicant's boss and a colleague, 此致 the commission and a signed
date; a 送达地址确认书 (受送达人, address, mobile, e-mail, the 委托代理人 with the law
firm and 律师执业证号); an English employment tribunal claim form; or an Italian
richiesta di tentativo di conciliazione ("Il sottoscritto … nato a … il …, residente in
…").

Personal: the worker, the employer's legal representative, the boss and colleague, the
lawyer (``name``), dates of birth, ID, tax and practising-certificate numbers
(``id_number``), the worker's home, phones and e-mail. Ordinary: employers, their
addresses and phones, jobs, wages, amounts, dates, laws, commissions and boilerplate.
"""

from __future__ import annotations

import random

from .arbitration_latin import _en_claim, _it_ricorso
from .arbitration_words import (
    CN_CLAIMS,
    CN_DISTRICTS,
    CN_FACTS,
    CN_FIRMS,
    CN_JOBS,
    CN_LAW,
    CN_LAWFIRMS,
    CN_ROLES,
    CN_SERVICE_NOTES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import thumbprint
from .formkit_slips import hand_cell, label_cell
from .kit import Pen, S, _finish, joined_address
from .render import Canvas


def _cn_day(rng: random.Random, year: int) -> str:
    return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _cn_parties(
    rng: random.Random,
    fk: MoneyFaker,
    p: Pen,
    box: tuple[float, float, float],
    worker: str,
    firm: tuple[str, str],
    boss_law: str,
) -> float:
    """Both parties: running typed lines, or the printed form's grid filled by pen."""
    c, s = p.c, p.s
    m, right, y = box
    f = p.font(18)
    home, _ = fk.cn_address(with_door=1.0)
    sex = fk.sex()
    dob = fk.dob(rng.choice(("cn", "iso")))
    firm_name, firm_addr = firm
    firm_phone = fk.cn_landline()
    if rng.random() < 0.6:
        lines = [
            [
                S("申请人:", "label"),
                S(worker, "name"),
                S(f",{sex},汉族,", "other"),
                S(dob, "id_number"),
                S("出生,身份证号码:", "label"),
                S(fk.cn_resident_id(x_prob=0.1), "id_number"),
                S(",住址:", "label"),
                *joined_address([home]),
                S(",联系电话:", "label"),
                S(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
            ],
            [
                S("被申请人:", "label"),
                S(firm_name, "other"),
                S(",住所:", "label"),
                S(f"{firm_addr}。", "other"),
            ],
            [
                S("法定代表人:", "label"),
                S(boss_law, "name"),
                S(",职务:总经理,联系电话:", "label"),
                S(f"{firm_phone}。", "other"),
            ],
        ]
        for spans in lines:
            y = c.wrap(m, y, spans, f, right - m, 34 * s, max_lines=4) + 8 * s
        return y
    w = right - m
    rows = [
        [
            label_cell("申请人"),
            hand_cell(worker, "name"),
            label_cell("性别"),
            hand_cell(sex, "other"),
            label_cell("出生日期"),
            hand_cell(dob, "id_number"),
        ],
        [
            label_cell("民族"),
            hand_cell(rng.choice(("汉", "汉族", "回族", "壮族")), "other"),
            label_cell("身份证号"),
            hand_cell(fk.cn_resident_id(), "id_number", span=3),
        ],
        [label_cell("住址"), Cell(tuple(joined_address([home])), hand=True, span=5)],
        [label_cell("联系电话"), hand_cell(fk.cn_mobile_digits(), "phone", span=5)],
        [label_cell("被申请人"), hand_cell(firm_name, "other", span=5)],
        [
            label_cell("住所"),
            hand_cell(firm_addr, "other", span=3),
            label_cell("联系电话"),
            hand_cell(firm_phone, "other"),
        ],
        [
            label_cell("法定代表人"),
            hand_cell(boss_law, "name"),
            label_cell("职务"),
            hand_cell("总经理", "other", span=3),
        ],
    ]
    widths = [w * k for k in (0.14, 0.2, 0.12, 0.16, 0.14, 0.24)]
    return table(p, m, y, widths, rows, 52 * s, p.font(17), hand_px=28) + 30 * s


def _cn_application(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.75, cjk=True, base=1200, margin=0.08)
    s = p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "劳动人事争议仲裁申请书", p.font(32, bold=True), "label", anchor="ms")
    y += 60 * s
    worker, boss_law = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    firm = rng.choice(CN_FIRMS)
    y = _cn_parties(rng, fk, p, (m, right, y), worker, firm, boss_law)
    f = p.font(18)
    c.text(m, y + 8 * s, "仲裁请求:", p.font(19, bold=True), "label")
    y += 44 * s
    for k, claim in enumerate(rng.sample(CN_CLAIMS, rng.randint(2, 4)), 1):
        amount = f"{rng.randint(3, 90) * 1000 + rng.choice((0, 500, 360, 820))}"
        spans = [S(f"{k}. ", "other"), *template_spans(claim, {"a": (amount, "price")}, "other")]
        y = c.wrap(m + 30 * s, y, spans, f, right - m - 30 * s, 32 * s, max_lines=2)
    y += 10 * s
    c.text(m, y, "事实和理由:", p.font(19, bold=True), "label")
    y += 36 * s
    start_year = rng.randint(2019, 2024)
    parts = {
        "start": (_cn_day(rng, start_year), "date"),
        "end": (_cn_day(rng, 2026), "date"),
        "job": (rng.choice(CN_JOBS), "other"),
        "wage": (str(rng.randint(40, 95) * 100), "price"),
        "role": (rng.choice(CN_ROLES), "other"),
        "boss": (fk.cn_name(honorific=0.0), "name"),
        "mate": (fk.cn_name(honorific=0.0), "name"),
    }
    body = template_spans(rng.choice(CN_FACTS), parts)
    y = c.wrap(m + 36 * s, y, body, f, right - m - 36 * s, 32 * s, max_lines=7)
    y = c.wrap(m + 36 * s, y, [S(CN_LAW, "footer")], f, right - m - 36 * s, 32 * s, max_lines=4)
    y += 24 * s
    c.text(m + 36 * s, y, "此致", f, "footer")
    y += 40 * s
    district = rng.choice(CN_DISTRICTS)
    c.text(m, y, f"{district}劳动人事争议仲裁委员会", f, "other")
    y += 60 * s
    x = c.line(c.width * 0.5, y, [S("申请人(签名):", "label")], f) + 10 * s
    end = handwritten(p, x, y, [S(worker, "name")], 36, cjk=True)
    if rng.random() < 0.5:
        thumbprint(p, end + 40 * s, y - 14 * s, 22 * s)
    y += 44 * s
    c.text(c.width * 0.6, y, _cn_day(rng, 2026), f, "date")
    y += 40 * s
    c.text(m, y, "附:证据材料清单一份;申请书副本一份。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_service(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """送达地址确认书: where the commission may serve its papers, with the lawyer."""
    c, p, m, right = sheet(rng, (1200, 1260), 1.3, cjk=True, base=1200, margin=0.07)
    s = p.s
    y = m + 40 * s
    district = rng.choice(CN_DISTRICTS)
    c.text(
        c.width / 2,
        y,
        f"{district}劳动人事争议仲裁委员会",
        p.font(22, bold=True),
        "shop",
        anchor="ms",
    )
    y += 46 * s
    c.text(c.width / 2, y, "送达地址确认书", p.font(30, bold=True), "label", anchor="ms")
    y += 24 * s
    c.line(
        right - 360 * s,
        y + 10 * s,
        [S("案号:", "label"), S(f"{district[:2]}劳人仲案字[2026]第{fk.digits(3)}号", "other")],
        p.font(15),
    )
    y += 24 * s
    home, _ = fk.cn_address(with_door=1.0)
    name = fk.cn_name(honorific=0.0)
    lawyer = rng.random() < 0.7
    w = right - m
    rows = [
        [
            label_cell("受送达人"),
            hand_cell(name, "name"),
            label_cell("身份"),
            hand_cell(rng.choice(("申请人", "被申请人")), "other"),
        ],
        [label_cell("送达地址"), Cell(tuple(joined_address([home])), hand=True, span=3)],
        [
            label_cell("手机号码"),
            hand_cell(fk.cn_mobile_digits(), "phone"),
            label_cell("邮政编码"),
            hand_cell(fk.digits(6, True), "other"),
        ],
        [label_cell("电子邮箱"), hand_cell(fk.email(), "email", span=3)],
        [
            label_cell("委托代理人"),
            hand_cell(fk.cn_name(honorific=0.0) if lawyer else "无", "name" if lawyer else "other"),
            label_cell("执业证号"),
            hand_cell(f"1{fk.digits(16)}" if lawyer else "", "id_number"),
        ],
        [
            label_cell("律师事务所"),
            hand_cell(rng.choice(CN_LAWFIRMS) if lawyer else "", "other"),
            label_cell("代理人电话"),
            hand_cell(fk.cn_mobile_digits() if lawyer else "", "phone"),
        ],
        [
            label_cell("是否同意电子送达"),
            hand_cell(rng.choice(("同意", "不同意")), "other", span=3),
        ],
    ]
    y = (
        table(
            p, m, y, [w * k for k in (0.18, 0.32, 0.16, 0.34)], rows, 56 * s, p.font(18), hand_px=28
        )
        + 36 * s
    )
    c.text(m, y, "告知事项:", p.font(17, bold=True), "label")
    y += 30 * s
    for note in CN_SERVICE_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 26 * s, max_lines=3)
    y += 30 * s
    x = c.line(m, y, [S("受送达人确认签名:", "label")], p.font(18)) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    c.text(c.width * 0.62, y, _cn_day(rng, 2026), p.font(18), "date")
    return _finish(c, y, m // 2, pad=12 * s)


def labour_arbitration_application(rng: random.Random) -> Canvas:
    """A labour dispute: a Chinese arbitration application or its service-address
    confirmation, an English tribunal claim form or an Italian conciliation request."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_application, _cn_service, _en_claim, _it_ricorso), weights=(40, 20, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"labour_arbitration_application": labour_arbitration_application}
