// The privacy gate's corpus: details that could identify someone must all be
// caught; ordinary sentences from realistic narrative must not be flagged.
#include <catch2/catch.hpp>

#include "disclose/privacy_scanner.hpp"

using namespace candour;

namespace {

SiteConfig test_config() {
    SiteConfig c;
    c.contact.email = "rasso.report@opcc.northmoor.example";
    c.contact.phone = "01632 960 400";
    c.privacy.crime_reference_patterns = {{R"(\bNM\d{2}/\d{6}\b)", {}}, {R"(\bCRN ?\d{8}\b)", {}}};
    c.privacy.terms = {"Jane Example", "Rosewood Close", "Operation Nightjar"};
    c.privacy.allow = {"0808 802 9999", "help@helpline.example"};
    return c;
}

const PrivacyScanner& scanner() {
    static Diagnostics diags;
    static const PrivacyScanner s(test_config(), diags);
    return s;
}

struct Positive {
    const char* kind;
    const char* sentence;
};

const Positive positives[] = {
    // Email addresses
    {"email address", "Contact the officer at j.smith@northmoor.police.example for details."},
    {"email address", "Her address was victim123@mail.example.co.uk."},
    {"email address", "Email: someone+tag@example.org"},
    {"email address", "Send it to FIRST.LAST@EXAMPLE.COM today."},
    {"email address", "(a_b-c@sub-domain.example.net)"},
    {"email address", "mailto:private.person@example.com was in the notes."},
    {"email address", "Reply to investigator.7@cps.gov.example."},
    // Phone numbers
    {"phone number", "Call her on 07700 900123 after six."},
    {"phone number", "His mobile is 07700900123."},
    {"phone number", "Phone +44 7700 900123 for the family."},
    {"phone number", "Landline: 0161 496 0000."},
    {"phone number", "The number was (0161) 496 0000."},
    {"phone number", "Ring 020 7946 0018 to reach the flat."},
    {"phone number", "Use +44 (0)20 7946 0018."},
    {"phone number", "Text 07700-900-123 tonight."},
    {"phone number", "Her work number is 0113 496 0999."},
    {"phone number", "The suspect called 01632 960 123 twice."},
    {"phone number", "Tel 0300 123 4567"},
    {"phone number", "Call 0800 123 456 or the officer."},
    // Postcodes
    {"postcode", "She lives at 12 High Street, M1 1AE."},
    {"postcode", "The incident was near SW1A 1AA."},
    {"postcode", "Postcode NE1 4ST was recorded."},
    {"postcode", "An address in B33 8TH was given."},
    {"postcode", "Moved to CR2 6XH last year."},
    {"postcode", "The school (DN55 1PT) reported it."},
    {"postcode", "Written without a space: EC1A1BB."},
    // National Insurance numbers
    {"National Insurance number", "Her NI number is AB123456C."},
    {"National Insurance number", "NINO: AB 12 34 56 C"},
    {"National Insurance number", "Recorded as JG103759A in the file."},
    {"National Insurance number", "Number ZX 98 76 54 D was found."},
    {"National Insurance number", "CE123456D"},
    {"National Insurance number", "Staff member TN 31 12 58 B gave evidence."},
    // Dates of birth
    {"date of birth", "Date of birth: 12/03/1990."},
    {"date of birth", "DOB 01-02-2005, female."},
    {"date of birth", "The victim (d.o.b. 4.7.88) attended."},
    {"date of birth", "She was born on 3 March 2009."},
    {"date of birth", "Born 14th February 1976 in Leeds."},
    {"date of birth", "date of birth 2001-06-30"},
    {"date of birth", "born in May 2010, the child was interviewed."},
    {"date of birth", "DOB: 7 Sept 1999"},
    {"date of birth", "The complainant, born 29/02/2000, gave a statement."},
    // Crime reference numbers (patterns from site.yaml)
    {"crime reference number", "Crime reference NM24/123456 was closed."},
    {"crime reference number", "See NM23/000917 for the file."},
    {"crime reference number", "CRN 12345678 was reopened."},
    {"crime reference number", "Reference CRN87654321 relates to this."},
    {"crime reference number", "(NM22/654321)"},
    {"crime reference number", "Cases NM21/111111 and others."},
    // Listed names and terms
    {"listed name or term", "Jane Example told the panel about her case."},
    {"listed name or term", "JANE EXAMPLE was named."},
    {"listed name or term", "The flat on Rosewood Close was searched."},
    {"listed name or term", "operation nightjar led to charges."},
    {"listed name or term", "Officers from Operation Nightjar attended."},
    {"listed name or term", "A message for jane example."},
    // Mixed formats within longer narrative
    {"phone number", "After the interview, the officer left a message on 07700 900 456 to arrange a visit."},
    {"email address", "The survivor's advocate wrote from advocate@charity.example to ask for an update."},
    {"postcode", "The SARC moved from its old site to a building in LS1 4AP, which is easier to reach."},
    {"date of birth", "A girl, dob 05/11/2008, was referred to the ISVA service."},
    {"National Insurance number", "A payslip showing QQ 12 34 56 A would not match, but PP 12 34 56 A does."},
    {"crime reference number", "The investigation (crime reference NM24/987654) is ongoing."},
    {"phone number", "Contact: +447700900789."},
    {"email address", "cc: duty.inspector@northmoor.police.example"},
};

const char* negatives[] = {
    "Inspectors found an average of 706 days from report to trial.",
    "The charge rate rose from 11.2% to 14.0% in July to September 2024.",
    "Northmoor Police recorded 790 rape and other serious sexual offences.",
    "Section 1 of the Sexual Offences Act 2003 defines rape.",
    "The panel met on 12 March 2024 and again on 9 July 2024.",
    "The next meeting is on 14/11/2024 at the OPCC offices.",
    "Figures for 2024-25 Q2 are provisional.",
    "We publish a report every quarter, usually six weeks after it ends.",
    "Email us at rasso.report@opcc.northmoor.example with any questions.",
    "Call us on 01632 960 400, Monday to Friday.",
    "The national helpline is 0808 802 9999 and is free to call.",
    "Write to help@helpline.example for support.",
    "Victims' Code compliance was 81.7% in audited cases.",
    "There were 1,234 calls to the service between April 2023 and March 2024.",
    "Cases per investigator fell from 14.8 to 12.4.",
    "A median of 372 days from report to charge.",
    "Recommendation 7 of the 2021 joint inspection was addressed to the CPS.",
    "The HMICFRS report was published on 16 December 2021; our response followed within 56 days.",
    "Paragraph 4.12 explains the revisions policy.",
    "The force aims to contact victims at least every 28 days.",
    "Between 0 and 10 referrals a month were made in 2019.",
    "Figures are rounded to the nearest 5.",
    "The Domestic Abuse Act 2021 came into force in stages.",
    "Counts from 1 to 4 are shown as [c].",
    "The survey had 18 interviews in the quarter, 90 ratings across five themes.",
    "Version 2.1 of the national operating model was adopted in 2023.",
    "We spent £1,250,000 on specialist training over three years.",
    "The target is 100 accredited investigators by March 2026.",
    "See table 3.2 on page 17.",
    "The ratio was 0.75 in 2022-23 and 0.81 in 2023-24.",
    "Calls to 999 and 101 are handled by the force control room.",
    "ISO 8601 dates such as 2024-11-14 are used in our data downloads.",
    "The born-free campaign raised awareness in schools.",
    "She was born and raised in Northmoor, the report said of no one in particular.",
    "A total of 23.2% of named suspects were repeat suspects.",
    "Operation Soteria is the national operating model for investigating rape.",
    "The Sexual Assault Referral Centre opened 24 hours a day from 1 April 2024.",
    "Aim 1: outcome justice; Aim 2: procedural justice; Aim 3: reduction and prevention.",
    "In Q1 2024 the SARC saw more self-referrals.",
    "Between 2019 and 2024 the number of ISVAs doubled.",
    "The response was published within 56 days of the report on 3 May 2023.",
    "Our web address is https://www.opcc.northmoor.example/rasso/.",
    "The code for the form is RASSO-2024-PDF.",
    "Dial 0 for the switchboard, then ask for the duty team.",
    "Room 0.14 on the ground floor has been refurbished.",
    "Forty-two cases (12%) were closed with no further action.",
    "We held 4 scrutiny panels with 20 cases each.",
    "The M1 and M62 motorways cross the force area.",
    "Part 2 of the plan covers casework quality and progression.",
    "Compliance rose by 5.0 percentage points to 81.7%.",
    "Legislation: Youth Justice and Criminal Evidence Act 1999, section 28.",
    "The A64 and B1234 roads were mentioned in the travel plan.",
    "Reference 2024/25-07 is the action plan's internal number.",
    "Their phone download policy was updated in 2024.",
    "Answer rates were 97.3% within 10 seconds.",
    "Between 07:00 and 19:00 the SARC is staffed by two nurses.",
    "Over 12 months, 1,050 victims were referred to an ISVA.",
    "HMICFRS and HMCPSI published phase 2 with 9 recommendations.",
    "The dashboard shows 8 quarters from October to December 2022.",
    "Our accessibility statement was reviewed on 14 November 2024.",
    "A rate of 14.3 per 1,000 population.",
    "Annex B lists the 13 recommendations of phase 1.",
};

}  // namespace

