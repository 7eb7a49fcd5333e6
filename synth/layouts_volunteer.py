"""Volunteering and community groups: the sheet volunteers sign up on and the paper that
vouches for their hours. A Chinese 志愿者报名表 is a ruled table under the community's
name and the activity (序号, 姓名 or 志愿者, 联系电话, 楼栋/房号, 服务时段, 岗位,
签到), some rows written in by different people, the rest blank, with the organiser
and her phone at the foot; a 志愿服务时长证明 names the volunteer, the ID and
volunteer numbers inside its prose, lists the activities and hours and bears the
organisation's seal. An English church or school sheet (Name / Email / Phone /
Slot) or a German Helferliste (Name, Telefon, E-Mail, Schicht, Aufgabe) prints the
slots and leaves the rest to whoever signs up, and names a coordinator to call.

Personal: volunteers, sign-in signatures, organisers, coordinators and the person who
issues a certificate (``name``), their phones, e-mails, the building and room a
volunteer lives in (``door``), ID numbers and volunteer numbers (``id_number``).
Ordinary: the community, school or parish, the event, its place and date, shifts,
slots, tasks, hours, headings, instructions and the seal.
"""

from __future__ import annotations

import random
import unicodedata

from .day_first import day_first
from .fakedata_households import HouseholdFaker
from .formkit import Cell, handwritten, seal, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import hand_cell, label_cell
from .kit import Pen, S, _finish
from .render import Canvas, Span

_CN_EVENTS = (
    "周末环境整治",
    "垃圾分类桶边督导",
    "敬老院探访",
    "社区义诊服务",
    "防汛值守",
    "文明交通劝导",
)
_CN_POSTS = ("秩序维护", "扫码登记", "分类指导", "物资搬运", "引导讲解", "后勤保障")
_CN_SHIFTS = ("7:30-9:30", "9:30-11:30", "14:00-16:00", "16:00-18:00", "全天")
_CN_ORGS = ("幸福里社区居委会", "青年志愿者协会", "阳光志愿服务队", "新城街道新时代文明实践站")
_CN_NOTE = "备注:请报名志愿者提前15分钟到岗,佩戴志愿者马甲及工作证;如临时有事请提前告知联系人。"
#: Language -> the sheet's words; ``cols`` split on "|", ``slots`` the printed shifts.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heads": "St Mary's Parish Church|Oakfield Primary School PTA|Riverside Community Garden",
        "events": "Summer Fête: volunteers needed!|Christmas Fair helpers|Spring clean-up day",
        "cols": "Name|Email|Phone|Slot",
        "slots": "8-10am Setting up|10-12 Cake stall|12-2pm Tombola|2-4pm Raffle|4-5pm Clearing away",
        "when": "Saturday {d}, on the field behind the church hall",
        "contact": "Questions? Please contact {who} on {tel}. Thank you for helping!",
    },
    "de": {
        "heads": "Grundschule am Lindenhof|Förderverein Kita Sonnenschein|TSV Blau-Weiß e.V.",
        "events": "Helferliste Sommerfest|Helferliste Flohmarkt|Helfer gesucht: Vereinsfest",
        "cols": "Name|Telefon|E-Mail|Schicht / Aufgabe",
        "slots": "9-11 Uhr Aufbau|11-13 Uhr Kuchenstand|13-15 Uhr Grill|15-17 Uhr Kasse|17-18 Uhr Abbau",
        "when": "am {d} auf dem Schulhof",
        "contact": "Bitte tragt euch bis Freitag ein. Ansprechpartnerin: {who}, Tel. {tel}",
    },
}


def _by_many_hands(
    p: Pen, x: float, y: float, widths, rows, row_h: float, font, *, cjk: bool
) -> float:
    """A sign-up table whose rows are written by different people: each row is ruled
    and filled on its own, in its own hand and ink. Returns the bottom y."""
    for row in rows:
        y = table(p, x, y, widths, [row], row_h, font, hand_px=p.r.uniform(21, 25), cjk=cjk)
    return y


