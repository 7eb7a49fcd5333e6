"""Government and education: a residence-permit card copied front and back on a
sheet (居住证 / RESIDENCE PERMIT, with a portrait photo) and a school fee receipt
(学校收费收据) with the pupil, the parent and the cashier.

The card puts bilingual labels in grey beside or over the values, a date of birth
and an ID number; the copy carries a handwritten "for … use only" note. The
receipt has a ruled pupil grid, an item table, a remark naming the payer and a
role word with no colon before the cashier's name.
"""

from __future__ import annotations

import random

from .fakedata_forms import FormFaker
from .formkit import (
    RED,
    Cell,
    bilingual,
    face_photo,
    handwritten,
    memo,
    role_line,
    seal,
    sheet,
    table,
)
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

_GREY = (70, 70, 82)
_ETHNIC = ("汉", "汉", "汉", "回", "满", "壮", "苗")


def residence_permit(rng: random.Random) -> Canvas:
    """A sheet with the front and back of a residence-permit card and a handwritten note."""
    fk = FormFaker(rng)
    W = rng.choice((1200, 1300))
    c = Canvas(W, int(W * 1.4), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1200)
    cw = W * rng.uniform(0.72, 0.8)
    ch = cw * 0.63
    x0 = (W - cw) / 2
    y0 = 80 * p.s
    tint = rng.choice(((228, 238, 246), (240, 236, 224), (232, 244, 234)))
    lf, vf = p.font(19), p.font(rng.uniform(24, 28))
    name = fk.cn_name(honorific=0.0)
    id_no = fk.cn_resident_id()
    dob = f"{id_no[6:10]}年{int(id_no[10:12])}月{int(id_no[12:14])}日"

    # Front: title, fields on the left, photo on the right, ID number along the bottom.
    c.draw.rounded_rectangle(
        [x0, y0, x0 + cw, y0 + ch],
        radius=int(30 * p.s),
        fill=tint,
        outline=(150, 150, 150),
        width=2,
    )
    for k in range(5):  # faint guilloche-like bands: print, not text
        yy = y0 + ch * (0.35 + 0.12 * k)
        box = [x0 + 20 * p.s, yy - ch * 0.15, x0 + cw - 20 * p.s, yy + ch * 0.15]
        c.draw.arc(box, 200, 340, fill=tuple(v - 12 for v in tint), width=2)
    c.text(
        x0 + cw / 2,
        y0 + 60 * p.s,
        rng.choice(("居住证 RESIDENCE PERMIT", "居 住 证")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    px, pw, ph = x0 + cw * 0.68, cw * 0.26, ch * 0.5
    face_photo(p, px, y0 + ch * 0.2, pw, ph)
    fx = x0 + 40 * p.s
    y = y0 + ch * 0.3
    region, street, door = fk.cn_address_parts()
    rows: list[tuple[str, list[Span]]] = [
        (bilingual(rng, "姓名", "Name", colon=0), [S(name, "name")]),
        ("性别", [S(fk.sex(), "other"), S("   民族 ", "label"), S(rng.choice(_ETHNIC), "other")]),
        (bilingual(rng, "出生", "Date of Birth", colon=0), [S(dob, "id_number")]),
    ]
    vx = fx + max(p.width(k, lf) for k, _ in rows) + 24 * p.s
    for key, value in rows:
        c.text(fx, y, key, lf, "label", fill=_GREY)
        c.line(vx, y, value, vf)
        y += vf.size * 1.7
    c.text(fx, y, "住址", lf, "label", fill=_GREY)
    y = c.wrap(
        vx,
        y,
        [Span(region + street, "address", True), S(door, "door")],
        vf,
        px - vx - 20 * p.s,
        vf.size * 1.35,
        max_lines=3,
    )
    yb = y0 + ch - 40 * p.s
    x = c.line(
        fx, yb, [S(rng.choice(("公民身份号码", "证件号码 ID No.")), "label")], lf, fill=_GREY
    )
    c.line(x + 20 * p.s, yb, [S(id_no, "id_number")], p.font(28, mono=rng.random() < 0.5))

    # Back: issuing office, validity, a serial; all ordinary.
    y1 = y0 + ch + 60 * p.s
    c.draw.rounded_rectangle(
        [x0, y1, x0 + cw, y1 + ch],
        radius=int(30 * p.s),
        fill=tint,
        outline=(150, 150, 150),
        width=2,
    )
    c.text(
        x0 + cw / 2,
        y1 + 70 * p.s,
        "中华人民共和国居住证",
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    by = y1 + ch * 0.55
    for key, val in (
        (
            "签发机关",
            f"{rng.choice(('深圳市', '杭州市', '成都市'))}公安局{rng.choice(('南山', '西湖', '武侯'))}分局",
        ),
        ("有效期限", f"{fk.date('iso').replace('-', '.')}-{fk.date('iso').replace('-', '.')}"),
        ("签注记录", rng.choice(("已签注", "第1次签注", "无"))),
    ):
        x = c.line(x0 + 60 * p.s, by, [S(key, "label")], lf, fill=_GREY)
        c.line(x + 30 * p.s, by, [S(val, "date" if key == "有效期限" else "other")], p.font(22))
        by += 52 * p.s
    y = y1 + ch + 70 * p.s
    note = rng.choice(
        ("仅供办理租房手续使用", "此复印件仅用于入职登记", "仅供银行开户使用,再复印无效")
    )
    handwritten(p, x0, y, [S(note, "other")], 36, cjk=True)
    c.text(x0 + cw, y, fk.date("cn"), p.font(20), "date", anchor="rs")
    return _finish(c, y, int(40 * p.s), border=0, pad=20 * p.s)


_FEES = (
    ("学费", "Tuition"),
    ("住宿费", "Boarding"),
    ("伙食费", "Meals"),
    ("校服费", "Uniform"),
    ("教材费", "Textbooks"),
    ("课后服务费", "After-school care"),
    ("保险费", "Insurance"),
)


def school_fee_receipt(rng: random.Random) -> Canvas:
    """学校收费收据 / School Fee Receipt: pupil grid, fee table, total, remark, cashier, seal."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=True, base=1200, margin=0.05)
    W = c.width
    f = p.font(rng.uniform(20, 23))
    english = rng.random() < 0.5
    school = rng.choice(("实验小学", "外国语学校", "第三中学", "国际学校")) + rng.choice(
        ("", "(东校区)")
    )
    hand = rng.random() < 0.5

    y = m + 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("深圳市", "杭州市", "成都市")) + school,
        p.font(32, bold=True),
        "shop",
        anchor="ms",
    )
    y += 48 * p.s
    c.text(
        W / 2,
        y,
        "收费收据 SCHOOL FEE RECEIPT" if english else "学校收费收据",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 40 * p.s
    c.text(m, y, f"{bilingual(rng, '日期', 'Date', colon=1.0)} {fk.date()}", f, "date")
    c.text(right, y, f"No. {fk.digits(7)}", f, "other", anchor="rs", fill=RED)
    y += 20 * p.s
    pupil, parent = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    lab = (lambda cn, en: bilingual(rng, cn, en, colon=0)) if english else (lambda cn, en: cn)
    grade = f"{rng.choice('一二三四五六')}年级({rng.randint(1, 9)})班"
    rows = [
        [
            Cell.of(lab("学生姓名", "Student"), "label"),
            Cell.of(pupil, "name", hand=hand),
            Cell.of(lab("学号", "Student No."), "label"),
            Cell.of(fk.student_no(), "id_number", hand=hand),
        ],
        [
            Cell.of(lab("班级", "Class"), "label"),
            Cell.of(grade, "other", hand=hand),
            Cell.of(lab("学期", "Term"), "label"),
            Cell.of(f"{rng.randint(2023, 2026)}年{rng.choice(('春季', '秋季'))}", "other"),
        ],
        [
            Cell.of(lab("家长姓名", "Parent"), "label"),
            Cell.of(parent, "name", hand=hand),
            Cell.of(lab("联系电话", "Tel"), "label"),
            Cell.of(fk.cn_mobile("plain"), "phone", hand=hand),
        ],
    ]
    q = (right - m) / 4
    y = table(p, m, y, [q * 0.9, q * 1.1, q * 0.9, q * 1.1], rows, 56 * p.s, f, hand_px=30)
    y += 24 * p.s
    body = [
        [
            Cell.of(lab("收费项目", "Item"), "label", align="c"),
            Cell.of(lab("金额(元)", "Amount"), "label", align="c"),
        ]
    ]
    total = 0
    for cn, en in rng.sample(_FEES, rng.randint(2, 5)):
        amt = rng.randint(2, 80) * 50
        total += amt
        body.append(
            [
                Cell.of(f"{cn} {en}" if english else cn, "item"),
                Cell.of(f"{amt:,.2f}", "price", align="r"),
            ]
        )
    body.append(
        [Cell.of(lab("合计", "Total"), "label"), Cell.of(f"¥{total:,.2f}", "price", align="r")]
    )
    y = table(p, m, y, [q * 2.8, q * 1.2], body, 48 * p.s, f, line=1)
    y += 50 * p.s
    c.line(
        m,
        y,
        [S("缴费方式:", "label"), S(rng.choice(("微信", "支付宝", "银行转账", "现金")), "other")],
        f,
    )
    y += 50 * p.s
    remark = rng.choice(
        (
            [S("由", "other"), S(parent, "name"), S("代缴", "other")],
            [S("家长电话", "other"), S(fk.cn_mobile("plain"), "phone")],
            [S("已开具电子票据", "other")],
        )
    )
    y = memo(
        p,
        m,
        y,
        rng.choice(("备注:", "备注 Remarks:")),
        remark,
        f,
        right - m,
        hand=rng.random() < 0.5,
    )
    y += 30 * p.s
    role = rng.choice(("收款人", "经手人", "Cashier", "收款"))
    who = fk.en_first(upper=False) if role == "Cashier" else fk.cn_name(honorific=0.0)
    role_line(p, m, y, role, who, f, sep=rng.choice((" ", "  ")))
    seal(p, right - 120 * p.s, y - 30 * p.s, 80 * p.s, "财务专用章")
    y += 60 * p.s
    c.text(m, y, "本收据为缴费凭证,请妥善保管;遗失不补。", p.font(16), "footer")
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=40 * p.s)


LAYOUTS = {"residence_permit": residence_permit, "school_fee_receipt": school_fee_receipt}
