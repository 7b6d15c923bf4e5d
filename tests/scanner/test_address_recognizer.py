"""The postal address recognizer (scanner.detect.presidio.address) on addresses written by
hand in the real formats of the US, the UK, Ireland, France, Belgium, Switzerland, Canada,
Australia and India, and on the decoys free text is full of. No spaCy: the recognizer is
built and called directly."""

from __future__ import annotations

import pytest

from scanner.detect.presidio.address import (
    AddressRecognizer,
    address_recognizers,
    find_addresses,
)


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_addresses(text)]


def scores(text: str) -> dict[str, float]:
    return {text[s:e]: score for s, e, score in find_addresses(text)}


# (text, the spans expected, in order)
BLOCKS = [
    # United States: street with unit, city + state + ZIP+4, country
    ("Acme Corp\n350 Fifth Avenue, Suite 3400\nNew York, NY 10118-0110\nUSA",
     ["350 Fifth Avenue, Suite 3400", "New York, NY 10118-0110", "USA"]),
    ("Jane Roe\n742 Evergreen Terrace\nApt 2B\nSpringfield, IL 62704",
     ["742 Evergreen Terrace", "Apt 2B", "Springfield, IL 62704"]),
    ("PO Box 1234\nAnchorage, AK 99501", ["PO Box 1234", "Anchorage, AK 99501"]),
    ("SGT John Doe\nPSC 802 Box 74\nAPO AE 09499", ["PSC 802 Box 74", "APO AE 09499"]),
    # United Kingdom: flat, street, town and postcode on their own lines
    ("Mr Sherlock Holmes\n221B Baker Street\nLondon\nNW1 6XE\nUnited Kingdom",
     ["221B Baker Street", "London", "NW1 6XE", "United Kingdom"]),
    ("Apartment 7\n25 Victoria Road\nManchester M14 5RT",
     ["Apartment 7", "25 Victoria Road", "Manchester M14 5RT"]),
    ("Flat 3\nRiverside Mews\nYork\nYO1 7HH", ["Flat 3", "Riverside Mews", "York", "YO1 7HH"]),
    # Ireland: Eircode
    ("12 Main Street\nDublin 2\nD02 X285\nIreland", ["12 Main Street", "Dublin 2", "D02 X285",
                                                     "Ireland"]),
    ("12 Bridge Street\nMallow, Co. Cork\nP51 X2Y3", ["12 Bridge Street", "Mallow, Co. Cork",
                                                      "P51 X2Y3"]),
    # France: street, building, postcode + town, CEDEX, country
    ("M. Jean Dupont\n12 rue de la Paix\n75002 Paris", ["12 rue de la Paix", "75002 Paris"]),
    ("Résidence Les Pins, Bât. C\n4 allée des Lilas\n69003 Lyon\nFrance",
     ["Résidence Les Pins, Bât. C", "4 allée des Lilas", "69003 Lyon", "France"]),
    ("Société Martin\nBP 123\n13002 MARSEILLE CEDEX 02", ["BP 123", "13002 MARSEILLE CEDEX 02"]),
    ("Lieu-dit La Croix\n24200 Sarlat-la-Canéda", ["Lieu-dit La Croix", "24200 Sarlat-la-Canéda"]),
    ("14 QUAI DES CÉLESTINS\n75004 PARIS", ["14 QUAI DES CÉLESTINS", "75004 PARIS"]),
    ("3 bis, impasse du Moulin\n44000 Nantes", ["3 bis, impasse du Moulin", "44000 Nantes"]),
    # Belgium and Switzerland: number after the street, 4-digit postcode
    ("Rue de la Loi 16\n1000 Bruxelles\nBelgique", ["Rue de la Loi 16", "1000 Bruxelles",
                                                    "Belgique"]),
    ("Chaussée de Waterloo 1234 bte 5\n1180 Uccle", ["Chaussée de Waterloo 1234 bte 5",
                                                     "1180 Uccle"]),
    ("Rue du Rhône 42\n1204 Genève\nSuisse", ["Rue du Rhône 42", "1204 Genève", "Suisse"]),
    # Canada
    ("24 Sussex Drive\nOttawa, ON K1M 1M4\nCanada", ["24 Sussex Drive", "Ottawa, ON K1M 1M4",
                                                     "Canada"]),
    # India: house number, street, town + PIN on their own lines
    ("Ravi Kumar\n42/7\nGandhi Nagar\nJaipur 302015", ["42/7", "Gandhi Nagar", "Jaipur 302015"]),
    ("1600 Amphitheatre Parkway\nMountain View, CA 94043",
     ["1600 Amphitheatre Parkway", "Mountain View, CA 94043"]),
    # a quoted reply keeps its block, without the quote marks
    ("> 1 Infinite Loop\n> Cupertino, CA 95014", ["1 Infinite Loop", "Cupertino, CA 95014"]),
    # a label before the street line
    ("Address: 10 Downing Street\nLondon SW1A 2AA", ["10 Downing Street", "London SW1A 2AA"]),
]

