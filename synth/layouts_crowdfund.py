"""Online medical fundraising. A phone screenshot of a fundraising page (爱心筹-style):
the patient's photo, the title naming the patient ("救救我的女儿<name>!"), the amount
raised, the raiser and their relation, the story in the raiser's words naming the
patient, an elder and the home village down to the group and house, the platform's
verified box (患者 张*明, 收款人 with the name, the illness and hospital); or the page
further down: photos of the bills (住院收费票据 with the patient's name, 住院号 and the
doctor), the 证实 list of friends and neighbours with their relations, supporters'
donations with nicknames or names; a printed 爱心捐款倡议书 with the patient's photo,
the home address, a donation QR, the bank card and its holder, the contact and phone;
or an English or French page (:mod:`synth.crowdfund_latin`).

Personal: patients, raisers, payees, relatives, verifiers, donors and doctors
(``name``; nicknames and 张*明 too), the home (``address``, the group and house or room
``door``), phones, the card (``card_number``), 住院号 (``id_number``), the donation QR
(``code``) and photos of the patient (``face``). Ordinary: platforms, titles' other
words, illnesses, hospitals, relations, ages, amounts, counts, times, 爱心人士,
buttons and boilerplate; an issuer's seal and the platform's hotline.
"""

from __future__ import annotations

import random

from .crowdfund_latin import latin_page
from .crowdfund_words import (
    CN_BILLS,
    CN_COMMENTS,
    CN_ELDERS,
    CN_FLYER_CLOSE,
    CN_FLYER_ISSUERS,
    CN_HOSPITALS,
    CN_ILLNESSES,
    CN_PLATFORMS,
    CN_PROOF,
    CN_RAISERS,
    CN_STORY,
    CN_TIMES,
    CN_TITLES,
    CN_VERIFIERS,
    CN_VERIFY_WORDS,
    CN_VILLAGES,
)
from .fakedata_money import MoneyFaker
from .formkit import RED, face_photo, fit, seal, sheet
from .formkit_fill import template_spans
from .kit import Pen, S, _finish
from .layouts_payapp import _nav, _phone_canvas
from .render import Canvas

_GREY = (110, 110, 116)
_GREEN = (30, 160, 90)


def _story(rng: random.Random, fk: MoneyFaker) -> dict[str, tuple[str, str]]:
    """One case: the patient, the raiser and their relation, the illness, the home."""
    relation, kin = rng.choice(CN_RAISERS)
    disease, cost = rng.choice(CN_ILLNESSES)
    name = fk.cn_name(honorific=0.0)
    raiser = name if not kin else fk.cn_name(honorific=0.0)
    pron = "她" if kin in ("女儿", "妻子") else "他"
    age = rng.randint(3, 12) if kin in ("女儿", "儿子") else rng.randint(28, 66)
    return {
        "name": (name, "name"),
        "raiser": (raiser, "name"),
        "relation": (relation.removeprefix("患者的").removeprefix("患者"), "footer"),
        "relword": (relation, "other"),
        "kin": (kin or "家人", "footer"),
        "pron": (pron, "footer"),
        "age": (str(age), "footer"),
        "disease": (disease, "footer"),
        "cost": (str(cost), "footer"),
        "hospital": (rng.choice(CN_HOSPITALS), "footer"),
        "elder": (rng.choice(CN_ELDERS), "footer"),
        "home": (rng.choice(CN_VILLAGES), "address"),
        "door": (f"{rng.randint(1, 9)}组{rng.randint(1, 80)}号", "door"),
        "date": (f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "footer"),
    }


