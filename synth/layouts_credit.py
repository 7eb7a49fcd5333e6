"""Personal credit reports. Pages of a Chinese 个人信用报告 (the header table naming the
person and ID; 身份信息 with date of birth, marriage and addresses; the spouse's name,
ID and employer; the 手机号码 list with update dates; 居住信息 rows to the room with
居住状况; 职业信息 rows of employers; or the 信贷交易信息 accounts with their 账户编号
and the 查询记录 list); an English credit report (name, date of birth, current and
previous addresses with dates, electoral roll, accounts with the number's last digits
and a payment-history grid, a financial associate); or a Spanish informe de riesgos
(Titular, NIF, Domicilio, an Operaciones table).

Personal: the person, spouse and financial associate (``name``), ID numbers, dates of
birth and account numbers (``id_number``), phones, addresses and rooms. Ordinary:
report numbers, dates, lenders, employers and their addresses, amounts, statuses,
classifications, query reasons, grids and boilerplate.
"""

from __future__ import annotations

import random

from .credit_latin import _en_report, _es_informe, _money, _section
from .credit_words import (
    CN_ACCOUNTS,
    CN_CLASSES,
    CN_EDUCATION,
    CN_EMPLOYERS,
    CN_HOUSING,
    CN_JOBS,
    CN_LENDERS,
    CN_MARRIAGE,
    CN_NOTES,
    CN_QUERY_ORGS,
    CN_QUERY_REASONS,
    CN_STATES,
    CN_TITLES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, sheet, table
from .formkit_slips import label_cell
from .kit import Pen, S, _finish, joined_address
from .render import Canvas


def _day(rng: random.Random, lo: int = 2012) -> str:
    return f"{rng.randint(lo, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"


def _cn_head(rng: random.Random, fk: MoneyFaker, p: Pen, m: float, right: float):
    """The title, report number and the header table every page repeats."""
    c, s = p.c, p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "个人信用报告", p.font(32, bold=True), "label", anchor="ms")
    y += 30 * s
    c.text(
        c.width / 2, y, rng.choice(("(本人查询版)", "(银行版)")), p.font(17), "label", anchor="ms"
    )
    y += 36 * s
    f = p.font(15)
    c.line(m, y, [S("报告编号:", "label"), S("2026" + fk.digits(18), "other")], f)
    clock = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    c.line(c.width * 0.58, y, [S("报告时间:", "label"), S(f"{_day(rng, 2026)} {clock}", "date")], f)
    y += 12 * s
    name, pid = fk.cn_name(honorific=0.0), fk.cn_resident_id(x_prob=0.1)
    heads = ("被查询者姓名", "被查询者证件类型", "被查询者证件号码", "查询机构", "查询原因")
    org = rng.choice(CN_QUERY_ORGS)
    reason = rng.choice(CN_QUERY_REASONS[:3]) if "征信" not in org else CN_QUERY_REASONS[-1]
    rows = [
        [label_cell(h) for h in heads],
        [
            Cell.of(name, "name", align="c"),
            Cell.of("身份证", "other", align="c"),
            Cell.of(pid, "id_number", align="c"),
            Cell.of(org, "other", align="c"),
            Cell.of(reason, "other", align="c"),
        ],
    ]
    widths = [(right - m) * k for k in (0.15, 0.16, 0.25, 0.2, 0.24)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), line=1)
    return y + 20 * s, name


