"""Words and tables for :mod:`synth.layouts_schooltrip` and :mod:`synth.schooltrip_latin`:
schools (made up; the office line is business data), trips with their destinations,
transport and costs, classes, allergies and medicines (ordinary), the notices' rules,
and the English and French forms' wording.
"""

from __future__ import annotations

#: A school: its name and office line (business data; the name ordinary).
CN_SCHOOLS = (
    ("深圳市南山区育才实验学校", "0755-26661234"),
    ("杭州市文澜中学", "0571-88213560"),
    ("成都市青羊区实验小学", "028-86257301"),
    ("武汉市光谷第三初级中学", "027-87590122"),
)
#: (kind of outing, destination, transport, cost).
CN_TRIPS = (
    ("研学旅行", "西安(陕西历史博物馆、兵马俑)", "高铁二等座", "2380元"),
    ("研学旅行", "井冈山革命博物馆", "旅游大巴", "1560元"),
    ("春游", "植物园", "学校统一租用大巴", "85元"),
    ("秋游", "科技馆及湿地公园", "旅游大巴", "120元"),
    ("研学实践", "南京(中山陵、科举博物馆)", "高铁二等座", "1980元"),
    ("综合实践活动", "农业科技示范园", "旅游大巴", "60元"),
)
CN_GRADES = ("三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "初二", "高一")
CN_RELATIONS = ("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "监护人")
CN_HEALTH = (
    "无",
    "无",
    "无",
    "花生过敏",
    "对青霉素过敏",
    "晕车,需带晕车药",
    "哮喘,随身携带沙丁胺醇气雾剂",
    "海鲜过敏",
)
CN_RULES = (
    "1.学生须穿校服,佩戴校徽,听从带队老师安排,不得擅自离队。",
    "2.学校已为每位学生购买旅行意外伤害保险,请家长如实填写身份证号码。",
    "3.请勿携带贵重物品及大额现金,不带刀具等危险物品。",
    "4.如有特殊疾病或过敏史,请在回执中注明并告知班主任。",
)
CN_SEAT_NOTES = ("", "", "", "", "晕车", "班长", "过敏", "")

#: English trips: (destination, date words, cost, transport).
EN_TRIPS = (
    ("Natural History Museum, London", "Thursday 12 March", "£18.00", "coach"),
    ("Lake District Outdoor Centre (residential)", "Mon 8 - Fri 12 June", "£285.00", "coach"),
    ("Warwick Castle", "Friday 26 June", "£32.50", "coach"),
    ("Eden Project", "Wednesday 20 May", "£24.00", "train and minibus"),
)
EN_SCHOOLS = (
    ("Hillcrest Academy", "01632 960 417"),
    ("St Aidan's C of E High School", "01632 960 882"),
)
EN_FORMS = ("7B", "7R", "8C", "8W", "9H", "10S", "Year 5 Oak", "Year 6 Willow")
EN_MEDICAL = (
    "None",
    "None",
    "Asthma - blue inhaler",
    "Nut allergy - carries EpiPen",
    "Hay fever (cetirizine)",
    "Type 1 diabetes",
)
EN_RELATIONS = ("Mother", "Father", "Grandmother", "Aunt", "Stepfather", "Neighbour")
EN_GPS = (("Riverside Medical Practice", "01632 960 301"), ("Oakwood Surgery", "01632 960 555"))
EN_TEXT = (
    "I give permission for my child to take part in the trip described above. I agree that "
    "the staff in charge may authorise emergency medical treatment if I cannot be contacted."
)

#: French outings: (destination, town of the school).
FR_SORTIES = (
    ("au musée des Beaux-Arts", "Lyon"),
    ("à la ferme pédagogique des Tilleuls", "Montclair"),
    ("au théâtre municipal", "Beaulieu"),
    ("à la médiathèque et au parc", "Saint-Aubin"),
)
FR_CLASSES = ("CP", "CE1", "CE2", "CM1", "CM2", "6e B", "5e A")
