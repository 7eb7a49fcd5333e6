"""Word tables of the labour arbitration family (:mod:`synth.layouts_arbitration`):
employers, jobs, claims, the facts' templates, tribunals, law firms and Italian and
English counterparts. Employers, jobs, amounts, laws and tribunals are ordinary; the
``{fields}`` of a template are filled with personal data by the layout."""

from __future__ import annotations

CN_FIRMS = (
    ("深圳市鑫达电子科技有限公司", "深圳市宝安区西乡街道航城大道168号"),
    ("东莞市恒丰包装制品有限公司", "东莞市长安镇振安中路39号"),
    ("上海悦家餐饮管理有限公司", "上海市徐汇区漕溪北路88号3楼"),
    ("成都市蓉城物业服务有限公司", "成都市锦江区东大街下东大街段99号"),
    ("杭州快达物流有限公司", "杭州市萧山区经济技术开发区建设一路66号"),
)
CN_JOBS = ("操作工", "仓库管理员", "厨师", "保安", "销售专员", "会计", "快递员", "质检员")
CN_ROLES = ("车间主任", "部门经理", "人事主管", "店长", "班组长")
CN_CLAIMS = (
    "请求裁决被申请人支付拖欠的工资{a}元;",
    "请求裁决被申请人支付违法解除劳动合同的赔偿金{a}元;",
    "请求裁决被申请人支付未签订书面劳动合同的二倍工资差额{a}元;",
    "请求裁决被申请人支付延长工作时间加班费{a}元;",
    "请求裁决被申请人支付未休年休假工资{a}元;",
    "请求裁决被申请人为申请人补缴在职期间的社会保险费;",
)
CN_FACTS = (
    "申请人于{start}入职被申请人处,担任{job}一职,月工资{wage}元。工作期间申请人的直接上级为"
    "{role}{boss},同事{mate}可以证明申请人每天工作十一小时、每月仅休息两天。{end},{boss}"
    "以\u201c业绩不达标\u201d为由口头通知申请人不用再来上班,且拒绝支付最后两个月工资。",
    "申请人自{start}起在被申请人处从事{job}工作,双方未签订书面劳动合同。{end}被申请人"
    "{role}{boss}在微信群中宣布申请人被辞退,申请人多次找其协商未果。同班组的{mate}亦于同日"
    "被辞退。被申请人至今拖欠申请人工资及加班费。",
)
CN_LAW = (
    "根据《中华人民共和国劳动合同法》第三十条、第四十七条、第八十二条及第八十七条之规定,"
    "被申请人的行为侵害了申请人的合法权益,为维护申请人的合法权益,特向贵委申请仲裁,"
    "请依法裁决。"
)
CN_DISTRICTS = ("宝安区", "长安镇", "徐汇区", "锦江区", "萧山区", "天河区", "江北区")
CN_LAWFIRMS = (
    "广东华商律师事务所",
    "上海锦天城律师事务所",
    "北京盈科(成都)律师事务所",
    "浙江天册律师事务所",
)
CN_SERVICE_NOTES = (
    "1. 受送达人应当如实提供确切的送达地址,送达地址变更的,应及时书面告知仲裁委。",
    "2. 因受送达人提供的地址不准确或不及时告知变更后的地址,使仲裁文书无法送达的,"
    "文书退回之日视为送达之日。",
    "3. 受送达人同意采用电子方式送达的,以电子邮件或短信到达受送达人特定系统的日期为送达日期。",
)
EN_FIRMS = (
    ("Brightwell Logistics Ltd", "Unit 4, Meridian Park, Leicester LE19 1WX"),
    ("The Copper Kettle Cafés Ltd", "12 High Street, Harrogate HG1 1HY"),
    ("Northgate Care Homes plc", "Northgate House, Wakefield WF1 2TE"),
    ("Sparks & Son Electrical", "88 Station Road, Swindon SN1 1EE"),
)
EN_JOBS = ("Warehouse operative", "Kitchen supervisor", "Senior care assistant", "Electrician")
EN_FACTS = (
    "I worked for the respondent from {start} until {end}. My line manager was {boss}. On "
    "{day} {boss} told me in front of {mate} that I was no longer needed and should go "
    "home. I was not given any reason or a chance to appeal. I believe I was unfairly "
    "dismissed and I am owed two weeks' wages and 6 days' holiday pay.",
    "From {start} I was paid less than the National Minimum Wage because unpaid "
    "training time was not counted. I raised a grievance with {boss} (Operations "
    "Manager) on {day}. After that my shifts were cut. My colleague {mate} saw the rota "
    "being changed. I claim unlawful deductions from wages and detriment.",
)
IT_FIRMS = (
    ("Tessitura Lombarda S.r.l.", "Via dell'Industria 14, Busto Arsizio (VA)"),
    ("Ristorante Da Gino S.n.c.", "Piazza Garibaldi 3, Modena"),
    ("Logistica Adriatica S.p.A.", "Zona Industriale, Via Ancona 50, Pescara"),
)
IT_JOBS = (
    "operaio tessile di 3° livello",
    "cameriere di sala",
    "magazziniere",
    "impiegata amministrativa",
)
IT_CLAIMS = (
    "differenze retributive per lavoro straordinario non retribuito",
    "TFR non corrisposto alla cessazione del rapporto",
    "illegittimità del licenziamento intimato oralmente",
    "mensilità aggiuntive (tredicesima e quattordicesima) non pagate",
)
IT_BODIES = (
    "Ispettorato Territoriale del Lavoro di Varese",
    "Commissione di conciliazione presso l'ITL di Modena",
    "Ispettorato Territoriale del Lavoro di Pescara",
)
