"""Invented data for the nineteenth batch's held-out half (divorce agreements, fuel card
receipts, patent applications, veterans' service records).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here: fuel cards are
ISO 7812 cards of the petroleum industry (Luhn), a Chinese patent application number
ends in its mod-11 check character, resident IDs through :class:`KinFaker`.
"""

from __future__ import annotations

from .fakedata import luhn_check_digit
from .fakedata_kin import _AREAS, KinFaker

#: Weights of a Chinese application number's twelve digits (2..9, then 2..5).
_CN_APP_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def cn_app_check(body: str) -> str:
    """The check character after the point of a Chinese patent application number."""
    v = sum(int(d) * w for d, w in zip(body, _CN_APP_WEIGHTS, strict=True)) % 11
    return "X" if v == 10 else str(v)


def spaced4(number: str) -> str:
    """A card number in groups of four, as a receipt or statement prints it."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


class FilingFaker(KinFaker):
    # ------------------------------------------------------------------ marriage
    def divorce_cert_no(self) -> str:
        """A 离婚证字号: L, the registering district's code, the year and a serial
        (L440305-2026-001234), like a 结婚证's J…."""
        return f"L{self.r.choice(_AREAS)}-{self.r.randint(2019, 2026)}-{self.digits(6)}"

    # ------------------------------------------------------------------ fuel cards
    def cn_fuel_card(self) -> str:
        """A Chinese fuel card: nineteen digits opening 1000113 (a provincial company's
        prepaid card) or sixteen opening 9030, with a Luhn digit."""
        head, n = self.r.choice((("1000113", 19), ("1000114", 19), ("9030", 16)))
        body = head + self.digits(n - 1 - len(head))
        return body + luhn_check_digit(body)

    def eu_fuel_card(self) -> str:
        """A European fleet card: an ISO 7812 number of the petroleum industry (7…),
        nineteen digits with a Luhn digit."""
        body = self.r.choice(("70024", "70341", "70083", "78961")) + self.digits(13)
        return body + luhn_check_digit(body)

    def fuel_order_no(self) -> str:
        """A fuel app's order number (订单编号: the member's purchase, 20 digits)."""
        return f"{self.r.randint(2025, 2026)}{self.digits(16, True)}"

    # ------------------------------------------------------------------ patents
    def cn_patent_app(self, kind: int, year: int = 0) -> str:
        """A Chinese application number (2024 1 0123456.7: year, kind 1 invention /
        2 utility model / 3 design, serial, check character)."""
        body = f"{year or self.r.randint(2019, 2025)}{kind}{self.digits(7)}"
        return f"{body}.{cn_app_check(body)}"

    def agent_licence(self) -> str:
        """A patent attorney's 执业证号 (region, year qualified, serial)."""
        region = self.r.choice(("11", "31", "44", "32", "33", "51"))
        return f"{region}{self.r.randint(2006, 2024)}{self.digits(5)}"

    def agency_code(self) -> str:
        """A patent agency's 机构代码 (five digits: the agency's own)."""
        return self.r.choice(("11", "31", "44", "32", "33")) + self.digits(3)

    def uspto_reg(self) -> str:
        """A US patent practitioner's registration number (5 digits, printed 54,321)."""
        n = self.digits(5, True)
        return n if self.r.random() < 0.5 else f"{n[:2]},{n[2:]}"

    # ------------------------------------------------------------------ service
    def cn_service_no(self) -> str:
        """A former soldier's 士兵证 / 军官证 number or 退役证 serial."""
        return self.r.choice(
            (
                f"士字第{self.digits(7, True)}号",
                f"军字第{self.digits(7, True)}号",
                f"退字{self.r.randint(2008, 2025)}第{self.digits(5)}号",
            )
        )

    def cn_preferential_no(self) -> str:
        """An 优待证's number (province, year, serial: the holder's)."""
        return f"{self.r.choice(_AREAS)[:2]}{self.r.randint(2022, 2025)}{self.digits(8, True)}"

    def uk_service_no(self) -> str:
        """A British Army number (eight digits, 25… or 30…), an officer's six."""
        if self.r.random() < 0.2:
            return self.digits(6, True)
        return self.r.choice(("25", "30", "24")) + self.digits(6)

    def fr_matricule(self) -> str:
        """A French serviceman's identifiant défense (ten digits)."""
        return f"{self.r.randint(70, 99)}{self.digits(8)}"
