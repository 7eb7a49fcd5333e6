"""Opticians and eyewear: a Chinese 验光配镜单, an English spectacle prescription or a
German Brillenpass, or an autorefractor's thermal printout with the customer written
on it by hand.

Personal: the patient's name, phone, date of birth (an ``id_number``), member or
patient number, home address on the English prescription, and the optometrist's
name, printed or signed. Ordinary: the refraction table (SPH, CYL, AXIS, ADD,
prism, PD and visual acuity are plain numbers), age and sex, the frame and lens
products and their prices, deposit, the test and pick-up dates, the shop's own
name and phone, headings and printed notes.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_slips import hand_cell, label_cell, serial_title
from .kit import S, _finish
from .optician_readings import autorefractor_slip, refraction
from .render import Canvas

_CN_SHOPS = ("明眸视光", "清视眼镜", "亮晶晶眼镜", "视界眼镜", "睛彩眼镜")
_CN_FRAMES = ("板材全框 8012 黑", "钛架半框 T-225 枪色", "TR90 全框 5503 玳瑁", "无框 R-17 银")
_CN_LENSES = ("1.60 非球面 防蓝光", "1.67 超薄 绿膜", "1.56 树脂 加硬", "渐进多焦点 1.60")
_EN_FRAMES = (
    "Acetate full rim 'Harbour' black",
    "Titanium semi-rimless 'Kite'",
    "Metal oval 'Rowan'",
)
_EN_LENSES = ("1.6 aspheric, anti-reflection", "1.5 single vision, hard coat", "Varifocal 1.6")
_KEYS = ("title", "name", "addr", "dob", "no", "tel", "pd", "by", "sig", "test", "frame", "lens")
_KEYS2 = ("total", "deposit", "ready", "money", "note")
#: Language -> the printed words, keyed by :data:`_KEYS` and :data:`_KEYS2`.
_WORDS = {
    "en": dict(
        zip(
            _KEYS + _KEYS2,
            (
                *("Spectacle Prescription", "Patient", "Address", "Date of birth", "Patient no."),
                *("Tel", "PD", "Optometrist", "Signature", "Date of test", "Frame", "Lenses"),
                *("Total", "Deposit", "Collect from", "£{:.2f}"),
                "Please retain this prescription. Recommended re-examination in 2 years.",
            ),
            strict=True,
        )
    ),
    "de": dict(
        zip(
            _KEYS + _KEYS2,
            (
                *("Brillenpass", "Name", "Anschrift", "Geburtsdatum", "Kunden-Nr.", "Tel."),
                *("PD", "Augenoptiker/in", "Unterschrift", "Refraktion am", "Fassung", "Gläser"),
                *("Gesamt", "Anzahlung", "Abholbereit ab", "{:.2f} EUR"),
                "Bitte bringen Sie Ihren Brillenpass zur nächsten Refraktion mit.",
            ),
            strict=True,
        )
    ),
}
_EYE = {
    "en": ("", "Sph", "Cyl", "Axis", "Prism", "Base", "Add", "VA"),
    "de": ("", "Sph", "Zyl", "Achse", "Prisma", "Basis", "Add", "Visus"),
}
_SHOPS = {
    "en": ("Clearview Opticians", "Harris & Low Eyecare", "Bright Eyes Optometrists"),
    "de": ("Optik Sehwerk", "Brillen Krause", "Augenoptik am Markt"),
}


def _de_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1940, 2015)}"


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=True, base=1100, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(20)
    y = m + 40 * s
    c.text(W / 2, y, rng.choice(_CN_SHOPS), p.font(32, bold=True), "shop", anchor="ms")
    y += 48 * s
    serial_title(p, y, right, rng.choice(("验光配镜单", "配镜处方单", "验光单")), fk.digits(8), f)
    y += 26 * s
    rows = [
        [
            label_cell("姓名"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
            label_cell("性别"),
            hand_cell(rng.choice("男女"), "other"),
            label_cell("年龄"),
            hand_cell(str(rng.randint(6, 75)), "other"),
        ],
        [
            label_cell("电话"),
            hand_cell(fk.cn_mobile("plain"), "phone", 3),
            label_cell("会员卡号"),
            Cell.of(fk.member_card(), "id_number"),
        ],
    ]
    y = table(
        p,
        m,
        y,
        (w * 0.12, w * 0.26, w * 0.1, w * 0.14, w * 0.14, w * 0.24),
        rows,
        56 * s,
        f,
        hand_px=28,
    )
    y += 20 * s
    head = ("", "球镜 SPH", "柱镜 CYL", "轴位 AX", "下加 ADD", "矫正视力", "瞳距 PD")
    r_eye, l_eye = refraction(rng)
    pd = str(rng.randint(56, 70))
    printed = rng.random() < 0.4  # a computer-printed form, or the optometrist's hand
    rows = [[Cell.of(h, "label", align="c") for h in head]]
    for eye, vals in (("右眼 R", r_eye), ("左眼 L", l_eye)):
        row = [label_cell(eye)] + [Cell.of(v, "other", hand=not printed, align="c") for v in vals]
        rows.append(
            row
            + [Cell.of(pd if eye.startswith("右") else "", "other", hand=not printed, align="c")]
        )
    y = table(p, m, y, (w * 0.13,) + (w * 0.145,) * 6, rows, 54 * s, f, hand_px=28)
    y += 20 * s
    frame, lens = rng.choice((198, 298, 468, 680)), rng.choice((260, 380, 598, 1280))
    deposit = rng.choice((100, 200, frame + lens))
    rows = [
        [
            label_cell("镜架"),
            hand_cell(rng.choice(_CN_FRAMES), "item", 2),
            hand_cell(f"¥{frame}", "price"),
        ],
        [
            label_cell("镜片"),
            hand_cell(rng.choice(_CN_LENSES), "item", 2),
            hand_cell(f"¥{lens}", "price"),
        ],
        [
            label_cell("合计"),
            hand_cell(f"¥{frame + lens}", "price"),
            label_cell("已付定金"),
            hand_cell(f"¥{deposit}", "price"),
        ],
        [
            label_cell("验光日期"),
            hand_cell(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            label_cell("取镜日期"),
            hand_cell(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
        ],
    ]
    y = table(p, m, y, (w * 0.16, w * 0.34, w * 0.16, w * 0.34), rows, 56 * s, f, hand_px=28)
    y += 50 * s
    x = c.line(m, y, [S("验光师:", "label")], f) + 12 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True) + 60 * s
    if rng.random() < 0.6:
        x = c.line(x, y, [S("加工:", "label")], f) + 12 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True)
    y += 46 * s
    for line in (
        "配镜后如有不适请于7日内凭此单复查。",
        f"门店电话 0{rng.randint(10, 99)}-{fk.digits(8, True)}",
    ):
        c.text(m, y, line, p.font(16), "footer")
        y += 26 * s
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (1000, 1100), 1.3, cjk=False, base=1000, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(19)
    y = m + 36 * s
    shop = rng.choice(_SHOPS[lang])
    c.text(m, y, shop, p.font(28, bold=True), "shop")
    c.text(right, y, t["title"], p.font(26, bold=True), "label", anchor="rs")
    y += 30 * s
    c.text(
        m,
        y,
        f"Tel. 01632 960{rng.randint(100, 999)}"
        if lang == "en"
        else f"Tel. 0{rng.randint(30, 89)} {fk.digits(6)}",
        p.font(15),
        "other",
    )
    y += 50 * s
    if lang == "en":
        name, phone = fk.en_name(), fk.uk_phone()
        street, town = fk.uk_address()
        addr = [
            *(S(x, k) for x, k in street.segments),
            S(", ", "other"),
            *(S(x, k) for x, k in town.segments),
        ]
    else:
        name, phone = fk.eu_name("de"), fk.eu_phone("de")
        a, b = fk.eu_address("de")
        addr = [S(a, "address"), S(", ", "other"), S(b, "address")]
    lf, vf = p.font(15), p.font(22)
    col = w / 3
    stacked = [
        (t["name"], [S(name, "name")]),
        (t["dob"], [S(fk.dob("dmy") if lang == "en" else _de_date(rng), "id_number")]),
        (t["no"], [S(fk.medical_record_no(), "id_number")]),
    ]
    for k, (label, value) in enumerate(stacked):  # small labels over the values
        c.text(m + k * col, y, label, lf, "label", fill=(90, 90, 90))
        c.line(m + k * col, y + 32 * s, value, vf)
    y += 80 * s
    c.text(m, y, t["addr"], lf, "label", fill=(90, 90, 90))
    c.line(m, y + 32 * s, addr, vf)
    if rng.random() < 0.6:
        c.line(m + 2 * col, y + 32 * s, [S(t["tel"] + " ", "label"), S(phone, "phone")], vf)
    y += 70 * s
    r_eye, l_eye = refraction(rng)
    prism = lambda: rng.choice(("", "", "0.5", "1.0"))  # noqa: E731
    base = lambda v: rng.choice(("UP", "IN", "OUT")) if v else ""  # noqa: E731
    rows = [[Cell.of(h, "label", align="c") for h in _EYE[lang]]]
    for eye, (sph, cyl, axis, add, va) in (("R", r_eye), ("L", l_eye)):
        pr = prism()
        vals = (sph, cyl, axis, pr, base(pr), add, va)
        rows.append(
            [Cell.of(eye, "label", align="c")]
            + [Cell.of(v, "other", align="c", hand=rng.random() < 0.2) for v in vals]
        )
    y = table(p, m, y, (w * 0.09,) + (w * 0.13,) * 7, rows, 50 * s, f, hand_px=26, cjk=False)
    y += 46 * s
    c.line(
        m,
        y,
        [S(t["pd"] + " ", "label"), S(f"{rng.randint(28, 35)}/{rng.randint(28, 35)}", "other")],
        f,
    )
    c.line(
        m + col,
        y,
        [
            S(t["test"] + " ", "label"),
            S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date"),
        ],
        f,
    )
    y += 60 * s
    money = t["money"]
    frame, lens = rng.choice((89.0, 129.0, 175.0)), rng.choice((60.0, 110.0, 245.0))
    deposit = rng.choice((20.0, 50.0))
    rows = [
        [
            Cell.of(t[k], "label"),
            Cell.of(rng.choice(opts), "item"),
            Cell.of(money.format(v), "price", align="r"),
        ]
        for k, opts, v in (("frame", _EN_FRAMES, frame), ("lens", _EN_LENSES, lens))
    ]
    rows += [
        [Cell.of(t[k], "label"), Cell.of("", "other"), Cell.of(money.format(v), "price", align="r")]
        for k, v in (("total", frame + lens), ("deposit", deposit))
    ]
    y = table(p, m, y, (w * 0.18, w * 0.58, w * 0.24), rows, 48 * s, f, cjk=False)
    y += 46 * s
    c.line(
        m,
        y,
        [
            S(t["ready"] + " ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}", "date"),
        ],
        f,
    )
    y += 70 * s
    who = fk.en_name() if lang == "en" else fk.eu_name("de")
    x = c.line(m, y, [S(t["sig"], "label")], f) + 14 * s
    c.hline(x, x + w * 0.35, y + 8 * s, width=1)
    handwritten(
        p, x + 8 * s, y, [S(who.split()[-1] if rng.random() < 0.5 else who, "name")], 36, cjk=False
    )
    c.line(m + w * 0.55, y, [S(t["by"] + " ", "label"), S(who, "name")], f)
    y += 50 * s
    y = c.wrap(m, y, [S(t["note"], "footer")], p.font(15), w, 22 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def optician_prescription(rng: random.Random) -> Canvas:
    """A 验光配镜单, an English or German prescription, or an autorefractor slip."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, _latin, autorefractor_slip), weights=(45, 40, 15))[0](rng, fk)


LAYOUTS = {"optician_prescription": optician_prescription}
