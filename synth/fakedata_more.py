"""More invented data for the newer layout families (delivery receipts, POS slips,
keyword-less parcel blocks, letters, screenshots, clinic slips).

Like :mod:`synth.fakedata`, everything is made up from small word lists and random
digits; it shares nothing with the detector's tables.
"""

from __future__ import annotations

from .fakedata import (
    CN_GIVEN_CHARS,
    EN_FIRST,
    EN_LAST,
    PINYIN,
    AddressLine,
    Faker,
    luhn_check_digit,
)


class MoreFaker(Faker):
    # ------------------------------------------------------------------ names
    def cn_name_forms(self) -> str:
        """收货人 as printed by delivery apps: 徐(先生), 谭女士, 李小姐, 王 先生, 张伟."""
        sur = self.cn_surname()
        hon = self.r.choice(("先生", "女士", "小姐", "先生", "女士"))
        style = self.r.randrange(6)
        if style == 0:
            return f"{sur}({hon})"
        if style == 1:
            return f"{sur}（{hon}）"
        if style == 2:
            return sur + hon
        if style == 3:
            return f"{sur} {hon}"
        return self.cn_name(honorific=0.0)

    def pinyin_name(self) -> str:
        sur = self.r.choice(PINYIN).upper()
        given = "".join(self.r.choice(PINYIN) for _ in range(self.r.choice((1, 2)))).upper()
        return self.r.choice((f"{sur}/{given}", f"{sur} {given}", f"{sur}/{given}/"))

    def en_org(self) -> str:
        return self.r.choice(_EN_ORGS)

    def cn_given_name(self) -> str:
        return "".join(self.r.choice(CN_GIVEN_CHARS) for _ in range(self.r.choice((1, 2))))

    # ------------------------------------------------------------------ phones
    def cn_virtual(self) -> str:
        """Delivery platforms' protected numbers: 18025475627转3218, 1*******5227, 138****5227_1234."""
        d = self.cn_mobile_digits()
        ext = self.digits(4)
        style = self.r.randrange(5)
        if style == 0:
            return f"{d}转{ext}"
        if style == 1:
            return f"{d},{ext}"
        if style == 2:
            return "1" + "*" * 6 + d[7:]
        if style == 3:
            return f"{d[:3]}****{d[7:]}"
        return f"{d[:3]}****{d[7:]}转{ext}"

    def tail4(self) -> str:
        return self.digits(4)

    def uk_phone(self) -> str:
        return self.r.choice(("07700 9", "07700 9", "0113 496 0", "020 7946 0")) + self.digits(
            5 if self.r.random() < 0.5 else 3
        )

    # ------------------------------------------------------------------ cards
    def card_pos_masked(self) -> str:
        """POS-slip masks: 6222 02** **** 1234, 622202******1234, 4*** **** **** 1234."""
        full = self.card_number()
        n, last = len(full), full[-4:]
        style = self.r.randrange(5)
        if style == 0:
            s = full[:6] + "*" * (n - 10) + last
            return " ".join(s[i : i + 4] for i in range(0, n, 4))
        if style == 1:
            return full[:6] + "*" * (n - 10) + last
        if style == 2:
            return full[0] + "***" + " **** **** " + last
        if style == 3:
            return f"{full[:4]} **** **** {last}"
        return f"{full[:6]}******{last}"

    def card_pos_full(self) -> str:
        body = self.r.choice(("622848", "621700", "622588")) + self.digits(12)
        return body + luhn_check_digit(body)

    # ------------------------------------------------------------------ ids
    def cn_id_ticket(self) -> str:
        """Train-ticket form: 1101021990****1234."""
        full = self.cn_resident_id()
        return full[:10] + "****" + full[14:]

    def medical_record_no(self) -> str:
        return self.r.choice(("MZ", "", "00", "B")) + self.digits(self.r.choice((8, 10)))

    def account_no(self) -> str:
        return self.r.choice(
            (
                f"{self.digits(4)} {self.digits(4)} {self.digits(4)}",
                f"{self.digits(3)}-{self.digits(6)}-{self.digits(2)}",
                self.digits(10),
                f"{self.upper(2)}{self.digits(8)}",
            )
        )

    # ------------------------------------------------------------------ addresses
    def us_block(self) -> tuple[AddressLine, ...]:
        street, last = self.us_address()
        return (street, last)

    def uk_block(self) -> tuple[AddressLine, ...]:
        flat = self.r.random() < 0.35
        segs: list[tuple[str, str]] = []
        lines: list[AddressLine] = []
        if flat:
            lines.append(
                AddressLine(
                    ((f"Flat {self.r.randint(1, 40)}{self.r.choice(('', 'A', 'B'))}", "door"),)
                )
            )
        segs.append((f"{self.r.randint(1, 250)} {self.r.choice(_UK_STREETS)}", "address"))
        lines.append(AddressLine(tuple(segs)))
        if self.r.random() < 0.4:
            lines.append(AddressLine(((self.r.choice(_UK_LOCALITIES), "address"),)))
        town, area = self.r.choice(_UK_TOWNS)
        pc = f"{area}{self.r.randint(1, 20)} {self.r.randint(1, 9)}{self.upper(2)}"
        town = town.upper() if self.r.random() < 0.6 else town
        if self.r.random() < 0.5:
            lines.append(AddressLine(((f"{town} {pc}", "address"),)))
        else:
            lines.append(AddressLine(((town, "address"),)))
            lines.append(AddressLine(((pc, "address"),)))
        return tuple(lines)

    def in_block(self) -> tuple[AddressLine, ...]:
        l1, l2 = self.in_address()
        return (l1, l2)

    def cn_address_parts(self) -> tuple[str, str, str]:
        """(region, street + estate, door) of one Chinese address."""
        line, _ = self.cn_address(with_door=1.0)
        segs = [t for t, _k in line.segments]
        door = segs[-1] if line.segments[-1][1] == "door" else self.cn_door()
        if len(segs) >= 3:
            return segs[0].strip(), segs[1], door
        return "", segs[0], door

    # ------------------------------------------------------------------ commerce
    def restaurant(self) -> str:
        return (
            self.r.choice(_CN_FOOD_A)
            + self.r.choice(_CN_FOOD_B)
            + self.r.choice(("", "(总店)", "(万达店)", "·外卖", "(科技园店)"))
        )

    def dish(self) -> str:
        return self.r.choice(_CN_DISHES)

    def en_name_plain(self, upper: bool) -> str:
        n = f"{self.r.choice(EN_FIRST)} {self.r.choice(EN_LAST)}"
        return n.upper() if upper else n


