"""Invented data for the twenty-first batch's development half (arrival cards,
community mediation agreements, greeting cards, room-to-let posters).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
resident IDs carry their MOD 11-2 check through :class:`~synth.fakedata_kin.KinFaker`.
Foreign passport numbers follow each country's shape (letters and digits where the
country prints them) but are drawn at random; none carries a public check.
"""

from __future__ import annotations

from .fakedata_homes import HomeFaker

#: Letters a German passport number may carry (no vowels but for none, no B, D, Q, S).
_DE_PASS = "CFGHJKLMNPRTVWXYZ0123456789"


class NoticeFaker(HomeFaker):
    # ------------------------------------------------------------------ travellers
    def foreign_passport(self, country: str) -> str:
        """A passport number in the shape ``country`` (US, GB, DE, FR, IT, JP, KR, AU,
        CA, ES) prints it: the holder's own document."""
        r, d = self.r, self.digits
        shapes = {
            "US": lambda: d(9, True),
            "GB": lambda: d(9, True),
            "DE": lambda: "C" + "".join(r.choice(_DE_PASS) for _ in range(8)),
            "FR": lambda: f"{d(2)}{self.upper(2)}{d(5)}",
            "IT": lambda: f"{self.upper(2)}{d(7)}",
            "JP": lambda: f"T{self.upper(1)}{d(7)}",
            "KR": lambda: f"M{d(8)}",
            "AU": lambda: f"P{d(7)}",
            "CA": lambda: f"{self.upper(2)}{d(6)}",
            "ES": lambda: f"{self.upper(3)}{d(6)}",
        }
        return shapes[country]()

    def cn_visa_no(self) -> str:
        """A Chinese visa's number as printed in red on the foil (the holder's visa)."""
        return self.r.choice(("", "", "E")) + self.digits(8, True)

    def seat(self) -> str:
        return f"{self.r.randint(1, 60)}{self.r.choice('ABCDEFHJK')}"

    # ------------------------------------------------------------------ mediation
    def mediation_case_no(self, year: int, place: str) -> str:
        """A 人民调解 case number (〔2026〕X调字第12号): the file of one dispute between
        named people, so ``id_number`` like a court case number of earlier batches."""
        return self.r.choice(
            (
                f"〔{year}〕{place}调字第{self.r.randint(1, 240)}号",
                f"({year}){place}人调字第{self.r.randint(1, 240):03d}号",
                f"{place}调〔{year}〕{self.r.randint(1, 240)}号",
            )
        )

    def uk_mediation_ref(self) -> str:
        return f"NM/{self.r.randint(2024, 2026)}/{self.digits(4, True)}"

    def de_schieds_no(self) -> str:
        return f"Reg.-Nr. {self.r.randint(1, 60)}/{self.r.randint(2024, 2026)}"

    # ------------------------------------------------------------------ notices
    def qq_number(self) -> str:
        return self.digits(self.r.choice((8, 9, 10)), True)

    def uk_mobile(self) -> str:
        """A UK mobile in the drama range, written as people write it on cards."""
        body = self.digits(3)
        return self.r.choice((f"07700 900{body}", f"07700900{body}", f"07700 900 {body}"))
