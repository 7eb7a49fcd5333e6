"""Word tables of the clinical trial consent family: studies, sponsors, sites, visits and
the consent boilerplate in Chinese, English and French (all ordinary: they describe the
study, not the participant)."""

from __future__ import annotations

#: (study title, protocol number, sponsor)
CN_STUDIES = (
    (
        "一项评价XY-203片治疗2型糖尿病有效性和安全性的多中心、随机、双盲、安慰剂对照III期临床研究",
        "XY203-301",
        "江苏恒信医药有限公司",
    ),
    (
        "评估重组人源化单克隆抗体治疗中重度斑块状银屑病的II期临床试验",
        "HR-PS-2025-02",
        "上海君合生物科技有限公司",
    ),
    ("社区老年人认知功能筛查与干预队列研究", "CG-2026-014", "国家老年疾病临床医学研究中心"),
)
CN_SITES = (
    "北京协和医院",
    "四川大学华西医院",
    "浙江大学医学院附属第一医院",
    "中山大学肿瘤防治中心",
)
CN_CONSENT = (
    "我已经阅读了本知情同意书,并且我的研究医生已经将此项研究的目的、内容、风险和受益情况向我作了"
    "详细的解释说明,对我询问的所有问题也给予了解答,我对此项研究已经了解。",
    "我知道参加本研究是自愿的,我可以在任何时候无需任何理由退出本研究,而不会受到歧视或报复,"
    "我的医疗待遇与权益不会因此受到影响。",
    "我同意研究者、申办者、伦理委员会及药品监督管理部门查阅我的研究资料,我的个人信息将被保密。",
    "我将获得一份经过签名并注明日期的知情同意书副本。最后,我决定同意参加本项研究。",
)
CN_INVESTIGATOR = (
    "我已向受试者(或其法定代理人)解释了本研究的性质、目的、可能的风险和受益,"
    "并回答了其提出的问题,受试者自愿同意参加本研究。"
)
CN_RELATIONS = ("父亲", "母亲", "配偶", "子女", "监护人")
CN_VISITS = ("筛选期V1", "基线V2", "第4周V3", "第8周V4", "第12周V5", "随访V6")
CN_DIARY_EVENTS = ("无", "无", "轻微头痛", "无", "恶心", "无", "乏力")

EN_STUDIES = (
    (
        "A Phase III randomised, double-blind study of ABX-114 versus placebo in adults with "
        "moderate to severe asthma",
        "ABX114-302",
        "Albion Therapeutics Ltd",
    ),
    (
        "The HEART-Walk trial: a home-based walking programme after cardiac surgery",
        "HW-2025-07",
        "University of Northfield",
    ),
)
EN_STATEMENTS = (
    "I confirm that I have read the information sheet dated 12/01/2026 (version 3.0) for the "
    "above study. I have had the opportunity to consider the information and ask questions.",
    "I understand that my participation is voluntary and that I am free to withdraw at any "
    "time without giving any reason, without my medical care or legal rights being affected.",
    "I understand that relevant sections of my medical notes and data collected during the "
    "study may be looked at by individuals from the sponsor and regulatory authorities.",
    "I agree to my GP being informed of my participation in the study.",
    "I agree to take part in the above study.",
)
EN_SITES = (
    "Royal County Hospital",
    "St Mary's Hospital Research Unit",
    "Northfield Clinical Research Facility",
)

FR_STUDIES = (
    (
        "Étude PRÉVENIR : prévention des chutes chez la personne âgée",
        "PREV-2025-11",
        "Assistance Publique - Hôpitaux de Paris",
    ),
    (
        "Essai de phase II évaluant le XR-58 dans la polyarthrite rhumatoïde",
        "XR58-FR-02",
        "Laboratoires Valmont",
    ),
)
FR_CONSENT = (
    "J'ai reçu et j'ai bien compris les informations écrites figurant dans la notice "
    "d'information. J'ai pu poser toutes les questions que je souhaitais.",
    "J'ai disposé d'un délai de réflexion suffisant avant de prendre ma décision. Je peux me "
    "retirer de l'étude à tout moment sans avoir à me justifier et sans conséquence sur ma "
    "prise en charge.",
    "Les données me concernant resteront strictement confidentielles. J'accepte qu'elles "
    "soient traitées de façon informatisée.",
)
FR_TOWNS = ("Paris", "Lyon", "Bordeaux", "Lille", "Nantes")
