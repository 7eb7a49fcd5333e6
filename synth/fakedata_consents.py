"""Invented data for the twentieth batch's development half (amateur radio licences,
criminal record certificates, organ donor cards, school trip consent forms).

Like :mod:`synth.fakedata`, everything comes from random digits and small word lists;
numbers that carry a check character in life carry a valid one here (resident IDs by
MOD 11-2 through :class:`~synth.fakedata_kin.KinFaker`, NHS numbers by modulus 11, DNI
and NIE letters). Call signs follow each country's pattern but are drawn at random.
"""

from __future__ import annotations

from .fakedata_dues import DuesFaker

_CN_PREFIXES = ("BG", "BG", "BH", "BD", "BA", "BI")
_UK_PREFIXES = ("M7", "M6", "2E0", "2E1", "M0", "G4", "G0", "M1", "2M0", "GM4", "MW0")
_DE_PREFIXES = ("DL", "DK", "DJ", "DO", "DB", "DF", "DM")
_CN_PROVINCES = ("粤", "京", "沪", "浙", "苏", "川", "鄂", "湘")


class ConsentFaker(DuesFaker):
    # ------------------------------------------------------------------ radio
    def cn_call_sign(self) -> str:
        """A Chinese amateur call sign (BG4ABC): it names one operator's station."""
        return f"{self.r.choice(_CN_PREFIXES)}{self.r.randint(0, 9)}{self.upper(self.r.choice((2, 3, 3)))}"

    def uk_call_sign(self) -> str:
        """A UK call sign (M7ABC, 2E0XYZ, GM4ABC): the licensee's."""
        return f"{self.r.choice(_UK_PREFIXES)}{self.upper(3)}"

    def de_call_sign(self) -> str:
        """A German Rufzeichen (DL3ABC, DO7XY): personal to the Inhaber."""
        return f"{self.r.choice(_DE_PREFIXES)}{self.r.randint(1, 9)}{self.upper(self.r.choice((2, 3)))}"

    def op_cert_no(self) -> str:
        """An 操作技术能力验证证书 number (class letter, year, serial): the holder's own."""
        return f"{self.r.choice('ABC')}{self.r.randint(2013, 2026)}{self.digits(8, True)}"

    def station_licence_no(self) -> str:
        """An 业余无线电台执照 number: the station is one person's."""
        return f"{self.r.choice(_CN_PROVINCES)}业台{self.r.randint(2018, 2026)}{self.digits(5)}号"

    def uk_licence_no(self) -> str:
        return f"{self.digits(7, True)}/{self.r.randint(1, 3)}"

    def de_zulassung_no(self) -> str:
        return f"{self.r.randint(2010, 2026)}-{self.digits(6, True)}"

    # ------------------------------------------------------------------ police checks
    def cn_record_cert_no(self) -> str:
        """A 无犯罪记录证明's 编号: issued about one person."""
        y = self.r.randint(2025, 2026)
        return self.r.choice(
            (
                f"{self.r.choice(_CN_PROVINCES)}公(派)证字〔{y}〕第{self.digits(5)}号",
                f"{self.r.choice(('440305', '310115', '330106', '510107'))}{y}{self.digits(6)}",
            )
        )

    def uk_check_no(self) -> str:
        """A basic check's certificate number (twelve digits)."""
        return "00" + self.digits(10, True)

    def es_csv(self) -> str:
        """A Spanish código seguro de verificación: it opens the one certificate online."""
        return "-".join(self.alnum(4).upper() for _ in range(4))

    # ------------------------------------------------------------------ donors
    def organ_reg_no(self) -> str:
        """A 人体器官捐献志愿登记 number: the volunteer's."""
        return f"{self.r.randint(2015, 2026)}{self.r.choice(('4403', '3101', '1101', '3301'))}{self.digits(6)}"

    def odr_no(self) -> str:
        """An organ donor register number (the donor's)."""
        return self.digits(self.r.choice((8, 9)), True)

    # ------------------------------------------------------------------ schools
    def student_roll_no(self, born: tuple[int, int] = (2009, 2019)) -> str:
        """A 全国学籍号: G and the pupil's resident ID."""
        return "G" + self.id_born(*born)
