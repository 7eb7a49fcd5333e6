"""Debt collection. A collection agency's or law firm's 催收函 / 逾期还款提醒函 / 律师函 /
债务催告通知书 (the agency's letterhead, line and office; the letter's number; the debtor
greeted in full, as 尊敬的 + name or as surname + 先生 / 女士; prose naming the debtor, the
loan's date, contract number, sum and days overdue; a table of the debt: 借款人, 身份证号
whole or starred, 借款合同编号, 借款账号, 本金, 逾期金额, 逾期天数, 手机号码, 户籍地址 to the
room; the people already called: 紧急联系人 with relation, phone and outcome and a 担保人
named with an ID in a sentence; the deadline "请您于×年×月×日前…"; the lender's account;
the collector as surname + 专员 with 工号 or a lawyer with 执业证号; seal and date), a
phone's text thread from the collector (the sender line, messages naming the debtor as
张*明 and in full, the app's order number, the card's last four, a contact called with
the contact's phone, the registered home), or an English debt collection letter or a
German Inkasso-Mahnung (:mod:`synth.debt_latin`).

Personal: debtors, contacts, guarantors, collectors (surname only before 专员) and
lawyers (``name``), IDs, contract and loan-account numbers, order numbers, staff and
practice numbers (``id_number``), the card's last four (``card_number``), phones, homes
and rooms. Ordinary: lenders, apps, sums, days, dates, relations, outcomes, letter
numbers and prose; the agency's or firm's line, office and account are business data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import ImageFont

from .debt_latin import de_mahnung, en_letter
from .debt_words import (
    CN_AGENCIES,
    CN_DEMAND,
    CN_FIRMS,
    CN_FOOTNOTE,
    CN_LENDERS,
    CN_OUTCOMES,
    CN_PROSE,
    CN_RELATIONS,
    CN_SMS,
    CN_SMS_TIMES,
    CN_TITLES,
)
from .fakedata import CN_COMPOUND_SURNAMES
from .fakedata_dues import DuesFaker
from .fakedata_kin import star_id
from .formkit import Cell, seal, sheet, table
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, label_cell
from .kit import Pen, S, _finish, biz, joined_address
from .layouts_payapp import _GREY, _phone_canvas
from .render import Canvas, Span


def _cn_date(rng: random.Random, year: int) -> str:
    return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _cn_letter(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.75, cjk=True, base=1200, margin=0.07)
    s, w = p.s, right - m
    title = rng.choice(CN_TITLES)
    lawyer = title == "律师函"
    office, line, address = rng.choice(CN_FIRMS if lawyer else CN_AGENCIES)
    lender, _app = rng.choice(CN_LENDERS)
    y = m + 30 * s
    c.text(c.width / 2, y, office, p.font(26, bold=True), "shop", anchor="ms")
    y += 34 * s
    f13 = p.font(14)
    x = c.line(m, y, [S("地址:", "label"), biz(address, "shop_address")], f13)
    c.line(max(x + 30 * s, right - 230 * s), y, [S("电话:", "label"), biz(line, "shop_phone")], f13)
    c.hline(m, right, y + 14 * s, width=3)
    y += 80 * s
    c.text(c.width / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += 44 * s
    serial = f"{'律' if lawyer else '催'}字〔2026〕第{fk.digits(4, True)}号"
    c.line(
        right - p.width(serial + "编号:", p.font(16)),
        y,
        [S("编号:", "label"), S(serial, "other")],
        p.font(16),
    )
    y += 50 * s
    name = fk.cn_name(honorific=0.0)
    sur = name[:2] if name[:2] in CN_COMPOUND_SURNAMES else name[0]
    style = rng.randrange(3)
    f = p.font(19)
    greet: list[Span] = (
        [S("尊敬的", "footer"), S(name, "name"), S(":", "footer")]
        if style == 0
        else [S(sur, "name"), S(rng.choice(("先生:", "女士:")), "footer")]
        if style == 1
        else [S("致:", "label"), S(name, "name"), S(rng.choice(("先生", "女士")), "other")]
    )
    c.line(m, y, greet, f)
    y += 44 * s
    idn = fk.id_born(1965, 2003)
    principal = rng.randint(3, 180) * 500
    contract, amount = fk.loan_contract_no(), f"{principal:,}.00"
    owed = principal * rng.uniform(0.2, 1.15)
    due_day = _cn_date(rng, 2026)
    parts = {
        "name": (name, "name"),
        "date": (_cn_date(rng, rng.randint(2023, 2025)), "date"),
        "lender": (lender, "other"),
        "contract": (contract, "id_number"),
        "amount": (amount, "price"),
        "days": (str(rng.randint(31, 420)), "other"),
        "due": (due_day, "date"),
    }
    lh = 34 * s
    prose = [S("\u3000\u3000", "footer"), *template_spans(rng.choice(CN_PROSE), parts)]
    y = c.wrap(m, y, prose, f, w, lh, max_lines=6) + 10 * s
    starred = rng.random() < 0.35
    home = joined_address([fk.cn_address(with_door=1.0)[0]], "")
    rows = grid_rows(
        [
            [("借款人", name, "name"), ("身份证号", star_id(idn) if starred else idn, "id_number")],
            [
                ("借款合同编号", contract, "id_number"),
                ("借款账号", fk.loan_account_no(), "id_number"),
            ],
            [
                ("借款本金", f"¥{amount}", "price"),
                ("逾期金额", f"¥{owed:,.2f}", "price"),
            ],
            [
                ("逾期天数", f"{parts['days'][0]}天", "other"),
                ("手机号码", fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
            ],
            [("户籍地址", home, "")],
        ],
        hand=False,
    )
    y = table(p, m, y, [w * k for k in (0.16, 0.32, 0.16, 0.36)], rows, 46 * s, p.font(16), line=1)
    y += 46 * s
    c.text(m, y, "我司已就本笔欠款联系以下人员:", p.font(18, bold=True), "label")
    heads = ("类型", "姓名", "关系", "联系电话", "联系情况")
    table_rows = [[label_cell(h) for h in heads]]
    for _ in range(rng.randint(2, 3)):
        table_rows.append(
            [
                Cell.of("紧急联系人", "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of(rng.choice(CN_RELATIONS), "other", align="c"),
                Cell.of(fk.cn_mobile(rng.choice(("plain", "masked", "dash"))), "phone", align="c"),
                Cell.of(rng.choice(CN_OUTCOMES), "other"),
            ]
        )
    guarantor = fk.cn_name(honorific=0.0)
    table_rows.append(
        [
            Cell.of("担保人", "other", align="c"),
            Cell.of(guarantor, "name", align="c"),
            Cell.of(rng.choice(("朋友", "配偶", "同事")), "other", align="c"),
            Cell.of(fk.cn_mobile_digits(), "phone", align="c"),
            Cell.of(rng.choice(CN_OUTCOMES), "other"),
        ]
    )
    widths = [w * k for k in (0.16, 0.16, 0.12, 0.26, 0.3)]
    y = table(p, m, y + 14 * s, widths, table_rows, 40 * s, p.font(16), line=1) + 40 * s
    sentence = [
        S("\u3000\u3000担保人", "footer"),
        S(guarantor, "name"),
        S("(身份证号:", "footer"),
        S(fk.cn_resident_id(), "id_number"),
        S(")对上述借款承担连带保证责任,我司将依法一并向其追偿。", "footer"),
    ]
    y = c.wrap(m, y, sentence, f, w, lh, max_lines=3) + 6 * s
    demand = [S("\u3000\u3000", "footer"), *template_spans(rng.choice(CN_DEMAND), parts)]
    y = c.wrap(m, y, demand, f, w, lh, max_lines=4) + 14 * s
    f16 = p.font(17)
    for label, value in (
        ("收款户名:", S(lender, "other")),
        ("收款账号:", biz(fk.digits(16, True), "tax_id")),
        ("开户银行:", S(rng.choice(("招商银行深圳分行营业部", "中信银行上海分行")), "other")),
    ):
        c.line(m + 30 * s, y, [S(label, "label"), value], f16)
        y += 32 * s
    y += 16 * s
    if lawyer:
        who = [
            S("承办律师:", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("  执业证号:", "label"),
            S(f"1{fk.digits(4)}20{rng.randint(10, 24)}1{fk.digits(7)}", "id_number"),
        ]
    else:
        who = [
            S("催收专员:", "label"),
            S(fk.cn_surname(), "name"),
            S("专员", "other"),
            S("  工号:", "label"),
            S(fk.collector_no(), "id_number"),
        ]
    x = c.line(m, y, who, f16)
    c.line(x + 20 * s, y, [S("  联系电话:", "label"), biz(line, "shop_phone")], f16)
    y += 80 * s
    c.text(right - 40 * s, y, office, f16, "shop", anchor="rs")
    seal(p, right - 140 * s, y - 20 * s, 70 * s, office[:8])
    y += 36 * s
    c.text(
        right - 40 * s,
        y,
        f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日",
        f16,
        "date",
        anchor="rs",
    )
    y += 50 * s
    c.text(m, y, CN_FOOTNOTE, p.font(13), "footer")
    return _finish(c, y, m // 2, pad=16 * s)


def _break(
    p: Pen, spans: Sequence[Span], font: ImageFont.FreeTypeFont, width: float
) -> list[list[Span]]:
    """Spans broken into lines no wider than ``width`` between characters, as a phone
    breaks Chinese; a personal value that fits a line is moved whole to the next."""
    lines: list[list[Span]] = [[]]
    used = 0.0
    for sp in spans:
        if sp.pii and used and used + p.width(sp.text, font) > width >= p.width(sp.text, font):
            lines.append([])
            used = 0.0
        piece = ""
        for ch in sp.text:
            cw = p.width(ch, font)
            if used + cw > width and (piece or used):
                if piece:
                    lines[-1].append(Span(piece, sp.category, sp.pii))
                lines.append([])
                piece, used = "", 0.0
            piece += ch
            used += cw
        if piece:
            lines[-1].append(Span(piece, sp.category, sp.pii))
    return [ln for ln in lines if ln]


def _starred(name: str) -> str:
    """The debtor's own name as an app's text stars it: 张*明, 欧阳*, 李*."""
    sur = 2 if name[:2] in CN_COMPOUND_SURNAMES else 1
    given = name[sur:]
    return name[:sur] + "*" + (given[1:] if len(given) > 1 else "")


def _cn_sms(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True, tall=2.3)
    s, W = p.s, c.width
    _lender, app = rng.choice(CN_LENDERS)
    _agency, line, _addr = rng.choice(CN_AGENCIES)
    sender = rng.choice(
        (
            biz(f"1069{fk.digits(4)}{fk.digits(4)}", "shop_phone"),
            biz(line, "shop_phone"),
            S(app, "other"),
        )
    )
    y += 80 * s
    c.text(36 * s, y, "<", p.font(34), "other", record=False)
    c.line(
        W / 2 - p.width(sender.text, p.font(30, bold=True)) / 2, y, [sender], p.font(30, bold=True)
    )
    y += 20 * s
    c.hline(0, W, y, width=1)
    full = fk.cn_name(honorific=0.0)
    kin = fk.cn_name(honorific=0.0)
    home = fk.cn_address(with_door=1.0)[0]
    values = {
        "app": (app, "other"),
        "star": (_starred(full), "name"),
        "full": (full, "name"),
        "order": (fk.app_order_no(), "id_number"),
        "tail": (fk.digits(4), "card_number"),
        "amount": (f"{rng.randint(300, 20000)}.{rng.randint(0, 99):02d}", "price"),
        "days": (str(rng.randint(3, 120)), "other"),
        "due": (
            rng.choice(("今日18:00", "明天12:00", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日")),
            "date",
        ),
        "kin": (kin, "name"),
        "kphone": (fk.cn_mobile_digits(), "phone"),
        "line": (line, "shop_phone"),
        "addr": ("\0", "address"),
    }
    f = p.font(27)
    bubble_w = W * 0.68
    for k, template in enumerate(rng.sample(CN_SMS, rng.randint(3, 5))):
        y += 60 * s
        c.text(
            W / 2,
            y,
            CN_SMS_TIMES[min(k, len(CN_SMS_TIMES) - 1)],
            p.font(20),
            "date",
            anchor="ms",
            fill=_GREY,
        )
        spans: list[Span] = []
        for sp in template_spans(template, values, "other"):
            if sp.text == "\0":  # the registered home, its room as a door
                spans += [S(t, kd) for t, kd in home.segments]
            else:
                spans.append(biz(sp.text, sp.category) if sp.category == "shop_phone" else sp)
        lines = _break(p, spans, f, bubble_w - 40 * s)
        lh = 40 * s
        top = y + 24 * s
        height = lh * len(lines) + 28 * s
        c.draw.rounded_rectangle(
            [30 * s, top, 30 * s + bubble_w, top + height], 22 * s, fill=(233, 233, 235)
        )
        yy = top + 14 * s + f.size
        for ln in lines:
            c.line(50 * s, yy, ln, f)
            yy += lh
        y = top + height
    y += 70 * s
    c.draw.rounded_rectangle(
        [30 * s, y, W - 30 * s, y + 64 * s], 32 * s, outline=(200, 200, 204), width=2
    )
    c.text(60 * s, y + 42 * s, "短信", p.font(24), "label", fill=_GREY)
    return _finish(c, y + 64 * s, 0, pad=30 * s)


def debt_collection_notice(rng: random.Random) -> Canvas:
    """A 催收函 / 律师函 from an agency or law firm, a collector's text thread, an English
    debt collection letter or a German Inkasso-Mahnung."""
    fk = DuesFaker(rng)
    draw = rng.choices((_cn_letter, _cn_sms, en_letter, de_mahnung), weights=(38, 24, 20, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"debt_collection_notice": debt_collection_notice}
