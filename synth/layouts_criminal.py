"""Criminal record checks. A police station's 无犯罪记录证明 (the 编号, traced to the
one person asked about; the person's name, sex, ID and 户籍地址 to the room in a
sentence or a grid; "经查询,……在本辖区……未发现有犯罪记录" naming the person again;
the purpose and validity; 经办民警 by name with 警号; the station's seal, its address
and duty line), or a 无犯罪记录证明申请表 filled in by pen (applicant, sex, ID, phone,
户籍地址 and home to the room; the purpose ticked; a 委托代理人 with name, ID, relation
and phone when a proxy applies; both signatures; the officer who took it), or an
English basic certificate and a Spanish certificado de antecedentes penales
(:mod:`synth.criminal_latin`).

Personal: the person checked, proxies and officers (``name``), IDs, certificate
numbers, 警号, dates of birth (``id_number``), homes with their room (``door``),
phones. Ordinary: purposes, relations, validity, results ("未发现有犯罪记录", "NONE
RECORDED"), the station's name; its address and line are business data.
"""

from __future__ import annotations

import random

from .criminal_latin import en_certificate, es_certificado
from .criminal_words import (
    CN_NOTE,
    CN_PLEDGE,
    CN_PURPOSES,
    CN_RELATIONS,
    CN_STATIONS,
    CN_VALIDITY,
)
from .fakedata_consents import ConsentFaker
from .formkit import fit, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import template_spans
from .formkit_slips import grid_rows
from .kit import S, _finish, biz, joined_address
from .render import Canvas, Span

_CN_DIGITS = "〇一二三四五六七八九"


