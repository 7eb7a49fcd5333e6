"""Words and tables for :mod:`synth.layouts_baptism`: churches (made up, each with the
address and office phone it prints), baptismal names, officiants' titles, the Latin
languages' parishes.
"""

from __future__ import annotations

#: A Catholic church's name, its address and its office line (the church's own).
CN_CATHOLIC = (
    ("天主教柳湾圣若瑟堂", "柳湾区滨河路218号", "0531-86210437"),
    ("天主教南城圣母无原罪堂", "南城区枫林街45号", "020-83317265"),
    ("天主教东塘圣方济各堂", "东塘镇教堂巷7号", "0571-88024159"),
    ("天主教北关耶稣圣心堂", "北关区和平路96号", "027-85530712"),
)
#: A Protestant church's name, address and office line.
CN_PROTESTANT = (
    ("基督教青石桥堂", "青石桥街道福音路12号", "028-86671204"),
    ("基督教锦溪礼拜堂", "锦溪路301号", "0512-65230918"),
    ("基督教恩典堂", "河西区建设南路88号", "022-23361540"),
)
#: Baptismal names (圣名) as Chinese Catholics write them, male and female.
CN_SAINT_M = ("若瑟", "伯多禄", "保禄", "若望", "方济各", "安德肋", "类思", "雅各伯", "味增爵")
CN_SAINT_F = ("玛利亚", "德肋撒", "亚纳", "露济亚", "依搦斯", "莫尼加", "加大利纳", "玛尔大")
#: How the officiant signs: a priest or a pastor.
CN_PRIEST = ("神父", "司铎")
CN_PASTOR = ("牧师", "长老")
#: A parish register's remarks column.
CN_REG_NOTES = ("", "", "", "病洗补礼", "已坚振", "成人洗礼", "已婚配", "迁出", "√")
#: Relations ordinary in the register: the godparent's to the child.
CN_GOD_KIN = ("", "", "姑母", "舅父", "教友", "伯父")

EN_PARISHES = (
    ("St Augustine's Church", "14 Chapel Row, Northwick NW3 7QD", "0161 496 0732"),
    (
        "Church of St Mary and St Joseph",
        "The Presbytery, Mill Lane, Ashby Vale AV2 4RE",
        "0113 496 0218",
    ),
    ("St Columba's Parish Church", "2 Kirk Wynd, Dunmore DM6 1HS", "0131 496 0551"),
    ("Holy Trinity Church", "Church Street, Wexcombe WX9 3LP", "020 7946 0381"),
)
EN_FIRST_M = ("Thomas", "Daniel", "Oliver", "Samuel", "Liam", "Peter", "Aidan", "George")
EN_FIRST_F = ("Grace", "Emily", "Sophie", "Niamh", "Hannah", "Lucy", "Rebecca", "Chloe")
EN_LAST = ("Brennan", "Whitfield", "Okafor", "Harrington", "Doyle", "Kowalski", "Ashworth", "Lees")
EN_SAINTS_M = ("Joseph", "Francis", "Patrick", "Anthony", "Michael")
EN_SAINTS_F = ("Mary", "Teresa", "Bernadette", "Clare", "Anne")

ES_PARISHES = (
    ("Parroquia de San Andrés Apóstol", "Plaza de la Iglesia, 3", "Villaverde", "925 31 22 08"),
    ("Parroquia de Santa María la Mayor", "Calle del Carmen, 14", "Torrealta", "957 64 10 35"),
    ("Parroquia de San Miguel Arcángel", "Calle Real, 2", "Puebla Nueva", "983 55 07 19"),
)
IT_PARISHES = (
    ("Parrocchia di San Lorenzo Martire", "Piazza Duomo, 5", "Borgo Alto", "0571 632 118"),
    ("Parrocchia Santa Maria Assunta", "Via Roma, 41", "Castelnuovo", "0363 882 407"),
)
IT_FIRST_M = ("Giuseppe", "Marco", "Luca", "Francesco", "Matteo", "Alessandro")
IT_FIRST_F = ("Giulia", "Chiara", "Francesca", "Sofia", "Martina", "Elena")
IT_LAST = ("Rossi", "Bianchi", "Colombo", "Ferraro", "Galli", "Mancini", "Fontana", "Greco")
ES_FIRST_M = ("Pablo", "Hugo", "Álvaro", "Mateo", "Daniel", "Javier")
ES_FIRST_F = ("Lucía", "Carmen", "Paula", "Martina", "Elena", "Rocío")
ES_LAST = ("Ortega", "Navarro", "Serrano", "Molina", "Delgado", "Castro", "Vidal", "Prieto")
ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
IT_MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
