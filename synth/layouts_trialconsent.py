"""Clinical trial and research consent. A Chinese 知情同意书 signature page (the study, its
protocol number and sponsor; long consent boilerplate; 受试者姓名 by hand with its
initials one letter per box, 受试者编号 / 筛选号, 身份证号, 联系电话; a 法定代理人 with the
relation; the 研究者声明, the investigator's signature and mobile; the ethics committee's
phone); a subject's diary card and visit schedule (subject number and initials in boxes,
initials on every day, the study nurse named with a phone); an English informed consent
form ("Please initial box" after every statement, participant, date of birth, the person
taking consent, a witness); or a French formulaire de consentement éclairé ("Je
soussigné(e) …, né(e) le …", the investigator, "Fait à … le …").

Personal: participants, representatives, investigators, nurses and witnesses and their
initials (``name``), subject and screening numbers, IDs and dates of birth
(``id_number``), phones, home addresses. Ordinary: titles, protocol numbers, sponsors,
sites, visits, dates, boilerplate and headings; the committee's phone is business data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import char_boxes, fill_in
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, street_spans
from .render import Canvas, Span
from .trial_words import (
    CN_CONSENT,
    CN_DIARY_EVENTS,
    CN_INVESTIGATOR,
    CN_RELATIONS,
    CN_SITES,
    CN_STUDIES,
    CN_VISITS,
    EN_SITES,
    EN_STATEMENTS,
    EN_STUDIES,
    FR_CONSENT,
    FR_STUDIES,
    FR_TOWNS,
)


def _subject_no(rng: random.Random, fk: MoneyFaker) -> str:
    """A subject's number: the site's and the subject's ("S03-017", "0105")."""
    return rng.choice(
        (f"S{rng.randint(1, 20):02d}-{fk.digits(3)}", f"{fk.digits(2)}{fk.digits(3)}")
    )


def _day(rng: random.Random, sep: str = "-") -> str:
    """A 2026 date: year first with "-", day first with "/" (as Europe writes it)."""
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"2026-{mo:02d}-{d:02d}" if sep == "-" else f"{d:02d}/{mo:02d}/2026"


