"""Locksmiths: the sheet a locksmith fills in at the door. In China an unlocking job must
be registered (开锁登记表): who asked for the door to be opened, their ID number, phone
and the address down to the room, which proof of residence was seen, the locksmith's
name and trade licence number, and the police station the record is filed with. An
English lockout / job sheet or a German Schlüsseldienst Auftrag carries the customer,
the property address, the phone, the ID seen, the work and parts, labour and payment,
and the customer's signature.

Personal: the customer's name (printed after a label, then again as a hand signature),
ID number, phone and address with the door, e-mail, the locksmith's name and licence
number (``id_number``), the officer who checked the record, a neighbour or landlord with
a phone in the remark. Ordinary: the firm's name, its filing number, hotline and shop
address (business data), titles, labels, lock types, parts, prices, times and dates,
the declaration the customer signs.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import RED, Cell, fit, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import firm_head, hand_cell, label_cell, ruled_blank, serial_title
from .kit import S, _finish
from .render import Canvas, Span

_CN_FIRMS = ("安居开锁服务部", "快捷锁业", "鑫安开锁换锁中心", "永固锁具维修部", "110便民开锁")
_CN_KINDS = ("防盗门", "房门", "汽车门", "保险柜", "抽屉/柜锁", "电子锁")
_CN_PROOFS = ("身份证住址相符", "房产证", "租赁合同", "物业/居委证明", "邻居证实")
_CN_WORKS = ("技术开启,未损坏", "破坏开启,更换锁芯", "开启后换C级锁芯", "配钥匙2把")
_CN_STATIONS = ("城关派出所", "东湖派出所", "新华路派出所", "南门派出所", "江北派出所")
_CN_NOTES = ("房东", "邻居", "物业", "家人")
_CN_DECLARE = (
    "本人承诺所开锁具为本人所有或本人有权开启,所提供的证件及信息真实有效,",
    "如有虚假,由本人承担全部法律责任,与开锁人员无关。",
)
_CN_RULES = (
    "1. 开锁前须核验委托人身份证件及居住证明,并登记存档。",
    "2. 本登记表一式两联,第二联报辖区派出所备案。",
    "3. 开锁人员须持证上岗,严禁为无法证明权属的人员开锁。",
)
_KEYS = ("title", "job", "name", "addr", "tel", "id", "kinds", "work", "sig", "tech", "print")
#: Language -> printed words keyed by :data:`_KEYS`, lock types, parts with prices,
#: payment words, the declaration, the money format and the VAT rate.
_WORDS = {
    "en": {
        **dict(
            zip(
                _KEYS,
                (
                    *("JOB SHEET", "Job No.", "Customer", "Property address", "Tel"),
                    *("ID seen", "Lock type", "Work carried out", "Customer signature"),
                    *("Technician", "Print name"),
                ),
                strict=True,
            )
        ),
        "ids": ("Driving licence", "Passport", "Utility bill + card"),
        "locks": ("Euro cylinder", "5-lever mortice", "Nightlatch", "uPVC multipoint"),
        "works": ("Non-destructive entry", "Drilled & replaced cylinder", "Picked, re-keyed"),
        "parts": (
            ("Anti-snap cylinder 40/50", 45.0),
            ("BS3621 mortice deadlock", 68.0),
            ("Nightlatch body", 39.5),
            ("Keys cut x3", 12.0),
            ("uPVC gearbox", 55.0),
        ),
        "lines": ("Call-out", "Labour (1 hr)", "Sub-total", "VAT 20%", "TOTAL"),
        "head": ("Parts & labour", "Amount"),
        "pay": ("Card", "Cash", "Invoice"),
        "declare": "I confirm that I am the owner or legal occupier of the above property "
        "and authorise the locksmith to gain entry. Work completed to my satisfaction.",
        "money": "£{:.2f}",
        "vat": 0.20,
        "arrived": "Arrived",
    },
    "de": {
        **dict(
            zip(
                _KEYS,
                (
                    *("AUFTRAG / ARBEITSBERICHT", "Auftrags-Nr.", "Auftraggeber"),
                    *("Einsatzort", "Telefon", "Ausweis geprüft", "Schloss"),
                    *("Ausgeführte Arbeiten", "Unterschrift Auftraggeber", "Monteur"),
                    "Name in Druckbuchstaben",
                ),
                strict=True,
            )
        ),
        "ids": ("Personalausweis", "Reisepass", "Meldebescheinigung"),
        "locks": ("Profilzylinder", "Einsteckschloss", "Kastenschloss", "Mehrfachverriegelung"),
        "works": ("Türöffnung ohne Beschädigung", "Zylinder aufgebohrt und ersetzt"),
        "parts": (
            ("Profilzylinder 30/35 mit 5 Schl.", 49.0),
            ("Sicherheitszylinder Kl. B", 89.0),
            ("Schutzbeschlag", 64.5),
            ("Nachschlüssel x2", 9.8),
        ),
        "lines": ("Anfahrt", "Arbeitszeit", "Netto", "MwSt. 19 %", "GESAMT"),
        "head": ("Material / Leistung", "Betrag"),
        "pay": ("EC-Karte", "Bar", "Rechnung"),
        "declare": "Ich bestätige, dass ich zum Öffnen der genannten Tür berechtigt bin "
        "(Eigentümer/Mieter), und erkenne die Preise an. Arbeiten ordnungsgemäß ausgeführt.",
        "money": "{:.2f} EUR",  # written by hand: the hand faces lack €
        "vat": 0.19,
        "arrived": "Ankunft",
    },
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (780, 880, 960), 1.8, cjk=True, base=900, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(19)
    filing = f"公安备案号:{rng.choice(('', 'KS'))}{fk.digits(rng.choice((6, 8)), True)}"
    hotline = ("24小时服务 ", fk.cn_landline())
    y = firm_head(p, m + 36 * s, m, right, rng.choice(_CN_FIRMS), filing, hotline) + 54 * s
    serial_title(p, y, right, rng.choice(("开锁登记表", "开锁服务登记单")), fk.digits(7), f)
    y += 26 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=1.0)
    tech = fk.cn_name(honorific=0.0)
    licence = rng.choice(("KS", "皖锁", "粤开锁证", "")) + fk.digits(rng.choice((6, 8, 10)), True)
    pick = rng.choice(_CN_KINDS[:4])
    kinds = "  ".join(("√" if k == pick else "□") + k for k in _CN_KINDS[:4])
    rows = [
        [
            label_cell("委托人"),
            hand_cell(name, "name"),
            label_cell("性别"),
            hand_cell(fk.sex(), "other"),
        ],
        [
            label_cell("身份证号"),
            hand_cell(fk.cn_resident_id(x_prob=0.1), "id_number", span=3),
        ],
        [
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
            label_cell("开锁时间"),
            hand_cell(
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.randint(0, 23)}时", "date"
            ),
        ],
        [label_cell("开锁地址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [label_cell("锁具类型"), Cell.of(kinds, "label", span=3)],
        [label_cell("查验证明"), hand_cell(rng.choice(_CN_PROOFS), "other", span=3)],
        [
            label_cell("开锁方式"),
            hand_cell(rng.choice(_CN_WORKS), "item"),
            label_cell("收费"),
            hand_cell(f"¥{rng.choice((80, 100, 150, 200, 260))}", "price"),
        ],
        [
            label_cell("开锁人员"),
            hand_cell(tech, "name"),
            label_cell("从业证号"),
            hand_cell(licence, "id_number"),
        ],
        [
            label_cell("备案派出所"),
            Cell.of(rng.choice(_CN_STATIONS), "other"),
            label_cell("核查民警"),
            hand_cell(fk.cn_name(honorific=0.0) if rng.random() < 0.6 else "", "name"),
        ],
    ]
    widths = (w * 0.17, w * 0.36, w * 0.16, w * 0.31)
    y = table(p, m, y, widths, rows, 56 * s, f, hand_px=28)
    y += 38 * s
    for line in _CN_DECLARE:
        c.text(m, y, line, p.font(16), "footer")
        y += 26 * s
    y += 30 * s
    x = c.line(m, y, [S("委托人签字(按手印):", "label")], f) + 16 * s
    handwritten(p, x, y, [S(name, "name")], 36, cjk=True)
    thumbprint(p, x + 150 * s, y - 14 * s, 26 * s)
    x = c.line(m + w * 0.56, y, [S("开锁人签字:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(tech, "name")], 32, cjk=True)
    y += 52 * s
    if rng.random() < 0.55:  # who vouched for the customer, written in the margin
        who = rng.choice(_CN_NOTES)
        note = [S(f"{who}", "other"), S(fk.cn_name(honorific=0.5), "name"), S("在场证实 ", "other")]
        handwritten(p, m, y, [*note, S(fk.cn_mobile("plain"), "phone")], 27, cjk=True, width=w)
        y += 46 * s
    c.text(m, y, "注意事项", p.font(18, bold=True), "label", fill=RED)
    y += 30 * s
    for line in _CN_RULES[: rng.randint(2, 3)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(15), w, 24 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def _parts_rows(rng: random.Random, t: dict) -> list[list[Cell]]:
    """Parts fitted, call-out, labour and the totals, written in by the technician."""
    money = t["money"].format
    rows, net = [[label_cell(word) for word in t["head"]]], 0.0
    for part, price in rng.sample(t["parts"], rng.randint(1, 3)):
        rows.append([hand_cell(part, "item"), hand_cell(money(price), "price")])
        net += price
    callout, labour = rng.choice((45.0, 60.0, 79.0, 95.0)), rng.choice((35.0, 49.0, 65.0))
    net += callout + labour
    vat = round(net * t["vat"], 2)
    for word, value in zip(t["lines"], (callout, labour, net, vat, net + vat), strict=True):
        rows.append([label_cell(word), hand_cell(money(value), "price")])
    return rows


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (760, 860), 1.75, cjk=False, base=820, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(18)
    y = m + 34 * s
    firm = fk.firm("de" if lang == "de" else "en").split()[0]
    firm += " Schlüsseldienst" if lang == "de" else rng.choice((" Locksmiths", " Lock & Key"))
    c.text(m, y, firm, p.font(28, bold=True), "shop")
    y += 28 * s
    c.text(m, y, ", ".join(fk.office_address(lang)), p.font(15), "shop_address")
    y += 22 * s
    c.text(m, y, fk.office_phone(lang), p.font(15), "shop_phone")
    room = right - m - p.width(firm, p.font(28, bold=True)) - 24 * s  # beside the firm's name
    title_font = fit(p, p.font(24, bold=True), t["title"], room)
    c.text(right, y - 40 * s, t["title"], title_font, "label", anchor="rs")
    x = c.line(right - 200 * s, y, [S(t["job"] + " ", "label")], f)
    c.line(x, y, [Span(fk.digits(5, True), "order_number", None)], f, fill=RED)
    y += 50 * s
    if lang == "en":
        name, phone = fk.en_name(), fk.uk_phone()
        street, town = fk.uk_address()
        addr = [*(S(a, k) for a, k in street.segments), S(", ", "other")]
        addr += [S(a, k) for a, k in town.segments]
        id_no = (
            fk.driving_licence(name.split()[-1].upper()) if rng.random() < 0.5 else fk.passport()
        )
    else:
        name, phone = fk.eu_name("de"), fk.eu_phone("de")
        a, b = fk.eu_address("de")
        addr, id_no = [S(f"{a}, {b}", "address")], fk.eu_id("de")
    half = m + w * 0.58
    ruled_blank(p, y, t["name"], [S(name, "name")], f, m, half - 14 * s)
    ruled_blank(p, y, t["tel"], [S(phone, "phone")], f, half, right)
    y += 50 * s
    ruled_blank(p, y, t["addr"], addr, f, m, right)
    y += 50 * s
    id_word = rng.choice(t["ids"])
    ruled_blank(
        p, y, t["id"], [S(id_word + " ", "other"), S(id_no, "id_number")], f, m, half + 80 * s
    )
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"
    ruled_blank(
        p,
        y,
        t["arrived"],
        [S(f"{day} {rng.randint(7, 23)}:{rng.choice(('05', '20', '45'))}", "date")],
        f,
        half + 100 * s,
        right,
    )
    y += 48 * s
    x = c.line(m, y, [S(t["kinds"] + ":", "label")], f) + 12 * s
    ticked = rng.choice(t["locks"])
    for lock in t["locks"]:
        x = tick_box(p, x, y, lock, lock == ticked, p.font(16)) + 18 * s
    y += 44 * s
    ruled_blank(p, y, t["work"], [S(rng.choice(t["works"]), "item")], f, m, right)
    y += 24 * s
    rows = _parts_rows(rng, t)
    y = table(
        p, m + w * 0.3, y, (w * 0.48, w * 0.22), rows, 38 * s, p.font(16), hand_px=24, cjk=False
    )
    y += 40 * s
    x = m
    paid = rng.choice(t["pay"])
    for word in t["pay"]:
        x = tick_box(p, x, y, word, word == paid, f) + 24 * s
    if paid in ("Card", "EC-Karte") and rng.random() < 0.5:
        c.line(x + 10 * s, y, [S("**** " + fk.digits(4), "other")], f)
    y += 40 * s
    y = word_wrap(p, m, y, [S(t["declare"], "footer")], p.font(15), w, 22 * s)
    y += 40 * s
    ruled_blank(p, y, t["sig"], [S(name, "name")], f, m, half - 14 * s, hand_px=34)
    ruled_blank(
        p,
        y,
        t["tech"],
        [S(fk.en_first(upper=False) if lang == "en" else fk.eu_name("de"), "name")],
        f,
        half,
        right,
    )
    y += 50 * s
    if rng.random() < 0.6:
        ruled_blank(p, y, t["print"], [S(name.upper(), "name")], f, m, half - 14 * s)
        y += 40 * s
    return _finish(c, y, 0, pad=m * 0.6)


def locksmith_job_sheet(rng: random.Random) -> Canvas:
    """A locksmith's job sheet: the Chinese unlocking register or an English / German
    job sheet with parts, labour, payment and the customer's signature."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"locksmith_job_sheet": locksmith_job_sheet}
