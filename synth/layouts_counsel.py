"""Counselling and mental-health intake. A centre's 心理咨询来访者登记表 filled in by pen
(档案号; the client's grid: name, sex, age, date of birth, marriage, job, phone, WeChat
or e-mail, home to the room, an emergency contact with relation and phone; 来访原因 in
the client's own words naming a spouse, a child, a colleague or a manager by surname;
symptoms of the last two weeks ticked; earlier help; the session table with the
counsellor by hand; the consent and its exceptions; the client's signature and the
receptionist), a university counselling centre's 预约登记表 with its tear-off 回执
(学号, college, dormitory and room, the 辅导员, slots and problem kinds ticked, a line in
the student's words; the receipt naming the student and the counsellor as 王老师, the
consulting room), a counsellor's 个案咨询记录 (the client by name or case number, the
session, notes in the third person naming family members, assessment, plan, risk
ticks, counsellor and supervisor signed); an English client intake form or a German
Anmeldebogen für Psychotherapie (:mod:`synth.counsel_latin`).

Personal: clients, family members, colleagues, emergency contacts, counsellors,
supervisors and teachers (``name``; after 王经理 / 王老师 only the surname), dates of
birth, 档案号, case numbers, 学号 and WeChat IDs (``id_number``), homes and dormitory
rooms (``door``), phones and e-mails. Ordinary: centres, colleges, ages, sex,
marriage, jobs, relations, symptoms, problem kinds, assessments, plans, scores, dates,
slots, consulting rooms and the consent; the centre's line is business data.
"""

from __future__ import annotations

import random

from .counsel_latin import de_anmeldung, en_intake
from .counsel_words import (
    CN_ASSESS,
    CN_CENTRES,
    CN_COLLEGES,
    CN_COMPLAINTS,
    CN_CONSENT,
    CN_DORMS,
    CN_JOBS,
    CN_MARITAL,
    CN_MORE,
    CN_NOTES,
    CN_PLANS,
    CN_PROBLEMS,
    CN_RELATIONS,
    CN_ROOMS,
    CN_SLOTS,
    CN_SYMPTOMS,
    CN_UNIS,
)
from .fakedata_kin import KinFaker
from .formkit import HAND_INKS, Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, label_cell, prose_row
from .kit import Pen, S, _finish, hand_font, joined_address
from .render import Canvas, Span


def _story(fk: KinFaker, template: str) -> list[Span]:
    """A template's prose with its people filled in (full names, a superior's surname)."""
    parts = {
        "kin": (fk.cn_name(honorific=0.0), "name"),
        "other": (fk.cn_name(honorific=0.0), "name"),
        "boss": (fk.cn_surname(), "name"),
    }
    return template_spans(template, parts)


def _ticks(p: Pen, x0: float, right: float, y: float, label: str, options, share: float) -> float:
    """A printed label and its options as tick boxes over as many lines as they need,
    each ticked with chance ``share`` (exactly one when ``share`` is 0); returns the
    last line's baseline."""
    f = p.font(17)
    x = p.c.line(x0, y, [S(label, "label")], f) + 10 * p.s
    start, one = x, p.r.randrange(len(options))
    for k, opt in enumerate(options):
        if x + p.width(opt, f) + 40 * p.s > right:
            x, y = start, y + 36 * p.s
        x = tick_box(p, x, y, opt, p.r.random() < share if share else k == one, f) + 22 * p.s
    return y


def _sign(p: Pen, x: float, y: float, label: str, name: str, px: float = 30) -> float:
    x = p.c.line(x, y, [S(label, "label")], p.font(17)) + 10 * p.s
    return handwritten(p, x, y, [S(name, "name")], px, cjk=True)


