"""Divorce and child custody. A 离婚协议书 typed or written by hand on ruled paper, in
numbered clauses of prose (男方 / 女方 each with name, sex, nation, date of birth, ID,
户籍地 and home to the room, phone; the marriage, the child and the cause; custody with
the child's birth and the 抚养费 paid into an account; visits naming the parents and
the child; the flat to the room, a car by its plate, bank accounts by number, debts;
both signatures with red fingerprints; the bureau's 离婚证字号 written on its archive
copy), a 离婚证 opened on its two inner pages (持证人, 登记日期, 离婚证字号, the
registrar; the photo and both parties' names, dates of birth and IDs), a court's
民事调解书 (原告 and 被告 with births, IDs and homes, each 委托诉讼代理人 of a law firm;
the settlement naming the child; 审判员 and 书记员); an English separation and
parenting agreement or a French convention de divorce (:mod:`synth.divorce_latin`).

Personal: both spouses, the children, lawyers, judges, clerks and registrars
(``name``), dates of birth and IDs, the 离婚证字号, account numbers and plates
(``id_number``), homes to the room (``door``), phones. Ordinary: bureaus, courts,
case numbers (案号), law firms' names, nations, causes, amounts, areas, dates of
marriage and registration, clauses and headings; a firm's phone is business data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .divorce_latin import en_parenting, fr_convention
from .divorce_words import (
    CN_BUREAUS,
    CN_CARS,
    CN_CAUSES,
    CN_CLOSING,
    CN_COURTS,
    CN_DEBTS,
    CN_FIRMS,
    CN_NATIONS,
    CN_REMARKS,
    CN_VISITS,
)
from .fakedata_filings import FilingFaker
from .formkit import HAND_INKS, face_photo, handwritten, seal, sheet
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, thumbprint
from .kit import S, _finish, hand_font, joined_address
from .render import Canvas, Span

_CN_NUM = "〇一二三四五六七八九"


@dataclass(frozen=True)
class _Party:
    surname: str
    name: str
    male: bool
    idn: str
    nation: str
    origin: tuple[Span, ...]  # 户籍地, often a village without a door
    home: tuple[Span, ...]  # the home to the room
    phone: str

    @property
    def dob(self) -> str:
        return f"{self.idn[6:10]}年{int(self.idn[10:12])}月{int(self.idn[12:14])}日"


def _party(fk: FilingFaker, male: bool, first: int = 1975) -> _Party:
    sur = fk.cn_surname()
    name = sur + fk.cn_given_name()
    origin = joined_address([fk.cn_address(with_door=0.2)[0]], "")
    home = joined_address([fk.cn_address(with_door=1.0)[0]], "")
    phone = fk.cn_mobile(fk.r.choice(("plain", "plain", "dash", "space")))
    idn = fk.id_born(first, first + 20)
    return _Party(sur, name, male, idn, fk.r.choice(CN_NATIONS), tuple(origin), tuple(home), phone)


def _cn_num(n: int) -> str:
    """1-31 in Chinese numerals (十二, 二十一)."""
    tens = ("" if n < 20 else _CN_NUM[n // 10]) + ("十" if n >= 10 else "")
    return tens + (_CN_NUM[n % 10] if n % 10 else "")


def _cn_date(y: int, mo: int, d: int) -> str:
    """二〇二六年三月十二日, as a court dates its papers."""
    return "".join(_CN_NUM[int(ch)] for ch in str(y)) + f"年{_cn_num(mo)}月{_cn_num(d)}日"


def _who(rng: random.Random, pt: _Party, role: str) -> tuple[str, str]:
    """A parent in a clause: by name mostly, sometimes by the role word (ordinary)."""
    return (pt.name, "name") if rng.random() < 0.7 else (role, "other")


def _intro(pt: _Party, role: str) -> list[Span]:
    """男方:张伟,男,汉族,1985年3月2日出生,身份证号码:…,户籍地:…,现住:…,联系电话:…。"""
    return [
        S(f"{role}:", "label"),
        S(pt.name, "name"),
        S(f",{'男' if pt.male else '女'},{pt.nation},", "other"),
        S(pt.dob, "id_number"),
        S("出生,身份证号码:", "other"),
        S(pt.idn, "id_number"),
        S(",户籍地:", "other"),
        *pt.origin,
        S(",现住:", "other"),
        *pt.home,
        S(",联系电话:", "other"),
        S(pt.phone, "phone"),
        S("。", "other"),
    ]


def _clauses(rng: random.Random, fk: FilingFaker, man: _Party, woman: _Party) -> list[list[Span]]:
    """The agreement's body: the marriage and the child, then 一、… 六、."""
    boy = rng.random() < 0.5
    kid = (man.surname if rng.random() < 0.85 else woman.surname) + fk.cn_given_name()
    kid_year = int(max(man.idn[6:10], woman.idn[6:10])) + rng.randint(24, 32)
    kdob = f"{kid_year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    home, pay = (woman, man) if rng.random() < 0.65 else (man, woman)
    roles = {man.name: "男方", woman.name: "女方"}
    wed = f"{kid_year - rng.randint(1, 3)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    flat = fk.cn_address(with_door=1.0)[0].segments
    own, joint = fk.bank_account(), fk.bank_account()  # the man's and the woman's accounts
    bank_m, bank_w = fk.cn_bank(), fk.cn_bank()
    parts = {
        "man": (man.name, "name"),
        "woman": (woman.name, "name"),
        "kid": (kid, "name"),
        "kdob": (kdob, "id_number"),
        "home": _who(rng, home, roles[home.name]),
        "pay": _who(rng, pay, roles[pay.name]),
        "acct": (own, "id_number"),
        "acct2": (joint, "id_number"),
        "payee": (own if home is man else joint, "id_number"),
        "plate": (fk.cn_plate(), "id_number"),
        "addr": ("".join(t for t, k in flat if k == "address"), "address"),
        "door": ("".join(t for t, k in flat if k == "door"), "door"),
        "owner": _who(rng, home, roles[home.name]),
        "other": _who(rng, pay, roles[pay.name]),
    }
    son = "子" if boy else "女"
    fee = rng.choice((1500, 2000, 2500, 3000, 3500))
    lines = [
        f"男女双方于{wed}在{rng.choice(CN_BUREAUS)}登记结婚,婚后于{kdob[:-1]}生育一{son},取名"
        "{kid}。现" + rng.choice(CN_CAUSES) + ",经双方平等自愿协商,达成如下离婚协议:",
        "一、男女双方自愿离婚。",
        f"二、子女抚养:婚生{son}" + "{kid}({kdob}出生)由{home}抚养,随{home}共同生活。{pay}"
        f"每月支付抚养费{fee}元,于每月{rng.randint(1, 15)}日前转入{{home}}名下"
        f"{bank_m if home is man else bank_w}账户(账号:{{payee}}),至{{kid}}年满十八周岁止;教育、医疗等重大支出凭票据由双方各承担一半。",
        "三、探望权:" + rng.choice(CN_VISITS),
        "四、夫妻共同财产:1.位于{addr}{door}的房屋一套(建筑面积"
        f"{rng.randint(58, 142)}平方米)归{{owner}}所有,{{owner}}于本协议生效后三十日内补偿{{other}}"
        f"人民币{rng.randint(10, 90)}万元。2.车牌号为{{plate}}的{rng.choice(CN_CARS)}一辆归{{man}}所有。"
        f"3.{{man}}名下{bank_m}账户(账号:{{acct}})内存款归{{man}}所有;{{woman}}名下"
        f"{bank_w}账户(账号:{{acct2}})内存款归{{woman}}所有。",
        "五、债务处理:" + rng.choice(CN_DEBTS),
        "六、" + rng.choice(CN_CLOSING),
    ]
    return [template_spans(t, parts, "other") for t in lines]


