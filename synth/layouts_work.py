"""Work: a job application form (应聘人员登记表) and payslips (工资条 strips cut from a
sheet, or an English payslip in a window envelope).

The application puts the applicant's particulars in a ruled grid beside a photo,
then schooling and past jobs (with a referee and their phone) in tables, and a
free-text self-assessment that may name a former manager. The Chinese payslip
sheet repeats one wide header row over each employee's strip; the English one has
payments and deductions side by side under the employee's name, numbers and
address, with many amounts and labels that are not personal.
"""

from __future__ import annotations

import random

from .fakedata_records import RecordFaker
from .formkit import HAND_INKS, Cell, face_photo, handwritten, sheet, table
from .kit import S, _finish, hand_font
from .render import Canvas, Span

_JOBS = ("行政专员", "销售代表", "仓库管理员", "财务助理", "前端开发工程师", "门店店长")
_SCHOOLS = (
    ("某某大学", "市场营销", "本科"),
    ("职业技术学院", "会计", "大专"),
    ("理工大学", "计算机科学与技术", "本科"),
    ("师范大学", "汉语言文学", "硕士"),
)
_SELF = (
    "本人性格开朗,做事认真负责,有较强的沟通协调能力和团队合作精神。",
    "熟练使用Office办公软件,具备良好的学习能力,能够承受一定的工作压力。",
    "在上一份工作中负责客户维护,连续两年获评优秀员工。",
)


