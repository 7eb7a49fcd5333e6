"""Group chat: a screenshot of a messaging app's group (业主群, 家长群).

People are named by their group nicknames above the bubbles (often a flat number
and a surname, or a child's name and a role), in @-mentions, in system lines
("... 邀请 ... 加入了群聊"), in a shared contact card and inside the messages'
words; the app's chrome, times, notices and replies are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_community import CommunityFaker
from .kit import Faces, Pen, S, _finish
from .render import Canvas, Span

_GROUPS = (("业主群", "owners"), ("家长群", "parents"))
_WALL = (237, 237, 237)
_MINE = (149, 236, 105)


def _nickname(fk: CommunityFaker, rng: random.Random, kind: str) -> list[Span]:
    """A member's group nickname: a flat and a surname, or a child's name and a role."""
    if kind == "owners":
        return rng.choice(
            (
                [
                    S(fk.cn_door(), "door"),
                    S(" ", "other"),
                    S(fk.cn_surname() + rng.choice("姐哥叔姨"), "name"),
                ],
                [S(fk.cn_door(), "door")],
                [S(fk.cn_name(honorific=0.0), "name")],
            )
        )
    return [S(fk.cn_name(honorific=0.0), "name"), S(rng.choice(("妈妈", "爸爸", "奶奶")), "other")]


def _chat_line(fk: CommunityFaker, rng: random.Random, kind: str, k: int) -> list[Span]:
    """One message's words, personal parts marked."""
    if k == 0:
        return [
            S("@" + fk.cn_name(honorific=0.0), "name"),
            S(" 你的快递放我家门口了,", "other"),
            S(fk.cn_door(), "door"),
        ]
    if k == 1:
        return [
            S("有事可以直接打我电话", "other"),
            S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
        ]
    if k == 2 and kind == "owners":
        return [
            S(
                f"物业通知:明天{rng.randint(8, 10)}:00-{rng.randint(14, 17)}:00停水检修,请大家提前储水。",
                "other",
            )
        ]
    if k == 2:
        return [
            S(
                f"各位家长,明天{rng.choice(('春游', '运动会', '家长会'))}请孩子穿校服,8点前到校。",
                "other",
            )
        ]
    if k == 3:
        return [S(rng.choice(("收到", "好的,谢谢", "收到,谢谢老师", "好的")), "other")]
    return [
        S("谁捡到一串钥匙?蓝色挂件,请联系", "other"),
        S(fk.cn_name(honorific=0.0), "name"),
        S(" ", "other"),
        S(fk.cn_mobile_digits(), "phone"),
    ]


