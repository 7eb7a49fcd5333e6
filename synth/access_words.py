"""Word tables of the building access-card family (:mod:`synth.layouts_accesscard`):
estates and their property offices, card kinds, fees, rules and remarks. All ordinary."""

from __future__ import annotations

CN_ESTATES = (
    ("锦绣华庭", "锦绣华庭物业服务中心"),
    ("翠湖天地", "中海物业翠湖天地管理处"),
    ("阳光新城", "万科物业阳光新城服务中心"),
    ("金域蓝湾", "碧桂园服务金域蓝湾项目部"),
    ("东方明珠花园", "东方明珠花园物业管理处"),
)
CN_CARDS = ("门禁卡", "电梯卡", "门禁电梯一体卡", "停车场车卡")
CN_REASONS = ("新入住", "补办(遗失)", "增办", "损坏更换", "租户办理")
CN_RULES = (
    "1. 办卡须本人携带身份证原件及房产证或租赁合同,代办须出示业主授权书。",
    "2. 门禁卡押金20元/张,退卡时凭收据退还;遗失补办收取工本费30元/张。",
    "3. 卡片仅限本楼栋使用,请勿转借他人;如有遗失请及时到物业挂失。",
    "4. 租户办卡有效期与租赁合同一致,到期自动失效。",
)
CN_STATUS = ("正常", "正常", "正常", "正常", "挂失", "注销", "已退卡")
CN_REMARKS = ("", "", "", "", "补办", "电梯卡", "车卡", "临时卡30天", "钟点工用卡")
EN_BUILDINGS = (
    ("Riverside Court", "Riverside Court Management Office"),
    ("The Maltings", "Maltings Residents' Management Co."),
    ("Kingfisher House", "Kingfisher House Concierge"),
    ("Albion Wharf", "Albion Wharf Estate Office"),
)
EN_RULES = (
    "Fobs remain the property of the management company and must be returned on leaving.",
    "Lost fobs are deactivated on report; a replacement costs £25.",
    "Tenants must provide a copy of their tenancy agreement. Allow 3 working days.",
)
EN_KINDS = ("Main entrance", "Car park gate", "Bin store", "Bike store", "Gym")
DE_HOUSES = (
    ("Wohnanlage Am Stadtpark", "Hausverwaltung Krüger GmbH"),
    ("Residenz Lindenhof", "Immobilienverwaltung Brandt & Partner"),
    ("Quartier Westend", "WEG-Verwaltung Schäfer"),
)
DE_KINDS = ("Haustür", "Tiefgarage", "Fahrradkeller", "Aufzug")
DE_RULES = (
    "Die Zugangskarte bleibt Eigentum der Verwaltung. Verlust ist unverzüglich zu melden.",
    "Kaution je Karte 25,00 EUR; Ersatzkarte bei Verlust 35,00 EUR.",
)
