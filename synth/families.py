"""The form families written to measure detection on kinds of document nobody tuned
for, and their split into a development half and a held-out half.

The split was fixed on 2026-12-05, before any detector was run on these families,
by a rule that looks only at the names: sort the twelve family names
alphabetically and deal them alternately, first to ``dev``, second to
``heldout``, and so on. Every family is its own domain, so each half spans six
domains. Tune only on ``dev``; run ``heldout`` once, at the end, and report it
as it comes (``python -m benchmarks.run_quality --families heldout``).

The families stay out of :data:`synth.layouts.LAYOUTS` (and so out of the
groups ``default``, ``new``, ``all`` and the golden corpus): they are drawn only
when asked for by name or by the groups ``families``, ``dev`` and ``heldout``.

A second batch of ten families (:data:`SECOND_BATCH`) was written after the first
held-out half had been run once, to give a fresh blind figure. It was split on
2026-12-05, before any detector was run on it, by the same kind of rule applied
within the batch (:data:`SECOND_SPLIT_RULE`); its halves are the groups ``dev2``
and ``heldout2``. The first batch's halves stay as they were: ``dev`` and
``heldout`` name the first batch only, so a blind run of ``heldout2`` never mixes
in families whose held-out figure has already been seen.

A third batch of eight families (:data:`THIRD_BATCH`: exam tickets, pick-up
authorisations, job applications, payslips, car rental agreements, property fee
notices, envelopes, text-message screenshots) was written after both held-out
halves had been run and seen. Its names were split on 2026-12-05 by
:data:`THIRD_SPLIT_RULE`, before any family of it was drawn or any detector run on
it; its halves are the groups ``dev3`` and ``heldout3``.

A fourth batch of eight families (:data:`FOURTH_SPLIT`: an elderly-care visit
record, a customs declaration, a charity donation receipt, an e-mail printout, a
group-chat screenshot, a gym membership contract, a library loan receipt, a moving
company's quote) was named after all three earlier held-out halves had been run and
seen, in eight domains none of the earlier thirty covers. Its names were split on
2026-12-05 by :data:`FOURTH_SPLIT_RULE`, before any family of it was written, drawn
or run; its halves are the groups ``dev4`` and ``heldout4``.

A fifth batch of eight families (:data:`FIFTH_SPLIT`: an angling licence, a banquet
booking, a blood donation certificate, a real-name concert ticket, a court summons, a
dry-cleaning ticket, a pawn ticket, a wedding gift ledger) was named after the fourth
held-out half had been run and seen, in eight domains none of the earlier thirty-eight
covers. Its names were split on 2026-12-05 by :data:`FIFTH_SPLIT_RULE`, before any
family of it was written, drawn or run; its halves are the groups ``dev5`` and
``heldout5``; ``heldout5``'s one blind run was taken at 466ee0c.

A sixth batch of eight families (:data:`SIXTH_SPLIT`: an electric-bike registration,
a hand-written IOU, a hospital outpatient invoice, a luggage tag, a marathon
registration, a missed-delivery card, a postal remittance slip, a school report card)
was named after the fifth held-out half had been run and seen, in eight domains none
of the earlier forty-six covers. Its names were split on 2026-12-06 by
:data:`SIXTH_SPLIT_RULE`, before any family of it was written, drawn or run; its
halves are the groups ``dev6`` and ``heldout6``; ``heldout6``'s one blind run was
taken at 368d141.

A seventh batch of eight families (:data:`SEVENTH_SPLIT`: a business card, a cake
order form, a driving-school training record, a funeral notice, a lost-property
report, an optician's prescription, a residents' parking permit, a tailoring order)
was named after the sixth held-out half had been run and seen, in eight domains none
of the earlier fifty-four covers. Its names were split on 2026-12-06 by
:data:`SEVENTH_SPLIT_RULE`, before any family of it was written, drawn or run; its
halves are the groups ``dev7`` and ``heldout7``; ``heldout7``'s one blind run was
taken at e8558f4.

An eighth batch of eight families (:data:`EIGHTH_SPLIT`: a census household form, a
bottled-gas delivery card, a hair-salon membership card, a party invitation, a pension
statement, a photo-print order, a taxi receipt, a vaccination record) was named after
the seventh held-out half had been run and seen, in eight domains none of the earlier
sixty-two covers. Its names were split on 2026-12-06 by :data:`EIGHTH_SPLIT_RULE`,
before any family of it was written, drawn or run; its halves are the groups ``dev8``
and ``heldout8``; ``heldout8``'s one blind run was taken at 9186724.

A ninth batch of eight families (:data:`NINTH_SPLIT`: a farm-produce purchase slip, a
locksmith's job sheet, a lottery prize claim, a notarised translation, a pest-control
service report, a scrap-recycling receipt, a self-storage agreement, a tattoo consent
form) was named after the eighth held-out half had been run and seen, in eight domains
none of the earlier seventy covers. Its names were split on 2026-12-06 by
:data:`NINTH_SPLIT_RULE`, before any family of it was written, drawn or run; its halves
are the groups ``dev9`` and ``heldout9``; ``heldout9``'s one blind run was taken at a89170d.

A tenth batch of eight families (:data:`TENTH_SPLIT`: a personal bank cheque, a campsite
booking, a domestic-helper agency contract, a fax cover sheet, a music-lesson attendance
card, a pet adoption contract, a phone trade-in receipt, a voter registration form) was
named after the ninth held-out half had been run and seen, in eight domains none of the
earlier seventy-eight covers. Its names were split on 2026-12-06 by
:data:`TENTH_SPLIT_RULE`, before any family of it was written, drawn or run; its halves
are the groups ``dev10`` and ``heldout10``; ``heldout10``'s one blind run was taken at
77734b7.

An eleventh batch of eight families (:data:`ELEVENTH_SPLIT`: a hospital birth medical
certificate, a dental appointment card, a florist's delivery order, a jewellery purchase
certificate, a matchmaking agency registration, a road accident agreement, a temple
blessing register, a volunteer sign-up sheet) was named after the tenth held-out half had
been run and seen, in eight domains none of the earlier eighty-six covers. Its names were
split on 2026-12-06 by :data:`ELEVENTH_SPLIT_RULE`, before any family of it was written,
drawn or run; its halves are the groups ``dev11`` and ``heldout11``; ``heldout11``'s one
blind run was taken at 51ed5e2.

A twelfth batch of eight families (:data:`TWELFTH_SPLIT`: a school or contest award
certificate, a bank account statement, a car service record, a neighbourhood group-buy
order list, a marriage certificate, a mobile payment-app receipt, an estate agent's
property viewing confirmation, a doctor's sick-leave note) was named after the eleventh
held-out half had been run and seen, in eight domains none of the earlier ninety-four
covers. Its names were split on 2026-12-06 by :data:`TWELFTH_SPLIT_RULE`, before any
family of it was written, drawn or run; its halves are the groups ``dev12`` and
``heldout12``; ``heldout12``'s one blind run was taken at 6bfb146.

A thirteenth batch of eight families (:data:`THIRTEENTH_SPLIT`: a hand-filled cash
receipt voucher, a construction site's day-labour timesheet, a hospital ward's inpatient
bed card, a lost-and-found poster, an online shop's order screenshot, a rail ticket, a
home renovation contract, an online shop's return request form) was named after the
twelfth held-out half had been run and seen, in eight domains none of the earlier
hundred and two covers. Its names were split on 2026-12-06 by
:data:`THIRTEENTH_SPLIT_RULE`, before any family of it was written, drawn or run; its
halves are the groups ``dev13`` and ``heldout13``; ``heldout13``'s one blind run was
taken at 64e7858.

A fourteenth batch of eight families (:data:`FOURTEENTH_SPLIT`: an auction house's
bidder registration, a school class's parents' contact list, a food handler's health
certificate, a last will and testament, a parcel station's pickup slip, a travel
agency's tour group roster, a public transport pass application, a used-car sale
contract) was named after the thirteenth held-out half had been run and seen, in eight
domains none of the earlier hundred and ten covers. Its names were split on 2026-12-07
by :data:`FOURTEENTH_SPLIT_RULE`, before any family of it was written, drawn or run; its
halves are the groups ``dev14`` and ``heldout14``; ``heldout14``'s one blind run was
taken at 6115958.

A fifteenth batch of eight families (:data:`FIFTEENTH_SPLIT`: a broadband installer's
work order, a change-of-address form, a freight consignment note, a hospital discharge
summary, a household register page, a homeowners' meeting ballot, a restaurant's
reservation book, a shop's staff shift rota) was named after the fourteenth held-out half
had been run and seen, in eight domains none of the earlier hundred and eighteen covers.
Its names were split on 2026-12-07 by :data:`FIFTEENTH_SPLIT_RULE`, before any family of
it was written, drawn or run; its halves are the groups ``dev15`` and ``heldout15``;
``heldout15``'s one blind run was taken at 7d1eea6.

A sixteenth batch of eight families (:data:`SIXTEENTH_SPLIT`: an ambulance call record, a
building's access-card application, a clinical trial's consent form, a personal credit
report page, a home gas safety inspection record, a labour arbitration application, a
social assistance application, a student dormitory check-in form) was named after the
fifteenth held-out half had been run and seen, in eight domains none of the earlier
hundred and twenty-two covers. Its names were split on 2026-12-07 by
:data:`SIXTEENTH_SPLIT_RULE`, before any family of it was written, drawn or run; its
halves are the groups ``dev16`` and ``heldout16``; ``heldout16``'s one blind run was
taken at 1e94acc.

A seventeenth batch of eight families (:data:`SEVENTEENTH_SPLIT`: a boat mooring permit, a
conference attendee's badge, a hearing-aid fitting record, a consumer instalment purchase
agreement, a lift maintenance log, an online medical fundraising page, a public complaint
letter, a scholarship application form) was named after the sixteenth held-out half had
been run and seen, in eight domains none of the earlier hundred and thirty covers. Its
names were split on 2026-12-07 by :data:`SEVENTEENTH_SPLIT_RULE`, before any family of it
was written, drawn or run; its halves are the groups ``dev17`` and ``heldout17``;
``heldout17``'s one blind run was taken at 3ad87c3.

An eighteenth batch of eight families (:data:`EIGHTEENTH_SPLIT`: a baptism certificate, a
counselling intake form, a credit card application, a family genealogy register page, an
itemised phone-call bill, a kindergarten enrolment form, a property title certificate, a
real-name scenic-area ticket) was named after the seventeenth held-out half had been run
and seen, in eight domains none of the earlier hundred and thirty-eight covers. Its names
were split on 2026-12-07 by :data:`EIGHTEENTH_SPLIT_RULE`, before any family of it was
written, drawn or run; its halves are the groups ``dev18`` and ``heldout18``;
``heldout18``'s one blind run was taken at de1eb2c.

A nineteenth batch of eight families (:data:`NINETEENTH_SPLIT`: a debt collection notice,
a divorce agreement, a ferry passenger manifest, a fuel card receipt, a market stall
permit, a patent application form, a prison visit registration, a veteran's service
record) was named after the eighteenth held-out half had been run and seen, in eight
domains none of the earlier hundred and forty-six covers. Its names were split on
2026-12-07 by :data:`NINETEENTH_SPLIT_RULE`, before any family of it was written, drawn
or run; its halves are the groups ``dev19`` and ``heldout19``; ``heldout19``'s one blind
run was taken at ee52b83.

A twentieth batch of eight families (:data:`TWENTIETH_SPLIT`: an amateur radio licence,
an apartment resident directory, a criminal record certificate, a mortgage application
form, an organ donor card, a power of attorney, a school trip consent form, a towing and
impound receipt) was named after the nineteenth held-out half had been run and seen, in
eight domains none of the earlier hundred and fifty-four covers. Its names were split on
2026-12-07 by :data:`TWENTIETH_SPLIT_RULE`, before any family of it was written, drawn or
run; its halves are the groups ``dev20`` and ``heldout20``; ``heldout20``'s one blind run
was taken at cf8af92.

A twenty-first batch of eight families (:data:`TWENTYFIRST_SPLIT`: an arrival card, a
child adoption registration, a community mediation agreement, a doctor's referral letter,
a greeting card, a paternity test report, a room-to-let poster with tear-off phone tabs, a
ski season pass) was named after the twentieth held-out half had been run and seen, in
eight domains none of the earlier hundred and sixty-two covers. Its names were split on
2026-12-07 by :data:`TWENTYFIRST_SPLIT_RULE`, before any family of it was written, drawn or
run; its halves are the groups ``dev21`` and ``heldout21``; ``heldout21``'s one blind
run was taken at 3a78fe3.

A twenty-second batch of eight families (:data:`TWENTYSECOND_SPLIT`: a customer survey
form, a dive logbook, a fire safety inspection record, a newspaper subscription form, a
relocation compensation agreement, a thesis cover page, a trade union membership form, a
weighbridge ticket) was named after the twenty-first held-out half had been run and seen,
in eight domains none of the earlier hundred and seventy covers. Its names were split on
2026-12-08 by :data:`TWENTYSECOND_SPLIT_RULE`, before any family of it was written, drawn
or run; its halves are the groups ``dev22`` and ``heldout22``; ``heldout22``'s one blind
run was taken at eab1d86.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from . import (
    layouts_accesscard,
    layouts_accident,
    layouts_adoption,
    layouts_agreements,
    layouts_ambulance,
    layouts_angling,
    layouts_apartment,
    layouts_arbitration,
    layouts_arrival,
    layouts_assistance,
    layouts_attorney,
    layouts_auction,
    layouts_award,
    layouts_badge,
    layouts_ballot,
    layouts_bank,
    layouts_banquet,
    layouts_baptism,
    layouts_bedcard,
    layouts_birth,
    layouts_bizcard,
    layouts_blood,
    layouts_broadband,
    layouts_cake,
    layouts_callbill,
    layouts_campsite,
    layouts_cardapply,
    layouts_care,
    layouts_carservice,
    layouts_cashreceipt,
    layouts_census,
    layouts_charges,
    layouts_chat,
    layouts_cheque,
    layouts_civic,
    layouts_classlist,
    layouts_complaint,
    layouts_concert,
    layouts_counsel,
    layouts_counter,
    layouts_court,
    layouts_credit,
    layouts_criminal,
    layouts_crowdfund,
    layouts_customs,
    layouts_debt,
    layouts_deeds,
    layouts_dental,
    layouts_discharge,
    layouts_dive,
    layouts_divorce,
    layouts_donor,
    layouts_dormitory,
    layouts_driving,
    layouts_ebike,
    layouts_farm,
    layouts_fax,
    layouts_ferry,
    layouts_firecheck,
    layouts_florist,
    layouts_foodcert,
    layouts_fostering,
    layouts_freight,
    layouts_fuel,
    layouts_funeral,
    layouts_gas,
    layouts_gascheck,
    layouts_genealogy,
    layouts_gifts,
    layouts_goods,
    layouts_greeting,
    layouts_groupbuy,
    layouts_gym,
    layouts_health,
    layouts_hearing,
    layouts_helper,
    layouts_hospital,
    layouts_hukou,
    layouts_instalment,
    layouts_iou,
    layouts_jewellery,
    layouts_kinder,
    layouts_laundry,
    layouts_ledgers,
    layouts_letters,
    layouts_library,
    layouts_lift,
    layouts_locksmith,
    layouts_lost,
    layouts_lottery,
    layouts_luggage,
    layouts_mail,
    layouts_market,
    layouts_marriage,
    layouts_matchmaking,
    layouts_mediation,
    layouts_messages,
    layouts_missed,
    layouts_mooring,
    layouts_mortgage,
    layouts_moveaddr,
    layouts_moving,
    layouts_music,
    layouts_official,
    layouts_optician,
    layouts_ordershot,
    layouts_parcelstation,
    layouts_parking,
    layouts_party,
    layouts_patent,
    layouts_paternity,
    layouts_pawn,
    layouts_payapp,
    layouts_pension,
    layouts_pest,
    layouts_poster,
    layouts_prints,
    layouts_prison,
    layouts_race,
    layouts_radio,
    layouts_railticket,
    layouts_referral,
    layouts_relocation,
    layouts_remit,
    layouts_renovation,
    layouts_report,
    layouts_reservation,
    layouts_returns,
    layouts_roomlet,
    layouts_rota,
    layouts_salon,
    layouts_scenic,
    layouts_scholarship,
    layouts_school,
    layouts_schooltrip,
    layouts_scrap,
    layouts_sicknote,
    layouts_signup,
    layouts_ski,
    layouts_statement,
    layouts_storage,
    layouts_subscribe,
    layouts_survey,
    layouts_tailor,
    layouts_tattoo,
    layouts_taxi,
    layouts_temple,
    layouts_thesis,
    layouts_timesheet,
    layouts_tourgroup,
    layouts_towing,
    layouts_tradein,
    layouts_transitpass,
    layouts_translation,
    layouts_travel,
    layouts_trialconsent,
    layouts_union,
    layouts_usedcar,
    layouts_vaccine,
    layouts_veteran,
    layouts_viewing,
    layouts_volunteer,
    layouts_voter,
    layouts_weigh,
    layouts_welfare,
    layouts_will,
    layouts_work,
)
from .render import Canvas

Layout = Callable[[random.Random], Canvas]

#: Family -> the domain it stands for.
DOMAINS: dict[str, str] = {
    "bank_transfer_slip": "banking and payments",
    "boarding_pass": "travel and transport",
    "delivery_note": "logistics",
    "employment_certificate": "employment",
    "hotel_registration": "hospitality",
    "insurance_schedule": "insurance",
    "lab_report": "health and pharmacy",
    "rental_contract": "housing and property",
    "residence_permit": "government and ID",
    "school_fee_receipt": "education",
    "utility_bill": "utilities and telecom",
    "warranty_card": "retail",
    # The second batch.
    "loyalty_application": "retail and memberships",
    "pharmacy_prescription": "health and pharmacy",
    "repair_ticket": "repairs and services",
    "sim_registration": "utilities and telecom",
    "takeaway_sticker": "food and delivery",
    "tax_invoice": "tax and invoicing",
    "traffic_ticket": "vehicles and traffic",
    "vet_record": "pets and veterinary care",
    "visa_application": "government and ID",
    "visitor_log": "housing and property",
    # The third batch.
    "car_rental_agreement": "vehicle hire",
    "envelope": "post and letters",
    "exam_admission_ticket": "examinations",
    "fee_arrears_notice": "property management",
    "job_application": "recruitment",
    "payslip": "payroll",
    "pickup_authorisation": "childcare",
    "sms_inbox_screenshot": "phone messages",
    # The fourth batch.
    "care_visit_record": "elderly care",
    "customs_declaration": "customs",
    "donation_receipt": "charity and donations",
    "email_printout": "e-mail",
    "group_chat_screenshot": "messaging-app group chats",
    "gym_membership_contract": "fitness and sport",
    "library_loan_receipt": "libraries",
    "moving_quote": "removals and moving",
    # The fifth batch (named and split before any of it was written).
    "angling_licence": "angling and outdoor licences",
    "banquet_booking": "banquets and event catering",
    "blood_donation_certificate": "blood donation",
    "concert_ticket": "concerts and live events",
    "court_summons": "courts and legal notices",
    "dry_cleaning_ticket": "laundry and dry cleaning",
    "pawn_ticket": "pawnbroking and second-hand trade",
    "wedding_gift_ledger": "weddings and family occasions",
    # The sixth batch (named and split before any of it was written).
    "ebike_registration": "electric bikes and small vehicles",
    "handwritten_iou": "private loans and IOUs",
    "hospital_outpatient_invoice": "hospital billing",
    "luggage_tag": "luggage and personal belongings",
    "marathon_registration": "sports events",
    "missed_delivery_card": "parcel delivery attempts",
    "remittance_slip": "postal money orders and remittances",
    "school_report_card": "school reports",
    # The seventh batch (named and split before any of it was written).
    "business_card": "business and visiting cards",
    "cake_order_form": "bakery and cake orders",
    "driving_school_record": "driving schools",
    "funeral_notice": "funerals and memorials",
    "lost_property_report": "lost property and police reports",
    "optician_prescription": "opticians and eyewear",
    "parking_permit": "residential parking",
    "tailoring_order": "tailoring and alterations",
    # The eighth batch (named and split before any of it was written).
    "census_household_form": "census and household surveys",
    "gas_delivery_card": "bottled gas and water delivery",
    "hair_salon_card": "hairdressing and beauty",
    "party_invitation": "private invitations and parties",
    "pension_statement": "pensions and social security",
    "photo_print_order": "photo studios and printing",
    "taxi_receipt": "taxis and ride hailing",
    "vaccination_record": "vaccinations and immunisation",
    # The ninth batch (named and split before any of it was written).
    "farm_produce_purchase": "agriculture and farm produce",
    "locksmith_job_sheet": "locksmiths and home security",
    "lottery_prize_claim": "lotteries and prize claims",
    "notarised_translation": "translation and notary services",
    "pest_control_report": "pest control",
    "scrap_recycling_receipt": "recycling and scrap collection",
    "self_storage_agreement": "self-storage",
    "tattoo_consent_form": "tattoo and body art",
    # The tenth batch (named and split before any of it was written).
    "bank_cheque": "cheques",
    "campsite_booking": "camping and holiday parks",
    "domestic_helper_contract": "domestic help and nanny agencies",
    "fax_cover_sheet": "fax and office correspondence",
    "music_lesson_card": "private tuition and music lessons",
    "pet_adoption_contract": "animal shelters and pet adoption",
    "phone_trade_in_receipt": "electronics trade-in and resale",
    "voter_registration_form": "elections and voter registration",
    # The eleventh batch (named and split before any of it was written).
    "birth_medical_certificate": "maternity and birth records",
    "dental_appointment_card": "dentistry",
    "flower_delivery_order": "florists and gift delivery",
    "jewellery_purchase_certificate": "jewellery and precious metals",
    "matchmaking_registration": "matchmaking and dating agencies",
    "road_accident_agreement": "road accidents and claims",
    "temple_blessing_register": "temples and religious offerings",
    "volunteer_signup_sheet": "volunteering and community groups",
    # The twelfth batch (named and split before any of it was written).
    "award_certificate": "diplomas and award certificates",
    "bank_account_statement": "bank account statements",
    "car_service_record": "car servicing and maintenance",
    "community_group_buy_list": "neighbourhood group buying",
    "marriage_certificate": "marriage registration",
    "payment_app_receipt": "mobile payment apps",
    "property_viewing_confirmation": "estate agents and property viewings",
    "sick_leave_note": "sick notes and medical leave",
    # The thirteenth batch (named and split before any of it was written).
    "cash_receipt_voucher": "hand-written cash receipts",
    "day_labour_timesheet": "construction sites and day labour",
    "inpatient_bed_card": "hospital wards and inpatient care",
    "lost_and_found_poster": "lost-and-found and missing-pet posters",
    "online_order_screenshot": "online shopping orders",
    "rail_ticket": "rail travel",
    "renovation_contract": "home renovation",
    "return_request_form": "online shopping returns and exchanges",
    # The fourteenth batch (named and split before any of it was written).
    "auction_bidder_registration": "auctions and bidding",
    "class_contact_list": "school class contact lists",
    "food_handler_health_certificate": "food handlers' health certificates",
    "last_will_testament": "wills and inheritance",
    "parcel_station_pickup_slip": "parcel pickup stations and lockers",
    "tour_group_roster": "package tours and travel agencies",
    "transit_pass_application": "public transport passes",
    "used_car_sale_contract": "used-car sales",
    # The fifteenth batch (named and split before any of it was written).
    "broadband_install_work_order": "broadband and home installation visits",
    "change_of_address_form": "changes of address and mail redirection",
    "freight_consignment_note": "freight and consignment shipping",
    "hospital_discharge_summary": "hospital discharge",
    "household_register_page": "household registers",
    "owners_meeting_ballot": "homeowners' meetings and ballots",
    "restaurant_reservation_book": "restaurant reservations",
    "staff_shift_rota": "shift rotas and staff schedules",
    # The sixteenth batch (named and split before any of it was written).
    "ambulance_call_record": "emergency ambulance calls",
    "building_access_card_application": "building access cards and key fobs",
    "clinical_trial_consent_form": "clinical trials and research consent",
    "credit_report_page": "personal credit reports",
    "gas_safety_inspection_record": "home gas safety inspections",
    "labour_arbitration_application": "labour disputes and arbitration",
    "social_assistance_application": "social assistance and welfare",
    "student_dormitory_checkin": "student dormitories",
    # The seventeenth batch (named and split before any of it was written).
    "boat_mooring_permit": "marinas, moorings and boating",
    "conference_attendee_badge": "conferences and trade fairs",
    "hearing_aid_fitting_record": "audiology and hearing aids",
    "instalment_purchase_agreement": "consumer instalment purchases",
    "lift_maintenance_log": "lift and elevator maintenance",
    "medical_crowdfunding_page": "online medical fundraising",
    "public_complaint_letter": "public complaints and petitions",
    "scholarship_application_form": "scholarships and student grants",
    # The eighteenth batch (named and split before any of it was written).
    "baptism_certificate": "churches and parish records",
    "counselling_intake_form": "counselling and mental-health intake",
    "credit_card_application": "credit card applications",
    "genealogy_register_page": "family genealogies and clan registers",
    "itemised_call_bill": "itemised phone-call bills",
    "kindergarten_enrolment_form": "kindergarten and preschool enrolment",
    "property_title_certificate": "property title deeds and real-estate registration",
    "scenic_area_ticket": "museums, parks and scenic-area tickets",
    # The nineteenth batch (named and split before any of it was written).
    "debt_collection_notice": "debt collection",
    "divorce_agreement": "divorce and child custody",
    "ferry_passenger_manifest": "ferries and passenger manifests",
    "fuel_card_receipt": "fuel stations and fuel cards",
    "market_stall_permit": "market stalls and street trading",
    "patent_application_form": "patents and trademarks",
    "prison_visit_registration": "prison visits and inmate correspondence",
    "veteran_service_record": "military service and veterans",
    # The twentieth batch (named and split before any of it was written).
    "amateur_radio_licence": "amateur radio licences and call signs",
    "apartment_resident_directory": "apartment buildings and resident directories",
    "criminal_record_certificate": "criminal record checks",
    "mortgage_application_form": "mortgages and home loans",
    "organ_donor_card": "organ and body donation",
    "power_of_attorney": "powers of attorney and proxies",
    "school_trip_consent_form": "school trips and parental consent",
    "towing_impound_receipt": "towing and vehicle impound",
    # The twenty-first batch (split in advance: TWENTYFIRST_SPLIT).
    "arrival_card": "border arrival and departure cards",
    "child_adoption_registration": "adoption and foster care",
    "community_mediation_agreement": "community mediation of disputes",
    "doctor_referral_letter": "medical referral letters",
    "greeting_card": "greeting cards and personal letters",
    "paternity_test_report": "DNA and paternity testing",
    "room_to_let_poster": "classified adverts and notice boards",
    "ski_season_pass": "ski resorts and season passes",
    # The twenty-second batch (split in advance: TWENTYSECOND_SPLIT).
    "customer_survey_form": "market research and customer surveys",
    "dive_logbook": "scuba diving and dive logs",
    "fire_safety_inspection_record": "fire safety inspections",
    "newspaper_subscription_form": "newspaper and magazine subscriptions",
    "relocation_compensation_agreement": "expropriation and relocation compensation",
    "thesis_cover_page": "theses and academic publishing",
    "trade_union_membership_form": "trade unions and staff associations",
    "weighbridge_ticket": "weighbridges and bulk goods weighing",
}

#: The first batch (twelve families).
FIRST_BATCH: dict[str, Layout] = {
    **layouts_bank.LAYOUTS,
    **layouts_travel.LAYOUTS,
    **layouts_health.LAYOUTS,
    **layouts_agreements.LAYOUTS,
    **layouts_civic.LAYOUTS,
    **layouts_goods.LAYOUTS,
}

#: The second batch (ten families, written after the first held-out half was run).
SECOND_BATCH: dict[str, Layout] = {
    **layouts_counter.LAYOUTS,
    **layouts_signup.LAYOUTS,
    **layouts_official.LAYOUTS,
    **layouts_care.LAYOUTS,
    **layouts_ledgers.LAYOUTS,
}

#: The third batch (eight families, written after both earlier held-out halves were run).
THIRD_BATCH: dict[str, Layout] = {
    **layouts_school.LAYOUTS,
    **layouts_work.LAYOUTS,
    **layouts_charges.LAYOUTS,
    **layouts_letters.LAYOUTS,
    **layouts_messages.LAYOUTS,
}

#: The fourth batch (eight families, named and split before any of them was written).
FOURTH_BATCH: dict[str, Layout] = {
    **layouts_welfare.LAYOUTS,
    **layouts_chat.LAYOUTS,
    **layouts_library.LAYOUTS,
    **layouts_customs.LAYOUTS,
    **layouts_mail.LAYOUTS,
    **layouts_gym.LAYOUTS,
    **layouts_moving.LAYOUTS,
}

#: The fifth batch (eight families, named and split before any of them was written).
FIFTH_BATCH: dict[str, Layout] = {
    **layouts_angling.LAYOUTS,
    **layouts_blood.LAYOUTS,
    **layouts_court.LAYOUTS,
    **layouts_pawn.LAYOUTS,
    **layouts_banquet.LAYOUTS,
    **layouts_concert.LAYOUTS,
    **layouts_laundry.LAYOUTS,
    **layouts_gifts.LAYOUTS,
}

#: The sixth batch (eight families, named and split before any of them was written).
SIXTH_BATCH: dict[str, Layout] = {
    **layouts_ebike.LAYOUTS,
    **layouts_hospital.LAYOUTS,
    **layouts_race.LAYOUTS,
    **layouts_remit.LAYOUTS,
    **layouts_iou.LAYOUTS,
    **layouts_luggage.LAYOUTS,
    **layouts_missed.LAYOUTS,
    **layouts_report.LAYOUTS,
}

#: The seventh batch (eight families, named and split before any of them was written).
SEVENTH_BATCH: dict[str, Layout] = {
    **layouts_bizcard.LAYOUTS,
    **layouts_driving.LAYOUTS,
    **layouts_lost.LAYOUTS,
    **layouts_parking.LAYOUTS,
    **layouts_cake.LAYOUTS,
    **layouts_funeral.LAYOUTS,
    **layouts_optician.LAYOUTS,
    **layouts_tailor.LAYOUTS,
}

#: The eighth batch (eight families, named and split before any of them was written).
EIGHTH_BATCH: dict[str, Layout] = {
    **layouts_census.LAYOUTS,
    **layouts_salon.LAYOUTS,
    **layouts_pension.LAYOUTS,
    **layouts_taxi.LAYOUTS,
    **layouts_gas.LAYOUTS,
    **layouts_party.LAYOUTS,
    **layouts_prints.LAYOUTS,
    **layouts_vaccine.LAYOUTS,
}

#: The ninth batch (eight families, named and split before any of them was written).
NINTH_BATCH: dict[str, Layout] = {
    **layouts_farm.LAYOUTS,
    **layouts_lottery.LAYOUTS,
    **layouts_pest.LAYOUTS,
    **layouts_storage.LAYOUTS,
    **layouts_locksmith.LAYOUTS,
    **layouts_translation.LAYOUTS,
    **layouts_scrap.LAYOUTS,
    **layouts_tattoo.LAYOUTS,
}

#: The tenth batch (eight families, named and split before any of them was written).
TENTH_BATCH: dict[str, Layout] = {
    **layouts_cheque.LAYOUTS,
    **layouts_helper.LAYOUTS,
    **layouts_music.LAYOUTS,
    **layouts_tradein.LAYOUTS,
    **layouts_campsite.LAYOUTS,
    **layouts_fax.LAYOUTS,
    **layouts_adoption.LAYOUTS,
    **layouts_voter.LAYOUTS,
}

#: The eleventh batch (eight families, named and split before any of them was written).
ELEVENTH_BATCH: dict[str, Layout] = {
    **layouts_birth.LAYOUTS,
    **layouts_florist.LAYOUTS,
    **layouts_matchmaking.LAYOUTS,
    **layouts_temple.LAYOUTS,
    **layouts_dental.LAYOUTS,
    **layouts_jewellery.LAYOUTS,
    **layouts_accident.LAYOUTS,
    **layouts_volunteer.LAYOUTS,
}

#: The twelfth batch (eight families, named and split before any of them was written).
TWELFTH_BATCH: dict[str, Layout] = {
    **layouts_award.LAYOUTS,
    **layouts_carservice.LAYOUTS,
    **layouts_marriage.LAYOUTS,
    **layouts_viewing.LAYOUTS,
    **layouts_statement.LAYOUTS,
    **layouts_groupbuy.LAYOUTS,
    **layouts_payapp.LAYOUTS,
    **layouts_sicknote.LAYOUTS,
}

#: The thirteenth batch (eight families, named and split before any of them was written).
THIRTEENTH_BATCH: dict[str, Layout] = {
    **layouts_cashreceipt.LAYOUTS,
    **layouts_bedcard.LAYOUTS,
    **layouts_ordershot.LAYOUTS,
    **layouts_renovation.LAYOUTS,
    **layouts_timesheet.LAYOUTS,
    **layouts_poster.LAYOUTS,
    **layouts_railticket.LAYOUTS,
    **layouts_returns.LAYOUTS,
}

#: The fourteenth batch (eight families, named and split before any of them was written).
FOURTEENTH_BATCH: dict[str, Layout] = {
    **layouts_auction.LAYOUTS,
    **layouts_foodcert.LAYOUTS,
    **layouts_parcelstation.LAYOUTS,
    **layouts_transitpass.LAYOUTS,
    **layouts_classlist.LAYOUTS,
    **layouts_will.LAYOUTS,
    **layouts_tourgroup.LAYOUTS,
    **layouts_usedcar.LAYOUTS,
}

#: The fifteenth batch (eight families, named and split before any of them was written).
FIFTEENTH_BATCH: dict[str, Layout] = {
    **layouts_broadband.LAYOUTS,
    **layouts_freight.LAYOUTS,
    **layouts_hukou.LAYOUTS,
    **layouts_reservation.LAYOUTS,
    **layouts_moveaddr.LAYOUTS,
    **layouts_discharge.LAYOUTS,
    **layouts_ballot.LAYOUTS,
    **layouts_rota.LAYOUTS,
}

#: The sixteenth batch (eight families, named and split before any of them was written).
SIXTEENTH_BATCH: dict[str, Layout] = {
    **layouts_ambulance.LAYOUTS,
    **layouts_trialconsent.LAYOUTS,
    **layouts_gascheck.LAYOUTS,
    **layouts_assistance.LAYOUTS,
    **layouts_accesscard.LAYOUTS,
    **layouts_credit.LAYOUTS,
    **layouts_arbitration.LAYOUTS,
    **layouts_dormitory.LAYOUTS,
}

#: The seventeenth batch (eight families, named and split before any of them was written).
SEVENTEENTH_BATCH: dict[str, Layout] = {
    **layouts_mooring.LAYOUTS,
    **layouts_hearing.LAYOUTS,
    **layouts_lift.LAYOUTS,
    **layouts_complaint.LAYOUTS,
    **layouts_badge.LAYOUTS,
    **layouts_instalment.LAYOUTS,
    **layouts_crowdfund.LAYOUTS,
    **layouts_scholarship.LAYOUTS,
}

#: The eighteenth batch (eight families, named and split before any of them was written).
EIGHTEENTH_BATCH: dict[str, Layout] = {
    **layouts_baptism.LAYOUTS,
    **layouts_cardapply.LAYOUTS,
    **layouts_callbill.LAYOUTS,
    **layouts_deeds.LAYOUTS,
    **layouts_scenic.LAYOUTS,
    **layouts_kinder.LAYOUTS,
    **layouts_counsel.LAYOUTS,
    **layouts_genealogy.LAYOUTS,
}

#: The nineteenth batch (eight families, named and split before any of them was written).
NINETEENTH_BATCH: dict[str, Layout] = {
    **layouts_debt.LAYOUTS,
    **layouts_ferry.LAYOUTS,
    **layouts_market.LAYOUTS,
    **layouts_prison.LAYOUTS,
    **layouts_divorce.LAYOUTS,
    **layouts_fuel.LAYOUTS,
    **layouts_patent.LAYOUTS,
    **layouts_veteran.LAYOUTS,
}

#: The twentieth batch (eight families, named and split before any of them was written).
TWENTIETH_BATCH: dict[str, Layout] = {
    **layouts_radio.LAYOUTS,
    **layouts_criminal.LAYOUTS,
    **layouts_donor.LAYOUTS,
    **layouts_schooltrip.LAYOUTS,
    **layouts_apartment.LAYOUTS,
    **layouts_mortgage.LAYOUTS,
    **layouts_attorney.LAYOUTS,
    **layouts_towing.LAYOUTS,
}

#: The twenty-first batch (eight families, named and split before any of them was written).
TWENTYFIRST_BATCH: dict[str, Layout] = {
    **layouts_arrival.LAYOUTS,
    **layouts_greeting.LAYOUTS,
    **layouts_mediation.LAYOUTS,
    **layouts_roomlet.LAYOUTS,
    **layouts_fostering.LAYOUTS,
    **layouts_referral.LAYOUTS,
    **layouts_paternity.LAYOUTS,
    **layouts_ski.LAYOUTS,
}

#: The twenty-second batch (eight families, named and split before any of them was written).
TWENTYSECOND_BATCH: dict[str, Layout] = {
    **layouts_survey.LAYOUTS,
    **layouts_firecheck.LAYOUTS,
    **layouts_relocation.LAYOUTS,
    **layouts_union.LAYOUTS,
    **layouts_dive.LAYOUTS,
    **layouts_subscribe.LAYOUTS,
    **layouts_thesis.LAYOUTS,
    **layouts_weigh.LAYOUTS,
}

FAMILIES: dict[str, Layout] = {
    **FIRST_BATCH,
    **SECOND_BATCH,
    **THIRD_BATCH,
    **FOURTH_BATCH,
    **FIFTH_BATCH,
    **SIXTH_BATCH,
    **SEVENTH_BATCH,
    **EIGHTH_BATCH,
    **NINTH_BATCH,
    **TENTH_BATCH,
    **ELEVENTH_BATCH,
    **TWELFTH_BATCH,
    **THIRTEENTH_BATCH,
    **FOURTEENTH_BATCH,
    **FIFTEENTH_BATCH,
    **SIXTEENTH_BATCH,
    **SEVENTEENTH_BATCH,
    **EIGHTEENTH_BATCH,
    **NINETEENTH_BATCH,
    **TWENTIETH_BATCH,
    **TWENTYFIRST_BATCH,
    **TWENTYSECOND_BATCH,
}

SPLIT_DATE = "2026-12-05"
SPLIT_RULE = "names sorted alphabetically, dealt alternately: 1st dev, 2nd heldout, 3rd dev, ..."

#: Family -> "dev" or "heldout", written out so that adding a family never moves
#: an existing one (a test checks it against the rule above).
FAMILY_SPLIT: dict[str, str] = {
    "bank_transfer_slip": "dev",
    "boarding_pass": "heldout",
    "delivery_note": "dev",
    "employment_certificate": "heldout",
    "hotel_registration": "dev",
    "insurance_schedule": "heldout",
    "lab_report": "dev",
    "rental_contract": "heldout",
    "residence_permit": "dev",
    "school_fee_receipt": "heldout",
    "utility_bill": "dev",
    "warranty_card": "heldout",
}


SECOND_SPLIT_DATE = "2026-12-05"
SECOND_SPLIT_RULE = (
    "the ten names of the second batch sorted alphabetically, dealt alternately: "
    "1st dev2, 2nd heldout2, 3rd dev2, ..."
)

#: The second batch's family -> "dev2" or "heldout2", fixed before any detector ran
#: on these families (a test checks it against the rule above).
SECOND_SPLIT: dict[str, str] = {
    "loyalty_application": "dev2",
    "pharmacy_prescription": "heldout2",
    "repair_ticket": "dev2",
    "sim_registration": "heldout2",
    "takeaway_sticker": "dev2",
    "tax_invoice": "heldout2",
    "traffic_ticket": "dev2",
    "vet_record": "heldout2",
    "visa_application": "dev2",
    "visitor_log": "heldout2",
}

THIRD_SPLIT_DATE = "2026-12-05"
THIRD_SPLIT_RULE = (
    "the eight names of the third batch sorted alphabetically, dealt alternately: "
    "1st dev3, 2nd heldout3, 3rd dev3, ..."
)

#: The third batch's family -> "dev3" or "heldout3", fixed from the names alone before
#: the families were drawn or any detector ran on them (a test checks it against the rule).
THIRD_SPLIT: dict[str, str] = {
    "car_rental_agreement": "dev3",
    "envelope": "heldout3",
    "exam_admission_ticket": "dev3",
    "fee_arrears_notice": "heldout3",
    "job_application": "dev3",
    "payslip": "heldout3",
    "pickup_authorisation": "dev3",
    "sms_inbox_screenshot": "heldout3",
}

FOURTH_SPLIT_DATE = "2026-12-05"
FOURTH_SPLIT_RULE = (
    "the eight names of the fourth batch sorted alphabetically, dealt alternately: "
    "1st dev4, 2nd heldout4, 3rd dev4, ..."
)

#: The fourth batch's family -> "dev4" or "heldout4", fixed from the names alone before
#: any family of the batch was written (a test checks it against the rule).
FOURTH_SPLIT: dict[str, str] = {
    "care_visit_record": "dev4",
    "customs_declaration": "heldout4",
    "donation_receipt": "dev4",
    "email_printout": "heldout4",
    "group_chat_screenshot": "dev4",
    "gym_membership_contract": "heldout4",
    "library_loan_receipt": "dev4",
    "moving_quote": "heldout4",
}

FIFTH_SPLIT_DATE = "2026-12-05"
FIFTH_SPLIT_RULE = (
    "the eight names of the fifth batch sorted alphabetically, dealt alternately: "
    "1st dev5, 2nd heldout5, 3rd dev5, ..."
)

#: The fifth batch's family -> "dev5" or "heldout5", fixed from the names alone before
#: any family of the batch was written (a test checks it against the rule).
FIFTH_SPLIT: dict[str, str] = {
    "angling_licence": "dev5",
    "banquet_booking": "heldout5",
    "blood_donation_certificate": "dev5",
    "concert_ticket": "heldout5",
    "court_summons": "dev5",
    "dry_cleaning_ticket": "heldout5",
    "pawn_ticket": "dev5",
    "wedding_gift_ledger": "heldout5",
}

SIXTH_SPLIT_DATE = "2026-12-06"
SIXTH_SPLIT_RULE = (
    "the eight names of the sixth batch sorted alphabetically, dealt alternately: "
    "1st dev6, 2nd heldout6, 3rd dev6, ..."
)

#: The sixth batch's family -> "dev6" or "heldout6", fixed from the names alone before
#: any family of the batch was written (a test checks it against the rule).
SIXTH_SPLIT: dict[str, str] = {
    "ebike_registration": "dev6",
    "handwritten_iou": "heldout6",
    "hospital_outpatient_invoice": "dev6",
    "luggage_tag": "heldout6",
    "marathon_registration": "dev6",
    "missed_delivery_card": "heldout6",
    "remittance_slip": "dev6",
    "school_report_card": "heldout6",
}

SEVENTH_SPLIT_DATE = "2026-12-06"
SEVENTH_SPLIT_RULE = (
    "the eight names of the seventh batch sorted alphabetically, dealt alternately: "
    "1st dev7, 2nd heldout7, 3rd dev7, ..."
)

#: The seventh batch's family -> "dev7" or "heldout7", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
SEVENTH_SPLIT: dict[str, str] = {
    "business_card": "dev7",
    "cake_order_form": "heldout7",
    "driving_school_record": "dev7",
    "funeral_notice": "heldout7",
    "lost_property_report": "dev7",
    "optician_prescription": "heldout7",
    "parking_permit": "dev7",
    "tailoring_order": "heldout7",
}

EIGHTH_SPLIT_DATE = "2026-12-06"
EIGHTH_SPLIT_RULE = (
    "the eight names of the eighth batch sorted alphabetically, dealt alternately: "
    "1st dev8, 2nd heldout8, 3rd dev8, ..."
)

#: The eighth batch's family -> "dev8" or "heldout8", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
EIGHTH_SPLIT: dict[str, str] = {
    "census_household_form": "dev8",
    "gas_delivery_card": "heldout8",
    "hair_salon_card": "dev8",
    "party_invitation": "heldout8",
    "pension_statement": "dev8",
    "photo_print_order": "heldout8",
    "taxi_receipt": "dev8",
    "vaccination_record": "heldout8",
}

NINTH_SPLIT_DATE = "2026-12-06"
NINTH_SPLIT_RULE = (
    "the eight names of the ninth batch sorted alphabetically, dealt alternately: "
    "1st dev9, 2nd heldout9, 3rd dev9, ..."
)

#: The ninth batch's family -> "dev9" or "heldout9", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
NINTH_SPLIT: dict[str, str] = {
    "farm_produce_purchase": "dev9",
    "locksmith_job_sheet": "heldout9",
    "lottery_prize_claim": "dev9",
    "notarised_translation": "heldout9",
    "pest_control_report": "dev9",
    "scrap_recycling_receipt": "heldout9",
    "self_storage_agreement": "dev9",
    "tattoo_consent_form": "heldout9",
}

TENTH_SPLIT_DATE = "2026-12-06"
TENTH_SPLIT_RULE = (
    "the eight names of the tenth batch sorted alphabetically, dealt alternately: "
    "1st dev10, 2nd heldout10, 3rd dev10, ..."
)

#: The tenth batch's family -> "dev10" or "heldout10", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
TENTH_SPLIT: dict[str, str] = {
    "bank_cheque": "dev10",
    "campsite_booking": "heldout10",
    "domestic_helper_contract": "dev10",
    "fax_cover_sheet": "heldout10",
    "music_lesson_card": "dev10",
    "pet_adoption_contract": "heldout10",
    "phone_trade_in_receipt": "dev10",
    "voter_registration_form": "heldout10",
}

ELEVENTH_SPLIT_DATE = "2026-12-06"
ELEVENTH_SPLIT_RULE = (
    "the eight names of the eleventh batch sorted alphabetically, dealt alternately: "
    "1st dev11, 2nd heldout11, 3rd dev11, ..."
)

#: The eleventh batch's family -> "dev11" or "heldout11", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
ELEVENTH_SPLIT: dict[str, str] = {
    "birth_medical_certificate": "dev11",
    "dental_appointment_card": "heldout11",
    "flower_delivery_order": "dev11",
    "jewellery_purchase_certificate": "heldout11",
    "matchmaking_registration": "dev11",
    "road_accident_agreement": "heldout11",
    "temple_blessing_register": "dev11",
    "volunteer_signup_sheet": "heldout11",
}

TWELFTH_SPLIT_DATE = "2026-12-06"
TWELFTH_SPLIT_RULE = (
    "the eight names of the twelfth batch sorted alphabetically, dealt alternately: "
    "1st dev12, 2nd heldout12, 3rd dev12, ..."
)

#: The twelfth batch's family -> "dev12" or "heldout12", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
TWELFTH_SPLIT: dict[str, str] = {
    "award_certificate": "dev12",
    "bank_account_statement": "heldout12",
    "car_service_record": "dev12",
    "community_group_buy_list": "heldout12",
    "marriage_certificate": "dev12",
    "payment_app_receipt": "heldout12",
    "property_viewing_confirmation": "dev12",
    "sick_leave_note": "heldout12",
}

THIRTEENTH_SPLIT_DATE = "2026-12-06"
THIRTEENTH_SPLIT_RULE = (
    "the eight names of the thirteenth batch sorted alphabetically, dealt alternately: "
    "1st dev13, 2nd heldout13, 3rd dev13, ..."
)

#: The thirteenth batch's family -> "dev13" or "heldout13", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
THIRTEENTH_SPLIT: dict[str, str] = {
    "cash_receipt_voucher": "dev13",
    "day_labour_timesheet": "heldout13",
    "inpatient_bed_card": "dev13",
    "lost_and_found_poster": "heldout13",
    "online_order_screenshot": "dev13",
    "rail_ticket": "heldout13",
    "renovation_contract": "dev13",
    "return_request_form": "heldout13",
}

FOURTEENTH_SPLIT_DATE = "2026-12-07"
FOURTEENTH_SPLIT_RULE = (
    "the eight names of the fourteenth batch sorted alphabetically, dealt alternately: "
    "1st dev14, 2nd heldout14, 3rd dev14, ..."
)

#: The fourteenth batch's family -> "dev14" or "heldout14", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
FOURTEENTH_SPLIT: dict[str, str] = {
    "auction_bidder_registration": "dev14",
    "class_contact_list": "heldout14",
    "food_handler_health_certificate": "dev14",
    "last_will_testament": "heldout14",
    "parcel_station_pickup_slip": "dev14",
    "tour_group_roster": "heldout14",
    "transit_pass_application": "dev14",
    "used_car_sale_contract": "heldout14",
}

FIFTEENTH_SPLIT_DATE = "2026-12-07"
FIFTEENTH_SPLIT_RULE = (
    "the eight names of the fifteenth batch sorted alphabetically, dealt alternately: "
    "1st dev15, 2nd heldout15, 3rd dev15, ..."
)

#: The fifteenth batch's family -> "dev15" or "heldout15", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
FIFTEENTH_SPLIT: dict[str, str] = {
    "broadband_install_work_order": "dev15",
    "change_of_address_form": "heldout15",
    "freight_consignment_note": "dev15",
    "hospital_discharge_summary": "heldout15",
    "household_register_page": "dev15",
    "owners_meeting_ballot": "heldout15",
    "restaurant_reservation_book": "dev15",
    "staff_shift_rota": "heldout15",
}

SIXTEENTH_SPLIT_DATE = "2026-12-07"
SIXTEENTH_SPLIT_RULE = (
    "the eight names of the sixteenth batch sorted alphabetically, dealt alternately: "
    "1st dev16, 2nd heldout16, 3rd dev16, ..."
)

#: The sixteenth batch's family -> "dev16" or "heldout16", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
SIXTEENTH_SPLIT: dict[str, str] = {
    "ambulance_call_record": "dev16",
    "building_access_card_application": "heldout16",
    "clinical_trial_consent_form": "dev16",
    "credit_report_page": "heldout16",
    "gas_safety_inspection_record": "dev16",
    "labour_arbitration_application": "heldout16",
    "social_assistance_application": "dev16",
    "student_dormitory_checkin": "heldout16",
}

SEVENTEENTH_SPLIT_DATE = "2026-12-07"
SEVENTEENTH_SPLIT_RULE = (
    "the eight names of the seventeenth batch sorted alphabetically, dealt alternately: "
    "1st dev17, 2nd heldout17, 3rd dev17, ..."
)

#: The seventeenth batch's family -> "dev17" or "heldout17", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
SEVENTEENTH_SPLIT: dict[str, str] = {
    "boat_mooring_permit": "dev17",
    "conference_attendee_badge": "heldout17",
    "hearing_aid_fitting_record": "dev17",
    "instalment_purchase_agreement": "heldout17",
    "lift_maintenance_log": "dev17",
    "medical_crowdfunding_page": "heldout17",
    "public_complaint_letter": "dev17",
    "scholarship_application_form": "heldout17",
}

EIGHTEENTH_SPLIT_DATE = "2026-12-07"
EIGHTEENTH_SPLIT_RULE = (
    "the eight names of the eighteenth batch sorted alphabetically, dealt alternately: "
    "1st dev18, 2nd heldout18, 3rd dev18, ..."
)

#: The eighteenth batch's family -> "dev18" or "heldout18", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
EIGHTEENTH_SPLIT: dict[str, str] = {
    "baptism_certificate": "dev18",
    "counselling_intake_form": "heldout18",
    "credit_card_application": "dev18",
    "genealogy_register_page": "heldout18",
    "itemised_call_bill": "dev18",
    "kindergarten_enrolment_form": "heldout18",
    "property_title_certificate": "dev18",
    "scenic_area_ticket": "heldout18",
}

NINETEENTH_SPLIT_DATE = "2026-12-07"
NINETEENTH_SPLIT_RULE = (
    "the eight names of the nineteenth batch sorted alphabetically, dealt alternately: "
    "1st dev19, 2nd heldout19, 3rd dev19, ..."
)

#: The nineteenth batch's family -> "dev19" or "heldout19", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
NINETEENTH_SPLIT: dict[str, str] = {
    "debt_collection_notice": "dev19",
    "divorce_agreement": "heldout19",
    "ferry_passenger_manifest": "dev19",
    "fuel_card_receipt": "heldout19",
    "market_stall_permit": "dev19",
    "patent_application_form": "heldout19",
    "prison_visit_registration": "dev19",
    "veteran_service_record": "heldout19",
}

TWENTIETH_SPLIT_DATE = "2026-12-07"
TWENTIETH_SPLIT_RULE = (
    "the eight names of the twentieth batch sorted alphabetically, dealt alternately: "
    "1st dev20, 2nd heldout20, 3rd dev20, ..."
)

#: The twentieth batch's family -> "dev20" or "heldout20", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
TWENTIETH_SPLIT: dict[str, str] = {
    "amateur_radio_licence": "dev20",
    "apartment_resident_directory": "heldout20",
    "criminal_record_certificate": "dev20",
    "mortgage_application_form": "heldout20",
    "organ_donor_card": "dev20",
    "power_of_attorney": "heldout20",
    "school_trip_consent_form": "dev20",
    "towing_impound_receipt": "heldout20",
}

TWENTYFIRST_SPLIT_DATE = "2026-12-07"
TWENTYFIRST_SPLIT_RULE = (
    "the eight names of the twenty-first batch sorted alphabetically, dealt alternately: "
    "1st dev21, 2nd heldout21, 3rd dev21, ..."
)

#: The twenty-first batch's family -> "dev21" or "heldout21", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
TWENTYFIRST_SPLIT: dict[str, str] = {
    "arrival_card": "dev21",
    "child_adoption_registration": "heldout21",
    "community_mediation_agreement": "dev21",
    "doctor_referral_letter": "heldout21",
    "greeting_card": "dev21",
    "paternity_test_report": "heldout21",
    "room_to_let_poster": "dev21",
    "ski_season_pass": "heldout21",
}

TWENTYSECOND_SPLIT_DATE = "2026-12-08"
TWENTYSECOND_SPLIT_RULE = (
    "the eight names of the twenty-second batch sorted alphabetically, dealt alternately: "
    "1st dev22, 2nd heldout22, 3rd dev22, ..."
)

#: The twenty-second batch's family -> "dev22" or "heldout22", fixed from the names alone
#: before any family of the batch was written (a test checks it against the rule).
TWENTYSECOND_SPLIT: dict[str, str] = {
    "customer_survey_form": "dev22",
    "dive_logbook": "heldout22",
    "fire_safety_inspection_record": "dev22",
    "newspaper_subscription_form": "heldout22",
    "relocation_compensation_agreement": "dev22",
    "thesis_cover_page": "heldout22",
    "trade_union_membership_form": "dev22",
    "weighbridge_ticket": "heldout22",
}

#: Every half: ``dev`` and ``heldout`` (first batch), ``dev2`` and ``heldout2`` (second),
#: ``dev3`` and ``heldout3`` (third), ``dev4`` and ``heldout4`` (fourth), ``dev5`` and
#: ``heldout5`` (fifth), ``dev6`` and ``heldout6`` (sixth), ``dev7`` and ``heldout7``
#: (seventh), ``dev8`` and ``heldout8`` (eighth), ``dev9`` and ``heldout9`` (ninth),
#: ``dev10`` and ``heldout10`` (tenth), ``dev11`` and ``heldout11`` (eleventh),
#: ``dev12`` and ``heldout12`` (twelfth), ``dev13`` and ``heldout13`` (thirteenth),
#: ``dev14`` and ``heldout14`` (fourteenth), ``dev15`` and ``heldout15`` (fifteenth),
#: ``dev16`` and ``heldout16`` (sixteenth), ``dev17`` and ``heldout17`` (seventeenth),
#: ``dev18`` and ``heldout18`` (eighteenth), ``dev19`` and ``heldout19`` (nineteenth),
#: ``dev20`` and ``heldout20`` (twentieth), ``dev21`` and ``heldout21`` (twenty-first),
#: ``dev22`` and ``heldout22`` (twenty-second).
HALVES: tuple[str, ...] = (
    "dev",
    "heldout",
    "dev2",
    "heldout2",
    "dev3",
    "heldout3",
    "dev4",
    "heldout4",
    "dev5",
    "heldout5",
    "dev6",
    "heldout6",
    "dev7",
    "heldout7",
    "dev8",
    "heldout8",
    "dev9",
    "heldout9",
    "dev10",
    "heldout10",
    "dev11",
    "heldout11",
    "dev12",
    "heldout12",
    "dev13",
    "heldout13",
    "dev14",
    "heldout14",
    "dev15",
    "heldout15",
    "dev16",
    "heldout16",
    "dev17",
    "heldout17",
    "dev18",
    "heldout18",
    "dev19",
    "heldout19",
    "dev20",
    "heldout20",
    "dev21",
    "heldout21",
    "dev22",
    "heldout22",
)

#: The halves that may be tuned on: the development halves, and each held-out half
#: once its one blind figure has been taken and reported (``heldout`` at 45e31ae,
#: ``heldout2`` at c923867, ``heldout3`` at 8f1986c, ``heldout4`` at 7a0a7b6, ``heldout5``
#: at 466ee0c, ``heldout6`` at 368d141, ``heldout7`` at e8558f4, ``heldout8`` at 9186724,
#: ``heldout9`` at a89170d, ``heldout10`` at 77734b7, ``heldout11`` at 51ed5e2,
#: ``heldout12`` at 6bfb146, ``heldout13`` at 64e7858, ``heldout14`` at 6115958,
#: ``heldout15`` at 7d1eea6, ``heldout16`` at 1e94acc, ``heldout17`` at 3ad87c3,
#: ``heldout18`` at de1eb2c, ``heldout19`` at ee52b83, ``heldout20`` at cf8af92,
#: ``heldout21`` at 3a78fe3, ``heldout22`` at eab1d86). A fresh blind figure needs a
#: batch written after that.
BLIND_HALVES: tuple[str, ...] = ()
TUNABLE_HALVES: tuple[str, ...] = tuple(h for h in HALVES if h not in BLIND_HALVES)


def half(name: str) -> tuple[str, ...]:
    """The families of one half (see :data:`HALVES`), in alphabetical order."""
    split = {
        **FAMILY_SPLIT,
        **SECOND_SPLIT,
        **THIRD_SPLIT,
        **FOURTH_SPLIT,
        **FIFTH_SPLIT,
        **SIXTH_SPLIT,
        **SEVENTH_SPLIT,
        **EIGHTH_SPLIT,
        **NINTH_SPLIT,
        **TENTH_SPLIT,
        **ELEVENTH_SPLIT,
        **TWELFTH_SPLIT,
        **THIRTEENTH_SPLIT,
        **FOURTEENTH_SPLIT,
        **FIFTEENTH_SPLIT,
        **SIXTEENTH_SPLIT,
        **SEVENTEENTH_SPLIT,
        **EIGHTEENTH_SPLIT,
        **NINETEENTH_SPLIT,
        **TWENTIETH_SPLIT,
        **TWENTYFIRST_SPLIT,
        **TWENTYSECOND_SPLIT,
    }
    return tuple(sorted(f for f, h in split.items() if h == name))


def split_by_rule(names: list[str], halves: tuple[str, str] = ("dev", "heldout")) -> dict[str, str]:
    """What the split rule gives for ``names`` (used to check the tables)."""
    return {n: halves[i % 2] for i, n in enumerate(sorted(names))}
