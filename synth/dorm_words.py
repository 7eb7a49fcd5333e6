"""Word tables of the student dormitory family (:mod:`synth.layouts_dormitory`):
universities, halls, colleges, majors, inventories, late-return reasons and rules.
All ordinary (a college, major or hall names no one person)."""

from __future__ import annotations

CN_UNIVERSITIES = (
    "华东理工大学",
    "西南交通大学",
    "江南大学",
    "湖南师范大学",
    "山东财经大学",
    "福州大学",
)
CN_HALLS = ("桃李苑", "紫荆公寓", "学府苑", "北区", "东区学生公寓", "梅园")
CN_COLLEGES = (
    ("计算机科学与技术学院", "软件工程"),
    ("机械工程学院", "机械设计制造及其自动化"),
    ("外国语学院", "英语"),
    ("经济管理学院", "会计学"),
    ("化工学院", "化学工程与工艺"),
    ("文学院", "汉语言文学"),
)
CN_ITEMS = ("床板", "床垫", "书桌", "椅子", "衣柜", "书架", "空调遥控器", "门锁", "窗帘", "灯具")
CN_RELATIONS = ("父亲", "母亲", "父亲", "母亲", "爷爷", "姐姐")
CN_RULES = (
    "1. 学生须按学校安排的房间、床位入住,不得私自调换或留宿外来人员。",
    "2. 宿舍内严禁使用大功率电器,严禁吸烟及存放易燃易爆物品。",
    "3. 宿舍门禁时间为23:00,晚归须在值班室登记。",
    "4. 退宿时须按本表清点物品,损坏丢失照价赔偿。",
)
CN_LATE = (
    "图书馆自习",
    "实验室做实验",
    "社团活动",
    "家教回来晚",
    "看病",
    "学生会开会",
    "火车晚点返校",
    "兼职",
    "比赛训练",
    "",
)
CN_DOOR_NOTES = ("文明宿舍", "安全用电 人走断电", "卫生检查:优", "请随手关门")
EN_UNIVERSITIES = ("University of Northbridge", "Kingsmoor University", "St Aldhelm's College")
EN_HALLS = ("Fenwick Hall", "Oakfield Court", "Ravensworth House", "Beckett Village")
EN_ITEMS = (
    "Bed frame",
    "Mattress",
    "Desk",
    "Desk chair",
    "Wardrobe",
    "Bookshelf",
    "Curtains",
    "Notice board",
    "Bin",
    "Window lock",
    "Smoke detector",
    "Carpet",
)
EN_CONDITIONS = (
    "Good",
    "Good",
    "Good",
    "Good",
    "Good",
    "Good",
    "Fair",
    "Marked",
    "Stained",
    "Missing",
    "Damaged",
)
EN_RELATIONS = ("Mother", "Father", "Parent", "Aunt", "Grandmother", "Partner", "Guardian")
DE_HOMES = (
    ("Studierendenwerk Hannover", "Wohnheim Dorotheenstraße"),
    ("Studentenwerk Leipzig", "Wohnanlage Straße des 18. Oktober"),
    ("Studierendenwerk Freiburg", "Studentensiedlung am Seepark"),
)
DE_ITEMS = (
    "Bett mit Lattenrost",
    "Matratze",
    "Schreibtisch",
    "Stuhl",
    "Kleiderschrank",
    "Regal",
    "Lampe",
    "Vorhang",
    "Kühlschrank",
)
DE_STATES = ("einwandfrei", "einwandfrei", "einwandfrei", "gebraucht", "beschädigt", "fehlt")
DE_NOTE = (
    "Mit der Unterschrift bestätigen beide Seiten den Zustand des Zimmers bei Einzug. "
    "Später festgestellte Mängel sind innerhalb von 14 Tagen schriftlich zu melden."
)
