"""Invented data for the twelfth batch's held-out half (bank statements, neighbourhood
group-buy lists, payment-app receipts, sick notes).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no bank, shop, clinic or person is real.
"""

from __future__ import annotations

from .fakedata_households import HouseholdFaker


def _with_check_digits(country: str, bban: str) -> str:
    """``country`` + the two IBAN check digits of ``bban`` (ISO 13616: the number read
    with the country and 00 moved to its end, letters as 10..35, leaves 1 mod 97)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


_PT_FIRST = ("Ana", "João", "Mariana", "Pedro", "Luana", "Rafael", "Beatriz", "Thiago", "Camila")
_PT_LAST = ("Silva", "Souza", "Oliveira", "Pereira", "Costa", "Rodrigues", "Almeida", "Lima")
#: Nicknames members of a residents' chat give themselves (ordinary words, made personal
#: by who wears them: the list keeps them out of anyone's real handle).
_CN_NICKS = (
    "小鱼儿",
    "向日葵",
    "快乐每一天",
    "阳光",
    "糖糖妈",
    "静待花开",
    "木子",
    "晴天",
    "豆豆爸",
    "一帆风顺",
    "A小雪",
    "Lily",
    "老张",
    "果果",
    "平安是福",
)
_EN_HANDLES = ("sunny", "jay", "mads", "kit", "bex", "olly", "tash", "robo")


class MoneyFaker(HouseholdFaker):
    # ------------------------------------------------------------------ people
    def pt_name(self) -> str:
        """A Brazilian name: a first name and one or two surnames."""
        r = self.r
        last = " ".join(r.sample(_PT_LAST, r.choice((1, 2))))
        return f"{r.choice(_PT_FIRST)} {last}"

    def cn_star_name(self) -> str:
        """A name as payment apps show it: the given name's first character starred
        (张*明, 欧阳*), or only the surname kept (*明 is rarer)."""
        name = self.cn_name(honorific=0.0)
        if len(name) == 2:
            return name[0] + "*"
        if len(name) >= 4:  # a two-character surname keeps both
            return name[:2] + "*" + name[3:]
        return name[0] + "*" + name[2:] if self.r.random() < 0.7 else "*" + name[1:]

    def nickname(self) -> str:
        return self.r.choice(_CN_NICKS)

    def handle(self, name: str) -> str:
        """A payment app's @username made from a person's name."""
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        return self.r.choice(
            (
                f"@{first}-{last}",
                f"@{first}{last}{self.digits(2)}",
                f"@{self.r.choice(_EN_HANDLES)}{last}",
            )
        )

    # ------------------------------------------------------------------ numbers
    def uk_sort_code(self) -> str:
        return f"{self.digits(2, True)}-{self.digits(2)}-{self.digits(2)}"

    def de_iban(self) -> str:
        """A German IBAN: 18 digits (bank code and account) after DE and two check
        digits that pass the mod-97 check, in groups of four."""
        body = self.digits(20, True)[:18]
        self.digits(2)  # drawn as before, so the draws after it stay the same
        raw = _with_check_digits("DE", body)
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def gb_iban(self, sort: str, account: str) -> str:
        bank = self.r.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK"))
        self.digits(2)  # drawn as before, so the draws after it stay the same
        raw = _with_check_digits("GB", f"{bank}{sort.replace('-', '')}{account}")
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def cpf(self, masked: bool) -> str:
        d = self.digits(11)
        if masked:
            return f"***.{d[3:6]}.{d[6:9]}-**"
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"

    def pix_e2e(self) -> str:
        """A Pix transaction's end-to-end ID (E + the bank's 8 digits + time + random)."""
        return f"E{self.digits(8)}2024{self.digits(8)}{self.alnum(11).lower()}"

    def wx_trade_no(self) -> str:
        return "4200" + self.digits(24)

    def ali_trade_no(self) -> str:
        return "2024" + self.digits(24)

    def masked_account(self) -> str:
        """A debit card or account number as statements and apps print it."""
        full = self.bank_account().replace(" ", "")
        return self.r.choice(
            (full[:4] + "*" * (len(full) - 8) + full[-4:], f"{full[:6]}******{full[-4:]}", full)
        )

    def nhs_number(self) -> str:
        return f"{self.digits(3, True)} {self.digits(3)} {self.digits(4)}"

    def gmc_number(self) -> str:
        return self.digits(7, True)

    def de_insured_no(self) -> str:
        """A Krankenversichertennummer: a capital and nine digits."""
        return self.upper(1) + self.digits(9)

    def lanr(self) -> str:
        """A German doctor's lifetime number (Arzt-Nr., nine digits)."""
        return self.digits(9, True)