def group_chat_screenshot(rng: random.Random) -> Canvas:
    """A messaging app's group chat: nicknames over bubbles, system lines, a contact card."""
    fk = CommunityFaker(rng)
    W = rng.choice((720, 828, 1080))
    c = Canvas(W, int(W * 3.2), paper=_WALL, ink=(20, 20, 20))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    s, m = p.s, int(24 * p.s)
    grey = (92, 92, 92)
    f, small = p.font(rng.uniform(28, 31)), p.font(21)
    title, kind = rng.choice(_GROUPS)
    name = (
        fk.cn_estate() + f"{rng.randint(1, 4)}期" + title
        if kind == "owners"
        else f"{rng.choice(('一', '二', '三'))}年级{rng.randint(1, 8)}班{title}"
    )
    c.draw.rectangle([0, 0, W, 150 * s], fill=(237, 237, 237))
    c.text(m + 16 * s, 40 * s, fk.time(False), p.font(24, bold=True), "other")
    c.text(W - m, 40 * s, f"{rng.randint(12, 99)}%", p.font(24, bold=True), "other", anchor="rs")
    c.text(m, 115 * s, "<", p.font(40), "other")
    c.text(
        W / 2,
        115 * s,
        f"{name}({rng.randint(30, 499)})",
        p.font(31, bold=True),
        "other",
        anchor="ms",
    )
    c.text(W - m, 115 * s, "···", p.font(34, bold=True), "other", anchor="rs")
    c.draw.line([(0, 150 * s), (W, 150 * s)], fill=(215, 215, 215), width=1)
    y = 200 * s
    avatar = 80 * s
    bw = W * 0.62
    day, hour = rng.choice(("昨天 ", "星期六 ", "")), rng.randint(7, 12)
    plan = [0, 1, 2, 3, 4, "card", "sys"]
    rng.shuffle(plan)
    for k in plan[: rng.randint(5, 7)]:
        hour += rng.randint(0, 2)
        if rng.random() < 0.35:
            c.text(
                W / 2,
                y,
                f"{day}{hour}:{rng.randint(0, 59):02d}",
                small,
                "date",
                anchor="ms",
                fill=grey,
            )
            y += 50 * s
        if k == "sys":
            y += 20 * s
            sys_line = [
                S("“", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S("”邀请“", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S("”加入了群聊", "other"),
            ]
            width = sum(p.width(sp.text, small) for sp in sys_line)
            c.draw.rounded_rectangle(
                [W / 2 - width / 2 - 14 * s, y - 30 * s, W / 2 + width / 2 + 14 * s, y + 12 * s],
                radius=int(8 * s),
                fill=(225, 225, 225),
            )
            c.line(W / 2 - width / 2, y, sys_line, small, fill=(110, 110, 110))
            y += 70 * s
            continue
        mine = k in (1, 3) and rng.random() < 0.5
        ax = W - m - avatar if mine else m
        c.draw.rounded_rectangle(
            [ax, y, ax + avatar, y + avatar],
            radius=int(8 * s),
            fill=tuple(rng.randint(90, 210) for _ in range(3)),
        )
        bx = (ax - 20 * s - bw) if mine else (ax + avatar + 20 * s)
        top = y
        if not mine:  # the sender's group nickname, small and grey, above the bubble
            c.line(bx, y + 20 * s, _nickname(fk, rng, kind), small, fill=grey)
            top = y + 34 * s
        if k == "card":  # a shared contact card
            ch = 210 * s
            c.draw.rounded_rectangle(
                [bx, top, bx + bw, top + ch], radius=int(10 * s), fill=(255, 255, 255)
            )
            c.draw.rounded_rectangle(
                [bx + 24 * s, top + 24 * s, bx + 114 * s, top + 114 * s],
                radius=int(6 * s),
                fill=(180, 200, 220),
            )
            c.text(bx + 136 * s, top + 62 * s, fk.cn_name(honorific=0.0), f, "name")
            c.line(
                bx + 136 * s,
                top + 104 * s,
                [S("微信号: ", "label"), S(fk.wechat_id(), "id_number")],
                small,
                fill=grey,
            )
            c.draw.line(
                [(bx + 24 * s, top + 145 * s), (bx + bw - 24 * s, top + 145 * s)],
                fill=(225, 225, 225),
                width=1,
            )
            c.text(bx + 24 * s, top + 185 * s, "个人名片", small, "label", fill=grey)
            y = top + ch + 40 * s
            continue
        spans = _chat_line(fk, rng, kind, int(k))
        pad = 22 * s
        text_w = min(bw - 2 * pad, sum(p.width(sp.text, f) for sp in spans) + 4 * s)
        args = (0.0, top + pad + f.size * 0.85, spans, f, text_w, f.size * 1.4)
        end = Canvas(W, c.height).wrap(*args, max_lines=5)  # measured first: the bubble goes under
        x0 = (ax - 20 * s - text_w - 2 * pad) if mine else bx
        c.draw.rounded_rectangle(
            [x0, top, x0 + text_w + 2 * pad, end - f.size * 1.1 + pad * 0.8],
            radius=int(10 * s),
            fill=_MINE if mine else (255, 255, 255),
        )
        c.wrap(x0 + pad, *args[1:], max_lines=5)
        y = max(end + pad, y + avatar) + 30 * s
    c.draw.rectangle([0, y, W, y + 130 * s], fill=(246, 246, 246))
    c.draw.rounded_rectangle(
        [m + 70 * s, y + 25 * s, W - m - 170 * s, y + 95 * s],
        radius=int(8 * s),
        fill=(255, 255, 255),
    )
    if rng.random() < 0.4:  # hold-to-talk mode: the box holds its caption
        c.text(
            (W - 100 * s) / 2, y + 72 * s, "按住 说话", p.font(28, bold=True), "label", anchor="ms"
        )
        c.text(W - m - 20 * s, y + 75 * s, "+", p.font(36), "other", anchor="rs")
    else:
        c.text(W - m - 20 * s, y + 75 * s, "发送", p.font(30), "label", anchor="rs")
    return _finish(c, y + 130 * s, 0)


LAYOUTS = {"group_chat_screenshot": group_chat_screenshot}
