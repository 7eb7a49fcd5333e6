"""Word tables of the medical referral family (:mod:`synth.layouts_referral`,
:mod:`synth.referral_latin`): hospitals and community health centres with their
addresses and lines (invented; business data), departments, diagnoses and the
summaries a referring doctor writes, GP practices and hospitals in English, German
practices, insurers and diagnoses with their ICD-10 codes.
"""

from __future__ import annotations

#: (community health centre or small hospital that refers out, address, line)
CN_FROM = (
    ("西湖区北山街道社区卫生服务中心", "杭州市西湖区保俶路 42 号", "0571-87961203"),
    ("鼓楼区湖南路社区卫生服务中心", "南京市鼓楼区湖南路 23 号", "025-83316610"),
    ("武侯区玉林社区卫生服务中心", "成都市武侯区玉林北路 7 号", "028-85561192"),
    ("长沙县人民医院", "长沙县星沙街道开元东路 108 号", "0731-84021120"),
)
#: the hospital referred to
CN_TO = (
    "浙江大学医学院附属第一医院",
    "江苏省人民医院",
    "四川大学华西医院",
    "中南大学湘雅医院",
    "市第一人民医院",
    "市中心医院",
)
CN_DEPTS = ("心内科", "神经内科", "内分泌科", "呼吸内科", "骨科", "消化内科", "肾内科", "眼科")
#: (初步诊断, 病情摘要 with {rel} and {name} for the relative who came along)
CN_CASES = (
    (
        "高血压病3级(极高危)",
        "患者反复头晕2年,加重1周,血压最高190/110mmHg,口服降压药控制不佳,"
        "今由其{rel}{name}陪同来诊。",
    ),
    (
        "2型糖尿病",
        "患者多饮、多尿3月余,空腹血糖12.6mmol/L,糖化血红蛋白9.8%,"
        "{rel}{name}代诉近期体重下降约5公斤。",
    ),
    (
        "冠心病 不稳定型心绞痛?",
        "患者活动后胸闷、胸痛1月,每次持续约5分钟,休息可缓解,心电图示ST段压低,{rel}{name}陪同。",
    ),
    (
        "慢性阻塞性肺疾病急性加重",
        "患者咳嗽、咳痰伴气喘10天,既往吸烟30年,"
        "经抗感染治疗效果欠佳,家属{name}({rel})要求转上级医院。",
    ),
    (
        "腰椎间盘突出症",
        "患者腰痛伴左下肢放射痛半月,直腿抬高试验阳性,保守治疗无效,由{rel}{name}陪同转诊。",
    ),
)
CN_RELS = ("女儿", "儿子", "爱人", "妻子", "丈夫", "儿媳")
CN_REASONS = ("诊断不明", "病情需要进一步检查", "需专科治疗", "患者要求")
CN_EXAMS = ("血常规、尿常规", "心电图", "胸部CT", "空腹血糖", "腰椎MRI", "肝肾功能")

# ------------------------------------------------------------------ English
#: (practice, address, phone)
EN_PRACTICES = (
    ("Riverside Medical Practice", "2 Mill Lane, Kestrelford KF2 6LP", "01632 960 441"),
    ("The Elms Surgery", "The Elms, 41 High Street, Lowbridge LB1 2HS", "01632 960 227"),
    ("Westmouth Health Centre", "Harbour Road, Westmouth WM3 9QT", "01632 960 663"),
)
#: (hospital, department, the specialist's post)
EN_HOSPITALS = (
    ("Kestrelford General Hospital", "Cardiology Outpatients", "Consultant Cardiologist"),
    ("Lowbridge Royal Infirmary", "Rheumatology Department", "Consultant Rheumatologist"),
    ("Westmouth District Hospital", "Memory Clinic", "Consultant in Old Age Psychiatry"),
    ("St Anne's University Hospital", "Gastroenterology", "Consultant Gastroenterologist"),
)
#: What the GP writes about the patient ({age}, {pronoun}); ordinary history.
EN_HISTORY = (
    "Thank you for seeing this {age}-year-old {who} who has had increasing breathlessness "
    "on exertion and ankle swelling over the last three months. An ECG shows atrial "
    "fibrillation with a rate of 110 and her NT-proBNP is 1,850.",
    "Thank you for seeing this {age}-year-old {who} with a six-month history of painful, "
    "swollen small joints of both hands and morning stiffness lasting two hours. CRP 34, "
    "rheumatoid factor positive.",
    "Thank you for seeing this {age}-year-old {who} whose family have noticed increasing "
    "forgetfulness over the past year. Her 6CIT score today was 14/28 and bloods including "
    "B12, folate and TFTs are normal.",
    "Thank you for seeing this {age}-year-old {who} with altered bowel habit and weight loss "
    "of 4 kg over two months. FIT result 142 ug/g Hb.",
)
EN_MEDS = (
    "Amlodipine 5 mg od",
    "Ramipril 2.5 mg od",
    "Atorvastatin 20 mg on",
    "Levothyroxine 50 mcg od",
    "Paracetamol 1 g qds prn",
    "Omeprazole 20 mg od",
)
EN_RELS = ("daughter", "son", "husband", "niece")

# ------------------------------------------------------------------ German
DE_KASSEN = ("AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic")
DE_FACH = (
    "Kardiologie",
    "Orthopädie",
    "Neurologie",
    "Radiologie",
    "Gastroenterologie",
    "Dermatologie",
)
#: (Diagnose, ICD-10)
DE_DIAG = (
    ("Belastungsdyspnoe, V. a. KHK", "I25.9 V"),
    ("Lumboischialgie links", "M54.4 G"),
    ("Rez. Kopfschmerz, Schwindel", "R51 G"),
    ("Dysphagie, Gewichtsverlust", "R13.9 V"),
    ("Suspekter Naevus Rücken", "D22.5 V"),
)
DE_AUFTRAG = ("Mitbehandlung", "Konsiliaruntersuchung", "Weiterbehandlung")
#: (practice name, address, phone)
DE_PRAXEN = (
    ("Hausarztpraxis am Markt", "Marktplatz 4, 10178 Berlin", "030 2418 7730"),
    ("Gemeinschaftspraxis Lindenhof", "Lindenstraße 22, 50674 Köln", "0221 923 4410"),
    ("Praxis für Allgemeinmedizin", "Bahnhofstr. 9, 80335 München", "089 5502 1188"),
)
