"""Construction sites and day labour. A site's 农民工考勤表 (a grid of workers by
the days of the month, √ / 半 / 休 marked by hand) or 工资发放公示表 (each worker's
ID, trade, bank card, days, day rate and pay, signed by hand with a red thumbprint
beside the name), headed by the project and the contractor and signed off by the
team leader and the project manager; a foreman's notebook page listing who worked
which day; or an English daily labour sheet (worker, trade, NI number or employee ID,
times, hours, rate, signature, site manager) or a Spanish parte de horas
(trabajador, DNI / NIE, categoría, horas, firma, encargado).

Personal: workers', leaders' and managers' names and signatures (``name``), ID and
NI numbers, DNI / NIE and employee IDs (``id_number``), bank cards
(``card_number``), a worker's phone in the notebook (``phone``).
Ordinary: titles, projects, contractors, trades, day marks, days, hours, rates,
amounts, dates, totals and notices; the labour bureau's complaint line is business
data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_marks import ruled_paper, thumbprint
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, hand_font
from .render import Canvas, Span

_CN_TRADES = ("钢筋工", "木工", "瓦工", "架子工", "普工", "电焊工", "水电工", "抹灰工", "油漆工")
_CN_SITES = ("安置房二期", "学校教学楼", "人民医院门诊楼", "滨江花园三标段", "产业园厂房")
_CN_CITIES = ("临江市", "青山县", "城南区", "北湖新区", "东港市")
_EN_TRADES = ("Labourer", "Bricklayer", "Carpenter", "Groundworker", "Scaffolder", "Plasterer")
_EN_SITES = (
    "Riverside Court",
    "Mill Lane Phase 2",
    "St Anne's School extension",
    "Unit 4 Eastgate",
)
_ES_TRADES = ("Peón", "Oficial 1ª", "Oficial 2ª", "Encofrador", "Ferrallista", "Gruista")
_ES_SITES = ("Obra C/ Mayor 14", "Residencial Los Olivos", "Nave industrial P-7", "Reforma colegio")


def _day_mark(rng: random.Random) -> str:
    return rng.choices(("√", "半", "休", ""), weights=(78, 8, 8, 6))[0]


def _cn_grid(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """考勤表 (day columns) or 工资发放公示表 (bank cards and pay), both with IDs."""
    attendance = rng.random() < 0.5
    c, p, _, _ = sheet(rng, (2200, 2400), 0.9, cjk=True, base=1600, margin=0.05)
    s, W = p.s, c.width
    m = 50 * s
    month = rng.randint(1, 12)
    title = f"{rng.choice(_CN_SITES)}项目农民工" + ("考勤表" if attendance else "工资发放公示表")
    if not attendance and rng.random() < 0.5:
        title = "工资发放公示表"
    y = 80 * s
    c.text(W / 2, y, title, p.font(46, bold=True), "label", anchor="ms")
    y += 60 * s
    company, labour = fk.cn_company(), fk.cn_company()
    f = p.font(22)
    c.line(
        m,
        y,
        [S("项目名称：", "label"), S(rng.choice(_CN_CITIES) + rng.choice(_CN_SITES), "other")],
        f,
    )
    c.line(W * 0.42, y, [S("施工单位：", "label"), S(company, "shop")], f)
    c.line(W * 0.75, y, [S("所属月份：", "label"), S(f"2026年{month}月", "date")], f)
    y += 36 * s
    c.line(m, y, [S("劳务分包单位：", "label"), S(labour, "shop")], f)
    c.line(W * 0.42, y, [S("班组：", "label"), S(rng.choice(_CN_TRADES)[:-1] + "班组", "other")], f)
    y += 24 * s
    days = 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30
    n = rng.randint(6, 11)
    if attendance:
        head = ["序号", "姓名", "身份证号", "工种", *[str(d) for d in range(1, days + 1)]]
        head += ["出勤天数", "本人签字"]
        fixed = [50, 100, 300, 90]
        widths = fixed + [(W - 2 * m - sum(fixed) * s - 230 * s) / s / days] * days + [100, 130]
    else:
        head = ["序号", "姓名", "身份证号", "工种", "银行卡号", "出勤天数", "日工资", "应发金额"]
        head += ["实发金额", "本人签字", "手印"]
        widths = [60, 120, 330, 100, 360, 100, 100, 130, 130, 150, 100]
    widths = [x * s for x in widths]
    scale = (W - 2 * m) / sum(widths)
    widths = [x * scale for x in widths]
    hf = p.font(19)
    rows: list[list[Cell]] = [[label_cell(h) for h in head]]
    signers: list[int] = []
    total = 0.0
    for i in range(n):
        name, trade = fk.cn_name(honorific=0.0), rng.choice(_CN_TRADES)
        ident = fk.cn_resident_id() if rng.random() < 0.8 else fk.cn_id_masked()
        row = [Cell.of(str(i + 1), "other", align="c"), Cell.of(name, "name", align="c")]
        row += [Cell.of(ident, "id_number"), Cell.of(trade, "other", align="c")]
        marks = [_day_mark(rng) for _ in range(days)]
        worked = sum(1.0 if x == "√" else 0.5 if x == "半" else 0 for x in marks)
        total += worked
        if attendance:
            row += [hand_cell(x, "other") if x else Cell.of("", "other") for x in marks]
            row += [Cell.of(f"{worked:g}", "other", align="c")]
        else:
            rate = rng.choice((260, 300, 320, 350, 380, 420, 450))
            due = int(worked * rate)
            paid = due - rng.choice((0, 0, 0, 500, 1000))
            total += paid - worked
            row += [Cell.of(fk.card_number(19), "card_number")]
            row += [
                Cell.of(f"{worked:g}", "other", align="c"),
                Cell.of(str(rate), "price", align="r"),
            ]
            row += [
                Cell.of(f"{due:,}.00", "price", align="r"),
                Cell.of(f"{paid:,}.00", "price", align="r"),
            ]
        if rng.random() < 0.9:
            row.append(hand_cell(name, "name"))
            signers.append(i)
        else:
            row.append(Cell.of("", "other"))
        if not attendance:
            row.append(Cell.of("", "other"))
        rows.append(row)
    row_h = 46 * s
    y_table = y
    y = table(
        p, m, y, widths, rows, row_h, hf, hand_px=24, ink=rng.choice(((25, 35, 120), (30, 30, 35)))
    )
    prints_x = (
        m + sum(widths[:-1]) + widths[-1] / 2
        if not attendance
        else m + sum(widths) - widths[-1] * 0.25
    )
    for i in signers:  # the red thumbprint pressed over or beside each signature
        if not attendance or rng.random() < 0.5:
            thumbprint(p, prints_x, y_table + (i + 1.5) * row_h, 20 * s)
    y += 44 * s
    summary = f"出勤 {total:g} 工日" if attendance else f"实发 {total:,.2f} 元"
    c.line(m, y, [S("合计：", "label"), S(summary, "price")], f)
    y += 50 * s
    roles = [("班组长", True), ("项目经理", True), ("制表人", True), ("劳资专管员", False)]
    x = m
    for role, hand in roles[: rng.randint(3, 4)]:
        name = fk.cn_name(honorific=0.0)
        x1 = c.line(x, y, [S(role + "：", "label")], f) + 8 * s
        if hand:
            handwritten(p, x1, y, [S(name, "name")], 30, cjk=True)
        else:
            c.line(x1, y, [S(name, "name")], f)
        x += (W - 2 * m - 300 * s) / 4
    seal(p, W - m - 140 * s, y - 10 * s, 80 * s, labour)
    y += 50 * s
    notice = "公示期三天，如对工资发放有异议，请向项目部或劳动保障监察部门反映，投诉电话："
    x = c.line(m, y, [S(notice, "footer")], p.font(18))
    c.line(x, y, [Span(f"0{rng.randint(100, 999)}-12333", "shop_phone", None)], p.font(18))
    return _finish(c, y, int(m), pad=30 * s)


def _cn_notebook(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A foreman's notebook page: a day per line, who came (full names, 老 + surname,
    surname + 师傅), half days, a phone jotted beside a new hand, a month's tally."""
    c, p, _, _ = sheet(rng, (1000, 1100), 1.4, cjk=True, base=1600, margin=0.05)
    s, W = p.s, c.width
    step = 62 * s
    ruled_paper(p, 30 * s, W - 30 * s, 130 * s, c.height - 60 * s, step, margin=False)
    ink = rng.choice(((25, 35, 120), (30, 30, 35)))
    hf = hand_font(p, 34, cjk=True)
    month = rng.randint(1, 12)
    f = p.font(18)
    x = c.line(60 * s, 60 * s, [S("日期", "label")], f, fill=(95, 95, 105))
    c.hline(x + 6 * s, x + 160 * s, 64 * s, width=1)
    c.text(W - 60 * s, 60 * s, "No.", f, "label", anchor="rs", fill=(95, 95, 105))
    y = 110 * s
    c.line(60 * s, y, [S(f"{month}月 {rng.choice(_CN_SITES)} 记工", "other")], hf, fill=ink)
    crew = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(4, 6))]
    y += step
    for _ in range(rng.randint(6, 9)):
        spans: list[Span] = [S(f"{month}.{rng.randint(1, 30)} ", "date")]
        for who in rng.sample(crew, rng.randint(2, min(4, len(crew)))):
            style = rng.random()
            if style < 0.6:
                spans.append(S(who, "name"))
            elif style < 0.8:
                spans += [S("老", "other"), S(who[0], "name")]
            else:
                spans += [S(who[0], "name"), S("师傅", "other")]
            spans.append(S(rng.choice(("", "(半)", "")) + " ", "other"))
        spans.append(S(rng.choice(("扎钢筋", "支模", "砌墙", "清渣", "搬砖", "打混凝土")), "other"))
        hf2 = fit(p, hf, "".join(sp.text for sp in spans), W - 120 * s)
        c.line(60 * s, y, spans, hf2, fill=ink)
        y += step
    # a phone jotted down: a new hand's, or a worker's family to call
    who = rng.choice(crew)
    jot = rng.choice(
        (
            [S("新来 ", "other"), S(fk.cn_name(honorific=0.0), "name"), S(" 电话 ", "other")],
            [S(who, "name"), S("老婆电话 ", "other")],
            [S(who[0], "name"), S("师傅 ", "other")],
        )
    )
    c.line(
        60 * s,
        y,
        [*jot, S(fk.cn_mobile(), "phone")],
        fit(p, hf, "".join(x.text for x in jot) + "13800000000", W - 120 * s),
        fill=ink,
    )
    y += step
    y += step * 0.3
    c.line(60 * s, y, [S("本月合计", "other")], hf, fill=ink)
    y += step
    for who in crew[: rng.randint(2, 4)]:
        days, rate = rng.randint(12, 28), rng.choice((300, 350, 400))
        spans = [S(who, "name"), S(f"  {days}天×{rate}={days * rate}", "price")]
        if rng.random() < 0.4:
            spans.append(S(f" 已借{rng.choice((500, 1000, 2000))}", "price"))
        c.line(90 * s, y, spans, hf, fill=ink)
        y += step
    return _finish(c, y, 0, pad=40 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English daily labour sheet or a Spanish parte de horas, filled in by hand."""
    es = rng.random() < 0.45
    c, p, _, _ = sheet(rng, (1800, 2000), 0.75, cjk=False, base=1600, margin=0.05)
    s, W = p.s, c.width
    m = 50 * s
    f = p.font(22)
    y = 80 * s
    title = (
        "PARTE DE HORAS" if es else rng.choice(("DAILY LABOUR SHEET", "Timesheet - site labour"))
    )
    contractor = fk.firm("es") if es else fk.en_company()
    c.text(m, y, contractor, p.font(26, bold=True), "shop")
    c.text(W - m, y, title, p.font(34, bold=True), "label", anchor="rs")
    y += 56 * s
    site = rng.choice(_ES_SITES if es else _EN_SITES)
    y0, mo, d = fk.date().split("-")
    date = f"{d}/{mo}/{y0}"
    fields = (
        (("Obra:", site), ("Fecha:", date))
        if es
        else (("Site:", site), ("Week ending:" if rng.random() < 0.4 else "Date:", date))
    )
    x = m
    for label, value in fields:
        x1 = c.line(x, y, [S(label, "label")], f) + 10 * s
        handwritten(p, x1, y, [S(value, "date" if value == date else "other")], 28, cjk=False)
        x = W / 2
    y += 30 * s
    if es:
        head = [
            "Trabajador",
            "DNI / NIE",
            "Categoría",
            "Entrada",
            "Salida",
            "Horas",
            "€/h",
            "Firma",
        ]
    else:
        head = [
            "Worker",
            rng.choice(("NI number", "Employee ID")),
            "Trade",
            "Time in",
            "Time out",
            "Hours",
            "Rate £/h",
            "Signature",
        ]
    widths = [x * s for x in (300, 250, 200, 130, 130, 110, 130, 250)]
    k = (W - 2 * m) / sum(widths)
    widths = [x * k for x in widths]
    rows: list[list[Cell]] = [[label_cell(h) for h in head]]
    for _ in range(rng.randint(5, 9)):
        name = fk.eu_name("es") if es else fk.en_name()
        if es:
            ident = (
                fk.eu_id("es")
                if rng.random() < 0.6
                else f"{rng.choice('XYZ')}{fk.digits(7)}{fk.upper(1)}"
            )
        else:
            ident = fk.ni_number() if head[1] == "NI number" else f"E{fk.digits(5)}"
        start, hours = rng.choice((7, 7, 8)), rng.choice((8, 8, 9, 10, 4.5))
        end = f"{int(start + hours + 0.5)}:{'30' if hours % 1 else '00'}"
        rate = rng.choice(("12.50", "14.00", "16.50", "18.00", "21.00"))
        rows.append(
            [
                hand_cell(name, "name"),
                hand_cell(ident, "id_number"),
                hand_cell(rng.choice(_ES_TRADES if es else _EN_TRADES), "other"),
                hand_cell(f"{start}:00", "other"),
                hand_cell(end, "other"),
                hand_cell(f"{hours:g}", "other"),
                Cell.of(rate.replace(".", ",") if es else rate, "price", align="r"),
                hand_cell(name.split()[0][0] + ". " + name.split()[-1 if not es else 1], "name"),
            ]
        )
    y = table(p, m, y, widths, rows, 52 * s, p.font(20), hand_px=28, cjk=False)
    y += 60 * s
    role = "Encargado:" if es else "Site manager:"
    boss = fk.eu_name("es") if es else fk.en_name()
    x = c.line(m, y, [S(role, "label")], f) + 12 * s
    handwritten(p, x, y, [S(boss, "name")], 30, cjk=False)
    x = c.line(W / 2, y, [S("Firma:" if es else "Signed:", "label")], f) + 12 * s
    handwritten(
        p, x, y, [S(boss.split()[-1] if not es else boss.split()[1], "name")], 34, cjk=False
    )
    y += 44 * s
    note = (
        "Las horas extra deben ser autorizadas por el encargado."
        if es
        else "All hours must be signed off by the site manager before payroll on Friday."
    )
    c.text(m, y, note, p.font(17), "footer", fill=(90, 90, 90))
    c.text(W - m, y, "Página 1/1" if es else "Page 1 of 1", p.font(17), "footer", anchor="rs")
    return _finish(c, y, int(m), pad=30 * s)


def day_labour_timesheet(rng: random.Random) -> Canvas:
    """A site's attendance or wage sheet, a foreman's notebook, or a Latin timesheet."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn_grid, _cn_notebook, _latin), weights=(50, 20, 30))[0](rng, fk)


LAYOUTS = {"day_labour_timesheet": day_labour_timesheet}
