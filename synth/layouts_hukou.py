"""Household registers. Pages of a 居民户口簿 photographed open on a table: the 户主页 (户别,
户主姓名, 户号, 住址 to the room, the registration office's seal, 承办人签章, 签发日期) or two
常住人口登记卡 of one household side by side (姓名, 户主或与户主关系, 曾用名, 性别, 出生地,
民族, 籍贯, 出生日期, 本市（县）其他住址, 宗教信仰, 公民身份号码, 身高, 血型, 文化程度, 婚姻状况,
兵役状况, 服务处所, 职业, the two 何时由何地迁来 boxes, 承办人 and 登记日期), printed or
written into the boxes by hand; a police station's 户籍证明 letter ("兹证明<name>…公民
身份号码…户籍地址…"); or a German Meldebescheinigung (Familienname, Vornamen,
Geburtsdatum, Geburtsort, Anschrift, Einzugsdatum, Familienstand).

Personal: members, former names and the officers who signed (``name``), 户号, ID
numbers and dates of birth (``id_number``), the home and a previous or other address
(``address``, ``door``). Ordinary: printed labels, relations, sex, places of birth and
origin, ethnicity, education, marriage and service words, height, blood group,
employers, occupations, offices, seals, dates of registration and issue, notes.
"""

from __future__ import annotations

import random

from . import hukou_words as hw
from .day_first import day_first
from .fakedata_money import MoneyFaker
from .formkit import RED, handwritten, seal, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _addr_spans, _finish, _ink, street_spans
from .render import Canvas, Span

_TABLES = ((92, 64, 44), (128, 96, 70), (60, 62, 70), (170, 150, 120))
_LEAVES = ((238, 242, 248), (248, 238, 236), (240, 244, 236))


def _born(cid: str) -> str:
    """The date of birth an ID number carries, as the register prints it."""
    return f"{cid[6:10]}年{int(cid[10:12])}月{int(cid[12:14])}日"


def _member(rng: random.Random, fk: MoneyFaker, relation: str, surname: str) -> list:
    """One person's registration card as (label, value, kind) rows for a 6-column grid."""
    cid = fk.cn_resident_id(x_prob=0.1)
    want = hw.SEX_OF.get(relation)
    for _ in range(20):  # the ID's sex digit agrees with the relation
        if want is None or ("男" if int(cid[16]) % 2 else "女") == want:
            break
        cid = fk.cn_resident_id(x_prob=0.1)
    sex = "男" if int(cid[16]) % 2 else "女"
    married_in = relation in ("妻", "母亲", "儿媳")
    name = fk.cn_name(honorific=0.0) if married_in else surname + fk.cn_given_name()
    former = fk.cn_name(honorific=0.0) if rng.random() < 0.2 else ""
    other = _addr_spans([fk.cn_address(with_door=0.9)[0]]) if rng.random() < 0.25 else ""
    moved = [S(hw.register_date(rng), "date"), S(rng.choice(hw.MOVES), "other")]
    moved += _addr_spans([fk.cn_address(with_door=0.8)[0]]) + [S("迁来", "other")]
    rows = [
        [("姓名", name, "name"), ("户主或与户主关系", relation, "other")],
        [("曾用名", former, "name"), ("性别", sex, "other")],
        [("出生地", rng.choice(hw.PROVINCES), "other"), ("民族", rng.choice(hw.ETHNIC), "other")],
        [("籍贯", rng.choice(hw.PROVINCES), "other"), ("出生日期", _born(cid), "id_number")],
        [("本市(县)其他住址", other, "address")],
        [("宗教信仰", rng.choice(("无", "", "佛教")), "other"), ("公民身份号码", cid, "id_number")],
        [
            ("身高", f"{rng.randint(150, 188)}厘米", "other"),
            ("血型", rng.choice(hw.BLOOD), "other"),
            ("文化程度", rng.choice(hw.EDUCATION), "other"),
        ],
        [
            ("婚姻状况", rng.choice(hw.MARRIAGE), "other"),
            ("兵役状况", rng.choice(hw.MILITARY), "other"),
            ("职业", rng.choice(hw.JOBS), "other"),
        ],
        [("服务处所", rng.choice(hw.EMPLOYERS), "other")],
        [("何时由何地迁来本市(县)", moved, "address")],
        [
            (
                "何时由何地迁来本址",
                [S(hw.register_date(rng), "date"), S("本市内迁移", "other")],
                "other",
            )
        ],
    ]
    return rows


