"""Invented data for the seventeenth batch's development half (boat moorings, hearing-aid
fittings, lift maintenance, public complaints).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists; the
numbers that carry a check digit in life carry a valid one here (an NHS number's modulus
11, a Krankenversichertennummer's weighted digit sum, a DNI's letter).
"""

from __future__ import annotations

import unicodedata

from .fakedata_money import MoneyFaker

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def first_surname(name: str) -> str:
    """A Spanish name's first surname ("María José Peña Gómez" -> "Peña")."""
    return name.rsplit(" ", 2)[-2]


class UpkeepFaker(MoneyFaker):
    def eu_email(self, name: str) -> str:
        """An e-mail address made from a European name, its accents dropped."""
        return self.email(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())

    def born(self, first: int, last: int, style: str) -> tuple[str, int]:
        """A date of birth in a year from ``first`` to ``last`` (an adult who owns a boat,
        a wearer old enough for hearing aids) in ``style`` (iso, cn, dot, dmy, de), and
        the age in 2026."""
        y, m, d = self.r.randint(first, last), self.r.randint(1, 12), self.r.randint(1, 28)
        text = {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "cn": f"{y}年{m}月{d}日",
            "dot": f"{y}.{m:02d}.{d:02d}",
            "dmy": f"{d:02d}/{m:02d}/{y}",
            "de": f"{d:02d}.{m:02d}.{y}",
        }[style]
        return text, 2026 - y

    # ------------------------------------------------------------------ checked numbers
    def nhs_checked(self) -> str:
        """An NHS number, 3-3-4, whose tenth digit is its modulus 11 check."""
        while True:
            body = self.digits(9, True)
            check = 11 - sum(int(d) * (10 - k) for k, d in enumerate(body)) % 11
            if check == 11:
                check = 0
            if check != 10:  # no valid number has this body
                n = body + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def kvnr(self) -> str:
        """A Krankenversichertennummer: a capital, eight digits and the check digit (the
        letter as two digits, weights 1, 2, 1, 2…, digit sums of the products, mod 10)."""
        letter = self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        body = self.digits(8, True)
        total = 0
        for k, d in enumerate(f"{ord(letter) - 64:02d}{body}"):
            prod = int(d) * (1 if k % 2 == 0 else 2)
            total += prod // 10 + prod % 10
        return f"{letter}{body}{total % 10}"

    def dni(self) -> str:
        """A Spanish DNI: eight digits and the letter of their remainder mod 23."""
        n = self.digits(8, True)
        return n + _DNI_LETTERS[int(n) % 23]

    # ------------------------------------------------------------------ boats
    def cn_hull_id(self) -> str:
        """A Chinese ship identification number (船舶识别号: CN + year + seven digits)."""
        return f"CN{self.r.randint(2008, 2025)}{self.digits(7)}"

    def cn_yacht_licence(self) -> str:
        """A yacht operator's certificate number (游艇操作人员适任证书)."""
        return f"{self.r.choice(('YT', 'YTJ'))}{self.r.randint(15, 25)}{self.digits(6)}"

    def uk_boat_index(self) -> str:
        """A river or canal boat's index number, or a Small Ships Register number."""
        if self.r.random() < 0.6:
            return self.digits(self.r.choice((5, 6)), True)
        return f"SSR{self.digits(6, True)}"

    def fr_boat_reg(self, quarter: str) -> str:
        """A French pleasure boat's registration: the maritime quarter and a number."""
        return f"{quarter} {self.upper(1)}{self.digits(5)}"

    # ------------------------------------------------------------------ hearing aids
    def aid_serial(self) -> str:
        """A hearing aid's serial number as printed in its battery door."""
        return self.r.choice(
            (
                self.digits(10, True),
                f"{self.digits(4)}{self.upper(1)}{self.digits(4)}",
                f"{self.digits(2)}{self.upper(2)}{self.digits(5)}",
            )
        )

    # ------------------------------------------------------------------ lifts
    def lift_code(self) -> str:
        """A lift's 20-digit registration code (电梯注册代码: the lift's, not a person's)."""
        return f"3110{self.digits(2)}{self.r.randint(10, 99)}{self.r.randint(2008, 2025)}{self.digits(8)}"

    def work_order(self) -> str:
        """A hotline work order's number (the operator's, ordinary)."""
        return f"{self.r.randint(2025, 2026)}{self.r.randint(1, 12):02d}{self.digits(8, True)}"
