"""Matchmaking and dating agencies: a 婚介所 member registration form (a grid beside
a photo: name, sex, date of birth, zodiac, height, weight, education, occupation,
monthly income, marital status, housing and car, 籍贯, current address, phone,
WeChat ID and ID number; then a free-text self-introduction, often written by a
parent who registered their child and leaves their own phone, the requirements for
a partner, the membership tier and fee, the matchmaker and introducer, the member's
signature), filled in by hand or typed; or an English dating agency's client profile
(details in two columns under a photo, "About me" and "Looking for" in the first
person, the package and fee, client and consultant signatures).

Personal: the member's name, date of birth, ID and member number, WeChat ID
(``id_number``), phone, e-mail, address with its door and photo; a parent, sibling
or friend named inside the introduction with their phone; the matchmaker (surname +
老师 or full), introducer and consultant. Ordinary: the agency's name, address and
phone, labels, sex, zodiac, height, weight, education, jobs, income bands, marital
status, housing, 籍贯, the requirements, tiers, fees, dates and the pledge.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import HAND_INKS, face_photo, handwritten, sheet, table
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows
from .kit import S, _finish, hand_font, joined_address
from .render import Canvas, Span

_CN_AGENCIES = ("缘来婚恋服务中心", "喜相逢婚介所", "百年好合婚姻介绍所", "月老红娘婚恋工作室")
_CN_ZODIAC = ("属鼠", "属牛", "属虎", "属兔", "属龙", "属蛇", "属马", "属羊", "双鱼座", "天秤座")
_CN_SCHOOL = ("高中", "大专", "本科", "本科", "硕士")
_CN_JOBS = ("小学教师", "护士", "公务员", "程序员", "个体经营", "会计", "国企职员", "医生")
_CN_INCOME = ("5000元以下", "5000-8000元", "8000-12000元", "1.2-2万元", "2万元以上")
_CN_STATUS = ("未婚", "未婚", "离异无孩", "离异带一女", "丧偶")
_CN_HOUSE = ("有房无贷", "有房有贷", "与父母同住", "租房", "婚后购房")
_CN_CAR = ("有车", "无车", "有车有贷")
_CN_HOMETOWNS = ("湖南衡阳", "四川南充", "河南周口", "江西赣州", "山东临沂", "本地")
_CN_TIERS = (("普通会员", 1980), ("VIP会员", 6800), ("钻石会员", 19800), ("季度会员", 980))
#: Introductions: {rel} a relative's name, {tel} their phone, {me} the member's given name.
_CN_INTROS = (
    "本人性格开朗,孝顺顾家,工作稳定,喜欢旅游和做饭,周末常去爬山。希望找一位真诚踏实的另一半。",
    "我是{me}的母亲{rel},替孩子来登记。孩子老实本分,不善言辞,平时工作忙。有意者请先联系我{tel}(微信同号)。",
    "家中独生子女,父母均已退休,有养老金。本人不抽烟少喝酒,爱好篮球、看书。由姐姐{rel}陪同登记,联系电话{tel},谢谢关注。",
    "离异一年,孩子随对方。性格温和,会照顾人,想找个能过日子的人。介绍人表姐{rel},电话{tel},非诚勿扰。",
)
_CN_WANTS = (
    "年龄28-35岁,身高170cm以上,大专以上学历,工作稳定,无不良嗜好,有责任心。",
    "本地或周边县市,未婚,身高160cm以上,性格温柔,孝顺父母,最好有编制。",
    "人品好即可,离异无孩亦可,年龄相差不超过五岁,能接受与父母同住。",
)
_CN_PLEDGE = "本人承诺以上信息真实有效,如有虚假,由本人承担一切后果。会费一经缴纳,恕不退还。"

_EN_AGENCIES = ("Two Hearts Introductions", "Kindred Spirits Matchmaking", "The Lunch Date Club")
_EN_JOBS = ("Primary teacher", "Nurse", "Civil engineer", "Accountant", "Chef", "Paramedic")
_EN_STATUS = ("Never married", "Divorced", "Separated", "Widowed")
#: About me: {rel} a friend or sibling named in it, {me} the client's first name.
_EN_ABOUT = (
    "I'm a homebody who loves long walks with my dog, Sunday roasts and terrible puns. "
    "Friends say I'm loyal and a good listener.",
    "My sister {rel} signed me up for this, so here goes! I love live music, cooking for "
    "friends and weekends by the sea.",
    "Recently moved back to the area for work. I run twice a week, read crime novels and "
    "I'm learning Spanish (badly). {rel} from work says I should mention I bake.",
)
_EN_WANTS = (
    "Someone kind and easy-going, 35-45, who enjoys the outdoors and doesn't take life too "
    "seriously. Non-smoker please.",
    "A genuine, family-minded partner with a good sense of humour. Happy to meet someone "
    "with children.",
)
_EN_PACKAGES = (("Silver - 6 months", 695), ("Gold - 12 months", 1495), ("Platinum", 3950))


def _adult_dob(rng: random.Random, style: str) -> str:
    """A member's date of birth (aged about 25 to 55) as the form is filled in."""
    y, m, d = rng.randint(1971, 2001), rng.randint(1, 12), rng.randint(1, 28)
    return {"cn": f"{y}年{m}月{d}日", "dot": f"{y}.{m:02d}.{d:02d}", "dmy": f"{d:02d}/{m:02d}/{y}"}[
        style
    ]


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.75, cjk=True, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.6
    f = p.font(16)
    y = m + 36 * s
    agency = rng.choice(_CN_AGENCIES)
    c.text(W / 2, y, agency, p.font(26, bold=True), "shop", anchor="ms")
    y += 40 * s
    c.text(W / 2, y, "会员登记表", p.font(30, bold=True), "label", anchor="ms")
    y += 36 * s
    member = "HY" + fk.digits(6) if rng.random() < 0.5 else fk.digits(5)
    c.line(m, y, [S("会员编号:", "label"), S(member, "id_number")], f)
    c.line(W * 0.62, y, [S("登记日期:", "label"), S(fk.date("cn"), "date")], f)
    y += 16 * s
    male = rng.random() < 0.5
    name = fk.cn_name(honorific=0.0)
    rows = [
        [("姓名", name, "name"), ("性别", "男" if male else "女", "other")],
        [
            ("出生日期", _adult_dob(rng, rng.choice(("cn", "dot"))), "id_number"),
            ("属相", rng.choice(_CN_ZODIAC), "other"),
        ],
        [
            ("身高", f"{rng.randint(168, 182) if male else rng.randint(152, 170)}cm", "other"),
            ("体重", f"{rng.randint(45, 85)}kg", "other"),
        ],
        [("学历", rng.choice(_CN_SCHOOL), "other"), ("民族", "汉", "other")],
    ]
    row_h = 46 * s
    left = w * 0.8
    widths = (left * 0.2, left * 0.36, left * 0.16, left * 0.28)
    top = y
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), row_h, f, hand_px=24)
    c.box(m + left, top, right, y, width=2)  # the photo box beside the first rows
    if rng.random() < 0.8:
        pad = 10 * s
        face_photo(p, m + left + pad, top + pad, w - left - 2 * pad, y - top - 2 * pad)
    else:
        c.text(m + left + (w - left) / 2, (top + y) / 2, "贴照片处", f, "label", anchor="mm")
    phone = fk.cn_mobile(rng.choice(("plain", "space", "dash")))
    rows = [
        [("职业", rng.choice(_CN_JOBS), "other"), ("月收入", rng.choice(_CN_INCOME), "other")],
        [("婚姻状况", rng.choice(_CN_STATUS), "other"), ("住房", rng.choice(_CN_HOUSE), "other")],
        [("车辆", rng.choice(_CN_CAR), "other"), ("籍贯", rng.choice(_CN_HOMETOWNS), "other")],
        [("现住址", joined_address([fk.cn_address(with_door=0.8)[0]], ""), "")],
        [
            (
                "手机",
                [S(phone, "phone")] + ([S("(微信同号)", "other")] if rng.random() < 0.4 else []),
                "",
            ),
            ("微信号", fk.wechat_id(), "id_number"),
        ],
        [("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number")],
    ]
    widths = (w * 0.16, w * 0.38, w * 0.16, w * 0.3)
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), row_h, f, hand_px=24) + 40 * s
    parts = {
        "me": (name, "name"),
        "rel": (fk.cn_name(honorific=0.0), "name"),
        "tel": (fk.cn_mobile("plain"), "phone"),
    }
    mf, lh = (hand_font(p, 24, cjk=True), 38 * s) if hand else (f, 28 * s)
    ink = rng.choice(HAND_INKS) if hand else None
    for label, text in (
        ("自我介绍:", rng.choice(_CN_INTROS)),
        ("择偶要求:", rng.choice(_CN_WANTS)),
    ):
        c.text(m, y, label, p.font(17, bold=True), "label")
        y += lh
        body = template_spans(text, parts, "other")
        y = c.wrap(m + 20 * s, y, body, mf, w - 20 * s, lh, fill=ink, max_lines=4) + 14 * s
    tier, fee = rng.choice(_CN_TIERS)
    adviser = fk.cn_surname() + "老师" if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("会员类型:", "label"), S(tier, "other")], f) + 30 * s
    c.line(x, y, [S("会费:", "label"), S(f"¥{fee}", "price"), S(" 已收", "other")], f)
    y += 40 * s
    x = c.line(m, y, [S("红娘:", "label"), S(adviser, "name")], f) + 30 * s
    if rng.random() < 0.6:
        x = c.line(x, y, [S("介绍人:", "label"), S(fk.cn_name(honorific=0.0), "name")], f) + 30 * s
    x = c.line(max(x, W * 0.55), y, [S("会员签名:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    y += 40 * s
    y = c.wrap(m, y, [S(_CN_PLEDGE, "footer")], p.font(13), w, 20 * s)
    c.line(
        m,
        y + 4 * s,
        [
            S("地址:", "label"),
            Span(fk.shop_address("cn"), "shop_address", None),
            S("  电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(13),
    )
    return _finish(c, y + 10 * s, 0, pad=m * 0.6)


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (800, 860), 1.7, cjk=False, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    hand = rng.random() < 0.4
    f, bold = p.font(15), p.font(16, bold=True)
    y = m + 30 * s
    c.text(m, y, rng.choice(_EN_AGENCIES), p.font(24, bold=True), "shop")
    y += 22 * s
    c.line(
        m,
        y,
        [
            Span(fk.shop_address("en"), "shop_address", None),
            S("   Tel ", "label"),
            Span(fk.office_phone("en"), "shop_phone", None),
        ],
        p.font(13),
    )
    y += 44 * s
    c.text(m, y, "CLIENT PROFILE - CONFIDENTIAL", p.font(22, bold=True), "label")
    photo_w = w * 0.24
    top = y + 14 * s
    face_photo(p, right - photo_w, top, photo_w, photo_w * 1.25)
    first, last = fk.en_first(upper=False), fk.en_name_plain(False).split()[-1]
    col, step = right - photo_w - 24 * s, (46 if hand else 38) * s
    y += step
    half = m + (col - m) * 0.5
    ruled_entry(p, m, col, y, ("Client no.:", [S(fk.digits(6), "id_number")]), hand, f)
    y += step
    ruled_entry(p, m, half - 12 * s, y, ("First name:", [S(first, "name")]), hand, f)
    ruled_entry(p, half, col, y, ("Surname:", [S(last, "name")]), hand, f)
    y += step
    ruled_entry(
        p,
        m,
        half - 12 * s,
        y,
        ("Date of birth:", [S(_adult_dob(rng, "dmy"), "id_number")]),
        hand,
        f,
    )
    height = f"{rng.randint(5, 6)}'{rng.randint(0, 11)}\""
    ruled_entry(p, half, col, y, ("Height:", [S(height, "other")]), hand, f)
    y += step
    ruled_entry(p, m, col, y, ("Occupation:", [S(rng.choice(_EN_JOBS), "other")]), hand, f)
    y += step
    status = rng.choice(_EN_STATUS)
    ruled_entry(p, m, half - 12 * s, y, ("Status:", [S(status, "other")]), hand, f)
    kids = rng.choice(("None", "1 (lives with me)", "2 (grown up)"))
    ruled_entry(p, half, col, y, ("Children:", [S(kids, "other")]), hand, f)
    y = max(y, top + photo_w * 1.25) + step
    ruled_entry(p, m, right, y, ("Address:", joined_address(fk.uk_block())), hand, f)
    y += step
    half = m + w * 0.45
    ruled_entry(p, m, half - 12 * s, y, ("Mobile:", [S(fk.uk_phone(), "phone")]), hand, f)
    mail = fk.email(f"{first} {last}")
    ruled_entry(p, half, right, y, ("Email:", [S(mail, "email")]), hand, f)
    y += step * 1.2
    parts = {"rel": (fk.en_first(upper=False), "name"), "me": (first, "name")}
    mf, lh = (hand_font(p, 24, cjk=False), 34 * s) if hand else (f, 24 * s)
    ink = rng.choice(HAND_INKS) if hand else None
    for label, text in (
        ("About me", rng.choice(_EN_ABOUT)),
        ("Looking for", rng.choice(_EN_WANTS)),
    ):
        c.text(m, y, label, bold, "label")
        y += lh
        y = word_wrap(p, m, y, template_spans(text, parts, "other"), mf, w, lh, fill=ink) + 10 * s
    package, fee = rng.choice(_EN_PACKAGES)
    c.line(m, y, [S("Membership: ", "label"), S(package, "other"), S(f"  £{fee:,}", "price")], f)
    y += step
    consultant = fk.en_name_plain(False)
    ruled_entry(
        p, m, half - 12 * s, y, ("Client signature:", [S(f"{first} {last}", "name")]), True, f
    )
    ruled_entry(p, half, right, y, ("Consultant:", [S(consultant, "name")]), hand, f)
    y += step
    note = "All profiles are held in confidence and shared with introductions only with consent."
    y = word_wrap(p, m, y, [S(note, "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def matchmaking_registration(rng: random.Random) -> Canvas:
    """A 婚介所 member registration form or an English dating-agency client profile."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _en), weights=(65, 35))[0](rng, fk)


LAYOUTS = {"matchmaking_registration": matchmaking_registration}
