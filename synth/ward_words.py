"""The words of the ward papers (:mod:`synth.layouts_bedcard`): hospitals, departments,
diagnoses, care levels with their colours, diets, allergies and warnings, English
trusts and wards, German stations and diets."""

from __future__ import annotations

CN_HOSPITALS = ("市人民医院", "中心医院", "第二人民医院", "中西医结合医院", "大学附属第一医院")
CN_DEPTS = ("心血管内科", "神经内科", "骨科", "肝胆外科", "呼吸与危重症医学科", "泌尿外科", "妇科")
CN_DIAG = (
    "冠心病",
    "脑梗死",
    "股骨颈骨折",
    "胆囊结石",
    "慢阻肺急性加重",
    "2型糖尿病",
    "肺炎",
    "前列腺增生",
)
#: Care level -> the colour of its mark on the card.
CN_CARE = (
    ("特级护理", (200, 30, 30)),
    ("一级护理", (230, 90, 150)),
    ("二级护理", (40, 90, 200)),
    ("三级护理", None),
)
CN_DIET = ("普食", "半流质", "流质", "低盐低脂饮食", "糖尿病饮食", "禁食")
CN_ALLERGY = ("青霉素", "头孢类", "磺胺类", "海鲜", "无")
CN_WARN = ("防跌倒", "防压疮", "防管道滑脱", "防坠床")
EN_TRUSTS = ("Riverside University Hospitals", "St Aldhelm's Hospital", "Northgate General")
EN_WARDS = ("Ward 7 – Acute Medicine", "Heron Ward", "Ward 22 – Orthopaedics", "Kingfisher Ward")
EN_ALLERGY = ("Penicillin", "NKDA", "Latex", "Codeine", "Trimethoprim")
EN_DIET = ("Normal diet", "Soft diet", "Diabetic diet", "Thickened fluids")
DE_STATIONS = (
    "Station 4B Innere",
    "Station 2A Chirurgie",
    "Station 6 Kardiologie",
    "Station 3 Geriatrie",
)
DE_KOST = ("Vollkost", "Schonkost", "Diabetikerkost", "Nüchtern")
DE_ALLERGY = ("keine bekannt", "Penicillin", "Jod", "Pflaster")
