"""Travel and hospitality: an airline boarding pass (登机牌) and a hotel guest
registration card (旅客登记表) filled in by hand.

The boarding pass stacks bilingual labels over their values and repeats the
passenger on a tear-off stub; the registration card is a ruled grid with the
surname and given names in separate cells, a date of birth, an ID and a signature.
"""

from __future__ import annotations

import random

from .fakedata_forms import FormFaker
from .formkit import Cell, bilingual, handwritten, role_line, sheet, stacked, table
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

_AIRLINES = ("东海航空 EASTSEA AIR", "云翔航空 CLOUDWING", "南星航空 SOUTHSTAR AIRLINES")
_CITIES = (
    ("深圳", "SHENZHEN", "SZX"),
    ("成都", "CHENGDU", "CTU"),
    ("杭州", "HANGZHOU", "HGH"),
    ("西安", "XI'AN", "XIY"),
    ("昆明", "KUNMING", "KMG"),
    ("大连", "DALIAN", "DLC"),
)


def boarding_pass(rng: random.Random) -> Canvas:
    """登机牌: stacked bilingual fields, ticket and frequent-flyer numbers, barcode, stub."""
    fk = FormFaker(rng)
    W = rng.choice((1400, 1500, 1600))
    H = int(W * rng.uniform(0.4, 0.44))
    c = Canvas(W, H, paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1500)
    m = int(30 * p.s)
    stub_x = W * rng.uniform(0.68, 0.72)
    band = rng.choice(((20, 70, 140), (150, 20, 40), (0, 110, 90)))
    c.draw.rectangle([0, 0, W, 90 * p.s], fill=band)
    c.text(m, 62 * p.s, rng.choice(_AIRLINES), p.font(32, bold=True), "brand", fill=(255, 255, 255))
    c.text(
        stub_x - m,
        62 * p.s,
        "登机牌 BOARDING PASS",
        p.font(26, bold=True),
        "label",
        anchor="rs",
        fill=(255, 255, 255),
    )
    c.vline(stub_x, 100 * p.s, H - m, width=2)

    name = fk.pinyin_upper() if rng.random() < 0.7 else fk.cn_name(honorific=0.0)
    (cn0, en0, a0), (cn1, en1, a1) = rng.sample(_CITIES, 2)
    flight = rng.choice(("EA", "CW", "SS")) + str(rng.randint(1000, 9899))
    seat = f"{rng.randint(1, 45)}{rng.choice('ABCDEFJK')}"
    gate = f"{rng.choice('ABCDE')}{rng.randint(1, 40)}"
    day = f"{rng.randint(1, 28):02d}{rng.choice(('JAN', 'MAR', 'JUN', 'SEP', 'NOV'))}"
    board = f"{rng.randint(6, 21):02d}:{rng.choice(('05', '20', '35', '50'))}"
    lf, vf = p.font(18), p.font(rng.uniform(30, 36), bold=True)
    col = (stub_x - 2 * m) / 4

    def field(x: float, y: float, cn: str, en: str, value: list[Span], w: float = col) -> None:
        stacked(p, x, y, bilingual(rng, cn, en, colon=0), value, lf, vf, w - 16 * p.s)

    y = 150 * p.s
    field(m, y, "姓名", "NAME", [S(name, "name")], col * 2)
    field(m + 2 * col, y, "始发地", "FROM", [S(f"{cn0} {en0}", "other")])
    field(m + 3 * col, y, "目的地", "TO", [S(f"{cn1} {en1}", "other")])
    y += 100 * p.s
    for i, (cn, en, v) in enumerate(
        (
            ("航班", "FLIGHT", flight),
            ("日期", "DATE", day),
            ("舱位", "CLASS", rng.choice("YFCW")),
            ("座位号", "SEAT", seat),
        )
    ):
        field(m + i * col, y, cn, en, [S(v, "date" if en == "DATE" else "other")])
    y += 100 * p.s
    for i, (cn, en, v) in enumerate(
        (
            ("登机口", "GATE", gate),
            ("登机时间", "BOARDING", board),
            ("序号", "SEQ", f"{rng.randint(1, 300):03d}"),
        )
    ):
        field(m + i * col, y, cn, en, [S(v, "other")])
    field(m + 3 * col, y, "常旅客", "FFP", [S(fk.ffp(), "id_number")])
    y += 70 * p.s
    sf = p.font(20)
    x = c.line(m, y, [S("电子客票号 ETKT ", "label")], sf)
    x = c.line(x + 6 * p.s, y, [S(fk.eticket(), "tracking")], sf)
    if rng.random() < 0.7:
        x = c.line(
            x + 40 * p.s, y, [S(rng.choice(("证件号 ID", "身份证件", "ID NO.")), "label")], sf
        )
        c.line(
            x + 10 * p.s,
            y,
            [S(fk.cn_id_ticket() if rng.random() < 0.6 else fk.passport(), "id_number")],
            sf,
        )
    who = name.replace(" ", "/") if name.isascii() else ""  # the symbol carries no CJK
    bcbp = f"M1{who} E{fk.pnr()} {a0}{a1}{flight} {seat}"
    c.barcode(
        int(m),
        int(y + 20 * p.s),
        bcbp,
        height=int(70 * p.s),
        module=2,
        max_width=int(stub_x - 2 * m),
    )
    y += 120 * p.s
    c.text(
        m,
        y,
        "登机口于起飞前15分钟关闭 Gate closes 15 minutes before departure",
        p.font(16),
        "footer",
    )

    sx = stub_x + 24 * p.s
    sw = W - sx - m
    yy = 150 * p.s
    for cn, en, v in (
        ("姓名", "NAME", S(name, "name")),
        ("航班", "FLIGHT", S(flight, "other")),
        ("座位", "SEAT", S(seat, "other")),
        ("登机口", "GATE", S(gate, "other")),
    ):
        stacked(p, sx, yy, bilingual(rng, cn, en, colon=0), [v], lf, p.font(28, bold=True), sw)
        yy += 90 * p.s
    c.text(sx, yy, f"{a0} → {a1}", p.font(26, bold=True), "other")
    return _finish(c, max(y, yy), m, border=0, pad=10 * p.s)


