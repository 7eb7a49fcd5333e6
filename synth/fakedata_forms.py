"""Invented data for the form families (banking, travel, health, utilities, housing,
government, education, employment, insurance, hospitality, retail, logistics).

Like :mod:`synth.fakedata`, everything is drawn from small made-up word lists
(surname tables, common given-name characters) and random digits.
"""

from __future__ import annotations

from .fakedata import PINYIN, luhn_check_digit
from .fakedata_more import MoreFaker

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


class FormFaker(MoreFaker):
    # ------------------------------------------------------------------ people
    def dob(self, style: str = "") -> str:
        """A date of birth in one of the ways forms print it."""
        y, m, d = self.r.randint(1948, 2012), self.r.randint(1, 12), self.r.randint(1, 28)
        style = style or self.r.choice(("iso", "cn", "dmy", "mon", "dot"))
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "cn": f"{y}年{m}月{d}日",
            "dmy": f"{d:02d}/{m:02d}/{y}",
            "mon": f"{d:02d} {_MONTHS[m - 1]} {y}",
            "dot": f"{y}.{m:02d}.{d:02d}",
        }[style]

    def pinyin_upper(self) -> str:
        """SURNAME GIVEN as printed on travel documents."""
        sur = self.r.choice(PINYIN).upper()
        given = "".join(self.r.choice(PINYIN) for _ in range(self.r.choice((1, 2)))).upper()
        return self.r.choice((f"{sur}/{given}", f"{sur} {given}", f"{sur}, {given}"))

    def passport(self) -> str:
        return self.r.choice(("E", "G", "P", "K")) + self.digits(8)

    def sex(self, english: bool = False) -> str:
        return self.r.choice(("M", "F")) if english else self.r.choice(("男", "女"))

    # ------------------------------------------------------------------ numbers
    def bank_account(self) -> str:
        """A personal account as printed on transfer slips (19 or 16 digits, some grouped)."""
        body = self.r.choice(("6228", "6217", "6214", "6230")) + self.digits(14)
        n = body + luhn_check_digit(body)
        return " ".join(n[i : i + 4] for i in range(0, len(n), 4)) if self.r.random() < 0.4 else n

    def iban_like(self) -> str:
        return (
            f"GB{self.digits(2)} {self.upper(4)} {self.digits(4)} {self.digits(4)} {self.digits(2)}"
        )

    def policy_no(self) -> str:
        return self.r.choice(("P", "HP", "TRV-", "")) + self.digits(self.r.choice((9, 10, 12)))

    def student_no(self) -> str:
        return self.r.choice(("20", "21", "22", "23")) + self.digits(self.r.choice((6, 8)))

    def employee_no(self) -> str:
        return self.r.choice(("E", "EMP", "")) + self.digits(self.r.choice((5, 6)))

    def utility_account(self) -> str:
        return self.digits(10, first_nonzero=True)

    def meter_no(self) -> str:
        return self.r.choice(("", "DB", "SB")) + self.digits(12)

    def ffp(self) -> str:
        return self.r.choice(("CA", "MU", "CZ", "HU", "")) + self.digits(self.r.choice((9, 12)))

    def eticket(self) -> str:
        return f"{self.digits(3)}-{self.digits(10)}" if self.r.random() < 0.5 else self.digits(13)

    def pnr(self) -> str:
        return self.alnum(6)

    def serial(self) -> str:
        return self.upper(2) + self.digits(self.r.choice((8, 10, 12)))

    # ------------------------------------------------------------------ organisations
    def cn_company(self) -> str:
        city = self.r.choice(("深圳市", "杭州市", "苏州市", "成都市", "武汉市", "厦门市"))
        core = self.r.choice(_CN_CO_A) + self.r.choice(_CN_CO_B)
        return city + core + self.r.choice(_CN_CO_KIND) + "有限公司"

    def cn_bank(self) -> str:
        return self.r.choice(_CN_BANKS)

    def cn_branch(self) -> str:
        return (
            self.cn_bank()
            + self.r.choice(("深圳", "杭州", "成都", "南京", "武汉"))
            + self.r.choice(("科技园支行", "城东支行", "高新区支行", "营业部", "西湖支行"))
        )

    def en_company(self) -> str:
        return f"{self.r.choice(_EN_CO_A)} {self.r.choice(_EN_CO_B)}"


# Invented names, none copied from a real institution's sign.
_CN_BANKS = ("华商银行", "东方商业银行", "汇通银行", "长江农商银行", "滨海银行", "中原储蓄银行")
_CN_CO_A = tuple("恒远华信泰盛鼎新嘉和宏达瑞丰")
_CN_CO_B = tuple("科创智通源达业成")
_CN_CO_KIND = ("科技", "贸易", "电子", "物业管理", "教育咨询", "家居")
_EN_CO_A = ("Harbourline", "Northgate", "Silverpine", "Bluewater", "Kestrel", "Redwood")
_EN_CO_B = ("Assurance", "Mutual", "Insurance Co.", "Underwriters", "General Cover")
