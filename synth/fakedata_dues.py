"""Invented data for the nineteenth batch's development half (debt collection notices,
ferry passenger manifests, market stall permits, prison visit registrations).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here (resident IDs by
MOD 11-2 through :class:`~synth.fakedata_kin.KinFaker`, IBANs by mod 97, a SIRET by
Luhn, a DNI's letter, an Italian identity card's shape).
"""

from __future__ import annotations

from .fakedata import luhn_check_digit
from .fakedata_deeds import DeedFaker
from .fakedata_kin import KinFaker
from .fakedata_money import _with_check_digits

_IT_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


class DuesFaker(DeedFaker, KinFaker):
    # ------------------------------------------------------------------ loans and debts
    def loan_contract_no(self) -> str:
        """A loan contract's number (借款合同编号): it finds the one borrower's loan."""
        y = self.r.randint(2021, 2025)
        return self.r.choice(
            (
                f"JK{y}{self.r.randint(1, 12):02d}{self.digits(8, True)}",
                f"HT-{y}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}-{self.digits(5)}",
                f"XD{y}{self.digits(10, True)}",
            )
        )

    def loan_account_no(self) -> str:
        """A borrower's loan account (借款账号): sixteen or nineteen digits (never the
        eighteen of a resident ID)."""
        return self.digits(self.r.choice((16, 19)), True)

    def app_order_no(self) -> str:
        """A lending app's order number for one borrowing (借款订单号)."""
        return f"LO{self.r.randint(2023, 2026)}{self.digits(14, True)}"

    def collector_no(self) -> str:
        """A collector's staff number (工号): the collector's identifier."""
        return self.r.choice(("CS", "CJ", "")) + self.digits(self.r.choice((4, 5, 6)), True)

    def gb_agency_iban(self) -> str:
        """A collection agency's own GB account (business data), mod-97 valid."""
        return self.gb_iban(self.uk_sort_code(), self.uk_account())

    def de_agency_iban(self) -> str:
        return self.de_iban()

    # ------------------------------------------------------------------ ferries
    def ferry_ticket_no(self) -> str:
        """A ferry ticket's number (票号): sold in one traveller's real name."""
        return self.r.choice(("C", "K", "")) + self.digits(self.r.choice((10, 12)), True)

    def voyage_no(self) -> str:
        return (
            f"{self.r.choice(('HX', 'QD', 'ZS', 'PT'))}{self.r.randint(1, 99):02d}{self.digits(2)}"
        )

    def it_document(self) -> str:
        """An Italian electronic identity card's number (CA + five digits + two letters)."""
        return f"CA{self.digits(5)}{self.upper(2)}"

    def it_plate(self) -> str:
        r, letters = self.r, _IT_PLATE_LETTERS
        return f"{r.choice(letters)}{r.choice(letters)} {self.digits(3)} {r.choice(letters)}{r.choice(letters)}"

    def uk_booking_ref(self) -> str:
        return f"{self.upper(1)}{self.digits(8, True)}"

    # ------------------------------------------------------------------ market stalls
    def health_cert_no(self) -> str:
        """A food handler's health certificate number (健康证号), the holder's own."""
        return f"{self.r.randint(2024, 2026)}{self.digits(2)}{self.digits(8, True)}"

    def stall_contract_no(self) -> str:
        """A market's own contract serial (the market's record, ordinary)."""
        return f"SC{self.r.randint(2025, 2026)}-{self.digits(4)}"

    def uk_trading_licence(self) -> str:
        """A council's street trading licence number, issued to one trader."""
        return f"STL/{self.r.randint(2025, 2026)}/{self.digits(4, True)}"

    def siret(self) -> str:
        """A French SIRET (SIREN + establishment), fourteen digits passing Luhn."""
        body = self.digits(13, True)
        return body + luhn_check_digit(body)

    # ------------------------------------------------------------------ prisons
    def cn_prisoner_no(self) -> str:
        """A 罪犯编号 (ten digits: the prison's code and a serial) or a detention
        centre's 在押人员编号."""
        return self.r.choice(
            (
                f"{self.r.choice(('44', '31', '11', '33', '51'))}{self.digits(8, True)}",
                f"{self.r.randint(2025, 2026)}{self.digits(4)}",
            )
        )

    def uk_prison_no(self) -> str:
        """A prisoner's number in England and Wales: A1234BC."""
        return f"{self.upper(1)}{self.digits(4, True)}{self.upper(2)}"

    def es_nis(self) -> str:
        """A Spanish inmate's NIS (número de identificación sistemática), ten digits."""
        return f"{self.r.randint(1998, 2025)}{self.digits(6, True)}"

    def visit_ref(self) -> str:
        return f"{self.upper(2)}{self.digits(6, True)}"


def iban_check(raw: str) -> bool:
    """Whether an IBAN (spaces allowed) passes the mod-97 check (tests use it)."""
    s = raw.replace(" ", "")
    return _with_check_digits(s[:2], s[4:]) == s
