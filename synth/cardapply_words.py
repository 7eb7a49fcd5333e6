"""Words and tables for :mod:`synth.layouts_cardapply`: made-up card issuers with their
hotlines, the choices an application prints, and the English and German issuers.
"""

from __future__ import annotations

#: An issuer's name, its card's name and its service hotline (the bank's own).
CN_ISSUERS = (
    ("华兴银行", "华兴白金信用卡", "95368"),
    ("东方商业银行", "东商乐享信用卡", "400-820-6618"),
    ("锦程银行", "锦程标准信用卡", "95371"),
    ("海融银行", "海融青春卡", "400-699-5512"),
)
CN_OTHER_BANKS = ("工商银行", "建设银行", "招商银行", "交通银行", "中信银行", "浦发银行")
CN_EDUCATION = ("博士", "硕士", "本科", "大专", "高中及以下")
CN_MARRIAGE = ("已婚", "未婚", "离异")
CN_HOUSING = ("自有住房", "按揭购房", "租房", "与父母同住", "单位宿舍")
CN_JOBS = ("工程师", "会计", "教师", "销售经理", "行政主管", "医生", "职员", "部门经理")
CN_INCOME = ("8万元", "12万元", "15万元", "20万元", "26万元", "35万元", "50万元")
CN_KIN = ("父亲", "母亲", "配偶", "兄弟", "姐妹", "子女")
CN_OTHER_REL = ("同事", "朋友", "同学")
CN_BILLING = ("住宅地址", "单位地址", "电子账单")
CN_DECLARATION = (
    "申请人声明：本人已阅读并同意《信用卡领用合约》及相关章程，保证所填资料真实、完整、有效；"
    "授权贵行向中国人民银行征信中心查询本人信用报告。"
)
CN_BRANCHES = ("城东支行", "高新区支行", "营业部", "滨江支行", "科技园支行")

#: An English issuer and its customer line.
EN_ISSUERS = (("Northgate Bank", "0345 300 4172"), ("Harbour & County", "0800 096 3318"))
EN_STATUS = ("Employed full-time", "Self-employed", "Employed part-time", "Retired")
EN_JOBS = ("Nurse", "Software developer", "Teacher", "Accountant", "Electrician", "Paralegal")
EN_DECLARATION = (
    "I confirm the information given is correct. I agree that you may search my records "
    "with credit reference agencies, who will keep a record of the search."
)
DE_ISSUERS = (("Nordbank Card Services", "069 2471 880"), ("Rheinische Kreditbank", "0211 9034 50"))
DE_JOBS = ("Industriekauffrau", "Elektroniker", "Lehrer", "Pflegefachkraft", "Ingenieurin")
DE_STATUS = ("Angestellt", "Beamtin/Beamter", "Selbstständig", "Rentner/in")
DE_SCHUFA = (
    "Ich willige ein, dass die Bank der SCHUFA Holding AG Daten über die Beantragung und "
    "Durchführung dieses Kreditkartenvertrags übermittelt (SCHUFA-Klausel)."
)
