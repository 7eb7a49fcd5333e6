"""Word tables of the ski season pass family (:mod:`synth.layouts_ski`,
:mod:`synth.ski_latin`): resorts with their hotlines and addresses (invented; business
data), pass kinds and prices, ticket window items, the relations an emergency contact
is given as, English and Alpine resorts.
"""

from __future__ import annotations

#: (resort, hotline, address, card colour)
CN_RESORTS = (
    ("云顶滑雪公园", "400-650-9977", "张家口市崇礼区太子城云顶大道 1 号", (20, 90, 170)),
    ("万龙滑雪场", "0313-4788888", "张家口市崇礼区红花梁万龙度假区", (200, 40, 45)),
    ("松花湖滑雪场", "0432-66668888", "吉林市丰满区松花湖国际度假区", (10, 120, 110)),
    ("北大湖滑雪度假区", "400-0432-999", "吉林市永吉县北大湖镇", (40, 40, 60)),
    ("热雪奇迹室内滑雪场", "021-60912222", "上海市松江区辰花路 58 号", (230, 120, 20)),
)
#: (pass kind, price in yuan)
CN_PASSES = (
    ("2026-27雪季卡", 4980),
    ("雪季畅滑卡", 3680),
    ("早鸟季卡", 2999),
    ("学生季卡", 1999),
    ("夜场季卡", 1580),
)
CN_SEASON = ("2026.11.15-2027.04.05", "2026年11月至2027年4月", "2026/27雪季")
CN_KINDS = ("双板", "单板")
CN_LEVELS = ("初级", "中级", "高级")
CN_RELS = ("配偶", "父亲", "母亲", "朋友", "子女")
#: (ticket window item, price)
CN_TICKETS = (
    ("成人全天票", 480),
    ("成人半天票(下午)", 360),
    ("儿童全天票", 280),
    ("雪具租赁(双板)", 150),
    ("雪服租赁", 100),
    ("头盔租赁", 50),
    ("押金", 200),
)
CN_PAY = ("微信支付", "支付宝", "银联卡", "现金")

# ------------------------------------------------------------------ English
#: (resort, ticket office hours, phone)
EN_RESORTS = (
    ("Alpine Ridge Mountain Resort", "Guest Services, 1 Summit Way, Ridgeview", "+1 970 555 0142"),
    (
        "Glenfarrar Snowsports Centre",
        "Ticket Office, Base Station, Glenfarrar PH18 4QT",
        "01632 960 730",
    ),
    ("Powder Peak Resort", "Base Lodge, 2200 Powder Peak Rd", "+1 435 555 0199"),
)
EN_PRODUCTS = (
    "Adult Season Pass 2026/27",
    "Young Adult Season Pass (19-25)",
    "Midweek Season Pass",
    "Family Season Pass - Adult",
)

# ------------------------------------------------------------------ German / Austrian
#: (Skigebiet, address, phone)
DE_RESORTS = (
    ("Bergbahnen Hochalm", "Talstation 1, 6370 Kitzbühel", "+43 5356 6951"),
    ("Skiregion Wildkogel", "Wildkogelweg 4, 5741 Neukirchen", "+43 6565 6405"),
    ("Zugspitz-Bahnen", "Am Eibsee 6, 82491 Grainau", "+49 8821 7970"),
)
DE_KARTEN = (
    "Saisonkarte Erwachsene 2026/27",
    "Saisonkarte Jugend 2026/27",
    "Saisonkarte Senioren 2026/27",
)
