"""Documents of prose with fill-in blanks: a house rental contract's first page
(房屋租赁合同, the parties block and clauses) and an employment certificate
(在职证明 / 收入证明, with an English version).

Personal values sit inside sentences (an address in a clause, a name and an ID
in "兹证明 … "), on underlined blanks filled in by hand, and after signature labels.
"""

from __future__ import annotations

import random

from .fakedata_forms import FormFaker
from .formkit import HAND_INKS, handwritten, seal, sheet
from .kit import Pen, S, _finish, hand_font
from .render import Canvas, Span


def _blank_line(
    p: Pen, x: float, y: float, label: str, value: Span, f, width: float, hand: bool
) -> None:
    """``label`` then a value on an underlined blank (printed or written by hand)."""
    x = p.c.line(x, y, [S(label, "label")], f) + 8 * p.s
    p.c.hline(x, x + width, y + 6 * p.s, width=1)
    if hand:
        handwritten(
            p, x + 10 * p.s, y, [value], f.size / p.s * 1.3, cjk=True, width=width - 10 * p.s
        )
    else:
        p.c.line(x + 10 * p.s, y, [value], f)


def rental_contract(rng: random.Random) -> Canvas:
    """房屋租赁合同 first page: both parties (name, ID, phone), the house, rent, payee account."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1240), 1.6, cjk=True, base=1200, margin=0.08)
    W = c.width
    f = p.font(rng.uniform(20, 23))
    lh = f.size * 1.8
    hand = rng.random() < 0.6

    y = m + 60 * p.s
    c.text(W / 2, y, "房屋租赁合同", p.font(40, bold=True), "label", anchor="ms")
    y += 50 * p.s
    c.text(right, y, f"合同编号: {fk.digits(10)}", p.font(18), "other", anchor="rs")
    y += lh
    lessor = fk.cn_name(honorific=0.0)
    for role, who in (("出租方(甲方):", lessor), ("承租方(乙方):", fk.cn_name(honorific=0.0))):
        _blank_line(p, m, y, role, S(who, "name"), f, 300 * p.s, hand)
        y += lh
        _blank_line(
            p,
            m + 40 * p.s,
            y,
            rng.choice(("身份证号码:", "证件号码:")),
            S(fk.cn_resident_id(), "id_number"),
            f,
            420 * p.s,
            hand,
        )
        y += lh
        _blank_line(
            p, m + 40 * p.s, y, "联系电话:", S(fk.cn_mobile("plain"), "phone"), f, 300 * p.s, hand
        )
        y += lh
    if rng.random() < 0.4:
        _blank_line(
            p, m, y, "委托代理人:", S(fk.cn_name(honorific=0.0), "name"), f, 240 * p.s, hand
        )
        y += lh
    y = c.wrap(
        m,
        y,
        [
            S(
                "根据《中华人民共和国民法典》及有关法律法规的规定,甲、乙双方在平等、自愿、协商一致的基础上,"
                "就乙方承租甲方房屋一事,订立本合同。",
                "footer",
            )
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=3,
    )
    y += lh * 0.4
    region, street, door = fk.cn_address_parts()
    area = f"{rng.uniform(40, 140):.1f}"
    y = c.wrap(
        m,
        y,
        [
            S("第一条 甲方将位于", "other"),
            Span(region + street, "address", True),
            S(door, "door"),
            S(f"的房屋出租给乙方居住使用,建筑面积{area}平方米。", "other"),
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=3,
    )
    rent = rng.randint(15, 90) * 100
    y = c.wrap(
        m,
        y,
        [
            S(
                f"第二条 租赁期限自{fk.date('cn')}起至{fk.date('cn')}止,共{rng.choice((12, 24, 36))}个月。",
                "other",
            )
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=2,
    )
    y = c.wrap(
        m,
        y,
        [
            S("第三条 月租金为人民币", "other"),
            S(f"{rent}元", "price"),
            S(
                f",押金{rng.choice(('一', '两'))}个月租金,按{rng.choice(('月', '季度'))}支付。",
                "other",
            ),
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=2,
    )
    y = c.wrap(
        m,
        y,
        [
            S("第四条 乙方将租金转入甲方账户,户名:", "other"),
            S(lessor, "name"),
            S(" 账号:", "other"),
            S(fk.bank_account(), "id_number"),
            S(f" 开户行:{fk.cn_branch()}。", "other"),
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=3,
    )
    y = c.wrap(
        m,
        y,
        [
            S(
                "第五条 租赁期间,水、电、燃气、物业管理费由乙方承担,房屋及附属设施的维修由甲方负责。",
                "other",
            )
        ],
        f,
        right - m,
        lh * 0.85,
        max_lines=2,
    )
    y += lh
    hf = hand_font(p, 38, cjk=True)
    ink = rng.choice(HAND_INKS)
    half = (right - m) / 2
    for i, role in enumerate(("甲方(签字):", "乙方(签字):")):
        x = c.line(m + i * half, y, [S(role, "label")], f)
        c.text(x + 10 * p.s, y, fk.cn_name(honorific=0.0) if i else lessor, hf, "name", fill=ink)
    y += lh
    for i in range(2):
        c.line(m + i * half, y, [S("日期:", "label"), S(fk.date("cn"), "date")], f)
    y += lh * 0.6
    c.text(W / 2, y + lh, "第 1 页 共 3 页", p.font(16), "footer", anchor="ms")
    return _finish(c, y + lh, m, border=0, pad=20 * p.s)


_POSITIONS = (
    ("技术部", "软件工程师", "Software Engineer"),
    ("财务部", "会计", "Accountant"),
    ("销售部", "销售经理", "Sales Manager"),
    ("行政部", "行政专员", "Administrative Officer"),
)


def employment_certificate(rng: random.Random) -> Canvas:
    """在职证明 / 收入证明: a letter naming the employee in its sentences, seal, HR contact."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1240), 1.5, cjk=True, base=1200, margin=0.09)
    W = c.width
    f = p.font(rng.uniform(22, 25))
    lh = f.size * 1.9
    income = rng.random() < 0.5
    name = fk.cn_name(honorific=0.0)
    dept, pos, pos_en = rng.choice(_POSITIONS)
    company = fk.cn_company()
    since = fk.date("cn")

    y = m + 60 * p.s
    c.text(
        W / 2, y, "收入证明" if income else "在职证明", p.font(42, bold=True), "label", anchor="ms"
    )
    y += lh * 1.6
    body = [
        S("兹证明", "other"),
        S(name, "name"),
        S(f"(性别:{fk.sex()},身份证号码:", "other"),
        S(fk.cn_resident_id(), "id_number"),
        S(f")自{since}起在我公司{dept}担任{pos}职务,", "other"),
    ]
    if rng.random() < 0.5:
        body += [S("员工编号", "other"), S(fk.employee_no(), "id_number"), S(",", "other")]
    body.append(S("至今在职。", "other"))
    if income:
        body.append(
            S(f"该员工近一年月平均收入为人民币{rng.randint(6, 40) * 1000}元(税前)。", "other")
        )
    y = c.wrap(m + 2 * f.size, y, body, f, right - m - 2 * f.size, lh, max_lines=5)
    y = c.wrap(
        m,
        y,
        [
            S(
                f"本证明仅用于办理{rng.choice(('签证', '贷款', '租房', '信用卡'))}手续,不作为任何担保依据。特此证明。",
                "other",
            )
        ],
        f,
        right - m,
        lh,
        max_lines=2,
    )
    y += lh * 0.5
    x = c.line(m, y, [S("人事部联系人:", "label")], f)
    x = c.line(x + 6 * p.s, y, [S(fk.cn_name(honorific=0.0), "name")], f)
    c.line(
        x + 40 * p.s,
        y,
        [S("联系电话:", "label"), Span(f"0571-{fk.digits(8)}", "shop_phone", None)],
        f,
    )
    y += lh * 1.5
    sy = y
    c.text(right, y, company, f, "shop", anchor="rs")
    seal(p, right - 160 * p.s, sy - 10 * p.s, 90 * p.s, "人事专用章")  # stamped over the name
    y += 90 * p.s + lh
    c.text(right, y, fk.date("cn"), f, "date", anchor="rs")
    y += lh
    if rng.random() < 0.6:
        c.hline(m, right, y - lh * 0.4, width=1, dash=int(6 * p.s))
        ef = p.font(19)
        y += lh * 0.3
        pin = fk.pinyin_upper().replace("/", " ").replace(",", "").title()
        y = c.wrap(
            m,
            y,
            [
                S("This is to certify that ", "other"),
                S(pin, "name"),
                S(f" has been employed by our company as {pos_en} since {fk.date()}.", "other"),
            ],
            ef,
            right - m,
            ef.size * 1.6,
            max_lines=3,
        )
        role_y = y
        c.line(m, role_y, [S("HR contact ", "label"), S(fk.en_first(upper=False), "name")], ef)
        y = role_y + ef.size
    return _finish(c, y, m, border=0, pad=30 * p.s)


LAYOUTS = {"rental_contract": rental_contract, "employment_certificate": employment_certificate}
