"""Word tables of the patent and trademark family (:mod:`synth.layouts_patent`,
:mod:`synth.patent_latin`): inventions' titles, patent agencies, firms, trademark
classes and goods, in Chinese, English and German. All ordinary (the agencies and firms
are invented; their addresses and phones are business data).
"""

from __future__ import annotations

CN_TITLES = (
    "一种可折叠式婴儿推车的制动装置",
    "一种基于图像识别的垃圾分类方法及系统",
    "一种茶叶揉捻机的自动进料结构",
    "一种用于锂电池极片的涂布烘干设备",
    "一种防滑耐磨的登山鞋底及其制备方法",
    "一种智能药盒及其提醒控制方法",
    "一种农用无人机喷洒流量控制装置",
    "一种可调节角度的手机支架",
)
#: (patent agency, its phone, its address)
CN_AGENCIES = (
    (
        "北京智信诚专利代理有限公司",
        "010-6255 3180",
        "北京市海淀区知春路63号中国卫星通信大厦B座1105室",
    ),
    (
        "杭州求新专利事务所(普通合伙)",
        "0571-8796 0412",
        "杭州市西湖区文三路90号东部软件园3号楼502室",
    ),
    (
        "深圳市创睿知识产权代理有限公司",
        "0755-8632 7719",
        "深圳市南山区科技中一路19号赛百诺大厦A座801室",
    ),
    ("成都天府专利代理事务所", "028-8519 6620", "成都市武侯区人民南路四段11号1201室"),
)
CN_PRIORITY_OFFICES = ("美国", "日本", "欧洲专利局", "韩国", "德国")
CN_DOCS = (
    "请求书 5页",
    "说明书 12页",
    "权利要求书 2页",
    "说明书附图 4页",
    "说明书摘要 1页",
    "摘要附图 1页",
)
CN_CERT_TEXT = (
    "本发明经过本局依照中华人民共和国专利法进行审查,决定授予专利权,颁发发明专利证书并在专利登记簿上予以登记。"
    "专利权自授权公告之日起生效。专利权期限为二十年,自申请日起算。"
)
CN_UTILITY_TEXT = (
    "本实用新型经过本局依照中华人民共和国专利法进行初步审查,决定授予专利权,颁发实用新型专利证书并在专利登记簿上予以登记。"
    "专利权自授权公告之日起生效。专利权期限为十年,自申请日起算。"
)
#: (Nice class, goods or services a sole trader files for, the mark's words)
CN_TM_CLASSES = (
    ("第43类", "餐馆;饭店;快餐馆;咖啡馆;茶馆;备办宴席", "老街坊"),
    ("第30类", "茶;糕点;面包;饼干;月饼;粽子", "禾香记"),
    ("第35类", "广告;替他人推销;市场营销;药品零售或批发服务", "邻家优选"),
    ("第25类", "服装;鞋;帽;袜;围巾;婴儿全套衣", "布衣小筑"),
    ("第44类", "美容院;理发店;按摩;保健;修指甲", "悦颜坊"),
)
CN_TM_DECLS = (
    "集体商标",
    "证明商标",
    "以三维标志申请商标注册",
    "以颜色组合申请商标注册",
    "以声音标志申请商标注册",
)

# ------------------------------------------------------------------ English
EN_TITLES = (
    "SELF-LEVELLING MOUNT FOR A HANDHELD CAMERA GIMBAL",
    "METHOD AND SYSTEM FOR DETECTING LEAKS IN A WATER DISTRIBUTION NETWORK",
    "MODULAR BICYCLE CARGO RACK WITH QUICK-RELEASE CLAMP",
    "LOW-POWER WIRELESS SOIL MOISTURE SENSOR",
)
#: (law firm, its e-mail domain, its address)
EN_FIRMS = (
    (
        "Whitcombe Lyle LLP",
        "whitcombelyle.example",
        "1200 Harbor Blvd, Suite 400, Oakview, CA 94010",
    ),
    (
        "Pryor Dane & Associates",
        "pryordane.example",
        "55 Commerce Street, Floor 9, Milford, MA 01757",
    ),
    (
        "Kessler Bright PLLC",
        "kesslerbright.example",
        "800 Pine Avenue, Suite 210, Dayton, OH 45402",
    ),
)
EN_ASSIGNEES = ("Northfield Robotics Inc.", "Bluewater Sensors LLC", "Cobalt Outdoor Gear Co.")

# ------------------------------------------------------------------ German
DE_TITLES = (
    "Vorrichtung zum Entkalken eines Wasserkochers",
    "Verfahren zur Herstellung eines Holzverbundwerkstoffs",
    "Klemmhalterung für Solarmodule auf Flachdächern",
    "Fahrradschloss mit Alarmfunktion",
)
DE_APPLICANTS = (
    "Brückner Maschinenbau GmbH",
    "Vogt Solartechnik GmbH & Co. KG",
    "Krüger Feinwerk AG",
)
DE_GROUNDS = (
    "Arbeitsvertrag (Arbeitnehmererfindung)",
    "Kaufvertrag",
    "Erbfolge",
    "Eigene Erfindung",
)
