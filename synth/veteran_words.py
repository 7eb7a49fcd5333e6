"""Word tables of the veterans family (:mod:`synth.layouts_veteran`,
:mod:`synth.veteran_latin`): issuing offices, service stations, ranks, posts, kinds
of veteran, awards, regiments and the French army's words. All ordinary (the offices
are invented; a station's hotline is business data).
"""

from __future__ import annotations

CN_PROVINCES = ("浙江省", "江苏省", "四川省", "湖北省", "山东省", "湖南省", "河南省")
CN_STREETS = ("长庆街道", "湖滨街道", "五里墩街道", "南湖街道", "城关镇", "东湖街道")
CN_COMMUNITIES = ("东园社区", "和平里社区", "新村社区", "桂花苑社区", "滨河社区", "文化路社区")
CN_RANKS = ("列兵", "上等兵", "下士", "中士", "上士", "四级军士长", "中尉", "上尉", "少校")
CN_POSTS = ("战士", "班长", "副班长", "驾驶员", "卫生员", "炊事员", "排长", "参谋", "技师")
CN_KINDS = ("退役士兵", "退役士兵", "转业军官", "复员干部", "退休军官")
CN_PLACEMENT = ("自主就业", "安排工作", "逐月领取退役金", "退休", "复员")
CN_POLITICS = ("中共党员", "中共党员", "共青团员", "群众")
CN_EDUCATION = ("初中", "高中", "中专", "大专", "本科")
CN_AWARDS = (
    "荣立个人三等功一次",
    "获评优秀士兵两次",
    "荣立个人二等功一次,获评优秀士兵一次",
    "无",
    "获嘉奖三次",
)
CN_RELATIONS = ("配偶", "父亲", "母亲", "儿子", "女儿")
CN_JOBS = ("个体经营", "务农", "退休", "在读", "公司职员", "教师", "无")
#: Kinds of household on a street office's list of those visited.
CN_HOUSEHOLDS = ("退役军人", "退役军人", "现役军人家属", "烈士遗属", "伤残军人", "因公牺牲军人遗属")
CN_GIFTS = ("慰问金500元", "慰问金800元", "米油一份", "慰问金1000元", "春联年画一套")
CN_LIST_TITLES = (
    "{street}2026年春节走访慰问退役军人及其他优抚对象名单",
    "{street}“光荣之家”光荣牌悬挂登记表",
    "{street}2026年“八一”拥军优属慰问签领表",
)
CN_CARD_RULES = (
    "1. 本证是持证人享受国家和社会优待的凭证,限本人使用。",
    "2. 持证人凭本证及居民身份证享受相关优待服务。",
    "3. 本证不得转借、涂改,如有遗失请及时向发证机关申请补办。",
)
CN_HOTLINE = "12345"

# ------------------------------------------------------------------ English
EN_RANKS = ("Pte", "LCpl", "Cpl", "Sgt", "SSgt", "WO2", "Lt", "Capt")
EN_UNITS = (
    "Royal Regiment of Fusiliers",
    "Royal Logistic Corps",
    "Royal Corps of Signals",
    "Royal Engineers",
    "The Rifles",
    "Royal Army Medical Corps",
)
EN_REASONS = (
    "On completion of engagement",
    "At own request (PVR)",
    "Medically discharged",
    "On termination of engagement",
)
EN_CONDUCT = ("Exemplary", "Very good", "Exemplary")
EN_MEDALS = ("GSM (Northern Ireland)", "OSM (Afghanistan)", "Queen's Diamond Jubilee Medal", "None")
EN_RELATIONS = ("Wife", "Husband", "Mother", "Father", "Partner", "Sister")
EN_PLACES = ("Leeds", "Cardiff", "Plymouth", "Glasgow", "Preston", "Norwich", "Belfast")

# ------------------------------------------------------------------ French
FR_UNITS = (
    "152e régiment d'infanterie",
    "1er régiment de chasseurs parachutistes",
    "3e régiment du génie",
    "503e régiment du train",
    "2e régiment de hussards",
)
FR_GRADES = ("soldat de 1re classe", "caporal", "caporal-chef", "sergent", "sergent-chef")
FR_TOWNS = ("Colmar", "Tarbes", "Pau", "Verdun", "Besançon", "Angers", "Bourges")
FR_CAMPAIGNS = (
    "Opération extérieure au Mali (Barkhane)",
    "Opération extérieure en République centrafricaine",
    "Opération Sentinelle",
    "FINUL (Liban)",
)
