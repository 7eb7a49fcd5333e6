"""Fake personal and business data for synthetic labels.

Everything here is invented from small word lists and random digits; no entry is
taken from a real person.  Check digits (Chinese resident ID, bank cards) are made
valid on purpose so that a detector relying on them is exercised.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# --------------------------------------------------------------------------- names


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
CN_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
)
CN_GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩然子轩梓涵欣怡思雨博文嘉琪晨阳俊杰一鸣雪梅海燕建国志强晓东丹丹佳豪诗琪"

EN_FIRST = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy "
    "Anthony Betty Mark Sandra Donald Ashley Steven Emily Andrew Kimberly Joshua Donna "
    "Kenneth Michelle Kevin Carol Brian Amanda Angela Melissa Lynnette Rosa Tyrone Priya "
    "Marcus Dolores Wesley Imogen Felix Harriet Oscar Beatrice Rupert Yolanda Hector"
)
EN_LAST = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Burgos Okafor Nakamura Kowalski Fitzgerald Lindqvist Abernathy Castellano Whitfield "
    "Pemberton Delacroix Hargreaves Oyelaran Vasquez McAllister"
)
IN_FIRST = _words(
    "Aarav Vivaan Aditya Arjun Sai Reyansh Krishna Ishaan Rohan Rahul Amit Sunil Priya "
    "Ananya Diya Aadhya Kavya Pooja Neha Sneha Lakshmi Meera Divya Sanjay Venkatesh Farhan "
    "Gurpreet Harpreet Deepika Nikhil Tanvi"
)
IN_LAST = _words(
    "Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Rao Das Banerjee Chatterjee "
    "Mukherjee Joshi Kulkarni Desai Mehta Shah Pillai Menon Chopra Malhotra Khan Agarwal"
)

PINYIN = _words(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang "
    "wei hua ming jun hong xin yu hao ran tao jie fang na min jing qiang lei yong yan"
)


@dataclass(frozen=True)
class AddressLine:
    """One printed address line as ordered segments tagged ``address`` or ``door``.

    Keeping the segments separate lets the renderer give the door part
    (栋/单元/室, "Apt 4B") its own polygon.
    """

    segments: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.segments)


@dataclass(frozen=True)
class Person:
    name: str
    phone: str
    address: tuple[AddressLine, ...]
    postcode: str = ""


class Faker:
    """Deterministic fake-data source bound to one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # ------------------------------------------------------------------ helpers
    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and n:
            s = self.r.choice("123456789") + s[1:]
        return s

    def upper(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    # ------------------------------------------------------------------ names
    def cn_surname(self) -> str:
        if self.r.random() < 0.12:
            return self.r.choice(CN_COMPOUND_SURNAMES)
        return self.r.choice(CN_SURNAMES)

    def cn_name(self, *, honorific: float = 0.1, given_len: int | None = None) -> str:
        sur = self.cn_surname()
        if self.r.random() < honorific:
            return sur + self.r.choice(("先生", "女士", "小姐"))
        n = given_len or self.r.choices((1, 2, 3), weights=(35, 60, 5))[0]
        return sur + "".join(self.r.choice(CN_GIVEN_CHARS) for _ in range(n))

    def cn_name_masked(self) -> str:
        """Privacy-sheet forms: 张*明, 欧阳**, 李*, 王**."""
        sur = self.cn_surname()
        n = self.r.choice((1, 2, 2))
        style = self.r.random()
        if n == 2 and style < 0.5:
            return sur + "*" + self.r.choice(CN_GIVEN_CHARS)
        return sur + "*" * n

    def en_name(self, *, upper: bool = False, initial: bool = False) -> str:
        first, last = self.r.choice(EN_FIRST), self.r.choice(EN_LAST)
        if initial:
            name = f"{first} {self.r.choice('ABCDEFGHJKLMPRSTW')}. {last}"
        else:
            name = f"{first} {last}"
        return name.upper() if upper else name

    def en_first(self, upper: bool = True) -> str:
        n = self.r.choice(EN_FIRST)
        return n.upper() if upper else n

    def in_name(self) -> str:
        return f"{self.r.choice(IN_FIRST)} {self.r.choice(IN_LAST)}"

    # ------------------------------------------------------------------ phones
    def cn_mobile_digits(self) -> str:
        prefix = self.r.choice(
            (
                "130",
                "131",
                "132",
                "133",
                "135",
                "136",
                "137",
                "138",
                "139",
                "150",
                "151",
                "152",
                "153",
                "155",
                "156",
                "157",
                "158",
                "159",
                "166",
                "173",
                "176",
                "177",
                "180",
                "181",
                "182",
                "183",
                "185",
                "186",
                "187",
                "188",
                "189",
                "191",
                "198",
                "199",
            )
        )
        return prefix + self.digits(8)

    def cn_mobile(self, form: str | None = None) -> str:
        d = self.cn_mobile_digits()
        form = (
            form or self.r.choices(("plain", "space", "dash", "intl"), weights=(60, 15, 15, 10))[0]
        )
        if form == "space":
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if form == "dash":
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if form == "intl":
            return self.r.choice(("+86 ", "+86-", "+86")) + d
        if form == "masked":
            return d[:3] + "****" + d[7:]
        return d

    def cn_landline(self) -> str:
        area = self.r.choice(
            (
                "010",
                "020",
                "021",
                "022",
                "023",
                "025",
                "027",
                "028",
                "0571",
                "0755",
                "0769",
                "0512",
                "0531",
                "0591",
            )
        )
        n = 8 if len(area) == 3 or self.r.random() < 0.7 else 7
        return f"{area}-{self.digits(n, first_nonzero=True)}"

    def us_phone(self) -> str:
        # 555 exchange: reserved for fiction, so no real subscriber is printed.
        area = self.r.choice(("212", "312", "415", "503", "617", "702", "808", "919", "555"))
        line = self.digits(4)
        form = self.r.randrange(4)
        if form == 0:
            return f"({area}) 555-{line}"
        if form == 1:
            return f"{area}-555-{line}"
        if form == 2:
            return f"+1 {area} 555 {line}"
        return f"{area}.555.{line}"

    def us_phone_digits(self) -> str:
        return self.r.choice(("212", "415", "617", "555", "702")) + "555" + self.digits(4)

    def in_phone(self) -> str:
        d = self.r.choice("6789") + self.digits(9)
        return self.r.choice((f"+91 {d}", f"+91-{d[:5]} {d[5:]}", d, f"0{d}"))

    # ------------------------------------------------------------------ email
    def email(self, name_hint: str | None = None) -> str:
        if name_hint and name_hint.isascii():
            parts = [p.lower().strip(".") for p in name_hint.split() if p.strip(".")]
            local = self.r.choice((".", "_", "")).join(parts[:2])
        else:
            local = "".join(self.r.choice(PINYIN) for _ in range(self.r.choice((1, 2, 2))))
        if self.r.random() < 0.6:
            local += self.digits(self.r.choice((2, 3, 4)))
        dom = self.r.choice(
            (
                "163.com",
                "126.com",
                "qq.com",
                "foxmail.com",
                "gmail.com",
                "outlook.com",
                "yahoo.com",
                "example.com",
                "mail.example.cn",
                "sina.com",
            )
        )
        if dom == "qq.com" and self.r.random() < 0.5:
            local = self.digits(self.r.choice((8, 9, 10)), first_nonzero=True)
        return f"{local}@{dom}"

    # ------------------------------------------------------------------ IDs
    def cn_resident_id(self, *, x_prob: float = 0.0) -> str:
        """18-digit resident ID with a valid ISO 7064 MOD 11-2 check character."""
        for _ in range(100):
            area = self.r.choice(
                (
                    "110101",
                    "110105",
                    "310104",
                    "310115",
                    "440305",
                    "440306",
                    "440106",
                    "330106",
                    "320102",
                    "510107",
                    "420106",
                    "370202",
                    "500103",
                    "610113",
                    "350203",
                    "210102",
                )
            )
            y = self.r.randint(1950, 2005)
            m = self.r.randint(1, 12)
            d = self.r.randint(1, 28)
            body = f"{area}{y:04d}{m:02d}{d:02d}{self.digits(3)}"
            check = cn_id_check_char(body)
            # Optionally steer towards IDs ending in X (they occur ~1/11 of the time).
            if x_prob and check != "X" and self.r.random() < x_prob:
                continue
            return body + check
        return body + check

    def cn_id_masked(self) -> str:
        full = self.cn_resident_id()
        style = self.r.randrange(3)
        if style == 0:
            return full[:6] + "********" + full[14:]
        if style == 1:
            return full[:3] + "*" * 11 + full[14:]
        return full[:1] + "*" * 16 + full[17:]

    # ------------------------------------------------------------------ cards
    def card_number(self, length: int | None = None) -> str:
        prefix = self.r.choice(
            ("622848", "622202", "621700", "622588", "4", "4", "51", "53", "55", "37")
        )
        if prefix == "37":
            length = 15
        length = length or (19 if prefix.startswith("62") and self.r.random() < 0.5 else 16)
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_check_digit(body)

    def card_masked(self) -> str:
        full = self.card_number()
        last4 = full[-4:]
        style = self.r.randrange(7)
        if style == 0:
            return full[:6] + "*" * (len(full) - 10) + last4
        if style == 1:
            return "**** **** **** " + last4
        if style == 2:
            return "*" * 12 + last4
        if style == 3:
            return "XXXX XXXX XXXX " + last4
        if style == 4:
            return f"{full[:2]} XXXXXXXX {last4}"
        if style == 5:
            return "xxxxxxxxxxxx" + last4
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))  # full number, spaced

    def member_card(self) -> str:
        return self.r.choice(("", "VIP", "M", "88")) + self.digits(self.r.choice((10, 12, 13)))

    # ------------------------------------------------------------------ tracking
    def waybill_cn(self, carrier: str | None = None) -> str:
        carrier = carrier or self.r.choice(("SF", "JD", "YT", "ZTO", "STO", "YD", "EMS"))
        if carrier == "SF":
            return "SF" + self.digits(13, first_nonzero=True)
        if carrier == "JD":
            return "JD" + self.r.choice(("V", "X", "0")) + self.digits(12)
        if carrier == "YT":
            return "YT" + self.digits(13, first_nonzero=True)
        if carrier == "ZTO":
            return self.r.choice(("73", "75", "78")) + self.digits(12)
        if carrier == "STO":
            return "77" + self.digits(11)
        if carrier == "YD":
            return "43" + self.digits(13)
        return "E" + self.upper(1) + self.digits(9) + "CN"

    def ups_tracking(self, spaced: bool = False) -> str:
        t = "1Z" + self.alnum(6) + self.r.choice(("01", "02", "03", "12", "13")) + self.digits(8)
        if spaced:
            return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:10]} {t[10:14]} {t[14:]}"
        return t

    def numeric_tracking(self) -> str:
        return self.digits(self.r.randint(12, 15), first_nonzero=True)

    def awb_india(self) -> str:
        return self.r.choice(
            (
                self.digits(13, first_nonzero=True),
                self.digits(14, first_nonzero=True),
                "FMPP" + self.digits(10),
                "SF" + self.digits(10) + "DEL",
                "X" + self.digits(11),
            )
        )

    def order_number(self, kind: str = "cn") -> str:
        if kind == "amazon":
            return f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}"
        if kind == "in":
            return "OD" + self.digits(18)
        return self.r.choice(("", "DD", "T")) + self.digits(self.r.choice((14, 16, 18)), True)

    # ------------------------------------------------------------------ Chinese address
    def cn_address(self, *, sep: str = "", with_door: float = 0.85) -> tuple[AddressLine, str]:
        """Whole address as one logical line (the renderer wraps it) + a postcode."""
        prov, cities = self.r.choice(_CN_REGIONS)
        city, districts, pc = self.r.choice(cities)
        district = self.r.choice(districts)
        road = self.r.choice(_ROAD_A) + self.r.choice(_ROAD_B) + self.r.choice(_ROAD_SUFFIX)
        road_no = f"{self.r.randint(1, 999)}号"
        street = ""
        if self.r.random() < 0.35:
            street = self.r.choice(_ROAD_A) + self.r.choice(("街道", "镇"))
        estate = ""
        if self.r.random() < 0.85:
            estate = self.r.choice(_ROAD_A) + self.r.choice(_ROAD_B) + self.r.choice(_ESTATE)
        prov_txt = prov if self.r.random() < 0.7 else prov.rstrip("省市")
        if prov == city:  # municipalities: 北京市朝阳区, not 北京市北京市
            prov_txt = ""
        head = sep.join(x for x in (prov_txt, city, district) if x)
        segs: list[tuple[str, str]] = [(head + (" " if sep else ""), "address")]
        segs.append((street + road + road_no + estate, "address"))
        if self.r.random() < with_door:
            segs.append((self.cn_door(), "door"))
        segs = [(t, k) for t, k in segs if t]
        return AddressLine(tuple(segs)), pc + self.digits(2)

    def cn_door(self) -> str:
        b, u, f = self.r.randint(1, 32), self.r.randint(1, 6), self.r.randint(1, 33)
        room = f"{f}{self.r.randint(1, 8):02d}"
        style = self.r.randrange(7)
        if style == 0:
            return f"{b}栋{u}单元{room}室"
        if style == 1:
            return f"{b}幢{room}室"
        if style == 2:
            return f"{b}号楼{u}单元{room}"
        if style == 3:
            return f"{self.r.choice('ABCDE')}座{room}室"
        if style == 4:
            return f"{b}栋{f}层{room}"
        if style == 5:
            return f"{b}-{u}-{room}"
        return f"{b}栋{room}"

    # ------------------------------------------------------------------ Western addresses
    def us_address(self) -> tuple[AddressLine, AddressLine]:
        if self.r.random() < 0.1:
            street = AddressLine(((f"PO Box {self.r.randint(10, 99999)}", "address"),))
        else:
            num = self.r.randint(1, 29999)
            pre = self.r.choice(("", "", "", "N ", "S ", "E ", "W ", "NW "))
            name = self.r.choice(_US_STREETS)
            suf = self.r.choice(
                (
                    "St",
                    "Ave",
                    "Rd",
                    "Blvd",
                    "Dr",
                    "Ln",
                    "Ct",
                    "Way",
                    "Pl",
                    "Street",
                    "Avenue",
                    "Terrace",
                    "Pkwy",
                    "Hwy",
                )
            )
            main = f"{num} {pre}{name} {suf}"
            if self.r.random() < 0.55:
                door = self.r.choice(
                    (
                        f"Apt {self.r.randint(1, 40)}{self.r.choice('ABCDEF')}",
                        f"Unit {self.r.randint(1, 999)}",
                        f"Suite {self.r.randint(100, 990)}",
                        f"#{self.r.randint(1, 999)}",
                        f"APT {self.r.randint(1, 12)}{self.r.choice('ABCD')}",
                    )
                )
                sep = self.r.choice((" ", ", ", " "))
                street = AddressLine(((main + sep, "address"), (door, "door")))
            else:
                street = AddressLine(((main, "address"),))
        city, st, z = self.r.choice(_US_CITIES)
        zip5 = z + self.digits(2)
        zipcode = zip5 + (f"-{self.digits(4)}" if self.r.random() < 0.3 else "")
        sep = self.r.choice((", ", " "))
        last = AddressLine(((f"{city}{sep}{st} {zipcode}", "address"),))
        return street, last

    def uk_address(self) -> tuple[AddressLine, AddressLine]:
        flat = f"Flat {self.r.randint(1, 30)}, " if self.r.random() < 0.4 else ""
        main = f"{self.r.randint(1, 250)} {self.r.choice(_UK_STREETS)}"
        segs: list[tuple[str, str]] = []
        if flat:
            segs.append((flat, "door"))
        segs.append((main, "address"))
        town, area = self.r.choice(_UK_TOWNS)
        pc = f"{area}{self.r.randint(1, 20)} {self.r.randint(1, 9)}{self.upper(2)}"
        return AddressLine(tuple(segs)), AddressLine(((f"{town} {pc}", "address"),))

    def in_address(self) -> tuple[AddressLine, AddressLine]:
        door = self.r.choice(
            (
                f"Flat {self.r.randint(1, 20)}0{self.r.randint(1, 9)}",
                f"H.No {self.r.randint(1, 20)}-{self.r.randint(1, 9)}-{self.r.randint(1, 300)}",
                f"Plot {self.r.randint(1, 400)}",
                f"#{self.r.randint(1, 999)}",
            )
        )
        area = self.r.choice(_IN_AREAS)
        line1 = AddressLine(((door + ", ", "door"), (f"{area}", "address")))
        city, state, pin3 = self.r.choice(_IN_CITIES)
        pin = pin3 + self.digits(3)
        line2 = AddressLine(
            (
                (
                    f"{city}, {state} - {pin}"
                    if self.r.random() < 0.5
                    else f"{city}, {state} {pin}",
                    "address",
                ),
            )
        )
        return line1, line2

    # ------------------------------------------------------------------ commerce
    def cn_shop(self) -> str:
        return self.r.choice(_ROAD_A) + self.r.choice(_ROAD_B) + self.r.choice(_CN_SHOP_KIND)

    def en_merchant(self) -> str:
        return f"{self.r.choice(_EN_SHOP_A)} {self.r.choice(_EN_SHOP_B)}"

    def tax_id(self) -> str:
        # 18-char unified social credit code shape (no validity implied).
        return "91" + self.digits(4) + self.digits(2) + self.alnum(9) + self.r.choice("0123456789X")

    def cn_item(self) -> str:
        return self.r.choice(_CN_ITEMS)

    def en_item(self) -> str:
        return self.r.choice(_EN_ITEMS)

    def price(self, lo: float = 1.0, hi: float = 199.0) -> str:
        return f"{self.r.uniform(lo, hi):.2f}"

    def date(self, style: str = "iso") -> str:
        y, m, d = self.r.randint(2022, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        if style == "us":
            return f"{m:02d}/{d:02d}/{y}"
        if style == "cn":
            return f"{y}年{m}月{d}日"
        if style == "in":
            return f"{d:02d}-{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}-{y}"
        return f"{y}-{m:02d}-{d:02d}"

    def time(self, seconds: bool = True) -> str:
        h, m, s = self.r.randint(7, 22), self.r.randint(0, 59), self.r.randint(0, 59)
        return f"{h:02d}:{m:02d}:{s:02d}" if seconds else f"{h:02d}:{m:02d}"

    def weight(self, unit: str = "") -> str:
        if unit == "kg":
            return f"{self.r.uniform(0.1, 25):.1f}kg"
        return self.r.choice(
            (
                f"{self.r.uniform(0.1, 25):.1f}kg",
                f"{self.r.uniform(0.1, 40):.2f} LBS",
                f"{self.r.randint(1, 40)} LB",
                f"{self.r.uniform(0.1, 9):.3f}KG",
            )
        )

    def sort_code(self) -> str:
        return self.r.choice(
            (
                f"{self.r.randint(100, 999)}-{self.upper(1)}{self.digits(2)} {self.digits(2)}",
                f"{self.upper(1)}{self.digits(1)}-{self.digits(3)}-{self.digits(2)}",
                f"{self.r.choice(('华南', '华东', '华北', '西南'))}{self.r.randint(1, 99)}-{self.digits(3)}",
            )
        )


# ------------------------------------------------------------------ checksums

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check_char(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a Chinese resident ID."""
    s = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[s % 11]


def cn_id_valid(id18: str) -> bool:
    return (
        len(id18) == 18 and id18[:17].isdigit() and cn_id_check_char(id18[:17]) == id18[17].upper()
    )


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return len(digits) >= 12 and luhn_check_digit("".join(digits[:-1])) == digits[-1]


# ------------------------------------------------------------------ word lists

_CN_REGIONS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...], str], ...]], ...] = (
    (
        "广东省",
        (
            ("深圳市", ("宝安区", "南山区", "福田区", "龙岗区", "龙华区"), "5180"),
            ("广州市", ("天河区", "海珠区", "白云区", "番禺区"), "5100"),
            ("东莞市", ("南城街道", "长安镇", "虎门镇"), "5230"),
        ),
    ),
    (
        "浙江省",
        (
            ("杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区"), "3100"),
            ("宁波市", ("鄞州区", "海曙区"), "3150"),
            ("温州市", ("鹿城区", "瓯海区"), "3250"),
        ),
    ),
    (
        "江苏省",
        (
            ("南京市", ("鼓楼区", "玄武区", "江宁区"), "2100"),
            ("苏州市", ("姑苏区", "工业园区", "吴中区"), "2150"),
        ),
    ),
    ("北京市", (("北京市", ("朝阳区", "海淀区", "东城区", "丰台区"), "1000"),)),
    ("上海市", (("上海市", ("浦东新区", "徐汇区", "闵行区", "静安区"), "2000"),)),
    ("四川省", (("成都市", ("武侯区", "锦江区", "高新区", "双流区"), "6100"),)),
    (
        "湖北省",
        (
            ("武汉市", ("洪山区", "武昌区", "江汉区"), "4300"),
            ("宜昌市", ("西陵区", "伍家岗区"), "4430"),
        ),
    ),
    (
        "山东省",
        (
            ("青岛市", ("市南区", "崂山区", "黄岛区"), "2660"),
            ("济南市", ("历下区", "槐荫区"), "2500"),
        ),
    ),
    ("福建省", (("厦门市", ("思明区", "湖里区", "集美区"), "3610"),)),
    ("陕西省", (("西安市", ("雁塔区", "碑林区", "未央区"), "7100"),)),
)
_ROAD_A = tuple(
    "建设人民解放中山新华和平幸福光明长江黄河东风胜利文化振兴创业科技南海滨江翠湖金桥锦绣华庭碧桂望京"
)
_ROAD_B = tuple("一二三四五六东西南北中新华兴安康泰宁")
_ROAD_SUFFIX = ("路", "路", "大道", "街", "大街", "巷", "西路", "东路", "北路")
_ESTATE = (
    "花园",
    "小区",
    "公寓",
    "家园",
    "苑",
    "大厦",
    "广场",
    "雅居",
    "新村",
    "名苑",
    "府",
    "科技园",
)

_US_STREETS = (
    "Maple",
    "Oak",
    "Pine",
    "Cedar",
    "Elm",
    "Washington",
    "Lake",
    "Hill",
    "Sunset",
    "Park",
    "Ridge",
    "Willow",
    "Highland",
    "Meadow",
    "Chestnut",
    "Lincoln",
    "Jackson",
    "Birchwood",
    "Harbor View",
    "Old Mill",
    "Magnolia",
    "Riverside",
    "Prospect",
)
_US_CITIES = (
    ("Springfield", "IL", "627"),
    ("Portland", "OR", "972"),
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Madison", "WI", "537"),
    ("Tucson", "AZ", "857"),
    ("Raleigh", "NC", "276"),
    ("Boise", "ID", "837"),
    ("Albany", "NY", "122"),
    ("Savannah", "GA", "314"),
    ("Fresno", "CA", "937"),
    ("Burlington", "VT", "054"),
    ("Henderson", "NV", "890"),
    ("Lexington", "KY", "405"),
    ("Spokane", "WA", "992"),
)
_UK_STREETS = (
    "Kingsley Road",
    "Church Lane",
    "Victoria Street",
    "Mill Close",
    "Station Road",
    "Orchard Way",
    "The Crescent",
    "Highfield Avenue",
)
_UK_TOWNS = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Manchester", "M"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
    ("York", "YO"),
    ("Brighton", "BN"),
)
_IN_AREAS = (
    "MG Road, Indiranagar",
    "Banjara Hills",
    "Sector 21, Dwarka",
    "Andheri East",
    "Koramangala 5th Block",
    "Salt Lake City, Sector V",
    "Anna Nagar West",
    "Civil Lines",
    "Gachibowli",
    "Baner Road, Baner",
    "Vaishali Nagar",
)
_IN_CITIES = (
    ("Bengaluru", "Karnataka", "560"),
    ("Hyderabad", "Telangana", "500"),
    ("New Delhi", "Delhi", "110"),
    ("Mumbai", "Maharashtra", "400"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Kolkata", "West Bengal", "700"),
    ("Pune", "Maharashtra", "411"),
    ("Jaipur", "Rajasthan", "302"),
    ("Lucknow", "Uttar Pradesh", "226"),
    ("Kochi", "Kerala", "682"),
)
_CN_SHOP_KIND = (
    "便利店",
    "超市",
    "烘焙坊",
    "生鲜超市",
    "茶饮",
    "药房",
    "百货",
    "书店",
    "面包房",
    "水果店",
)
_EN_SHOP_A = (
    "BLUE HARBOR",
    "GREEN LEAF",
    "CORNER",
    "SUNRISE",
    "MAPLE STREET",
    "GOLDEN GATE",
    "NORTHSIDE",
    "LITTLE OWL",
    "RIVERBEND",
    "URBAN",
)
_EN_SHOP_B = (
    "CAFE",
    "MARKET",
    "BAKERY",
    "PHARMACY",
    "HARDWARE",
    "BOOKS",
    "DELI",
    "GROCERY",
    "BISTRO",
    "OUTFITTERS",
)
_CN_ITEMS = (
    "农夫山泉550ml",
    "可口可乐330ml",
    "康师傅红烧牛肉面",
    "伊利纯牛奶250ml",
    "德芙巧克力",
    "旺旺雪饼",
    "洗洁精1.5kg",
    "抽纸3层100抽",
    "苹果(红富士)",
    "香蕉",
    "鸡蛋30枚",
    "五常大米5kg",
    "金龙鱼调和油",
    "海天酱油500ml",
    "奥利奥饼干",
    "维达卷纸",
    "牙膏120g",
    "酸奶(原味)",
    "面包(全麦)",
    "矿泉水1.5L",
    "薯片(原味)",
    "绿茶500ml",
    "购物袋",
)
_EN_ITEMS = (
    "LATTE 12OZ",
    "BAGEL W/ CC",
    "ORGANIC MILK",
    "AA BATTERIES 4PK",
    "NOTEBOOK A5",
    "SPARKLING WATER",
    "BANANAS 1.2LB",
    "PAPER TOWELS",
    "CROISSANT",
    "HAND SOAP",
    "COLD BREW",
    "GRANOLA BAR",
    "DISH SPONGE",
    "PHONE CHARGER",
    "WOOD SCREWS 50PK",
)
