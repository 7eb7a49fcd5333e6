"""Signing up: a shop's membership application filled in by hand (English or
Chinese) and a mobile operator's SIM registration form (入网登记单).

The membership form writes values over rules with their captions printed under
them, the date of birth and phone one character per box, and ticks a title; a
printed membership number carries no label beside it, only a caption above. The
SIM form prints its values in a ruled grid whose sections are headed by vertical
words in a left column, with the customer's signature by hand.
"""

from __future__ import annotations

import random

from .fakedata_services import ServiceFaker
from .formkit import Cell, handwritten, role_line, seal, sheet, table
from .formkit_blanks import char_boxes, over_caption, tick_box, upright_word
from .kit import S, _finish
from .render import Canvas

_STORES_EN = ("Greenleaf Market", "Brightway Pharmacy", "Harbour Books", "Oakridge Garden Centre")
_STORES_CN = ("优品生活超市", "惠家便利店", "悦读书城", "百味烘焙坊")


def loyalty_application(rng: random.Random) -> Canvas:
    """A rewards-card application: blanks over captions, boxed digits, tick boxes."""
    fk = ServiceFaker(rng)
    cn = rng.random() < 0.45
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=cn, base=1100, margin=(0.05, 0.07))
    W = c.width
    f = p.font(rng.uniform(19, 22))
    cap = p.font(18)
    store = rng.choice(_STORES_CN if cn else _STORES_EN)

    y = m + 46 * p.s
    c.text(m, y, store, p.font(30, bold=True), "shop")
    # The card number is printed on a sticker: a caption over it, no label beside it.
    c.text(right, y - 24 * p.s, "会员卡号" if cn else "Card number", cap, "label", anchor="rs")
    c.text(right, y + 10 * p.s, fk.loyalty_no(), p.font(24, mono=True), "id_number", anchor="rs")
    y += 64 * p.s
    title = (
        "会员入会申请表"
        if cn
        else rng.choice(("Rewards Card Application", "Membership Application"))
    )
    c.text(W / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 40 * p.s
    c.text(
        W / 2,
        y,
        "请用正楷填写" if cn else "Please complete in BLOCK CAPITALS",
        cap,
        "other",
        anchor="ms",
    )
    y += 60 * p.s
    if cn:
        name = fk.cn_name(honorific=0.0)
        x = c.line(m, y, [S("性别", "label")], f) + 16 * p.s
        sex = rng.randrange(2)
        for i, opt in enumerate(("男", "女")):
            x = tick_box(p, x, y, opt, i == sex, f) + 24 * p.s
    else:
        first, last = (
            fk.en_first(upper=True),
            rng.choice(("SMITH", "PATEL", "OKAFOR", "NOWAK", "HUGHES", "GARCIA")),
        )
        name = f"{first} {last}"
        x = c.line(m, y, [S("Title", "label")], f) + 16 * p.s
        pick = rng.randrange(4)
        for i, opt in enumerate(("Mr", "Mrs", "Ms", "Mx")):
            x = tick_box(p, x, y, opt, i == pick, f) + 24 * p.s
    y += 70 * p.s
    half = (right - m - 30 * p.s) / 2
    if cn:
        over_caption(p, m, y, half, "姓名", [S(name, "name")], cap, 32, hand=True, cjk=True)
        over_caption(
            p,
            m + half + 30 * p.s,
            y,
            half,
            "职业(选填)",
            [S(rng.choice(("教师", "职员", "自由职业", "")), "other")],
            cap,
            30,
            hand=True,
            cjk=True,
        )
    else:
        over_caption(p, m, y, half, "First name", [S(first, "name")], cap, 32, hand=True, cjk=False)
        over_caption(
            p,
            m + half + 30 * p.s,
            y,
            half,
            "Surname",
            [S(last, "name")],
            cap,
            32,
            hand=True,
            cjk=False,
        )
    y += 80 * p.s
    box = 40 * p.s
    c.text(m, y, "出生日期(年/月/日)" if cn else "Date of birth (DD MM YYYY)", cap, "label")
    dob = fk.dob("iso" if cn else "dmy")
    digits = dob.replace("-", "").replace("/", "")
    char_boxes(
        p, m, y + 12 * p.s, digits, "id_number", box=box, gap=3 * p.s if rng.random() < 0.5 else 0
    )
    phone = fk.cn_mobile_digits() if cn else fk.uk_phone().replace(" ", "")
    x2 = m + half + 30 * p.s
    c.text(x2, y, "手机号码" if cn else "Mobile", cap, "label")
    char_boxes(p, x2, y + 12 * p.s, phone, "phone", box=min(box, (right - x2) / 11.5), count=11)
    y += box + 90 * p.s
    over_caption(
        p,
        m,
        y,
        right - m,
        "电子邮箱" if cn else "Email",
        [S(fk.email(None if cn else name), "email")],
        cap,
        30,
        hand=True,
        cjk=False,
    )
    y += 80 * p.s
    if cn:
        region, street, door = fk.cn_address_parts()
        addr = [S(region + street, "address"), S(door, "door")]
    else:
        block = fk.uk_block()
        addr = [S(t, k) for ln in block[:-1] for t, k in ln.segments]
        addr = [sp if i == 0 else S(" " + sp.text, sp.category) for i, sp in enumerate(addr)]
    over_caption(
        p, m, y, right - m, "通讯地址" if cn else "Address", addr, cap, 30, hand=True, cjk=cn
    )
    y += 80 * p.s
    if not cn:
        c.text(m, y, "Postcode", cap, "label")
        pc = block[-1].text.split()[-2:] if " " in block[-1].text else [block[-1].text]
        char_boxes(p, m, y + 12 * p.s, " ".join(pc)[-8:], "address", box=box, count=8)
        y += box + 60 * p.s
    c.text(m, y, "您感兴趣的 (可多选):" if cn else "I am interested in:", f, "label")
    x = m + (260 if cn else 220) * p.s
    opts = (
        ("生鲜", "烘焙", "母婴", "家居") if cn else ("Offers", "Events", "New products", "Recipes")
    )
    for opt in opts:
        x = tick_box(p, x, y, opt, rng.random() < 0.4, f) + 26 * p.s
    y += 60 * p.s
    consent = (
        "本人同意商家按照隐私政策处理以上信息,用于积分及会员服务。"
        if cn
        else "I agree that my details may be used to run my rewards account, as set out in the privacy notice."
    )
    y = (
        c.wrap(m, y, [S(consent, "footer")], p.font(17), right - m, 24 * p.s, max_lines=2)
        + 30 * p.s
    )
    x = c.line(m, y, [S("申请人签名" if cn else "Signature", "label")], f)
    handwritten(p, x + 20 * p.s, y + 4 * p.s, [S(name, "name")], 38, cjk=cn, width=300 * p.s)
    c.line(
        right - 320 * p.s,
        y,
        [S("日期 " if cn else "Date ", "label"), S(fk.date("cn" if cn else "us"), "date")],
        f,
    )
    y += 60 * p.s
    c.hline(m, right, y - 30 * p.s, width=1)
    c.text(m, y, "门店专用" if cn else "FOR STORE USE", f, "label")
    role_line(
        p,
        m + 200 * p.s,
        y,
        "受理店员" if cn else "Staff",
        fk.cn_name(honorific=0.0) if cn else fk.en_first(upper=False),
        f,
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


_PLANS = (
    ("畅享套餐 59元", "59.00"),
    ("5G 智享 99元", "99.00"),
    ("校园卡 29元", "29.00"),
    ("亲情套餐 128元", "128.00"),
)


def sim_registration(rng: random.Random) -> Canvas:
    """入网登记单: customer, service and agent sections under vertical headers, signature."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200), 1.35, cjk=True, base=1200, margin=(0.04, 0.05))
    W = c.width
    f = p.font(rng.uniform(19, 22))
    operator = rng.choice(("华通移动", "联信通信", "天翼通讯"))

    y = m + 48 * p.s
    c.text(m, y, operator, p.font(30, bold=True), "brand")
    c.text(right, y, f"业务流水号 {fk.digits(14)}", p.font(17), "other", anchor="rs")
    y += 60 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("客户入网登记单", "电信业务登记表", "移动电话入网协议登记单")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * p.s
    c.line(m, y, [S("受理时间:", "label"), S(f"{fk.date()} {fk.time()}", "date")], f)
    c.text(
        right, y, f"受理渠道: {rng.choice(('自营厅', '合作厅', '社区店'))}", f, "other", anchor="rs"
    )
    y += 20 * p.s

    name = fk.cn_name(honorific=0.0)
    region, street, door = fk.cn_address_parts()
    r2, s2, d2 = fk.cn_address_parts()
    plan, fee = rng.choice(_PLANS)
    head = 54 * p.s
    usable = right - m - head
    widths = [head, usable * 0.17, usable * 0.33, usable * 0.17, usable * 0.33]
    rh = rng.uniform(52, 58) * p.s
    sections = (
        (
            "客户信息",
            [
                [
                    Cell.of("", "other"),
                    Cell.of("客户名称", "label"),
                    Cell.of(name, "name"),
                    Cell.of("证件类型", "label"),
                    Cell.of("居民身份证", "other"),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("证件号码", "label"),
                    Cell.of(fk.cn_resident_id(), "id_number", span=3),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("证件地址", "label"),
                    Cell((S(region + street, "address"), S(door, "door")), span=3),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("联系地址", "label"),
                    Cell((S(r2 + s2, "address"), S(d2, "door")), span=3),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("联系电话", "label"),
                    Cell.of(fk.cn_mobile("plain"), "phone"),
                    Cell.of("电子邮箱", "label"),
                    Cell.of(fk.email(), "email"),
                ],
            ],
        ),
        (
            "业务信息",
            [
                [
                    Cell.of("", "other"),
                    Cell.of("新入网号码", "label"),
                    Cell.of(fk.cn_mobile_digits(), "phone"),
                    Cell.of("SIM卡号", "label"),
                    Cell.of(fk.iccid(), "id_number"),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("套餐名称", "label"),
                    Cell.of(plan, "item"),
                    Cell.of("月功能费", "label"),
                    Cell.of(f"{fee}元", "price"),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("预存话费", "label"),
                    Cell.of(f"{rng.choice((50, 100, 200))}.00元", "price"),
                    Cell.of("生效日期", "label"),
                    Cell.of(fk.date(), "date"),
                ],
            ],
        ),
        (
            "经办信息",
            [
                [
                    Cell.of("", "other"),
                    Cell.of("经办人", "label"),
                    Cell.of(fk.cn_name(honorific=0.0), "name"),
                    Cell.of("经办人证件", "label"),
                    Cell.of(fk.cn_id_masked(), "id_number"),
                ],
                [
                    Cell.of("", "other"),
                    Cell.of("受理工号", "label"),
                    Cell.of(f"{fk.upper(2)}{fk.digits(6)}", "other"),
                    Cell.of("营业员", "label"),
                    Cell.of(fk.cn_name(honorific=0.0), "name"),
                ],
            ],
        ),
    )
    for word, rows in sections:
        top = y
        y = table(p, m, y, widths, rows, rh, f)
        upright_word(p, m + head / 2, (top + y) / 2, word, p.font(20, bold=True), "label")
    y += 40 * p.s
    terms = (
        "客户已阅读并同意《入网服务协议》,确认以上登记信息真实有效。依据国家实名制要求,"
        "本人承诺所登记号码不转售、不出借。"
    )
    y = c.wrap(m, y, [S(terms, "footer")], p.font(17), right - m, 24 * p.s, max_lines=3) + 40 * p.s
    x = c.line(m, y, [S("客户签名:", "label")], f)
    handwritten(p, x + 16 * p.s, y + 4 * p.s, [S(name, "name")], 40, cjk=True, width=240 * p.s)
    c.line(m + (right - m) * 0.5, y, [S("日期:", "label"), S(fk.date("cn"), "date")], f)
    seal(p, right - 100 * p.s, y - 30 * p.s, 70 * p.s, rng.choice(("业务专用章", "受理专用章")))
    y += 50 * p.s
    c.text(
        m, y, f"客服热线 100{fk.digits(2)}   本单一式两联,客户联请妥善保管。", p.font(17), "footer"
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"loyalty_application": loyalty_application, "sim_registration": sim_registration}
