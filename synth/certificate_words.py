"""The words of the award certificates (:mod:`synth.layouts_award`): schools, contests,
prizes, honours and courses, and the English and French certificates' phrases."""

from __future__ import annotations

CN_SCHOOLS = ("实验中学", "第一中学", "外国语学校", "育才小学", "第二实验小学", "师范附属中学")
CN_TOWNS = ("滨江市", "东林县", "南岭区", "青川市", "西湖区")
CN_CONTESTS = (
    "全国青少年科技创新大赛",
    "“春蕾杯”作文比赛",
    "校园十佳歌手大赛",
    "中小学生数学竞赛",
    "英语演讲比赛",
    "秋季田径运动会男子400米",
    "书法绘画作品展评",
)
CN_PRIZES = ("一等奖", "二等奖", "三等奖", "金奖", "优秀奖", "第一名")
CN_HONOURS = ("三好学生", "优秀班干部", "学习标兵", "进步之星", "优秀少先队员")
CN_GRADES = ("初一", "初二", "初三", "高一", "高二", "三年级", "四年级", "五年级", "六年级")
CN_COURSES = ("育婴师", "中式烹调师(初级)", "电工作业", "健康管理师", "保育员", "叉车司机")
CN_CENTRES = ("职业技能培训中心", "人力资源培训学校", "继续教育学院")

#: Language -> the certificate's words.
WORDS: dict[str, dict[str, tuple[str, ...] | str]] = {
    "en": {
        "titles": ("Certificate of Completion", "Certificate of Achievement"),
        "certify": "This is to certify that",
        "did": ("has successfully completed", "has satisfied all the requirements of"),
        "courses": (
            "First Aid at Work (3 days)",
            "Level 2 Food Hygiene and Safety",
            "Introduction to Python Programming",
            "Grade 5 Piano (Practical)",
            "Forklift Operator Training",
        ),
        "with": ("with Distinction", "with Merit", "", "Pass"),
        "on": "Awarded on ",
        "roles": ("Principal", "Course Director", "Lead Trainer", "Head of Centre"),
        "id": "Certificate ID: ",
        "verify": "Verify this certificate at ",
        "bodies": ("Northgate College", "Riverside Training Academy", "St Aidan's School"),
    },
    "fr": {
        "titles": ("ATTESTATION DE RÉUSSITE", "DIPLÔME"),
        "certify": "Le directeur de l'établissement atteste que",
        "did": ("a satisfait aux épreuves du", "a obtenu le"),
        "courses": (
            "Brevet d'aptitude aux fonctions d'animateur",
            "Certificat de secourisme PSC1",
            "Diplôme d'études en langue française B2",
            "Brevet des collèges",
        ),
        "with": ("mention Très bien", "mention Bien", "mention Assez bien", ""),
        "on": "Fait à Montclair, le ",
        "roles": ("Le Directeur", "La Directrice", "Le Président du jury"),
        "id": "N° INE : ",
        "verify": "Vérification : ",
        "bodies": (
            "Lycée Jean-Moulin",
            "Institut de Langues de Montclair",
            "Centre de formation Alpha",
        ),
    },
}
