"""Translation and notary services: a certified translation of a personal document. The
translated fields of the original (a Chinese household register page, a Chinese driving
licence, a birth certificate, a French driving licence's numbered fields) are set out in
a ruled table under a "TRANSLATION" heading, followed by the translator's certificate:
a statement naming the translator, their qualification or sworn-translator number, the
translation company's or notary's seal, the date and a certificate number.

Personal: the original holder's name (in pinyin or Latin letters, sometimes repeated in
the certificate prose), parents' names, date of birth and ID, licence or register number
(``id_number``), the address with its door, the translator's name (inside the statement
and again as a signature and in the sworn translator's stamp) and their qualification
number, the notary's name. Ordinary: headings, field captions, sex, nationality,
places of birth, issuing authorities, dates of issue, the seals' wording, the
company's name, address and phone, and the certificate number.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import RED, Cell, box_stamp, fit, handwritten, seal, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish
from .render import Canvas, Span

_CN_AGENCIES = ("华译翻译有限公司", "信达翻译服务有限公司", "环球通译翻译有限公司")
_EN_AGENCIES = ("Lingua Bridge Translations Ltd", "Meridian Certified Translations")
_DISTRICTS = ("Haidian District", "Jinjiang District", "Yuexiu District", "Gulou District")
_CITIES = ("Beijing", "Chengdu", "Guangzhou", "Nanjing", "Xiamen", "Hangzhou")
_RELATIONS = ("Head of Household", "Son", "Daughter", "Spouse", "Grandson", "Mother")
_JOBS = ("Engineer", "Teacher", "Student", "Self-employed", "Nurse", "Accountant")
_EDU = ("Bachelor's Degree", "Senior High School", "Master's Degree", "Junior College")


def _cn_pinyin(fk: HouseholdFaker) -> str:
    """A Chinese person's name as a translation writes it: "Zhang Weiming", "ZHANG Wei"."""
    sur, given = fk.pinyin_upper().replace(",", "").replace("/", " ").split()[:2]
    if fk.r.random() < 0.5:
        return f"{sur} {given.capitalize()}"
    return f"{sur.capitalize()} {given.capitalize()}"


def _cn_street(fk: HouseholdFaker) -> list[Span]:
    """A Chinese address translated into English, door first."""
    r = fk.r
    door = f"Room {r.randint(1, 30)}{r.randint(1, 4):02d}, Unit {r.randint(1, 6)}, Building {r.randint(1, 40)}, "
    street = (
        f"No. {r.randint(1, 300)} {r.choice(('Jiefang', 'Zhongshan', 'Renmin', 'Xinhua'))} Road, "
    )
    where = f"{r.choice(_DISTRICTS)}, {r.choice(_CITIES)}"
    return [S(door, "door"), S(street + where, "address")]


def _hukou(fk: HouseholdFaker) -> tuple[str, list[tuple[str, list[Span]]], str]:
    """A household register's resident page: title, translated rows, holder's name."""
    r = fk.r
    name = _cn_pinyin(fk)
    rows = [
        ("Name", [S(name, "name")]),
        ("Relation to Head", [S(r.choice(_RELATIONS), "other")]),
        ("Sex", [S(r.choice(("Male", "Female")), "other")]),
        ("Ethnic Group", [S("Han", "other")]),
        ("Date of Birth", [S(fk.dob(r.choice(("mon", "iso"))), "id_number")]),
        ("Place of Birth", [S(f"{r.choice(_CITIES)}, China", "other")]),
        ("Other Addresses in This City", _cn_street(fk)),
        ("ID Card No.", [S(fk.cn_resident_id(x_prob=0.1), "id_number")]),
        ("Education", [S(r.choice(_EDU), "other")]),
        ("Marital Status", [S(r.choice(("Married", "Unmarried")), "other")]),
        ("Occupation", [S(r.choice(_JOBS), "other")]),
        ("Date of Registration", [S(fk.date("iso"), "date")]),
        (
            "Seal",
            [S(f"Special Seal for Household Registration, {r.choice(_CITIES)} Police", "other")],
        ),
    ]
    return "Household Register — Resident Registration Page", rows, name


