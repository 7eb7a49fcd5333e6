"""Word tables of the change-of-address family: posts and counters, redirection
periods and fees, and the printed notes such forms carry (all ordinary)."""

from __future__ import annotations

import random

from .kit import EN_MONTHS

EN_POSTS = ("Royal Mail", "Parcelforce Redirection", "An Post", "Canada Post")
CN_OFFICES = (
    "中国邮政集团有限公司杭州市分公司",
    "中国邮政南京市鼓楼区邮政支局",
    "中国邮政成都市锦江区营业部",
)

#: Redirection periods with their fees, as the post prints them beside the ticks.
PERIODS = (("3", "£35.50"), ("6", "£47.50"), ("12", "£72.50"))

EN_NOTES = (
    "We will redirect mail addressed to the people named in section 1 only. Allow at least "
    "5 working days before the start date.",
    "Parcels too large for the letterbox are redirected at no extra charge. You can renew "
    "your redirection up to 24 months in total.",
    "By signing you confirm that you are authorised to apply on behalf of everyone named.",
)
CN_NOTES = (
    "注:1.申请改寄须持本人有效身份证件原件,代办须同时提供代办人身份证件。",
    "2.改寄服务自受理之日起三个工作日后生效,期满后自动终止,可申请续期。",
    "3.本人已阅读并同意《邮件改寄服务协议》,所填信息真实有效。",
)
FR_NOTES = (
    "Le contrat prend effet 5 jours ouvrés après l'enregistrement de la demande. Le courrier "
    "est réexpédié à la nouvelle adresse pendant toute la durée choisie.",
    "Pièce d'identité obligatoire. Service client : 3631 (appel non surtaxé).",
)


def en_date(rng: random.Random, *, words: bool = False) -> str:
    """A date this year, 12/03/2026 or, in prose, "12 March"."""
    d, mo = rng.randint(1, 28), rng.randint(1, 12)
    return f"{d} {EN_MONTHS[mo - 1]}" if words else f"{d:02d}/{mo:02d}/2026"


def cn_date(rng: random.Random) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
