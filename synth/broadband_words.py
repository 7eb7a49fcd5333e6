"""Word tables of the broadband installation family: operators, plans, devices, time
slots, the technician's checks and the notes printed on work orders."""

from __future__ import annotations

import random

CN_OPERATORS = (
    "中国电信杭州分公司",
    "中国联通成都市分公司",
    "中国移动南京分公司",
    "广电网络宽带营业部",
)
CN_TITLES = ("宽带装机工单", "装维服务工单", "家庭宽带施工单", "宽带装移机回单")
CN_JOBS = ("宽带新装", "宽带移机", "故障维修", "提速改造", "IPTV加装")
CN_PLANS = (
    "500M 融合套餐",
    "1000M 全屋WiFi套餐",
    "300M 单宽带 99元/月",
    "200M+IPTV 129元档",
    "千兆FTTR 199元档",
)
CN_SLOTS = ("09:00-12:00", "14:00-18:00", "上午", "下午", "18:00-20:00")
MODEMS = ("ZXHN F650", "HG8145V5", "HN8145XR", "TL-XDR5430", "F7607P")
CN_NOTES = (
    "请用户当面验证上网速率,确认无误后签字。",
    "施工材料:皮线光缆、面板、水晶头由运营商免费提供,超出部分按标准收费。",
    "光猫为运营商资产,销户时请归还,遗失按价赔偿。",
    "装维人员不得索取任何费用,如有违规请致电投诉。",
)
CN_CARD_NOTES = (
    "报障请拨打客服热线,或在营业厅APP自助报修。",
    "请妥善保管本卡,宽带密码请勿告知他人。",
)
EN_ISPS = ("Brightline Fibre", "Kestrel Broadband", "NorthNet Home", "Viaduct Fibre Ltd")
EN_SLOTS = ("AM (8am-1pm)", "PM (1pm-6pm)", "All day", "Evening (4pm-8pm)")
EN_PLANS = ("Full Fibre 500", "Fibre 150 + TV", "Gigabit 900", "Superfast 67")
EN_HOTLINES = ("0800 072 0150", "0333 000 0441", "0345 600 7777")
EN_DECLARATION = (
    "I confirm the engineer has completed the work described above, the service is working "
    "and the site has been left clean and tidy."
)
DE_ISPS = ("Stadtwerke Glasfaser GmbH", "NetzPlus Breitband", "Rheinkabel Service AG")
DE_PLANS = ("Glasfaser 500 (39,99 €/Monat)", "Internet 250 + TV", "Gigabit 1000")
DE_SLOTS = ("8:00 - 12:00 Uhr", "12:00 - 16:00 Uhr", "16:00 - 20:00 Uhr")
DE_BODY = (
    "vielen Dank für Ihren Auftrag. Unser Techniker kommt zum unten genannten Termin, um "
    "Ihren Glasfaseranschluss in Betrieb zu nehmen."
)
DE_CLAUSES = (
    "Bitte sorgen Sie dafür, dass der Hausanschlussraum zugänglich ist.",
    "Können Sie den Termin nicht wahrnehmen, sagen Sie ihn bitte bis 24 Stunden vorher ab.",
    "Der Router bleibt Eigentum des Anbieters und ist bei Vertragsende zurückzugeben.",
)


def port(rng: random.Random) -> str:
    """The splitter and port the line hangs on, as an installer writes it."""
    return f"{rng.choice('ABCD')}{rng.randint(1, 40):02d}-{rng.randint(1, 16)}"


def cn_checks(rng: random.Random) -> list[tuple[str, str]]:
    """The installation steps with the value the technician measured or noted."""
    return [
        ("光功率测试", f"-{rng.randint(12, 24)}.{rng.randint(0, 9)} dBm"),
        ("测速结果", f"下行 {rng.randint(280, 960)} Mbps"),
        ("WiFi覆盖", rng.choice(("主卧正常", "全屋正常", "次卧信号弱"))),
        ("线缆整理", rng.choice(("已完成", "走线槽", "明线"))),
    ]


def en_tests(rng: random.Random) -> list[tuple[str, str]]:
    """Line test names and their results."""
    return [
        ("Optical power", f"-{rng.randint(12, 24)}.{rng.randint(0, 9)} dBm"),
        ("Download speed", f"{rng.randint(120, 940)} Mbps"),
        ("Upload speed", f"{rng.randint(20, 110)} Mbps"),
        ("Wi-Fi coverage", rng.choice(("All rooms", "Weak in loft", "Good"))),
    ]
