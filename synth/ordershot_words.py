"""Word tables of an online shop's order screenshots: shops, goods with their specs,
carriers, cities, pickup stations and Brazilian streets."""

CN_SHOPS = (
    "优品家居旗舰店",
    "森林木童装",
    "小米之家官方店",
    "南极人内衣专卖",
    "三只松鼠",
    "绿源家电专营店",
)
#: (product, spec) pairs as the app lists them.
CN_GOODS = (
    ("加厚珊瑚绒四件套 冬季保暖", "颜色分类:浅灰;尺寸:1.8m床"),
    ("儿童羽绒服中长款", "颜色:藏青;尺码:130cm"),
    ("无线蓝牙耳机 降噪", "颜色分类:白色"),
    ("每日坚果 750g礼盒", "规格:30袋装"),
    ("电热水壶 1.7L 304不锈钢", "颜色:银色"),
    ("纯棉男士袜子 10双装", "尺码:均码"),
)
CN_CARRIERS = ("中通快递", "圆通速递", "韵达快递", "顺丰速运", "极兔速递", "京东快递")
CN_CITIES = ("杭州市", "广州市", "成都市", "武汉市", "苏州市", "郑州市")
CN_STATIONS = ("菜鸟驿站", "兔喜生活", "妈妈驿站", "快递柜")
EN_GOODS = (
    "USB-C Charging Cable, 2 m (2-pack)",
    "Stainless Steel Water Bottle 750 ml",
    "Paperback: The Quiet Garden",
    "LED Desk Lamp, Dimmable",
)
PT_GOODS = (
    "Fone de ouvido Bluetooth",
    "Kit 3 Camisetas Básicas",
    "Panela de pressão 4,5 L",
    "Capinha para celular",
)
PT_STREETS = ("Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro")
