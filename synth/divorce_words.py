"""Word tables of the divorce agreement family (:mod:`synth.layouts_divorce`,
:mod:`synth.divorce_latin`): registering bureaus, courts, law firms, the clauses of an
agreement with their people left as fields, in Chinese, English and French. The
bureaus, courts and firms are invented; their addresses and phones are business data.
"""

from __future__ import annotations

#: Civil affairs bureaus (婚姻登记处) that register a divorce by agreement.
CN_BUREAUS = (
    "深圳市南山区民政局",
    "杭州市西湖区民政局",
    "成都市武侯区民政局",
    "南京市鼓楼区民政局",
    "武汉市江汉区民政局",
    "长沙市岳麓区民政局",
    "青岛市市南区民政局",
)
#: (people's court, the province's short name and the court's code in a case number)
CN_COURTS = (
    ("深圳市南山区人民法院", "粤0305"),
    ("杭州市西湖区人民法院", "浙0106"),
    ("成都市武侯区人民法院", "川0107"),
    ("南京市鼓楼区人民法院", "苏0106"),
    ("武汉市江汉区人民法院", "鄂0103"),
)
#: (law firm, its phone)
CN_FIRMS = (
    ("广东衡信律师事务所", "0755-8663 2100"),
    ("浙江明正律师事务所", "0571-8790 5522"),
    ("四川蜀安律师事务所", "028-8556 7300"),
    ("江苏金陵长和律师事务所", "025-8331 0666"),
    ("湖北楚天律师事务所", "027-8577 9080"),
)
CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "满族", "土家族", "壮族")
CN_CARS = (
    "大众牌小型轿车",
    "丰田牌小型普通客车",
    "比亚迪牌新能源汽车",
    "本田牌小型轿车",
    "别克牌小型轿车",
)
CN_CAUSES = (
    "因性格不合,长期分居,夫妻感情确已破裂",
    "因双方在生活习惯和子女教育上分歧较大,经常发生争吵,感情确已破裂",
    "因婚后聚少离多,缺乏沟通,夫妻感情确已破裂",
)
#: Visiting clauses: {pay} the parent who pays, {home} the parent the child lives with,
#: {kid} the child.
CN_VISITS = (
    "{pay}每月可探望{kid}两次,每次不超过两天,探望前应提前三天与{home}联系,{home}应予以配合。",
    "{pay}可于每周六上午九时接{kid}外出,周日下午五时前送回{home}住处;寒暑假期间{pay}可与{kid}共同生活十五天。",
    "在不影响{kid}学习生活的前提下,{pay}可随时探望{kid},具体时间由双方协商确定。",
)
CN_DEBTS = (
    "双方确认婚姻关系存续期间无共同债务。如一方对外负有债务的,由负债方自行承担。",
    "婚姻关系存续期间以共有房屋向银行所贷房屋贷款,剩余本息由取得房屋一方负责偿还。",
    "双方确认无其他共同债权债务,任何一方此后以个人名义所负债务由其本人承担。",
)
CN_CLOSING = (
    "本协议一式三份,男女双方各执一份,婚姻登记机关存档一份,自婚姻登记机关颁发离婚证之日起生效。",
    "本协议经双方签字并在婚姻登记机关办理离婚登记手续后生效。如本协议生效后在执行中发生争议,双方应协商解决,协商不成的,可向人民法院起诉。",
)
CN_REMARKS = ("", "", "补发", "原登记日期见档案")

# ------------------------------------------------------------------ English
#: (solicitors, their address, their phone)
EN_FIRMS = (
    ("Harrow & Finch LLP", "22 Market Street, Kestrelford KF1 2AB", "01632 960 412"),
    ("Alder Family Law", "Unit 4, Wharf Court, Lowbridge LB3 8QT", "01632 960 877"),
    ("Marsh Whitlock Solicitors", "9 Chapel Row, Easthaven EH2 5DJ", "01632 960 233"),
)
EN_HANDOVERS = (
    "at the school gate",
    "at the front entrance of Riverside Leisure Centre",
    "at the Mother's home",
    "at the Father's home",
    "in the car park of Lowbridge library",
)
EN_WEEKENDS = (
    "every other weekend from Friday 5.00 pm until Sunday 6.00 pm",
    "every other weekend from Saturday 10.00 am until Sunday 5.00 pm",
    "each Wednesday after school until 7.30 pm and alternate weekends",
)
EN_HOLIDAYS = (
    "School holidays will be shared equally, the first half with the Mother in even years.",
    "Christmas Eve and Christmas Day will alternate between the parents each year.",
    "Each parent may take the children abroad for up to 14 days with written notice.",
)

# ------------------------------------------------------------------ French
FR_BARREAUX = ("Lyon", "Bordeaux", "Nantes", "Lille", "Rennes", "Grenoble")
#: (cabinet, its address)
FR_CABINETS = (
    ("SELARL Faure & Associés", "14 quai Saint-Antoine, 69002 Lyon"),
    ("Cabinet Roux Avocats", "3 cours de l'Intendance, 33000 Bordeaux"),
    ("Cabinet Garnier-Leroy", "27 rue Crébillon, 44000 Nantes"),
    ("AARPI Bérenger Lambert", "9 place du Théâtre, 59800 Lille"),
)
FR_JOBS = (
    "ingénieur",
    "infirmière",
    "professeur des écoles",
    "comptable",
    "commerciale",
    "artisan",
)
FR_TOWNS = ("Lyon", "Villeurbanne", "Bordeaux", "Nantes", "Lille", "Rennes", "Grenoble", "Tours")
FR_RESIDENCE = (
    "La résidence habituelle des enfants est fixée au domicile de la mère.",
    "La résidence des enfants est fixée en alternance au domicile de chacun des parents, une semaine sur deux, le changement ayant lieu le vendredi à la sortie de l'école.",
    "La résidence habituelle de l'enfant est fixée au domicile du père.",
)
FR_VISITS = (
    "Le parent chez lequel les enfants ne résident pas exercera un droit de visite et d'hébergement les fins de semaine paires, du vendredi 18 heures au dimanche 18 heures, ainsi que la moitié des vacances scolaires.",
    "Le droit de visite et d'hébergement s'exercera librement et, à défaut d'accord, un week-end sur deux et la première moitié des vacances scolaires les années paires.",
)

#: First names by sex, so that "the Mother" and "Madame" carry a woman's name.
EN_MEN = ("Daniel", "Mark", "Stephen", "Paul", "Andrew", "Craig", "Gareth", "Lee", "Jamie")
EN_WOMEN = ("Claire", "Emma", "Sarah", "Rachel", "Joanne", "Kirsty", "Laura", "Nicola")
EN_KIDS = ("Oliver", "Amelia", "Harry", "Isla", "Jack", "Poppy", "Noah", "Freya", "Alfie")
FR_MEN = ("Jérôme", "Benoît", "François", "Nicolas", "Julien", "Sébastien", "Thierry")
FR_WOMEN = ("Céline", "Hélène", "Amélie", "Nathalie", "Sandrine", "Élodie", "Maëlle")
FR_KIDS = ("Léa", "Hugo", "Chloé", "Lucas", "Manon", "Théo", "Inès", "Louis")
