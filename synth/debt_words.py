"""Words and tables for :mod:`synth.layouts_debt`: lenders, collection agencies and law
firms (all made up) with their lines and offices, the relations and outcomes a notice
lists for the people it has called, the letters' prose with its fields, the collector's
text messages, and the English and German letters' creditors and fees.
"""

from __future__ import annotations

#: A lender (the creditor a notice names; ordinary) and its app.
CN_LENDERS = (
    ("鑫融消费金融有限公司", "鑫融借呗"),
    ("安信小额贷款有限公司", "安信花"),
    ("速享网络小额贷款有限公司", "速享贷"),
    ("恒裕银行信用卡中心", "恒裕信用卡"),
)
#: A collection agency: its name, hotline and office (business data).
CN_AGENCIES = (
    ("华催资产管理有限公司", "400-816-2233", "深圳市福田区金田路3038号国际商会大厦A座1806"),
    ("信和商务信息咨询有限公司", "400-900-5177", "成都市武侯区天府大道北段966号金融港B座12层"),
    ("中诚资产管理服务有限公司", "021-61735520", "上海市浦东新区世纪大道88号金茂大厦31楼"),
)
#: A law firm that sends a 律师函 (its own name, line and address: business data).
CN_FIRMS = (
    ("广东正衡律师事务所", "0755-83921100", "深圳市南山区科技园南路16号"),
    ("北京德铭律师事务所", "010-65886302", "北京市朝阳区东三环中路7号财富中心"),
)
CN_TITLES = ("催收函", "逾期还款提醒函", "律师函", "债务催告通知书")
#: Who the agency has called (ordinary relation words).
CN_RELATIONS = ("父亲", "母亲", "配偶", "哥哥", "姐姐", "同事", "朋友", "表弟")
CN_OUTCOMES = (
    "已接通,同意转告",
    "无人接听",
    "拒绝转告",
    "已接通,称不认识",
    "号码停机",
    "已短信告知",
)
#: The notice's prose; {name} the debtor, {date} the loan's date, {contract} its number,
#: {amount} the sum, {days} the days overdue, {due} the deadline.
CN_PROSE = (
    "{name}:您于{date}与{lender}签订借款合同(合同编号:{contract}),借款本金人民币{amount}元。"
    "截至本函发出之日,您已逾期{days}天,经我司多次提醒仍未还款。",
    "我司受{lender}委托,就{name}拖欠借款一事致函如下:您于{date}申请借款人民币{amount}元"
    "(合同编号:{contract}),现已逾期{days}天。",
)
CN_DEMAND = (
    "请您于{due}前将全部欠款归还至下列账户,逾期未还,我司将依法向人民法院提起诉讼,"
    "由此产生的诉讼费、律师费等一切费用均由您承担。",
    "请您于{due}前主动联系我司协商还款事宜,如仍置之不理,我司将上报征信系统并采取法律措施。",
)
CN_FOOTNOTE = "本函仅送达本人,如非本人请转告或致电我司。请勿相信任何私人账户。"

#: A collector's text messages: {star} the debtor starred, {full} the debtor in full,
#: {order} the app's order, {tail} the card's last four, {amount}, {days}, {due},
#: {kin} a contact called and {kphone} the contact's phone, {addr} the registered home,
#: {line} the agency's line.
CN_SMS = (
    "【{app}】{star}您好,您在{app}的借款(订单号{order})已逾期{days}天,应还金额{amount}元,"
    "请于{due}前还款至尾号{tail}的银行卡自动扣款,回T退订",
    "{full},你的借款已严重逾期,今天下午5点前不处理,我们将联系你的紧急联系人{kin}({kphone})"
    "核实情况,请勿自误。",
    "{full}先生/女士,系统显示您尾号{tail}的还款卡余额不足,扣款失败。如有困难请致电{line}申请分期。",
    "通知:若今日仍未处理,我司将安排外访人员前往您户籍地{addr}上门核实,请悉知。",
    "【{app}】订单{order}已进入委外催收阶段,详询{line}。",
)
CN_SMS_TIMES = (
    "昨天 09:12",
    "昨天 16:40",
    "今天 08:30",
    "今天 10:05",
    "星期二 14:22",
    "3月8日 11:00",
)

#: English letters: an original creditor and its product (ordinary), agency (business).
EN_CREDITORS = (
    ("Northwind Telecom Ltd", "mobile phone contract"),
    ("Brookline Credit Card Services", "credit card"),
    ("Harlow Energy", "gas and electricity account"),
    ("QuickPay Loans Ltd", "short-term loan"),
)
EN_AGENCIES = (
    ("Castlegate Recoveries Ltd", "0333 014 7720", ("PO Box 4127", "Leeds LS1 9XZ")),
    ("Meridian Debt Collection", "0161 496 0815", ("Unit 12, Pennine House", "Bolton BL1 4QR")),
)
EN_TITLES = ("NOTICE OF DEBT COLLECTION", "FINAL DEMAND", "Notice of Assignment")
EN_AGENTS = ("Sarah", "Daniel", "Priya", "Tom", "Megan", "Callum")
EN_BODY = (
    "We have been instructed by {creditor} to collect the outstanding balance on your "
    "{product}. Despite previous reminders, this balance remains unpaid.",
    "Your {product} with {creditor} has been passed to us for collection. You must now "
    "contact us to pay the balance in full or to agree an affordable payment plan.",
)
EN_CLOSE = (
    "If you are struggling with debt, free advice is available from debt charities. "
    "If you do not contact us within 14 days, our client may consider further action."
)

#: German letters: creditor (ordinary), agency (business: name, street, town, phone).
DE_CREDITORS = ("Versandhaus Lindner GmbH", "Stadtwerke Obernau", "FitLine Studios GmbH")
DE_AGENCIES = (
    ("Rhein-Inkasso GmbH", "Postfach 10 22 41", "50462 Köln", "0221 9456 300"),
    ("Allgäu Forderungsmanagement KG", "Bahnhofstraße 14", "87435 Kempten", "0831 5402 17"),
)
DE_FEES = (
    ("Hauptforderung", 60.0, 900.0),
    ("Verzugszinsen", 2.0, 40.0),
    ("Mahnkosten des Gläubigers", 2.5, 5.0),
    ("Inkassovergütung", 30.0, 80.0),
    ("Auslagen", 5.0, 15.0),
)
DE_BODY = (
    "leider haben Sie die unten aufgeführte Forderung unserer Mandantin {creditor} trotz "
    "Mahnung nicht beglichen. Wir wurden mit dem Einzug der Forderung beauftragt."
)
DE_DEMAND = (
    "Bitte überweisen Sie den Gesamtbetrag bis spätestens {due} auf das unten genannte "
    "Konto. Geben Sie dabei unbedingt das Aktenzeichen an."
)
