"""Maternity and birth records: China's 出生医学证明 (a bilingual grid: the baby's
name, sex, date and time of birth, the place of birth to the county, gestational
weeks, weight and length; each parent's name, age, nationality, ethnic group and ID;
the family's address; the delivering hospital and the issuing office's seal), printed
or filled in by hand, sometimes with the counterfoil the hospital keeps (who collected
the certificate, their ID, the issuing clerk); an English hospital's notification of
birth, or a German Geburtsbescheinigung for the registry office, on ruled blanks.

Personal: every person's name (baby, parents, the collector, midwife and clerk), the
date and time of birth and the parents' dates of birth, ID, hospital and NHS numbers
and the certificate's number (``id_number``: the certificate number follows the
child through household registration), the family's address with its door, phones.
Ordinary: titles, labels, sex, places of birth (province, city, county), weeks,
weights, lengths, ages, nationalities, ethnic groups, the hospital's own name and
address, issue dates and the seal's words.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import RED, bilingual, seal, sheet, table
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows
from .kit import S, _finish, joined_address
from .render import Canvas

_CN_PLACES = (
    "四川省 成都市 武侯区",
    "湖南省 长沙市 岳麓区",
    "江苏省 苏州市 吴中区",
    "河南省 洛阳市 涧西区",
    "广东省 佛山市 南海区",
    "浙江省 金华市 义乌市",
    "山东省 潍坊市 寿光市",
)
_CN_HOSPITALS = ("市妇幼保健院", "第一人民医院", "中心医院", "妇产医院", "县人民医院")
_CN_PEOPLES = ("汉族", "汉族", "汉族", "回族", "壮族", "满族", "土家族")
_CN_KINDS = ("医院", "妇幼保健院", "家庭", "其他")
#: Language -> (girls' names, boys' names) for the baby and the mother.
_FIRST = {
    "en": (
        ("Amelia", "Grace", "Isla", "Freya", "Sophie", "Hannah"),
        ("Oliver", "Jack", "Noah", "Harry", "Leo"),
    ),
    "de": (
        ("Anna", "Lea", "Marie", "Sophie", "Katrin", "Julia"),
        ("Lukas", "Jonas", "Felix", "Paul", "Tim"),
    ),
}
_EN_HOSPITALS = ("St Mary's Maternity Unit", "Riverside General Hospital", "Northgate Women's")
_DE_KLINIKEN = ("Klinikum Am Stadtpark", "St.-Elisabeth-Krankenhaus", "Frauenklinik Nord")

#: Language -> the notification's words (English hospital, German clinic).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "NOTIFICATION OF BIRTH",
        "sub": "Record of live birth - to be retained in the maternity notes",
        "baby": "BABY",
        "surname": "Surname:",
        "given": "Given name(s):",
        "sex": "Sex:",
        "born": "Date of birth:",
        "time": "Time:",
        "weight": "Birth weight:",
        "gest": "Gestation:",
        "number": "NHS number:",
        "mother": "MOTHER",
        "name": "Full name:",
        "dob": "Date of birth:",
        "addr": "Usual address:",
        "phone": "Telephone:",
        "hosp": "Hospital no.:",
        "father": "FATHER / SECOND PARENT",
        "by": "Delivered by (midwife):",
        "sign": "Signature:",
        "note": "Parents must register the birth within 42 days at the register office for "
        "the district in which the baby was born.",
    },
    "de": {
        "title": "Geburtsbescheinigung",
        "sub": "zur Vorlage beim Standesamt",
        "baby": "KIND",
        "surname": "Familienname:",
        "given": "Vorname(n):",
        "sex": "Geschlecht:",
        "born": "Geburtstag:",
        "time": "Uhrzeit:",
        "weight": "Gewicht:",
        "gest": "Schwangerschaftswoche:",
        "number": "Aufnahme-Nr.:",
        "mother": "MUTTER",
        "name": "Name, Vorname:",
        "dob": "Geburtsdatum:",
        "addr": "Wohnanschrift:",
        "phone": "Telefon:",
        "hosp": "Fall-Nr.:",
        "father": "VATER",
        "by": "Hebamme / Geburtshelfer:",
        "sign": "Unterschrift:",
        "note": "Die Geburt ist dem Standesamt innerhalb einer Woche anzuzeigen. "
        "Bitte Personalausweise und Heiratsurkunde der Eltern mitbringen.",
    },
}


def _birth_time(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(date, time) of birth as the country writes them, and an issue date days later."""
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 20)
    hh, mm, later = rng.randint(0, 23), rng.randint(0, 59), d + rng.randint(1, 8)
    if lang == "cn":
        return f"{y}年{m}月{d}日", f"{hh}时{mm}分", f"{y}年{m}月{later}日"
    dot, sep = ("." if lang == "de" else "/"), f"{m:02d}"
    return f"{d:02d}{dot}{sep}{dot}{y}", f"{hh:02d}:{mm:02d}", f"{later:02d}{dot}{sep}{dot}{y}"


