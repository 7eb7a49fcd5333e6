"""Words and tables for :mod:`synth.layouts_deeds`: registries (made up), the rights,
uses and structures a title prints, mortgagee banks, and the English and Spanish
registers' words.
"""

from __future__ import annotations

CN_REGISTRIES = (
    "柳湾市不动产登记局",
    "南城区不动产登记中心",
    "东塘市自然资源和规划局",
    "北关市不动产登记局",
)
CN_SHARES = ("单独所有", "共同共有", "按份共有")
CN_RIGHTS = ("国有建设用地使用权/房屋所有权", "国有建设用地使用权/房屋(构筑物)所有权")
CN_NATURE = ("出让/市场化商品房", "出让/商品房", "划拨/房改房", "出让/经济适用住房")
CN_USES = ("城镇住宅用地/住宅", "城镇住宅用地/成套住宅", "商服用地/商业")
CN_STRUCTURES = ("钢筋混凝土结构", "混合结构", "框架结构")
CN_NOTES = (
    "该房屋已办理抵押登记。",
    "土地使用权分摊面积按幢分摊。",
    "本证由原房屋所有权证换发。",
    "",
)
CN_BANKS = ("华兴银行股份有限公司柳湾分行", "东方商业银行南城支行", "锦程银行股份有限公司东塘分行")
CN_QUERY_PURPOSES = ("办理贷款", "子女入学", "诉讼", "房屋交易")

EN_DISTRICTS = ("WEST YORKSHIRE : LEEDS", "GREATER MANCHESTER : BURY", "KENT : MAIDSTONE")
EN_LENDERS = (
    ("NORTHGATE BANK PLC", "01234567", "1 Castle Square, Kestrelford KF1 2AA"),
    (
        "HARBOUR & COUNTY BUILDING SOCIETY",
        "FCA 206110",
        "Harbour House, Quay Street, Dunmore DM1 1QS",
    ),
)
EN_RESTRICTION = (
    "RESTRICTION: No disposition by a sole proprietor of the registered estate (except a "
    "trust corporation) under which capital money arises is to be registered unless "
    "authorised by an order of the court."
)

ES_REGISTRIES = ("Villaverde", "Torrealta", "Puebla Nueva", "San Martín del Río")
ES_FLOORS = ("primera", "segunda", "tercera", "cuarta", "quinta", "sexta")
ES_LENDERS = ("BANCO DEL OLMO, S.A.", "CAJA RURAL DE TORREALTA, S.C.C.", "BANCA VIDAL, S.A.")
ES_STREETS = ("Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Calle Real")
