"""Word tables of the conference badge family (:mod:`synth.layouts_badge`,
:mod:`synth.badge_latin`): fairs and meetings (invented), attendee kinds, the
registration form's tick options, units on a sign-in sheet, German and English
events. All ordinary: an event, a hall, a badge kind or an employer names no one."""

from __future__ import annotations

# (Chinese name, English name, venue, colour of the badge's band)
CN_FAIRS = (
    (
        "2026中国(华南)国际智能家居博览会",
        "SMART HOME EXPO SOUTH CHINA 2026",
        "深圳国际会展中心",
        (200, 40, 45),
    ),
    (
        "第18届中国国际物流与供应链博览会",
        "CHINA LOGISTICS & SUPPLY CHAIN FAIR",
        "上海新国际博览中心",
        (20, 80, 160),
    ),
    (
        "2026长三角医疗器械展览会",
        "YANGTZE DELTA MEDICAL DEVICES SHOW",
        "杭州国际博览中心",
        (0, 130, 110),
    ),
    (
        "第九届中部食品饮料交易会",
        "CENTRAL CHINA FOOD & BEVERAGE FAIR",
        "武汉国际博览中心",
        (230, 120, 20),
    ),
    (
        "2026西部新能源汽车产业大会",
        "WEST CHINA NEV INDUSTRY SUMMIT",
        "成都世纪城国际会展中心",
        (90, 40, 140),
    ),
)
# (Chinese, English) attendee kinds printed in the badge's bottom band.
CN_KINDS = (
    ("观众", "VISITOR"),
    ("专业观众", "TRADE VISITOR"),
    ("展商", "EXHIBITOR"),
    ("媒体", "MEDIA"),
    ("嘉宾", "VIP"),
    ("工作人员", "STAFF"),
)
CN_DATES = ("2026.4.15-17", "2026年5月20日-22日", "2026.09.08-10", "2026年11月3日-5日")
CN_HALLS = ("1号馆", "3号馆", "9号馆", "A馆", "E2馆")
CN_NATURE = ("生产商", "经销商/代理商", "贸易商", "采购商", "设计/研发", "其他")
CN_INTERESTS = (
    "智能照明",
    "安防门锁",
    "家电",
    "冷链物流",
    "仓储设备",
    "检测仪器",
    "康复器械",
    "休闲食品",
    "包装机械",
    "充电设施",
    "动力电池",
    "软件系统",
)
CN_PURPOSES = ("采购", "寻找代理", "了解行业趋势", "技术交流", "参加论坛")
CN_CHANNELS = ("微信公众号", "短信邀请", "行业媒体", "展商邀请", "朋友介绍", "往届参观")
CN_MEETINGS = (
    "2026年度全市中小学信息化工作推进会",
    "第三届长三角冷链物流发展论坛",
    "2026年区域医疗联合体建设研讨会",
    "新能源汽车售后服务技术交流会",
    "2026年度经销商年会暨新品发布会",
)
CN_PLACES = (
    "市会议中心三楼报告厅",
    "万豪酒店二楼宴会厅",
    "国际会展中心M1会议室",
    "行政中心第一会议室",
)
CN_UNITS = (
    "市第一人民医院",
    "华东师范大学",
    "城南区教育局",
    "顺丰速运华南区",
    "宏达物流有限公司",
    "市疾控中心",
    "鑫源贸易公司",
    "第二实验小学",
    "恒通汽车销售服务有限公司",
    "区卫健委",
    "省建筑设计研究院",
    "中天科技股份有限公司",
)
CN_JOBS = ("主任", "科长", "采购经理", "副院长", "教师", "工程师", "总经理", "销售总监", "", "")
CN_EXHIBIT_ROLES = ("展商证", "布展证", "展商证", "展商证")
CN_FORM_NOTES = (
    "1. 请用正楷如实填写,凭本表及名片至登记处换取参观证。",
    "2. 参观证仅限本人使用,不得转借;进馆请配合安检。",
    "3. 主办方承诺对观众信息保密,仅用于本届展会服务。",
)
CN_STAFF_NOTES = (
    "1. 每个标准展位限办展商证3张,布展证凭施工证另行办理。",
    "2. 根据展馆安保要求,证件实行实名制,须填写有效身份证号码。",
    "3. 请于开展前10个工作日将本表发送至组委会邮箱。",
)
# German trade fairs (invented) and badge kinds.
DE_FAIRS = (
    ("INTERLOGIS 2026", "Internationale Fachmesse für Intralogistik", "Messe Hannover"),
    ("BAU-TEC Süd", "Fachmesse für Bautechnik und Ausbau", "Messe Stuttgart"),
    ("MedTech Forum 2026", "Fachkongress mit Ausstellung", "Messe Düsseldorf"),
    ("FOODPACK Europe", "Verpackung · Prozess · Logistik", "Messe Nürnberg"),
)
DE_KINDS = ("Fachbesucher", "Aussteller", "Presse", "Kongressteilnehmer")
DE_TICKETS = ("Tageskarte", "Dauerkarte", "2-Tageskarte", "Freiticket")
DE_TOWNS = ("Kassel", "Augsburg", "Münster", "Bremen", "Ulm", "Wien", "Zürich", "Linz")
DE_RULES = (
    "Nicht übertragbar. Bitte gut sichtbar tragen.",
    "Gültig nur mit amtlichem Lichtbildausweis.",
)
# English conferences (invented) for the confirmation e-mail.
EN_EVENTS = (
    ("Future of Retail Summit 2026", "ExCeL London, Royal Victoria Dock", "FRS26"),
    ("Northern Healthcare Innovation Expo", "Manchester Central", "NHIE"),
    ("UK Cold Chain Conference", "NEC Birmingham, Hall 3", "UKCC"),
    ("Clean Energy Week Scotland", "SEC Glasgow", "CEWS"),
)
EN_TICKETS = ("Delegate - 2 days", "Visitor (free)", "Speaker", "VIP Delegate", "Exhibitor")
EN_DIETS = ("None", "Vegetarian", "Vegan", "Gluten free", "Halal", "None")
EN_SESSIONS = (
    "09:30  Opening keynote - Main Stage",
    "11:00  Panel: Supply chains after 2025",
    "13:45  Workshop B: Data for small teams",
    "15:30  Networking drinks - Hall Foyer",
)
CN_BADGE_RULES = (
    "本证仅限本人使用,涂改、转借无效。",
    "请全程佩戴本证,配合安检及工作人员查验。",
    "展馆内禁止吸烟,请勿携带易燃易爆物品入场。",
    "1.2米以下儿童谢绝入场。",
    "遗失不补,请妥善保管。",
    "入馆时请出示证件二维码,刷码通行。",
)
