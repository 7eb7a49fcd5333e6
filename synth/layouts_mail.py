"""E-mail: a message printed from a webmail page.

Its people sit in the headers as ``Name <address>`` (after From/To/Cc or with no
label at all, as webmail prints them), in the greeting, in the body's running
prose and in the sender's signature block; subjects, dates, the mail app's
chrome, booking references and the print header and footer are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_community import CommunityFaker
from .kit import Faces, Pen, S, _finish
from .render import Canvas, Span

_EN_SUBJECTS = (
    ("Re: Viewing on Saturday", "viewing"),
    ("Your booking confirmation", "booking"),
    ("Fwd: Keys for the flat", "keys"),
    ("Re: School trip permission", "trip"),
)
_CN_SUBJECTS = ("回复: 周六看房安排", "转发: 钥匙交接", "关于下周面试的安排", "回复: 发票寄送地址")


def _addr(name: str, mail: str) -> list[Span]:
    return [S(name, "name"), S(f" <{mail}>", "email")]


def _people(fk: CommunityFaker, cn: bool, k: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(k):
        name = fk.cn_name(honorific=0.0) if cn else fk.en_name()
        out.append((name, fk.email(None if cn else name)))
    return out


def _body(
    fk: CommunityFaker, rng: random.Random, cn: bool, to: str, topic: str
) -> list[list[Span]]:
    """Paragraphs of the message: a greeting, prose holding a phone or an address."""
    region, street, door = fk.cn_address_parts()
    if cn:
        return [
            [S(to, "name"), S(rng.choice(("您好:", "你好,", ":")), "other")],
            [
                S("附件是这次的资料,请查收。如需当面交接,可以到", "other"),
                S(region + street, "address"),
                S(door, "door"),
                S(",或者直接打我手机", "other"),
                S(fk.cn_mobile("plain"), "phone"),
            ],
            [
                S(
                    f"时间定在{rng.randint(1, 12)}月{rng.randint(1, 28)}日下午{rng.randint(2, 5)}点,如有变动请提前告知。",
                    "other",
                )
            ],
            [S("谢谢!", "other")],
        ]
    lines = [ln for ln in fk.uk_block() if ln.segments[0][1] != "door"]
    street_line, town = lines[0], lines[-1]
    first = to.split()[0]
    middle = {
        "viewing": "Saturday at 11am works for us. We will meet you at ",
        "booking": "Thanks for booking with us. Our engineer will call at ",
        "keys": "I've left the spare keys with my neighbour at ",
        "trip": "Please drop the signed form off at ",
    }[topic]
    return [
        [S(rng.choice(("Hi ", "Dear ", "Hello ")), "other"), S(first, "name"), S(",", "other")],
        [
            S(middle, "other"),
            S(f"Flat {rng.randint(1, 30)}", "door"),
            S(", ", "other"),
            *[S(t, k) for t, k in street_line.segments],
            S(", ", "other"),
            *[S(t, k) for t, k in town.segments],
            S(". If anything changes, text me on ", "other"),
            S(fk.uk_phone(), "phone"),
            S(".", "other"),
        ],
        [
            S(
                f"Your reference is {fk.upper(3)}{fk.digits(5)} - please quote it if you call.",
                "other",
            )
        ],
        [S(rng.choice(("Best wishes,", "Kind regards,", "Thanks,", "Cheers,")), "other")],
    ]


def email_printout(rng: random.Random) -> Canvas:
    """A webmail page printed to paper: print header, app bar, subject, headers, body,
    signature, an earlier message quoted, print footer."""
    fk = CommunityFaker(rng)
    cn = rng.random() < 0.3
    W = rng.choice((1240, 1300))
    c = Canvas(W, int(W * 1.5), paper=(255, 255, 255), ink=(rng.randint(10, 40),) * 3)
    p = Pen(rng, c, Faces.pick(rng, cjk=cn), W / 1240)
    m = int(W * rng.uniform(0.06, 0.08))
    right = W - m
    grey = (75, 75, 80)
    f, small = p.font(rng.uniform(20, 23)), p.font(16)
    lh = f.size * 1.55
    subject = rng.choice(_CN_SUBJECTS) if cn else rng.choice(_EN_SUBJECTS)
    topic = "" if cn else subject[1]
    subject_text = subject if cn else subject[0]
    app = (
        rng.choice(("Kestrel Mail", "Webmail", "MailBox", "Outlook Web"))
        if not cn
        else rng.choice(("网易邮箱", "企业邮箱", "QQ邮箱"))
    )
    owner, sender, *others = _people(fk, cn, 2 + rng.randint(0, 2))
    day = fk.date("iso" if cn else "in")  # sent, answered and printed the same day
    stamp = f"{day}, {fk.time(False)}"
    y = m * 0.6
    c.text(m, y, stamp, small, "date", fill=grey)
    c.text(W / 2, y, f"{app} - {subject_text}", small, "footer", anchor="ms", fill=grey)
    y += 50 * p.s
    c.text(m, y, app, p.font(28, bold=True), "brand")
    c.line(right - p.width(f"{owner[0]} <{owner[1]}>", f), y, _addr(*owner), f)  # the account
    y += 18 * p.s
    c.hline(m, right, y, width=2)
    y += 60 * p.s
    c.text(m, y, subject_text, p.font(30, bold=True), "other")
    y += 60 * p.s
    labelled = rng.random() < 0.55  # Outlook-style labels, or Gmail-style bare headers
    to_list = [owner, *others[:1]]
    cc_list = others[1:]
    when = f"{day} {fk.time(False)}"
    if labelled:
        words = ("发件人:", "收件人:", "抄送:", "时间:") if cn else ("From:", "To:", "Cc:", "Sent:")
        heads = [
            (words[0], _addr(*sender)),
            (
                words[1],
                [
                    sp
                    for i, pr in enumerate(to_list)
                    for sp in ((S("; ", "other"),) if i else ()) + tuple(_addr(*pr))
                ],
            ),
        ]
        if cc_list:
            heads.append(
                (
                    words[2],
                    [
                        sp
                        for i, pr in enumerate(cc_list)
                        for sp in ((S("; ", "other"),) if i else ()) + tuple(_addr(*pr))
                    ],
                )
            )
        heads.append((words[3], [S(when, "date")]))
        for lab, spans in heads:
            c.line(m, y, [S(lab, "label")], p.font(f.size / p.s, bold=True))
            y = c.wrap(m + 110 * p.s, y, spans, f, right - m - 110 * p.s, lh, max_lines=2)
    else:
        c.draw.ellipse([m, y - 34 * p.s, m + 52 * p.s, y + 18 * p.s], fill=(120, 150, 200))
        x = c.line(m + 70 * p.s, y, [S(sender[0], "name")], p.font(f.size / p.s, bold=True))
        c.line(x + 10 * p.s, y, [S(f"<{sender[1]}>", "email")], small, fill=grey)
        c.text(right, y, when, small, "date", anchor="rs", fill=grey)
        y += lh
        x = c.line(m + 70 * p.s, y, [S("收件人 " if cn else "to ", "label")], small, fill=grey)
        for i, pr in enumerate(to_list + cc_list):
            if i:  # the commas between recipients are drawn but are no item of their own
                c.text(x, y, ", ", small, "other", fill=grey, record=False)
                x += p.width(", ", small)
            who = S("我" if cn else "me", "other") if i == 0 else S(pr[0].split()[0], "name")
            x = c.line(x, y, [who], small, fill=grey)
    y += lh * 1.4
    for para in _body(fk, rng, cn, to_list[0][0], topic):
        y = c.wrap(m, y, para, f, right - m, lh, max_lines=4) + lh * 0.4
    # The signature block: name, role, company, phone, e-mail (the company's own
    # address and web page are ordinary).
    y += lh * 0.2
    c.text(m, y, "--", f, "other")
    y += lh
    sig = [
        [S(sender[0], "name")],
        [
            S(
                rng.choice(
                    ("销售经理", "行政专员", "客户经理")
                    if cn
                    else ("Lettings Negotiator", "Office Manager", "Customer Services")
                ),
                "other",
            )
        ],
        [S(fk.cn_company() if cn else fk.en_company(), "shop")],
        [
            S("手机: " if cn else rng.choice(("M: ", "Mobile ", "Tel ")), "label"),
            S(fk.cn_mobile("plain") if cn else fk.uk_phone(), "phone"),
        ],
        [S("邮箱: " if cn else "E: ", "label"), S(sender[1], "email")],
        [S(f"www.{fk.web_domain()}", "other")],
    ]
    sf = small if rng.random() < 0.3 else f
    for spans in sig[: rng.randint(4, 6)]:
        c.line(m, y, spans, sf)
        y += sf.size * 1.4
    if rng.random() < 0.6:  # the message it answers, quoted
        y += lh * 0.6
        head = (
            [S(f"在 {day} {fk.time(False)}, ", "other"), *_addr(*owner), S(" 写道:", "other")]
            if cn
            else [
                S(f"On {day} at {fk.time(False)}, ", "other"),
                *_addr(*owner),
                S(" wrote:", "other"),
            ]
        )
        y = c.wrap(m, y, head, f, right - m, lh, max_lines=2)
        top = y - f.size
        quote = [
            S(
                "好的,我下午在家,到了打我电话 "
                if cn
                else "Great, I'll be in all afternoon. Call me on ",
                "other",
            ),
            S(fk.cn_mobile_digits() if cn else fk.uk_phone(), "phone"),
        ]
        y = c.wrap(m + 30 * p.s, y, quote, f, right - m - 30 * p.s, lh, max_lines=3, fill=grey)
        c.vline(m + 8 * p.s, top, y - lh * 0.6, width=max(2, int(3 * p.s)))
    y += lh * 2
    c.text(
        m,
        y,
        f"https://mail.{fk.web_domain()}/#inbox/{fk.alnum(16).lower()}",
        small,
        "footer",
        fill=grey,
    )
    c.text(right, y, "1/1", small, "footer", anchor="rs", fill=grey)
    return _finish(c, y, 0, pad=m * 0.5)


LAYOUTS = {"email_printout": email_printout}
