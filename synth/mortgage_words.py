"""Word tables of the mortgage application family (:mod:`synth.layouts_mortgage`,
:mod:`synth.mortgage_latin`): banks and branches with their addresses and hotlines,
employers, repayment methods, lenders and solicitors in English and Spanish. The banks,
branches and firms are invented; their addresses and phones are business data.
"""

from __future__ import annotations

#: (bank, branch, the branch's address, the bank's hotline)
CN_BRANCHES = (
    ("华信银行", "杭州西湖支行", "杭州市西湖区文三路 388 号", "95577"),
    ("兴商银行", "南京鼓楼支行", "南京市鼓楼区中山北路 105 号", "95561"),
    ("长江银行", "武汉江汉支行", "武汉市江汉区建设大道 568 号", "95592"),
    ("天府银行", "成都高新支行", "成都市高新区天府大道中段 666 号", "96836"),
    ("南粤银行", "深圳南山支行", "深圳市南山区科技园南路 18 号", "95508"),
)
CN_EMPLOYERS = (
    "浙江海润科技有限公司",
    "市第二人民医院",
    "南京地铁运营有限公司",
    "武汉光谷设计院",
    "成都实验外国语学校",
    "个体工商户",
    "深圳迅达物流有限公司",
    "市税务局",
)
CN_MARITAL = ("已婚", "已婚", "未婚", "离异")
CN_REPAY = ("等额本息", "等额本金", "按月付息到期还本")
CN_CO_RELATIONS = ("配偶", "配偶", "父亲", "母亲")
CN_KINDS = ("一手房", "二手房")
CN_DEVELOPERS = ("绿城置业有限公司", "万科地产有限公司", "华润置地有限公司", "保利发展控股")
CN_COND = (
    "借款人须在放款前办妥抵押登记手续并购买房屋财产保险。",
    "本通知书有效期三十日,逾期未签订借款合同的,审批结果自动失效。",
    "贷款发放前如借款人征信或收入情况发生重大变化,我行有权调整或终止本次审批。",
)

# ------------------------------------------------------------------ English
EN_LENDERS = (
    (
        "Northgate Building Society",
        "Northgate House, 1 Bridge Street, Kestrelford KF1 1NB",
        "0345 600 1122",
    ),
    ("Harbourside Bank plc", "PO Box 412, Westmouth WM9 2HB", "0330 123 4500"),
    ("Pennine Mutual", "Mutual House, 5 Station Road, Lowbridge LB1 3PM", "0800 980 2211"),
)
#: (solicitors, address, phone)
EN_SOLICITORS = (
    ("Harrow & Finch LLP", "22 Market Street, Kestrelford KF1 2AB", "01632 960 412"),
    ("Brook Conveyancing Ltd", "Unit 3, Tanner Yard, Lowbridge LB2 6TY", "01632 960 575"),
    ("Oakley Lane Solicitors", "7 Church Walk, Easthaven EH1 4QS", "01632 960 990"),
)
EN_JOBS = (
    ("Staff nurse", "Kestrelford NHS Trust"),
    ("Software developer", "Brightwave Systems Ltd"),
    ("Teacher", "Lowbridge Academy"),
    ("Electrician", "Self-employed"),
    ("Accounts manager", "Harbour Logistics plc"),
    ("Civil servant", "HM Revenue & Customs"),
)
EN_MARITAL = ("Married", "Single", "Civil partnership", "Cohabiting", "Divorced")
EN_MEN = ("Daniel", "Mark", "Stephen", "Paul", "Andrew", "Craig", "Gareth", "Lee", "Tom")
EN_WOMEN = ("Claire", "Emma", "Sarah", "Rachel", "Joanne", "Kirsty", "Laura", "Nicola")
EN_STATUS = ("Owner", "Tenant", "Living with parents")
#: (a child's first name, the relationship a form writes beside it)
EN_KIDS = (
    ("Oliver", "Son"),
    ("Amelia", "Daughter"),
    ("Harry", "Son"),
    ("Isla", "Daughter"),
    ("Jack", "Son"),
    ("Poppy", "Daughter"),
    ("Noah", "Son"),
    ("Freya", "Daughter"),
)

# ------------------------------------------------------------------ Spanish
#: (entidad, oficina's address)
ES_BANKS = (
    ("Banco Meridional", "Oficina 0412 · Gran Vía, 28, 28013 Madrid"),
    ("Caja Levante", "Oficina 2210 · Calle Colón, 5, 46004 Valencia"),
    ("Banco del Ebro", "Oficina 0087 · Paseo Independencia, 19, 50001 Zaragoza"),
)
ES_CIVIL = ("Casado/a", "Soltero/a", "Pareja de hecho", "Divorciado/a")
ES_JOBS = (
    "Administrativo/a",
    "Enfermero/a",
    "Profesor/a",
    "Autónomo/a",
    "Ingeniero/a",
    "Comercial",
)
ES_CONTRACT = ("Indefinido", "Temporal", "Funcionario", "Autónomo")