TEST_CASE("the privacy corpus: every identifying detail is caught") {
    STATIC_REQUIRE(sizeof(positives) / sizeof(positives[0]) >= 60);
    for (const auto& p : positives) {
        INFO(p.sentence);
        auto hits = scanner().scan(p.sentence);
        REQUIRE_FALSE(hits.empty());
        bool kind_found = std::any_of(hits.begin(), hits.end(), [&](const PrivacyHit& h) { return h.kind == p.kind; });
        CHECK(kind_found);
    }
}

TEST_CASE("the privacy corpus: ordinary narrative is not flagged") {
    STATIC_REQUIRE(sizeof(negatives) / sizeof(negatives[0]) >= 60);
    for (const char* sentence : negatives) {
        INFO(sentence);
        auto hits = scanner().scan(sentence);
        std::string found;
        for (const auto& h : hits) found += h.kind + ": " + h.text + "; ";
        INFO(found);
        CHECK(hits.empty());
    }
}

TEST_CASE("a hit says where it is and what it found") {
    auto hits = scanner().scan("Line one.\nCall 07700 900123 now.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].offset == 15);
    CHECK(hits[0].text == "07700 900123");
    CHECK(hits[0].kind == "phone number");
}

TEST_CASE("an invalid crime reference pattern is reported at its place in site.yaml") {
    SiteConfig c;
    c.privacy.crime_reference_patterns = {{"NM(\\d{2}", {"site.yaml", 31, 7}}};
    Diagnostics diags;
    PrivacyScanner s(c, diags);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.sorted()[0].pos.line == 31);
}
