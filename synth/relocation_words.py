"""Words for :mod:`synth.layouts_relocation` (expropriation and relocation compensation).

Projects, departments, resettlement estates, councils and agents are invented; a
department's, council's or agent's address and line are business data when printed.
"""

from __future__ import annotations

#: (place, the 征收部门, the 实施单位, its address, its line).
CN_PROJECTS = (
    (
        "杭滨",
        "杭州市滨江区住房和城乡建设局",
        "滨江区房屋征收管理办公室",
        "滨江区江汉路1588号",
        "0571-8770 2261",
    ),
    (
        "洪山",
        "武汉市洪山区住房保障和房屋管理局",
        "洪山区房屋征收服务中心",
        "洪山区雄楚大道332号",
        "027-8736 5520",
    ),
    (
        "南房",
        "深圳市南山区住房和建设局",
        "南山区城市更新和土地整备中心",
        "南山区桃园路2号",
        "0755-2669 3317",
    ),
)
#: Old neighbourhoods being cleared (the estate's name is a landmark, ordinary).
CN_OLD_ESTATES = ("棉纺厂宿舍", "红星新村", "电机厂生活区", "解放街老街区", "东风里")
#: Resettlement estates (ordinary), the flat within is the family's new door.
CN_NEW_ESTATES = ("江南安置小区", "幸福家园(安置房)", "锦绣苑安置区", "和谐佳苑")
#: (compensation item, unit, lo, hi): sums are ordinary.
CN_ITEMS = (
    ("被征收房屋价值补偿", "㎡", 8000, 26000),
    ("装修补偿", "㎡", 300, 900),
    ("搬迁费", "次", 1500, 3000),
    ("临时安置费", "月", 1800, 4000),
    ("按期签约奖励", "户", 20000, 50000),
    ("停产停业损失补偿", "项", 5000, 30000),
)
CN_RELATIONS = ("配偶", "子", "女", "父亲", "母亲", "儿媳", "孙子")
CN_ROOMS = ("客厅", "主卧", "次卧", "厨房", "卫生间", "阳台", "储藏室")
CN_CLAUSES = (
    "乙方应于本协议生效之日起三十日内腾空被征收房屋,并将房屋钥匙交甲方验收。",
    "甲方在乙方搬迁交房验收合格后十五个工作日内,将补偿款支付至乙方指定账户。",
    "安置房交付前,甲方按月支付临时安置费;安置房交付之日起六个月后停止支付。",
    "本协议一式四份,甲乙双方各执两份,经双方签字(盖章)后生效。",
)

EN_AUTHORITIES = (
    (
        "Ashcombe Borough Council",
        "Regeneration Team, Civic Offices, Ashcombe AC1 1AA",
        "01632 960 700",
    ),
    (
        "Portlow City Council",
        "Housing Delivery, 1 Guildhall Square, Portlow PL1 1AB",
        "01632 960 480",
    ),
)
EN_SCHEMES = (
    "The Ashcombe (Mill Lane Estate) Compulsory Purchase Order 2025",
    "The Portlow City Council (Northgate Regeneration) Compulsory Purchase Order 2026",
)
EN_AGENTS = (
    ("Hartley & Vane Chartered Surveyors", "7 Chapel Row, Ashcombe AC2 3DE"),
    ("Brookfield Compensation Advisers LLP", "Unit 3, Riverside Park, Portlow PL4 6GH"),
)
EN_INTERESTS = ("Freehold owner-occupier", "Long leaseholder", "Secure tenant", "Assured tenant")

ES_COUNCILS = (
    (
        "Ayuntamiento de Villanueva del Río",
        "Plaza Mayor, 1, 41000 Villanueva del Río",
        "955 000 121",
    ),
    ("Ayuntamiento de Castrobello", "Plaza de España, 3, 09000 Castrobello", "947 000 418"),
)
ES_PROJECTS = (
    "Proyecto de ampliación de la Avenida de la Estación",
    "Plan Especial de Reforma Interior «Barrio del Carmen»",
)