def _cn_licence(fk: HouseholdFaker) -> tuple[str, list[tuple[str, list[Span]]], str]:
    r = fk.r
    name = _cn_pinyin(fk)
    rows = [
        ("Licence No.", [S(fk.cn_resident_id(), "id_number")]),
        ("Name", [S(name, "name")]),
        ("Sex", [S(r.choice(("M", "F")), "other")]),
        ("Nationality", [S("China", "other")]),
        ("Address", _cn_street(fk)),
        ("Date of Birth", [S(fk.dob("iso"), "id_number")]),
        ("Date of First Issue", [S(fk.date("iso"), "date")]),
        ("Class", [S(r.choice(("C1", "C2", "B2", "A1")), "other")]),
        (
            "Valid Period",
            [S(f"{r.randint(2020, 2026)}-0{r.randint(1, 9)}-1{r.randint(0, 9)} to 2032", "date")],
        ),
        ("File No.", [S(fk.digits(12, True), "id_number")]),
        ("Issuing Authority", [S(f"Traffic Police Detachment, {r.choice(_CITIES)}", "other")]),
    ]
    return "Motor Vehicle Driving Licence of the People's Republic of China", rows, name


def _birth(fk: HouseholdFaker, lang: str) -> tuple[str, list[tuple[str, list[Span]]], str]:
    """A birth certificate, the labels in the translation's language."""
    r = fk.r
    if lang == "es":
        child, father, mother = fk.en_name(), fk.en_name(), fk.en_name()
        labels = ("Nombre del niño/a", "Fecha de nacimiento", "Lugar de nacimiento", "Sexo")
        labels += ("Padre", "Madre", "Domicilio de la madre", "Nº de registro", "Registrador")
        title = "CERTIFICADO DE NACIMIENTO (traducción)"
        place, sex = "Hospital General, Leeds", r.choice(("Varón", "Mujer"))
    else:
        child, father, mother = (fk.eu_name("es") for _ in range(3))
        labels = ("Name of child", "Date of birth", "Place of birth", "Sex", "Father")
        labels += ("Mother", "Usual address of mother", "Entry No.", "Registrar")
        title = "BIRTH CERTIFICATE (Certificado de Nacimiento) — Translation"
        place, sex = "Hospital Universitario, Sevilla", r.choice(("Male", "Female"))
    street, town = fk.uk_address() if lang == "es" else (None, None)
    addr = (
        [
            *(S(a, k) for a, k in street.segments),
            S(", ", "other"),
            *(S(a, k) for a, k in town.segments),
        ]
        if street
        else [S(", ".join(fk.eu_address("es")), "address")]
    )
    values = (
        [S(child, "name")],
        [S(fk.dob(r.choice(("dmy", "mon"))), "id_number")],
        [S(place, "other")],
        [S(sex, "other")],
        [S(father, "name")],
        [S(mother, "name")],
        addr,
        [S(fk.digits(r.choice((3, 6)), True), "id_number")],
        [S(fk.en_name() if lang == "es" else fk.eu_name("es"), "name")],
    )
    return title, list(zip(labels, values, strict=True)), child


def _permis(fk: HouseholdFaker) -> tuple[str, list[tuple[str, list[Span]]], str]:
    """A French driving licence: its fields are numbered, the numbers are the labels."""
    r = fk.r
    first, last = fk.eu_name("fr").split(" ", 1)
    a, b = fk.eu_address("fr")
    rows = [
        ("1.", [S(last.upper(), "name")]),
        ("2.", [S(first, "name")]),
        (
            "3.",
            [
                S(fk.dob("dot").replace(".", "/"), "id_number"),
                S(f"  {r.choice(('LYON', 'NANTES', 'DIJON'))}", "other"),
            ],
        ),
        ("4a.", [S(fk.date("dmy"), "date")]),
        ("4b.", [S(fk.date("dmy"), "date")]),
        ("4c.", [S(f"Préfecture de {r.choice(('la Loire', 'l’Ain', 'la Somme'))}", "other")]),
        ("5.", [S(fk.digits(2) + fk.upper(2) + fk.digits(5), "id_number")]),
        ("8.", [S(f"{a}, {b}", "address")]),
        ("9.", [S(r.choice(("AM/A1/B", "B", "B/BE")), "other")]),
    ]
    if r.random() < 0.5:  # some translators add the field's meaning to its number
        rows = [(f"{n} {w}", v) for (n, v), w in zip(rows, _PERMIS_WORDS, strict=True)]
    return "PERMIS DE CONDUIRE — Driving Licence (Translation)", rows, f"{first} {last}"


