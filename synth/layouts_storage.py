"""Self-storage: the agreement a tenant signs at the counter of a storage centre: a
Chinese 迷你仓租赁登记表 / 自助仓储租赁合同 (a hand-filled tenant grid with an emergency
contact, the unit, rent and deposit, the gate code written in by the clerk, the
payment card's last digits, clauses and signatures), an English storage licence
agreement printed off the centre's system (small labels over values in boxes, the
alternate contact, the access PIN, the card on file), or a Spanish contrato de
alquiler de trastero.

Personal: the tenant's name (also in the first clause and the signature), ID or
passport number, home address to the door, phone, e-mail, the alternate contact's
name and phone, the customer number and the access PIN or gate code
(``id_number``), the card on file's ending digits (``card_number``) and the clerk.
Ordinary: the centre's name, address and phone, the unit number, floor, size,
rent, deposit, insurance cover, dates, the relation word, labels, clauses and the
list of goods that may not be stored.
"""

from __future__ import annotations

import random
import unicodedata

from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, handwritten, seal, sheet, stacked, table
from .formkit_blanks import fill_in, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import centred_head, grid_rows, label_cell
from .kit import S, _finish, joined_address
from .render import Canvas

_CN_BRANDS = ("安心迷你仓", "易存自助仓储", "随心存仓储中心", "盒子迷你仓")
_CN_RELATIONS = ("配偶", "父亲", "母亲", "朋友", "同事", "兄弟", "姐妹")
_CN_CLAUSES = (
    "一、严禁存放易燃易爆、有毒有害、鲜活及违禁物品,违者后果自负。",
    "二、租金按月预付,逾期30日未缴,甲方有权按合同约定处置仓内物品。",
    "三、门禁密码仅限乙方本人及授权联系人使用,请勿告知他人。",
    "四、押金于退租验仓后7个工作日内无息退还。",
)
_EN_BRANDS = ("StoreSafe Self Storage", "Keyway Storage Centre", "BoxRoom Storage")
_ES_BRANDS = ("Trasteros Alcázar", "GuardaBox Self Storage")
_SIZES = ((15, 1.5), (25, 2.3), (35, 3.3), (50, 4.6), (75, 7.0), (100, 9.3))
_EN_TERMS = (
    "The Customer may store goods only and must not live in, work from or store "
    "hazardous, perishable or illegal items in the Unit. Goods are stored at the "
    "Customer's risk; cover is arranged up to the value declared above."
)
_ES_TERMS = (
    "El arrendatario declara que no almacenará mercancías peligrosas, perecederas ni "
    "ilícitas. La fianza se devolverá a la finalización del contrato, previa revisión."
)