def _agreement(rng: random.Random, fk: FilingFaker) -> Canvas:
    hand = rng.random() < 0.25
    c, p, m, right = sheet(rng, (1200, 1280), 2.2, cjk=True, base=1200, margin=0.07)
    s, w = p.s, right - m
    man, woman = _party(fk, True), _party(fk, False)
    y = m + 30 * s
    if rng.random() < 0.7:  # the registrar numbers the archive copy by hand
        x = c.line(right - 380 * s, y, [S("离婚证字号:", "label")], p.font(15)) + 6 * s
        handwritten(p, x, y, [S(fk.divorce_cert_no(), "id_number")], 22, cjk=True)
    y += 60 * s
    c.text(c.width / 2, y, "离婚协议书", p.font(34, bold=True), "label", anchor="ms")
    y += 64 * s
    f = hand_font(p, 25, cjk=True) if hand else p.font(18)
    lh = f.size * (1.75 if hand else 1.7)
    ink = rng.choice(HAND_INKS) if hand else None
    top = y
    paras = [_intro(man, "男方"), _intro(woman, "女方"), *_clauses(rng, fk, man, woman)]
    for spans in paras:
        y = c.wrap(m, y, spans, f, w, lh, indent=0, fill=ink, max_lines=14) + 8 * s
    if hand:
        ruled_paper(p, m, right, top + 8 * s, y, lh, margin=False, rule=(200, 120, 120))
    c.items = [it for it in c.items if it.text.strip("。,、;:()")]
    y += 50 * s
    day = f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日"  # both sign the same day
    for k, pt in enumerate((man, woman)):
        x0 = m + k * w / 2
        x = c.line(x0, y, [S(("男方" if pt.male else "女方") + "(签名):", "label")], p.font(18))
        end = handwritten(p, x + 10 * s, y, [S(pt.name, "name")], 32, cjk=True)
        if rng.random() < 0.8:
            thumbprint(p, (x + end) / 2 + 20 * s, y - 12 * s, 24 * s)
        c.line(x0, y + 52 * s, [S("日期:", "label"), S(day, "date")], p.font(17))
    y += 52 * s
    if rng.random() < 0.5:
        seal(p, right - 130 * s, y - 30 * s, 70 * s, rng.choice(CN_BUREAUS) + "婚姻登记专用章")
    return _finish(c, y, m // 2, pad=30 * s)


def _certificate(rng: random.Random, fk: FilingFaker) -> Canvas:
    """The 离婚证's two inner pages side by side, values printed by the registry."""
    c, p, m, right = sheet(rng, (1400, 1500), 0.64, cjk=True, base=1400, margin=0.04)
    s = p.s
    tint = (rng.randint(236, 246), rng.randint(240, 250), rng.randint(228, 238))
    mid = c.width / 2
    c.draw.rectangle([m, m, right, c.height - m], fill=tint, outline=(150, 60, 50), width=3)
    c.vline(mid, m, c.height - m, width=2)
    man, woman = _party(fk, True), _party(fk, False)
    holder = rng.choice((man, woman))
    bureau = rng.choice(CN_BUREAUS)
    lf, vf = p.font(20), p.font(22)
    y = m + 110 * s
    rows = (
        ("持证人", holder.name, "name"),
        ("登记日期", f"2026年{rng.randint(1, 11):02d}月{rng.randint(1, 28):02d}日", "date"),
        ("离婚证字号", fk.divorce_cert_no(), "id_number"),
        ("备注", rng.choice(CN_REMARKS), "other"),
    )
    for label, value, kind in rows:
        c.text(m + 60 * s, y, label, lf, "label", fill=(120, 40, 30))
        if value:
            c.text(m + 230 * s, y, value, vf, kind)
        c.hline(m + 220 * s, mid - 60 * s, y + 10 * s, width=1)
        y += 80 * s
    y += 40 * s
    c.text(m + 60 * s, y, "登记机关", lf, "label", fill=(120, 40, 30))
    seal(p, m + 330 * s, y - 10 * s, 80 * s, bureau + "婚姻登记专用章")
    y += 110 * s
    x = c.line(m + 60 * s, y, [S("婚姻登记员:", "label")], lf) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    pw, ph = 150 * s, 200 * s
    face_photo(p, mid + (mid - m - pw) / 2, m + 40 * s, pw, ph)
    y = m + 300 * s
    for pt in (man, woman):
        cells = (
            (("姓名", pt.name, "name"), ("性别", "男" if pt.male else "女", "other")),
            (("国籍", "中国", "other"), ("出生日期", pt.dob, "id_number")),
            (("身份证件号", pt.idn, "id_number"),),
        )
        for row in cells:
            x = mid + 50 * s
            for label, value, kind in row:
                x = c.line(x, y, [S(label, "label")], lf, fill=(120, 40, 30)) + 14 * s
                x = c.line(x, y, [S(value, kind)], vf) + 40 * s
            y += 52 * s
        y += 30 * s
    c.text(mid + 50 * s, c.height - m - 40 * s, "中华人民共和国民政部监制", p.font(14), "footer")
    return c


def _mediation(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.9, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    court, code = rng.choice(CN_COURTS)
    y = m + 40 * s
    c.text(c.width / 2, y, court, p.font(30, bold=True), "other", anchor="ms")
    y += 60 * s
    c.text(c.width / 2, y, "民 事 调 解 书", p.font(38, bold=True), "label", anchor="ms")
    y += 50 * s
    case = f"({rng.randint(2025, 2026)}){code}民初{rng.randint(100, 19999)}号"
    c.text(right, y, case, p.font(18), "other", anchor="rs")
    y += 50 * s
    f, lh = p.font(18), 32 * s
    wife_sues = rng.random() < 0.7
    man, woman = _party(fk, True), _party(fk, False)
    plaintiff, defendant = (woman, man) if wife_sues else (man, woman)
    for role, pt in (("原告", plaintiff), ("被告", defendant)):
        spans = [
            S(f"{role}:", "label"),
            S(pt.name, "name"),
            S(f",{'男' if pt.male else '女'},", "other"),
            S(pt.dob, "id_number"),
            S(f"出生,{pt.nation},住", "other"),
            *pt.home,
            S("。", "other"),
        ]
        if rng.random() < 0.6:
            spans[-1:] = [S("。公民身份号码:", "other"), S(pt.idn, "id_number"), S("。", "other")]
        y = c.wrap(m, y, spans, f, w, lh, max_lines=4) + 6 * s
        if role == "原告" or rng.random() < 0.5:
            firm, _phone = rng.choice(CN_FIRMS)
            agent = [
                S("委托诉讼代理人:", "label"),
                S(fk.cn_name(honorific=0.0), "name"),
                S(",", "other"),
                S(firm, "shop"),
                S("律师。", "other"),
            ]
            y = c.wrap(m, y, agent, f, w, lh, max_lines=2) + 6 * s
    kid = rng.choice((plaintiff, defendant, man)).surname + fk.cn_given_name()
    kid_year = int(plaintiff.idn[6:10]) + rng.randint(24, 32)
    parts = {
        "p": (plaintiff.name, "name"),
        "d": (defendant.name, "name"),
        "kid": (kid, "name"),
        "kdob": (f"{kid_year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "id_number"),
        "addr": ("".join(t.text for t in plaintiff.home[:-1]), "address"),
        "door": (plaintiff.home[-1].text, "door"),
    }
    son = rng.choice("子女")
    body = (
        "原告{p}与被告{d}离婚纠纷一案,本院于"
        f"2026年{rng.randint(1, 6)}月{rng.randint(1, 28)}日立案后,依法适用简易程序,公开开庭进行了审理。"
        "原告{p}、被告{d}到庭参加诉讼。本案现已审理终结。",
        "本案审理过程中,经本院主持调解,双方当事人自愿达成如下协议:",
        "一、原告{p}与被告{d}离婚;",
        f"二、婚生{son}" + "{kid}({kdob}出生)由原告{p}抚养,被告{d}自"
        f"2026年{rng.randint(7, 12)}月起每月{rng.randint(1, 20)}日前支付抚养费"
        f"{rng.choice((1200, 1800, 2000, 3000))}元,至{{kid}}年满十八周岁止;",
        "三、被告{d}每月可探望{kid}两次,原告{p}应予协助;",
        "四、位于{addr}{door}的房屋归原告{p}所有,原告{p}于2026年12月31日前支付被告{d}房屋折价款"
        f"{rng.randint(10, 80)}万元;",
        f"五、案件受理费{rng.choice((150, 300, 350))}元,减半收取计"
        f"{rng.choice((75, 150, 175))}元,由原告{{p}}负担。",
        "上述协议,不违反法律规定,本院予以确认。本调解书经双方当事人签收后,即具有法律效力。",
    )
    for t in body:
        y = c.wrap(m + 36 * s, y, template_spans(t, parts, "other"), f, w - 36 * s, lh, max_lines=6)
        y += 6 * s
    c.items = [it for it in c.items if it.text.strip("。,、;:()")]
    y += 40 * s
    sf = p.font(20)
    x0 = right - 320 * s
    for role in ("审 判 员", None, "书 记 员"):
        if role is None:
            date = _cn_date(2026, rng.randint(7, 12), rng.randint(1, 28))
            c.text(x0, y, date, sf, "date")
            seal(p, x0 + 130 * s, y - 14 * s, 62 * s, court)
        else:
            c.line(
                x0,
                y,
                [S(role, "label"), S("  ", "other"), S(fk.cn_name(honorific=0.0), "name")],
                sf,
            )
        y += 60 * s
    return _finish(c, y, m // 2, pad=20 * s)


def divorce_agreement(rng: random.Random) -> Canvas:
    """A 离婚协议书 typed or by hand, a 离婚证 inner spread, a court's 民事调解书, an
    English parenting agreement or a French convention de divorce."""
    fk = FilingFaker(rng)
    draw = rng.choices(
        (_agreement, _certificate, _mediation, en_parenting, fr_convention),
        weights=(32, 16, 18, 17, 17),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"divorce_agreement": divorce_agreement}
