"""Credit card applications. A bank's 信用卡申请表 filled in by pen, its sections headed by
upright words (申请人资料: 中文姓名 and 姓名拼音, 性别, 证件号码, 出生日期, 婚姻 and 学历, 手机,
邮箱, 住宅地址 to the room, 住宅电话, 住宅状况; 职业资料: 单位名称, 职务, 单位地址, 单位电话,
年收入; 联系人: 直系亲属 and 其他联系人 with 关系 and 手机; 他行信用卡 with its full number),
the 账单寄送地址 ticked, the declaration, the applicant's signature and the 银行专用栏 with
the 推广员 and 工号; the bank's text messages on a phone (申请编号, approval with the card's
last four and a starred 张*明先生, the EMS number the card is posted under); an English
application or a German Kreditkartenantrag (:mod:`synth.cardapply_latin`).

Personal: applicants, relatives, contacts and the bank's promoter (``name``), dates of
birth, ID numbers, application numbers and a promoter's 工号 (``id_number``), another
bank's card number and a card's last four (``card_number``), phones (a home landline
too), e-mails, homes and rooms, the card's parcel (``tracking``). Ordinary: banks, cards,
employers, jobs, incomes, education, marriage, housing, relations, ticks, verification
codes, limits, dates and the declaration; an employer's address and phone and a bank's
hotline are business data.
"""

from __future__ import annotations

import random

from .cardapply_latin import de_antrag, en_application
from .cardapply_words import (
    CN_BILLING,
    CN_BRANCHES,
    CN_DECLARATION,
    CN_EDUCATION,
    CN_HOUSING,
    CN_INCOME,
    CN_ISSUERS,
    CN_JOBS,
    CN_KIN,
    CN_MARRIAGE,
    CN_OTHER_BANKS,
    CN_OTHER_REL,
)
from .fakedata_deeds import DeedFaker
from .formkit import handwritten, sheet
from .formkit_blanks import section_table, tick_box
from .formkit_slips import grid_rows
from .kit import Faces, Pen, S, _finish, joined_address
from .render import Canvas, Span


