"""Word tables of the transit pass family: card companies, card kinds, offices, and the
English and Italian forms' titles, documents, names, places and passes."""

from __future__ import annotations

#: (city, its card's name)
CN_CARDS = (
    ("杭州", "杭州通"),
    ("广州", "羊城通"),
    ("深圳", "深圳通"),
    ("成都", "天府通"),
    ("苏州", "苏州通"),
)
CN_KINDS = ("学生卡", "老年人优待卡", "普通记名卡", "残疾人爱心卡")
CN_OFFICES = ("体育中心客服网点", "火车东站服务中心", "市民中心受理点", "人民路营业厅")
EN_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")
EN_AUTHORITIES = (
    "Kestrelford County Council",
    "Northvale Combined Authority",
    "Transport for Westmere",
)
EN_DOCS = ("Passport", "Driving licence", "Birth certificate")
IT_FIRST = ("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Alessandro", "Sara", "Paolo")
IT_LAST = ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti")
IT_TOWNS = ("Bologna", "Verona", "Padova", "Bari", "Vicenza", "Parma")
IT_STREETS = ("Via Roma", "Via Mazzini", "Corso Cavour", "Via Garibaldi", "Viale Europa")
#: The passes an Italian form offers, with their fares.
IT_PASSES = (
    "Mensile ordinario  € 36,00",
    "Annuale ordinario  € 330,00",
    "Annuale studenti (under 26)  € 220,00",
    "Annuale over 65  € 180,00",
)
