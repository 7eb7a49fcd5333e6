"""Word tables of the scenic-area ticket family (:mod:`synth.layouts_scenic`,
:mod:`synth.scenic_latin`): invented scenic areas, museums, travel agencies and
attractions with their own service lines, ticket kinds and prices, time slots and
the small print in Chinese, English and Italian. All ordinary (the places are
invented; their phones are business data)."""

from __future__ import annotations

#: (scenic area, its service line)
CN_AREAS = (
    ("青岚山国家级风景名胜区", "0571-8806 2233"),
    ("云栖湖湿地公园", "0512-6651 3020"),
    ("白鹭洲古镇景区", "0797-8211 6688"),
    ("龙脊峡谷生态旅游区", "0773-7580 1199"),
    ("紫霞洞景区", "0391-2970 5566"),
    ("望江楼历史文化街区", "028-8523 4400"),
)
#: (ticket kind, price in yuan)
CN_KINDS = (
    ("成人票", 120),
    ("成人票", 90),
    ("学生票", 60),
    ("老人票(60-69周岁)", 45),
    ("门票+索道往返", 260),
    ("儿童票(1.2-1.5米)", 60),
    ("夜游票", 80),
)
CN_SELLERS = ("自助售票机03", "东门售票窗口2", "官方小程序", "游客中心窗口5", "OTA渠道")
CN_RULES = (
    "1. 本票实行实名制,仅限本人当日使用,入园时请出示购票时所用的身份证件。",
    "2. 本票一经检票入园即不退不换,出园后再次入园需重新购票。",
    "3. 请妥善保管门票,遗失、污损或二维码无法识别者不予补办。",
    "4. 景区内请遵守游览秩序,爱护文物古迹和自然资源。",
)
#: (museum, its own line)
CN_MUSEUMS = (
    ("江城博物馆", "027-8556 1000"),
    ("临海市自然博物馆", "0576-8512 3300"),
    ("南州美术馆", "025-8467 2290"),
    ("青川科技馆", "0833-2216 5050"),
)
CN_SLOTS = ("09:00-11:00", "11:00-13:00", "13:00-15:00", "15:00-17:00")
CN_MUSEUM_NOTES = (
    "请于预约时段内凭本人身份证原件或预约二维码入馆,过时预约自动失效。",
    "如需取消,请于参观日前一天17:00前操作,一个月内累计爽约3次将暂停预约资格。",
    "每周一闭馆(法定节假日除外),入馆须接受安全检查。",
)
CN_AGENCIES = ("青旅假日国际旅行社有限公司", "江城康辉旅行社有限公司", "海峡阳光旅游有限公司")
CN_ID_KINDS = ("身份证", "身份证", "身份证", "护照", "港澳通行证")

#: (attraction, visitor services line)
EN_ATTRACTIONS = (
    ("Harwick Castle & Gardens", "01632 960 552"),
    ("The Mariner's Museum, Portbury", "0117 496 0188"),
    ("Glen Ardoch Distillery Tours", "0131 496 0745"),
    ("Wrenfield Safari Park", "01632 960 910"),
)
#: (ticket type, price in pounds)
EN_TICKETS = (
    ("Adult", 24.50),
    ("Child (5-15)", 14.00),
    ("Senior (65+)", 21.00),
    ("Student", 19.50),
    ("Under 5", 0.00),
)
EN_TERMS = (
    "This e-ticket is valid only for the date and arrival time shown. The lead booker may "
    "be asked to show photo ID matching the name on this ticket. Tickets are "
    "non-refundable and may not be resold. Each barcode admits one person once."
)

#: (museum, site)
IT_MUSEUMS = (
    ("Museo Civico di Palazzo Arrighi", "Piazza dei Priori, Montevaro"),
    ("Galleria Nazionale di Villa Serbelli", "Viale dei Tigli 4, Roccalta"),
    ("Parco Archeologico di Castel Lucente", "Località Le Macine, Sassolungo"),
)
#: (tipologia, price in euro)
IT_KINDS = (
    ("Intero", 15.0),
    ("Ridotto 18-25 anni", 2.0),
    ("Gratuito under 18", 0.0),
    ("Intero + mostra temporanea", 20.0),
)
IT_NOTES = (
    "Il biglietto è nominativo e non cedibile: all'ingresso è richiesto un documento "
    "d'identità valido intestato al titolare.",
    "Presentarsi all'ingresso nella fascia oraria prenotata; il biglietto non è rimborsabile.",
)
