"""Word tables of the thesis family (:mod:`synth.layouts_thesis`): universities with
their codes (invented or public codes; ordinary), thesis titles, subjects, research
directions and the boilerplate of the 独创性声明, 授权书, an English declaration and a
German Eidesstattliche Erklärung; a journal's words (all ordinary).
"""

from __future__ import annotations

#: (university, 学校代码, city, postcode, college)
CN_UNIS = (
    ("华东理工大学", "10251", "上海", "200237", "化工学院"),
    ("浙江工商大学", "10353", "杭州", "310018", "管理工程与电子商务学院"),
    ("西南交通大学", "10613", "成都", "611756", "土木工程学院"),
    ("山东农业大学", "10434", "泰安", "271018", "农学院"),
    ("南京信息工程大学", "10300", "南京", "210044", "大气科学学院"),
)
#: (title, 学科专业, 研究方向, 分类号)
CN_THESES = (
    ("基于深度学习的城市道路裂缝检测方法研究", "土木工程", "道路与铁道工程", "U416"),
    ("生鲜电商平台用户持续使用意愿影响因素研究", "管理科学与工程", "电子商务", "F724.6"),
    ("玉米秸秆还田对土壤有机碳的影响", "作物学", "作物栽培学与耕作学", "S513"),
    ("长三角地区夏季强对流天气的数值模拟", "大气科学", "气象灾害", "P458"),
    ("负载型铜催化剂的制备及其CO2加氢性能", "化学工程与技术", "催化反应工程", "TQ426"),
)
CN_TITLES = ("教授", "副教授", "研究员", "高级工程师")
CN_DEGREES = ("硕士学位论文", "博士学位论文", "专业学位硕士论文")
CN_ORIGINAL = (
    "本人郑重声明:所呈交的学位论文是本人在导师指导下独立进行研究工作所取得的成果。"
    "除文中已经注明引用的内容外,本论文不含任何其他个人或集体已经发表或撰写过的研究成果。"
    "对本文的研究做出重要贡献的个人和集体,均已在文中以明确方式标明。"
    "本人完全意识到本声明的法律结果由本人承担。"
)
CN_LICENCE = (
    "本学位论文作者完全了解学校有关保留、使用学位论文的规定,同意学校保留并向国家有关部门"
    "或机构送交论文的复印件和电子版,允许论文被查阅和借阅。本人授权学校可以将本学位论文"
    "的全部或部分内容编入有关数据库进行检索,可以采用影印、缩印或扫描等复制手段保存和汇编"
    "本学位论文。(保密的学位论文在解密后适用本授权书)"
)
#: A journal's first page: (journal, 文章编号 prefix, 中图分类号, 基金项目)
JOURNALS = (
    ("农业工程学报", "1002-6819", "S216", "国家自然科学基金项目(32171893)"),
    ("交通运输工程学报", "1671-1637", "U416.2", "四川省科技计划项目(2023YFG0041)"),
    ("化工进展", "1000-6613", "TQ426", "上海市自然科学基金(22ZR1417300)"),
)
CN_KEYWORDS = ("深度学习;裂缝检测;图像分割", "土壤有机碳;秸秆还田;玉米", "CO2加氢;铜催化剂;甲醇")
CN_ABSTRACT = (
    "为解决传统方法效率低、精度不足的问题,该文提出一种改进的方法,并在实测数据上进行了"
    "验证。结果表明,所提方法的准确率较对照组提高了6.8个百分点,可为相关工程实践提供参考。"
)

#: (university, department, city)
EN_UNIS = (
    ("University of Northbridge", "School of Engineering", "Northbridge"),
    ("Kingsmere University", "Department of Economics", "Kingsmere"),
    ("University of Westhaven", "School of Biological Sciences", "Westhaven"),
)
EN_THESES = (
    "Machine Learning Approaches to Early Fault Detection in Wind Turbine Gearboxes",
    "Household Saving Behaviour and Pension Reform: Evidence from Panel Data",
    "The Role of Soil Microbiota in Drought Tolerance of Spring Barley",
)
EN_DEGREES = ("Doctor of Philosophy", "Master of Science", "Master of Research")
EN_DECLARE = (
    "I, {name}, declare that this thesis, submitted in partial fulfilment of the "
    "requirements for the degree of {degree}, is wholly my own work unless otherwise "
    "referenced or acknowledged. This work has not been submitted for any other degree."
)
DE_UNIS = (
    ("Technische Hochschule Mittelrhein", "Fachbereich Maschinenbau", "Koblenz"),
    ("Universität Oberfranken", "Fakultät für Wirtschaftswissenschaften", "Bamberg"),
    ("Hochschule Nordheide", "Fakultät Informatik", "Lüneburg"),
)
DE_THESES = (
    "Entwicklung eines Prüfstands für die Lebensdaueranalyse von Wälzlagern",
    "Nachhaltigkeitsberichterstattung im Mittelstand: Eine empirische Untersuchung",
    "Evaluation von Large Language Models für die Codeüberprüfung",
)
DE_KINDS = ("Masterarbeit", "Bachelorarbeit")
DE_DEGREES = ("Master of Science (M.Sc.)", "Bachelor of Science (B.Sc.)", "Master of Arts (M.A.)")
DE_DECLARE = (
    "Hiermit versichere ich an Eides statt, dass ich die vorliegende Arbeit selbstständig "
    "und ohne unzulässige fremde Hilfe verfasst, keine anderen als die angegebenen Quellen "
    "und Hilfsmittel benutzt und die wörtlich oder sinngemäß übernommenen Stellen als "
    "solche kenntlich gemacht habe. Die Arbeit hat in gleicher oder ähnlicher Form noch "
    "keiner Prüfungsbehörde vorgelegen."
)
CN_INTRO = (
    "近年来,随着相关产业的快速发展,该领域的研究受到广泛关注。已有学者从不同角度开展了大量"
    "工作,取得了一定进展,但现有方法在复杂条件下的适用性仍有不足,且多数研究基于小样本"
    "数据,结论的普适性有待检验。针对上述问题,本文在前人研究的基础上,构建了改进的模型,"
    "并结合实测数据对其有效性进行了验证,以期为相关工程实践和政策制定提供参考。"
)
