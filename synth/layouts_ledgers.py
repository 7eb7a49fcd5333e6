"""Ledgers: a tax invoice issued to a private buyer (电子发票, fapiao-like) and an
estate's visitor register (来访人员登记表) filled in row by row by hand.

The invoice frames buyer and seller side by side under upright section words in a
left column, with labels and values on the same row; the buyer is a person whose
taxpayer number is an ID number, and the remarks cell may hold a name or phone.
The register is a wide ruled table under column headers, each row written by a
different visitor in a different pen, its purpose column free text.
"""

from __future__ import annotations

import random

from .fakedata_services import ServiceFaker
from .formkit import HAND_INKS, Cell, fit, seal, sheet, table
from .formkit_blanks import upright_word
from .kit import S, _finish
from .render import Canvas, Span

_BROWN = (150, 62, 40)
_BLACK = (25, 25, 30)
_SERVICES = (
    ("*餐饮服务*餐费", "", "次", 1, 286.0),
    ("*住宿服务*住宿费", "标准间", "间夜", 2, 358.0),
    ("*日用杂品*洗衣液", "2kg", "瓶", 2, 39.9),
    ("*电子计算机*笔记本电脑", "14英寸", "台", 1, 4599.0),
    ("*经纪代理服务*旅游服务", "", "人", 2, 1280.0),
    ("*文具*中性笔", "0.5mm", "盒", 3, 18.5),
)
_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _upper_amount(v: float) -> str:
    """The amount in capital numerals, to the yuan (as printed in 价税合计)."""
    n = int(round(v))
    units = ("", "拾", "佰", "仟", "万", "拾", "佰", "仟")
    digits = str(n)
    out = ""
    for i, d in enumerate(digits):
        u = units[len(digits) - 1 - i]
        if d == "0":
            out += "" if out.endswith("零") or i == len(digits) - 1 else "零"
            if u == "万":
                out = out.rstrip("零") + "万"
        else:
            out += _CN_DIGITS[int(d)] + u
    return out.rstrip("零") + "圆整"


