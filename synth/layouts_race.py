"""Sports events: a road race's entry confirmation and race-pack collection slip,
printed from the organiser's site in English or German, or a Chinese marathon's
参赛确认单 / 领物凭证 with bilingual row headers.

The bib number is the runner's identifier (it stands beside the name in the results
and opens the runner's record), so it is personal like an exam candidate's number;
it is printed huge in a bib-shaped box with the runner's name under it, and again,
turned on its side, on a tear-off bag label. The runner's date of birth, ID or
passport number, phone and e-mail, and an emergency contact's name and phone are
personal; the event, distance, wave, T-shirt size, club, blood group, the expo's
place and times are ordinary. The QR code for collecting the pack is personal.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, bilingual, sheet, stacked, table
from .kit import S, _finish
from .render import Canvas

_WORDS = {
    "en": {
        "title": "ENTRY CONFIRMATION",
        "sub": "Race pack collection slip - print and bring with photo ID",
        "dear": "Dear ",
        "body": (
            ", thank you for entering. Your place is confirmed; collect your race pack at the "
            "Expo on Friday 12:00-20:00 or Saturday 10:00-18:00. No collection on race day."
        ),
        "fields": (
            "Name",
            "Date of birth",
            "Passport / ID no.",
            "Mobile",
            "E-mail",
            "Club",
            "Event",
            "Wave",
            "T-shirt",
            "Emergency contact",
            "Relationship",
            "Emergency phone",
        ),
        "bag": "BAG DROP",
        "events": ("Marathon", "Half Marathon", "10K"),
        "rel": ("Partner", "Mother", "Father", "Friend", "Sister"),
        "clubs": ("Unattached", "Harbour Harriers", "Parkside AC", "Tri Club North"),
    },
    "de": {
        "title": "ANMELDEBESTÄTIGUNG",
        "sub": "Abholschein für die Startunterlagen - bitte mit Ausweis vorlegen",
        "dear": "Hallo ",
        "body": (
            ", vielen Dank für deine Anmeldung. Deine Startunterlagen erhältst du auf der "
            "Marathon-Messe am Freitag 12-20 Uhr oder Samstag 10-18 Uhr."
        ),
        "fields": (
            "Name",
            "Geburtsdatum",
            "Ausweis-Nr.",
            "Mobil",
            "E-Mail",
            "Verein",
            "Wettbewerb",
            "Startblock",
            "Shirtgröße",
            "Notfallkontakt",
            "Beziehung",
            "Notfalltelefon",
        ),
        "bag": "KLEIDERBEUTEL",
        "events": ("Marathon", "Halbmarathon", "10 km Lauf"),
        "rel": ("Partnerin", "Mutter", "Vater", "Freund", "Schwester"),
        "clubs": ("vereinslos", "LG Seehausen", "TSV Obernau 1890", "Lauftreff Kleinfurt"),
    },
}
_CN_EVENTS = ("全程马拉松", "半程马拉松", "健康跑(5公里)")
_CN_CITIES = ("滨江", "金湖", "云岭", "清河")


def _bib(p, x: float, y: float, w: float, bib: str, name: str, colour) -> float:
    """A bib-shaped box: safety-pin holes, the number huge, the runner's name under it."""
    c, s = p.c, p.s
    h = w * 0.62
    c.draw.rounded_rectangle([x, y, x + w, y + h], radius=int(14 * s), outline=colour, width=4)
    for px in (x + 18 * s, x + w - 18 * s):
        for py in (y + 18 * s, y + h - 18 * s):
            c.draw.ellipse(
                [px - 6 * s, py - 6 * s, px + 6 * s, py + 6 * s], outline=colour, width=2
            )
    c.text(
        x + w / 2,
        y + h * 0.55,
        bib,
        p.font(min(110, w / p.s / 3.6), bold=True),
        "id_number",
        anchor="ms",
    )
    c.text(x + w / 2, y + h * 0.82, name, p.font(30, bold=True), "name", anchor="ms", fill=colour)
    return y + h


