"""Word tables of the credit report family (:mod:`synth.layouts_credit`): lenders,
account kinds, statuses, query reasons, employers and the reports' boilerplate. All
ordinary (an employer is nobody's identity; a lender is a business)."""

from __future__ import annotations

CN_BANKS = (
    "中国工商银行",
    "中国建设银行",
    "招商银行",
    "中国银行",
    "交通银行",
    "浦发银行",
    "兴业银行",
    "平安银行",
    "中信银行",
    "宁波银行",
)
CN_LENDERS = (*CN_BANKS, "重庆蚂蚁消费金融有限公司", "马上消费金融股份有限公司")
CN_ACCOUNTS = ("贷记卡", "个人住房商业贷款", "个人消费贷款", "个人汽车消费贷款", "个人经营性贷款")
CN_CLASSES = ("正常", "正常", "正常", "正常", "关注")
CN_STATES = ("正常", "正常", "结清", "正常", "销户")
CN_MARRIAGE = ("已婚", "未婚", "离婚", "已婚")
CN_EDUCATION = ("大学本科", "研究生", "大学专科", "高中")
CN_HOUSING = ("自置", "按揭", "租房", "亲属楼宇", "集体宿舍", "其他")
CN_EMPLOYERS = (
    ("杭州海纳信息技术有限公司", "浙江省杭州市滨江区网商路599号", "企业"),
    ("广州市第一人民医院", "广州市越秀区盘福路1号", "事业单位"),
    ("成都天府建设工程有限公司", "成都市武侯区科华北路65号", "企业"),
    ("南京市玄武区教育局", "南京市玄武区北京东路43号", "机关"),
    ("苏州高新精密制造股份有限公司", "苏州市虎丘区珠江路88号", "企业"),
)
CN_JOBS = ("专业技术人员", "办事人员和有关人员", "商业、服务业人员", "生产人员", "不便分类")
CN_TITLES = ("一般员工", "中级领导", "高级领导", "无")
CN_QUERY_REASONS = (
    "贷款审批",
    "信用卡审批",
    "贷后管理",
    "担保资格审查",
    "本人查询(互联网个人信用信息服务平台)",
)
CN_QUERY_ORGS = (*CN_BANKS, "中国人民银行征信中心")
CN_NOTES = (
    "1. 除查询记录外,本报告中的信息是依据截至报告时点个人征信系统记录的信息生成。",
    "2. 信息主体有权对本报告中的内容提出异议,如有异议可联系数据提供单位或到当地信用报告查询网点提出。",
    "3. 本报告仅供使用者参考,请妥善保管,因保管不当造成个人隐私泄露的,征信中心将不承担相关责任。",
)
EN_AGENCIES = (
    "ClearScore Report by Equifax",
    "Experian Credit Report",
    "TransUnion Statutory Report",
)
EN_LENDERS = (
    ("Barclaycard", "Credit card"),
    ("Nationwide BS", "Mortgage"),
    ("Santander UK", "Current account"),
    ("Vodafone Ltd", "Communications supplier"),
    ("Tesco Bank", "Personal loan"),
    ("Close Brothers Motor", "Hire purchase"),
    ("Octopus Energy", "Utility"),
)
EN_HISTORY = ("OK", "OK", "OK", "OK", "OK", "OK", "OK", "1", "OK", "OK", "2", "-")
EN_STATUS = ("Up to date", "Up to date", "Settled", "In arrears", "Up to date")
EN_SEARCHES = (
    ("Hard search", "Credit card application"),
    ("Soft search", "Quotation search"),
    ("Hard search", "Loan application"),
    ("Soft search", "Identity check"),
)
ES_ENTITIES = (
    "BANCO SANTANDER, S.A.",
    "CAIXABANK, S.A.",
    "BANCO BILBAO VIZCAYA ARGENTARIA",
    "BANCO DE SABADELL",
    "UNICAJA BANCO",
    "COFIDIS S.A. SUCURSAL EN ESPAÑA",
)
ES_PRODUCTS = (
    "Préstamo hipotecario",
    "Préstamo personal",
    "Tarjeta de crédito",
    "Crédito al consumo",
    "Aval",
)
ES_SITUATION = ("Normal", "Normal", "Normal", "Vencida", "Dudosa")
ES_NOTE = (
    "La información de este informe procede de la Central de Información de Riesgos del "
    "Banco de España (CIRBE) y se refiere a riesgos declarados por las entidades a fin de mes."
)
