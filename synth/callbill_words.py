"""Words and tables for :mod:`synth.layouts_callbill`: carriers (made up) with their
hotlines, the places, kinds and plans a Chinese detail list prints, service numbers a
subscriber calls, and the English and French bills' words.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A carrier's name and its service line (the carrier's own).
CN_CARRIERS = (("华信移动", "10089"), ("神州联通", "10016"), ("远达电信", "10009"))
CN_PLANS = ("畅享套餐129元", "5G智享套餐199元", "融合宽带套餐169元", "校园卡39元", "4G飞享58元")
CN_PLACES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安")
CN_KINDS = ("本地", "本地", "本地", "国内长途", "国内漫游")
#: Numbers a subscriber calls that are businesses' (business data, not personal).
CN_SERVICE = ("10089", "95588", "95533", "400-820-8820", "12345", "95598", "10086")
#: What a reader writes beside a number on a printed list: a person's name or a relation.
CN_MARGIN_RELATIONS = ("妈", "爸", "老婆", "女儿", "房东", "同事")
CN_APP_PLACES = ("北京 移动", "上海 联通", "广东深圳 电信", "浙江杭州 移动", "四川成都 移动")
CN_APP_TIMES = ("昨天", "星期一", "星期二", "星期五", "10:26", "14:05", "08:51", "3月2日")
#: Contact labels that are relation words (ordinary, no one's name).
CN_CONTACT_RELATIONS = ("妈妈", "爸爸", "老公", "宝贝", "姐姐")


@dataclass(frozen=True)
class BillWords:
    """A Latin-script itemised bill's words in one language."""

    title: str
    holder: str
    account: str
    line: str
    period: str
    heads: tuple[str, ...]
    kinds: tuple[str, str, str, str]  # mobile, landline, voicemail, freephone
    texts: str
    total: str
    carriers: tuple[tuple[str, str], ...]
    currency: str
    note: str


EN_BILL = BillWords(
    title="Itemised bill",
    holder="Account holder",
    account="Account number",
    line="Your mobile number",
    period="Bill period",
    heads=("Date", "Time", "Number called", "Description", "Duration", "Cost"),
    kinds=("UK mobile", "UK landline", "Voicemail", "Freephone"),
    texts="Text messages",
    total="Total charges outside allowance",
    carriers=(("Kestrel Mobile", "0333 014 4470"), ("Linnet Telecom", "0800 048 6021")),
    currency="£",
    note="For your privacy the last three digits of numbers called are hidden.",
)
FR_BILL = BillWords(
    title="Facture détaillée",
    holder="Titulaire",
    account="N° de compte client",
    line="Votre ligne",
    period="Période",
    heads=("Date", "Heure", "Numéro appelé", "Destination", "Durée", "Montant €"),
    kinds=("Mobile", "Fixe France", "Messagerie", "Numéro vert"),
    texts="SMS / MMS",
    total="Total hors forfait",
    carriers=(("Mobila Télécom", "3970"), ("Orbis Mobile", "09 69 36 39 00")),
    currency="€",
    note="Les quatre derniers chiffres des numéros appelés sont masqués.",
)
