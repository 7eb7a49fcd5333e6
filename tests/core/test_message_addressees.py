"""People and places named in a message or a letter by how the text addresses them
(a greeting, a title, a courier's role word, an addressee's mark, a placing verb),
with no field label: the name or place is masked, the words around it stay readable.
Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.message_addressees import message_words
from tests.core.test_prose_persons import masked


def words(line: str) -> list[str]:
    return sorted(line[s.start : s.end] for s in message_words(line))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("【城东卫生院】贺明轩您好,您的体检报告已出", "贺明轩"),  # a greeting after the name
        ("预约周三下午眼科许晨医生门诊,请准时", "许晨"),  # a title after it, glued in a sentence
        ("请到三楼找汤雪老师报到。", "汤雪"),
        ("【驿站】包裹已到,请及时领取。配送员韩立华13", "韩立华"),  # a role word, no colon
        ("员:邹佳宁,联系电话见上条", "邹佳宁"),  # the role's word wrapped from the line above
        ("范思琪收", "范思琪"),  # an addressee's mark after the name
        ("蒋（女士）", "蒋（女士）"),  # a surname and an honorific alone on the line
        ("谢谢,下次见——廖婷", "廖婷"),  # a signature after a dash
    ],
)
def test_a_name_by_how_the_text_addresses_it(line: str, name: str) -> None:
    assert name in words(line)
    # the greeting, the title, the role word and the mark stay readable
    assert all(name in w or w in name or w.isdigit() for w in words(line))


@pytest.mark.parametrize(
    "line",
    [
        "主任医生今天停诊",  # a title with no name before it
        "班主任老师您好",
        "您好,您的快递已到",
        "签收",
        "出人民币88.20元,余额130.70元。",
        "收",
    ],
)
def test_no_name_where_none_is_addressed(line: str) -> None:
    assert words(line) == []


def test_an_address_placed_by_a_verb_runs_to_its_last_door() -> None:
    line = "【快递柜】您的包裹已放入枫林雅苑7栋旁智能柜,请取件"
    assert words(line) == ["7栋", "枫林雅苑"]


def test_a_place_with_no_door_number_is_no_address() -> None:
    assert words("您的包裹已放入门卫室,请取件") == []


def test_the_head_of_a_mobile_cut_by_a_preview() -> None:
    assert words("请及时取件。快递员任峰139…") == ["139", "任峰"]


def test_messages_on_a_page_mask_only_the_names() -> None:
    lines = (
        "【城东卫生院】贺明轩您好,您已成功预约5月6日上午",
        "眼科许晨医生门诊,就诊序号12,请按时就诊。",
    )
    got = masked(*lines)
    assert got[lines[0]] == ["贺明轩"]
    assert got[lines[1]] == ["许晨"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("你好,我是龚子涵,这是我的新号码", "龚子涵"),
        ("Hi Marlow, your parcel is at the front desk", "Marlow"),
    ],
)
def test_a_name_after_a_greeting_or_a_self_introduction(line: str, name: str) -> None:
    assert name in masked(line)[line]


@pytest.mark.parametrize(
    ("addressee", "mark"),
    [
        ("卢嘉欣收", ""),  # the name and its mark on one line, over the sender's address
        ("钱（女士）", "收"),  # a surname and an honorific, the mark boxed apart
    ],
)
def test_an_envelopes_addressee_keeps_the_mark_readable(addressee: str, mark: str) -> None:
    from tests.core.test_layout import make_line
    from tests.core.test_message_lines import masked as masked_lines

    lines = [
        make_line("湖南长沙市岳麓区枫林路", y=100),
        make_line("银杉小区9栋2单元402室", y=140),
        make_line(addressee, x=200, y=180),
        make_line("清河路77号5-2-301 许文", x=300, y=220),
    ]
    if mark:
        lines.append(make_line(mark, x=420, y=185))
    got = masked_lines(lines)
    assert got[addressee] == [addressee.removesuffix("收")]
    assert mark not in got


@pytest.mark.parametrize(
    ("closing", "writer"),
    [
        ("Kind regards,", "Tomasz Brennan"),
        ("此致敬礼", "葛文博"),
        ("Cheers,", "Ines"),
        # A German or French letter's closing stands with no comma; the name is accented.
        ("Mit freundlichen Grüßen", "Renée Vogtländer"),
        ("Cordialement", "Hélène Marchetti"),
    ],
)
def test_the_writer_signed_under_a_closing(closing: str, writer: str) -> None:
    lines = (
        "The keys are with the porter until Friday.",
        closing,
        writer,
    )
    got = masked(*lines)
    assert got.get(writer) == [writer]
    assert closing not in got


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Ilse Brückner, Kundenbetreuung", "Ilse Brückner"),
        ("Ilse Brückner (Inkasso)", "Ilse Brückner"),
    ],
)
def test_the_name_printed_under_the_signature_before_its_title(printed: str, name: str) -> None:
    lines = (
        "Bitte melden Sie sich bis Freitag.",
        "Mit freundlichen Grüßen",
        "Ilse Brückner",
        printed,
    )
    got = masked(*lines)
    assert got.get(printed) == [name]


def test_a_closing_word_inside_a_sentence_is_no_closing() -> None:
    lines = ("Cordialement vôtre et à bientôt chez nous", "Salle Dupont")
    assert masked(*lines) == {}


@pytest.mark.parametrize(("line", "name"), [("Thanks, Priya", "Priya"), ("谢谢,姚佳琪", "姚佳琪")])
def test_the_writer_after_a_closing_on_its_line(line: str, name: str) -> None:
    assert words(line) == [name]


def test_a_receipts_thanks_is_no_closing() -> None:
    lines = ("Thank you for shopping!", "Please Come Again")
    assert masked(*lines) == {}


def test_a_name_a_parcel_is_for() -> None:
    line = "Your parcel for Oriel Haddad is waiting at the counter"
    assert masked(line) == {line: ["Oriel Haddad"]}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a group chat's system line: each quoted member, the event's words readable
        ("“程晓梅”邀请“钟伟”加入了群聊", ["程晓梅", "钟伟"]),
        ('"Mia Chen" invited "Tom_88" to join the group', ["Mia Chen", "Tom_88"]),
        # a nickname naming a parent by the child's name and the relation
        ("周文博爸爸", ["周文博"]),
        # a neighbour's nickname: a flat number, a surname and a kinship title
        ("5-2-702 范姐", ["5-2-702", "范姐"]),
        ("8栋1203 邱阿姨", ["8栋1203", "邱阿姨"]),
        ("王姐", ["王姐"]),
    ],
)
def test_a_group_chats_nicknames_and_system_lines_name_members(line: str, found: list[str]) -> None:
    assert words(line) == sorted(found)


@pytest.mark.parametrize(
    "line",
    [
        "“周末读书会”今天改到下午",  # quotes with no member event: a title, not a member
        "收到,谢谢姐",  # a kinship title inside a sentence names no one
        "我妈妈说明天去",  # a relation word after no name
        "3-2 班家长",  # a class, no kinship title
        "阿姨",  # a kinship title with no surname
        "12栋602 阿姨",
    ],
)
def test_quotes_and_kinship_words_alone_name_no_one(line: str) -> None:
    assert words(line) == []


def test_a_signature_and_the_name_printed_under_it_are_the_writers() -> None:
    """A signed letter: the signature as OCR read it, the printed name, a title."""
    lines = (
        "Your gift will fund a week of meals.",
        "With warm thanks,",
        "Marguerite Olsem",
        "Marguerite Olsen",
        "Head of Fundraising",
    )
    got = masked(*lines)
    assert got.get("Marguerite Olsem") == ["Marguerite Olsem"]
    assert got.get("Marguerite Olsen") == ["Marguerite Olsen"]
    assert "Head of Fundraising" not in got and "With warm thanks," not in got


def test_a_bare_surname_is_masked_with_the_title_it_is_called_by() -> None:
    assert set(words("孙师傅 粤B12345")) == {"孙师傅"}
    assert set(words("何老师,明天上午来取")) == {"何老师"}
    # A full name keeps its title readable; a greeting is never masked.
    assert set(words("王芳老师您好")) == {"王芳"}


def test_a_name_a_space_before_its_title_is_masked_not_the_title() -> None:
    out = masked("四年级(3)班 欧阳青松 同学:", "在本学期被评为优秀少先队员")
    assert out["四年级(3)班 欧阳青松 同学:"] == ["欧阳青松"]
    # a greeting is still glued to its name: a word a space before it is not taken
    assert masked("谢谢 您好") == {}


def test_a_cards_closing_from_its_writers() -> None:
    # "Love from <name>": the writer after "from"; several writers joined, each masked;
    # "the kids" and the kisses stay readable.
    assert words("Love from Gideon") == ["Gideon"]
    assert words("Love from Gideon & the kids xx") == ["Gideon"]
    assert words("All our love from Gideon, Maud and Pip x") == ["Gideon", "Maud", "Pip"]
    assert words("Avec toute mon affection, Solange") == ["Solange"]
    assert words("love from all of us") == []


def test_a_salutation_by_surname_and_kinship_title() -> None:
    # "<surname>阿姨，…": the reader's surname is masked, the title stays readable.
    assert words("郝阿姨，谢谢您送的礼物！") == ["郝"]
    assert words("冯叔叔：新年快乐") == ["冯"]
    assert words("高兴，今天见到你") == []