def _ascii(name: str) -> str:
    """A name as its owner types it into an e-mail address (Jürgen -> Juergen)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(a, b)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _cn_signup(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (980, 1060), 1.3, cjk=True, base=960, margin=(0.04, 0.06))
    W, s, w = c.width, p.s, right - m
    f = p.font(16)
    org = rng.choice(_CN_ORGS)
    y = m + 40 * s
    c.text(W / 2, y, org, p.font(24, bold=True), "shop", anchor="ms")
    y += 42 * s
    event = rng.choice(_CN_EVENTS)
    c.text(W / 2, y, f"“{event}”志愿者报名表", p.font(26, bold=True), "label", anchor="ms")
    y += 40 * s
    info = [S("活动时间:", "label"), S(fk.date("cn"), "date"), S("   活动地点:", "label")]
    info.append(S(rng.choice(("社区广场", "党群服务中心", "3号门岗", "小区北门")), "other"))
    c.line(m, y, info, f)
    y += 22 * s
    name_head = rng.choice(("姓名", "志愿者", "报名人"))
    head = [
        label_cell(t)
        for t in ("序号", name_head, "联系电话", "楼栋/房号", "服务时段", "岗位", "签到")
    ]
    rows, filled = [head], rng.randint(4, 8)
    for k in range(rng.randint(8, 11)):
        if k >= filled:
            rows.append(
                [Cell.of(str(k + 1), "other", align="c"), *(Cell.of("", "other") for _ in range(6))]
            )
            continue
        name = fk.cn_name(honorific=0.0)
        sign = [Cell.of("", "other")]
        if rng.random() < 0.6:  # signed in on the day, often with the surname alone
            sign = [hand_cell(name if rng.random() < 0.6 else name[0], "name")]
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                hand_cell(name, "name"),
                hand_cell(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
                hand_cell(fk.cn_door(), "door"),
                hand_cell(rng.choice(_CN_SHIFTS), "other"),
                hand_cell(rng.choice(_CN_POSTS), "other"),
                *sign,
            ]
        )
    widths = (w * 0.07, w * 0.14, w * 0.2, w * 0.19, w * 0.15, w * 0.13, w * 0.12)
    y = _by_many_hands(p, m, y, widths, rows, 44 * s, f, cjk=True) + 40 * s
    organiser = [S("联系人:", "label"), S(fk.cn_name(honorific=0.0), "name"), S("  电话:", "label")]
    c.line(m, y, organiser + [S(fk.cn_mobile(), "phone")], f)
    y += 34 * s
    y = c.wrap(m, y, [S(_CN_NOTE, "footer")], p.font(14), w, 22 * s, max_lines=3)
    return _finish(c, y, 0, pad=m * 0.6)


def _cn_hours(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.35, cjk=True, base=860, margin=(0.07, 0.09))
    W, s, w = c.width, p.s, right - m
    f, big = p.font(16), p.font(19)
    org = rng.choice(_CN_ORGS)
    y = m + 60 * s
    c.text(W / 2, y, "志愿服务时长证明", p.font(32, bold=True), "label", anchor="ms")
    y += 70 * s
    name, hours = fk.cn_name(honorific=0.0), rng.randint(12, 160)
    body = [S("兹证明", "other"), S(name, "name"), S("同志(身份证号:", "other")]
    body += [S(fk.cn_resident_id(), "id_number"), S("),志愿者编号", "other")]
    body += [S(fk.digits(4) + fk.digits(10, True), "id_number")]
    year, first = rng.randint(2022, 2025), rng.randint(1, 6)
    last = rng.randint(first + 1, 12)
    span = f",于{year}年{first}月至{year}年{last}月期间在{org}参加志愿服务活动,"
    body += [S(span, "other")]
    body += [S(f"累计服务时长{hours}小时,表现突出。", "other")]
    y = c.wrap(m + 36 * s, y, body, big, w - 36 * s, 36 * s) + 10 * s
    c.text(m + 36 * s, y, "特此证明。", big, "other")
    y += 26 * s
    head = [label_cell(t) for t in ("日期", "服务项目", "时长(小时)")]
    rows = [head]
    for _ in range(rng.randint(3, 5)):
        rows.append(
            [
                Cell.of(
                    f"{year}-{rng.randint(first, last):02d}-{rng.randint(1, 28):02d}",
                    "date",
                    align="c",
                ),
                Cell.of(rng.choice(_CN_EVENTS), "other"),
                Cell.of(str(rng.choice((2, 3, 4, 6, 8))), "other", align="c"),
            ]
        )
    y = table(p, m, y, (w * 0.28, w * 0.5, w * 0.22), rows, 42 * s, f) + 60 * s
    x = c.line(m, y, [S("经办人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
    office = [S("联系电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    c.line(m, y + 34 * s, office, f)  # the organisation's own line
    c.text(right, y, org, big, "shop", anchor="rs")
    c.text(right, y + 34 * s, fk.date("cn"), f, "date", anchor="rs")
    seal(p, right - w * 0.16, y - 40 * s, 62 * s, org)
    y += 100 * s
    note = "(本证明仅用于志愿服务时长认定,复印无效)"
    c.text(W / 2, y, note, p.font(13), "footer", anchor="ms")
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (900, 980), 1.3, cjk=False, base=900, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(16)
    en = lang == "en"
    person = fk.en_name if en else (lambda: fk.eu_name("de"))
    phone = (lambda: fk.uk_phone()) if en else (lambda: fk.eu_phone("de"))
    y = m + 36 * s
    c.text(W / 2, y, rng.choice(t["heads"].split("|")), p.font(20), "shop", anchor="ms")
    y += 46 * s
    c.text(
        W / 2, y, rng.choice(t["events"].split("|")), p.font(30, bold=True), "label", anchor="ms"
    )
    y += 34 * s
    when = t["when"].format(d=day_first(fk.date(), "." if lang == "de" else "/"))
    c.text(W / 2, y, when, p.font(16), "other", anchor="ms")
    y += 26 * s
    cols = t["cols"].split("|")
    head = [label_cell(x) for x in cols]
    rows = [head]
    for slot in t["slots"].split("|"):
        for _ in range(rng.randint(1, 2)):
            printed = Cell.of(slot, "other")
            if rng.random() < 0.35:  # a slot nobody has taken yet
                rows.append([Cell.of("", "other") for _ in cols[:-1]] + [printed])
                continue
            name = person()
            # People write less than the sheet asks: a first name, no e-mail.
            name = name.split()[0] + " " + name.split()[-1][0] + "." if rng.random() < 0.2 else name
            mail = hand_cell(fk.email(_ascii(name)), "email")
            if rng.random() < 0.25:
                mail = Cell.of("", "other")
            tel = hand_cell(phone(), "phone") if rng.random() < 0.8 else Cell.of("", "other")
            cells = (
                [hand_cell(name, "name"), mail, tel] if en else [hand_cell(name, "name"), tel, mail]
            )
            rows.append([*cells, printed])
    widths = (
        (w * 0.26, w * 0.3, w * 0.2, w * 0.24) if en else (w * 0.25, w * 0.2, w * 0.3, w * 0.25)
    )
    y = _by_many_hands(p, m, y, widths, rows, 42 * s, f, cjk=False) + 36 * s
    who = person()
    who_spans = (
        [S(("Mrs " if en else "Frau ") + who.split()[-1], "name")]
        if rng.random() < 0.4
        else [S(who, "name")]
    )
    head, _, rest = t["contact"].partition("{who}")
    mid, _, tail = rest.partition("{tel}")
    spans = [
        S(head, "footer"),
        *who_spans,
        S(mid, "footer"),
        S(phone(), "phone"),
        S(tail, "footer"),
    ]
    y = word_wrap(p, m, y, [sp for sp in spans if sp.text], p.font(15), w, 22 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def volunteer_signup_sheet(rng: random.Random) -> Canvas:
    """A volunteer sign-up sheet (names, phones, rooms, slots; some rows blank) or a
    volunteer service-hours certificate naming the volunteer and the ID numbers."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn_signup, _cn_hours, _latin), weights=(35, 20, 45))[0](rng, fk)


LAYOUTS = {"volunteer_signup_sheet": volunteer_signup_sheet}
