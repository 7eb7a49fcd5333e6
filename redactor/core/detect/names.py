"""What a person's name looks like, and what a shop's name looks like instead."""

from __future__ import annotations

import re

from redactor.core.detect.fields import Field
from redactor.core.detect.spans import Span
from redactor.core.models import Category

# OCR reads 一 as a dash ("张-静"), so dashes may stand inside a Chinese name.
# An honorific ends the name where it stands ("王小明先生", not "王小明先").
_CJK_GIVEN = r"(?:[\u4e00-\u9fff*＊xX×]|[\-—](?=[\u4e00-\u9fff]))"
_HONORIFIC = r"(?:先生|女士|小姐)"
_CJK_NAME = re.compile(
    rf"[\u4e00-\u9fff]{_CJK_GIVEN}{{0,3}}?{_HONORIFIC}|[\u4e00-\u9fff]{_CJK_GIVEN}{{0,3}}"
)
_EN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,3}")
HAS_DIGIT_RUN = re.compile(r"\d{3,}")

# Common Chinese surnames (single and compound): a bare line of 2-4 characters
# starting with one, right above an address, is taken as the person's name.
CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
)
CN_COMPOUND = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "令狐",
)
# A compound surname leaves room for a three-character given name: 上官浩燕桂.
_COMPOUND = "(?:" + "|".join(CN_COMPOUND) + ")"
_CJK_COMPOUND_NAME = re.compile(
    rf"{_COMPOUND}{_CJK_GIVEN}{{1,3}}?{_HONORIFIC}|{_COMPOUND}{_CJK_GIVEN}{{1,3}}"
)
_BUSINESS_WORDS = re.compile(
    r"(?i)\b(inc|ltd|llc|co|corp|company|store|shop|mart|market|supermarket|cafe|restaurant|pharmacy|"
    r"express|mail|post|ecommerce|logistics|delivery|priority|ground|shipping|label|receipt|invoice|total|"
    r"thank|welcome|customer|service|order|bistro|bakery|grocery|retail|pvt|warehouse|fulfil+ment|traders|"
    r"enterprises|boutique|outlet|studio|kitchen|foods?|books|electronics|pharma|hotel|clinic|centre|center)\b|"
    r"超市|商店|便利店|公司|专卖|旗舰|药房|餐厅|快递|速运|速递|快运|物流|有限"
)
# Waybills print "收 张三 138…" / "寄李*1390000…": a bare 收/寄, a surname, then the phone.
_WAYBILL_NAME = re.compile(
    r"\s*[收寄]件?人?\s*[:：]?\s*(?P<n>(?:"
    + _COMPOUND
    + r"[\u4e00-\u9fff*＊]{1,3}?"  # 诸葛丹英娥: a compound surname and three more
    r"|[\u4e00-\u9fff](?:[\u4e00-\u9fff*＊]|[\-—](?=[\u4e00-\u9fff])){0,3}?"
    r")(?:先生|女士|小姐)?[\-—]?)"  # OCR reads a final 一 as a dash ("卢*-166…")
    r"(?=\s*(?:\+?86[\s\-]?)?1\d|\s*\(?0\d{2,3}[\s\-)]?[1-9]|\s|$)"
)


# What OCR makes of a stamp over the end of a name: a few letters or digits.
_STAMP_JUNK = re.compile(r"[A-Za-z0-9*]{1,3}")


def _surname_head(c: str) -> bool:
    return c in CN_SURNAMES or any(s[0] == c for s in CN_COMPOUND)


def starts_with_surname(text: str) -> bool:
    return bool(text) and (text[0] in CN_SURNAMES or text.startswith(CN_COMPOUND))


def is_business(text: str) -> bool:
    # OCR may drop the spaces ("GreenLeafGroceryRetailPvtLtd"): split at case changes too.
    return bool(
        _BUSINESS_WORDS.search(text)
        or _BUSINESS_WORDS.search(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text))
    )


def looks_like_person_name(text: str) -> bool:
    t = text.strip()
    if not t or re.search(r"\d", t) or is_business(t):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff*＊]{2,4}(?:先生|女士|小姐)?", t):
        return starts_with_surname(t)
    if _CJK_COMPOUND_NAME.fullmatch(t):
        return True
    words = t.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", w) for w in words)


def name_span(text: str, start: int, end: int) -> Span | None:
    """The name at the start of a label's value ``text[start:end]``."""
    value = text[start:end]
    s = start + len(value) - len(value.lstrip())
    m = (
        _CJK_COMPOUND_NAME.match(text, s, end)
        or _CJK_NAME.match(text, s, end)
        or _EN_NAME.match(text, s, end)
    )
    if not m or m.end() <= m.start():
        return None
    # "客户联": one character after a label is a word, not a name; but a lone
    # surname ending the line is a name the OCR cut short ("会员：戴", "会员姓名：诸"
    # of 诸葛), or misread under a stamp ("会员：孙A4").
    e = m.end()
    if m.end() - m.start() == 1 and "\u4e00" <= text[m.start()] <= "\u9fff":
        rest = text[m.end() : end].strip()
        if not _surname_head(text[m.start()]) or text[end:].strip():
            return None
        if rest and not _STAMP_JUNK.fullmatch(rest):
            return None
        e = end if rest else e
    while e > s and text[e - 1] in " .-":
        e -= 1
    return Span(s, e, Category.NAME, 0.85, "name_field")


def name_value_plausible(text: str, f: Field) -> bool:
    """Without a colon, a Chinese label glued to words ("收银小票") names nobody:
    the value must start like a name (a common surname, or a masked name)."""
    if re.search(r"[:：]", text[f.key_end : f.value_start]):
        return True
    value = text[f.value_start : f.value_end].lstrip()
    if not value or not ("\u4e00" <= value[0] <= "\u9fff"):
        return True
    return starts_with_surname(value) or value[1:2] in ("*", "＊")


def waybill_name(text: str) -> Span | None:
    m = _WAYBILL_NAME.match(text)
    if m and starts_with_surname(m.group("n")):
        return Span(m.start("n"), m.end("n"), Category.NAME, 0.8, "waybill_name")
    return None
