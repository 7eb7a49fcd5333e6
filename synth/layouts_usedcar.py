"""Used-car sales. A 二手车买卖合同 whose blanks are typed or filled by pen (卖方 and 买方
each with 姓名, 身份证号, 电话, 住址; the vehicle grid: 品牌型号, 车牌号码, 车架号(VIN),
发动机号, 初次登记日期, 行驶里程, 车身颜色; the price in figures and capitals, payment
ticks, 过户 clauses, both signatures, the dealer's seal); a 二手车销售统一发票 printed by
a dot-matrix printer into its grid; a private seller's hand-written 收条 ("今收到买方
<name>购车款…", a red fingerprint); an English "Vehicle Bill of Sale" (seller, buyer, make,
model, VIN, registration, odometer, "sold as seen", signatures, a witness) or a French
déclaration de cession (immatriculation, VIN, ancien and nouveau propriétaire).

Personal: sellers, buyers, witnesses and clerks (``name``), their ID numbers and dates
of birth, and — as on the earlier car service, e-bike and parking families — the plate,
VIN, engine and registration certificate numbers, which lead to the owner
(``id_number``), phones and home addresses (``address``, ``door``). Ordinary: makes,
models, colours, mileage, dates, prices in figures and words, clauses and headings; the
dealer's or market's name, address, phone and the contract number are business data.
"""

from __future__ import annotations

import random

from .bill_of_sale import en_bill_of_sale, fr_cession, vin
from .fakedata_errands import cn_capital
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import ruled_paper, thumbprint
from .formkit_slips import grid_rows
from .garage_words import CN_COLOURS, CN_MODELS
from .kit import S, _addr_spans, _finish, hand_font
from .render import Canvas, Span

_CN_MARKETS = ("杭州二手车交易市场", "成都金牛二手车交易中心", "南京车之家二手车经纪有限公司")
_CN_CLAUSES = (
    "第三条 甲方保证对所售车辆拥有完全处分权,车辆无抵押、无查封,非事故车、泡水车。",
    "第四条 甲方应于本合同签订之日起七日内协助乙方办理车辆过户手续,过户费用由乙方承担。",
    "第五条 车辆交付前发生的交通违章及债务由甲方负责,交付后由乙方负责。",
    "第六条 本合同一式三份,甲、乙双方及交易市场各执一份,自双方签字之日起生效。",
)


def _party(fk: MoneyFaker) -> list[tuple[str, str | list[Span], str]]:
    line, _ = fk.cn_address(with_door=0.9)
    return [
        ("姓名", fk.cn_name(honorific=0.0), "name"),
        ("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number"),
        ("联系电话", fk.cn_mobile(fk.r.choice(("plain", "dash"))), "phone"),
        ("住址", _addr_spans([line]), "address"),
    ]


