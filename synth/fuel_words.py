"""Word tables of the fuel card family (:mod:`synth.layouts_fuel`,
:mod:`synth.fuel_latin`): invented oil companies, stations with their own phones,
fuel grades with their prices, car models, fleet card issuers and sites in Chinese,
English and German. All ordinary (the stations' and issuers' lines are business data).
"""

from __future__ import annotations

#: (oil company, its provincial branch)
CN_BRANDS = (
    ("华油石化", "浙江杭州分公司"),
    ("中联石油", "江苏南京分公司"),
    ("长城能源", "广东深圳分公司"),
    ("宏图石化", "四川成都分公司"),
    ("东岳石油", "山东青岛分公司"),
)
#: (station, its address, its phone)
CN_STATIONS = (
    ("滨江路加油站", "滨江区滨江路1188号", "0571-8669 2310"),
    ("城东加油站", "玄武区龙蟠路66号", "025-8471 5502"),
    ("科技园加油站", "南山区深南大道9988号", "0755-2661 0387"),
    ("绕城高速东服务区加油站", "龙泉驿区成渝高速12公里处", "028-8480 1126"),
    ("香港中路加油站", "市南区香港中路120号", "0532-8577 3019"),
)
#: (fuel grade, price per litre in yuan)
CN_GRADES = (("92#汽油", 7.62), ("95#汽油", 8.14), ("98#汽油", 9.05), ("0#柴油", 7.28))
CN_PAYMENTS = ("加油卡", "加油卡", "加油卡", "微信支付", "支付宝", "银联卡")
CN_CAR_MODELS = ("小型轿车", "SUV", "小型货车", "面包车", "轻型厢式货车")
CN_FORM_NOTES = (
    "申请人承诺所填信息真实有效。记名卡可挂失,挂失以系统受理时间为准,挂失前发生的交易由持卡人承担。",
    "单位卡须提供营业执照复印件并加盖公章;副卡可限定油品、限定车牌,副卡消费从主卡资金中扣除。",
)
CN_SLIP_END = ("谢谢惠顾 欢迎再次光临", "请妥善保管小票 开票请于30日内", "安全加油 严禁烟火")
CN_COUPONS = ("满200减10", "新用户立减15", "周三会员日95折", "满300减20")

# ------------------------------------------------------------------ English
#: (fleet card issuer, its address, its customer services line)
EN_ISSUERS = (
    ("Keyline Fuelcards Ltd", "PO Box 417, Kestrelford KF9 1ZZ", "0345 600 2281"),
    ("RoadStar Fleet Services", "Unit 12, Harbour Park, Lowbridge LB2 6TT", "0330 123 4577"),
)
#: small businesses whose drivers hold the cards
EN_FIRMS = (
    "Ashdown Plumbing & Heating Ltd",
    "Greenway Landscapes",
    "M. Okafor Electrical",
    "Brightside Cleaning Co.",
    "Tideway Couriers Ltd",
)
EN_SITES = (
    "Fuelway Kestrelford Rd",
    "Northgate Lowbridge Bypass",
    "Roadchef M6 Svcs J18",
    "Harbour Park Fuels",
    "Easthaven Filling Stn",
    "Mill Lane Service Stn",
)
EN_PRODUCTS = (("Diesel", 1.449), ("Unleaded", 1.379), ("Diesel", 1.469), ("AdBlue", 0.799))

# ------------------------------------------------------------------ German
#: (station, street, town, phone)
DE_STATIONS = (
    ("Tankstelle Hoffmann", "Lindenstraße 12", "34567 Obernau", "05601 8842"),
    ("Autohof Seehausen", "Am Mühlbach 3", "39615 Seehausen", "039386 5510"),
    ("Freie Tankstelle Vogt", "Bahnhofstraße 48", "97340 Birkendorf", "09321 3377"),
)
DE_GRADES = (("Super E10", 1.739), ("Super E5", 1.799), ("Diesel", 1.659), ("SuperPlus", 1.899))
DE_CARDS = ("FleetPlus CARD", "EuroTank Karte", "RouteCard", "TankPool Karte")
