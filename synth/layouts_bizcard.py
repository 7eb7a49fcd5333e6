"""Business and visiting cards: a card's front and back laid on the scanner glass (or
photographed), Chinese with an English back, English only, or German.

The person's name is the largest line; the title and the firm stay ordinary. The
mobile, the e-mail, a WeChat ID and a QR code that adds the person as a contact are
personal. The office's landline (with or without an extension), its fax and its
address are the firm's, like a shop's header on a receipt: business data, neither
required nor counted as collateral (``shop_phone``, ``shop_address``). Contacts are
printed after labels (手机: / Mobile), after one-letter prefixes (M T E), after small
round icons, or bare with no label at all. The back repeats the card in English (an
English first name with the surname), or carries the firm's services and a QR; a
note may be written on it by hand ("mobile changed to ...", a colleague's name).
"""

from __future__ import annotations

import random
import unicodedata

from .fakedata_permits import PermitFaker
from .formkit import fit, handwritten
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

#: (label, prefix) for each contact kind, by language.
_LABELS = {
    "cn": {
        "mob": ("手机:", "M"),
        "tel": ("电话:", "T"),
        "fax": ("传真:", "F"),
        "mail": ("邮箱:", "E"),
        "wx": ("微信:", "W"),
        "addr": ("地址:", "A"),
    },
    "en": {
        "mob": ("Mobile", "M"),
        "tel": ("Tel", "T"),
        "fax": ("Fax", "F"),
        "mail": ("Email", "E"),
        "wx": ("WeChat", "W"),
        "addr": ("", ""),
    },
    "de": {
        "mob": ("Mobil", "M"),
        "tel": ("Tel.", "T"),
        "fax": ("Fax", "F"),
        "mail": ("E-Mail", "E"),
        "wx": ("WeChat", "W"),
        "addr": ("", ""),
    },
}
_SERVICES = {
    "cn": (
        "主营业务",
        (
            "品牌策划 · 空间设计",
            "进出口贸易代理",
            "企业法律顾问",
            "网站与小程序开发",
            "全屋定制 · 旧房翻新",
        ),
    ),
    "en": (
        "Services",
        (
            "Brand strategy",
            "Freight forwarding",
            "Residential design",
            "Planning applications",
            "IT support",
        ),
    ),
    "de": (
        "Leistungen",
        ("Planung und Bauleitung", "Energieberatung", "Import und Export", "Innenausbau"),
    ),
}
_TAGLINES = {
    "cn": ("用心服务 · 合作共赢", "专业 · 诚信 · 高效", "让设计回归生活"),
    "en": ("Built on trust since 1998", "Design that works", "Moving your business forward"),
    "de": ("Qualität seit 1987", "Ihr Partner für Technik", "Planen. Bauen. Leben."),
}
_ACCENTS = ((180, 30, 40), (20, 70, 140), (20, 110, 90), (40, 40, 45), (170, 120, 20))


def _person(rng: random.Random, fk: PermitFaker, lang: str) -> dict[str, str]:
    if lang == "cn":
        name = fk.cn_name(honorific=0.0, given_len=rng.choice((1, 2, 2)))
        mobile = fk.cn_mobile(rng.choice(("plain", "space", "dash")))
    elif lang == "de":
        name, mobile = fk.eu_name("de"), "+49 " + fk.eu_phone("de")[1:]
    else:
        name, mobile = fk.en_name(), fk.uk_phone()
    latin = (
        name
        if lang != "cn"
        else f"{fk.en_first(upper=False)} {fk.pinyin_name().split('/')[0].split()[0].title()}"
    )
    return {
        "name": name,
        "latin": latin,
        "title": fk.title(lang),
        "firm": fk.firm(lang),
        "mob": mobile,
        "tel": fk.office_phone(lang),
        "fax": fk.office_phone(lang),
        "mail": fk.email(_ascii(latin)) if lang != "cn" or rng.random() < 0.5 else fk.email(),
        "wx": fk.wechat_id(),
    }


def _ascii(name: str) -> str:
    """A name as a mail address spells it (Weiß -> Weiss, Lößner -> Loessner)."""
    for a, b in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        name = name.replace(a, b)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _contacts(
    rng: random.Random, who: dict[str, str], lang: str, addr: list[str]
) -> list[tuple[str, list[Span]]]:
    """(kind, value spans) of the contact lines a card prints, in its order."""
    personal = {"mob": "phone", "mail": "email", "wx": "id_number"}
    kinds = ["mob", "tel"] + (["fax"] if rng.random() < 0.3 else []) + ["mail"]
    if lang == "cn" and rng.random() < 0.4:
        kinds.append("wx")
    rows = []
    for k in kinds:
        value = who[k]
        span = S(value, personal[k]) if k in personal else Span(value, "shop_phone", None)
        rows.append((k, [span]))
    for line in addr:
        rows.append(("addr", [Span(line, "shop_address", None)]))
    return rows


