"""Word tables of the power of attorney family (:mod:`synth.layouts_attorney`,
:mod:`synth.attorney_latin`): reasons and matters of a 授权委托书, powers and terms,
notary offices, a bank's proxy services; English LPA wording; German Vollmacht matters.
The notary offices and banks are invented; their addresses and phones are business data.
"""

from __future__ import annotations

CN_REASONS = (
    "工作繁忙",
    "长期在外地工作",
    "身体原因行动不便",
    "身在国外",
    "年事已高",
    "住院治疗",
)
#: Matters a principal hands over (ordinary).
CN_MATTERS = (
    "位于本市的房屋出售及过户手续",
    "不动产权证书的领取",
    "公积金提取",
    "户口迁移",
    "车辆过户及年检",
    "社保卡补办",
    "子女入学报名",
    "银行存款的支取",
)
CN_POWERS = (
    "代为签署相关合同及文件,代为缴纳税费,代为领取相关证件及款项。",
    "代为提交申请材料、签署相关文书、领取办理结果。",
    "代为办理查询、签字、交接手续,但无转委托权。",
)
CN_SEX = ("男", "女")
#: (notary office, its address, its phone)
CN_NOTARIES = (
    ("浙江省杭州市西湖公证处", "杭州市西湖区保俶路 166 号", "0571-8765 2300", "浙杭"),
    ("江苏省南京市钟山公证处", "南京市玄武区北京东路 41 号", "025-8336 1200", "苏宁"),
    ("四川省成都市蜀都公证处", "成都市青羊区人民中路 3 段 9 号", "028-8662 5511", "川蓉"),
    ("湖南省长沙市麓山公证处", "长沙市岳麓区枫林一路 55 号", "0731-8889 0420", "湘长"),
)
#: (bank or post office, its hotline)
CN_PROXY_BANKS = (
    ("中国邮政储蓄银行", "95580"),
    ("华信银行", "95577"),
    ("兴商银行", "95561"),
    ("长江农村商业银行", "96633"),
)
CN_PROXY_TASKS = ("挂失", "补换卡", "密码重置", "取款", "销户", "激活", "查询打印流水")
CN_PROXY_RELATIONS = ("配偶", "子女", "父母", "兄弟姐妹", "朋友", "其他")

# ------------------------------------------------------------------ English
EN_LPA_TITLES = (
    "Lasting power of attorney — Property and financial affairs",
    "Lasting power of attorney — Health and welfare",
)
EN_DECISIONS = (
    "jointly and severally",
    "jointly",
    "jointly for some decisions, and jointly and severally for other decisions",
)
EN_PROFESSIONS = ("Solicitor", "GP", "Retired teacher", "Accountant", "Pharmacist")

# ------------------------------------------------------------------ German
DE_KINDS = ("Vollmacht", "Vorsorgevollmacht", "Generalvollmacht")
DE_MATTERS = (
    "Vermögensangelegenheiten, insbesondere Bankgeschäfte aller Art",
    "Vertretung gegenüber Behörden, Versicherungen und Renten- und Sozialleistungsträgern",
    "Gesundheitssorge und Pflegebedürftigkeit",
    "Aufenthalt und Wohnungsangelegenheiten, insbesondere Kündigung des Mietvertrages",
    "Post- und Fernmeldeverkehr",
    "Vertretung vor Gericht",
)
DE_BINDING = (
    "Die Vollmacht bleibt in Kraft, wenn ich geschäftsunfähig werden sollte.",
    "Die bevollmächtigte Person ist von den Beschränkungen des § 181 BGB befreit.",
    "Die Vollmacht ist jederzeit widerruflich.",
)
