"""Animal shelters and pet adoption: the agreement an adopter signs to take an animal
home. A Chinese 宠物领养协议 names the shelter as 甲方 and the adopter as 乙方 in a
grid filled in by hand (name, ID, phone, WeChat, address to the door), ticks the
housing type, describes the animal (name, breed, microchip), states the fee and the
numbered terms with the adopter's name written into the pledge and the consent to
follow-up visits, and ends with both signatures and a thumbprint. An English or
French contract puts the adopter's details on rules with captions under them,
ticks house or flat, owned or rented, lists the animal and the fee, and ends with
"Lu et approuvé" or a declaration above the signatures.

Personal: the adopter's name (in the grid, inside the pledge and as a signature),
ID number and date of birth, WeChat ID and the animal's microchip number (it is
registered to the adopter; ``id_number``), phone, e-mail, the address with its
door, and the shelter staff member's name. Ordinary: the shelter's name, address
and phone (business data), the agreement number, the animal's pet name, breed, sex,
age and colour, the housing ticks, other pets, the fee, dates and the terms.
"""

from __future__ import annotations

import random

from .adoption_words import ANIMALS, OTHER_PETS, PET_NAMES, SEXES, SHELTERS, WORDS
from .fakedata_households import HouseholdFaker
from .formkit import handwritten, sheet, table
from .formkit_blanks import over_caption, tick_box
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import grid_rows
from .kit import S, _finish
from .render import Canvas, Span

_CN_SHELTERS = (
    "爱心流浪动物救助中心",
    "毛孩子之家救助站",
    "小动物保护协会领养中心",
    "暖窝救助基地",
)
_CN_ANIMALS = (
    ("猫", ("中华田园猫", "橘猫", "狸花猫", "英短蓝猫")),
    ("犬", ("中华田园犬", "金毛串", "柯基串", "泰迪")),
)
_CN_PET_NAMES = ("豆豆", "咪咪", "旺财", "小黑", "团子", "橘子", "花花", "可乐")
_CN_HOUSING = ("自有住房", "租房(房东同意)", "与父母同住")
_CN_TERMS = (
    "乙方保证为动物提供适当的食物、饮水及居住环境,定期驱虫、接种疫苗。",
    "乙方不得将动物转送、出售、遗弃或用于繁殖,如无法继续饲养须联系甲方。",
    "乙方同意甲方在领养后1个月、3个月、6个月进行电话或上门回访。",
    "领养费用于救助站日常运营,含已完成的疫苗及绝育费用,概不退还。",
    "如乙方违反本协议,甲方有权收回动物。",
)


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (920, 1000), 2.0, cjk=True, base=880, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(17)
    shelter = rng.choice(_CN_SHELTERS)
    y = m + 34 * s
    c.text(W / 2, y, shelter, p.font(26, bold=True), "shop", anchor="ms")
    y += 26 * s
    head = [Span(fk.office_address("cn")[0], "shop_address", None), S("  领养咨询 ", "label")]
    c.line(m, y, [*head, Span(fk.cn_mobile("plain"), "shop_phone", None)], p.font(14))
    y += 46 * s
    c.text(
        W / 2,
        y,
        rng.choice(("宠物领养协议", "领养协议书")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 32 * s
    no = [S("协议编号:", "label"), Span(f"LY{fk.digits(8)}", "order_number", None)]
    c.line(m, y, no, f)
    y += 32 * s
    c.line(m, y, [S("甲方(送养方):", "label"), S(shelter, "shop")], f)
    y += 30 * s
    c.text(m, y, "乙方(领养人):", f, "label")
    y += 12 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.95)
    wechat = fk.wechat_id() if rng.random() < 0.6 else ""
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number")],
            [
                ("手机", fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
                ("微信", wechat, "id_number"),
            ],
            [("现住址", [S(t, k) for t, k in addr.segments], "address")],
            [("家中其他宠物", rng.choice(("无", "猫1只", "狗1只", "仓鼠")), "other")],
        ]
    )
    widths = (w * 0.17, w * 0.38, w * 0.13, w * 0.32)
    y = table(p, m, y, widths, rows, 48 * s, f, hand_px=26) + 34 * s
    x = c.line(m, y, [S("住房类型:", "label")], f) + 10 * s
    mine = rng.randrange(len(_CN_HOUSING))
    for i, kind in enumerate(_CN_HOUSING):
        x = tick_box(p, x, y, kind, i == mine, f) + 18 * s
    y += 40 * s
    c.text(m, y, "领养动物信息", p.font(18, bold=True), "label")
    y += 12 * s
    species, breeds = rng.choice(_CN_ANIMALS)
    rows = grid_rows(
        [
            [("昵称", rng.choice(_CN_PET_NAMES), "other"), ("品种", rng.choice(breeds), "other")],
            [
                ("性别", rng.choice(("公", "母")), "other"),
                ("年龄", f"约{rng.randint(2, 36)}个月", "other"),
            ],
            [
                ("芯片号", fk.microchip(), "id_number"),
                ("绝育", rng.choice(("已绝育", "未绝育")), "other"),
            ],
        ]
    )
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=25) + 30 * s
    fee = [S("领养费:", "label"), S(f"¥{rng.choice((0, 200, 300, 500))}", "price")]
    c.line(m, y, fee + [S("(含疫苗、驱虫、绝育)", "footer")], f)
    y += 38 * s
    pledge = [
        S("1. 乙方", "footer"),
        S(name, "name"),
        S("自愿领养上述动物,承诺终身善待,不虐待、不遗弃。", "footer"),
    ]
    y = c.wrap(m, y, pledge, p.font(15), w, 24 * s)
    for i, term in enumerate(_CN_TERMS, 2):
        y = c.wrap(m, y, [S(f"{i}. {term}", "footer")], p.font(15), w, 24 * s, max_lines=2)
    y += 10 * s
    tick_box(p, m, y, "本人同意接受回访", rng.random() < 0.9, f)
    y += 54 * s
    x = c.line(m, y, [S("甲方经办人:", "label")], f) + 10 * s
    staff = fk.cn_name(honorific=0.0)
    handwritten(p, x, y, [S(staff, "name")], 30, cjk=True)
    x = c.line(m + w * 0.5, y, [S("乙方签字:", "label")], f) + 10 * s
    end = handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    if rng.random() < 0.6:
        thumbprint(p, end + 34 * s, y - 14 * s, 20 * s)
    y += 44 * s
    c.line(m + w * 0.5, y, [S("日期:", "label"), S(fk.date("cn"), "date")], f)
    return _finish(c, y, 0, pad=m * 0.6)