def _cn_form(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=True, base=1200, margin=0.045)
    s, w = p.s, right - m
    bank, card, hotline = rng.choice(CN_ISSUERS)
    y = m + 34 * s
    c.text(m, y, bank, p.font(24, bold=True), "shop")
    c.line(
        right - 260 * s, y, [S("客服热线 ", "label"), Span(hotline, "shop_phone", None)], p.font(15)
    )
    y += 50 * s
    c.text(c.width / 2, y, f"{card}申请表", p.font(30, bold=True), "label", anchor="ms")
    y += 34 * s
    c.text(m, y, "请用黑色签字笔以正楷填写，带*为必填项", p.font(14), "footer")
    y += 14 * s
    hand = rng.random() < 0.85
    name = fk.cn_name(honorific=0.0)
    pinyin = fk.pinyin_upper().replace("/", " ").replace(",", "")
    cid = fk.cn_resident_id(x_prob=0.1)
    dob = (
        f"{cid[6:10]}-{cid[10:12]}-{cid[12:14]}"
        if rng.random() < 0.5
        else (f"{cid[6:10]}年{int(cid[10:12])}月{int(cid[12:14])}日")
    )
    home, _ = fk.cn_address(with_door=0.95)
    head, f = 44 * s, p.font(16)
    widths = [(w - head) * k for k in (0.13, 0.22, 0.11, 0.2, 0.11, 0.23)]
    me = grid_rows(
        [
            [
                ("*中文姓名", name, "name"),
                ("*姓名拼音", pinyin, "name"),
                ("性别", fk.sex(), "other"),
            ],
            [("证件类型", "居民身份证", "other"), ("*证件号码", cid, "id_number")],
            [
                ("*出生日期", dob, "id_number"),
                ("婚姻状况", rng.choice(CN_MARRIAGE), "other"),
                ("学历", rng.choice(CN_EDUCATION), "other"),
            ],
            [
                ("*手机号码", fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
                ("电子邮箱", fk.email(), "email"),
            ],
            [("*住宅地址", joined_address([home]), "")],
            [
                ("住宅电话", fk.cn_landline() if rng.random() < 0.6 else "", "phone"),
                ("住宅状况", rng.choice(CN_HOUSING), "other"),
                ("居住年限", f"{rng.randint(1, 15)}年", "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, me, 48 * s, "申请人资料", f, hand_px=27)
    office = fk.office_address("cn")[0]
    work = grid_rows(
        [
            [("*单位名称", fk.cn_company(), "other"), ("职务", rng.choice(CN_JOBS), "other")],
            [("单位地址", [Span(office, "shop_address", None)], "")],
            [
                ("单位电话", [Span(fk.office_phone("cn"), "shop_phone", None)], ""),
                ("*年收入", rng.choice(CN_INCOME), "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, work, 48 * s, "职业资料", f, hand_px=27)
    kin = grid_rows(
        [
            [
                ("直系亲属", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_KIN), "other"),
                ("手机", fk.cn_mobile_digits(), "phone"),
            ],
            [
                ("其他联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(CN_OTHER_REL), "other"),
                ("手机", fk.cn_mobile_digits(), "phone"),
            ],
            [
                ("他行信用卡", rng.choice(CN_OTHER_BANKS), "other"),
                ("卡号", fk.card_full(rng.choice(("6225", "4392", "5187", "6259"))), "card_number"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    y = section_table(p, m, y, head, widths, kin, 48 * s, "联系人", f, hand_px=27)
    y += 40 * s
    x = c.line(m, y, [S("账单寄送地址：", "label")], f) + 12 * s
    pick = rng.randrange(3)
    for k, opt in enumerate(CN_BILLING):
        x = tick_box(p, x, y, opt, k == pick, f) + 30 * s
    y += 40 * s
    y = c.wrap(m, y, [S(CN_DECLARATION, "footer")], p.font(14), w, 22 * s, max_lines=3)
    y += 34 * s
    x = c.line(m, y, [S("申请人签名：", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 36, cjk=True)
    c.line(
        c.width * 0.6,
        y,
        [S("日期：", "label"), S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    y += 34 * s
    top = y
    y += 34 * s
    c.text(m + 12 * s, y, "银行专用栏", p.font(15, bold=True), "label")
    x = c.line(m + 160 * s, y, [S("推广员：", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True) + 30 * s
    x = c.line(x, y, [S("工号：", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.promoter_no(), "id_number")], 26, cjk=False) + 30 * s
    c.line(x, y, [S("网点：", "label"), S(rng.choice(CN_BRANCHES), "other")], f)
    c.box(m, top, right, y + 20 * s, width=1)
    return _finish(c, y + 20 * s, m // 2, pad=12 * s)


def _sms(rng: random.Random, fk: DeedFaker) -> Canvas:
    """The bank's messages about the application, on the applicant's phone."""
    W = rng.choice((720, 828, 1080))
    c = Canvas(W, int(W * 2.6), paper=(255, 255, 255), ink=(20, 20, 22))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    s, m = p.s, int(28 * W / 750)
    grey = (105, 105, 110)
    bank, card, hotline = rng.choice(CN_ISSUERS)
    y = 40 * s
    c.text(m + 20 * s, y, fk.time(False), p.font(24, bold=True), "other")
    c.text(
        W - m - 20 * s,
        y,
        f"5G  {rng.randint(12, 99)}%",
        p.font(24, bold=True),
        "other",
        anchor="rs",
    )
    y += 90 * s
    c.text(m, y, "<", p.font(36), "other")
    c.text(W / 2, y, hotline, p.font(30, bold=True), "shop_phone", None, anchor="ms")
    y += 30 * s
    c.hline(0, W, y, width=1)
    y += 50 * s
    star = fk.cn_star_name()
    sir = rng.choice(("先生", "女士"))
    tail = fk.card_full("6259")[-4:]
    greet = [S(f"【{bank}】尊敬的", "other"), S(star, "name"), S(sir, "other"), S(":", "other")]
    ems = f"{rng.choice(('EM', 'EA', '1'))}{fk.digits(11)}{'CN' if rng.random() < 0.3 else ''}"
    msgs = [
        [
            *greet,
            S("您的信用卡申请已受理，申请编号", "other"),
            S(f"2026{fk.digits(10)}", "id_number"),
            S("，审核结果将以短信通知。", "other"),
        ],
        [
            *greet,
            S(f"恭喜您申请的{card}已审批通过，卡号尾号", "other"),
            S(tail, "card_number"),
            S(f"，信用额度{rng.choice((8000, 15000, 20000, 30000, 50000))}元。", "other"),
        ],
        [
            S(f"【{bank}】您尾号", "other"),
            S(tail, "card_number"),
            S("的信用卡已通过EMS寄出，运单号", "other"),
            S(ems, "tracking"),
            S("，请本人签收。", "other"),
        ],
        [
            S(f"【{bank}】验证码{fk.digits(6)}，您正在激活尾号", "other"),
            S(tail, "card_number"),
            S("的信用卡，请勿泄露。", "other"),
        ],
    ]
    f, small = p.font(rng.uniform(27, 30)), p.font(22)
    bw = W * 0.78
    for spans in msgs[: rng.randint(2, 4)]:
        c.text(
            W / 2,
            y,
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {fk.time(False)}",
            small,
            "date",
            anchor="ms",
            fill=grey,
        )
        y += 30 * s
        args = (m + 24 * s, y + 24 * s + f.size, spans, f, bw - 48 * s, f.size * 1.45)
        end = Canvas(W, c.height).wrap(*args, max_lines=6)  # measured first: the bubble goes under
        c.draw.rounded_rectangle(
            [m, y, m + bw, end - f.size * 0.2], radius=int(22 * s), fill=(236, 236, 238)
        )
        c.wrap(*args, max_lines=6)
        y = end + 40 * s
    c.draw.rounded_rectangle([m, y, W - m, y + 70 * s], radius=int(35 * s), outline=grey, width=2)
    c.text(m + 30 * s, y + 46 * s, "短信", small, "label", fill=grey)
    return _finish(c, y + 70 * s, 0, pad=30 * s)


def credit_card_application(rng: random.Random) -> Canvas:
    """A credit card application: a bank's 信用卡申请表 by pen, its text messages, an English
    application or a German Kreditkartenantrag."""
    fk = DeedFaker(rng)
    draw = rng.choices((_cn_form, _sms, en_application, de_antrag), weights=(38, 18, 24, 20))[0]
    return draw(rng, fk)


LAYOUTS = {"credit_card_application": credit_card_application}
