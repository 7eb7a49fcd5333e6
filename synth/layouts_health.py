"""Health and insurance: a hospital laboratory report (检验报告单) and an insurance
policy schedule.

The lab report puts the patient in a ruled header grid (labels spaced out as
"姓  名", no colons) above a long results table that is all ordinary text; the
schedule names people under stacked labels, in a table of insured persons with
dates of birth, in a beneficiary sentence and after an agent's role word.
"""

from __future__ import annotations

import random

from .fakedata import EN_LAST
from .fakedata_forms import FormFaker
from .formkit import Cell, handwritten, role_line, sheet, stacked, table
from .kit import S, _finish
from .render import Canvas, Span

_TESTS = (
    ("白细胞计数 WBC", "10^9/L", (3.5, 9.5)),
    ("红细胞计数 RBC", "10^12/L", (4.3, 5.8)),
    ("血红蛋白 HGB", "g/L", (130, 175)),
    ("血小板计数 PLT", "10^9/L", (125, 350)),
    ("谷丙转氨酶 ALT", "U/L", (9, 50)),
    ("肌酐 CREA", "μmol/L", (57, 111)),
    ("葡萄糖 GLU", "mmol/L", (3.9, 6.1)),
    ("总胆固醇 TC", "mmol/L", (2.8, 5.2)),
    ("尿酸 UA", "μmol/L", (208, 428)),
    ("甘油三酯 TG", "mmol/L", (0.56, 1.7)),
)


def _spaced(rng: random.Random, label: str) -> str:
    """Chinese forms often space a two-character label out to the width of four."""
    if len(label) == 2 and rng.random() < 0.5:
        return label[0] + "  " + label[1]
    return label + rng.choice(("", "", ":", "："))


