"""Word tables of the home gas safety inspection family: gas companies, meters,
appliances and brands, check items, hazards and advice in Chinese, English and Italian
(all ordinary: they describe the installation, not the household)."""

from __future__ import annotations

#: (company, hotline)
CN_COMPANIES = (
    ("港华燃气有限公司", "95007"),
    ("新奥燃气", "95158"),
    ("华润燃气", "95777"),
    ("市天然气有限责任公司", "96777"),
)
CN_METERS = ("G2.5 膜式表", "G4 IC卡表", "G1.6 物联网表", "J2.5 智能表")
#: (appliance, brands)
CN_APPLIANCES = (
    ("灶具", ("方太", "老板", "华帝", "美的")),
    ("热水器", ("林内", "能率", "A.O.史密斯", "万和")),
    ("壁挂炉", ("威能", "菲斯曼", "博世", "阿里斯顿")),
)
CN_CHECKS = (
    "燃气表及阀门有无漏气",
    "胶管是否老化、超长(>2米)",
    "胶管是否穿墙、穿门窗",
    "灶具是否带熄火保护",
    "热水器烟道是否伸出室外",
    "厨房通风是否良好",
    "是否安装燃气报警器",
    "是否私自改装燃气管道",
)
#: (hazard, advice) written into the record; {who} is the resident told.
CN_FINDINGS = (
    ("灶具连接胶管老化开裂", "建议更换为金属波纹管,已告知户主{who}"),
    ("热水器烟道未伸出室外", "立即整改,停止使用,已当面告知{who}"),
    ("燃气表上方堆放杂物", "清理杂物,保持通风,已告知{who}"),
    ("胶管长度超过2米且穿墙", "建议改用波纹管,{who}表示本周内整改"),
)
CN_NOTICE = (
    "我公司安检人员于上述时间上门进行燃气安全检查,因家中无人未能入户。"
    "为保障您和家人的用气安全,请拨打预约电话预约安检时间。"
)

EN_FIRMS = ("Northfield Gas & Heating Ltd", "Kestrel Boiler Services", "A1 Plumbing & Gas")
#: (location, type, make, model, flue)
EN_APPLIANCES = (
    ("Kitchen", "Combi boiler", "Worcester Bosch", "Greenstar 30i", "RS"),
    ("Kitchen", "Hob", "Bosch", "PGP6B5B90", "FL"),
    ("Lounge", "Gas fire", "Valor", "Homeflame", "OF"),
    ("Utility", "System boiler", "Vaillant", "ecoTEC plus 630", "RS"),
    ("Kitchen", "Cooker", "Stoves", "Richmond 600G", "FL"),
)
EN_DEFECTS = (
    "None identified.",
    "Cooker stability bracket missing - advised, fitted at time of visit.",
    "CO alarm out of date in kitchen - tenant advised to replace.",
)

IT_FIRST = ("Giovanni", "Lucia", "Roberto", "Elena", "Stefano", "Paola", "Matteo")
IT_LAST = ("Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco")
IT_STREETS = ("Via Roma", "Corso Garibaldi", "Via Mazzini", "Viale dei Mille", "Via Verdi")
IT_TOWNS = ("20121 Milano", "10128 Torino", "40126 Bologna", "50122 Firenze")
IT_FIRMS = ("Termoidraulica Rossi S.r.l.", "Gas Service Nord S.n.c.", "ClimaCasa S.r.l.")
IT_CHECKS = (
    "Tenuta impianto interno",
    "Ventilazione locale",
    "Evacuazione fumi",
    "Dispositivi di sicurezza",
    "Stato tubo flessibile",
    "Analisi combustione (CO)",
)
