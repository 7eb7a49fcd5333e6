"""Private loans: an IOU written by hand on ruled paper, a Chinese 借条 or 欠条 or an
English "I, …, of …, owe …" note.

Almost everything is running handwriting: the borrower's and lender's names, the
borrower's ID number and address and the amount in words sit inside the sentences,
with no form around them. Under the body come the borrower's signature with a red
thumbprint pressed over it, the ID number, phone and address after short labels,
and the date; the English note adds a witness who signs and leaves a phone. The
amounts, dates, purpose and terms are ordinary; names, ID numbers, phones and
addresses are personal.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker, cn_capital, en_words
from .formkit import HAND_INKS, sheet
from .formkit_marks import ruled_paper, thumbprint
from .kit import S, _finish, hand_font
from .render import Canvas, Span

_CN_PURPOSES = ("用于资金周转", "用于购房首付", "用于店铺装修", "用于孩子学费", "用于看病")
_EN_PURPOSES = ("towards the deposit on a car", "to cover rent arrears", "for the shop's stock")


def _cn_body(
    rng: random.Random, fk: ErrandFaker, borrower: str, lender: str
) -> tuple[str, list[Span]]:
    yuan = rng.choice((3000, 5000, 8000, 10000, 20000, 35000, 50000, 120000))
    due = f"{rng.randint(2026, 2028)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if rng.random() < 0.6:
        title = "借条"
        spans = [
            S("今借到", "other"),
            S(lender, "name"),
            S("(身份证号:", "other"),
            S(fk.cn_resident_id(), "id_number"),
            S(")人民币", "other"),
            S(cn_capital(yuan), "price"),
            S(f"(¥{yuan:,}.00),", "price"),
            S(rng.choice(_CN_PURPOSES) + f",约定于{due}前一次性归还。", "other"),
            S(f"如逾期未还,按年利率{rng.choice((4, 6, 8))}%支付利息。", "other"),
        ]
    else:
        title = "欠条"
        spans = [
            S("本人", "other"),
            S(borrower, "name"),
            S("今欠", "other"),
            S(lender, "name"),
            S(rng.choice(("货款", "工程款", "借款")) + "人民币", "other"),
            S(cn_capital(yuan), "price"),
            S(f"(¥{yuan:,}.00),", "price"),
            S(f"于{due}前还清。特立此据。", "other"),
        ]
    return title, spans


def _en_body(
    rng: random.Random, fk: ErrandFaker, borrower: str, lender: str
) -> tuple[str, list[Span]]:
    pounds = rng.choice((250, 600, 1200, 1500, 2400, 5000))
    street, town = fk.uk_address()
    addr = " ".join(t for ln in (street, town) for t, _k in ln.segments)
    return "IOU", [
        S("I, ", "other"),
        S(borrower, "name"),
        S(", of ", "other"),
        S(addr, "address"),
        S(", acknowledge that I owe ", "other"),
        S(lender, "name"),
        S(" the sum of ", "other"),
        S(f"£{pounds:,}", "price"),
        S(" (", "other"),
        S(f"{en_words(pounds)} pounds", "price"),
        S(f"), lent to me {rng.choice(_EN_PURPOSES)}. I promise to repay it in full by ", "other"),
        S(fk.date("dmy"), "date"),
        S(".", "other"),
    ]


def handwritten_iou(rng: random.Random) -> Canvas:
    """A hand-written IOU on ruled paper: body, signature with thumbprint, details, date."""
    fk = ErrandFaker(rng)
    cjk = rng.random() < 0.6
    c, p, m, right = sheet(rng, (1000, 1100), 1.35, cjk=cjk, base=1000, margin=(0.07, 0.09))
    s, w = p.s, right - m
    ink = rng.choice(HAND_INKS)
    hf = hand_font(p, rng.uniform(34, 40), cjk=cjk)
    step = hf.size * 1.7
    notebook = rng.random() < 0.5
    x = m + (90 * s if notebook else 0)
    tw = right - x
    ruled_paper(
        p, m - 20 * s, right + 20 * s, m + 60 * s + step, c.height - m, step, margin=notebook
    )
    if cjk:
        borrower, lender = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
        title, body = _cn_body(rng, fk, borrower, lender)
    else:
        borrower, lender = fk.en_name(), fk.en_name()
        title, body = _en_body(rng, fk, borrower, lender)
    y = m + 60 * s
    c.text(m + w / 2, y, title, hand_font(p, 54, cjk=cjk), "label", anchor="ms", fill=ink)
    y += step - 6 * s
    indent = hf.size * 2 if cjk else 0.0
    y = c.wrap(x + indent, y, body, hf, tw - indent, step, indent=-indent, fill=ink, max_lines=9)
    lf = hf.font_variant(size=int(hf.size * 0.9))
    details: list[list[Span]] = []
    if cjk:
        addr, _pc = fk.cn_address(with_door=1.0)
        details = [
            [S("借款人:" if title == "借条" else "欠款人:", "label")],
            [S("身份证号:", "label"), S(fk.cn_resident_id(), "id_number")],
            [S("联系电话:", "label"), S(fk.cn_mobile("plain"), "phone")],
            [S("住址:", "label"), *(S(t, k) for t, k in addr.segments)],
        ]
    else:
        details = [
            [S("Signed:", "label")],
            [S("Phone:", "label"), S(" ", "other"), S(fk.uk_phone(), "phone")],
            [S("Witness:", "label"), S(" ", "other"), S(fk.en_name(), "name")],
            [S("Witness phone:", "label"), S(" ", "other"), S(fk.uk_phone(), "phone")],
        ]
    y += step * 0.3
    dx = x + tw * (0.35 if cjk else 0.0)
    for k, spans in enumerate(details):
        end = c.wrap(dx, y, spans, lf, right - dx, step, fill=ink, max_lines=2)
        if k == 0:  # the signature after the first label, with the thumbprint over it
            sx = dx + p.width(spans[0].text, lf) + 20 * s
            sig = hand_font(p, 46, cjk=cjk)
            c.text(sx, y, borrower, sig, "name", fill=ink)
            if cjk or rng.random() < 0.3:
                thumbprint(p, sx + p.width(borrower, sig) * 0.6, y - sig.size * 0.4, 38 * s)
        y = end
    date = fk.date("cn") if cjk else fk.date("dmy")
    c.text(right, y, date, lf, "date", anchor="rs", fill=ink)
    return _finish(c, y, 0, pad=m)


LAYOUTS = {"handwritten_iou": handwritten_iou}
