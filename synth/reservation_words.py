"""Word tables of the restaurant reservation family: restaurants, private rooms,
remarks, booking sources and the notes of English and Italian diaries."""

from __future__ import annotations

CN_RESTAURANTS = (
    "渝味轩火锅(江北店)",
    "粤海酒家",
    "老杭州私房菜",
    "金陵大排档(新街口店)",
    "湘里人家土菜馆",
)
CN_ROOMS = ("牡丹厅", "梅兰厅", "听雨轩", "V8包厢", "大厅12桌", "大厅A5", "荷花厅", "贵宾1号")
CN_REMARKS = (
    "生日蛋糕",
    "忌辣",
    "靠窗",
    "带小孩,要宝宝椅",
    "老人坐轮椅",
    "不要香菜",
    "商务宴请,提前醒酒",
    "定888元套餐",
    "",
    "",
)
CN_SOURCES = ("电话", "美团", "大众点评", "到店", "微信")
CN_STATES = ("待到店", "已到店", "已到店", "已取消", "已入座")
CN_TITLES = ("先生", "女士", "总", "老师")
EN_RESTAURANTS = ("The Old Bell Inn", "Marlowe's Bistro", "Saffron Kitchen", "The Harbour Grill")
EN_NOTES = (
    "anniversary",
    "high chair",
    "nut allergy",
    "window table",
    "birthday - cake at 9",
    "wheelchair access",
    "vegan x2",
    "",
    "",
)
EN_TITLES = ("Mr", "Mrs", "Ms", "Dr")
IT_RESTAURANTS = ("Trattoria da Mario", "Osteria del Ponte", "Ristorante La Pergola")
IT_NOTES = ("compleanno", "seggiolone", "celiaco", "tavolo fuori", "anniversario", "", "")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("March", "April", "May", "June", "July", "September", "October", "December")
IT_DAYS = ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica")
IT_MONTHS = ("marzo", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre")
