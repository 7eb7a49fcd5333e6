"""Welfare: a home-care visit record (居家养老上门服务记录表) kept at an elderly
person's home, and a charity's donation receipt (Chinese or English).

The visit record is a printed ruled form: the elder's details in a grid of label
and value cells (printed from the centre's system or written in by hand), then a
table of visits filled in by the carers in ballpoint, each signed by the carer
and by the elder or a relative, and a remark that may name a relative and a
phone. The donation receipt names the donor inside running prose ("兹收到 ...
捐赠", "Received with thanks from ..."), with their ID, phone or address in a few
fields below; amounts, projects, numbers of the receipt and the charity's own
details are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_community import CommunityFaker
from .formkit import RED, Cell, handwritten, memo, role_line, seal, sheet, table
from .formkit_blanks import fill_in, tick_box
from .kit import S, _finish
from .render import Canvas

_CARE_SERVICES = (
    "助浴",
    "助洁 打扫卫生",
    "测血压 {bp}",
    "理发",
    "送餐上门",
    "陪同就医",
    "肢体按摩",
    "代购药品",
    "助餐 喂饭",
    "心理慰藉 聊天",
    "测血糖 {bg}",
)
_RELATIONS = ("儿子", "女儿", "儿媳", "女婿", "侄子", "邻居", "老伴")
_CN_AMOUNTS = (
    (100, "壹佰元整"),
    (200, "贰佰元整"),
    (300, "叁佰元整"),
    (500, "伍佰元整"),
    (800, "捌佰元整"),
    (1000, "壹仟元整"),
    (2000, "贰仟元整"),
    (5000, "伍仟元整"),
)
_CN_PROJECTS = ("助学帮困项目", "乡村儿童营养餐", "孤寡老人关爱行动", "灾后重建", "残疾人康复")
_EN_PROJECTS = ("our winter appeal", "the children's hospice", "the community kitchen", "")


def _service(rng: random.Random) -> str:
    s = rng.choice(_CARE_SERVICES)
    return s.format(
        bp=f"{rng.randint(110, 165)}/{rng.randint(65, 98)}", bg=f"{rng.uniform(4.5, 11):.1f}"
    )


def care_visit_record(rng: random.Random) -> Canvas:
    """居家养老上门服务记录表: the elder's grid, the visits table by hand, a remark."""
    fk = CommunityFaker(rng)
    c, p, m, right = sheet(rng, (1240, 1360), 1.42, cjk=True, base=1240, margin=(0.05, 0.07))
    W, w = c.width, right - m
    f = p.font(rng.uniform(20, 23))
    district = rng.choice(("城东", "城西", "江北", "南湖", "新城", "河西"))
    month = rng.randint(1, 12)
    y = m + 50 * p.s
    org = f"{district}街道{rng.choice(('居家养老服务中心', '社区养老服务站', '长者照护服务中心'))}"
    c.text(W / 2, y, org, p.font(24), "shop", anchor="ms")
    y += 54 * p.s
    title = rng.choice(("居家养老上门服务记录表", "居家养老服务登记表", "长者上门照护服务记录单"))
    c.text(W / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += 46 * p.s
    x = c.line(m, y, [S(rng.choice(("档案编号:", "服务对象编号:", "编号:")), "label")], f)
    c.line(x + 8 * p.s, y, [S(fk.care_file_no(), "id_number")], p.font(21, mono=True))
    c.line(
        right - 300 * p.s,
        y,
        [S("服务年月:", "label"), S(f" 2026年{month}月", "date")],
        f,
    )
    y += 22 * p.s
    elder_born = f"{rng.randint(1930, 1956)}年{rng.randint(1, 12)}月"
    by_hand = rng.random() < 0.5  # details written in at the first visit, or printed
    region, street, door = fk.cn_address_parts()
    relative = fk.cn_name(honorific=0.0)
    addr = Cell((S(region + street, "address"), S(door, "door")), hand=by_hand, span=3)
    grid = [
        [
            Cell.of("姓名", "label", align="c"),
            Cell.of(fk.cn_name(honorific=0.0), "name", hand=by_hand),
            Cell.of("性别", "label", align="c"),
            Cell.of(fk.sex(), "other", hand=by_hand),
        ],
        [
            Cell.of(rng.choice(("出生日期", "出生年月")), "label", align="c"),
            Cell.of(elder_born, "id_number", hand=by_hand),
            Cell.of("身份证号", "label", align="c"),
            Cell.of(fk.cn_resident_id(), "id_number", hand=by_hand),
        ],
        [Cell.of(rng.choice(("家庭住址", "居住地址", "住址")), "label", align="c"), addr],
        [
            Cell.of("紧急联系人", "label", align="c"),
            Cell((S(relative, "name"), S(f"({rng.choice(_RELATIONS)})", "other")), hand=by_hand),
            Cell.of("联系电话", "label", align="c"),
            Cell.of(fk.cn_mobile("plain"), "phone", hand=by_hand),
        ],
        [
            Cell.of("护理等级", "label", align="c"),
            Cell.of(rng.choice(("一级", "二级", "三级", "轻度失能", "中度失能")), "other"),
            Cell.of("服务类型", "label", align="c"),
            Cell.of(rng.choice(("政府购买", "自费", "补贴+自费")), "other"),
        ],
    ]
    y = table(p, m, y, [w * k for k in (0.15, 0.3, 0.15, 0.4)], grid, 54 * p.s, f)
    y += 46 * p.s
    c.text(
        m, y, rng.choice(("服务记录", "上门服务情况", "服务明细")), p.font(24, bold=True), "label"
    )
    y += 18 * p.s
    heads = (
        "服务日期",
        "服务内容",
        "服务时间",
        "护理员签名",
        rng.choice(("老人/家属签字", "服务对象签字")),
    )
    rows = [[Cell.of(h, "label", align="c") for h in heads]]
    carers = [fk.cn_name(honorific=0.0) for _ in range(2)]
    day = rng.randint(1, 6)
    for _ in range(rng.randint(4, 7)):
        start = rng.randint(8, 16)
        signer = rng.choice((None, relative, fk.cn_name(honorific=0.0)))
        rows.append(
            [
                Cell.of(f"{month}.{day}", "date", hand=True, align="c"),
                Cell.of(_service(rng), "other", hand=True),
                Cell.of(
                    f"{start}:00-{start + rng.randint(1, 2)}:{rng.choice(('00', '30'))}",
                    "date",
                    hand=True,
                ),
                Cell.of(rng.choice(carers), "name", hand=True, align="c"),
                Cell.of(
                    signer or rng.choice(("本人", "本人签")),
                    "name" if signer else "other",
                    hand=True,
                    align="c",
                ),
            ]
        )
        day += rng.randint(2, 5)
    rows += [[Cell.of("", "other")] * 5 for _ in range(rng.randint(1, 3))]  # lines left to fill
    widths = [w * k for k in (0.13, 0.33, 0.18, 0.17, 0.19)]
    y = table(p, m, y, widths, rows, rng.uniform(50, 58) * p.s, f, hand_px=28)
    y += 50 * p.s
    if rng.random() < 0.8:
        note = rng.choice(
            (
                [
                    S("老人反映夜里咳嗽,已告知", "other"),
                    S(relative, "name"),
                    S(",电话", "other"),
                    S(fk.cn_mobile_digits(), "phone"),
                ],
                [
                    S("钥匙放在", "other"),
                    S(fk.cn_door(), "door"),
                    S("邻居", "other"),
                    S(fk.cn_name(honorific=0.0), "name"),
                    S("家", "other"),
                ],
                [S("下次请联系", "other"), S(relative, "name"), S(fk.cn_mobile_digits(), "phone")],
            )
        )
        y = memo(p, m, y, rng.choice(("备注:", "情况记录:", "特殊情况说明")), note, f, w, hand=True)
    y += 20 * p.s
    small = p.font(17)
    for line in (
        "1. 护理员每次服务完毕须当场填写本表,由服务对象或家属签字确认。",
        "2. 本表每月底交回服务中心存档,作为服务补贴结算依据。",
        f"3. 服务监督电话: 0{rng.randint(20, 29)}-{fk.digits(8)}",
        "4. 严禁护理员收受服务对象财物。",
    )[: rng.randint(2, 4)]:
        y = c.wrap(m, y, [S(line, "footer")], small, w, 28 * p.s, max_lines=2)
    return _finish(c, y, m, pad=20 * p.s)


def _cn_donation(rng: random.Random, fk: CommunityFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 0.78, cjk=True, base=1300, margin=(0.05, 0.07))
    W, w = c.width, right - m
    f = p.font(rng.uniform(23, 26))
    charity = fk.cn_charity()
    y = m + 60 * p.s
    title = rng.choice(("捐赠收据", "公益事业捐赠票据", "捐 赠 收 据", "爱心捐款收据"))
    c.text(
        W / 2,
        y,
        title,
        p.font(38, bold=True),
        "label",
        anchor="ms",
        fill=RED if rng.random() < 0.4 else None,
    )
    y += 50 * p.s
    c.line(m, y, [S("开票日期:", "label"), S(f" {fk.date('cn')}", "date")], f)
    c.line(right - 300 * p.s, y, [S(fk.receipt_no(), "other")], p.font(24, mono=True), fill=RED)
    y += 70 * p.s
    amount, capital = rng.choice(_CN_AMOUNTS)
    name = fk.cn_name(honorific=0.0)
    hand = rng.random() < 0.55  # a hand-written counter receipt, or printed by the system
    honor = rng.choice(("先生", "女士", "先生/女士"))
    line1 = [
        (S("兹收到", "other"), False),
        (S(name, "name"), hand),
        (S(f"{honor}", "other"), False),
    ]
    line2 = [
        (S("捐赠人民币(大写)", "other"), False),
        (S(capital, "price"), hand),
        (S(f"(¥{amount:,.2f})", "price"), hand),
    ]
    line3 = [
        (S("用于", "other"), False),
        (S(rng.choice(_CN_PROJECTS), "item"), hand),
        (S("。特此致谢!", "other"), False),
    ]
    for pieces in (line1, line2, line3):
        if hand:
            fill_in(p, m + 40 * p.s, y, pieces, f, hand_px=34, cjk=True)
        else:
            c.line(m + 40 * p.s, y, [sp for sp, _ in pieces], f)
        y += f.size * 2.4
    region, street, door = fk.cn_address_parts()
    rows = [
        [
            Cell.of(rng.choice(("证件号码", "身份证号")), "label", align="c"),
            Cell.of(fk.cn_resident_id(), "id_number", hand=hand),
            Cell.of("联系电话", "label", align="c"),
            Cell.of(fk.cn_mobile("plain"), "phone", hand=hand),
        ],
        [
            Cell.of("通讯地址", "label", align="c"),
            Cell((S(region + street, "address"), S(door, "door")), hand=hand, span=3),
        ],
        [
            Cell.of("捐赠方式", "label", align="c"),
            Cell.of(rng.choice(("现金", "银行转账", "微信支付", "支付宝")), "other"),
            Cell.of("项目编号", "label", align="c"),
            Cell.of(f"XM{fk.digits(6)}", "other"),
        ],
    ]
    y = table(p, m, y - 10 * p.s, [w * k for k in (0.15, 0.35, 0.15, 0.35)], rows, 52 * p.s, f)
    y += 70 * p.s
    small = p.font(19)
    c.line(m, y, [S("收款单位(盖章):", "label"), S(" " + charity, "shop")], f)
    seal(p, m + 330 * p.s, y - 20 * p.s, 85 * p.s, charity)
    role_line(
        p,
        right - 420 * p.s,
        y,
        rng.choice(("经手人", "收款人", "开票人")),
        fk.cn_name(honorific=0.0),
        f,
        sep="  ",
    )
    y += 50 * p.s
    role_line(p, right - 420 * p.s, y, "复核", fk.cn_name(honorific=0.0), f, sep="  ")
    y += 60 * p.s
    for line in (
        "本收据可作为公益性捐赠税前扣除凭证,请妥善保管。",
        f"{charity} 登记证号: {fk.tax_id()}  咨询电话: 400-{fk.digits(3)}-{fk.digits(4)}",
    ):
        y = c.wrap(m, y, [S(line, "footer")], small, w, 30 * p.s, max_lines=2)
    return _finish(c, y, m, pad=20 * p.s)


def _en_donation(rng: random.Random, fk: CommunityFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=False, base=1240, margin=(0.07, 0.09))
    w = right - m
    f = p.font(rng.uniform(21, 24))
    lh = f.size * 1.5
    charity = fk.en_charity()
    y = m + 50 * p.s
    c.text(
        m,
        y,
        charity,
        p.font(38, bold=True),
        "shop",
        fill=rng.choice(((30, 90, 60), (40, 60, 130), (150, 40, 60))),
    )
    y += 40 * p.s
    c.text(
        m,
        y,
        f"Registered charity no. {fk.digits(7)}  ·  www.{fk.web_domain()}",
        p.font(18),
        "footer",
    )
    y += 80 * p.s
    donor = fk.en_name()
    title = rng.choice(("Mr", "Mrs", "Ms", "Dr"))
    for spans in (
        [S(f"{title} {donor}", "name")],
        *([S(t, k) for t, k in ln.segments] for ln in fk.uk_block()),
    ):
        c.line(m, y, spans, f)
        y += lh
    y += 30 * p.s
    for lab, val in (
        (rng.choice(("Donor ref", "Supporter number", "Donor ID")), S(fk.digits(8), "id_number")),
        ("Date", S(fk.date("in"), "date")),
        ("Receipt", S(fk.receipt_no(), "other")),
    ):
        c.line(right - 460 * p.s, y, [S(lab, "label")], f)  # no colon: a column of labels
        c.line(right - 240 * p.s, y, [val], f)
        y += lh
    y += 40 * p.s
    c.text(
        m,
        y,
        rng.choice(("Donation receipt", "Thank you for your gift", "Receipt for your donation")),
        p.font(30, bold=True),
        "label",
    )
    y += 60 * p.s
    amount = f"£{rng.choice((10, 15, 20, 25, 50, 100, 250))}.00"
    project = rng.choice(_EN_PROJECTS)
    prose = [
        S(f"Dear {title} ", "other"),
        S(donor.split()[-1], "name"),
        S(f", thank you for your generous gift of {amount}", "other"),
        S(f" to {project}." if project else ".", "other"),
        S(
            " We received it by "
            + rng.choice(("direct debit", "cheque", "card", "bank transfer"))
            + ". ",
            "other",
        ),
        S("If any of your details have changed, please e-mail us or call ", "other"),
        S(fk.uk_phone(), "phone"),
        S(" quoting your supporter number.", "other"),
    ]
    if rng.random() < 0.5:
        prose[-2:-1] = [S(fk.email(donor), "email")]
        prose[-1] = S(" from your new address.", "other")
    y = c.wrap(m, y, prose, f, w, lh, max_lines=6)
    y += 40 * p.s
    tick_box(
        p,
        m,
        y,
        "Gift Aid: I am a UK taxpayer and want the charity to claim tax on this gift",
        rng.random() < 0.7,
        p.font(19),
    )
    y += 50 * p.s
    c.line(m, y, [S("Signed ", "label")], f)
    handwritten(p, m + 110 * p.s, y, [S(donor, "name")], 36, cjk=False, width=380 * p.s)
    c.hline(m + 100 * p.s, m + 500 * p.s, y + 8 * p.s, width=1)
    y += 90 * p.s
    c.text(m, y, "With warm thanks,", f, "other")
    y += lh * 1.6
    officer = fk.en_name()
    handwritten(p, m, y, [S(officer, "name")], 40, cjk=False, width=400 * p.s)
    y += lh
    c.text(m, y, officer, f, "name")
    y += lh
    c.text(
        m,
        y,
        rng.choice(("Supporter Care Manager", "Fundraising Officer", "Head of Giving")),
        f,
        "other",
    )
    y += lh * 2
    c.text(
        m, y, "No goods or services were provided in return for this gift.", p.font(16), "footer"
    )
    return _finish(c, y, m, pad=20 * p.s)


def donation_receipt(rng: random.Random) -> Canvas:
    """A donation receipt: a Chinese counter receipt, or an English charity's letter."""
    fk = CommunityFaker(rng)
    return _cn_donation(rng, fk) if rng.random() < 0.6 else _en_donation(rng, fk)


LAYOUTS = {"care_visit_record": care_visit_record, "donation_receipt": donation_receipt}