def _desk(rng: random.Random, w: int, h: int) -> tuple[Canvas, Pen]:
    """A table top under the open booklet (the photo condition adds the perspective)."""
    c = Canvas(w, h, paper=rng.choice(_TABLES), ink=_ink(rng))
    return c, Pen(rng, c, Faces.pick(rng, cjk=True), w / 1600)


def _leaf(p: Pen, x0: float, y0: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    p.c.draw.rectangle([x0, y0, x0 + w, y0 + h], fill=tint, outline=(150, 150, 160))


def _cn_cards(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """Two members' 常住人口登记卡 on facing pages, typed or filled in by hand."""
    c, p = _desk(rng, rng.choice((1600, 1680)), 1200)
    s = p.s
    tint = rng.choice(_LEAVES)
    by_hand = rng.random() < 0.45
    surname = fk.cn_surname()
    gap, pad = 24 * s, 60 * s
    page_w = (c.width - 2 * pad - gap) / 2
    bottom = 0.0
    for k, relation in enumerate(("户主", rng.choice(hw.RELATIONS))):
        x0 = pad + k * (page_w + gap)
        y0 = 70 * s
        _leaf(p, x0, y0, page_w, c.height - 130 * s, tint)
        mx = x0 + 24 * s
        y = y0 + 60 * s
        c.text(x0 + page_w / 2, y, "常住人口登记卡", p.font(30, bold=True), "label", anchor="ms")
        rows = grid_rows(_member(rng, fk, relation, surname), hand=by_hand, columns=6)
        widths = [(page_w - 48 * s) * f for f in (0.19, 0.19, 0.19, 0.17, 0.12, 0.14)]
        y = table(p, mx, y + 24 * s, widths, rows, 64 * s, p.font(16), hand_px=26, line=1)
        y += 50 * s
        f = p.font(16)
        x = c.line(mx, y, [S("承办人签章:", "label")], f) + 8 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
        c.line(
            x0 + page_w * 0.55, y, [S("登记日期:", "label"), S(hw.register_date(rng), "date")], f
        )
        bottom = max(bottom, y)
    c.trim(int(bottom + 80 * s))
    return c


def _cn_head(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The household's first page: kind, head, number, address and the office's seal."""
    c, p = _desk(rng, rng.choice((1000, 1080)), 1000)
    s = p.s
    x0, y0, w = 60 * s, 60 * s, c.width - 120 * s
    _leaf(p, x0, y0, w, c.height - 120 * s, rng.choice(_LEAVES))
    mx, right = x0 + 40 * s, x0 + w - 40 * s
    y = y0 + 80 * s
    c.text(c.width / 2, y, "常住人口登记表", p.font(32, bold=True), "label", anchor="ms")
    by_hand = rng.random() < 0.4
    line, _ = fk.cn_address(with_door=1.0)
    rows = grid_rows(
        [
            [
                ("户别", rng.choice(("家庭户", "家庭户", "集体户")), "other"),
                ("户主姓名", fk.cn_name(honorific=0.0), "name"),
            ],
            [("户号", fk.digits(9, True), "id_number"), ("住址", _addr_spans([line]), "address")],
        ],
        hand=by_hand,
    )
    widths = [(right - mx) * f for f in (0.14, 0.24, 0.16, 0.46)]
    y = table(p, mx, y + 30 * s, widths, rows, 90 * s, p.font(18), hand_px=28) + 80 * s
    station = rng.choice(hw.STATIONS)
    f = p.font(18)
    c.line(mx, y, [S("户口登记机关", "label")], f)
    seal(p, mx + 340 * s, y - 20 * s, 90 * s, "户口专用章")
    c.text(mx + 340 * s, y + 90 * s, station, p.font(14), "other", anchor="ms", fill=RED)
    x = c.line(c.width * 0.62, y, [S("承办人签章", "label")], f) + 14 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    y += 140 * s
    c.line(mx, y, [S("签发日期  ", "label"), S(hw.register_date(rng), "date")], f)
    y += 50 * s
    c.text(
        mx,
        y,
        "注意事项:本户口簿是确认公民身份、户籍状况的法律凭证,户口登记机关以外的",
        p.font(14),
        "footer",
    )
    c.text(mx, y + 24 * s, "任何单位和个人不得扣押,不得涂改。", p.font(14), "footer")
    c.trim(int(y + 100 * s))
    return c


def _cn_proof(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A police station's letter certifying one person's registration."""
    c, p, m, right = sheet(rng, (1000, 1060), 1.2, cjk=True, base=1000, margin=0.1)
    s = p.s
    y = m + 60 * s
    c.text(c.width / 2, y, "户籍证明", p.font(40, bold=True), "label", anchor="ms")
    y += 80 * s
    cid = fk.cn_resident_id(x_prob=0.1)
    line, _ = fk.cn_address(with_door=1.0)
    body: list[Span] = [
        S("兹证明", "footer"),
        S(fk.cn_name(honorific=0.0), "name"),
        S(f",{'男' if int(cid[16]) % 2 else '女'},", "footer"),
        S(_born(cid), "id_number"),
        S("出生,公民身份号码", "footer"),
        S(cid, "id_number"),
        S(",户籍地址", "footer"),
        *_addr_spans([line]),
        S(f",系该户{rng.choice(('户主', *hw.RELATIONS))}。经查,该户籍信息真实有效。", "footer"),
    ]
    f = p.font(22)
    y = c.wrap(m + 44 * s, y, body, f, right - m - 44 * s, 44 * s, indent=-44 * s, max_lines=6)
    c.text(m + 44 * s, y, "特此证明。", f, "footer")
    y += 90 * s
    station = rng.choice(hw.STATIONS)
    c.text(right, y, station, p.font(20), "other", anchor="rs")
    seal(p, right - 150 * s, y - 10 * s, 80 * s, "户籍专用章")
    y += 40 * s
    c.text(
        right,
        y,
        f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        p.font(20),
        "date",
        anchor="rs",
    )
    y += 70 * s
    x = c.line(m, y, [S("经办民警:", "label")], p.font(18)) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(
        c.width * 0.5,
        y,
        [S("联系电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)],
        p.font(18),
    )
    y += 50 * s
    for note in hw.CERT_NOTES:
        c.text(m, y, note, p.font(15), "footer")
        y += 26 * s
    return _finish(c, y, m // 2, pad=10 * s)


def _de_certificate(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1160), 1.3, cjk=False, base=1100, margin=0.08)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(hw.DE_OFFICES), p.font(20, bold=True), "shop")
    y += 90 * s
    c.text(m, y, "Einfache Meldebescheinigung", p.font(28, bold=True), "label")
    y += 34 * s
    c.text(m, y, "gemäß § 18 Abs. 1 Bundesmeldegesetz (BMG)", p.font(15), "footer")
    y += 50 * s
    first, last = fk.eu_name("de").split(" ", 1)
    street, town = fk.eu_address("de")
    fields = [
        ("Familienname", [S(last, "name")]),
        ("Vornamen", [S(first, "name")]),
        ("Geburtsname", [S(last if rng.random() < 0.6 else fk.eu_name("de").split()[-1], "name")]),
        ("Geburtsdatum", [S(day_first(fk.dob("iso"), "."), "id_number")]),
        ("Geburtsort", [S(rng.choice(hw.DE_BIRTHPLACES), "other")]),
        ("Familienstand", [S(rng.choice(hw.DE_STATUS), "other")]),
        ("Staatsangehörigkeit", [S("deutsch", "other")]),
        ("Anschrift", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        ("Einzugsdatum", [S(day_first(fk.date(), "."), "date")]),
        ("Wohnungsstatus", [S(rng.choice(("alleinige Wohnung", "Hauptwohnung")), "other")]),
    ]
    f = p.font(18)
    for label, value in fields:
        c.text(m, y, label, f, "label")
        c.line(m + 280 * s, y, value, f)
        y += 36 * s
    y += 30 * s
    y = word_wrap(p, m, y, [S(hw.DE_NOTE, "footer")], p.font(15), right - m, 24 * s)
    y += 40 * s
    c.line(m, y, [S("Ausgestellt am ", "label"), S(day_first(fk.date(), "."), "date")], f)
    seal(p, right - 110 * s, y - 20 * s, 70 * s, "Dienstsiegel")
    y += 50 * s
    x = c.line(m, y, [S("Im Auftrag", "label")], f) + 14 * s
    handwritten(p, x, y, [S(fk.eu_name("de").split()[-1], "name")], 30, cjk=False)
    return _finish(c, y, m // 2, pad=20 * s)


def household_register_page(rng: random.Random) -> Canvas:
    """A household register: two members' cards, the head's page, a station's
    certificate or a German registration certificate."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_cards, _cn_head, _cn_proof, _de_certificate), weights=(38, 20, 22, 20))[
        0
    ]
    return draw(rng, fk)


LAYOUTS = {"household_register_page": household_register_page}
