"""Words and tables for :mod:`synth.layouts_radio` and :mod:`synth.radio_latin`: radio
regulators' offices (made up; their address and line are business data), sets with
their bands and powers, modes, cities given as QTH, operators' on-air first names, and
the licences' boilerplate.
"""

from __future__ import annotations

#: A provincial radio office: its name, address and line (business data).
CN_BUREAUS = (
    ("广东省无线电管理局", "广州市越秀区东风中路305号", "020-83133721"),
    ("浙江省无线电管理委员会办公室", "杭州市西湖区文三路90号", "0571-87052110"),
    ("四川省无线电管理委员会办公室", "成都市青羊区西御街8号", "028-86614402"),
    ("湖北省无线电管理局", "武汉市武昌区中北路58号", "027-87235166"),
)
#: Sets (products, ordinary), their bands and maximum power.
SETS = (
    ("ICOM IC-7300", "1.8-54MHz", "100W"),
    ("YAESU FT-891", "1.8-54MHz", "100W"),
    ("KENWOOD TS-590SG", "1.8-54MHz", "100W"),
    ("YAESU FT-65R", "144-146/430-440MHz", "5W"),
    ("ICOM IC-9700", "144/430/1240MHz", "50W"),
    ("XIEGU G90", "1.8-30MHz", "20W"),
    ("QRP-LABS QCX", "7MHz", "5W"),
)
MODES = ("SSB", "CW", "FT8", "FM", "AM", "RTTY", "FT4")
CN_MODES = ("J3E/A1A/F3E", "F3E/F2D", "J3E/A1A/F1B", "A1A")
CN_CLASSES = ("A类", "B类", "C类")
CN_STATION_KINDS = ("固定业余无线电台", "移动业余无线电台", "便携业余无线电台")
#: Cities operators give as their QTH on air (ordinary places).
QTH_CITIES = (
    "Beijing",
    "Shanghai",
    "Chengdu",
    "Wuhan",
    "Guangzhou",
    "Osaka",
    "Sapporo",
    "Seoul",
    "Sydney",
    "Perth",
    "Berlin",
    "Lyon",
    "Madrid",
    "Warsaw",
    "Tokyo",
    "Hanoi",
)
#: Districts on a log page (ordinary).
CN_QTH = ("北京", "上海", "成都", "武汉", "杭州", "深圳", "西安", "长沙", "昆明", "南京")
#: Grid locators as printed on cards (six characters: a square some km across, ordinary).
LOCATORS = ("OL72", "OM89", "OL63", "OM91", "OL62", "PM95", "IO91", "IO83", "JO62", "JN58")
CN_DECLARATION = (
    "本人承诺:以上所填内容真实有效;遵守《中华人民共和国无线电管理条例》和《业余无线电台管理办法》,"
    "不利用业余无线电台从事发布、传播违法信息,不从事商业性经营活动。"
)
CN_LICENCE_RULES = (
    "1.本执照应当随台存放,不得涂改、出借、转让。",
    "2.电台应当按照核定的频率、功率和发射类型工作。",
    "3.有效期届满需继续使用的,应在届满前30日申请换发。",
)
EN_BOILERPLATE = (
    "This Licence authorises the Licensee to establish, install and use the Radio "
    "Equipment at the Main Station Address, at any Temporary Location and as a Mobile "
    "Station, in accordance with the Wireless Telegraphy Act 2006 and the Terms, "
    "Provisions and Limitations set out in this Licence."
)
EN_NOTES = (
    "The Licensee shall revalidate this Licence at least once every five years.",
    "Any change of name or Main Station Address must be notified within one month.",
    "The Call Sign shall be transmitted at the start and end of every transmission.",
)
EN_LEVELS = ("Foundation", "Intermediate", "Full")
DE_KLASSEN = ("A", "E", "N")
DE_TEXT = (
    "Der/Die Inhaber/in dieser Urkunde ist berechtigt, mit dem unten genannten Rufzeichen "
    "am Amateurfunkdienst teilzunehmen (§ 3 Amateurfunkgesetz)."
)
DE_OFFICES = (
    ("Bundesnetzagentur, Außenstelle Obernau", "Am Funkturm 3, 53117 Obernau", "02281 5581-0"),
    ("Bundesnetzagentur, Außenstelle Seehausen", "Postfach 80 01, 29099 Seehausen", "0421 3310-1"),
)
