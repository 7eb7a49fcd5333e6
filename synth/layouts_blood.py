"""Blood donation: the certificate (无偿献血证) a blood centre hands a voluntary donor,
photographed or scanned by the donor to claim free blood for family later.

Its inner page is a ruled grid with bilingual row headers and no colons
("姓名 Name" beside the value): the donor's name, sex, date of birth, identity card
number and donor number are personal, the blood group and the donation's own
bag number are not. Under it a table of donations (date, kind, volume, the
collecting site) is filled in by the nurse, whose name is written by hand after a
role word ("采血者"), and the blood centre's red seal is stamped over its name. The
centre's hotline, the donation law's words and the headings are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, Cell, face_photo, handwritten, seal, sheet, table
from .kit import S, _finish
from .render import Canvas

_CITIES = ("江城市", "临海市", "青川市", "安平市", "云州市")
_SITES = ("中心血站", "人民广场献血屋", "大学城献血点", "流动采血车", "万达献血屋")
_NOTES = (
    "献血者本人自献血之日起5年内免费用血,用血量为献血量的5倍。",
    "献血者配偶和直系亲属可按献血量等量免费用血。",
    "本证遗失不补,请妥善保管。献血记录可在网上查询。",
    "本证仅限献血者本人及其直系亲属使用,涂改无效。",
)


def _bi(rng: random.Random, cn: str, en: str) -> str:
    """A row header as donation certificates print it: both languages, no colon."""
    return rng.choice((f"{cn} {en}", f"{cn}/{en}", f"{cn}\u3000{en.upper()}", cn))


def blood_donation_certificate(rng: random.Random) -> Canvas:
    """无偿献血证: bilingual ruled details, a donations table, hand fills, the seal."""
    fk = OccasionFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200), 1.25, cjk=True, base=1100, margin=(0.05, 0.07))
    W, s = c.width, p.s
    w = right - m
    city = rng.choice(_CITIES)
    centre = f"{city}中心血站"
    y = m + 50 * s
    c.text(W / 2, y, "中华人民共和国", p.font(24), "label", anchor="ms")
    y += 56 * s
    c.text(W / 2, y, "无偿献血证", p.font(44, bold=True), "label", anchor="ms", fill=RED)
    y += 36 * s
    c.text(
        W / 2,
        y,
        "CERTIFICATE OF VOLUNTARY BLOOD DONATION",
        p.font(18, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    c.line(m, y, [S("证书编号 No. ", "label"), S(fk.digits(12), "other")], p.font(20), fill=RED)
    y += 20 * s
    f = p.font(22)
    photo = rng.random() < 0.5
    name = fk.cn_name(honorific=0.0)
    hand = rng.random() < 0.5  # older booklets were filled in by hand
    blood = rng.choice(("A", "B", "O", "AB")) + rng.choice(("", "", " RhD+", "型"))
    rows = [
        [
            Cell.of(_bi(rng, "姓名", "Name"), "label"),
            Cell.of(name, "name", hand=hand),
            Cell.of(_bi(rng, "性别", "Sex"), "label"),
            Cell.of(fk.sex(), "other", hand=hand),
        ],
        [
            Cell.of(_bi(rng, "出生日期", "Date of Birth"), "label"),
            Cell.of(fk.dob(rng.choice(("iso", "cn"))), "id_number", hand=hand),
            Cell.of(_bi(rng, "血型", "Blood Type"), "label"),
            Cell.of(blood, "other", hand=hand),
        ],
        [
            Cell.of(_bi(rng, "证件号码", "ID No."), "label"),
            Cell.of(fk.cn_resident_id(x_prob=0.1), "id_number", span=3),
        ],
        [
            Cell.of(_bi(rng, "献血者编号", "Donor No."), "label"),
            Cell.of(fk.donor_no(), "id_number", span=3),
        ],
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                Cell.of(_bi(rng, "联系电话", "Tel"), "label"),
                Cell.of(fk.cn_mobile("plain"), "phone", hand=hand),
                Cell.of(_bi(rng, "工作单位", "Employer"), "label"),
                Cell.of(fk.cn_company(), "other", hand=hand),
            ]
        )
    gw = w - (190 * s if photo else 0)
    widths = (gw * 0.27, gw * 0.33, gw * 0.2, gw * 0.2)
    top = y
    y = table(p, m, y, widths, rows, 66 * s, f, hand_px=30, cjk=True)
    if photo:
        face_photo(p, right - 170 * s, top + 10 * s, 160 * s, min(210 * s, y - top - 20 * s))
    y += 56 * s
    c.text(m, y, "献血记录 Donation Record", p.font(26, bold=True), "label")
    y += 18 * s
    head = [
        Cell.of(t, "label", align="c")
        for t in ("献血日期", "献血种类", "献血量", "采血地点", "血袋编号")
    ]
    n = rng.randint(1, 4)
    records = [head]
    for _ in range(n):
        records.append(
            [
                Cell.of(fk.date(rng.choice(("iso", "dot"))), "date", hand=hand),
                Cell.of(rng.choice(("全血", "全血", "机采血小板")), "other", hand=hand),
                Cell.of(rng.choice(("200ml", "300ml", "400ml", "1治疗量")), "other", hand=hand),
                Cell.of(rng.choice(_SITES), "other", hand=hand),
                Cell.of(fk.blood_bag_no(), "other"),
            ]
        )
    rw = (w * 0.2, w * 0.16, w * 0.14, w * 0.24, w * 0.26)
    y = table(p, m, y, rw, records, 58 * s, p.font(20), hand_px=28, cjk=True)
    y += 60 * s
    nurse = fk.cn_name(honorific=0.0)
    c.text(m, y, "采血者", f, "label")
    handwritten(p, m + 90 * s, y, [S(nurse, "name")], 34, cjk=True, width=200 * s)
    c.line(m + 330 * s, y, [S("发证日期 ", "label"), S(fk.date("cn"), "date")], f)
    seal(p, right - 140 * s, y - 30 * s, 95 * s, centre)
    c.text(right - 140 * s, y + 90 * s, f"发证单位 {centre}", p.font(18), "shop", anchor="ms")
    y += 140 * s
    for note in rng.sample(_NOTES, 3):
        y = c.wrap(m, y, [S(note, "footer")], p.font(18), w, 28 * s, max_lines=2)
    hotline = f"{city}中心血站 献血服务热线 {fk.cn_landline()}"
    c.text(m, y + 10 * s, hotline, p.font(18), "footer")
    return _finish(c, y + 20 * s, m)


LAYOUTS = {"blood_donation_certificate": blood_donation_certificate}
