"""Words and tables for :mod:`synth.layouts_criminal` and :mod:`synth.criminal_latin`:
police stations (made up; their address and line are business data), the purposes a
record check is asked for, relations of a proxy, and the English and Spanish
certificates' wording.
"""

from __future__ import annotations

#: A station: its name, address and duty line (business data; the name is ordinary).
CN_STATIONS = (
    ("深圳市公安局南山分局粤海派出所", "深圳市南山区科苑路88号", "0755-26553110"),
    ("杭州市公安局西湖分局文新派出所", "杭州市西湖区文二西路16号", "0571-87962110"),
    ("成都市公安局武侯分局玉林派出所", "成都市武侯区玉林北路22号", "028-85563110"),
    ("武汉市公安局洪山分局关山派出所", "武汉市洪山区关山大道201号", "027-87654110"),
    ("上海市公安局浦东分局张江派出所", "上海市浦东新区张衡路1001号", "021-50801110"),
)
CN_PURPOSES = ("入职", "出国(境)", "入学", "落户", "签证申请", "资格考试报名", "驾驶员从业资格")
CN_RELATIONS = ("父亲", "母亲", "配偶", "儿子", "女儿", "哥哥", "姐姐", "朋友")
CN_VALIDITY = ("三个月", "六个月", "30日")
CN_NOTE = "注:本证明仅证明被查询人在本辖区内的违法犯罪记录情况,不证明其在其他地区的情况。涂改无效。"
CN_PLEDGE = (
    "本人承诺所提交的材料真实有效,如有虚假,愿承担相应法律责任。"
    "委托他人代办的,委托人与代理人均应签名并提交身份证件复印件。"
)

#: English checks: issuing service (business line), positions and employers (ordinary).
EN_ISSUERS = (
    ("Criminal Records Service", "PO Box 7104, Halcombe HC4 9XJ", "0300 555 0192"),
    ("Police Records Unit", "PO Box 481, Marsden MD14 9FS", "01632 960 744"),
)
EN_POSITIONS = (
    ("Teaching Assistant", "Hillcrest Primary School"),
    ("Care Worker", "Meadowbank Care Home"),
    ("Delivery Driver", "Swiftline Logistics Ltd"),
    ("Volunteer Coach", "Riverside Juniors FC"),
    ("Security Officer", "Northgate Shopping Centre"),
)
EN_TEXT = (
    "This certificate contains details of convictions and conditional cautions held on "
    "police records that are unspent under the Rehabilitation of Offenders Act 1974."
)
EN_BIRTHPLACES = ("Leeds", "Cardiff", "Glasgow", "Bristol", "Lagos", "Karachi", "Belfast", "York")

#: Spanish certificates (the ministry's office and place words are ordinary).
ES_TOWNS = ("Madrid", "Valencia", "Sevilla", "Zaragoza", "Villaverde", "Torrealta", "Bilbao")
ES_FATHERS = ("José", "Antonio", "Manuel", "Francisco", "Juan", "Luis", "Pedro")
ES_MOTHERS = ("María", "Carmen", "Ana", "Isabel", "Pilar", "Dolores", "Rosa")
ES_PURPOSES = (
    "trabajo con menores",
    "solicitud de visado",
    "oposiciones",
    "obtención de licencia de armas",
)
ES_TEXT = (
    "De conformidad con lo establecido en el Real Decreto 95/2009, por el que se regula "
    "el Sistema de registros administrativos de apoyo a la Administración de Justicia, "
    "se expide el presente certificado."
)
