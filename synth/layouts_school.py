"""Schooling: an exam admission ticket (准考证) printed from an exam board's site and a
kindergarten's pick-up authorisation form (幼儿接送授权书) filled in by a parent.

The ticket pairs the candidate's name, ID number and candidate number with their
labels in a ruled grid (or label rows) beside a portrait photo, above an exam
timetable and a long list of rules, none of which is personal. The pick-up form
names the parent and the child inside printed prose with handwritten blanks, then
lists the adults allowed to collect the child in a ruled table written by hand.
"""

from __future__ import annotations

import random

from .fakedata_records import RecordFaker
from .formkit import Cell, bilingual, face_photo, handwritten, seal, sheet, table
from .formkit_blanks import fill_in, tick_box
from .kit import S, _finish
from .render import Canvas, Span

_EXAMS = (
    ("全国大学英语四、六级考试", "CET", ("英语四级 笔试", "英语六级 笔试")),
    ("全国计算机等级考试", "NCRE", ("二级 Python", "二级 MS Office", "三级 网络技术")),
    ("会计专业技术资格考试", "", ("初级会计实务", "经济法基础")),
    ("普通话水平测试", "PSC", ("普通话水平测试(机测)",)),
    ("中小学教师资格考试", "", ("综合素质", "教育知识与能力", "学科知识与教学能力")),
)
_RULES = (
    "考生须携带本准考证和有效身份证件原件参加考试,二者缺一不可。",
    "开考前30分钟凭证进入考场,开考15分钟后不得入场。",
    "严禁携带手机、智能手表等电子设备进入考场。",
    "考生须按准考证上的座位号就座,并将证件放在桌面右上角。",
    "考试结束信号发出后立即停止答题,待监考员收卷后方可离场。",
    "请提前熟悉考点位置及交通路线,以免迟到。",
)


