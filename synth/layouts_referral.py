"""Medical referral letters. A community centre's or county hospital's 双向转诊单
(转出) typed or by the doctor's pen (患者姓名, sex, age, 身份证号, 医保卡号, phone, home to
the room; 初步诊断, a 病情摘要 naming the relative who came along, tests done, the
reason ticked; the hospital and department referred to; 转诊医师 by hand; the
centre's line) with a tear-off 回执, or a 门诊病历 page written by hand ending in a
referral, or an English GP's referral letter in prose or a German Überweisungsschein
(:mod:`synth.referral_latin`).

Personal: patients, relatives and doctors (``name``), IDs, 医保卡号 and 门诊号
(``id_number``), homes with the room (``door``), phones. Ordinary: sex, age,
diagnoses, summaries around the names, tests, reasons, departments, hospitals' names,
the slip's printed serial; a centre's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import RED, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper
from .formkit_slips import grid_rows, prose_row
from .kit import S, _finish, biz, hand_font, joined_address
from .referral_latin import de_ueberweisung, en_letter
from .referral_words import CN_CASES, CN_DEPTS, CN_EXAMS, CN_FROM, CN_REASONS, CN_RELS, CN_TO
from .render import Canvas, Span


def _home(fk: HomeFaker) -> list[Span]:
    return joined_address([fk.cn_address(with_door=1.0)[0]], "")


def _summary(rng: random.Random, fk: HomeFaker) -> tuple[str, list[Span]]:
    """The diagnosis and the summary with the accompanying relative's name cut out."""
    diag, text = rng.choice(CN_CASES)
    parts = {"rel": (rng.choice(CN_RELS), "other"), "name": (fk.cn_name(honorific=0.0), "name")}
    return diag, template_spans(text, parts, "other")