def _referee_note(fk: RecordFaker, rng: random.Random) -> list[Span]:
    return rng.choice(
        (
            [
                S("如需核实工作经历,可联系原部门主管", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S(",电话", "other"),
                S(fk.cn_mobile("plain"), "phone"),
                S("。", "other"),
            ],
            [
                S("曾与", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S("共同负责华东区渠道项目。", "other"),
            ],
            [S("期望尽快入职,可随时参加面试。", "other")],
        )
    )


def job_application(rng: random.Random) -> Canvas:
    """应聘人员登记表: particulars beside a photo, education and work tables, free text."""
    fk = RecordFaker(rng)
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=True, base=1240, margin=(0.05, 0.06))
    W = c.width
    f = p.font(rng.uniform(19, 21))
    hand = rng.random() < 0.6
    name = fk.cn_name(honorific=0.0)
    full = right - m

    y = m + 50 * p.s
    if rng.random() < 0.6:
        c.text(W / 2, y, fk.cn_company(), p.font(24, bold=True), "shop", anchor="ms")
        y += 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("应聘人员登记表", "员工入职登记表", "求职申请表")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    y += 50 * p.s
    c.line(m, y, [S("应聘职位:", "label"), S(rng.choice(_JOBS), "other")], f)
    c.line(right - 360 * p.s, y, [S("填表日期:", "label"), S(fk.date("cn"), "date")], f)
    y += 16 * p.s
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    val = lambda t, k, **kw: Cell.of(t, k, hand=hand, **kw)  # noqa: E731
    photo_w = full * 0.17
    w = full - photo_w
    q = [w * 0.15, w * 0.19, w * 0.14, w * 0.18, w * 0.15, w * 0.19]
    rh = rng.uniform(50, 56) * p.s
    top = y
    region, street, door = fk.cn_address_parts()
    y = table(
        p,
        m,
        y,
        q,
        [
            [
                lab("姓名"),
                val(name, "name"),
                lab("性别"),
                val(fk.sex(), "other"),
                lab("出生日期"),
                val(fk.dob("iso"), "id_number"),
            ],
            [
                lab("民族"),
                val(rng.choice(("汉", "回", "壮")), "other"),
                lab("婚姻状况"),
                val(rng.choice(("未婚", "已婚")), "other"),
                lab("学历"),
                val(rng.choice(("本科", "大专", "硕士")), "other"),
            ],
            [
                lab("身份证号"),
                val(fk.cn_resident_id(), "id_number", span=3),
                lab("籍贯"),
                val(rng.choice(("湖南长沙", "四川南充", "河南信阳")), "other"),
            ],
            [
                lab("联系电话"),
                val(fk.cn_mobile("plain"), "phone", span=2),
                lab("电子邮箱"),
                val(fk.email(), "email", span=2),
            ],
        ],
        rh,
        f,
        hand_px=28,
    )
    c.box(m + w, top, right, y, width=2)
    face_photo(p, m + w + 16 * p.s, top + 14 * p.s, photo_w - 32 * p.s, y - top - 28 * p.s)
    rows = [
        [lab("现住址"), Cell((S(region + street, "address"), S(door, "door")), hand=hand, span=5)],
        [
            lab("紧急联系人"),
            val(fk.cn_name(honorific=0.0), "name"),
            lab("关系"),
            val(rng.choice(("父亲", "配偶", "姐姐")), "other"),
            lab("电话"),
            val(fk.cn_mobile_digits(), "phone"),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                lab("期望薪资"),
                val(f"{rng.randint(5, 20)}000元/月", "price", span=2),
                lab("到岗时间"),
                val(rng.choice(("随时", "一周内", "一个月内")), "other", span=2),
            ]
        )
    y = table(p, m, y, [full * x / w for x in q], rows, rh, f, hand_px=28)
    y += 40 * p.s
    c.text(m, y, "教育经历", p.font(22, bold=True), "label")
    body = [[lab(h) for h in ("起止时间", "学校名称", "专业", "学历")]]
    for school, major, deg in rng.sample(_SCHOOLS, 2):
        yr = rng.randint(2005, 2018)
        body.append(
            [
                val(f"{yr}.09-{yr + 4}.06", "date"),
                val(rng.choice(("华东", "西南", "北方")) + school, "other"),
                val(major, "other"),
                val(deg, "other"),
            ]
        )
    y = table(
        p, m, y + 12 * p.s, [full * x for x in (0.22, 0.34, 0.26, 0.18)], body, rh, f, hand_px=26
    )
    y += 40 * p.s
    c.text(m, y, "工作经历", p.font(22, bold=True), "label")
    body = [[lab(h) for h in ("起止时间", "工作单位", "职位", "证明人", "证明人电话")]]
    for k in range(rng.randint(1, 3)):
        yr = 2016 + 2 * k
        body.append(
            [
                val(f"{yr}.03-{yr + 2}.02", "date"),
                val(fk.cn_company(), "shop"),
                val(rng.choice(_JOBS), "other"),
                val(fk.cn_name(honorific=0.0), "name"),
                val(fk.cn_mobile_digits(), "phone"),
            ]
        )
    y = table(
        p,
        m,
        y + 12 * p.s,
        [full * x for x in (0.17, 0.37, 0.14, 0.13, 0.19)],
        body,
        rh,
        f,
        hand_px=24,
    )
    y += 50 * p.s
    c.text(
        m,
        y,
        rng.choice(("自我评价", "个人简介 / 自我介绍", "自我评价及特长")),
        p.font(22, bold=True),
        "label",
    )
    y += 40 * p.s
    spans = [S("".join(rng.sample(_SELF, 2)), "other"), *_referee_note(fk, rng)]
    tf = hand_font(p, 28, cjk=True) if hand else f
    ink = rng.choice(HAND_INKS) if hand else None
    y = c.wrap(m, y, spans, tf, full, tf.size * 1.6, fill=ink, max_lines=4)
    y += 30 * p.s
    y = c.wrap(
        m,
        y,
        [S("本人承诺以上所填信息真实有效,如有虚假,愿承担由此引起的一切后果。", "footer")],
        p.font(18),
        full,
        28 * p.s,
        max_lines=2,
    )
    y += 30 * p.s
    x = c.line(right - 560 * p.s, y, [S("本人签名:", "label")], f)
    handwritten(p, x + 14 * p.s, y, [S(name, "name")], 36, cjk=True, width=200 * p.s)
    c.line(right - 220 * p.s, y, [S("日期:", "label"), S(fk.date(), "date")], f)
    return _finish(c, y, m, pad=40 * p.s)


_EARN = ("基本工资", "岗位津贴", "绩效奖金", "加班费", "餐补")
_DEDUCT = ("养老保险", "医疗保险", "失业保险", "住房公积金", "个人所得税")


def _cn_strips(rng: random.Random, fk: RecordFaker) -> Canvas:
    """A sheet of 工资条: a title, then per employee one header row and one value row."""
    c, p, m, right = sheet(rng, (1600, 1700), 0.9, cjk=True, base=1650, margin=(0.03, 0.04))
    f = p.font(rng.uniform(16, 18))
    earn = rng.sample(_EARN, rng.randint(3, 5))
    deduct = rng.sample(_DEDUCT, rng.randint(3, 5))
    card = rng.random() < 0.5
    heads = [
        "工号",
        "姓名",
        "部门",
        *earn,
        "应发合计",
        *deduct,
        "实发工资",
        *(["工资卡号"] if card else []),
    ]
    weights = [
        1.0,
        1.1,
        1.0,
        *[1.0] * len(earn),
        1.1,
        *[1.0] * len(deduct),
        1.1,
        *([2.4] if card else []),
    ]
    full = right - m
    widths = [full * w / sum(weights) for w in weights]
    y = m + 44 * p.s
    month = f"{rng.randint(2024, 2026)}年{rng.randint(1, 12)}月"
    c.text(
        c.width / 2,
        y,
        f"{fk.cn_company()} {month}工资条",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * p.s
    for _ in range(rng.randint(3, 5)):
        gross = [rng.randint(3, 120) * 50.0 for _ in earn]
        cut = [rng.randint(1, 40) * 10.0 + 0.5 * rng.randint(0, 1) for _ in deduct]
        row = [
            Cell.of(fk.employee_no(), "id_number", align="c"),
            Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
            Cell.of(rng.choice(("销售部", "财务部", "仓储部", "行政部")), "other", align="c"),
            *(Cell.of(f"{v:.2f}", "price", align="r") for v in gross),
            Cell.of(f"{sum(gross):.2f}", "price", align="r"),
            *(Cell.of(f"{v:.2f}", "price", align="r") for v in cut),
            Cell.of(f"{sum(gross) - sum(cut):.2f}", "price", align="r"),
            *([Cell.of(fk.bank_account().replace(" ", ""), "id_number")] if card else []),
        ]
        y = table(
            p,
            m,
            y,
            widths,
            [[Cell.of(h, "label", align="c") for h in heads], row],
            42 * p.s,
            f,
            line=1,
        )
        y += 24 * p.s
        c.hline(m, right, y, width=1, dash=int(8 * p.s))  # cut here
        y += 24 * p.s
    c.text(
        m,
        y + 10 * p.s,
        "工资条内容请妥善保管,如有疑问请于3个工作日内联系人力资源部。",
        p.font(17),
        "footer",
    )
    return _finish(c, y + 10 * p.s, m, pad=20 * p.s)


def _en_payslip(rng: random.Random, fk: RecordFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.2, cjk=False, base=1150, margin=(0.05, 0.07))
    f = p.font(rng.uniform(19, 21))
    employer = fk.en_employer()
    name = fk.en_name(upper=rng.random() < 0.5)
    y = m + 40 * p.s
    c.text(m, y, employer, p.font(26, bold=True), "shop")
    c.text(
        right,
        y,
        rng.choice(("PAYSLIP", "Pay Advice", "EMPLOYEE PAY STATEMENT")),
        p.font(26, bold=True),
        "label",
        anchor="rs",
    )
    y += 30 * p.s
    c.text(
        m,
        y,
        f"{rng.randint(1, 90)} {rng.choice(('Quay Street', 'Mill Lane', 'Park Row'))}, {rng.choice(('Leeds', 'Bristol', 'Derby'))}",
        p.font(17),
        "shop_address",
        None,
    )
    y += 60 * p.s
    c.text(m, y, name, f, "name")  # the window-envelope block
    y += f.size * 1.35
    for ln in fk.uk_block():
        c.line(m, y, [S(t, k) for t, k in ln.segments], f)
        y += f.size * 1.35
    ry = m + 130 * p.s
    period = rng.randint(1, 12)
    info = [
        ("Employee No.", [S(fk.employee_no(), "id_number")]),
        ("NI Number", [S(fk.ni_number(), "id_number")]),
        ("Tax Code", [S(rng.choice(("1257L", "BR", "1257L M1", "K475")), "other")]),
        ("Pay Date", [S(fk.date("in"), "date")]),
        ("Tax Period", [S(f"Month {period}", "other")]),
    ]
    for lab, spans in info:
        c.text(right - 470 * p.s, ry, lab, f, "label")
        c.line(right - 250 * p.s, ry, spans, f)
        ry += f.size * 1.5
    y = max(y, ry) + 30 * p.s
    half = (right - m) / 2
    pay = [
        ("Basic Pay", rng.randint(1500, 3800)),
        ("Overtime", rng.randint(0, 400)),
        ("Holiday Pay", rng.randint(0, 300)),
    ]
    ded = [
        ("Income Tax", rng.randint(150, 600)),
        ("National Insurance", rng.randint(80, 300)),
        ("Pension", rng.randint(40, 200)),
    ]
    if rng.random() < 0.4:
        ded.append(("Student Loan", rng.randint(20, 120)))

    def block(x: float, head: str, rows: list[tuple[str, int]]) -> float:
        body = [[Cell.of(head, "label"), Cell.of("Amount", "label", align="r")]]
        body += [[Cell.of(k, "item"), Cell.of(f"£{v:,.2f}", "price", align="r")] for k, v in rows]
        return table(p, x, y, [half * 0.62, half * 0.38], body, 44 * p.s, f, line=1)

    y = max(block(m, "Payments", pay), block(m + half, "Deductions", ded)) + 40 * p.s
    gross, cut = sum(v for _, v in pay), sum(v for _, v in ded)
    c.line(m, y, [S("Gross Pay ", "label"), S(f"£{gross:,.2f}", "price")], f)
    c.line(m + half, y, [S("Total Deductions ", "label"), S(f"£{cut:,.2f}", "price")], f)
    y += 50 * p.s
    c.line(
        m, y, [S("NET PAY ", "label"), S(f"£{gross - cut:,.2f}", "price")], p.font(26, bold=True)
    )
    y += 50 * p.s
    c.line(
        m,
        y,
        [
            S("Paid to account ", "label"),
            S(rng.choice(("****", "ending ")), "other"),
            S(fk.digits(4), "id_number"),
            S("  Sort code ", "label"),
            S(f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}", "other"),
        ],
        f,
    )
    y += 44 * p.s
    c.line(
        m,
        y,
        [S("Year to date: taxable pay ", "label"), S(f"£{gross * period:,.2f}", "price")],
        p.font(17),
    )
    return _finish(c, y, m, border=0, pad=30 * p.s)


def payslip(rng: random.Random) -> Canvas:
    """A sheet of Chinese pay strips, or an English payslip."""
    fk = RecordFaker(rng)
    return _cn_strips(rng, fk) if rng.random() < 0.55 else _en_payslip(rng, fk)


LAYOUTS = {"job_application": job_application, "payslip": payslip}
