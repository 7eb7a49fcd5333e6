"""Word tables of the boat mooring family (:mod:`synth.layouts_mooring`): marinas and
harbour offices, boat names, types, makes and hulls, berths, fees, attachments and
rules in Chinese, English and French. All ordinary: they describe the boat and the
berth, not the owner (the marinas are invented)."""

from __future__ import annotations

#: (marina, operating company, the office's own line)
CN_MARINAS = (
    ("海韵湾国际游艇会", "海韵湾游艇码头管理有限公司", "0898-8856 2210"),
    ("东湖游艇俱乐部", "东湖水上运动发展有限公司", "027-8765 4301"),
    ("金沙湾游艇码头", "金沙湾海洋旅游开发有限公司", "0755-2690 8812"),
    ("星海湾帆船港", "星海湾帆船运动中心", "0411-8368 0577"),
    ("浪琴屿游艇会", "浪琴屿游艇俱乐部有限公司", "0532-8097 3366"),
)
CN_BOATS = ("海燕号", "逐浪", "蓝鲸一号", "自由号", "鸿运", "海之梦", "乘风", "远航者", "白鸥")
CN_TYPES = ("动力艇", "帆船", "双体帆船", "钓鱼艇", "飞桥艇")
CN_HULLS = ("玻璃钢", "铝合金", "玻璃钢", "钢质")
CN_MAKES = (
    "博纳多 Oceanis 38",
    "亚诺 Sun Odyssey 410",
    "法拉帝 500",
    "公主 F45",
    "宝龙 Lagoon 40",
    "太阳鸟 SY42",
)
CN_PORTS = ("三亚", "深圳", "青岛", "大连", "厦门", "珠海", "武汉")
CN_TERMS = ("年租", "半年租", "季租", "月租")
CN_ATTACH = ("身份证复印件", "船舶所有权登记证书", "船舶国籍证书", "游艇保险单", "驾驶证复印件")
CN_RULES = (
    "1. 泊位仅限登记船舶使用,不得转租、转借;更换船舶须重新登记。",
    "2. 船舶进出港须向码头值班室报备,夜间22:00后禁止出港。",
    "3. 租金按期预交,逾期十五日未交的,码头有权收回泊位。",
    "4. 台风预警期间船东须按码头要求加固缆绳或移泊,费用自理。",
)
CN_RELATIONS = ("配偶", "儿子", "女儿", "朋友", "兄弟", "父亲")
CN_LOG_NOTES = ("", "", "", "钓鱼", "出海观光", "试航", "加油", "帆船训练", "夜航已报备")
CN_DUTY_MARKS = ("已核", "√", "同意")

#: (harbour authority, its office line)
EN_HARBOURS = (
    ("Kestrelford Harbour Commissioners", "01632 960 418"),
    ("Saltmarsh Quay Marina Ltd", "01632 960 775"),
    ("River Wendle Navigation Trust", "0115 496 0294"),
    ("Port Avoncliff Sailing Club", "0117 496 0631"),
)
EN_BOATS = ("Wandering Star", "Kittiwake", "Second Wind", "Blue Heron", "Pipe Dream", "Morwenna")
EN_TYPES = ("Sailing yacht", "Motor cruiser", "Narrowboat", "Dayboat", "RIB", "Wide beam")
EN_MOORINGS = ("Swinging mooring", "Pontoon berth", "Trot mooring", "Towpath mooring")
EN_INSURERS = ("Navigators & General", "Pantaenius UK", "Haven Knox-Johnston", "GJW Direct")
EN_DECLARATION = (
    "I declare that the information given is correct, that the vessel is insured against "
    "third-party liability for at least £3,000,000 and that I will comply with the "
    "Harbour Byelaws. The licence is personal to the owner and may not be transferred."
)

#: (port, operator, office line)
FR_PORTS = (
    ("Port de plaisance de Saint-Aubin", "Régie du port de Saint-Aubin", "01 99 00 31 46"),
    ("Port des Minimes", "SPL Port des Minimes", "01 99 00 46 20"),
    ("Port de Beaulieu", "Capitainerie de Beaulieu", "01 99 00 93 85"),
)
FR_BOATS = ("Alizé", "Belle-Île", "Gwenn Ha Du", "Sirocco", "L'Embellie", "Petit Mousse")
FR_TYPES = ("voilier", "vedette à moteur", "catamaran", "semi-rigide")
FR_QUARTERS = ("SN", "LR", "MA", "TL", "BR", "CN", "VA")
FR_PONTOONS = ("A", "B", "C", "D", "E", "F")
FR_ARTICLES = (
    "Article 3 – Le poste est attribué à titre personnel au titulaire pour le seul navire "
    "désigné ci-dessus ; toute sous-location est interdite.",
    "Article 4 – La redevance est payable d'avance. Le titulaire déclare avoir pris "
    "connaissance du règlement de police du port et s'engage à le respecter.",
    "Article 5 – Le titulaire fournit chaque année une attestation d'assurance responsabilité "
    "civile et retrait d'épave.",
)
