"""Words and tables for :mod:`synth.layouts_ferry`: ferry companies (made up) with their
service lines, ships, routes, cabins and seats, vehicle kinds, the manifest's
declaration, the ticket's rules, and the English and Italian bookings' words.
"""

from __future__ import annotations

#: A company (its name and line are its own: business data) and its ships.
CN_COMPANIES = (
    ("渤海翔云轮渡有限公司", "0535-6242215", ("渤海翔云", "翔云7号", "海韵")),
    ("琼州海峡客滚运输有限公司", "0898-68651233", ("琼海之星", "椰城12号", "南港一号")),
    ("舟山海屿快线客运有限公司", "0580-2021166", ("海屿快线7号", "普济", "桃花岛1号")),
)
#: Departure and arrival ports (ordinary places).
CN_ROUTES = (
    ("烟台港", "大连港"),
    ("蓬莱港", "长岛港"),
    ("海口秀英港", "海安港"),
    ("海口新海港", "徐闻港"),
    ("朱家尖蜈蚣峙", "普陀山"),
    ("沈家门半升洞", "桃花岛"),
    ("宁波白峰", "舟山鸭蛋山"),
)
CN_SEATS = ("经济舱", "二等舱", "三等舱", "商务座", "普通座", "散席")
CN_ID_KINDS = ("身份证", "身份证", "身份证", "身份证", "护照", "港澳通行证")
CN_VEHICLES = ("小型客车", "小型客车", "SUV", "货车(4.2米)", "面包车", "摩托车")
CN_DECLARATION = (
    "以上旅客名单与实际登船人数核对无误,已按规定查验旅客身份证件,特此报告。"
    "本名单一式三份,海事部门、港口、船舶各存一份。"
)
CN_TICKET_RULES = (
    "实名制售票,凭购票证件原件检票登船。",
    "请于开航前30分钟到达检票口,开航前5分钟停止检票。",
    "遇恶劣天气停航,可全额退票。",
    "儿童票须由成人陪同乘船。",
    "严禁携带易燃易爆等危险品上船。",
)
CN_GATES = ("1号检票口", "2号检票口", "A区检票口", "B3检票口", "车辆通道")

#: English bookings: operator (its line is business data), routes, cabin kinds.
EN_OPERATORS = (
    ("Northsea Isles Ferries", "0345 600 1782"),
    ("Channel Link Ferries", "0330 159 0206"),
)
EN_ROUTES = (
    ("Portsmouth", "Caen"),
    ("Hull", "Rotterdam"),
    ("Aberdeen", "Lerwick"),
    ("Holyhead", "Dublin"),
    ("Oban", "Craignure"),
)
EN_CABINS = ("2-berth inside cabin", "4-berth outside cabin", "Club lounge seat", "Reclining seat")
EN_VEHICLES = ("Car (up to 5m)", "Car + roof box", "Campervan (6-7m)", "Motorcycle")
EN_NOTES = (
    "Check-in closes 45 minutes before departure for passengers with vehicles.",
    "Please bring valid photo ID or a passport for every passenger.",
    "Changes can be made online up to 24 hours before sailing.",
)

#: Italian island ferries.
IT_COMPANIES = (("Navigazione Tirrenica", "081 551 2209"), ("Laguna Traghetti", "0565 914 221"))
IT_ROUTES = (
    ("Napoli Beverello", "Ischia"),
    ("Piombino", "Portoferraio"),
    ("Pozzuoli", "Procida"),
    ("Milazzo", "Lipari"),
    ("Civitavecchia", "Olbia"),
)
IT_SEATS = ("Poltrona", "Passaggio ponte", "Cabina interna", "Posto ponte")
IT_DOCS = ("C.I.", "Passaporto", "Patente")
IT_NOTES = (
    "Presentarsi all'imbarco almeno 30 minuti prima della partenza muniti di documento.",
    "La carta d'imbarco è personale e non cedibile.",
)
