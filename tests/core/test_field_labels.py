"""The field lexicon's data, domain by domain: made-up label/value lines in both
languages are read as the kind of value they announce."""

from __future__ import annotations

import tomllib

import pytest

from redactor.core.detect.tables.field_lexicon import (
    FIELD_LABELS,
    LATIN_LABELS,
    Lang,
    ValueKind,
    default_lexicon,
)

SAMPLES = {
    "general": [
        ("姓名：王小明", "name"),
        ("Full Name: Jane Roe", "name"),
        ("联系电话 13800000000", "phone"),
        ("Mobile No. 98765 43210", "phone"),
        ("家庭住址：某某路1号", "address"),
        ("E-mail: jane@example.org", "email"),
        ("出生日期 1990-01-01", "birth_date"),
        ("D.O.B. 01/01/1990", "birth_date"),
        ("性别：女", "trait"),
        ("Gender: F", "trait"),
        ("日期：2024-05-01", "date"),
        ("Date 01/05/2024", "date"),
        ("备注：放门口", "free_text"),
        ("Remarks: call first", "free_text"),
        ("邮编 100000", "postcode"),
        ("ZIP CODE 10001", "postcode"),
        ("签名：", "signature"),
        ("Signature ________", "signature"),
        ("预约 周三下午", "time"),
        ("Appointment 2-4pm", "time"),
    ],
    "logistics": [
        ("收件人：李四", "name"),
        ("寄件人电话：13900000000", "phone"),
        ("收货地址 某省某市某路2号", "address"),
        ("运单号：SF1234567890", "tracking"),
        ("重量 1.5kg", "weight"),
        ("申报价值 100元", "amount"),
        ("价值 Value 20", "amount"),
        ("Ship To: John Doe", "party"),
        ("Consignee Tel 555-0100", "phone"),
        ("Tracking #: 1Z999AA10123456784", "tracking"),
        ("AWB No. 123-4567", "tracking"),
        ("Declared Value USD 20", "amount"),
        ("Description of contents: books", "product"),
        ("Sender's signature", "signature"),
        ("Country of origin: CN", "place"),
        ("Net weight 0.4 kg", "weight"),
        ("Print name: J Roe", "name"),
        ("Crew Sam", "name"),
        ("Item code BX-10", "product"),
        ("Warehouse: Unit 4, Trade Park", "organization"),
    ],
    "retail_food": [
        ("RMA number: RMA10000001", "id_number"),
        ("Return authorisation no. 55501", "id_number"),
        ("Order taken by Priya", "name"),
        ("Cutter Tomas Reyes", "name"),
        ("订购人 王小明", "name"),
        ("量体师 李师傅", "name"),
        ("收银员：小张", "name"),
        ("Item code AB-12", "product"),
        ("会员卡号 88880000", "id_number"),
        ("实收 100.00", "amount"),
        ("找零 3.50", "amount"),
        ("会员价 9.90", "amount"),
        ("订单备注：不要香菜", "free_text"),
        ("桌号 12", "reference"),
        ("商品名称 矿泉水", "product"),
        ("Cashier: Amy", "name"),
        ("Salesman: Ravi", "name"),
        ("刻字内容：永远爱你", "free_text"),
        ("Served by Tom", "name"),
        ("Member ID 100200300", "id_number"),
        ("Subtotal 12.00", "amount"),
        ("Change Due 0.50", "amount"),
        ("Table #7", "reference"),
        ("Customer Signature", "signature"),
        ("Order for: Sam", "name"),
        ("Unit Price 2.00", "amount"),
    ],
    "banking_payments": [
        ("全称 某某某", "name"),
        ("经办 某某", "name"),
        ("户名：王五", "name"),
        ("账号 6222000011112222", "id_number"),
        ("卡号：6222 **** **** 1234", "card_number"),
        ("开户行 某某银行", "organization"),
        ("用途：房租", "free_text"),
        ("交易金额 500.00", "amount"),
        ("持卡人签名", "signature"),
        ("A/C No. 000123456789", "id_number"),
        ("Account Name: Jane Roe", "name"),
        ("Beneficiary: John Doe", "name"),
        ("IBAN GB00TEST00000000000000", "id_number"),
        ("SWIFT/BIC TESTGB00", "organization"),
        ("Purpose of payment: rent", "free_text"),
        ("Card No: **** 1234", "card_number"),
        ("Auth Code 123456", "reference"),
        ("Cardholder Signature", "signature"),
        ("全称 王五", "name"),
        ("复核：", "name"),
        ("人民币 500.00", "amount"),
        # A payment's transaction number is the payer's (docs/synthetic-data.md); a
        # card terminal's reference, voucher and batch numbers are the terminal's.
        ("转账单号 4200000000000000000000000000", "id_number"),
        ("交易单号：T20260101000000", "id_number"),
        ("商户订单号 M0000000000", "id_number"),
        ("Transaction ID 0000000000000000000", "id_number"),
        ("参考号 000000000000", "reference"),
        ("凭证号 000123", "reference"),
        ("Batch No 000042", "reference"),
        # A wallet's note on a transfer: free text, read word by word.
        ("转账说明：三月房租", "free_text"),
    ],
    "travel_transport": [
        ("SSR number 204417", "id_number"),
        ("警号 052311", "id_number"),
        ("执勤民警 某某", "name"),
        ("接报民警 某某", "name"),
        ("交通警察 某某", "name"),
        ("乘车人 赵六", "name"),
        ("车次 G101", "reference"),
        ("座位号 05车12A号", "reference"),
        ("票价：553.0元", "amount"),
        ("车牌号：京A00000", "id_number"),
        ("电子客票号 9990000000000", "tracking"),
        ("出发站 北京南", "place"),
        ("Passenger Name: ROE/JANE MS", "name"),
        ("Flight No. CA1234", "reference"),
        ("Seat 12A", "reference"),
        ("Booking Ref: ABC123", "id_number"),
        ("预约编号 YY0000000000", "id_number"),
        ("入馆核销码 0000 0000", "id_number"),
        ("PNR XYZ789", "tracking"),
        ("Boarding Time 08:15", "time"),
        ("Departure: Beijing", "place"),
        ("Frequent Flyer No. CA000000", "id_number"),
    ],
    "health_pharmacy": [
        ("HCPC reg: QX40218", "id_number"),
        ("Hospital number 00123456", "id_number"),
        ("IMMUNISATION RECORD", "heading"),
        ("Sph", "measure"),
        ("瞳距 62", "measure"),
        ("Pet's name Biscuit", "trait"),
        ("患者姓名：孙七", "name"),
        ("参考区间 3.5-5.5", "quantity"),
        ("提示 ↑", "status"),
        ("门诊号 0012345", "id_number"),
        ("临床诊断：上呼吸道感染", "free_text"),
        ("医师：某某", "name"),
        ("药品名称 阿莫西林胶囊", "product"),
        ("用法用量 每日三次", "quantity"),
        ("医保卡号 1234567890", "id_number"),
        ("年龄 35岁", "trait"),
        ("Patient Name: Jane Roe", "name"),
        ("MRN 00012345", "id_number"),
        ("Prescriber: Dr. Who", "name"),
        ("Rx No. 7654321", "id_number"),
        ("Diagnosis: flu", "free_text"),
        ("Drug Name Paracetamol", "product"),
        ("Refills 2", "quantity"),
        ("Patient DOB 01/01/1980", "birth_date"),
        ("标本 血清", "status"),
    ],
    "utilities_telecom": [
        ("户号：0100000000", "id_number"),
        ("计费项目 峰时段", "product"),
        ("用电地址 某小区3栋", "address"),
        ("本期读数 1234", "measure"),
        ("电费 88.00", "amount"),
        ("套餐名称 畅享套餐", "product"),
        ("服务号码 13800000000", "id_number"),
        ("抄表日期 2024-05-01", "date"),
        ("Account Number 123456789", "id_number"),
        ("Service Address: 1 Test St", "address"),
        ("Meter No. 00012345", "id_number"),
        ("Previous Reading 10234", "measure"),
        ("Amount Payable 45.60", "amount"),
        ("Billing Period 01 May - 31 May", "date"),
        ("IMEI 350000000000000", "id_number"),
        ("Tariff: Standard", "product"),
        ("开机密码 000000", "id_number"),
        ("Passcode: 0000", "id_number"),
        ("维修员 某某", "name"),
        ("月功能费 59.00元", "amount"),
        ("新入网号码 13800000000", "phone"),
        ("移动电话入网协议登记单", "heading"),
        ("机型：某型号", "product"),
        ("故障 屏幕碎裂", "status"),
        ("Fault: no power", "status"),
    ],
    "housing_property": [
        ("Engineer: Tobin Lark", "name"),
        ("Engineer no. 5521907", "id_number"),
        ("承租人：周八", "name"),
        ("房屋坐落 某市某路8号", "address"),
        ("租金 3000元/月", "amount"),
        ("来访事由 找某某", "free_text"),
        ("进入时间 14:05", "time"),
        ("值班员 某某", "name"),
        ("车位号 B2-101", "door"),
        ("建筑面积 89.5平方米", "measure"),
        ("不动产权证号 某0000000", "id_number"),
        ("业主电话 13700000000", "phone"),
        ("房源编号:ES000000", "reference"),
        ("挂牌价：100万元", "amount"),
        ("看房时间 7/3 10:40", "time"),
        ("证件后四位 0000", "id_number"),
        ("带看人 某某", "name"),
        ("Asking price: £250,000", "amount"),
        ("Tenant: Jane Roe", "name"),
        ("Landlord Name: John Doe", "name"),
        ("Property Address: 2 Test Rd", "address"),
        ("Monthly Rent 1,200", "amount"),
        ("Unit No. 5B", "door"),
        ("Lease Start 01/06/2024", "date"),
        ("Tenant's Signature", "signature"),
        ("Security Deposit 2,400", "amount"),
    ],
    "government_id": [
        ("当事人：某某", "name"),
        ("Name in English: Sam Roe", "name"),
        ("公民身份号码 110101199001010000", "id_number"),
        ("民族 汉", "trait"),
        ("出生 1990年1月1日", "birth_date"),
        ("住址 某省某县某村", "address"),
        ("签发机关 某公安局", "organization"),
        ("有效期限 2020.01.01-2040.01.01", "date"),
        ("与户主关系 子", "trait"),
        ("Passport No. E00000000", "id_number"),
        ("Surname/Family name ROE", "name"),
        ("Given name(s) JANE", "name"),
        ("Nationality CHINESE", "trait"),
        ("Date of expiry 01 JAN 2030", "date"),
        ("Place of birth BEIJING", "trait"),
        ("Issuing Authority MPS", "organization"),
        ("Notary Public Sam Roe", "name"),
        ("Sworn translator: Jane Roe", "name"),
        ("Entry No. 000000", "id_number"),
        ("被传唤人 某某", "name"),
        ("案号 (2024)某0101民初1号", "reference"),
        ("案由 买卖合同纠纷", "status"),
        ("应到处所 本院第一法庭", "place"),
        ("服刑人员 某某某", "name"),
        ("罪犯编号 00000000", "id_number"),
        ("所在监区 七监区", "reference"),
        ("与服刑人员关系 侄女", "status"),
        ("Prisoner number Q0000ZZ", "id_number"),
        ("Visit reference XY000000", "id_number"),
        ("Inmate name: Sam Roe", "name"),
        ("Prison HMP Nowhere", "organization"),
    ],
    "education": [
        ("学员编号 20240001", "id_number"),
        ("Fahrschüler/in Max Muster", "name"),
        ("学生姓名：吴九", "name"),
        ("学号 20240001", "id_number"),
        ("准考证号 0102030405", "id_number"),
        ("班级 三年二班", "reference"),
        ("家长电话 13600000000", "phone"),
        ("总分 650", "quantity"),
        ("考试科目 数学", "product"),
        ("Student Name: Jane Roe", "name"),
        ("Roll No. 42", "id_number"),
        ("Parent's Signature", "signature"),
        ("Class Teacher: Mr. Doe", "name"),
        ("Tuition Fee 500.00", "amount"),
        ("Grade A", "quantity"),
        ("Subject: Physics", "product"),
    ],
    "employment": [
        ("Officer J. Roe", "name"),
        ("Dienstnummer 4711", "id_number"),
        ("员工姓名 郑十", "name"),
        ("人事部联系人：某某", "name"),
        ("工号 E0001", "id_number"),
        ("部门 财务部", "organization"),
        ("实发工资 8000.00", "amount"),
        ("个人所得税 120.00", "amount"),
        ("出勤天数 22", "quantity"),
        ("员工签字", "signature"),
        ("Employee Name: Jane Roe", "name"),
        ("Employee ID: 000123", "id_number"),
        ("Net Pay 2,345.67", "amount"),
        ("Designation: Analyst", "status"),
        ("Pay Date 31/05/2024", "date"),
        ("UAN 100000000000", "id_number"),
        ("Tax Code 1257L", "id_number"),
        ("Hours Worked 160", "quantity"),
    ],
    "insurance": [
        ("投保人：冯某", "name"),
        ("被保险人 陈某", "name"),
        ("保单号 P000000000", "id_number"),
        ("保费 1,200.00", "amount"),
        ("保险期间 2024-01-01至2024-12-31", "date"),
        ("出险经过：追尾", "free_text"),
        ("受益人 法定", "name"),
        ("Policyholder: Jane Roe", "name"),
        ("Policy No. POL-0001", "id_number"),
        ("Sum Insured 100,000", "amount"),
        ("Claim No. CLM-42", "id_number"),
        ("Date of Loss 02/03/2024", "date"),
        ("Chassis No. VIN000000", "id_number"),
        ("Description of accident: rear-ended", "free_text"),
    ],
    "hospitality": [
        ("新郎王小明新娘李小红", "name"),
        ("客人姓名：褚某", "name"),
        ("房号 1208", "door"),
        ("入住日期 2024-05-01", "date"),
        ("离店日期 2024-05-03", "date"),
        ("房价 388.00", "amount"),
        ("入住人数 2", "quantity"),
        ("客人签名", "signature"),
        ("芳名 王某", "name"),
        ("礼金 伍佰元", "amount"),
        ("桌位 大厅3桌", "reference"),
        ("来源 电话预订", "status"),
        ("Guest Name: Jane Roe", "name"),
        ("Room No. 1208", "door"),
        ("Check-in 01 May", "date"),
        ("Check-out 03 May", "date"),
        ("Confirmation No. 12345678", "id_number"),
        ("No. of Guests 2", "quantity"),
        ("Guest Signature", "signature"),
        ("Room Rate 120.00", "amount"),
    ],
}