def _remark(fk: ServiceFaker, rng: random.Random) -> list[Span]:
    return rng.choice(
        (
            [
                S("购方联系人 ", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S(" ", "other"),
                S(fk.cn_mobile("plain"), "phone"),
            ],
            [
                S("入住人:", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S(" 房号 ", "other"),
                S(str(rng.randint(301, 2218)), "door"),
            ],
            [
                S("车牌号:", "other"),
                S(fk.cn_plate(), "id_number"),
                S(" 电话", "other"),
                S(fk.cn_mobile("plain"), "phone"),
            ],
            [S("订单号 ", "other"), S(fk.digits(16), "tracking")],
        )
    )


def tax_invoice(rng: random.Random) -> Canvas:
    """电子发票(普通发票): buyer (a person) and seller blocks, items, totals, remarks."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1300, 1400), 0.75, cjk=True, base=1400, margin=(0.03, 0.04))
    c.ink = _BROWN
    W = c.width
    f = p.font(rng.uniform(19, 21))
    vf = p.font(rng.uniform(20, 22))
    older = rng.random() < 0.4

    y = m + 56 * p.s
    c.text(W / 2, y, "电子发票(普通发票)", p.font(36, bold=True), "label", anchor="ms")
    c.hline(W / 2 - 200 * p.s, W / 2 + 200 * p.s, y + 12 * p.s, width=2)
    c.hline(W / 2 - 200 * p.s, W / 2 + 200 * p.s, y + 18 * p.s, width=2)
    c.line(
        right - 380 * p.s,
        y - 30 * p.s,
        [S("发票号码:", "label"), S(f" {fk.digits(20)}", "other")],
        p.font(17),
        fill=_BLACK,
    )
    c.line(
        right - 380 * p.s,
        y + 4 * p.s,
        [S("开票日期:", "label"), S(f" {fk.date('cn')}", "date")],
        p.font(17),
    )
    y += 50 * p.s

    full = right - m
    head = 44 * p.s
    half = full / 2
    rows_n = 4 if older else 2
    rh = 52 * p.s
    top = y
    c.box(m, top, right, top + rows_n * rh + 20 * p.s, width=2)
    name = fk.cn_name(honorific=0.0)
    seller = fk.cn_company()
    region, street, door = fk.cn_address_parts()
    buyer: list[tuple[str, list[Span]]] = [
        ("名称:", [S(name, "name")]),
        ("统一社会信用代码/纳税人识别号:", [S(fk.cn_resident_id(), "id_number")]),
    ]
    sell: list[tuple[str, list[Span]]] = [
        ("名称:", [S(seller, "shop")]),
        ("统一社会信用代码/纳税人识别号:", [Span(fk.tax_id(), "tax_id", None)]),
    ]
    if older:
        buyer += [
            (
                "地址、电话:",
                [
                    S(region + street, "address"),
                    S(door, "door"),
                    S(" ", "other"),
                    S(fk.cn_mobile("plain"), "phone"),
                ],
            ),
            (
                "开户行及账号:",
                [S(fk.cn_branch() + " ", "other"), S(fk.bank_account(), "id_number")],
            ),
        ]
        sell += [
            (
                "地址、电话:",
                [
                    Span(
                        f"{rng.choice(('深圳市南山区', '杭州市西湖区'))}科技路{rng.randint(1, 99)}号",
                        "shop_address",
                        None,
                    ),
                    S(" ", "other"),
                    Span(f"0755-{fk.digits(8)}", "shop_phone", None),
                ],
            ),
            (
                "开户行及账号:",
                [S(fk.cn_branch() + " ", "other"), Span(fk.digits(16), "order_number", None)],
            ),
        ]
    for x0, word, fields in ((m, "购买方信息", buyer), (m + half, "销售方信息", sell)):
        c.vline(x0 + head, top, top + rows_n * rh + 20 * p.s, width=1)
        if x0 > m:
            c.vline(x0, top, top + rows_n * rh + 20 * p.s, width=2)
        upright_word(
            p,
            x0 + head / 2,
            top + (rows_n * rh + 20 * p.s) / 2,
            word,
            p.font(17, bold=True),
            "label",
        )
        yy = top + rh * 0.8
        for label, spans in fields:
            lx = c.line(x0 + head + 10 * p.s, yy, [S(label, "label")], f)
            text = "".join(sp.text for sp in spans)
            c.line(
                lx + 6 * p.s, yy, spans, fit(p, vf, text, x0 + half - lx - 20 * p.s), fill=_BLACK
            )
            yy += rh
    y = top + rows_n * rh + 20 * p.s

    heads = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    ws = [0.24, 0.11, 0.07, 0.08, 0.13, 0.13, 0.11, 0.13]
    body, amount, tax = [], 0.0, 0.0
    rate = rng.choice((0.06, 0.13, 0.03))
    for item, spec, unit, qty, price in rng.sample(_SERVICES, rng.randint(1, 3)):
        net = qty * price / (1 + rate)
        amount += net
        tax += net * rate
        body.append(
            [
                Cell.of(item, "item"),
                Cell.of(spec, "other"),
                Cell.of(unit, "other"),
                Cell.of(str(qty), "other", align="r"),
                Cell.of(f"{price / (1 + rate):.2f}", "price", align="r"),
                Cell.of(f"{net:.2f}", "price", align="r"),
                Cell.of(f"{int(rate * 100)}%", "other", align="c"),
                Cell.of(f"{net * rate:.2f}", "price", align="r"),
            ]
        )
    body.append(
        [
            Cell.of("合计", "label", align="c"),
            *(Cell.of("", "other") for _ in range(4)),
            Cell.of(f"¥{amount:.2f}", "price", align="r"),
            Cell.of("", "other"),
            Cell.of(f"¥{tax:.2f}", "price", align="r"),
        ]
    )
    y = table(
        p,
        m,
        y,
        [w * full for w in ws],
        [[Cell.of(h, "label", align="c") for h in heads], *body],
        46 * p.s,
        f,
    )
    total = amount + tax
    y = table(
        p,
        m,
        y,
        [0.2 * full, 0.5 * full, 0.3 * full],
        [
            [
                Cell.of("价税合计(大写)", "label", align="c"),
                Cell.of(_upper_amount(total), "price"),
                Cell((S("(小写) ", "label"), S(f"¥{total:.2f}", "price"))),
            ]
        ],
        52 * p.s,
        f,
    )
    remark = _remark(fk, rng)
    y = table(
        p,
        m,
        y,
        [0.1 * full, 0.9 * full],
        [[Cell.of("备注", "label", align="c"), Cell(tuple(remark))]],
        80 * p.s,
        f,
    )
    y += 46 * p.s
    if older:
        x = m
        for role in ("收款人:", "复核:", "开票人:"):
            x = (
                c.line(x, y, [S(role, "label"), S(fk.cn_name(honorific=0.0), "name")], f)
                + 120 * p.s
            )
    else:
        c.line(m, y, [S("开票人:", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    seal(p, right - 160 * p.s, y - 60 * p.s, 70 * p.s, "发票专用章")
    return _finish(c, y, m, pad=30 * p.s)


_PURPOSES = ("送快递", "送外卖", "装修", "维修空调", "探亲", "家政保洁")


def _purpose(fk: ServiceFaker, rng: random.Random) -> Cell:
    spans = rng.choice(
        (
            (S(rng.choice(_PURPOSES), "other"),),
            (S("找", "other"), S(fk.cn_name_forms(), "name")),
            (S("看房 联系", "other"), S(fk.cn_mobile_digits(), "phone")),
            (S(rng.choice(_PURPOSES), "other"),),
        )
    )
    return Cell(spans, hand=True)


def visitor_log(rng: random.Random) -> Canvas:
    """来访人员登记表: a ruled register, one visitor per row in their own pen."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1700, 1800), 0.8, cjk=True, base=1750, margin=(0.03, 0.04))
    W = c.width
    f = p.font(rng.uniform(19, 21))
    estate = rng.choice(("锦绣花园", "翠湖山庄", "阳光100", "滨江华府", "万科城")) + rng.choice(
        ("", "二期")
    )

    y = m + 50 * p.s
    c.text(W / 2, y, f"{estate}物业服务中心", p.font(30, bold=True), "shop", anchor="ms")
    y += 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("来访人员登记表", "访客登记簿 VISITOR REGISTER")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 46 * p.s
    c.line(m, y, [S("岗位:", "label"), S(rng.choice(("东门岗", "南门岗", "地库入口")), "other")], f)
    c.line(
        right - 300 * p.s,
        y,
        [S("月份:", "label"), S(f"{rng.randint(2024, 2026)}年{rng.randint(1, 12)}月", "date")],
        f,
    )
    y += 20 * p.s
    plate_col = rng.random() < 0.5
    heads = [
        "序号",
        "日期",
        "来访人姓名",
        "身份证号码",
        "联系电话",
        "来访事由",
        "被访房号",
        "进入时间",
        "离开时间",
        "值班员",
    ]
    ws = [0.05, 0.08, 0.1, 0.19, 0.13, 0.13, 0.09, 0.07, 0.07, 0.09]
    if plate_col:
        heads[8], ws = "车牌号", [0.05, 0.08, 0.1, 0.18, 0.12, 0.13, 0.08, 0.07, 0.1, 0.09]
    full = right - m
    widths = [w * full for w in ws]
    rh = rng.uniform(52, 58) * p.s
    y = table(
        p,
        m,
        y,
        widths,
        [[Cell.of(h, "label", align="c") for h in heads]],
        rh,
        p.font(18, bold=True),
    )
    guard = fk.cn_name(honorific=0.0)
    filled = rng.randint(5, 8)
    month = rng.randint(1, 12)
    for i in range(filled + 2):
        if i >= filled:  # blank rows at the foot of the page
            row = [
                Cell.of(str(i + 1), "other", align="c"),
                *(Cell.of("", "other") for _ in heads[1:]),
            ]
        else:
            hh = rng.randint(8, 20)
            leave = (
                Cell.of(fk.cn_plate(), "id_number", hand=True)
                if plate_col
                else Cell.of(f"{hh + 1}:{rng.randint(0, 59):02d}", "date", hand=True)
            )
            row = [
                Cell.of(str(i + 1), "other", align="c"),
                Cell.of(f"{month}/{rng.randint(1, 28)}", "date", hand=True),
                Cell.of(fk.cn_name(honorific=0.0), "name", hand=True),
                Cell.of(
                    fk.cn_resident_id() if rng.random() < 0.7 else fk.cn_id_masked(),
                    "id_number",
                    hand=True,
                ),
                Cell.of(fk.cn_mobile_digits(), "phone", hand=True),
                _purpose(fk, rng),
                Cell.of(fk.cn_door(), "door", hand=True),
                Cell.of(f"{hh}:{rng.randint(0, 59):02d}", "date", hand=True),
                leave,
                Cell.of(
                    guard if rng.random() < 0.7 else fk.cn_name(honorific=0.0), "name", hand=True
                ),
            ]
        y = table(p, m, y, widths, [row], rh, f, hand_px=26, ink=rng.choice(HAND_INKS))
    y += 50 * p.s
    c.text(m, y, "外来人员请出示有效证件并如实登记,谢谢配合!", p.font(18), "footer")
    c.line(
        right - 380 * p.s,
        y,
        [S("物业服务热线 ", "label"), Span(f"0755-{fk.digits(8)}", "shop_phone", None)],
        p.font(18),
    )
    return _finish(c, y, m, border=0, pad=30 * p.s)


LAYOUTS = {"tax_invoice": tax_invoice, "visitor_log": visitor_log}