def _slip(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    centre, caddr, cline = rng.choice(CN_FROM)
    hand = rng.random() < 0.6
    y = m + 34 * s
    c.text(c.width / 2, y, centre, p.font(24, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(c.width / 2, y, "双向转诊单(转出)", p.font(30, bold=True), "label", anchor="ms")
    c.line(
        right - 200 * s,
        y,
        [S("No.", "label"), S(fk.digits(7, True), "other")],
        p.font(17),
        fill=RED,
    )
    y += 24 * s
    patient = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1940, 1990)
    rows = grid_rows(
        [
            [
                ("患者姓名", patient, "name"),
                ("性别", fk.sex(), "other"),
                ("年龄", f"{2026 - int(idn[6:10])}岁", "other"),
            ],
            [
                ("身份证号", idn, "id_number"),
                (
                    "医保卡号",
                    idn if rng.random() < 0.3 else fk.upper(1) + fk.digits(8),
                    "id_number",
                ),
            ],
            [("联系电话", fk.cn_mobile(), "phone"), ("家属电话", fk.cn_mobile(), "phone")],
            [("家庭住址", _home(fk), "")],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.13, 0.25, 0.12, 0.2, 0.12, 0.18)]
    y = table(p, m, y, widths, rows, 50 * s, p.font(16), hand_px=26)
    diag, summary = _summary(rng, fk)
    f = p.font(16)
    cols = (w * 0.13, w * 0.87)
    y = prose_row(p, m, y, cols, "初步诊断", [S(diag, "other")], f, hand=hand, lines=1)
    y = prose_row(p, m, y, cols, "病情摘要", summary, f, hand=hand, lines=3)
    exams = "、".join(rng.sample(CN_EXAMS, 2)) + "已查,结果附后。"
    y = prose_row(p, m, y, cols, "主要检查", [S(exams, "other")], f, hand=hand, lines=1)
    y += 40 * s
    x = c.line(m, y, [S("转诊原因:", "label")], f) + 10 * s
    why = rng.choice(CN_REASONS)
    for opt in CN_REASONS:
        x = tick_box(p, x, y, opt, opt == why, f) + 22 * s
    y += 44 * s
    to, dept = rng.choice(CN_TO), rng.choice(CN_DEPTS)
    c.line(
        m,
        y,
        [S("转入医院:", "label"), S(to, "shop"), S("   科室:", "label"), S(dept, "other")],
        p.font(17),
    )
    y += 50 * s
    x = c.line(m, y, [S("转诊医师(签字):", "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(
        m + w * 0.55,
        y,
        [S("转诊日期:", "label"), S(f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日", "date")],
        p.font(17),
    )
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("转出单位地址:", "label"),
            biz(caddr, "shop_address"),
            S("  电话:", "label"),
            biz(cline, "shop_phone"),
        ],
        p.font(14),
    )
    if rng.random() < 0.6:  # the receipt the receiving hospital sends back
        y += 34 * s
        c.hline(m, right, y, width=1, dash=int(10 * s))
        y += 44 * s
        c.text(c.width / 2, y, "转 诊 回 执", p.font(22, bold=True), "label", anchor="ms")
        y += 44 * s
        pieces = [
            S(f"{centre}:", "other"),
            S("现收到你单位转来的患者", "other"),
            S(patient, "name"),
            S(f",已收入我院{dept}诊治。", "other"),
        ]
        y = c.wrap(m + 30 * s, y, pieces, p.font(17), w - 30 * s, 32 * s) + 10 * s
        x = c.line(m + w * 0.5, y, [S("接诊医师:", "label")], p.font(17)) + 10 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    return _finish(c, y, m, pad=20 * s)


def _casebook(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A 门诊病历 page: the printed head filled in, the visit written by the doctor."""
    c, p, m, right = sheet(rng, (1000, 1100), 1.35, cjk=True, base=1000, margin=0.07)
    s, w = p.s, right - m
    centre = rng.choice(CN_FROM)[0]
    y = m + 34 * s
    c.text(c.width / 2, y, centre, p.font(22, bold=True), "shop", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, "门 诊 病 历", p.font(28, bold=True), "label", anchor="ms")
    y += 44 * s
    f = p.font(16)
    idn = fk.id_born(1940, 1995)
    patient = fk.cn_name(honorific=0.0)
    heads = [
        ("姓名:", S(patient, "name")),
        ("性别:", S(fk.sex(), "other")),
        ("年龄:", S(f"{2026 - int(idn[6:10])}岁", "other")),
        ("门诊号:", S(fk.outpatient_no(), "id_number")),
    ]
    for k, (label, value) in enumerate(heads):
        x = m + (0, 0.3, 0.48, 0.64)[k] * w
        x = c.line(x, y, [S(label, "label")], f) + 6 * s
        handwritten(p, x, y, [value], 24, cjk=True)
    y += 14 * s
    c.hline(m, right, y, width=2)
    step = 52 * s
    ruled_paper(p, m, right, y + step, y + step * 11, step, margin=False)
    hf = hand_font(p, 26, cjk=True)
    diag, summary = _summary(rng, fk)
    to, dept = rng.choice(CN_TO), rng.choice(CN_DEPTS)
    lines = [
        [S(f"{rng.randint(1, 11)}-{rng.randint(1, 28)}", "date"), S(f"  {dept}", "other")],
        [S("主诉及现病史:", "other"), *summary],
        [S("初步诊断:" + diag, "other")],
        [S(f"处理:建议转{to}{dept}进一步诊治,已开转诊单。", "other")],
    ]
    ink = p.r.choice(((25, 35, 120), (20, 30, 80)))
    base = y + step - 10 * s
    for spans in lines:
        base = c.wrap(m + 10 * s, base, spans, hf, w - 20 * s, step, fill=ink, max_lines=4)
    doc = fk.cn_name(honorific=0.0)
    c.line(m + w * 0.6, base + 10 * s, [S("医师:", "other"), S(doc, "name")], hf, fill=ink)
    return _finish(c, base + 10 * s, m, pad=20 * s)


def doctor_referral_letter(rng: random.Random) -> Canvas:
    """A 双向转诊单, a 门诊病历 page ending in a referral, an English GP's referral
    letter or a German Überweisungsschein."""
    fk = HomeFaker(rng)
    draw = rng.choices((_slip, _casebook, en_letter, de_ueberweisung), weights=(32, 20, 26, 22))[0]
    return draw(rng, fk)


LAYOUTS = {"doctor_referral_letter": doctor_referral_letter}
