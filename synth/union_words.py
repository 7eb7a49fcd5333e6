"""Words for :mod:`synth.layouts_union` (trade unions and staff associations).

Employers, unions and their addresses are invented; a union's address, line and SEPA
creditor ID are business data when printed.
"""

from __future__ import annotations

#: (employer, its 基层工会) on the Chinese forms: ordinary names.
CN_EMPLOYERS = (
    ("杭州恒润机械制造有限公司", "杭州恒润机械制造有限公司工会委员会"),
    ("武汉江城公交集团第三分公司", "武汉江城公交集团第三分公司工会"),
    ("深圳市佳美电子科技有限公司", "深圳市佳美电子科技有限公司工会"),
    ("南京市鼓楼区第二实验小学", "南京市鼓楼区第二实验小学工会"),
)
CN_DEPARTMENTS = (
    "一车间",
    "装配车间",
    "质检部",
    "行政部",
    "财务部",
    "后勤保障部",
    "营运一队",
    "教务处",
)
CN_JOBS = ("操作工", "技术员", "驾驶员", "会计", "班组长", "教师", "质检员", "保安")
CN_PARTIES = ("群众", "群众", "中共党员", "共青团员")
CN_SCHOOLING = ("高中", "中专", "大专", "本科", "硕士研究生")
CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "壮族", "满族")
CN_PLEDGE = (
    "本人承认《中国工会章程》,自愿加入中华全国总工会,遵守工会章程,执行工会决议,"
    "参加工会活动,按期交纳会费。"
)
CN_HANDOUTS = (
    ("2026年春节困难职工慰问金签领表", "慰问金(元)", ("500", "800", "1000", "1500")),
    (
        "2026年中秋节福利发放签收表",
        "发放物品",
        ("月饼一盒、大米一袋", "月饼礼盒一份", "食用油一桶"),
    ),
    ("2026年夏季防暑降温物品签收表", "发放物品", ("绿豆、白糖各一袋", "饮料一箱", "防暑药品一套")),
    ("2026年女职工“三八”节慰问品签领表", "发放物品", ("购物卡200元", "鲜花一束、毛巾一套")),
)

EN_UNIONS = (
    (
        "Allied Workers Union",
        "Transport House, 12 Canal Street, Ashcombe AC1 5TU",
        "01632 960 999",
        "273104",
    ),
    ("Public & Care Staff Union", "1 Congress Row, Portlow PL1 3PU", "01632 960 366", "418276"),
)
EN_EMPLOYERS = (
    "Ashcombe Borough Council",
    "Northgate Care Homes Ltd",
    "Portlow Royal Infirmary",
    "Greenway Logistics",
)
EN_JOBS = (
    "Care assistant",
    "Bus driver",
    "Porter",
    "School cook",
    "Warehouse operative",
    "Admin officer",
)
EN_WORKPLACES = ("Civic Offices", "Elm Lodge care home", "Depot B, Mill Road", "Ward 7, main site")

DE_UNIONS = (
    (
        "Gewerkschaft Handel und Dienste (GHD)",
        "Am Gewerkschaftshaus 5, 34567 Neustadt",
        "DE98ZZZ09999999999",
    ),
    (
        "Industriegewerkschaft Metall & Technik",
        "Wilhelm-Leuschner-Str. 12, 45678 Kleinfurt",
        "DE37ZZZ00000123456",
    ),
)
DE_FIRMS = (
    "Kaufhof-Markt Neustadt",
    "Stahlbau Brenner GmbH",
    "Klinikum Kleinfurt",
    "Logistikzentrum Süd",
)
DE_JOBS = ("Verkäufer/in", "Schlosser/in", "Pflegefachkraft", "Lagerist/in", "Elektroniker/in")
DE_BICS = ("COBADEFFXXX", "DEUTDEDBKLN", "GENODEF1S06", "SSKMDEMMXXX")
