"""Invented data for the twentieth batch's held-out half (apartment resident
directories, mortgage applications, powers of attorney, towing and impound receipts).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here: a VIN's ninth
character is its ISO 3779 / GB 16735 check, resident IDs, DNIs and NIEs through
:class:`KinFaker`, a UK penalty charge notice's number has no public check and has none.
"""

from __future__ import annotations

from .fakedata_dues import DuesFaker
from .fakedata_filings import FilingFaker
from .garage_words import VIN_CHARS, WMI

#: Transliteration of a VIN's characters to numbers, and the weights of its positions.
_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
#: Letters a French SIV plate may carry (no I, O or U).
_SIV = "ABCDEFGHJKLMNPQRSTVWXYZ"


def vin_check(vin: str) -> str:
    """The ninth character a seventeen-character VIN must carry."""
    v = sum(_VIN_VALUE[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return "X" if v == 10 else str(v)


class HomeFaker(FilingFaker, DuesFaker):
    # ------------------------------------------------------------------ vehicles
    def vin(self) -> str:
        """A vehicle identification number whose ninth character is its check."""
        body = self.r.choice(WMI) + "".join(self.r.choice(VIN_CHARS) for _ in range(14))
        return body[:8] + vin_check(body[:8] + "0" + body[9:]) + body[9:]

    def fr_plate(self) -> str:
        """A French SIV plate, AB-123-CD."""
        pick = "".join(self.r.choice(_SIV) for _ in range(4))
        return f"{pick[:2]}-{self.digits(3)}-{pick[2:]}"

    def pcn_no(self) -> str:
        """A UK council's penalty charge notice number: two letters and eight digits."""
        return self.r.choice(("WK", "LB", "CM", "HX")) + self.digits(8, True)

    def fr_pv_no(self) -> str:
        """A fourrière procès-verbal's number (one vehicle's file)."""
        return f"{self.r.randint(2025, 2026)}-{self.digits(7, True)}"

    # ------------------------------------------------------------------ papers
    def lpa_ref(self) -> str:
        """An Office of the Public Guardian reference for one donor's LPA."""
        return f"7{self.digits(3)}-{self.digits(4)}-{self.digits(4)}"

    def mortgage_ref(self) -> str:
        """A lender's mortgage application or account reference (one borrower's)."""
        return self.r.choice(("MA", "HL", "")) + self.digits(self.r.choice((8, 10)), True)
