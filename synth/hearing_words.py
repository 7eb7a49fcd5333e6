"""Word tables of the hearing-aid family (:mod:`synth.layouts_hearing`): fitting centres,
makers and models, complaints, degrees of loss, ear pieces, programmes, warranty terms,
NHS trusts, practices and German shops and funds. All ordinary (the centres, trusts and
shops are invented; makers and models are products, not people)."""

from __future__ import annotations

#: (centre, its booking line)
CN_CENTRES = (
    ("声悦助听器验配中心", "400-820-6631"),
    ("惠耳听力(中山路店)", "0571-8702 3356"),
    ("市第一人民医院耳鼻咽喉科听力中心", "025-8330 1172"),
    ("聆声听力康复中心", "020-3866 4190"),
    ("爱听助听器专卖店", "028-8612 5547"),
)
#: (Chinese maker, Latin maker, models)
BRANDS = (
    ("峰力", "Phonak", ("Audéo L70-R", "Audéo L90-R", "Naída L50-UP", "Virto P70")),
    ("奥迪康", "Oticon", ("More 1", "Intent 2", "Own 3 ITC", "Xceed 1 BTE")),
    ("西嘉", "Signia", ("Pure C&G 7AX", "Styletto 5AX", "Motion 3X")),
    ("唯听", "Widex", ("Moment 440", "Moment 330 RIC", "SmartRIC 220")),
    ("瑞声达", "ReSound", ("OMNIA 9", "ONE 7 RIE", "Key 4 BTE")),
    ("斯达克", "Starkey", ("Genesis AI 24", "Evolv AI 20 RIC")),
)
CN_COMPLAINTS = (
    "双耳听力下降5年,伴耳鸣",
    "看电视需开大音量,嘈杂环境听不清",
    "右耳听力下降2年,家人反映交流困难",
    "老年性耳聋,要求验配助听器",
    "双耳渐进性听力下降,伴高调耳鸣",
)
CN_DEGREES = ("轻度", "中度", "中重度", "重度")
CN_DOMES = ("开放耳塞", "闭合耳塞", "定制耳模", "郁金香耳塞")
CN_POWER = ("充电", "312电池", "13电池", "10电池")
CN_PROGRAMS = ("P1 通用  P2 嘈杂环境  P3 音乐", "P1 自动  P2 电话", "P1 安静  P2 餐厅  P3 户外")
CN_RELATIONS = ("女儿", "儿子", "配偶", "儿媳", "孙女", "本人")
CN_WARRANTY = (
    "1. 自购买之日起,机身保修两年,耳塞、电池等易耗品不在保修范围。",
    "2. 人为损坏、进水、私自拆修、丢失不予保修。",
    "3. 保修时请出示本卡及购机发票,序列号须与机身一致。",
)

EN_TRUSTS = (
    "Kestrelford Hospitals NHS Foundation Trust",
    "Wendle Valley NHS Trust",
    "North Avoncliff Community Health Services",
)
EN_PRACTICES = (
    "Riverside Medical Centre",
    "Millbrook Surgery",
    "The Green Lane Practice",
    "Abbey Road Health Centre",
)
EN_DOMES = ("Open dome", "Closed dome", "Power dome", "Custom mould", "Slim tube 0")
EN_GIVEN = (
    "User guide and care leaflet",
    "Spare domes and wax guards",
    "Batteries (6 months)",
    "Charger",
    "Tinnitus information",
)
EN_NOTE = (
    "Patient counselled on insertion, cleaning and battery change. Review appointment in 6-8 "
    "weeks. Lost or damaged aids may incur a charge."
)

#: (shop, its address)
DE_SHOPS = (
    ("Hörakustik Brandt", "Marktplatz 4, 37073 Kleinfurt"),
    ("Hörstudio am Markt", "Bahnhofstraße 18, 83022 Obernau"),
    ("Gutes Hören Vogt GmbH", "Lindenstraße 7, 24103 Seehausen"),
)
DE_KASSEN = ("AOK Nordwest", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic")
DE_DOMES = ("offener Dome", "geschlossener Dome", "Otoplastik", "Schirmchen")
DE_NOTE = (
    "Die vergleichende Anpassung wurde mit mindestens drei Geräten durchgeführt; ein "
    "eigenanteilsfreies Gerät wurde angeboten."
)
