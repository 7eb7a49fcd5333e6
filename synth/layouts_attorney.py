"""Powers of attorney and proxies. A 授权委托书 in prose, typed or written by hand on
ruled paper (委托人 and 受托人 each with name, sex, ID, address to the room and phone;
"本人 <name> 因……,特委托 <name> 为我的合法代理人,代为办理……"; 委托权限 and 委托期限;
signatures with a red fingerprint; the date), a notary's 公证书 first page (the
certificate's number, 申请人 with birth, ID and home, 公证事项, the certifying sentence
naming the applicant and the agent, the office, the 公证员, the date in Chinese
numerals, the seal, the office's address and phone), a bank's or post office's
代办授权书 grid (委托人 with ID, phone and account number; 代理人 with ID, phone and
relation; the services ticked; signatures; the teller and number), or an English
lasting power of attorney extract or a German Vollmacht (:mod:`synth.attorney_latin`).

Personal: principals, agents, notaries, witnesses and tellers (``name``), IDs, dates
of birth, account numbers and a teller's number (``id_number``), homes (``address``
with the room ``door``), phones. Ordinary: sexes, reasons, matters, powers, terms,
relations, the 公证书's number (the office's own reference, as a court's 案号),
公证事项, offices' and banks' names, headings and dates; an office's address and phone
and a bank's hotline are business data.
"""

from __future__ import annotations

import random

from .attorney_latin import de_vollmacht, en_lpa
from .attorney_words import (
    CN_MATTERS,
    CN_NOTARIES,
    CN_POWERS,
    CN_PROXY_BANKS,
    CN_PROXY_RELATIONS,
    CN_PROXY_TASKS,
    CN_REASONS,
)
from .fakedata_homes import HomeFaker
from .formkit import HAND_INKS, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import template_spans
from .formkit_marks import ruled_paper, thumbprint
from .formkit_slips import grid_rows
from .kit import S, _finish, biz, hand_font, joined_address
from .render import Canvas, Span
from .will_words import cn_date


