"""Funerals and memorials: a Chinese 讣告 posted on a board (running text, or columns
read top to bottom from the right), an English funeral notice card, or a German
Traueranzeige.

Personal: the deceased's name (and the portrait in a black frame, when there is
one), the date of birth (an ``id_number``, as on every other family), the family
named in running text or in a list ("长子 王建国、次女 王丽 泣告", "beloved wife of
Margaret", "In Liebe: Maria, Thomas und Anna"), the family home's address (the
mourning hall at home, where the cortège leaves from, the German Traueranschrift)
and the phone of the family member to contact. Ordinary: the date of death and the
age, the time and place of the service, the funeral hall's or church's name and
address, the funeral director's own phone, the set phrases and headings.
"""

from __future__ import annotations

import random
import re

from .fakedata_errands import ErrandFaker
from .formkit import sheet
from .formkit_blanks import upright_word
from .funeral_cards import english_notice, framed, german_notice, grey_portrait
from .kit import S, hand_font
from .render import Canvas, Span

_CN_KIN = ("长子", "次子", "长女", "次女", "儿媳", "女婿", "孙子", "孙女", "外孙")
_CN_CAUSE = ("因病医治无效", "因突发疾病抢救无效", "因年迈体衰", "经多方救治无效")
_CN_HALLS = ("殡仪馆", "殡仪服务中心")
_CN_ROOMS = ("一号告别厅", "福寿厅", "永安厅", "怀念厅", "二号厅")
_CN_LIFE = ("生前系本市第二纺织厂退休职工", "生前系县人民医院退休医生", "一生勤劳朴实,乐于助人")


_DIGITS = "〇一二三四五六七八九"


def _cn_numerals(text: str) -> str:
    """Arabic numbers as a brush writes them down a column: years digit by digit
    (一九五一), months, days and ages counted (十二, 二十三)."""

    def one(m: re.Match[str]) -> str:
        n = m.group()
        if len(n) > 2:
            return "".join(_DIGITS[int(d)] for d in n)
        v = int(n)
        tens, units = divmod(v, 10)
        head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
        return head + (_DIGITS[units] if units or not v else "")

    return re.sub(r"\d+", one, text)


def _cn_family(rng: random.Random, fk: ErrandFaker, surname: str) -> list[tuple[str, str]]:
    """(kin word, name) pairs, the sons carrying the deceased's surname."""
    kin = sorted(rng.sample(_CN_KIN, rng.randint(2, 5)), key=_CN_KIN.index)
    out = []
    for k in kin:
        own = k in ("长子", "次子", "孙子", "孙女")
        given = fk.cn_given_name()
        out.append((k, surname + given if own else fk.cn_name(honorific=0.0)))
    return out


def _cn_text(rng: random.Random, fk: ErrandFaker) -> tuple[str, list[list[Span]], list[Span]]:
    """The deceased's name and the notice's sentences (one span list each), and the
    signature line of the family."""
    surname = fk.cn_surname()
    male = rng.random() < 0.55
    dead = surname + fk.cn_given_name()
    year, die = rng.randint(1925, 1965), rng.randint(2025, 2026)
    dob = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    month, d = rng.randint(1, 12), rng.randint(1, 22)
    day = f"{die}年{month}月{d}日"
    city = rng.choice(("杭州市", "西安市", "成都市", "合肥市", "本市"))
    hall = f"{city}{rng.choice(_CN_HALLS)}{rng.choice(_CN_ROOMS)}"
    home, _pc = fk.cn_address(with_door=0.9)
    family = _cn_family(rng, fk, surname)
    sentences = [
        [
            S("先父" if male else "先母", "other"),
            S(dead, "name"),
            S(("先生" if male else "女士") + ",", "other"),
        ],
        [S(f"{rng.choice(_CN_LIFE)}。生于", "other"), S(dob, "id_number"), S(",", "other")],
        [
            S(f"{rng.choice(_CN_CAUSE)},不幸于", "other"),
            S(day, "date"),
            S(f"凌晨{rng.randint(1, 5)}时逝世,享年{die - year}岁。", "other"),
        ],
        [
            S(f"兹定于{die}年{month}月{d + rng.randint(2, 5)}日上午", "other"),
            S(f"{rng.randint(7, 10)}时在{hall}举行遗体告别仪式。", "other"),
        ],
    ]
    if rng.random() < 0.7:
        sentences.append(
            [S("灵堂设于", "other"), *(S(t, k) for t, k in home.segments), S("。", "other")]
        )
    sentences.append([S("特此讣告。", "other")])
    sign: list[Span] = []
    for i, (k, name) in enumerate(family):
        sign += [
            S(("、" if i and family[i - 1][0] == k else "  ") + k + " ", "other"),
            S(name, "name"),
        ]
    sign.append(S("  泣告", "other"))
    return dead, sentences, sign


