"""Word tables of the lift maintenance family (:mod:`synth.layouts_lift`): maintenance
firms, makers and models, the buildings that use the lifts, the half-monthly check
items, findings, faults and remedies in Chinese, English and Spanish. All ordinary: they
describe the lift and the building (the firms and buildings are invented); a finding's
``{who}`` is the person told, filled in by the drawer."""

from __future__ import annotations

#: (maintenance firm, its 24-hour rescue line)
CN_FIRMS = (
    ("华升电梯工程有限公司", "0755-8321 6650"),
    ("恒力机电设备安装有限公司", "028-8556 2013"),
    ("通達电梯服务有限公司", "021-6488 1290"),
    ("鑫安电梯维修保养有限公司", "0571-8690 3345"),
)
CN_MAKES = (
    "奥的斯 GeN2",
    "三菱 LEHY-III",
    "日立 MCA",
    "通力 MonoSpace 500",
    "迅达 3300",
    "蒂森克虏伯 evolution",
    "康力 KLK2",
)
CN_USERS = (
    ("锦绣华庭", "锦绣华庭物业服务中心"),
    ("翠湖天地", "中海物业翠湖天地管理处"),
    ("阳光新城", "阳光新城物业服务中心"),
    ("金融大厦", "金融大厦物业管理部"),
    ("第二人民医院", "第二人民医院后勤保障科"),
)
#: Half-monthly items of a traction lift, as maintenance records print them.
CN_CHECKS = (
    "机房、滑轮间环境",
    "手动紧急操作装置",
    "驱动主机",
    "制动器各销轴部位",
    "制动器间隙",
    "编码器",
    "限速器各销轴部位",
    "层门和轿门旁路装置",
    "紧急电动运行",
    "轿顶检修开关、停止装置",
    "导靴上油杯",
    "对重块及其压板",
    "井道照明",
    "轿厢照明、风扇、应急照明",
    "轿内报警装置、对讲系统",
    "轿内显示、指令按钮",
    "轿门防撞击保护装置",
    "轿门门锁电气触点",
    "轿厢平层准确度",
    "层站召唤、层楼显示",
    "层门地坎",
    "层门自动关门装置",
    "层门门锁电气触点",
    "底坑环境",
    "底坑急停开关",
)
CN_KINDS = ("半月", "半月", "季度", "半年", "年度")
CN_FINDINGS = (
    "层门地坎有杂物,已清理,运行正常。",
    "轿门门刀滚轮磨损,已更换,已告知{who}确认。",
    "底坑有积水,已通知物业{who}安排清理。",
    "5楼层门关门不到位,已调整门锁。",
    "轿厢照明1盏不亮,建议更换,已告知{who}处理。",
    "未发现异常,运行正常。",
)
#: (fault reported, what the fitter did about it)
CN_FAULTS = (
    ("困人(2人)", ("已放人,复位正常", "已放人,调整门机")),
    ("困人(1人)", ("已放人,复位正常", "已放人,更换门锁触点")),
    ("5楼层门打不开", ("调整门锁,恢复运行", "清理地坎,正常")),
    ("运行有异响", ("导轨加油,正常", "待配件,已停梯")),
    ("外呼按钮失灵", ("更换按钮", "紧固接线,正常")),
    ("平层不准", ("调整平层,正常", "调整编码器,正常")),
    ("停梯", ("复位,恢复运行", "待配件,已停梯")),
    ("轿厢灯不亮", ("更换灯管", "更换照明电源")),
    ("门反复开关", ("清理地坎,正常", "调整光幕,正常")),
)
CN_PLATE_RULES = (
    "1. 乘梯时请勿倚靠、扒撬轿门,严禁超载。",
    "2. 发生困人时请保持冷静,按下警铃或拨打救援电话等待救援。",
    "3. 发生火灾、地震时严禁乘坐电梯。",
)

#: (firm, its office line)
EN_FIRMS = (
    ("Pennine Lift Services Ltd", "0113 496 0781"),
    ("Albion Elevators", "020 7946 0233"),
    ("Northgate Lift & Escalator Co.", "0161 496 0502"),
)
#: (building, its address): the duty holder's premises, not anybody's home.
EN_PREMISES = (
    ("Riverside Court", "2 Albion Wharf, Kestrelford KF3 1AB"),
    ("Maltings House", "14-20 Station Road, Millbrook MB2 6QT"),
    ("St Anne's Medical Centre", "Church Lane, Wendle WD4 9HX"),
    ("Kingfisher House", "88 High Street, Avoncliff AV1 2LS"),
)
EN_LIFTS = (
    "Electric traction passenger lift, 8 persons / 630 kg, 6 floors",
    "Hydraulic passenger lift, 6 persons / 450 kg, 3 floors",
    "Machine-room-less passenger lift, 13 persons / 1000 kg, 9 floors",
    "Goods/passenger lift, 1600 kg, 4 floors",
)
EN_CHECKS = (
    "Machine room / controller",
    "Brake operation",
    "Landing doors and locks",
    "Car doors and safety edge",
    "Alarm and communication",
    "Levelling accuracy",
    "Pit and buffers",
    "Car lighting and emergency light",
    "Suspension ropes",
    "Overspeed governor",
)
EN_DEFECTS = (
    "None.",
    "Category B: landing door 2 gibs worn - replace within 3 months.",
    "Category B: alarm telephone line intermittent - repair within 1 month.",
    "Category C (observation): pit light cover missing.",
)

#: (firm, its office line)
ES_FIRMS = (
    ("Ascensores Levante S.L.", "961 00 45 21"),
    ("Elevadores Meseta S.A.", "913 00 27 86"),
    ("Mantenimientos Ebro Ascensores", "976 00 53 10"),
)
ES_CHECKS = (
    "Cuarto de máquinas",
    "Freno y motor",
    "Limitador de velocidad",
    "Puertas de piso y cerraduras",
    "Puertas de cabina",
    "Alumbrado de cabina y emergencia",
    "Alarma y teléfono",
    "Nivelación",
    "Foso y amortiguadores",
    "Cables de suspensión",
)
ES_NOTES = (
    "Se ajusta cerradura de la puerta del 3º. Queda en servicio.",
    "Se cambia pulsador de planta baja. Se informa a {who} del cambio.",
    "Alumbrado de emergencia sin batería; se avisa a {who} para presupuesto.",
    "Revisión sin incidencias.",
)
