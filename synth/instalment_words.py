"""Word tables of the instalment purchase family (:mod:`synth.layouts_instalment`,
:mod:`synth.instalment_latin`): shops and finance companies (invented), goods with
their prices, instalment plans, clauses and relations. All ordinary: a shop, a
product, a plan or a clause names no one."""

from __future__ import annotations

CN_SHOPS = (
    "鑫达通讯手机卖场",
    "顺通数码广场二楼A12",
    "百佳电器城",
    "华联家电旗舰店",
    "星河手机连锁(人民路店)",
    "乐购电动车行",
)
CN_LENDERS = ("安信消费金融有限公司", "锦城消费金融有限公司", "和信分期", "惠民消费金融有限公司")
# (kind, model, spec, price, IMEI-bearing)
CN_GOODS = (
    ("手机", "华为 Mate 60 Pro", "雅川青 12+512G", 6999, True),
    ("手机", "苹果 iPhone 15", "黑色 256G", 6799, True),
    ("手机", "小米 14 Ultra", "白色 16+512G", 6499, True),
    ("手机", "OPPO Find X7", "烟云紫 16+256G", 4499, True),
    ("笔记本电脑", "联想 小新Pro 16", "灰色 32G+1T", 5999, False),
    ("电视", "海信 75E5K", "75英寸", 5299, False),
    ("冰箱", "美的 BCD-508WKPZM", "对开门 508L", 3899, False),
    ("电动车", "雅迪 冠能E10", "石墨烯电池 黑", 4280, False),
)
CN_TERMS = (3, 6, 9, 12, 18, 24)
CN_JOBS_UNITS = (
    "城东区第二实验小学",
    "宏达物流有限公司",
    "市人民医院",
    "个体经营",
    "顺丰速运",
    "美团外卖骑手",
    "恒通汽车销售服务公司",
    "自由职业",
)
CN_RELATIONS = ("配偶", "父亲", "母亲", "兄弟", "姐妹", "朋友", "同事")
CN_CLAUSES = (
    "乙方自愿以分期付款方式向甲方购买上述商品,首付款于签订本合同时一次付清。",
    "乙方应于每月{day}日前将当期应还款项存入指定还款账户,由合作机构自动扣划。",
    "在乙方付清全部款项前,商品所有权归甲方所有,乙方不得将商品转卖、抵押或出借他人。",
    "乙方逾期还款的,按日收取未还金额万分之五的违约金;连续逾期三期的,甲方有权要求乙方一次性"
    "付清剩余全部款项。",
    "乙方提供的身份信息、联系方式及紧急联系人信息均真实有效,如有变更应在五日内书面通知甲方。",
    "本合同一式两份,甲乙双方各执一份,自双方签字(盖章)之日起生效。",
)
CN_PRINT_NOTES = (
    "请您按时还款,逾期将影响您的个人征信记录。",
    "还款日当天请确保还款银行卡内余额充足,系统将于当日扣款。",
    "客服热线及官方APP可查询还款计划、提前还款。",
    "本确认单仅作为分期业务凭证,不作为购物发票。",
)
# English hire purchase
EN_LENDERS = (
    ("Northway Consumer Finance Ltd", "PO Box 712, Leeds LS1 9XP"),
    ("Brightstone Retail Credit plc", "Brightstone House, Cardiff CF10 5BT"),
    ("Harbour Finance Ltd", "4 Quay Street, Bristol BS1 4QA"),
)
EN_DEALERS = ("Comet Road Electricals", "SofaWorld Outlet", "Phones & More, High St", "CityBikes")
# (goods, cash price, whether it carries a serial or IMEI)
EN_GOODS = (
    ("Samsung 65in QLED television", 1299, True),
    ("Apple iPhone 15 128GB, black", 849, True),
    ("4-seater corner sofa, grey fabric", 1649, False),
    ("E-bike, 500Wh battery, size M", 2199, True),
    ("Bosch washing machine WGG24409GB", 599, True),
)
EN_NOTICE = (
    "IMPORTANT - READ THIS CAREFULLY TO FIND OUT ABOUT YOUR RIGHTS",
    "This is a Hire-Purchase Agreement regulated by the Consumer Credit Act 1974. Sign it "
    "only if you want to be legally bound by its terms. The goods will not become your "
    "property until you have made all the payments.",
    "You have a right to withdraw from this agreement within 14 days without giving a reason.",
)
EN_TIMES = ("4 yrs 2 mths", "1 yr 6 mths", "11 yrs", "8 mths", "2 yrs", "6 yrs 3 mths")
EN_BANKS = ("Barclays", "NatWest", "Lloyds", "HSBC UK", "Nationwide BS", "Santander UK")
# Italian finance
IT_LENDERS = ("Credito Facile S.p.A.", "FinPrestito Italia S.p.A.", "Banca Rateale S.p.A.")
IT_DEALERS = ("Elettro Casa Srl - Via Emilia 210", "MobilStore di Ferri & C.", "Ciclo Sport Snc")
IT_GOODS = (
    ("Smartphone Samsung Galaxy S24 256GB", 979, True),
    ("Cucina componibile Linea Stella", 6400, False),
    ("Climatizzatore dual split 12000 BTU", 1350, False),
    ("Scooter elettrico 125cc", 3290, True),
)
IT_TOWNS = ("Roma", "Napoli", "Bari", "Palermo", "Torino", "Bologna", "Firenze", "Verona")
IT_CLAUSES = (
    "Il Richiedente dichiara di aver ricevuto il modulo Informazioni europee di base sul "
    "credito ai consumatori (SECCI) e copia del presente contratto.",
    "Diritto di recesso: entro 14 giorni dalla conclusione del contratto, mediante "
    "comunicazione scritta al Finanziatore.",
    "Il Richiedente autorizza l'addebito in conto delle rate secondo lo schema SEPA Direct Debit.",
)
