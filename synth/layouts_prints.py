"""Photo studios and printing: the order envelope or ticket a print shop fills in at the
counter, a Chinese 冲印单 on a kraft envelope, an English photo order envelope or a
German Fotoauftrag, often all by hand, with a tear-off claim stub at the bottom.

Personal: the customer's name and phone (and e-mail on the English and German
envelopes), the sitter's name on an ID-photo order (the person in the photo need not
be the customer), the clerk's name, and the name and phone repeated on the claim
stub. Ordinary: the shop's own name, address and phone, the order number (red, on the
envelope and the stub), the pick-up date, the table of prints (size, paper,
quantity, unit price, amount), the ID photo's purpose and background colour, the
totals, tick boxes and printed notices.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import hand_cell, label_cell, ruled_blank
from .kit import Pen, S, _finish
from .render import Canvas, Span

_KEYS = ("title", "no", "name", "tel", "mail", "ready", "size", "paper", "qty", "unit")
_KEYS2 = ("amount", "total", "paid", "sitter", "purpose", "stub", "clerk", "notice")
_EN = (
    *("PHOTO ORDER", "Order No.", "Name", "Phone", "E-mail", "Ready on", "Size", "Finish"),
    *("Qty", "Each", "Price", "Total", "Paid", "Passport photos for", "For"),
    "CLAIM STUB - keep this to collect your photos",
    "Served by",
    "Orders not collected within 60 days may be disposed of. We are not liable for loss of "
    "original media.",
)
_DE = (
    *("Fotoauftrag", "Auftrags-Nr.", "Name", "Telefon", "E-Mail", "Abholung am", "Format"),
    *("Oberfläche", "Anz.", "Stück", "Betrag", "Summe", "Bezahlt", "Passbilder für", "Für"),
    "Abholschein - bitte bei Abholung vorlegen",
    "Bedient von",
    "Nicht abgeholte Aufträge werden nach 3 Monaten vernichtet.",
)
_CN = (
    *("数码冲印单", "单号", "姓名", "电话", "邮箱", "取件日期", "尺寸", "相纸", "数量", "单价"),
    *("金额", "合计", "已付", "证件照拍摄人", "用途", "取件联(凭此联取件)", "开单"),
    "温馨提示:照片冲印后请在30日内取件,逾期不取本店不负保管责任;底片及U盘请当面点清。",
)
#: Language -> printed words (keyed by :data:`_KEYS` + :data:`_KEYS2`), shops with
#: their own address and phone, print sizes, papers and prices, ID-photo purposes.
_WORDS = {
    "en": {
        **dict(zip(_KEYS + _KEYS2, _EN, strict=True)),
        "shops": (
            "Snapshot Photo Centre",
            "Kodak Express High St",
            "Bright Prints",
            "Lens & Light",
        ),
        "shop_line": "22 Market Street · 01632 960 {}",
        "sizes": (
            ('6x4"', 0.35),
            ('7x5"', 0.9),
            ('10x8"', 4.5),
            ('12x8"', 5.0),
            ("A4", 6.0),
            ("Passport x4", 12.0),
        ),
        "papers": ("Gloss", "Matt", "Lustre"),
        "purposes": ("UK passport", "US visa", "Driving licence", "Student ID"),
        "money": "£{:.2f}",
    },
    "de": {
        **dict(zip(_KEYS + _KEYS2, _DE, strict=True)),
        "shops": ("Foto Becker", "Fotostudio Lichtblick", "Bilderwerk Schulz", "Foto-Express"),
        "shop_line": "Bahnhofstr. 9 · Tel. 0721 55 {}",
        "sizes": (
            ("9x13", 0.19),
            ("10x15", 0.25),
            ("13x18", 0.6),
            ("20x30", 2.9),
            ("30x45", 7.5),
            ("Passbild 4 St.", 14.9),
        ),
        "papers": ("glänzend", "matt", "seidenmatt"),
        "purposes": ("Personalausweis", "Reisepass", "Führerschein", "Visum USA"),
        "money": "{:.2f} EUR",
    },
    "cn": {
        **dict(zip(_KEYS + _KEYS2, _CN, strict=True)),
        "shops": ("光影照相馆", "柯达快印", "美时数码冲印", "时光影楼", "星光图文快印"),
        "shop_line": "店址:解放路{}号(新华书店旁) 电话:0571-8{}",
        "sizes": (
            ("5寸", 0.8),
            ("6寸", 1.0),
            ("7寸", 2.5),
            ("10寸", 10.0),
            ("A4", 12.0),
            ("一寸证件照", 20.0),
            ("二寸蓝底", 25.0),
        ),
        "papers": ("光面", "绒面", "亮面", "丝绸面"),
        "purposes": ("身份证", "护照", "签证", "驾驶证", "社保卡", "考试报名"),
        "money": "{:.1f}",
    },
}


def _people(fk: ErrandFaker, lang: str) -> tuple[str, str, str]:
    """The customer, the customer's phone and another person (the sitter)."""
    if lang == "cn":
        return fk.cn_name(honorific=0.2), fk.cn_mobile("plain"), fk.cn_name(honorific=0.0)
    if lang == "de":
        return fk.eu_name("de"), fk.eu_phone("de"), fk.eu_name("de")
    return fk.en_name(), fk.uk_phone(), fk.en_name()