_HOTELS = ("云栖酒店", "海湾假日酒店", "锦程商务酒店", "Harbour View Hotel", "Lakeside Inn")


def hotel_registration(rng: random.Random) -> Canvas:
    """旅客登记表 / Guest Registration Card: a ruled grid filled in by hand, terms, signature."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=True, base=1200, margin=0.05)
    W = c.width
    f = p.font(rng.uniform(18, 21))
    foreign = rng.random() < 0.45
    hotel = rng.choice(_HOTELS)

    y = m + 50 * p.s
    c.text(W / 2, y, hotel, p.font(34, bold=True), "shop", anchor="ms")
    y += 40 * p.s
    c.text(
        W / 2,
        y,
        f"{fk.cn_address_parts()[1]}  Tel 0755-{fk.digits(8)}",
        p.font(17),
        "shop_address",
        None,
        anchor="ms",
    )
    y += 56 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("旅客登记表 GUEST REGISTRATION CARD", "入住登记单 / Registration Form")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * p.s

    if foreign:
        sur, given = (
            fk.r.choice(("SMITH", "GARCIA", "NAKAMURA", "OKAFOR", "LINDQVIST")),
            fk.en_first(),
        )
        nation, id_type, id_no = (
            rng.choice(("UNITED KINGDOM", "USA", "JAPAN", "NIGERIA", "SWEDEN")),
            "Passport",
            fk.passport(),
        )
        segs = [(t, k) for ln in fk.uk_block() for t, k in ln.segments]
        addr = [S(t + (", " if i < len(segs) - 1 else ""), k) for i, (t, k) in enumerate(segs)]
        phone, dob = fk.uk_phone(), fk.dob(rng.choice(("dmy", "mon", "iso")))
    else:
        full = fk.cn_name(honorific=0.0)
        sur, given = full[:1], full[1:]
        nation, id_type, id_no = "中国", "身份证", fk.cn_resident_id()
        region, street, door = fk.cn_address_parts()
        addr = [Span(region + street, "address", True), S(door, "door")]
        phone, dob = fk.cn_mobile("plain"), fk.dob(rng.choice(("iso", "cn", "dot")))
    email = fk.email(f"{given} {sur}" if foreign else None)
    L = lambda cn, en: Cell.of(bilingual(rng, cn, en, colon=0.2), "label")  # noqa: E731
    H = lambda t, cat: Cell.of(t, cat, hand=True)  # noqa: E731
    rows = [
        [L("姓", "Surname"), H(sur, "name"), L("名", "Given Names"), H(given, "name")],
        [
            L("性别", "Sex"),
            H(fk.sex(english=foreign), "other"),
            L("出生日期", "Date of Birth"),
            H(dob, "id_number"),
        ],
        [
            L("国籍", "Nationality"),
            H(nation, "other"),
            L("证件类型", "ID Type"),
            H(id_type, "other"),
        ],
        [L("证件号码", "ID/Passport No."), Cell((S(id_no, "id_number"),), hand=True, span=3)],
        [L("住址", "Home Address"), Cell(tuple(addr), hand=True, span=3)],
        [L("电话", "Tel"), H(phone, "phone"), L("电子邮箱", "E-mail"), H(email, "email")],
        [
            L("房号", "Room No."),
            H(str(rng.randint(2, 28) * 100 + rng.randint(1, 30)), "other"),
            L("房价", "Rate"),
            H(f"{rng.randint(3, 12)}88.00", "price"),
        ],
        [
            L("到达日期", "Arrival"),
            H(fk.date(), "date"),
            L("离店日期", "Departure"),
            H(fk.date(), "date"),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                L("会员卡号", "Member No."),
                H(fk.member_card(), "id_number"),
                L("人数", "Guests"),
                H(str(rng.randint(1, 3)), "other"),
            ]
        )
    q = (right - m) / 4
    y = table(
        p,
        m,
        y,
        [q * 0.85, q * 1.15, q * 0.85, q * 1.15],
        rows,
        rng.uniform(60, 70) * p.s,
        f,
        hand_px=30,
        cjk=not foreign,
    )
    y += 40 * p.s
    terms = (
        "1. 退房时间为中午12:00。Check-out time is 12:00 noon.",
        "2. 贵重物品请存放于前台保险箱,否则遗失本店概不负责。Valuables must be deposited at the front desk.",
        "3. 请遵守酒店住宿规定,严禁留宿未登记人员。Visitors must register at reception.",
    )
    for t in terms:
        y = c.wrap(m, y, [S(t, "footer")], p.font(16), right - m, 26 * p.s, max_lines=2)
    y += 40 * p.s
    x = c.line(m, y, [S(bilingual(rng, "宾客签名", "Guest Signature", colon=1.0), "label")], f)
    handwritten(
        p,
        x + 14 * p.s,
        y,
        [S(f"{given} {sur}" if foreign else sur + given, "name")],
        40,
        cjk=not foreign,
    )
    role_line(
        p,
        right - 380 * p.s,
        y,
        rng.choice(("接待员", "Receptionist", "Front desk")),
        fk.en_first(upper=False) if rng.random() < 0.5 else fk.cn_name(honorific=0.0),
        f,
    )
    y += 40 * p.s
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"boarding_pass": boarding_pass, "hotel_registration": hotel_registration}
