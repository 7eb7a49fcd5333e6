"""Invented data for the fourth batch of form families (home-care visits, donations,
group chats, libraries, customs forms, e-mail, gyms, removals).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no name, number or address belongs to a real person or institution
(organisations' web and mail domains use the reserved ``example`` names).
"""

from __future__ import annotations

from datetime import date, timedelta

from .fakedata import PINYIN
from .fakedata_records import RecordFaker


class CommunityFaker(RecordFaker):
    # ------------------------------------------------------------------ numbers
    def library_card(self) -> str:
        """A library card's number: a long run of digits, often with a letter prefix."""
        return self.r.choice(("", "", "P", "LIB")) + self.digits(self.r.choice((10, 12, 14)))

    def book_barcode(self) -> str:
        """A book's copy number (the library's, not the borrower's)."""
        return self.r.choice(("3", "0", "B")) + self.digits(self.r.choice((9, 11, 13)))

    def gym_member_no(self) -> str:
        return self.r.choice(("GM", "VIP", "FT", "")) + self.digits(self.r.choice((8, 10)))

    def receipt_no(self) -> str:
        return self.r.choice(("No.", "NO.", "№ ")) + self.digits(self.r.choice((7, 8, 10)))

    def cn22_tracking(self) -> str:
        """A postal item number: two letters, eight digits, a check digit, a country."""
        return f"{self.upper(2)}{self.digits(9)}{self.r.choice(('CN', 'GB', 'US', 'HK', 'DE'))}"

    def cn_address_latin(self) -> tuple[str, str, str, str]:
        """A Chinese address romanised as senders write it on forms going abroad:
        (door, street, city and province, postcode)."""
        door = f"Rm {self.r.randint(1, 33)}{self.r.randint(1, 8):02d}, Bldg {self.r.randint(1, 30)}"
        road = "".join(self.r.choice(PINYIN) for _ in range(2)).title()
        street = f"No. {self.r.randint(1, 999)} {road} {self.r.choice(('Road', 'Street', 'Lu', 'Avenue'))}"
        city = self.r.choice(_CN_CITIES_LATIN)
        return door, street, city, self.digits(6, first_nonzero=True)

    def hs_code(self) -> str:
        return f"{self.digits(4)}.{self.digits(2)}"

    def wechat_id(self) -> str:
        return self.r.choice(("wxid_", "")) + self.alnum(self.r.choice((8, 10))).lower()

    def quote_ref(self) -> str:
        return f"Q{self.digits(2)}-{self.digits(5)}"

    def care_file_no(self) -> str:
        return self.r.choice(("JJ", "YL", "")) + self.digits(self.r.choice((8, 10)))

    # ------------------------------------------------------------------ words
    def book_titles(self, n: int) -> list[str]:
        """``n`` different titles (one loan never holds the same book twice)."""
        return self.r.sample(_BOOKS, n)

    def loan_dates(self, weeks: int) -> tuple[str, str]:
        """A checkout day and the day the loan is due back, ``weeks`` later (12-Mar-2026)."""
        out = date(self.r.randint(2023, 2026), self.r.randint(1, 12), self.r.randint(1, 28))
        due = out + timedelta(weeks=weeks)
        return out.strftime("%d-%b-%Y"), due.strftime("%d-%b-%Y")

    def cn_charity(self) -> str:
        return self.r.choice(_CN_CHARITY_A) + self.r.choice(
            ("慈善基金会", "公益基金会", "慈善总会", "红十字会", "志愿者协会")
        )

    def en_charity(self) -> str:
        return f"{self.r.choice(_EN_CHARITY_A)} {self.r.choice(_EN_CHARITY_B)}"

    def cn_estate(self) -> str:
        return self.r.choice(_CN_ESTATES)

    def gift_item(self) -> tuple[str, str]:
        """(description, HS-like code) of one parcel item."""
        return self.r.choice(_PARCEL_ITEMS)

    def furniture(self) -> str:
        return self.r.choice(_FURNITURE)

    def web_domain(self) -> str:
        return f"{self.r.choice(_DOMAIN_A)}.example.{self.r.choice(('com', 'org', 'co.uk'))}"


_BOOKS = (
    "The Quiet Harbour",
    "A Short History of Bridges",
    "Gardening in Small Spaces",
    "Learn Python in a Weekend",
    "The Lighthouse Keeper's Cat",
    "Soups for Every Season",
    "Maps of Forgotten Rivers",
    "The Clockmaker's Daughter",
    "Birds of the Marshland",
    "Everyday Mathematics",
    "Stories from the Night Train",
    "Knitting for Beginners",
    "The Art of Slow Travel",
    "Children's Atlas of the World",
)
_CN_CHARITY_A = ("春蕾", "晨光", "暖阳", "守望", "益行", "同心", "绿荫", "安康")
_EN_CHARITY_A = ("Riverside", "Hope Harbour", "Northfield", "Open Door", "Little Lights", "Kindred")
_EN_CHARITY_B = ("Trust", "Foundation", "Food Bank", "Hospice", "Animal Rescue", "Appeal")
_CN_ESTATES = ("锦绣花园", "翠湖山庄", "滨江华府", "金色家园", "阳光里", "碧桂苑", "和平新村")
_PARCEL_ITEMS = (
    ("Cotton T-shirts", "6109.10"),
    ("Children's books", "4901.99"),
    ("Green tea", "0902.10"),
    ("Wool scarf", "6117.10"),
    ("Phone case", "3926.90"),
    ("Ceramic mug", "6912.00"),
    ("Chocolate", "1806.32"),
    ("Hand cream", "3304.99"),
    ("Wooden toy", "9503.00"),
    ("Leather wallet", "4202.31"),
    ("Vitamins", "2106.90"),
    ("Earphones", "8518.30"),
)
_FURNITURE = (
    "Double bed & mattress",
    "3-seater sofa",
    "Wardrobe (2 door)",
    "Chest of drawers",
    "Dining table",
    "Dining chairs",
    "Washing machine",
    "Fridge freezer",
    "Bookcase",
    "Desk",
    "Boxes (medium)",
    "Boxes (large)",
    "TV & stand",
    "Bicycle",
    "Garden table",
    "Piano (upright)",
)
_CN_CITIES_LATIN = (
    "Shenzhen, Guangdong",
    "Hangzhou, Zhejiang",
    "Chengdu, Sichuan",
    "Wuhan, Hubei",
    "Nanjing, Jiangsu",
    "Xiamen, Fujian",
)
_DOMAIN_A = ("northgate", "bluecrest", "harbourline", "maplewood", "silverbrook", "kestrel")
