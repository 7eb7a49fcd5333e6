"""Courts: a summons (传票) a district court posts to a party of a civil case, or an
English county court's notice of hearing, with the proof-of-service slip below it.

The parties are named inside the case's prose ("原告 X 诉被告 Y ... 一案", "between X
Claimant and Y Defendant") as well as after the summoned person's label; the
summoned person's address runs down to the room and the slip at the foot is
signed by hand by whoever took the letter in, with a relation and a phone written
in its remark. The judge and clerk are named after role words with no colon. The
court's name, the case number, the hearing's time and room, the notes and the
court's seal are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import box_stamp, handwritten, memo, role_line, seal, sheet
from .kit import S, _addr_spans, _finish
from .render import Canvas, Span

_CN_CAUSES = ("民间借贷纠纷", "房屋租赁合同纠纷", "物业服务合同纠纷", "买卖合同纠纷", "离婚纠纷")
_CN_NOTES = (
    "被传唤人应携带本传票准时到达应到处所。",
    "被传唤人收到传票后,应在送达回证上签名或盖章。",
    "被传唤人无正当理由拒不到庭的,本院将依法缺席判决。",
)
_EN_CLAIMS = ("money owed for goods", "unpaid rent and arrears", "damage to a vehicle", "a deposit")
_EN_NOTES = (
    "If you do not attend, the court may make an order in your absence.",
    "Bring any documents you rely on and three copies of them.",
    "Please quote the claim number on all correspondence.",
)
_RELATIONS = ("其妻", "其夫", "其母", "其女", "邻居", "门卫")


def _cn(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.45, cjk=True, base=1240, margin=(0.07, 0.09))
    W, s, w = c.width, p.s, right - m
    f = p.font(24)
    lh = 46 * s
    court = f"{rng.choice(('江城市', '临海市', '青川市'))}{rng.choice(('东城区', '高新区', '江北区'))}人民法院"
    y = m + 60 * s
    c.text(W / 2, y, court, p.font(34, bold=True), "shop", anchor="ms")
    y += 70 * s
    c.text(W / 2, y, "传  票", p.font(44, bold=True), "label", anchor="ms")
    y += 60 * s
    c.line(right - 520 * s, y, [S("案号 ", "label"), S(fk.case_no(True), "other")], f)
    y += 30 * s
    summoned, other = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    plaintiff_first = rng.random() < 0.5
    cause = rng.choice(_CN_CAUSES)
    addr, _pc = fk.cn_address(with_door=1.0)
    rows: list[tuple[str, list[Span]]] = [
        ("案由", [S(cause, "other")]),
        ("被传唤人", [S(summoned, "name")]),
        ("工作单位或住址", _addr_spans([addr])),
        ("传唤事由", [S(rng.choice(("开庭", "调解", "询问", "宣判")), "other")]),
        ("应到时间", [S(f"{fk.date('cn')} {rng.choice(('09:00', '09:30', '14:30'))}", "date")]),
        ("应到处所", [S(f"本院第{rng.randint(1, 12)}法庭", "other")]),
    ]
    col = m + 210 * s
    for label, value in rows:
        y += 10 * s
        c.hline(m, right, y - lh + 14 * s, width=1)
        c.text(m + 10 * s, y, label, f, "label")  # ruled rows, label then value, no colon
        y = c.wrap(col, y, value, f, right - col - 10 * s, lh * 0.8, max_lines=2) + 8 * s
    c.hline(m, right, y - lh + 14 * s, width=1)
    y += 20 * s
    a, b = (summoned, other) if plaintiff_first else (other, summoned)
    prose = [
        S("原告", "label"),
        S(a, "name"),
        S("诉被告", "label"),
        S(b, "name"),
        S(f"{cause}一案,本院已立案受理,定于上述时间开庭审理,特此传唤。", "footer"),
    ]
    y = c.wrap(m, y, prose, f, w, lh * 0.8, max_lines=3) + 10 * s
    c.text(m, y, "注意事项:", f, "label")
    y += lh * 0.8
    for k, note in enumerate(_CN_NOTES, 1):
        y = c.wrap(m, y, [S(f"{k}. {note}", "footer")], p.font(20), w, 34 * s, max_lines=2)
    y += 30 * s
    judge, clerk = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    role_line(p, m, y, "审判员", judge, f)
    role_line(p, m + 300 * s, y, "书记员", clerk, f)
    y += lh * 0.8
    c.line(m, y, [S("联系电话 ", "label"), S(fk.cn_landline(), "other")], f)
    seal(p, right - 160 * s, y - 20 * s, 105 * s, court[:10])
    c.text(right - 160 * s, y + 110 * s, fk.date("cn"), f, "date", anchor="ms")
    y += 150 * s
    # The proof-of-service slip, cut along the dashes and signed by hand.
    c.hline(m, right, y, width=1, dash=int(10 * s))
    y += 50 * s
    c.text(W / 2, y, "送 达 回 证", p.font(28, bold=True), "label", anchor="ms")
    y += 50 * s
    c.text(m, y, "受送达人", f, "label")
    handwritten(p, col, y, [S(summoned, "name")], 34, cjk=True, width=260 * s)
    c.text(m + w * 0.55, y, "签收日期", f, "label")
    handwritten(p, m + w * 0.55 + 130 * s, y, [S(fk.date("iso"), "date")], 30, cjk=True)
    y += lh * 1.3
    taker = fk.cn_name(honorific=0.0)
    remark = [
        S("代收人", "other"),
        S(taker, "name"),
        S(f"({rng.choice(_RELATIONS)}) 电话", "other"),
        S(fk.cn_mobile("plain"), "phone"),
    ]
    y = memo(p, m, y, "备注", remark, f, w, hand=True)
    return _finish(c, y, m)


def _en(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.45, cjk=False, base=1240, margin=(0.07, 0.09))
    s, w = p.s, right - m
    f = p.font(24)
    lh = 40 * s
    town = rng.choice(("Wendham", "Castlebridge", "Marlow Green"))
    y = m + 50 * s
    c.text(m, y, f"In the County Court at {town}", p.font(30, bold=True), "shop")
    y += 60 * s
    c.text(m, y, "Notice of Hearing", p.font(40, bold=True), "label")
    c.line(right - 330 * s, y, [S("Claim No. ", "label"), S(fk.case_no(False), "other")], f)
    y += 60 * s
    claimant, defendant = fk.en_name(), fk.en_name()
    c.line(m, y, [S("Between ", "label"), S(claimant, "name"), S("  Claimant", "label")], f)
    y += lh
    c.line(m, y, [S("and ", "label"), S(defendant, "name"), S("  Defendant", "label")], f)
    y += lh * 1.5
    c.text(m, y, "To", f, "label")
    block = [[S(defendant.upper(), "name")], *(_addr_spans([ln]) for ln in fk.uk_address())]
    for spans in block:  # the window block, stacked, no labels
        c.line(m + 80 * s, y, spans, f)
        y += lh * 0.9
    y += lh * 0.6
    when = f"{fk.date('mon')} at {rng.choice(('10:00 am', '2:00 pm', '11:30 am'))}"
    prose = [
        S("The claim by ", "footer"),
        S(claimant, "name"),
        S(f" against you for {rng.choice(_EN_CLAIMS)} will be heard on {when} ", "footer"),
        S(f"in Court {rng.randint(1, 9)}, {town} Justice Centre.", "footer"),
    ]
    y = c.wrap(m, y, prose, f, w, lh, max_lines=4) + 10 * s
    for note in _EN_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(20), w, 30 * s, max_lines=2)
    y += 30 * s
    role_line(p, m, y, "District Judge", fk.en_name(), f)
    y += lh
    c.line(m, y, [S("Dated ", "label"), S(fk.date("mon"), "date")], f)
    box_stamp(p, right - 190 * s, y - 30 * s, (f"{town} County Court", "ISSUED"), 20)
    y += 120 * s
    c.hline(m, right, y, width=1, dash=int(10 * s))
    y += 46 * s
    c.text(
        m, y, "Certificate of service (return to the court office)", p.font(22, bold=True), "label"
    )
    y += 50 * s
    c.text(m, y, "Received by", f, "label")
    handwritten(p, m + 200 * s, y, [S(defendant, "name")], 34, cjk=False, width=320 * s)
    c.text(m + w * 0.6, y, "Date", f, "label")
    handwritten(p, m + w * 0.6 + 80 * s, y, [S(fk.date("dmy"), "date")], 30, cjk=False)
    y += lh * 1.4
    remark = [
        S(rng.choice(("left with ", "handed to ")), "other"),
        S(fk.en_first(upper=False), "name"),
        S(" (neighbour), tel ", "other"),
        S(fk.uk_phone(), "phone"),
    ]
    y = memo(p, m, y, "Notes", remark, f, w, hand=True, cjk=False)
    return _finish(c, y, m, border=0)


def court_summons(rng: random.Random) -> Canvas:
    """A district court's summons with its service slip, in Chinese or English."""
    fk = OccasionFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.6 else _en(rng, fk)


LAYOUTS = {"court_summons": court_summons}