def _who(
    rng: random.Random, fk: HomeFaker, role: str, born: tuple[int, int]
) -> tuple[str, list[Span]]:
    """委托人:张伟,男,身份证号:…,住址:…,联系电话:…。 as one paragraph's spans."""
    name = fk.cn_name(honorific=0.0)
    spans = [
        S(f"{role}:", "label"),
        S(name, "name"),
        S(f",{rng.choice('男女')},身份证号码:", "other"),
        S(fk.id_born(*born), "id_number"),
        S(",住址:", "other"),
        *joined_address([fk.cn_address(with_door=1.0)[0]], ""),
        S(",联系电话:", "other"),
        S(fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone"),
        S("。", "other"),
    ]
    return name, spans


def _letter(rng: random.Random, fk: HomeFaker) -> Canvas:
    hand = rng.random() < 0.35
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=True, base=1200, margin=0.08)
    s, w = p.s, right - m
    y = m + 50 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("授权委托书", "委 托 书", "个人授权委托书")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    y += 70 * s
    f = hand_font(p, 25, cjk=True) if hand else p.font(19)
    lh = f.size * 1.75
    ink = rng.choice(HAND_INKS) if hand else None
    top = y
    principal, p_spans = _who(rng, fk, "委托人", (1940, 1990))
    agent, a_spans = _who(rng, fk, "受托人", (1960, 2002))
    matter = rng.choice(CN_MATTERS)
    parts = {"p": (principal, "name"), "a": (agent, "name")}
    start = (2026, rng.randint(1, 10), rng.randint(1, 28))
    body = [
        "本人{p}因" + rng.choice(CN_REASONS) + f",不能亲自办理{matter},特委托{{a}}为我的合法代理人,"
        f"代为办理{matter}相关事宜。",
        "委托权限:" + rng.choice(CN_POWERS),
        f"委托期限:自{start[0]}年{start[1]}月{start[2]}日起至{start[0] + rng.choice((0, 1))}年12月31日止。",
        "受托人在上述权限范围内签署的一切相关文件,我均予以承认,由此产生的法律后果由我承担。",
    ]
    for spans in (p_spans, a_spans):
        y = c.wrap(m, y, spans, f, w, lh, fill=ink, max_lines=4) + 6 * s
    for t in body:
        y = (
            c.wrap(
                m, y, template_spans(t, parts, "other"), f, w, lh, indent=0, fill=ink, max_lines=5
            )
            + 6 * s
        )
    if hand:
        ruled_paper(p, m, right, top + 8 * s, y, lh, margin=False, rule=(200, 120, 120))
    c.items = [it for it in c.items if it.text.strip("。,、;:()")]
    y += 50 * s
    sf = p.font(18)
    for k, (role, who) in enumerate(
        (("委托人(签字、按手印):", principal), ("受托人(签字):", agent))
    ):
        x = c.line(m, y, [S(role, "label")], sf) + 10 * s
        end = handwritten(p, x, y, [S(who, "name")], 32, cjk=True)
        if k == 0 and rng.random() < 0.85:
            thumbprint(p, end + 30 * s, y - 12 * s, 24 * s)
        y += 56 * s
    c.text(right - 300 * s, y, f"{start[0]}年{start[1]}月{start[2]}日", sf, "date")
    return _finish(c, y, m // 2, pad=30 * s)


def _notary(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=True, base=1200, margin=0.09)
    s, w = p.s, right - m
    office, addr, phone, code = rng.choice(CN_NOTARIES)
    y = m + 70 * s
    c.text(c.width / 2, y, "公 证 书", p.font(44, bold=True), "label", anchor="ms")
    y += 60 * s
    ref = f"({rng.randint(2025, 2026)}){code}证民字第{rng.randint(100, 19999)}号"
    c.text(right, y, ref, p.font(19), "other", anchor="rs")
    y += 60 * s
    f, lh = p.font(21), 40 * s
    applicant = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1940, 1990)
    born = f"{idn[6:10]}年{int(idn[10:12])}月{int(idn[12:14])}日"
    rows = [
        [
            S("申请人:", "label"),
            S(applicant, "name"),
            S(f",{rng.choice('男女')},", "other"),
            S(born, "id_number"),
            S("出生,", "other"),
        ],
        [S("公民身份号码:", "label"), S(idn, "id_number")],
        [S("住址:", "label"), *joined_address([fk.cn_address(with_door=1.0)[0]], "")],
        [S("公证事项:", "label"), S("委托", "other")],
    ]
    for row in rows:
        y = c.wrap(m, y, row, f, w, lh, max_lines=2)
    y += 20 * s
    agent = fk.cn_name(honorific=0.0)
    day = cn_date(rng)  # signed before the notary and certified the same day
    body = [
        S("兹证明", "other"),
        S(applicant, "name"),
        S(f"于{day}来到我处,在我的面前,在前面的《委托书》上签名,委托", "other"),
        S(agent, "name"),
        S(f"代为办理{rng.choice(CN_MATTERS)}相关事宜。", "other"),
        S(applicant, "name"),
        S("的委托行为符合《中华人民共和国民法典》第一百四十三条的规定。", "other"),
    ]
    y = c.wrap(m, y, body, f, w, lh, indent=0, max_lines=6) + 60 * s
    x0 = right - 460 * s
    c.text(x0, y, "中华人民共和国", f, "other")
    y += lh
    c.text(x0, y, office, f, "shop")
    y += lh
    c.line(x0, y, [S("公证员  ", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    seal(p, x0 + 260 * s, y - 40 * s, 78 * s, office)
    y += lh
    c.text(x0, y, day, f, "date")
    y += 80 * s
    c.line(
        m,
        y,
        [
            S("地址:", "label"),
            biz(addr, "shop_address"),
            S("  电话:", "label"),
            biz(phone, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=30 * s)


def _bank_proxy(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1360), 1.3, cjk=True, base=1300, margin=0.05)
    s, w = p.s, right - m
    bank, hotline = rng.choice(CN_PROXY_BANKS)
    y = m + 36 * s
    c.text(c.width / 2, y, bank, p.font(22, bold=True), "shop", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("代办业务授权委托书", "个人业务代理授权书")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * s
    principal = fk.cn_name(honorific=0.0)
    agent = fk.cn_name(honorific=0.0)
    rel = rng.choice(CN_PROXY_RELATIONS)
    old = rel == "子女"  # a child runs errands for an old parent, a parent for a young one
    young = rel == "父母"
    rows = grid_rows(
        [
            [("委托人姓名", principal, "name"), ("证件类型", "居民身份证", "other")],
            [
                (
                    "证件号码",
                    fk.id_born(1935, 1960) if old else fk.id_born(1985 if young else 1945, 2004),
                    "id_number",
                ),
                ("联系电话", fk.cn_mobile(), "phone"),
            ],
            [
                ("账号/卡号", fk.bank_account(), "id_number"),
                ("开户网点", rng.choice(("城东支行", "营业部", "新区支行", "解放路支行")), "other"),
            ],
            [
                ("代理人姓名", agent, "name"),
                ("与委托人关系", rel, "other"),
            ],
            [
                (
                    "证件号码",
                    fk.id_born(1955 if young else 1965 if old else 1950, 1975 if young else 2004),
                    "id_number",
                ),
                ("联系电话", fk.cn_mobile(), "phone"),
            ],
        ]
    )
    y = table(
        p, m, y, [w * 0.14, w * 0.38, w * 0.15, w * 0.33], rows, 56 * s, p.font(17), hand_px=27
    )
    y += 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("代办事项:", "label")], f) + 10 * s
    picked = set(rng.sample(CN_PROXY_TASKS, rng.randint(1, 2)))
    for task in CN_PROXY_TASKS:
        x = tick_box(p, x, y, task, task in picked, f) + 20 * s
    y += 44 * s
    note = "本人因故不能亲自到网点办理上述业务,特授权代理人代为办理,由此产生的一切后果由本人承担。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 26 * s, max_lines=2) + 34 * s
    x = c.line(m, y, [S("委托人签名(捺印):", "label")], f) + 10 * s
    end = handwritten(p, x, y, [S(principal, "name")], 30, cjk=True)
    if rng.random() < 0.7:
        thumbprint(p, end + 28 * s, y - 12 * s, 22 * s)
    x = c.line(m + w * 0.52, y, [S("代理人签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(agent, "name")], 30, cjk=True)
    y += 50 * s
    c.line(
        m,
        y,
        [S("日期:", "label"), S(f"2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日", "date")],
        f,
    )
    teller = [
        S("经办柜员:", "label"),
        S(fk.cn_name(honorific=0.0), "name"),
        S("  柜员号:", "label"),
        S(fk.digits(6, True), "id_number"),
    ]
    c.line(m + w * 0.52, y, teller, f)
    y += 40 * s
    c.line(m, y, [S("客服热线:", "label"), biz(hotline, "shop_phone")], p.font(14))
    return _finish(c, y, m, pad=20 * s)


def power_of_attorney(rng: random.Random) -> Canvas:
    """A 授权委托书, a notary's 公证书, a bank's 代办授权书, an English lasting power of
    attorney extract or a German Vollmacht."""
    fk = HomeFaker(rng)
    draw = rng.choices(
        (_letter, _notary, _bank_proxy, en_lpa, de_vollmacht), weights=(30, 18, 18, 18, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"power_of_attorney": power_of_attorney}
