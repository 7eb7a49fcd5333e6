"""Invented data for the seventh batch's development half (business cards,
driving-school training records, lost-property reports, residents' parking permits).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no name, number, firm, school or estate belongs to a real person or
institution (web and mail domains use the reserved ``example`` names).
"""

from __future__ import annotations

from .fakedata_errands import ErrandFaker

_CN_TITLES = (
    "销售经理",
    "总经理",
    "市场总监",
    "项目经理",
    "客户经理",
    "设计总监",
    "技术主管",
    "董事长",
)
_EN_TITLES = (
    "Sales Manager",
    "Managing Director",
    "Account Executive",
    "Senior Designer",
    "Project Lead",
    "Head of Marketing",
)
_DE_TITLES = (
    "Vertriebsleiter",
    "Geschäftsführerin",
    "Projektleiter",
    "Einkauf",
    "Key Account Managerin",
)
_CN_FIRM_A = ("博睿", "合创", "致远", "云帆", "启明", "汇智", "青禾", "橙石")
_CN_FIRM_KIND = ("设计工作室", "律师事务所", "贸易有限公司", "网络科技有限公司", "装饰工程有限公司")
_EN_FIRM_A = ("Brightfield", "Copperleaf", "Halcyon", "Northbeam", "Tidewater", "Oakmere")
_EN_FIRM_KIND = ("Design Studio", "Consulting Ltd", "Logistics", "Architects", "Trading Co.")
_DE_FIRM_KIND = ("GmbH", "Ingenieurbüro", "Handels GmbH", "& Partner")
_CN_OFFICES = ("科技园", "国际大厦", "创业中心", "金融城", "商务港")
_EN_STREETS = ("Harbour Road", "Mill Street", "Kingsway", "Canal Side", "Market Place")
_SCHOOL_A = ("安顺", "通达", "平安", "东方", "骏驰", "畅行")
_LOST_CN = (
    "黑色双肩包,内有笔记本电脑一台",
    "棕色钱包,内有银行卡两张及现金约300元",
    "白色手机一部,带蓝色手机壳",
    "银色钥匙一串(共4把)",
    "灰色行李箱,贴有红色标签",
)
_LOST_EN = (
    "Black leather wallet with two bank cards and a library card",
    "Blue rucksack containing a laptop and charger",
    "Silver mobile phone in a green case",
    "Set of keys on a red fob (house and car)",
    "Brown handbag with glasses case and purse",
)
_LOST_DE = (
    "Schwarze Geldbörse mit Bankkarte und Führerschein",
    "Blauer Rucksack mit Laptop",
    "Schlüsselbund mit fünf Schlüsseln",
)
_PLACES_CN = ("地铁2号线车厢内", "市民广场公交站", "火车站候车大厅", "人民公园东门", "万达广场一楼")
_PLACES_EN = ("the no. 38 bus", "Central Station, platform 4", "Riverside Park", "the town library")
_PLACES_DE = ("S-Bahn Linie 3", "Hauptbahnhof, Gleis 7", "Stadtpark am Weiher", "Rathausplatz")
_ESTATES_EN = ("Riverside Court", "Elm Park", "Queens Gardens", "St Anne's Close", "Harbour View")
_ZONES = ("A", "B", "C", "D", "K", "CPZ 4", "Zone 12")


class PermitFaker(ErrandFaker):
    # ------------------------------------------------------------------ business cards
    def title(self, lang: str) -> str:
        pool = {"cn": _CN_TITLES, "en": _EN_TITLES, "de": _DE_TITLES}[lang]
        return self.r.choice(pool)

    def firm(self, lang: str) -> str:
        r = self.r
        if lang == "cn":
            return (
                r.choice(("深圳", "杭州", "厦门", "成都", ""))
                + r.choice(_CN_FIRM_A)
                + r.choice(_CN_FIRM_KIND)
            )
        if lang == "de":
            return f"{r.choice(_EN_FIRM_A)} {r.choice(_DE_FIRM_KIND)}"
        return f"{r.choice(_EN_FIRM_A)} {r.choice(_EN_FIRM_KIND)}"

    def office_address(self, lang: str) -> list[str]:
        """A firm's office address in one or two printed lines (the firm's, not the person's)."""
        r = self.r
        if lang == "cn":
            city = r.choice(("深圳市南山区", "杭州市西湖区", "厦门市思明区", "成都市高新区"))
            return [
                f"{city}{r.choice(_CN_OFFICES)}{r.choice('ABC')}座{r.randint(3, 28)}{r.randint(1, 20):02d}室"
            ]
        if lang == "de":
            street, town = self.eu_address("de")
            return [street.split(",")[0], town]
        return [
            f"Unit {r.randint(1, 30)}, {r.randint(2, 200)} {r.choice(_EN_STREETS)}",
            f"Kestrelford KF{r.randint(1, 20)} {r.randint(1, 9)}{self.upper(2)}",
        ]

    def office_phone(self, lang: str) -> str:
        if lang == "cn":
            return self.cn_landline() + (f" 转{self.digits(3)}" if self.r.random() < 0.3 else "")
        if lang == "de":
            return f"+49 {self.r.randint(30, 89)} {self.digits(6)}-{self.digits(2)}"
        return f"020 7946 0{self.digits(3)}"

    # ------------------------------------------------------------------ driving schools
    def driving_school(self) -> str:
        return f"{self.r.choice(('', '市', '县'))}{self.r.choice(_SCHOOL_A)}{self.r.choice(('驾校', '机动车驾驶培训有限公司', '驾驶员培训学校'))}"

    def trainee_no(self) -> str:
        """A trainee's number with the school (the trainee's identifier)."""
        return self.r.choice(("XY", "", "JP")) + self.digits(self.r.choice((10, 12, 16)), True)

    def licence_class(self) -> str:
        return self.r.choice(("C1", "C1", "C2", "B2", "A2", "D"))

    # ------------------------------------------------------------------ lost property
    def lost_item(self, lang: str) -> str:
        return self.r.choice({"cn": _LOST_CN, "en": _LOST_EN, "de": _LOST_DE}[lang])

    def public_place(self, lang: str) -> str:
        return self.r.choice({"cn": _PLACES_CN, "en": _PLACES_EN, "de": _PLACES_DE}[lang])

    def badge_no(self) -> str:
        """A police officer's badge (warrant) number: the officer's identifier."""
        return self.r.choice((self.digits(6), f"PC {self.digits(4)}", self.digits(5)))

    def report_no(self, lang: str) -> str:
        if lang == "cn":
            return f"A{self.digits(4)}{self.r.randint(2024, 2026)}{self.digits(8)}"
        return f"{self.upper(2)}-{self.r.randint(24, 26)}-{self.digits(6)}"

    # ------------------------------------------------------------------ parking
    def permit_no(self) -> str:
        return self.r.choice(("No.", "NO.", "", "TC")) + self.digits(self.r.choice((4, 5, 6)))

    def de_plate(self) -> str:
        return (
            f"{self.r.choice(('B', 'M', 'HH', 'K', 'F'))}-{self.upper(2)} {self.r.randint(1, 9999)}"
        )

    def en_estate(self) -> str:
        return self.r.choice(_ESTATES_EN)

    def zone(self) -> str:
        return self.r.choice(_ZONES)
