"""Invented data for the twenty-second batch's development half (customer surveys,
fire safety inspections, relocation compensation, trade union membership).

Everything comes from random digits and small word lists, like :mod:`synth.fakedata`.
Resident IDs and DNIs carry their check characters through the inherited fakers; a
Spanish referencia catastral carries its two control letters (weights 13, 15, 12, 5,
4, 17, 9, 21, 3, 7, 1 over each half, modulo 23 into MQWERTYUIOPASDFGHJKLBZX); the
other numbers (union card numbers, accreditation and Sachkunde numbers) carry no
public check and are drawn at random in their usual shape.
"""

from __future__ import annotations

from .fakedata_money import _with_check_digits
from .fakedata_notices import NoticeFaker

_IT_STREETS = ("Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Viale Europa")
_IT_TOWNS = ("Bologna (BO)", "Verona (VR)", "Padova (PD)", "Bergamo (BG)", "Modena (MO)")
_CAT_WEIGHTS = (13, 15, 12, 5, 4, 17, 9, 21, 3, 7, 1)
_CAT_LETTERS = "MQWERTYUIOPASDFGHJKLBZX"


def _cat_value(ch: str) -> int:
    """A character's value in the Catastro's control: digits as such, A=1 … N=14, then
    one more for each letter after N (Ñ takes 15)."""
    if ch.isdigit():
        return int(ch)
    v = ord(ch) - 64
    return v + 1 if ch > "N" else v


def catastro_control(first14: str, unit4: str) -> str:
    """The two control letters of a referencia catastral."""
    out = ""
    for half in (first14[:7] + unit4, first14[7:] + unit4):
        total = sum(_cat_value(ch) * w for ch, w in zip(half, _CAT_WEIGHTS, strict=True))
        out += _CAT_LETTERS[total % 23]
    return out


def _ccc_digit(ten: str) -> str:
    d = (
        11
        - sum(int(ch) * w for ch, w in zip(ten, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True)) % 11
    )
    return str({10: 1, 11: 0}.get(d, d))


class SurveyFaker(NoticeFaker):
    # ------------------------------------------------------------------ Italy
    def it_mobile(self) -> str:
        return f"3{self.digits(2)} {self.digits(3)} {self.digits(4)}"

    def it_address(self) -> tuple[str, str]:
        """(street with number and interno, CAP and town)."""
        r = self.r
        flat = r.choice(("", f", int. {r.randint(1, 30)}", f", scala {r.choice('ABC')}"))
        return (
            f"{r.choice(_IT_STREETS)} {r.randint(1, 150)}{flat}",
            f"{r.choice('34')}{self.digits(4)} {r.choice(_IT_TOWNS)}",
        )

    # ------------------------------------------------------------------ numbers
    def catastro_ref(self) -> str:
        """An urban referencia catastral: 7 digits, a map sheet (2 letters, 4 digits,
        1 letter), a 4-digit unit and two control letters: 9872023VH5797S0001WX."""
        first = self.digits(7) + self.upper(2) + self.digits(4) + self.upper(1)
        unit = f"{self.r.randint(1, 40):04d}"
        return first + unit + catastro_control(first, unit)

    def es_iban(self) -> str:
        """A Spanish IBAN: bank, branch, the CCC's two control digits (weights 1, 2, 4,
        8, 5, 10, 9, 7, 3, 6 mod 11), the account, and the mod-97 check after ES."""
        bank, branch, account = self.digits(4, True), self.digits(4), self.digits(10)
        dc = _ccc_digit("00" + bank + branch) + _ccc_digit(account)
        raw = _with_check_digits("ES", bank + branch + dc + account)
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def union_card_no(self) -> str:
        """A 工会会员证's number: region code and a serial (3301 0621 0045 8)."""
        return f"{self.digits(4, True)} {self.digits(4)} {self.digits(4)} {self.digits(1)}"

    def union_member_no(self, lang: str) -> str:
        if lang == "de":
            return f"{self.digits(3, True)} {self.digits(3)} {self.digits(3)}"
        return self.r.choice(("M", "UM", "")) + self.digits(self.r.choice((7, 8)), True)

    def payroll_no(self) -> str:
        return self.r.choice(("P", "", "EMP-")) + self.digits(self.r.choice((6, 7)), True)

    def assessor_no(self) -> str:
        """A fire risk assessor's register number (IFE-like / a certification scheme's)."""
        return self.r.choice(("FRAR/", "IFE/", "NAFRAR ", "BAFE SP205-")) + self.digits(5, True)

    def sachkunde_no(self) -> str:
        """A Sachkundiger's number for fire extinguishers (certificate on DIN 14406-4)."""
        return self.r.choice(("SK-", "", "FL-")) + self.digits(4) + "/" + self.digits(2)

    def cn_inspector_no(self) -> str:
        """A fire inspector's 执法证号 (the officer's own card number)."""
        return self.r.choice(("", "消")) + self.digits(8, True)

    def extinguisher_no(self) -> str:
        """A cylinder's number painted on the tag: the building's own asset number."""
        return self.r.choice(("MFZ-", "A", "")) + self.digits(self.r.choice((3, 4)), True)

    def relocation_no(self, place: str) -> str:
        """A 征收补偿协议's number: the project's own filing number (ordinary)."""
        return f"{place}征补字〔2026〕第{self.r.randint(1, 899):03d}号"
