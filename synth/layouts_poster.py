"""Lost-and-found and missing-pet posters. A 寻狗启事 / 寻猫启事 / 寻物启事 taped on a
lift wall or a pole: a big red headline, a photo box, the pet's name, breed and
looks, where and when it went missing (from the owner's flat to the door, or only
near a building), the owner as 王女士 or a full name and the phone in large type,
a 重金酬谢 reward, tear-off strips at the bottom each repeating the phone upright;
a property office's 失物招领 notice listing found items, their finders and now and
then an owner's name on a found card; or an English "LOST CAT" / "FOUND" poster
("Please call Sarah on 07…", "Reward") or a French "PERDU" poster ("Appelez Marie
au 06 …", "Récompense").

Personal: owners' and finders' names (after 王女士 / Mme only the surname or first
name), their phones (also on the strips), a home address to the door.
Ordinary: headlines, descriptions of pets and things, breeds, places near a
building, times, rewards, the office's notice and hours; the office's phone is
business data.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .fakedata_money import MoneyFaker
from .formkit import RED, Cell, fit, table
from .formkit_slips import hand_cell, label_cell
from .kit import Faces, Pen, S, _finish, _ink, hand_font, joined_address
from .render import Canvas, Span

_CN_PETS = (
    ("狗", "泰迪", "棕色卷毛，约5斤，脖子上戴红色项圈"),
    ("狗", "柯基", "黄白相间，短腿，没有尾巴，很亲人"),
    ("狗", "金毛", "两岁，公，性格温顺，左耳有一块白斑"),
    ("猫", "橘猫", "胖胖的，约12斤，已绝育，胆子小"),
    ("猫", "英短蓝猫", "灰蓝色，圆脸，戴铃铛项圈"),
    ("狗", "比熊", "白色，刚剪过毛，穿蓝色小衣服"),
)
_CN_PET_NAMES = ("豆豆", "球球", "旺财", "咪咪", "可乐", "团子", "小白", "奶茶")
_CN_THINGS = (
    "黑色钱包一个，内有身份证、银行卡及现金若干",
    "蓝色双肩包一个，内有笔记本电脑及工作资料",
    "一串钥匙（约6把，挂有小熊挂件）",
    "文件袋一个，内有房产证复印件及合同",
)
_CN_ESTATES = ("阳光花园", "锦绣华庭", "翠湖小区", "金桂苑", "幸福里", "东方明珠城")
_FOUND_ITEMS = ("雨伞一把", "儿童自行车", "黑色钱包", "钥匙一串", "保温杯", "老花镜", "手机充电宝")
_EN_PETS = (
    ("CAT", "tabby", "ginger and white, very friendly, microchipped, no collar"),
    ("DOG", "Jack Russell", "white with a brown patch over one eye, answers to her name"),
    ("CAT", "black cat", "small, green eyes, wearing a red collar with a bell"),
)
_FR_PETS = (
    ("CHAT", "chat tigré", "gris et blanc, très craintif, pucé"),
    ("CHIEN", "caniche", "abricot, petite taille, collier bleu"),
)
_EN_PLEAS = (
    "Please check sheds, garages and outbuildings.",
    "Any sighting helps - texts welcome, day or night.",
    "She is very missed by two small children.",
)
_FR_PLEAS = ("Vérifiez vos garages et caves, merci !", "Toute information est la bienvenue.")
_EN_PET_NAMES = ("Milo", "Luna", "Poppy", "Biscuit", "Ziggy", "Noodle")
_EN_STREETS = ("Elm Road", "the Co-op on Station Street", "Victoria Park", "Church Lane")
_FR_PLACES = (
    "la boulangerie rue Victor Hugo",
    "le parc de la Mairie",
    "l'arrêt de bus Les Tilleuls",
)


def _poster(rng: random.Random, cjk: bool) -> tuple[Canvas, Pen]:
    w = rng.choice((1100, 1240))
    c = Canvas(w, int(w * 1.6), paper=(rng.randint(246, 255),) * 3, ink=_ink(rng))
    return c, Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 1200)


def _tape(p: Pen) -> None:
    """Two strips of clear tape holding the top corners (no words)."""
    c, s = p.c, p.s
    layer = Image.new("RGBA", c.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for x in (0, c.width - 200 * s):
        d.rectangle([x, 0, x + 200 * s, 50 * s], fill=(235, 230, 200, 110))
    c.img.paste(Image.alpha_composite(c.img.convert("RGBA"), layer).convert("RGB"))


def _photo_box(p: Pen, x0: float, y0: float, w: float, h: float) -> None:
    """A printed snapshot of the pet: a grey backdrop and a furry shape (no face)."""
    r, c = p.r, p.c
    fur = r.choice(((180, 130, 70), (230, 225, 215), (90, 90, 100), (210, 150, 60)))
    c.draw.rectangle([x0, y0, x0 + w, y0 + h], fill=(r.randint(150, 200),) * 3)
    c.draw.ellipse([x0 + w * 0.2, y0 + h * 0.35, x0 + w * 0.8, y0 + h * 0.95], fill=fur)
    c.draw.ellipse([x0 + w * 0.32, y0 + h * 0.1, x0 + w * 0.68, y0 + h * 0.5], fill=fur)
    for a, b in ((0.34, 0.44), (0.56, 0.66)):  # ears
        c.draw.polygon(
            [
                (x0 + w * a, y0 + h * 0.2),
                (x0 + w * (a + b) / 2, y0 + h * 0.02),
                (x0 + w * b, y0 + h * 0.16),
            ],
            fill=fur,
        )
    for dx in (0.43, 0.57):  # eyes
        c.draw.ellipse(
            [x0 + w * (dx - 0.015), y0 + h * 0.27, x0 + w * (dx + 0.015), y0 + h * 0.31],
            fill=(20, 20, 20),
        )


def _strips(p: Pen, y: float, spans_text: list[tuple[str, str]]) -> float:
    """Tear-off strips along the bottom: dashed cuts, each strip the same words
    upright (a name word and the phone, each its own item)."""
    c, s = p.c, p.s
    n = p.r.randint(7, 10)
    w = (c.width - 40 * s) / n
    c.hline(20 * s, c.width - 20 * s, y, width=max(1, round(s)), dash=int(8 * s))
    f = p.font(24)
    for i in range(n):
        x = 20 * s + i * w
        if i:
            c.vline(x, y, y + 330 * s, width=1)
        yy = y + 14 * s
        for k, (text, kind) in enumerate(spans_text):
            box = c.text_vertical(int(x + w / 2 - f.size / 2), int(yy), text, f, kind)
            joined = k + 1 < len(spans_text) and spans_text[k + 1][1] == "other"
            yy = (box[3] if box else yy) + (3 if joined else 14) * s
    return y + 340 * s


def _cn_lost(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p = _poster(rng, True)
    s, W = p.s, c.width
    m = 60 * s
    pet = rng.random() < 0.7
    kind, breed, looks = rng.choice(_CN_PETS)
    head = f"寻{kind}启事" if pet else "寻物启事"
    y = 200 * s
    c.text(W / 2, y, head, p.font(120, bold=True), "label", anchor="ms", fill=RED)
    y += 40 * s
    if pet:
        _photo_box(p, W * 0.2, y, W * 0.6, W * 0.42)
        y += W * 0.42 + 70 * s
    else:
        y += 70 * s
    f = p.font(34)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    when = f"{month}月{day}日{rng.choice(('晚上8点', '上午10点', '傍晚', '中午'))}左右"
    estate = rng.choice(_CN_ESTATES)
    if rng.random() < 0.45:  # from the owner's own flat: a home address to the door
        line, _pc = fk.cn_address(with_door=1.0)
        gone = "家中跑出" if pet else "家中出门后不慎遗失"
        where = [S("从", "other"), *[S(t, k) for t, k in line.segments], S(gone, "other")]
    else:
        where = [S(f"在{estate}{rng.randint(1, 20)}栋附近{'走失' if pet else '不慎遗失'}", "other")]
    body: list[Span] = [S(f"本人于{when}", "other"), *where]
    if pet:
        body += [S(f"，一只{breed}，名叫“{rng.choice(_CN_PET_NAMES)}”，{looks}。", "other")]
    else:
        body += [S(f"{rng.choice(_CN_THINGS)}", "other")]
        if rng.random() < 0.5:  # the ID card inside names the owner
            body += [
                S("（身份证姓名：", "other"),
                S(fk.cn_name(honorific=0.0), "name"),
                S("）", "other"),
            ]
        body += [S("。", "other")]
    body += [S("如有好心人看到或拾到，请与我联系，必有重谢！", "other")]
    y = c.wrap(m, y, body, f, W - 2 * m, f.size * 1.6, max_lines=6)
    plea = "家人万分焦急，恳请知情者提供线索！" if pet else "证件对本人十分重要，望拾到者归还！"
    c.text(m, y, plea, f, "other")
    c.text(
        W - m,
        y + f.size * 1.6,
        f"2026年{month}月{min(28, day + 1)}日",
        p.font(28),
        "date",
        anchor="rs",
    )
    y += f.size * 1.6 + 80 * s
    reward = rng.choice(("500", "1000", "2000", "3000", "5000"))
    c.text(W / 2, y, f"重金酬谢 {reward} 元", p.font(64, bold=True), "price", anchor="ms", fill=RED)
    y += 100 * s
    sur = fk.cn_surname()
    title = rng.choice(("女士", "先生"))
    phone = fk.cn_mobile(rng.choice(("plain", "space", "dash")))
    big = p.font(56, bold=True)
    owner = [S("联系人：", "label"), S(sur, "name"), S(title, "other")]
    if rng.random() < 0.3:
        owner = [S("联系人：", "label"), S(fk.cn_name(honorific=0.0), "name")]
    c.line(m, y, owner, big)
    y += 90 * s
    c.line(
        m, y, [S("电话：", "label"), S(phone, "phone")], fit(p, big, "电话：" + phone, W - 2 * m)
    )
    y += 40 * s
    if rng.random() < 0.5:
        c.text(m, y + 30 * s, "（微信同号）", p.font(28), "other")
        y += 50 * s
    strip = [(phone.replace(" ", "").replace("-", ""), "phone")]
    if rng.random() < 0.6 and owner[-1].category == "other":
        strip = [(sur, "name"), (title, "other"), *strip]
    y = _strips(p, y + 30 * s, strip)
    _tape(p)
    return _finish(c, y, 0, pad=10 * s)


def _cn_found(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """失物招领 from a property office: a table of found things and their finders."""
    c, p = _poster(rng, True)
    s, W = p.s, c.width
    m = 60 * s
    estate = rng.choice(_CN_ESTATES)
    y = 150 * s
    c.text(W / 2, y, "失物招领", p.font(96, bold=True), "label", anchor="ms", fill=RED)
    y += 80 * s
    intro = (
        "近期本小区拾获以下物品，请失主携带有效证件到物业服务中心认领，逾期30天未认领将统一处理。"
    )
    y = c.wrap(m, y, [S(intro, "other")], p.font(30), W - 2 * m, 48 * s, max_lines=4) + 20 * s
    rows: list[list[Cell]] = [
        [label_cell(h) for h in ("序号", "物品", "拾获地点", "日期", "拾获人")]
    ]
    for i in range(rng.randint(4, 7)):
        thing = rng.choice(_FOUND_ITEMS + ("学生卡", "门禁卡"))
        item = Cell.of(thing, "other")
        if thing == "学生卡":  # the card shows whose it is
            item = Cell(
                (S("学生卡（", "other"), S(fk.cn_name(honorific=0.0), "name"), S("）", "other"))
            )
        place = f"{rng.randint(1, 20)}栋{rng.choice(('大堂', '电梯', '楼下', '车库'))}"
        finder = rng.random() if i else 0.0
        if finder < 0.5:
            who = Cell.of(fk.cn_name(honorific=0.0), "name", hand=True)
        elif finder < 0.8:
            who = Cell((S(fk.cn_surname(), "name"), S(rng.choice(("阿姨", "师傅")), "other")), True)
        else:
            who = Cell.of(rng.choice(("保安", "保洁")), "other", hand=True)
        rows.append([Cell.of(str(i + 1), "other", align="c"), item, Cell.of(place, "other")])
        rows[-1] += [hand_cell(f"{rng.randint(1, 12)}.{rng.randint(1, 28)}", "date"), who]
    widths = [x * (W - 2 * m) / 100 for x in (10, 30, 24, 14, 22)]
    y = table(p, m, y, widths, rows, 62 * s, p.font(28), hand_px=32) + 70 * s
    f = p.font(30)
    office = f"{estate}物业服务中心"
    c.line(m, y, [S("认领地点：", "label"), S(office + "（1栋一楼）", "other")], f)
    y += 54 * s
    c.line(m, y, [S("办公时间：", "label"), S("8:30-18:00", "other")], f)
    y += 54 * s
    c.line(m, y, [S("咨询电话：", "label"), Span(fk.cn_landline(), "shop_phone", None)], f)
    y += 54 * s
    steward = [S("楼栋管家：", "label"), S(fk.cn_surname(), "name"), S("管家 ", "other")]
    c.line(m, y, [*steward, S(fk.cn_mobile(), "phone"), S("（微信同号）", "other")], f)
    y += 80 * s
    c.text(W - m, y, office, f, "shop", anchor="rs")
    y += 50 * s
    c.text(W - m, y, fk.date("cn"), f, "date", anchor="rs")
    _tape(p)
    return _finish(c, y, 0, pad=60 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    fr = rng.random() < 0.4
    c, p = _poster(rng, False)
    s, W = p.s, c.width
    m = 60 * s
    hand = rng.random() < 0.35  # a felt-pen poster rather than a printed one
    font = (lambda px, bold=False: hand_font(p, px, cjk=False)) if hand else p.font
    kind, breed, looks = rng.choice(_FR_PETS if fr else _EN_PETS)
    found = not fr and rng.random() < 0.25
    head = (
        ("PERDU " if fr else "LOST ") + kind
        if not found
        else "FOUND: " + rng.choice(("WALLET", "KEYS", "DOG"))
    )
    y = 170 * s
    c.text(
        W / 2,
        y,
        head,
        fit(p, font(130, bold=True), head, W - 2 * m),
        "label",
        anchor="ms",
        fill=RED,
    )
    y += 40 * s
    if not found:
        y += 30 * s
        ask = (
            "AVEZ-VOUS VU " + ("CE CHAT ?" if kind == "CHAT" else "CE CHIEN ?")
            if fr
            else "HAVE YOU SEEN ME?"
        )
        c.text(W / 2, y, ask, font(44, bold=True), "other", anchor="ms")
        y += 30 * s
    _photo_box(p, W * 0.18, y, W * 0.64, W * 0.44)
    y += W * 0.44 + 80 * s
    pet = rng.choice(_EN_PET_NAMES)
    f = font(38)
    first = fk.eu_name("fr").split()[0] if fr else fk.en_first(upper=False)
    phone = fk.eu_phone("fr") if fr else fk.uk_phone()
    if fr:
        body = f"{pet}, {breed}, {looks}. Disparu le {rng.randint(1, 28)}/{rng.randint(1, 12)} près de {rng.choice(_FR_PLACES)}."
    elif found:
        body = (
            f"Found on {rng.choice(_EN_STREETS)} on {rng.randint(1, 28)} Nov. Describe it to claim."
        )
    else:
        body = f"{pet}, a {breed}, {looks}. Last seen near {rng.choice(_EN_STREETS)} on {rng.randint(1, 28)} Nov."
    y = c.wrap(m, y, [S(body, "other")], f, W - 2 * m, f.size * 1.5, max_lines=5)
    plea = rng.choice(_FR_PLEAS if fr else _EN_PLEAS)
    y = c.wrap(m, y, [S(plea, "other")], f, W - 2 * m, f.size * 1.5, max_lines=2) + 30 * s
    if not found and rng.random() < 0.4:  # lives at: the home to the door
        lead = "Habite au " if fr else "Lives at "
        if fr:
            street, _, flat = fk.eu_address("fr")[0].partition(", ")
            home = [S(street, "address")] + ([S(", ", "other"), S(flat, "door")] if flat else [])
        else:
            home = joined_address(fk.uk_address()[:1])
        text = lead + "".join(sp.text for sp in home)
        c.line(m, y, [S(lead, "other"), *home], fit(p, f, text, W - 2 * m))
        y += f.size * 1.6
    call = "Appelez " if fr else "Please call "
    mid = " au " if fr else " on "
    big = font(52, bold=True)
    spans = [S(call, "other"), S(first, "name"), S(mid, "other"), S(phone, "phone")]
    c.line(m, y + 20 * s, spans, fit(p, big, call + first + mid + phone, W - 2 * m))
    y += 110 * s
    if not found:
        reward = ("Récompense " if fr else "REWARD ") + rng.choice(
            ("50 €", "100 €") if fr else ("£50", "£100", "£200")
        )
        c.text(W / 2, y, reward, font(64, bold=True), "price", anchor="ms", fill=RED)
        y += 40 * s
    posted = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
    c.text(
        W - m,
        y + 10 * s,
        ("Affiché le " if fr else "Posted ") + posted,
        p.font(22),
        "date",
        anchor="rs",
    )
    y = _strips(p, y + 30 * s, [(first, "name"), (phone, "phone")])
    _tape(p)
    return _finish(c, y, 0, pad=10 * s)


def lost_and_found_poster(rng: random.Random) -> Canvas:
    """A lost pet or lost property poster, a found-items notice, or a Latin poster."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn_lost, _cn_found, _latin), weights=(45, 20, 35))[0](rng, fk)


LAYOUTS = {"lost_and_found_poster": lost_and_found_poster}
