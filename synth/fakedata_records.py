"""Invented data for the third batch of form families (exam tickets, school pick-up
forms, job applications, payslips, car rentals, fee notices, envelopes, messages).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no name or number belongs to a real person or institution.
"""

from __future__ import annotations

from .fakedata_services import ServiceFaker


class RecordFaker(ServiceFaker):
    # ------------------------------------------------------------------ numbers
    def exam_no(self) -> str:
        """准考证号: a long run of digits (year, region, venue, room, seat)."""
        return self.r.choice(("26", "2026")) + self.digits(self.r.choice((9, 11, 13)))

    def ni_number(self) -> str:
        """A UK National Insurance-like number: QQ 12 34 56 C."""
        return (
            f"{self.upper(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)} "
            f"{self.r.choice('ABCD')}"
        )

    def driving_licence(self, surname: str) -> str:
        """A licence number shaped like British or American ones."""
        if self.r.random() < 0.5:
            head = (surname.upper().replace(" ", "") + "99999")[:5]
            return f"{head}{self.digits(6)}{self.upper(2)}{self.digits(1)}{self.upper(2)}"
        return f"{self.upper(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}"

    def masked_mobile(self) -> str:
        d = self.cn_mobile_digits()
        return f"{d[:3]}****{d[7:]}"

    # ------------------------------------------------------------------ organisations
    def kindergarten(self) -> str:
        return self.r.choice(_KG_A) + self.r.choice(("幼儿园", "实验幼儿园", "双语幼儿园"))

    def en_nursery(self) -> str:
        return f"{self.r.choice(_EN_NURSERY)} {self.r.choice(('Nursery', 'Day Nursery', 'Pre-School'))}"

    def school_venue(self) -> str:
        return self.r.choice(_KG_A) + self.r.choice(
            ("第一中学", "实验中学", "职业技术学院", "第二小学")
        )

    def en_employer(self) -> str:
        return f"{self.r.choice(_EN_EMP_A)} {self.r.choice(_EN_EMP_B)}"


_KG_A = ("阳光", "育才", "蓝天", "启明", "春晖", "金苹果", "博雅", "新星")
_EN_NURSERY = ("Little Acorns", "Sunflower", "Rainbow", "Ladybird", "Tiny Steps")
_EN_EMP_A = ("Ashford", "Brightwell", "Calder", "Denholm", "Elmstead", "Fairhaven")
_EN_EMP_B = ("Logistics Ltd", "Foods plc", "Engineering Ltd", "Retail Group", "Care Services")
