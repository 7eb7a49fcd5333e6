"""Fax and office correspondence: the cover sheet sent in front of a fax. A Chinese
传真封面 is a ruled grid under the firm's letterhead (致 / 发自, 公司, 传真, 电话,
页数, 日期, 主题, 抄送), tick boxes for 紧急 / 请审阅 / 请回复, a short message
addressed to a person by name that mentions colleagues and a callback number, and
the confidentiality notice; often the grid is a printed pad filled in by hand.
An English or Spanish sheet prints FAX large, its To / From / Fax / Phone fields on
rules, the same ticks, the message and the notice.

Personal: the recipient's, sender's and copied people's names (in the fields and
inside the message, with the salutation and the signature), their direct fax and
phone numbers and a mobile in the message (``phone``), and a client's claim or
policy number quoted in the message (``id_number``). Ordinary: the letterhead (the
firm's name, address and switchboard and fax numbers are business data), the
recipient's company, the field labels, ticks, page count, dates, the subject, our
reference (business data) and the confidentiality notice.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import HAND_INKS, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows
from .kit import Pen, S, _finish, hand_font
from .render import Canvas, Span

_CN_SUBJECTS = ("合同第三稿确认", "报价单及付款条件", "对账单核对", "会议纪要", "理赔材料补充")
_CN_TICKS = ("紧急", "请审阅", "请批注", "请回复", "请传阅")
_CN_NOTICE = (
    "保密声明:本传真所含信息仅供指定收件人使用,可能包含保密或受法律保护的内容。"
    "如您误收本传真,请立即电话通知发件人并销毁原件,不得复制、转发或使用。"
)
_CN_TITLES = ("经理", "总", "律师", "主任", "女士", "先生")

#: Language -> the sheet's words.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "to": "To:",
        "from": "From:",
        "co": "Company:",
        "fax": "Fax:",
        "tel": "Phone:",
        "pages": "Pages (incl. cover):",
        "date": "Date:",
        "re": "Re:",
        "cc": "CC:",
        "ref": "Our ref:",
        "dear": "Dear ",
        "regards": "Kind regards,",
        "notice": "CONFIDENTIALITY NOTICE: This fax is intended only for the person to whom "
        "it is addressed and may contain privileged information. If you have received it "
        "in error, please telephone us at once and destroy all copies.",
        "missing": "If you do not receive all pages, please call the number above.",
    },
    "es": {
        "to": "Para:",
        "from": "De:",
        "co": "Empresa:",
        "fax": "Fax:",
        "tel": "Teléfono:",
        "pages": "Páginas (incl. portada):",
        "date": "Fecha:",
        "re": "Asunto:",
        "cc": "CC:",
        "ref": "N/Ref.:",
        "dear": "Estimado/a ",
        "regards": "Un cordial saludo,",
        "notice": "AVISO DE CONFIDENCIALIDAD: este fax va dirigido exclusivamente a su "
        "destinatario y puede contener información reservada. Si lo ha recibido por error, "
        "le rogamos que nos avise por teléfono y destruya el original.",
        "missing": "Si no recibe todas las páginas, llame al número indicado.",
    },
}
_TICKS = {
    "en": ("Urgent", "For review", "Please comment", "Please reply", "Please recycle"),
    "es": ("Urgente", "Para revisar", "Comentar", "Responder", "Para su archivo"),
}
_SUBJECTS = {
    "en": ("Signed lease, final page", "Claim documents", "Revised quotation", "Board minutes"),
    "es": ("Contrato firmado", "Documentación del siniestro", "Presupuesto revisado", "Acta"),
}
_ES_FIRMS = ("Bufete Ruiz & Asociados", "Gestoría Almendros", "Seguros Levante", "Notaría Prado")
#: Language -> message templates: {to} the recipient, {who} a colleague, {tel} a phone,
#: {claim} a client's claim number, {client} the client named in it.
_MESSAGES = {
    "en": (
        "Please find attached the documents for {client}'s claim {claim}. My colleague "
        "{who} will call you on Monday; if anything is missing, ring me on {tel}.",
        "As discussed, here is the signed page. Could you pass a copy to {who} and send "
        "the countersigned version back to me? My mobile is {tel}. Ref. {claim} ({client}).",
    ),
    "es": (
        "Le adjunto la documentación del expediente {claim} de {client}. Mi colega "
        "{who} le llamará el lunes; para cualquier duda, llámeme al {tel}.",
        "Según lo hablado, le envío la página firmada. Le ruego que dé copia a {who} y "
        "me la devuelva firmada. Mi móvil: {tel}. Expediente {claim} ({client}).",
    ),
}


def _landline(rng: random.Random, fk: HouseholdFaker, lang: str) -> str:
    """A desk's direct line or fax in the country's shape (fiction ranges for the UK)."""
    if lang == "es":
        return f"9{rng.randint(1, 8)} {fk.digits(3)} {fk.digits(2)} {fk.digits(2)}"
    return rng.choice(("0113 496 0", "020 7946 0", "0161 496 0")) + fk.digits(3)


def _ticks(p: Pen, x: float, y: float, words: tuple[str, ...], font) -> None:
    ticked = set(p.r.sample(range(len(words)), p.r.randint(1, 2)))
    for i, word in enumerate(words):
        x = tick_box(p, x, y, word, i in ticked, font) + 22 * p.s


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (920, 1000), 1.45, cjk=True, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(17)
    hand = rng.random() < 0.5
    firm = fk.firm("cn")
    y = m + 34 * s
    c.text(m, y, firm, p.font(26, bold=True), "shop")
    y += 26 * s
    c.text(m, y, fk.office_address("cn")[0], p.font(14), "shop_address")
    y += 22 * s
    head = [S("总机 ", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    head += [S("  传真 ", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    c.line(m, y, head, p.font(14))
    c.hline(m, right, y + 12 * s, width=max(2, round(3 * s)))
    y += 70 * s
    c.text(
        W / 2,
        y,
        rng.choice(("传 真", "传真封面", "传真件")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    y += 24 * s
    to, sender = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    cc = "、".join(fk.cn_name(honorific=0.0) for _ in range(rng.randint(1, 2)))
    fax_to = fk.cn_landline() + (f" 转{fk.digits(3)}" if rng.random() < 0.3 else "")
    rows = grid_rows(
        [
            [("致", to, "name"), ("发自", sender, "name")],
            [
                ("公司", fk.cn_company(), "other"),
                ("部门", rng.choice(("法务部", "财务部", "销售部")), "other"),
            ],
            [("传真", fax_to, "phone"), ("传真", fk.cn_landline(), "phone")],
            [("电话", fk.cn_mobile("dash"), "phone"), ("电话", fk.cn_landline(), "phone")],
            [("页数", f"{rng.randint(2, 12)}页(含封面)", "other"), ("日期", fk.date("cn"), "date")],
            [("主题", rng.choice(_CN_SUBJECTS), "other")],
            [("抄送", cc, "name")],
        ],
        hand=hand,
    )
    widths = (w * 0.12, w * 0.38, w * 0.12, w * 0.38)
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=26) + 42 * s
    _ticks(p, m, y, _CN_TICKS, f)
    y += 44 * s
    colleague, client = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    greet = to[0] + rng.choice(_CN_TITLES)
    # A pad's message is written by hand in the writer's ink, a typed one in print.
    mf, lh = (hand_font(p, 24, cjk=True), 40 * s) if hand else (p.font(17), 28 * s)
    ink = rng.choice(HAND_INKS) if hand else None
    y = c.wrap(m, y, [S(greet, "name"), S(":您好!", "footer")], mf, w, lh, fill=ink)
    body = [
        S("现将", "footer"),
        S(client, "name"),
        S("的保单(", "footer"),
        S(fk.policy_no(), "id_number"),
        S(")相关材料传真给您,请审阅后签字回传。具体事宜我司", "footer"),
        S(colleague, "name"),
        S("会与您电话联系,如有疑问请致电", "footer"),
        S(fk.cn_mobile("plain"), "phone"),
        S("。谢谢!", "footer"),
    ]
    y = c.wrap(m, y, body, mf, w, lh, fill=ink, max_lines=5)
    y += 30 * s
    x = c.line(right - w * 0.38, y, [S("发件人签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(sender, "name")], 30, cjk=True)
    y += 50 * s
    c.hline(m, right, y - 22 * s, width=1)
    y = c.wrap(m, y, [S(_CN_NOTICE, "footer")], p.font(13), w, 20 * s, max_lines=4)
    return _finish(c, y, 0, pad=m * 0.6)


def _firm(rng: random.Random, fk: HouseholdFaker, lang: str) -> tuple[str, str, str, str]:
    """The sender firm's name, address, switchboard and fax number (business data)."""
    if lang == "es":
        street, town = fk.eu_address("es")
        tel, fax = _landline(rng, fk, lang), _landline(rng, fk, lang)
        return rng.choice(_ES_FIRMS), f"{street.split(',')[0]}, {town}", tel, fax
    return (
        fk.firm("en"),
        ", ".join(fk.office_address("en")),
        fk.office_phone("en"),
        fk.office_phone("en"),
    )


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (780, 860), 1.45, cjk=False, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f = p.font(17)
    hand = rng.random() < 0.45  # a printed pad filled in by hand
    firm, where, tel, fax = _firm(rng, fk, lang)
    y = m + 34 * s
    c.text(right, y, firm, p.font(22, bold=True), "shop", anchor="rs")
    y += 22 * s
    c.text(right, y, where, p.font(13), "shop_address", anchor="rs")
    y += 20 * s
    tail = [S("Tel ", "label"), Span(tel, "shop_phone", None), S("  Fax ", "label")]
    c.line(
        right - p.width(f"Tel {tel}  Fax {fax}", p.font(13)),
        y,
        tail + [Span(fax, "shop_phone", None)],
        p.font(13),
    )
    c.text(m, y, "FAX", p.font(64, bold=True), "label")
    y += 46 * s
    en = lang == "en"
    person = fk.en_name if en else (lambda: fk.eu_name("es"))
    to, sender = person(), person()
    phone = fk.uk_phone if en else (lambda: f"6{fk.digits(2)} {fk.digits(3)} {fk.digits(3)}")
    us = en and rng.random() < 0.4
    direct = fk.us_phone if us else (lambda: _landline(rng, fk, lang))
    fields = (
        ((t["to"], [S(to, "name")]), (t["from"], [S(sender, "name")])),
        (
            (t["co"], [S(fk.en_company(), "other")]),
            (t["date"], [S(fk.date("in" if en else "iso"), "date")]),
        ),
        ((t["fax"], [S(direct(), "phone")]), (t["fax"], [S(direct(), "phone")])),
        ((t["tel"], [S(direct(), "phone")]), (t["tel"], [S(direct(), "phone")])),
        (
            (t["pages"], [S(str(rng.randint(2, 14)), "other")]),
            (t["ref"], [Span(fk.quote_ref(), "order_number", None)]),
        ),
    )
    half = m + w * 0.5
    for left, rightf in fields:
        ruled_entry(p, m, half - 16 * s, y, left, hand, f)
        ruled_entry(p, half, right, y, rightf, hand, f)
        y += (52 if hand else 44) * s
    for one in (
        (t["re"], [S(rng.choice(_SUBJECTS[lang]), "other")]),
        (t["cc"], [S(person(), "name"), S(", ", "other"), S(person(), "name")]),
    ):
        ruled_entry(p, m, right, y, one, hand, f)
        y += (52 if hand else 44) * s
    y += 8 * s
    _ticks(p, m, y, _TICKS[lang], p.font(15))
    y += 48 * s
    first = to.split()[0] if rng.random() < 0.5 else to
    mf, lh = (hand_font(p, 25, cjk=False), 48 * s) if hand else (f, 26 * s)
    ink = rng.choice(HAND_INKS) if hand else None
    x = c.line(m, y, [S(t["dear"], "footer"), S(first, "name")], mf, fill=ink)
    c.text(x, y, ",", mf, "other", fill=ink, record=False)  # a lone comma is no item
    y += lh
    parts = {
        "who": (person(), "name"),
        "tel": (phone(), "phone"),
        "claim": (fk.policy_no(), "id_number"),
        "client": (person(), "name"),
    }
    body = template_spans(rng.choice(_MESSAGES[lang]), parts)
    y = word_wrap(p, m, y, body, mf, w, lh, fill=ink)
    y += 16 * s
    y = word_wrap(p, m, y, [S(t["regards"], "footer")], f, w, 26 * s) + 26 * s
    handwritten(
        p, m, y, [S(sender.split()[0] if rng.random() < 0.5 else sender, "name")], 34, cjk=False
    )
    y += 60 * s
    y = word_wrap(p, m, y, [S(t["missing"], "footer")], p.font(13), w, 20 * s) + 10 * s
    c.hline(m, right, y - 14 * s, width=1)
    y = word_wrap(p, m, y + 6 * s, [S(t["notice"], "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def fax_cover_sheet(rng: random.Random) -> Canvas:
    """A fax cover sheet: letterhead, To / From / Fax / Phone fields, ticks, a message
    naming people with a callback number, the confidentiality notice."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"fax_cover_sheet": fax_cover_sheet}
