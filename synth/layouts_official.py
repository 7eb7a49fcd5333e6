"""Official paper: a traffic-police notice (道路交通安全违法行为处理通知书) and a
bilingual visa application form with numbered questions.

The notice writes the driver's name, plate and place into blanks inside printed
prose, then repeats the driver in a ruled grid (licence, file number, address) and
names the officer after a role word. The visa form stacks each value under its
numbered bilingual question inside a box, ticks the sex, has a photo, an
emergency-contact table with column headers and a declaration signed by hand.
"""

from __future__ import annotations

import random

from .fakedata import EN_FIRST, EN_LAST
from .fakedata_services import ServiceFaker
from .formkit import Cell, face_photo, fit, handwritten, role_line, seal, sheet, stacked, table
from .formkit_blanks import fill_in, tick_box
from .kit import S, _finish
from .render import Canvas, Span

_VIOLATIONS = (
    ("机动车违反规定停放", "1039"),
    ("驾驶机动车不按导向车道行驶", "1208"),
    ("机动车通过路口遇停止信号时停在停止线以内", "1211"),
    ("驾驶机动车违反道路交通信号灯通行", "1625"),
)
_ROADS = ("深南大道与科苑路交叉口", "文三路学院路口", "人民南路三段", "中山北路188号门前")


