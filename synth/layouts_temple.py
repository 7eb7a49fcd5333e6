"""Temples and religious offerings: a temple's 祈福 / 供灯 register (信士 or 信女 and the
devotee's name, 生辰 in lunar reckoning, address, phone, 合家 and the family members
to be blessed, the lamp, the offering, the ceremony date, the monk or clerk who took
it), a 往生牌位 / 超度 register with the memorial tablet itself written in columns on
yellow paper (先考 / 先妣 and the ancestors, 阳上 and the filer), or a parish's English
Mass-intention card or Spanish intención de misa ("for the repose of the soul of …,
requested by …") with its receipt stub.

Personal: the devotee's, family members', ancestors' and filer's names (王门李氏 names
a married woman), the clerk's or monk's name, the 生辰 (``id_number``, a date of
birth), addresses with their doors, phones. Ordinary: the temple's or parish's name,
address and phone, labels, kinship words (先考, 孝男, 合家), the blessings wished for,
lamps, ceremonies, dates, Mass times, offerings and the formulae (往生莲位, 叩荐).
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import RED, seal, sheet, table
from .formkit_blanks import tick_box, upright_word
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, serial_title
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span

_CN_TEMPLES = ("灵隐禅寺", "普济寺", "慈云寺", "大觉禅寺", "观音禅院", "宝光寺")
_CN_TITLES = ("祈福登记表", "供灯登记表", "消灾延寿祈福登记")
_CN_LAMPS = (("光明灯", 100), ("平安灯", 200), ("药师灯", 300), ("文昌灯", 168), ("全年供灯", 1200))
_CN_WISHES = ("身体健康", "学业进步 金榜题名", "事业顺利", "消灾免难 出入平安", "早日康复")
_CN_RITES = ("清明超度法会", "中元节盂兰盆法会", "地藏法会", "水陆法会")
_CN_ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
_CN_HOURS = "子丑寅卯辰巳午未申酉戌亥"
_CN_NUM = "〇一二三四五六七八九"
_CN_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_CN_DAYS = ("初一", "初五", "初八", "初十", "十二", "十五", "十八", "廿一", "廿三", "廿八", "三十")

#: Language -> the card's words (English Mass intention, Spanish intención de misa).
_WORDS: dict[str, dict[str, object]] = {
    "en": {
        "parish": (
            "St Joseph's Parish",
            "Our Lady of Lourdes Church",
            "St Brigid's Catholic Church",
        ),
        "title": "MASS INTENTION REQUEST",
        "kinds": ("For the repose of the soul of", "Special intention for", "In thanksgiving for"),
        "by": "Requested by:",
        "addr": "Address:",
        "phone": "Phone:",
        "date": "Preferred date:",
        "time": "Mass:",
        "times": ("Sat 5:30 pm", "Sun 9:00 am", "Sun 11:00 am", "Weekday 8:00 am"),
        "offer": "Stipend:",
        "cur": "$",
        "took": "Received by:",
        "book": "Entered in Mass book",
        "stub": "Receipt: Mass for {dead} on {date} requested by {by}. Stipend received with thanks - {took}",
        "note": "Intentions are announced at Mass and printed in the weekly bulletin.",
    },
    "es": {
        "parish": (
            "Parroquia San José",
            "Parroquia Nuestra Señora del Carmen",
            "Iglesia de Santa Ana",
        ),
        "title": "INTENCIÓN DE MISA",
        "kinds": ("Por el eterno descanso de", "Por la salud de", "En acción de gracias por"),
        "by": "Solicitada por:",
        "addr": "Domicilio:",
        "phone": "Teléfono:",
        "date": "Fecha:",
        "time": "Misa de:",
        "times": ("sábado 19:00", "domingo 10:00", "domingo 12:00", "diario 8:30"),
        "offer": "Estipendio:",
        "cur": "€",
        "took": "Recibido por:",
        "book": "Anotada en el libro de misas",
        "stub": "Recibo: misa por {dead} el {date}, solicitada por {by}. Estipendio recibido - {took}",
        "note": "Las intenciones se anuncian en la misa y se publican en la hoja parroquial.",
    },
}


def _lunar_birth(rng: random.Random) -> tuple[str, str]:
    """A 生辰 as temples take it (lunar year in numerals, month, day and double hour)
    and the zodiac animal of that year."""
    y = rng.randint(1940, 2015)
    year = "".join(_CN_NUM[int(ch)] for ch in str(y))
    month, day = rng.choice(_CN_MONTHS), rng.choice(_CN_DAYS)
    return f"农历{year}年{month}月{day} {rng.choice(_CN_HOURS)}时", "属" + _CN_ZODIAC[(y - 4) % 12]


def _family(fk: HouseholdFaker, surname: str, n: int) -> list[Span]:
    """合家: the household's names, most sharing the surname, spaces between them."""
    spans: list[Span] = []
    for i in range(n):
        name = surname + fk.cn_given_name() if i % 3 != 1 else fk.cn_name(honorific=0.0)
        spans += [S(" ", "other")] if spans else []
        spans.append(S(name, "name"))
    return spans


