"""Road accidents and claims: the agreement two drivers fill in at the roadside. China's
机动车交通事故快速处理协议书 prints the time, weather and place, a grid with a 甲方
and a 乙方 column (当事人, 驾驶证号, 联系电话, 号牌号码, 车辆类型, 保险公司, 保单号),
tick boxes for what happened, a hand-written account, each party's share of the
blame, and both signatures with red thumbprints. The European accident statement
(English, constat amiable, Unfallbericht) has a vehicle A and a vehicle B column of
small captioned boxes (policyholder and address, vehicle and registration, insurer,
policy and green card numbers, the driver, date of birth and licence), the
circumstances ticked between them, witnesses, a sketch and both signatures.

Personal: drivers, policyholders and witnesses (``name``, also inside the account),
their phones, home addresses (to the flat), licence, plate, policy and green card
numbers and dates of birth (``id_number``). Ordinary: titles, captions, the place (a
junction or a road), date, time, weather, vehicle kinds and makes, insurers, damage,
ticks, the sketch's letters and the printed notices.
"""

from __future__ import annotations

import random

from .day_first import day_first
from .fakedata_households import HouseholdFaker
from .formkit import HAND_INKS, handwritten, sheet, stacked, table
from .formkit_blanks import tick_box
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import hand_cell, label_cell
from .kit import Pen, S, _finish, hand_font
from .motorists import motorist
from .render import Canvas

