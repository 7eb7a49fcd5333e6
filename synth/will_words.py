"""Word tables of the wills family (:mod:`synth.layouts_will`): clause templates whose
``{fields}`` are filled with people, places and numbers of their own kinds, kin words,
gifts, occupations and the ways a will writes its date."""

from __future__ import annotations

import random

CN_NUMERALS = "一二三四五六七八九十"
CN_DIGITS = "〇一二三四五六七八九"
CN_KIN = ("长子", "次子", "长女", "次女", "妻子", "丈夫", "孙子", "外孙女", "侄子")
CN_BOILER = (
    "本人在头脑清醒、神志正常的情况下,自愿立此遗嘱,对本人所有的财产作如下处理:",
    "为避免身后子女因财产继承发生纠纷,本人经慎重考虑,特立遗嘱如下:",
    "本人现年事已高,为妥善处理个人财产,在意识清楚、未受任何胁迫的情况下立本遗嘱:",
)
#: Clauses naming the heirs inside the sentence (fields: see layouts_will._cn_parts).
CN_CLAUSES = (
    "我名下位于{place}{door}的房产(不动产权证号:{cert})由{kin}{heir}继承。",
    "我在{bank}的存款(账号尾号{tail})及利息,由{kin}{heir}与{kin2}{heir2}{share}继承。",
    "我名下小型轿车一辆(车牌号{plate})由{kin}{heir}继承。",
    "我所持有的股票、基金等金融资产,全部由{kin}{heir}继承。",
    "我与配偶共有的位于{place}{door}的房屋中属于我的份额,由{kin}{heir}继承,其他任何人不得干涉。",
    "我的家具、首饰及其他生活用品,由{kin}{heir}自行处理。",
)
EN_KIN = ("son", "daughter", "wife", "husband", "granddaughter", "nephew", "partner", "sister")
EN_GIFTS = (
    "wedding ring",
    "gold pocket watch",
    "piano",
    "collection of stamps",
    "car",
    "paintings",
)
EN_OCCUPATIONS = (
    "Teacher",
    "Retired",
    "Solicitor",
    "Nurse",
    "Accountant",
    "Engineer",
    "Shop manager",
)
#: Numbered clauses of an English will (fields: see layouts_will._en_parts).
EN_CLAUSES = (
    "I appoint my {kin}{heir} of {where} and {heir2} to be the executors and trustees of this Will.",
    "I give my {gift} to my {kin}{heir} absolutely.",
    "I give the sum of {sum} free of tax to {charity} for its general charitable purposes.",
    "I give the residue of my estate to my {kin}{heir} absolutely, but if he or she does not "
    "survive me by 28 days, to {heir2} of {where}.",
    "I wish my body to be cremated and my ashes scattered at a place my executors think fit.",
    "If my {kin}{heir} dies before me, I give the property in clause 2 to {heir2} instead.",
)
ES_KIN = ("hijo", "hija", "esposo", "esposa", "nieto", "sobrina")
ES_TOWNS = ("Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Alicante", "Granada")
#: Clauses of a Spanish open will, in the order a notary writes them.
ES_CLAUSES = (
    "PRIMERA.- Lega a su {kin} D./Dña. {heir} el saldo de la cuenta {iban} que tiene abierta a su nombre.",
    "SEGUNDA.- Instituye heredero universal de todos sus bienes, derechos y acciones a su {kin} "
    "D./Dña. {heir2}, sustituido vulgarmente por sus descendientes.",
    "TERCERA.- Revoca cualquier otro testamento anterior al presente.",
)
_ES_MONTHS = ("enero", "marzo", "abril", "mayo", "junio", "septiembre", "noviembre")
_ES_DAYS = ("dos", "cinco", "nueve", "doce", "quince", "veinte", "veintiocho")


def _cn_number(n: int) -> str:
    """1-31 in Chinese numerals: 五, 十二, 二十八."""
    if n <= 10:
        return CN_NUMERALS[n - 1]
    tens = "" if n < 20 else CN_NUMERALS[n // 10 - 1]
    return tens + "十" + (CN_NUMERALS[n % 10 - 1] if n % 10 else "")


def cn_date(rng: random.Random) -> str:
    """A will's date in Chinese numerals: 二〇二六年三月五日."""
    year = "".join(CN_DIGITS[int(d)] for d in str(rng.choice((2025, 2026))))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}年{_cn_number(month)}月{_cn_number(day)}日"


def es_date(rng: random.Random) -> str:
    """The date a Spanish notary writes out: a doce de marzo de dos mil veintiséis."""
    return f"a {rng.choice(_ES_DAYS)} de {rng.choice(_ES_MONTHS)} de dos mil veintiséis"
