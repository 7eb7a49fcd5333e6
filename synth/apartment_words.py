"""Word tables of the apartment resident directory family
(:mod:`synth.layouts_apartment`, :mod:`synth.apartment_latin`): estates and their
property offices, the notes a property office keeps beside a flat, the relations of a
household, workplaces; an English block and its association; German Hausverwaltungen.
The estates and firms are invented; a property office's or Hausverwaltung's address and
phone are business data.
"""

from __future__ import annotations

#: (estate, its property service centre, the centre's phone)
CN_ESTATES = (
    ("翠湖花园", "翠湖花园物业服务中心", "0571-8812 6630"),
    ("锦绣家园", "万和物业锦绣家园管理处", "025-8470 2215"),
    ("阳光新城", "阳光新城物业服务中心", "028-6655 9012"),
    ("滨江御府", "绿城物业滨江御府服务中心", "0755-2689 1133"),
    ("和平里小区", "和平里社区物业管理处", "010-8421 7766"),
    ("金色港湾", "保利物业金色港湾客服中心", "027-8566 3120"),
)
CN_ROLES = ("业主", "业主", "业主", "租户", "业主", "租户", "家属")
#: Notes beside a flat (ordinary).
CN_NOTES = (
    "",
    "",
    "",
    "已装修",
    "空置",
    "出租",
    "独居老人",
    "养犬一只",
    "已办门禁卡2张",
    "车位已租",
    "待交物业费",
    "常年在外",
)
CN_CAR_SPOTS = ("B1-0{:02d}", "B2-1{:02d}", "地面{:02d}号", "A区{:02d}", "")
#: Relations of a household's members to the head (ordinary).
CN_RELATIONS = ("配偶", "儿子", "女儿", "父亲", "母亲", "岳母", "孙子", "保姆")
CN_WORKPLACES = (
    "杭州联创科技有限公司",
    "市第一人民医院",
    "南京银行鼓楼支行",
    "实验小学",
    "个体经营",
    "退休",
    "自由职业",
    "华东设计研究院",
)
CN_PANEL_NOTES = (
    "温馨提示:请及时取件,信箱内请勿投放小广告。",
    "信箱钥匙遗失请到物业服务中心登记补配。",
)
CN_PANEL_TITLES = ("信报箱", "住户信箱", "可视对讲 请按房号", "单元门禁对讲")

# ------------------------------------------------------------------ English
#: (building, its street, postcode and town, the association's name)
EN_BLOCKS = (
    (
        "Riverside Court",
        "14 Mill Lane",
        "Kestrelford KF2 7LP",
        "Riverside Court Residents' Association",
    ),
    (
        "Albion House",
        "2-40 Albion Road",
        "Lowbridge LB4 1QW",
        "Albion House Tenants & Residents Assoc.",
    ),
    ("Cedar Mansions", "Cedar Street", "Easthaven EH5 3RT", "Cedar Mansions Residents' Group"),
    ("Harbour View", "88 Quay Road", "Westmouth WM1 9DD", "Harbour View Leaseholders' Association"),
)
EN_ROLES = ("Chair", "Secretary", "Treasurer")
#: A bell panel's heading, its three other buttons and its instructions.
EN_PANEL = (
    "Residents",
    "TRADE",
    "Concierge",
    "Post",
    "Press the button once",
    "and wait for an answer.",
    "Deliveries: TRADE 8am-12pm",
)
EN_NOTES = ("", "", "", "Owner", "Tenant", "Key holder", "No calls after 8pm", "Text only")

# ------------------------------------------------------------------ German
#: (Hausverwaltung, its address, its phone)
DE_MANAGERS = (
    ("Hausverwaltung Brenner GmbH", "Marktplatz 3, 04109 Leipzig", "0341 998 2740"),
    ("Immobilienverwaltung Sommer & Co.", "Kaiserstraße 58, 60329 Frankfurt", "069 274 0155"),
    ("WEG-Verwaltung Hartmann", "Am Stadtgraben 12, 48143 Münster", "0251 488 3021"),
)
DE_FLATS = (
    "EG links",
    "EG rechts",
    "1. OG links",
    "1. OG rechts",
    "2. OG links",
    "2. OG rechts",
    "3. OG links",
    "3. OG rechts",
    "DG",
)
DE_PANEL = (
    "Klingel",
    "Licht",
    "Hausmeister",
    "Post",
    "Bitte nur einmal klingeln",
    "und in die Sprechanlage",
    "sprechen. Keine Werbung!",
)
DE_NOTES = ("", "", "", "Eigentümer", "Mieter", "Hausmeister", "Schlüssel für Keller")