def _head(p: Pen, y: float, right: float, title: str) -> tuple[str, float]:
    temple = p.r.choice(_CN_TEMPLES)
    p.c.text(p.c.width / 2, y, temple, p.font(30, bold=True), "shop", anchor="ms")
    y += 52 * p.s
    serial_title(p, y, right, title, "".join(str(p.r.randint(0, 9)) for _ in range(6)), p.font(19))
    return temple, y + 20 * p.s


def _blessing(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 960), 1.4, cjk=True, base=860, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(16)
    temple, y = _head(p, m + 40 * s, right, rng.choice(_CN_TITLES))
    hand = rng.random() < 0.75
    surname = fk.cn_surname()
    name = surname + fk.cn_given_name()
    lamp, fee = rng.choice(_CN_LAMPS)
    birth, zodiac = _lunar_birth(rng)
    staff = "释" + fk.cn_given_name() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    rows = [
        [(rng.choice(("信士", "信女")), name, "name"), ("电话", fk.cn_mobile(), "phone")],
        [("生辰", birth, "id_number"), ("属相", zodiac, "other")],
        [("住址", joined_address([fk.cn_address(with_door=0.7)[0]], ""), "")],
        [("合家", _family(fk, surname, rng.randint(2, 4)), "")],
        [("祈福事项", rng.choice(_CN_WISHES), "other")],
        [("供灯", lamp, "other"), ("功德金", f"¥{fee}", "price")],
        [("日期", fk.date("cn"), "date"), ("经手人", staff, "name")],
    ]
    widths = (w * 0.15, w * 0.42, w * 0.15, w * 0.28)
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), 48 * s, f, hand_px=25) + 50 * s
    c.text(m, y, "随喜功德  福慧增长  吉祥如意", p.font(18, bold=True), "footer")
    seal(p, right - 90 * s, y + 10 * s, 50 * s, temple + "功德专用章")
    y += 36 * s
    c.line(
        m,
        y,
        [
            S("本寺地址:", "label"),
            Span(fk.shop_address("cn"), "shop_address", None),
            S("  客堂电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(13),
    )
    return _finish(c, y, 0, pad=m * 0.6)


def memorial_tablet(p: Pen, x0: float, y0: float, w: float, columns: list[list[Span]]) -> float:
    """A memorial tablet on yellow paper: columns read right to left, each top to
    bottom in upright characters, every span its own item. Returns its bottom."""
    c, s = p.c, p.s
    brush = p.font(30, bold=True)
    step = brush.size * 1.15
    longest = max(sum(len(sp.text.replace(" ", "")) + 0.5 for sp in col) for col in columns)
    h = step * longest + 60 * s
    c.draw.rectangle(
        [x0, y0, x0 + w, y0 + h], fill=(242, 214, 110), outline=RED, width=max(2, round(3 * s))
    )
    gap = w / (len(columns) + 1)
    for i, col in enumerate(columns):
        x = x0 + w - gap * (i + 1)
        y = y0 + 30 * s + step / 2
        for sp in col:
            text = sp.text.replace(" ", "")
            upright_word(p, x, y + step * (len(text) - 1) / 2, text, brush, sp.category)
            y += step * (len(text) + 0.5)
    return y0 + h


def _memorial(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.5, cjk=True, base=860, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(16)
    _temple, y = _head(p, m + 40 * s, right, rng.choice(("往生牌位登记表", "超度登记表")))
    surname = fk.cn_surname()
    father = surname + fk.cn_given_name()
    mother_sur = fk.cn_surname()
    mother = f"{surname}门{mother_sur}氏"
    filer = surname + fk.cn_given_name()
    rite = rng.choice(_CN_RITES)
    rows = [
        [("阳上", filer, "name"), ("电话", fk.cn_mobile(rng.choice(("plain", "dash"))), "phone")],
        [("住址", joined_address([fk.cn_address(with_door=0.8)[0]], ""), "")],
        [("先考", father, "name"), ("往生日期", fk.date("cn"), "date")],
        [
            (
                "先妣",
                [S(mother, "name")]
                if rng.random() < 0.5
                else [S(mother_sur + fk.cn_given_name(), "name")],
                "",
            ),
            ("往生日期", fk.date("cn"), "date"),
        ],
        [("法会", rite, "other"), ("功德金", f"¥{rng.choice((300, 500, 800, 1000))}", "price")],
        [("登记日期", fk.date("cn"), "date"), ("经手人", fk.cn_name(honorific=0.0), "name")],
    ]
    widths = (w * 0.15, w * 0.4, w * 0.17, w * 0.28)
    y = table(p, m, y, widths, grid_rows(rows, hand=True), 48 * s, f, hand_px=25) + 30 * s
    tw = w * 0.42
    kin = rng.choice(("孝男", "孝女", "孝孙"))
    columns = [
        [S("佛力超荐", "other")],
        [S("先考", "other"), S(father, "name"), S("往生莲位", "other")],
        [S("先妣", "other"), S(mother, "name"), S("往生莲位", "other")],
        [S("阳上", "other"), S(kin, "other"), S(filer, "name"), S("叩荐", "other")],
    ]
    y = memorial_tablet(p, m + (w - tw) / 2, y, tw, columns) + 36 * s
    c.text(m, y, f"牌位供奉至{rite}圆满,届时统一化送。", p.font(14), "footer")
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es"))
    t, en = _WORDS[lang], lang == "en"
    c, p, m, right = sheet(rng, (760, 820), 1.4, cjk=False, base=800, margin=(0.06, 0.08))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.8
    f = p.font(17)
    y = m + 34 * s
    c.text(W / 2, y, rng.choice(t["parish"]), p.font(22, bold=True), "shop", anchor="ms")
    y += 22 * s
    where = fk.shop_address("en") if en else ", ".join(fk.eu_address("es"))
    c.text(W / 2, y, where, p.font(13), "shop_address", anchor="ms")
    y += 46 * s
    c.text(W / 2, y, t["title"], p.font(24, bold=True), "label", anchor="ms")
    y += 40 * s
    person = (lambda: fk.en_name_plain(False)) if en else (lambda: fk.eu_name("es"))
    kind = rng.randrange(3)
    for i, word in enumerate(t["kinds"]):
        tick_box(p, m, y, word, i == kind, f)
        y += 30 * s
    dead = person()
    dead_spans = [S("† ", "other"), S(dead, "name")] if kind == 0 else [S(dead, "name")]
    ruled_entry(p, m, right, y + 16 * s, ("", dead_spans), hand, f, hand_px=30)
    y += 64 * s
    # A relative often asks for a Mass for their own dead: the surname is shared.
    by = person() if rng.random() < 0.5 else f"{person().split()[0]} {dead.split(maxsplit=1)[-1]}"
    step = (46 if hand else 38) * s
    half = m + w * 0.55
    ruled_entry(p, m, right, y, (t["by"], [S(by, "name")]), hand, f)
    y += step
    home = joined_address(fk.uk_block()) if en else [S(", ".join(fk.eu_address("es")), "address")]
    ruled_entry(p, m, right, y, (t["addr"], home), hand, f)
    y += step
    phone = (fk.uk_phone() if rng.random() < 0.5 else fk.us_phone()) if en else fk.eu_phone("es")
    ruled_entry(p, m, half - 12 * s, y, (t["phone"], [S(phone, "phone")]), hand, f)
    date = fk.date("in" if en else "iso")
    ruled_entry(p, half, right, y, (t["date"], [S(date, "date")]), hand, f)
    y += step
    ruled_entry(p, m, half - 12 * s, y, (t["time"], [S(rng.choice(t["times"]), "other")]), hand, f)
    stipend = f"{t['cur']}{rng.choice((10, 15, 20, 25))}"
    ruled_entry(p, half, right, y, (t["offer"], [S(stipend, "price")]), hand, f)
    y += step
    took = person().split()[0] if rng.random() < 0.5 else person()
    ruled_entry(p, m, half - 12 * s, y, (t["took"], [S(took, "name")]), True, f)
    tick_box(p, half, y, t["book"], rng.random() < 0.6, p.font(13))
    y += step
    y = word_wrap(p, m, y, [S(t["note"], "footer")], p.font(12), w, 18 * s) + 12 * s
    if rng.random() < 0.6:  # the receipt stub torn off for the requester
        c.hline(m, right, y, width=1, dash=int(8 * s))
        y += 30 * s
        parts = {
            "dead": (dead, "name"),
            "date": (date, "date"),
            "by": (by, "name"),
            "took": (took, "name"),
        }
        y = word_wrap(p, m, y, template_spans(t["stub"], parts, "footer"), p.font(15), w, 24 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def temple_blessing_register(rng: random.Random) -> Canvas:
    """A temple's blessing or lamp register, a memorial-tablet register with its
    tablet, or an English / Spanish Mass-intention card."""
    fk = HouseholdFaker(rng)
    return rng.choices((_blessing, _memorial, _latin), weights=(35, 30, 35))[0](rng, fk)


LAYOUTS = {"temple_blessing_register": temple_blessing_register}