def _bag_label(p, x: float, top: float, bottom: float, bib: str, name: str, word: str) -> None:
    """The tear-off bag label at the right edge: its words turned on their side."""
    c, s = p.c, p.s
    for k in range(0, int(bottom - top), int(14 * s)):
        c.vline(x - 14 * s, top + k, top + k + 7 * s, width=1)
    c.text_vertical(x, top + 20 * s, word, p.font(20), "label")
    c.text_vertical(x + 40 * s, top + 20 * s, bib, p.font(44, bold=True), "id_number")
    c.text_vertical(x + 100 * s, top + 20 * s, name, p.font(24), "name")


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=False, base=1100, margin=(0.05, 0.07))
    s = p.s
    stub = rng.random() < 0.6
    body_r = right - (170 * s if stub else 0)
    w = body_r - m
    colour = rng.choice(((200, 40, 40), (20, 90, 170), (20, 120, 70)))
    town = rng.choice(("Wendham", "Kingsbridge", "Seehausen", "Obernau"))
    y = m + 40 * s
    event_name = (
        f"{town} {'City Marathon' if lang == 'en' else 'Stadtlauf'} {rng.randint(2026, 2027)}"
    )
    c.text(m, y, event_name, p.font(34, bold=True), "brand", fill=colour)
    y += 42 * s
    c.text(m, y, t["title"], p.font(26, bold=True), "label")
    y += 30 * s
    c.text(m, y, t["sub"], p.font(18), "label")
    y += 26 * s
    name = fk.en_name() if lang == "en" else fk.eu_name("de")
    first, last = name.split()[0], name.split()[-1]
    bib = fk.bib_no()
    top = y
    bottom = _bib(p, m, y, w * 0.55, bib, f"{first.upper()}", colour)
    q = int(w * 0.28)
    c.qr(int(body_r - q), int(y + 10 * s), f"RP{fk.digits(12)}", size=q)
    y = bottom + 50 * s
    y = c.wrap(
        m,
        y,
        [S(t["dear"], "other"), S(first, "name"), S(t["body"], "other")],
        p.font(20),
        w,
        28 * s,
    )
    y += 10 * s
    f, lf = p.font(23), p.font(16)
    phone = fk.uk_phone() if lang == "en" else fk.eu_phone("de")
    contact = fk.en_name() if lang == "en" else fk.eu_name("de")
    values = (
        [S(f"{first} {last.upper()}", "name")],
        [S(fk.dob("dmy"), "id_number")],
        [S(fk.passport() if rng.random() < 0.5 else fk.eu_id("de"), "id_number")],
        [S(phone, "phone")],
        [S(fk.email(name), "email")],
        [S(rng.choice(t["clubs"]), "other")],
        [S(rng.choice(t["events"]), "other")],
        [S(rng.choice("ABCDEFG"), "other")],
        [S(rng.choice(("XS", "S", "M", "L", "XL")), "other")],
        [S(contact, "name")],
        [S(rng.choice(t["rel"]), "other")],
        [S(fk.uk_phone() if lang == "en" else fk.eu_phone("de"), "phone")],
    )
    col_w = w / 3
    for i, (label, value) in enumerate(zip(t["fields"], values, strict=True)):
        if i % 3 == 0:
            y += 60 * s
        stacked(p, m + (i % 3) * col_w, y - 30 * s, label, value, lf, f, col_w - 20 * s)
    y += 50 * s
    c.hline(m, body_r, y, width=1)
    y += 34 * s
    c.text(
        m,
        y,
        f"{rng.choice(('Expo Hall 3', 'Messehalle B'))}, {town} · {fk.date('iso')}",
        p.font(18),
        "other",
    )
    if stub:
        _bag_label(p, body_r + 30 * s, top, y, bib, f"{first} {last}", t["bag"])
    return _finish(c, y, 0, pad=m * 0.7)


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.4, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    city = rng.choice(_CN_CITIES)
    y = m + 46 * s
    c.text(
        W / 2,
        y,
        f"{rng.randint(2026, 2027)}{city}马拉松",
        p.font(36, bold=True),
        "brand",
        anchor="ms",
        fill=RED,
    )
    y += 44 * s
    c.text(
        W / 2,
        y,
        rng.choice(("参赛确认单 / 领物凭证", "选手确认单 ENTRY CONFIRMATION")),
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * s
    name, id_no = fk.cn_name(honorific=0.0), fk.cn_resident_id()
    bib = fk.bib_no()
    lab = lambda cn, en: Cell.of(bilingual(rng, cn, en, colon=0), "label", align="c")  # noqa: E731
    val = lambda t, k, n=1: Cell.of(t, k, span=n)  # noqa: E731
    rows = [
        [lab("姓名", "Name"), val(name, "name"), lab("性别", "Gender"), val(fk.sex(), "other")],
        [lab("证件号码", "ID No."), val(id_no, "id_number", 3)],
        [
            lab("出生日期", "Birth"),
            val(f"{id_no[6:10]}-{id_no[10:12]}-{id_no[12:14]}", "id_number"),
            lab("血型", "Blood"),
            val(rng.choice("ABO") + "型", "other"),
        ],
        [
            lab("手机号码", "Mobile"),
            val(fk.cn_mobile("plain"), "phone"),
            lab("服装尺码", "Size"),
            val(rng.choice(("S", "M", "L", "XL", "XXL")), "other"),
        ],
        [
            lab("参赛项目", "Event"),
            val(rng.choice(_CN_EVENTS), "other"),
            lab("所属跑团", "Club"),
            val(rng.choice(("无", f"{city}跑友会", "夜跑团")), "other"),
        ],
        [
            lab("紧急联系人", "Emergency"),
            val(fk.cn_name(honorific=0.0), "name"),
            lab("联系电话", "Phone"),
            val(fk.cn_mobile("plain"), "phone"),
        ],
    ]
    widths = (w * 0.23, w * 0.3, w * 0.2, w * 0.27)
    y = table(p, m, y, widths, rows, 58 * s, f)
    y += 40 * s
    bw = w * 0.5
    _bib(p, m, y, bw, bib, name, RED)
    q = int(bw * 0.5)
    qx = m + bw + (w - bw - q) / 2
    c.qr(int(qx), int(y + 10 * s), f"MLS{fk.digits(15)}", size=q)
    c.text(qx + q / 2, y + q + 46 * s, "领物时请出示此二维码", p.font(18), "label", anchor="ms")
    y += bw * 0.62 + 50 * s
    for line in (
        f"领物时间:赛前两日 10:00-20:00  领物地点:{city}国际会展中心2号馆",
        "须本人持身份证原件领取;代领须持委托书及双方身份证复印件。",
        "参赛号码布不得转让、涂改、折叠,违者取消成绩。",
    ):
        y = c.wrap(m, y, [S(line, "footer")], p.font(18), w, 30 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def marathon_registration(rng: random.Random) -> Canvas:
    """A race entry confirmation: Chinese with bilingual headers, or English / German."""
    fk = ErrandFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.5 else _latin(rng, fk)


LAYOUTS = {"marathon_registration": marathon_registration}