_PERMIS_WORDS = ("Surname", "Given names", "Date and place of birth", "Date of issue")
_PERMIS_WORDS += ("Date of expiry", "Issued by", "Licence number", "Address", "Categories")

_STATEMENTS = {
    "en": "I, {t}, a professional translator, hereby certify that I am fluent in {src} and "
    "English and that the above is a true, complete and accurate translation of the "
    "attached original document concerning {h}, consisting of one page.",
    "es": "D./Dña. {t}, Traductor/a-Intérprete Jurado/a de inglés nombrado/a por el Ministerio de "
    "Asuntos Exteriores, certifica que la que antecede es traducción fiel y completa al "
    "español de un documento redactado en inglés relativo a {h}, de una página.",
    "fr": "Je soussigné(e) {t}, traducteur expert près la Cour d'appel, certifie que la "
    "présente traduction en anglais est conforme à l'original en français qui m'a été "
    "présenté, au nom de {h}, comportant une page.",
}


def _statement(text: str, t: str, h: str) -> list[Span]:
    """The certificate prose with the translator's and holder's names as name items."""
    head, rest = text.split("{t}")
    mid, tail = rest.split("{h}")
    return [S(head, "footer"), S(t, "name"), S(mid, "footer"), S(h, "name"), S(tail, "footer")]


