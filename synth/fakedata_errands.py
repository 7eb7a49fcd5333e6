"""Invented data for the sixth batch of form families (electric-bike registrations,
hand-written IOUs, outpatient invoices, luggage tags, race entries, missed-delivery
cards, money orders, school reports), and amounts written out in words.

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no name, number or address belongs to a real person or institution.
"""

from __future__ import annotations

from .fakedata_occasions import OccasionFaker

_CAPS = "零壹贰叁肆伍陆柒捌玖"
_EN_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EBIKE_CITIES = ("杭州", "深圳", "苏州", "南宁", "合肥", "郑州", "天津", "无锡")
_AIRLINES = ("CA", "MU", "CZ", "BA", "LH", "AF", "KL", "HU")


def cn_capital(yuan: int, fen: int = 0) -> str:
    """An amount in capital numerals as money forms require: 壹万贰仟零伍拾元整."""
    out, zero = "", False
    for k, unit in ((10**4, "万"), (1, "")):
        group = (yuan // k) % 10**4 if k == 1 else yuan // k
        if not group:
            zero = bool(out)
            continue
        for digit, mark in zip(f"{group:04d}", ("仟", "佰", "拾", ""), strict=True):
            if digit == "0":
                zero = bool(out)
            else:
                out += ("零" if zero else "") + _CAPS[int(digit)] + mark
                zero = False
        out += unit
    out = (out or "零") + "元"
    if not fen:
        return out + "整"
    jiao, f = divmod(fen, 10)
    return out + (_CAPS[jiao] + "角" if jiao else "零") + (_CAPS[f] + "分" if f else "")


def en_words(n: int) -> str:
    """A whole amount in English words, as cheques and IOUs spell it (below a million)."""

    def small(k: int) -> str:
        hundreds, rest = divmod(k, 100)
        parts = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
        if rest:
            tens = _EN_ONES[rest] if rest < 20 else _EN_TENS[rest // 10]
            if rest >= 20 and rest % 10:
                tens += "-" + _EN_ONES[rest % 10]
            parts.append(("and " if hundreds else "") + tens)
        return " ".join(parts)

    thousands, rest = divmod(n, 1000)
    words = [f"{small(thousands)} thousand"] if thousands else []
    if rest:
        words.append(("and " if thousands and rest < 100 else "") + small(rest))
    return " ".join(words).capitalize() or "Zero"


class ErrandFaker(OccasionFaker):
    # ------------------------------------------------------------------ vehicles
    def ebike_plate(self) -> str:
        """An electric bike's plate: a city and a letter and digits (the owner's)."""
        city = self.r.choice(_EBIKE_CITIES)
        return self.r.choice((f"{city}{self.upper(1)}{self.digits(5)}", f"{city}·{self.digits(6)}"))

    def frame_no(self) -> str:
        """A bike's frame (whole-vehicle) code, 15 or 17 characters."""
        return self.r.choice(("", "LE", "TD")) + self.alnum(self.r.choice((13, 15)))

    def motor_no(self) -> str:
        return (
            f"{self.r.choice(('48V', '60V', 'DM'))}{self.digits(4)}{self.upper(1)}{self.digits(6)}"
        )

    # ------------------------------------------------------------------ health and money
    def insurance_card(self) -> str:
        """A social-security / medical-insurance card number (often the ID card's, or own)."""
        return self.r.choice(
            (self.cn_resident_id(), self.upper(1) + self.digits(8), "3" + self.digits(17))
        )

    def outpatient_no(self) -> str:
        return self.r.choice(("MZ", "", "0")) + self.digits(self.r.choice((8, 10)))

    def money_order_no(self) -> str:
        """A money order's own serial (the post office's, not the payer's)."""
        return self.digits(4) + " " + self.digits(4) + " " + self.digits(4) + " " + self.digits(2)

    def swift(self) -> str:
        return self.upper(4) + self.upper(2) + self.alnum(2)

    # ------------------------------------------------------------------ events and travel
    def bib_no(self) -> str:
        """A runner's race number (printed on the bib and in the results beside the name)."""
        return self.r.choice(("A", "B", "C", "", "")) + self.digits(self.r.choice((4, 5)), True)

    def bag_tag(self) -> str:
        """An airline bag tag number: carrier code and six digits (or its ten-digit form)."""
        code = self.r.choice(_AIRLINES)
        return self.r.choice((f"{code} {self.digits(6)}", f"{code}{self.digits(6)}"))

    def flight(self) -> str:
        return f"{self.r.choice(_AIRLINES)}{self.r.randint(100, 9999)}"