def _ascii(name: str) -> str:
    """The name without accents, as an e-mail address spells it."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _unit(rng: random.Random) -> str:
    return f"{rng.choice('ABCDE')}{rng.randint(1, 3)}{rng.randint(1, 60):02d}"


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 960), 1.55, cjk=True, base=940, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(18)
    brand = rng.choice(_CN_BRANDS)
    title = rng.choice(("迷你仓租赁登记表", "自助仓储租赁合同", "仓位租用登记单"))
    number = [S("合同编号:", "label"), S(f"MC{rng.randint(2023, 2026)}{fk.digits(5)}", "other")]
    dated = [S("客户编号:", "label"), S(fk.digits(6, True), "id_number")]
    y = centred_head(p, m, m + 38 * s, (brand, title), number, dated)
    y += 14 * s
    name = fk.cn_name(honorific=0.0)
    passport = rng.random() < 0.2
    addr, _pc = fk.cn_address(with_door=0.95)
    sq, m2 = rng.choice(_SIZES)
    rent = rng.choice((199, 299, 399, 560, 880, 1200))
    doc = fk.passport() if passport else fk.cn_resident_id(x_prob=0.1)
    rows = grid_rows(
        [
            [
                ("承租人(乙方)", name, "name"),
                ("证件类型", "护照" if passport else "身份证", "other"),
            ],
            [("证件号码", doc, "id_number")],
            [("家庭住址", [S(t, k) for t, k in addr.segments], "address")],
            [("手机", fk.cn_mobile(), "phone"), ("电子邮箱", fk.email(), "email")],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(_CN_RELATIONS), "other"),
            ],
            [("联系人电话", fk.cn_mobile(), "phone")],
        ]
    )
    widths = (w * 0.18, w * 0.34, w * 0.15, w * 0.33)
    y = table(p, m, y, widths, rows, 50 * s, f, hand_px=27) + 22 * s
    c.text(m, y + 14 * s, "仓位信息", p.font(18, bold=True), "label")
    y += 26 * s
    start = fk.date("iso")
    cover, code = f"{rng.choice((1, 2, 5, 10))}万元", fk.digits(rng.choice((4, 6)))
    unit = grid_rows(
        [
            [("仓位编号", _unit(rng), "other"), ("面积", f"{m2:g}㎡", "other")],
            [("租期", f"{start} 起 {rng.choice((3, 6, 12))}个月", "date")],
            [("月租金", f"¥{rent}", "price"), ("押金", f"¥{rent * rng.choice((1, 2))}", "price")],
            [("物品保价", cover, "price"), ("门禁密码", code, "id_number")],
        ]
    )
    y = table(p, m, y, widths, unit, 48 * s, f, hand_px=27) + 36 * s
    x = c.line(m, y, [S("付款方式:", "label")], f) + 10 * s
    paid_by = rng.choice(("微信", "支付宝", "银行卡"))
    for way in ("微信", "支付宝", "银行卡", "现金"):
        x = tick_box(p, x, y, way, way == paid_by, f) + 16 * s
    if paid_by == "银行卡":
        x = c.line(x + 10 * s, y, [S("尾号", "label")], f) + 6 * s
        handwritten(p, x, y, [S(fk.tail4(), "card_number")], 26, cjk=True)
    y += 44 * s
    pieces = [(S("乙方", "other"), False), (S(name, "name"), True)]
    pieces.append((S("自愿租用甲方上述仓位,双方约定如下:", "other"), False))
    fill_in(p, m, y, pieces, f, hand_px=26, cjk=True)
    y += 34 * s
    for line in _CN_CLAUSES[: rng.randint(2, 4)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(14), w, 23 * s, max_lines=2)
    y += 24 * s
    x = c.line(m, y, [S("乙方(签字):", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    x = c.line(m + w * 0.5, y, [S("甲方经办人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    seal(p, right - 70 * s, y + 60 * s, 60 * s, brand)
    y += 40 * s
    c.text(
        m,
        y,
        f"地址:{fk.cn_shop()[:2]}工业园{rng.randint(1, 9)}号库  电话:400-{fk.digits(3, True)}-{fk.digits(4)}",
        p.font(14),
        "other",
    )
    return _finish(c, y + 90 * s, 0, pad=m * 0.4)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    en = rng.random() < 0.65
    c, p, m, right = sheet(rng, (820, 900), 1.5, cjk=False, base=880, margin=(0.05, 0.07))
    s, w = p.s, right - m
    lf, vf = p.font(14), p.font(18, mono=rng.random() < 0.4)
    brand = rng.choice(_EN_BRANDS if en else _ES_BRANDS)
    y = m + 34 * s
    c.text(m, y, brand, p.font(26, bold=True), "shop")
    y += 30 * s
    title = "SELF STORAGE LICENCE AGREEMENT" if en else "CONTRATO DE ALQUILER DE TRASTERO"
    c.text(m, y, title, p.font(18, bold=True), "label")
    y += 36 * s
    if en:
        name, phone = fk.en_name(), fk.uk_phone()
        street, town = fk.uk_address()
        addr = joined_address((street, town))
        alt, alt_phone, doc = (
            fk.en_name(),
            fk.uk_phone(),
            fk.driving_licence(name.split()[-1]) if rng.random() < 0.5 else fk.passport(),
        )
        keys = (
            "Customer",
            "Customer no.",
            "Home address",
            "Mobile",
            "Email",
            "ID seen (licence / passport)",
            "Alternate contact",
            "Alt. contact phone",
        )
    else:
        name, phone = fk.eu_name("es"), fk.eu_phone("es")
        a, b = fk.eu_address("es")
        addr = [S(f"{a}, {b}", "address")]
        alt, alt_phone, doc = fk.eu_name("es"), fk.eu_phone("es"), fk.eu_id("es")
        keys = (
            "Arrendatario",
            "Nº cliente",
            "Domicilio",
            "Móvil",
            "Correo electrónico",
            "DNI / NIE",
            "Persona de contacto",
            "Teléfono contacto",
        )
    values = (
        [S(name, "name")],
        [S(fk.digits(7, True), "id_number")],
        addr,
        [S(phone, "phone")],
        [S(fk.email(_ascii(name)), "email")],
        [S(doc, "id_number")],
        [S(alt, "name")],
        [S(alt_phone, "phone")],
    )
    fracs = (0.62, 0.38, 1.0, 0.4, 0.6, 0.5, 0.5, 0.5)
    x, row_h = m, 58 * s
    for key, value, frac in zip(keys, values, fracs, strict=True):
        cw = w * frac
        if x + cw > right + 1:
            x, y = m, y + row_h
        c.box(x, y, x + cw, y + row_h, width=1)
        stacked(p, x + 6 * s, y + 16 * s, key, value, lf, vf, cw - 14 * s)
        x += cw
    y += row_h + 36 * s
    sq, m2 = rng.choice(_SIZES)
    rent = rng.choice((18.5, 24.0, 32.75, 41.0, 59.0))
    unit = (
        ("Unit" if en else "Trastero", _unit(rng)),
        ("Size" if en else "Superficie", f"{sq} sq ft" if en else f"{m2:g} m²"),
        ("Weekly fee" if en else "Cuota mensual", f"£{rent:.2f}" if en else f"{rent * 4:.2f} €"),
        ("Deposit" if en else "Fianza", f"£{rent * 2:.2f}" if en else f"{rent * 4:.2f} €"),
        ("Move-in" if en else "Fecha de entrada", fk.date("iso")),
        (
            "Goods value" if en else "Valor declarado",
            f"£{rng.choice((2, 5, 10, 20))},000" if en else f"{rng.choice((3, 6, 12))}.000 €",
        ),
    )
    grid = [
        [label_cell(k) for k, _ in unit],
        [
            Cell.of(v, "date" if i == 4 else ("other" if i < 2 else "price"))
            for i, (_k, v) in enumerate(unit)
        ],
    ]
    y = table(p, m, y, [w / 6] * 6, grid, 42 * s, p.font(14), cjk=False) + 44 * s
    # The clerk writes the gate code and the card's last digits in by hand.
    x = (
        c.line(m, y, [S("Gate access PIN:" if en else "Código de acceso:", "label")], p.font(16))
        + 10 * s
    )
    handwritten(p, x, y, [S(fk.digits(rng.choice((4, 6))), "id_number")], 30, cjk=False)
    x = (
        c.line(
            m + w * 0.5,
            y,
            [S("Card on file ending" if en else "Tarjeta terminada en", "label")],
            p.font(16),
        )
        + 10 * s
    )
    handwritten(p, x, y, [S(fk.tail4(), "card_number")], 30, cjk=False)
    y += 44 * s
    y = (
        word_wrap(p, m, y, [S(_EN_TERMS if en else _ES_TERMS, "footer")], p.font(13), w, 19 * s)
        + 28 * s
    )
    x = (
        c.line(
            m, y, [S("Customer signature" if en else "Firma del arrendatario", "label")], p.font(16)
        )
        + 12 * s
    )
    handwritten(p, x, y, [S(name.split()[0][0] + ". " + name.split()[-1], "name")], 32, cjk=False)
    x = (
        c.line(m + w * 0.58, y, [S("Staff" if en else "Atendido por", "label")], p.font(16))
        + 10 * s
    )
    handwritten(
        p,
        x,
        y,
        [S(fk.en_first(upper=False) if en else fk.eu_name("es").split()[0], "name")],
        28,
        cjk=False,
    )
    if rng.random() < 0.5:
        box_stamp(
            p,
            right - w * 0.18,
            y + 50 * s,
            [brand.split()[0].upper(), "MOVED IN" if en else "ALTA"],
            12,
        )
        y += 60 * s
    return _finish(c, y, 0, pad=m)


def self_storage_agreement(rng: random.Random) -> Canvas:
    """A self-storage agreement: tenant, ID, address, phone, e-mail and an emergency
    contact; the unit, rent and deposit; the access code and card on file; signatures."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"self_storage_agreement": self_storage_agreement}
