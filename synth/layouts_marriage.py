"""Marriage registration: the inner pages of a 结婚证 (持证人, 登记日期, 结婚证字号; the
couple's photo; for each spouse 姓名, 性别, 国籍, 出生日期, 身份证件号; the registry's
name under its 婚姻登记专用章), the 申请结婚登记声明书 both parties fill in by hand and
sign with a thumbprint before the registrar (监誓人), an English certified copy of
a marriage register entry (names and surnames, ages, condition, profession, residence
at the time of marriage, fathers, the officiant, the couple's and witnesses'
signatures) or a Spanish certificación de matrimonio (contrayentes with both
surnames, DNI, parents, domicilio, the authorising official, witnesses).

Personal: every person's name, dates of birth, ID, DNI and certificate numbers and a
verification code (``id_number``), residences and domicilios (``address`` and
``door``), the photos (``face``). Ordinary: the registry, its seal, titles, labels,
sex, nationality, ethnic group, occupations, ages, condition, places of birth, dates
of the wedding, entry, volume and page numbers and the formulae.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_households import HouseholdFaker
from .formkit import RED, Cell, box_stamp, face_photo, handwritten, seal, sheet, table
from .formkit_fill import ruled_entry
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import label_cell
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span

_CN_CITIES = ("滨江市", "青川市", "东林县", "南岭市")
_CN_DISTRICTS = ("西湖区", "鼓楼区", "高新区", "城关镇")
_CN_JOBS = ("职员", "教师", "工程师", "个体经营", "护士", "公务员", "自由职业")
_CN_EDU = ("大学本科", "大学专科", "硕士研究生", "高中")
_CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "满族", "壮族")
_EN_JOBS = (
    "Teacher",
    "Software Engineer",
    "Nurse",
    "Electrician",
    "Accountant",
    "Chef",
    "Solicitor",
)
_EN_FATHER_JOBS = ("Carpenter", "Retired", "Bus Driver", "Farmer", "Civil Servant", "Engineer")
_EN_CHURCHES = ("St Mary's Church", "the Register Office", "St Peter's Church", "Kestrel Hall")
_EN_MEN = ("James", "Thomas", "Daniel", "Oliver", "Mark", "Samuel", "Richard", "Owen")
_EN_WOMEN = ("Emily", "Charlotte", "Hannah", "Sarah", "Lucy", "Grace", "Rachel", "Megan")
_ES_TOWNS = ("Valdemoro", "Alcalá de Henares", "Torrelavega", "Écija", "Benavente")


def _cn_birth(ident: str) -> str:
    """The date of birth as a 结婚证 prints it, read from the ID number."""
    return f"{ident[6:10]}年{ident[10:12]}月{ident[12:14]}日"


def _es_parts(name: str) -> tuple[str, str, str]:
    """A Spanish name's given name(s), first and second surname."""
    words = name.split()
    return " ".join(words[:-2]), words[-2], words[-1]


def _parties(
    p: Pen,
    x: float,
    y: float,
    w: float,
    heads: tuple[str, str, str],
    rows: Sequence[tuple[str, Sequence[Span], Sequence[Span]]],
    *,
    hand: bool,
    cjk: bool,
) -> float:
    """A ruled table with a label column and one column per party (男方 / 女方,
    contrayente 1 / 2), the parties' values typed or written in. Returns the bottom."""
    body = [[label_cell(h) for h in heads]]
    body += [
        [label_cell(label), Cell(tuple(a), hand), Cell(tuple(b), hand)] for label, a, b in rows
    ]
    f = p.font(17 if cjk else 14)
    return table(p, x, y, (w * 0.2, w * 0.4, w * 0.4), body, 42 * p.s, f, hand_px=24, cjk=cjk)