_EN_ORGS = (
    "ACCOUNTS PAYABLE",
    "Dept. of Chemistry",
    "HR Department",
    "Riverside Dental Group",
    "c/o Front Desk",
    "Attn: Receiving",
    "NORTHGATE PRIMARY SCHOOL",
    "Building Services",
    "Suncrest Physiotherapy Ltd",
    "Mail Room 2",
)
_UK_STREETS = (
    "Kingsley Road",
    "Church Lane",
    "Victoria Street",
    "Hyde Park Terrace",
    "Otley Road",
    "Mill Close",
    "St Michael's Lane",
)
_UK_LOCALITIES = ("Headingley", "Clifton", "Chorlton", "Roath", "Hove", "Acomb")
_UK_TOWNS = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Manchester", "M"),
    ("Cardiff", "CF"),
    ("York", "YO"),
    ("Brighton", "BN"),
    ("Norwich", "NR"),
)

_CN_FOOD_A = ("老", "小", "川", "湘", "粤", "东北", "潮汕", "云南", "兰州", "重庆")
_CN_FOOD_B = (
    "味轩",
    "牛肉面",
    "麻辣烫",
    "烧腊饭",
    "饺子馆",
    "米线",
    "小炒",
    "砂锅粥",
    "黄焖鸡",
    "汉堡王国",
)
_CN_DISHES = (
    "招牌牛肉面(大份)",
    "酸辣土豆丝",
    "宫保鸡丁饭",
    "麻辣香锅(微辣)",
    "鲜肉小笼包x2",
    "皮蛋瘦肉粥",
    "可乐(330ml)",
    "米饭",
    "番茄炒蛋",
    "烤鸡腿汉堡",
    "香辣鸡翅(4只)",
    "柠檬茶(少冰)",
    "餐具x1",
    "打包盒",
)
