"""Words and tables for :mod:`synth.layouts_donor` and :mod:`synth.donor_latin`: Red
Cross branches (made up; address and line business data), organs and tissues, blood
types, relations, the cards' and letters' wording in Chinese, English and French.
"""

from __future__ import annotations

#: A branch: its name, address and line (business data; the name ordinary).
CN_BRANCHES = (
    ("深圳市红十字会器官捐献管理中心", "深圳市福田区八卦四路15号", "0755-25613450"),
    ("浙江省红十字会人体器官捐献管理中心", "杭州市上城区庆春路228号", "0571-87060112"),
    ("四川省红十字会器官捐献管理中心", "成都市锦江区东大街18号", "028-86512306"),
    ("湖北省红十字会人体器官捐献办公室", "武汉市江岸区黄浦大街62号", "027-82807633"),
)
CN_ORGANS = ("心脏", "肺脏", "肝脏", "肾脏", "胰腺", "小肠", "眼角膜", "遗体")
CN_BLOOD = ("A型", "B型", "O型", "AB型")
CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "满族", "壮族", "苗族")
CN_RELATIONS = ("配偶", "父亲", "母亲", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹")
CN_PLEDGE = (
    "我自愿登记成为人体器官捐献志愿者,在我身故后,无偿捐献我的器官和组织,用于救治器官衰竭患者。"
    "我了解登记后可随时变更或撤销意愿。"
)
CN_CARD_TEXT = "我已登记成为人体器官捐献志愿者。如我不幸身故,请联系我的家人及红十字会。"
CN_APP_THANKS = (
    "感谢您加入人体器官捐献志愿者行列,您的大爱将点亮他人的生命。",
    "生命以另一种方式延续,感谢您的善举!",
)
CN_SLOGANS = ("生命 · 接力", "爱心传递 生命延续", "让生命以另一种方式延续")

#: English donor register letters.
EN_DECISIONS = (
    "I want to donate all my organs and tissue.",
    "I want to donate some organs and tissue: kidneys, liver, corneas.",
    "I want to donate some organs and tissue: heart, lungs, pancreas.",
)
EN_RELATIONS = ("wife", "husband", "partner", "mother", "father", "daughter", "son", "sister")
EN_TEXT = (
    "Thank you for registering your decision to be an organ donor. Your registration has "
    "been added to the NHS Organ Donor Register. Please keep this letter and talk to your "
    "family about your decision: families are always asked before donation goes ahead."
)
EN_SERVICE = (
    "NHS Organ Donation Service",
    "PO Box 212, Marlow Court, Bristol BS99 3ZZ",
    "0300 555 0148",
)

#: French cards.
FR_TEXT = "Je suis pour le don d'organes et de tissus après ma mort. J'en ai parlé à mes proches."
FR_RELATIONS = ("épouse", "époux", "mère", "père", "fille", "fils", "sœur", "frère", "compagne")
