"""Word tables of the weighbridge family (:mod:`synth.layouts_weigh`): weighing sites
and the firms on a ticket (invented; a firm's name, address and line are business data),
goods, buying stations' grades, and the English and German tickets' labels.
"""

from __future__ import annotations

#: (site printed on the slip, its line)
CN_SITES = (
    ("宁波北仑港务物流有限公司 地磅房", "0574-86875512"),
    ("湖州长兴建材市场 一号地磅", "0572-6023381"),
    ("唐山丰南钢铁有限公司 计量中心", "0315-8512260"),
    ("临沂兰山物流园 称重站", "0539-8332017"),
)
CN_FIRMS = (
    "浙江恒通建材有限公司",
    "长兴南方水泥有限公司",
    "唐山华冶再生资源有限公司",
    "江苏宏达物流有限公司",
    "安徽绿源粮油贸易有限公司",
    "山东鲁北化工股份有限公司",
)
CN_GOODS = ("钢筋", "水泥熟料", "碎石 16-31.5", "黄沙", "废钢", "煤炭", "粉煤灰", "商品混凝土")
#: A buying station: (station, goods with a price per jin, what is deducted)
CN_STATIONS = (
    ("五河县粮食收储站", ("玉米", "小麦", "稻谷"), (1.12, 1.38), "粮"),
    ("城北再生资源回收站", ("废钢", "废纸板", "废铝"), (1.05, 7.6), "废"),
    ("丰收农机合作社收购点", ("大豆", "玉米", "花生"), (1.15, 3.6), "粮"),
)
CN_BANKS = ("农业银行", "邮储银行", "农商银行", "信用社")

#: The operator's (public weighbridge's) name, address and line on an English or German
#: ticket; hauliers and suppliers after.
LATIN_SITES = {
    "en": (
        ("Hartley Quarry Public Weighbridge", "Mill Lane, Hartley DL14 8RT", "01388 902 611"),
        ("Severn Docks Weighbridge", "Quay Road, Sharpness GL13 9UF", "01453 908 340"),
    ),
    "de": (
        ("Kieswerk Obermain GmbH – Waage 2", "Am Baggersee 4, 96215 Lichtenfels", "09571 90 44 12"),
        ("Raiffeisen Agrar eG – Fuhrwerkswaage", "Bahnhofstr. 21, 29525 Uelzen", "0581 97 30 66"),
    ),
}
LATIN_FIRMS = {
    "en": (
        "Dale Haulage Ltd",
        "J. Pennock & Sons Transport",
        "Northern Aggregates Ltd",
        "Moorside Recycling",
    ),
    "de": (
        "Spedition Häußler KG",
        "Transporte Kuhn GmbH",
        "Baustoffe Reuter GmbH",
        "Schrott Mayer e.K.",
    ),
}
LATIN_GOODS = {
    "en": ("20mm Aggregate", "Type 1 Sub-base", "Scrap Steel HMS", "Topsoil", "Feed Wheat"),
    "de": ("Kies 16/32", "Sand 0/2", "Mischschrott", "Futterweizen", "Recycling-Schotter"),
}
#: ticket, operator, date, vehicle reg., haulier, customer, material, gross, tare, net,
#: driver, signature, weighed by, in, out, the weights-and-measures line
LATIN_LABELS = {
    "en": (
        "WEIGHBRIDGE TICKET",
        "Ticket No",
        "Date",
        "Vehicle Reg",
        "Haulier",
        "Customer",
        "Material",
        "GROSS",
        "TARE",
        "NET",
        "Driver",
        "Driver's signature",
        "Weighed by",
        "In",
        "Out",
        "Weighed on a NAWI Class III instrument. Certified under the "
        "Weights and Measures Act 1985.",
    ),
    "de": (
        "WIEGESCHEIN",
        "Wiegeschein-Nr.",
        "Datum",
        "Kennzeichen",
        "Spediteur",
        "Lieferant",
        "Material",
        "Brutto",
        "Tara",
        "Netto",
        "Fahrer",
        "Unterschrift Fahrer",
        "Wägemeister",
        "Ein",
        "Aus",
        "Geeichte Fahrzeugwaage, Eichschein-Nr. liegt aus. Alibispeicher-Nr. siehe oben.",
    ),
}
