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
    EN_FACTS,
    EN_FIRMS,
    EN_JOBS,
    IT_BODIES,
    IT_CLAIMS,
    IT_FIRMS,
    IT_JOBS,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import hand_cell, label_cell
from .kit import Pen, S, _finish, hand_font, joined_address
from .layouts_viewing import _codice_fiscale
from .render import Canvas, Span
from .transit_words import IT_FIRST, IT_LAST, IT_STREETS, IT_TOWNS


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
            [S("申请人:", "label"), S(worker, "name"), S(f",{sex},汉族,", "other"), S(dob, "id_number"),
             S("出生,身份证号码:", "label"), S(fk.cn_resident_id(x_prob=0.1), "id_number"),
             S(",住址:", "label"), *joined_address([home]), S(",联系电话:", "label"),
             S(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"), S("。", "other")],
            [S("被申请人:", "label"), S(firm_name, "other"), S(",住所:", "label"),
             S(firm_addr, "other"), S("。", "other")],
            [S("法定代表人:", "label"), S(boss_law, "name"), S(",职务:总经理,联系电话:", "label"),
             S(firm_phone, "other"), S("。", "other")],
        ]
        for spans in lines:
            y = c.wrap(m, y, spans, f, right - m, 34 * s, max_lines=4) + 8 * s
        return y
    w = right - m
    rows = [
        [label_cell("申请人"), hand_cell(worker, "name"), label_cell("性别"), hand_cell(sex, "other"),
         label_cell("出生日期"), hand_cell(dob, "id_number")],
        [label_cell("民族"), hand_cell(rng.choice(("汉", "汉族", "回族", "壮族")), "other"),
         label_cell("身份证号"), hand_cell(fk.cn_resident_id(), "id_number", span=3)],
        [label_cell("住址"), Cell(tuple(joined_address([home])), hand=True, span=5)],
        [label_cell("联系电话"), hand_cell(fk.cn_mobile_digits(), "phone", span=5)],
        [label_cell("被申请人"), hand_cell(firm_name, "other", span=5)],
        [label_cell("住所"), hand_cell(firm_addr, "other", span=3),
         label_cell("联系电话"), hand_cell(firm_phone, "other")],
        [label_cell("法定代表人"), hand_cell(boss_law, "name"), label_cell("职务"),
         hand_cell("总经理", "other", span=3)],
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
    c.text(c.width / 2, y, f"{district}劳动人事争议仲裁委员会", p.font(22, bold=True), "shop",
           anchor="ms")
    y += 46 * s
    c.text(c.width / 2, y, "送达地址确认书", p.font(30, bold=True), "label", anchor="ms")
    y += 24 * s
    c.line(right - 360 * s, y + 10 * s,
           [S("案号:", "label"), S(f"{district[:2]}劳人仲案字[2026]第{fk.digits(3)}号", "other")],
           p.font(15))
    y += 24 * s
    home, _ = fk.cn_address(with_door=1.0)
    name = fk.cn_name(honorific=0.0)
    lawyer = rng.random() < 0.7
    w = right - m
    rows = [
        [label_cell("受送达人"), hand_cell(name, "name"), label_cell("身份"),
         hand_cell(rng.choice(("申请人", "被申请人")), "other")],
        [label_cell("送达地址"), Cell(tuple(joined_address([home])), hand=True, span=3)],
        [label_cell("手机号码"), hand_cell(fk.cn_mobile_digits(), "phone"), label_cell("邮政编码"),
         hand_cell(fk.digits(6, True), "other")],
        [label_cell("电子邮箱"), hand_cell(fk.email(), "email", span=3)],
        [label_cell("委托代理人"), hand_cell(fk.cn_name(honorific=0.0) if lawyer else "无", "name"
                                           if lawyer else "other"),
         label_cell("执业证号"), hand_cell(f"1{fk.digits(16)}" if lawyer else "", "id_number")],
        [label_cell("律师事务所"), hand_cell(rng.choice(CN_LAWFIRMS) if lawyer else "", "other"),
         label_cell("代理人电话"), hand_cell(fk.cn_mobile_digits() if lawyer else "", "phone")],
        [label_cell("是否同意电子送达"), hand_cell(rng.choice(("同意", "不同意")), "other", span=3)],
    ]
    y = table(p, m, y, [w * k for k in (0.18, 0.32, 0.16, 0.34)], rows, 56 * s, p.font(18),
              hand_px=28) + 36 * s
    c.text(m, y, "告知事项:", p.font(17, bold=True), "label")
    y += 30 * s
    for note in CN_SERVICE_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 26 * s, max_lines=3)
    y += 30 * s
    x = c.line(m, y, [S("受送达人确认签名:", "label")], p.font(18)) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    c.text(c.width * 0.62, y, _cn_day(rng, 2026), p.font(18), "date")
    return _finish(c, y, m // 2, pad=12 * s)


def _en_claim(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.7, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(m, y, "Employment Tribunal", p.font(18), "shop")
    y += 40 * s
    c.text(m, y, "Claim form (ET1)", p.font(30, bold=True), "label")
    y += 46 * s
    hand = rng.random() < 0.5
    f = p.font(17)
    first, surname = fk.en_name().split(" ", 1)
    firm, firm_addr = rng.choice(EN_FIRMS)
    sections = (
        ("2  Claimant's details", (
            ("2.1 First name", [S(first, "name")]),
            ("2.2 Surname", [S(surname, "name")]),
            ("2.3 Date of birth", [S(fk.dob("dmy"), "id_number")]),
            ("2.4 Address", joined_address(fk.uk_block())),
            ("2.5 Phone number", [S(fk.uk_phone(), "phone")]),
            ("2.6 Email", [S(fk.email(f"{first} {surname}"), "email")]),
        )),
        ("3  Respondent's details", (
            ("3.1 Name of employer", [S(firm, "other")]),
            ("3.2 Address", [S(firm_addr, "other")]),
            ("3.3 ACAS certificate number", [S(f"R{fk.digits(6)}/26/{fk.digits(2)}", "other")]),
        )),
        ("5  Employment details", (
            ("5.1 Employment start date", [S(f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/20"
                                             f"{rng.randint(15, 23)}", "date")]),
            ("5.2 Job title", [S(rng.choice(EN_JOBS), "other")]),
            ("6.2 Pay before tax", [S(f"£{rng.randint(1600, 3200):,} per month", "price")]),
        )),
    )
    for head, fields in sections:
        c.draw.rectangle([m, y - 24 * s, right, y + 8 * s], fill=(220, 226, 236))
        c.text(m + 8 * s, y, head, p.font(18, bold=True), "label")
        y += 48 * s
        for field in fields:
            ruled_entry(p, m, right, y, field, hand, f)
            y += 46 * s
        y += 10 * s
    c.draw.rectangle([m, y - 24 * s, right, y + 8 * s], fill=(220, 226, 236))
    c.text(m + 8 * s, y, "8.2  Details of your claim", p.font(18, bold=True), "label")
    y += 40 * s
    boss = fk.en_name()
    parts = {
        "start": (f"{rng.randint(1, 28)} March 20{rng.randint(15, 23)}", "date"),
        "end": (f"{rng.randint(1, 28)} August 2026", "date"),
        "day": (f"{rng.randint(1, 28)} July 2026", "date"),
        "boss": (boss, "name"),
        "mate": (fk.en_first(upper=False), "name"),
    }
    body = template_spans(rng.choice(EN_FACTS), parts)
    top = y - 16 * s
    if hand:
        y = _hand_prose(p, m + 12 * s, y + 14 * s, body, right - m - 24 * s)
    else:
        y = word_wrap(p, m + 12 * s, y + 10 * s, body, f, right - m - 24 * s, 28 * s)
    bottom = max(y + 10 * s, top + 220 * s)
    c.box(m, top, right, bottom, width=1)
    return _finish(c, bottom, m // 2, pad=10 * s)


def _hand_prose(p: Pen, x: float, y: float, body: list[Span], width: float) -> float:
    """Prose written by hand in the claim box, broken between words."""
    return word_wrap(p, x, y, body, hand_font(p, 26, cjk=False), width, 42 * p.s,
                     fill=(25, 35, 120))


def _it_ricorso(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.08)
    s = p.s
    w = right - m
    y = m + 34 * s
    body_name = rng.choice(IT_BODIES)
    c.text(right - 460 * s, y, "Spett.le", p.font(17), "other")
    y += 28 * s
    y = word_wrap(p, right - 460 * s, y, [S(body_name, "other")], p.font(17), 460 * s, 26 * s)
    y += 30 * s
    subject = "OGGETTO: Richiesta di tentativo di conciliazione ai sensi dell'art. 410 c.p.c."
    y = word_wrap(p, m, y, [S(subject, "label")], p.font(18, bold=True), w, 28 * s) + 20 * s
    first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
    born = "nata" if first.endswith("a") else "nato"
    firm, firm_addr = rng.choice(IT_FIRMS)
    town = rng.choice(IT_TOWNS)
    parts = {
        "name": (f"{first} {last}", "name"),
        "birthplace": (rng.choice(IT_TOWNS), "other"),
        "dob": (fk.dob("dmy"), "id_number"),
        "street": (f"{rng.choice(IT_STREETS)} {rng.randint(1, 140)}", "address"),
        "flat": (f"int. {rng.randint(1, 20)}", "door"),
        "town": (f"{fk.digits(5, True)} {town}", "address"),
        "cf": (_codice_fiscale(fk), "id_number"),
        "tel": (f"3{fk.digits(2)} {fk.digits(7)}", "phone"),
        "firm": (firm, "other"),
        "firm_addr": (firm_addr, "other"),
        "job": (rng.choice(IT_JOBS), "other"),
        "start": (f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(12, 23)}",
                  "date"),
    }
    lead, worker = ("Il sottoscritto", "lavoratore") if born == "nato" else ("La sottoscritta",
                                                                          "lavoratrice")
    template = (
        f"{lead} {{name}}, {born} a {{birthplace}} il {{dob}}, residente in {{street}}, {{flat}}, "
        f"{{town}}, C.F. {{cf}}, tel. {{tel}}, {worker} dipendente della ditta {{firm}} con sede in "
        "{firm_addr}, con mansioni di {job} dal {start},"
    )
    f = p.font(17)
    y = word_wrap(p, m, y, template_spans(template, parts), f, w, 28 * s) + 14 * s
    c.text(c.width / 2, y, "PREMESSO CHE", p.font(17, bold=True), "label", anchor="ms")
    y += 32 * s
    claims = rng.sample(IT_CLAIMS, 2)
    text = (f"il datore di lavoro non ha corrisposto quanto dovuto a titolo di {claims[0]} e di "
            f"{claims[1]}, per un importo complessivo di € {rng.randint(2, 30)}.{fk.digits(3)},00;")
    y = word_wrap(p, m, y, [S(text, "footer")], f, w, 28 * s) + 14 * s
    c.text(c.width / 2, y, "CHIEDE", p.font(17, bold=True), "label", anchor="ms")
    y += 32 * s
    ask = ("la convocazione delle parti dinanzi alla Commissione di conciliazione per "
           "l'esperimento del tentativo di conciliazione. Le comunicazioni vanno inviate "
           "presso lo studio dell'Avv. ")
    lawyer = f"{rng.choice(IT_FIRST)} {rng.choice(IT_LAST)}"
    spans = [S(ask, "footer"), S(lawyer, "name"), S(", PEC ", "footer"),
             S(f"{lawyer.split()[1].lower()}@pec.ordineavvocati.it", "email"), S(".", "footer")]
    y = word_wrap(p, m, y, spans, f, w, 28 * s) + 30 * s
    c.text(m, y, f"{town}, {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", f, "date")
    x = c.line(c.width * 0.55, y, [S("Firma", "label")], f) + 14 * s
    handwritten(p, x, y + 6 * s, [S(f"{first[0]}. {last}", "name")], 34, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)


def labour_arbitration_application(rng: random.Random) -> Canvas:
    """A labour dispute: a Chinese arbitration application or its service-address
    confirmation, an English tribunal claim form or an Italian conciliation request."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_application, _cn_service, _en_claim, _it_ricorso), weights=(40, 20, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"labour_arbitration_application": labour_arbitration_application}