ONE_LINE = [
    ("The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500",
     ["1600 Pennsylvania Avenue NW, Washington, DC 20500"]),
    ("Please ship it to 221B Baker Street, London NW1 6XE, United Kingdom.",
     ["221B Baker Street, London NW1 6XE, United Kingdom"]),
    ("Flat 4, 12 Baker Street, London NW1 6XE", ["Flat 4, 12 Baker Street, London NW1 6XE"]),
    ("Merci de livrer au 3 bis avenue des Champs-Élysées, 75008 PARIS CEDEX 08 avant midi.",
     ["3 bis avenue des Champs-Élysées, 75008 PARIS CEDEX 08"]),
    ("Nouvelle adresse : 8 impasse des Roses, 31000 Toulouse, France",
     ["8 impasse des Roses, 31000 Toulouse, France"]),
    ("Livraison : Avenue de la Gare 10, 1003 Lausanne (VD)",
     ["Avenue de la Gare 10, 1003 Lausanne (VD)"]),
    ("Envoyez-le au 1234 rue Sainte-Catherine Ouest, Montréal, QC H3G 1P1 svp",
     ["1234 rue Sainte-Catherine Ouest, Montréal, QC H3G 1P1"]),
    ("Office: 1 Macquarie Street, Sydney NSW 2000, Australia",
     ["1 Macquarie Street, Sydney NSW 2000, Australia"]),
    ("Mail it to 4 Abbey Road, St John's Wood, London NW8 9AY please",
     ["4 Abbey Road, St John's Wood, London NW8 9AY"]),
    ("The parcel was left at 57 Elm Street although she lives at 9 Oak Lane, Leeds LS1 4AP.",
     ["57 Elm Street", "9 Oak Lane, Leeds LS1 4AP"]),
    ("Le colis a été déposé au 57 rue Hubert alors que la cliente habite ailleurs.",
     ["57 rue Hubert"]),
    ("Send it to Springfield, IL 62704 by Friday", ["Springfield, IL 62704"]),
    ("12 Main Street D02 X285 Dublin 2", ["12 Main Street D02 X285 Dublin 2"]),
    ("The Prime Minister lives at No. 10 Downing Street, London SW1A 2AA.",
     ["10 Downing Street, London SW1A 2AA"]),
    ("Elle habite au n° 12 rue de la Paix, 75002 Paris.", ["12 rue de la Paix, 75002 Paris"]),
    ("233 S. Wacker Dr., Suite 3300, Chicago, IL 60606",
     ["233 S. Wacker Dr., Suite 3300, Chicago, IL 60606"]),
    ("1 Microsoft Way, Redmond, WA 98052", ["1 Microsoft Way, Redmond, WA 98052"]),
    ("The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0HZ",
     ["Church Lane, Little Snoring, Norfolk NR21 0HZ"]),
    ("I live at 4 Privet Drive, Little Whinging, Surrey. Bye",
     ["4 Privet Drive, Little Whinging, Surrey"]),
    ("Level 3, 100 Queen Street, Auckland 1010, New Zealand",
     ["Level 3, 100 Queen Street, Auckland 1010, New Zealand"]),
    ("Grand-Place 1, 1000 Bruxelles", ["Grand-Place 1, 1000 Bruxelles"]),
    ("Bahnhofstrasse 1, 8001 Zürich", ["Bahnhofstrasse 1, 8001 Zürich"]),
    ("Case postale 2251, 1211 Genève 2", ["Case postale 2251, 1211 Genève 2"]),
    ("Chez M. Martin, 7 place Bellecour, 69002 Lyon", ["7 place Bellecour, 69002 Lyon"]),
    ("Société Martin - 12 rue de la Paix - 75002 Paris - Tél. 01 23 45 67 89",
     ["12 rue de la Paix - 75002 Paris"]),
    ("Le client habite à 69003 Lyon.", ["69003 Lyon"]),
    ("Retour au dépôt, 69003 Lyon", ["69003 Lyon"]),
    ("Suite 500 Chicago, IL 60661 USA", ["Suite 500 Chicago, IL 60661 USA"]),
    ("Dr Christopher Mills, 90831 Bowers Coves Suite 808, Dicksonberg, WI 71961, USA",
     ["90831 Bowers Coves Suite 808, Dicksonberg, WI 71961, USA"]),
]

CASES = [
    # all lower case, all upper case
    ("ship to 742 evergreen terrace, springfield, il 62704 asap",
     ["742 evergreen terrace, springfield, il 62704"]),
    ("livraison au 8 impasse des roses, 31000 toulouse merci",
     ["8 impasse des roses, 31000 toulouse"]),
    ("PLEASE SEND IT TO 10 DOWNING STREET, LONDON SW1A 2AA. THANKS",
     ["10 DOWNING STREET, LONDON SW1A 2AA"]),
    ("12 rue de la paix\n75002 paris", ["12 rue de la paix", "75002 paris"]),
]

