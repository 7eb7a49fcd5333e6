"""Word tables of the auction families: houses, sales, lots, and the English and French
bidder forms' printed words (one table per language so one drawing serves both)."""

from __future__ import annotations

CN_HOUSES = ("嘉德", "保利", "西泠", "匡时", "华辰", "朵云轩", "东正")
CN_SALES = (
    "秋季艺术品拍卖会",
    "春季拍卖会·中国书画专场",
    "古董珍玩专场拍卖会",
    "司法委托机动车拍卖会",
    "名家瓷器杂项夜场",
)
#: (lot name, low estimate in yuan)
CN_LOTS = (
    ("清 青花缠枝莲纹梅瓶", 80000),
    ("齐白石 虾 立轴", 300000),
    ("民国 紫砂提梁壶", 12000),
    ("和田白玉籽料把件", 25000),
    ("张大千(款) 山水 镜心", 60000),
    ("清中期 铜鎏金佛像", 150000),
    ("老挝红酸枝圈椅一对", 18000),
)
CN_RULES = (
    "一、竞买人应在拍卖会前办理竞买登记手续，凭有效身份证件领取竞买号牌，号牌遗失须立即书面挂失。",
    "二、竞买人须交纳保证金，未成交者于拍卖会结束后七个工作日内无息退还至登记的银行账户。",
    "三、拍品以现状拍卖，竞买人应于预展期间亲自审看，对拍品的真伪及品质本公司不承担瑕疵担保责任。",
    "四、落槌即为成交，买受人应按落槌价的百分之十五支付佣金，并于七日内付清全部价款。",
)

#: The printed words of a Latin-script bidder form, by language.
LATIN = {
    "en": {
        "title": "Bidder Registration Form",
        "sale": "Sale",
        "paddle": "Paddle No.",
        "name": "Full name",
        "address": "Billing address",
        "tel": ("Telephone (day)", "Telephone (evening)"),
        "email": "Email",
        "card": "Card on file: last four digits",
        "expiry": "Expiry",
        "bank": "Bank / IBAN for refunds",
        "table": "Absentee bids",
        "cols": ("Lot No.", "Description", "Maximum bid (£)"),
        "terms": (
            "I agree to be bound by the Conditions of Sale printed in the catalogue. A buyer's "
            "premium of 25% plus VAT is added to the hammer price. Absentee bids are executed "
            "as cheaply as other bids allow; in the event of identical bids the earliest "
            "received takes precedence."
        ),
        "sign": "Authorised signature",
        "date": "Date",
        "office": "For office use: registered by",
        "currency": "£",
    },
    "fr": {
        "title": "Formulaire d'enregistrement / Ordre d'achat",
        "sale": "Vente",
        "paddle": "N° de palette",
        "name": "Nom et prénom",
        "address": "Adresse",
        "tel": ("Tél.", "Portable"),
        "email": "E-mail",
        "card": "Carte bancaire : 4 derniers chiffres",
        "expiry": "Exp.",
        "bank": "RIB / IBAN",
        "table": "Ordres d'achat",
        "cols": ("N° lot", "Désignation", "Limite en € (frais en sus)"),
        "terms": (
            "Je déclare avoir pris connaissance des conditions de vente et vous prie d'acquérir "
            "pour mon compte les lots désignés ci-dessous aux limites indiquées. Les frais "
            "acheteur de 26 % TTC s'ajoutent au prix d'adjudication. Joindre une pièce d'identité."
        ),
        "sign": "Signature (lu et approuvé)",
        "date": "Date",
        "office": "Réservé à l'étude : enregistré par",
        "currency": "€",
    },
}
EN_HOUSES = ("Hartley & Finch Auctioneers", "Whitcombe Fine Art", "The Saleroom at Ashby")
FR_HOUSES = ("Hôtel des Ventes de Lyon-Brotteaux", "Étude Delorme & Associés", "Drouot — Salle 7")
EN_SALES = ("Fine Art & Antiques", "Jewellery, Watches & Silver", "Modern & Contemporary Prints")
FR_SALES = ("Arts d'Asie", "Mobilier et objets d'art", "Bijoux et montres")
LOTS = {
    "en": (
        "A George III silver teapot, London 1789",
        "Oil on canvas, harbour at dusk, signed",
        "A Rolex Oyster Perpetual, c.1968",
        "Pair of Staffordshire spaniels",
        "Victorian mahogany writing slope",
    ),
    "fr": (
        "Vase en porcelaine de Chine, XIXe",
        "Commode Louis XV en marqueterie",
        "Montre Omega Seamaster, vers 1965",
        "Huile sur toile, paysage de Provence",
        "Paire de chenets en bronze doré",
    ),
}
