"""Food handlers' health certificates. A 健康证明 card (photo, 姓名, 性别, 年龄, 身份证号,
the employer, 体检类别 食品, 体检日期, 有效期至, the issuing centre's red seal, the
card's 编号); a restaurant's 健康证公示栏 with several staff cards side by side in
plastic sleeves, each with a photo, a name and a number; a clinic's 预防性健康检查
result slip (the examinee, ID, phone; chest X-ray, liver function, stool culture,
hands, each 合格 or 正常, signed by the examining doctors); an English food hygiene
certificate ("This is to certify that <name> has successfully completed …") or a
Spanish certificado de manipulador de alimentos (D./Dña. … con DNI …).

Personal: the holder, staff, examining doctors and trainers (``name``), ID and DNI
numbers, certificate and candidate numbers and dates of birth (``id_number``), phones,
the photos (``face``). Ordinary: titles, the employer and the issuing centre, the
category, sex, age, posts, examination items and results, course names, levels,
providers, dates of issue and expiry, seals and notices.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import face_photo, handwritten, seal, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Faces, Pen, S, _finish
from .render import Canvas, Span

_CN_CENTRES = ("疾病预防控制中心", "卫生健康委员会", "职业病防治院", "社区卫生服务中心")
_CN_CITIES = ("杭州市西湖区", "广州市天河区", "成都市武侯区", "南京市鼓楼区", "西安市雁塔区")
_CN_POSTS = ("厨师", "面点师", "服务员", "收银员", "配菜员", "洗碗工", "店长")
#: (examination item, the result a fit worker gets)
_CN_CHECKS = (
    ("胸部X线(胸透)", "未见异常"),
    ("肝功能(ALT)", "正常"),
    ("甲肝抗体(HAV-IgM)", "阴性"),
    ("戊肝抗体(HEV-IgM)", "阴性"),
    ("粪便培养(痢疾杆菌、伤寒副伤寒)", "阴性"),
    ("皮肤(手部化脓性皮肤病、渗出性皮肤病)", "无"),
)
_LATIN = {
    "en": {
        "title": "Certificate of Achievement",
        "course": (
            "Level 2 Award in Food Safety in Catering",
            "Level 2 Food Hygiene and Safety",
            "Food Handler Certificate",
        ),
        "certify": "This is to certify that",
        "done": "has successfully completed the course and passed the assessment on {date}.",
        "rows": ("Date of birth", "Candidate number", "Certificate number", "Recommended refresh"),
        "sign": "Chief Examiner",
        "foot": "Regulated qualification 603/2645/6 · verify at the awarding body's website",
        "providers": (
            "Highfield Qualifications",
            "CIEH Training Centre",
            "Harbourside Catering College",
        ),
    },
    "es": {
        "title": "Certificado de formación",
        "course": (
            "Manipulador de alimentos — Restauración",
            "Manipulador de alimentos de mayor riesgo",
            "Higiene alimentaria y alérgenos",
        ),
        "certify": "La entidad de formación certifica que",
        "done": "con DNI {id}, ha superado el curso de {hours} horas celebrado el {date}.",
        "rows": ("Fecha de nacimiento", "Nº de alumno", "Nº de certificado", "Validez"),
        "sign": "El formador",
        "foot": "Formación conforme al Reglamento (CE) 852/2004 relativo a la higiene alimentaria",
        "providers": ("Formación Alimentaria S.L.", "Academia Sanitas Levante", "Centro Nutrifor"),
    },
}


def _cert_no(fk: MoneyFaker) -> str:
    return fk.r.choice(("", "No.", "JK")) + fk.digits(fk.r.choice((10, 12, 14)))


def _card(p: Pen, x: float, y: float, w: float, fk: MoneyFaker, *, small: bool) -> float:
    """One 健康证 card at ``x, y`` and ``w`` wide (a full card, or one on a wall);
    returns its bottom."""
    c, s, r = p.c, p.s, p.r
    h = w * 0.63
    c.draw.rectangle(
        [x, y, x + w, y + h], fill=(252, 252, 250), outline=(40, 90, 170), width=max(2, int(3 * s))
    )
    k = w / 900  # everything on the card scales with it
    title = r.choice(("食品从业人员健康证明", "健康证明", "预防性健康检查合格证明"))
    c.text(
        x + w / 2,
        y + 62 * k,
        title,
        p.font(40 * k / s, bold=True),
        "label",
        anchor="ms",
        fill=(30, 70, 150),
    )
    pw = 200 * k
    face_photo(p, x + 40 * k, y + 100 * k, pw, pw * 1.3)
    f, lf = p.font(28 * k / s), p.font(24 * k / s)
    name = fk.cn_name(honorific=0.0)
    sex, age = fk.sex(), r.randint(18, 58)
    exam = f"{r.choice((2025, 2026))}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    rows: list[tuple[str, list[Span]]] = [
        ("姓名", [S(name, "name")]),
        ("性别", [S(sex, "other"), S("    年龄  ", "label"), S(str(age), "other")]),
        ("体检类别", [S("食品", "other")]),
        ("体检日期", [S(exam, "date")]),
        ("有效期至", [S(f"{int(exam[:4]) + 1}{exam[4:]}", "date")]),
    ]
    if not small or r.random() < 0.5:
        rows.insert(
            2,
            (
                "身份证号",
                [S(fk.cn_resident_id() if r.random() < 0.6 else fk.cn_id_masked(), "id_number")],
            ),
        )
    if not small:
        rows.insert(3, ("单位", [S(fk.restaurant(), "other")]))
    else:  # a board shows what each person does in the kitchen or the hall
        rows.insert(1, ("岗位", [S(r.choice(_CN_POSTS), "other")]))
    ty = y + 130 * k
    step = (h - 190 * k) / len(rows)
    for label, value in rows:
        x1 = c.line(x + pw + 80 * k, ty, [S(label + "：", "label")], lf) + 6 * k
        c.line(x1, ty, value, f)
        ty += step
    c.line(x + 40 * k, y + h - 30 * k, [S("编号：", "label"), S(_cert_no(fk), "id_number")], lf)
    centre = r.choice(_CN_CITIES) + r.choice(_CN_CENTRES)
    seal(p, x + w - 150 * k, y + h - 110 * k, 90 * k, centre)
    return y + h


def _cn_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """One card, on its own or held up to the camera."""
    w = rng.choice((940, 1000))
    c = Canvas(w, int(w * 0.75), paper=(rng.randint(200, 235),) * 3, ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 940)
    bottom = _card(p, 20 * p.s, 20 * p.s, w - 40 * p.s, fk, small=False)
    return _finish(c, bottom, 0, pad=20 * p.s)


def _cn_wall(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """健康证公示栏: the restaurant's board of staff cards in sleeves, a few notes."""
    w = rng.choice((1300, 1400))
    board = rng.choice(((35, 90, 160), (20, 120, 90), (250, 250, 250)))
    c = Canvas(w, int(w * 1.2), paper=board, ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1300)
    s = p.s
    light = board[0] < 200
    ink = (255, 255, 255) if light else (20, 20, 25)
    c.text(
        w / 2, 80 * s, "从业人员健康证公示栏", p.font(50, bold=True), "label", anchor="ms", fill=ink
    )
    c.text(w / 2, 130 * s, fk.restaurant(), p.font(28), "shop", anchor="ms", fill=ink)
    cols = rng.choice((2, 3))
    cw = (w - (cols + 1) * 40 * s) / cols
    y, bottom = 170 * s, 0.0
    for i in range(rng.choice((cols, 2 * cols))):
        x = 40 * s + (i % cols) * (cw + 40 * s)
        if i and i % cols == 0:
            y = bottom + 40 * s
        bottom = _card(p, x, y, cw, fk, small=True)
        c.draw.rectangle(
            [x - 8 * s, y - 8 * s, x + cw + 8 * s, bottom + 8 * s], outline=(200, 205, 215), width=2
        )
        c.draw.line(
            [(x + cw * 0.55, y + 4 * s), (x + cw * 0.8, bottom - 4 * s)],
            fill=(245, 248, 252),
            width=int(6 * s),
        )
    y = bottom + 70 * s
    staff = fk.cn_name(honorific=0.0)
    c.line(
        40 * s,
        y,
        [
            S("食品安全管理员：", "label"),
            S(staff, "name"),
            S("  电话：", "label"),
            S(fk.cn_mobile(), "phone"),
        ],
        p.font(26),
        fill=ink,
    )
    y += 46 * s
    c.text(
        40 * s,
        y,
        "本店从业人员均持有效健康证明上岗，欢迎监督。投诉举报电话：12315",
        p.font(22),
        "footer",
        fill=ink,
    )
    return _finish(c, y, 0, pad=40 * s)


