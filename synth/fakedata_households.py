"""Invented data for the eighth batch's development half (census household forms,
hair-salon membership cards, pension statements, taxi receipts).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no salon, fund, taxi firm or person is real (the fund's hotline and
the taxi firm's phone are random digits too).
"""

from __future__ import annotations

from .fakedata_permits import PermitFaker

#: Relation to the head of household, as census forms print them, per language.
RELATIONS = {
    "cn": ("配偶", "子女", "父母", "孙子女", "兄弟姐妹", "儿媳", "其他"),
    "en": ("Wife", "Husband", "Son", "Daughter", "Partner", "Mother", "Lodger", "Grandson"),
    "es": ("Cónyuge", "Hijo", "Hija", "Padre", "Madre", "Nieto", "Otro"),
}
OCCUPATIONS = {
    "cn": ("工人", "教师", "个体经营", "学生", "退休", "务农", "司机", "会计", "无业"),
    "en": ("Nurse", "Electrician", "Student", "Retired", "Teacher", "Driver", "Clerk", "None"),
    "es": ("Estudiante", "Jubilado", "Administrativa", "Albañil", "Enfermera", "Parado"),
}
EDUCATION = {
    "cn": ("小学", "初中", "高中", "中专", "大学专科", "大学本科", "研究生", "未上过学"),
    "en": ("GCSE", "A level", "Degree", "None", "Apprenticeship", "Postgraduate"),
    "es": ("Primaria", "ESO", "Bachillerato", "FP", "Licenciatura", "Sin estudios"),
}
_SALON_CN = ("名剪", "丝域", "美发沙龙", "造型", "发艺", "形象设计")
_SALON_CN_A = ("尚品", "丽人", "魅力", "伊美", "千丝", "东方", "蔓蒂", "零度")
_SALON_EN = ("Snips", "The Cutting Room", "Mane Street", "Blade & Bloom", "Curl Up & Dye")
_SALON_FR = ("Salon Élégance", "Coiff'Évasion", "L'Atelier du Cheveu", "Hair Mode")
SERVICES = {
    "cn": ("洗剪吹", "烫发", "染发", "护理", "头皮护理", "造型", "焗油"),
    "en": ("Cut & blow dry", "Colour", "Highlights", "Wash & set", "Beard trim", "Perm"),
    "fr": ("Coupe brushing", "Couleur", "Mèches", "Shampooing", "Soin", "Permanente"),
}
STYLIST_EN = ("Tony", "Kevin", "Amy", "Jessie", "Leo", "Coco", "Mia", "Jason")
_FUND_CN_CITY = ("滨江", "东林", "南岭", "青川", "西湖", "北塘")
_TAXI_CN_A = ("大众", "强生", "海博", "锦江", "交运", "鹏程", "金马", "通达")
_TAXI_EN = ("Central Cabs", "Star Taxis", "Radio Cars", "City Private Hire", "A1 Taxis")
PLACES = {
    "cn": ("火车南站", "机场T2航站楼", "人民医院", "市民中心", "万象城", "会展中心", "长途汽车站"),
    "en": ("Central Station", "Airport Terminal 2", "City Hospital", "Town Hall", "Bus Station"),
}


class HouseholdFaker(PermitFaker):
    # ------------------------------------------------------------------ numbers
    def enumerator_no(self) -> str:
        """A census enumerator's number (普查员证号): the staff member's identifier."""
        return self.r.choice(("", "PC", "E")) + self.digits(self.r.choice((6, 8)))

    def area_code(self) -> str:
        """An enumeration district's code: where the form belongs, not who lives there."""
        return self.digits(12, first_nonzero=True)

    def salon_card_no(self) -> str:
        return self.r.choice(("VIP", "", "", "A")) + self.digits(self.r.choice((4, 6, 8)))

    def social_security_no(self, cn: bool) -> str:
        """个人社保编号 or a pension scheme's member number."""
        if cn:
            return self.r.choice(("", "1", "SB")) + self.digits(self.r.choice((9, 10, 12)))
        return self.r.choice(("M", "PN", "")) + self.digits(self.r.choice((7, 8)))

    def de_pension_no(self, sex: str) -> str:
        """A German pension insurance number's shape: area, birth date, initial, serial."""
        return (
            f"{self.digits(2, True)} {self.digits(6)} {self.upper(1)} {self.digits(2)}"
            f"{'5' if sex == 'F' else '0'}"
        )

    def taxi_licence(self, cn: bool) -> str:
        """A driver's taxi certificate (服务资格证号) or badge number."""
        if cn:
            return self.r.choice((self.digits(6), self.digits(8, True), "3201" + self.digits(8)))
        return self.r.choice((self.digits(5), "B" + self.digits(5), f"PH{self.digits(4)}"))

    # ------------------------------------------------------------------ organisations
    def salon(self, lang: str) -> str:
        if lang == "cn":
            return self.r.choice(_SALON_CN_A) + self.r.choice(_SALON_CN)
        return self.r.choice(_SALON_FR if lang == "fr" else _SALON_EN)

    def shop_address(self, lang: str) -> str:
        """A shop front's address (the salon's own, printed on its card)."""
        r, n = self.r, self.r.randint(2, 320)
        if lang == "cn":
            road = r.choice(_FUND_CN_CITY) + r.choice(("路", "大道", "街"))
            return (
                f"{r.choice(_FUND_CN_CITY)}市{road}{n}号{r.choice(('商铺', '一楼', '2楼', 'B区'))}"
            )
        if lang == "fr":
            return f"{n} {r.choice(('rue Gambetta', 'avenue Foch', 'place du Marché'))}, Montclair"
        return f"{n} {r.choice(('High Street', 'Market Row', 'Church Lane'))}, Kestrelford"

    def fund_office(self) -> str:
        return f"{self.r.choice(_FUND_CN_CITY)}市社会保险事业管理局"

    def taxi_firm(self, cn: bool) -> str:
        if cn:
            return self.r.choice(_TAXI_CN_A) + self.r.choice(("出租汽车有限公司", "出租车公司"))
        return self.r.choice(_TAXI_EN)
