"""Words and tables for :mod:`synth.layouts_market`: markets and their offices (made up:
the office's address and line are business data), zones, goods, street places a
permit names (landmarks, ordinary), the pledges, and the English and French permits'
councils, pitches and goods.
"""

from __future__ import annotations

#: A market, its management office's address and line (the market's own).
CN_MARKETS = (
    ("东门农贸市场", "东门路118号", "0571-86032271"),
    ("城南综合批发市场", "南环路2号", "028-85117530"),
    ("幸福路便民市场", "幸福路56号", "0755-27718063"),
    ("青石桥菜市场", "青石桥南街9号", "027-83650912"),
)
CN_ZONES = ("蔬菜区", "水产区", "肉类区", "熟食区", "干货区", "水果区", "豆制品区", "禽蛋区")
CN_GOODS = (
    "新鲜蔬菜",
    "冷鲜猪肉",
    "活鱼水产",
    "豆腐豆制品",
    "卤味熟食",
    "南北干货",
    "时令水果",
    "鸡蛋禽蛋",
)
CN_HELPERS = ("配偶", "亲属", "雇工", "子女")
CN_PLEDGE = (
    "本人承诺所填信息真实,遵守市场管理规定,亮证经营、明码标价、不出售过期变质商品,"
    "按时缴纳摊位费,服从市场统一管理。"
)
#: A street place a temporary permit names (a landmark: ordinary).
CN_PLACES = (
    "人民路与解放路交叉口东侧人行道",
    "体育馆北门广场西侧",
    "滨江公园南门外空地",
    "地铁2号线站台C出口旁",
    "第一中学东侧便民疏导点",
)
CN_HOURS = ("06:00-09:00", "17:00-22:00", "18:30-23:00", "07:00-11:00")
CN_STREET_GOODS = ("小吃(煎饼果子)", "时令水果", "烤红薯", "日用百货", "鲜花绿植", "手机贴膜")
CN_PERMIT_RULES = (
    "1.须在核定地点、时段内经营,不得擅自扩大占道面积;",
    "2.保持周边环境整洁,做到人走地净;",
    "3.本证不得转借、转让,须随身携带备查。",
)

#: English councils (office address and line: business data) and pitches (ordinary).
EN_COUNCILS = (
    (
        "Kestrelford Borough Council",
        "Licensing Team, Civic Centre, Kestrelford KF1 2AA",
        "01632 960 411",
    ),
    ("Harbury District Council", "Licensing Services, Town Hall, Harbury HB3 9QE", "01632 960 587"),
)
EN_PITCHES = (
    "High Street, outside nos. 14-16 (Pitch 3)",
    "Market Square, north side (Pitch 7)",
    "Station Approach lay-by",
    "Riverside Walk, by the bandstand",
)
EN_GOODS = (
    "Hot food (burgers, hot dogs)",
    "Fruit and vegetables",
    "Coffee and hot drinks",
    "Flowers and plants",
    "Ice cream",
)
EN_DAYS = (
    "Monday to Saturday, 08:00-18:00",
    "Friday and Saturday, 17:00-23:00",
    "Daily, 10:00-16:00",
)
EN_CONDITIONS = (
    "The licence holder must display this licence at the pitch at all times.",
    "Only the named assistants may trade under this licence.",
    "The pitch must be left clean and clear at the end of each trading day.",
)

#: French towns (the mairie's address and line: business data), markets and goods.
FR_TOWNS = (
    ("Saint-Aubin", "Place de la Mairie, 35250 Saint-Aubin", "02 99 55 20 14"),
    ("Montclair", "1 rue de l'Hôtel de Ville, 26220 Montclair", "04 75 46 08 31"),
)
FR_MARKETS = (
    "marché hebdomadaire du samedi",
    "marché de plein vent du mercredi",
    "halles municipales",
)
FR_GOODS = (
    "fruits et légumes",
    "fromages et produits laitiers",
    "vêtements et accessoires",
    "plats cuisinés",
    "fleurs coupées",
)
FR_CLAUSES = (
    "L'autorisation est délivrée à titre personnel, précaire et révocable.",
    "Le titulaire s'acquitte de la redevance d'occupation selon les tarifs en vigueur.",
    "Elle ne peut être cédée, sous-louée ni transmise.",
)
