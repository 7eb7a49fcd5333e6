"""Mortgages and home loans. A bank's 个人住房贷款申请表 typed or filled in by pen in
sections headed by an upright word (借款人 and 共同借款人: name, sex, ID, marital status,
phone, home to the room, employer, monthly income; the property: its address to the
room, area, price, down payment; the loan: amount, term, rate, repayment method ticked,
the 还款账号; signatures; the 客户经理; the branch's address and hotline), a bank's
贷款审批通知书 (the borrower greeted and named in prose, the contract number, the
property, the loan, the repayment account, conditions; the branch's seal), or an English
mortgage application or a Spanish solicitud de préstamo hipotecario
(:mod:`synth.mortgage_latin`).

Personal: borrowers, co-borrowers and account managers (``name``; after 尊敬的 … 先生
only the name), IDs, dates of birth, the loan contract number and repayment account
(``id_number``), homes and the property bought (``address`` with the room ``door``),
phones. Ordinary: marital status, employers, incomes, areas, prices, amounts, terms,
rates, repayment methods, banks and branches' names, headings and dates; a branch's
address and hotline are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, seal, sheet
from .formkit_blanks import section_table, tick_box
from .formkit_fill import template_spans
from .formkit_slips import grid_rows
from .kit import S, _finish, biz, joined_address
from .mortgage_latin import en_application, es_solicitud
from .mortgage_words import (
    CN_BRANCHES,
    CN_CO_RELATIONS,
    CN_COND,
    CN_DEVELOPERS,
    CN_EMPLOYERS,
    CN_KINDS,
    CN_MARITAL,
    CN_REPAY,
)
from .render import Canvas, Span


def _home(fk: HomeFaker) -> list[Span]:
    return joined_address([fk.cn_address(with_door=1.0)[0]], "")


def _party_rows(
    rng: random.Random, fk: HomeFaker, co: bool, hand: bool, male: bool
) -> list[list[Cell]]:
    rows = [
        [
            ("姓名", fk.cn_name(honorific=0.0), "name"),
            ("性别", "男" if male else "女", "other"),
            ("婚姻状况", rng.choice(CN_MARITAL), "other"),
        ],
        [("身份证号", fk.id_born(1965, 2000), "id_number"), ("手机号码", fk.cn_mobile(), "phone")],
        [("现住址", _home(fk), "")],
        [
            ("工作单位", rng.choice(CN_EMPLOYERS), "other"),
            ("月收入(元)", f"{rng.randint(6, 60) * 1000:,}", "other"),
        ],
    ]
    if co:
        rows[3].insert(0, ("与借款人关系", rng.choice(CN_CO_RELATIONS), "other"))
    return grid_rows(rows, hand=hand, columns=6)


def _application(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1400, 1460), 1.5, cjk=True, base=1400, margin=0.04)
    s = p.s
    bank, branch, addr, hotline = rng.choice(CN_BRANCHES)
    hand = rng.random() < 0.7
    y = m + 34 * s
    c.text(c.width / 2, y, bank, p.font(24, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(c.width / 2, y, "个人住房贷款申请表", p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    c.line(m, y, [S("经办网点:", "label"), S(bank + branch, "shop")], f)
    c.line(
        right - 330 * s,
        y,
        [S("申请日期:", "label"), S(f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 16 * s
    head, w = 52 * s, right - m - 52 * s
    widths = [w * k for k in (0.12, 0.22, 0.1, 0.18, 0.12, 0.26)]
    male = rng.random() < 0.5
    rows_b = _party_rows(rng, fk, False, hand, male)
    y = section_table(p, m, y, head, widths, rows_b, 52 * s, "借款人", p.font(16), hand_px=26)
    if rng.random() < 0.75:
        rows_c = _party_rows(rng, fk, True, hand, not male)
        y = section_table(
            p, m, y, head, widths, rows_c, 52 * s, "共同借款人", p.font(16), hand_px=26
        )
    price = rng.randint(80, 600) * 10000
    area = rng.randint(55, 160)
    kind = rng.choice(CN_KINDS)
    seller = rng.choice(CN_DEVELOPERS) if kind == "一手房" else "个人"
    prop = grid_rows(
        [
            [("房屋坐落", _home(fk), "")],
            [
                ("房屋类型", kind, "other"),
                ("建筑面积", f"{area}.{rng.randint(10, 99)}㎡", "other"),
                ("购房总价(元)", f"{price:,}", "other"),
            ],
            [
                ("首付款(元)", f"{price * 3 // 10:,}", "other"),
                ("开发商/卖方", seller, "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, prop, 52 * s, "购房信息", p.font(16), hand_px=26)
    term = rng.choice((10, 15, 20, 25, 30))
    loan = grid_rows(
        [
            [
                ("申请金额(元)", f"{price * 7 // 10:,}", "other"),
                ("贷款期限", f"{term * 12}个月", "other"),
                ("利率", f"LPR{rng.choice(('-20', '-30', '+0', '-45'))}BP", "other"),
            ],
            [("还款账号", fk.bank_account(), "id_number"), ("开户行", bank + branch, "other")],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, loan, 52 * s, "贷款", p.font(16), hand_px=26)
    y += 40 * s
    x = c.line(m, y, [S("还款方式:", "label")], f) + 10 * s
    chosen = rng.choice(CN_REPAY)
    for opt in CN_REPAY:
        x = tick_box(p, x, y, opt, opt == chosen, f) + 26 * s
    y += 44 * s
    decl = (
        "本人保证以上所填内容真实、完整,并授权贵行查询本人征信信息。如有虚假,愿承担相应法律责任。"
    )
    y = c.wrap(m, y, [S(decl, "footer")], p.font(15), right - m, 26 * s, max_lines=2) + 30 * s
    signers = [("借款人签名:", rows_b[0][1].spans[0].text)]
    for k, (label, who) in enumerate(signers + [("客户经理:", fk.cn_name(honorific=0.0))]):
        x = c.line(m + k * (right - m) / 2, y, [S(label, "label")], p.font(17)) + 10 * s
        handwritten(p, x, y, [S(who, "name")], 30, cjk=True)
    y += 50 * s
    c.line(
        m,
        y,
        [
            S("网点地址:", "label"),
            biz(addr, "shop_address"),
            S("   客服热线:", "label"),
            biz(hotline, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m, pad=20 * s)


def _approval(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.45, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    bank, branch, addr, hotline = rng.choice(CN_BRANCHES)
    y = m + 30 * s
    c.text(c.width / 2, y, bank + branch, p.font(24, bold=True), "shop", anchor="ms")
    y += 56 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("个人住房贷款审批通知书", "贷款审批结果通知书")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * s
    c.text(
        right, y, f"编号:审批〔2026〕{rng.randint(100, 9999)}号", p.font(15), "other", anchor="rs"
    )
    y += 50 * s
    f, lh = p.font(19), 36 * s
    name = fk.cn_name(honorific=0.0)
    title = rng.choice(("先生", "女士"))
    y = (
        c.wrap(m, y, [S("尊敬的 ", "other"), S(name, "name"), S(f" {title}:", "other")], f, w, lh)
        + 6 * s
    )
    contract = fk.loan_contract_no()
    home = fk.cn_address(with_door=1.0)[0].segments
    amount = rng.randint(40, 400) * 10000
    term = rng.choice((10, 20, 25, 30))
    co = fk.cn_name(honorific=0.0)
    parts = {
        "name": (name, "name"),
        "co": (co, "name"),
        "contract": (contract, "id_number"),
        "addr": ("".join(t for t, k in home if k == "address"), "address"),
        "door": ("".join(t for t, k in home if k == "door"), "door"),
        "acct": (fk.bank_account(), "id_number"),
    }
    lines = [
        f"您于2026年{rng.randint(1, 10)}月{rng.randint(1, 28)}日向我行提交的个人住房贷款申请(申请编号:"
        "{contract})已经我行审批同意,现将审批结果通知如下:",
        "一、借款人:{name};共同借款人:{co}。",
        "二、抵押房产:{addr}{door}。",
        f"三、贷款金额:人民币{amount:,}元;贷款期限:{term}年;执行利率:{rng.choice(('3.05', '3.10', '3.25', '2.85'))}%;"
        f"还款方式:{rng.choice(CN_REPAY)}。",
        "四、还款账户:{acct},请于每月还款日前存足当期应还款项。",
        "五、" + rng.choice(CN_COND),
    ]
    for t in lines:
        y = (
            c.wrap(m + 38 * s, y, template_spans(t, parts, "other"), f, w - 38 * s, lh, max_lines=4)
            + 4 * s
        )
    y += 20 * s
    mgr = fk.cn_name(honorific=0.0)
    y = (
        c.wrap(
            m + 38 * s,
            y,
            [
                S("如有疑问,请联系您的客户经理", "other"),
                S(mgr, "name"),
                S(",或致电客服热线", "other"),
                biz(hotline, "shop_phone"),
                S("。", "other"),
            ],
            f,
            w - 38 * s,
            lh,
        )
        + 50 * s
    )
    c.text(right - 40 * s, y, bank + branch, p.font(19), "shop", anchor="rs")
    y += 44 * s
    c.text(
        right - 40 * s,
        y,
        f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日",
        p.font(19),
        "date",
        anchor="rs",
    )
    seal(p, right - 160 * s, y - 40 * s, 70 * s, bank + branch + "个人贷款业务专用章")
    y += 60 * s
    c.line(m, y, [S("地址:", "label"), biz(addr, "shop_address")], p.font(14))
    if rng.random() < 0.6:  # the borrower signs the receipt copy by hand
        y += 50 * s
        x = c.line(m, y, [S("借款人签收:", "label")], p.font(17)) + 10 * s
        handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    return _finish(c, y, m // 2, pad=30 * s)


def mortgage_application_form(rng: random.Random) -> Canvas:
    """A 个人住房贷款申请表, a 贷款审批通知书, an English mortgage application or a
    Spanish solicitud de préstamo hipotecario."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_application, _approval, en_application, es_solicitud), weights=(34, 22, 24, 20)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"mortgage_application_form": mortgage_application_form}
