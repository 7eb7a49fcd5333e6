"""Pest control: the service report a technician leaves after a visit to a home or a
restaurant: a Chinese 消杀服务记录单 / 有害生物防治服务报告 (a hand-filled customer grid,
ticked pests and their level, a chemicals table, the technician with the number of
his licence, the customer's signature), or an English or French service report
(findings written as prose that may name the person spoken to, products with their
active ingredients, the technician's certificate number, the customer's signature
and printed name).

Personal: the customer's or the restaurant contact's name, phone, the service address
to the unit or room (``door``), the contract or customer number (``id_number``), the
technician's name and licence or certificate number (``id_number``), a name inside the
findings, and the signatures. Ordinary: the firm's name, hotline and address, the
restaurant's name, the pests and levels, chemicals, dilutions, doses, batches, areas
treated, dates, times, the next visit, ticks, headings, labels and the safety notice.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import HAND_INKS, Cell, handwritten, memo, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import word_wrap
from .formkit_slips import centred_head, grid_rows, hand_cell, label_cell, ruled_blank
from .kit import S, _finish, hand_font, joined_address
from .render import Canvas

_CN_FIRMS = ("安居有害生物防治有限公司", "绿盾消杀服务中心", "康洁环境卫生服务公司", "净宇虫控")
_CN_PESTS = ("老鼠", "蟑螂", "蚊子", "苍蝇", "白蚁", "蚂蚁", "臭虫")
_CN_LEVELS = ("未见", "少量", "中度", "严重")
#: Chemical -> (dilution or dose, unit used) as a technician writes them.
_CN_CHEMS = (
    ("吡虫啉杀蟑胶饵", "点施", "g", (5, 30)),
    ("溴敌隆毒饵", "毒饵站投放", "g", (100, 500)),
    ("高效氯氰菊酯", "1:200稀释", "ml", (50, 300)),
    ("氟虫腈粉剂", "缝隙喷粉", "g", (10, 40)),
    ("含氯消毒剂", "500mg/L", "L", (2, 10)),
    ("粘鼠板", "布放", "张", (4, 20)),
)
_CN_AREAS = ("厨房", "操作间", "下水道", "吧台", "仓库", "卫生间", "大厅", "阳台", "外围绿化带")
_CN_SITES = ("小馆", "饭店", "火锅店", "面馆", "烘焙坊")
_CN_NOTES = (
    "施药后请勿清洗施药部位,24小时内避免儿童、宠物接触。",
    "请保持环境整洁,及时清理食物残渣,封堵墙洞及管道缝隙。",
    "如虫害反复,请拨打服务热线预约复查,免费补杀。",
)
_EN_PESTS = ("Rats", "Mice", "Cockroaches", "Bed bugs", "Wasps", "Ants", "Fleas")
_EN_CHEMS = (
    ("Racumin Paste", "coumatetralyl 0.0375%", "g", (50, 400)),
    ("Maxforce Gel", "imidacloprid 2.15%", "g", (2, 15)),
    ("Ficam D", "bendiocarb 1%", "g", (10, 60)),
    ("Cimetrol Super", "cypermethrin", "ml", (20, 120)),
    ("Snap traps", "-", "pcs", (2, 12)),
)
_FR_PESTS = ("Rats", "Souris", "Blattes", "Punaises de lit", "Guêpes", "Fourmis")
_FR_CHEMS = (
    ("Ratimor pâte", "bromadiolone 0,005 %", "g", (50, 300)),
    ("Goliath Gel", "fipronil 0,05 %", "g", (2, 12)),
    ("K-Othrine", "deltaméthrine", "ml", (20, 100)),
)
_EN_AREAS = ("kitchen", "bin store", "cellar", "under sink", "loft", "rear yard", "bar area")
_FR_AREAS = ("cuisine", "réserve", "cave", "local poubelles", "salle", "combles")
_SPOKE = {
    "en": (
        "Spoke with {} on site.",
        "Findings discussed with {}.",
        "{} reported activity at night.",
    ),
    "fr": ("Vu avec {} sur place.", "Constat expliqué à {}.", "{} signale des traces la nuit."),
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 960), 1.55, cjk=True, base=940, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(18)
    firm = rng.choice(_CN_FIRMS)
    title = rng.choice(("消杀服务记录单", "有害生物防治服务报告", "灭鼠灭蟑服务单"))
    number = [S("单号:", "label"), S(fk.digits(10, True), "other")]
    dated = [S("服务日期:", "label"), S(fk.date("cn"), "date")]
    y = centred_head(p, m, m + 38 * s, (firm, title), number, dated, px=(24, 28))
    y += 14 * s
    restaurant = rng.random() < 0.5
    addr, _pc = fk.cn_address(with_door=0.95 if not restaurant else 0.5)
    person = fk.cn_name(honorific=0.5 if restaurant else 0.2)
    client = fk.cn_surname() + "记" + rng.choice(_CN_SITES) if restaurant else person
    tel = ("联系电话", fk.cn_mobile(), "phone")
    rows = grid_rows(
        [
            [
                ("客户名称", client, "other" if restaurant else "name"),
                ("合同编号", "HT" + fk.digits(6), "id_number"),
            ],
            [("服务地址", [S(t, k) for t, k in addr.segments], "address")],
            [("联系人", person, "name"), tel] if restaurant else [tel],
        ]
    )
    y = table(p, m, y, (w * 0.16, w * 0.38, w * 0.16, w * 0.3), rows, 50 * s, f, hand_px=27)
    y += 40 * s
    x = c.line(m, y, [S("服务类型:", "label")], f) + 10 * s
    for kind in ("常规", "加急", "复查", "首次"):
        x = tick_box(p, x, y, kind, rng.random() < 0.3, f) + 18 * s
    y += 20 * s
    pests = rng.sample(_CN_PESTS, 4)
    head = [label_cell("虫害"), *(label_cell(k) for k in pests)]
    level = [label_cell("密度"), *(hand_cell(rng.choice(_CN_LEVELS), "other") for _ in pests)]
    y = table(p, m, y, [w * 0.2] * 5, [head, level], 44 * s, f, hand_px=24) + 20 * s
    chems = rng.sample(_CN_CHEMS, rng.randint(2, 4))
    grid = [[label_cell(h) for h in ("药剂名称", "用法/浓度", "用量", "施药部位")]]
    for name, how, unit, (lo, hi) in chems:
        where = "、".join(rng.sample(_CN_AREAS, rng.randint(1, 3)))
        grid.append(
            [
                hand_cell(name, "item"),
                hand_cell(how, "other"),
                hand_cell(f"{rng.randint(lo, hi)}{unit}", "other"),
                hand_cell(where, "other"),
            ]
        )
    grid += [[Cell(())] * 4]
    y = table(p, m, y, (w * 0.26, w * 0.2, w * 0.14, w * 0.4), grid, 44 * s, f, hand_px=24) + 36 * s
    remark = [
        S(rng.choice(("后门墙角有鼠洞已封堵,", "蟑螂集中在灶台下,", "排水沟有鼠迹,")), "other")
    ]
    if rng.random() < 0.5:
        remark += [S("已告知", "other"), S(fk.cn_name(honorific=0.8), "name")]
    y = memo(p, m, y, "现场情况:", remark, f, w, hand=True) + 12 * s
    nxt = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    c.line(m, y, [S("下次服务:", "label")], f)
    handwritten(p, m + 110 * s, y, [S(nxt, "date")], 26, cjk=True)
    x = c.line(W * 0.45, y, [S("客户评价:", "label")], f) + 8 * s
    for kind in ("满意", "一般", "不满意"):
        x = tick_box(p, x, y, kind, kind == "满意" and rng.random() < 0.8, f) + 14 * s
    y += 56 * s
    tech = fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("服务技师:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(tech, "name")], 28, cjk=True)
    c.line(
        m + w * 0.3,
        y,
        [
            S(rng.choice(("上岗证号:", "技术员证号:", "工号:")), "label"),
            S(rng.choice(("PCO", "SH", "")) + fk.digits(7, True), "id_number"),
        ],
        f,
    )
    x = c.line(m + w * 0.62, y, [S("客户签字:", "label")], f) + 8 * s
    handwritten(
        p, x, y, [S(person if rng.random() < 0.7 else person[0] + "女士", "name")], 30, cjk=True
    )
    seal(p, right - 80 * s, y + 70 * s, 62 * s, firm)
    y += 40 * s
    for line in _CN_NOTES[: rng.randint(1, 3)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(14), w - 170 * s, 22 * s, max_lines=2)
    c.text(
        m, y + 6 * s, f"24小时服务热线:400-{fk.digits(3, True)}-{fk.digits(4)}", p.font(15), "other"
    )
    return _finish(c, max(y + 6 * s, y + 60 * s), 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    en = lang == "en"
    c, p, m, right = sheet(rng, (820, 900), 1.5, cjk=False, base=880, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    firm = rng.choice(
        ("Pestaway Environmental Ltd", "Kestrel Pest Services", "Citywide Pest Control")
        if en
        else ("Nuisibles Services Sarl", "Hygiène 3D Pro")
    )
    y = m + 34 * s
    c.text(m, y, firm, p.font(26, bold=True), "shop")
    y += 28 * s
    c.text(
        m,
        y,
        ("BPCA member · 0800 " if en else "Agréé Certibiocide · 0 800 ")
        + fk.digits(3)
        + " "
        + fk.digits(3),
        p.font(14),
        "other",
    )
    c.text(
        right,
        y - 28 * s,
        "SERVICE REPORT" if en else "RAPPORT D'INTERVENTION",
        p.font(20, bold=True),
        "label",
        anchor="rs",
    )
    y += 50 * s
    person = fk.en_name() if en else fk.eu_name("fr")
    if en:
        street, town = fk.uk_address()
        addr = joined_address((street, town))
        phone = fk.uk_phone()
    else:
        a, b = fk.eu_address("fr")
        addr, phone = [S(f"{a}, {b}", "address")], fk.eu_phone("fr")
    labels = (
        ("Client", "Site address", "Tel", "Account no.")
        if en
        else ("Client", "Adresse d'intervention", "Tél.", "N° client")
    )
    half = m + w * 0.58
    ruled_blank(p, y, labels[0], [S(person, "name")], f, m, half - 14 * s)
    ruled_blank(p, y, labels[3], [S(fk.digits(6, True), "id_number")], f, half, right)
    y += 54 * s
    ruled_blank(p, y, labels[1], addr, f, m, right)
    y += 54 * s
    ruled_blank(p, y, labels[2], [S(phone, "phone")], f, m, half - 14 * s)
    ruled_blank(p, y, "Date", [S(fk.date("iso"), "date")], f, half, right)
    y += 54 * s
    x = c.line(m, y, [S("Pests:" if en else "Nuisibles :", "label")], f) + 10 * s
    for pest in rng.sample(_EN_PESTS if en else _FR_PESTS, 4):
        x = tick_box(p, x, y, pest, rng.random() < 0.4, f) + 16 * s
    y += 42 * s
    c.text(
        m,
        y,
        "Findings / action taken" if en else "Constat / actions",
        p.font(15, bold=True),
        "label",
    )
    y += 30 * s
    areas = _EN_AREAS if en else _FR_AREAS
    found = (
        f"Droppings and gnawing in {rng.choice(areas)}; proofed gap by {rng.choice(areas)}. "
        if en
        else f"Déjections en {rng.choice(areas)}, trou rebouché en {rng.choice(areas)}. "
    )
    spans = [S(found, "other")]
    if rng.random() < 0.6:
        who = fk.en_first(upper=False) if rng.random() < 0.5 and en else person
        before, after = rng.choice(_SPOKE[lang]).split("{}")
        spans += [S(before, "other"), S(who, "name"), S(after, "other")]
    hand = hand_font(p, 26, cjk=False)
    y = (
        word_wrap(
            p, m + 4 * s, y + 8 * s, spans, hand, w - 8 * s, 36 * s, fill=rng.choice(HAND_INKS)
        )
        + 14 * s
    )
    chems = rng.sample(_EN_CHEMS if en else _FR_CHEMS, rng.randint(1, 3))
    head = (
        ("Product", "Active ingredient", "Qty", "Location")
        if en
        else ("Produit", "Matière active", "Qté", "Emplacement")
    )
    grid = [[label_cell(h) for h in head]]
    for name, active, unit, (lo, hi) in chems:
        grid.append(
            [
                hand_cell(name, "item"),
                Cell.of(active, "other"),
                hand_cell(f"{rng.randint(lo, hi)} {unit}", "other"),
                hand_cell(rng.choice(areas), "other"),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            (w * 0.26, w * 0.32, w * 0.14, w * 0.28),
            grid,
            42 * s,
            p.font(15),
            hand_px=24,
            cjk=False,
        )
        + 40 * s
    )
    tech = fk.en_name() if en else fk.eu_name("fr")
    ruled_blank(p, y, "Technician" if en else "Technicien", [S(tech, "name")], f, m, half - 14 * s)
    cert = (
        (rng.choice(("RSPH L2 ", "BPCA ", "Cert. ")) + fk.digits(6, True))
        if en
        else "CB-" + fk.digits(6, True)
    )
    ruled_blank(
        p, y, "Cert. no." if en else "N° Certibiocide", [S(cert, "id_number")], f, half, right
    )
    y += 54 * s
    ruled_blank(
        p,
        y,
        "Next visit" if en else "Prochain passage",
        [S(fk.date("iso"), "date")],
        f,
        m,
        half - 14 * s,
    )
    y += 50 * s
    x = (
        c.line(m, y, [S("Customer signature" if en else "Signature du client", "label")], f)
        + 12 * s
    )
    handwritten(p, x, y, [S(person.split()[-1], "name")], 30, cjk=False)
    if rng.random() < 0.6:
        c.line(half, y, [S("Print name " if en else "Nom ", "label"), S(person.upper(), "name")], f)
    y += 40 * s
    note = (
        "Keep children and pets away from bait points. Do not disturb or remove baits. Report any sightings to the office."
        if en
        else "Ne pas déplacer les postes d'appâtage. Tenir hors de portée des enfants et des animaux."
    )
    y = word_wrap(p, m, y, [S(note, "footer")], p.font(13), w, 19 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def pest_control_report(rng: random.Random) -> Canvas:
    """A pest-control service report: customer and address to the room, pests found,
    chemicals and areas treated, the licensed technician, the customer's signature."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"pest_control_report": pest_control_report}
