"""Word tables of the social assistance family: offices, relations, health and work
states, application reasons, review opinions and notices in Chinese, English and
Spanish (all ordinary: amounts, statuses and office words, not the household)."""

from __future__ import annotations

CN_DISTRICTS = ("西湖区", "江宁区", "武侯区", "江岸区", "天河区")
CN_STREETS = ("北山街道", "东山街道", "望江路街道", "百步亭街道", "石牌街道")
CN_COMMUNITIES = ("曙光社区", "春晖社区", "新华社区", "幸福里社区", "滨河社区", "金桥社区")
CN_RELATIONS = ("配偶", "长子", "长女", "次子", "次女", "父亲", "母亲", "孙子", "孙女")
CN_HEALTH = ("健康", "健康", "慢性病", "重病", "残疾(二级)", "残疾(四级)")
CN_WORK = ("无业", "灵活就业", "在校学生", "退休", "务农", "失业", "学龄前")
#: Reasons in the applicant's words: {a} and {b} are family members' names.
CN_REASONS = (
    "本人丈夫{a}于去年确诊尿毒症,每周透析三次,医疗费用支出大,家中仅靠本人打零工维持,"
    "儿子{b}正在读高中,家庭生活十分困难,特申请最低生活保障。",
    "本人因车祸致残,无法正常工作,妻子{a}患有乳腺癌正在化疗,女儿{b}上小学,"
    "家庭无其他收入来源,恳请政府给予低保救助。",
    "本人年老体弱,患高血压、糖尿病多年,老伴{a}长期卧床,儿子{b}在外打工收入微薄,"
    "无力赡养,生活难以为继,特此申请。",
)
#: (level, opinion)
CN_REVIEWS = (
    ("社区(居委会)意见", "经入户调查及邻里走访,情况属实,经民主评议同意上报。"),
    ("街道(乡镇)审核意见", "经审核,该户符合低保条件,同意按A类保障。"),
    ("区(县)民政局审批意见", "同意纳入城市最低生活保障,自次月起发放。"),
)
CN_CLASSES = ("A类", "B类", "C类", "分类施保")
CN_NOTICE = (
    "根据《社会救助暂行办法》及有关规定,经本人申请、入户调查、民主评议和审核审批,"
    "现将下列家庭拟纳入最低生活保障范围的情况予以公示,公示期为7天。"
    "如有异议,请在公示期内向街道社会救助服务站或区民政局反映。"
)

EN_COUNCILS = ("Northfield City Council", "Kestrelford Borough Council")
EN_STATUSES = ("At school", "Nursery", "At school", "Under 5")
EN_DECLARATION = (
    "I declare that the information I have given on this form is correct and complete. I "
    "understand that if I knowingly give false information I may be prosecuted. I will "
    "tell the council straight away about any change in my circumstances."
)

ES_RELATIONS = ("Cónyuge", "Hijo/a", "Hijo/a", "Padre/Madre", "Pareja de hecho")
ES_DECLARATION = (
    "Declaro bajo mi responsabilidad que son ciertos los datos consignados en esta "
    "solicitud y me comprometo a comunicar cualquier variación en el plazo de 30 días."
)
