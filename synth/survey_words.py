"""Words for :mod:`synth.layouts_survey` (customer satisfaction surveys and call-backs).

Comments are templates cut at their fields by :func:`synth.formkit_fill.template_spans`:
``{s}`` a staff member's surname after 小 / 老 (the surname alone is the name), ``{f}`` a
full name, ``{p}`` a phone, ``{w}`` a first name; the shops, dealers, clinics, hotels
and restaurants are invented (business data when their address and line are printed).
"""

from __future__ import annotations

#: (shop, its address, its hotline): business data at the foot of the questionnaire.
CN_SHOPS = (
    ("惠邻购物广场(滨江店)", "滨江大道288号惠邻购物广场一楼服务台", "400-820-6611"),
    ("鲜丰生活超市(文一路店)", "文一路156号鲜丰生活超市", "0571-8877 6120"),
    ("悦享餐饮·老灶台(万达店)", "万达广场3楼3018号", "027-8622 3141"),
    ("百佳惠连锁药房(和平店)", "和平路72号百佳惠药房", "0755-2588 4402"),
)
CN_QUESTIONS = (
    "商品种类是否齐全",
    "商品价格是否合理",
    "商品陈列是否整洁、标价是否清楚",
    "营业员服务态度",
    "收银速度",
    "卖场环境卫生",
    "促销活动信息是否清楚",
    "退换货处理是否及时",
    "停车是否方便",
    "总体满意度",
)
CN_SCALE = ("非常满意", "满意", "一般", "不满意", "非常不满意")
#: Comments written in by hand; the staff member named by surname or full name.
CN_COMMENTS = (
    "收银员小{s}态度很好,就是周末排队时间太长,建议多开几个收银台。",
    "导购员{f}介绍很耐心,给个好评!希望生鲜区早上多补货。",
    "上次买的牛奶过期了,退货时{f}经理处理得很快,谢谢。",
    "停车位太少,希望改进。有会员活动请短信通知我{p}。",
    "服务台的老{s}很热情,帮我查了积分。熟食区可以再便宜点。",
    "总体不错。希望增加自助收银,电话{p}可以回访。",
)
CN_FEEDBACK_WAYS = ("微信公众号", "门店海报", "朋友介绍", "短信")

#: (dealer or clinic, its address, its line, the column it lists, its column's kind).
CN_CALLBACK_FIRMS = (
    ("杭州瑞通汽车销售服务有限公司", "余杭区临平大道1088号", "0571-8613 5500", "车牌号"),
    ("武汉东风悦达4S店", "汉阳区龙阳大道99号", "027-8468 0099", "车牌号"),
    ("贝齿口腔门诊部", "南山区南海大道3021号2楼", "0755-8616 3372", "就诊项目"),
    ("仁和医疗美容诊所", "朝阳区建国路89号华贸中心B座5层", "010-6530 8827", "就诊项目"),
)
CN_TREATMENTS = ("洗牙", "补牙", "根管治疗", "种植牙复诊", "正畸调整", "拔智齿", "光子嫩肤")
CN_CALLBACK_KINDS = ("首保回访", "维修回访", "新车交付回访", "保养回访")
#: A customer's view, as the call-back clerk types it; {f} a staff member.
CN_CALLBACK_VIEWS = (
    "满意,无意见",
    "对服务顾问{f}的接待满意",
    "等待时间较长,希望改进",
    "费用解释清楚,满意",
    "电话未接通,次日再访",
    "术后无不适,按时复诊",
    "反映{f}医生讲解细致",
    "客户要求开具发票,已转财务",
)

EN_VENUES = (
    ("The Olive Tree Bistro", "14 Market Square, Ashcombe AC1 2PL", "01632 960 251", False),
    ("Harbour View Hotel", "2 Quay Street, Portlow PL9 4DD", "01632 960 830", True),
    ("The Red Lion", "61 High Street, Kettlebury KB3 7TT", "01632 960 574", False),
    ("Parkside Lodge Hotel", "Park Road, Elmsford EF4 1QA", "01632 960 117", True),
)
EN_ASPECTS = ("Food & drink", "Service", "Cleanliness", "Atmosphere", "Value for money")
EN_HOTEL_ASPECTS = ("Check-in", "Your room", "Breakfast", "Staff", "Value for money")
#: Comments by hand naming the waiter or receptionist by first name {w}.
EN_COMMENTS = (
    "{w} who served us was lovely - thank you!",
    "Lovely evening. Please pass our thanks to {w}.",
    "Food was a bit cold but {w} sorted it quickly.",
    "{w} on reception was so helpful with our late check-in.",
    "Great breakfast. Shower in the room was weak.",
)

IT_SHOPS = (
    ("Ottica Bellavista", "www.otticabellavista.it/sondaggio", "Via Zamboni 12, Bologna"),
    ("Casa&Gusto Supermercati", "sondaggi.casaegusto.it/q/2026", "Viale Europa 40, Verona"),
)
IT_QUESTIONS = (
    "Quanto è soddisfatto/a del nostro negozio nel complesso?",
    "Il personale è stato cortese e disponibile?",
    "Ha trovato facilmente ciò che cercava?",
    "Come valuta il rapporto qualità/prezzo?",
    "I tempi di attesa alla cassa sono stati accettabili?",
    "Consiglierebbe il nostro negozio a un amico?",
    "Con quale frequenza visita il negozio?",
)
IT_SCALE = ("Per niente", "Poco", "Abbastanza", "Molto", "Moltissimo")
IT_AGES = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")
IT_COMMENTS = (
    "La commessa {w} è stata gentilissima, mi ha aiutato a scegliere.",
    "Troppa attesa alla cassa il sabato mattina.",
    "Ringrazio {w} per la pazienza. Prezzi un po' alti.",
)
