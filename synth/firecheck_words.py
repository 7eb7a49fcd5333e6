"""Words for :mod:`synth.layouts_firecheck` (fire safety inspections).

Findings are templates cut at their fields by :func:`synth.formkit_fill.template_spans`:
``{f}`` a resident or shopkeeper by full name, ``{s}`` a surname after 住户 / Mr / Herr,
``{r}`` a resident's room (``door``), ``{d}`` a date. Premises, brigades and maintenance
firms are invented; a firm's or brigade's address and line are business data.
"""

from __future__ import annotations

#: (premises, kind of premises): the 单位名称 printed on the record, ordinary.
CN_PREMISES = (
    ("幸福里小区物业服务中心", "住宅"),
    ("金桂苑小区3号楼", "住宅"),
    ("鑫达五金建材店", "商铺"),
    ("好邻居便利店(丰收路店)", "商铺"),
    ("宏远服装加工厂", "厂房"),
    ("永兴塑料制品有限公司", "厂房"),
)
CN_ITEMS = (
    "消防车通道是否畅通",
    "疏散通道、安全出口是否畅通",
    "应急照明、疏散指示标志是否完好",
    "灭火器配置是否齐全、压力是否正常",
    "室内消火栓是否完好、有无遮挡",
    "电气线路是否私拉乱接",
    "电动自行车是否在楼道、室内停放充电",
    "是否有易燃易爆物品违规存放",
    "消防安全责任制是否落实",
    "员工是否会使用灭火器",
    "防火门是否常闭、闭门器是否完好",
)
#: Problems found in a residential building, in prose; {r} the room, {f} / {s} the resident.
CN_HOME_PROBLEMS = (
    "{r}住户{f}在楼道堆放纸箱等杂物,堵塞疏散通道。",
    "{r}住户在家中为电动自行车充电,飞线从窗口拉出,已当场劝离,住户{s}先生签字确认。",
    "{r}住户{f}将电动车停放于楼梯间,经劝导已推出。",
    "{r}门口防火门闭门器损坏,住户{s}女士称已报物业。",
)
#: Problems found in a shop or factory; {f} the person in charge.
CN_SHOP_PROBLEMS = (
    "一楼东侧安全出口被货物堵塞,2具灭火器压力不足。",
    "仓库内电线私拉乱接,未穿管保护;{f}(负责人)表示立即整改。",
    "应急照明灯3处不亮,疏散指示标志缺失。",
    "店内阁楼住人,员工{f}在阁楼使用电暖器。",
)
CN_FIXES = (
    "立即清理楼道杂物,保持疏散通道畅通。",
    "更换失效灭火器,维修应急照明灯。",
    "严禁电动自行车入户充电,规范电气线路敷设。",
    "加强员工消防培训,落实每日防火巡查。",
)
CN_BRIGADES = (
    ("滨江区消防救援大队", "滨江区江南大道3188号", "0571-8720 1119", "杭滨消"),
    ("洪山区消防救援大队", "洪山区珞喻路717号", "027-8765 3119", "洪消"),
    ("南山区消防救援大队", "南山区南新路2061号", "0755-2666 0119", "深南消"),
)
#: (violation, the rule cited) on a 责令限期改正通知书.
CN_VIOLATIONS = (
    "疏散通道堆放杂物、安全出口上锁",
    "未按规定配置灭火器材,现有灭火器已过期失效",
    "经营场所与居住场所未进行防火分隔(“三合一”场所)",
    "电气线路私拉乱接,未穿管保护",
    "在经营场所内为电动自行车充电",
)
CN_FIRMS = (
    ("安盾消防设备维保有限公司", "400-600-1190"),
    ("平安消防工程技术有限公司", "0571-8699 0119"),
    ("华泰消防科技服务中心", "027-8321 9119"),
)
CN_EXT_TYPES = ("MFZ/ABC4", "MFZ/ABC5", "MFZ/ABC8", "MT/3", "MPZ/6")
CN_SPOTS = ("一楼大厅", "二楼楼梯口", "仓库门口", "收银台旁", "3单元一楼", "配电房")

EN_AGENTS = (
    (
        "Castlegate Property Management",
        "Suite 2, 18 Bridge Street, Ashcombe AC1 4LT",
        "01632 960 390",
    ),
    ("Northfield Block Management Ltd", "41 King's Road, Portlow PL2 8JS", "01632 960 655"),
)
EN_BLOCKS = ("Alder Court", "Riverside House", "Beech Mansions", "Wharf View", "St Anne's Court")
EN_CHECKS = ("Closer", "Seals", "Gaps", "Hinges", "Signage")
#: A flat door's finding; {s} the resident's surname after Mr / Mrs / Ms.
EN_FINDINGS = (
    "Self-closer disconnected by the resident; {t} {s} advised, refit booked.",
    "Intumescent strip missing at head of frame.",
    "Gap at the meeting edge over 4 mm.",
    "Door wedged open with a doorstop; {t} {s} asked to remove it.",
    "Letter plate not fire rated - replace.",
    "Satisfactory.",
)

DE_FIRMS = (
    ("Brandschutz Meier GmbH", "Industriestr. 12, 34567 Neustadt", "0561 555 0311"),
    ("Feuerlöscher-Service Krause", "Am Bahnhof 4, 45678 Kleinfurt", "0231 555 0187"),
)
DE_TYPES = ("ABC-Pulver 6 kg", "Schaum 6 l", "CO2 5 kg", "ABC-Pulver 12 kg", "Fettbrand 6 l")
DE_SPOTS = ("EG Flur links", "Küche", "1. OG Treppenhaus", "Keller, Heizraum", "Lager", "Werkstatt")
DE_MAKERS = ("Gloria", "Minimax", "Total", "Jockel", "Neuruppin")