_CN_ROADS = ("人民路", "解放大道", "建设路", "滨江路", "中山北路", "新华街", "科技园南路")
_CN_KINDS = ("小型轿车", "小型普通客车", "SUV", "轻型货车", "新能源小型轿车")
_CN_INSURERS = ("中国人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险")
_CN_CASES = ("追尾", "变更车道", "倒车", "开关车门", "逆行", "未按规定让行", "其他")
_CN_SHARES = ("全部责任", "同等责任", "主要责任", "次要责任", "无责任")
_CN_NOTICE = (
    "本协议书一式三份,双方当事人各执一份,保险公司一份。当事人对事实及成因无争议的,"
    "应撤离现场,自行协商处理;有争议的,报警处理。填写内容须真实,如有虚假自负法律责任。"
)
_CN_ACCOUNTS = (
    "甲车沿{r1}由南向北行驶至{r2}路口时,与同向前方停车等灯的乙车追尾,乙车后保险杠受损。",
    "乙车在{r1}由东向西变更车道时,与左侧正常直行的甲车发生刮擦,两车侧面受损。",
    "甲车在{r1}{r2}路口左转,与对向直行的乙车相撞,甲车左前部及乙车右前部受损。",
)
#: Language -> the statement's words.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "EUROPEAN ACCIDENT STATEMENT",
        "when": "1. Date and time of accident",
        "where": "2. Location",
        "witness": "5. Witnesses: names, addresses, tel.",
        "va": "VEHICLE A",
        "vb": "VEHICLE B",
        "holder": "6. Policyholder (surname, first name)",
        "addr": "Address",
        "tel": "Tel. or e-mail",
        "car": "7. Make, model / Registration no.",
        "ins": "8. Insurance company",
        "policy": "Policy no.",
        "green": "Green card no.",
        "driver": "9. Driver (surname, first name)",
        "dob": "Date of birth",
        "lic": "Driving licence no.",
        "circ": "12. Circumstances",
        "sketch": "13. Sketch of the accident at the time of impact",
        "sign": "15. Signature of the drivers",
        "notice": "Do not alter the statement after it has been signed by both drivers. "
        "Each driver keeps one copy and sends it to their insurer within five working days.",
    },
    "fr": {
        "title": "CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE",
        "when": "1. Date de l'accident, heure",
        "where": "2. Lieu",
        "witness": "5. Témoins : noms, adresses, tél.",
        "va": "VÉHICULE A",
        "vb": "VÉHICULE B",
        "holder": "6. Preneur d'assurance (nom, prénom)",
        "addr": "Adresse",
        "tel": "Tél. ou e-mail",
        "car": "7. Marque, type / N° d'immatriculation",
        "ins": "8. Société d'assurance",
        "policy": "N° de contrat",
        "green": "N° de carte verte",
        "driver": "9. Conducteur (nom, prénom)",
        "dob": "Date de naissance",
        "lic": "Permis de conduire n°",
        "circ": "12. Circonstances",
        "sketch": "13. Croquis de l'accident au moment du choc",
        "sign": "15. Signature des conducteurs",
        "notice": "Ne rien modifier au constat après les signatures et la séparation des "
        "exemplaires. À transmettre à votre assureur dans les cinq jours ouvrés.",
    },
    "de": {
        "title": "EUROPÄISCHER UNFALLBERICHT",
        "when": "1. Unfalldatum, Uhrzeit",
        "where": "2. Unfallort",
        "witness": "5. Zeugen: Namen, Anschriften, Tel.",
        "va": "FAHRZEUG A",
        "vb": "FAHRZEUG B",
        "holder": "6. Versicherungsnehmer (Name, Vorname)",
        "addr": "Anschrift",
        "tel": "Tel. oder E-Mail",
        "car": "7. Marke, Typ / Amtl. Kennzeichen",
        "ins": "8. Versicherung",
        "policy": "Vertragsnummer",
        "green": "Nr. der Grünen Karte",
        "driver": "9. Fahrer/in (Name, Vorname)",
        "dob": "Geburtsdatum",
        "lic": "Führerschein-Nr.",
        "circ": "12. Umstände",
        "sketch": "13. Skizze des Unfalls zum Zeitpunkt des Zusammenstoßes",
        "sign": "15. Unterschriften der Fahrer",
        "notice": "Nach der Unterschrift beider Fahrer keine Änderungen vornehmen. Jeder "
        "Fahrer reicht sein Exemplar binnen fünf Werktagen bei seiner Versicherung ein.",
    },
}
_CIRCS = {
    "en": (
        "parked",
        "leaving a car park",
        "turning right",
        "changing lanes",
        "reversing",
        "hit the rear",
        "did not give way",
    ),
    "fr": (
        "en stationnement",
        "sortait d'un parking",
        "tournait à droite",
        "changeait de file",
        "reculait",
        "heurtait à l'arrière",
        "n'a pas respecté la priorité",
    ),
    "de": (
        "parkte",
        "fuhr aus Parkplatz",
        "bog rechts ab",
        "wechselte Fahrspur",
        "setzte zurück",
        "fuhr hinten auf",
        "missachtete Vorfahrt",
    ),
}
_MAKES = ("VW Golf", "Renault Clio", "Ford Focus", "Peugeot 308", "Toyota Yaris", "BMW 320d")
_INSURERS = {
    "en": ("Admiral", "Aviva", "Direct Line", "LV="),
    "fr": ("MAIF", "AXA France", "Groupama", "MACIF"),
    "de": ("HUK-COBURG", "Allianz", "DEVK", "R+V"),
}
_PLACES = {
    "en": ("junction of High Street and Mill Lane", "A38 roundabout, Kestrelford"),
    "fr": ("carrefour rue Gambetta / avenue Foch", "rond-point de la Gare, Montclair"),
    "de": ("Kreuzung Hauptstraße / Bahnhofstraße", "Parkplatz Lindenhof, Einfahrt"),
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.45, cjk=True, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(16)
    y = m + 40 * s
    c.text(W / 2, y, "机动车交通事故快速处理协议书", p.font(27, bold=True), "label", anchor="ms")
    y += 44 * s
    r1, r2 = rng.sample(_CN_ROADS, 2)
    when = f"{fk.date('cn')} {rng.randint(6, 22)}时{rng.randint(0, 59):02d}分"
    x = c.line(m, y, [S("事故时间:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(when, "date")], 24, cjk=True)
    x = c.line(m + w * 0.62, y, [S("天气:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(rng.choice(("晴", "阴", "雨", "雾")), "other")], 24, cjk=True)
    y += 38 * s
    x = c.line(m, y, [S("事故地点:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(f"{r1}与{r2}交叉口", "other")], 24, cjk=True)
    y += 22 * s
    parties = [(fk.cn_name(honorific=0.0), rng.choice(_CN_INSURERS)) for _ in range(2)]
    rows = [[label_cell(""), label_cell("甲方"), label_cell("乙方")]]
    fields = (
        ("当事人", lambda i: (parties[i][0], "name")),
        ("驾驶证号", lambda i: (fk.cn_resident_id(), "id_number")),
        ("联系电话", lambda i: (fk.cn_mobile(), "phone")),
        ("号牌号码", lambda i: (fk.cn_plate(), "id_number")),
        ("车辆类型", lambda i: (rng.choice(_CN_KINDS), "other")),
        ("保险公司", lambda i: (parties[i][1], "other")),
        ("保单号", lambda i: (fk.policy_no(), "id_number")),
    )
    for label, make in fields:
        rows.append([label_cell(label), *(hand_cell(*make(i)) for i in (0, 1))])
    y = table(p, m, y, (w * 0.18, w * 0.41, w * 0.41), rows, 42 * s, f, hand_px=24) + 38 * s
    x = c.line(m, y, [S("事故情形:", "label")], f) + 8 * s
    ticked = rng.randrange(len(_CN_CASES))
    for i, case in enumerate(_CN_CASES):
        x = tick_box(p, x, y, case, i == ticked, f) + 16 * s
    y += 40 * s
    c.text(m, y, "事故经过:", f, "label")
    y += 36 * s
    account = [S(rng.choice(_CN_ACCOUNTS).format(r1=r1, r2=r2), "other")]
    if rng.random() < 0.5:  # the account names the other driver
        account += [S("乙方驾驶人", "other"), S(parties[1][0], "name"), S("当场认可。", "other")]
    hf, ink = hand_font(p, 24, cjk=True), rng.choice(HAND_INKS)
    y = c.wrap(m + 20 * s, y, account, hf, w - 20 * s, 38 * s, fill=ink, max_lines=4) + 10 * s
    shares = rng.choice(((0, 4), (1, 1), (2, 3), (4, 0)))
    for i, who in enumerate(("甲方", "乙方")):
        x = c.line(m, y, [S(who + "责任:", "label")], f) + 8 * s
        for k, share in enumerate(_CN_SHARES):
            x = tick_box(p, x, y, share, k == shares[i], f) + 14 * s
        y += 36 * s
    y += 24 * s
    for i, who in enumerate(("甲方当事人签名:", "乙方当事人签名:")):
        x0 = m + i * w * 0.5
        x = c.line(x0, y, [S(who, "label")], f) + 8 * s
        end = handwritten(p, x, y, [S(parties[i][0], "name")], 30, cjk=True)
        thumbprint(p, end + 14 * s, y - 10 * s, 22 * s)
    y += 30 * s
    c.hline(m, right, y, width=1)
    y = c.wrap(m, y + 26 * s, [S(_CN_NOTICE, "footer")], p.font(13), w, 20 * s, max_lines=4)
    return _finish(c, y, 0, pad=m * 0.6)


def _licence(fk: HouseholdFaker, lang: str, name: str) -> str:
    if lang == "en":
        return fk.driving_licence(name.split()[-1])
    if lang == "fr":
        return fk.digits(12)
    return fk.upper(1) + fk.digits(3) + fk.alnum(6)


def _column(
    p: Pen,
    x: float,
    y: float,
    w: float,
    head: tuple[str, tuple[int, int, int]],
    lang: str,
    fk: HouseholdFaker,
) -> tuple[float, str]:
    """One vehicle's column of captioned boxes under its tinted head, values written by
    hand; returns the bottom y and the driver."""
    t, s, r = _WORDS[lang], p.s, p.r
    name, address, phone, plate = motorist(r, fk, lang)
    same = r.random() < 0.6  # the policyholder is often the driver
    driver = name if same else (fk.en_name() if lang == "en" else fk.eu_name(lang))
    country = {"en": "GB", "fr": "F", "de": "D"}[lang]
    green = f"{country}/{fk.digits(3)}/{fk.digits(7)}"
    boxes = (
        (t["holder"], [S(name, "name")]),
        (t["addr"], address),
        (t["tel"], [S(phone, "phone")]),
        (t["car"], [S(r.choice(_MAKES) + "  /  ", "other"), S(plate, "id_number")]),
        (t["ins"], [S(r.choice(_INSURERS[lang]), "other")]),
        (t["policy"], [S(fk.policy_no(), "id_number")]),
        (t["green"], [S(green, "id_number")]),
        (t["driver"], [S(driver, "name")]),
        (t["dob"], [S(fk.dob("dmy"), "id_number")]),
        (t["lic"], [S(_licence(fk, lang, driver), "id_number")]),
    )
    cap, hf, ink = p.font(12), hand_font(p, 22, cjk=False), r.choice(HAND_INKS)
    p.c.draw.rectangle([x, y, x + w, y + 34 * s], fill=head[1])
    p.c.text(x + w / 2, y + 24 * s, head[0], p.font(18, bold=True), "label", anchor="ms")
    y += 34 * s
    for caption, value in boxes:
        top = y
        y = stacked(p, x + 6 * s, y + 16 * s, caption, value, cap, hf, w - 12 * s, fill=ink)
        y += 18 * s
        p.c.box(x, top, x + w, y, width=1)
    return y, driver


def _sketch(p: Pen, x0: float, y0: float, w: float, h: float) -> None:
    """Two crossing roads and two cars marked A and B, drawn by hand (no personal data)."""
    c, s = p.c, p.s
    ink = p.r.choice(HAND_INKS)
    c.box(x0, y0, x0 + w, y0 + h, width=1)
    mx, my = x0 + w * p.r.uniform(0.4, 0.6), y0 + h * 0.5
    for d in (-1, 1):
        c.draw.line(
            [(x0 + 10 * s, my + d * 28 * s), (x0 + w - 10 * s, my + d * 28 * s)], fill=ink, width=2
        )
        c.draw.line(
            [(mx + d * 28 * s, y0 + 10 * s), (mx + d * 28 * s, y0 + h - 10 * s)], fill=ink, width=2
        )
    hf = hand_font(p, 22, cjk=False)
    # A drives along the road towards the junction, B comes down the crossing road;
    # each car is a box with its letter and an arrow for where it was going.
    cars = (("A", mx - 70 * s, my + 14 * s, (1, 0)), ("B", mx + 14 * s, my - 52 * s, (0, 1)))
    for letter, cx, cy, (dx, dy) in cars:
        hw, hh = (18 * s, 11 * s) if dx else (11 * s, 18 * s)
        c.draw.rectangle([cx - hw, cy - hh, cx + hw, cy + hh], outline=ink, width=2)
        c.text(cx, cy, letter, hf, "other", anchor="mm", fill=ink)
        tx, ty = cx + dx * (hw + 34 * s), cy + dy * (hh + 34 * s)
        c.draw.line([(cx + dx * (hw + 4 * s), cy + dy * (hh + 4 * s)), (tx, ty)], fill=ink, width=2)
        c.draw.polygon(
            [
                (tx + dx * 8 * s, ty + dy * 8 * s),
                (tx - dy * 6 * s, ty - dx * 6 * s),
                (tx + dy * 6 * s, ty + dx * 6 * s),
            ],
            fill=ink,
        )


def _european(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "fr", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (940, 1000), 1.5, cjk=False, base=900, margin=(0.04, 0.05))
    s, w = p.s, right - m
    y = m + 36 * s
    c.text(c.width / 2, y, t["title"], p.font(24, bold=True), "label", anchor="ms")
    y += 20 * s
    col = (w - 20 * s) / 2
    day = day_first(fk.date(), "." if lang == "de" else "/")
    when = f"{day}  {rng.randint(6, 22)}:{rng.randint(0, 59):02d}"
    stacked(
        p,
        m + 6 * s,
        y + 16 * s,
        t["when"],
        [S(when, "date")],
        p.font(12),
        hand_font(p, 22, cjk=False),
        col - 12 * s,
        fill=rng.choice(HAND_INKS),
    )
    stacked(
        p,
        m + col + 26 * s,
        y + 16 * s,
        t["where"],
        [S(rng.choice(_PLACES[lang]), "other")],
        p.font(12),
        hand_font(p, 22, cjk=False),
        col - 12 * s,
        fill=rng.choice(HAND_INKS),
    )
    y += 84 * s
    c.text(m, y, t["witness"], p.font(12), "label")
    y += 30 * s
    if rng.random() < 0.7:
        wname, _, wphone, _ = motorist(rng, fk, lang)
        handwritten(
            p,
            m + 10 * s,
            y,
            [S(wname, "name"), S("    ", "other"), S(wphone, "phone")],
            22,
            cjk=False,
            width=w - 20 * s,
        )
    c.hline(m, right, y + 8 * s, width=1)
    y += 28 * s
    ya, da = _column(p, m, y, col * 0.72, (t["va"], (205, 222, 245)), lang, fk)
    yb, db = _column(p, right - col * 0.72, y, col * 0.72, (t["vb"], (250, 240, 190)), lang, fk)
    mid0, mid1 = m + col * 0.72 + 10 * s, right - col * 0.72 - 10 * s
    c.text((mid0 + mid1) / 2, y + 24 * s, t["circ"], p.font(13, bold=True), "label", anchor="ms")
    yy = y + 56 * s
    small = p.font(11)
    for k, circ in enumerate(_CIRCS[lang]):
        ticks = (rng.random() < 0.2, rng.random() < 0.2)
        tick_box(p, mid0, yy, "", ticks[0], small)
        c.text((mid0 + mid1) / 2, yy, f"{k + 1} {circ}", small, "label", anchor="ms")
        tick_box(p, mid1 - small.size, yy, "", ticks[1], small)
        yy += 34 * s
    y = max(ya, yb) + 30 * s
    c.text(m, y, t["sketch"], p.font(13), "label")
    _sketch(p, m, y + 10 * s, w, 180 * s)
    y += 230 * s
    c.text(m, y, t["sign"], p.font(13), "label")
    y += 44 * s
    for x, letter, sig in ((m + 20 * s, "A", da), (m + w * 0.55, "B", db)):
        c.text(x, y, letter, p.font(14, bold=True), "label")
        handwritten(
            p,
            x + 30 * s,
            y,
            [S(sig.split()[-1] if rng.random() < 0.5 else sig, "name")],
            30,
            cjk=False,
        )
    y += 36 * s
    y = word_wrap(p, m, y, [S(t["notice"], "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def road_accident_agreement(rng: random.Random) -> Canvas:
    """An accident agreement two drivers fill in at the roadside: both parties'
    names, licences, plates, phones and insurers, the account, ticks, signatures."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _european), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"road_accident_agreement": road_accident_agreement}
