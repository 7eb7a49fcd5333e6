"""Sick notes and medical leave. A hospital's 诊断证明书 / 病假证明 either as a ruled
grid (姓名, 性别, 年龄, 门诊号 or 住院号, 科别, 身份证号, 工作单位) with the diagnosis
and 处理意见 written in by the doctor, or as prose (兹证明 <name>, 男, 35岁, 于…在我院…
就诊); the doctor signs by hand, the hospital's seal is pressed beside it and the note
may name the employer or school it is for. A British fit note (patient, date of
birth, NHS number, the condition, ticks, the doctor's signature and name with the
GMC number, the practice stamp) or a GP's letter ("This is to certify that <name>
was seen in clinic on … and is unfit for work until …"), or a German
Arbeitsunfähigkeitsbescheinigung (Versicherter, geb. am, Versicherten-Nr., Arzt-Nr.,
the doctor's stamp and signature).

Personal: the patient and the doctor (``name``), dates of birth, ID, record, NHS,
insurance, GMC and doctor numbers (``id_number``), the patient's home address on the
German form (``address``). Ordinary: the hospital or practice, its seal, headings,
labels, sex, age, departments, diagnoses, advice, leave periods, dates, employers
and schools, ICD codes and boilerplate; the practice's address and phone and the
insurer's and practice's numbers are business data.
"""

from __future__ import annotations

import datetime as dt
import random

from .fakedata_money import MoneyFaker
from .formkit import RED, handwritten, seal, sheet, table
from .formkit_blanks import corner_cell, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, serial_title
from .kit import S, _finish
from .render import Canvas, Span

