"""Laundry and dry cleaning: a French pressing's thermal deposit ticket, or a Chinese
dry cleaner's carbon-copy receipt (干洗收衣单) filled in by hand at the counter.

The French ticket prints the customer's name large at its head with no label
(title, surname, first name), the phone after "Tél.", a loyalty card number, and
the clerk's note of a stain or of whom to call written by hand on the tag stub. The
Chinese receipt is a printed grid: the customer's name, phone, member card and the
delivery address down to the room beside their row headers, a garments table
(item, colour, flaw, count, price), the pick-up date and a hand-written remark.
Garments, prices, dates, the shop's name and phone and its terms are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, Cell, handwritten, memo, role_line, sheet, table
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas

_FR_ITEMS = (
    ("Chemise", 3.9),
    ("Pantalon", 6.5),
    ("Veste", 9.8),
    ("Robe", 12.0),
    ("Manteau", 16.5),
    ("Couette 2 pers.", 22.0),
    ("Costume 2 pièces", 15.9),
    ("Pull", 5.5),
)
_FR_NOTES = ("tache de vin", "bouton manquant", "repassage seul", "ourlet à reprendre")
_CN_ITEMS = (
    ("羽绒服", 45),
    ("西装上衣", 30),
    ("羊毛大衣", 60),
    ("衬衫", 12),
    ("连衣裙", 35),
    ("皮鞋", 40),
    ("窗帘(米)", 15),
)
_CN_COLOURS = ("黑", "白", "藏青", "驼色", "灰", "酒红")
_CN_FLAWS = ("无", "袖口油渍", "领口发黄", "掉扣1粒", "起球", "无")


def _fr(rng: random.Random, fk: OccasionFaker) -> Canvas:
    W = rng.choice((560, 600))
    c = Canvas(W, int(W * 3), paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 600)
    s, m = p.s, int(W * 0.06)
    right = W - m
    f = p.font(21, mono=rng.random() < 0.5)
    lh = f.size * 1.45
    shop = f"Pressing {rng.choice(('du Marché', 'des Lilas', 'Saint-Aubin', 'Net & Sec'))}"
    y = m + 30 * s
    c.text(W / 2, y, shop, p.font(30, bold=True), "shop", anchor="ms")
    y += lh
    c.text(
        W / 2,
        y,
        f"{rng.randint(1, 60)} rue Pasteur · Tél. 0{rng.randint(1, 5)} {fk.digits(2)} {fk.digits(2)} {fk.digits(2)} {fk.digits(2)}",
        p.font(16),
        "other",
        anchor="ms",
    )
    y += lh * 1.6
    name = fk.eu_name("fr")
    first, last = name.split(" ", 1)
    title = rng.choice(("MME", "M.", "Mme", ""))
    head = f"{title} {last.upper()} {first}".strip()
    c.text(m, y, head, p.font(30, bold=True), "name")  # the customer, large, unlabelled
    y += lh
    c.line(m, y, [S("Tél. ", "label"), S(fk.eu_phone("fr"), "phone")], f)
    y += lh
    if rng.random() < 0.6:
        c.line(m, y, [S("Carte fidélité ", "label"), S(fk.loyalty_no(), "id_number")], f)
        y += lh
    ticket = fk.cleaning_ticket()
    c.line(m, y, [S("Ticket ", "label"), S(ticket, "other")], p.font(24, bold=True))
    y += lh
    c.line(m, y, [S("Dépôt le ", "label"), S(fk.date("dmy"), "date")], f)
    y += lh
    c.line(m, y, [S("Prêt le ", "label"), S(fk.date("dmy"), "date")], f, fill=RED)
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * s))
    y += lh
    total = 0.0
    for item, price in rng.sample(_FR_ITEMS, rng.randint(2, 5)):
        n = rng.choice((1, 1, 2, 3))
        total += n * price
        c.text(m, y, f"{n} x {item}", f, "item")
        c.text(right, y, f"{n * price:.2f} €".replace(".", ","), f, "price", anchor="rs")
        y += lh
    c.hline(m, right, y - lh * 0.5, width=1)
    y += lh * 0.3
    c.text(m, y, "TOTAL TTC", p.font(24, bold=True), "label")
    c.text(
        right, y, f"{total:.2f} €".replace(".", ","), p.font(24, bold=True), "price", anchor="rs"
    )
    y += lh
    c.line(
        m, y, [S("Réglé ", "label"), S(rng.choice(("CB", "Espèces", "à la remise")), "other")], f
    )
    y += lh
    role_line(p, m, y, "Vous avez été servi par", fk.eu_name("fr").split()[0], f)
    y += lh * 1.2
    for line in ("Les articles non retirés sous 3 mois", "ne sont plus sous notre responsabilité."):
        c.text(m, y, line, p.font(16), "footer")
        y += lh * 0.8
    # The tag stub under the dashes: the clerk writes the note and a name to call.
    y += lh * 0.6
    c.hline(0, W, y, width=1, dash=int(8 * s))
    y += lh * 1.4
    c.text(m, y, ticket, p.font(26, bold=True, mono=True), "other")
    y += lh * 1.2
    note = [S(rng.choice(_FR_NOTES) + ", appeler ", "other"), S(f"{title or 'Mme'} {last}", "name")]
    if rng.random() < 0.5:
        note = [S(rng.choice(_FR_NOTES) + " - ", "other"), S(fk.eu_phone("fr"), "phone")]
    handwritten(p, m, y, note, 30, cjk=False, width=right - m)
    return _finish(c, y, 0, pad=m)


def _cn(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.0, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    copy = rng.choice(((255, 240, 245), (255, 252, 225), (235, 245, 255)))  # carbon copies
    c.draw.rectangle([0, 0, W, c.height], fill=copy)
    shop = f"{rng.choice(('洁丽', '净衣坊', '白领', '快洁'))}{rng.choice(('干洗店', '洗衣连锁', '洗护中心'))}"
    y = m + 46 * s
    c.text(W / 2, y, shop, p.font(32, bold=True), "shop", anchor="ms")
    y += 50 * s
    c.text(W / 2, y, "收衣单(顾客联)", p.font(26, bold=True), "label", anchor="ms")
    c.line(right - 260 * s, y, [S("No. ", "label"), S(fk.digits(7), "other")], f, fill=RED)
    y += 26 * s
    addr, _pc = fk.cn_address(with_door=1.0)
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731 - filled in
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    rows = [
        [
            lab("顾客姓名"),
            hand(fk.cn_name(honorific=0.4), "name"),
            lab("电话"),
            hand(fk.cn_mobile("plain"), "phone"),
        ],
        [
            lab("会员卡号"),
            hand(fk.member_card(), "id_number"),
            lab("收衣日期"),
            hand(fk.date("iso"), "date"),
        ],
    ]
    if rng.random() < 0.6:  # picked up and delivered to the door
        rows.append(
            [lab("取送地址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)]
        )
    widths = (w * 0.15, w * 0.35, w * 0.15, w * 0.35)
    y = table(p, m, y, widths, rows, 62 * s, f, hand_px=30, cjk=True)
    y += 26 * s
    head = [Cell.of(t, "label", align="c") for t in ("品名", "颜色", "瑕疵说明", "件数", "金额")]
    goods = [head]
    total = 0
    for item, price in rng.sample(_CN_ITEMS, rng.randint(2, 4)):
        n = rng.choice((1, 1, 2))
        total += n * price
        goods.append(
            [
                hand(item, "item"),
                hand(rng.choice(_CN_COLOURS), "other"),
                hand(rng.choice(_CN_FLAWS), "other"),
                hand(str(n), "other"),
                hand(f"{n * price}", "price"),
            ]
        )
    goods.append(
        [
            Cell.of("合计", "label", align="c"),
            Cell.of("", "other", span=3),
            hand(f"¥{total}", "price"),
        ]
    )
    y = table(
        p,
        m,
        y,
        (w * 0.26, w * 0.14, w * 0.3, w * 0.12, w * 0.18),
        goods,
        56 * s,
        f,
        hand_px=28,
        cjk=True,
    )
    y += 50 * s
    c.line(m, y, [S("取衣日期 ", "label"), S(fk.date("cn"), "date")], f)
    y += 50 * s
    remark = rng.choice(
        (
            [S("本人不在家交给", "other"), S(fk.cn_name(honorific=0.5), "name")],
            [S("急件 取时先打电话", "other"), S(fk.cn_mobile("plain"), "phone")],
            [S("袖口油渍不保证洗净 顾客已同意", "other")],
        )
    )
    y = memo(p, m, y, "备注", remark, f, w, hand=True)
    y += 10 * s
    c.text(m, y, "收衣员", f, "label")
    handwritten(
        p, m + 90 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True, width=160 * s
    )
    y += 50 * s
    for note in (
        "凭此单取衣,遗失请及时挂失;衣物超过三个月未取,本店不再负责保管。",
        f"门店电话 {fk.cn_landline()}",
    ):
        y = c.wrap(m, y, [S(note, "footer")], p.font(18), w, 28 * s, max_lines=2)
    return _finish(c, y, m)


def dry_cleaning_ticket(rng: random.Random) -> Canvas:
    """A dry cleaner's ticket: a French thermal deposit ticket or a Chinese carbon form."""
    fk = OccasionFaker(rng)
    return _fr(rng, fk) if rng.random() < 0.5 else _cn(rng, fk)


LAYOUTS = {"dry_cleaning_ticket": dry_cleaning_ticket}
