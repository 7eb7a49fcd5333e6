"""Word tables of the kindergarten enrolment family (:mod:`synth.layouts_kinder`,
:mod:`synth.kinder_latin`): classes, work units and jobs, the people who collect a
child, allergies, illnesses, vaccines, pledges and notes in Chinese, English and
Spanish. All ordinary: they describe the school, the family's ties and the child's
health, not who anyone is (the schools and surgeries are invented)."""

from __future__ import annotations

CN_CLASSES = ("小一班", "小二班", "小(3)班", "中一班", "中二班", "托班", "大一班")
CN_ETHNIC = ("汉族", "汉族", "汉族", "回族", "满族", "壮族")
CN_BLOOD = ("A型", "B型", "O型", "AB型", "不详")
CN_UNITS = (
    "江城市第一人民医院",
    "星河科技有限公司",
    "市实验小学",
    "个体",
    "华联超市",
    "区税务局",
    "自由职业",
    "中建三局",
    "全职在家",
)
CN_JOBS = ("医生", "工程师", "教师", "销售", "会计", "公务员", "司机", "护士", "无")
#: (relation to the child, birth years of such a person)
CN_PICKERS = (
    ("爷爷", (1950, 1966)),
    ("奶奶", (1952, 1968)),
    ("外公", (1950, 1966)),
    ("外婆", (1952, 1968)),
    ("姑姑", (1982, 1995)),
    ("舅舅", (1982, 1995)),
    ("保姆", (1965, 1985)),
)
CN_ALLERGIES = ("无", "无", "无", "鸡蛋过敏", "牛奶蛋白过敏", "花生过敏", "青霉素过敏", "芒果过敏")
CN_ILLS = ("无", "无", "无", "高热惊厥史", "哮喘", "湿疹", "先天性心脏病术后")
CN_VACCINES = (
    "卡介苗",
    "乙肝疫苗",
    "脊灰疫苗",
    "百白破",
    "麻腮风",
    "乙脑疫苗",
    "流脑疫苗",
    "甲肝疫苗",
)
CN_PLEDGE = (
    "本人保证以上所填信息真实准确,如有变动及时告知班级老师。接送人须凭接送卡接孩子,"
    "非登记接送人须家长提前电话告知。"
)
CN_CARD_RULES = (
    "1. 凭卡接送,请勿转借他人。",
    "2. 丢失请及时到园办补办。",
    "3. 入园时间7:50-8:30,离园时间16:30-17:30。",
)

EN_RELATIONS = (
    "Mother",
    "Father",
    "Stepfather",
    "Grandmother",
    "Grandfather",
    "Aunt",
    "Uncle",
    "Childminder",
    "Neighbour",
)
EN_SURGERIES = (
    ("Riverside Medical Practice", "01632 960 331"),
    ("Elm Tree Surgery", "01632 960 874"),
    ("Castle Street Health Centre", "0161 496 0420"),
)
EN_ALLERGIES = (
    "None known",
    "None",
    "Nut allergy (EpiPen)",
    "Dairy free",
    "Eczema - own cream",
    "Asthma - blue inhaler",
)
EN_DIETS = ("No pork", "Vegetarian", "None", "Halal", "None")
EN_EMPLOYERS = (
    "NHS Trust",
    "Self-employed",
    "Tesco",
    "County Council",
    "At home",
    "Brightwell Ltd",
)
EN_PASSWORDS = ("Pineapple42", "blue giraffe", "Marmite", "Rocket 7", "sunflower", "Bramble")
EN_CONSENT = (
    "I confirm the information above is correct. I will tell the nursery of any change. I "
    "understand that my child will only be released to the people named on this form, who "
    "must give the collection password."
)

ES_SCHOOLS = (
    "Escuela Infantil Municipal Los Almendros",
    "Escuela Infantil El Trébol",
    "E.I. Virgen del Camino",
)
ES_STREETS = (
    "Calle Mayor",
    "Avda. de la Constitución",
    "Calle del Olmo",
    "Plaza España",
    "Calle Real",
)
ES_TOWNS = ("Villaverde", "San Martín del Río", "Puebla Nueva", "Torrealta")
ES_RELATIONS = ("Abuela", "Abuelo", "Tía", "Tío", "Cuidadora")
ES_JOBS = ("Enfermera", "Administrativo", "Autónomo", "Profesora", "Camarero", "Desempleada")
ES_HEALTH = ("Ninguna", "Ninguna", "Alergia al huevo", "Intolerancia a la lactosa", "Asma leve")
ES_DECLARE = (
    "Las personas firmantes declaran que los datos consignados son ciertos y autorizan a la "
    "escuela infantil a entregar al niño/a únicamente a las personas indicadas, previa "
    "identificación con su DNI/NIE."
)
