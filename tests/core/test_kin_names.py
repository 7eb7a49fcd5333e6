"""People a notice names by their place in a family, the name printed over a life
span, the lines of a family's names and a date of birth inside a sentence: the
people and the date of birth are masked, kin words, headings and the rest of the
notice stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.birth_dates import birth_dates
from redactor.core.detect.text.kin_names import kin_names
from tests.core.test_label_values import masked
from tests.core.test_layout import CHAR_W, LINE_H, make_line, stack


def named(text: str) -> list[str]:
    return [text[s.start : s.end] for s in kin_names(text)]


def centred(*texts: str, middle: float = 600.0, gap: float = 14.0) -> list:
    return [
        make_line(t, x=middle - len(t) * CHAR_W / 2, y=100 + i * (LINE_H + gap))
        for i, t in enumerate(texts)
    ]


def test_a_chinese_list_of_the_family_glued_or_spaced() -> None:
    assert named("长子郑海然儿媳潘琪孙女郑娟泣告") == ["郑海然", "潘琪", "郑娟"]
    assert named("长女 韦丹 孙子 邱磊、邱涛 外孙 莫燕强 泣告") == ["韦丹", "邱磊", "邱涛", "莫燕强"]
    line = "次子宋明轩 长媳顾兰 敬告"
    assert set(masked(stack(line))[line]) == {"宋明轩", "顾兰"}


def test_a_settlements_child_in_its_custody_clause() -> None:
    assert named("三、婚生子刘向东(2019年3月2日出生)由女方抚养;") == ["刘向东"]
    assert named("养女卢可欣随男方生活") == ["卢可欣"]
    assert named("婚生子女的抚养费由双方协商") == []  # no name after the word


def test_english_kin_after_of_or_a_possessive_and_the_person_before() -> None:
    line = "Tessa, beloved wife of Rowan, much-loved parent of Ada, Ivo and Lark and a dear friend."
    assert sorted(named(line)) == sorted(["Tessa", "Rowan", "Rowan", "Ada", "Ivo", "Lark"])
    assert named("She is survived by her husband Osric Vane and their son Tam.") == [
        "Osric Vane",
        "Tam",
    ]
    assert named("In Liebe: seine Frau Maren und Tochter Ilka") == ["Maren", "Ilka"]


def test_a_sentence_wrapped_between_the_kin_word_and_the_name() -> None:
    lines = stack(
        "Peacefully at home on 3 May 2026, aged 81, Tessa, beloved",
        "wife of Rowan, much-loved parent of Ada and Lark.",
    )
    got = masked(lines)
    assert set(got[lines[0].text]) == {"Tessa"}
    assert set(got[lines[1].text]) == {"Rowan", "Ada", "Lark"}


def test_kin_words_alone_name_nobody() -> None:
    for line in (
        "儿子高考成绩很好",
        "孙女今年上小学",
        "丈夫高兴地说",
        "The parent of the child must sign below.",
        "Mother of the bride: please arrive early",
        "his wife and children were present",
    ):
        assert named(line) == [], line


def test_the_name_over_a_life_span_and_the_date_of_birth() -> None:
    lines = centred("In Loving Memory", "ORLA FENWICK", "3 May 1941 - 9 June 2026")
    got = masked(lines)
    assert got["ORLA FENWICK"] == {"ORLA FENWICK": "name"}
    assert got["3 May 1941 - 9 June 2026"] == {"3 May 1941": "id_number"}
    assert "In Loving Memory" not in got
    marked = centred("Unvergessen", "Hedda Korn", "*12.03.1939 † 02.05.2026")
    assert masked(marked)["Hedda Korn"] == {"Hedda Korn": "name"}


def test_a_period_of_validity_is_no_life_span() -> None:
    lines = centred("Season Ticket", "01.01.2024 - 31.12.2026")
    assert "Season Ticket" not in masked(lines)


def test_the_lines_of_a_familys_names() -> None:
    lines = centred(
        "In Liebe und Dankbarkeit",
        "Jorun Wendler",
        "Ilka und Bent Wendler",
        "Maren mit Tjark und Enno",
    )
    lines.append(make_line("Traueranschrift: Familie Wendler, am Deich 4, 27777 Nordhude", y=400))
    got = masked(lines)
    assert "In Liebe und Dankbarkeit" not in got
    assert set(got["Jorun Wendler"]) == {"Jorun Wendler"}
    assert set(got["Ilka und Bent Wendler"]) == {"Ilka", "Bent Wendler"}
    assert set(got["Maren mit Tjark und Enno"]) == {"Maren", "Tjark", "Enno"}


def test_a_date_of_birth_inside_a_sentence_wrapped_over_a_column() -> None:
    text = "生于一九四八年三月二日，"
    assert [text[s.start : s.end] for s in birth_dates(text)] == ["一九四八年三月二日"]
    lines = stack("先母生前系退休教师。生于一九四八", "年三月二日，因病逝世。")
    got = masked(lines)
    assert got[lines[0].text] == {"一九四八": "id_number"}
    assert got[lines[1].text] == {"年三月二日": "id_number"}
    assert [s for s in birth_dates("Reborn 1990 edition, reprinted 2001")] == []


def test_a_birth_labels_words_inside_a_sentence_announce_the_date() -> None:
    for text, date in (
        ("certify that Ann Lowe (date of birth 04/11/1987) attended", "04/11/1987"),
        ("Herr Jörg Ostwald, geb. am 12.03.1961, war in Behandlung", "12.03.1961"),
        ("Nacida el 3 de mayo; fecha de nacimiento 03/05/1990.", "03/05/1990"),
    ):
        found = [text[s.start : s.end] for s in birth_dates(text)]
        assert found == [date], text
    assert [s for s in birth_dates("a date of birth is required")] == []


def test_a_date_of_birth_after_the_place_of_birth() -> None:
    for text, date in (
        ("il Sig. Piero Lodi, nato/a a Reggio Emilia (RE) il 14/09/1972, C.F.", "14/09/1972"),
        ("Mrs Ada Kerr, born in Leeds on 3 May 1980, of", "3 May 1980"),
        ("née à Saint-Étienne le 12/01/1975", "12/01/1975"),
    ):
        assert [text[s.start : s.end] for s in birth_dates(text)] == [date], text
    # A year alone, or lower-case words where a town would stand, is no birth date.
    assert [s for s in birth_dates("the model born in 1980 as a prototype")] == []
    assert [s for s in birth_dates("born in the spring of 12/05/2001")] == []


def test_a_short_first_name_called_alone_in_running_text() -> None:
    lines = stack("Name: Léa Girard", "Léa a fourni un travail sérieux. Bravo Léa !")
    assert set(masked(lines)[lines[1].text]) == {"Léa"}
    lines = stack("Name: May Tran", "", "The next term begins in May.")
    assert lines[2].text not in masked(lines)


def test_a_name_alone_on_a_page_that_lists_people() -> None:
    lines = stack("芳名", "王建国", "李秀英", "韩雨涵")
    lines.append(make_line("2025年3月2日", x=100, y=520))
    lines.append(make_line("周丽", x=700, y=600))
    lines.append(make_line("王府饭店", x=700, y=700))
    got = masked(lines)
    assert got["周丽"] == {"周丽": "name"}
    assert "王府饭店" not in got and "2025年3月2日" not in got
    alone = [make_line("周丽", x=700, y=600)]
    assert "周丽" not in masked(alone)  # no list on the page: a word like any other


def test_a_name_after_a_wish_written_for_the_person() -> None:
    for line, name in (
        ("Get well soon Tamsin!", "Tamsin"),
        ("Happy 7th Birthday Ivo", "Ivo"),
        ("Joyeux anniversaire Anaïs", "Anaïs"),
        ("InscriptionJoyeux anniversaire Maëlys", "Maëlys"),
    ):
        assert set(masked(stack(line))[line]) == {name}, line
    for line in ("Happy birthday to you", "Congratulations on your new home", "Unhappy Birthday"):
        assert line not in masked(stack(line)), line


def test_the_person_who_took_the_order() -> None:
    for line, name in (
        ("Order taken by Ravi", "Ravi"),
        ("Commande prise par Gaëlle", "Gaëlle"),
        ("Cutter Odette Vane", "Odette Vane"),
    ):
        assert set(masked(stack(line))[line]) == {name}, line


def test_a_friend_or_a_neighbour_named_in_a_sentence() -> None:
    assert named("Parcel left with Idris (neighbour), tel 07700 900123") == ["Idris"]
    assert named("紧急联系人韩雨涵(女儿)") == ["韩雨涵"]
    lines = stack("I lost it on the bus at about 9am. My friend Saoirse", "Quill was with me.")
    got = masked(lines)
    assert set(got[lines[0].text]) == {"Saoirse"}
    assert set(got[lines[1].text]) == {"Quill"}
    assert named("Ask a neighbour (or a friend) to sign.") == []


def test_a_wills_heir_named_inside_its_clause() -> None:
    # The name ends where the clause's verb or particle starts, kin word kept.
    assert named("三、我的存款全部由次子欧阳明辉继承。") == ["欧阳明辉"]
    assert named("二、其余物品由外甥女钟小丽自行处理。") == ["钟小丽"]
    assert named("其中属于我的份额由丈夫彭志为唯一继承人") == ["彭志"]
    assert named("由妻子继承") == []


def test_a_wills_role_word_announces_a_name_in_its_sentence() -> None:
    assert named("在我和公证员助理上官丽娜的面前签名") == ["上官丽娜"]
    assert named("受托人贺文杰负责管理") == ["贺文杰"]
    # a complaint's party inside its sentence, its role word readable
    assert named("反映楼下小吃店(经营者周建春)夜间噪音扰民") == ["周建春"]
    # A role word before a label, a conjunction or a duty announces no one.
    assert named("立遗嘱人、遗嘱执行人及见证人各执一份。") == []
    assert named("代理人姓名") == []


def test_a_title_between_the_kin_word_and_the_name() -> None:
    line = "SEGUNDA.- Lega a su nieta D./Dña. María Luisa Ortega Blanco el piso de la calle"
    assert named(line) == ["María Luisa Ortega Blanco"]
    assert named("she leaves to her son Mr Owen Hart the house") == ["Owen Hart"]


def test_a_date_of_birth_after_a_word_written_for_both_genders() -> None:
    line = "COMPARECE: D. Julio Sanz Mora, nacido/a el 14/02/1961, vecino/a de Toledo"
    assert [line[s.start : s.end] for s in birth_dates(line)] == ["14/02/1961"]


def test_a_workplace_post_or_fellow_names_the_person_in_a_statement_of_facts() -> None:
    # A claim's statement of facts names a supervisor or a colleague right after the
    # post, with no mark; the name ends where the clause goes on.
    def names(text: str) -> list[str]:
        return [text[s.start : s.end] for s in kin_names(text)]

    assert names("2025年3月起车间主任郑国梁多次要求加班") == ["郑国梁"]
    assert names("当日由组长韩秀英安排调岗,同事何建平也在场") == ["韩秀英", "何建平"]
    # A post with no name after it names no one.
    assert names("经理说明了情况") == []


def test_a_surname_before_a_post_in_a_story() -> None:
    assert named("城管赵队长到场查看后仍未整改。") == ["赵"]
    assert named("多次反映,物业孙经理未予处理。") == ["孙"]
    assert named("已联系欧阳主任。") == ["欧阳"]
    assert named("项目经理与副厂长均未到场") == []


def test_a_name_set_off_by_commas_after_a_possessive_and_its_kin_word() -> None:
    line = "Les soins coûtent cher. Son compagnon, Rémi Vautrin, a quitté son poste"
    assert [line[s.start : s.end] for s in kin_names(line)] == ["Rémi Vautrin"]
    line = "Her brother, Olek, drives her to every session."
    assert [line[s.start : s.end] for s in kin_names(line)] == ["Olek"]
    line = "My son, I think, will agree"
    assert [line[s.start : s.end] for s in kin_names(line)] == []


def test_a_filiation_names_both_parents_after_its_repeated_of() -> None:
    # A register or a certificate names the parents after "son of", the "of" repeated
    # before the second one; a colon may follow the first.
    assert named("Fils de : Aubin Ravelle et de Sidonie Marcq") == [
        "Aubin Ravelle",
        "Sidonie Marcq",
    ]
    line = "bautizó a Leo Pardo, hijo de Íker Pardo Solís y de Nerea Olmo Vidal, nacido"
    assert named(line) == ["Íker Pardo Solís", "Nerea Olmo Vidal"]
    line = "risulta che Tito Sarpi, figlio di Ezio Sarpi e di Ada Corvaglia, nato a"
    assert named(line) == ["Ezio Sarpi", "Ada Corvaglia"]


def test_a_kin_word_in_the_first_person_or_as_a_title_before_a_first_name() -> None:
    assert named("Nach dem Tod meiner Mutter Wiebke fühle ich mich leer") == ["Wiebke"]
    assert named("Depuis que ma sœur Anouk est partie") == ["Anouk"]
    assert named("mia sorella Ornella mi ha aiutato") == ["Ornella"]
    assert named("Grandad Cyril") == ["Cyril"]
    assert named("Pick-up by Auntie Marva on Fridays") == ["Marva"]
    # a kin word before no name, or before an ordinary word in small letters
    assert named("my mother's house") == []
    assert named("the uncle of the bride") == []


def test_a_birth_name_after_its_mark() -> None:
    assert named("Edith Karsh (née Pellow), born on 2 May 1990") == ["Pellow"]
    assert named("Madame Ines MORLAIX épouse VARIGNY, née le 23/09/1975") == ["VARIGNY"]


def test_a_post_after_an_article_names_the_person_after_it() -> None:
    line = "accompagnato/a dall'agente Brunella Toschi, il seguente immobile"
    assert named(line) == ["Brunella Toschi"]
    assert named("Le commandant Ysoline Carrel") == ["Ysoline Carrel"]
    assert named("Please contact the officer Dermot Quayle") == ["Dermot Quayle"]
    assert named("le commandant de bord et l'équipage") == []
    assert named("ask the officer in charge") == []


def test_a_kin_word_after_the_name_ends_it() -> None:
    # a contact sheet's column read on into the line under it
    assert named("Auntie Marva Parents only") == ["Marva"]
    assert named("Childminder Uncle") == []


def test_a_chinese_date_of_birth_given_before_its_word() -> None:
    # "<date>出生": the date before the word of birth is the person's; a bare year
    # before it, or a date before another word, is not.
    text = "申请人:蒲晓岚,女,汉族,1979年11月3日出生,身份证号码见附件"
    assert [text[s.start : s.end] for s in birth_dates(text)] == ["1979年11月3日"]
    assert [s for s in birth_dates("2025年出生人口统计")] == []
    assert [s for s in birth_dates("本协议于2026年3月1日生效")] == []
