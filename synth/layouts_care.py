"""Care: a hospital pharmacy prescription slip (处方笺) and a vet clinic's patient and
vaccination record.

The prescription fills the patient's name, sex and age into blanks on one printed
row, puts address and phone after one shared label, lists drugs under a large Rp,
and ends with a grid of pharmacist roles each followed by a name. The vet record
stacks the owner's details under small labels beside the animal's, logs
vaccinations in a table whose last column names the vet, and keeps a clinical
note that may name or give the phone of someone to call.
"""

from __future__ import annotations

import random

from .fakedata_services import ServiceFaker
from .formkit import Cell, memo, role_line, seal, sheet, stacked, table
from .formkit_blanks import fill_in, tick_box
from .kit import S, _finish
from .render import Canvas, Span

_DRUGS = (
    ("阿莫西林胶囊 0.25g×24粒", "口服 每次2粒 每日3次"),
    ("布洛芬缓释胶囊 0.3g×20粒", "口服 每次1粒 每日2次"),
    ("蒙脱石散 3g×10袋", "口服 每次1袋 每日3次"),
    ("氯雷他定片 10mg×6片", "口服 每次1片 每日1次"),
    ("复方甘草口服溶液 100ml", "口服 每次10ml 每日3次"),
    ("奥美拉唑肠溶胶囊 20mg×14粒", "口服 每次1粒 每日1次 早餐前"),
)
_DIAGNOSES = ("急性上呼吸道感染", "急性胃肠炎", "过敏性鼻炎", "慢性胃炎", "支气管炎")


