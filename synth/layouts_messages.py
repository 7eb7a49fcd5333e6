"""Messages: a phone screenshot of text messages (短信), one thread of chat bubbles or
the inbox list with previews.

Service notices and a friend's message are free text: pickup codes, verification
codes, amounts and app chrome are ordinary, while names, phones, doors, waybills
and card tails sit among them, with no label before any of them.
"""

from __future__ import annotations

import random

from .fakedata_records import RecordFaker
from .kit import Faces, Pen, S, _finish
from .render import Canvas, Span


def _message(fk: RecordFaker, rng: random.Random, kind: int) -> tuple[str, list[Span]]:
    """One text message: who sent it and its words, personal parts marked."""
    estate = rng.choice(("锦绣花园", "翠湖山庄", "滨江华府", "金色家园"))
    if kind == 0:
        return "丰巢智能柜", [
            S("【丰巢】您的快递已放入", "other"),
            S(f"{estate}{rng.randint(1, 12)}栋", "address"),
            S(f"旁丰巢柜,取件码{fk.digits(6)},请及时取件。快递员", "other"),
            S(fk.cn_name(honorific=0.0), "name"),
            S(" ", "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
    if kind == 1:
        return "顺丰速运", [
            S("【顺丰速运】您的快件", "other"),
            S(f"SF{fk.digits(13)}", "tracking"),
            S("正在派送中,派件员:", "other"),
            S(fk.cn_name(honorific=0.0), "name"),
            S(",电话:", "other"),
            S(fk.cn_mobile_digits(), "phone"),
            S(",请保持电话畅通。", "other"),
        ]
    if kind == 2:
        return "95" + fk.digits(3), [
            S(f"【{fk.cn_bank()}】您尾号", "other"),
            S(fk.digits(4), "card_number"),
            S(
                f"的储蓄卡{rng.randint(1, 12)}月{rng.randint(1, 28)}日{fk.time(False)}消费支出人民币{fk.price(5, 900)}元,余额{fk.price(100, 9000)}元。",
                "other",
            ),
        ]
    if kind == 3:
        return "人民医院", [
            S("【市人民医院】", "other"),
            S(fk.cn_name(honorific=0.0), "name"),
            S(
                f"您好,您已成功预约{rng.randint(1, 12)}月{rng.randint(1, 28)}日上午{rng.choice(('心内科', '口腔科', '皮肤科'))}",
                "other",
            ),
            S(fk.cn_name(honorific=0.0), "name"),
            S(f"医生门诊,就诊序号{rng.randint(1, 40)},请携带身份证按时就诊。", "other"),
        ]
    if kind == 4:
        return "1069" + fk.digits(8), [
            S(
                f"【{rng.choice(('淘宝', '京东', '拼多多'))}】验证码{fk.digits(6)},用于身份验证,5分钟内有效,请勿泄露。",
                "other",
            )
        ]
    if kind == 5:
        who = fk.cn_name(honorific=0.0)
        return who, [
            S("你好,我是", "other"),
            S(who, "name"),
            S(",这是我的新号码", "other"),
            S(fk.cn_mobile_digits(), "phone"),
            S(",请惜存。", "other"),
        ]
    return f"{estate}物业", [
        S(f"【{estate}物业】尊敬的", "other"),
        S(fk.cn_door(), "door"),
        S(f"业主,您家本月水费{fk.price(20, 160)}元已出账,请及时缴纳。", "other"),
    ]


def _preview(p: Pen, spans: list[Span], font, width: float) -> list[Span]:
    """The spans cut to ``width`` pixels and ended with an ellipsis, as inbox lists show."""
    out: list[Span] = []
    used = 0.0
    for sp in spans:
        w = p.width(sp.text, font)
        if used + w <= width:
            out.append(sp)
            used += w
            continue
        n = len(sp.text)
        while n and used + p.width(sp.text[:n] + "…", font) > width:
            n -= 1
        if sp.text[:n].strip():
            out.append(Span(sp.text[:n], sp.category, sp.pii))
        out.append(S("…", "other"))
        break
    return out


def sms_inbox_screenshot(rng: random.Random) -> Canvas:
    """A messages app: one thread of bubbles, or the inbox list with previews."""
    fk = RecordFaker(rng)
    W = rng.choice((720, 828, 1080))
    dark = (rng.randint(10, 30),) * 3
    c = Canvas(W, int(W * 3.0), paper=(255, 255, 255), ink=dark)  # trimmed to the content
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    m = int(28 * p.s)
    right = W - m
    grey = (105, 105, 110)
    f, small = p.font(rng.uniform(27, 30)), p.font(22)
    y = 40 * p.s
    c.text(m + 20 * p.s, y, fk.time(False), p.font(24, bold=True), "other")
    c.text(
        right - 20 * p.s,
        y,
        f"{rng.choice(('5G', '4G', 'WiFi'))}  {rng.randint(12, 99)}%",
        p.font(24, bold=True),
        "other",
        anchor="rs",
    )
    y += 90 * p.s
    if rng.random() < 0.5:  # one thread from a service number
        c.text(m, y, "<", p.font(36), "other")
        c.text(W / 2, y, "1069" + fk.digits(8), p.font(30, bold=True), "other", anchor="ms")
        y += 30 * p.s
        c.hline(0, W, y, width=1)
        y += 50 * p.s
        bw = W * 0.74
        for kind in [rng.choice((0, 1, 3))] + rng.sample((0, 1, 2, 3, 4, 6), rng.randint(2, 4)):
            c.text(
                W / 2,
                y,
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {fk.time(False)}",
                small,
                "date",
                anchor="ms",
                fill=grey,
            )
            y += 30 * p.s
            _, spans = _message(fk, rng, kind)
            args = (m + 24 * p.s, y + 24 * p.s + f.size, spans, f, bw - 48 * p.s, f.size * 1.45)
            end = Canvas(W, c.height).wrap(
                *args, max_lines=6
            )  # measured first: the bubble goes under
            c.draw.rounded_rectangle(
                [m, y, m + bw, end - f.size * 0.2], radius=int(22 * p.s), fill=(236, 236, 238)
            )
            c.wrap(*args, max_lines=6)
            y = end + 40 * p.s
        c.draw.rounded_rectangle(
            [m, y, right, y + 70 * p.s], radius=int(35 * p.s), outline=grey, width=2
        )
        c.text(
            m + 30 * p.s,
            y + 46 * p.s,
            rng.choice(("短信", "短信/彩信", "发送信息")),
            small,
            "label",
            fill=grey,
        )
        y += 70 * p.s
    else:  # the inbox: a friend's message among service notices
        c.text(m, y + 20 * p.s, rng.choice(("信息", "短信")), p.font(46, bold=True), "label")
        y += 60 * p.s
        c.draw.rounded_rectangle(
            [m, y, right, y + 64 * p.s], radius=int(20 * p.s), fill=(238, 238, 240)
        )
        c.text(m + 30 * p.s, y + 42 * p.s, "搜索", small, "label", fill=grey)
        y += 110 * p.s
        kinds = [5, *rng.sample((0, 1, 2, 3, 4, 6), rng.randint(4, 6))]
        rng.shuffle(kinds)
        pf = p.font(23)
        avail = right - m - 110 * p.s
        for kind in kinds:
            sender, spans = _message(fk, rng, kind)
            c.draw.ellipse([m, y - 10 * p.s, m + 80 * p.s, y + 70 * p.s], fill=(200, 205, 215))
            c.text(
                m + 110 * p.s,
                y + 20 * p.s,
                sender,
                p.font(28, bold=True),
                "name" if kind == 5 else "other",
            )
            c.text(
                right,
                y + 20 * p.s,
                rng.choice(
                    ("昨天", "星期二", fk.time(False), f"{rng.randint(1, 12)}/{rng.randint(1, 28)}")
                ),
                small,
                "date",
                anchor="rs",
                fill=grey,
            )
            c.wrap(
                m + 110 * p.s,
                y + 60 * p.s,
                _preview(p, spans, pf, avail * 1.7),
                pf,
                avail,
                pf.size * 1.35,
                max_lines=2,
                fill=grey,
            )
            y += 150 * p.s
            c.hline(m + 110 * p.s, right, y - 20 * p.s, width=1)
    return _finish(c, y, 0, pad=40 * p.s)


LAYOUTS = {"sms_inbox_screenshot": sms_inbox_screenshot}
