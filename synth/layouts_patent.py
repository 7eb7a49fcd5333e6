"""Patents and trademarks. A 发明专利请求书 / 实用新型专利请求书 in numbered boxes
(the office's box for 申请号 and dates; ⑦ the title; ⑧ the inventors; ⑨ the first
inventor's nationality and ID; ⑩ the applicant, a person with ID, e-mail, home to the
room and phone or a company with its credit code, address and phone; ⑪ the contact
person with phone, e-mail and address; ⑬ the agency with its code and the attorneys
with their 执业证号 and the agency's phone; ⑱ priority claims; the documents listed;
the applicant's signature or the agency's seal), a 专利证书 (证书号, title, inventors,
the patent number, dates, the patentee and its address, the grant's words, the head of
the office signing), a 商标注册申请书 for a sole trader (the owner's name, the shop's
credit code, the owner's ID, home to the room, contact and phone, agency or none, the
declarations ticked, class and goods, the mark, signature); an English application
data sheet or a German Erfinderbenennung (:mod:`synth.patent_latin`).

Personal: inventors, applicants who are people, contacts, attorneys and signers
(``name``), IDs and attorneys' 执业证号 (``id_number``), homes to the room (``door``),
phones and e-mails. Ordinary: titles, abstracts, classes, goods, marks, the form's
words, dates, priority claims, the office's numbers and a patent's 专利号, 申请号 and
授权公告号 (a patent is public); companies' and agencies' names; their codes, addresses
and phones are business data.
"""

from __future__ import annotations

import random

from .fakedata_filings import FilingFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .kit import S, _finish, joined_address
from .patent_latin import de_erfinder, en_data_sheet
from .patent_words import (
    CN_AGENCIES,
    CN_CERT_TEXT,
    CN_DOCS,
    CN_PRIORITY_OFFICES,
    CN_TITLES,
    CN_TM_CLASSES,
    CN_TM_DECLS,
    CN_UTILITY_TEXT,
)
from .render import Canvas, Span

_NUMS = "⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _lab(text: str) -> Cell:
    return Cell.of(text, "label", align="c")


def _val(
    spans: list[Span] | str, kind: str = "other", *, hand: bool = False, span: int = 1
) -> Cell:
    if isinstance(spans, str):
        return Cell.of(spans, kind, hand=hand, span=span)
    return Cell(tuple(spans), hand, span)


def _date(rng: random.Random, first: int, last: int) -> str:
    return f"{rng.randint(first, last)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"


def _zl(app: str) -> str:
    """A patent number as a certificate prints it: ZL 2023 1 0123456.7."""
    return f"ZL {app[:4]} {app[4]} {app[5:]}"


