"""Word tables of the staff rota family: shops, shift codes and times, roles and the
chat lines of a shift swap (all ordinary but the names the family puts into them)."""

from __future__ import annotations

CN_SHOPS = (
    "鲜丰水果(文三路店)",
    "老娘舅餐厅(万达店)",
    "便利蜂(中关村店)",
    "蜜雪冰城(大学城店)",
    "海底捞火锅(西湖店)",
)
CN_DAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
CN_CODES = ("早", "中", "晚", "休")
CN_TIMES = ("9:00-17:00", "7:00-15:00", "14:00-22:00", "休", "10:00-18:00")
CN_POSTS = ("收银", "服务员", "后厨", "店长", "传菜", "理货")
CN_NOTES = (
    "备注:早班7:00-15:00,中班11:00-19:00,晚班15:00-23:00。调班须提前一天报店长同意,不得私自换班。",
    "每人每周休息一天,节假日排班另行通知。迟到三次扣当月全勤奖。",
)

EN_SHOPS = ("Fresh Market Superstore #214", "Greenway Foods - Riverside", "Corner Co-op Market")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_ROLES = ("Cashier", "Stock", "Deli", "Bakery", "Supervisor", "Produce")
EN_SHIFTS = (
    ("06:00-14:00", 8.0),
    ("14:00-22:00", 8.0),
    ("09:00-17:30", 8.5),
    ("10:00-14:00", 4.0),
    ("OFF", 0.0),
    ("OFF", 0.0),
)

DE_CODES = ("F", "S", "N", "frei", "F", "S", "U")
DE_HOMES = ("Seniorenresidenz Am Park", "Pflegeheim St. Elisabeth", "Haus Sonnenhof")
DE_UNITS = ("Wohnbereich 1", "Wohnbereich 2 (Demenz)", "Station B")
DE_LEGEND = "F = Frühdienst 06:00-14:00   S = Spätdienst 13:30-21:30   N = Nachtdienst 21:15-06:15   U = Urlaub"

#: A shift swap asked for in the shop's group chat: "{a}" and "{b}" are staff names.
CHAT_ASKS = (
    "{a}周三早班和{b}换一下,店长同意了",
    "@{b} 周五晚班能跟我换吗?我家里有事",
    "明天{a}请假,{b}顶一下中班",
)
CHAT_REPLIES = ("好的没问题", "收到", "可以的,那我周日上早班", "行,记得改一下排班表")
