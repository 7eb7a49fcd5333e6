"""Word tables of the freight consignment family: carriers, routes, goods, packing
and the clauses printed on consignment notes."""

from __future__ import annotations

import random

CN_CARRIERS = (
    "顺通物流 杭州—成都专线",
    "德邦物流",
    "安能物流 义乌分拨中心",
    "佳吉快运",
    "宏远货运 广州—长沙专线",
)
CN_CITIES = ("成都", "长沙", "西安", "昆明", "沈阳", "郑州", "南宁", "乌鲁木齐", "哈尔滨")
CN_GOODS = (
    ("五金配件", "纸箱"),
    ("服装", "编织袋"),
    ("陶瓷餐具", "木架"),
    ("电动车配件", "纸箱"),
    ("茶叶", "纸箱"),
    ("办公椅", "裸装"),
    ("灯具", "木箱"),
    ("布料", "捆扎"),
)
CN_PAY = ("现付", "到付", "回单付", "月结")
CN_DELIVERY = ("自提", "送货上门", "送货不上楼")
CN_CLAUSES = (
    "托运须知:禁止托运易燃易爆、危险品及国家禁运物品,如有隐瞒,后果由托运人承担。",
    "未保价货物丢失、损坏按运费的三倍赔偿,最高不超过货物实际价值。",
    "货到七日内无人提货,按每件每日2元收取保管费。",
)
CN_COPIES = (
    "第一联 存根(白)",
    "第二联 托运人留存(红)",
    "第三联 收货人提货联(蓝)",
    "第四联 回单(黄)",
)
EN_CARRIERS = ("Pennine Freight Ltd", "Harbourside Haulage", "Crosslink Logistics")
EN_GOODS = (
    "Machine parts (spares)",
    "Printed books",
    "Garden furniture",
    "Ceramic tiles",
    "Textile rolls",
    "Bottled olive oil",
)
EN_PACKS = ("pallets", "cartons", "crates", "drums")
EN_CLAUSE = (
    "Received in apparent good order and condition, unless otherwise stated, for carriage "
    "subject to the carrier's conditions of carriage overleaf (CMR where applicable)."
)
ES_CARRIERS = ("Transportes Ebro S.L.", "Logística Levante", "TransMeseta S.A.")
ES_GOODS = ("Aceite de oliva", "Muebles de jardín", "Azulejos", "Piezas de recambio")
ES_PACKS = ("palés", "cajas", "bultos sueltos")
ES_CLAUSE = (
    "La mercancía viaja por cuenta y riesgo del cargador salvo pacto en contrario. "
    "Reclamaciones en el plazo de 7 días."
)


def route_code(rng: random.Random, city: str) -> str:
    """The big sorting code a specialist line prints for the destination depot."""
    return f"{city}-{rng.choice('ABCDEFGH')}{rng.randint(1, 36):02d}"


def cn_goods_rows(rng: random.Random, n: int) -> list[tuple[str, str, str, str, str, str]]:
    """Goods lines: name, packing, pieces, weight kg, volume m³, freight yuan."""
    out = []
    for goods, pack in rng.sample(CN_GOODS, n):
        pieces = rng.randint(1, 40)
        out.append(
            (
                goods,
                pack,
                str(pieces),
                str(pieces * rng.randint(8, 40)),
                f"{pieces * rng.uniform(0.03, 0.2):.2f}",
                str(rng.randint(4, 90) * 10),
            )
        )
    return out