DECOYS = [
    "Order 12345 shipped on 2024-03-12 for 1590.37 EUR.",
    "Please find attached invoice 2023/05924 for 1590.37 EUR.",
    "Your ticket #48213 Customer Service will answer within 24 hours.",
    "The meeting is at 10:30 in Room 4, see you there.",
    "The Philips Hue Starter Kit 3 arrived with 3 items missing.",
    "Upgrade to version 13.0.4 Build 9218 fixes the export problem.",
    "Call me at +33 6 12 34 56 78 or on 020 7946 0958 after 5 pm.",
    "Mobile: +1 562-695-2878\n(506) 812-8280",
    "We have added 9 licences of Office 365 to your plan.",
    "She earned 20 Reward Points and ordered 3 Hue Lights.",
    "The kick-off took place Monday 12 March 2024 in the main room.",
    "In 2024 Paris hosted the Olympic Games.",
    "It costs 3500 CHF and 12000 EUR in total.",
    "iPhone 14 Pro Max arrived broken, error 404 Not Found at 12:45 pm",
    "Tracking LX236847819FR, ref FA202003-9746, SKU 4478 Blue.",
    "Masked card on the invoice: xxxx xxxx xxxx 2277.",
    "Gate 12 Terminal 2, flight AF 1234 at 10:05.",
    "He scored 3 goals in 2 games and took 1 way tickets.",
    "Commande n° 75002 Paris livrée le 3 mars.",
    "logged in from 192.168.1.10 at 14:02, build 2.4.1",
    "Nous avons reçu 3 places de parking et 2 cours de maths.",
    "we replaced 2 hard drives and 1 hard drive yesterday",
    "My 1 TB Drive died, we sold 25000 pieces last year",
    "WE SHIPPED 25000 PIECES TODAY, ERROR 5000 INTERNAL SERVER",
    "i have 3 free points left, get 10000 Points now!",
    "Section 8 Housing Court case, Apollo 13 Mission Control",
    "pay 1200 Euros by Friday, Windows 11 Home Edition",
    # copyright lines: years before names that end like streets
    "Copyright (c) 2006, 2007, 2008 Larry Wall and others",
    "Copyright: 1991-1997, Thomas G. Lane\n           2017, Chanho Park <cp@example.com>",
    "See wcsstr.3 and strstr.3; recursion 1024 levels deep",
    "Tarif : 12000 Euros HT, 35000 Km au compteur, 15000 Points fidélité.",
    "L'article 3 Rue du Commerce est en promotion sur le site.",
    "Le dossier 75002 Paris est clos. Ticket 69003 Lyon fermé.",
    "MERCI DE RAPPELER LE 06 12 34 56 78 AVANT 18H, COMMANDE 45678 EN ATTENTE.",
]


@pytest.mark.parametrize(("text", "expected"), BLOCKS + ONE_LINE + CASES)
def test_real_addresses(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", DECOYS)
def test_decoys(text: str) -> None:
    assert found(text) == []


def test_spans_stay_on_their_line_and_are_trimmed() -> None:
    text = "Billing:\n  12 rue de la Paix,  \n75002 Paris.\n\nThanks"
    for s, e, _ in find_addresses(text):
        span = text[s:e]
        assert "\n" not in span and span == span.strip(" ,.")
    assert found(text) == ["12 rue de la Paix", "75002 Paris"]


def test_scores_follow_the_evidence() -> None:
    both = scores("221B Baker Street\nLondon NW1 6XE")
    assert both == {"221B Baker Street": 0.85, "London NW1 6XE": 0.85}
    street = scores("The parcel is at 57 Elm Street now.")
    assert 0.75 <= street["57 Elm Street"] < 0.85
    alone = scores("75002 Paris")
    assert 0.6 <= alone["75002 Paris"] < street["57 Elm Street"]
    assert all(0.6 <= v <= 0.85 for v in scores("Flat 3\nRiverside Mews\nYork\nYO1 7HH").values())


def test_a_text_without_digits_is_not_read() -> None:
    assert found("Rue de la Paix, Paris, France") == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_recognizer_for_both_languages(language: str) -> None:
    [rec] = address_recognizers(language)
    assert isinstance(rec, AddressRecognizer)
    assert rec.supported_language == language
    assert rec.supported_entities == ["ADDRESS"]
    text = "Je vis au 12 rue de la Paix, 75002 Paris. I live at 221B Baker Street, London."
    results = rec.analyze(text, ["ADDRESS"], None)
    assert [(text[r.start:r.end], r.entity_type) for r in results] == [
        ("12 rue de la Paix, 75002 Paris", "ADDRESS"),
        ("221B Baker Street, London", "ADDRESS")]
    assert all(r.recognition_metadata["recognizer_name"] == "AddressRecognizer"
               for r in results)
    assert rec.analyze(text, ["PERSON"], None) == []