@pytest.mark.parametrize("domain", sorted(SAMPLES))
def test_domain_labels_announce_their_kind(domain: str) -> None:
    lexicon = default_lexicon()
    for line, kind in SAMPLES[domain]:
        found = lexicon.find(line)
        assert found, line
        assert (found[0].start, found[0].kind) == (0, ValueKind(kind)), line


def test_every_domain_is_sampled_in_both_languages() -> None:
    domains = {label.domain for label in default_lexicon().labels}
    assert domains == set(SAMPLES)
    for domain, samples in SAMPLES.items():
        cjk = [line for line, _ in samples if any("\u4e00" <= c <= "\u9fff" for c in line)]
        assert 5 <= len(cjk) <= len(samples) - 5, domain


def test_each_domain_has_breadth_in_both_languages() -> None:
    labels = default_lexicon().labels
    for domain in SAMPLES:
        for lang in (Lang.ZH, Lang.EN):  # the other languages: test_field_labels_latin.py
            entries = [lb for lb in labels if lb.domain == domain and lb.lang is lang]
            assert len(entries) >= 8, (domain, lang)
            assert sum(len(lb.forms) for lb in entries) >= 80, (domain, lang)


def test_every_form_is_found_as_itself_with_its_kind() -> None:
    """Each form, alone, before a colon, upper-cased and indented, and (Chinese) glued to
    its value, is found at its place with its entry's kind: no form hides another."""
    lexicon = default_lexicon()
    for label in lexicon.labels:
        for form in label.forms:
            lines = [form, f"{form}：某值", f"  {form.upper()} : x"]
            if label.lang is Lang.ZH and not label.strict:
                lines.append(f"{form}某值")
            for line in lines:
                found = lexicon.find(line)
                at = line.index(form.upper()) if line.startswith(" ") else 0
                assert found and (found[0].start, found[0].kind) == (at, label.kind), line


