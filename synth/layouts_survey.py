"""Customer satisfaction surveys. A shop's printed 顾客满意度调查问卷 filled in by pen
(numbered questions with rating columns 非常满意 … 非常不满意 ticked; 您的意见和建议 by
hand, which may name a staff member as 小王 or in full, or leave a phone; the optional
contact section: 姓名/称呼, 手机, 微信号, 会员卡号, 是否愿意参加抽奖 ticked; the shop's
address and hotline), a car dealer's or clinic's typed 客户回访记录表 (a table of call-backs:
date, customer, phone whole or starred, plate or treatment, score, view, 回访人), an
English comment card or an Italian online questionnaire printout
(:mod:`synth.survey_latin`).

Personal: customers, staff named in comments and the 回访人 (``name``; after 小 / 老 and
女士 / 先生 only the surname), phones (a starred 138****1234 is still the customer's
phone: ``phone``), WeChat IDs, member card numbers and plates (``id_number``). Ordinary:
questions, ratings and ticks, scores, views around the names, treatments, dates. The
shop's or firm's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .formkit import HAND_INKS, Cell, fit, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry, template_spans
from .formkit_slips import label_cell
from .kit import S, _finish, biz, hand_font
from .render import Canvas, Span
from .survey_latin import en_comment_card, it_online_survey
from .survey_words import (
    CN_CALLBACK_FIRMS,
    CN_CALLBACK_KINDS,
    CN_CALLBACK_VIEWS,
    CN_COMMENTS,
    CN_FEEDBACK_WAYS,
    CN_QUESTIONS,
    CN_SCALE,
    CN_SHOPS,
    CN_TREATMENTS,
)


def _comment_parts(fk: SurveyFaker) -> dict[str, tuple[str, str]]:
    return {
        "s": (fk.cn_surname(), "name"),
        "f": (fk.cn_name(honorific=0.0), "name"),
        "p": (fk.cn_mobile(fk.r.choice(("plain", "plain", "dash"))), "phone"),
    }


def _called(rng: random.Random, fk: SurveyFaker) -> list[Span]:
    """How a customer gives a name on an optional line: in full, or 张女士 / 李先生."""
    if rng.random() < 0.5:
        return [S(fk.cn_name(honorific=0.0), "name")]
    return [S(fk.cn_surname(), "name"), S(rng.choice(("女士", "先生", "小姐")), "other")]


def _cn_questionnaire(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.7, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    shop, saddr, sphone = rng.choice(CN_SHOPS)
    y = m + 34 * s
    c.text(c.width / 2, y, shop, p.font(20), "shop", anchor="ms")
    y += 50 * s
    title = rng.choice(("顾客满意度调查问卷", "顾客意见征询表", "顾客满意度调查表"))
    c.text(c.width / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += 40 * s
    intro = (
        "尊敬的顾客:您好!为了给您提供更好的购物体验,请您抽出几分钟填写本问卷,"
        "在相应的栏内打“√”。感谢您的支持!"
    )
    y = c.wrap(m, y, [S(intro, "footer")], p.font(16), w, 26 * s, max_lines=3) + 6 * s
    qs = rng.sample(CN_QUESTIONS[:-1], rng.randint(6, 8)) + [CN_QUESTIONS[-1]]
    scale = CN_SCALE[: rng.choice((4, 5))]
    qw = w * 0.5
    widths = [w * 0.06, qw - w * 0.06] + [(w - qw) / len(scale)] * len(scale)
    rows = [[label_cell("序号"), label_cell("调查项目"), *(label_cell(t) for t in scale)]]
    for k, q in enumerate(qs, 1):
        pick = min(len(scale) - 1, int(rng.triangular(0, len(scale), 0.6)))
        marks = [
            Cell.of("√", "other", hand=True, align="c") if i == pick else Cell.of("", "other")
            for i in range(len(scale))
        ]
        rows.append([Cell.of(str(k), "other", align="c"), Cell.of(q, "label"), *marks])
    y = table(p, m, y, widths, rows, 40 * s, p.font(16), hand_px=30) + 40 * s
    f = p.font(18)
    x = c.line(m, y, [S(f"{len(qs) + 1}. 您是通过什么渠道了解本店活动的?", "label")], f)
    way = rng.randrange(len(CN_FEEDBACK_WAYS))
    x += 14 * s
    for i, word in enumerate(CN_FEEDBACK_WAYS):
        x = tick_box(p, x, y, word, i == way, p.font(16)) + 14 * s
    y += 44 * s
    c.text(m, y, f"{len(qs) + 2}. 您的意见和建议:", f, "label")
    y += 42 * s
    for k in range(3):
        c.hline(m + 20 * s, right, y + k * 44 * s + 8 * s, width=1)
    comment = template_spans(rng.choice(CN_COMMENTS), _comment_parts(fk), "other")
    hf = hand_font(p, 28, cjk=True)
    c.wrap(m + 30 * s, y, comment, hf, w - 40 * s, 44 * s, fill=rng.choice(HAND_INKS), max_lines=3)
    y += 3 * 44 * s + 24 * s
    c.text(m, y, "顾客信息(自愿填写,仅用于抽奖及回访):", p.font(18, bold=True), "label")
    y += 46 * s
    hand = rng.random() < 0.85
    fields: list[tuple[str, list[Span]]] = [
        (rng.choice(("姓名/称呼:", "您的称呼:", "姓名:")), _called(rng, fk)),
        ("手机:", [S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone")]),
    ]
    if rng.random() < 0.7:
        fields.append(("微信号:", [S(fk.wechat_id(), "id_number")]))
    if rng.random() < 0.7:
        fields.append(("会员卡号:", [S(fk.member_card(), "id_number")]))
    half = (w - 40 * s) / 2
    for k, field in enumerate(fields):
        x0 = m + (k % 2) * (half + 40 * s)
        ruled_entry(p, x0, x0 + half, y, field, hand, f, hand_px=28, cjk=True)
        y += 50 * s if k % 2 else 0
    y += 50 * s if len(fields) % 2 else 0
    x = c.line(m, y, [S("是否愿意参加抽奖:", "label")], f) + 10 * s
    yes = rng.random() < 0.7
    x = tick_box(p, x, y, "是", yes, f) + 20 * s
    tick_box(p, x, y, "否", not yes, f)
    c.line(
        right - 300 * s,
        y,
        [S("填写日期:", "label"), S(f"2026.{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date")],
        f,
    )
    y += 60 * s
    foot = [
        S("地址:", "footer"),
        biz(saddr, "shop_address"),
        S("  服务热线:", "footer"),
        biz(sphone, "shop_phone"),
    ]
    c.line(m, y, foot, fit(p, p.font(15), "".join(sp.text for sp in foot), w))
    y += 30 * s
    c.text(m, y, "请将问卷投入服务台旁的意见箱,谢谢!", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_callback(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A call-back log printed from the dealer's or clinic's sheet, a row a call."""
    c, p, m, right = sheet(rng, (1500, 1650), 0.85, cjk=True, base=1500, margin=0.04)
    s, w = p.s, right - m
    firm, faddr, fphone, column = rng.choice(CN_CALLBACK_FIRMS)
    car = column == "车牌号"
    y = m + 40 * s
    c.text(c.width / 2, y, firm, p.font(22, bold=True), "shop", anchor="ms")
    y += 46 * s
    title = "客户回访记录表" if car else "患者电话回访登记表"
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    month = rng.randint(1, 12)
    c.line(m, y, [S("回访月份:", "label"), S(f"2026年{month}月", "date")], p.font(17))
    kind = rng.choice(CN_CALLBACK_KINDS) if car else "治疗后回访"
    c.line(m + w * 0.4, y, [S("回访类型:", "label"), S(kind, "other")], p.font(17))
    y += 20 * s
    heads = ["序号", "回访日期", "客户姓名" if car else "患者姓名", "联系电话", column]
    heads += ["满意度", "客户意见/回访内容", "回访人"]
    widths = [w * f for f in (0.05, 0.1, 0.1, 0.15, 0.11, 0.07, 0.32, 0.1)]
    staff = [fk.cn_name(honorific=0.0) for _ in range(2)]
    starred = rng.random() < 0.5
    rows = [[label_cell(t) for t in heads]]
    for k in range(1, rng.randint(9, 14)):
        phone = fk.cn_mobile("masked" if starred and rng.random() < 0.8 else "plain")
        thing = S(fk.cn_plate(), "id_number") if car else S(rng.choice(CN_TREATMENTS), "other")
        view = template_spans(
            rng.choice(CN_CALLBACK_VIEWS), {"f": (fk.cn_name(honorific=0.0), "name")}, "other"
        )
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell.of(f"{month}/{rng.randint(1, 28)}", "date", align="c"),
                Cell((*_called(rng, fk),)),
                Cell.of(phone, "phone"),
                Cell((thing,)),
                Cell.of(str(rng.choice((10, 10, 9, 9, 8, 7, 5))), "other", align="c"),
                Cell(tuple(view)),
                Cell.of(rng.choice(staff), "name"),
            ]
        )
    y = table(p, m, y, widths, rows, 40 * s, p.font(16), line=1) + 40 * s
    f = p.font(17)
    x = c.line(m, y, [S("制表人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(staff[0], "name")], 30, cjk=True)
    c.line(m + w * 0.35, y, [S("审核:", "label")], f)
    if rng.random() < 0.6:
        handwritten(
            p, m + w * 0.35 + 60 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True
        )
    y += 40 * s
    foot = [S("地址:", "footer"), biz(faddr, "shop_address")]
    foot += [S("  客服电话:", "footer"), biz(fphone, "shop_phone")]
    c.line(m, y, foot, p.font(15))
    return _finish(c, y, m // 2, pad=20 * s)


def customer_survey_form(rng: random.Random) -> Canvas:
    """A 顾客满意度调查问卷 by pen, a 客户回访记录表, an English comment card or an Italian
    online questionnaire printout."""
    fk = SurveyFaker(rng)
    draw = rng.choices(
        (_cn_questionnaire, _cn_callback, en_comment_card, it_online_survey),
        weights=(34, 26, 22, 18),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"customer_survey_form": customer_survey_form}