def cn_date(year: int, month: int, day: int) -> str:
    """A date in Chinese numerals, as under an official seal: 二〇二六年三月九日."""
    tens = ("", "十", "二十", "三十")
    y = "".join(_CN_DIGITS[int(d)] for d in str(year))
    m = tens[month // 10] + (_CN_DIGITS[month % 10] if month % 10 else "")
    d = tens[day // 10] + (_CN_DIGITS[day % 10] if day % 10 else "")
    return f"{y}年{m}月{d}日"


def _person(rng: random.Random, fk: ConsentFaker) -> tuple[str, str, str, list[Span]]:
    home, _ = fk.cn_address(with_door=0.95)
    return fk.cn_name(honorific=0.0), fk.sex(), fk.id_born(1960, 2007), joined_address([home])


def _cn_certificate(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=True, base=1100, margin=0.1)
    s, w = p.s, right - m
    station, saddr, sphone = rng.choice(CN_STATIONS)
    y = m + 40 * s
    c.text(c.width / 2, y, "无犯罪记录证明", p.font(36, bold=True), "label", anchor="ms")
    y += 50 * s
    f = p.font(18)
    no = fk.cn_record_cert_no()
    c.line(right - p.width("编号:" + no, f), y, [S("编号:", "label"), S(no, "id_number")], f)
    y += 60 * s
    name, sex, idn, home = _person(rng, fk)
    mon, day = rng.randint(1, 12), rng.randint(1, 28)
    lh, body = 40 * s, p.font(21)
    purpose = rng.choice(CN_PURPOSES)
    if rng.random() < 0.55:  # the prose certificate
        spans = [
            S("兹有", "other"),
            S(name, "name"),
            S(f",性别{sex},公民身份号码:", "other"),
            S(idn, "id_number"),
            S(",户籍地址:", "other"),
            *home,
        ]
        y = c.wrap(m, y, spans, body, w, lh, indent=0, max_lines=4) + 6 * s
    else:  # the grid certificate some cities print
        rows = grid_rows(
            [
                [("姓名", name, "name"), ("性别", sex, "other")],
                [("公民身份号码", idn, "id_number")],
                [("户籍地址", home, "address")],
            ],
            hand=False,
        )
        y = (
            table(
                p, m, y - 20 * s, [w * 0.2, w * 0.4, w * 0.14, w * 0.26], rows, 52 * s, p.font(18)
            )
            + 50 * s
        )
    who = name if rng.random() < 0.6 else "该人"
    text = rng.choice(
        (
            f"经查询,截至{2026}年{mon}月{day}日,{{who}}在本辖区{{period}}未发现有犯罪记录。",
            "经查询全国违法犯罪人员信息系统,{who}在我所辖区居住期间未发现有犯罪记录。",
        )
    )
    parts = {
        "who": (who, "name" if who == name else "other"),
        "period": (rng.choice(("居住期间", "")), "other"),
    }
    spans = template_spans(text, parts, "other")
    y = c.wrap(m + 42 * s, y, spans, body, w - 42 * s, lh, max_lines=3) + 6 * s
    y = c.wrap(m + 42 * s, y, [S(f"本证明用于{purpose}。", "other")], body, w, lh)
    y = c.wrap(
        m + 42 * s,
        y,
        [S(f"本证明自开具之日起{rng.choice(CN_VALIDITY)}内有效。", "other")],
        body,
        w,
        lh,
    )
    y += 30 * s
    c.line(m, y, [S("经办民警:", "label")], f)
    handwritten(p, m + 100 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(m + 230 * s, y, [S("警号:", "label"), S(fk.police_no(), "id_number")], f)
    y += 80 * s
    c.text(right - 40 * s, y, station, fit(p, p.font(20), station, w * 0.55), "other", anchor="rs")
    y += 40 * s
    c.text(right - 40 * s, y, cn_date(2026, mon, day), p.font(20), "date", anchor="rs")
    seal(p, right - 170 * s, y - 150 * s, 80 * s, station)
    y += 60 * s
    y = c.wrap(m, y, [S(CN_NOTE, "footer")], p.font(14), w, 22 * s) + 10 * s
    c.line(
        m,
        y,
        [
            S("地址:", "footer"),
            biz(saddr, "shop_address"),
            S("  值班电话:", "footer"),
            biz(sphone, "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _cn_application(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=True, base=1200, margin=0.05)
    s, w = p.s, right - m
    station, saddr, sphone = rng.choice(CN_STATIONS)
    y = m + 40 * s
    c.text(c.width / 2, y, "无犯罪记录证明申请表", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    name, sex, idn, home = _person(rng, fk)
    now, _ = fk.cn_address(with_door=1.0)
    lives = [S("同户籍地址", "other")] if rng.random() < 0.4 else joined_address([now])
    rows = grid_rows(
        [
            [("申请人姓名", name, "name"), ("性别", sex, "other")],
            [("公民身份号码", idn, "id_number"), ("联系电话", fk.cn_mobile(), "phone")],
            [("户籍地址", home, "address")],
            [("现居住地址", lives, "address")],
        ],
        hand=True,
    )
    widths = [w * 0.17, w * 0.38, w * 0.15, w * 0.3]
    y = table(p, m, y, widths, rows, 56 * s, p.font(17), hand_px=28) + 40 * s
    f = p.font(18)
    x = c.line(m, y, [S("申请用途:", "label")], f) + 12 * s
    pick = rng.choice(CN_PURPOSES[:5])
    for word in CN_PURPOSES[:5]:
        x = tick_box(p, x, y, word, word == pick, f) + 24 * s
    y += 50 * s
    proxy = rng.random() < 0.5
    x = c.line(m, y, [S("是否委托他人代办:", "label")], f) + 12 * s
    x = tick_box(p, x, y, "是", proxy, f) + 24 * s
    tick_box(p, x, y, "否", not proxy, f)
    y += 24 * s
    agent = fk.cn_name(honorific=0.0)
    rel = rng.choice(CN_RELATIONS)
    rows = grid_rows(
        [
            [
                ("代理人姓名", agent if proxy else "", "name"),
                ("与申请人关系", rel if proxy else "", "other"),
            ],
            [
                ("代理人身份号码", fk.id_born(1955, 2005) if proxy else "", "id_number"),
                ("联系电话", fk.cn_mobile("plain") if proxy else "", "phone"),
            ],
        ],
        hand=True,
    )
    y = table(p, m, y, widths, rows, 56 * s, p.font(17), hand_px=28) + 40 * s
    y = c.wrap(m, y, [S(CN_PLEDGE, "footer")], p.font(15), w, 24 * s, max_lines=3) + 36 * s
    x = c.line(m, y, [S("申请人签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=True)
    x = c.line(m + w * 0.38, y, [S("代理人签名:", "label")], f) + 10 * s
    if proxy:
        handwritten(p, x, y, [S(agent, "name")], 30, cjk=True)
    c.line(m + w * 0.74, y, [S(f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date")], f)
    y += 60 * s
    c.hline(m, right, y - 30 * s, width=1, dash=8)
    x = c.line(m, y, [S("受理民警:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(
        m + w * 0.38,
        y,
        [S("受理单位:", "label"), S(station, "other")],
        fit(p, f, station + "受理单位:", w * 0.6),
    )
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("咨询电话:", "footer"),
            biz(sphone, "shop_phone"),
            S("  地址:", "footer"),
            biz(saddr, "shop_address"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def criminal_record_certificate(rng: random.Random) -> Canvas:
    """A 无犯罪记录证明, its 申请表, an English basic criminal record certificate or a
    Spanish certificado de antecedentes penales."""
    fk = ConsentFaker(rng)
    draw = rng.choices(
        (_cn_certificate, _cn_application, en_certificate, es_certificado), weights=(34, 26, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"criminal_record_certificate": criminal_record_certificate}