def _cn_identity(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The report's first pages: identity, spouse, phones, residences, occupations."""
    c, p, m, right = sheet(rng, (1240, 1300), 1.8, cjk=True, base=1240, margin=0.05)
    s = p.s
    y, _name = _cn_head(rng, fk, p, m, right)
    f = p.font(15)
    w = right - m
    y = _section(p, m, right, y, "一  个人基本信息")
    married = rng.random() < 0.6
    home, _ = fk.cn_address(with_door=1.0)
    mail, _ = fk.cn_address(with_door=0.8)
    rows = [
        [label_cell(h) for h in ("性别", "出生日期", "婚姻状况", "学历", "国籍")],
        [
            Cell.of(fk.sex(), "other", align="c"),
            Cell.of(fk.dob("dot"), "id_number", align="c"),
            Cell.of("已婚" if married else rng.choice(CN_MARRIAGE[1:3]), "other", align="c"),
            Cell.of(rng.choice(CN_EDUCATION), "other", align="c"),
            Cell.of("中国", "other", align="c"),
        ],
        [label_cell("通讯地址"), Cell(tuple(joined_address([mail])), span=4)],
        [label_cell("户籍地址"), Cell(tuple(joined_address([home])), span=4)],
    ]
    y = table(p, m, y, [w * 0.2] * 5, rows, 38 * s, f, line=1) + 16 * s
    c.text(m, y + 14 * s, "手机号码", p.font(16, bold=True), "label")
    rows = [[label_cell(h) for h in ("编号", "手机号码", "信息更新日期")]]
    for k in range(rng.randint(2, 4)):
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(fk.cn_mobile_digits(), "phone", align="c"),
                Cell.of(_day(rng, 2016), "date", align="c"),
            ]
        )
    y = table(p, m, y + 26 * s, [w * 0.15, w * 0.45, w * 0.4], rows, 34 * s, f, line=1) + 16 * s
    if married:
        c.text(m, y + 14 * s, "配偶信息", p.font(16, bold=True), "label")
        firm = rng.choice(CN_EMPLOYERS)[0]
        rows = [
            [label_cell(h) for h in ("姓名", "证件类型", "证件号码", "工作单位", "联系电话")],
            [
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of("身份证", "other", align="c"),
                Cell.of(fk.cn_resident_id(), "id_number", align="c"),
                Cell.of(firm, "other"),
                Cell.of(fk.cn_mobile_digits(), "phone", align="c"),
            ],
        ]
        widths = [w * k for k in (0.13, 0.12, 0.27, 0.3, 0.18)]
        y = table(p, m, y + 26 * s, widths, rows, 36 * s, f, line=1) + 16 * s
    c.text(m, y + 14 * s, "居住信息", p.font(16, bold=True), "label")
    rows = [[label_cell(h) for h in ("编号", "居住地址", "住宅电话", "居住状况", "信息更新日期")]]
    for k in range(rng.randint(2, 4)):
        line, _ = fk.cn_address(with_door=0.9)
        phone = fk.cn_landline() if rng.random() < 0.3 else ""
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell(tuple(joined_address([line]))),
                Cell.of(phone, "phone", align="c"),
                Cell.of(rng.choice(CN_HOUSING), "other", align="c"),
                Cell.of(_day(rng, 2014), "date", align="c"),
            ]
        )
    widths = [w * k for k in (0.07, 0.5, 0.15, 0.12, 0.16)]
    y = table(p, m, y + 26 * s, widths, rows, 36 * s, f, line=1) + 16 * s
    c.text(m, y + 14 * s, "职业信息", p.font(16, bold=True), "label")
    heads = ("编号", "工作单位", "单位性质", "单位地址", "职业", "职务", "进入本单位年份")
    rows = [[label_cell(h) for h in heads]]
    for k, (firm, addr, kind) in enumerate(rng.sample(CN_EMPLOYERS, rng.randint(1, 3))):
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(firm, "other"),
                Cell.of(kind, "other", align="c"),
                Cell.of(addr, "other"),
                Cell.of(rng.choice(CN_JOBS), "other"),
                Cell.of(rng.choice(CN_TITLES), "other", align="c"),
                Cell.of(str(rng.randint(2008, 2025)), "date", align="c"),
            ]
        )
    widths = [w * k for k in (0.06, 0.22, 0.1, 0.24, 0.16, 0.1, 0.12)]
    y = table(p, m, y + 26 * s, widths, rows, 36 * s, p.font(14), line=1) + 30 * s
    c.text(c.width / 2, y, f"第 1 页,共 {rng.randint(3, 8)} 页", p.font(14), "footer", anchor="ms")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_credit(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A later page: the accounts of 信贷交易信息明细 and the 查询记录."""
    c, p, m, right = sheet(rng, (1240, 1300), 1.6, cjk=True, base=1240, margin=0.05)
    s = p.s
    y, _name = _cn_head(rng, fk, p, m, right)
    w = right - m
    f = p.font(15)
    y = _section(p, m, right, y, "二  信贷交易信息明细")
    for k in range(rng.randint(2, 4)):
        kind = rng.choice(CN_ACCOUNTS)
        card = kind == "贷记卡"
        c.text(m, y + 16 * s, f"账户 {k + 1}", p.font(15, bold=True), "label")
        y += 24 * s
        heads = (
            "管理机构",
            "账户编号",
            "开立日期",
            "授信额度" if card else "借款金额",
            "币种",
            "业务种类",
        )
        rows = [
            [label_cell(h) for h in heads],
            [
                Cell.of(rng.choice(CN_LENDERS), "other"),
                Cell.of(fk.digits(rng.choice((16, 19, 22)), True), "id_number", align="c"),
                Cell.of(_day(rng), "date", align="c"),
                Cell.of(_money(rng, 5000, 900000), "price", align="r"),
                Cell.of("人民币元", "other", align="c"),
                Cell.of(kind, "other", align="c"),
            ],
            [
                label_cell(h)
                for h in (
                    "账户状态",
                    "五级分类",
                    "余额",
                    "最近一次还款日期",
                    "当前逾期期数",
                    "本月应还款",
                )
            ],
            [
                Cell.of(rng.choice(CN_STATES), "other", align="c"),
                Cell.of(rng.choice(CN_CLASSES), "other", align="c"),
                Cell.of(_money(rng, 0, 500000), "price", align="r"),
                Cell.of(_day(rng, 2026), "date", align="c"),
                Cell.of(str(rng.choice((0, 0, 0, 1))), "other", align="c"),
                Cell.of(_money(rng, 100, 9000), "price", align="r"),
            ],
        ]
        widths = [w * k for k in (0.22, 0.26, 0.12, 0.14, 0.12, 0.14)]
        y = table(p, m, y + 6 * s, widths, rows, 34 * s, f, line=1) + 12 * s
    y += 10 * s
    y = _section(p, m, right, y, "三  查询记录")
    rows = [[label_cell(h) for h in ("编号", "查询日期", "查询机构", "查询原因")]]
    for k in range(rng.randint(3, 7)):
        org = rng.choice(CN_QUERY_ORGS)
        reason = CN_QUERY_REASONS[-1] if "征信" in org else rng.choice(CN_QUERY_REASONS[:4])
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(_day(rng, 2024), "date", align="c"),
                Cell.of(org, "other"),
                Cell.of(reason, "other"),
            ]
        )
    y = table(p, m, y, [w * k for k in (0.08, 0.18, 0.34, 0.4)], rows, 34 * s, f, line=1)
    y += 26 * s
    c.text(m, y, "报告说明", p.font(15, bold=True), "label")
    y += 26 * s
    for note in CN_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(13), w, 22 * s, max_lines=2)
    return _finish(c, y, m // 2, pad=10 * s)


def credit_report_page(rng: random.Random) -> Canvas:
    """A page of a personal credit report: a Chinese 个人信用报告 (identity or accounts
    page), an English credit report or a Spanish informe de riesgos."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_identity, _cn_credit, _en_report, _es_informe), weights=(30, 26, 26, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"credit_report_page": credit_report_page}