def _cn_flat(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100, 1400), 1.6, cjk=True, base=1000, margin=0.07)
    W, s = c.width, p.s
    y = m + 90 * s
    c.text(
        W / 2,
        y,
        rng.choice(("讣  告", "讣告", "讣 告")),
        p.font(72, bold=True),
        "label",
        anchor="ms",
    )
    y += 60 * s
    dead, sentences, sign = _cn_text(rng, fk)
    if rng.random() < 0.5:
        grey_portrait(c, p, W / 2 - 90 * s, y, 180 * s, 230 * s)
        y += 290 * s
    f = p.font(30)
    lh = f.size * 1.7
    body = [sp for sen in sentences for sp in sen]
    y = c.wrap(
        m + f.size * 2,
        y + f.size,
        body,
        f,
        right - m - f.size * 2,
        lh,
        indent=-f.size * 2,
        max_lines=12,
    )
    y += lh * 0.5
    y = c.wrap(m + (right - m) * 0.25, y, sign, f, (right - m) * 0.75, lh, max_lines=4)
    date = f"{rng.randint(2025, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    c.text(right, y, date, f, "date", anchor="rs")
    y += lh * 1.3
    contact = sign[1].text if len(sign) > 1 else dead
    spans = [
        S("联系人:", "label"),
        S(contact, "name"),
        S("  电话:", "label"),
        S(fk.cn_mobile(), "phone"),
    ]
    c.line(m, y, spans, p.font(26))
    y += lh
    if rng.random() < 0.6:
        c.line(
            m,
            y,
            [
                S("殡仪馆地址:", "label"),
                S(f"{rng.choice(('西郊', '南山', '北塔'))}路{rng.randint(1, 300)}号", "other"),
            ],
            p.font(26),
        )
        y += lh
    return framed(c, y, m, 0.4, max(4, int(10 * s)))


def _cn_columns(rng: random.Random, fk: ErrandFaker) -> Canvas:
    """The notice written in columns from the right, each column top to bottom."""
    c, p, m, _right = sheet(rng, (1300, 1500), 0.8, cjk=True, base=1300, margin=0.06)
    W, s = c.width, p.s
    brush = hand_font(p, 36, cjk=True) if rng.random() < 0.5 else p.font(34)
    step = brush.size * 1.15
    top, bottom = m + 40 * s, c.height - m - 20 * s
    per_col = int((bottom - top) / step)
    dead, sentences, sign = _cn_text(rng, fk)
    x = W - m - 50 * s
    upright_word(p, x, (top + bottom) / 2, "讣告", p.font(80, bold=True), "label")
    x -= 150 * s
    gap = step * rng.uniform(1.4, 1.9)
    columns = [
        [Span(_cn_numerals(sp.text), sp.category, sp.pii) for sp in sen] for sen in sentences
    ]
    columns.append(sign)
    for col in columns:
        y = top
        for sp in col:
            text = sp.text.replace(" ", "")
            while text:  # a span runs on into the next column when this one is full
                room = per_col - round((y - top) / step)
                if room <= 0:
                    x -= gap
                    y = top
                    room = per_col
                piece, text = text[:room], text[room:]
                upright_word(p, x, y + step * (len(piece) - 1) / 2, piece, brush, sp.category)
                y += step * len(piece)
        x -= gap
        if x < m + step:
            break
    return framed(c, c.height - m, m, 0.4, max(4, int(10 * s)))


def funeral_notice(rng: random.Random) -> Canvas:
    """A 讣告 (running text or columns), an English notice card or a Traueranzeige."""
    fk = ErrandFaker(rng)
    return rng.choices(
        (_cn_flat, _cn_columns, english_notice, german_notice), weights=(35, 20, 30, 15)
    )[0](rng, fk)


LAYOUTS = {"funeral_notice": funeral_notice}
