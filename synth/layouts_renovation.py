"""Home renovation. A page of a 家庭装修工程施工合同 (甲方(业主) with ID number and phone,
乙方 the company with its credit code, address and hotline; 工程地址 to the building
and room, 户型 and area, 承包方式, 工期 dates, 合同总价 in figures and capitals, the
payment stages, the 项目经理 and 设计师 with their phones, both parties' signatures and
the company's seal), the blanks typed or written in by hand; a 装修报价单 table (rooms
× items × unit × quantity × unit price × amount) with the client, site and designer
above it and the client's signature under it; an English quotation / work order
(Client, Site address, Contractor, Site supervisor, a priced schedule, VAT, the
payment schedule, "Accepted by"), or an Italian contratto di appalto per lavori di
ristrutturazione (Committente nato/a il, codice fiscale, residente in, Impresa with
its P.IVA, the flat's interno, Direttore dei lavori, firme).

Personal: the client, the project manager, designer, site supervisor and works
director (``name``), their phones and e-mails, the client's ID, date of birth and
codice fiscale (``id_number``), the site and the client's home (``address``,
``door``). Ordinary: headings, clauses, rooms, work items, materials, units, areas,
prices, totals, percentages, dates and durations; the firm's name, address, hotline,
licence and VAT numbers are business data and the contract or quote number is the
firm's own reference (``order_number``).
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital
from .fakedata_money import MoneyFaker
from .formkit import handwritten, seal, sheet
from .formkit_blanks import fill_in
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .kit import S, _finish
from .layouts_jewellery import _it_name, _money
from .layouts_viewing import _codice_fiscale
from .render import Canvas, Span
from .renovation_quote import CN_FIRMS, cn_quote, en_quote

_CN_LAYOUTS = ("两室一厅", "三室两厅", "三室一厅", "四室两厅", "一室一厅")
_CN_STAGES = ("开工前", "水电验收后", "泥木验收后", "油漆完工后", "竣工验收后")
_IT_WORKS = (
    "demolizione e rifacimento del bagno",
    "rifacimento dell'impianto elettrico",
    "posa di pavimento in gres porcellanato",
    "tinteggiatura di tutti gli ambienti",
    "sostituzione degli infissi",
)
_IT_FIRMS = (
    "Edil Costruzioni Ferri s.r.l.",
    "Ristrutturazioni Bellandi s.n.c.",
    "Impresa Edile Conti",
)


def _cn_site(fk: MoneyFaker) -> list[Span]:
    line, _ = fk.cn_address(with_door=1.0)
    return [S(t, k) for t, k in line.segments]


def _cn_contract(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 920), 1.55, cjk=True, base=860, margin=(0.06, 0.08))
    s, w, W = p.s, right - m, c.width
    f, hand = p.font(18), rng.random() < 0.6
    firm = fk.cn_estate()[:2] + rng.choice(CN_FIRMS) + "工程有限公司"
    y = m + 30 * s
    c.text(W / 2, y, "家庭装修工程施工合同", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.line(
        right - 300 * s,
        y,
        [
            S("合同编号: ", "label"),
            Span(f"ZX{rng.choice((2025, 2026))}-{fk.digits(4)}", "order_number", None),
        ],
        p.font(16),
    )
    owner, pm, designer = (fk.cn_name(honorific=0.0) for _ in range(3))

    def blanks(y: float, *pieces: str | tuple[str, str]) -> float:
        """One clause line: strings are printed, (text, kind) pairs fill its blanks
        (typed on some contracts, by pen on the rest)."""
        parts = [(S(x, "label"), False) if isinstance(x, str) else (S(*x), hand) for x in pieces]
        fill_in(p, m, y, parts, f, hand_px=26, cjk=True)
        return y + 40 * s

    y += 44 * s
    y = blanks(y, "甲方(业主):", (owner, "name"), "  身份证号:", (fk.cn_resident_id(), "id_number"))
    y = blanks(y, "联系电话:", (fk.cn_mobile(), "phone"))
    c.line(m, y, [S("乙方(施工方): ", "label"), S(firm, "shop")], f)
    y += 32 * s
    c.line(
        m,
        y,
        [
            S("统一社会信用代码: ", "label"),
            Span("91" + fk.digits(6) + fk.alnum(10), "tax_id", None),
        ],
        f,
    )
    y += 32 * s
    c.line(
        m,
        y,
        [
            S("地址: ", "label"),
            Span(fk.office_address("cn")[0], "shop_address", None),
            S("  服务热线: ", "label"),
            Span("400-" + fk.digits(3) + "-" + fk.digits(4), "shop_phone", None),
        ],
        p.font(16),
    )
    y += 40 * s
    preamble = "依照《中华人民共和国民法典》及有关法律、法规的规定,甲、乙双方在平等、自愿、协商一致的基础上,就乙方承包甲方的家庭装饰装修工程事项,订立本合同。"
    y = c.wrap(m, y, [S(preamble, "footer")], f, w, 30 * s) + 12 * s
    c.text(m, y, "第一条 工程概况", p.font(20, bold=True), "label")
    y += 38 * s
    ruled_entry(p, m, right, y, ("1. 工程地址:", _cn_site(fk)), hand, f, hand_px=26, cjk=True)
    y += 40 * s
    area = rng.randint(58, 168)
    y = blanks(
        y,
        "2. 房屋户型:",
        (rng.choice(_CN_LAYOUTS), "other"),
        " 建筑面积",
        (f"{area}", "other"),
        "平方米",
    )
    y = blanks(y, "3. 承包方式:", (rng.choice(("半包(包工包辅料)", "全包", "清包工")), "other"))
    start = rng.randint(1, 9)
    days = rng.choice((60, 75, 90, 120))
    y = blanks(
        y,
        "4. 工期: 自",
        (f"2026年{start}月{rng.randint(1, 28)}日", "date"),
        "开工,共",
        (str(days), "other"),
        "天",
    )
    y += 8 * s
    c.text(m, y, "第二条 工程价款", p.font(20, bold=True), "label")
    y += 38 * s
    total = rng.randint(40, 260) * 500
    y = blanks(
        y,
        "合同总价: ¥",
        (f"{total:,}.00", "price"),
        " 元 (大写:",
        (cn_capital(total), "price"),
        ")",
    )
    shares = rng.choice(((30, 30, 30, 10), (40, 30, 25, 5), (50, 45, 5)))
    stages = sorted(rng.sample(_CN_STAGES[1:-1], len(shares) - 2), key=_CN_STAGES.index)
    plan = ";".join(
        f"{k}付{v}%" for k, v in zip((_CN_STAGES[0], *stages, _CN_STAGES[-1]), shares, strict=True)
    )
    y = c.wrap(m, y, [S("付款方式: " + plan + "。", "footer")], f, w, 30 * s) + 10 * s
    c.text(m, y, "第三条 双方代表", p.font(20, bold=True), "label")
    y += 38 * s
    y = blanks(y, "乙方项目经理:", (pm, "name"), " 电话:", (fk.cn_mobile_digits(), "phone"))
    y = blanks(y, "设计师:", (designer, "name"), " 电话:", (fk.cn_mobile_digits(), "phone"))
    c.text(m, y, "本合同一式两份,甲乙双方各执一份,自双方签字盖章之日起生效。", f, "footer")
    y += 70 * s
    x = c.line(m, y, [S("甲方(签字):", "label")], f) + 10 * s
    handwritten(p, x, y, [S(owner, "name")], 34, cjk=True)
    x = c.line(m + w * 0.52, y, [S("乙方(盖章):", "label")], f)
    seal(p, x + 70 * s, y - 30 * s, 62 * s, firm)
    y += 64 * s
    x = c.line(m + w * 0.52, y, [S("委托代理人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(m, y, [S("日期: ", "label"), S(fk.date("cn"), "date")], f)
    return _finish(c, y, 0, pad=m)


def _it(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (840, 900), 1.45, cjk=False, base=840, margin=(0.07, 0.09))
    s, w, W = p.s, right - m, c.width
    f = p.font(17)
    firm = rng.choice(_IT_FIRMS)
    y = m + 30 * s
    c.text(W / 2, y, "CONTRATTO DI APPALTO", p.font(26, bold=True), "label", anchor="ms")
    y += 30 * s
    c.text(W / 2, y, "per lavori di ristrutturazione edilizia", p.font(18), "label", anchor="ms")
    y += 50 * s
    client, director = _it_name(rng), _it_name(rng)
    town = rng.choice(("Bologna", "Verona", "Lucca", "Bari", "Vicenza"))
    street = rng.choice(("Via Roma", "Corso Garibaldi", "Via Mazzini", "Via Dante Alighieri"))
    flat = [
        S(f"{street} n. {rng.randint(1, 140)}, {town}", "address"),
        S(", ", "footer"),
        S(f"interno {rng.randint(1, 24)}", "door"),
    ]
    y0, mo, d = fk.dob("dot").split(".")
    body = [
        S("Tra il/la Sig./Sig.ra ", "footer"),
        S(client, "name"),
        S(f", nato/a a {rng.choice(('Modena', 'Napoli', 'Padova'))} il ", "footer"),
        S(f"{d}/{mo}/{y0}", "id_number"),
    ]
    body += [
        S(", C.F. ", "footer"),
        S(_codice_fiscale(fk), "id_number"),
        S(", residente in ", "footer"),
        *flat,
    ]
    body += [
        S(" (di seguito «Committente») e l'impresa ", "footer"),
        S(firm, "shop"),
        S(", P.IVA ", "footer"),
        Span(fk.digits(11), "tax_id", None),
        S(" (di seguito «Impresa») si conviene quanto segue.", "footer"),
    ]
    y = word_wrap(p, m, y, body, f, w, 28 * s) + 16 * s
    amount = rng.randint(18, 120) * 500
    clauses = (
        (
            "Art. 1 – Oggetto",
            "L'Impresa si obbliga ad eseguire presso l'immobile del Committente i seguenti lavori: "
            + "; ".join(rng.sample(_IT_WORKS, 3))
            + ".",
        ),
        (
            "Art. 2 – Corrispettivo",
            f"Il prezzo è fissato a corpo in € {_money(amount, 'it')} oltre IVA al 10%.",
        ),
        (
            "Art. 3 – Tempi",
            f"Inizio lavori entro il {rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2026; durata {rng.choice((45, 60, 90))} giorni naturali e consecutivi.",
        ),
        ("Art. 4 – Pagamenti", "30% alla firma, 40% a metà lavori, saldo a collaudo avvenuto."),
    )
    for title, text in clauses:
        c.text(m, y, title, p.font(18, bold=True), "label")
        y = word_wrap(p, m, y + 28 * s, [S(text, "footer")], f, w, 26 * s) + 12 * s
    c.text(m, y, "Art. 5 – Direzione dei lavori", p.font(18, bold=True), "label")
    y += 28 * s
    c.line(
        m,
        y,
        [
            S("Direttore dei lavori: ", "label"),
            S(rng.choice(("Arch. ", "Geom. ", "Ing. ")), "other"),
            S(director, "name"),
            S("  tel. ", "label"),
            S(f"3{fk.digits(2)} {fk.digits(7)}", "phone"),
        ],
        f,
    )
    y += 60 * s
    c.line(
        m,
        y,
        [
            S(f"{town}, lì ", "label"),
            S(f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        f,
    )
    y += 50 * s
    c.text(m, y, "Il Committente", f, "label")
    c.text(m + w * 0.55, y, "L'Impresa", f, "label")
    y += 44 * s
    handwritten(p, m, y, [S(client, "name")], 32, cjk=False)
    handwritten(p, m + w * 0.55, y, [S(_it_name(rng), "name")], 32, cjk=False)
    return _finish(c, y, 0, pad=m)


def renovation_contract(rng: random.Random) -> Canvas:
    """A renovation contract page, a priced quotation or a work order: the client, the
    site to the room, the firm's staff, among rooms, works, prices and clauses."""
    fk = MoneyFaker(rng)
    draw = (_cn_contract, cn_quote, en_quote, _it)
    return rng.choices(draw, weights=(35, 25, 25, 15))[0](rng, fk)


LAYOUTS = {"renovation_contract": renovation_contract}