_CN_HOSPITALS = ("市第一人民医院", "中心医院", "中医院", "妇幼保健院", "人民医院", "大学附属医院")
_CN_DEPTS = ("呼吸内科", "消化内科", "骨科", "急诊科", "普外科", "耳鼻喉科", "儿科")
_CN_DIAG = (
    "急性支气管炎",
    "急性胃肠炎",
    "右踝关节扭伤",
    "腰椎间盘突出症",
    "上呼吸道感染",
    "急性扁桃体炎",
)
_CN_ADVICE = (
    "建议全休{d}天,注意休息,多饮水,不适随诊。",
    "建议休息{d}天,避免负重及剧烈运动,一周后门诊复查。",
    "建议病休{d}天,按医嘱服药,门诊随诊。",
)
_CN_FOR = ("此证明仅供{org}请假使用", "此证明交{org}备案")
_SCHOOLS = ("实验中学", "第三小学", "职业技术学院", "外国语学校")
_EN_COND = (
    "Lower back pain",
    "Gastroenteritis",
    "Chest infection",
    "Fractured wrist",
    "Stress-related illness",
)
_EN_PRACTICES = ("Riverside Medical Centre", "The Parks Surgery", "Hillview Health Centre")
_DE_KASSEN = ("AOK Nordwest", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic")
_DE_ICD = ("J06.9 G", "A09.9 G", "M54.5 G", "J20.9 G", "S93.40 G")


def _cn(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (840, 900), 1.3, cjk=True, base=840, margin=(0.06, 0.08))
    s, w, W = p.s, right - m, c.width
    f = p.font(18)
    hospital = fk.cn_estate()[:2] + rng.choice(_CN_HOSPITALS)
    y = m + 36 * s
    c.text(W / 2, y, hospital, p.font(26, bold=True), "shop", anchor="ms")
    y += 46 * s
    serial_title(
        p,
        y,
        right,
        rng.choice(("诊断证明书", "病假证明书", "疾病诊断证明")),
        fk.digits(7),
        p.font(16),
    )
    y += 40 * s
    patient, doctor = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    sex, age, days = fk.sex(), rng.randint(6, 68), rng.choice((3, 5, 7, 14, 30))
    dept, diag = rng.choice(_CN_DEPTS), rng.choice(_CN_DIAG)
    record = rng.choice(
        (
            ("门诊号", fk.outpatient_no()),
            ("病历号", fk.medical_record_no()),
            ("住院号", fk.digits(7)),
        )
    )
    org = fk.cn_company() if age >= 18 else fk.cn_estate()[:2] + rng.choice(_SCHOOLS)
    seen = fk.date("cn")
    hand = rng.random() < 0.6
    if rng.random() < 0.55:  # the ruled grid, filled in by the doctor
        rows = [
            [("姓名", patient, "name"), ("性别", sex, "other"), ("年龄", f"{age}岁", "other")],
            [(record[0], record[1], "id_number"), ("科别", dept, "other"), ("日期", seen, "date")],
        ]
        if rng.random() < 0.6:
            rows.append([("身份证号", fk.cn_resident_id(), "id_number")])
        rows.append([("工作单位" if age >= 18 else "就读学校", org, "other")])
        if rng.random() < 0.4:  # some hospitals' forms also ask for a phone and address
            addr, _ = fk.cn_address()
            home = tuple(S(t, k) for t, k in addr.segments)
            rows.append([("联系电话", fk.cn_mobile(), "phone"), ("住址", home, "address")])
        rows += [
            [("诊断", diag, "other")],
            [("处理意见", rng.choice(_CN_ADVICE).format(d=days), "other")],
        ]
        widths = [w * k for k in (0.13, 0.25, 0.1, 0.2, 0.1, 0.22)]
        y = (
            table(p, m, y, widths, grid_rows(rows, hand=hand, columns=6), 50 * s, f, hand_px=26)
            + 44 * s
        )
    else:  # prose: the person inside the certifying sentence
        spans = [S("兹证明 ", "footer"), S(patient, "name"), S(f",{sex},{age}岁,", "footer")]
        if rng.random() < 0.5:
            spans += [
                S("身份证号 ", "footer"),
                S(fk.cn_resident_id(), "id_number"),
                S(",", "footer"),
            ]
        spans += [S(f"{record[0]} ", "footer"), S(record[1], "id_number")]
        spans += [S(f",于{seen}在我院{dept}就诊,诊断为{diag}。", "footer")]
        spans.append(S(rng.choice(_CN_ADVICE).format(d=days), "footer"))
        spans.append(S(rng.choice(_CN_FOR).format(org=org) + "。", "footer"))
        y = c.wrap(m, y + 10 * s, spans, p.font(20), w, 40 * s, max_lines=6) + 30 * s
    x = c.line(m, y, [S("医师签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(doctor, "name")], 34, cjk=True)
    c.line(m + w * 0.55, y, [S("开具日期:", "label"), S(seen, "date")], f)
    seal(p, right - 90 * s, y - 30 * s, 66 * s, "诊断证明专用章")
    y += 60 * s
    note = "注:本证明须加盖医院诊断证明专用章方有效,涂改无效;病休时间自开具之日起计算。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(14), w, 22 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def _en(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 880), 1.35, cjk=False, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f = p.font(17)
    patient, doctor = fk.en_name(), fk.en_name()
    practice = rng.choice(_EN_PRACTICES)
    day, until = _leave(rng)
    seen, dob, cond = f"{day:%d/%m/%Y}", _born(fk, "/"), rng.choice(_EN_COND)
    gmc = [S("GMC No. ", "label"), S(fk.gmc_number(), "id_number")]
    y = m + 34 * s
    if rng.random() < 0.5:  # a GP's letter on the practice's paper
        c.text(m, y, practice, p.font(26, bold=True), "shop")
        y += 26 * s
        c.text(m, y, ", ".join(fk.office_address("en")), p.font(14), "shop_address", None)
        c.line(
            right - 180 * s,
            y,
            [S("Tel ", "label"), Span(fk.office_phone("en"), "shop_phone", None)],
            p.font(14),
        )
        y += 60 * s
        c.text(m, y, "To whom it may concern", f, "footer")
        y += 40 * s
        body = [
            S("This is to certify that ", "footer"),
            S(patient, "name"),
            S(" (date of birth ", "footer"),
        ]
        body += [
            S(dob, "id_number"),
            S(f") was seen in clinic on {seen} and is unfit for work until ", "footer"),
        ]
        body += [S(f"{until:%d/%m/%Y} owing to {cond.lower()}. ", "footer")]
        if rng.random() < 0.5:
            body += [S("NHS number ", "footer"), S(fk.nhs_number(), "id_number"), S(".", "footer")]
        y = word_wrap(p, m, y, body, f, w, 30 * s) + 30 * s
        c.text(m, y, "Yours faithfully,", f, "footer")
        y += 50 * s
        handwritten(p, m, y, [S(doctor, "name")], 34, cjk=False)
        y += 36 * s
        c.line(m, y, [S("Dr ", "other"), S(doctor, "name"), S(" MBBS MRCGP   ", "other"), *gmc], f)
        return _finish(c, y, 0, pad=m)
    c.text(m, y, "Statement of Fitness for Work", p.font(28, bold=True), "label")
    y += 28 * s
    c.text(m, y, "For social security or Statutory Sick Pay", p.font(16), "label")
    y += 44 * s
    rh = 62 * s
    corner_cell(p, m, y, w * 0.6, rh, "Patient's name", [S(patient, "name")], False)
    corner_cell(p, m + w * 0.6, y, w * 0.4, rh, "Date of birth", [S(dob, "id_number")], False)
    y += rh
    corner_cell(p, m, y, w * 0.4, rh, "NHS number", [S(fk.nhs_number(), "id_number")], False)
    corner_cell(p, m + w * 0.4, y, w * 0.6, rh, "I assessed your case on", [S(seen, "date")], False)
    y += rh
    corner_cell(
        p, m, y, w, rh, "and, because of the following condition(s):", [S(cond, "other")], True
    )
    y += rh + 36 * s
    c.text(m, y, "I advise you that:", f, "label")
    y += 34 * s
    fit_ = rng.random() < 0.7
    tick_box(p, m + 20 * s, y, "you are not fit for work.", fit_, f)
    y += 32 * s
    tick_box(
        p,
        m + 20 * s,
        y,
        "you may be fit for work taking account of the following advice:",
        not fit_,
        f,
    )
    y += 40 * s
    weeks = rng.choice(("2 weeks", "1 month", "10 days"))
    c.line(m, y, [S("This will be the case for ", "label"), S(weeks, "other")], f)
    y += 50 * s
    x = c.line(m, y, [S("Doctor's signature", "label")], f) + 14 * s
    handwritten(p, x, y, [S(doctor, "name")], 32, cjk=False)
    c.line(m + w * 0.62, y, [S("Date of statement ", "label"), S(seen, "date")], f)
    y += 40 * s
    c.line(
        m, y, [S("Doctor's name ", "label"), S("Dr " + doctor, "name"), S("   ", "other"), *gmc], f
    )
    y += 30 * s
    # the practice's rubber stamp in the doctor's address box
    c.box(m + w * 0.55, y, right, y + 110 * s, width=1)
    c.text(m + w * 0.55 + 8 * s, y + 18 * s, "Doctor's address", p.font(13), "label")
    sx, sy = m + w * 0.58, y + 48 * s
    c.text(sx, sy, practice.upper(), p.font(15, bold=True), "shop", fill=(40, 60, 150))
    for k, line in enumerate(fk.office_address("en")):
        c.text(
            sx, sy + (k + 1) * 22 * s, line, p.font(14), "shop_address", None, fill=(40, 60, 150)
        )
    return _finish(c, y + 110 * s, 0, pad=m * 0.6)


def _leave(rng: random.Random) -> tuple[dt.date, dt.date]:
    """The day the patient was seen and the last day of the leave advised."""
    day = dt.date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
    return day, day + dt.timedelta(days=rng.choice((3, 6, 9, 13, 27)))


def _born(fk: MoneyFaker, sep: str) -> str:
    """A date of birth day first (the faker's dotted style is year first)."""
    y, m, d = fk.dob("dot").split(".")
    return sep.join((d, m, y))


def _de(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 880), 1.2, cjk=False, base=820, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f, mono = p.font(17), p.font(19, mono=True)
    patient, doctor = fk.eu_name("de"), fk.eu_name("de")
    street, town = fk.eu_address("de")
    seen, until = _leave(rng)
    own = [Span(fk.digits(9, True), "tax_id", None) for _ in range(2)]  # insurer's, practice's
    # (share of the width, caption, value) per row of the form's head, as Muster 1 prints it
    head = (
        ((0.62, "Krankenkasse bzw. Kostenträger", [S(rng.choice(_DE_KASSEN), "other")]),),
        (
            (0.45, "Name, Vorname des Versicherten", [S(", ".join(patient.split()[::-1]), "name")]),
            (0.17, "geb. am", [S(_born(fk, "."), "id_number")]),
        ),
        ((0.62, "", [S(street, "address"), S(", ", "other"), S(town, "address")]),),
        (
            (0.24, "Kostenträgerkennung", own[:1]),
            (0.24, "Versicherten-Nr.", [S(fk.de_insured_no(), "id_number")]),
            (0.14, "Status", [S("1000000", "other")]),
        ),
        (
            (0.24, "Betriebsstätten-Nr.", own[1:]),
            (0.24, "Arzt-Nr.", [S(fk.lanr(), "id_number")]),
            (0.14, "Datum", [S(f"{seen:%d.%m.%Y}", "date")]),
        ),
    )
    y, rh = m + 10 * s, 58 * s
    for row in head:
        x = m
        for share, caption, value in row:
            corner_cell(p, x, y, w * share, rh, caption, value, False)
            x += w * share
        y += rh
    title = p.font(22, bold=True)
    c.text(m + w * 0.66, y - 4.3 * rh, "Arbeitsunfähigkeits-", title, "label")
    c.text(m + w * 0.66, y - 3.8 * rh, "bescheinigung", title, "label")
    tick_box(p, m + w * 0.66, y - 2.6 * rh, "Erstbescheinigung", rng.random() < 0.7, f)
    tick_box(p, m + w * 0.66, y - 1.9 * rh, "Folgebescheinigung", False, f)
    y += 40 * s
    since = seen - dt.timedelta(days=rng.choice((0, 1, 2)))
    dates = (
        ("arbeitsunfähig seit", since),
        ("voraussichtlich arbeitsunfähig bis einschließlich", until),
        ("festgestellt am", seen),
    )
    for label, when in dates:
        c.text(m, y, label, f, "label")
        c.text(m + w * 0.62, y, f"{when:%d.%m.%Y}", mono, "date")
        y += 38 * s
    y += 10 * s
    c.text(m, y, "AU-begründende Diagnose(n) (ICD-10)", f, "label")
    c.text(m + w * 0.62, y, rng.choice(_DE_ICD), mono, "other")
    y += 56 * s
    # the practice's blue stamp (the doctor's name on it) and the signature over it
    ink, x, small = (40, 60, 150), m + w * 0.5, p.font(13)
    c.text(x, y, "Dr. med. " + doctor, p.font(16, bold=True), "name", fill=ink)
    c.text(x, y + 22 * s, "Fachärztin/Facharzt für Allgemeinmedizin", small, "other", fill=ink)
    c.text(x, y + 42 * s, ", ".join(fk.office_address("de")), small, "shop_address", None, fill=ink)
    phone = [S("Tel. ", "other"), Span(fk.office_phone("de"), "shop_phone", None)]
    c.line(x, y + 62 * s, phone, small, fill=ink)
    handwritten(p, x + w * 0.05, y + 100 * s, [S(doctor.split()[-1], "name")], 34, cjk=False)
    c.text(
        m, y + 110 * s, "Vertragsarztstempel / Unterschrift des Arztes", small, "label", fill=RED
    )
    return _finish(c, y + 110 * s, 0, pad=m)


def sick_leave_note(rng: random.Random) -> Canvas:
    """A medical certificate for leave: the patient, their numbers, the diagnosis and
    rest advised, the doctor's name and signature, a seal or stamp."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn, _en, _de), weights=(50, 30, 20))[0](rng, fk)


LAYOUTS = {"sick_leave_note": sick_leave_note}