def _contact_block(
    p: Pen, x: float, y: float, rows, lang: str, style: str, width: float, accent
) -> float:
    """Contact lines from baseline ``y`` down; ``style`` is label, prefix, icon or none.
    The address's second line carries no label of its own, only the indent."""
    c, s = p.c, p.s
    f = p.font(22)
    lf = p.font(22, bold=style == "prefix")
    indent = {"label": 0.0, "prefix": 28 * s, "icon": f.size * 0.72 + 10 * s, "none": 0.0}[style]
    first_addr = True
    for kind, spans in rows:
        label, prefix = _LABELS[lang][kind]
        lead = kind != "addr" or first_addr
        first_addr = first_addr and kind != "addr"
        lx = x + indent
        if style == "label" and label:
            if lead:
                c.line(x, y, [S(label, "label")], lf)
            lx = x + p.width(label, lf) + 8 * s
        elif style == "prefix" and lead and prefix:
            c.line(x, y, [S(prefix, "label")], lf, fill=accent)
        elif style == "icon" and lead:
            r = f.size * 0.36
            c.draw.ellipse([x, y - f.size * 0.4 - r, x + 2 * r, y - f.size * 0.4 + r], fill=accent)
        text = "".join(sp.text for sp in spans)
        c.line(lx, y, spans, fit(p, f, text, x + width - lx))
        y += f.size * 1.55
    return y


def _front(
    p: Pen, x0: float, y0: float, cw: float, ch: float, who, rows, lang: str, accent
) -> None:
    c, r, s = p.c, p.r, p.s
    style = r.choice(("label", "label", "prefix", "icon", "none"))
    layout = r.choice(("centre", "left", "band"))
    name_f = p.font(56 if lang == "cn" else 44, bold=True)
    pad = 40 * s
    if layout == "band":
        bw = cw * 0.3
        c.draw.rectangle([x0, y0, x0 + bw, y0 + ch], fill=accent)
        c.draw.rectangle(
            [x0 + bw * 0.3, y0 + ch * 0.2, x0 + bw * 0.7, y0 + ch * 0.2 + bw * 0.4],
            outline=(255, 255, 255),
            width=max(2, int(4 * s)),
        )
        firm_f = fit(p, p.font(20, bold=True), who["firm"], bw - 24 * s)
        c.text(
            x0 + bw / 2,
            y0 + ch * 0.75,
            who["firm"],
            firm_f,
            "brand",
            anchor="ms",
            fill=(255, 255, 255),
        )
        x, w = x0 + bw + pad, cw - bw - 2 * pad
        y = y0 + pad + name_f.size
        c.text(x, y, who["name"], fit(p, name_f, who["name"], w), "name")
        c.text(x, y + 44 * s, who["title"], p.font(22), "other", fill=(90, 90, 90))
        _contact_block(p, x, y0 + ch * 0.5, rows, lang, style, w, accent)
        return
    # A square logo and the firm's name along the top.
    c.draw.rectangle([x0 + pad, y0 + pad, x0 + pad + 44 * s, y0 + pad + 44 * s], fill=accent)
    firm_f = fit(p, p.font(22, bold=True), who["firm"], cw - 3 * pad - 44 * s)
    c.text(x0 + pad + 58 * s, y0 + pad + 32 * s, who["firm"], firm_f, "brand", fill=accent)
    if layout == "centre":
        y = y0 + ch * 0.42
        nw = p.width(who["name"], name_f)
        tf = p.font(22)
        tw = p.width(who["title"], tf)
        nx = x0 + (cw - nw - tw - 20 * s) / 2
        c.text(nx, y, who["name"], name_f, "name")
        c.text(nx + nw + 20 * s, y, who["title"], tf, "other")
        c.hline(x0 + pad, x0 + cw - pad, y + 24 * s, width=max(1, int(2 * s)))
        _contact_block(p, x0 + pad, y + 64 * s, rows, lang, style, cw - 2 * pad, accent)
        return
    y = y0 + ch * 0.36
    c.text(x0 + pad, y, who["name"], fit(p, name_f, who["name"], cw * 0.42 - pad - 16 * s), "name")
    c.text(x0 + pad, y + 42 * s, who["title"], p.font(22), "other", fill=(90, 90, 90))
    c.draw.rectangle([x0 + pad, y + 58 * s, x0 + pad + 60 * s, y + 62 * s], fill=accent)
    _contact_block(p, x0 + cw * 0.42, y + 20 * s, rows, lang, style, cw * 0.58 - pad, accent)


