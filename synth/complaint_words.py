"""Word tables of the public complaint family (:mod:`synth.layouts_complaint`): bureaus,
hotlines, complaint topics and the prose written about them in Chinese, English and
Spanish. The prose is ordinary; its ``{fields}`` are filled in by the drawers with the
complainant, the neighbour, an official's surname (the post after it stays ordinary),
flats, phones, dates and places, each with its own kind."""

from __future__ import annotations

CN_DISTRICTS = ("滨江区", "锦江区", "天河区", "江北区", "鼓楼区", "高新区")
CN_SHOPS = ("老王烧烤", "川味小厨", "兴达建筑劳务有限公司", "金鼎酒楼", "宏远装饰工程公司")


#: (title, the complainant's own account, a clerk's third-person summary, the demand,
#: the bureau that handles it).
#: Fields: {ndoor} the neighbour's flat, {neighbour}, {osur} an official's surname with
#: the post written after it, {since} a date, {shop} a business, {nphone}, {amount}.
CN_TOPICS = (
    (
        "噪音扰民",
        "自{since}起,我家楼上{ndoor}住户{neighbour}经常在深夜十一点以后拖动桌椅、大声播放音乐,"
        "严重影响我家老人和孩子休息。我曾三次上门协商,{neighbour}非但不改,还出言辱骂我爱人。"
        "我们也多次向物业反映,物业{osur}经理只是口头答应,至今没有解决。",
        "其楼上{ndoor}住户{neighbour}自{since}起经常深夜制造噪音,多次协商无果,"
        "物业{osur}经理未予处理。",
        "恳请领导高度重视,责成有关部门依法处理,还我们一个安静的生活环境。",
        "城市管理综合执法局",
    ),
    (
        "违章搭建",
        "我家隔壁{ndoor}业主{neighbour}自{since}起擅自在露台搭建彩钢板房,并拆改外墙,"
        "存在严重安全隐患,也挡住了我家的采光。社区{osur}主任上门劝阻过一次,对方置之不理,"
        "工程至今仍在继续。",
        "隔壁{ndoor}业主{neighbour}自{since}起在露台违章搭建,社区{osur}主任劝阻无效。",
        "请求有关部门尽快到现场查处,依法拆除违章建筑。",
        "住房和城乡建设局",
    ),
    (
        "餐饮油烟",
        "小区楼下{shop}自{since}开业以来,油烟未经净化直接排放,每天中午和晚上油烟直冲我家窗户,"
        "根本不能开窗。我找过店老板{neighbour}几次,他说设备合格。城管中队{osur}队长来看过,"
        "说会处理,但一个多月过去没有任何变化。",
        "楼下{shop}(经营者{neighbour})自{since}起油烟直排,城管{osur}队长现场查看后未见整改。",
        "请求责令该店安装油烟净化设备,达标排放。",
        "生态环境分局",
    ),
    (
        "拖欠工资",
        "我于{since}起在{shop}承包的工地做木工,包工头{neighbour}(电话{nphone})至今拖欠我和"
        "另外五名工友的工资共计{amount}元。我们多次讨要,{neighbour}一直推托。劳动监察大队"
        "{osur}科长让我们先来登记。",
        "其自{since}起在{shop}工地务工,包工头{neighbour}(电话{nphone})拖欠工资{amount}元,"
        "已向劳动监察{osur}科长反映。",
        "请求依法督促支付拖欠的工资。",
        "人力资源和社会保障局",
    ),
    (
        "占用消防通道",
        "小区地下车库的消防通道被{ndoor}业主{neighbour}的车辆长期占用,我们多次向物业{osur}经理"
        "反映,至今无人处理,一旦发生火灾后果不堪设想。此情况自{since}起一直存在。",
        "{ndoor}业主{neighbour}自{since}起长期占用消防通道停车,物业{osur}经理未处理。",
        "请求消防及相关部门依法处理,确保通道畅通。",
        "消防救援大队",
    ),
)
CN_CLOSINGS = ("此致", "特此投诉")
CN_WAYS = ("走访", "来信", "网上信访", "电话")
CN_RESULTS = (
    "已于{day}上门核实,与{neighbour}当面沟通,对方承诺整改。",
    "已转交属地街道办理,{day}电话联系来电人告知进展。",
    "{day}会同社区现场查看,已责令{neighbour}限期整改。",
)
CN_OPINIONS = (
    "转{district}街道办事处办理,限15个工作日内答复。",
    "请{osur}科长牵头核查,依法依规处理。",
    "交{district}城管执法中队现场处置,及时回复信访人。",
)

