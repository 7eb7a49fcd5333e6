"""Diplomas and award certificates: a school's or contest's 荣誉证书 printed with the
pupil's name inside the citation ("<name> 同学：在…中荣获一等奖，特发此证"), a
stationery-shop 奖状 whose blanks a teacher filled in by hand, a training centre's
结业证书 / 培训合格证 with the holder's photo, sex, date of birth and ID number, an
English certificate of completion ("This is to certify that …", signed by a named
principal or trainer, certificate ID and a verification link) or a French attestation
de réussite (né(e) le …, N° INE, signatures of the director and the holder).

Personal: the awardee's, teacher's, trainer's and signers' names, the date of birth,
ID number, certificate and INE numbers (``id_number``; a verification link's last
part is the certificate's number), the photo (``face``). Ordinary: the school,
contest, centre and their seals, class, prize, course, hours, grades, dates, the
titles and the formulae.
"""

from __future__ import annotations

import random

from .certificate_words import (
    CN_CENTRES,
    CN_CONTESTS,
    CN_COURSES,
    CN_GRADES,
    CN_HONOURS,
    CN_PRIZES,
    CN_SCHOOLS,
    CN_TOWNS,
    WORDS,
)
from .fakedata_households import HouseholdFaker
from .formkit import RED, box_stamp, face_photo, handwritten, seal, sheet, table
from .formkit_blanks import fill_in
from .formkit_slips import grid_rows
from .funeral_cards import framed
from .kit import Pen, S
from .layouts_party import _centre
from .render import Canvas

GOLD = (176, 138, 52)


