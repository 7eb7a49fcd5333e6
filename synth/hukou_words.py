"""Word tables of the household register family: relations to the head, the values a
registration card's boxes take, issuing offices and German register words."""

from __future__ import annotations

import random

RELATIONS = ("妻", "夫", "长子", "次子", "长女", "次女", "孙子", "孙女", "母亲", "父亲", "儿媳")
#: The sex a relation word implies (the ID number's sex digit must agree).
SEX_OF = {r: ("女" if r[-1] in "妻女媳" or r == "母亲" else "男") for r in RELATIONS}
ETHNIC = ("汉族", "汉族", "汉族", "回族", "满族", "壮族", "土家族")
PROVINCES = (
    "浙江省温州市",
    "四川省南充市",
    "河南省信阳市",
    "湖南省衡阳市",
    "江苏省盐城市",
    "安徽省六安市",
    "山东省临沂市",
)
EDUCATION = ("大学本科", "大学专科", "高中", "初中", "小学", "研究生")
MARRIAGE = ("已婚", "未婚", "已婚", "丧偶", "离婚")
MILITARY = ("未服兵役", "退出现役", "预备役", "")
BLOOD = ("A型", "B型", "O型", "AB型", "")
JOBS = ("职员", "教师", "个体经营", "工程技术人员", "退休", "学生", "务农", "")
EMPLOYERS = (
    "市第一人民医院",
    "温州港集团有限公司",
    "区实验小学",
    "个体",
    "无",
    "南方电网供电局",
)
STATIONS = (
    "杭州市公安局西湖区分局北山派出所",
    "成都市公安局武侯区分局浆洗街派出所",
    "南京市公安局鼓楼区分局宁海路派出所",
    "温州市公安局鹿城区分局五马派出所",
)
MOVES = ("由本市", "由", "从")
CERT_NOTES = (
    "本证明仅用于证明户籍登记情况,不作其他用途。",
    "本证明自开具之日起三个月内有效,涂改无效。",
)
DE_OFFICES = (
    "Stadt Freiburg im Breisgau - Bürgeramt",
    "Landeshauptstadt Hannover - Bürgerbüro Mitte",
    "Stadt Würzburg - Einwohnermeldeamt",
)
DE_BIRTHPLACES = ("Köln", "Leipzig", "Bremen", "Augsburg", "Rostock", "Kassel")
DE_STATUS = ("ledig", "verheiratet", "geschieden", "verwitwet")
DE_NOTE = (
    "Diese Bescheinigung wurde elektronisch erstellt und ist ohne Unterschrift gültig, "
    "sofern sie mit dem Dienstsiegel versehen ist. Gebühr: 10,00 EUR."
)


def register_date(rng: random.Random) -> str:
    """A registration date as a clerk writes it into the card."""
    return f"{rng.randint(1995, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
