"""Word tables of the dive logbook family (:mod:`synth.layouts_dive`): dive sites (a site names no one: ordinary), dive centres and a
training agency with their addresses and lines (invented; business data), levels, the
health questions a club asks, and a logbook page's labels in Chinese-English, French and
Spanish.
"""

from __future__ import annotations

#: (site, place) pairs a Chinese diver logs: home waters and the usual trips abroad.
CN_SITES = (
    ("蜈支洲岛 东码头", "海南三亚"),
    ("分界洲岛 珊瑚园", "海南陵水"),
    ("涠洲岛 滴水丹屏", "广西北海"),
    ("千岛湖 水下古城", "浙江淳安"),
    ("Tulamben 自由号沉船", "印尼巴厘岛"),
    ("Mabul 海龟湾", "马来西亚仙本那"),
    ("Coral Garden", "菲律宾薄荷岛"),
    ("Richelieu Rock", "泰国斯米兰"),
)
LATIN_SITES = (
    ("Les Impériaux de Riou", "Marseille, France"),
    ("Sec de la Fourmigue", "Golfe-Juan, France"),
    ("Cala Montgó", "L'Escala, España"),
    ("El Bajón", "La Restinga, El Hierro"),
    ("Islas Medas - Carall Bernat", "Girona, España"),
    ("Épave du Donator", "Porquerolles, France"),
)
#: (centre, address, line) — the shop's stamp on a logbook page.
CN_CENTRES = (
    ("三亚蓝鳍潜水俱乐部", "三亚市吉阳区榆亚路 88 号", "0898-88216650"),
    ("北海涠洲珊瑚潜水中心", "北海市涠洲岛南湾街 17 号", "0779-6018833"),
    ("杭州深蓝潜水俱乐部", "杭州市西湖区文三路 259 号 2 楼", "0571-87753120"),
)
LATIN_CENTRES = (
    ("Club de Plongée Calanques", "12 quai de Rive-Neuve, 13007 Marseille", "04 91 33 52 18"),
    ("Centre Subaquatique d'Antibes", "3 bd de la Garoupe, 06160 Antibes", "04 93 61 45 90"),
    ("Centro de Buceo Medas", "Passeig del Port 23, 17258 L'Estartit", "972 75 14 82"),
    ("Buceo La Restinga", "Av. Marítima 6, 38915 La Restinga", "922 55 70 31"),
)
#: The invented agency printed on the certification card, its office on the back.
AGENCY = ("AQUANAUT DIVER ALLIANCE", "ADA", "Unit 4, 27 Harbour Road, Poole BH15 1HJ, UK")
AGENCY_LINE = "+44 1202 900 417"
LEVELS = (
    ("OPEN WATER DIVER", "开放水域潜水员"),
    ("ADVANCED OPEN WATER DIVER", "进阶开放水域潜水员"),
    ("RESCUE DIVER", "救援潜水员"),
    ("NITROX DIVER", "高氧潜水员"),
)
CN_LEVELS = ("开放水域 OW", "进阶开放水域 AOW", "救援潜水员", "潜水长 DM", "暂无(体验潜水)")
CN_RELATIONS = ("配偶", "父亲", "母亲", "朋友", "同事", "姐姐", "哥哥")
CN_HEALTH = (
    "是否患有哮喘或其他呼吸系统疾病?",
    "是否患有心脏病、高血压?",
    "近期是否有感冒、鼻窦炎或耳部疾病?",
    "是否曾患癫痫、晕厥?",
    "是否怀孕或可能怀孕?",
    "24小时内是否饮酒或服用药物?",
)
CN_WAIVER = (
    "本人已如实填写上述健康情况,了解水肺潜水存在减压病、溺水等风险,自愿参加本俱乐部"
    "组织的潜水活动,并遵守教练及潜导的安全指示。因本人隐瞒病史或违反安全规定造成的"
    "一切后果由本人自行承担。"
)
CN_NOTES = (
    "看到两只海龟,流很小",
    "小丑鱼、狮子鱼,能见度一般",
    "夜潜,手电要备用",
    "沉船外围,流较急",
    "练习中性浮力,耳压平衡OK",
)
LATIN_NOTES = {
    "fr": (
        "Mérous et murènes, peu de courant",
        "Baptême de nuit, très belle plongée",
        "Épave, visi moyenne",
    ),
    "es": (
        "Meros y morenas, sin corriente",
        "Inmersión nocturna, pulpo",
        "Pecio, visibilidad regular",
    ),
}

#: A logbook page's labels: title, no., date, site, place, time in, time out, max depth,
#: bottom time, visibility, water temp., weights, bar in, bar out, buddy, buddy's card
#: no., instructor, instructor no., notes, centre stamp, shore, boat.
LOG_LABELS = {
    "cn": (
        "潜水日志 DIVE LOG",
        "潜水编号 No.",
        "日期 Date",
        "潜点 Site",
        "地点 Location",
        "入水时间",
        "出水时间",
        "最大深度 Max",
        "水底时间 BT",
        "能见度 Vis",
        "水温 Temp",
        "配重 Weight",
        "开始气压 bar",
        "结束气压 bar",
        "潜伴 Buddy",
        "潜伴证号 Cert. No.",
        "教练/潜导签名",
        "教练编号 Instr. No.",
        "备注 Notes",
        "潜水中心盖章 Dive Centre Stamp",
        "岸潜",
        "船潜",
    ),
    "fr": (
        "CARNET DE PLONGÉE",
        "Plongée n°",
        "Date",
        "Site",
        "Lieu",
        "Heure d'immersion",
        "Heure de sortie",
        "Prof. max.",
        "Durée",
        "Visibilité",
        "Temp. eau",
        "Lestage",
        "Pression début",
        "Pression fin",
        "Binôme",
        "N° de brevet",
        "Moniteur / Directeur de plongée",
        "N° de moniteur",
        "Observations",
        "Cachet du club",
        "Du bord",
        "Bateau",
    ),
    "es": (
        "LIBRO DE INMERSIONES",
        "Inmersión n.º",
        "Fecha",
        "Punto de buceo",
        "Lugar",
        "Hora de entrada",
        "Hora de salida",
        "Prof. máx.",
        "Tiempo de fondo",
        "Visibilidad",
        "Temp. agua",
        "Lastre",
        "Presión inicial",
        "Presión final",
        "Compañero",
        "N.º de titulación",
        "Instructor / Guía",
        "N.º de instructor",
        "Observaciones",
        "Sello del centro",
        "Desde costa",
        "Barco",
    ),
}
