"""Word tables of the counselling intake family (:mod:`synth.layouts_counsel`,
:mod:`synth.counsel_latin`): centres and practices (invented), jobs, symptoms, problem
kinds, the client's own words and the counsellor's notes as templates whose
``{fields}`` the layout fills with names, consent texts and the German and English
forms' words. All ordinary: they describe the service and the trouble, not who the
client is."""

from __future__ import annotations

CN_CENTRES = (
    ("江城市心理健康服务中心", "027-8557 1200"),
    ("临海市精神卫生中心心理咨询门诊", "0576-8566 3120"),
    ("心语心理咨询工作室", "0571-8697 4413"),
    ("南湖社区心理服务站", "0512-6573 0086"),
)
CN_MARITAL = ("未婚", "已婚", "离异", "已婚", "丧偶")
CN_JOBS = ("教师", "会计", "程序员", "护士", "公务员", "销售", "自由职业", "学生", "退休")
CN_RELATIONS = ("配偶", "丈夫", "妻子", "母亲", "父亲", "姐姐", "朋友")
CN_SYMPTOMS = (
    "失眠",
    "早醒",
    "食欲下降",
    "情绪低落",
    "焦虑紧张",
    "注意力下降",
    "易怒",
    "躯体不适",
    "有轻生念头",
)
#: The client's own words: {kin} a family member's name after a relation word, {other}
#: a second person, {boss} a superior's surname (the post follows it).
CN_COMPLAINTS = (
    "最近半年和丈夫{kin}经常因为孩子的事吵架,晚上睡不着,白天上班没精神。女儿{other}今年高三,我总担心她考不好,一看到她玩手机就控制不住发火。",
    "工作上和同事{other}关系很紧张,{boss}经理经常当众批评我,现在一想到上班就心慌、手抖,周末也放松不下来。",
    "母亲{kin}去年去世后我一直走不出来,经常一个人哭,不想和人说话。老公{other}劝我来做咨询。",
    "和男朋友{kin}分手两个月了,总是反复看聊天记录,吃不下饭,室友{other}说我变了一个人。",
    "儿子{kin}上初二后不愿意去学校,在家打游戏,我和他爸爸{other}意见不一致,家里天天吵。",
)
CN_PROBLEMS = (
    "情绪困扰",
    "人际关系",
    "婚姻家庭",
    "亲子教育",
    "学业压力",
    "职场压力",
    "恋爱情感",
    "生涯规划",
)
CN_CONSENT = (
    "咨询师对来访者的信息严格保密,但以下情况例外:来访者有伤害自身或他人的严重危险;涉及"
    "未成年人受到性侵犯或虐待;法律规定需要披露的。本人已阅读并同意以上知情同意条款。"
)
CN_UNIS = ("江城理工大学", "南湖师范学院", "西岭农业大学", "中原财经大学")
CN_COLLEGES = ("计算机学院", "外国语学院", "经济管理学院", "护理学院", "机械工程学院", "教育学院")
CN_DORMS = ("梅园", "桂园", "竹园", "枫园", "学知苑")
CN_SLOTS = ("周一下午", "周二上午", "周三下午", "周四上午", "周四晚上", "周五下午")
CN_ROOMS = ("学生活动中心305室", "心理中心2号咨询室", "图书馆负一楼心理咨询室", "综合楼412室")
#: A counsellor's notes in the third person: {kin} and {other} as in CN_COMPLAINTS.
CN_NOTES = (
    "来访者自述与丈夫{kin}分居三个月,近期因孩子抚养问题多次争执;提到婆婆{other}经常打电话指责她,"
    "自述入睡困难,每晚仅睡4小时左右。",
    "来访者本次主要谈及与同事{other}的冲突及对绩效考核的担忧,情绪较上次平稳,能主动觉察自动化思维。",
    "来访者谈到父亲{kin}酗酒,小时候常目睹父母争吵,现与男友{other}相处时容易紧张、害怕被抛弃。",
)
CN_MORE = (
    "本次咨询中来访者多次落泪,咨询师予以共情和情绪疏导,并共同梳理了近期的压力来源。",
    "来访者表示上次布置的作业完成了一部分,睡眠略有改善,但遇到冲突时仍容易自责。",
    "咨询后半段讨论了可利用的社会支持资源,来访者愿意尝试每天散步半小时。",
)
CN_ASSESS = (
    "来访者情绪低落,言语流畅,自知力完整,未见明显精神病性症状。PHQ-9 得分12分,提示中度抑郁情绪。",
    "焦虑情绪明显,伴躯体化反应,社会功能部分受损,无自伤自杀计划。GAD-7 得分11分。",
    "来访者能较好地表达情绪,对咨询目标有初步认识,咨访关系良好。",
)
CN_PLANS = (
    "继续运用认知行为疗法,布置情绪记录作业,练习腹式呼吸放松。",
    "下次重点讨论与家人的沟通方式,必要时建议精神科就诊评估。",
    "巩固现有进展,逐步减少咨询频率为两周一次。",
)

