"""Tattoo and body art: the consent and release form a client fills in before the
session. A Chinese 纹身知情同意书 is a ruled grid (name, sex, date of birth, ID, phone,
WeChat, address, emergency contact) above the health questions answered 是 / 否, the
design and placement, the numbered terms and the signatures. An English, Spanish or
German form is written on ruled blanks, asks for the photo ID shown and an e-mail,
has the client initial each statement, and takes a parent's or guardian's signature
and ID when the client is a minor.

Personal: the client's name (by hand on the blank, as initials before every statement
and as a signature), date of birth and ID number (``id_number``), phone, e-mail,
WeChat ID, address with the door, the emergency contact's name and phone, the
guardian's name and ID, the artist's name. Ordinary: the studio's name, address and
phone (business data), titles, labels, the health questions and their ticks, the
design, placement, size and price, dates, ages and the printed terms.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import word_wrap
from .formkit_slips import hand_cell, label_cell, ruled_blank
from .kit import S, _finish
from .render import Canvas, Span
from .tattoo_words import DESIGNS, KEYS, KEYS2, KEYS3, QUESTIONS, STATEMENTS, WORDS

_CN_STUDIOS = ("墨刺纹身工作室", "刺青艺术馆", "黑羽TATTOO", "老街纹身")
_CN_QUESTIONS = (
    "是否患有心脏病、高血压等疾病",
    "是否患有糖尿病",
    "是否患有血液传染病(乙肝、HIV等)",
    "是否为疤痕体质",
    "是否处于孕期或哺乳期",
    "是否对金属、颜料或麻药过敏",
    "24小时内是否饮酒或服用抗凝药物",
)
_CN_DESIGNS = ("玫瑰+英文字母", "锦鲤", "小猫线条", "日期数字", "几何图腾", "满月星空")
_CN_PLACES = ("左小臂内侧", "右脚踝", "后背肩胛", "锁骨下方", "右手腕", "左小腿")
_CN_RELATIONS = ("父亲", "母亲", "配偶", "朋友", "姐姐")
_CN_TERMS = (
    "纹身为永久性皮肤装饰,洗除困难且可能留疤,本人已慎重考虑。",
    "本店不为未满18周岁者纹身,顾客须出示有效身份证件。",
    "纹身后须按护理说明护理,因护理不当造成的感染由顾客自行负责。",
    "图案已经本人确认,完成后因个人喜好改变不予退款。",
    "本人已如实告知健康状况,如有隐瞒,后果自负。",
)
_PARENTS = {"en": ("Mother", "Father"), "es": ("Madre", "Padre"), "de": ("Mutter", "Vater")}
#: Language -> studio names and the words after them.
_STUDIOS = {
    "en": (("Electric Moth", "Black Anchor", "Iron Rose"), (" Tattoo", " Ink Co.")),
    "es": (("Tinta Negra", "La Golondrina", "Aguja Sagrada"), (" Tattoo", " Estudio")),
    "de": (("Nordlicht", "Schwarzstich", "Eisenrose"), (" Tattoo", " Tattoostudio")),
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (800, 900), 1.9, cjk=True, base=900, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(18)
    y = m + 34 * s
    c.text(W / 2, y, rng.choice(_CN_STUDIOS), p.font(26, bold=True), "shop", anchor="ms")
    y += 28 * s
    shop = [Span(fk.office_address("cn")[0], "shop_address", None), S("  预约 ", "label")]
    shop.append(Span(fk.cn_mobile("plain"), "shop_phone", None))
    c.line(m, y, shop, p.font(14))
    y += 46 * s
    c.text(W / 2, y, "纹身知情同意书", p.font(28, bold=True), "label", anchor="ms")
    y += 24 * s
    name = fk.cn_name(honorific=0.0)
    id_no = fk.cn_resident_id(x_prob=0.1)
    year, month, day = int(id_no[6:10]), int(id_no[10:12]), int(id_no[12:14])
    dob = rng.choice((f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}"))
    wechat = (fk.wechat_id(), "id_number") if rng.random() < 0.7 else ("同手机", "other")
    addr, _pc = fk.cn_address(with_door=0.9)
    rows = [
        [
            label_cell("顾客姓名"),
            hand_cell(name, "name"),
            label_cell("性别"),
            hand_cell(fk.sex(), "other"),
        ],
        [
            label_cell("出生日期"),
            hand_cell(dob, "id_number"),
            label_cell("年龄"),
            hand_cell(str(2026 - year), "other"),
        ],
        [label_cell("身份证号"), hand_cell(id_no, "id_number", span=3)],
        [
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
            label_cell("微信号"),
            hand_cell(*wechat),
        ],
        [label_cell("现住址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [
            label_cell("紧急联系人"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
            label_cell("关系/电话"),
            Cell(
                (S(rng.choice(_CN_RELATIONS) + " ", "other"), S(fk.cn_mobile("plain"), "phone")),
                hand=True,
            ),
        ],
    ]
    widths = (w * 0.17, w * 0.35, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, rows, 52 * s, f, hand_px=27)
    y += 36 * s
    c.text(m, y, "健康状况(请如实勾选)", p.font(18, bold=True), "label")
    y += 32 * s
    qf = p.font(16)
    for q in rng.sample(_CN_QUESTIONS, rng.randint(4, len(_CN_QUESTIONS))):
        c.text(m, y, q, qf, "label")
        yes = rng.random() < 0.08
        x = tick_box(p, m + w * 0.72, y, "是", yes, qf)
        tick_box(p, x + 24 * s, y, "否", not yes, qf)
        y += 28 * s
    y += 12 * s
    rows = [
        [
            label_cell("纹身图案"),
            hand_cell(rng.choice(_CN_DESIGNS), "item"),
            label_cell("部位"),
            hand_cell(rng.choice(_CN_PLACES), "item"),
        ],
        [
            label_cell("尺寸"),
            hand_cell(f"{rng.randint(3, 20)}×{rng.randint(3, 25)}cm", "other"),
            label_cell("价格/定金"),
            hand_cell(
                f"¥{rng.choice((600, 800, 1200, 2500))}/¥{rng.choice((100, 200, 300))}", "price"
            ),
        ],
    ]
    y = table(p, m, y, widths, rows, 48 * s, f, hand_px=26)
    y += 34 * s
    for i, term in enumerate(_CN_TERMS, 1):
        y = c.wrap(m, y, [S(f"{i}. {term}", "footer")], p.font(15), w, 24 * s, max_lines=2)
    y += 36 * s
    x = c.line(m, y, [S("顾客签字:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    x = c.line(m + w * 0.5, y, [S("纹身师:", "label")], f) + 12 * s
    artist = fk.cn_name(honorific=0.0)
    handwritten(
        p, x, y, [S(artist if rng.random() < 0.6 else artist[0] + "老师", "name")], 30, cjk=True
    )
    y += 42 * s
    c.line(m, y, [S("日期:", "label"), S(fk.date("cn"), "date")], f)
    return _finish(c, y, 0, pad=m * 0.6)


def _person(rng: random.Random, fk: HouseholdFaker, lang: str) -> tuple[str, list[Span], str, str]:
    """A client's name, address spans, phone and ID number in the country's shape."""
    if lang == "en":
        name = fk.en_name()
        street, town = fk.uk_address() if rng.random() < 0.5 else fk.us_address()
        addr = [*(S(a, k) for a, k in street.segments), S(", ", "other")]
        addr += [S(a, k) for a, k in town.segments]
        phone = fk.uk_phone() if rng.random() < 0.5 else fk.us_phone()
        return name, addr, phone, fk.driving_licence(name.split()[-1].upper())
    name = fk.eu_name(lang)
    return name, [S(", ".join(fk.eu_address(lang)), "address")], fk.eu_phone(lang), fk.eu_id(lang)


def _initials(name: str) -> str:
    return ".".join(part[0] for part in name.split()) + "."


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es", "de"))
    t = dict(zip(KEYS + KEYS2 + KEYS3, WORDS[lang], strict=True))
    c, p, m, right = sheet(rng, (760, 860), 2.0, cjk=False, base=820, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(17)
    y = m + 34 * s
    names, kinds = _STUDIOS[lang]
    studio = rng.choice(names) + rng.choice(kinds)
    c.text(W / 2, y, studio, p.font(28, bold=True), "shop", anchor="ms")
    y += 26 * s
    if lang == "es":  # the studio's own street and a landline
        where, tel = (
            ", ".join(fk.eu_address("es")),
            f"9{fk.digits(2)} {fk.digits(3)} {fk.digits(3)}",
        )
    else:
        where, tel = ", ".join(fk.office_address(lang)), fk.office_phone(lang)
    c.text(W / 2, y, where, p.font(14), "shop_address", anchor="ms")
    y += 20 * s
    c.text(W / 2, y, tel, p.font(14), "shop_phone", anchor="ms")
    y += 44 * s
    c.text(W / 2, y, t["title"], p.font(22, bold=True), "label", anchor="ms")
    y += 48 * s
    name, addr, phone, id_no = _person(rng, fk, lang)
    minor = rng.random() < 0.25
    age = rng.randint(16, 17) if minor else rng.randint(18, 52)
    born = (2026 - age, rng.randint(1, 12), rng.randint(1, 28))  # age as of this year
    dob = rng.choice(("{2:02d}/{1:02d}/{0}", "{0}-{1:02d}-{2:02d}", "{2:02d}.{1:02d}.{0}"))
    half = m + w * 0.62
    ruled_blank(p, y, t["name"], [S(name, "name")], f, m, right)
    y += 46 * s
    ruled_blank(
        p,
        y,
        t["dob"],
        [S(dob.format(*born), "id_number")],
        f,
        m,
        half - 14 * s,
    )
    ruled_blank(p, y, t["age"], [S(str(age), "other")], f, half, right)
    y += 46 * s
    ruled_blank(p, y, t["addr"], addr, f, m, right)
    y += 46 * s
    ruled_blank(p, y, t["tel"], [S(phone, "phone")], f, m, half - 14 * s)
    y += 46 * s
    ruled_blank(p, y, t["email"], [S(fk.email(name.split()[0].lower()), "email")], f, m, right)
    y += 46 * s
    ruled_blank(p, y, t["id"], [S(id_no, "id_number")], f, m, right)
    y += 46 * s
    contact = fk.en_name() if lang == "en" else fk.eu_name(lang)
    ruled_blank(
        p,
        y,
        t["emerg"],
        [
            S(contact, "name"),
            S("  ", "other"),
            S(fk.uk_phone() if lang == "en" else fk.eu_phone(lang), "phone"),
        ],
        f,
        m,
        right,
    )
    y += 46 * s
    c.text(m, y, t["q"], p.font(18, bold=True), "label")
    y += 30 * s
    qf = p.font(15)
    for q in QUESTIONS[lang]:
        c.text(m, y, q, qf, "label")
        yes = rng.random() < 0.1
        x = tick_box(p, m + w * 0.76, y, t["yes"], yes, qf)
        tick_box(p, x + 18 * s, y, t["no"], not yes, qf)
        y += 26 * s
    y += 18 * s
    c.text(m, y, t["init"] + ":", p.font(16, bold=True), "label")
    y += 32 * s
    ini = _initials(name)
    for line in STATEMENTS[lang]:
        c.hline(m, m + 60 * s, y + 6 * s, width=1)
        handwritten(p, m + 6 * s, y, [S(ini, "name")], 24, cjk=False, width=50 * s)
        y = word_wrap(p, m + 72 * s, y, [S(line, "footer")], qf, w - 72 * s, 22 * s) + 8 * s
    design, place = rng.choice(DESIGNS[lang])
    y += 18 * s
    ruled_blank(p, y, t["design"], [S(design, "item")], f, m, half - 14 * s)
    ruled_blank(p, y, t["place"], [S(place, "item")], f, half, right)
    y += 46 * s
    ruled_blank(
        p,
        y,
        t["size"],
        [S(f"{rng.randint(3, 20)} x {rng.randint(3, 25)} cm", "other")],
        f,
        m,
        m + w * 0.3,
    )
    money = "£{}" if lang == "en" else "{} Euro"  # the hand faces lack €
    ruled_blank(
        p,
        y,
        t["price"],
        [S(money.format(rng.choice((80, 150, 240, 400))), "price")],
        f,
        m + w * 0.34,
        half - 14 * s,
    )
    artist = fk.en_first(upper=False) if lang == "en" else fk.eu_name(lang).split()[0]
    ruled_blank(p, y, t["artist"], [S(artist, "name")], f, half, right)
    y += 56 * s
    ruled_blank(p, y, t["sig"], [S(name, "name")], f, m, half - 14 * s, hand_px=34)
    ruled_blank(p, y, t["date"], [S(fk.date("dmy"), "date")], f, half, right)
    y += 50 * s
    if minor or rng.random() < 0.3:  # the guardian block is printed on every form
        c.text(m, y, t["minor"], p.font(15, bold=True), "label")
        y += 38 * s
        guardian = fk.en_name() if lang == "en" else fk.eu_name(lang)
        ruled_blank(p, y, t["guard"], [S(guardian if minor else "", "name")], f, m, half - 14 * s)
        ruled_blank(
            p,
            y,
            t["rel"],
            [S(rng.choice(_PARENTS[lang]) if minor else "", "other")],
            f,
            half,
            right,
        )
        y += 46 * s
        gid = fk.passport() if lang == "en" else fk.eu_id(lang)
        ruled_blank(p, y, t["guard_id"], [S(gid if minor else "", "id_number")], f, m, right)
        y += 40 * s
    return _finish(c, y, 0, pad=m * 0.6)


def tattoo_consent_form(rng: random.Random) -> Canvas:
    """A tattoo studio's consent and release form: the client's details, the health
    questions, initialled statements, the design, signatures and a guardian block."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(45, 55))[0](rng, fk)


LAYOUTS = {"tattoo_consent_form": tattoo_consent_form}
