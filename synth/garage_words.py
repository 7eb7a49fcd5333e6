"""The words and tables of the car service records (:mod:`synth.layouts_carservice`):
dealers, garages, models, the work and parts with their price ranges, and the letters
a vehicle identification number is made of."""

from __future__ import annotations

#: VINs use every capital but I, O and Q (they look like digits).
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ("LSV", "LFV", "LGB", "WVW", "WBA", "LHG", "SAJ", "VF1", "JTD", "WDD")
CN_DEALERS = ("一汽大众", "上汽通用别克", "东风日产", "广汽丰田", "长安福特", "比亚迪")
CN_DEALER_B = ("4S店", "汽车销售服务有限公司", "特约维修站")
CN_GARAGES = ("途虎养车工场店", "车享家汽车服务", "诚信汽修厂", "快修快保中心")
CN_MODELS = ("朗逸 1.5L 自动", "凯美瑞 2.0G", "轩逸 经典", "宋PLUS DM-i", "英朗 GT", "福克斯")
CN_COLOURS = ("白色", "黑色", "银灰", "珍珠白", "蓝色")
#: (work or part, unit, price range) as 结算单 list them.
CN_WORK = (
    ("更换机油机滤", "项", (80, 150)),
    ("全合成机油 5W-30", "升", (60, 110)),
    ("机油滤清器", "个", (35, 90)),
    ("空气滤清器", "个", (45, 120)),
    ("空调滤清器", "个", (40, 130)),
    ("前刹车片(一套)", "套", (260, 680)),
    ("四轮定位", "项", (120, 200)),
    ("火花塞", "个", (45, 120)),
    ("更换雨刮片", "对", (60, 180)),
    ("蓄电池检测", "项", (0, 0)),
)
EN_WORK = (
    ("Minor service (labour)", (60, 120)),
    ("Engine oil 5W-30 (4.5 L)", (30, 55)),
    ("Oil filter", (8, 20)),
    ("Pollen filter", (15, 35)),
    ("Front brake pads", (60, 140)),
    ("Wiper blades (pair)", (18, 35)),
    ("MOT test", (54, 55)),
    ("Tyre 205/55 R16", (70, 120)),
)
DE_WORK = (
    ("Inspektion nach Herstellervorgabe", (120, 220)),
    ("Motoröl 5W-30, 4,5 l", (45, 80)),
    ("Ölfilter", (12, 25)),
    ("Bremsflüssigkeit wechseln", (60, 95)),
    ("Reifenwechsel Sommer/Winter", (40, 70)),
    ("Innenraumfilter", (20, 45)),
)
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EN_GARAGES = ("Kestrel Motors", "Hillside Garage", "Station Road Autos", "Ford Kestrelford")
EN_MODELS = ("Ford Focus 1.0 EcoBoost", "VW Golf 1.5 TSI", "Toyota Yaris Hybrid", "Vauxhall Corsa")
DE_GARAGES = ("Autohaus Lindner GmbH", "Kfz-Meisterbetrieb Wagner", "Autoservice Brandt")
DE_MODELS = ("VW Passat Variant 2.0 TDI", "Opel Astra 1.2", "BMW 318d Touring", "Skoda Octavia")