def notarised_translation(rng: random.Random) -> Canvas:
    """A certified translation: the document's fields in a ruled table, the translator's
    statement, signature, qualification number, seal and certificate number."""
    fk = HouseholdFaker(rng)
    kind = rng.choice(("hukou", "hukou", "licence", "birth_es", "birth_en", "permis"))
    src = "Chinese"
    if kind == "hukou":
        title, rows, holder = _hukou(fk)
    elif kind == "licence":
        title, rows, holder = _cn_licence(fk)
    elif kind == "permis":
        (title, rows, holder), src = _permis(fk), "French"
    else:  # an English certificate into Spanish, or a Spanish one into English
        title, rows, holder = _birth(fk, kind[-2:])
        src = "English" if kind == "birth_es" else "Spanish"
    lang = {"birth_es": "es", "permis": "fr"}.get(kind, "en")
    c, p, m, right = sheet(
        rng, (800, 900), 1.9, cjk=src == "Chinese", base=880, margin=(0.06, 0.08)
    )
    W, s, w = c.width, p.s, right - m
    cn = src == "Chinese"
    agency = rng.choice(_CN_AGENCIES if cn else _EN_AGENCIES)
    y = m + 30 * s
    c.text(m, y, agency, p.font(20, bold=True), "shop")
    y += 26 * s
    c.text(m, y, ", ".join(fk.office_address("cn" if cn else "en")), p.font(14), "shop_address")
    tel = fk.office_phone("cn" if cn else "en")
    tx = right - p.width("Tel " + tel, p.font(14))
    c.line(tx, y, [S("Tel ", "label"), Span(tel, "shop_phone", None)], p.font(14))
    y += 14 * s
    c.hline(m, right, y, width=2)
    y += 50 * s
    heads = ("TRADUCCIÓN JURADA",) if lang == "es" else ("TRANSLATION", "CERTIFIED TRANSLATION")
    c.text(W / 2, y, rng.choice(heads), p.font(26, bold=True), "label", anchor="ms")
    y += 34 * s
    c.text(W / 2, y, title, fit(p, p.font(17), title, w), "label", anchor="ms")
    y += 26 * s
    font = p.font(16)
    cells = [[label_cell(lab), Cell(tuple(vals))] for lab, vals in rows]
    y = table(p, m, y, (w * 0.34, w * 0.66), cells, 38 * s, font, cjk=False)
    y += 22 * s
    c.text(
        m,
        y,
        "(Translation ends)" if lang != "es" else "(Fin de la traducción)",
        p.font(14),
        "footer",
    )
    y += 44 * s
    translator = _cn_pinyin(fk) if cn else fk.en_name() if lang == "en" else fk.eu_name(lang)
    c.text(
        m,
        y,
        {"en": "TRANSLATOR'S CERTIFICATE", "es": "CERTIFICACIÓN", "fr": "ATTESTATION"}[lang],
        p.font(19, bold=True),
        "label",
    )
    y += 32 * s
    text = _STATEMENTS[lang].replace("{src}", src)
    y = word_wrap(p, m, y, _statement(text, translator, holder), p.font(16), w, 24 * s)
    y += 16 * s
    qual = {"en": "Translator's qualification no.", "es": "Nº de T.I.J.", "fr": "Expert n°"}[lang]
    sworn_no = fk.digits(4, True)
    qual_no = rng.choice(("CATTI ", "")) + fk.digits(rng.choice((8, 12)), True) if cn else sworn_no
    c.line(m, y, [S(qual + " ", "label"), S(qual_no, "id_number")], p.font(16))
    cert = {"en": "Certificate No.", "es": "Ref.", "fr": "N° d'ordre"}[lang]
    cert_no = f"({rng.randint(2024, 2026)}) {rng.choice(('HY', 'TR', 'CT'))}-{fk.digits(5)}"
    c.line(right - 280 * s, y, [S(cert + " ", "label"), S(cert_no, "other")], p.font(16))
    y += 34 * s
    c.line(
        m,
        y,
        [
            S({"en": "Date", "es": "Fecha", "fr": "Fait le"}[lang] + ": ", "label"),
            S(fk.date("dmy"), "date"),
        ],
        p.font(16),
    )
    y += 70 * s
    x = c.line(
        m,
        y,
        [S({"en": "Signature", "es": "Firma", "fr": "Signature"}[lang] + ":", "label")],
        p.font(16),
    )
    handwritten(p, x + 16 * s, y, [S(translator, "name")], 34, cjk=False)
    if cn:
        seal(p, right - 120 * s, y - 40 * s, 80 * s, agency + " 翻译专用章")
    else:
        word = {
            "en": "CERTIFIED TRANSLATOR",
            "es": "Traductor/a-Intérprete Jurado/a",
            "fr": "Traducteur expert",
        }[lang]
        stamp_at = (right - 160 * s, y - 40 * s)
        _sworn_stamp(p, stamp_at, translator, word, sworn_no)
    y += 50 * s
    if lang == "en" and rng.random() < 0.6:  # sworn before a notary public
        notary = fk.en_name()
        y = word_wrap(
            p,
            m,
            y,
            [
                S(f"Subscribed and sworn to before me on {fk.date('dmy')} by ", "footer"),
                S(translator, "name"),
                S(", who produced identification.", "footer"),
            ],
            p.font(15),
            w,
            22 * s,
        )
        y += 36 * s
        handwritten(p, m, y, [S(notary, "name")], 30, cjk=False)
        y += 28 * s
        c.line(m, y, [S("Notary Public  ", "label"), S(notary.upper(), "name")], p.font(15))
        c.line(
            m + w * 0.5,
            y,
            [S("Commission No. ", "label"), S(fk.digits(7, True), "id_number")],
            p.font(15),
        )
        box_stamp(p, right - 110 * s, y - 70 * s, ("NOTARY PUBLIC", "SEAL"), 14)
        y += 30 * s
    return _finish(c, y, 0, pad=m * 0.6)


def _sworn_stamp(p, at: tuple[float, float], name: str, word: str, number: str) -> None:
    """A sworn translator's oval stamp: their name, title and number in red (the name is
    the translator's, so it is a ``name`` item even inside the stamp)."""
    c, s = p.c, p.s
    cx, cy = at
    rx, ry = 150 * s, 62 * s
    c.draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=RED, width=max(3, int(4 * s)))
    f = p.font(15, bold=True)
    c.text(cx, cy - 20 * s, name, fit(p, f, name, rx * 1.7), "name", anchor="mm", fill=RED)
    c.text(cx, cy + 4 * s, word, fit(p, p.font(13), word, rx * 1.7), "other", anchor="mm", fill=RED)
    c.text(cx, cy + 26 * s, f"N.º {number}", p.font(13), "id_number", anchor="mm", fill=RED)


LAYOUTS = {"notarised_translation": notarised_translation}