def _cn_date(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _cert_no(fk: HouseholdFaker, cn: bool) -> str:
    if cn:
        return fk.r.choice(("", "NO.", "ZS")) + "2026" + fk.digits(fk.r.choice((6, 8)))
    return f"{fk.upper(2)}-2026-{fk.digits(6)}"


def _honour(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """荣誉证书 printed (name in the citation) or a 奖状 blank filled in by hand."""
    c, p, m, right = sheet(rng, (1000, 1100), 0.9, cjk=True, base=1000, margin=(0.09, 0.11))
    W, s, w = c.width, p.s, right - m
    blank = rng.random() < 0.45
    title = "奖  状" if blank else rng.choice(("荣 誉 证 书", "荣誉证书", "获 奖 证 书"))
    y = m + 80 * s
    c.text(W / 2, y, title, p.font(64, bold=True), "label", anchor="ms", fill=RED)
    y += 80 * s
    pupil = fk.cn_name(honorific=0.0)
    grade = f"{rng.choice(CN_GRADES)}({rng.randint(1, 12)})班"
    school = rng.choice(CN_TOWNS) + rng.choice(CN_SCHOOLS)
    f = p.font(26)
    honour = rng.random() < 0.3
    contest, prize = rng.choice(CN_CONTESTS), rng.choice(CN_PRIZES)
    if blank:  # the teacher writes the class, the name and the prize on the blanks
        pieces = [
            (S(grade, "other"), True),
            (S(pupil, "name"), True),
            (S(" 同学:", "footer"), False),
        ]
        fill_in(p, m, y, pieces, f, hand_px=34, cjk=True)
        y += 62 * s
        if honour:
            pieces = [
                (S("    在本学年度被评为", "footer"), False),
                (S(rng.choice(CN_HONOURS), "other"), True),
            ]
        else:
            pieces = [
                (S("    在", "footer"), False),
                (S(contest, "other"), True),
                (S("中", "footer"), False),
            ]
        fill_in(p, m, y, pieces, f, hand_px=32, cjk=True)
        y += 62 * s
        if not honour:
            fill_in(
                p,
                m,
                y,
                [(S("荣获", "footer"), False), (S(prize, "other"), True)],
                f,
                hand_px=32,
                cjk=True,
            )
            y += 62 * s
        c.text(m + 60 * s, y, "特发此状,以资鼓励。", f, "footer")
        y += 90 * s
        # The school numbers each one it gives out in its register, by hand.
        number = f"{rng.randint(2024, 2026)}-{rng.randint(1, 400):03d}"
        fill_in(
            p,
            m,
            y + 60 * s,
            [(S("编号:", "label"), False), (S(number, "id_number"), True)],
            p.font(18),
            hand_px=24,
            cjk=True,
        )
    else:
        head = [S(pupil, "name"), S(" 同学:", "footer")]
        if rng.random() < 0.5:
            head = [S(grade + " ", "other"), *head]
        c.line(m, y, head, p.font(30, bold=True))
        y += 60 * s
        if honour:
            body = (
                f"在2025-2026学年度表现突出,被评为“{rng.choice(CN_HONOURS)}”。特发此证,以资鼓励。"
            )
        else:
            body = f"在2026年{contest}中表现优异,荣获{prize}。特发此证,以资鼓励。"
        y = c.wrap(m + 56 * s, y, [S(body, "footer")], f, w - 56 * s, 52 * s, max_lines=3) + 20 * s
        teacher = fk.cn_name(honorific=0.0)
        if not honour:
            c.line(m + 56 * s, y, [S("指导教师:", "label"), S(teacher, "name")], p.font(22))
            y += 44 * s
        c.line(
            m + 56 * s, y, [S("证书编号:", "label"), S(_cert_no(fk, True), "id_number")], p.font(18)
        )
        y += 70 * s
    issuer = school if rng.random() < 0.6 or blank else f"{rng.choice(CN_TOWNS)}教育局"
    bx = right - p.width(issuer, p.font(24)) - 10 * s
    if blank and rng.random() < 0.5:
        handwritten(p, bx, y, [S(issuer, "shop")], 28, cjk=True)
    else:
        c.text(bx, y, issuer, p.font(24), "shop")
    seal(p, bx + p.width(issuer, p.font(24)) / 2, y + 10 * s, 70 * s, issuer)
    y += 44 * s
    date = _cn_date(rng)
    if blank:
        handwritten(p, bx + 20 * s, y, [S(date, "date")], 26, cjk=True)
    else:
        c.text(bx + 20 * s, y, date, p.font(22), "date")
    c = framed(c, y, m, 0.35, max(4, round(10 * s)))
    inset = m * 0.35 + 16 * s
    c.draw.rectangle(
        [inset, inset, W - inset, c.height - inset], outline=GOLD, width=max(2, round(3 * s))
    )
    return c


def _training(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    """结业证书 / 培训合格证: photo, holder's grid, the completion sentence, number, seal."""
    c, p, m, right = sheet(rng, (880, 960), 1.2, cjk=True, base=880, margin=(0.07, 0.09))
    W, s, w = c.width, p.s, right - m
    centre = rng.choice(CN_TOWNS) + rng.choice(CN_CENTRES)
    title = rng.choice(("结业证书", "培训合格证", "结 业 证 书"))
    y = m + 70 * s
    c.text(W / 2, y, title, p.font(48, bold=True), "label", anchor="ms")
    y += 50 * s
    name, sex = fk.cn_name(honorific=0.0), rng.choice(("男", "女"))
    ident = fk.cn_resident_id()
    dob = f"{ident[6:10]}年{int(ident[10:12])}月{int(ident[12:14])}日"  # as the ID says
    course = rng.choice(CN_COURSES)
    hours = rng.choice((24, 32, 48, 64, 120))
    gw = w * 0.72
    rows = [
        [("姓  名", name, "name"), ("性  别", sex, "other")],
        [("出生日期", dob, "id_number")],
        [("身份证号", ident, "id_number")],
        [("培训项目", course, "other")],
        [
            ("学  时", f"{hours}学时", "other"),
            ("成  绩", rng.choice(("合格", "优秀", "良好")), "other"),
        ],
    ]
    widths = (gw * 0.22, gw * 0.33, gw * 0.18, gw * 0.27)
    top = y
    y = table(
        p, m, y, widths, grid_rows(rows, hand=rng.random() < 0.3), 52 * s, p.font(19), hand_px=26
    )
    ph = y - top - 20 * s
    face_photo(p, right - ph * 0.75, top + 10 * s, ph * 0.75, ph)
    y += 60 * s
    start = f"2026年{rng.randint(1, 6)}月{rng.randint(1, 28)}日"
    body = [
        S("    学员", "footer"),
        S(name, "name"),
        S(
            f"于{start}起参加{centre}举办的{course}培训,完成全部{hours}学时课程,经考核成绩合格,准予结业。",
            "footer",
        ),
    ]
    y = c.wrap(m, y, body, p.font(22), w, 42 * s, max_lines=4) + 30 * s
    f = p.font(18)
    c.line(m, y, [S("证书编号:", "label"), S(_cert_no(fk, True), "id_number")], f)
    y += 34 * s
    c.line(m, y, [S("发证日期:", "label"), S(_cn_date(rng), "date")], f)
    y += 34 * s
    c.line(
        m,
        y,
        [
            S("查询网址:", "label"),
            S(f"www.{rng.choice(('zypx', 'jnjd', 'rspx'))}.example.cn", "other"),
        ],
        f,
    )
    c.text(right - 20 * s, y - 20 * s, centre, p.font(22), "shop", anchor="rs")
    seal(p, right - 20 * s - p.width(centre, p.font(22)) / 2, y - 30 * s, 72 * s, centre)
    return framed(c, y + 20 * s, m, 0.4, max(3, round(5 * s)))


def _signer(p: Pen, x: float, y: float, width: float, name: str, role: str, font) -> None:
    """A hand signature over a rule with the printed name and role under it."""
    handwritten(p, x + 10 * p.s, y, [S(name, "name")], 34, cjk=False, width=width - 20 * p.s)
    p.c.hline(x, x + width, y + 14 * p.s, width=1)
    if p.r.random() < 0.7:
        p.c.text(x, y + 40 * p.s, name, font, "name")
    p.c.text(x, y + 64 * p.s, role, font, "label")


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t, en = WORDS[lang], lang == "en"
    c, p, m, right = sheet(rng, (1000, 1100), 1.0, cjk=False, base=1000, margin=(0.08, 0.1))
    W, s, w = c.width, p.s, right - m
    body = rng.choice(t["bodies"])
    y = m + 60 * s
    c.text(W / 2, y, body, p.font(26, bold=True), "shop", anchor="ms")
    y += 80 * s
    y = _centre(p, W / 2, y, [S(rng.choice(t["titles"]), "label")], p.font(46, bold=True), w)
    y += 20 * s
    y = _centre(p, W / 2, y, [S(t["certify"], "footer")], p.font(22), w)
    holder = fk.en_name_plain(False) if en else fk.eu_name("fr")
    by_hand = rng.random() < 0.4
    if by_hand:  # a printed blank the name was written on
        nw = p.width(holder, p.font(40)) + 80 * s
        handwritten(p, (W - nw) / 2 + 40 * s, y + 30 * s, [S(holder, "name")], 46, cjk=False)
        c.hline((W - nw) / 2 - 60 * s, (W + nw) / 2 + 60 * s, y + 44 * s, width=1)
        y += 90 * s
    else:
        y = _centre(p, W / 2, y + 30 * s, [S(holder, "name")], p.font(40, bold=True), w) + 10 * s
    if not en:
        born = [
            S("né(e) le ", "footer"),
            S(fk.dob("dmy"), "id_number"),
            S(" à Montclair", "footer"),
        ]
        y = _centre(p, W / 2, y, born, p.font(20), w)
    y = _centre(p, W / 2, y, [S(rng.choice(t["did"]), "footer")], p.font(22), w)
    y = _centre(p, W / 2, y, [S(rng.choice(t["courses"]), "other")], p.font(28, bold=True), w)
    honour = rng.choice(t["with"])
    if honour:
        y = _centre(p, W / 2, y, [S(honour, "other")], p.font(22), w)
    date = fk.date("in") if en else f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2026"
    y = (
        _centre(p, W / 2, y + 6 * s, [S(t["on"], "footer"), S(date, "date")], p.font(20), w)
        + 40 * s
    )
    f = p.font(17)
    sw = w * 0.36
    person = (lambda: fk.en_name_plain(False)) if en else (lambda: fk.eu_name("fr"))
    _signer(p, m, y, sw, person(), rng.choice(t["roles"]), f)
    if en and rng.random() < 0.5:
        _signer(p, right - sw, y, sw, person(), rng.choice(t["roles"]), f)
    elif not en:  # French diplomas carry the holder's own signature too
        handwritten(p, right - sw + 10 * s, y, [S(holder.split()[-1], "name")], 34, cjk=False)
        c.hline(right - sw, right, y + 14 * s, width=1)
        c.text(right - sw, y + 64 * s, "Signature du titulaire", f, "label")
    else:
        box_stamp(p, right - sw / 2, y, [body.upper(), "OFFICIAL"], 14)
    y += 110 * s
    code = _cert_no(fk, False) if en else fk.digits(10) + fk.upper(1)
    c.line(m, y, [S(t["id"], "label"), S(code, "id_number")], f)
    y += 28 * s
    host = "https://verify.example.org/c/" if en else "https://diplomes.example.fr/verif/"
    tail = fk.alnum(8).upper() if not en else code
    c.line(m, y, [S(t["verify"], "footer"), S(host, "other"), S(tail, "id_number")], p.font(14))
    return framed(c, y + 20 * s, m, 0.4, max(3, round(6 * s)))


def award_certificate(rng: random.Random) -> Canvas:
    """A 荣誉证书 / 奖状, a 结业证书 / 培训合格证, or an English or French certificate."""
    fk = HouseholdFaker(rng)
    return rng.choices((_honour, _training, _latin), weights=(40, 25, 35))[0](rng, fk)


LAYOUTS = {"award_certificate": award_certificate}