EN_PRACTICES = (
    ("Northmoor Talking Therapies", "01632 960 287"),
    ("Willow House Counselling Service", "0113 496 0915"),
    ("Harbourside Counselling & Psychotherapy", "0117 496 0340"),
)
EN_SURGERIES = ("Riverside Medical Practice", "Elm Tree Surgery", "Castle Street Health Centre")
EN_RELATIONS = ("Partner", "Husband", "Wife", "Mother", "Sister", "Friend")
EN_HEARD = ("GP", "Self-referral", "Employer (EAP)", "Friend or family", "Website")
EN_REASONS = (
    "Since my partner {kin} moved out in March I have not been sleeping and I keep having "
    "panic attacks at work. My sister {other} has been helping with the children but I "
    "feel I am not coping.",
    "I lost my dad {kin} last year and I can't stop thinking about the hospital. My GP "
    "suggested counselling. My manager {other} has been kind but I have had a lot of time off.",
    "Low mood for about two years, worse since I was made redundant. My wife {kin} says I "
    "have become withdrawn and I don't enjoy anything anymore.",
)
EN_CONSENT = (
    "What you tell your counsellor is confidential. We would only share information without "
    "your consent if we believed you or someone else were at serious risk of harm, or if "
    "the law required it. I have read and agree to the counselling agreement."
)

DE_PRACTICES = (
    ("Praxis für Psychotherapie am Stadtpark", "0221 99 80 412"),
    ("Psychotherapeutische Praxisgemeinschaft Lindenhof", "030 99 40 7731"),
    ("Ambulanz für Psychotherapie, Hochschulklinik Seehausen", "0351 99 20 118"),
)
DE_KASSEN = (
    "AOK Nordwest",
    "Techniker Krankenkasse",
    "BARMER",
    "DAK-Gesundheit",
    "IKK classic",
    "Privat versichert",
)
DE_HEARD = ("Hausarzt", "Internet", "Terminservicestelle", "Bekannte", "Krankenkasse")
DE_REASONS = (
    "Seit der Trennung von meinem Mann {kin} im Frühjahr schlafe ich kaum noch und habe "
    "morgens Herzrasen. Meine Freundin {other} hat mir geraten, mir Hilfe zu holen.",
    "Ich bin seit Monaten erschöpft und kann mich bei der Arbeit nicht mehr konzentrieren. "
    "Mein Vorgesetzter {other} hat mich auf eine Reha angesprochen.",
    "Nach dem Tod meiner Mutter {kin} fühle ich mich leer und ziehe mich von allen zurück.",
)
DE_CONSENT = (
    "Ich versichere, dass meine Angaben richtig sind. Die Praxis unterliegt der "
    "Schweigepflicht; Daten werden nur mit meiner Einwilligung an Dritte weitergegeben."
)