def _cn_book(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """The certificate's two inner pages side by side on pale red paper."""
    c, p, m, right = sheet(rng, (1100, 1200), 0.8, cjk=True, base=1100, margin=(0.04, 0.05))
    W, s = c.width, p.s
    c.draw.rectangle([0, 0, W, c.height], fill=(248, 232, 228))
    mid = W / 2
    c.draw.line([(mid, 0), (mid, c.height)], fill=(200, 160, 160), width=max(2, round(3 * s)))
    f, lf = p.font(20), p.font(18)
    grey = (88, 62, 62)
    men, women = (fk.cn_resident_id(), fk.cn_resident_id())
    husband, wife = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    holder = rng.choice((husband, wife))
    # Registered when the younger of the two was in their twenties or early thirties.
    year = min(2026, max(int(men[6:10]), int(women[6:10])) + rng.randint(22, 32))
    date = f"{year}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"
    code = f"J{fk.digits(6, True)}-{date[:4]}-{fk.digits(6)}"
    registry = f"{rng.choice(_CN_CITIES)}{rng.choice(_CN_DISTRICTS)}民政局"
    y = m + 80 * s
    for label, value, kind in (
        ("持证人", holder, "name"),
        ("登记日期", date, "date"),
        ("结婚证字号", code, "id_number"),
    ):
        c.text(m + 30 * s, y, label, lf, "label", fill=grey)
        c.text(m + 170 * s, y, value, f, kind)
        y += 60 * s
    c.text(m + 30 * s, y, "备注", lf, "label", fill=grey)
    y += 150 * s
    c.text(m + 30 * s, y, "登记机关", lf, "label", fill=grey)
    c.text(m + 140 * s, y, registry, f, "shop")
    seal(p, m + 140 * s + p.width(registry, f) / 2, y - 20 * s, 78 * s, "婚姻登记专用章")
    bottom = y
    # The right page: the couple's photo, then each spouse's lines.
    px, pw, ph = mid + 60 * s, 150 * s, 190 * s
    c.draw.rectangle(
        [px - 6 * s, m + 34 * s, px + 2 * pw + 6 * s, m + 40 * s + ph + 6 * s], fill=RED
    )
    face_photo(p, px, m + 40 * s, pw, ph)
    face_photo(p, px + pw, m + 40 * s, pw, ph)
    y = m + 40 * s + ph + 60 * s
    for name, ident, sex in ((husband, men, "男"), (wife, women, "女")):
        x = mid + 40 * s
        line = [S("姓名 ", "label"), S(name, "name"), S("   性别 ", "label"), S(sex, "other")]
        c.line(x, y, line, f)
        y += 36 * s
        line = [
            S("国籍 ", "label"),
            S("中国", "other"),
            S("   出生日期 ", "label"),
            S(_cn_birth(ident), "id_number"),
        ]
        c.line(x, y, line, f)
        y += 36 * s
        c.line(x, y, [S("身份证件号 ", "label"), S(ident, "id_number")], f)
        y += 56 * s
    return _finish(c, max(y, bottom), 0, pad=m)


def _cn_declaration(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=True, base=900, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    y = m + 44 * s
    c.text(W / 2, y, "申请结婚登记声明书", p.font(30, bold=True), "label", anchor="ms")
    y += 30 * s
    people = []
    for sex in ("男", "女"):
        ident = fk.cn_resident_id()
        home = joined_address([fk.cn_address(with_door=0.4)[0]], "")
        people.append((fk.cn_name(honorific=0.0), ident, sex, home))
    (h, hid, _, hhome), (wf, wid, _, whome) = people
    job, edu, nation = (
        (lambda: rng.choice(_CN_JOBS)),
        (lambda: rng.choice(_CN_EDU)),
        (lambda: rng.choice(_CN_NATIONS)),
    )
    rows = [
        ("姓名", [S(h, "name")], [S(wf, "name")]),
        ("出生日期", [S(_cn_birth(hid), "id_number")], [S(_cn_birth(wid), "id_number")]),
        ("身份证件号", [S(hid, "id_number")], [S(wid, "id_number")]),
        ("国籍", [S("中国", "other")], [S("中国", "other")]),
        ("民族", [S(nation(), "other")], [S(nation(), "other")]),
        ("职业", [S(job(), "other")], [S(job(), "other")]),
        ("文化程度", [S(edu(), "other")], [S(edu(), "other")]),
        ("婚姻状况", [S(rng.choice(("未婚", "未婚", "离婚")), "other")], [S("未婚", "other")]),
    ]
    y = _parties(p, m, y, w, ("", "男方", "女方"), rows, hand=True, cjk=True) + 40 * s
    for who, home in (("男方", hhome), ("女方", whome)):  # too long for a cell: a ruled line
        ruled_entry(
            p, m, right, y, (who + "户籍所在地:", home), True, p.font(16), hand_px=24, cjk=True
        )
        y += 42 * s
    y += 10 * s
    text = (
        "本人与对方均无配偶,没有直系血亲和三代以内旁系血亲关系,了解对方的身体健康状况,"
        "现依照《中华人民共和国民法典》的规定,自愿结婚。本人上述声明完全真实,如有虚假,愿承担法律责任。"
    )
    y = c.wrap(m, y, [S(text, "footer")], p.font(17), w, 30 * s, max_lines=4) + 40 * s
    f = p.font(18)
    for k, name in enumerate((h, wf)):
        x = m + k * w / 2
        c.text(x, y, ("男方" if k == 0 else "女方") + "声明人:", f, "label")
        end = handwritten(p, x + 120 * s, y, [S(name, "name")], 32, cjk=True)
        thumbprint(p, end + 30 * s, y - 12 * s, 22 * s)
    y += 56 * s
    c.text(m, y, "监誓人:", f, "label")
    handwritten(p, m + 90 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.text(m + w / 2, y, f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f, "date")
    y += 40 * s
    c.text(m, y, f"{rng.choice(_CN_CITIES)}婚姻登记处", p.font(15), "shop")
    return _finish(c, y, 0, pad=m)


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 0.75, cjk=False, base=1300, margin=(0.03, 0.04))
    W, s, w = c.width, p.s, right - m
    c.draw.rectangle([0, 0, W, c.height], fill=(236, 228, 240))
    y = m + 36 * s
    c.text(
        W / 2,
        y,
        "CERTIFIED COPY OF AN ENTRY OF MARRIAGE",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * s
    c.text(W / 2, y, "GIVEN AT THE GENERAL REGISTER OFFICE", p.font(16), "label", anchor="ms")
    y += 44 * s
    place = rng.choice(_EN_CHURCHES)
    year = rng.randint(1998, 2026)
    head = f"{year}  Marriage solemnized at {place} in the Parish of Kestrelford in the County of Westshire"
    c.text(m, y, head, p.font(17), "footer")
    y += 14 * s
    cols = (
        "No.",
        "When married",
        "Name and surname",
        "Age",
        "Condition",
        "Rank or profession",
        "Residence at the time of marriage",
        "Father's name and surname",
        "Rank or profession of father",
    )
    groom = f"{rng.choice(_EN_MEN)} {fk.en_name_plain(False).split()[-1]}"
    bride = f"{rng.choice(_EN_WOMEN)} {fk.en_name_plain(False).split()[-1]}"
    # A narrow register column: the lines run on with a space (a lone comma vanishes there).
    home = joined_address(fk.uk_address(), " ")
    rows = [[label_cell(t) for t in cols]]
    when = f"{rng.randint(1, 28)} {rng.choice(('March', 'June', 'July', 'September'))} {year}"
    for k, (person, cond) in enumerate(
        ((groom, "Bachelor"), (bride, rng.choice(("Spinster", "Divorcee"))))
    ):
        father = f"{rng.choice(_EN_MEN)} {person.split()[-1]}"
        addr = home if k == 0 or rng.random() < 0.5 else joined_address(fk.uk_address(), " ")
        rows.append(
            [
                Cell.of(str(rng.randint(1, 300)) if k == 0 else "", "other", hand=True),
                Cell.of(when if k == 0 else "", "date", hand=True),
                Cell.of(person, "name", hand=True),
                Cell.of(str(rng.randint(21, 48)), "other", hand=True),
                Cell.of(cond, "other", hand=True),
                Cell.of(rng.choice(_EN_JOBS), "other", hand=True),
                Cell(tuple(addr), hand=True),
                Cell.of(father, "name", hand=True),
                Cell.of(rng.choice(_EN_FATHER_JOBS), "other", hand=True),
            ]
        )
    widths = [w * k for k in (0.04, 0.1, 0.14, 0.05, 0.08, 0.11, 0.22, 0.14, 0.12)]
    y = table(p, m, y, widths, rows, 58 * s, p.font(12), hand_px=22, cjk=False) + 40 * s
    f = p.font(15)
    officiant = fk.en_name_plain(False)
    church = "Church" in place
    rite = (
        "according to the Rites and Ceremonies of the Church of England"
        if church
        else "by Certificate"
    )
    pieces = (
        (f"Married in {place} {rite} by me,", [officiant]),
        ("This marriage was solemnized between us,", [groom, bride]),
        ("in the presence of us,", [fk.en_name_plain(False), fk.en_name_plain(False)]),
    )
    for text, names in pieces:
        end = c.line(m, y, [S(text, "footer")], f) + 20 * s
        for name in names:
            end = handwritten(p, end, y, [S(name, "name")], 26, cjk=False) + 40 * s
        y += 40 * s
    y += 10 * s
    cert = "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Marriages in the Registration District of Kestrelford."
    y = word_wrap(p, m, y, [S(cert, "footer")], p.font(13), w * 0.7, 20 * s)
    given = [
        S(
            "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the ",
            "footer",
        ),
        S(fk.date("in"), "date"),
    ]
    c.line(m, y, given, p.font(13))
    c.line(
        right - 220 * s, y, [S(f"MXE {fk.digits(6)}", "id_number")], p.font(20, bold=True), fill=RED
    )
    box_stamp(p, right - 120 * s, y - 80 * s, ["GENERAL REGISTER OFFICE"], 13)
    return _finish(c, y, 0, pad=m)


def _es(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=False, base=900, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    town = rng.choice(_ES_TOWNS)
    y = m + 34 * s
    c.text(
        W / 2, y, f"REGISTRO CIVIL DE {town.upper()}", p.font(20, bold=True), "shop", anchor="ms"
    )
    y += 34 * s
    c.text(
        W / 2,
        y,
        "CERTIFICACIÓN LITERAL DE INSCRIPCIÓN DE MATRIMONIO",
        p.font(18, bold=True),
        "label",
        anchor="ms",
    )
    y += 34 * s
    ref = f"Sección 2ª   Tomo {fk.digits(5)}   Página {rng.randint(1, 300):03d}"
    c.text(W / 2, y, ref, p.font(15), "other", anchor="ms")
    y += 20 * s
    a, b = _es_parts(fk.eu_name("es")), _es_parts(fk.eu_name("es"))
    home = [S(", ".join(fk.eu_address("es")), "address")]  # the couple's, after the wedding
    rows = [
        ("Nombre", [S(a[0], "name")], [S(b[0], "name")]),
        ("Primer apellido", [S(a[1], "name")], [S(b[1], "name")]),
        ("Segundo apellido", [S(a[2], "name")], [S(b[2], "name")]),
        ("DNI / NIE", [S(fk.eu_id("es"), "id_number")], [S(fk.eu_id("es"), "id_number")]),
        ("Fecha de nacimiento", [S(fk.dob("dmy"), "id_number")], [S(fk.dob("dmy"), "id_number")]),
        (
            "Lugar de nacimiento",
            [S(rng.choice(_ES_TOWNS), "other")],
            [S(rng.choice(_ES_TOWNS), "other")],
        ),
        (
            "Nacionalidad",
            [S("española", "other")],
            [S(rng.choice(("española", "portuguesa", "colombiana")), "other")],
        ),
        (
            "Hijo/a de",
            [S(_es_parts(fk.eu_name("es"))[0], "name")],
            [S(_es_parts(fk.eu_name("es"))[0], "name")],
        ),
        (
            "y de",
            [S(_es_parts(fk.eu_name("es"))[0], "name")],
            [S(_es_parts(fk.eu_name("es"))[0], "name")],
        ),
        ("Domicilio", home, home),
    ]
    heads = ("", "Contrayente 1", "Contrayente 2")
    y = _parties(p, m, y, w, heads, rows, hand=False, cjk=False) + 34 * s
    f = p.font(15)
    judge = fk.eu_name("es")
    facts = [
        [
            S("Celebrado el ", "footer"),
            S(
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2026)}",
                "date",
            ),
            S(f" en el Ayuntamiento de {town}.", "footer"),
        ],
        [
            S("Autorizado por D./Dña. ", "footer"),
            S(judge, "name"),
            S(
                rng.choice((", Alcalde/sa.", ", Juez/a de Paz.", ", Concejal/a delegado/a.")),
                "footer",
            ),
        ],
        [
            S("Testigos: ", "label"),
            S(fk.eu_name("es"), "name"),
            S(" y ", "footer"),
            S(fk.eu_name("es"), "name"),
        ],
    ]
    for spans in facts:
        y = word_wrap(p, m, y, spans, f, w, 24 * s) + 6 * s
    y += 20 * s
    c.text(m, y, "El Encargado del Registro Civil", f, "label")
    clerk = fk.eu_name("es")
    handwritten(p, m + 20 * s, y + 46 * s, [S(clerk, "name")], 30, cjk=False)
    c.text(m, y + 76 * s, clerk, p.font(13), "name")
    box_stamp(p, right - 130 * s, y + 30 * s, ["REGISTRO CIVIL", town.upper()], 13)
    y += 116 * s
    csv = [S("Código Seguro de Verificación: ", "footer"), S(fk.alnum(16).upper(), "id_number")]
    c.line(m, y, csv, p.font(12))
    return _finish(c, y, 0, pad=m)


def marriage_certificate(rng: random.Random) -> Canvas:
    """A 结婚证's inner pages, a 申请结婚登记声明书, an English certified copy of a
    marriage entry or a Spanish certificación de matrimonio."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn_book, _cn_declaration, _en, _es), weights=(30, 25, 25, 20))[0](rng, fk)


LAYOUTS = {"marriage_certificate": marriage_certificate}
