"""Words for :mod:`synth.layouts_mediation` (community mediation of disputes).

Disputes are templates cut at their fields by
:func:`synth.formkit_fill.template_spans`: ``{a}`` the applicant, ``{b}`` the respondent,
``{c}`` a third person (a child, a neighbour), ``{d}`` a date, ``{m}`` a sum; the
committees and services are invented (business data when their address and line are
printed).
"""

from __future__ import annotations

#: (committee name prefix, its address, its line): business data at the foot.
CN_COMMITTEES = (
    ("南苑街道", "南苑街道办事处一楼调解室(南苑路18号)", "0571-8655 0132"),
    ("东湖社区", "东湖社区党群服务中心二楼(东湖路266号)", "027-8766 0241"),
    ("桂花社区", "桂花社区居委会(桂花巷9号)", "0755-2633 0457"),
    ("新华街道", "新华街道综治中心(新华路101号)", "010-6823 0518"),
    ("滨江社区", "滨江社区服务站(滨江大道55号)", "021-5877 0369"),
)
NATIONS = ("汉", "汉", "汉", "汉", "回", "满", "壮", "土家")
#: (kind of dispute, facts, clauses): {a}, {b}, {c}, {d}, {m} cut out.
CN_DISPUTES = (
    (
        "相邻关系纠纷",
        "申请人{a}与被申请人{b}系上下楼邻居。{d},被申请人{b}家卫生间防水层老化漏水,致申请人"
        "家厨房吊顶及墙面受损,双方多次协商未果,申请人于次日向本委员会申请调解。",
        (
            "被申请人{b}于协议签订之日起十日内一次性赔偿申请人{a}维修费用人民币{m}元;",
            "被申请人负责于十五日内请专业人员重做卫生间防水,费用自理;",
        ),
    ),
    (
        "人身损害赔偿纠纷",
        "{d}傍晚,申请人{a}之子{c}在小区花园玩耍时,被被申请人{b}饲养的犬只咬伤左小腿,"
        "经医院处置共花费医疗费若干。双方就赔偿数额发生争议。",
        (
            "被申请人{b}一次性赔偿申请人{a}医疗费、交通费、误工费共计人民币{m}元;",
            "被申请人今后外出遛狗须牵绳并办理犬只登记;",
        ),
    ),
    (
        "邻里纠纷",
        "申请人{a}反映,被申请人{b}自{d}起在楼道内长期堆放杂物,并占用消防通道停放电动车,"
        "邻居{c}亦曾多次劝说,双方因此发生口角。",
        (
            "被申请人{b}于三日内清理楼道内堆放的杂物,不再占用消防通道;",
            "双方互相谅解,今后和睦相处,如有问题通过社区协商解决;",
        ),
    ),
    (
        "民间借贷纠纷",
        "被申请人{b}于{d}向申请人{a}借款人民币{m}元,约定半年内归还,到期后经申请人多次"
        "催要未还,由介绍人{c}陪同申请人前来申请调解。",
        (
            "被申请人{b}分两期向申请人{a}归还借款人民币{m}元,首期于本月底前支付;",
            "申请人放弃主张利息;",
        ),
    ),
)
CN_PAY = ("现金当面支付", "银行转账", "微信转账", "由调解委员会见证当场支付")
CN_CLOSING = (
    "本协议履行完毕后,双方就此纠纷再无其他争议。",
    "本协议一式三份,双方当事人各执一份,人民调解委员会留存一份,自各方签字之日起生效。",
)
#: The 请求事项 of an application, one for each of CN_DISPUTES in its order.
CN_APPLY_ASKS = (
    "请求调解委员会主持调解,要求被申请人赔偿维修费用人民币{m}元并修复防水。",
    "请求调解委员会主持调解,要求被申请人赔偿医疗费等损失人民币{m}元。",
    "请求调解委员会依法调解,要求被申请人清理楼道杂物、停止占用消防通道。",
    "请求调解委员会组织双方调解,要求被申请人归还借款人民币{m}元。",
)
EN_SERVICES = (
    (
        "Northbridge Community Mediation",
        "Unit 4, Civic Centre, Northbridge NB1 2AA",
        "01632 960 418",
    ),
    ("Riverside Neighbour Mediation Service", "12 Mill Street, Ashcombe AC1 3QR", "01632 960 772"),
)
#: (issue, what each side agrees, as sentences naming the parties {a} and {b}).
EN_ISSUES = (
    (
        "noise from music and a barking dog late at night",
        (
            "{b} agrees to keep music low after 10pm on weekdays and 11pm at weekends.",
            "{b} agrees to keep the dog indoors overnight and to see a trainer.",
            "{a} agrees to text {b} on {p} rather than bang on the ceiling.",
        ),
    ),
    (
        "the shared hedge and bins left on the path",
        (
            "{a} and {b} agree to split the cost of trimming the hedge twice a year.",
            "{b} agrees to bring the bins in by the evening of collection day.",
            "{a} will contact {b} by e-mail first if anything else comes up.",
        ),
    ),
    (
        "parking across the driveway",
        (
            "{b} agrees not to park across the driveway of {a}.",
            "{a} agrees to let {b} know on {p} when a delivery is expected.",
            "Both agree to meet again with the mediators in six weeks if needed.",
        ),
    ),
)
EN_TERMS = (
    "This agreement is made in good faith. It is not legally binding. The mediators will "
    "keep a copy for six months and then destroy it."
)
DE_OFFICES = (
    ("Schiedsamt Kleinfurt", "Rathausplatz 2, 12345 Kleinfurt", "0301 555 0147"),
    ("Schiedsamt Obernau-Mitte", "Marktstraße 9, 23456 Obernau", "0401 555 0263"),
)
DE_CLAUSES = (
    (
        "Lärmbelästigung und Beleidigung im Treppenhaus",
        (
            "{b} verpflichtet sich, die Nachtruhe von 22 bis 6 Uhr einzuhalten.",
            "{b} nimmt die Äußerungen vom {d} mit Bedauern zurück.",
            "{b} zahlt an {a} einen Betrag von {m} € bis zum Monatsende.",
        ),
    ),
    (
        "Überhängende Äste und Laub",
        (
            "{b} schneidet die überhängenden Äste bis zum {d} auf eigene Kosten zurück.",
            "{a} gestattet dazu das Betreten des Grundstücks nach Absprache.",
            "Die Kosten des Verfahrens tragen die Parteien je zur Hälfte.",
        ),
    ),
)
DE_FORMULA = "Vorgelesen, genehmigt und unterschrieben."