def _cn_contract(rng: random.Random, fk: MoneyFaker) -> Canvas:
    by_hand = rng.random() < 0.5
    c, p, m, right = sheet(rng, (1200, 1260), 1.8, cjk=True, base=1200, margin=0.06)
    s = p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "二手车买卖合同", p.font(34, bold=True), "label", anchor="ms")
    y += 44 * s
    c.line(
        right - 330 * s,
        y,
        [S("合同编号:", "label"), Span(f"ESC{fk.digits(10)}", "order_number", None)],
        p.font(16),
    )
    y += 24 * s
    widths = [(right - m) * k for k in (0.1, 0.1, 0.25, 0.1, 0.45)]
    f = p.font(17)
    seller, buyer = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    for who, name in (("卖方(甲方)", seller), ("买方(乙方)", buyer)):
        a, b, ph, addr = _party(fk)
        a = (a[0], name, a[2])
        rows = grid_rows([[a, b], [ph, addr]], hand=by_hand, columns=4)
        rows = [[Cell.of(who if k == 0 else "", "label"), *row] for k, row in enumerate(rows)]
        y = table(p, m, y, widths, rows, 50 * s, f, hand_px=28) + 16 * s
    y += 34 * s
    c.text(m, y, "第一条 车辆基本情况", p.font(19, bold=True), "label")
    y += 14 * s
    month = f"{rng.randint(2012, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    vehicle = grid_rows(
        [
            [
                ("品牌型号", rng.choice(CN_MODELS), "other"),
                ("车牌号码", fk.cn_plate(), "id_number"),
            ],
            [("车架号(VIN)", vin(fk), "id_number"), ("发动机号", fk.alnum(8), "id_number")],
            [
                ("初次登记日期", month, "date"),
                ("行驶里程", f"{rng.randint(8, 190)}{rng.randint(0, 9)}00公里", "other"),
            ],
            [
                ("车身颜色", rng.choice(CN_COLOURS), "other"),
                ("登记证书编号", f"{rng.choice('浙苏川')}{fk.digits(11)}", "id_number"),
            ],
        ],
        hand=by_hand,
    )
    y = table(
        p, m, y, [(right - m) * k for k in (0.17, 0.33, 0.17, 0.33)], vehicle, 48 * s, f, hand_px=28
    )
    y += 46 * s
    yuan = rng.randint(18, 260) * 1000 + rng.choice((0, 0, 500, 800))
    c.text(m, y, "第二条 成交价格及付款方式", p.font(19, bold=True), "label")
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("成交价:人民币(大写)", "label"),
            S(cn_capital(yuan), "price"),
            S(f"  (¥{yuan:,}.00)", "price"),
        ],
        f,
    )
    y += 38 * s
    x = m
    for way in ("一次性付清", "分期付款", "定金+尾款"):
        x = tick_box(p, x, y, way, way == "一次性付清", f) + 30 * s
    y += 44 * s
    for clause in _CN_CLAUSES:
        y = c.wrap(m, y, [S(clause, "footer")], p.font(16), right - m, 30 * s, max_lines=3)
    y += 40 * s
    half = (right - m) / 2
    signed = f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    for k, (role, name) in enumerate((("甲方(签字):", seller), ("乙方(签字):", buyer))):
        x = c.line(m + k * half, y, [S(role, "label")], f) + 10 * s
        handwritten(p, x, y, [S(name, "name")], 36, cjk=True)
        c.line(m + k * half, y + 44 * s, [S("日期:", "label"), S(signed, "date")], f)
    y += 100 * s
    market = rng.choice(_CN_MARKETS)
    c.line(m, y, [S("居间方(盖章):", "label"), S(market, "shop")], f)
    seal(p, right - 160 * s, y - 50 * s, 72 * s, "合同专用章")
    y += 34 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            Span(fk.office_address("cn")[0], "shop_address", None),
            S("  电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_invoice(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The sales invoice with its grid filled in by a dot-matrix printer."""
    c, p, m, right = sheet(rng, (1300, 1380), 0.9, cjk=True, base=1300, margin=0.04)
    s = p.s
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        "二手车销售统一发票",
        p.font(32, bold=True),
        "label",
        anchor="ms",
        fill=(150, 60, 60),
    )
    y += 40 * s
    c.line(m, y, [S("发票代码 ", "label"), S(fk.digits(12), "other")], p.font(15))
    c.line(right - 300 * s, y, [S("发票号码 ", "label"), S(fk.digits(8), "other")], p.font(15))
    y += 14 * s
    buyer, seller = _party(fk), _party(fk)
    yuan = rng.randint(20, 300) * 1000
    rows = [
        [("买方单位/个人", buyer[0][1], "name"), ("单位代码/身份证号码", buyer[1][1], "id_number")],
        [("买方单位/个人住址", buyer[3][1], "address"), ("电话", buyer[2][1], "phone")],
        [
            ("卖方单位/个人", seller[0][1], "name"),
            ("单位代码/身份证号码", seller[1][1], "id_number"),
        ],
        [("卖方单位/个人住址", seller[3][1], "address"), ("电话", seller[2][1], "phone")],
        [
            ("车牌照号", fk.cn_plate(), "id_number"),
            ("登记证号", f"{rng.choice('浙苏川')}{fk.digits(11)}", "id_number"),
        ],
        [("车辆类型", "小型普通客车", "other"), ("车架号/车辆识别代码", vin(fk), "id_number")],
        [
            ("厂牌型号", rng.choice(CN_MODELS), "other"),
            ("转入地车辆管理所名称", "市公安局交警支队车辆管理所", "other"),
        ],
        [("车价合计(大写)", cn_capital(yuan), "price"), ("小写", f"¥{yuan}.00", "price")],
    ]
    cells = grid_rows(rows, hand=False)
    mono = p.font(16, mono=True)
    y = table(
        p,
        m,
        y,
        [(right - m) * k for k in (0.15, 0.35, 0.16, 0.34)],
        cells,
        50 * s,
        mono,
        ink=(40, 40, 90),
        line=1,
    )
    y += 40 * s
    market = rng.choice(_CN_MARKETS)
    c.line(m, y, [S("经营、拍卖单位:", "label"), S(market, "shop")], p.font(16))
    c.line(
        right - 280 * s,
        y,
        [S("开票人:", "label"), S(fk.cn_name(honorific=0.0), "name")],
        p.font(16),
    )
    seal(p, right - 420 * s, y - 10 * s, 72 * s, "发票专用章")
    y += 34 * s
    c.text(m, y, "第二联 过户联 (车辆管理所留存)", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_receipt(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A private seller's receipt written out by hand on notebook paper."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.0, cjk=True, base=1000, margin=0.07)
    s = p.s
    step = 62 * s
    y = m + 60 * s
    ruled_paper(p, m - 30 * s, right + 30 * s, y + 12 * s, y + 9 * step, step, margin=True)
    ink = rng.choice(((25, 35, 120), (30, 30, 35)))
    hf = hand_font(p, 32, cjk=True)
    c.text(
        c.width / 2,
        y,
        rng.choice(("收 条", "收据", "购车款收条")),
        hand_font(p, 44, cjk=True),
        "label",
        anchor="ms",
        fill=ink,
    )
    y += step
    yuan = rng.randint(8, 90) * 1000
    buyer, seller = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    body = [
        S("今收到买方", "footer"),
        S(buyer, "name"),
        S("(身份证号", "footer"),
        S(fk.cn_resident_id(), "id_number"),
        S(")购买本人", "footer"),
        S(rng.choice(CN_MODELS).split()[0], "other"),
        S("轿车一辆(车牌号", "footer"),
        S(fk.cn_plate(), "id_number"),
        S(")的购车款人民币", "footer"),
        S(cn_capital(yuan), "price"),
        S(f"(¥{yuan}元)。", "price"),
        S("车辆手续齐全,交车后的一切责任由买方自负。", "footer"),
    ]
    y = c.wrap(
        m + 130 * s, y, body, hf, right - m - 140 * s, step, indent=-70 * s, fill=ink, max_lines=6
    )
    y += step * 0.2
    x = c.line(c.width * 0.45, y, [S("收款人:", "label")], hf, fill=ink) + 8 * s
    x = c.line(x, y, [S(seller, "name")], hf, fill=ink)
    thumbprint(p, x + 30 * s, y - 16 * s, 30 * s)
    y += step
    c.line(
        c.width * 0.45, y, [S("电话:", "label"), S(fk.cn_mobile_digits(), "phone")], hf, fill=ink
    )
    y += step
    c.text(
        c.width * 0.45,
        y,
        f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        hf,
        "date",
        fill=ink,
    )
    return _finish(c, y, m // 2, pad=20 * s)


def used_car_sale_contract(rng: random.Random) -> Canvas:
    """A used car's sale: the contract, the sales invoice, a hand-written receipt, an
    English bill of sale or a French certificate of transfer."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_contract, _cn_invoice, _cn_receipt, en_bill_of_sale, fr_cession),
        weights=(30, 15, 15, 22, 18),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"used_car_sale_contract": used_car_sale_contract}
