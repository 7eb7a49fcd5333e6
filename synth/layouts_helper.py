"""Domestic help agencies: the placement contract an agency draws up between a family
and a nanny or housekeeper. A Chinese 家政服务合同 (甲方 the employer, 乙方 the
helper, 丙方 the agency: two hand-filled grids, the service ticked, wage and rest
days, clauses naming the helper, signatures with the helper's thumbprint and the
agency's seal), an English foreign domestic helper contract in the Hong Kong or
Singapore manner (numbered parts, HKID / NRIC, passport, work permit, a witness from
the agency), or an Indonesian perjanjian kerja the helper signs at home.

Personal: both parties' names (in grids, clauses and signatures), ID, passport,
work permit and health certificate numbers, dates of birth and the contract number
(``id_number``), phones, the home address to the room, the emergency contact's name
and phone, and the agency's case worker. Ordinary: the agency's name, licence
number, address and phone, 籍贯 / nationality, sex, age, relation, the services,
wage, allowances, rest days, dates, clauses and labels.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import centred_head, grid_rows, ruled_blank
from .kit import S, _finish
from .render import Canvas

_CN_AGENCIES = ("好帮手家政服务有限公司", "安心家政", "阿姨到家家庭服务中心", "巧手家政服务部")
_CN_ORIGINS = ("四川省达州市", "安徽省阜阳市", "河南省周口市", "江西省上饶市", "湖南省邵阳市")
_CN_SERVICES = ("住家保姆", "育婴师", "月嫂", "钟点工", "老人陪护")
_CN_RELATIONS = ("丈夫", "女儿", "儿子", "姐姐", "母亲")
_CN_CLAUSES = (
    "甲方应为乙方提供安全的住宿及正常饮食,不得安排合同约定以外的工作。",
    "乙方应持有效健康证上岗,遵守甲方家庭生活习惯,不得泄露甲方家庭隐私。",
    "试用期内任何一方提出解约,丙方负责协调更换服务人员,不另收费。",
    "本合同一式三份,甲乙丙三方各执一份,自三方签字之日起生效。",
)
_FIRST = ("Maria", "Rosalie", "Jocelyn", "Lorna", "Marites", "Analyn", "Rowena", "Cherry")
_LAST = ("Santos", "Dela Cruz", "Bautista", "Reyes", "Villanueva", "Mendoza", "Aquino")
_ID_FIRST = ("Siti", "Sri", "Dewi", "Nur", "Wahyuni", "Rina", "Tri", "Eka", "Yuli")
_ID_LAST = ("Rahayu", "Lestari", "Wulandari", "Handayani", "Susanti", "Puspita", "Kurniasih")
_ID_PLACES = ("Ponorogo", "Blitar", "Cilacap", "Indramayu", "Lampung Timur", "Banyuwangi")
_ID_STREETS = ("Dusun Krajan RT 02/RW 05", "Jl. Melati No. 14 RT 01/RW 03", "Desa Sukamaju RT 04")


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 960), 1.7, cjk=True, base=940, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(17)
    agency = rng.choice(_CN_AGENCIES)
    number = [S("合同编号:", "label"), S(f"JZ{fk.digits(8, True)}", "id_number")]
    dated = [S("签订日期:", "label"), S(fk.date("cn"), "date")]
    y = centred_head(p, m, m + 40 * s, (agency, "家政服务合同"), number, dated, px=(20, 30))
    y += 44 * s
    employer, helper = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=1.0)
    widths = (w * 0.17, w * 0.33, w * 0.17, w * 0.33)
    c.text(m, y, "甲方(雇主)", p.font(18, bold=True), "label")
    y += 12 * s
    rows = grid_rows(
        [
            [("姓名", employer, "name"), ("联系电话", fk.cn_mobile(), "phone")],
            [("身份证号", fk.cn_resident_id(x_prob=0.1), "id_number")],
            [("服务地址", [S(t, k) for t, k in addr.segments], "address")],
        ]
    )
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=25) + 34 * s
    c.text(m, y, "乙方(家政服务员)", p.font(18, bold=True), "label")
    y += 12 * s
    rows = grid_rows(
        [
            [("姓名", helper, "name"), ("性别", "女", "other")],
            [
                ("年龄", f"{rng.randint(32, 56)}岁", "other"),
                ("籍贯", rng.choice(_CN_ORIGINS), "other"),
            ],
            [("身份证号", fk.cn_resident_id(), "id_number")],
            [
                ("健康证号", f"{rng.randint(2024, 2026)}{fk.digits(8)}", "id_number"),
                ("电话", fk.cn_mobile("plain"), "phone"),
            ],
            [
                ("紧急联系人", fk.cn_name(honorific=0.0), "name"),
                ("关系", rng.choice(_CN_RELATIONS), "other"),
            ],
            [("联系人电话", fk.cn_mobile(), "phone")],
        ]
    )
    y = table(p, m, y, widths, rows, 46 * s, f, hand_px=25) + 40 * s
    c.text(m, y, "一、服务内容:", f, "label")
    x, kind = m + 130 * s, rng.choice(_CN_SERVICES)
    for opt in _CN_SERVICES:
        x = tick_box(p, x, y, opt, opt == kind, f) + 18 * s
    y += 40 * s
    wage = rng.choice((4800, 5500, 6500, 7800, 9000))
    x = c.line(m, y, [S("二、月工资:人民币", "label")], f) + 6 * s
    x = handwritten(p, x, y, [S(f"{wage}", "price")], 26, cjk=True) + 6 * s
    x = c.line(x, y, [S("元,每月", "label")], f) + 6 * s
    x = handwritten(p, x, y, [S(str(rng.randint(5, 15)), "date")], 26, cjk=True) + 6 * s
    c.line(x, y, [S("日前由甲方直接支付给乙方本人。", "label")], f)
    y += 40 * s
    x = c.line(m, y, [S("三、休息:每月休息", "label")], f) + 6 * s
    x = handwritten(p, x, y, [S(str(rng.choice((2, 4))), "other")], 26, cjk=True) + 6 * s
    x = c.line(x, y, [S("天;中介服务费", "label")], f) + 6 * s
    x = handwritten(p, x, y, [S(f"{rng.choice((600, 800, 1200))}", "price")], 26, cjk=True)
    c.line(x + 6 * s, y, [S("元,由甲方向丙方支付。", "label")], f)
    y += 40 * s
    # A clause that names the helper in the sentence, as agencies' templates do.
    spans = [S("四、丙方已核验乙方", "other"), S(helper, "name")]
    spans.append(S("的身份证件及健康证明,乙方如需离岗应提前七日告知甲方及丙方。", "other"))
    y = c.wrap(m, y, spans, f, w, 28 * s, max_lines=2) + 6 * s
    for i, clause in enumerate(rng.sample(_CN_CLAUSES, 3)):
        y = c.wrap(
            m, y, [S(f"{'五六七'[i]}、{clause}", "footer")], p.font(15), w, 24 * s, max_lines=2
        )
    y += 40 * s
    cols = (m, m + w * 0.36, m + w * 0.7)
    heads = ("甲方签字:", "乙方签字:", "丙方(盖章):")
    for x, head in zip(cols, heads, strict=True):
        c.text(x, y, head, f, "label")
    handwritten(p, cols[0] + 90 * s, y + 40 * s, [S(employer, "name")], 30, cjk=True)
    handwritten(p, cols[1] + 90 * s, y + 40 * s, [S(helper, "name")], 30, cjk=True)
    thumbprint(p, cols[1] + 210 * s, y + 30 * s, 22 * s)
    seal(p, cols[2] + 110 * s, y + 72 * s, 62 * s, agency)
    y += 160 * s
    c.line(cols[2], y, [S("经办人:", "label")], f)
    handwritten(p, cols[2] + 76 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
    y += 40 * s
    phone = f"0{rng.randint(10, 99)}-{fk.digits(8, True)}"
    foot = f"地址:{rng.choice(('江州市', '临川市'))}建设路{rng.randint(1, 300)}号  电话:{phone}"
    c.text(m, y, foot, p.font(14), "other")
    c.text(m, y + 24 * s, f"职业介绍许可证:{fk.digits(10)}", p.font(14), "other")
    return _finish(c, y + 24 * s, 0, pad=m)


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.6, cjk=False, base=900, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    hk = rng.random() < 0.55
    agency = rng.choice(("Sunshine Maid Agency", "HomeCare Employment Ltd", "Golden Helpers"))
    y = m + 34 * s
    c.text(m, y, agency, p.font(24, bold=True), "shop")
    lic = f"Licence No. {fk.digits(5)}" if hk else f"MOM Licence {fk.digits(2)}C{fk.digits(4)}"
    c.text(right, y, lic, p.font(14), "other", anchor="rs")
    y += 40 * s
    title = "EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER"
    c.text(m, y, title, p.font(20, bold=True), "label")
    y += 44 * s
    employer = fk.hk_name() if hk else fk.en_name()
    helper = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}".upper()
    flat = f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 38)}/F, "
    area = rng.choice(("Tower 3, Laguna Verde, Hung Hom", "Block B, Kornhill, Quarry Bay"))
    sg_area = f"Blk {rng.randint(100, 999)} Tampines St {rng.randint(11, 99)}"
    home = [
        S(flat if hk else f"#{rng.randint(2, 20):02d}-{rng.randint(1, 400)}, ", "door"),
        S(area if hk else f"{sg_area}, Singapore {fk.digits(6, True)}", "address"),
    ]
    id_word = "HKID No." if hk else "NRIC No."
    hkid = f"{fk.upper(1)}{fk.digits(6)}({fk.digits(1)})" if hk else f"S{fk.digits(7)}{fk.upper(1)}"
    parts = (
        (
            "1. The Employer",
            [
                ("Name", [S(employer, "name")]),
                (id_word, [S(hkid, "id_number")]),
                ("Address", home),
                (
                    "Tel.",
                    [S(fk.hk_phone() if hk else f"+65 {fk.digits(4)} {fk.digits(4)}", "phone")],
                ),
            ],
        ),
        (
            "2. The Helper",
            [
                ("Name", [S(helper, "name")]),
                ("Passport No.", [S(f"P{fk.digits(7)}{fk.upper(1)}", "id_number")]),
                ("Date of birth", [S(fk.dob("mon"), "id_number")]),
                ("Nationality", [S(rng.choice(("Filipino", "Indonesian")), "other")]),
                (
                    "Work Permit No." if not hk else "Emergency contact",
                    [
                        S(
                            f"{fk.digits(9)}"
                            if not hk
                            else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                            "id_number" if not hk else "name",
                        )
                    ],
                ),
            ],
        ),
    )
    for head, fields in parts:
        c.box(m, y - 20 * s, right, y + 6 * s, width=1, fill=(228, 228, 228))
        c.text(m + 8 * s, y, head, p.font(15, bold=True), "label")
        y += 44 * s
        for label, value in fields:
            ruled_blank(p, y, label, value, f, m, right, hand_px=25)
            y += 40 * s
        y += 14 * s
    c.box(m, y - 20 * s, right, y + 6 * s, width=1, fill=(228, 228, 228))
    c.text(m + 8 * s, y, "3. Terms", p.font(15, bold=True), "label")
    y += 38 * s
    wage = rng.choice((4990, 5100, 5300)) if hk else rng.choice((600, 650, 700))
    terms = [
        f"Monthly wage: {'HK$' if hk else 'S$'}{wage:,}",
        f"Food allowance: {'HK$1,236' if hk else 'free food provided'}",
        f"Rest day: every {rng.choice(('Sunday', 'Saturday'))}; statutory holidays as by law",
        f"Contract period: 2 years commencing {fk.date('iso')}",
        "Duties: household chores"
        + rng.choice((", care of one child", ", care of an elderly person", "")),
    ]
    for t in terms:
        c.text(m + 10 * s, y, t, f, "other")
        y += 28 * s
    y += 10 * s
    decl = (
        "Both parties have read and understood this contract in a language they understand "
        "and agree to its terms. Neither party shall pay or charge any fee not stated herein."
    )
    y = word_wrap(p, m, y, [S(decl, "footer")], p.font(13), w, 20 * s) + 40 * s
    half = w / 2
    for i, (who, name) in enumerate((("Employer", employer), ("Helper", helper.title()))):
        x = m + i * half
        handwritten(p, x + 10 * s, y, [S(name, "name")], 30, cjk=False, width=half - 40 * s)
        c.hline(x, x + half - 30 * s, y + 10 * s, width=1)
        c.text(x, y + 30 * s, f"Signature of {who}", p.font(13), "label")
    y += 74 * s
    ruled_blank(p, y, "Witnessed by (agency staff)", [S(fk.en_name(), "name")], f, m, m + w * 0.7)
    c.text(right, y, fk.date("iso"), f, "date", anchor="rs")
    y += 34 * s
    office = "Rm 1203, Nathan Centre, Mong Kok" if hk else "101 Upper Cross St, #03-12"
    c.text(m, y, f"{agency} · {office} · Tel {fk.digits(4)} {fk.digits(4)}", p.font(13), "other")
    return _finish(c, y, 0, pad=m)


def _id(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 920), 1.5, cjk=False, base=900, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    y = m + 34 * s
    pt = rng.choice(("PT Mitra Karya Sejahtera", "PT Bina Tenaga Mandiri"))
    c.text(c.width / 2, y, pt, p.font(20, bold=True), "shop", anchor="ms")
    y += 26 * s
    c.text(
        c.width / 2,
        y,
        "Jl. Raya Madiun No. 88, Ponorogo · Telp. (0352) 48" + fk.digits(4),
        p.font(13),
        "other",
        anchor="ms",
    )
    y += 44 * s
    c.text(
        c.width / 2,
        y,
        "PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA",
        p.font(19, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    worker = f"{rng.choice(_ID_FIRST)} {rng.choice(_ID_LAST)}"
    born = [S(f"{rng.choice(_ID_PLACES)}, ", "other"), S(fk.dob("dmy"), "id_number")]
    heir = [
        S(f"{rng.choice(_ID_FIRST)} {rng.choice(_ID_LAST)}", "name"),
        S(f" ({rng.choice(('ibu', 'kakak', 'anak'))})", "other"),
    ]
    rows = grid_rows(
        [
            [("Nama Pekerja", worker, "name")],
            [("NIK", f"35{fk.digits(14)}", "id_number")],
            [("Tempat/Tgl. Lahir", born, "other")],
            [
                (
                    "Alamat",
                    [
                        S(rng.choice(_ID_STREETS), "address"),
                        S(", Kec. ", "other"),
                        S(rng.choice(_ID_PLACES), "address"),
                    ],
                    "address",
                )
            ],
            [("No. HP", f"08{fk.digits(2)}-{fk.digits(4)}-{fk.digits(4)}", "phone")],
            [("Nama Majikan", fk.hk_name(), "name")],
            [("Negara Tujuan", rng.choice(("Hong Kong", "Singapura", "Taiwan")), "other")],
            [("Ahli Waris", heir, "name")],
        ],
        columns=2,
    )
    y = table(p, m, y, (w * 0.3, w * 0.7), rows, 44 * s, f, hand_px=25, cjk=False) + 36 * s
    lines = [
        f"Gaji per bulan: {rng.choice(('HK$ 4.990', 'S$ 650', 'NT$ 20.000'))}",
        "Hari libur: 1 (satu) hari setiap minggu",
        "Masa kontrak: 2 (dua) tahun",
    ]
    for t in lines:
        c.text(m, y, t, f, "other")
        y += 28 * s
    pasal = (
        "Pekerja menyatakan bahwa data di atas benar dan bersedia bekerja sesuai perjanjian ini. "
        "Biaya penempatan tidak dibebankan kepada pekerja."
    )
    y = word_wrap(p, m, y + 10 * s, [S(pasal, "footer")], p.font(14), w, 21 * s) + 44 * s
    c.text(m, y, "Pekerja,", f, "label")
    c.text(m + w * 0.55, y, "Petugas Perusahaan,", f, "label")
    handwritten(p, m, y + 50 * s, [S(worker.split()[0], "name")], 30, cjk=False)
    handwritten(
        p,
        m + w * 0.55,
        y + 50 * s,
        [S(f"{rng.choice(_ID_FIRST)} {rng.choice(_ID_LAST)[0]}.", "name")],
        28,
        cjk=False,
    )
    y += 76 * s
    c.text(m, y, f"Ponorogo, {fk.date('iso')}", p.font(14), "date")
    return _finish(c, y, 0, pad=m)


def domestic_helper_contract(rng: random.Random) -> Canvas:
    """An agency's placement contract: employer, helper, services, wage and rest days,
    clauses and the parties' signatures."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _en, _id), weights=(50, 32, 18))[0](rng, fk)


LAYOUTS = {"domestic_helper_contract": domestic_helper_contract}