def _back(
    p: Pen, x0: float, y0: float, cw: float, ch: float, who, fk: PermitFaker, lang: str, accent
) -> None:
    c, r, s = p.c, p.r, p.s
    pad = 40 * s
    if lang == "cn" and r.random() < 0.6:  # the English side of a bilingual card
        c.text(
            x0 + pad, y0 + pad + 24 * s, fk.firm("en"), p.font(22, bold=True), "brand", fill=accent
        )
        y = y0 + ch * 0.4
        c.text(
            x0 + pad,
            y,
            who["latin"],
            fit(p, p.font(40, bold=True), who["latin"], cw * 0.45 - pad - 16 * s),
            "name",
        )
        c.text(x0 + pad, y + 40 * s, fk.title("en"), p.font(22), "other")
        rows = [
            ("mob", [S(who["mob"], "phone")]),
            ("tel", [Span(who["tel"], "shop_phone", None)]),
            ("mail", [S(who["mail"], "email")]),
        ]
        style = r.choice(("prefix", "label"))
        _contact_block(p, x0 + cw * 0.45, y, rows, "en", style, cw * 0.55 - pad, accent)
        c.text(x0 + pad, y0 + ch - pad, fk.web_domain(), p.font(20), "other", fill=accent)
    else:
        heading, services = _SERVICES[lang]
        firm_f = fit(p, p.font(30, bold=True), who["firm"], cw * 0.5)
        c.text(x0 + pad, y0 + pad + 30 * s, who["firm"], firm_f, "brand", fill=accent)
        c.text(x0 + pad, y0 + pad + 72 * s, r.choice(_TAGLINES[lang]), p.font(21), "other")
        y = y0 + pad + 140 * s
        c.text(x0 + pad, y, heading, p.font(23, bold=True), "label")
        for item in r.sample(services, 3):
            y += 40 * s
            c.text(x0 + pad + 16 * s, y, f"· {item}", p.font(21), "other")
        c.text(x0 + pad, y0 + ch - pad, fk.web_domain(), p.font(20), "other", fill=accent)
        if r.random() < 0.7:  # a QR that adds the person as a contact (vCard or WeChat)
            _qr(p, x0 + cw - pad, y0 + pad, ch * 0.42, who, lang)


def _qr(p: Pen, right: float, top: float, size: float, who, lang: str) -> None:
    """A QR code (top-right corner at ``right, top``) that adds the person as a contact."""
    c, s = p.c, p.s
    q = int(size)
    qx, qy = right - q, top
    vcard = f"BEGIN:VCARD\nFN:{who['latin']}\nTEL:{who['mob']}\nEND:VCARD"
    payload = vcard if p.r.random() < 0.5 else f"https://u.wechat.example/{who['wx']}"
    c.qr(int(qx), int(qy), payload, size=q)
    cap = {"cn": "扫一扫 加我微信", "en": "Scan to save contact", "de": "Kontakt speichern"}[lang]
    cf = fit(p, p.font(19), cap, q + 20 * s)
    c.text(qx + q / 2, qy + q + 30 * s, cap, cf, "label", anchor="ms")


def _note(rng: random.Random, fk: PermitFaker, lang: str) -> list[Span]:
    """A note written on the card by hand: a new mobile, or whom to ask for."""
    if lang == "cn":
        phone = fk.cn_mobile("plain")
        return rng.choice(
            (
                [S("手机已换 ", "other"), S(phone, "phone")],
                [S("新号:", "other"), S(phone, "phone")],
                [
                    S("找", "other"),
                    S(fk.cn_name(honorific=0.0), "name"),
                    S(" 分机", "other"),
                    S(fk.digits(3), "other"),
                ],
            )
        )
    if lang == "de":
        return [S("neue Nr. ", "other"), S(fk.eu_phone("de"), "phone")]
    return rng.choice(
        (
            [S("New mobile ", "other"), S(fk.uk_phone(), "phone")],
            [S("ask for ", "other"), S(fk.en_first(upper=False), "name")],
        )
    )


def business_card(rng: random.Random) -> Canvas:
    """A business card's front and back, side by side on the glass or one above the other."""
    fk = PermitFaker(rng)
    lang = rng.choice(("cn", "cn", "en", "de"))
    who = _person(rng, fk, lang)
    addr = fk.office_address(lang)
    rows = _contacts(rng, who, lang, addr)
    W = rng.choice((1100, 1200))
    m = int(W * 0.06)
    cw = W - 2 * m
    ch = cw / rng.choice((1.667, 1.545))
    c = Canvas(W, int(2 * ch + 4 * m), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=lang == "cn"), cw / 1000)
    accent = rng.choice(_ACCENTS)
    card = rng.choice(((255, 255, 255), (250, 247, 238), (242, 242, 240)))
    tops = (m, 2 * m + ch)
    for top in tops:
        c.draw.rectangle([m, top, m + cw, top + ch], fill=card, outline=(175, 175, 175), width=2)
    _front(p, m, tops[0], cw, ch, who, rows, lang, accent)
    _back(p, m, tops[1], cw, ch, who, fk, lang, accent)
    if rng.random() < 0.4:  # a note by hand at the foot, clear of a band and the web address
        side = rng.randrange(2)
        x = m + (cw * 0.35 if side == 0 else cw * 0.5)
        note = _note(rng, fk, lang)
        handwritten(p, x, tops[side] + ch - 26 * p.s, note, 30, cjk=lang == "cn", width=cw * 0.45)
    return _finish(c, tops[1] + ch, m)


LAYOUTS = {"business_card": business_card}