def _cn_signature_page(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.6, cjk=True, base=1200, margin=0.07)
    s = p.s
    title, protocol, sponsor = rng.choice(CN_STUDIES)
    y = m + 30 * s
    f = p.font(16)
    c.line(m, y, [S("方案编号:", "label"), S(protocol, "other")], f)
    c.line(right - 330 * s, y, [S("版本号/日期:", "label"), S(f"V2.1/{_day(rng)}", "other")], f)
    y += 50 * s
    c.text(c.width / 2, y, "知情同意书·签字页", p.font(30, bold=True), "label", anchor="ms")
    y += 44 * s
    x = c.line(m, y, [S("研究名称:", "label")], p.font(17, bold=True)) + 6 * s
    y = c.wrap(x, y, [S(title, "other")], p.font(17), right - x, 30 * s, max_lines=3) + 4 * s
    c.line(m, y, [S("申办方:", "label"), S(sponsor, "other")], f)
    c.line(c.width / 2, y, [S("研究中心:", "label"), S(rng.choice(CN_SITES), "other")], f)
    y += 44 * s
    c.text(m, y, "受试者声明:", p.font(18, bold=True), "label")
    y += 34 * s
    for para in CN_CONSENT:
        y = c.wrap(m + 34 * s, y, [S(para, "footer")], f, right - m - 34 * s, 28 * s, max_lines=4)
        y += 6 * s
    y += 30 * s
    hand = rng.random() < 0.8
    name = fk.cn_name(honorific=0.0)
    third = (right - m) / 2
    ruled_entry(p, m, m + third - 20 * s, y, ("受试者姓名:", [S(name, "name")]), hand, f, cjk=True)
    x = c.line(m + third, y, [S("姓名缩写:", "label")], f) + 10 * s
    char_boxes(p, x, y - 30 * s, fk.upper(rng.choice((3, 4))), "name", box=36 * s, count=4)
    y += 52 * s
    number = ("受试者编号:", [S(_subject_no(rng, fk), "id_number")])
    ruled_entry(p, m, m + third - 20 * s, y, number, hand, f)
    screening = ("筛选号:", [S(f"SC{fk.digits(4)}", "id_number")])
    ruled_entry(p, m + third, right, y, screening, hand, f)
    y += 52 * s
    ident = ("身份证号:", [S(fk.cn_resident_id(), "id_number")])
    ruled_entry(p, m, m + third + 60 * s, y, ident, hand, f)
    phone = ("联系电话:", [S(fk.cn_mobile(), "phone")])
    ruled_entry(p, m + third + 80 * s, right, y, phone, hand, f)
    y += 52 * s
    ruled_entry(p, m, m + third - 20 * s, y, ("受试者签名:", [S(name, "name")]), True, f, cjk=True)
    ruled_entry(p, m + third, right, y, ("日期:", [S(_day(rng), "date")]), hand, f)
    y += 52 * s
    if rng.random() < 0.5:
        agent = ("法定代理人签名:", [S(fk.cn_name(honorific=0.0), "name")])
        ruled_entry(p, m, m + third - 20 * s, y, agent, True, f, cjk=True)
        relation = ("与受试者关系:", [S(rng.choice(CN_RELATIONS), "other")])
        ruled_entry(p, m + third, right, y, relation, True, f, cjk=True)
        y += 52 * s
    y += 10 * s
    c.text(m, y, "研究者声明:", p.font(18, bold=True), "label")
    y += 34 * s
    y = (
        c.wrap(
            m + 34 * s,
            y,
            [S(CN_INVESTIGATOR, "footer")],
            f,
            right - m - 34 * s,
            28 * s,
            max_lines=3,
        )
        + 22 * s
    )
    doctor = ("研究者签名:", [S(fk.cn_name(honorific=0.0), "name")])
    ruled_entry(p, m, m + third - 20 * s, y, doctor, True, f, cjk=True)
    ruled_entry(p, m + third, right, y, ("研究者电话:", [S(fk.cn_mobile(), "phone")]), hand, f)
    y += 52 * s
    spans = [
        S("如对受试者权益有疑问,请联系伦理委员会:", "footer"),
        Span(fk.cn_landline(), "shop_phone", None),
    ]
    c.line(m, y, spans, p.font(15))
    c.text(right - 150 * s, y, "第5页 共5页", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_diary(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.4, cjk=True, base=1200, margin=0.05)
    s = p.s
    _, protocol, sponsor = rng.choice(CN_STUDIES)
    y = m + 34 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("受试者日记卡", "受试者访视计划及日记卡")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    f = p.font(17)
    c.line(m, y, [S("方案编号:", "label"), S(protocol, "other")], f)
    c.line(c.width / 2, y, [S("中心号:", "label"), S(f"{rng.randint(1, 30):02d}", "other")], f)
    y += 30 * s
    initials = fk.upper(rng.choice((3, 4)))
    x = c.line(m, y + 30 * s, [S("受试者编号:", "label")], f) + 10 * s
    char_boxes(p, x, y, fk.digits(3), "id_number", box=40 * s, count=3)
    x = c.line(c.width / 2, y + 30 * s, [S("姓名缩写:", "label")], f) + 10 * s
    char_boxes(p, x, y, initials, "name", box=40 * s, count=4)
    y += 80 * s
    heads = ("访视", "计划日期", "窗口期", "实际访视日期", "备注")
    rows = [[label_cell(h) for h in heads]]
    start = date(2026, rng.randint(1, 6), rng.randint(1, 28))
    for k, visit in enumerate(CN_VISITS[: rng.randint(4, 6)]):
        rows.append(
            [
                Cell.of(visit, "other"),
                Cell.of((start + timedelta(weeks=4 * k)).isoformat(), "date"),
                Cell.of("±3天" if k else "-", "other", align="c"),
                Cell.of(
                    (start + timedelta(weeks=4 * k, days=rng.randint(-2, 2))).isoformat()
                    if k < 2
                    else "",
                    "date",
                    hand=True,
                ),
                Cell.of("空腹抽血" if k in (0, 2) else "", "other"),
            ]
        )
    widths = [(right - m) * k for k in (0.18, 0.2, 0.14, 0.24, 0.24)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(16), line=1)
    y += 40 * s
    c.text(m, y, "每日服药记录(请受试者本人填写)", p.font(19, bold=True), "label")
    y += 12 * s
    heads = ("日期", "服药时间", "剂量(片)", "不适症状", "受试者签名缩写")
    rows = [[label_cell(h) for h in heads]]
    mo, d = rng.randint(1, 12), rng.randint(1, 20)
    for k in range(rng.randint(5, 7)):
        rows.append(
            [
                Cell.of(f"{mo}月{d + k}日", "date"),
                Cell.of(f"{rng.randint(7, 8)}:{rng.randint(0, 59):02d}", "other", hand=True),
                Cell.of(rng.choice(("1", "1", "2")), "other", hand=True, align="c"),
                Cell.of(rng.choice(CN_DIARY_EVENTS), "other", hand=True),
                Cell.of(initials, "name", hand=True, align="c"),
            ]
        )
    y = table(p, m, y, widths, rows, 42 * s, p.font(16), hand_px=26, line=1)
    y += 40 * s
    nurse = fk.cn_name(honorific=0.0)
    spans = [
        S("如有任何不适,请及时联系研究护士", "footer"),
        S(nurse, "name"),
        S(",电话:", "footer"),
        S(fk.cn_mobile(), "phone"),
    ]
    y = c.wrap(m, y, spans, f, right - m, 30 * s)
    c.line(m, y, [S("申办方:", "label"), S(sponsor, "other")], p.font(14))
    return _finish(c, y, m // 2, pad=10 * s)


def _en_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.55, cjk=False, base=1200, margin=0.07)
    s = p.s
    title, protocol, sponsor = rng.choice(EN_STUDIES)
    y = m + 30 * s
    c.text(m, y, rng.choice(EN_SITES), p.font(19, bold=True), "shop")
    c.text(right - 250 * s, y, "NHS Foundation Trust", p.font(15), "shop")
    y += 50 * s
    c.text(c.width / 2, y, "INFORMED CONSENT FORM", p.font(28, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    x = c.line(m, y, [S("Study title: ", "label")], p.font(16, bold=True))
    y = word_wrap(p, x, y, [S(title, "other")], f, right - x, 26 * s) + 4 * s
    c.line(m, y, [S("Protocol: ", "label"), S(protocol, "other")], f)
    c.line(c.width / 2, y, [S("Sponsor: ", "label"), S(sponsor, "other")], f)
    y += 40 * s
    name = fk.en_name()
    initials = "".join(w[0] for w in name.split())
    x = c.line(m, y + 28 * s, [S("Participant ID:", "label")], f) + 10 * s
    char_boxes(p, x, y, f"{rng.choice('ABNR')}{fk.digits(4)}", "id_number", box=38 * s)
    y += 60 * s
    c.text(right - 130 * s, y, "Please initial box", p.font(13, bold=True), "label")
    y += 30 * s
    box = 56 * s
    for k, statement in enumerate(EN_STATEMENTS, 1):
        end = word_wrap(p, m + 30 * s, y, [S(statement, "footer")], f, right - m - 180 * s, 24 * s)
        c.text(m, y, f"{k}.", f, "other")
        bx = right - 100 * s
        c.box(bx, y - 26 * s, bx + box, y - 26 * s + box, width=2)
        handwritten(
            p, bx + 6 * s, y + 10 * s, [S(initials, "name")], 26, cjk=False, width=box - 12 * s
        )
        y = max(end, y + box) + 12 * s
    y += 10 * s
    rows = [[label_cell(h) for h in ("Name", "Date", "Signature")]]
    people = [(name, "Participant"), (fk.en_name(), "Person taking consent")]
    if rng.random() < 0.5:
        people.append((fk.en_name(), "Witness"))
    signed = _day(rng, "/")  # everybody signs at the same visit
    for who, role in people:
        rows.append(
            [
                Cell((S(who, "name"),), hand=True),
                Cell.of(signed, "date", hand=True),
                Cell.of(who.split()[-1], "name", hand=True),
            ]
        )
        rows.append([Cell.of(f"Name of {role.lower()}", "label", span=3)])
    y = table(
        p, m, y, [(right - m) * k for k in (0.45, 0.2, 0.35)], rows, 44 * s, f, cjk=False, line=1
    )
    y += 36 * s
    c.line(m, y, [S("Participant date of birth: ", "label"), S(fk.dob("dmy"), "id_number")], f)
    y += 34 * s
    c.text(
        m,
        y,
        "1 copy for participant; 1 for the site file; original to be kept in medical notes.",
        p.font(13),
        "footer",
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _fr_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.4, cjk=False, base=1200, margin=0.07)
    s = p.s
    title, number, sponsor = rng.choice(FR_STUDIES)
    y = m + 30 * s
    c.line(m, y, [S("Promoteur : ", "label"), S(sponsor, "other")], p.font(16))
    y += 50 * s
    c.text(
        c.width / 2,
        y,
        "FORMULAIRE DE CONSENTEMENT ÉCLAIRÉ",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    f = p.font(17)
    y = word_wrap(p, m, y, [S(title, "other")], p.font(18, bold=True), right - m, 28 * s)
    c.line(m, y, [S("N° d'enregistrement : ", "label"), S(number, "other")], f)
    y += 50 * s
    street, town = fk.eu_address("fr")
    doctor, participant = fk.eu_name("fr"), fk.eu_name("fr")
    lines = (
        [
            (S("Je soussigné(e) ", "footer"), False),
            (S(participant, "name"), True),
            (S(", né(e) le ", "footer"), False),
            (S(fk.dob("dmy"), "id_number"), True),
        ],
        [
            (S("demeurant ", "footer"), False),
            *((sp, True) for sp in street_spans(street)),
            (S(" ", "other"), False),
            (S(town, "address"), True),
        ],
        [
            (S("accepte librement de participer à l'étude proposée par le Dr ", "footer"), False),
            (S(doctor, "name"), True),
        ],
    )
    for pieces in lines:
        fill_in(p, m, y, pieces, f, hand_px=28, cjk=False)
        y += 48 * s
    for para in FR_CONSENT:
        y = word_wrap(p, m, y, [S(para, "footer")], p.font(16), right - m, 25 * s) + 8 * s
    y += 20 * s
    x = c.line(m, y, [S("N° participant : ", "label")], f)
    handwritten(p, x + 8 * s, y, [S(f"{fk.digits(2)}-{fk.digits(3)}", "id_number")], 28, cjk=False)
    y += 50 * s
    town_day = [
        (S("Fait à ", "footer"), False),
        (S(rng.choice(FR_TOWNS), "other"), True),
        (S(", le ", "footer"), False),
        (S(_day(rng, "/"), "date"), True),
    ]
    fill_in(p, m, y, town_day, f, hand_px=28, cjk=False)
    y += 56 * s
    half = (right - m) / 2
    for k, (role, who) in enumerate((("Le participant", participant), ("L'investigateur", doctor))):
        c.text(m + k * half, y, role, p.font(17, bold=True), "label")
        c.text(m + k * half, y + 30 * s, "Nom et signature :", p.font(14), "label")
        handwritten(
            p, m + k * half, y + 76 * s, [S(who, "name")], 30, cjk=False, width=half - 30 * s
        )
    y += 90 * s
    return _finish(c, y, m // 2, pad=10 * s)


def clinical_trial_consent_form(rng: random.Random) -> Canvas:
    """A research consent: a Chinese 知情同意书 signature page, a subject's diary card, an
    English informed consent form or a French formulaire de consentement éclairé."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_signature_page, _cn_diary, _en_form, _fr_form), weights=(38, 20, 24, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"clinical_trial_consent_form": clinical_trial_consent_form}