def traffic_ticket(rng: random.Random) -> Canvas:
    """违法行为处理通知书: prose with blanks filled in by hand, driver grid, officer, seal."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1000, 1100), 1.5, cjk=True, base=1100, margin=(0.05, 0.07))
    W = c.width
    f = p.font(rng.uniform(21, 24))
    city = rng.choice(("深圳市", "杭州市", "成都市", "南京市"))

    y = m + 50 * p.s
    c.text(W / 2, y, f"{city}公安局交通警察支队", p.font(26, bold=True), "shop", anchor="ms")
    y += 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("道路交通安全违法行为处理通知书", "违法停车告知单")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * p.s
    c.text(right, y, f"编号 {fk.digits(4)}{fk.digits(12)}", p.font(18), "other", anchor="rs")
    y += 56 * p.s
    name, plate = fk.cn_name(honorific=0.0), fk.cn_plate()
    violation, code = rng.choice(_VIOLATIONS)
    lines: list[list[tuple[Span, bool]]] = [
        [(S(name, "name"), True), (S(rng.choice(("(驾驶人):", "(当事人):")), "label"), False)],
        [
            (S("你(单位)的号牌为", "other"), False),
            (S(plate, "id_number"), True),
            (S("的", "other"), False),
            (S(rng.choice(("小型汽车", "小型轿车", "摩托车")), "other"), True),
        ],
        [
            (S("于", "other"), False),
            (S(f"{fk.date('cn')} {fk.time(False)}", "date"), True),
            (S("在", "other"), False),
        ],
        [(S(rng.choice(_ROADS), "other"), True), (S("实施", "other"), False)],
        [
            (S(violation, "other"), True),
            (S("的违法行为(代码", "other"), False),
            (S(code, "other"), True),
            (S(")。", "other"), False),
        ],
    ]
    for pieces in lines:
        fill_in(
            p, m + (0 if pieces is lines[0] else 2 * f.size), y, pieces, f, hand_px=30, cjk=True
        )
        y += f.size * 2.0
    y = c.wrap(
        m,
        y,
        [
            S(
                "依据《中华人民共和国道路交通安全法》,请于十五日内持本通知书、驾驶证到交通违法处理窗口接受处理。",
                "other",
            )
        ],
        f,
        right - m,
        f.size * 1.6,
        indent=0,
        max_lines=3,
    )
    y += 10 * p.s
    region, street, door = fk.cn_address_parts()
    q = (right - m) / 4
    hand = rng.random() < 0.5
    rows = [
        [
            Cell.of("驾驶证号", "label"),
            Cell.of(fk.cn_resident_id(), "id_number", hand=hand),
            Cell.of("准驾车型", "label"),
            Cell.of(rng.choice(("C1", "C2", "B2", "A1")), "other", hand=hand),
        ],
        [
            Cell.of("档案编号", "label"),
            Cell.of(fk.driver_file_no(), "id_number", hand=hand),
            Cell.of("联系电话", "label"),
            Cell.of(fk.cn_mobile("plain"), "phone", hand=hand),
        ],
        [
            Cell.of("住所", "label"),
            Cell((S(region + street, "address"), S(door, "door")), hand=hand, span=3),
        ],
    ]
    if rng.random() < 0.5:
        rows.insert(
            0,
            [
                Cell.of("机动车所有人", "label"),
                Cell.of(fk.cn_name(honorific=0.0), "name", hand=hand),
                Cell.of("发证机关", "label"),
                Cell.of(f"{city[:-1]}交警", "other"),
            ],
        )
    y = table(
        p,
        m,
        y,
        [q * 0.8, q * 1.35, q * 0.75, q * 1.1],
        rows,
        rng.uniform(54, 62) * p.s,
        f,
        hand_px=28,
    )
    y += 56 * p.s
    x = role_line(
        p,
        m,
        y,
        rng.choice(("执勤民警", "民警", "交通警察")),
        fk.cn_name(honorific=0.0),
        f,
        sep="  ",
    )
    c.line(x + 40 * p.s, y, [S("警号 ", "label"), S(fk.police_no(), "other")], f)
    y += 60 * p.s
    x = c.line(m, y, [S("当事人签名:", "label")], f)
    if rng.random() < 0.85:
        handwritten(p, x + 16 * p.s, y + 4 * p.s, [S(name, "name")], 40, cjk=True, width=240 * p.s)
    else:
        handwritten(p, x + 16 * p.s, y + 4 * p.s, [S("拒签", "other")], 40, cjk=True)
    c.text(right - 230 * p.s, y, fk.date("cn"), f, "date", anchor="rs")
    seal(p, right - 110 * p.s, y - 30 * p.s, 82 * p.s, "交通警察支队")
    y += 60 * p.s
    c.line(
        m,
        y,
        [
            S("监督电话: ", "label"),
            Span(f"{rng.choice(('0755', '0571', '028'))}-{fk.digits(8)}", "shop_phone", None),
        ],
        p.font(17),
    )
    y += 34 * p.s
    c.text(m, y, "逾期不接受处理的,依法加处罚款。本通知书不作罚款收据。", p.font(17), "footer")
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


_NATIONS = ("BRITISH", "AUSTRALIAN", "CANADIAN", "IRISH", "NEW ZEALANDER", "SINGAPOREAN")
_BIRTHPLACES = ("LEEDS", "MELBOURNE", "TORONTO", "DUBLIN", "AUCKLAND", "SINGAPORE")
_JOBS = ("ENGINEER", "TEACHER", "NURSE", "ACCOUNTANT", "STUDENT", "RETIRED")


def visa_application(rng: random.Random) -> Canvas:
    """签证申请表 VISA APPLICATION FORM: numbered bilingual questions in boxes, answers under them."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200), 1.55, cjk=True, base=1200, margin=(0.04, 0.05))
    W = c.width
    lf = p.font(17)
    vf = p.font(rng.uniform(22, 25), mono=rng.random() < 0.5)
    hand = rng.random() < 0.45
    sur, given = rng.choice(EN_LAST).upper(), rng.choice(EN_FIRST).upper()
    if rng.random() < 0.3:
        given += " " + rng.choice(EN_FIRST).upper()
    cn_name = fk.cn_name(honorific=0.0) if rng.random() < 0.4 else ""
    issued = fk.date("in")

    y = m + 46 * p.s
    c.text(W / 2, y, "签证申请表", p.font(32, bold=True), "label", anchor="ms")
    y += 40 * p.s
    c.text(W / 2, y, "VISA APPLICATION FORM", p.font(24, bold=True), "label", anchor="ms")
    y += 36 * p.s
    c.text(
        W / 2,
        y,
        "请用英文大写字母填写 Please complete in English capitals",
        lf,
        "other",
        anchor="ms",
    )
    y += 30 * p.s
    bh = rng.uniform(74, 82) * p.s
    photo_h = 3 * bh - 12 * p.s
    px = right - photo_h / 1.3
    face_photo(p, px, y, photo_h / 1.3, photo_h)
    c.box(px, y, right, y + photo_h, width=1)
    col = (px - 20 * p.s - m) / 2

    def box(x: float, top: float, w: float, n: int, q: str, spans: list[Span]) -> None:
        c.box(x, top, x + w, top + bh, width=1)
        label = f"{n}. {q}"
        c.text(x + 8 * p.s, top + lf.size * 1.3, label, fit(p, lf, label, w - 16 * p.s), "label")
        if hand:
            handwritten(
                p, x + 12 * p.s, top + bh - 14 * p.s, spans, 28, cjk=True, width=w - 24 * p.s
            )
        else:
            text = "".join(sp.text for sp in spans)
            c.line(x + 12 * p.s, top + bh - 14 * p.s, spans, fit(p, vf, text, w - 24 * p.s))

    n = 1
    for q_a, q_b, a, b in (
        ("姓 Surname", "名 Given names", [S(sur, "name")], [S(given, "name")]),
        (
            "中文姓名 Chinese name",
            "出生地 Place of birth",
            [S(cn_name, "name")] if cn_name else [S("N/A", "other")],
            [S(rng.choice(_BIRTHPLACES), "other")],
        ),
        (
            "出生日期 Date of birth",
            "国籍 Nationality",
            [S(fk.dob("dmy"), "id_number")],
            [S(rng.choice(_NATIONS), "other")],
        ),
    ):
        box(m, y, col, n, q_a, a)
        box(m + col, y, col, n + 1, q_b, b)
        n += 2
        y += bh
    full = right - m
    third = full / 3
    for q, spans, w in (
        ("护照号码 Passport No.", [S(fk.passport(), "id_number")], third),
        ("签发日期 Date of issue", [S(issued, "date")], third),
        ("有效期至 Date of expiry", [S(issued[:-4] + str(int(issued[-4:]) + 10), "date")], third),
    ):
        box(m + (n - 7) * third, y, w, n, q, spans)
        n += 1
    y += bh
    block = fk.uk_block()
    addr = [
        S(t if i == 0 else ", " + t, k)
        for i, (t, k) in enumerate(sg for ln in block for sg in ln.segments)
    ]
    box(m, y, full, n, "现居住地址 Current home address", addr)
    n += 1
    y += bh
    email_name = f"{given.split()[0].title()} {sur.title()}"
    for i, (q, spans) in enumerate(
        (
            ("电话 Phone", [S(fk.uk_phone(), "phone")]),
            ("电子邮箱 Email", [S(fk.email(email_name), "email")]),
        )
    ):
        box(m + i * full / 2, y, full / 2, n, q, spans)
        n += 1
    y += bh
    x = m + 8 * p.s
    c.box(m, y, right, y + bh * 0.7, width=1)
    x = c.line(x, y + bh * 0.45, [S(f"{n}. 性别 Sex", "label")], lf) + 30 * p.s
    pick = rng.randrange(2)
    for i, opt in enumerate(("男 Male", "女 Female")):
        x = tick_box(p, x, y + bh * 0.45, opt, i == pick, p.font(20)) + 40 * p.s
    c.line(
        x + 60 * p.s,
        y + bh * 0.45,
        [S("职业 Occupation  ", "label"), S(rng.choice(_JOBS), "other")],
        lf,
    )
    n += 1
    y += bh * 0.7 + 40 * p.s
    c.text(m, y, f"{n}. 紧急联系人 Emergency contact", p.font(20, bold=True), "label")
    y += 14 * p.s
    rel = rng.choice(("SPOUSE", "MOTHER", "FATHER", "SISTER", "FRIEND"))
    rows = [
        [Cell.of(h, "label", align="c") for h in ("姓名 Name", "关系 Relationship", "电话 Phone")],
        [
            Cell.of(fk.en_name(upper=True), "name", hand=hand),
            Cell.of(rel, "other", hand=hand),
            Cell.of(fk.uk_phone(), "phone", hand=hand),
        ],
    ]
    y = table(
        p,
        m,
        y,
        [full * 0.4, full * 0.25, full * 0.35],
        rows,
        52 * p.s,
        p.font(20),
        hand_px=26,
        cjk=False,
    )
    n += 1
    y += 50 * p.s
    c.text(m, y, f"{n}. 在华邀请人 Inviting person in China", p.font(20, bold=True), "label")
    y += 30 * p.s
    region, street, door = fk.cn_address_parts()
    inviter = fk.cn_name(honorific=0.0)
    y = stacked(p, m, y, "姓名 Name", [S(inviter, "name")], lf, p.font(22), col)
    stacked(
        p,
        m + col + 20 * p.s,
        y - p.font(22).size * 1.25,
        "电话 Phone",
        [S(fk.cn_mobile(), "phone")],
        lf,
        p.font(22),
        col,
    )
    y += 36 * p.s
    y = stacked(
        p,
        m,
        y,
        "地址 Address",
        [S(region + street, "address"), S(door, "door")],
        lf,
        p.font(22),
        full,
    )
    y += 50 * p.s
    y = c.wrap(
        m,
        y,
        [
            S(
                "本人声明以上所填内容真实、准确、完整。I declare that the information given in this form is true and complete.",
                "footer",
            )
        ],
        p.font(17),
        full,
        24 * p.s,
        max_lines=2,
    )
    y += 40 * p.s
    x = c.line(m, y, [S("申请人签名 Signature", "label")], p.font(20))
    handwritten(
        p,
        x + 20 * p.s,
        y + 4 * p.s,
        [S(f"{given.split()[0].title()} {sur.title()}", "name")],
        38,
        cjk=False,
        width=340 * p.s,
    )
    c.line(right - 300 * p.s, y, [S("日期 Date ", "label"), S(fk.date("in"), "date")], p.font(20))
    if rng.random() < 0.5:
        seal(p, right - 90 * p.s, y - 90 * p.s, 60 * p.s, "受理 RECEIVED")
    y += 50 * p.s
    role_line(p, m, y, "受理人 Officer", fk.cn_name(honorific=0.0), p.font(18))
    c.text(right, y, f"Ref. {fk.visa_ref()}", p.font(17), "other", anchor="rs")
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"traffic_ticket": traffic_ticket, "visa_application": visa_application}
