"""Changes of address and mail redirection. A post office's "Redirection of mail"
application filled in by pen (everyone moving, up to four rows; the old and the new
address to the flat; the start date; the 3/6/12-month period with its fee; proof of
identity ticked with its number; the signature); a Chinese 邮件改寄申请 or bank
客户信息变更申请表 grid (原地址, 新地址, old and new 联系电话, 证件号码, the applicant's
signature, 经办柜员 with a 柜员号); an online confirmation e-mail naming everyone in
one sentence; a hand-written "We've moved!" card; or a French "Changement d'adresse"
(Nom, Prénom, Ancienne adresse, Nouvelle adresse, Date d'effet).

Personal: the movers' names, both addresses (``address`` and ``door``), their phones and
e-mail, ID numbers and dates of birth, the customer or reference number tied to one
household, the clerk's name and teller number (``id_number``). Ordinary: fees, periods,
instructions, dates, headings and ticks; the post's or bank's name, branch and hotline
are business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import over_caption, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, label_cell
from .kit import S, _addr_spans, _finish, street_spans
from .moveaddr_words import (
    CN_NOTES,
    CN_OFFICES,
    EN_NOTES,
    EN_POSTS,
    FR_NOTES,
    PERIODS,
    cn_date,
    en_date,
)
from .moving_notices import moved_card, redirection_email
from .render import Canvas, Span


def _en_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The redirection application, printed captions under rules, filled in by pen."""
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=False, base=1200, margin=0.06)
    s = p.s
    post = rng.choice(EN_POSTS)
    y = m + 36 * s
    c.text(m, y, post, p.font(26, bold=True), "shop")
    y += 40 * s
    c.text(m, y, "Redirection application", p.font(32, bold=True), "label")
    y += 32 * s
    c.text(m, y, "Please use black ink and CAPITAL LETTERS", p.font(16), "footer")
    y += 56 * s
    cap = p.font(13)
    c.text(m, y - 20 * s, "1  Who is moving? (up to four people)", p.font(19, bold=True), "label")
    surname = fk.en_name().split()[-1]
    half = (right - m) / 2
    y -= 14 * s
    for _ in range(rng.randint(1, 4)):
        y += 62 * s
        title = rng.choice(("Mr", "Mrs", "Ms", "Miss", "Dr"))
        first = fk.en_first(upper=False)
        over_caption(p, m, y, 90 * s, "Title", [S(title, "other")], cap, 26, hand=True, cjk=False)
        over_caption(
            p,
            m + 110 * s,
            y,
            half - 130 * s,
            "First name",
            [S(first, "name")],
            cap,
            26,
            hand=True,
            cjk=False,
        )
        last = surname if rng.random() < 0.8 else fk.en_name().split()[-1]
        over_caption(
            p, m + half, y, half, "Surname", [S(last, "name")], cap, 26, hand=True, cjk=False
        )
    for head, lines in (("2  Old address", fk.uk_block()), ("3  New address", fk.uk_block())):
        y += 70 * s
        c.text(m, y, head, p.font(19, bold=True), "label")
        for line in lines:
            y += 48 * s
            over_caption(p, m, y, right - m, "", _addr_spans([line]), cap, 26, hand=True, cjk=False)
    y += 70 * s
    c.text(m, y, "4  When should we start?", p.font(19, bold=True), "label")
    y += 44 * s
    start = en_date(rng)
    over_caption(
        p,
        m,
        y,
        300 * s,
        "Start date (DD/MM/YYYY)",
        [S(start, "date")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 66 * s
    c.text(m, y, "5  How long for?", p.font(19, bold=True), "label")
    y += 40 * s
    chosen = rng.choice(PERIODS)
    x = m
    for months, fee in PERIODS:
        x = tick_box(p, x, y, f"{months} months", (months, fee) == chosen, p.font(17))
        x = c.line(x + 8 * s, y, [S(fee, "price")], p.font(17)) + 40 * s
    y += 64 * s
    c.text(m, y, "6  Proof of identity", p.font(19, bold=True), "label")
    y += 40 * s
    doc = rng.choice(("Passport", "Driving licence", "Biometric residence permit"))
    x = m
    for kind in ("Passport", "Driving licence", "Biometric residence permit"):
        x = tick_box(p, x, y, kind, kind == doc, p.font(17)) + 30 * s
    y += 50 * s
    number = fk.passport() if doc == "Passport" else fk.driving_licence(surname)
    if doc.startswith("Bio"):
        number = f"ZU{fk.digits(7)}"
    over_caption(
        p, m, y, 420 * s, "Document number", [S(number, "id_number")], cap, 26, hand=True, cjk=False
    )
    over_caption(
        p,
        m + 460 * s,
        y,
        right - m - 460 * s,
        "Daytime phone",
        [S(fk.uk_phone(), "phone")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 70 * s
    for note in EN_NOTES:
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(14), right - m, 20 * s)
    y += 40 * s
    x = c.line(m, y, [S("Signature", "label")], p.font(17)) + 20 * s
    handwritten(p, x, y, [S(f"{rng.choice('ABCDJMPS')}. {surname}", "name")], 34, cjk=False)
    c.line(right - 300 * s, y, [S("Date ", "label"), S(en_date(rng), "date")], p.font(17))
    return _finish(c, y, m // 2, pad=16 * s)


def _cn_grid(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The post's redirection slip or the bank's change-of-details form at the counter."""
    bank = rng.random() < 0.45
    c, p, m, right = sheet(rng, (1200, 1260), 1.3, cjk=True, base=1200, margin=0.05)
    s = p.s
    issuer = fk.cn_bank() if bank else rng.choice(CN_OFFICES)
    title = "个人客户信息变更申请表" if bank else rng.choice(("邮件改寄申请单", "邮件改寄服务申请"))
    y = m + 36 * s
    c.text(c.width / 2, y, issuer, p.font(24, bold=True), "shop", anchor="ms")
    y += 44 * s
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(m, y, [S("申请日期:", "label"), S(cn_date(rng), "date")], p.font(16))
    c.line(
        right - 330 * s,
        y,
        [S("业务编号:", "label"), Span(fk.digits(12), "order_number", None)],
        p.font(16),
    )
    y += 16 * s
    by_hand = rng.random() < 0.6
    name = fk.cn_name(honorific=0.0)
    old, _ = fk.cn_address(with_door=0.95)
    new, _ = fk.cn_address(with_door=0.95)
    rows = [
        [("申请人姓名", name, "name"), ("证件类型", "居民身份证", "other")],
        [("证件号码", fk.cn_resident_id(x_prob=0.1), "id_number")],
        [("原地址", _addr_spans([old]), "address")],
        [("新地址", _addr_spans([new]), "address")],
        [
            ("原联系电话", fk.cn_mobile_digits(), "phone"),
            ("新联系电话", fk.cn_mobile_digits(), "phone"),
        ],
    ]
    if bank:
        rows.insert(
            2, [("客户号", fk.digits(10), "id_number"), ("账号", fk.bank_account(), "card_number")]
        )
    else:
        months = rng.choice(("三个月", "六个月", "十二个月"))
        rows.append([("改寄期限", months, "other"), ("起始日期", cn_date(rng), "date")])
        rows.append(
            [
                ("改寄费", f"{rng.choice((30, 50, 80))}.00元", "price"),
                ("改寄方式", "全部邮件", "other"),
            ]
        )
    cells = grid_rows(rows, hand=by_hand)
    widths = [(right - m) * k for k in (0.16, 0.34, 0.16, 0.34)]
    y = table(p, m, y, widths, cells, 56 * s, p.font(18), hand_px=28)
    y += 10 * s
    head = [label_cell("变更项目"), Cell.of("", "other", span=3)]
    y = table(p, m, y, [widths[0], *widths[1:]], [head], 48 * s, p.font(17))
    x = widths[0] + m + 12 * s
    for item in ("通讯地址", "联系电话", "电子邮箱", "工作单位"):
        x = tick_box(p, x, y - 16 * s, item, item in ("通讯地址", "联系电话"), p.font(16)) + 26 * s
    y += 44 * s
    for note in CN_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 40 * s
    x = c.line(m, y, [S("申请人签名:", "label")], p.font(18)) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 36, cjk=True)
    x = c.line(c.width * 0.5, y, [S("经办柜员:", "label")], p.font(18)) + 8 * s
    clerk = fk.cn_name(honorific=0.0)
    x = c.line(x, y, [S(clerk, "name")], p.font(18)) + 20 * s
    c.line(x, y, [S("柜员号:", "label"), S(fk.digits(6), "id_number")], p.font(18))
    seal(p, right - 120 * s, y - 70 * s, 64 * s, "业务专用章")
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("客服热线:", "label"),
            Span(rng.choice(("11185", "95580", "95566")), "shop_phone", None),
        ],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _fr_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """La Poste's "Changement d'adresse / réexpédition" form, boxes filled by pen."""
    c, p, m, right = sheet(rng, (1100, 1200), 1.2, cjk=False, base=1100, margin=0.06)
    s = p.s
    y = m + 36 * s
    c.text(m, y, "La Poste", p.font(26, bold=True), "shop")
    y += 46 * s
    c.text(m, y, "Changement d'adresse - réexpédition du courrier", p.font(26, bold=True), "label")
    y += 50 * s
    cap = p.font(13)
    family = fk.eu_name("fr").split(" ", 1)[1]
    for _ in range(rng.randint(1, 3)):
        prenom, nom = fk.eu_name("fr").split(" ", 1)
        nom = family if rng.random() < 0.75 else nom
        over_caption(
            p,
            m,
            y,
            (right - m) * 0.45,
            "Nom",
            [S(nom.upper(), "name")],
            cap,
            26,
            hand=True,
            cjk=False,
        )
        over_caption(
            p,
            m + (right - m) * 0.5,
            y,
            (right - m) * 0.5,
            "Prénom",
            [S(prenom, "name")],
            cap,
            26,
            hand=True,
            cjk=False,
        )
        y += 62 * s
    for head in ("Ancienne adresse", "Nouvelle adresse"):
        street, town = fk.eu_address("fr")
        y += 10 * s
        c.text(m, y, head, p.font(19, bold=True), "label")
        y += 44 * s
        over_caption(
            p, m, y, right - m, "N° et voie", street_spans(street), cap, 26, hand=True, cjk=False
        )
        y += 56 * s
        over_caption(
            p,
            m,
            y,
            right - m,
            "Code postal et commune",
            [S(town, "address")],
            cap,
            26,
            hand=True,
            cjk=False,
        )
        y += 50 * s
    y += 20 * s
    over_caption(
        p, m, y, 300 * s, "Date d'effet", [S(en_date(rng), "date")], cap, 26, hand=True, cjk=False
    )
    over_caption(
        p,
        m + 340 * s,
        y,
        right - m - 340 * s,
        "Téléphone",
        [S(fk.eu_phone("fr"), "phone")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 64 * s
    x, chosen = m, rng.randrange(2)
    for k, (months, price) in enumerate((("6 mois", "39 €"), ("12 mois", "58 €"))):
        x = tick_box(p, x, y, f"Réexpédition {months}", k == chosen, p.font(17))
        x = c.line(x + 8 * s, y, [S(price, "price")], p.font(17)) + 40 * s
    y += 44 * s
    for note in FR_NOTES:
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(14), right - m, 20 * s)
    y += 36 * s
    x = c.line(m, y, [S("Signature", "label")], p.font(17)) + 20 * s
    handwritten(p, x, y, [S(family.title(), "name")], 34, cjk=False)
    return _finish(c, y, m // 2, pad=16 * s)


def change_of_address_form(rng: random.Random) -> Canvas:
    """A change of address: a redirection application, a Chinese counter form, the
    confirmation e-mail, a "we've moved" card or a French form."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_grid, _en_form, redirection_email, moved_card, _fr_form), weights=(32, 22, 16, 12, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"change_of_address_form": change_of_address_form}
