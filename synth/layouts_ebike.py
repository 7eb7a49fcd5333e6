"""Electric bikes: a city's electric-bike registration form (电动自行车登记申请表)
filled in by hand at the counter, or the registration certificate card it yields,
copied front and back on a sheet.

The form's owner grid sits beside a photo box; the owner's ID number is written one
character per printed box; the address runs down to the room. The plate, the frame
(whole-vehicle) code and the motor number are the owner's identifiers, as a car's
plate and a phone's IMEI are in the earlier families; the make, the colour, the
purchase date and the invoice's serial are ordinary. A pledge in running text names
the owner inside it, the owner signs by hand, the clerk's name follows a role word
and the office's round seal overlaps the foot. The card puts the plate large on its
front, a side word printed top to bottom, and a QR code that opens the record.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, face_photo, handwritten, role_line, seal, sheet, stacked, table
from .formkit_blanks import char_boxes
from .kit import S, _finish
from .render import Canvas

_MAKES = ("雅迪 DE3", "爱玛 AM-T1", "新日 XC5", "台铃 TL-Q", "绿源 MH5", "小牛 G2")
_COLOURS = ("白", "黑", "灰", "天蓝", "珍珠白", "哑光黑")
_PLEDGE = (
    "承诺所登记车辆来源合法,符合《电动自行车安全技术规范》(GB17761-2018),"
    "所填信息真实有效,如有虚假愿承担相应法律责任。"
)
_NOTES = (
    "注:1.申请人须持本人身份证、购车发票及合格证原件办理。",
    "2.号牌须安装于车辆尾部,不得遮挡、污损、转借。",
    "3.车辆转让、报废或住址变更的,应于30日内办理变更登记。",
)


def _form(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    city = rng.choice(("杭州", "苏州", "合肥", "南宁", "郑州"))
    y = m + 50 * s
    title = rng.choice((f"{city}市电动自行车登记申请表", "电动自行车注册登记备案表"))
    c.text(W / 2, y, title, p.font(36, bold=True), "label", anchor="ms")
    y += 46 * s
    c.line(m, y, [S("受理编号 ", "label"), S(fk.digits(10), "other")], p.font(18), fill=RED)
    c.text(right, y, f"填表日期 {fk.date('cn')}", p.font(18), "date", anchor="rs")
    y += 18 * s
    name, id_no = fk.cn_name(honorific=0.0), fk.cn_resident_id()
    addr, _pc = fk.cn_address(with_door=1.0)
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    photo_w = w * 0.2
    gw = w - photo_w
    widths = (gw * 0.2, gw * 0.35, gw * 0.15, gw * 0.3)
    rh = 64 * s
    top = y
    owner = [
        [lab("车主姓名"), hand(name, "name"), lab("性别"), hand(fk.sex(), "other")],
        [lab("身份证号码"), Cell.of("", "other", span=3)],
        [
            lab("联系电话"),
            hand(fk.cn_mobile("plain"), "phone"),
            lab("出生年月"),
            Cell.of("", "other"),
        ],
    ]
    y = table(p, m, y, widths, owner, rh, f, hand_px=30, cjk=True)
    box = min((gw * 0.8 - 24 * s) / 18, 36 * s)
    char_boxes(
        p, m + widths[0] + 12 * s, top + rh + (rh - box) / 2, id_no, "id_number", box=box, cjk=True
    )
    dob = f"{id_no[6:10]}.{id_no[10:12]}"
    handwritten(
        p,
        m + sum(widths[:3]) + 10 * s,
        top + 2.5 * rh + 10 * s,
        [S(dob, "id_number")],
        28,
        cjk=True,
    )
    # The photo box spans the owner rows on the right; an empty frame means "photo on file".
    c.box(m + gw, top, right, y, width=2)
    if rng.random() < 0.7:
        face_photo(p, m + gw + 14 * s, top + 14 * s, photo_w - 28 * s, y - top - 28 * s)
    else:
        c.text(m + gw + photo_w / 2, (top + y) / 2, "一寸照片", p.font(20), "label", anchor="mm")
    rows = [
        [lab("居住地址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [
            lab("号牌号码"),
            hand(fk.ebike_plate(), "id_number"),
            lab("品牌型号"),
            Cell.of(rng.choice(_MAKES), "item"),
        ],
        [lab("整车编码"), hand(fk.frame_no(), "id_number", 3)],
        [
            lab("电机编号"),
            hand(fk.motor_no(), "id_number"),
            lab("车身颜色"),
            hand(rng.choice(_COLOURS), "other"),
        ],
        [
            lab("购车日期"),
            hand(fk.date("iso"), "date"),
            lab("发票号码"),
            Cell.of(fk.digits(8), "other"),
        ],
    ]
    widths = (w * 0.16, w * 0.36, w * 0.14, w * 0.34)
    y = table(p, m, y, widths, rows, rh, f, hand_px=30, cjk=True)
    y += 50 * s
    c.text(m, y, "车主承诺", p.font(24, bold=True), "label")
    y += 40 * s
    y = c.wrap(
        m, y, [S("本人", "other"), S(name, "name"), S(_PLEDGE, "other")], f, w, 36 * s, max_lines=3
    )
    y += 30 * s
    x = c.line(m, y, [S("车主签名:", "label")], f)
    handwritten(p, x + 10 * s, y, [S(name, "name")], 38, cjk=True)
    c.text(m + w * 0.55, y, "日期:", f, "label")
    handwritten(p, m + w * 0.55 + 70 * s, y, [S(fk.date("cn"), "date")], 28, cjk=True)
    y += 70 * s
    role_line(p, m, y, "受理民警", fk.cn_name(honorific=0.0), f)
    c.text(m + w * 0.55, y, "审核:", f, "label")
    seal(p, right - 150 * s, y - 40 * s, 95 * s, f"{city}市公安局交通警察支队")
    y += 60 * s
    for note in _NOTES:
        c.text(m, y, note, p.font(17), "footer")
        y += 30 * s
    return _finish(c, y, 0, pad=m * 0.6)


def _card(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.45, cjk=True, base=1200, margin=0.12)
    W, s = c.width, p.s
    cw = right - m
    ch = cw * 0.56
    tint = rng.choice(((236, 242, 250), (246, 240, 228), (236, 246, 236)))
    lf, vf = p.font(19), p.font(28)
    name, plate = fk.cn_name(honorific=0.0), fk.ebike_plate()
    addr, _pc = fk.cn_address(with_door=1.0)
    city = plate[:2]
    y0 = 70 * s
    for k in range(2):  # front, then back, as a copier lays them on one sheet
        top = y0 + k * (ch + 60 * s)
        c.draw.rounded_rectangle(
            [m, top, right, top + ch],
            radius=int(24 * s),
            fill=tint,
            outline=(140, 140, 140),
            width=2,
        )
        side = ("正页", "副页")[k] if rng.random() < 0.5 else ("车主联", "车管联")[k]
        c.text_vertical(m + 14 * s, top + ch * 0.3, side, p.font(20), "label")
        x = m + 60 * s
        iw = cw - 100 * s
        if k == 0:
            c.text(
                W / 2, top + 56 * s, "电动自行车行驶证", p.font(32, bold=True), "label", anchor="ms"
            )
            c.text(
                W / 2,
                top + 120 * s,
                plate,
                p.font(48, bold=True),
                "id_number",
                anchor="ms",
                fill=(20, 40, 120),
            )
            y = top + 150 * s
            y = stacked(p, x, y + 20 * s, "所有人", [S(name, "name")], lf, vf, iw * 0.5)
            y = stacked(p, x, y + 34 * s, "住址", [S(t, k2) for t, k2 in addr.segments], lf, vf, iw)
            y = stacked(
                p, x, y + 34 * s, "品牌型号", [S(rng.choice(_MAKES), "item")], lf, vf, iw * 0.5
            )
            stacked(
                p,
                x + iw * 0.55,
                y,
                "车身颜色",
                [S(rng.choice(_COLOURS), "other")],
                lf,
                vf,
                iw * 0.4,
            )
            y = stacked(
                p, x, y + 34 * s, "联系电话", [S(fk.cn_mobile("plain"), "phone")], lf, vf, iw * 0.5
            )
        else:
            y = top + 40 * s
            y = stacked(
                p, x, y + 20 * s, "整车编码", [S(fk.frame_no(), "id_number")], lf, vf, iw * 0.6
            )
            y = stacked(
                p, x, y + 34 * s, "电机编号", [S(fk.motor_no(), "id_number")], lf, vf, iw * 0.6
            )
            y = stacked(
                p,
                x,
                y + 34 * s,
                "身份证号",
                [S(fk.cn_id_masked() if rng.random() < 0.4 else fk.cn_resident_id(), "id_number")],
                lf,
                vf,
                iw * 0.6,
            )
            y = stacked(p, x, y + 34 * s, "发证日期", [S(fk.date("cn"), "date")], lf, vf, iw * 0.5)
            c.text(x, y + 50 * s, "检验记录", lf, "label")
            c.text(x, y + 80 * s, "本证不得涂改、转借,遗失请及时补办。", p.font(16), "footer")
            q = int(ch * 0.34)
            c.qr(int(right - q - 40 * s), int(top + 50 * s), f"EB{fk.digits(14)}", size=q)
            seal(p, right - 40 * s - q / 2, top + ch - 100 * s, 80 * s, f"{city}市公安局交警支队")
    bottom = y0 + 2 * ch + 60 * s
    if rng.random() < 0.6:  # the copy's use note, written across the sheet's foot
        handwritten(
            p,
            m,
            bottom + 80 * s,
            [S("仅供小区停车登记使用 ", "other"), S(name, "name")],
            34,
            cjk=True,
        )
        bottom += 100 * s
    return _finish(c, bottom, 0, pad=m * 0.5)


def ebike_registration(rng: random.Random) -> Canvas:
    """An e-bike registration form filled in by hand, or its certificate copied on a sheet."""
    fk = ErrandFaker(rng)
    return _form(rng, fk) if rng.random() < 0.6 else _card(rng, fk)


LAYOUTS = {"ebike_registration": ebike_registration}
