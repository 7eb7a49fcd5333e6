"""Word tables of the ambulance call record family: emergency centres, complaints,
impressions, treatments, receiving hospitals, call types and landmarks in Chinese,
English and German (all ordinary: they describe the call and the care, not a person)."""

from __future__ import annotations

CN_CENTRES = ("杭州市急救中心", "南京市急救中心", "成都市120急救指挥中心", "武汉市急救中心")
CN_STATIONS = ("城西分站", "滨江分站", "人民医院急救站", "第二分站")
#: (主诉, 初步诊断, 处置措施)
CN_CASES = (
    ("胸闷胸痛2小时", "急性冠脉综合征?", "吸氧,心电监护,阿司匹林300mg嚼服,建立静脉通道"),
    ("突发言语不清、右侧肢体无力1小时", "脑卒中?", "吸氧,测血糖,心电监护,保持呼吸道通畅"),
    ("骑电动车摔倒致左腿疼痛", "左胫腓骨骨折?", "夹板固定,止血包扎,担架搬运"),
    ("呼吸困难,咳嗽3天加重", "慢阻肺急性加重", "吸氧,雾化吸入,心电监护"),
    ("进食后腹痛伴呕吐", "急性胃肠炎", "补液,止吐,监测生命体征"),
    ("家中跌倒,意识模糊", "头部外伤", "颈托固定,吸氧,监护,平车转运"),
)
CN_HOSPITALS = ("市第一人民医院", "省人民医院急诊科", "市中医院", "医学院附属第二医院")
CN_CALL_TYPES = ("急症", "创伤", "交通事故", "转院", "跌倒", "胸痛", "卒中", "其他")
CN_UNITS = ("城西1车", "滨江2车", "一院3车", "二分站5车", "中心7车")
CN_STATES = ("已送达", "已送达", "现场处置", "拒绝送院", "空车返回", "途中")
#: Places people give instead of an address: public and ordinary.
CN_LANDMARKS = (
    "联华超市门口",
    "地铁2号线人民广场站C口",
    "文化路与建设路交叉口",
    "中心公园东门",
    "万达广场北侧公交站",
    "小区南门岗亭",
)
CN_RELATIONS = ("本人", "患者之子", "患者之女", "配偶", "邻居", "路人", "患者母亲")
CN_CONSCIOUS = ("清醒", "清醒", "嗜睡", "模糊")

EN_SERVICES = ("North West Ambulance Service", "East Midlands Ambulance Service")
#: (presenting complaint, impression, treatment)
EN_CASES = (
    ("Central chest pain radiating to left arm", "Suspected ACS", "Aspirin 300 mg, GTN 400 mcg SL"),
    (
        "Fall at home, unable to weight bear",
        "?NOF fracture L",
        "Methoxyflurane, scoop to stretcher",
    ),
    (
        "Shortness of breath, productive cough",
        "Exacerbation of COPD",
        "Salbutamol neb 5 mg, O2 28%",
    ),
    ("Sudden onset facial droop, slurred speech", "Suspected CVA - FAST +ve", "Pre-alert, BM 6.2"),
)
EN_HOSPITALS = ("Royal Infirmary ED", "General Hospital - Resus", "University Hospital ED")
EN_RELATIONS = ("Daughter", "Son", "Wife", "Husband", "Neighbour", "Partner")

DE_SERVICES = ("Rettungsdienst Kreis Lippe", "Berufsfeuerwehr München - Rettungsdienst")
DE_INSURERS = ("AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic")
DE_CASES = (
    ("Thoraxschmerz seit 1 h", "V. a. ACS", "O2, i.v.-Zugang, ASS 250 mg i.v."),
    ("Sturz im Bad, Schmerz Hüfte re.", "V. a. Schenkelhalsfraktur", "Vakuummatratze, Analgesie"),
    ("Atemnot, Giemen", "Asthmaanfall", "Salbutamol-Vernebler, O2 4 l/min"),
    ("Bewusstlos aufgefunden", "Hypoglykämie (BZ 38 mg/dl)", "Glukose 40 % i.v."),
)
DE_CLINICS = ("Klinikum Lippe Detmold", "Städt. Klinikum Schwabing", "Kreiskrankenhaus Lemgo")
DE_PLACES = ("Wohnung", "Arbeitsplatz", "Öffentlicher Raum", "Arztpraxis")