def _cn_top(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The top of the page: photo, title, amounts, raiser, story, the verified box."""
    c, p, y = _phone_canvas(rng, True, 2.5)
    s, w = p.s, c.width
    y = _nav(p, y, rng.choice(CN_PLATFORMS))
    case = _story(rng, fk)
    face_photo(p, 0, y + 2, w, 330 * s)
    y += 380 * s
    title = (
        rng.choice(CN_TITLES).replace("{kin}", case["kin"][0]).replace("{pron}", case["pron"][0])
    )
    parts = {k: (v[0], "name" if k == "name" else "label") for k, v in case.items()}
    y = (
        c.wrap(
            36 * s,
            y,
            template_spans(title, parts, "label"),
            p.font(34, bold=True),
            w - 72 * s,
            48 * s,
            max_lines=3,
        )
        + 10 * s
    )
    goal = case["cost"][0] + "0000"
    raised = rng.randint(3, 28) * 10000 + rng.randint(0, 9999)
    c.line(
        36 * s,
        y,
        [S("已筹 ", "label"), S(f"¥{raised:,}", "price")],
        p.font(30, bold=True),
        fill=RED,
    )
    c.text(w - 36 * s, y, f"目标金额 ¥{int(goal):,}", p.font(22), "other", anchor="rs", fill=_GREY)
    y += 24 * s
    c.draw.rounded_rectangle(
        [36 * s, y, w - 36 * s, y + 12 * s], radius=6 * s, fill=(235, 235, 235)
    )
    done = min(0.95, raised / int(goal))
    c.draw.rounded_rectangle(
        [36 * s, y, 36 * s + (w - 72 * s) * done, y + 12 * s], radius=6 * s, fill=RED
    )
    y += 54 * s
    c.text(
        36 * s,
        y,
        f"{rng.randint(300, 9000):,}次帮助 · {rng.randint(20, 900)}人证实",
        p.font(22),
        "other",
        fill=_GREY,
    )
    y += 50 * s
    c.draw.ellipse([36 * s, y - 10 * s, 96 * s, y + 50 * s], fill=(200, 210, 225))
    raiser = case["raiser"][0]
    c.line(116 * s, y + 16 * s, [S("发起人 ", "label"), S(raiser, "name")], p.font(24, bold=True))
    c.line(
        116 * s,
        y + 48 * s,
        [S(case["relword"][0], "other"), S(" · 已实名认证", "other")],
        p.font(20),
        fill=_GREY,
    )
    y += 110 * s
    home = case["home"][0] + case["door"][0] if rng.random() < 0.5 else case["home"][0]
    story = CN_STORY[0].replace("{home}", "{home}{door}" if home != case["home"][0] else "{home}")
    if case["relation"][0] == "本人":
        story = story.replace("是{name}的{relation}。", "今年{age}岁。")
    y = (
        c.wrap(36 * s, y, template_spans(story, case), p.font(23), w - 72 * s, 38 * s, max_lines=12)
        + 20 * s
    )
    c.draw.rectangle([0, y, w, y + 20 * s], fill=(242, 242, 245))
    y += 70 * s
    c.text(36 * s, y, "✓ 患者信息已验证", p.font(26, bold=True), "label", fill=_GREEN)
    y += 50 * s
    patient = case["name"][0]
    shown = patient[0] + "*" * (len(patient) - 1) if rng.random() < 0.6 else patient
    payee = patient if case["relation"][0] == "本人" else raiser
    rows = [
        ("患者", [S(shown, "name")]),
        ("所患疾病", [S(case["disease"][0], "other")]),
        ("确诊医院", [S(case["hospital"][0], "other")]),
        ("收款方", [S(case["relword"][0].replace("的", "") + " ", "other"), S(payee, "name")]),
        ("已提交", [S(" ".join(CN_PROOF), "other")]),
    ]
    f = p.font(22)
    for label, value in rows:
        c.text(36 * s, y, label, f, "label", fill=_GREY)
        text = "".join(v.text for v in value)
        c.line(200 * s, y, value, fit(p, f, text, w - 240 * s))
        y += 40 * s
    y += 20 * s
    c.draw.rectangle([0, y, w, y + 100 * s], fill=(250, 250, 250))
    c.text(w * 0.25, y + 62 * s, "转发", p.font(28), "other", anchor="ms")
    c.draw.rounded_rectangle([w * 0.5, y + 16 * s, w - 30 * s, y + 84 * s], radius=34 * s, fill=RED)
    c.text(
        w * 0.75,
        y + 62 * s,
        "帮TA筹款",
        p.font(28, bold=True),
        "other",
        anchor="ms",
        fill=(255, 255, 255),
    )
    return _finish(c, y + 100 * s, 0)


def _bill(p: Pen, x: float, y: float, w: float, h: float, patient: str, fk: MoneyFaker) -> None:
    """A photo of a hospital paper inside the page: its title, the patient and 住院号."""
    c, s = p.c, p.s
    c.draw.rectangle([x, y, x + w, y + h], fill=(236, 232, 222), outline=(190, 185, 175))
    kind = p.r.choice(CN_BILLS)
    c.text(x + w / 2, y + 34 * s, kind, p.font(20, bold=True), "label", anchor="ms")
    f = p.font(16)
    lines = [
        [S("姓名:", "label"), S(patient, "name")],
        [S("住院号:", "label"), S(f"ZY{fk.digits(8)}", "id_number")],
        [S("科室:", "label"), S(p.r.choice(("血液科", "肾内科", "神经外科", "ICU")), "other")],
        [S("医师:", "label"), S(fk.cn_name(honorific=0.0), "name")],
    ]
    yy = y + 70 * s
    for line in lines:
        c.line(x + 14 * s, yy, line, fit(p, f, "".join(sp.text for sp in line), w - 28 * s))
        yy += 28 * s
    if kind == "住院收费票据":
        c.line(
            x + 14 * s,
            yy,
            [S("合计:", "label"), S(f"¥{fk.r.randint(8, 90)},{fk.digits(3)}.00", "price")],
            f,
        )


def _cn_lower(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """Further down the page: bills' photos, the 证实 list, the donations."""
    c, p, y = _phone_canvas(rng, True, 2.5)
    s, w = p.s, c.width
    y = _nav(p, y, rng.choice(CN_PLATFORMS))
    case = _story(rng, fk)
    patient = case["name"][0]
    y += 60 * s
    c.text(36 * s, y, "医疗证明材料", p.font(28, bold=True), "label")
    y += 24 * s
    bw = (w - 72 * s - 20 * s) / 2
    for k in range(2):
        _bill(p, 36 * s + k * (bw + 20 * s), y, bw, 230 * s, patient, fk)
    y += 290 * s
    c.text(36 * s, y, f"证实({rng.randint(12, 300)})", p.font(28, bold=True), "label")
    y += 50 * s
    f, small = p.font(23, bold=True), p.font(21)
    for _ in range(rng.randint(2, 3)):
        c.draw.ellipse([36 * s, y - 30 * s, 86 * s, y + 20 * s], fill=(210, 220, 210))
        x = c.line(106 * s, y, [S(fk.cn_name(honorific=0.0), "name")], f) + 14 * s
        c.text(x, y, rng.choice(CN_VERIFIERS), small, "other", fill=_GREY)
        c.text(w - 36 * s, y, "已证实", small, "label", anchor="rs", fill=_GREEN)
        y += 38 * s
        y = (
            c.wrap(
                106 * s,
                y,
                [S(rng.choice(CN_VERIFY_WORDS), "other")],
                small,
                w - 150 * s,
                32 * s,
                max_lines=2,
            )
            + 24 * s
        )
    c.draw.rectangle([0, y, w, y + 20 * s], fill=(242, 242, 245))
    y += 76 * s
    c.text(36 * s, y, "爱心动态", p.font(28, bold=True), "label")
    y += 54 * s
    if rng.random() < 0.6:  # the raiser posts progress, naming the patient
        spans = [
            S(case["raiser"][0], "name"),
            S(" 更新了进展: ", "other"),
            S(patient, "name"),
            S("今天完成了第二次治疗,感谢大家的帮助!", "other"),
        ]
        y = c.wrap(36 * s, y, spans, small, w - 72 * s, 34 * s, max_lines=3) + 30 * s
    for _ in range(rng.randint(3, 5)):
        who = rng.random()
        donor = (
            fk.nickname()
            if who < 0.4
            else fk.cn_name(honorific=0.0)
            if who < 0.8
            else fk.cn_star_name()
        )
        anon = rng.random() < 0.15
        head = [S("爱心人士", "other")] if anon else [S(donor, "name")]
        x = c.line(36 * s, y, head, f) + 12 * s
        c.line(
            x,
            y,
            [S("捐助了", "other"), S(f"{rng.choice((10, 20, 50, 100, 200, 500))}元", "price")],
            small,
            fill=RED,
        )
        c.text(w - 36 * s, y, rng.choice(CN_TIMES), p.font(19), "other", anchor="rs", fill=_GREY)
        y += 36 * s
        words = rng.choice(CN_COMMENTS)
        if words:
            c.text(36 * s, y, words, small, "other")
            y += 36 * s
        y += 20 * s
    return _finish(c, y, 0, pad=20 * s)


def _cn_flyer(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A printed appeal: the patient in prose, a photo, how to give, who to call."""
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=True, base=1100, margin=0.07)
    s, w = p.s, right - m
    case = _story(rng, fk)
    issuer = rng.choice(CN_FLYER_ISSUERS)
    y = m + 60 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("爱心捐款倡议书", "紧急求助 · 爱心捐款", "伸出援手 传递爱心")),
        p.font(44, bold=True),
        "label",
        anchor="ms",
        fill=RED,
    )
    y += 70 * s
    face_photo(p, right - 220 * s, y - 20 * s, 220 * s, 280 * s)
    tmpl = (
        "{name},{age}岁,家住{home}{door}。{date}在{hospital}被确诊为{disease},治疗费用预计"
        "需要{cost}万元。{pron}的家人{raiser}说,为了治病家中早已负债累累,{elder}年迈多病,"
        "实在无力承担。"
    )
    y = c.wrap(m, y, template_spans(tmpl, case), p.font(22), w - 250 * s, 38 * s, max_lines=9)
    y = max(y, m + 420 * s) + 10 * s
    y = c.wrap(m, y, [S(CN_FLYER_CLOSE[0], "footer")], p.font(22), w, 38 * s, max_lines=4) + 30 * s
    c.text(m, y, "捐款方式:", p.font(24, bold=True), "label")
    y += 46 * s
    f = p.font(21)
    size = int(200 * s)
    c.qr(int(right - size), int(y - 20 * s), f"https://cf.example.cn/p/{fk.digits(9)}", size=size)
    c.text(right - size / 2, y + size + 10 * s, "扫码捐款", p.font(18), "label", anchor="ms")
    rows = [
        [
            S("1. 开户银行: ", "label"),
            S(fk.cn_bank() + rng.choice(("", "城南支行", "县支行")), "other"),
        ],
        [S("   户名: ", "label"), S(case["raiser"][0], "name")],
        [S("   卡号: ", "label"), S(fk.card_pos_full(), "card_number")],
        [
            S("2. 现场捐款: ", "label"),
            S(rng.choice(("社区服务中心一楼大厅", "学校行政楼102室", "公司工会办公室")), "other"),
        ],
        [
            S("联系人: ", "label"),
            S(case["raiser"][0], "name"),
            S(f"({case['relation'][0]})", "other"),
        ],
        [
            S("联系电话: ", "label"),
            S(fk.cn_mobile(rng.choice(("plain", "space", "dash"))), "phone"),
        ],
    ]
    for row in rows:
        c.line(m, y, row, fit(p, f, "".join(sp.text for sp in row), w - size - 30 * s))
        y += 40 * s
    y = max(y, y) + 60 * s
    c.text(right - 60 * s, y, issuer, p.font(22), "other", anchor="rs")
    seal(p, right - 200 * s, y - 20 * s, 70 * s, issuer[:10])
    y += 40 * s
    c.text(right - 60 * s, y, fk.date("cn"), p.font(22), "date", anchor="rs")
    return _finish(c, y, m // 2, pad=14 * s)


def medical_crowdfunding_page(rng: random.Random) -> Canvas:
    """A fundraising page's top or lower part on a phone, a printed appeal, or an
    English or French page."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_top, _cn_lower, _cn_flyer, latin_page), weights=(30, 25, 20, 25))[0]
    return draw(rng, fk)


LAYOUTS = {"medical_crowdfunding_page": medical_crowdfunding_page}
