"""Hospital billing: a Chinese outpatient fee receipt (门诊收费票据, the printed
electronic-invoice style) or an English hospital's outpatient receipt.

The Chinese receipt heads its grid with the payer's name, the medical-insurance
(social-security) card number and the outpatient number printed after their labels,
lists fee items two to a row with their amounts, writes the total in capital numerals
and figures, splits it into what insurance and the patient paid, and ends with the
cashier's name after a role word beside the hospital's red seal; the invoice's code,
number and check code are ordinary, the QR code opens the patient's invoice. The
English receipt stacks the patient's name, hospital number, date of birth, insurer's
member number and address in a bordered panel, itemises the visit with dates and
prices, and prints the card's last four digits and the cashier's first name.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker, cn_capital
from .formkit import RED, Cell, role_line, seal, sheet, stacked, table
from .kit import S, _finish
from .render import Canvas

_CN_FEES = (
    ("西药费", 20, 380),
    ("中成药费", 15, 260),
    ("检查费", 40, 600),
    ("化验费", 20, 300),
    ("诊察费", 5, 50),
    ("治疗费", 10, 200),
    ("卫生材料费", 3, 60),
    ("放射费", 60, 450),
)
_CN_DEPTS = ("内科", "儿科", "骨科", "皮肤科", "口腔科", "眼科", "消化内科", "呼吸内科")
_INSURANCE = ("职工医保", "城乡居民医保", "自费", "省直医保")
_EN_ITEMS = (
    ("Consultation - outpatient clinic", 95, 220),
    ("Blood panel (FBC, U&E)", 40, 120),
    ("X-ray, one view", 80, 190),
    ("Dressing and wound care", 25, 70),
    ("Ultrasound scan", 150, 340),
    ("Prescription dispensed", 12, 60),
    ("ECG", 45, 110),
)
_EN_HOSPITALS = (
    "St Aldric's Hospital",
    "Northgate General Hospital",
    "Riverside Clinic & Hospital",
)


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 0.9, cjk=True, base=1300, margin=(0.04, 0.06))
    W, s, w = c.width, p.s, right - m
    f, small = p.font(21), p.font(18)
    province = rng.choice(("浙江省", "江苏省", "广东省", "湖北省", "四川省"))
    y = m + 46 * s
    title = f"{province}医疗门诊收费票据(电子)"
    c.text(W / 2, y, title, p.font(34, bold=True), "label", anchor="ms", fill=RED)
    q = int(120 * s)
    c.qr(int(m), int(m), f"{fk.digits(8)}{fk.digits(10)}{fk.alnum(6)}", size=q)
    y += 40 * s
    for k, (lab, val) in enumerate(
        (("票据代码:", fk.digits(8)), ("票据号码:", fk.digits(10)), ("校验码:", fk.alnum(6)))
    ):
        x = right - 330 * s
        c.line(x, y + k * 28 * s, [S(lab, "label"), S(val, "other")], small)
    y = max(y + 90 * s, m + q + 20 * s)
    name = fk.cn_name(honorific=0.0)
    kind = rng.choice(_INSURANCE)
    card = fk.insurance_card() if kind != "自费" else ""
    c.line(
        m, y, [S("交款人统一社会信用代码:", "label"), S(fk.cn_resident_id(), "id_number")], small
    )
    c.line(right - 320 * s, y, [S("开票日期:", "label"), S(fk.date("iso"), "date")], small)
    y += 16 * s
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    val = lambda t, k, n=1: Cell.of(t, k, span=n)  # noqa: E731
    rows = [
        [lab("交款人"), val(name, "name"), lab("门诊号"), val(fk.outpatient_no(), "id_number")],
        [lab("医保类型"), val(kind, "other"), lab("社保卡号"), val(card, "id_number")],
        [lab("就诊科室"), val(rng.choice(_CN_DEPTS), "other"), lab("性别"), val(fk.sex(), "other")],
    ]
    widths = (w * 0.14, w * 0.36, w * 0.14, w * 0.36)
    y = table(p, m, y, widths, rows, 54 * s, f)
    fees = rng.sample(_CN_FEES, rng.choice((4, 6)))
    amounts = [round(rng.uniform(lo, hi), 2) for _, lo, hi in fees]
    grid = [[lab("项目名称"), lab("金额(元)"), lab("项目名称"), lab("金额(元)")]]
    for i in range(0, len(fees), 2):
        grid.append(
            [
                Cell.of(fees[i][0], "item"),
                Cell.of(f"{amounts[i]:.2f}", "price", align="r"),
                Cell.of(fees[i + 1][0], "item"),
                Cell.of(f"{amounts[i + 1]:.2f}", "price", align="r"),
            ]
        )
    total = round(sum(amounts), 2)
    yuan, fen = int(total), round(total * 100) % 100
    grid.append(
        [
            lab("合计(大写)"),
            Cell.of(cn_capital(yuan, fen), "price", span=2),
            Cell.of(f"¥{total:.2f}", "price", align="r"),
        ]
    )
    y = table(p, m, y, widths, grid, 50 * s, f, line=1)
    paid_ins = 0.0 if kind == "自费" else round(total * rng.uniform(0.3, 0.7), 2)
    y += 40 * s
    parts = [
        ("医保统筹支付:", paid_ins),
        ("个人账户支付:", round((total - paid_ins) * 0.4, 2)),
        ("个人现金支付:", round((total - paid_ins) * 0.6, 2)),
    ]
    x = m
    for lab_text, amount in parts:
        x = c.line(x, y, [S(lab_text, "label"), S(f"{amount:.2f}", "price")], small) + 40 * s
    y += 36 * s
    if rng.random() < 0.5:  # the remark names who paid when it is not the patient
        c.line(
            m,
            y,
            [S("备注:", "label"), S("代缴人 ", "other"), S(fk.cn_name(honorific=0.0), "name")],
            small,
        )
        y += 36 * s
    y += 70 * s
    hospital = f"{rng.choice(('市第一', '市中心', '中医', '人民'))}医院"
    c.line(m, y, [S("收款单位(章):", "label"), S(f"{province[:-1]}{hospital}", "shop")], f)
    role_line(p, m + w * 0.5, y, "收款人:", fk.cn_name(honorific=0.0), f, sep="")
    role_line(p, m + w * 0.75, y, "复核人:", fk.cn_name(honorific=0.0), f, sep="")
    seal(p, m + 330 * s, y - 30 * s, 80 * s, "财务专用章")
    return _finish(c, y + 60 * s, 0, pad=m * 0.5)


def _en(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=False, base=1100, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f, lf = p.font(22), p.font(16)
    hospital = rng.choice(_EN_HOSPITALS)
    y = m + 44 * s
    c.text(m, y, hospital, p.font(34, bold=True), "shop")
    y += 34 * s
    c.text(m, y, f"Patient Accounts · {fk.uk_phone()}", p.font(18), "other")
    c.text(right, y - 34 * s, "OUTPATIENT RECEIPT", p.font(26, bold=True), "label", anchor="rs")
    c.line(right - 260 * s, y, [S("Receipt ", "label"), S(fk.receipt_no(), "other")], p.font(18))
    y += 34 * s
    top = y
    name = fk.en_name()
    street, town = fk.uk_address()
    half = w / 2 - 30 * s
    col = [
        ("Patient", [S(name, "name")]),
        ("Hospital number", [S(fk.outpatient_no(), "id_number")]),
        ("Date of birth", [S(fk.dob("dmy"), "id_number")]),
    ]
    col2 = [
        ("Insurer / member no.", [S(fk.upper(3) + " ", "other"), S(fk.digits(9), "id_number")]),
        ("Address", [S(t, k) for t, k in street.segments]),
        ("", [S(t, k) for t, k in town.segments]),
    ]
    bottom = top
    for k, rows in enumerate((col, col2)):
        yy = top + 16 * s
        for label, value in rows:
            if label:
                yy = stacked(p, m + 16 * s + k * (w / 2), yy + 26 * s, label, value, lf, f, half)
            else:
                yy += f.size * 1.3
                c.line(m + 16 * s + k * (w / 2), yy, value, f)
        bottom = max(bottom, yy)
    y = bottom + 24 * s
    c.box(m, top, right, y, width=2)
    y += 50 * s
    visit = fk.date("dmy")
    heads = [Cell.of(t, "label") for t in ("Date", "Service", "Qty", "Amount")]
    rows = [heads]
    total = 0.0
    for item, lo, hi in rng.sample(_EN_ITEMS, rng.randint(3, 5)):
        n = rng.choice((1, 1, 2))
        price = round(rng.uniform(lo, hi), 2) * n
        total += price
        rows.append(
            [
                Cell.of(visit, "date"),
                Cell.of(item, "item"),
                Cell.of(str(n), "other", align="c"),
                Cell.of(f"£{price:,.2f}", "price", align="r"),
            ]
        )
    rows.append(
        [
            Cell.of("", "other"),
            Cell.of("Total charged", "label", span=2),
            Cell.of(f"£{total:,.2f}", "price", align="r"),
        ]
    )
    widths = (w * 0.18, w * 0.52, w * 0.1, w * 0.2)
    y = table(p, m, y, widths, rows, 46 * s, f, cjk=False, line=1)
    y += 46 * s
    c.line(m, y, [S("Paid by card ending ", "label"), S(fk.tail4(), "card_number")], f)
    c.line(m + w * 0.55, y, [S("Balance due ", "label"), S("£0.00", "price")], f)
    y += 40 * s
    role_line(p, m, y, "Cashier", fk.en_first(upper=False), f)
    c.text(right, y, visit, f, "date", anchor="rs")
    y += 50 * s
    for line in (
        "Please keep this receipt for your insurer. Queries: quote your hospital number.",
        "Registered charity no. 1100423. VAT exempt medical services.",
    ):
        y = c.wrap(m, y, [S(line, "footer")], p.font(16), w, 24 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def hospital_outpatient_invoice(rng: random.Random) -> Canvas:
    """A Chinese outpatient fee receipt or an English hospital's outpatient receipt."""
    fk = ErrandFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.6 else _en(rng, fk)


LAYOUTS = {"hospital_outpatient_invoice": hospital_outpatient_invoice}