def test_entries_are_sorted_by_language_then_kind() -> None:
    for path in (FIELD_LABELS, LATIN_LABELS):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for domain, table in data.items():
            order = [(e["lang"], e["kind"]) for e in table["labels"]]
            assert order == sorted(order), (path.name, domain)


def test_every_kind_is_used_and_maps_onto_a_category_or_stays_readable() -> None:
    used = {label.kind for label in default_lexicon().labels}
    assert used == set(ValueKind)
    personal = {k for k in ValueKind if k.personal}
    assert {k.value for k in personal} == {
        "name",
        "signature",
        "party",
        "phone",
        "email",
        "address",
        "postcode",
        "door",
        "id_number",
        "birth_date",
        "trait",
        "card_number",
        "free_text",
    }
    assert ValueKind.TRACKING.category is not None and not ValueKind.TRACKING.personal
    assert all(k.category is None for k in set(ValueKind) - personal - {ValueKind.TRACKING})


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("竞买号牌", "4821"),
        ("竞拍号", "4821"),
        ("Paddle No", "4821"),
        ("Bidder number", "4821"),
        ("体检编号", "TJ000000000"),
        ("健康证号", "JK000000000000"),
        ("Health certificate no", "HC00000000"),
    ],
)
def test_a_bidders_paddle_and_a_health_certificates_number_are_the_holders(
    label: str, number: str
) -> None:
    """A paddle number names one bidder at a sale; a health certificate's number is
    looked up to find its holder: both are masked under or after their label."""
    from tests.core.test_label_values import masked
    from tests.core.test_layout import stack

    found = default_lexicon().find(label)
    assert [(label[m.start : m.end], m.kind) for m in found] == [(label, ValueKind.ID_NUMBER)]
    assert masked(stack(label, number)) == {number: {number: "id_number"}}
    line = f"{label}：{number}"
    assert masked(stack(line)) == {line: {number: "id_number"}}


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("样本编号", "2031-0770-F"),
        ("检材编号", "JC-20310770"),
        ("N° de prélèvement", "Q10293847"),
        ("Numéro d'échantillon", "Q10293847"),
    ],
)
def test_a_kinship_tests_sample_number_stands_for_the_tested_person(
    label: str, number: str
) -> None:
    """A paternity or forensic report numbers each tested person's sample: the number
    is masked under or after its label, as "Sample ID" already is."""
    from tests.core.test_label_values import masked
    from tests.core.test_layout import stack

    found = default_lexicon().find(label)
    assert [(label[m.start : m.end], m.kind) for m in found] == [(label, ValueKind.ID_NUMBER)]
    assert masked(stack(label, number)) == {number: {number: "id_number"}}
    line = f"{label}：{number}"
    assert masked(stack(line)) == {line: {number: "id_number"}}
