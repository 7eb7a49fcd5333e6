"""Words for :mod:`synth.layouts_roomlet` (rooms to let and notice-board adverts).

Headlines, flat sizes, rents, terms, subjects and items wanted are ordinary; estates
are the invented ones of :mod:`synth.fakedata_community` (landmarks, ordinary).
"""

from __future__ import annotations

CN_HEADS = ("房屋出租", "吉房出租", "招租", "单间出租", "房屋出租 拎包入住", "整租 · 合租")
CN_LAYOUTS = ("一室一厅", "两室一厅", "三室两厅", "主卧带独卫", "次卧", "单间", "loft公寓")
CN_DETAILS = (
    "精装修,家电齐全,拎包入住",
    "南北通透,采光好,有电梯",
    "近地铁{line}号线,步行5分钟",
    "水电燃气齐全,可做饭",
    "限女生,爱干净,不养宠物",
    "楼下有超市、菜市场,生活方便",
    "有宽带,空调,热水器,洗衣机",
    "可短租,可月付",
)
CN_TERMS = ("押一付三", "押一付一", "押二付一", "半年起租", "一年起租")
CN_TAIL = ("中介勿扰", "非诚勿扰", "随时看房", "房东直租,无中介费", "看房请提前电话联系")
CN_CALLERS = ("先生", "女士", "姐", "哥", "阿姨", "师傅", "老师")
#: (headline, the body before the contact, what is offered or sought; ordinary).
CN_NOTICES = (
    ("家教", "本人系师范大学在读研究生,有三年家教经验,", "辅导初高中数学、物理,可上门,价格面议。"),
    ("家教", "退休中学教师,耐心负责,", "辅导小学语文、数学作业,周末全天有空。"),
    ("求购", "本人诚心求购二手", "钢琴一台,八成新以上,价格合理即可。"),
    ("求购", "求购小区内", "地下车位一个,或长期租用。"),
    ("寻物启事", "本人于上周六在小区花园附近遗失", "黑色钱包一个,内有证件若干,拾到者必有重谢!"),
    ("寻物启事", "本人不慎在菜市场门口遗失", "钥匙一串(带蓝色挂件),万分感谢!"),
)
#: Short lines a notice adds under its prose, by headline.
CN_NOTICE_LINES = {
    "家教": ("科目:数学 物理 英语", "时间:周末及工作日晚上", "价格:面议", "可试听一次"),
    "求购": ("价格:面议", "可上门自提", "中介勿扰", "非诚勿扰"),
    "寻物启事": ("必有重谢!", "拾到者可交小区门卫处", "证件对失主很重要", "万分感谢"),
}
EN_HEADS = ("ROOM TO RENT", "DOUBLE ROOM TO LET", "ROOM AVAILABLE", "FOR SALE", "FLAT TO RENT")
EN_OFFERS = (
    "Large double room in a friendly house share, {rent} pcm incl. bills.",
    "Single room, quiet house, suit professional, {rent} pcm, deposit required.",
    "One-bed flat above the shops, unfurnished, {rent} pcm, no pets.",
)
EN_SALES = (
    "Child's bike, 20 inch wheels, good condition, {price} ono.",
    "Pine dining table and 4 chairs, {price}, buyer collects.",
    "Upright piano, needs tuning, free to a good home.",
)
EN_NEAR = ("5 mins from the station", "near the park", "on the 42 bus route", "off the High St")
EN_EXTRAS = (
    "Available now",
    "No smokers please",
    "Sorry no pets",
    "Couples considered",
    "Parking on street",
    "Cash only",
    "Can deliver locally",
)
EN_WHEN = ("after 6pm", "evenings", "weekends only", "any time", "before 9pm please")
DE_HEADS = ("Zimmer zu vermieten", "WG-Zimmer frei!", "Nachhilfe", "Biete Nachhilfe")
DE_OFFERS = (
    "Helles WG-Zimmer, 14 m², möbliert, {rent} € warm, ab sofort frei.",
    "Kleines Zimmer mit eigenem Bad, Nichtraucher, {rent} € inkl. NK.",
)
DE_LESSONS = (
    "Mathe, Physik und Chemie für Schüler der 5. bis 10. Klasse, {rent} € pro Stunde.",
    "Englisch und Deutsch, auch Abiturvorbereitung, {rent} €/Std., komme auch nach Hause.",
)
DE_NEAR = ("Nähe Bahnhof", "Zentrum, Nähe Marktplatz", "Nähe Uni", "ruhige Lage")
DE_WHEN = ("ab 18 Uhr", "abends", "am Wochenende", "gerne auch per SMS")
