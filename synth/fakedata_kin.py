"""Invented data for the eighteenth batch's held-out half (counselling intakes, clan
genealogies, kindergarten enrolments, real-name scenic-area tickets).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here (a resident ID's
MOD 11-2 character whatever the birth year, a Spanish NIE's letter).
"""

from __future__ import annotations

from .fakedata import cn_id_check_char
from .fakedata_upkeep import _DNI_LETTERS, UpkeepFaker

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_LUNAR_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_LUNAR_DAYS = (
    *(f"初{d}" for d in "一二三四五六七八九十"),
    *(f"十{d}" for d in "一二三四五六七八九"),
    "二十",
    *(f"廿{d}" for d in "一二三四五六七八九"),
    "三十",
)
_HOURS = "子丑寅卯辰巳午未申酉戌亥"
_AREAS = ("110105", "310104", "440305", "330106", "320102", "510107", "420106", "430102")
_IT_FIRST = ("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Alessandro", "Sara", "Paolo")
_IT_LAST = ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti")


def ganzhi(year: int) -> str:
    """The sexagenary name of a year (1984 -> 甲子), as genealogies date births."""
    return _STEMS[(year - 4) % 10] + _BRANCHES[(year - 4) % 12]


def star_id(idn: str) -> str:
    """A resident ID with its middle starred, as ticket systems print it."""
    return idn[:6] + "********" + idn[14:] if len(idn) == 18 else idn[:3] + "****" + idn[-3:]


class KinFaker(UpkeepFaker):
    def id_born(self, first: int, last: int) -> str:
        """A resident ID of someone born between ``first`` and ``last`` (a pupil of three,
        a client of forty), its check character valid."""
        y, m, d = self.r.randint(first, last), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{self.r.choice(_AREAS)}{y:04d}{m:02d}{d:02d}{self.digits(3)}"
        return body + cn_id_check_char(body)

    def nie(self) -> str:
        """A Spanish NIE: X, Y or Z, seven digits and the letter of (0/1/2 + digits) mod 23."""
        lead = self.r.choice("XYZ")
        n = self.digits(7)
        return f"{lead}{n}{_DNI_LETTERS[int(str('XYZ'.index(lead)) + n) % 23]}"

    def it_name(self) -> str:
        return f"{self.r.choice(_IT_FIRST)} {self.r.choice(_IT_LAST)}"

    def lunar_birth(self, year: int) -> str:
        """A birth in the lunar calendar as a genealogy prints it: 甲子年三月初六日辰时."""
        r = self.r
        text = f"{ganzhi(year)}年{r.choice(_LUNAR_MONTHS)}月{r.choice(_LUNAR_DAYS)}日"
        return text + (f"{r.choice(_HOURS)}时" if r.random() < 0.5 else "")

    def booking_ref(self) -> str:
        """An attraction's booking reference (a booker's, like an order number)."""
        return self.r.choice(
            (f"{self.upper(3)}{self.digits(6)}", f"{self.upper(2)}-{self.alnum(6)}")
        )

    def ticket_order(self) -> str:
        """A ticketing platform's order number (订单号), long digits."""
        return f"2026{self.digits(self.r.choice((12, 15)), True)}"
