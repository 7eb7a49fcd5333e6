"""Word tables of the hospital discharge family: hospitals, departments, diagnoses,
courses of treatment and discharge medicines in Chinese, English and Spanish (all
ordinary: they describe care, not the person)."""

from __future__ import annotations

CN_HOSPITALS = ("浙江省人民医院", "南京市第一医院", "四川大学华西医院", "武汉市中心医院")
CN_CASES = (
    ("心内科", "冠状动脉粥样硬化性心脏病", "不稳定型心绞痛", "行冠脉造影及支架植入术"),
    ("呼吸内科", "社区获得性肺炎", "肺炎(右下肺)", "予头孢曲松抗感染、化痰、雾化治疗"),
    ("普外科", "急性阑尾炎", "急性化脓性阑尾炎", "急诊行腹腔镜下阑尾切除术"),
    ("内分泌科", "2型糖尿病", "2型糖尿病伴周围神经病变", "予胰岛素强化降糖、营养神经治疗"),
    ("骨科", "左股骨颈骨折", "左股骨颈骨折(GardenⅢ型)", "行左侧人工股骨头置换术"),
)
CN_ORDERS = (
    "阿司匹林肠溶片 100mg 口服 每日一次",
    "阿托伐他汀钙片 20mg 口服 每晚一次",
    "二甲双胍缓释片 0.5g 口服 每日两次",
    "头孢克洛胶囊 0.25g 口服 每日三次",
    "低盐低脂饮食,注意休息,避免劳累",
    "出院后两周门诊复查血常规、肝肾功能",
    "如有胸闷、发热等不适及时就诊",
)
CN_STATE = "出院时患者一般情况可,生命体征平稳,切口愈合良好,无发热,饮食睡眠可。"

EN_HOSPITALS = ("St Mary's Hospital", "Royal County Hospital", "Northfield General Hospital")
EN_CASES = (
    ("Cardiology", "Acute coronary syndrome (NSTEMI)", "Coronary angiogram and PCI to LAD"),
    ("Respiratory", "Community-acquired pneumonia", "IV co-amoxiclav, switched to oral on day 3"),
    ("General Surgery", "Acute appendicitis", "Laparoscopic appendicectomy"),
    ("Orthopaedics", "Fractured neck of femur (left)", "Left hemiarthroplasty"),
)
EN_MEDS = (
    ("Aspirin", "75 mg", "Oral", "Once daily", "Long term"),
    ("Atorvastatin", "80 mg", "Oral", "At night", "Long term"),
    ("Amoxicillin", "500 mg", "Oral", "Three times daily", "5 days"),
    ("Paracetamol", "1 g", "Oral", "Four times daily", "As required"),
    ("Lansoprazole", "30 mg", "Oral", "Once daily", "4 weeks"),
    ("Enoxaparin", "40 mg", "SC", "Once daily", "28 days"),
)
EN_PRACTICES = ("Riverside Medical Practice", "Oak Lane Surgery", "The Health Centre, High St")
EN_INSTRUCTIONS = (
    "Keep the wound clean and dry for 48 hours. You may shower after that.",
    "Do not drive for 2 weeks or until you can do an emergency stop without pain.",
    "Take your medicines as shown on the list. Bring this sheet to your follow-up.",
    "Call the ward or NHS 111 if you have a fever, bleeding or increasing pain.",
)

ES_HOSPITALS = ("Hospital Universitario La Paz", "Hospital General de Valencia")
ES_CASES = (
    (
        "Medicina Interna",
        "Neumonía adquirida en la comunidad",
        "Amoxicilina/clavulánico 875 mg cada 8 h, 7 días",
    ),
    (
        "Cardiología",
        "Insuficiencia cardíaca descompensada",
        "Furosemida 40 mg cada 24 h; control de peso diario",
    ),
    (
        "Cirugía General",
        "Colecistitis aguda litiásica",
        "Paracetamol 1 g cada 8 h si dolor; dieta blanda",
    ),
)
