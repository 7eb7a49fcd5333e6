"""Word tables of the medical fundraising family (:mod:`synth.layouts_crowdfund`,
:mod:`synth.crowdfund_latin`): platforms (invented), illnesses, hospitals, titles
and stories with ``{fields}`` the layout fills with personal data, supporters'
comments, and the English and French pages' words. Diseases, hospitals, relations,
amounts and platforms are ordinary."""

from __future__ import annotations

CN_PLATFORMS = ("爱心筹", "暖心筹", "益起筹", "同心筹")
# (disease, cost in 10k yuan)
CN_ILLNESSES = (
    ("急性淋巴细胞白血病", 40),
    ("尿毒症", 30),
    ("脑出血", 25),
    ("重症肺炎", 15),
    ("神经母细胞瘤", 50),
    ("车祸致多处骨折", 20),
    ("肝癌晚期", 35),
    ("再生障碍性贫血", 45),
)
CN_HOSPITALS = (
    "省人民医院",
    "市儿童医院血液科",
    "省肿瘤医院",
    "市第一人民医院ICU",
    "医科大学附属第二医院",
    "市中心医院肾内科",
)
# (relation of the raiser to the patient as the page shows it, how the story calls the patient)
CN_RAISERS = (
    ("患者的父亲", "女儿"),
    ("患者的母亲", "儿子"),
    ("患者的妻子", "丈夫"),
    ("患者的女儿", "父亲"),
    ("患者的丈夫", "妻子"),
    ("患者本人", ""),
)
CN_TITLES = (
    "救救我的{kin}{name}!{age}岁的{kin}身患{disease}急需救命钱",
    "{age}岁的{name}突发{disease},恳请好心人帮帮我们!",
    "我的{kin}{name}患{disease},一家人盼{pron}早日回家",
    "求助!{name}身患{disease},高额医药费压垮了这个家",
)
CN_STORY = (
    "大家好,我叫{raiser},是{name}的{relation}。我们家住在{home},全家靠务农和打零工为生。"
    "{date},{name}在{hospital}被确诊为{disease},医生说后续治疗费用预计需要{cost}万元。"
    "为了给{pron}治病,家里已经花光了积蓄,还向亲戚借了十几万。{elder}常年卧病在床,"
    "实在拿不出钱了。恳请各位好心人伸出援手,您的每一份帮助都是{pron}活下去的希望!",
)
CN_ELDERS = ("孩子的爷爷", "我的婆婆", "我父亲", "孩子的奶奶")
CN_PROOF = ("诊断证明", "住院证明", "身份证明", "收款人关系证明")
CN_VERIFIERS = (
    "患者的同事",
    "患者的邻居",
    "患者的老师",
    "患者的同学",
    "患者的亲属",
    "村委会工作人员",
)
CN_VERIFY_WORDS = (
    "情况属实,孩子很懂事,希望大家帮帮忙!",
    "我是他们村的,家里确实困难,恳请大家转发。",
    "同事一场,人很好,祝早日康复!",
    "本人证实以上情况属实。",
)
CN_COMMENTS = ("早日康复!", "加油,一定会好起来的", "一点心意,祝平安", "转发了,愿好人一生平安", "")
CN_TIMES = ("刚刚", "3分钟前", "12分钟前", "1小时前", "昨天 21:14", "2天前")
CN_BILLS = ("住院收费票据", "诊断证明书", "出院记录")
CN_FLYER_ISSUERS = (
    "城南社区居民委员会",
    "第二实验小学",
    "宏达物流有限公司工会",
    "李庄村村民委员会",
)
CN_FLYER_CLOSE = (
    "一方有难,八方支援。在此,我们向全体居民/师生/同事发出倡议,伸出援助之手,"
    "奉献一份爱心,帮助他们渡过难关。捐款多少不限,贵在心意!",
)
# English and French pages: the page's words by language.
PAGE_WORDS = {
    "en": {
        "site": ("HelpFund", "CareCrowd"),
        "titles": (
            "Help {first} beat {illness}",
            "Support {first}'s fight against {illness}",
            "Get {first} home for Christmas",
        ),
        "illness": ("leukaemia", "a brain tumour", "kidney failure", "sepsis"),
        "raised": "{raised} raised of {goal} target",
        "count": "{n} donations",
        "organising": " is organising this fundraiser on behalf of ",
        "story": "{first} was diagnosed in {month} at {hospital}. The treatment is not available "
        "on the NHS and the family need help with travel and care costs. {first}'s "
        "{kin}, {other}, has given up work to look after {pron}.",
        "updates": "Updates",
        "by": "by ",
        "organiser": ", Organiser",
        "update": "{first} finished the second round of treatment today. Dr {doctor} is pleased "
        "with the scans. Thank you all so much!",
        "support": "Words of support",
        "donate": "Donate now",
        "share": "Share",
        "anon": "Anonymous",
        "currency": "£",
        "months": ("March", "June", "September", "November"),
        "hospitals": ("St Mary's Hospital", "the Royal Infirmary", "Great Ormond Street"),
        "kin": ("mum", "dad", "sister", "husband", "wife"),
        "comments": ("Sending love x", "Get well soon!", "Thinking of you all", ""),
        "ago": ("2 d", "5 d", "1 wk", "3 hrs"),
    },
    "fr": {
        "site": ("Cagnotte Solidaire", "EntraideSanté"),
        "titles": (
            "Aidons {first} à se soigner",
            "Soutenons {first} face à {illness}",
            "Un traitement pour {first}",
        ),
        "illness": ("une leucémie", "une tumeur", "une insuffisance rénale", "la maladie"),
        "raised": "{raised} collectés sur {goal}",
        "count": "{n} participations",
        "organising": " a créé cette cagnotte pour ",
        "story": "{first} a été hospitalisé(e) en {month} au {hospital}. Le traitement et les "
        "trajets coûtent très cher. Son {kin}, {other}, a arrêté de travailler pour "
        "rester auprès de {pron}.",
        "updates": "Actualités",
        "by": "par ",
        "organiser": ", organisateur",
        "update": "{first} a terminé sa deuxième cure aujourd'hui. Le Dr {doctor} est confiant. "
        "Merci infiniment à tous !",
        "support": "Messages de soutien",
        "donate": "Participer",
        "share": "Partager",
        "anon": "Anonyme",
        "currency": "€",
        "months": ("mars", "juin", "septembre", "novembre"),
        "hospitals": ("CHU de Nantes", "Centre Léon-Bérard", "CHU de Lille"),
        "kin": ("frère", "père", "mari", "compagnon"),
        "comments": ("Courage !", "Plein de force à toi", "On pense fort à vous", ""),
        "ago": ("il y a 2 j", "il y a 5 j", "il y a 3 h"),
    },
}
# A rural home down to the village (the group and house number are the door).
CN_VILLAGES = (
    "河南省周口市郸城县巴集乡李庄村",
    "安徽省阜阳市临泉县杨桥镇王寨村",
    "四川省南充市仪陇县马鞍镇石垭村",
    "湖南省邵阳市隆回县六都寨镇坪山村",
    "甘肃省天水市秦安县兴国镇付川村",
    "江西省赣州市于都县岭背镇新屋村",
)
