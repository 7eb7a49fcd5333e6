"""The florist's words: bouquets, wrappings, time slots and the greetings written on
gift cards, in Chinese, English and French (tables for :mod:`synth.layouts_florist`).

Card templates: ``{to}`` the recipient as the sender calls them (a name or a pet
name made from it), ``{sign}`` how the sender signs. Endearments that are not names
(宝贝, darling, Mum & Dad, ta maman) stay in the ordinary text; no greeting ends in a
lone comma after the name (it would be an item of its own).
"""

from __future__ import annotations

CN_SHOPS = ("花语轩鲜花店", "花田里花艺工作室", "简爱花坊", "向日葵鲜花速递", "森林花舍")
CN_BOUQUETS = (
    ("一见倾心", "19枝红玫瑰"),
    ("温柔时光", "11枝粉玫瑰+满天星"),
    ("感恩有你", "康乃馨12枝+百合2枝"),
    ("金色年华", "向日葵3枝+尤加利"),
    ("早日康复", "混搭花篮"),
    ("永恒之爱", "33枝卡罗拉玫瑰"),
)
CN_WRAPS = ("香槟色韩式纸", "黑色雾面纸", "牛皮纸+麻绳", "粉色网纱", "白色雪梨纸")
CN_SLOTS = ("上午9:00-12:00", "下午13:00-17:00", "晚上18:00-20:00", "尽快送达", "中午12点前")
CN_PAY = ("微信", "支付宝", "现金", "美团")
#: Ribbon streamers: {to} the recipient's name or pet name, {sign} the sender.
CN_RIBBONS = ("祝{to}生日快乐", "{to}早日康复", "爱你的{sign}", "{sign}敬贺", "")
CN_CARDS = (
    ("亲爱的{to}", "生日快乐!愿你每天都像花儿一样开心,今晚老地方见。", "永远爱你的{sign}"),
    ("{to}", "祝你早日康复!病房里闷,看看花心情会好一点,等你出院一起吃火锅。", "{sign}"),
    ("{sur}老师:", "教师节快乐!感谢您三年来的悉心教导。", "学生 {sign} 敬上"),
    ("{to}宝贝:", "对不起,那天是我不好。原谅我好吗?", "{sign}"),
    ("致{to}", "新店开业大吉,生意兴隆!", "{sign} 贺"),
)
#: How an anonymous sender signs instead of a name (ordinary words).
CN_ANON = ("一个默默关心你的人", "猜猜我是谁", "你的秘密仰慕者")

EN_SHOPS = ("Petal & Stem", "The Flower Cart", "Bloom Room Florist", "Wildwood Flowers")
FR_SHOPS = ("Au Jardin de Lila", "Fleurs & Sens", "L'Atelier des Roses", "La Bohème Fleurs")
BOUQUETS = {
    "en": (
        ("Classic Dozen Red Roses", "12 stems"),
        ("Country Garden hand-tied", "15 stems"),
        ("Sunshine Gerbera bouquet", "10 stems"),
        ("Get Well basket, seasonal", "1 basket"),
        ("White Lily & Rose sympathy", "18 stems"),
    ),
    "fr": (
        ("Bouquet rond de roses rouges", "12 tiges"),
        ("Bouquet champêtre de saison", "15 tiges"),
        ("Pivoines et renoncules", "10 tiges"),
        ("Orchidée blanche en pot", "1 pot"),
        ("Composition deuil lys blancs", "1 composition"),
    ),
}
SLOTS = {
    "en": ("AM (9-12)", "PM (12-5)", "Evening (5-8)", "Anytime", "Before 10am"),
    "fr": ("Matin (9h-12h)", "Après-midi (14h-18h)", "Soirée (18h-20h)", "Dans la journée"),
}
#: Language -> card templates (greeting, message, sign-off).
CARDS = {
    "en": (
        (
            "Dear {to}",
            "Happy 30th birthday! We are so proud of you. Have a wonderful day.",
            "love, Mum & Dad xx",
        ),
        (
            "To my darling {to}",
            "Happy anniversary - ten years and counting. Dinner at 8?",
            "All my love, {sign} x",
        ),
        (
            "{to}",
            "Get well soon! The office is far too quiet without you.",
            "From {sign} and the team",
        ),
        ("Dear {to}", "Thinking of you at this sad time. With deepest sympathy.", "{sign}"),
        (
            "Hey {to}",
            "Congratulations on the new baby! Can't wait for cuddles.",
            "lots of love, {sign}",
        ),
    ),
    "fr": (
        ("Ma chère {to}", "Joyeux anniversaire ! Je t'embrasse très fort.", "ta maman"),
        ("{to}", "Bon rétablissement, on pense bien à toi.", "Bisous, {sign}"),
        ("Pour {to}", "Merci pour tout, tu es une amie en or.", "Avec toute mon amitié, {sign}"),
        ("Mon amour,", "Une rose pour chaque année passée à tes côtés.", "{sign}"),
    ),
}
#: Language -> the ribbon's words: (an anonymous sender's, a signed one's before the name).
RIBBONS = {"en": ("With love", "Love from "), "fr": ("Avec tout mon amour", "Avec amour, ")}
ANON = {"en": ("Guess who? x", "A secret admirer"), "fr": ("Devine qui ?", "Un admirateur secret")}

#: Language -> the order form's words.
FORM = {
    "en": {
        "title": "FLOWER ORDER",
        "sender": "SENDER",
        "recipient": "DELIVER TO",
        "name": "Name:",
        "phone": "Phone:",
        "email": "Email:",
        "addr": "Address:",
        "date": "Delivery date:",
        "slot": "Time:",
        "product": "Product:",
        "stems": "Qty:",
        "ribbon": "Ribbon text:",
        "card": "CARD MESSAGE",
        "anon": "Keep sender anonymous",
        "flowers": "Flowers",
        "delivery": "Delivery",
        "total": "Total",
        "driver": "Delivered by:",
        "received": "Received by:",
        "note": "Fresh flowers are seasonal; we may substitute stems of equal value and style.",
    },
    "fr": {
        "title": "BON DE COMMANDE",
        "sender": "EXPÉDITEUR",
        "recipient": "DESTINATAIRE",
        "name": "Nom :",
        "phone": "Tél. :",
        "email": "E-mail :",
        "addr": "Adresse :",
        "date": "Date de livraison :",
        "slot": "Créneau :",
        "product": "Article :",
        "stems": "Qté :",
        "ribbon": "Ruban :",
        "card": "MESSAGE DE LA CARTE",
        "anon": "Envoi anonyme",
        "flowers": "Fleurs",
        "delivery": "Livraison",
        "total": "Total TTC",
        "driver": "Livré par :",
        "received": "Reçu par :",
        "note": "Selon la saison, certaines fleurs peuvent être remplacées par des fleurs "
        "de même valeur.",
    },
}
