"""Words and tables for :mod:`synth.layouts_prison`: prisons and detention centres (made
up; their addresses and lines are business data), wards, relations, visit kinds and
slots, the visiting rules, and the English and Spanish forms' establishments.
"""

from __future__ import annotations

#: A prison or detention centre, its postal address and postcode (the institution's).
CN_PRISONS = (
    ("浙江省第六监狱", "浙江省湖州市吴兴区龙溪北路300号", "313000"),
    ("四川省锦江监狱", "四川省成都市双流区东升街道监狱路8号", "610200"),
    ("广东省北江监狱", "广东省韶关市武江区西联镇", "512026"),
    ("深圳市第二看守所", "深圳市龙岗区布吉街道看守所路1号", "518112"),
)
CN_WARDS = ("一监区", "三监区", "五监区", "七监区", "九监区", "二分监区", "女子监区")
CN_RELATIONS = ("父亲", "母亲", "配偶", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹")
CN_KINDS = ("亲情会见", "远程视频会见", "亲情电话")
CN_SLOTS = ("09:00-09:30", "09:40-10:10", "14:00-14:30", "14:40-15:10", "15:20-15:50")
CN_RULES = (
    "1.会见人须持本人有效身份证件及亲属关系证明,每次会见不超过三人;",
    "2.会见时须使用普通话,不得谈论案情及有碍改造的内容;",
    "3.严禁携带手机、现金、香烟等违禁物品进入会见室;",
    "4.会见时间一般不超过30分钟,服从民警管理。",
)
CN_APP_NOTES = (
    "请于预约时段前15分钟登录,保持网络通畅。",
    "视频会见全程录音录像,请文明通话。",
    "如需取消,请提前一天操作,连续两次失约将暂停预约资格。",
)

#: English establishments (ordinary) and the booking line (business data).
EN_PRISONS = ("HMP Kestrelford", "HMP Harbury", "HMP & YOI Northgate")
EN_LINE = "0300 060 6508"
EN_NOTES = (
    "All adult visitors must bring valid photo ID. Please arrive 45 minutes before your visit.",
    "Visitors may be searched. Do not bring mobile phones or bags into the visits hall.",
    "To cancel, contact the booking line at least 24 hours before the visit.",
)

#: Spanish centres (ordinary) and their module kinds.
ES_CENTROS = (
    "Centro Penitenciario Villaverde II",
    "Centro Penitenciario de Torrealta",
    "C.P. Puebla Nueva",
)
ES_MODULOS = ("Módulo 3", "Módulo 7", "Módulo 10 (mujeres)", "Módulo de respeto 5")
ES_PARENTESCO = ("Madre", "Padre", "Cónyuge", "Pareja", "Hermana", "Hermano", "Hijo", "Hija")
ES_KINDS = ("familiar", "íntima", "de convivencia")
ES_NOTE = (
    "Los comunicantes deberán acreditar el parentesco con el Libro de Familia o certificado "
    "de convivencia. La comunicación se celebrará en los locales habilitados del centro."
)
