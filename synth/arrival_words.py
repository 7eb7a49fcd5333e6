"""Words and tables for :mod:`synth.layouts_arrival` (arrival and departure cards).

Nationalities, visa posts, flights, purposes and health questions are ordinary; the
hotels are invented (names, addresses and lines no real hotel's) and are business data
when a traveller gives one as the address in China.
"""

from __future__ import annotations

#: (country code for the passport's shape, nationality as written in capitals).
NATIONALITIES = (
    ("US", "USA"),
    ("US", "AMERICAN"),
    ("GB", "BRITISH"),
    ("GB", "UNITED KINGDOM"),
    ("DE", "GERMANY"),
    ("DE", "GERMAN"),
    ("FR", "FRANCE"),
    ("IT", "ITALY"),
    ("JP", "JAPAN"),
    ("KR", "KOREA"),
    ("AU", "AUSTRALIA"),
    ("CA", "CANADA"),
    ("ES", "SPAIN"),
)
#: Where a Chinese visa was issued (the post, ordinary).
VISA_POSTS = (
    "BERLIN",
    "LONDON",
    "PARIS",
    "NEW YORK",
    "TOKYO",
    "SEOUL",
    "SYDNEY",
    "TORONTO",
    "MADRID",
    "ROME",
    "MUNICH",
    "SAN FRANCISCO",
    "MANCHESTER",
)
FLIGHTS = ("CA", "MU", "CZ", "LH", "BA", "AF", "KE", "NH", "QF", "AC", "HU", "UA")
#: Invented hotels: (name, address, phone), business data on the card.
HOTELS = (
    ("北京和悦酒店", "北京市朝阳区东三环北路甲19号", "010-6555 0182"),
    ("上海滨江君庭酒店", "上海市黄浦区中山东二路88号", "021-6333 0416"),
    ("广州云山宾馆", "广州市越秀区环市东路368号", "020-8377 0259"),
    ("深圳海景假日酒店", "深圳市南山区后海大道2288号", "0755-8655 0307"),
    ("成都锦里花园酒店", "成都市武侯区武侯祠大街231号", "028-8555 0644"),
    ("杭州西溪悦榕宾馆", "杭州市西湖区天目山路398号", "0571-8799 0553"),
)
EN_HOTELS = (
    ("The Quayside Lodge", "14 Harbour Row, Kingsport KP1 4DX"),
    ("Elmfield House Hotel", "2 Elmfield Road, Northbridge NB3 9QT"),
    ("Riverside Inn", "77 Mill Lane, Ashcombe AC2 1RZ"),
    ("Station Court Hotel", "1 Station Approach, Wexham WX4 6PL"),
)
#: 入境事由 Purpose of visit (one only), as the card prints them.
CN_PURPOSES = (
    ("会议/商务", "Conference/Business"),
    ("访问", "Visit"),
    ("观光/休闲", "Sightseeing/in leisure"),
    ("探亲访友", "Visiting friends or relatives"),
    ("就业", "Employment"),
    ("学习", "Study"),
    ("返回常住地", "Return home"),
    ("定居", "Settle down"),
    ("其他", "Others"),
)
CN_DECLARATION = (
    "以上申明真实准确。I hereby declare that the statement given above is true and accurate."
)
CN_HEALTH_ASKS = (
    "发热",
    "寒战",
    "干咳",
    "咳痰",
    "鼻塞",
    "流涕",
    "咽痛",
    "头痛",
    "乏力",
    "肌肉酸痛",
    "呼吸困难",
    "腹泻",
    "呕吐",
    "皮疹",
    "以上症状均无",
)
CN_HEALTH_NOTES = (
    "根据《中华人民共和国国境卫生检疫法》及其实施细则,为了保护您和他人的健康,"
    "请如实逐项填写,如有隐瞒或虚假填报,将依据相关法律追究责任。"
)
CN_TRIP_PLACES = ("日本", "泰国", "新加坡", "马来西亚", "韩国", "英国", "法国", "无")
CN_COMPANIONS = ("妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "同事", "朋友")
EN_COUNTRIES = (
    ("the United Kingdom", "Heathrow", "+44"),
    ("the United Kingdom", "Gatwick", "+44"),
    ("the United Kingdom", "Manchester", "+44"),
)
EN_OCCUPATIONS = ("ENGINEER", "TEACHER", "NURSE", "RETIRED", "STUDENT", "SALES MANAGER", "CHEF")
EN_DECLARATIONS = (
    "Are you carrying more than 10,000 in cash or equivalent?",
    "Are you bringing any food, plants or animal products?",
    "Have you visited a farm outside this country in the past 30 days?",
    "Are you carrying goods over your duty-free allowance?",
)
EN_NOTE = (
    "It is an offence to give false or misleading information. Keep this card with your "
    "passport and hand it to the officer at passport control."
)
FR_PROFESSIONS = ("Ingénieur", "Enseignante", "Infirmier", "Retraitée", "Étudiant", "Commerçant")
FR_PORTS = ("Montréal", "Dakar", "Casablanca", "Pointe-à-Pitre", "Genève", "Alger")
FR_HOME_TOWNS = (
    "Montréal (Québec) CANADA",
    "Genève SUISSE",
    "Bruxelles BELGIQUE",
    "Casablanca MAROC",
    "Dakar SÉNÉGAL",
)
FR_HOTELS = (
    ("Hôtel des Tilleuls", "14 rue des Tilleuls, 75011 Paris"),
    ("Hôtel Beau Rivage", "3 quai Saint-Pierre, 06400 Cannes"),
    ("Résidence du Parc", "22 avenue du Parc, 69006 Lyon"),
)
FR_NOTE = (
    "Ce document est destiné aux services de police aux frontières. À remplir en "
    "lettres majuscules / Please write in block capitals."
)