def _adopter(
    rng: random.Random, fk: HouseholdFaker, lang: str
) -> tuple[str, list[Span], str, str, str]:
    """The adopter's name, street spans, postcode-and-town, phone and ID number."""
    if lang == "en":
        street, town = fk.uk_address()
        name = fk.en_name()
        return (
            name,
            [S(a, k) for a, k in street.segments],
            town.text,
            fk.uk_phone(),
            fk.driving_licence(name.split()[-1].upper()),
        )
    street, town = fk.eu_address("fr")
    return fk.eu_name("fr"), [S(street, "address")], town, fk.eu_phone("fr"), fk.eu_id("fr")


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = WORDS[lang]
    c, p, m, right = sheet(rng, (780, 860), 1.9, cjk=False, base=820, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    f, cap = p.font(16), p.font(12)
    y = m + 34 * s
    c.text(W / 2, y, rng.choice(SHELTERS[lang]), p.font(25, bold=True), "shop", anchor="ms")
    y += 24 * s
    if lang == "fr":
        street, town = fk.eu_address("fr")
        where, tel = (
            f"{street.split(',')[0]}, {town}",
            f"0{rng.randint(1, 5)} " + " ".join(fk.digits(2) for _ in range(4)),
        )
    else:
        where, tel = ", ".join(fk.office_address("en")), fk.office_phone("en")
    c.line(m, y, [Span(where, "shop_address", None)], p.font(13))
    c.text(right, y, tel, p.font(13), "shop_phone", anchor="rs")
    y += 46 * s
    c.text(m, y, t["title"], p.font(24, bold=True), "label")
    ref = [S(t["no"] + " ", "label"), Span(f"{fk.upper(1)}{fk.digits(5)}", "order_number", None)]
    c.line(right - p.width(t["no"] + " A00000", f), y, ref, f)
    y += 44 * s
    hand = rng.random() < 0.75
    name, street, town, phone, id_no = _adopter(rng, fk, lang)
    c.text(m, y, t["you"], p.font(17, bold=True), "label")
    y += 40 * s
    half, gap = w * 0.5, 16 * s
    dob = fk.dob("dmy")
    for pair in (
        ((t["name"], [S(name, "name")]), (t["dob"], [S(dob, "id_number")])),
        ((t["addr"], street), (t["pc"], [S(town, "address")])),
        ((t["tel"], [S(phone, "phone")]), (t["mail"], [S(fk.email(name), "email")])),
        (
            (t["id"], [S(id_no, "id_number")]),
            (t["pets"], [S(rng.choice(OTHER_PETS[lang]), "other")]),
        ),
    ):
        for (caption, value), x in zip(pair, (m, m + half), strict=True):
            over_caption(p, x, y, half - gap, caption, value, cap, 24, hand=hand, cjk=False)
        y += 64 * s
    x = c.line(m, y, [S(t["home"] + ":", "label")], f) + 10 * s
    house = rng.random() < 0.5
    for word, on in (
        (t["house"], house),
        (t["flat"], not house),
        (t["own"], rng.random() < 0.5),
        (t["rent"], False),
        (t["garden"], house),
    ):
        x = tick_box(p, x, y, word, on, f) + 16 * s
    y += 44 * s
    c.text(m, y, t["animal"], p.font(17, bold=True), "label")
    y += 12 * s
    species, breed = rng.choice(ANIMALS[lang])
    rows = [
        [
            (t["pname"], rng.choice(PET_NAMES), "other"),
            (t["breed"], f"{species} / {breed}", "other"),
        ],
        [
            (t["sex"], rng.choice(SEXES[lang]), "other"),
            (t["age"], f"{rng.randint(1, 9)}", "other"),
        ],
        [(t["chip"], fk.microchip(), "id_number")],
    ]
    widths = (w * 0.2, w * 0.3, w * 0.2, w * 0.3)
    y = table(p, m, y, widths, grid_rows(rows, hand=False), 40 * s, f, cjk=False) + 32 * s
    money = "£{}" if lang == "en" else "{} €"
    fee = [S(t["fee"] + ": ", "label"), S(money.format(rng.choice((95, 150, 175, 250))), "price")]
    c.line(m, y, fee, f)
    y += 36 * s
    tick_box(p, m, y, t["visit"], rng.random() < 0.9, f)
    y += 30 * s
    y = word_wrap(p, m, y, [S(t["decl"], "footer")], f, w, 24 * s) + 30 * s
    if lang == "fr":  # the adopter writes the formula above the signature
        handwritten(p, m, y, [S("Lu et approuvé", "other")], 26, cjk=False)
        y += 50 * s
    sig = [S(name, "name")] if rng.random() < 0.6 else [S(name.split()[-1], "name")]
    handwritten(p, m + 6 * s, y, sig, 32, cjk=False, width=half - gap)
    staff = fk.en_first(upper=False) if lang == "en" else fk.eu_name("fr")
    handwritten(p, m + half + 6 * s, y, [S(staff, "name")], 30, cjk=False, width=half * 0.55)
    over_caption(
        p,
        right - half * 0.35,
        y,
        half * 0.35,
        t["date"],
        [S(fk.date("in") if lang == "en" else "/".join(reversed(fk.date().split("-"))), "date")],
        cap,
        22,
        hand=True,
        cjk=False,
    )
    for x, caption in ((m, t["sig"]), (m + half, t["staff"])):
        c.hline(x, x + half * (0.9 if x == m else 0.6), y + 10 * s, width=1)
        c.text(x, y + 26 * s, caption, cap, "label", fill=(55, 55, 55))
    return _finish(c, y + 30 * s, 0, pad=m * 0.6)


def pet_adoption_contract(rng: random.Random) -> Canvas:
    """An animal shelter's adoption agreement: the adopter's details and home, the
    animal with its microchip, the fee, terms, visit consent and signatures."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"pet_adoption_contract": pet_adoption_contract}