def _cn_intake(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.7, cjk=True, base=1200, margin=0.055)
    s, w = p.s, right - m
    centre, _line = rng.choice(CN_CENTRES)
    y = m + 36 * s
    c.text(c.width / 2, y, centre, p.font(22, bold=True), "shop", anchor="ms")
    y += 52 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("心理咨询来访者登记表", "来访者信息登记表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 42 * s
    f = p.font(17)
    c.line(
        m,
        y,
        [S("档案号: ", "label"), S(f"XL{rng.randint(2025, 2026)}{fk.digits(4)}", "id_number")],
        f,
    )
    c.line(
        right - 250 * s,
        y,
        [
            S("登记日期: ", "label"),
            S(f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日", "date"),
        ],
        f,
    )
    y += 18 * s
    hand = rng.random() < 0.85
    idn = fk.id_born(1968, 2006)
    age = 2026 - int(idn[6:10])
    contact = (
        ("微信号", fk.wechat_id(), "id_number")
        if rng.random() < 0.5
        else ("电子邮箱", fk.email(), "email")
    )
    rows = grid_rows(
        [
            [
                ("姓名", fk.cn_name(honorific=0.0), "name"),
                ("性别", fk.sex(), "other"),
                ("年龄", f"{age}岁", "other"),
            ],
            [
                ("出生日期", f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}", "id_number"),
                ("婚姻状况", rng.choice(CN_MARITAL), "other"),
                ("职业", rng.choice(CN_JOBS), "other"),
            ],
            [("联系电话", fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"), contact],
            [("家庭住址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_RELATIONS), "other"),
                ("电话", fk.cn_mobile_digits(), "phone"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.13, 0.22, 0.11, 0.18, 0.11, 0.25)]
    y = table(p, m, y, widths, rows, 52 * s, f, hand_px=26)
    story = _story(fk, rng.choice(CN_COMPLAINTS))
    y = (
        prose_row(p, m, y, (w * 0.13, w * 0.87), "来访原因", story, p.font(17), hand=hand, lines=4)
        + 40 * s
    )
    y = _ticks(p, m, right, y, "近两周情况:", CN_SYMPTOMS, 0.35) + 40 * s
    y = _ticks(p, m, right, y, "以往是否接受过心理咨询或治疗:", ("否", "是"), 0) + 40 * s
    heads = ("次数", "日期", "时间", "咨询师", "备注")
    counsellor = fk.cn_name(honorific=0.0)
    sess = [[label_cell(t) for t in heads]]
    month = rng.randint(3, 9)
    for k in range(rng.randint(1, 3)):
        cells = [
            (f"第{k + 1}次", "other", False),
            (f"{month + k}月{rng.randint(1, 28)}日", "date", True),
            (f"{rng.randint(9, 19)}:00", "other", True),
            (counsellor, "name", True),
            ("", "other", True),
        ]
        sess.append([Cell.of(t, kd, hand=h, align="c") for t, kd, h in cells])
    y = (
        table(
            p,
            m,
            y - 10 * s,
            [w * k for k in (0.12, 0.2, 0.16, 0.2, 0.32)],
            sess,
            44 * s,
            f,
            hand_px=25,
        )
        + 34 * s
    )
    y = c.wrap(m, y, [S(CN_CONSENT, "footer")], p.font(15), w, 24 * s, max_lines=3) + 26 * s
    name = rows[0][1].spans[0].text
    _sign(p, m, y, "来访者签名:", name)
    _sign(p, c.width * 0.55, y, "接待人:", fk.cn_name(honorific=0.0), 28)
    return _finish(c, y, m // 2, pad=24 * s)


def _cn_slip(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.25, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    uni = rng.choice(CN_UNIS)
    y = m + 36 * s
    c.text(
        c.width / 2, y, f"{uni}心理健康教育与咨询中心", p.font(22, bold=True), "shop", anchor="ms"
    )
    y += 50 * s
    c.text(c.width / 2, y, "个体心理咨询预约登记表", p.font(28, bold=True), "label", anchor="ms")
    y += 24 * s
    hand = rng.random() < 0.8
    student = fk.cn_name(honorific=0.0)
    dorm = [
        S(f"{rng.choice(CN_DORMS)}{rng.randint(1, 12)}舍", "address"),
        S(f"{rng.randint(1, 6)}{rng.randint(1, 30):02d}室", "door"),
    ]
    adviser = (
        [S(fk.cn_surname(), "name"), S("老师", "other")]
        if rng.random() < 0.5
        else [S(fk.cn_name(honorific=0.0), "name")]
    )
    rows = grid_rows(
        [
            [
                ("姓名", student, "name"),
                ("性别", fk.sex(), "other"),
                ("学号", fk.student_no(), "id_number"),
            ],
            [
                ("学院", rng.choice(CN_COLLEGES), "other"),
                ("年级", f"20{rng.randint(22, 25)}级", "other"),
                ("手机", fk.cn_mobile_digits(), "phone"),
            ],
            [("宿舍", dorm, ""), ("辅导员", adviser, "")],
        ],
        hand=hand,
        columns=6,
    )
    widths = [w * k for k in (0.1, 0.22, 0.1, 0.2, 0.1, 0.28)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(17), hand_px=26) + 42 * s
    y = _ticks(p, m, right, y, "可预约时间:", rng.sample(CN_SLOTS, 4), 0.4) + 42 * s
    y = _ticks(p, m, right, y, "咨询问题:", CN_PROBLEMS[:2] + CN_PROBLEMS[4:], 0.3) + 42 * s
    y = _ticks(p, m, right, y, "希望咨询师性别:", ("男", "女", "不限"), 0) + 44 * s
    line = rng.choice(
        (
            "和室友{other}闹矛盾,宿舍待不下去",
            "考研压力大,总是失眠",
            "和女朋友{other}分手后一直很难受",
            "父母{kin}要求我转专业,不知道怎么办",
        )
    )
    x = c.line(m, y, [S("简要描述:", "label")], p.font(17)) + 10 * s
    hf, ink = hand_font(p, 27, cjk=True), rng.choice(HAND_INKS)
    c.line(x, y, _story(fk, line), hf, fill=ink)
    c.hline(x, right, y + 8 * s, width=1)
    y += 60 * s
    c.line(m, y, [S("接待老师: ", "label")], p.font(17))
    handwritten(p, m + 110 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
    y += 40 * s
    x = m
    while x < right:  # the tear-off line
        c.hline(x, min(x + 12 * s, right), y, width=1)
        x += 24 * s
    y += 50 * s
    c.text(c.width / 2, y, "预约回执", p.font(22, bold=True), "label", anchor="ms")
    y += 44 * s
    slot = f"{rng.randint(3, 12)}月{rng.randint(1, 28)}日 {rng.choice(('9:00', '10:00', '14:30', '16:00'))}"
    receipt = [
        S(student, "name"),
        S(f"同学:你已预约{slot}的个体咨询,咨询师", "footer"),
        S(fk.cn_surname(), "name"),
        S(f"老师,地点:{rng.choice(CN_ROOMS)}。请提前10分钟到达。", "footer"),
    ]
    y = c.wrap(m, y, receipt, p.font(18), w, 32 * s, max_lines=3)
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_record(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    centre, _line = rng.choice(CN_CENTRES)
    y = m + 36 * s
    c.text(c.width / 2, y, "个案咨询记录", p.font(30, bold=True), "label", anchor="ms")
    y += 24 * s
    client = (
        [S(fk.cn_name(honorific=0.0), "name")]
        if rng.random() < 0.6
        else [S(f"C-2026-{fk.digits(4)}", "id_number")]
    )
    counsellor = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [
                ("来访者", client, ""),
                ("档案号", f"XL2026{fk.digits(4)}", "id_number"),
                ("咨询师", counsellor, "name"),
            ],
            [
                ("日期", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", "date"),
                ("时间", f"{(h := rng.randint(9, 18))}:00-{h}:50", "other"),
                ("次数", f"第{rng.randint(2, 9)}次", "other"),
            ],
        ],
        hand=False,
        columns=6,
    )
    widths = [w * k for k in (0.12, 0.22, 0.12, 0.2, 0.12, 0.22)]
    y = table(p, m, y, widths, rows, 50 * s, p.font(17))
    hand = rng.random() < 0.6
    split = (w * 0.16, w * 0.84)
    f = p.font(17)
    y = prose_row(
        p,
        m,
        y,
        split,
        "咨询内容",
        [*_story(fk, rng.choice(CN_NOTES)), S(rng.choice(CN_MORE), "footer")],
        f,
        hand=hand,
        lines=4,
    )
    y = prose_row(
        p, m, y, split, "观察与评估", [S(rng.choice(CN_ASSESS), "footer")], f, hand=hand, lines=3
    )
    y = prose_row(
        p, m, y, split, "干预与计划", [S(rng.choice(CN_PLANS), "footer")], f, hand=hand, lines=3
    )
    y += 44 * s
    y = _ticks(p, m, right, y, "风险评估:", ("无", "低", "中", "高"), 0) + 44 * s
    c.line(
        m,
        y,
        [
            S("下次咨询: ", "label"),
            S(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(9, 18)}:00", "date"),
        ],
        f,
    )
    y += 56 * s
    _sign(p, m, y, "咨询师签名:", counsellor)
    _sign(p, c.width * 0.55, y, "督导:", fk.cn_name(honorific=0.0), 28)
    y += 44 * s
    c.text(m, y, f"{centre} · 本记录仅供专业存档,严禁外传", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=16 * s)


def counselling_intake_form(rng: random.Random) -> Canvas:
    """A 心理咨询来访者登记表, a university's 预约登记表 with its 回执, a counsellor's
    个案咨询记录, an English client intake form or a German Anmeldebogen."""
    fk = KinFaker(rng)
    draw = rng.choices(
        (_cn_intake, _cn_slip, _cn_record, en_intake, de_anmeldung), weights=(32, 18, 16, 18, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"counselling_intake_form": counselling_intake_form}