#: (council, department, its address): the council's own, business data.
EN_COUNCILS = (
    (
        "Kestrelford Borough Council",
        "Environmental Health",
        "Civic Centre, Market Street, Kestrelford KF1 1AA",
    ),
    (
        "Wendle District Council",
        "Planning Enforcement",
        "Council Offices, Church Lane, Wendle WD4 9ZZ",
    ),
    ("Avoncliff City Council", "Anti-Social Behaviour Team", "PO Box 77, Avoncliff AV1 1XX"),
)
#: (subject, body). Fields: {neighbour} a surname after Mr / Mrs, {nhouse} the
#: neighbour's house number and street, {since}, {officer} a council officer's name.
EN_TOPICS = (
    (
        "Noise nuisance from {nhouse}",
        "I am writing to complain about persistent noise from my neighbour, Mr {neighbour}, at "
        "{nhouse}. Since {since} loud music has been played most nights until after 2 am. I "
        "have spoken to Mr {neighbour} twice and kept a diary of the dates, which I enclose. "
        "I reported this by telephone to {officer} in your department but have heard nothing "
        "further.",
    ),
    (
        "Unauthorised extension at {nhouse}",
        "Since {since} my neighbour, Mrs {neighbour}, has been building a two-storey extension "
        "at {nhouse} which I believe has no planning permission. It blocks the light to our "
        "kitchen and the builders start work at 6 am. When I raised this with Mrs {neighbour} "
        "she told me to contact the council, so I am doing so. {officer} visited once but no "
        "action has followed.",
    ),
    (
        "Fly-tipping and bonfires at {nhouse}",
        "I wish to complain about the rubbish dumped and burnt in the garden of {nhouse}, the "
        "home of Mr {neighbour}. This has happened every weekend since {since}. The smoke comes "
        "into our home and my son has asthma. Your officer, {officer}, said a warning letter "
        "would be sent.",
    ),
)
EN_CLOSE = (
    "I would be grateful if you could investigate this matter and let me know what action "
    "the council intends to take. I can be contacted on the number below."
)

ES_BUSINESSES = (
    ("Bar Restaurante El Rincón", "B12345674", "Calle Real, 8, Villaverde", "Hostelería"),
    (
        "Talleres Hermanos Peña S.L.",
        "B87654321",
        "Polígono Sur, nave 4, Torrealta",
        "Taller de vehículos",
    ),
    (
        "Supermercados Díaz",
        "A28000153",
        "Avda. de la Constitución, 45, Puebla Nueva",
        "Alimentación",
    ),
)
#: Facts written by hand; {staff} an employee's surname after Sr. / Sra., {first} a first
#: name, {day} a date.
ES_FACTS = (
    "El día {day} me cobraron dos veces el mismo menú. Al reclamarlo, el encargado, Sr. "
    "{staff}, se negó a devolverme el importe y me faltó al respeto delante de otros clientes.",
    "Dejé el coche el {day} para cambiar las pastillas de freno y me han cobrado una reparación "
    "que no autoricé. La empleada {first} me dijo que lo hablara con el Sr. {staff}, que no estaba.",
    "El {day} compré un producto caducado y no me permitieron devolverlo. La cajera, {first}, "
    "llamó a la Sra. {staff}, que se negó a darme la hoja de reclamaciones hasta que insistí.",
)
ES_CLAIMS = (
    "Solicito la devolución del importe cobrado indebidamente y una disculpa.",
    "Pido que se me devuelva el dinero y que se sancione al establecimiento.",
)
