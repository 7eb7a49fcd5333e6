"""Word tables of the paternity testing family (:mod:`synth.layouts_paternity`,
:mod:`synth.paternity_latin`): testing institutes and laboratories with their licence
numbers, addresses and lines (invented; business data), the STR loci with the allele
ranges a kit reports, and :func:`profiles`, which deals a mother's, a child's and an
alleged father's genotypes the way inheritance does (the numbers are no one's: a
locus table is ordinary).
"""

from __future__ import annotations

import random

#: (institute, 许可证号, address, line)
CN_INSTITUTES = (
    ("浙江华鉴司法鉴定所", "许可证号:330112021", "杭州市滨江区江南大道 3880 号", "0571-86697120"),
    (
        "江苏正源法医物证司法鉴定所",
        "许可证号:320113018",
        "南京市江宁区天元东路 228 号",
        "025-52108863",
    ),
    (
        "四川明鉴司法鉴定中心",
        "许可证号:510106044",
        "成都市武侯区人民南路四段 11 号",
        "028-85412290",
    ),
)
CN_ROLES = ("被检父", "孩子", "生母")
CN_SAMPLES = ("血样", "口腔拭子", "血斑", "毛发(带毛囊)")
CN_PURPOSES = ("落户", "个人了解", "诉讼", "出国移民")
#: (locus, lowest allele, highest allele, microvariants it may show)
LOCI = (
    ("D8S1179", 8, 17, ()),
    ("D21S11", 27, 33, ("30.2", "31.2", "32.2")),
    ("D7S820", 8, 13, ()),
    ("CSF1PO", 9, 13, ()),
    ("D3S1358", 14, 18, ()),
    ("TH01", 6, 10, ("9.3",)),
    ("D13S317", 8, 13, ()),
    ("D16S539", 9, 13, ()),
    ("D2S1338", 17, 25, ()),
    ("D19S433", 12, 15, ("13.2", "14.2")),
    ("vWA", 14, 19, ()),
    ("TPOX", 8, 11, ()),
    ("D18S51", 12, 20, ()),
    ("D5S818", 9, 13, ()),
    ("FGA", 19, 25, ("22.2", "23.2")),
    ("Penta E", 5, 20, ()),
    ("Penta D", 8, 13, ()),
    ("D6S1043", 11, 20, ()),
    ("D12S391", 17, 23, ("18.3",)),
    ("D1S1656", 12, 17, ("15.3", "16.3")),
)
CN_CONCLUDE = (
    "依据现有资料和DNA分析结果,支持{father}是{child}的生物学父亲。",
    "依据现有资料和DNA分析结果,排除{father}是{child}的生物学父亲。",
)

# ------------------------------------------------------------------ English / French
#: (laboratory, address, phone)
EN_LABS = (
    ("GenTrace DNA Laboratories Ltd", "Unit 9, Science Park, Kestrelford KF4 7GT", "0800 038 7711"),
    ("Helix Relationship Testing", "3 Innovation Way, Lowbridge LB6 1HX", "01632 960 552"),
)
EN_SAMPLES = ("Buccal swab", "Buccal swab", "Blood card")
#: (laboratoire, address, phone)
FR_LABS = (
    (
        "Laboratoire d'Empreintes Génétiques du Rhône",
        "12 quai Perrache, 69002 Lyon",
        "04 72 41 18 90",
    ),
    ("Institut de Génétique Médico-Légale", "45 rue de la Santé, 75013 Paris", "01 45 87 22 10"),
)
FR_MEN = ("Julien", "Mathieu", "Nicolas", "Thierry", "Karim", "Sébastien", "Olivier")
FR_WOMEN = ("Camille", "Élodie", "Sandrine", "Nadia", "Aurélie", "Maëlle", "Isabelle")
FR_COURTS = (
    "Tribunal judiciaire de Lyon",
    "Tribunal judiciaire de Nanterre",
    "Tribunal judiciaire de Bordeaux",
)


def _allele(rng: random.Random, lo: int, hi: int, micro: tuple[str, ...]) -> str:
    if micro and rng.random() < 0.15:
        return rng.choice(micro)
    return str(rng.randint(lo, hi))


def _pair(a: str, b: str) -> str:
    x, y = sorted((a, b), key=float)
    return f"{x},{y}" if x != y else f"{x},{x}"


def profiles(rng: random.Random, included: bool, n: int) -> list[tuple[str, str, str, str, str]]:
    """``n`` loci: (locus, mother, child, alleged father, paternity index). The child
    takes one of the mother's alleles and, when ``included``, one of the father's
    (an excluded father shares none at a few loci)."""
    rows = []
    for k, (locus, lo, hi, micro) in enumerate(LOCI[:n]):
        m = [_allele(rng, lo, hi, micro) for _ in range(2)]
        f = [_allele(rng, lo, hi, micro) for _ in range(2)]
        paternal = rng.choice(f)
        if not included and k % 3 == 1:
            while paternal in f:
                paternal = str(rng.randint(lo, hi + 2))
        child = _pair(rng.choice(m), paternal)
        pi = f"{rng.uniform(0.6, 6.5):.2f}" if paternal in f else "0"
        rows.append((locus, _pair(*m), child, _pair(*f), pi))
    return rows
