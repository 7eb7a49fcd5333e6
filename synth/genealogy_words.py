"""Word tables of the genealogy family (:mod:`synth.layouts_genealogy`,
:mod:`synth.genealogy_latin`): hall names, generation poems, courtesy-name characters,
burial places, villages, branches, schooling and work, and the English and Italian
charts' places and words. All ordinary: a hall, a poem, a grave's hillside or a
parish is the clan's or the place's, not a person's (the places are invented)."""

from __future__ import annotations

#: (clan surname, hall name); the surname is drawn with the clan's members
CN_HALLS = (
    ("陈", "颍川堂"),
    ("李", "陇西堂"),
    ("王", "太原堂"),
    ("张", "清河堂"),
    ("刘", "彭城堂"),
    ("黄", "江夏堂"),
    ("林", "西河堂"),
    ("周", "汝南堂"),
)
#: Generation poems: the n-th character is shared by the n-th generation's names.
CN_POEMS = (
    "德承先泽世守家声文明启运忠厚传芳",
    "永兴宗祖业大振国家昌诗书继世远",
    "光宗耀祖定国安邦仁义礼智孝友传家",
)
CN_ZI = "子伯仲叔季文武德敬思仁义礼智信允克懋昭"
CN_HAO = ("松亭", "竹溪", "梅村", "兰斋", "云峰", "石泉", "鹤山", "静轩")
CN_BURIALS = (
    "本村后山坳,坐北朝南",
    "祖坟左侧",
    "石门岭,癸山丁向",
    "县公墓福寿园",
    "枫树坪,与妣合葬",
)
CN_VILLAGES = ("本县李家村", "邻乡黄泥塘", "城关镇", "下洋村", "石桥头")
CN_SCHOOLING = ("大学文化", "高中文化", "中专", "研究生", "初中文化")
CN_WORK = ("务农", "教师", "县供销社职工", "经商", "工程师", "医生", "公务员")
CN_NUMS = "〇一二三四五六七八九"
CN_GEN = (
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
    "二十二",
    "二十三",
)
CN_BRANCHES = ("长房", "二房", "三房", "长房二支", "三房长支")
CN_REG_NOTE = (
    "说明:为续修族谱,请各房宗亲如实填写本表,已故者注明生卒年月及葬地,外嫁女可填写配偶"
    "姓名。所填信息仅用于编修族谱,由理事会统一保管。"
)

EN_PLACES = (
    "Halifax, Yorkshire",
    "Bristol, Gloucestershire",
    "Truro, Cornwall",
    "Paisley, Renfrewshire",
    "Swansea, Glamorgan",
    "Boston, Massachusetts",
)
EN_MEN = ("William", "Thomas", "George", "Albert", "Arthur", "Henry", "Frederick", "Walter")
EN_WOMEN = ("Ada", "Florence", "Edith", "Annie", "Elsie", "Martha", "Emily", "Harriet")
EN_CHURCHES = (
    "St Mary's, Halifax",
    "St John's, Truro",
    "Holy Trinity, Paisley",
    "All Saints, Bristol",
)
EN_CEMETERIES = ("Lister Lane Cemetery", "Arnos Vale Cemetery", "St Mary's churchyard")

IT_FIRST_M = ("Giuseppe", "Antonio", "Giovanni", "Luigi", "Francesco", "Mario", "Carlo")
IT_FIRST_F = ("Maria", "Anna", "Giuseppina", "Rosa", "Teresa", "Lucia", "Carmela")
IT_LAST = ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti", "Bruno")
IT_TOWNS = ("Bologna", "Lecce", "Bergamo", "Avellino", "Ferrara", "Trapani")
