"""Word tables of the towing and impound family (:mod:`synth.layouts_towing`,
:mod:`synth.towing_latin`): impound lots and traffic brigades with their addresses and
phones, tow firms, makes and colours, the streets where cars stood and the offences;
English pounds and French fourrières. The lots, brigades and firms are invented; their
addresses and phones are business data; the street where a car stood is ordinary.
"""

from __future__ import annotations

#: (traffic police brigade, impound lot, the lot's address, the lot's phone)
CN_LOTS = (
    (
        "杭州市公安局交通警察支队西湖大队",
        "西湖区违停车辆停车场",
        "杭州市西湖区转塘街道象山路 77 号",
        "0571-8702 3315",
    ),
    (
        "南京市公安局交通管理局鼓楼大队",
        "鼓楼区清障车辆停放场",
        "南京市鼓楼区幕府西路 198 号",
        "025-8359 1207",
    ),
    (
        "成都市公安局交通管理局第三分局",
        "金牛区违法车辆停车场",
        "成都市金牛区蓉北商贸大道二段 9 号",
        "028-8763 4410",
    ),
    (
        "武汉市公安局交通管理局江汉大队",
        "江汉区拖移车辆停车场",
        "武汉市江汉区常青路 266 号",
        "027-8581 0719",
    ),
)
CN_TOW_FIRMS = (
    ("顺达道路清障服务有限公司", "400-826-1122"),
    ("安通拖车救援中心", "0571-8888 1190"),
    ("城联汽车救援服务部", "027-5912 3300"),
)
CN_MAKES = ("大众", "丰田", "本田", "别克", "比亚迪", "日产", "吉利", "长安", "宝马", "奥迪")
CN_COLOURS = ("白色", "黑色", "银色", "灰色", "红色", "蓝色")
CN_KINDS = ("小型轿车", "小型普通客车", "小型越野客车", "新能源小型轿车")
#: Where a car stood when it was towed (ordinary: a street, not anyone's home).
CN_SPOTS = (
    "文三路与学院路交叉口东侧",
    "中山北路 200 号门前人行道",
    "人民医院北门消防通道",
    "建设大道地铁站 C 口",
    "解放路公交站台",
    "春熙路步行街入口",
)
CN_OFFENCES = (
    "在禁止停放的区域停车",
    "占用消防车通道停车",
    "在人行道上停车",
    "在公交车站 30 米以内停车",
    "驾驶人不在现场,妨碍其他车辆、行人通行",
)
CN_PICKUP_RELATIONS = ("本人", "本人", "配偶", "家属", "同事", "朋友")

# ------------------------------------------------------------------ English
#: (pound, its address, its phone)
EN_POUNDS = (
    ("Kestrelford Vehicle Pound", "Unit 7, Gasworks Lane, Kestrelford KF4 2PD", "01632 960 310"),
    ("Lowbridge Council Car Pound", "Depot Road, Lowbridge LB7 9XA", "01632 960 744"),
    ("Easthaven Removals Pound", "Quarry Yard, Old Mill Road, Easthaven EH6 1RP", "01632 960 188"),
)
EN_MAKES = (
    "Ford Focus",
    "Vauxhall Corsa",
    "VW Golf",
    "Nissan Qashqai",
    "Toyota Yaris",
    "BMW 1 Series",
    "Kia Sportage",
)
EN_COLOURS = ("Silver", "Black", "Blue", "White", "Red", "Grey")
EN_STREETS = (
    "High Street (outside no. 42)",
    "Station Road, bay 14",
    "Market Square",
    "Church Lane, double yellow lines",
    "Queen Street bus stop",
)
EN_CONTRAVENTIONS = (
    "01 Parked in a restricted street during prescribed hours",
    "02 Parked or loading where restrictions apply",
    "12 Parked in a residents' or shared use parking place without a permit",
    "40 Parked in a designated disabled person's parking place without a badge",
    "62 Parked with one or more wheels on a footway",
)
EN_ID_SEEN = ("Driving licence", "Passport", "V5C logbook")

# ------------------------------------------------------------------ French
#: (fourrière, its address, its phone)
FR_POUNDS = (
    ("Fourrière municipale de Lyon", "8 rue du Port Édouard-Herriot, 69007 Lyon", "04 72 80 14 50"),
    ("Fourrière de Bordeaux-Bastide", "15 quai de Brazza, 33100 Bordeaux", "05 56 40 22 10"),
    ("Fourrière de Nantes Métropole", "2 boulevard Gustave-Roch, 44200 Nantes", "02 40 48 70 33"),
)
FR_MAKES = (
    "Renault Clio",
    "Peugeot 208",
    "Citroën C3",
    "Dacia Sandero",
    "Peugeot 3008",
    "Toyota Yaris",
)
FR_COLOURS = ("gris", "noir", "blanc", "bleu", "rouge")
FR_PLACES = (
    "rue de la République, devant le n° 12",
    "place Bellecour",
    "cours Victor-Hugo, voie de bus",
    "quai de la Fosse, place livraison",
    "avenue Jean-Jaurès, passage piéton",
)
FR_MOTIFS = (
    "Stationnement gênant sur passage piéton",
    "Stationnement très gênant sur voie réservée aux bus",
    "Stationnement abusif de plus de sept jours",
    "Stationnement sur emplacement réservé aux personnes handicapées",
)
FR_STATES = (
    "Bon état apparent",
    "Rayures portière avant gauche",
    "Pare-choc arrière enfoncé",
    "Rétroviseur droit cassé",
)