def exam_admission_ticket(rng: random.Random) -> Canvas:
    """准考证: exam title, candidate grid or rows beside a photo, timetable, rules, code."""
    fk = RecordFaker(rng)
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=True, base=1240, margin=(0.05, 0.07))
    W = c.width
    f = p.font(rng.uniform(20, 23))
    exam, abbr, subjects = rng.choice(_EXAMS)
    year = rng.randint(2025, 2027)
    name, id_no = fk.cn_name(honorific=0.0), fk.cn_resident_id()
    grid = rng.random() < 0.6

    y = m + 56 * p.s
    title = f"{year}年{rng.choice(('上半年', '下半年', ''))}{exam}"
    c.text(W / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 56 * p.s
    sub = rng.choice(("准考证", "准 考 证", "准考证 ADMISSION TICKET"))
    c.text(W / 2, y, sub, p.font(38, bold=True), "label", anchor="ms")
    y += 40 * p.s
    venue = fk.school_venue()
    fields: list[tuple[str, list[Span]]] = [
        ("姓名", [S(name, "name")]),
        ("性别", [S(fk.sex(), "other")]),
        (rng.choice(("证件号码", "身份证号", "证件号")), [S(id_no, "id_number")]),
        ("准考证号", [S(fk.exam_no(), "id_number")]),
        ("报考科目", [S(rng.choice(subjects), "other")]),
        ("考点名称", [S(venue, "other")]),
        ("考场号", [S(f"第{rng.randint(1, 60):03d}考场", "other")]),
        ("座位号", [S(f"{rng.randint(1, 30):02d}", "other")]),
    ]
    if rng.random() < 0.5:
        fields.insert(4, ("报名序号", [S(fk.digits(8), "id_number")]))
    if rng.random() < 0.4:
        fields.append(("联系电话", [S(fk.cn_mobile("plain"), "phone")]))
    photo_w, photo_h = 170 * p.s, 230 * p.s
    px = right - photo_w if rng.random() < 0.75 else m
    lx = m if px > m else m + photo_w + 30 * p.s
    span_w = right - m - photo_w - 30 * p.s
    top = y
    if grid:
        rows = [[Cell.of(lab, "label", align="c"), Cell(tuple(val))] for lab, val in fields]
        y = table(p, lx, y, [span_w * 0.3, span_w * 0.7], rows, rng.uniform(46, 54) * p.s, f)
    else:
        y += 40 * p.s
        for lab, val in fields:
            x = c.line(lx, y, [S(lab + rng.choice(("：", ":", "")), "label")], f)
            c.line(x + 14 * p.s, y, val, f)
            y += f.size * 1.9
    c.box(px - 2, top - 2, px + photo_w + 2, top + photo_h + 2, width=1)
    face_photo(p, px, top, photo_w, photo_h)
    y = max(y, top + photo_h) + 50 * p.s
    c.text(
        m,
        y,
        rng.choice(("考试时间安排", "考试科目及时间", "考试安排")),
        p.font(24, bold=True),
        "label",
    )
    y += 20 * p.s
    day = rng.randint(1, 28)
    month = rng.choice((3, 6, 9, 12))
    body = [[Cell.of(h, "label", align="c") for h in ("科目", "日期", "时间")]]
    for k, subj in enumerate(subjects[: rng.randint(1, len(subjects))]):
        body.append(
            [
                Cell.of(subj, "other"),
                Cell.of(f"{year}年{month}月{day + k // 2}日", "date", align="c"),
                Cell.of(("09:00-11:20", "14:00-16:30")[k % 2], "date", align="c"),
            ]
        )
    y = table(p, m, y, [(right - m) * w for w in (0.44, 0.3, 0.26)], body, 48 * p.s, f)
    y += 56 * p.s
    c.text(m, y, "考生须知" + rng.choice(("", ":", "(请仔细阅读)")), p.font(24, bold=True), "label")
    y += 44 * p.s
    small = p.font(19)
    for k, rule in enumerate(rng.sample(_RULES, rng.randint(3, len(_RULES)))):
        y = c.wrap(m, y, [S(f"{k + 1}. {rule}", "footer")], small, right - m, 30 * p.s, max_lines=2)
    y += 30 * p.s
    if rng.random() < 0.6:
        c.barcode(m, int(y), fk.exam_no(), height=int(60 * p.s), module=2, max_width=int(420 * p.s))
    else:
        c.qr(int(m), int(y), f"https://exam.example/t/{fk.alnum(12)}", size=int(110 * p.s))
    c.line(
        right - 420 * p.s,
        y + 40 * p.s,
        [S("打印时间:", "label"), S(f" {fk.date()} {fk.time()}", "date")],
        small,
    )
    y += 120 * p.s
    c.text(W / 2, y, f"{abbr or exam}考试考务办公室 制", small, "footer", anchor="ms")
    return _finish(c, y, m, pad=30 * p.s)


def _picker_rows(fk: RecordFaker, rng: random.Random, cn: bool) -> list[list[Cell]]:
    rels = (
        ("爷爷", "奶奶", "外公", "外婆", "阿姨", "舅舅")
        if cn
        else ("Grandmother", "Nanny", "Uncle", "Neighbour")
    )
    rows = []
    for _ in range(rng.randint(2, 3)):
        person = fk.cn_name(honorific=0.0) if cn else fk.en_name()
        rows.append(
            [
                Cell.of(person, "name", hand=True),
                Cell.of(rng.choice(rels), "other", hand=True),
                Cell.of(fk.cn_resident_id() if cn else fk.passport(), "id_number", hand=True),
                Cell.of(fk.cn_mobile_digits() if cn else fk.uk_phone(), "phone", hand=True),
            ]
        )
    rows.append([Cell.of("", "other") for _ in range(4)])  # a blank row left for later
    return rows


def pickup_authorisation(rng: random.Random) -> Canvas:
    """幼儿接送授权书 / Authorised Collection Form: prose with blanks, a table of adults."""
    fk = RecordFaker(rng)
    cn = rng.random() < 0.65
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=cn, base=1150, margin=(0.06, 0.08))
    W = c.width
    f = p.font(rng.uniform(21, 24))
    lh = f.size * 2.1
    school = fk.kindergarten() if cn else fk.en_nursery()
    parent = fk.cn_name(honorific=0.0) if cn else fk.en_name()
    child = fk.cn_name(honorific=0.0) if cn else fk.en_name()
    klass = (
        rng.choice(("小一班", "中二班", "大三班", "托班"))
        if cn
        else rng.choice(("Robins", "Owls", "Reception B"))
    )

    y = m + 50 * p.s
    c.text(W / 2, y, school, p.font(26, bold=True), "shop", anchor="ms")
    y += 60 * p.s
    title = (
        rng.choice(("幼儿接送授权委托书", "幼儿接送授权书", "委托接送协议"))
        if cn
        else rng.choice(("AUTHORISED COLLECTION FORM", "Child Pick-up Authorisation"))
    )
    c.text(W / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += lh * 1.2
    if cn:
        lines = [
            [
                (S("本人", "other"), False),
                (S(parent, "name"), True),
                (S("系", "other"), False),
                (S(klass, "other"), True),
                (S("幼儿", "other"), False),
                (S(child, "name"), True),
            ],
            [
                (S("的", "other"), False),
                (S(rng.choice(("父亲", "母亲", "监护人")), "other"), True),
                (S(",因工作原因不能每日接送,特委托以下人员代为接送:", "other"), False),
            ],
        ]
    else:
        lines = [
            [
                (S("I,", "other"), False),
                (S(parent, "name"), True),
                (S(", parent/guardian of", "other"), False),
                (S(child, "name"), True),
            ],
            [
                (S("in class", "other"), False),
                (S(klass, "other"), True),
                (S(", allow the adults below to collect my child:", "other"), False),
            ],
        ]
    for pieces in lines:
        fill_in(p, m, y, pieces, f, hand_px=32, cjk=cn)
        y += lh
    heads = (
        ("被授权人姓名", "与幼儿关系", "身份证号码", "联系电话")
        if cn
        else ("Name", "Relationship", "ID / Passport No.", "Phone")
    )
    y = table(
        p,
        m,
        y,
        [(right - m) * w for w in (0.2, 0.16, 0.38, 0.26)],
        [[Cell.of(h, "label", align="c") for h in heads], *_picker_rows(fk, rng, cn)],
        rng.uniform(56, 64) * p.s,
        p.font(20),
        hand_px=28,
        cjk=cn,
    )
    y += 56 * p.s
    notes = (
        (
            "接送人须持接送卡入园,无卡者须由班主任电话核实家长后方可接走幼儿。",
            "如被授权人有变动,请及时书面告知班主任。",
            "本授权书有效期为一个学期。",
        )
        if cn
        else (
            "Staff will not release a child to anyone not listed on this form.",
            "Collectors must show photo ID on their first visit.",
            "Please tell the office in writing if these details change.",
        )
    )
    c.text(m, y, "注意事项:" if cn else "Please note:", f, "label")
    y += lh * 0.8
    for k, note in enumerate(notes[: rng.randint(2, 3)]):
        y = c.wrap(
            m, y, [S(f"{k + 1}. {note}", "footer")], p.font(19), right - m, 30 * p.s, max_lines=2
        )
    y += lh * 0.6
    if rng.random() < 0.5:
        x = c.line(m, y, [S("接送方式:" if cn else "Usually collected:", "label")], f) + 16 * p.s
        for opt in ("每天", "周一至周五下午", "临时") if cn else ("Daily", "Some days", "Once"):
            x = tick_box(p, x, y, opt, rng.random() < 0.4, f) + 24 * p.s
        y += lh
    x = c.line(m, y, [S("家长签字:" if cn else "Parent's signature", "label")], f)
    handwritten(p, x + 16 * p.s, y, [S(parent, "name")], 36, cjk=cn, width=260 * p.s)
    x = c.line(m + (right - m) * 0.55, y, [S("联系电话:" if cn else "Mobile", "label")], f)
    handwritten(
        p,
        x + 12 * p.s,
        y,
        [S(fk.cn_mobile_digits() if cn else fk.uk_phone(), "phone")],
        28,
        cjk=False,
    )
    y += lh
    c.line(
        m + (right - m) * 0.55,
        y,
        [S("日期:" if cn else "Date ", "label"), S(fk.date("cn" if cn else "us"), "date")],
        f,
    )
    if rng.random() < 0.4:
        y += lh
        lab = bilingual(rng, "家庭住址", "Home address", colon=1.0) if cn else "Home address"
        x = c.line(m, y, [S(lab, "label")], f)
        if cn:
            region, street, door = fk.cn_address_parts()
            home = [S(region + street, "address"), S(door, "door")]
        else:
            home = [S(t + " ", k) for ln in fk.uk_block() for t, k in ln.segments]
        handwritten(p, x + 12 * p.s, y, home, 28, cjk=cn, width=right - x - 20 * p.s)
    if cn and rng.random() < 0.6:
        seal(p, right - 140 * p.s, y - 40 * p.s, 64 * p.s, school)
    return _finish(c, y, m, pad=40 * p.s)


LAYOUTS = {
    "exam_admission_ticket": exam_admission_ticket,
    "pickup_authorisation": pickup_authorisation,
}