def pharmacy_prescription(rng: random.Random) -> Canvas:
    """处方笺: fee type, patient blanks, diagnosis, Rp drug list, pharmacist role grid."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (900, 1000), 1.45, cjk=True, base=1000, margin=(0.05, 0.07))
    W = c.width
    f = p.font(rng.uniform(20, 22))
    hand = rng.random() < 0.6

    y = m + 46 * p.s
    hospital = rng.choice(("市第二人民医院", "中医院", "妇幼保健院", "社区卫生服务中心"))
    c.text(
        W / 2,
        y,
        rng.choice(("深圳市", "杭州市", "成都市")) + hospital,
        p.font(28, bold=True),
        "shop",
        anchor="ms",
    )
    tag = rng.choice(("普通", "儿科", "急诊"))
    tf = p.font(20, bold=True)
    c.box(right - p.width(tag, tf) - 20 * p.s, y - 30 * p.s, right, y + 8 * p.s, width=2)
    c.text(right - 10 * p.s, y, tag, tf, "label", anchor="rs")
    y += 46 * p.s
    c.text(W / 2, y, "处 方 笺", p.font(30, bold=True), "label", anchor="ms")
    y += 50 * p.s
    x = c.line(m, y, [S("费别:", "label")], f) + 10 * p.s
    fee = rng.randrange(3)
    for i, opt in enumerate(("自费", "医保", "公费")):
        x = tick_box(p, x, y, opt, i == fee, f) + 20 * p.s
    c.line(right - 300 * p.s, y, [S("病历号 ", "label"), S(fk.medical_record_no(), "id_number")], f)
    y += 54 * p.s
    name = fk.cn_name(honorific=0.0)
    fill_in(
        p,
        m,
        y,
        [
            (S("姓名", "label"), False),
            (S(name, "name"), hand),
            (S("  性别", "label"), False),
            (S(fk.sex(), "other"), hand),
            (S("  年龄", "label"), False),
            (S(f"{rng.randint(2, 86)}岁", "other"), hand),
            (S("  科别", "label"), False),
            (S(rng.choice(("内科", "儿科", "耳鼻喉科", "消化内科")), "other"), hand),
        ],
        f,
        hand_px=28,
        cjk=True,
    )
    y += 54 * p.s
    region, street, door = fk.cn_address_parts()
    fill_in(
        p,
        m,
        y,
        [
            (S(rng.choice(("住址/电话", "住址、电话")), "label"), False),
            (S(region + street, "address"), hand),
            (S(door, "door"), hand),
            (S(fk.cn_mobile("plain"), "phone"), hand),
        ],
        p.font(19),
        hand_px=24,
        cjk=True,
    )
    y += 54 * p.s
    fill_in(
        p,
        m,
        y,
        [(S("临床诊断", "label"), False), (S(rng.choice(_DIAGNOSES), "other"), hand)],
        f,
        hand_px=28,
        cjk=True,
    )
    c.line(right - 300 * p.s, y, [S("日期 ", "label"), S(fk.date(), "date")], f)
    y += 20 * p.s
    c.hline(m, right, y, width=2)
    y += 64 * p.s
    c.text(m, y, "Rp", p.font(44, bold=True), "label")
    y += 50 * p.s
    total = 0.0
    for drug, usage in rng.sample(_DRUGS, rng.randint(2, 4)):
        boxes = rng.randint(1, 3)
        price = rng.uniform(8, 60)
        total += boxes * price
        c.line(m + 60 * p.s, y, [S(drug, "item"), S(f"   ×{boxes}盒", "other")], f)
        y += f.size * 1.4
        c.text(m + 90 * p.s, y, f"用法: {usage}", p.font(18), "other")
        y += f.size * 1.8
    c.text(m + 60 * p.s, y, "(以下空白)", p.font(17), "other")
    y += 40 * p.s
    if rng.random() < 0.4:  # an agent collects controlled drugs for the patient
        fill_in(
            p,
            m,
            y,
            [
                (S("代办人", "label"), False),
                (S(fk.cn_name(honorific=0.0), "name"), True),
                (S("  身份证号", "label"), False),
                (S(fk.cn_resident_id(), "id_number"), True),
            ],
            f,
            hand_px=26,
            cjk=True,
        )
        y += 40 * p.s
    q = (right - m) / 4
    who = lambda: Cell.of(fk.cn_name(honorific=0.0), "name", hand=True)  # noqa: E731
    rows = [
        [
            Cell.of("医师", "label"),
            who(),
            Cell.of("药品金额", "label"),
            Cell.of(f"{total:.2f}元", "price"),
        ],
        [Cell.of("审核药师", "label"), who(), Cell.of("调配药师/士", "label"), who()],
        [
            Cell.of("核对、发药药师", "label"),
            who(),
            Cell.of("收费员", "label"),
            Cell.of(f"{fk.digits(4)}", "other"),
        ],
    ]
    y = table(p, m, y, [q * 1.05, q * 0.95, q * 1.05, q * 0.95], rows, 54 * p.s, f, hand_px=28)
    y += 44 * p.s
    c.wrap(
        m,
        y,
        [S("注:处方当日有效,请遵医嘱服药。取药时请核对姓名及药品,离开窗口后不予退换。", "footer")],
        p.font(17),
        right - m,
        24 * p.s,
        max_lines=2,
    )
    if rng.random() < 0.5:
        seal(p, right - 90 * p.s, y - 110 * p.s, 64 * p.s, "药剂科")
    return _finish(c, y + 24 * p.s, m, border=rng.choice((0, 2)), pad=20 * p.s)


_SPECIES = (
    ("Dog", ("Labrador", "Cocker Spaniel", "Border Collie", "Dachshund")),
    ("Cat", ("Domestic shorthair", "Maine Coon", "Siamese")),
    ("Rabbit", ("Lop", "Netherland Dwarf")),
)
_PETS = ("Biscuit", "Luna", "Milo", "Poppy", "Bear", "Willow", "Pepper", "Ziggy")
_VACCINES = ("DHP", "Lepto 4", "Kennel cough", "Rabies", "Feline RCP", "FeLV", "RHDV2", "Myxo")
_VETS = ("Dr K. Wood", "Dr A. Patel", "Dr S. Byrne", "Dr L. Moreau", "Dr J. Osei")


def _vet_note(fk: ServiceFaker, rng: random.Random) -> list[Span]:
    return rng.choice(
        (
            [
                S("Owner reports poor appetite for 3 days. Call ", "other"),
                S(fk.en_name(), "name"),
                S(" on ", "other"),
                S(fk.uk_phone(), "phone"),
                S(" with bloods.", "other"),
            ],
            [
                S("Nervous, muzzle for nails. Collected by ", "other"),
                S(fk.en_name(), "name"),
                S(".", "other"),
            ],
            [S("Mild tartar, dental advised in 6 months. Weight stable.", "other")],
            [S("Booster given, no reaction. Text results to ", "other"), S(fk.uk_phone(), "phone")],
        )
    )


def vet_record(rng: random.Random) -> Canvas:
    """A vet's record card: owner and patient stacked fields, vaccination table, notes."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1000, 1100), 1.4, cjk=False, base=1100, margin=(0.05, 0.06))
    W = c.width
    f = p.font(rng.uniform(19, 21))
    lf, vf = p.font(18), p.font(rng.uniform(21, 24))
    clinic = (
        rng.choice(("Meadowbank", "Riverside", "Larchwood", "St Clement's"))
        + " Veterinary "
        + rng.choice(("Surgery", "Clinic", "Centre"))
    )

    y = m + 44 * p.s
    c.text(m, y, clinic, p.font(28, bold=True), "shop")
    y += 30 * p.s
    c.line(
        m,
        y,
        [
            Span(f"{rng.randint(2, 90)} Mill Lane", "shop_address", None),
            S("   Tel ", "label"),
            Span(f"01632 {fk.digits(6)}", "shop_phone", None),
        ],
        p.font(17),
    )
    y += 56 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("PATIENT RECORD", "Vaccination & Health Record")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * p.s
    half = (right - m - 40 * p.s) / 2
    owner = fk.en_name(initial=rng.random() < 0.3)
    block = fk.uk_block()
    species, breeds = rng.choice(_SPECIES)
    xs = (m, m + half + 40 * p.s)
    tops = y
    for x, head in zip(xs, ("OWNER", "PATIENT"), strict=True):
        c.box(x, y, x + half, y + 40 * p.s, width=0, fill=(225, 225, 225))
        c.text(x + 10 * p.s, y + 29 * p.s, head, p.font(18, bold=True), "label")
    yo = y + 80 * p.s
    yo = (
        stacked(
            p,
            xs[0] + 10 * p.s,
            yo,
            rng.choice(("Name", "Owner name")),
            [S(owner, "name")],
            lf,
            vf,
            half - 20 * p.s,
        )
        + 44 * p.s
    )
    yo = stacked(
        p,
        xs[0] + 10 * p.s,
        yo,
        "Address",
        [S(t, k) for t, k in block[0].segments],
        lf,
        vf,
        half - 20 * p.s,
    )
    for ln in block[1:]:
        yo += vf.size * 1.3
        c.line(xs[0] + 10 * p.s, yo, [S(t, k) for t, k in ln.segments], vf)
    yo += 44 * p.s
    yo = (
        stacked(
            p,
            xs[0] + 10 * p.s,
            yo,
            rng.choice(("Phone", "Mobile")),
            [S(fk.uk_phone(), "phone")],
            lf,
            vf,
            half - 20 * p.s,
        )
        + 44 * p.s
    )
    yo = stacked(
        p, xs[0] + 10 * p.s, yo, "Email", [S(fk.email(owner), "email")], lf, vf, half - 20 * p.s
    )
    yp = y + 80 * p.s
    x = xs[1] + 10 * p.s
    for label, spans in (
        ("Pet's name", [S(rng.choice(_PETS), "other")]),
        ("Species / breed", [S(f"{species} / {rng.choice(breeds)}", "other")]),
        ("Sex", [S(rng.choice(("Male neutered", "Female spayed", "Male", "Female")), "other")]),
        ("Date of birth", [S(fk.date("in"), "date")]),
        ("Microchip no.", [S(fk.microchip(), "id_number")]),
    ):
        yp = stacked(p, x, yp, label, spans, lf, vf, half - 20 * p.s) + 44 * p.s
    if rng.random() < 0.6:
        yp = (
            stacked(
                p,
                x,
                yp,
                "Insurance policy",
                [S(fk.policy_no(), "id_number")],
                lf,
                vf,
                half - 20 * p.s,
            )
            + 44 * p.s
        )
    y = max(yo + 44 * p.s, yp)
    c.box(xs[0], tops, xs[0] + half, y - 20 * p.s, width=1)
    c.box(xs[1], tops, xs[1] + half, y - 20 * p.s, width=1)
    y += 20 * p.s
    heads = ("Date", "Vaccine", "Batch no.", "Next due", "Vet")
    hand = rng.random() < 0.5
    body = [
        [
            Cell.of(fk.date("in"), "date", hand=hand),
            Cell.of(vac, "item", hand=hand),
            Cell.of(f"{fk.upper(1)}{fk.digits(5)}", "other", hand=hand),
            Cell.of(fk.date("in"), "date", hand=hand),
            Cell.of(rng.choice(_VETS), "name", hand=hand),
        ]
        for vac in rng.sample(_VACCINES, rng.randint(2, 4))
    ]
    full = right - m
    y = table(
        p,
        m,
        y,
        [full * 0.18, full * 0.22, full * 0.16, full * 0.18, full * 0.26],
        [[Cell.of(h, "label", align="c") for h in heads], *body],
        50 * p.s,
        f,
        hand_px=26,
        cjk=False,
    )
    y += 50 * p.s
    c.line(m, y, [S("Weight ", "label"), S(f"{rng.uniform(2, 40):.1f} kg", "other")], f)
    y += 46 * p.s
    y = memo(
        p,
        m,
        y,
        rng.choice(("Clinical notes:", "Notes", "History:")),
        _vet_note(fk, rng),
        f,
        full,
        hand=rng.random() < 0.4,
        cjk=False,
    )
    y += 20 * p.s
    role_line(p, m, y, rng.choice(("Attending vet", "Seen by", "Nurse")), rng.choice(_VETS), f)
    y += 50 * p.s
    c.text(
        m,
        y,
        "Please bring this card to every visit. Boosters are due every 12 months.",
        p.font(17),
        "footer",
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"pharmacy_prescription": pharmacy_prescription, "vet_record": vet_record}
