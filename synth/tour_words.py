"""Word tables of the tour group family (:mod:`synth.layouts_tourgroup`): agencies,
routes with their length, hotels, remarks, Italian names and a route's itinerary."""

from __future__ import annotations

import random

CN_AGENCY = (
    "浙江环宇国际旅行社有限公司",
    "江苏金陵假日旅行社",
    "四川天府阳光旅行社有限公司",
    "广州南湖国际旅行社",
    "中青旅(杭州)国际旅行社",
)
#: Routes and their length in days (a route with 护照 travels on passports).
CN_ROUTES = (
    ("云南昆明大理丽江双飞6日游", 6),
    ("厦门鼓浪屿土楼3日游", 3),
    ("泰国曼谷芭提雅6日游(护照)", 6),
    ("日本东京大阪7日游(护照)", 7),
    ("北京故宫长城双卧5日游", 5),
    ("桂林阳朔漓江4日游", 4),
)
CN_HOTELS = ("丽江古城花间堂酒店", "大理洱海假日酒店", "桂林漓江大瀑布饭店", "厦门鹭江宾馆")
CN_NOTES = ("", "", "", "素食", "不吃辣", "老人", "儿童不占床", "单男拼房", "回族", "晕车")
EN_HOTELS = ("Hotel Bella Vista, Sorrento", "The Grand Hotel, Llandudno", "Parkhotel Innsbruck")
EN_TOURS = (
    "Lakes & Mountains of Northern Italy (8 days)",
    "Highlands and Islands Coach Tour",
    "Rhine Cruise & Black Forest",
)
EN_DIET = ("", "", "", "Vegetarian", "Gluten free", "Nut allergy", "Diabetic", "Vegan")
NATIONS = ("GBR", "GBR", "GBR", "IRL", "AUS", "NZL", "CAN")
IT_TOURS = ("Tour della Puglia 5 giorni", "Parigi e i castelli della Loira", "Capitali del Nord")
IT_FIRST = ("Giulia", "Marco", "Luca", "Chiara", "Paolo", "Anna", "Giovanni", "Francesca")
IT_LAST = ("Ferrari", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Rossi", "Bianchi")
_CN_DAYS = (
    "{d}:{a}集合,乘{f}航班赴目的地,接机后入住酒店。",
    "{d}:早餐后游览景区,中餐特色餐,晚餐后自由活动。",
    "{d}:上午参观古城,下午乘车前往下一站,车程约{h}小时。",
    "{d}:全天自由活动(不含车餐导服务),晚上入住酒店。",
    "{d}:早餐后送机,乘{f}航班返回,结束愉快旅程。",
)


def itinerary(rng: random.Random, route: str, days: int) -> list[str]:
    """A short day-by-day itinerary under the roster (flights, times, sights)."""
    lines = [f"【行程】{route}"]
    for k in range(min(days, 4)):
        tmpl = _CN_DAYS[0] if k == 0 else _CN_DAYS[min(k, 3)] if k < days - 1 else _CN_DAYS[4]
        flight = rng.choice(("MU", "CA", "CZ", "HO")) + str(rng.randint(1000, 9999))
        lines.append(
            tmpl.format(
                d=f"D{k + 1}",
                a=f"0{rng.randint(6, 9)}:{rng.choice(('00', '30'))}",
                f=flight,
                h=rng.randint(2, 5),
            )
        )
    return lines
