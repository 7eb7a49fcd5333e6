"""Home gas safety inspections. A gas company's 入户安检记录单 (用户编号, 用户姓名, 联系电话,
the address to the room; the meter's model and number; the appliances and their brands; a
check table of √ / ×; 隐患描述 and 整改意见 by hand naming the resident who was told; the
inspector and his staff number, the user's signature, the next inspection's date); a
door-hanger 安检未遇通知 (the flat's room, the inspector's name and mobile by hand, the
company's booking line); an English landlord gas safety record (landlord with address and
phone, tenant, property address, engineer and Gas Safe ID, an appliance table); or an
Italian rapporto di controllo (cliente, indirizzo with its interno, codice cliente,
tecnico with his licence number).

Personal: residents, tenants, landlords, inspectors and engineers (``name``), phones,
home addresses and doors, customer numbers and staff or licence numbers
(``id_number``). Ordinary: meters and serials, appliances, brands, check items and
results, hazards, advice, dates and headings; the company, its hotline and office are
business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, box_stamp, fit, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, label_cell
from .gascheck_words import (
    CN_APPLIANCES,
    CN_CHECKS,
    CN_COMPANIES,
    CN_FINDINGS,
    CN_METERS,
    CN_NOTICE,
    EN_APPLIANCES,
    EN_DEFECTS,
    EN_FIRMS,
    IT_CHECKS,
    IT_FIRMS,
    IT_FIRST,
    IT_LAST,
    IT_STREETS,
    IT_TOWNS,
)
from .kit import S, _addr_spans, _finish, joined_address
from .render import Canvas, Span


def _day(rng: random.Random, year: int = 2026) -> str:
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _told(rng: random.Random, fk: MoneyFaker) -> tuple[str, str]:
    """The resident told about a hazard: a full name, or a surname whose title stays
    ordinary (张先生)."""
    if rng.random() < 0.5:
        return fk.cn_name(honorific=0.0), ""
    return fk.cn_surname(), rng.choice(("先生", "女士", "阿姨"))


def _cn_record(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.6, cjk=True, base=1200, margin=0.05)
    s = p.s
    company, hotline = rng.choice(CN_COMPANIES)
    y = m + 34 * s
    c.text(c.width / 2, y, company, p.font(26, bold=True), "shop", anchor="ms")
    y += 44 * s
    c.text(
        c.width / 2, y, "居民用户入户安全检查记录单", p.font(28, bold=True), "label", anchor="ms"
    )
    y += 36 * s
    f = p.font(18)
    c.line(right - 260 * s, y, [S("No.", "label"), S(fk.digits(8), "other")], f)
    c.line(m, y, [S("检查日期:", "label"), S(_day(rng), "date")], f)
    y += 14 * s
    hand = rng.random() < 0.75
    line, _ = fk.cn_address(with_door=1.0)
    resident = fk.cn_name(honorific=0.0)
    grid = grid_rows(
        [
            [
                (rng.choice(("用户编号", "燃气户号")), fk.digits(rng.choice((8, 10))), "id_number"),
                ("用户姓名", resident, "name"),
            ],
            [("联系电话", fk.cn_mobile(), "phone"), ("表具型号", rng.choice(CN_METERS), "other")],
            [("用气地址", _addr_spans([line]), "")],
            [
                ("表号", f"{fk.upper(2)}{fk.digits(8)}", "other"),
                ("表读数", f"{rng.randint(120, 4800)} m³", "other"),
            ],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, grid, 46 * s, f)
    rows = [[label_cell(h) for h in ("燃气具", "品牌", "型号", "安装位置", "使用年限")]]
    for kind, brands in CN_APPLIANCES[: rng.randint(2, 3)]:
        rows.append(
            [
                Cell.of(kind, "other"),
                Cell.of(rng.choice(brands), "other", hand=hand),
                Cell.of(f"{fk.upper(2)}-{fk.digits(3)}", "other", hand=hand),
                Cell.of(rng.choice(("厨房", "阳台", "卫生间")), "other", hand=hand),
                Cell.of(f"{rng.randint(1, 12)}年", "other", hand=hand),
            ]
        )
    y = table(p, m, y + 14 * s, [(right - m) / 5] * 5, rows, 40 * s, f, hand_px=26, line=1)
    checks = rng.sample(CN_CHECKS, 6)
    bad = rng.randrange(len(checks))
    rows = [
        [label_cell("检查项目"), label_cell("结果"), label_cell("检查项目"), label_cell("结果")]
    ]
    for k in range(0, 6, 2):
        cells = []
        for j in (k, k + 1):
            mark = "×" if j == bad else "√"
            cells += [Cell.of(checks[j], "other"), Cell.of(mark, "other", hand=True, align="c")]
        rows.append(cells)
    widths = [(right - m) * k for k in (0.38, 0.12, 0.38, 0.12)]
    y = table(p, m, y + 14 * s, widths, rows, 40 * s, p.font(15), line=1)
    hazard, advice = rng.choice(CN_FINDINGS)
    who, title = _told(rng, fk)
    y += 40 * s
    x = c.line(m, y, [S("隐患描述:", "label")], p.font(17, bold=True)) + 10 * s
    handwritten(p, x, y, [S(hazard, "other")], 28, cjk=True, width=right - x)
    y += 44 * s
    x = c.line(m, y, [S("整改意见:", "label")], p.font(17, bold=True)) + 10 * s
    spans = template_spans(advice, {"who": (who, "name")}, between="other")
    if title:
        at = next(i for i, sp in enumerate(spans) if sp.category == "name") + 1
        spans.insert(at, S(title, "other"))
    handwritten(p, x, y, spans, 28, cjk=True, width=right - x)
    y += 56 * s
    col = (right - m) / 3
    x = c.line(m, y, [S("安检员:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(m, y + 34 * s, [S("工号:", "label"), S(fk.digits(rng.choice((4, 6))), "id_number")], f)
    x = c.line(m + col, y, [S("用户签字:", "label")], f) + 6 * s
    handwritten(p, x, y, [S(resident, "name")], 32, cjk=True)
    c.line(m + 2 * col, y, [S("下次安检日期:", "label"), S(_day(rng, 2027), "date")], f)
    y += 76 * s
    spans = [S("24小时抢修及服务热线:", "label"), Span(hotline, "shop_phone", None)]
    c.line(m, y, spans, p.font(15))
    c.text(right - 260 * s, y, "一式两联 用户留存", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_hanger(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A door-hanger card left when nobody was at home."""
    c, p, m, right = sheet(rng, (720, 760), 1.75, cjk=True, base=720, margin=0.07)
    s = p.s
    company, hotline = rng.choice(CN_COMPANIES)
    band = rng.choice(((230, 120, 30), (30, 110, 190), (40, 150, 90)))
    c.draw.rectangle([0, 0, c.width, 200 * s], fill=band)
    cx = c.width / 2
    c.draw.ellipse([cx - 40 * s, 40 * s, cx + 40 * s, 120 * s], fill=c.paper)
    y = 170 * s
    c.text(cx, y, company, p.font(24, bold=True), "shop", anchor="ms", fill=(255, 255, 255))
    y += 80 * s
    c.text(cx, y, "燃气安检未遇通知", p.font(32, bold=True), "label", anchor="ms")
    y += 60 * s
    f = p.font(19)
    x = c.line(m, y, [S("尊敬的", "label")], f) + 6 * s
    door = fk.cn_door()
    x = handwritten(p, x, y, [S(door, "door")], 30, cjk=True) + 6 * s
    c.line(x, y, [S("用户:", "label")], f)
    y += 44 * s
    y = c.wrap(m, y, [S(CN_NOTICE, "footer")], f, right - m, 32 * s, max_lines=6) + 20 * s
    for label, spans in (
        (
            "安检时间:",
            [S(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(9, 17)}:00", "date")],
        ),
        ("安检员:", [S(fk.cn_name(honorific=0.0), "name")]),
        ("联系电话:", [S(fk.cn_mobile(), "phone")]),
    ):
        x = c.line(m, y, [S(label, "label")], f) + 8 * s
        c.hline(x, right, y + 8 * s, width=1)
        handwritten(p, x + 6 * s, y, spans, 30, cjk=True, width=right - x - 12 * s)
        y += 52 * s
    y += 10 * s
    c.line(
        m, y, [S("预约电话:", "label"), Span(hotline, "shop_phone", None)], p.font(24, bold=True)
    )
    y += 40 * s
    c.text(m, y, "安检免费,不收取任何费用,谨防假冒。", p.font(16), "footer")
    return _finish(c, y, m // 2, pad=16 * s)


def _en_record(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.15, cjk=False, base=1300, margin=0.04)
    s = p.s
    firm = rng.choice(EN_FIRMS)
    y = m + 34 * s
    c.text(m, y, "LANDLORD GAS SAFETY RECORD", p.font(28, bold=True), "label")
    c.line(right - 300 * s, y, [S("Record no. ", "label"), S(fk.digits(6), "other")], p.font(16))
    y += 26 * s
    hand = rng.random() < 0.75
    tenant_block, landlord_block = fk.uk_block(), fk.uk_block()
    engineer = fk.en_name()
    blocks = (
        (
            "Engineer",
            [
                ("Name", [S(engineer, "name")]),
                ("Gas Safe ID", [S(fk.digits(7), "id_number")]),
                ("Company", [S(firm, "shop")]),
                ("Tel", [Span(fk.office_phone("en"), "shop_phone", None)]),
            ],
        ),
        (
            "Job address",
            [
                ("Tenant", [S(fk.en_name(), "name")]),
                ("Address", joined_address(tenant_block[:-1])),
                ("Postcode", [*(S(t, k) for t, k in tenant_block[-1].segments)]),
                ("Tel", [S(fk.uk_phone(), "phone")]),
            ],
        ),
        (
            "Landlord",
            [
                ("Name", [S(fk.en_name(), "name")]),
                ("Address", joined_address(landlord_block[:-1])),
                ("Postcode", [*(S(t, k) for t, k in landlord_block[-1].segments)]),
                ("Tel", [S(fk.uk_phone(), "phone")]),
            ],
        ),
    )
    col = (right - m) / 3
    f = p.font(15)
    top = y
    for k, (head, fields) in enumerate(blocks):
        x0 = m + k * col
        c.box(x0, top, x0 + col, top + 230 * s, width=1)
        c.text(x0 + 10 * s, top + 30 * s, head, p.font(17, bold=True), "label")
        yy = top + 70 * s
        for label, value in fields:
            x = c.line(x0 + 10 * s, yy, [S(f"{label}:", "label")], f) + 6 * s
            width = x0 + col - x - 10 * s
            if hand and head != "Engineer":
                handwritten(p, x, yy, value, 22, cjk=False, width=width)
            else:
                c.line(x, yy, value, fit(p, f, "".join(v.text for v in value), width))
            yy += 40 * s
    y = top + 250 * s
    heads = ("Location", "Appliance", "Make", "Model", "Flue", "Safety devices", "Safe to use")
    rows = [[label_cell(h) for h in heads]]
    for loc, kind, make, model, flue in rng.sample(EN_APPLIANCES, rng.randint(2, 4)):
        vals = (loc, kind, make, model, flue, "Yes", "Yes")
        rows.append([Cell.of(v, "other", hand=hand) for v in vals])
    widths = [(right - m) * k for k in (0.13, 0.16, 0.17, 0.2, 0.08, 0.14, 0.12)]
    y = table(p, m, y, widths, rows, 40 * s, f, hand_px=24, cjk=False, line=1)
    y += 36 * s
    x = c.line(m, y, [S("Defects identified:", "label")], p.font(16, bold=True)) + 8 * s
    handwritten(p, x, y, [S(rng.choice(EN_DEFECTS), "other")], 24, cjk=False, width=right - x)
    y += 46 * s
    half = (right - m) / 2
    for k, (label, spans) in enumerate(
        (
            (
                "Date of check:",
                [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date")],
            ),
            (
                "Next check due by:",
                [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027", "date")],
            ),
        )
    ):
        x = c.line(m + k * half, y, [S(label, "label")], f) + 8 * s
        handwritten(p, x, y, spans, 24, cjk=False)
    y += 46 * s
    x = c.line(m, y, [S("Received by (print name):", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.en_name(), "name")], 26, cjk=False)
    x = c.line(m + half, y, [S("Engineer's signature:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(engineer.split()[-1], "name")], 26, cjk=False)
    y += 36 * s
    c.text(
        m,
        y,
        "This record must be kept for two years. A copy must be given to the tenant "
        "within 28 days of the check.",
        p.font(13),
        "footer",
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _it_report(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.3, cjk=False, base=1200, margin=0.06)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(IT_FIRMS), p.font(22, bold=True), "shop")
    y += 48 * s
    c.text(m, y, "RAPPORTO DI CONTROLLO IMPIANTO GAS", p.font(26, bold=True), "label")
    y += 20 * s
    hand = rng.random() < 0.7
    client = f"{rng.choice(IT_FIRST)} {rng.choice(IT_LAST)}"
    street = [
        S(f"{rng.choice(IT_STREETS)} {rng.randint(1, 180)}", "address"),
        S(", ", "other"),
        S(f"int. {rng.randint(1, 30)}", "door"),
        S(", ", "other"),
        S(rng.choice(IT_TOWNS), "address"),
    ]
    grid = grid_rows(
        [
            [("Cliente", client, "name"), ("Codice cliente", fk.digits(9), "id_number")],
            [("Indirizzo", street, "")],
            [
                ("Telefono", f"3{fk.digits(2)} {fk.digits(7)}", "phone"),
                ("Data", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
            ],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.16, 0.34, 0.18, 0.32)]
    y = table(p, m, y, widths, grid, 48 * s, p.font(16), cjk=False)
    rows = [[label_cell("Verifica"), label_cell("Esito"), label_cell("Note")]]
    for check in IT_CHECKS:
        ok = rng.random() < 0.85
        rows.append(
            [
                Cell.of(check, "other"),
                Cell.of("Conforme" if ok else "Non conforme", "other", hand=True),
                Cell.of("" if ok else "da sostituire", "other", hand=True),
            ]
        )
    y = table(
        p,
        m,
        y + 20 * s,
        [(right - m) * k for k in (0.45, 0.25, 0.3)],
        rows,
        40 * s,
        p.font(16),
        hand_px=24,
        cjk=False,
        line=1,
    )
    y += 50 * s
    tech = f"{rng.choice(IT_FIRST)} {rng.choice(IT_LAST)}"
    f = p.font(16)
    x = c.line(m, y, [S("Tecnico:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(tech, "name")], 28, cjk=False)
    c.line(c.width / 2, y, [S("Patentino n. ", "label"), S(f"IT{fk.digits(6)}", "id_number")], f)
    y += 50 * s
    x = c.line(m, y, [S("Firma del cliente:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(client.split()[-1], "name")], 30, cjk=False)
    box_stamp(p, right - 150 * s, y - 30 * s, ("CONTROLLO ESEGUITO", "IMPIANTO CONFORME"), 13)
    y += 40 * s
    c.text(
        m,
        y,
        "Il presente rapporto va conservato insieme al libretto di impianto.",
        p.font(13),
        "footer",
    )
    return _finish(c, y, m // 2, pad=40 * s)


def gas_safety_inspection_record(rng: random.Random) -> Canvas:
    """A home gas safety check: a Chinese 入户安检记录单, a door-hanger 安检未遇通知, an
    English landlord gas safety record or an Italian rapporto di controllo."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_record, _cn_hanger, _en_record, _it_report), weights=(38, 18, 26, 18))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"gas_safety_inspection_record": gas_safety_inspection_record}
