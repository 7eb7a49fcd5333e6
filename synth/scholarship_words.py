"""Word tables of the scholarship family (:mod:`synth.layouts_scholarship`,
:mod:`synth.scholarship_latin`): universities (invented), colleges, majors, grant
kinds, family members' relations and jobs, the reason's templates with ``{fields}``
the layout fills with personal data, opinions, and the English and Spanish forms'
words. Schools, classes, grants, relations, jobs, incomes and opinions are ordinary."""

from __future__ import annotations

CN_SCHOOLS = ("江城理工大学", "南湖师范学院", "西岭农业大学", "东海职业技术学院", "中原财经大学")
CN_COLLEGES = (
    ("计算机学院", "计算机科学与技术"),
    ("机械工程学院", "机械设计制造及其自动化"),
    ("外国语学院", "英语"),
    ("经济管理学院", "会计学"),
    ("护理学院", "护理学"),
    ("农学院", "园艺"),
    ("教育学院", "小学教育"),
)
# (form title, grant) pairs
CN_TITLES = (
    ("国家助学金申请表", "国家助学金"),
    ("国家励志奖学金申请审批表", "国家励志奖学金"),
    ("家庭经济困难学生认定申请表", "困难认定"),
    ("校级助学金申请表", "校级助学金"),
)
CN_ETHNIC = ("汉族", "汉族", "汉族", "回族", "壮族", "苗族", "土家族", "彝族")
CN_POLITICS = ("共青团员", "共青团员", "群众", "中共预备党员")
CN_LEVELS = ("特别困难", "困难", "一般困难")
CN_SOURCES = ("务农", "打零工", "低保金", "个体经营", "父亲务工收入")
# (relation, age range, jobs) of family members
CN_MEMBERS = (
    ("父亲", (42, 58), ("务农", "建筑工地打工", "个体", "无业")),
    ("母亲", (40, 56), ("务农", "家政服务", "超市理货员", "无业(患病)")),
    ("弟弟", (8, 17), ("在读初中", "在读小学", "在读高中")),
    ("妹妹", (8, 17), ("在读初中", "在读小学", "在读高中")),
    ("爷爷", (68, 85), ("无", "务农")),
    ("奶奶", (66, 84), ("无", "务农")),
)
CN_UNITS = ("", "本村", "县第一中学", "镇中心小学", "城关镇", "个体", "")
CN_HEALTH = ("健康", "健康", "健康", "慢性病", "残疾", "患病")
CN_ILLS = ("类风湿关节炎", "尿毒症", "腰椎间盘突出", "乳腺癌术后", "脑梗后遗症")
CN_REASON = (
    "我叫{name},来自{home},家中共有{n}口人。父亲{father}常年在外打零工,收入不稳定;"
    "母亲{mother}患有{ill},长期服药,无法从事重体力劳动。{sib},家庭开支较大。"
    "入学以来我努力学习,积极参加班级活动,利用课余时间勤工助学。特申请{grant},"
    "以减轻家庭负担,恳请老师和学校批准。"
)
CN_OPINIONS = (
    "情况属实,同意推荐。",
    "经班级评议小组评议,同意申请。",
    "同意。",
    "该生家庭确实困难,同意推荐为一等。",
)
CN_NOTICE = (
    "根据《{school}家庭经济困难学生资助工作实施办法》,经学生本人申请、班级评议、学院审核,"
    "拟确定以下同学获得{year}学年{grant}资助,现予以公示。公示期为5个工作日,如有异议,"
    "请在公示期内以书面形式向学生资助管理中心反映。"
)
CN_TIERS = ("一档", "二档", "三档", "一等", "二等")
# English bursary
EN_UNIS = ("University of Northmoor", "Kingsbridge University", "Thamesdown College of Art")
EN_COURSES = (
    "BSc Nursing",
    "BA History",
    "BEng Civil Engineering",
    "BSc Computer Science",
    "BA Primary Education",
    "MSc Public Health",
)
EN_RELATIONS = ("Mother", "Father", "Stepfather", "Grandmother", "Guardian", "Aunt")
EN_JOBS = ("Care assistant", "Unemployed", "Bus driver", "Retired", "Cleaner", "Self-employed")
EN_INCOMES = ("Under £15,000", "£15,000-£25,000", "£25,001-£35,000", "Over £35,000")
EN_REFEREES = ("Personal tutor", "Head of Sixth Form", "Student adviser", "Course leader")
EN_STATEMENT = (
    "Since my {kin}, {carer}, lost {pron} job last year our household has relied on benefits. "
    "I work 16 hours a week at a supermarket but my rent takes most of it. The bursary "
    "would let me cut my hours and finish my placement."
)
# Spanish beca
ES_UNIS = ("Universidad de Valdeverde", "Universidad de Puerto Alto", "Universidad del Henares Sur")
ES_STUDIES = (
    "Grado en Enfermería",
    "Grado en Derecho",
    "Grado en Ingeniería Informática",
    "Grado en Magisterio de Educación Primaria",
    "Grado en Biología",
)
ES_RELATIONS = ("Padre", "Madre", "Hermano/a", "Abuelo/a", "Tutor/a")
ES_JOBS = ("Empleado/a", "Desempleado/a", "Autónomo/a", "Estudiante", "Pensionista", "Ama de casa")
ES_TOWNS = ("Villaverde", "San Martín del Río", "Puebla Nueva", "Torrealta", "Alcalá de Henares")
ES_DECLARE = (
    "La persona solicitante declara que son ciertos los datos consignados en la presente "
    "solicitud y autoriza a la Administración a obtener los datos económicos necesarios de la "
    "Agencia Tributaria."
)
