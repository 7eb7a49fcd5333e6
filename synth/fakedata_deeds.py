"""Invented data for the eighteenth batch's development half (baptism certificates,
credit card applications, itemised call bills, property title deeds).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here (bank cards by
Luhn, IBANs by mod 97, resident IDs and DNIs through the fakers they extend).
"""

from __future__ import annotations

from .fakedata import luhn_check_digit
from .fakedata_upkeep import UpkeepFaker

#: Provinces' one-character names and a district of each, as a title number opens.
_CN_REGISTRIES = (
    ("京", "朝阳区"),
    ("京", "海淀区"),
    ("沪", "浦东新区"),
    ("沪", "徐汇区"),
    ("粤", "深圳市"),
    ("粤", "广州市"),
    ("浙", "杭州市"),
    ("苏", "南京市"),
    ("川", "成都市"),
    ("鄂", "武汉市"),
    ("鲁", "青岛市"),
)
#: HM Land Registry title-number prefixes (a registration district's letters).
_UK_TITLE_PREFIXES = ("WYK", "NGL", "SY", "LN", "BK", "MS", "GM", "HP", "DN", "SK", "TGL", "CH")


class DeedFaker(UpkeepFaker):
    # ------------------------------------------------------------------ registers
    def register_ref(self) -> tuple[int, int, int]:
        """A parish register's book, page and entry (第3册第45页第127号)."""
        book = self.r.randint(1, 14)
        page = self.r.randint(1, 240)
        return book, page, page * self.r.randint(3, 5) + self.r.randint(0, 4)

    def cn_title_no(self, proof: bool = False) -> str:
        """A 不动产权证书's number: 京(2021)朝阳区不动产权第0012345号; a mortgage's
        registration proof reads 不动产证明 instead."""
        prov, place = self.r.choice(_CN_REGISTRIES)
        kind = "不动产证明" if proof else "不动产权"
        return f"{prov}({self.r.randint(2016, 2025)}){place}{kind}第{self.digits(7)}号"

    def cn_old_title_no(self) -> str:
        """An old 房屋所有权证's number: X京房权证朝字第123456号 (before 2016)."""
        prov, place = self.r.choice(_CN_REGISTRIES)
        return f"{self.r.choice(('', 'X'))}{prov}房权证{place[0]}字第{self.digits(6, True)}号"

    def cn_unit_no(self, spaced: bool = False) -> str:
        """A 不动产单元号: the district's six digits, the cadastral area and sub-area,
        the parcel (GB + five digits), F and the building and flat (28 characters)."""
        parts = (
            self.r.choice(("110105", "310115", "440305", "330106", "320102", "510107")),
            f"{self.digits(3)}{self.digits(3)}",
            f"GB{self.digits(5)}",
            f"F{self.digits(4)}{self.digits(4)}",
        )
        return " ".join(parts) if spaced else "".join(parts)

    def uk_title_no(self) -> str:
        return f"{self.r.choice(_UK_TITLE_PREFIXES)}{self.digits(self.r.choice((5, 6)), True)}"

    def es_idufir(self) -> str:
        """A Spanish finca's IDUFIR / CRU (fourteen digits)."""
        return self.digits(14, True)

    # ------------------------------------------------------------------ cards and lines
    def card_full(self, prefix: str) -> str:
        """A sixteen-digit card number under ``prefix`` with a valid Luhn digit."""
        body = prefix + self.digits(15 - len(prefix))
        return body + luhn_check_digit(body)

    def promoter_no(self) -> str:
        """A bank promoter's staff number (推广员工号)."""
        return self.r.choice(("T", "K", "")) + self.digits(self.r.choice((6, 7, 8)), True)

    def uk_account(self) -> str:
        return self.digits(8, True)

    def fr_mobile(self) -> str:
        return "0" + self.r.choice("67") + " " + " ".join(self.digits(2) for _ in range(4))

    def fr_landline(self) -> str:
        return f"0{self.r.randint(1, 5)} " + " ".join(self.digits(2) for _ in range(4))