def _number(p: Pen, right: float, y: float, label: str, number: str, font) -> None:
    """The order number printed in red, flush with the right margin."""
    spans = [S(label + " ", "label"), S(number, "other")]
    p.c.line(right - p.width(label + " " + number, font), y, spans, font, fill=RED)


def photo_print_order(rng: random.Random) -> Canvas:
    """A print order envelope or ticket: the customer block, the prints table, an
    ID-photo line with the sitter's name, totals, notice and the claim stub."""
    fk = ErrandFaker(rng)
    lang = rng.choices(("cn", "en", "de"), weights=(45, 35, 20))[0]
    t, cjk = _WORDS[lang], lang == "cn"
    c, p, m, right = sheet(rng, (780, 880), 1.9, cjk=cjk, base=820, margin=(0.05, 0.08))
    W, s, w = c.width, p.s, right - m
    if rng.random() < 0.5:  # a kraft envelope
        c.draw.rectangle([0, 0, W, c.height], fill=(rng.randint(205, 225), 185, 140))
    f, hp = p.font(20), 30
    money = t["money"].format
    order_no = fk.digits(rng.choice((5, 6, 8)), True)
    y = m + 36 * s
    c.text(m, y, rng.choice(t["shops"]), p.font(30, bold=True), "shop")
    y += 32 * s
    line = (
        t["shop_line"].format(rng.randint(3, 300), fk.digits(7))
        if cjk
        else t["shop_line"].format(fk.digits(3))
    )
    c.text(m, y, line, p.font(15), "other")
    y += 54 * s
    c.text(m, y, t["title"], p.font(28, bold=True), "label")
    _number(p, right, y, t["no"], order_no, p.font(24, bold=True))
    y += 56 * s
    name, phone, sitter = _people(fk, lang)
    yy, mm, dd = fk.date("iso").split("-")
    ready = {"cn": f"{int(mm)}月{int(dd)}日", "en": f"{dd}/{mm}", "de": f"{dd}.{mm}.{yy}"}[lang]
    if cjk and rng.random() < 0.5:  # a ruled grid on the counter copy
        rows = [
            [
                label_cell(t["name"]),
                hand_cell(name, "name"),
                label_cell(t["tel"]),
                hand_cell(phone, "phone"),
            ],
            [label_cell(t["ready"]), hand_cell(ready, "date", 3)],
        ]
        y = (
            table(
                p,
                m,
                y - 30 * s,
                (w * 0.18, w * 0.32, w * 0.16, w * 0.34),
                rows,
                54 * s,
                f,
                hand_px=hp,
            )
            + 50 * s
        )
    else:
        half = m + w * 0.52
        ruled_blank(p, y, t["name"], [S(name, "name")], f, m, half - 16 * s, hand_px=hp, cjk=cjk)
        ruled_blank(p, y, t["tel"], [S(phone, "phone")], f, half, right, hand_px=hp, cjk=cjk)
        y += 54 * s
        if not cjk and rng.random() < 0.5:
            ruled_blank(p, y, t["mail"], [S(fk.email(name), "email")], f, m, right, hand_px=hp)
            y += 54 * s
        ruled_blank(p, y, t["ready"], [S(ready, "date")], f, m, half - 16 * s, hand_px=hp, cjk=cjk)
        y += 54 * s
    x = m
    for k, paper in enumerate(t["papers"][:3]):
        x = tick_box(p, x, y, paper, k == 0 or rng.random() < 0.2, f) + 34 * s
    y += 30 * s
    rows: list[list[Cell]] = [
        [label_cell(t[k]) for k in ("size", "paper", "qty", "unit", "amount")]
    ]
    total = 0.0
    for size, each in rng.sample(t["sizes"], rng.randint(1, 4)):
        qty = rng.choice((1, 2, 5, 10, 12, 20, 36, 50))
        total += qty * each
        rows.append(
            [
                hand_cell(size, "item"),
                hand_cell(rng.choice(t["papers"]), "item"),
                hand_cell(str(qty), "other"),
                hand_cell(money(each), "price"),
                hand_cell(money(qty * each), "price"),
            ]
        )
    rows += [[Cell(())] * 5 for _ in range(rng.randint(0, 2))]
    rows.append(
        [label_cell(t["total"]), Cell(()), Cell(()), Cell(()), hand_cell(money(total), "price")]
    )
    y = table(
        p,
        m,
        y,
        (w * 0.2, w * 0.22, w * 0.14, w * 0.2, w * 0.24),
        rows,
        46 * s,
        f,
        hand_px=28,
        cjk=cjk,
    )
    y += 44 * s
    tick_box(p, m + w * 0.55, y, t["paid"], rng.random() < 0.7, f)
    y += 54 * s
    if rng.random() < 0.6:  # an ID-photo order names the person photographed
        ruled_blank(p, y, t["sitter"], [S(sitter, "name")], f, m, m + w * 0.62, hand_px=hp, cjk=cjk)
        ruled_blank(
            p,
            y,
            t["purpose"],
            [S(rng.choice(t["purposes"]), "other")],
            f,
            m + w * 0.64,
            right,
            hand_px=hp,
            cjk=cjk,
        )
        y += 54 * s
    clerk = (
        fk.cn_name(honorific=0.0)
        if cjk
        else (fk.en_first(upper=False) if lang == "en" else fk.eu_name("de").split()[0])
    )
    x = c.line(m, y, [S(t["clerk"] + ":", "label")], f) + 10 * s
    handwritten(p, x, y, [S(clerk, "name")], hp, cjk=cjk)
    y += 44 * s
    y = c.wrap(m, y, [S(t["notice"], "footer")], p.font(15), w, 22 * s, max_lines=3)
    # The tear-off claim stub repeats the number, the customer and the date.
    y += 6 * s
    c.hline(0, W, y, width=1, dash=int(9 * s))
    y += 42 * s
    c.text(m, y, t["stub"], p.font(18, bold=True), "label")
    _number(p, right, y, t["no"], order_no, p.font(22, bold=True))
    y += 50 * s
    stub_name: list[Span] = [S(name, "name")]
    if cjk and rng.random() < 0.4:  # only the surname and a title, as clerks write it
        stub_name = [S(name[0] + rng.choice(("先生", "女士")), "name")]
    x = c.line(m, y, [S(t["name"], "label")], f) + 10 * s
    x = handwritten(p, x, y, stub_name, hp, cjk=cjk, width=w * 0.4) + 30 * s
    x = c.line(x, y, [S(t["tel"], "label")], f) + 10 * s
    handwritten(p, x, y, [S(phone, "phone")], hp, cjk=cjk, width=right - x)
    y += 46 * s
    x = c.line(m, y, [S(t["ready"], "label")], f) + 10 * s
    handwritten(p, x, y, [S(ready, "date")], hp, cjk=cjk)
    return _finish(c, y, 0, pad=m)


LAYOUTS = {"photo_print_order": photo_print_order}