def lab_report(rng: random.Random) -> Canvas:
    """检验报告单: hospital, specimen barcode, ruled patient grid, results table, signers."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1240), 1.6, cjk=True, base=1200, margin=0.05)
    W = c.width
    f = p.font(rng.uniform(19, 22))
    city = rng.choice(("深圳市", "杭州市", "成都市", "武汉市", "厦门市"))

    y = m + 50 * p.s
    c.text(
        W / 2,
        y,
        city + rng.choice(("第二人民医院", "中心医院", "妇幼保健院")),
        p.font(34, bold=True),
        "shop",
        anchor="ms",
    )
    y += 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("检验报告单", "临床检验报告", "生化检验报告单")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    specimen = fk.digits(10)
    c.barcode(
        int(right - 300 * p.s),
        int(y - 80 * p.s),
        specimen,
        height=int(50 * p.s),
        module=2,
        max_width=int(280 * p.s),
    )
    y += 24 * p.s

    L = lambda t: Cell.of(_spaced(rng, t), "label")  # noqa: E731
    name = fk.cn_name(honorific=0.0)
    rows = [
        [
            L("姓名"),
            Cell.of(name, "name"),
            L("性别"),
            Cell.of(fk.sex(), "other"),
            L("年龄"),
            Cell.of(f"{rng.randint(1, 90)}岁", "other"),
        ],
        [
            L(rng.choice(("病历号", "住院号", "门诊号"))),
            Cell.of(fk.medical_record_no(), "id_number"),
            L("科别"),
            Cell.of(rng.choice(("内分泌科", "心内科", "体检中心", "肾内科")), "other"),
            L("床号"),
            Cell.of(str(rng.randint(1, 60)) if rng.random() < 0.5 else "", "other"),
        ],
        [
            L("送检医生"),
            Cell.of(fk.cn_name(honorific=0.0), "name"),
            L("标本"),
            Cell.of(rng.choice(("血清", "全血", "尿液")), "other"),
            L("样本号"),
            Cell.of(specimen[-4:], "other"),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                L("临床诊断"),
                Cell.of(rng.choice(("体检", "高血压", "2型糖尿病", "发热待查")), "other", span=5),
            ]
        )
    w6 = (right - m) / 6
    y = table(
        p, m, y, [w6 * 0.8, w6 * 1.3, w6 * 0.7, w6 * 1.2, w6 * 0.8, w6 * 1.2], rows, 48 * p.s, f
    )

    y += 20 * p.s
    heads = ("序号", "检验项目", "结果", "提示", "单位", "参考区间")
    body = []
    for i, (test, unit, (lo, hi)) in enumerate(rng.sample(_TESTS, rng.randint(5, 9)), 1):
        v = rng.uniform(lo * 0.7, hi * 1.3)
        flag = "↑" if v > hi else ("↓" if v < lo else "")
        body.append(
            [
                Cell.of(str(i), "other", align="c"),
                Cell.of(test, "item"),
                Cell.of(f"{v:.2f}", "other", align="r"),
                Cell.of(flag, "other", align="c"),
                Cell.of(unit, "other"),
                Cell.of(f"{lo}-{hi}", "other"),
            ]
        )
    widths = [0.08, 0.34, 0.14, 0.08, 0.16, 0.2]
    y = table(
        p,
        m,
        y,
        [w * (right - m) for w in widths],
        [[Cell.of(h, "label", align="c") for h in heads], *body],
        44 * p.s,
        f,
        line=1,
    )
    y += 50 * p.s
    for key in ("采集时间", "接收时间", "报告时间"):
        c.line(
            m, y, [S(key + ":", "label"), S(f"{fk.date()} {fk.time(False)}", "date")], p.font(18)
        )
        y += 34 * p.s
    y += 20 * p.s
    x = c.line(m, y, [S("检验者:", "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True)
    x = c.line(m + (right - m) / 2, y, [S(rng.choice(("审核者:", "审核人:")), "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True)
    y += 50 * p.s
    c.text(m, y, "*本报告仅对此标本负责,如有疑问请在三日内与检验科联系。", p.font(16), "footer")
    return _finish(c, y, m, border=0, pad=30 * p.s)


_COVERS = (
    ("Medical expenses", "£10,000,000", "£100"),
    ("Cancellation", "£5,000", "£75"),
    ("Personal belongings", "£2,500", "£75"),
    ("Buildings", "£500,000", "£250"),
    ("Contents", "£60,000", "£100"),
    ("Personal liability", "£2,000,000", "nil"),
    ("Legal expenses", "£50,000", "nil"),
)


def insurance_schedule(rng: random.Random) -> Canvas:
    """Policy schedule: policy number, policyholder, insured persons with dates of birth, cover."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1240), 1.7, cjk=False, base=1200, margin=0.06)
    f = p.font(rng.uniform(19, 22))
    lf, vf = p.font(16), p.font(22, bold=rng.random() < 0.5)
    kind = rng.choice(("Travel Insurance", "Home Insurance", "Family Health Plan"))

    y = m + 50 * p.s
    c.text(m, y, fk.en_company(), p.font(32, bold=True), "shop")
    c.text(right, y, "POLICY SCHEDULE", p.font(26, bold=True), "label", anchor="rs")
    y += 40 * p.s
    c.text(right, y, kind, p.font(20), "other", anchor="rs")
    y += 50 * p.s
    holder = fk.en_name(initial=rng.random() < 0.3)
    half = (right - m) / 2
    yl = stacked(p, m, y, "Policyholder", [S(holder, "name")], lf, vf, half - 20 * p.s)
    yr = stacked(p, m + half, y, "Policy number", [S(fk.policy_no(), "id_number")], lf, vf, half)
    y = max(yl, yr) + 40 * p.s
    c.text(m, y, "Correspondence address", lf, "label", fill=(90, 90, 90))
    yr = stacked(
        p,
        m + half,
        y,
        "Period of cover",
        [S(f"{fk.date('in')} to {fk.date('in')}", "date")],
        lf,
        p.font(20),
        half,
    )
    for ln in fk.uk_block() if rng.random() < 0.5 else fk.us_block():
        y += f.size * 1.4
        c.line(m, y, [S(t, k) for t, k in ln.segments], f)
    y = max(y, yr) + 40 * p.s
    x = c.line(m, y, [S("Telephone ", "label")], f)
    c.line(x + 6 * p.s, y, [S(fk.uk_phone() if rng.random() < 0.5 else fk.us_phone(), "phone")], f)
    x = c.line(m + half, y, [S("Email ", "label")], f)
    c.line(x + 6 * p.s, y, [S(fk.email(holder), "email")], f)
    y += 40 * p.s

    c.text(m, y, "Insured persons", p.font(22, bold=True), "label")
    y += 14 * p.s
    rows = [[Cell.of(h, "label") for h in ("Name", "Date of birth", "Relationship", "Member ID")]]
    surname = holder.split()[-1]
    for rel in (
        "Policyholder",
        *rng.sample(("Spouse", "Child", "Child", "Partner"), rng.randint(0, 2)),
    ):
        who = holder if rel == "Policyholder" else f"{fk.en_first(upper=False)} {surname}"
        rows.append(
            [
                Cell.of(who, "name"),
                Cell.of(fk.dob(rng.choice(("dmy", "mon"))), "id_number"),
                Cell.of(rel, "other"),
                Cell.of(fk.digits(8), "id_number"),
            ]
        )
    q = (right - m) / 4
    y = table(p, m, y, [q * 1.3, q, q * 0.8, q * 0.9], rows, 46 * p.s, f, line=1)
    y += 50 * p.s
    c.text(m, y, "Schedule of cover", p.font(22, bold=True), "label")
    y += 14 * p.s
    rows = [[Cell.of(h, "label") for h in ("Section", "Sum insured", "Excess")]]
    for sec, limit, excess in rng.sample(_COVERS, rng.randint(3, 5)):
        rows.append(
            [
                Cell.of(sec, "item"),
                Cell.of(limit, "price", align="r"),
                Cell.of(excess, "price", align="r"),
            ]
        )
    y = table(p, m, y, [q * 2, q * 1.2, q * 0.8], rows, 44 * p.s, f, line=1)
    y += 50 * p.s
    net = rng.uniform(80, 900)
    for key, v in (
        ("Net premium", net),
        ("Insurance Premium Tax", net * 0.12),
        ("Total payable", net * 1.12),
    ):
        c.text(m, y, key, f, "label")
        c.text(right, y, f"£{v:,.2f}", f, "price", anchor="rs")
        y += f.size * 1.5
    y += 10 * p.s
    x = c.line(m, y, [S("Paid by direct debit from account ending ", "other")], f)
    c.line(x, y, [S(fk.digits(4), "id_number")], f)
    y += f.size * 1.8
    bene = fk.en_name_plain(upper=False).rsplit(" ", 1)[0] + " " + rng.choice(EN_LAST)
    y = c.wrap(
        m,
        y,
        [
            S("Beneficiary: the estate of the insured, or ", "other"),
            S(bene, "name"),
            S(f" ({rng.choice(('spouse', 'daughter', 'son', 'partner'))}).", "other"),
        ],
        f,
        right - m,
        f.size * 1.5,
        max_lines=2,
    )
    role_line(p, m, y, rng.choice(("Agent", "Your adviser", "Broker")), fk.en_name(), f)
    y += f.size * 2.2
    y = c.wrap(
        m,
        y,
        [
            Span(
                "This schedule forms part of your policy and must be read together with the policy "
                "wording. Please check it carefully and tell us within 14 days if anything is wrong.",
                "footer",
                False,
            )
        ],
        p.font(16),
        right - m,
        24 * p.s,
        max_lines=3,
    )
    return _finish(c, y, m, border=0, pad=20 * p.s)


LAYOUTS = {"lab_report": lab_report, "insurance_schedule": insurance_schedule}