def _cn_slip(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """预防性健康检查 result slip: the examinee's grid, then items, results and doctors."""
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=True, base=900, margin=(0.05, 0.07))
    s, w = p.s, right - m
    centre = rng.choice(_CN_CITIES) + rng.choice(_CN_CENTRES)
    y = m + 30 * s
    c.text(c.width / 2, y, centre, p.font(26, bold=True), "shop", anchor="ms")
    y += 44 * s
    c.text(c.width / 2, y, "从业人员预防性健康检查表", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("体检编号：", "label"), S(fk.digits(12), "id_number")], p.font(17))
    c.line(right - 260 * s, y, [S("体检日期：", "label"), S(fk.date(), "date")], p.font(17))
    y += 16 * s
    name = fk.cn_name(honorific=0.0)
    head = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other")],
            [
                ("身份证号", fk.cn_resident_id(), "id_number"),
                ("年龄", str(rng.randint(18, 60)), "other"),
            ],
            [("联系电话", fk.cn_mobile(), "phone"), ("从业类别", "食品/餐饮服务", "other")],
            [("工作单位", fk.restaurant(), "other")],
        ],
        hand=rng.random() < 0.5,
    )
    y = table(p, m, y, (w * 0.16, w * 0.38, w * 0.16, w * 0.30), head, 54 * s, p.font(18))
    rows = [[label_cell(t) for t in ("检查项目", "检查结果", "医师签名")]]
    doctors = [fk.cn_name(honorific=0.0) for _ in range(3)]
    for k, (item, result) in enumerate(_CN_CHECKS[: rng.randint(4, 6)]):
        rows.append(
            [label_cell(item), hand_cell(result, "other"), hand_cell(doctors[k % 3], "name")]
        )
    y = table(p, m, y, (w * 0.5, w * 0.25, w * 0.25), rows, 50 * s, p.font(17)) + 50 * s
    x = c.line(m, y, [S("体检结论：", "label")], p.font(22)) + 10 * s
    handwritten(
        p, x, y, [S(rng.choice(("合格", "合格，准予发证", "各项检查合格")), "other")], 32, cjk=True
    )
    x = c.line(m + w * 0.5, y, [S("主检医师：", "label")], p.font(20)) + 8 * s
    handwritten(p, x, y, [S(doctors[0], "name")], 30, cjk=True)
    seal(p, right - 80 * s, y + 30 * s, 60 * s, centre)
    y += 60 * s
    c.wrap(
        m,
        y,
        [S("注：本表一式两份，体检合格者凭本表领取健康证明；健康证明有效期一年。", "footer")],
        p.font(15),
        w * 0.75,
        26 * s,
    )
    return _finish(c, y + 30 * s, 0, pad=40 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English food hygiene certificate or a Spanish manipulador certificate."""
    lang = rng.choice(("en", "en", "es"))
    t = _LATIN[lang]
    c, p, m, right = sheet(rng, (1200, 1300), 0.9, cjk=False, base=1200, margin=(0.08, 0.1))
    s, w, mid = p.s, right - m, c.width / 2
    provider = rng.choice(t["providers"])
    y = m + 30 * s
    c.text(mid, y, provider, p.font(28, bold=True), "shop", anchor="ms")
    y += 70 * s
    c.text(mid, y, t["title"], p.font(50, bold=True), "label", anchor="ms", fill=(30, 60, 120))
    y += 70 * s
    c.text(mid, y, t["certify"], p.font(24), "footer", anchor="ms")
    y += 80 * s
    name = fk.en_name() if lang == "en" else fk.eu_name("es")
    title = "" if lang == "en" else rng.choice(("D. ", "Dña. "))
    c.line(
        mid - p.width(title + name, p.font(46)) / 2,
        y,
        [S(title, "other"), S(name, "name")],
        p.font(46),
    )
    y += 60 * s
    day = fk.date("dmy" if lang == "es" else "in")
    done = t["done"].format(date=day, id="{id}", hours=rng.choice((4, 6, 10)))
    head, _, tail = done.partition("{id}")
    spans = [S(head, "footer")] + (
        [S(fk.eu_id("es"), "id_number"), S(tail, "footer")] if tail else []
    )
    y = word_wrap(p, m + 60 * s, y, spans, p.font(22), w - 120 * s, 34 * s)
    y += 20 * s
    c.text(mid, y, rng.choice(t["course"]), p.font(30, bold=True), "other", anchor="ms")
    y += 70 * s
    values = (
        fk.dob("dmy"),
        fk.digits(rng.choice((6, 8))),
        fk.upper(2) + fk.digits(8),
        "3 years" if lang == "en" else "4 años",
    )
    for label, value, kind in zip(
        t["rows"], values, ("id_number", "id_number", "id_number", "other"), strict=True
    ):
        if label.startswith(("Date of", "Fecha")) and rng.random() < 0.3:
            continue  # not every awarding body prints the birth date
        c.line(m + 60 * s, y, [S(label + ": ", "label"), S(value, kind)], p.font(20))
        y += 36 * s
    y += 40 * s
    handwritten(
        p,
        m + 60 * s,
        y,
        [S(fk.en_name() if lang == "en" else fk.eu_name("es"), "name")],
        36,
        cjk=False,
    )
    c.hline(m + 60 * s, m + 420 * s, y + 12 * s, width=1)
    c.text(m + 60 * s, y + 56 * s, t["sign"], p.font(18), "label")
    issued = [S("Issued: " if lang == "en" else "Expedido: ", "label"), S(day, "date")]
    c.line(right - 60 * s - p.width("Expedido: " + day, p.font(18)), y + 56 * s, issued, p.font(18))
    y += 110 * s
    c.text(mid, y, t["foot"], p.font(15), "footer", anchor="ms", fill=(90, 90, 95))
    return _finish(c, y, int(30 * s), border=int(6 * s), pad=50 * s)


def food_handler_health_certificate(rng: random.Random) -> Canvas:
    """A health card, a wall of staff cards, an examination slip or a Latin certificate."""
    fk = MoneyFaker(rng)
    kinds = (_cn_card, _cn_wall, _cn_slip, _latin)
    return rng.choices(kinds, weights=(25, 25, 25, 25))[0](rng, fk)


LAYOUTS = {"food_handler_health_certificate": food_handler_health_certificate}
