"""School class contact lists. A primary-school class's 家长通讯录 as a printed sheet or a
spreadsheet screenshot (序号, 学生姓名, 性别, 家长姓名, 关系, 联系电话 — sometimes two —,
家庭住址 to the room, 备注 such as 接送:奶奶); the class group's member list in a messaging
app (nicknames that hold a child's name: 王子涵妈妈, 子涵爸爸, 李老师); the class teacher's
hand-written 接送登记 pickup book; an English "Class contact list" (Child, Parent/Carer,
Mobile, Email, Allergies, Pickup authorised) or a German Klassenliste / Telefonliste.

Personal: children, parents, carers and the class teacher (``name``; after 李老师, Mrs or
Frau only the surname), their phones, e-mails and home addresses (``address``, ``door``).
Ordinary: the school, class, headings, relations (妈妈, Dad), sex, allergies, remarks'
words, times, dates and notices; the school office's phone is business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, sheet, table
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish
from .render import Canvas, Span

_CN_SCHOOL = ("实验小学", "第一小学", "育才小学", "外国语学校小学部", "中心小学", "阳光小学")
_CN_TOWN = ("杭州市", "成都市", "南京市", "苏州市", "长沙市", "合肥市", "")
_CN_REL = ("妈妈", "爸爸", "妈妈", "爸爸", "奶奶", "外婆")
_CN_NOTES = ("接送:奶奶", "接送:外公", "午托", "过敏:芒果", "校车", "周三爸爸接", "", "", "")
_EN_REL = ("Mum", "Dad", "Mother", "Father", "Grandma", "Carer")
_EN_ALLERGY = ("None", "None", "Nuts", "Dairy", "Egg", "Hay fever", "Penicillin", "-")
_EN_PICKUP = ("Gran", "Aunt", "Uncle", "Childminder", "Grandad")
_DE_SCHOOL = ("Grundschule am Lindenhof", "Astrid-Lindgren-Grundschule", "Grundschule Süd")
_GRADES = "一二三四五六"
_AVATARS = ((120, 170, 220), (240, 180, 120), (160, 200, 150), (210, 150, 190), (190, 190, 190))


def _door_address(fk: MoneyFaker) -> list[Span]:
    return [S(fk.cn_estate(), "address"), S(fk.cn_door(), "door")]


def _phones(fk: MoneyFaker, rng: random.Random) -> list[Span]:
    first = [S(fk.cn_mobile(rng.choice(("plain", "plain", "space", "dash"))), "phone")]
    if rng.random() < 0.3:  # a second parent's mobile in the same cell
        return [
            *first,
            S(rng.choice(("  ", "   ")), "other"),
            S(fk.cn_mobile_digits(), "phone"),
        ]
    return first


def _cn_note(fk: MoneyFaker, rng: random.Random) -> list[Span]:
    roll = rng.random()
    if roll < 0.15:  # who else collects the child, with that person's phone
        return [
            S(f"接送:{rng.choice(('姥姥', '爷爷', '姑姑'))} ", "other"),
            S(fk.cn_mobile_digits(), "phone"),
        ]
    if roll < 0.22:
        return [S("紧急联系:", "other"), S(fk.cn_name(honorific=0.0), "name")]
    note = rng.choice(_CN_NOTES)
    return [S(note, "other")] if note else []


def _cn_class(rng: random.Random) -> str:
    return f"{rng.choice(_GRADES)}年级({rng.randint(1, 9)})班"


def _cn_sheet(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The printed sheet or its spreadsheet screenshot (column letters, row numbers)."""
    shot = rng.random() < 0.45
    c, p, m, right = sheet(rng, (1400, 1500), 1.0, cjk=True, base=1400, margin=(0.03, 0.05))
    s = p.s
    y = m + 40 * s
    x0 = m + (40 * s if shot else 0)
    school = rng.choice(_CN_TOWN) + rng.choice(_CN_SCHOOL)
    klass = _cn_class(rng)
    if shot:  # the spreadsheet's toolbar strip and the column letters
        c.box(0, 0, c.width, 34 * s, fill=(33, 115, 70))
        c.text(20 * s, 24 * s, f"{klass}家长通讯录.xlsx", p.font(15), "other", fill=(255, 255, 255))
        y += 20 * s
    c.text(
        c.width / 2, y, f"{school}{klass}家长通讯录", p.font(30, bold=True), "label", anchor="ms"
    )
    y += 44 * s
    teacher = fk.cn_name(honorific=0.0)
    f = p.font(17)
    spans = [S("班主任:", "label"), S(teacher, "name")]
    if rng.random() < 0.5:
        spans = [S("班主任:", "label"), S(teacher[0], "name"), S("老师", "other")]
    x = c.line(x0, y, spans, f)
    office = [S("学校办公室:", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    c.line(max(x + 40 * s, right - 380 * s), y, office, f)
    y += (44 if shot else 20) * s  # room for the column letters
    heads = ("序号", "学生姓名", "性别", "家长姓名", "关系", "联系电话", "家庭住址", "备注")
    frac = (0.05, 0.1, 0.05, 0.1, 0.06, 0.19, 0.29, 0.16)
    widths = [(right - x0) * k for k in frac]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    n = rng.randint(9, 14)
    for i in range(n):
        child = fk.cn_name(honorific=0.0, given_len=rng.choice((1, 2, 2)))
        parent = child[0] + "".join(rng.sample("伟强军丽娟敏静磊洋勇艳杰涛明", 2 - (i % 3 == 0)))
        if rng.random() < 0.4:  # a mother usually keeps her own surname
            parent = fk.cn_name(honorific=0.0)
        rows.append(
            [
                Cell.of(str(i + 1), "other", align="c"),
                Cell.of(child, "name"),
                Cell.of(rng.choice("男女"), "other", align="c"),
                Cell.of(parent, "name"),
                Cell.of(rng.choice(_CN_REL), "other", align="c"),
                Cell(tuple(_phones(fk, rng))),
                Cell(tuple(_door_address(fk) if rng.random() < 0.85 else [])),
                Cell(tuple(_cn_note(fk, rng))),
            ]
        )
    top = y
    row_h = 40 * s
    y = table(p, x0, y, widths, rows, row_h, p.font(16), line=1 if shot else 2)
    if shot:
        for k, w in enumerate(widths):
            cx = x0 + sum(widths[:k]) + w / 2
            c.text(
                cx,
                top - 6 * s,
                "ABCDEFGH"[k],
                p.font(15),
                "other",
                anchor="ms",
            )
        for k in range(len(rows)):
            c.text(
                x0 - 20 * s,
                top + (k + 0.65) * row_h,
                str(k + 2),
                p.font(15),
                "other",
                anchor="ms",
            )
    y += 36 * s
    note = "请各位家长核对本人信息,如有变动请及时告知班主任。本表仅限本班使用,请勿外传。"
    c.text(x0, y, note, p.font(15), "footer", fill=(90, 90, 90))
    y += 30 * s
    c.text(x0, y, f"更新日期:{fk.date('iso')}", p.font(15), "date")
    return _finish(c, y, m // 2, pad=10 * s)


def _nick(fk: MoneyFaker, rng: random.Random) -> list[Span]:
    """A group member's nickname; a child's name inside it is personal."""
    child = fk.cn_name(honorific=0.0)
    kind = rng.choices(range(6), weights=(4, 3, 2, 2, 1, 2))[0]
    if kind == 0:
        return [S(child, "name"), S(rng.choice(("妈妈", "爸爸", "奶奶")), "other")]
    if kind == 1:
        return [S(child[1:] or child, "name"), S(rng.choice(("妈", "爸爸", "妈妈")), "other")]
    if kind == 2:
        return [S(f"{rng.randint(1, 45)}号", "other"), S(child, "name"), S("家长", "other")]
    if kind == 3:
        return [S(fk.nickname(), "name")]
    if kind == 4:
        return [S(fk.cn_surname(), "name"), S("老师", "other")]
    return [S(fk.cn_name(honorific=0.0), "name")]


def _group_members(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The class group's member list: a grid of avatars with nicknames under them."""
    c, p, m, right = sheet(rng, (750, 780), 1.9, cjk=True, base=750, margin=0.04)
    s = p.s
    c.box(0, 0, c.width, 130 * s, fill=(237, 237, 237))
    c.text(
        30 * s,
        40 * s,
        f"{rng.randint(7, 21)}:{rng.randint(10, 59)}",
        p.font(22, bold=True),
        "other",
    )
    count = rng.randint(38, 56)
    c.text(c.width / 2, 105 * s, f"聊天信息({count})", p.font(26, bold=True), "label", anchor="ms")
    c.text(30 * s, 105 * s, "<", p.font(30), "other")
    cell = (right - m) / 5
    y = 170 * s
    for _ in range(rng.randint(3, 5)):
        for col in range(5):
            x = m + col * cell
            side = cell * 0.62
            ax = x + (cell - side) / 2
            c.draw.rounded_rectangle(
                [ax, y, ax + side, y + side], radius=8 * s, fill=rng.choice(_AVATARS)
            )
            spans = _nick(fk, rng)
            text = "".join(sp.text for sp in spans)
            f = p.font(16)
            while p.width(text, f) > cell * 0.95 and f.size > 11:
                f = f.font_variant(size=f.size - 1)
            c.line(x + (cell - p.width(text, f)) / 2, y + side + 30 * s, spans, f)
        y += cell * 0.62 + 70 * s
    c.text(c.width / 2, y, "查看全部群成员 >", p.font(20), "label", anchor="ms", fill=(90, 90, 90))
    y += 60 * s
    klass = _cn_class(rng)
    teacher = fk.cn_name(honorific=0.0)
    notice = [
        S("请家长把群昵称改为:孩子姓名+爸爸/妈妈。请假请联系班主任", "other"),
        S(teacher[0], "name"),
        S("老师 ", "other"),
        S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
    ]
    rows = (
        ([S("群聊名称", "label")], [S(f"{klass}家长群", "other")]),
        ([S("群公告", "label")], notice),
        ([S("我在本群的昵称", "label")], _nick(fk, rng)[:2]),
        ([S("备注", "label")], [S(rng.choice(("班级通知", "未设置")), "other")]),
    )
    for left, value in rows:
        c.hline(0, c.width, y - 38 * s, width=1)
        c.line(m, y, left, p.font(20))
        if value is notice:  # the group notice is shown in full under its label
            y = c.wrap(m, y + 40 * s, value, p.font(17), right - m, 30 * s, fill=(70, 70, 70))
            y += 46 * s
            continue
        vf = p.font(18)
        text = "".join(sp.text for sp in value)
        vf = vf if p.width(text, vf) < (right - m) * 0.55 else p.font(14)
        c.line(right - p.width(text, vf), y, value, vf, fill=(70, 70, 70))
        y += 76 * s
    return _finish(c, y, 0, pad=10 * s)


def _pickup_book(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The teacher's pickup book: a printed grid filled in by hand, row by row."""
    c, p, m, right = sheet(rng, (1200, 1280), 1.1, cjk=True, base=1200, margin=0.05)
    s = p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "学生放学接送登记表", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("班级:", "label"), S(_cn_class(rng), "other")], p.font(18))
    month = rng.randint(1, 12)
    c.line(c.width / 2, y, [S("月份:", "label"), S(f"{month}月", "date")], p.font(18))
    y += 20 * s
    heads = ("日期", "学生姓名", "接送人", "与学生关系", "联系电话", "离校时间", "老师签字")
    frac = (0.1, 0.14, 0.14, 0.12, 0.22, 0.12, 0.16)
    widths = [(right - m) * k for k in frac]
    teacher = fk.cn_name(honorific=0.0)
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    for _ in range(rng.randint(8, 12)):
        phone = fk.cn_mobile_digits() if rng.random() < 0.8 else "尾号" + fk.digits(4)
        rows.append(
            [
                hand_cell(f"{month}.{rng.randint(1, 28)}", "date"),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                hand_cell(fk.cn_name(honorific=0.0), "name"),
                hand_cell(rng.choice(("奶奶", "爷爷", "外婆", "姑姑", "舅舅", "邻居")), "other"),
                hand_cell(phone, "phone") if rng.random() < 0.9 else Cell(()),
                hand_cell(f"{rng.randint(15, 17)}:{rng.randint(0, 59):02d}", "other"),
                hand_cell(teacher if rng.random() < 0.7 else teacher[0], "name"),
            ]
        )
    y = table(p, m, y, widths, rows, 54 * s, p.font(17), hand_px=28)
    y += 34 * s
    c.text(m, y, "非家长接送须提前电话告知班主任,并核对接送人身份证件。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English class contact list or a German Klassenliste / Telefonliste."""
    de = rng.random() < 0.4
    c, p, m, right = sheet(rng, (1400, 1480), 0.9, cjk=False, base=1400, margin=0.04)
    s = p.s
    y = m + 40 * s
    if de:
        title = f"Klassenliste / Telefonliste Klasse {rng.randint(1, 4)}{rng.choice('abc')}"
        school, word = rng.choice(_DE_SCHOOL), "Klassenlehrerin: Frau "
        heads = ("Nr.", "Schüler/in", "Erziehungsberechtigte", "Telefon", "Adresse")
        frac = (0.05, 0.2, 0.24, 0.18, 0.33)
    else:
        title = f"Class {rng.randint(1, 6)}{rng.choice('ABCW')} – Contact list, {rng.choice(('Autumn', 'Spring'))} term"
        school, word = (
            f"{rng.choice(('St Mary’s', 'Oakfield', 'Riverside'))} Primary School",
            "Class teacher: Mrs ",
        )
        heads = ("Child", "Parent/Carer", "Mobile", "Email", "Allergies", "Pickup authorised")
        frac = (0.15, 0.19, 0.15, 0.23, 0.1, 0.18)
    c.text(m, y, school, p.font(18), "other", fill=(80, 80, 80))
    y += 40 * s
    c.text(m, y, title, p.font(28, bold=True), "label")
    y += 40 * s
    teacher = fk.eu_name("de").split()[-1] if de else fk.en_name().split()[-1]
    x = c.line(m, y, [S(word, "label"), S(teacher, "name")], p.font(17))
    office = [S("Sekretariat: " if de else "School office: ", "label")]
    office.append(Span(fk.office_phone("de" if de else "en"), "shop_phone", None))
    c.line(max(x + 40 * s, right - 400 * s), y, office, p.font(17))
    y += 20 * s
    widths = [(right - m) * k for k in frac]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    for i in range(rng.randint(9, 13)):
        if de:
            child = fk.eu_name("de")
            parent = fk.eu_name("de")
            if rng.random() < 0.6:  # a parent usually shares the child's surname
                parent = f"{parent.split()[0]} {child.split()[-1]}"
            street, town = fk.eu_address("de")
            street, _, flat = street.partition(", ")
            addr = [S(street, "address"), *([S(", ", "other"), S(flat, "door")] if flat else [])]
            phone = (
                fk.eu_phone("de")
                if rng.random() < 0.7
                else f"0{rng.randint(30, 89)} {fk.digits(7)}"
            )
            cells = [Cell.of(f"{i + 1}.", "other"), Cell.of(child, "name")]
            cells += [Cell.of(parent, "name"), Cell.of(phone, "phone")]
            cells.append(Cell(tuple(addr)))
        else:
            child = fk.en_name()
            parent = (
                fk.en_name()
                if rng.random() < 0.4
                else f"{fk.en_first(upper=False)} {child.split()[-1]}"
            )
            rel = rng.choice(_EN_REL)
            pick: list[Span] = [
                S(rng.choice(("Parents only", "Parents only", "Dad, Mum")), "other")
            ]
            if rng.random() < 0.5:
                pick = [
                    S(rng.choice(_EN_PICKUP) + " ", "other"),
                    S(fk.en_first(upper=False), "name"),
                ]
            cells = [
                Cell.of(child, "name"),
                Cell((S(parent, "name"), S(f" ({rel})", "other"))),
                Cell.of(fk.uk_phone(), "phone"),
                Cell.of(fk.email(parent), "email"),
                Cell.of(rng.choice(_EN_ALLERGY), "other"),
                Cell(tuple(pick)),
            ]
        rows.append(cells)
    y = table(p, m, y, widths, rows, 42 * s, p.font(16), cjk=False)
    y += 34 * s
    foot = (
        "Nur für den internen Gebrauch der Klasse – bitte nicht weitergeben."
        if de
        else "For class use only. Please tell the school office if your details change."
    )
    c.text(m, y, foot, p.font(15), "footer", fill=(90, 90, 90))
    return _finish(c, y, m // 2, pad=10 * s)


def class_contact_list(rng: random.Random) -> Canvas:
    """A class's parents' contact list: a sheet or spreadsheet, the group's member list,
    the teacher's pickup book, or an English or German list."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_sheet, _group_members, _pickup_book, _latin), weights=(35, 20, 20, 25))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"class_contact_list": class_contact_list}
