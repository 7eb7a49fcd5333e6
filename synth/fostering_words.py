"""Word tables of the adoption and foster care family (:mod:`synth.layouts_fostering`,
:mod:`synth.fostering_latin`): civil affairs offices, welfare homes, fostering agencies
and their addresses and lines (invented; business data), jobs, health words, the
clauses of a 家庭寄养协议 and the Latin agencies.
"""

from __future__ import annotations

#: (civil affairs office, its address, its line)
CN_OFFICES = (
    ("杭州市民政局", "杭州市上城区解放东路 18 号", "0571-87053211"),
    ("南京市鼓楼区民政局", "南京市鼓楼区北京西路 6 号", "025-83221570"),
    ("成都市民政局", "成都市高新区锦城大道 366 号", "028-61885520"),
    ("长沙市民政局", "长沙市岳麓区岳麓大道 218 号", "0731-88665019"),
)
#: (welfare home, its address, its line): an institution that places a child
CN_HOMES = (
    ("杭州市儿童福利院", "杭州市西湖区转塘街道福院路 9 号", "0571-85121066"),
    ("南京市社会儿童福利院", "南京市栖霞区仙林大道 88 号", "025-85409921"),
    ("成都市儿童福利院", "成都市温江区光华大道三段 1508 号", "028-82730112"),
    ("长沙市第一社会福利院", "长沙市开福区福元路 102 号", "0731-84315567"),
)
#: Surnames welfare homes give foundlings (党, 国, the city's character...).
CN_HOME_SURNAMES = ("党", "国", "福", "民", "杭", "宁", "蓉", "湘")
CN_JOBS = ("教师", "工程师", "公务员", "个体经营", "医生", "会计", "销售经理", "自由职业")
CN_HEALTH = ("健康", "良好", "健康", "无重大疾病")
CN_MARITAL = ("已婚", "已婚", "已婚", "未婚", "丧偶")
CN_PURPOSES = (
    "本人夫妻婚后多年无子女,希望收养子女,给孩子一个温暖的家。",
    "继父(母)收养继子女,共同生活,便于抚养教育。",
    "收养三代以内旁系同辈血亲的子女,其父母无力抚养。",
)
CN_CHILD_STATES = ("健康", "唇腭裂术后", "轻度发育迟缓", "先天性心脏病术后")
#: 家庭寄养协议 clauses after the parties; {father}, {mother}, {child} are cut out.
CN_FOSTER_CLAUSES = (
    "甲方将儿童{child}送至乙方家庭寄养,寄养期自{start}起至{end}止。",
    "乙方{father}、{mother}应保障被寄养儿童的人身安全,尊重其人格尊严,"
    "按时送其入学、就医,不得虐待、遗弃。",
    "甲方每月向乙方支付寄养费{fee}元,并定期走访,了解{child}的生活、学习和健康情况。",
    "乙方家庭住址或联系方式变更的,应于七日内书面告知甲方。",
    "寄养期间被寄养儿童的监护责任仍由甲方承担,乙方不得擅自将其交由他人抚养。",
)

# ------------------------------------------------------------------ English
#: (agency or council fostering service, address, phone)
EN_AGENCIES = (
    (
        "Kestrelford Council Fostering Service",
        "Civic Centre, Mill Lane, Kestrelford KF1 2QQ",
        "01632 960 300",
    ),
    ("Brightpath Adoption Agency", "14 Abbey Road, Lowbridge LB2 4AD", "0800 470 1919"),
    ("Harbourside Family Placements", "Unit 5, Quay House, Westmouth WM1 3FP", "01632 960 818"),
)
#: How a child in the household is related to the applicant.
EN_RELATIONS = ("Son", "Daughter", "Stepson", "Stepdaughter", "Grandson", "Niece")
EN_REF_KINDS = ("Friend", "Former employer", "Neighbour", "Church minister")
EN_KIDS = ("Oliver", "Amelia", "Harry", "Isla", "Jack", "Poppy", "Noah", "Freya", "Leo")

# ------------------------------------------------------------------ Spanish
#: (entidad pública, address)
ES_ENTIDADES = (
    ("Dirección General de Infancia y Familia", "C/ Gran Vía, 14, 28013 Madrid"),
    ("Servicio de Protección de Menores", "Avda. del Cid, 32, 46018 Valencia"),
    ("Instituto Aragonés de Servicios Sociales", "Paseo Rosales, 28, 50008 Zaragoza"),
)
ES_TIPOS = ("Adopción nacional", "Adopción internacional", "Acogimiento familiar permanente")
ES_CIVIL = ("Casado/a", "Pareja de hecho", "Soltero/a")
ES_JOBS = ("Enfermero/a", "Profesor/a", "Administrativo/a", "Ingeniero/a", "Autónomo/a")