def _cn_request(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.6, cjk=True, base=1240, margin=0.05)
    s, w = p.s, right - m
    utility = rng.random() < 0.35
    hand = rng.random() < 0.3
    y = m + 40 * s
    title = "实用新型专利请求书" if utility else "发明专利请求书"
    c.text(m, y + 40 * s, title, p.font(34, bold=True), "label")
    c.text(m, y + 80 * s, "请按照“注意事项”正确填写本表各栏", p.font(14), "footer")
    box = [
        [
            _lab("①申请号"),
            _val(fk.cn_patent_app(2 if utility else 1) if rng.random() < 0.5 else ""),
        ],
        [_lab("②分案提交日"), _val("")],
        [_lab("③申请日"), _val(_date(rng, 2026, 2026) if rng.random() < 0.5 else "", "date")],
        [_lab("④费减审批"), _val("")],
    ]
    bw = w * 0.42
    table(p, right - bw, y - 20 * s, [bw * 0.36, bw * 0.64], box, 34 * s, p.font(14), line=1)
    c.text(right - bw, y - 28 * s, "此框内容由国家知识产权局填写", p.font(12), "footer")
    y += 140 * s
    widths = [w * k for k in (0.05, 0.15, 0.28, 0.17, 0.35)]
    f = p.font(15)
    inventors = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(1, 3))]
    first_id = fk.id_born(1960, 1998)
    person = rng.random() < 0.45
    rows: list[list[Cell]] = [
        [
            _lab(_NUMS[0]),
            _lab("发明名称" if not utility else "实用新型名称"),
            _val(rng.choice(CN_TITLES), span=3),
        ],
        [_lab(_NUMS[1]), _lab("发明人"), *(_val(n, "name", hand=hand) for n in inventors)]
        + [_val("")] * (3 - len(inventors)),
        [
            _lab(_NUMS[2]),
            _lab("第一发明人国籍"),
            _val("中国"),
            _lab("居民身份证件号码"),
            _val(first_id, "id_number", hand=hand),
        ],
    ]
    if person:
        name, idn = inventors[0], first_id
        home = joined_address([fk.cn_address(with_door=1.0)[0]], "")
        rows += [
            [
                _lab(_NUMS[3]),
                _lab("姓名或名称"),
                _val(name, "name", hand=hand),
                _lab("申请人类型"),
                _val("个人"),
            ],
            [
                _lab("申"),
                _lab("证件号码或信用代码"),
                _val(idn, "id_number", hand=hand),
                _lab("电子邮箱"),
                _val(fk.email(), "email", hand=hand),
            ],
            [
                _lab("请"),
                _lab("邮政编码"),
                _val(fk.digits(6, True), "address", hand=hand),
                _lab("电话"),
                _val(fk.cn_mobile(), "phone", hand=hand),
            ],
            [_lab("人"), _lab("详细地址"), _val(home, hand=hand, span=3)],
        ]
    else:
        office = fk.office_address("cn")[0]
        rows += [
            [
                _lab(_NUMS[3]),
                _lab("姓名或名称"),
                _val(fk.cn_company(), "shop"),
                _lab("申请人类型"),
                _val("企业"),
            ],
            [
                _lab("申"),
                _lab("证件号码或信用代码"),
                _val([Span(fk.tax_id(), "tax_id", None)]),
                _lab("电话"),
                _val([Span(fk.cn_landline(), "shop_phone", None)]),
            ],
            [
                _lab("请"),
                _lab("经常居所地或营业所所在地"),
                _val(office[: office.index("区") + 1]),
                _lab("邮政编码"),
                _val(fk.digits(6, True)),
            ],
            [
                _lab("人"),
                _lab("详细地址"),
                _val([Span(office, "shop_address", None)], span=3),
            ],
        ]
    contact = fk.cn_name(honorific=0.0)
    rows += [
        [
            _lab(_NUMS[4]),
            _lab("联系人 姓名"),
            _val(contact, "name", hand=hand),
            _lab("电话"),
            _val(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone", hand=hand),
        ],
        [
            _lab(""),
            _lab("电子邮箱"),
            _val(fk.email(), "email", hand=hand),
            _lab("邮政编码"),
            _val(fk.digits(6, True)),
        ],
    ]
    agency, aphone, _aaddr = rng.choice(CN_AGENCIES)
    rows += [
        [
            _lab(_NUMS[6]),
            _lab("专利代理机构"),
            _val(agency, "shop"),
            _lab("机构代码"),
            _val(fk.agency_code()),
        ],
    ]
    for k in range(rng.randint(1, 2)):
        rows.append(
            [
                _lab(""),
                _lab(f"代理师({k + 1}) 姓名"),
                _val(fk.cn_name(honorific=0.0), "name"),
                _lab("执业证号"),
                _val(fk.agent_licence(), "id_number"),
            ]
        )
    rows.append(
        [
            _lab(""),
            _lab("代理机构电话"),
            _val([Span(aphone, "shop_phone", None)]),
            _lab(""),
            _val(""),
        ]
    )
    y = table(p, m, y, widths, rows, 42 * s, f, hand_px=22, line=2)
    y += 36 * s
    c.text(m, y, f"{_NUMS[11]} 要求优先权声明", p.font(16, bold=True), "label")
    prio = [[_lab(t) for t in ("原受理机构名称", "在先申请日", "在先申请号")]]
    if rng.random() < 0.4:
        prio.append(
            [
                _val(rng.choice(CN_PRIORITY_OFFICES)),
                _val(_date(rng, 2025, 2025), "date"),
                _val(f"{fk.digits(2)}/{fk.digits(6)}"),
            ]
        )
    else:
        prio.append([_val(""), _val(""), _val("")])
    y = table(p, m, y + 12 * s, [w / 3] * 3, prio, 38 * s, f, line=1) + 36 * s
    c.text(m, y, "申请文件清单: " + "  ".join(rng.sample(CN_DOCS, 4)), p.font(15), "other")
    y += 56 * s
    x = c.line(m, y, [S("全体申请人或专利代理机构签字或者盖章:", "label")], p.font(16)) + 10 * s
    if person and rng.random() < 0.6:
        handwritten(p, x, y, [S(inventors[0], "name")], 30, cjk=True)
    else:
        seal(p, x + 90 * s, y - 10 * s, 60 * s, agency)
    c.line(
        right - 260 * s, y, [S("日期: ", "label"), S(_date(rng, 2026, 2026), "date")], p.font(16)
    )
    return _finish(c, y + 40 * s, m // 2, pad=10 * s)


def _cn_certificate(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=True, base=1100, margin=0.09)
    s, w = p.s, right - m
    utility = rng.random() < 0.35
    frame = (150, 120, 60)
    y = m + 60 * s
    c.text(
        c.width / 2,
        y,
        "实用新型专利证书" if utility else "发明专利证书",
        p.font(40, bold=True),
        "label",
        anchor="ms",
    )
    y += 60 * s
    c.text(c.width / 2, y, f"证书号第{fk.digits(7, True)}号", p.font(20), "other", anchor="ms")
    y += 70 * s
    # a certificate someone shows is mostly a person's own: the patentee is the first
    # inventor, sometimes jointly with a firm (the first patentee's address is printed)
    firm = fk.cn_company() if rng.random() < 0.3 else ""
    inventors = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(1, 4))]
    applied = _date(rng, 2020, 2024)
    f = p.font(19)
    lines: list[list[Span]] = [
        [
            S("实用新型名称:" if utility else "发明名称:", "label"),
            S(rng.choice(CN_TITLES), "other"),
        ],
        [S("发明人:" if not utility else "发明人:", "label")]
        + [
            sp
            for k, n in enumerate(inventors)
            for sp in ([S(";", "other")] if k else []) + [S(n, "name")]
        ],
        [
            S("专利号:", "label"),
            S(_zl(fk.cn_patent_app(2 if utility else 1, int(applied[:4]))), "other"),
        ],
        [S("专利申请日:", "label"), S(applied, "date")],
    ]
    lines += [
        [S("专利权人:", "label"), S(inventors[0], "name")]
        + [S(";", "other"), S(firm, "shop")] * bool(firm),
        [S("地址:", "label"), *joined_address([fk.cn_address(with_door=1.0)[0]], "")],
    ]
    lines += [
        [S("授权公告日:", "label"), S(_date(rng, 2025, 2026), "date")],
        [
            S("授权公告号:", "label"),
            S(f"CN {fk.digits(9, True)} {'U' if utility else 'B'}", "other"),
        ],
    ]
    for spans in lines:
        y = c.wrap(m, y, spans, f, w, 36 * s, max_lines=3) + 10 * s
    y += 20 * s
    text = CN_UTILITY_TEXT if utility else CN_CERT_TEXT
    y = c.wrap(m, y, [S(text, "footer")], p.font(17), w, 30 * s, indent=0, max_lines=6) + 30 * s
    c.text(
        m,
        y,
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
        p.font(13),
        "footer",
    )
    y += 120 * s
    x = c.line(c.width * 0.55, y, [S("局长", "label")], p.font(20)) + 20 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True)
    seal(p, c.width * 0.3, y - 10 * s, 70 * s, "国家知识产权局")
    c = _finish(c, y + 80 * s, m // 2, pad=20 * s)
    c.draw.rectangle([m / 2, m / 2, c.width - m / 2, c.height - m / 2], outline=frame, width=6)
    return c


def _cn_trademark(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    hand = rng.random() < 0.5
    y = m + 40 * s
    c.text(c.width / 2, y, "商标注册申请书", p.font(32, bold=True), "label", anchor="ms")
    y += 40 * s
    owner = fk.cn_name(honorific=0.0)
    cls, goods, mark = rng.choice(CN_TM_CLASSES)
    agency = rng.choice((*(a[0] for a in CN_AGENCIES), "")) if rng.random() < 0.6 else ""
    home = joined_address([fk.cn_address(with_door=1.0)[0]], "")
    widths = [w * 0.22, w * 0.78]
    rows = [
        [_lab("申请人名称(中文)"), _val([S(owner, "name"), S("(个体工商户)", "other")], hand=hand)],
        [_lab("统一社会信用代码"), _val([Span("92" + fk.tax_id()[2:], "tax_id", None)], hand=hand)],
        [_lab("身份证明文件号码"), _val(fk.id_born(1965, 2000), "id_number", hand=hand)],
        [_lab("申请人国籍/地区"), _val("中国", hand=hand)],
        [_lab("申请人地址(中文)"), _val(home, hand=hand)],
        [_lab("邮政编码"), _val(fk.digits(6, True), "address", hand=hand)],
        [_lab("联系人"), _val(rng.choice((owner, fk.cn_name(honorific=0.0))), "name", hand=hand)],
        [_lab("电话"), _val(fk.cn_mobile(rng.choice(("plain", "space"))), "phone", hand=hand)],
        [
            _lab("代理机构名称"),
            _val(agency or "(直接办理)", "shop" if agency else "other", hand=hand),
        ],
    ]
    y = table(p, m, y + 20 * s, widths, rows, 48 * s, p.font(16), hand_px=24) + 40 * s
    c.text(m, y, "商标申请声明:", p.font(17, bold=True), "label")
    x, pick = m + 150 * s, rng.randrange(len(CN_TM_DECLS)) if rng.random() < 0.2 else -1
    for k, decl in enumerate(CN_TM_DECLS):
        if x + p.width(decl, p.font(16)) > right - 40 * s:
            x, y = m + 150 * s, y + 34 * s
        x = tick_box(p, x, y, decl, k == pick, p.font(16)) + 20 * s
    y += 50 * s
    rows = [
        [_lab("类别"), _val(cls, hand=hand)],
        [_lab("商品/服务项目"), _val(goods, hand=hand)],
    ]
    y = table(p, m, y, widths, rows, 48 * s, p.font(16), hand_px=24) + 70 * s
    c.text(m, y, "商标图样", p.font(17, bold=True), "label")
    c.box(m + 140 * s, y - 30 * s, m + 460 * s, y + 150 * s, width=2)
    c.text(m + 300 * s, y + 70 * s, mark, p.font(44, bold=True), "brand", anchor="mm")
    y += 220 * s
    x = c.line(m, y, [S("申请人章戳(签字):", "label")], p.font(17)) + 10 * s
    handwritten(p, x, y, [S(owner, "name")], 32, cjk=True)
    if agency:
        seal(p, right - 140 * s, y - 20 * s, 66 * s, agency)
    return _finish(c, y + 40 * s, m // 2, pad=20 * s)


def patent_application_form(rng: random.Random) -> Canvas:
    """A 发明 / 实用新型专利请求书, a 专利证书, a 商标注册申请书, an English application
    data sheet or a German Erfinderbenennung."""
    fk = FilingFaker(rng)
    draw = rng.choices(
        (_cn_request, _cn_certificate, _cn_trademark, en_data_sheet, de_erfinder),
        weights=(32, 16, 18, 17, 17),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"patent_application_form": patent_application_form}
