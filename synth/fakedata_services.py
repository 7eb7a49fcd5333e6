"""Invented data for the second batch of form families (food delivery, repairs,
memberships, traffic, visas, pharmacy, telecom, invoices, vets, visitor logs).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; numbers with check digits (IMEI) carry a valid one.
"""

from __future__ import annotations

from .fakedata import luhn_check_digit
from .fakedata_forms import FormFaker

_CN_PLATE_PROVINCES = "粤京沪浙苏川鄂湘闽鲁"


class ServiceFaker(FormFaker):
    # ------------------------------------------------------------------ people
    def hk_name(self) -> str:
        """Hong Kong style: CHAN Tai Man, Chan Siu Ming, Ms Wong."""
        sur = self.r.choice(_HK_SURNAMES)
        given = " ".join(self.r.choice(_HK_GIVEN) for _ in range(2))
        style = self.r.randrange(3)
        if style == 0:
            return f"{sur.upper()} {given}"
        if style == 1:
            return f"{sur} {given}"
        return f"{self.r.choice(('Mr', 'Ms', 'Mrs'))} {sur}"

    def hk_phone(self) -> str:
        d = self.r.choice("5679") + self.digits(7)
        return self.r.choice((f"{d[:4]} {d[4:]}", d, f"+852 {d[:4]} {d[4:]}"))

    def initial_name(self) -> str:
        """A delivery sticker's customer: PRIYA S., Tom H, JAMES."""
        first = self.en_first(upper=self.r.random() < 0.6)
        style = self.r.randrange(3)
        if style == 0:
            return f"{first} {self.upper(1)}."
        if style == 1:
            return f"{first} {self.upper(1)}"
        return first

    # ------------------------------------------------------------------ numbers
    def cn_plate(self) -> str:
        body = self.upper(1) + "".join(self.r.choice("0123456789ABCDEFGHJK") for _ in range(5))
        return self.r.choice(_CN_PLATE_PROVINCES) + self.r.choice((body, body[0] + "·" + body[1:]))

    def uk_plate(self) -> str:
        return f"{self.upper(2)}{self.digits(2)} {self.upper(3)}"

    def imei(self) -> str:
        body = self.r.choice(("35", "86", "01")) + self.digits(12)
        return body + luhn_check_digit(body)

    def microchip(self) -> str:
        n = self.r.choice(("900", "985", "977", "941")) + self.digits(12)
        return self.r.choice((n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"))

    def iccid(self) -> str:
        return "8986" + self.digits(16)

    def driver_file_no(self) -> str:
        return self.digits(12, first_nonzero=True)

    def police_no(self) -> str:
        return self.digits(6)

    def loyalty_no(self) -> str:
        return self.r.choice(("", "M", "VIP")) + self.digits(self.r.choice((10, 12)))

    def visa_ref(self) -> str:
        return self.upper(1) + self.digits(9)


_HK_SURNAMES = ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Leung", "Ng", "Tsang", "Yip")
_HK_GIVEN = ("Tai", "Man", "Siu", "Ming", "Wai", "Kin", "Ka", "Yan", "Mei", "Ling", "Chun", "Hoi")
