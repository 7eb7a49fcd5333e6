"""Word tables of the newspaper subscription family (:mod:`synth.layouts_subscribe`,
:mod:`synth.subscribe_latin`): papers and magazines with their 邮发代号 and prices, post
offices, delivery notes, the offers printed on an English reply card and a German
Bestellschein (all ordinary; names and codes invented or public catalogue entries).
"""

from __future__ import annotations

#: (报刊名称, 邮发代号, 月价 in yuan, 刊期)
CN_PAPERS = (
    ("人民日报", "1-1", 24.0, "日刊"),
    ("参考消息", "1-3", 15.0, "日刊"),
    ("中国老年报", "1-100", 9.0, "周三刊"),
    ("环球时报", "1-190", 20.0, "日刊"),
    ("钱江晚报", "31-12", 30.0, "日刊"),
    ("读者", "54-17", 12.0, "半月刊"),
    ("半月谈", "2-586", 6.0, "半月刊"),
    ("故事会", "4-212", 8.0, "半月刊"),
    ("中国少年报", "1-36", 6.5, "周刊"),
    ("家庭医生", "46-58", 10.0, "半月刊"),
    ("老年健康报", "21-126", 7.5, "周二刊"),
)
CN_OFFICES = (
    ("中国邮政集团有限公司杭州市拱墅区分公司", "拱宸桥邮政支局"),
    ("中国邮政集团有限公司南京市鼓楼区分公司", "湖南路邮政所"),
    ("中国邮政集团有限公司成都市武侯区分公司", "玉林邮政支局"),
)
CN_NOTES = (
    "放门卫",
    "投报箱",
    "放信报箱",
    "塞门缝",
    "交物业",
    "",
    "",
    "",
    "周末不投",
    "老人家,敲门",
)
#: A 单位 on the round: a school or office, its name ordinary, its address business data.
CN_UNITS = ("社区居委会", "第二小学", "老年活动中心", "街道办事处", "卫生服务站")

#: English magazines: (title, issue price, offer)
EN_MAGS = (
    ("THE WEEKEND GARDENER", "£5.99", "13 issues for just £19.99 - save 74%"),
    ("BIRDWATCH MONTHLY", "£5.50", "6 issues for £6 then £21 every 6 months"),
    ("COASTAL KITCHEN", "£4.99", "12 issues for £29.99 and a free apron"),
    ("RAILWAY MODELLER TODAY", "£6.25", "Save 35% - 12 issues for £48.75"),
)
COVER_LINES = (
    "Plant now for summer colour",
    "10 walks for wildlife",
    "Our best-ever bakes",
    "Readers' photos",
    "Build a garden pond",
    "Heritage lines to ride",
)
EN_DELIVER = ("Leave in porch", "Through letterbox", "Leave with No. 14", "")
DE_PAPERS = (
    ("Oberland-Kurier", "45,90 €", "Tageszeitung"),
    ("Der Landbote am Sonntag", "12,50 €", "Sonntagszeitung"),
    ("Natur & Garten", "6,80 €", "Monatsmagazin"),
)
DE_TERMS = (
    "Ja, ich möchte die Zeitung für mindestens 12 Monate zum monatlichen Bezugspreis von "
    "{price} beziehen. Danach kann ich jederzeit mit einer Frist von einem Monat kündigen."
)
DE_SEPA = (
    "Ich ermächtige den Verlag, Zahlungen von meinem Konto mittels "
    "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die Lastschriften "
    "einzulösen."
)
DE_DELIVER = ("Zustellung ab sofort", "Zustellung durch Boten", "Postversand")