def _parent_dob(rng: random.Random, lang: str) -> str:
    """A parent's date of birth (born 1980-2004) in the country's digits."""
    y, m, d = rng.randint(1980, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d:02d}.{m:02d}.{y}" if lang == "de" else f"{d:02d}/{m:02d}/{y}"


def _measures(rng: random.Random) -> tuple[int, int, int, int]:
    """Gestational weeks and days, weight in grams, length in centimetres."""
    return (
        rng.randint(36, 41),
        rng.randint(0, 6),
        rng.randrange(2500, 4300, 10),
        rng.randint(46, 54),
    )


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.6, cjk=True, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.5  # an older blank filled in at the desk
    f = p.font(15)
    y = m + 40 * s
    c.text(W / 2, y, "出生医学证明", p.font(34, bold=True), "label", anchor="ms")
    y += 30 * s
    c.text(W / 2, y, "Medical Certificate of Birth", p.font(16), "label", anchor="ms")
    y += 32 * s
    number = rng.choice("MNOPQR") + fk.digits(9)
    c.line(right - 230 * s, y, [S("编号 No.", "label"), S(number, "id_number")], f, fill=RED)
    y += 14 * s
    surname = fk.cn_surname()
    baby = surname + fk.cn_given_name()
    mother, father = fk.cn_name(honorific=0.0), surname + fk.cn_given_name()
    day, hour, issued = _birth_time(rng, "cn")
    wk, dd, grams, cm = _measures(rng)
    sex = rng.choice(("男", "女"))
    home, _pc = fk.cn_address(with_door=0.9)

    def parent(title: str, en: str, name: str) -> list[list[tuple[str, str, str]]]:
        id_label = bilingual(rng, "有效身份证件号码", "ID No.", colon=0.0)
        return [
            [
                (bilingual(rng, title, en, colon=0.0), name, "name"),
                (bilingual(rng, "年龄", "Age", colon=0.0), f"{rng.randint(21, 42)}岁", "other"),
            ],
            [
                (bilingual(rng, "国籍", "Nationality", colon=0.0), "中国", "other"),
                (
                    bilingual(rng, "民族", "Ethnic group", colon=0.0),
                    rng.choice(_CN_PEOPLES),
                    "other",
                ),
            ],
            [(id_label, fk.cn_resident_id(x_prob=0.1), "id_number")],
        ]

    hospital = rng.choice(("", "江州", "临川", "云城")) + rng.choice(_CN_HOSPITALS)
    spec = [
        [
            (bilingual(rng, "新生儿姓名", "Name", colon=0.0), baby, "name"),
            (bilingual(rng, "性别", "Sex", colon=0.0), sex, "other"),
        ],
        [
            (
                bilingual(rng, "出生时间", "Date of Birth", colon=0.0),
                [S(day, "id_number"), S(" ", "other"), S(hour, "id_number")],
                "",
            )
        ],
        [
            (
                bilingual(rng, "出生地点", "Place of Birth", colon=0.0),
                rng.choice(_CN_PLACES),
                "other",
            )
        ],
        [
            (bilingual(rng, "出生孕周", "Gestational Age", colon=0.0), f"{wk}+{dd}周", "other"),
            (
                bilingual(rng, "健康状况", "Health", colon=0.0),
                rng.choice(("良好", "良", "一般")),
                "other",
            ),
        ],
        [
            (bilingual(rng, "出生体重", "Birth Weight", colon=0.0), f"{grams}克", "other"),
            (bilingual(rng, "出生身长", "Birth Length", colon=0.0), f"{cm}厘米", "other"),
        ],
        *parent("母亲姓名", "Mother's Name", mother),
        *parent("父亲姓名", "Father's Name", father),
        [("家庭住址", joined_address([home]), "")],
        [("出生地点分类", rng.choice(_CN_KINDS[:2]), "other"), ("接生机构名称", hospital, "shop")],
    ]
    widths = (w * 0.2, w * 0.34, w * 0.16, w * 0.3)
    y = table(p, m, y, widths, grid_rows(spec, hand=hand), 44 * s, f, hand_px=24) + 60 * s
    c.line(m, y, [S("签证机构(盖章)", "label")], f)
    seal(p, m + 280 * s, y + 8 * s, 58 * s, hospital + "出生医学证明专用章")
    c.line(W * 0.58, y, [S("签发日期 ", "label"), S(issued, "date")], f)
    y += 90 * s
    c.text(m, y, "本证明是新生儿申报户口的凭证,请妥善保管,不得涂改。", p.font(13), "footer")
    if rng.random() < 0.55:  # the counterfoil the issuing office keeps
        y += 30 * s
        c.hline(m, right, y, width=1, dash=int(8 * s))
        y += 34 * s
        c.text(W / 2, y, "存  根", p.font(20, bold=True), "label", anchor="ms")
        collector = rng.choice((mother, father))
        stub = [
            [("新生儿姓名", baby, "name"), ("证件编号", number, "id_number")],
            [
                ("领证人", collector, "name"),
                ("与新生儿关系", "母亲" if collector == mother else "父亲", "other"),
            ],
            [("领证人身份证号", fk.cn_resident_id(), "id_number")],
            [("联系电话", fk.cn_mobile(), "phone"), ("签发人", fk.cn_name(honorific=0.0), "name")],
        ]
        y = table(p, m, y + 14 * s, widths, grid_rows(stub), 42 * s, f, hand_px=24)
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t, en = _WORDS[lang], lang == "en"
    c, p, m, right = sheet(rng, (780, 860), 1.7, cjk=False, base=820, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.6
    f, head = p.font(15), p.font(15, bold=True)
    hospital = rng.choice(_EN_HOSPITALS if en else _DE_KLINIKEN)
    y = m + 30 * s
    c.text(m, y, hospital, p.font(20, bold=True), "shop")
    y += 22 * s
    where = ", ".join(fk.office_address("en")) if en else ", ".join(fk.eu_address("de"))
    c.text(m, y, where, p.font(13), "shop_address")
    y += 48 * s
    c.text(W / 2, y, t["title"], p.font(28, bold=True), "label", anchor="ms")
    y += 26 * s
    c.text(W / 2, y, t["sub"], p.font(14), "label", anchor="ms")
    y += 44 * s
    person = (lambda: fk.en_name_plain(False)) if en else (lambda: fk.eu_name("de"))
    girls, boys = _FIRST[lang]
    family = person().split()[-1]
    mother = (
        f"{rng.choice(girls)} {family}"
        if rng.random() < 0.7
        else f"{rng.choice(girls)} {person().split()[-1]}"
    )
    girl = rng.random() < 0.5
    given = " ".join(rng.sample(girls if girl else boys, rng.choice((1, 1, 2))))
    day, hour, issued = _birth_time(rng, lang)
    wk, dd, grams, _cm = _measures(rng)
    half, step = m + w * 0.5, (50 if hand else 40) * s
    number = f"{fk.digits(3)} {fk.digits(3)} {fk.digits(4)}" if en else fk.digits(8)

    def pair(a, b) -> None:
        ruled_entry(p, m, half - 14 * s, y, a, hand, f)
        ruled_entry(p, half, right, y, b, hand, f)

    c.text(m, y, t["baby"], head, "label")
    y += step
    pair((t["surname"], [S(family, "name")]), (t["given"], [S(given, "name")]))
    y += step
    sex = (("Male", "Female") if en else ("männlich", "weiblich"))[girl]
    pair((t["sex"], [S(sex, "other")]), (t["number"], [S(number, "id_number")]))
    y += step
    pair((t["born"], [S(day, "id_number")]), (t["time"], [S(hour, "id_number")]))
    y += step
    pair((t["weight"], [S(f"{grams} g", "other")]), (t["gest"], [S(f"{wk}+{dd}", "other")]))
    y += step * 1.3
    c.text(m, y, t["mother"], head, "label")
    y += step
    ruled_entry(p, m, right, y, (t["name"], [S(mother, "name")]), hand, f)
    y += step
    dob = _parent_dob(rng, lang)
    pair((t["dob"], [S(dob, "id_number")]), (t["hosp"], [S(fk.medical_record_no(), "id_number")]))
    y += step
    if en:
        lines = fk.uk_block()
        home = joined_address(lines)
    else:
        street, town = fk.eu_address("de")
        home = [S(street, "address"), S(", ", "other"), S(town, "address")]
    ruled_entry(p, m, right, y, (t["addr"], home), hand, f)
    y += step
    phone = fk.uk_phone() if en else fk.eu_phone("de")
    ruled_entry(p, m, half - 14 * s, y, (t["phone"], [S(phone, "phone")]), hand, f)
    y += step * 1.3
    c.text(m, y, t["father"], head, "label")
    y += step
    partner = f"{rng.choice(boys)} {family if rng.random() < 0.6 else person().split()[-1]}"
    pair((t["name"], [S(partner, "name")]), (t["dob"], [S(_parent_dob(rng, lang), "id_number")]))
    y += step * 1.3
    midwife = person()
    ruled_entry(p, m, right, y, (t["by"], [S(midwife, "name")]), hand, f)
    y += step
    sign = midwife.split()[-1] if rng.random() < 0.5 else midwife
    ruled_entry(p, m, half - 14 * s, y, (t["sign"], [S(sign, "name")]), True, f, hand_px=30)
    ruled_entry(p, half, right, y, ("Date:" if en else "Datum:", [S(issued, "date")]), hand, f)
    y += step
    y = word_wrap(p, m, y, [S(t["note"], "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def birth_medical_certificate(rng: random.Random) -> Canvas:
    """A 出生医学证明 (printed or by hand, with or without its counterfoil) or an
    English / German hospital notification of a birth."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(60, 40))[0](rng, fk)


LAYOUTS = {"birth_medical_certificate": birth_medical_certificate}
