"""Words for :mod:`synth.layouts_greeting` (greeting cards and personal letters).

Printed greetings, verses, kin words, endearments and shops are ordinary; the 小名
(豆豆, 乐乐) a family calls a child by names that child and is personal.
"""

from __future__ import annotations

#: (printed greeting large, printed line under it).
CN_GREETINGS = (
    ("新年快乐", "恭贺新禧 万事如意"),
    ("生日快乐", "愿你的每一天都充满阳光"),
    ("万事如意", "福星高照 阖家欢乐"),
    ("中秋快乐", "花好月圆 人月两团圆"),
    ("教师节快乐", "桃李不言 下自成蹊"),
    ("春节快乐", "吉祥如意 岁岁平安"),
)
#: (kin word the writer calls the reader, kin word the writer signs as).
CN_KIN = (
    ("外婆", "您的外孙女"),
    ("奶奶", "您的孙子"),
    ("爸爸妈妈", "你们的女儿"),
    ("老师", "您的学生"),
    ("姐", "弟弟"),
)
CN_PETS = ("豆豆", "乐乐", "妞妞", "小宝", "糖糖", "果果", "小雨", "阳阳")
CN_WISHES = (
    "新的一年里,祝您身体健康,天天开心!",
    "祝你生日快乐,永远十八岁,想吃什么我请客!",
    "好久没见了,很想念你们。等放假了我一定回去看你们。",
    "今年一个人在外地过节,别担心我,我一切都好。",
    "谢谢你这一年来的照顾和帮助,我们的友谊万岁!",
    "记得按时吃药,天冷多穿衣服,别舍不得开暖气。",
)
CN_MOVED = "我们搬家了,新地址是"
CN_CALL = "有事打我电话"
EN_FRONTS = (
    ("Merry Christmas", "and a Happy New Year"),
    ("Happy Birthday", "Wishing you a wonderful day"),
    ("Season's Greetings", "Peace and joy at Christmas"),
    ("Happy Anniversary", "Here's to many more"),
)
EN_KIN = ("Aunt", "Auntie", "Uncle", "Gran", "Grandad", "Nan", "Mum", "cousin")
EN_BODIES = (
    "Hope you're all keeping well and the new kitchen is finished at last!",
    "Sorry we missed you in the summer, we must get together soon.",
    "Thank you for the lovely jumper, it fits perfectly.",
    "The kids are growing up so fast, Emma starts big school in September.",
)
EN_SIGNS = ("Love from", "Lots of love", "All our love", "Best wishes", "Love")
FR_FRONTS = ("Meilleurs vœux", "Joyeux anniversaire", "Bonne année", "Joyeux Noël")
FR_KIN = ("Chère Mamie", "Cher Papi", "Chère Tata", "Cher Tonton", "Chère Maman")
FR_BODIES = (
    "Je te souhaite une très belle année, pleine de santé et de bonheur.",
    "Merci beaucoup pour le joli cadeau, il m'a fait très plaisir.",
    "Tu nous manques, on a hâte de venir te voir cet été.",
)
FR_SIGNS = ("Bisous", "Gros bisous", "Je t'embrasse", "Avec toute mon affection")
FR_UNDERS = ("et une belle année 2027", "Tous nos vœux de bonheur", "Santé, joie et douceur")
IT_UNDERS = ("e un sereno anno nuovo", "Auguri di cuore", "Pace e serenità")
IT_FRONTS = ("Buon Natale", "Buon compleanno", "Felice anno nuovo", "Tanti auguri")
IT_KIN = ("Cara nonna", "Caro nonno", "Cara zia", "Caro zio", "Cara mamma")
IT_BODIES = (
    "Ti auguro un anno pieno di salute e di serenità.",
    "Grazie mille per il regalo, è bellissimo!",
    "Ci manchi tanto, speriamo di vederti presto.",
)
IT_SIGNS = ("Baci", "Un abbraccio forte", "Con tanto affetto", "Bacioni")
#: Invented card makers, for the back of a printed card (ordinary).
BRANDS = ("Paperleaf Cards", "Little Robin Press", "Maple & Ink", "晨光贺卡", "墨语文创")
#: A standard envelope's printed small print (the maker's, ordinary).
#: What a sender writes on an envelope's face besides the addresses (ordinary).
ENVELOPE_NOTES = ("内有照片,请勿折叠", "急件", "内附贺卡", "挂号信")
ENVELOPE_PRINT = ("国家邮政局监制", "印制单位:东方纸品印刷厂", "规格:220×110mm  DL")
