"""Word tables of the owners' meeting family: motions in Chinese, English and German,
the notices such ballots print, and the property managers (all ordinary)."""

from __future__ import annotations

CN_MOTIONS = (
    "关于选举第二届业主委员会委员的议案",
    "关于续聘物业服务企业的议案",
    "关于使用专项维修资金更换电梯的议案",
    "关于调整物业服务费标准(2.3元/㎡·月)的议案",
    "关于增设地面停车位及收费标准的议案",
    "关于修订《管理规约》的议案",
    "关于小区外墙渗水维修方案的议案",
)
CN_NOTES = (
    "说明:1.每项表决事项只能选择一项,在相应栏内打\u201c√\u201d,多选或不选视为弃权。",
    "2.表决票须由业主本人签字,委托他人投票的须附授权委托书及双方身份证复印件。",
    "3.请于投票截止日前投入各单元大堂投票箱,或交物业服务中心。",
)
CN_MANAGERS = ("绿城物业服务集团", "万科物业服务中心", "碧桂园生活服务", "长城物业管理处")

EN_MOTIONS = (
    "Approve the minutes of the previous Annual General Meeting",
    "Adopt the 2027 operating budget and reserve contribution",
    "Re-appoint the managing agent for a further two years",
    "Approve roof replacement funded from the reserve fund",
    "Amend the by-laws on short-term letting",
    "Elect two directors to the Board",
)
EN_NOTES = (
    "A proxy must be received by the managing agent no later than 48 hours before the meeting. "
    "If no direction is given, the proxy holder may vote as they see fit.",
)
DE_TOPS = (
    "Genehmigung der Jahresabrechnung 2025",
    "Beschluss über den Wirtschaftsplan 2026",
    "Entlastung des Verwaltungsbeirats",
    "Sanierung der Tiefgarage - Sonderumlage",
    "Wiederbestellung der Hausverwaltung",
)
DE_MANAGERS = ("Hausverwaltung Krüger GmbH", "WEG-Verwaltung Nord", "Immobilienservice Bauer")
EN_MANAGERS = ("Parkside Property Management Ltd", "Harbour Block Management", "Crest HOA Services")
