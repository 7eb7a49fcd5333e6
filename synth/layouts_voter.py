"""Elections and voter registration: the application to go on the electoral roll and
the roll itself. A Chinese 选民登记表 for a 村民委员会 or 居委会 election is either
one voter's grid (name, former name, sex, date of birth, ethnic group, ID, household
and current address to the door, phone, registration kind, 选民证编号) with a pledge
naming the applicant, the signature and the committee's office box with the clerk,
or a 选民名单 page listing several voters. An English (UK) or French application
writes surname, first names, previous name, date of birth and National Insurance
number one character per box, the address to the flat and the previous one, ticks
nationality, postal vote and open register, and ends with the declaration, the
signature and an office-use box.

Personal: every voter's name (in boxes, in the pledge, as a signature), former or
previous names, dates of birth, ID, NI and voter-card numbers (``id_number``), the
addresses with their doors, phones, e-mails and the registering clerk's name.
Ordinary: the committee's or council's name and address, titles, section numbers,
labels, sex, ethnic group, nationality and the ticks, dates of application, the
declarations, the polling district and the office-use boxes.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_blanks import char_boxes, over_caption, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Pen, S, _finish
from .render import Canvas, Span
from .voter_words import NATIONS, OFFICES, WORDS

_CN_TOWNS = ("城关镇", "新安镇", "白沙镇", "清河乡", "石桥镇", "龙泉街道")
_CN_VILLAGES = ("东风村", "前进村", "杨柳村", "大王庄村", "河西村", "桃园社区")
_CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "壮族", "满族")


def _home(rng: random.Random, fk: HouseholdFaker, place: str) -> Span:
    """A household's door in ``place``: group and house number in a village, building
    and room in an urban community."""
    if place.endswith("社区"):
        return S(fk.cn_door(), "door")
    return S(f"{rng.randint(1, 12)}组{rng.randint(1, 88)}号", "door")


def _elsewhere(rng: random.Random, fk: HouseholdFaker) -> list[Span]:
    """A registered household address somewhere else (a migrant's 户籍地址)."""
    addr, _pc = fk.cn_address(with_door=0.8)
    return [S(t, k) for t, k in addr.segments]


def _cell(text: str, kind: str, hand: bool = False) -> Cell:
    return Cell.of(text, kind, hand=hand, align="c" if kind == "other" else "l")


def _born(id_no: str) -> str:
    return f"{id_no[6:10]}年{int(id_no[10:12])}月{int(id_no[12:14])}日"


def _head(p: Pen, rng: random.Random, y: float, title: str) -> tuple[float, str]:
    """The committee and the election above the title; returns the next baseline and
    the village or community."""
    c, s = p.c, p.s
    place = rng.choice(_CN_TOWNS) + rng.choice(_CN_VILLAGES)
    kind = "居民委员会" if place.endswith("社区") else "村民委员会"
    body = f"{place}第{rng.choice('十十十一二')}届{kind}选举"
    c.text(c.width / 2, y, body, p.font(22, bold=True), "shop", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    return y + 34 * s, place


def _cn_form(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (920, 1000), 1.6, cjk=True, base=880, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(17)
    y, place = _head(p, rng, m + 34 * s, "选民登记表")
    kind = rng.randrange(3)  # registered here, living here for a year, other
    c.line(m, y, [S("选民证编号:", "label"), S(f"{fk.digits(4)}-{fk.digits(3)}", "id_number")], f)
    y += 14 * s
    name = fk.cn_name(honorific=0.0)
    id_no = fk.cn_resident_id(x_prob=0.1)
    home = _home(rng, fk, place)
    old = name[0] + fk.cn_given_name() if rng.random() < 0.35 else "无"
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("曾用名", old, "name" if old != "无" else "other")],
            [("性别", fk.sex(), "other"), ("民族", rng.choice(_CN_NATIONS), "other")],
            [("出生日期", _born(id_no), "id_number"), ("联系电话", fk.cn_mobile("plain"), "phone")],
            [("公民身份号码", id_no, "id_number")],
            [
                (
                    "户籍地址",
                    [S(place, "address"), home] if kind == 0 else _elsewhere(rng, fk),
                    "address",
                )
            ],
            [("现居住地址", [S(place, "address"), home], "address")],
        ]
    )
    widths = (w * 0.17, w * 0.33, w * 0.17, w * 0.33)
    y = table(p, m, y, widths, rows, 48 * s, f, hand_px=26) + 36 * s
    x = c.line(m, y, [S("登记类型:", "label")], f) + 10 * s
    for i, word in enumerate(("户籍选民", "户籍不在本村但居住一年以上", "其他")):
        x = tick_box(p, x, y, word, i == kind, f) + 16 * s
    y += 44 * s
    pledge = [S("本人", "footer"), S(name, "name")]
    pledge.append(S("承诺以上信息真实有效,未在其他村(社区)重复登记,自愿参加本届选举。", "footer"))
    y = c.wrap(m, y, pledge, p.font(16), w, 26 * s) + 20 * s
    x = c.line(m, y, [S("申请人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    c.line(m + w * 0.55, y, [S("申请日期:", "label"), S(fk.date("cn"), "date")], f)
    y += 36 * s
    office_rows = [
        [
            label_cell("选举委员会审核意见"),
            hand_cell(rng.choice(("同意登记", "符合条件,予以登记")), "other"),
        ],
        [label_cell("登记员"), hand_cell(fk.cn_name(honorific=0.0), "name")],
        [label_cell("所属选区/小组"), hand_cell(f"第{rng.randint(1, 9)}选区", "other")],
    ]
    top = y
    y = table(p, m, y, (w * 0.3, w * 0.7), office_rows, 46 * s, f, hand_px=26)
    box_stamp(p, right - w * 0.2, (top + y) / 2, ["选举委员会", "已登记"], 15)
    y += 30 * s
    notes = "注:选民名单于选举日二十日前张榜公布,对名单有不同意见的,可在公布之日起五日内向选举委员会申诉。"
    y = c.wrap(m, y, [S(notes, "footer")], p.font(14), w, 22 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def _cn_roll(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (980, 1060), 1.0, cjk=True, base=900, margin=(0.04, 0.05))
    s, w = p.s, right - m
    f = p.font(15)
    y, place = _head(p, rng, m + 30 * s, "选民名单")
    group = [S("第", "label"), S(str(rng.randint(1, 9)), "other"), S("选区", "label")]
    c.line(m, y, group, f)
    y += 12 * s
    hand = rng.random() < 0.5
    heads = ("序号", "姓名", "性别", "出生年月", "公民身份号码", "居住地址", "选民证号")
    rows = [[label_cell(h) for h in heads]]
    for i in range(rng.randint(6, 10)):
        id_no = fk.cn_resident_id(x_prob=0.1)
        rows.append(
            [
                _cell(str(i + 1), "other"),
                _cell(fk.cn_name(honorific=0.0), "name", hand),
                _cell(fk.sex(), "other", hand),
                _cell(f"{id_no[6:10]}.{id_no[10:12]}", "id_number", hand),
                _cell(id_no, "id_number", hand),
                Cell((_home(rng, fk, place),), hand),
                _cell(fk.digits(5), "id_number", hand),
            ]
        )
    widths = [w * k for k in (0.06, 0.12, 0.07, 0.12, 0.27, 0.22, 0.14)]
    y = table(p, m, y, widths, rows, 38 * s, f, hand_px=22) + 34 * s
    c.line(m, y, [S("登记员:", "label")], f)
    handwritten(p, m + 70 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
    c.line(m + w * 0.4, y, [S(place + "选举委员会", "shop")], f)
    c.line(m + w * 0.4, y + 28 * s, [S(fk.date("cn"), "date")], f)
    box_stamp(p, right - w * 0.15, y - 10 * s, ["公  告", "已张榜"], 15)
    return _finish(c, y + 30 * s, 0, pad=m * 0.6)


def _boxes(p: Pen, x: float, y: float, value: str, kind: str, box: float, room: float) -> None:
    """A value one letter per box, as many boxes as fit ``room`` (a long name is cut
    off where the boxes end, as on the paper form)."""
    count = int(room // box)
    char_boxes(p, x, y, value.upper()[:count], kind, box=box, count=count, hand=True)


def _blank(
    p: Pen, x: float, y: float, width: float, caption: str, value: list[Span], px: float = 22
) -> None:
    """A value written by hand on a rule with its caption printed under it."""
    over_caption(p, x, y, width, caption, value, p.font(12), px, hand=True, cjk=False)


def _yes_no(p: Pen, y: float, x: float, question: str, yes: bool, t: dict, font) -> None:
    x = p.c.line(x, y, [S(question, "label")], font) + 16 * p.s
    x = tick_box(p, x, y, t["yes"], yes, font) + 14 * p.s
    tick_box(p, x, y, t["no"], not yes, font)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = WORDS[lang]
    en = lang == "en"
    c, p, m, right = sheet(rng, (800, 880), 1.75, cjk=False, base=860, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f, cap, bold = p.font(15), p.font(12), p.font(16, bold=True)
    box = 24 * s
    council, unit = OFFICES[lang]
    y = m + 30 * s
    c.text(m, y, council, p.font(20, bold=True), "shop")
    y += 22 * s
    if en:
        where, tel = ", ".join(fk.office_address("en")), fk.office_phone("en")
    else:
        street, town = fk.eu_address("fr")
        where = f"{street.split(',')[0]}, {town}"
        tel = f"0{rng.randint(1, 5)} " + " ".join(fk.digits(2) for _ in range(4))
    c.line(m, y, [S(unit + " · ", "label"), Span(where, "shop_address", None)], cap)
    c.text(right, y, tel, cap, "shop_phone", anchor="rs")
    y += 40 * s
    c.text(m, y, t["title"], p.font(22, bold=True), "label")
    y += 36 * s
    if en:
        first, sur = fk.en_name().split(" ", 1)
        street_line, town_line = fk.uk_address()
        street_spans = [S(a, k) for a, k in street_line.segments]
        town_text, pc = town_line.text.rsplit(" ", 2)[0], " ".join(town_line.text.split()[-2:])
        id_no, phone, other = fk.ni_number().replace(" ", ""), fk.uk_phone(), fk.en_name()
    else:
        first, sur = fk.eu_name("fr").split(" ", 1)
        street_text, town_line2 = fk.eu_address("fr")
        street_spans = [S(street_text, "address")]
        pc, town_text = town_line2.split(" ", 1)
        id_no, phone, other = fk.eu_id("fr"), fk.eu_phone("fr"), fk.eu_name("fr")
    for section, parts in ((t["s1"], ((t["sur"], sur), (t["first"], first))),):
        c.text(m, y, section, bold, "label")
        y += 12 * s
        for caption, value in parts:
            c.text(m, y + box * 0.7, caption, f, "label")
            _boxes(p, m + w * 0.24, y, value, "name", box, w * 0.76)
            y += box + 14 * s
    changed = rng.random() < 0.3
    y += 14 * s
    _yes_no(p, y, m, t["changed"], changed, t, f)
    y += 40 * s
    prev = other.split(" ", 1)[1] if changed else ""
    _blank(p, m, y, w * 0.6, t["prev"], [S(prev, "name")])
    y += 58 * s
    c.text(m, y, t["s2"], bold, "label")
    y += 34 * s
    _blank(p, m, y, w, t["street"], street_spans)
    y += 50 * s
    _blank(p, m, y, w * 0.55, t["town"], [S(town_text, "address")])
    c.text(m + w * 0.6, y, t["pc"], cap, "label")
    _boxes(
        p,
        m + w * 0.6 + p.width(t["pc"], cap) + 8 * s,
        y - box * 0.8,
        pc.replace(" ", ""),
        "address",
        box,
        w * 0.25,
    )
    y += 46 * s
    moved = rng.random() < 0.35
    _yes_no(p, y, m, t["moved"], moved, t, f)
    y += 40 * s
    if moved:
        if en:
            a, b = fk.uk_address()
            before = (
                [S(x, k) for x, k in a.segments]
                + [S(", ", "other")]
                + [S(x, k) for x, k in b.segments]
            )
        else:
            before = [S(", ".join(fk.eu_address("fr")), "address")]
    else:
        before = []
    _blank(p, m, y, w, t["prev_addr"], before)
    y += 58 * s
    c.text(m, y, t["s3"], bold, "label")
    y += 12 * s
    day, month, year = fk.dob("dmy").split("/")
    x = m
    for part in (day, month, year):
        x = char_boxes(p, x, y, part, "id_number", box=box, hand=True) + 14 * s
    c.text(m + w * 0.5, y - 12 * s + box, t["s4"], bold, "label")
    x = m + w * 0.5
    nation = 0 if rng.random() < 0.8 else rng.randrange(len(NATIONS[lang]))
    for i, word in enumerate(NATIONS[lang]):
        x = tick_box(p, x, y + box + 26 * s, word, i == nation, cap) + 10 * s
    y += box + 60 * s
    c.text(m, y, t["s5"], bold, "label")
    y += 12 * s
    _boxes(p, m, y, id_no, "id_number", box, w * 0.6)
    y += box + 40 * s
    c.text(m, y, t["s6"], bold, "label")
    y += 34 * s
    half = w * 0.5
    _blank(p, m, y, half - 14 * s, t["tel"], [S(phone, "phone")])
    mail = [S(fk.email(f"{first} {sur}"), "email")] if rng.random() < 0.7 else []
    _blank(p, m + half, y, half, t["mail"], mail)
    y += 50 * s
    tick_box(p, m, y, t["post"], rng.random() < 0.4, f)
    y += 28 * s
    tick_box(p, m, y, t["open"], rng.random() < 0.3, f)
    y += 34 * s
    y = word_wrap(p, m, y, [S(t["decl"], "footer")], f, w, 22 * s) + 28 * s
    sig = [S(f"{first[0]}. {sur}" if rng.random() < 0.5 else f"{first} {sur}", "name")]
    _blank(p, m, y, half - 14 * s, t["sig"], sig, 32)
    _blank(p, m + half, y, half * 0.6, t["date"], [S(fk.date("in" if en else "iso"), "date")])
    y += 62 * s
    rows = grid_rows(
        [
            [
                (t["o1"], f"{fk.upper(2)}{fk.digits(3)}" if rng.random() < 0.5 else "", "other"),
                (t["o2"], f"{fk.upper(2)}{rng.randint(1, 9)}", "other"),
            ],
            [(t["o3"], fk.date("in"), "date")],
        ]
    )
    c.text(m, y, t["office"], p.font(13), "label", fill=(50, 50, 50))
    y = table(
        p,
        m,
        y + 8 * s,
        (w * 0.2, w * 0.3, w * 0.2, w * 0.3),
        rows,
        34 * s,
        cap,
        hand_px=20,
        cjk=False,
    )
    return _finish(c, y, 0, pad=m * 0.6)


def voter_registration_form(rng: random.Random) -> Canvas:
    """A voter registration application or a page of the electoral roll: names,
    dates of birth, ID or NI numbers, addresses to the door, ticks, signature and
    the office's boxes."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn_form, _cn_roll, _latin), weights=(30, 20, 50))[0](rng, fk)


LAYOUTS = {"voter_registration_form": voter_registration_form}
