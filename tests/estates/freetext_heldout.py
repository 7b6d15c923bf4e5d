"""A held-out set of labelled free texts: tests/data/freetext/heldout.jsonl.

pdmap's free-text detection was tuned while looking at its errors on generated.jsonl
(tests/estates/freetext.py); a score on texts the tuning has seen says little. This
generator was written independently of that one's templates (only its validity helpers
for Luhn and IBANs are imported): other situations (insurance claims, delivery complaints,
HR and recruiting notes, patient appointment requests, school and parent messages,
landlord and tenant e-mails, bank fraud reports, booking changes, forum support threads),
other wording, other signature and quoting layouts, other address writings (unit first,
c/o, PO Box / BP / case postale, vCard ADR, Indian and Irish blocks), Faker locales en_AU,
en_CA, en_IE, en_NZ, en_IN, fr_FR, fr_CA, fr_CH and fr_BE, and the same labelling rules
(tests/data/freetext/README.md).

Every text is built piece by piece (`Text.add`): a personal value is appended as a
(value, entity) item and its span is recorded there, never searched for afterwards. Each
text has its own seed (its id). The file is reproduced byte for byte by

    .venv/bin/python -m tests.estates.freetext_heldout [--check]

after checking every record (keys, span bounds, no white space at a span's ends, no
overlaps, known entity names, Luhn, mod 97, IP syntax); a problem stops it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from tests.estates.freetext import FAKER_VERSION, luhn_complete, luhn_ok, make_iban, mod97_ok

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "freetext" / "heldout.jsonl"
SOURCE = "heldout-generated"
N_EN = 400
N_FR = 200
NO_PII_SHARE = 0.15
LABELS = (
    "PERSON",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "DATE_TIME",
    "IP_ADDRESS",
)
KINDS = ("ticket", "crm_note", "email", "address_field", "chat")

EN_LOCALES = (("en_AU", 22), ("en_CA", 20), ("en_IE", 20), ("en_NZ", 18), ("en_IN", 20))
FR_LOCALES = (("fr_FR", 35), ("fr_CA", 25), ("fr_CH", 20), ("fr_BE", 20))
REGION = {
    "en_AU": "AU",
    "en_CA": "CA",
    "en_IE": "IE",
    "en_NZ": "NZ",
    "en_IN": "IN",
    "fr_FR": "FR",
    "fr_CA": "CA",
    "fr_CH": "CH",
    "fr_BE": "BE",
}
TLD = {
    "en_AU": "com.au",
    "en_CA": "ca",
    "en_IE": "ie",
    "en_NZ": "co.nz",
    "en_IN": "co.in",
    "fr_FR": "fr",
    "fr_CA": "qc.ca",
    "fr_CH": "ch",
    "fr_BE": "be",
}
FREE_MAIL = {
    "en_AU": ("bigpond.com", "gmail.com", "outlook.com.au", "icloud.com", "optusnet.com.au"),
    "en_CA": ("sympatico.ca", "gmail.com", "rogers.com", "shaw.ca", "hotmail.ca"),
    "en_IE": ("eircom.net", "gmail.com", "hotmail.ie", "yahoo.ie", "outlook.ie"),
    "en_NZ": ("xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz", "orcon.net.nz"),
    "en_IN": ("rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.in", "hotmail.com"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"),
    "fr_CA": ("videotron.ca", "gmail.com", "hotmail.ca", "bell.net", "cgocable.ca"),
    "fr_CH": ("bluewin.ch", "gmail.com", "gmx.ch", "hispeed.ch", "sunrise.ch"),
    "fr_BE": ("skynet.be", "telenet.be", "gmail.com", "proximus.be", "hotmail.be"),
}
COUNTRY = {
    "AU": "Australia",
    "CA": "Canada",
    "IE": "Ireland",
    "NZ": "New Zealand",
    "IN": "India",
    "FR": "France",
    "CH": "Suisse",
    "BE": "Belgique",
}
FR_COUNTRY = {"CA": "Canada", "FR": "France", "CH": "Suisse", "BE": "Belgique"}

# ---------------------------------------------------------------- places (real towns)

AU_PLACES = (
    ("Parramatta", "NSW", "2150"),
    ("Bondi Junction", "NSW", "2022"),
    ("Newtown", "NSW", "2042"),
    ("Chatswood", "NSW", "2067"),
    ("Newcastle", "NSW", "2300"),
    ("Wollongong", "NSW", "2500"),
    ("Fitzroy", "VIC", "3065"),
    ("Brunswick", "VIC", "3056"),
    ("St Kilda", "VIC", "3182"),
    ("Geelong", "VIC", "3220"),
    ("Ballarat", "VIC", "3350"),
    ("Fremantle", "WA", "6160"),
    ("Subiaco", "WA", "6008"),
    ("Toowong", "QLD", "4066"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Cairns", "QLD", "4870"),
    ("Southport", "QLD", "4215"),
    ("Glenelg", "SA", "5045"),
    ("Norwood", "SA", "5067"),
    ("Sandy Bay", "TAS", "7005"),
    ("Launceston", "TAS", "7250"),
    ("Braddon", "ACT", "2612"),
    ("Darwin", "NT", "0800"),
)
AU_STREETS = (
    "George",
    "Pitt",
    "Chapel",
    "Sydney",
    "Oxford",
    "Beach",
    "Hunter",
    "Victoria",
    "Bourke",
    "Church",
    "King William",
    "Hay",
    "Murray",
    "Station",
    "Military",
    "Anzac",
    "Wattle",
    "Banksia",
    "Acacia",
    "Flinders",
    "Elizabeth",
    "Macquarie",
    "Bridge",
    "Railway",
    "Pacific",
    "Smith",
)
AU_SUFFIX = (
    "St",
    "Street",
    "Rd",
    "Road",
    "Ave",
    "Avenue",
    "Pde",
    "Parade",
    "Cres",
    "Crescent",
    "Tce",
    "Hwy",
    "Drive",
    "Lane",
    "Close",
    "Way",
    "Place",
    "Ct",
)
CA_PLACES = (
    ("Toronto", "ON", "M5H"),
    ("Toronto", "ON", "M4W"),
    ("Ottawa", "ON", "K1P"),
    ("Mississauga", "ON", "L5B"),
    ("Hamilton", "ON", "L8P"),
    ("Montreal", "QC", "H3Z"),
    ("Montréal", "QC", "H2X"),
    ("Vancouver", "BC", "V6B"),
    ("Victoria", "BC", "V8W"),
    ("Calgary", "AB", "T2P"),
    ("Edmonton", "AB", "T5J"),
    ("Winnipeg", "MB", "R3C"),
    ("Halifax", "NS", "B3J"),
    ("Saskatoon", "SK", "S7K"),
    ("Regina", "SK", "S4P"),
    ("St. John's", "NL", "A1C"),
    ("Fredericton", "NB", "E3B"),
    ("Charlottetown", "PE", "C1A"),
)
CA_STREETS = (
    "King St W",
    "Queen St E",
    "Yonge St",
    "Bloor St W",
    "Elgin Street",
    "Sherbrooke St W",
    "Granville St",
    "Robson Street",
    "Jasper Ave",
    "Portage Ave",
    "Barrington St",
    "Spring Garden Rd",
    "Main Street",
    "Wellington St",
    "Bank Street",
    "Dundas St W",
    "College St",
    "Rideau St",
    "Maple Drive",
    "Lakeshore Blvd W",
    "Cedar Crescent",
)
IE_PLACES = (
    ("Dublin 2", "D02"),
    ("Dublin 4", "D04"),
    ("Dublin 6W", "D6W"),
    ("Dublin 8", "D08"),
    ("Dublin 15", "D15"),
    ("Cork", "T12"),
    ("Galway", "H91"),
    ("Limerick", "V94"),
    ("Waterford", "X91"),
    ("Kilkenny", "R95"),
    ("Sligo", "F91"),
    ("Athlone, Co. Westmeath", "N37"),
    ("Ennis, Co. Clare", "V95"),
    ("Drogheda, Co. Louth", "A92"),
    ("Bray, Co. Wicklow", "A98"),
    ("Navan, Co. Meath", "C15"),
    ("Tralee, Co. Kerry", "V92"),
    ("Letterkenny, Co. Donegal", "F92"),
)
IE_STREETS = (
    "Fitzwilliam Square",
    "Baggot Street Upper",
    "Leeson Street Lower",
    "Harcourt Street",
    "Camden Street",
    "Patrick Street",
    "Shop Street",
    "O'Connell Street",
    "Quay Street",
    "Parnell Street",
    "Main Street",
    "Castle Street",
    "Church Road",
    "Strand Road",
    "The Crescent",
    "Ashgrove Park",
    "Meadowbrook Drive",
    "Oakfield Lawn",
    "Hazel Grove",
    "Willow Court",
)
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
NZ_PLACES = (
    ("Grey Lynn", "Auckland", "1021"),
    ("Ponsonby", "Auckland", "1011"),
    ("Mt Eden", "Auckland", "1024"),
    ("Takapuna", "Auckland", "0622"),
    ("Te Aro", "Wellington", "6011"),
    ("Karori", "Wellington", "6012"),
    ("Riccarton", "Christchurch", "8011"),
    ("Sydenham", "Christchurch", "8023"),
    ("Frankton", "Hamilton", "3204"),
    ("Mount Maunganui", "Tauranga", "3116"),
    ("Roslyn", "Dunedin", "9010"),
    ("Stoke", "Nelson", "7011"),
    ("Taradale", "Napier", "4112"),
    ("Hokowhitu", "Palmerston North", "4410"),
)
NZ_STREETS = (
    "Ponsonby Road",
    "Dominion Road",
    "Karangahape Road",
    "Queen Street",
    "Cuba Street",
    "Lambton Quay",
    "Riccarton Road",
    "Colombo Street",
    "Victoria Street",
    "George Street",
    "Devonport Road",
    "Marine Parade",
    "Great North Road",
    "Kitchener Street",
    "Tui Street",
    "Kowhai Avenue",
    "Rata Place",
    "Totara Drive",
)
IN_PLACES = (
    ("Indiranagar", "Bengaluru", "Karnataka", "560038"),
    ("Koramangala", "Bengaluru", "Karnataka", "560034"),
    ("Bandra West", "Mumbai", "Maharashtra", "400050"),
    ("Andheri East", "Mumbai", "Maharashtra", "400069"),
    ("T. Nagar", "Chennai", "Tamil Nadu", "600017"),
    ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
    ("Kothrud", "Pune", "Maharashtra", "411038"),
    ("Saket", "New Delhi", "Delhi", "110017"),
    ("Salt Lake", "Kolkata", "West Bengal", "700091"),
    ("Malviya Nagar", "Jaipur", "Rajasthan", "302017"),
    ("Kakkanad", "Kochi", "Kerala", "682030"),
    ("Navrangpura", "Ahmedabad", "Gujarat", "380009"),
    ("Sector 18", "Noida", "Uttar Pradesh", "201301"),
    ("Hazratganj", "Lucknow", "Uttar Pradesh", "226001"),
)
IN_BUILDINGS = (
    "Sai Residency",
    "Prestige Lakeside",
    "Green Park Apartments",
    "Shanti Nivas",
    "Brigade Gardens",
    "Lotus Towers",
    "Sunrise Enclave",
    "Krishna Kunj",
)
IN_ROADS = (
    "14th Cross",
    "2nd Main Road",
    "MG Road",
    "Link Road",
    "Station Road",
    "100 Feet Road",
    "Ring Road",
    "Nehru Street",
    "Gandhi Road",
    "5th Block",
)
FR_PLACES = (
    ("75011", "Paris"),
    ("75015", "Paris"),
    ("69003", "Lyon"),
    ("13006", "Marseille"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("59000", "Lille"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("37000", "Tours"),
    ("63000", "Clermont-Ferrand"),
    ("29200", "Brest"),
    ("38000", "Grenoble"),
    ("51100", "Reims"),
    ("76000", "Rouen"),
    ("64200", "Biarritz"),
    ("74000", "Annecy"),
    ("84000", "Avignon"),
)
FR_STREET_TYPES = (
    "rue",
    "rue",
    "avenue",
    "boulevard",
    "allée",
    "impasse",
    "place",
    "chemin",
    "quai",
    "cours",
    "route",
)
FR_STREET_NAMES = (
    "des Lilas",
    "Victor Hugo",
    "de la République",
    "Jean Jaurès",
    "du Général de Gaulle",
    "des Écoles",
    "Pasteur",
    "de la Gare",
    "Gambetta",
    "du Moulin",
    "Saint-Michel",
    "de Verdun",
    "des Acacias",
    "Émile Zola",
    "de la Liberté",
    "des Tanneurs",
    "du Château",
    "Sainte-Catherine",
    "Nationale",
    "des Carmes",
)
FR_RESIDENCES = ("Les Tilleuls", "Le Parc", "Les Pins", "Bellevue")
BE_PLACES = (
    ("1000", "Bruxelles"),
    ("1050", "Ixelles"),
    ("1060", "Saint-Gilles"),
    ("1180", "Uccle"),
    ("1030", "Schaerbeek"),
    ("1200", "Woluwe-Saint-Lambert"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("6000", "Charleroi"),
    ("1300", "Wavre"),
    ("7000", "Mons"),
    ("1348", "Louvain-la-Neuve"),
    ("6700", "Arlon"),
    ("4800", "Verviers"),
    ("7500", "Tournai"),
    ("1400", "Nivelles"),
)
BE_STREETS = (
    "Rue Haute",
    "Avenue Louise",
    "Chaussée d'Ixelles",
    "Rue de la Loi",
    "Boulevard d'Avroy",
    "Rue Saint-Gilles",
    "Rue de Fer",
    "Chaussée de Waterloo",
    "Rue du Marché",
    "Place Flagey",
    "Rue des Wallons",
    "Avenue de Tervueren",
    "Rue Neuve",
    "Rue des Brasseurs",
)
CH_PLACES = (
    ("8001", "Zürich"),
    ("8004", "Zürich"),
    ("1204", "Genève"),
    ("1201", "Genève"),
    ("1003", "Lausanne"),
    ("1006", "Lausanne"),
    ("2000", "Neuchâtel"),
    ("1700", "Fribourg"),
    ("1950", "Sion"),
    ("3011", "Bern"),
    ("4051", "Basel"),
    ("1820", "Montreux"),
    ("2300", "La Chaux-de-Fonds"),
    ("1260", "Nyon"),
    ("1400", "Yverdon-les-Bains"),
    ("1110", "Morges"),
    ("2502", "Bienne"),
    ("1227", "Carouge"),
)
CH_STREETS = (
    "Rue du Rhône",
    "Chemin des Vignes",
    "Avenue de la Gare",
    "Rue de Lausanne",
    "Bahnhofstrasse",
    "Rue du Marché",
    "Route de Chêne",
    "Avenue de Rumine",
    "Quai du Mont-Blanc",
    "Rue des Terreaux",
    "Chemin de la Forêt",
    "Grand-Rue",
    "Rue de Bourg",
)
QC_PLACES = (
    ("Montréal", "Québec", "H2J"),
    ("Montréal", "Québec", "H3Z"),
    ("Québec", "Québec", "G1R"),
    ("Gatineau", "Québec", "J8X"),
    ("Sherbrooke", "Québec", "J1H"),
    ("Trois-Rivières", "Québec", "G9A"),
    ("Laval", "Québec", "H7N"),
    ("Longueuil", "Québec", "J4K"),
    ("Lévis", "Québec", "G6V"),
    ("Saguenay", "Québec", "G7H"),
    ("Rimouski", "Québec", "G5L"),
    ("Moncton", "Nouveau-Brunswick", "E1C"),
    ("Ottawa", "Ontario", "K1P"),
)
QC_STREETS = (
    "rue Saint-Denis",
    "boulevard René-Lévesque Ouest",
    "avenue du Mont-Royal Est",
    "rue Sherbrooke Ouest",
    "chemin Sainte-Foy",
    "rue King Ouest",
    "boulevard Laurier",
    "rue Principale",
    "avenue Cartier",
    "rue Wellington Nord",
    "rue des Érables",
    "montée Saint-Hubert",
)

# ---------------------------------------------------------------- names

WORD_NAMES = {
    "en": (
        ("Rose", True),
        ("Hope", True),
        ("Grace", True),
        ("Joy", True),
        ("Faith", True),
        ("Summer", True),
        ("April", True),
        ("Mark", False),
        ("Bill", False),
        ("Will", False),
        ("Frank", False),
        ("Robin", False),
        ("Ray", False),
        ("Sky", False),
    ),
    "fr": (
        ("Rose", True),
        ("Claire", True),
        ("Marine", True),
        ("Olive", True),
        ("Aurore", True),
        ("Blanche", True),
        ("Constance", True),
        ("Pierre", False),
        ("Désiré", False),
        ("Aimé", False),
        ("Clément", False),
        ("Victor", False),
    ),
}
PARTICLE_LAST = {
    "en": (
        "O'Brien",
        "O'Sullivan",
        "O'Connor",
        "McCarthy",
        "MacNeill",
        "van der Merwe",
        "de Silva",
        "D'Souza",
        "Fitzgerald-Hayes",
        "Ní Bhriain",
        "De Souza",
        "van Rooyen",
        "da Costa",
        "Mac Giolla Phádraig",
        "Kaur-Gill",
        "St. Clair",
    ),
    "fr": (
        "de La Fontaine",
        "Le Goff",
        "Van den Bossche",
        "Durand-Lefèvre",
        "de Montfort",
        "d'Almeida",
        "De Smet",
        "Le Bihan",
        "du Pontavice",
        "N'Diaye",
        "Saint-Amour",
        "de Vries",
        "Van Damme",
        "Da Silva",
        "L'Heureux",
        "d'Amours",
    ),
}
HYPHEN_FIRST = {
    "fr": (
        ("Marie-Claire", True),
        ("Anne-Sophie", True),
        ("Marie-Ève", True),
        ("Jean-Baptiste", False),
        ("Pierre-Yves", False),
        ("Jean-François", False),
        ("Marc-André", False),
        ("Anne-Laure", True),
    ),
    "en": (
        ("Mary-Kate", True),
        ("Anne-Marie", True),
        ("Jean-Luc", False),
        ("Lee-Ann", True),
        ("John-Paul", False),
    ),
}
TITLES = {
    "en": (("Mr", "Ms", "Mrs", "Dr", "Miss"), ("Mr", "Dr", "Mr.", "Mr")),
    "fr": (("Mme", "Mme", "Madame", "Dr", "Mlle", "Me"), ("M.", "M.", "Monsieur", "Dr", "Me")),
}
# titles: (female, male)

# ---------------------------------------------------------------- organisations, decoys

ORGS_EN = {
    "insurer": (
        "Harbourline Insurance",
        "Meridian Mutual",
        "Bluegum General",
        "Northstar Assurance",
        "Kestrel Cover",
        "Shannon Life & General",
    ),
    "courier": (
        "SwiftRoo Couriers",
        "ParcelPoint Express",
        "Fernway Freight",
        "Shamrock Parcels",
        "Maple Route Logistics",
        "Dabba Express",
    ),
    "bank": (
        "Coastal Credit Union",
        "Lakeshore Bank",
        "Tasman Savings",
        "Liffey Bank",
        "Monsoon Bank",
        "Prairie Trust",
    ),
    "property": (
        "Gallagher & Reid Property",
        "Whitby Realty",
        "Harcourt Lettings",
        "Sullivan Property Management",
        "Barfoot & Lyons",
        "Nair Estates",
    ),
    "school": (
        "St Brigid's Primary",
        "Westbridge College",
        "Kauri Park School",
        "Maple Grove Public School",
        "Greenwood High School",
        "Delhi Public School",
    ),
    "clinic": (
        "Harbourside Medical Centre",
        "Riverbend Family Practice",
        "Southgate Physio",
        "Elmwood Dental",
        "Pohutukawa Health",
        "Lotus Diagnostics",
    ),
    "travel": (
        "Skyways Travel",
        "Tasman Air",
        "Emerald Coach Tours",
        "Northern Lights Rail",
        "Ganges Holidays",
        "Maple Leaf Getaways",
    ),
    "employer": (
        "Brightwater Analytics",
        "Copperleaf Software",
        "Fairway Engineering",
        "Kinsella Foods",
        "Patel & Moore Consulting",
        "Tui Digital",
    ),
    "shop": (
        "Harvey Norman",
        "JB Hi-Fi",
        "Canadian Tire",
        "Dunnes Stores",
        "Noel Leeming",
        "Croma",
        "Marks & Spencer",
        "David Jones",
    ),
}
ORGS_FR = {
    "insurer": (
        "Assurances du Lac",
        "Mutuelle des Alpes",
        "La Prévoyance Wallonne",
        "Groupe Cap Assur",
        "Assurances Laurentides",
        "MAF Conseil",
    ),
    "courier": (
        "Colis Rapide",
        "Express Rhône",
        "Livr'Éclair",
        "Coursiers du Nord",
        "PostExpress Wallonie",
        "Transports Giraud & Fils",
    ),
    "bank": (
        "Banque du Léman",
        "Caisse Populaire Saint-Laurent",
        "Crédit Mutuel Ardennes",
        "Banque Cantonale du Jura",
        "BNV Banque",
        "Caisse d'Épargne Loire",
    ),
    "property": (
        "Agence Martin & Roux",
        "Immo Léman",
        "Gérance Dubois",
        "Foncia Flandre",
        "Habitations Bellevue",
        "Régie du Parc",
    ),
    "school": (
        "École Jules-Ferry",
        "Collège Saint-Exupéry",
        "École primaire des Tilleuls",
        "Athénée Royal d'Uccle",
        "École de la Source",
        "Lycée Montaigne",
    ),
    "clinic": (
        "Cabinet médical du Parc",
        "Clinique des Cèdres",
        "Centre dentaire Opéra",
        "Cabinet de kinésithérapie Rivoli",
        "Polyclinique du Lac",
        "CLSC du Plateau",
    ),
    "travel": (
        "Voyages Horizon",
        "Air Laurentides",
        "Rail Évasion",
        "Croisières du Léman",
        "Évasion Tours",
        "Bus Alpins",
    ),
    "employer": (
        "Solutions Boréales",
        "Atelier Lefort",
        "Groupe Bertin Industrie",
        "Logiciels Vauban",
        "Dupuis & Associés",
        "Tech'Alpes",
    ),
    "shop": (
        "Leroy Merlin",
        "Darty",
        "Boulanger",
        "Fnac",
        "Jean Coutu",
        "Manor",
        "Yves Rocher",
        "Galeries Lafayette",
    ),
}
PRODUCTS_EN = (
    "Dyson V15 Detect",
    "Breville Barista Express",
    "Jamie Oliver 5-piece pan set",
    "Ralph Lauren polo shirt",
    "Tommy Hilfiger backpack",
    "Ted Baker wallet",
    "Kate Spade tote",
    "Calvin Klein jeans",
    "Paul Smith socks",
    "Michael Kors watch",
    "Le Creuset casserole",
    "Park Avenue armchair",
    "Bondi Beach towel set",
    "Abbey Road print",
    "Oxford Street sofa",
    "Madison Avenue lamp",
    "Sunset Boulevard bed frame",
    "Baker Street bookcase",
    "Camden Lane rug",
    "Queen Street ottoman",
    "Harper 3-seater",
    "Morgan king bed",
    "Bronte outdoor setting",
)
PRODUCTS_FR = (
    "cocotte Le Creuset",
    "coffret Yves Rocher",
    "parfum Jean Paul Gaultier",
    "plaid Christian Lacroix",
    "portefeuille Pierre Cardin",
    "ménagère Guy Degrenne",
    "canapé Rue de la Paix",
    "lampe Boulevard Saint-Germain",
    "table Place Vendôme",
    "tapis Avenue Montaigne",
    "fauteuil Quai d'Orsay",
    "bibliothèque Rue Mouffetard",
    "lit Victor 160x200",
    "buffet Honoré",
    "robot Moulinex",
    "cafetière Philips",
    "sac Longchamp",
)

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FR_MONTHS_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FR_DAYS_ABBR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")

CARD_TABLE = (
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("4", 19),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("2410", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("3566", 16),
    ("36", 14),
    ("62", 16),
    ("6761", 19),
    ("5018", 16),
)


# ---------------------------------------------------------------- the text builder


class Text:
    """Appends plain strings and (value, entity[, birth]) items; records spans as it goes."""

    def __init__(self, case: str | None = None) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, Any]] = []
        self.case = case
        self.prefix = ""
        self.last = ""  # the last piece added, as written (before case and quote prefix)

    def _cased(self, s: str) -> str:
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def add(self, *items: Any) -> Text:
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, str):
                self._plain(it)
            else:
                self._span(*it)
        return self

    def _plain(self, s: str) -> None:
        self.last = s
        if self.prefix:
            s = s.replace("\n", "\n" + self.prefix)
        s = self._cased(s)
        self.parts.append(s)
        self.pos += len(s)

    def _span(self, value: str, entity: str, birth: bool | None = None) -> None:
        if entity not in LABELS:
            raise ValueError(entity)
        if not value or value != value.strip() or "\n" in value:
            raise ValueError(repr(value))
        if (entity == "DATE_TIME") != (birth is not None):
            raise ValueError(f"{entity} {birth}")
        self.last = value
        value = self._cased(value)
        start = self.pos
        self.parts.append(value)
        self.pos += len(value)
        span: dict[str, Any] = {"start": start, "end": self.pos, "entity": entity}
        if birth is not None:
            span["birth"] = birth
        self.spans.append(span)

    def quote(self, prefix: str = "> ") -> _Quote:
        return _Quote(self, prefix)

    def text(self) -> str:
        return "".join(self.parts)


class _Quote:
    def __init__(self, t: Text, prefix: str) -> None:
        self.t, self.p = t, prefix

    def __enter__(self) -> Text:
        self.saved = self.t.prefix
        self.t._plain(self.p)
        self.t.prefix = self.saved + self.p
        return self.t

    def __exit__(self, *exc: Any) -> None:
        self.t.prefix = self.saved


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


@dataclass
class Person:
    first: str
    last: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


# ---------------------------------------------------------------- one text's context


class Ctx:
    def __init__(self, lang: str, loc: str, rng: random.Random, fk: Any) -> None:
        self.lang, self.loc, self.rng, self.fk = lang, loc, rng, fk
        self.region = REGION[loc]
        self.orgs = ORGS_EN if lang == "en" else ORGS_FR

    # -- choice helpers
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def wpick(self, pairs: Any) -> Any:
        items = [a for a, _ in pairs]
        weights = [w for _, w in pairs]
        return self.rng.choices(items, weights)[0]

    def org(self, kind: str) -> str:
        return self.pick(self.orgs[kind])

    def domain(self, org: str) -> str:
        words = [w for w in re.split(r"[^A-Za-z0-9]+", _ascii(org)) if w]
        stem = "".join(w.lower() for w in words[:2]) or "contact"
        return f"{stem}.{TLD[self.loc]}"

    # -- people
    def person(self, word: bool = False) -> Person:
        rng, fk = self.rng, self.fk
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        r = rng.random()
        if word or r < 0.07:
            first, female = rng.choice(WORD_NAMES[self.lang])
        elif r < (0.16 if self.lang == "fr" else 0.10):
            first, female = rng.choice(HYPHEN_FIRST[self.lang])
        r = rng.random()
        if r < 0.14:
            last = rng.choice(PARTICLE_LAST[self.lang])
        elif r < 0.19:
            last = f"{last}-{fk.last_name()}"
        return Person(first.strip(), last.strip(), female)

    def title(self, p: Person) -> str:
        return self.pick(TITLES[self.lang][0 if p.female else 1])

    def name(self, p: Person, form: str | None = None) -> list[Any]:
        form = form or self.wpick(
            (
                ("full", 40),
                ("first", 18),
                ("title_last", 12),
                ("initial", 6),
                ("lastfirst", 4),
                ("upper", 5),
                ("lower", 5),
                ("title_full", 6),
                ("last", 4),
            )
        )
        if form == "full":
            return [(p.full, "PERSON")]
        if form == "first":
            return [(p.first, "PERSON")]
        if form == "last":
            return [(p.last, "PERSON")]
        if form == "title_last":
            return [self.title(p) + " ", (p.last, "PERSON")]
        if form == "title_full":
            return [self.title(p) + " ", (p.full, "PERSON")]
        if form == "initial":
            initials = "".join(part[0] + "." for part in p.first.split("-"))
            return [(f"{initials} {p.last}", "PERSON")]
        if form == "lastfirst":
            return [(f"{p.last}, {p.first}", "PERSON")]
        if form == "lastfirst_upper":
            return [(f"{p.last.upper()}, {p.first}", "PERSON")]
        if form == "upper":
            return [(p.full.upper(), "PERSON")]
        if form == "lower":
            return [(p.full.lower(), "PERSON")]
        if form == "first_lower":
            return [(p.first.lower(), "PERSON")]
        raise ValueError(form)

    # -- phones
    PREFIXES = {
        "AU": (("2", "3", "7", "8"), ("4",)),
        "CA": (
            (
                "416",
                "514",
                "604",
                "403",
                "780",
                "613",
                "902",
                "204",
                "306",
                "418",
                "819",
                "450",
                "647",
                "438",
                "506",
            ),
            ("416", "514", "604", "647", "438", "587"),
        ),
        "IE": (
            ("1", "21", "91", "61", "51", "56", "71", "90", "66"),
            ("83", "85", "86", "87", "89"),
        ),
        "NZ": (("9", "4", "3", "7", "6"), ("21", "22", "27", "29")),
        "IN": (
            ("80", "22", "44", "40", "11", "33", "20"),
            ("98", "99", "97", "94", "88", "70", "63"),
        ),
        "FR": (("1", "2", "3", "4", "5", "9"), ("6", "7")),
        "CH": (("21", "22", "44", "31", "61", "26", "27", "32", "24"), ("76", "77", "78", "79")),
        "BE": (
            ("2", "4", "9", "3", "10", "71", "81", "65", "67"),
            (
                "470",
                "471",
                "472",
                "475",
                "476",
                "477",
                "478",
                "479",
                "484",
                "485",
                "486",
                "487",
                "488",
                "489",
                "490",
                "491",
                "492",
                "493",
                "494",
                "495",
                "496",
                "497",
            ),
        ),
    }

    def phone_number(self, region: str | None = None, mobile: bool | None = None) -> Any:
        region = region or self.region
        if mobile is None:
            mobile = self.chance(0.55)
        cc = phonenumbers.country_code_for_region(region)
        want = (
            PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        prefixes = self.PREFIXES[region][1 if mobile else 0]
        for _ in range(2000):
            nsn = self.pick(prefixes)
            length = self.rng.randint(8, 10)
            nsn += "".join(self.pick("0123456789") for _ in range(length - len(nsn)))
            n = phonenumbers.parse(f"+{cc}{nsn}")
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in want:
                return n
        raise RuntimeError(f"no phone for {region}")

    def phone(
        self, region: str | None = None, mobile: bool | None = None, style: str | None = None
    ) -> tuple[str, str]:
        region = region or self.region
        n = self.phone_number(region, mobile)
        intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(n, PhoneNumberFormat.E164)
        cc, rest = intl.split(" ", 1)
        plain_nat = nat.replace("(", "").replace(")", "")
        styles: list[tuple[str, int]] = [("intl", 30), ("nat", 40), ("e164", 6), ("00", 5)]
        if region != "CA":
            styles += [("paren0", 6), ("compact", 5), ("ccparen", 3)]
        if region in ("FR", "BE", "CH"):
            styles += [("dots", 10)]
        if region == "CA":
            styles += [("dash", 15), ("one", 6), ("dots", 5)]
        if region in ("AU", "NZ", "IE", "IN"):
            styles += [("dash", 3)]
        style = style or self.wpick(styles)
        if style == "intl":
            s = intl
        elif style == "nat":
            s = nat
        elif style == "e164":
            s = e164
        elif style == "00":
            s = "00" + intl[1:]
        elif style == "paren0":
            s = f"{cc} (0){rest}"
        elif style == "ccparen":
            s = f"({cc}) {rest}"
        elif style == "compact":
            s = re.sub(r"\D", "", nat)
        elif style == "dots":
            s = re.sub(r"[ -]", ".", plain_nat)
        elif style == "dash":
            s = re.sub(r" ", "-", plain_nat)
        elif style == "one":
            s = "1-" + re.sub(r"[ ]", "-", plain_nat)
        else:
            raise ValueError(style)
        assert 6 <= sum(ch.isdigit() for ch in s) <= 15, s
        return (s, "PHONE_NUMBER")

    # -- e-mail
    def email_of(
        self, p: Person | None = None, domain: str | None = None, role: str | None = None
    ) -> str:
        if role:
            local = role
        else:
            assert p is not None
            fi, la = _slug(p.first), _slug(p.last)
            local = self.wpick(
                (
                    (f"{fi}.{la}", 30),
                    (f"{fi}{la}", 10),
                    (f"{fi[0]}{la}", 12),
                    (f"{la}.{fi}", 5),
                    (f"{fi}.{la}{self.rng.randint(1, 99)}", 8),
                    (f"{fi}_{la[0]}", 4),
                    (f"{fi}{self.rng.randint(70, 2009)}", 8),
                    (f"{fi[0]}.{la}", 8),
                    (f"{la}{fi[0]}", 4),
                )
            )
        domain = domain or self.pick(FREE_MAIL[self.loc])
        return f"{local}@{domain}"

    def email(
        self, p: Person | None = None, domain: str | None = None, role: str | None = None
    ) -> tuple[str, str]:
        return (self.email_of(p, domain, role), "EMAIL_ADDRESS")

    # -- cards, IBANs, IPs
    def card(self, style: str | None = None) -> tuple[str, str]:
        prefix, length = self.pick(CARD_TABLE)
        body = prefix + "".join(self.pick("0123456789") for _ in range(length - len(prefix) - 1))
        number = luhn_complete(body)
        assert luhn_ok(number)
        style = style or self.wpick((("groups", 55), ("compact", 25), ("dashes", 20)))
        if length == 15 and style != "compact":
            groups = [number[:4], number[4:10], number[10:]]
        elif length == 14 and style != "compact":
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, length, 4)]
        if style == "compact":
            return (number, "CREDIT_CARD")
        return ((" " if style == "groups" else "-").join(groups), "CREDIT_CARD")

    def iban(self, country: str | None = None) -> tuple[str, str]:
        if country is None:
            if self.lang == "en":
                country = self.wpick(
                    (("IE", 50), ("GB", 20), ("DE", 8), ("NL", 8), ("FR", 6), ("ES", 4), ("IT", 4))
                )
            else:
                country = {
                    "FR": self.wpick((("FR", 70), ("MC", 5), ("BE", 10), ("LU", 8), ("DE", 7))),
                    "BE": self.wpick((("BE", 80), ("LU", 10), ("FR", 10))),
                    "CH": self.wpick((("CH", 80), ("FR", 10), ("DE", 5), ("AT", 5))),
                    "CA": self.wpick((("FR", 60), ("BE", 20), ("CH", 20))),
                }[self.region]
        compact = make_iban(self.rng, country)
        assert mod97_ok(compact)
        style = self.wpick((("groups", 60), ("compact", 30), ("lower_groups", 5), ("lower", 5)))
        grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        value = {
            "groups": grouped,
            "compact": compact,
            "lower_groups": grouped.lower(),
            "lower": compact.lower(),
        }[style]
        return (value, "IBAN_CODE")

    def ip(self, kind: str | None = None) -> tuple[str, str]:
        kind = kind or self.wpick((("public", 50), ("private", 25), ("v6", 20), ("loop", 5)))
        r = self.rng
        if kind == "public":
            first = self.pick(
                (
                    23,
                    31,
                    41,
                    49,
                    58,
                    61,
                    77,
                    81,
                    86,
                    91,
                    103,
                    109,
                    115,
                    122,
                    139,
                    144,
                    150,
                    176,
                    185,
                    193,
                    196,
                    202,
                    203,
                    210,
                )
            )
            s = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif kind == "private":
            s = self.pick(
                (
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 10)}.{r.randint(1, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                )
            )
        elif kind == "loop":
            s = self.pick(("127.0.0.1", "::1"))
        else:
            head = self.pick(
                (0x20010DB8, 0x2A020C7F, 0x24008500, 0x26001700, 0x2A01CB00, 0xFE800000)
            )
            if head == 0xFE800000:
                value = (head << 96) | r.getrandbits(64)
            else:
                value = (
                    (head << 96)
                    | (r.getrandbits(16) << 80)
                    | r.getrandbits(self.pick((16, 32, 64)))
                )
            s = ipaddress.IPv6Address(value).compressed
        ipaddress.ip_address(s)
        return (s, "IP_ADDRESS")

    # -- dates
    def event_date(self) -> date:
        return date(2023, 1, 1) + timedelta(days=self.rng.randint(0, 3 * 365))

    def birth_date(self, child: bool = False) -> date:
        if child:
            return date(2011, 1, 1) + timedelta(days=self.rng.randint(0, 8 * 365))
        return date(1938, 1, 1) + timedelta(days=self.rng.randint(0, 66 * 365))

    def fmt_date(self, d: date, style: str) -> str:
        dd, mm, yyyy = d.day, d.month, d.year
        if self.lang == "en":
            month, mon = EN_MONTHS[mm - 1], EN_MONTHS[mm - 1][:3]
            day, dy = EN_DAYS[d.weekday()], EN_DAYS[d.weekday()][:3]
            suffix = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            forms = {
                "dmy": f"{dd:02d}/{mm:02d}/{yyyy}",
                "dmy_short": f"{dd}/{mm}/{yyyy}",
                "dmy_yy": f"{dd:02d}/{mm:02d}/{yyyy % 100:02d}",
                "dmy_dot": f"{dd:02d}.{mm:02d}.{yyyy}",
                "dmy_dash": f"{dd:02d}-{mm:02d}-{yyyy}",
                "mdy": f"{mm:02d}/{dd:02d}/{yyyy}",
                "iso": f"{yyyy}-{mm:02d}-{dd:02d}",
                "d_month_y": f"{dd} {month} {yyyy}",
                "month_d_y": f"{month} {dd}, {yyyy}",
                "d_mon_y": f"{dd} {mon} {yyyy}",
                "dd_mon_yyyy": f"{dd:02d}-{mon}-{yyyy}",
                "ord": f"{dd}{suffix} {month} {yyyy}",
                "ord_of": f"{dd}{suffix} of {month} {yyyy}",
                "d_month": f"{dd} {month}",
                "mon_d": f"{mon} {dd}",
                "month_ord": f"{month} {dd}{suffix}",
                "wd_d_month": f"{day} {dd} {month}",
                "wd_comma": f"{dy}, {dd} {mon} {yyyy}",
                "wd_long": f"{day}, {dd} {month} {yyyy}",
                "wd_us": f"{day}, {month} {dd}, {yyyy}",
                "mon_upper": f"{dd} {mon.upper()} {yyyy}",
            }
        else:
            month, mois_abr = FR_MONTHS[mm - 1], FR_MONTHS_ABBR[mm - 1]
            day, dy = FR_DAYS[d.weekday()], FR_DAYS_ABBR[d.weekday()]
            dtxt = "1er" if dd == 1 else str(dd)
            forms = {
                "dmy": f"{dd:02d}/{mm:02d}/{yyyy}",
                "dmy_short": f"{dd}/{mm}/{yyyy}",
                "dmy_yy": f"{dd:02d}/{mm:02d}/{yyyy % 100:02d}",
                "dmy_dot": f"{dd:02d}.{mm:02d}.{yyyy}",
                "dmy_dash": f"{dd:02d}-{mm:02d}-{yyyy}",
                "iso": f"{yyyy}-{mm:02d}-{dd:02d}",
                "d_month_y": f"{dtxt} {month} {yyyy}",
                "d_mon_y": f"{dtxt} {mois_abr} {yyyy}",
                "d_month": f"{dtxt} {month}",
                "wd_d_month": f"{day} {dtxt} {month}",
                "wd_long": f"{day} {dtxt} {month} {yyyy}",
                "wd_comma": f"{dy} {dtxt} {mois_abr} {yyyy}",
                "wd_cap": f"{day.capitalize()} {dtxt} {month} {yyyy}",
            }
        return forms[style]

    def date_style(self, birth: bool) -> str:
        if self.lang == "en":
            pool: list[tuple[str, int]] = [
                ("dmy", 25),
                ("dmy_short", 10),
                ("d_month_y", 15),
                ("d_mon_y", 10),
                ("iso", 6),
                ("dd_mon_yyyy", 5),
                ("ord", 5),
                ("dmy_dot", 3),
                ("dmy_dash", 4),
                ("mon_upper", 2),
            ]
            if self.region == "CA":
                pool += [("month_d_y", 20), ("iso", 10), ("mdy", 6)]
            if self.region == "IN":
                pool += [("dmy_dash", 12), ("ord_of", 3)]
            if not birth:
                pool += [
                    ("d_month", 8),
                    ("mon_d", 3),
                    ("month_ord", 3),
                    ("wd_d_month", 6),
                    ("wd_comma", 3),
                    ("dmy_yy", 3),
                ]
            else:
                pool += [("ord_of", 3)]
        else:
            pool = [
                ("dmy", 35),
                ("dmy_short", 6),
                ("d_month_y", 25),
                ("d_mon_y", 4),
                ("dmy_dash", 3),
            ]
            if self.region == "CH":
                pool += [("dmy_dot", 20)]
            if self.region == "CA":
                pool += [("iso", 15)]
            if not birth:
                pool += [("d_month", 10), ("wd_d_month", 8), ("wd_long", 6), ("dmy_yy", 3)]
        return self.wpick(pool)

    def day(self, style: str | None = None, d: date | None = None) -> tuple[str, str, bool]:
        d = d or self.event_date()
        return (self.fmt_date(d, style or self.date_style(False)), "DATE_TIME", False)

    def dob(self, style: str | None = None, child: bool = False) -> tuple[str, str, bool]:
        d = self.birth_date(child)
        return (self.fmt_date(d, style or self.date_style(True)), "DATE_TIME", True)

    def clock(self) -> str:
        h, m = self.rng.randint(7, 19), self.pick((0, 0, 15, 30, 45, 10, 5, 50, 20))
        if self.lang == "fr":
            return self.pick(
                (
                    f"{h}h{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h} h {m:02d}",
                    f"{h}h" if m == 0 else f"{h}h{m:02d}",
                )
            )
        h12 = h % 12 or 12
        ap = "am" if h < 12 else "pm"
        return self.pick(
            (
                f"{h:02d}:{m:02d}",
                f"{h12}:{m:02d} {ap.upper()}",
                f"{h12}.{m:02d}{ap}",
                f"{h12}{ap}" if m == 0 else f"{h12}:{m:02d}{ap}",
            )
        )

    # -- addresses
    def _eircode(self, key: str) -> str:
        tail = self.pick("ACDEFHKNPRTVWXY") + "".join(self.pick(EIRCODE_CHARS) for _ in range(3))
        return f"{key} {tail}"

    def _ca_postcode(self, fsa: str) -> str:
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{fsa} {self.rng.randint(0, 9)}{self.pick(letters)}{self.rng.randint(0, 9)}"

    def address_lines(
        self, unit: bool | None = None, pobox: bool = False, country: bool | None = None
    ) -> list[str]:
        """The lines of one postal address in this locale's usual writing."""
        r, pick = self.rng, self.pick
        unit = self.chance(0.3) if unit is None else unit
        country = self.chance(0.2) if country is None else country
        n = r.randint(1, 240)
        lines: list[str]
        loc = self.loc
        if loc == "en_AU":
            sub, st, pc = pick(AU_PLACES)
            street = f"{n} {pick(AU_STREETS)} {pick(AU_SUFFIX)}"
            if pobox:
                lines = [f"PO Box {r.randint(10, 9999)}", f"{sub} {st} {pc}"]
            elif unit:
                u = r.randint(1, 40)
                lines = [
                    self.pick(
                        (
                            f"Unit {u}, {street}",
                            f"{u}/{street}",
                            f"Level {r.randint(1, 12)}, {street}",
                            f"Shop {u}, {street}",
                        )
                    )
                ]
                lines.append(f"{sub} {st} {pc}")
            else:
                lines = [
                    street,
                    self.pick(
                        (f"{sub} {st} {pc}", f"{sub.upper()} {st} {pc}", f"{sub}, {st} {pc}")
                    ),
                ]
        elif loc == "en_CA":
            city, prov, fsa = pick(CA_PLACES)
            street = f"{r.randint(10, 9999)} {pick(CA_STREETS)}"
            pc = self._ca_postcode(fsa)
            if pobox:
                lines = [
                    f"PO Box {r.randint(100, 9999)}, Station {pick('ABCDEFM')}",
                    f"{city}, {prov} {pc}",
                ]
            elif unit:
                u = r.randint(1, 2400)
                lines = [self.pick((f"Suite {u}, {street}", f"{u}-{street}", f"Apt {u}, {street}"))]
                lines.append(self.pick((f"{city}, {prov} {pc}", f"{city} {prov}  {pc}")))
            else:
                lines = [street, self.pick((f"{city}, {prov} {pc}", f"{city} {prov} {pc}"))]
        elif loc == "en_IE":
            town, key = pick(IE_PLACES)
            code = self._eircode(key)
            street = self.pick(
                (
                    f"{n} {pick(IE_STREETS)}",
                    f"{n} {pick(IE_STREETS)}",
                    pick(("Main Street", "The Square", "Church Road")),
                )
            )
            if pobox:
                lines = [f"PO Box {r.randint(100, 9999)}", f"{town}, {code}"]
            elif unit:
                lines = [
                    self.pick(
                        (
                            f"Apt {r.randint(1, 60)}",
                            f"Apartment {r.randint(1, 60)}",
                            f"Flat {r.randint(1, 12)}",
                        )
                    )
                    + ", "
                    + self.pick(
                        ("The Maltings", "Riverside House", "Grand Canal Dock", "Harbour View")
                    ),
                    street,
                    f"{town}, {code}",
                ]
            else:
                lines = [street, self.pick((f"{town}, {code}", f"{town} {code}"))]
            if self.chance(0.25) and "Dublin" not in lines[-1] and "Co." not in lines[-1]:
                lines[-1:] = [town, code]
        elif loc == "en_NZ":
            sub, city, pc = pick(NZ_PLACES)
            street = f"{n} {pick(NZ_STREETS)}"
            if pobox:
                lines = [f"PO Box {r.randint(100, 99999)}", f"{city} {pc}"]
            elif unit:
                u = r.randint(1, 20)
                lines = [
                    self.pick(
                        (f"Flat {u}, {street}", f"{u}/{street}", f"{u}{pick('ABC')} {street}")
                    ),
                    sub,
                    f"{city} {pc}",
                ]
            else:
                lines = (
                    [street, sub, f"{city} {pc}"]
                    if self.chance(0.6)
                    else [street, f"{sub}, {city} {pc}"]
                )
        elif loc == "en_IN":
            area, city, state, pin = pick(IN_PLACES)
            if pobox:
                lines = [f"P.O. Box {r.randint(100, 9999)}", f"{city} - {pin}", state]
            elif unit:
                lines = [
                    f"Flat {r.randint(1, 12)}{r.randint(0, 9)}{r.randint(1, 9)}, "
                    f"{pick(IN_BUILDINGS)}",
                    f"{pick(IN_ROADS)}, {area}",
                    self.pick((f"{city} {pin}", f"{city} - {pin}")),
                    state,
                ]
            else:
                lines = [
                    self.pick(
                        (
                            f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(10, 400)}",
                            f"No. {r.randint(1, 300)}",
                            f"Plot {r.randint(1, 200)}",
                        )
                    )
                    + f", {pick(IN_ROADS)}",
                    area,
                    f"{city} {pin}, {state}",
                ]
        elif loc == "fr_FR":
            pc, city = pick(FR_PLACES)
            num = f"{n}{self.pick(('', '', '', '', ' bis', ' ter'))}"
            street = f"{num}{self.pick((', ', ' '))}{pick(FR_STREET_TYPES)} {pick(FR_STREET_NAMES)}"
            if pobox:
                lines = [
                    f"BP {r.randint(1, 999)}",
                    f"{pc[:2]}{r.randint(0, 9)}0{r.randint(1, 9)} {city.upper()} CEDEX"
                    if self.chance(0.5)
                    else f"{pc} {city} Cedex",
                ]
            elif unit:
                lines = [
                    self.pick(
                        (
                            f"Résidence {pick(FR_RESIDENCES)}, Bât. {pick('ABCD')}",
                            f"Appartement {r.randint(1, 60)}, {r.randint(1, 9)}e étage",
                            f"Bât. {pick('ABCD')}, esc. {r.randint(1, 4)}",
                        )
                    ),
                    street,
                    f"{pc} {city}",
                ]
            else:
                lines = [
                    street,
                    self.pick((f"{pc} {city}", f"{pc} {city.upper()}", f"F-{pc} {city}")),
                ]
        elif loc == "fr_BE":
            pc, city = pick(BE_PLACES)
            street = f"{pick(BE_STREETS)} {n}"
            if pobox:
                lines = [f"BP {r.randint(1, 999)}", f"{pc} {city}"]
            elif unit:
                lines = [
                    self.pick(
                        (
                            f"{street} bte {r.randint(1, 30)}",
                            f"{street}, boîte {r.randint(1, 30)}",
                            f"{street}/{r.randint(1, 9)}",
                        )
                    ),
                    f"{pc} {city}",
                ]
            else:
                lines = [street, self.pick((f"{pc} {city}", f"B-{pc} {city}"))]
        elif loc == "fr_CH":
            pc, city = pick(CH_PLACES)
            street = f"{pick(CH_STREETS)} {n}"
            if pobox:
                lines = [f"Case postale {r.randint(1, 999)}", f"{pc} {city}"]
            elif unit:
                lines = [
                    self.pick(
                        (
                            "Résidence Les Vergers",
                            "Bâtiment B",
                            f"Appartement {r.randint(1, 9)}.{r.randint(1, 9)}",
                        )
                    ),
                    street,
                    f"{pc} {city}",
                ]
            else:
                lines = [street, self.pick((f"{pc} {city}", f"CH-{pc} {city}"))]
        elif loc == "fr_CA":
            city, prov, fsa = pick(QC_PLACES)
            pc = self._ca_postcode(fsa)
            street = f"{r.randint(10, 9999)}, {pick(QC_STREETS)}"
            if pobox:
                lines = [
                    f"C.P. {r.randint(100, 9999)}, "
                    f"succursale {pick(('Centre-ville', 'Place-d’Armes', 'A'))}",
                    f"{city} ({prov})  {pc}",
                ]
            elif unit:
                lines = [
                    self.pick(
                        (
                            f"{street}, app. {r.randint(1, 40)}",
                            f"{r.randint(1, 40)}-{street.replace(',', '')}",
                            f"{street}, bureau {r.randint(100, 900)}",
                        )
                    ),
                    f"{city} ({prov}) {pc}",
                ]
            else:
                lines = [
                    street,
                    self.pick(
                        (f"{city} ({prov}) {pc}", f"{city} ({prov})  {pc}", f"{city}, {prov} {pc}")
                    ),
                ]
        else:
            raise ValueError(loc)
        if country:
            lines.append(self.country_name())
        return lines

    def country_name(self) -> str:
        if self.lang == "en":
            name = COUNTRY[self.region]
            return self.pick((name, name, name.upper()))
        return FR_COUNTRY[self.region]

    def town(self) -> str:
        loc = self.loc
        if loc == "en_AU":
            return self.pick(AU_PLACES)[0]
        if loc == "en_CA":
            return self.pick(CA_PLACES)[0]
        if loc == "en_IE":
            return re.sub(r" \d+W?$", "", self.pick(IE_PLACES)[0].split(",")[0])
        if loc == "en_NZ":
            return self.pick(NZ_PLACES)[1]
        if loc == "en_IN":
            return self.pick(IN_PLACES)[1]
        if loc == "fr_FR":
            return self.pick(FR_PLACES)[1]
        if loc == "fr_BE":
            return self.pick(BE_PLACES)[1]
        if loc == "fr_CH":
            return self.pick(CH_PLACES)[1]
        return self.pick(QC_PLACES)[0]

    def address_block(self, indent: str = "", **kw: Any) -> list[Any]:
        """One span a line, lines joined by line breaks (no trailing break)."""
        out: list[Any] = []
        for i, line in enumerate(self.address_lines(**kw)):
            if i:
                out.append("\n" + indent)
            out.append((line, "ADDRESS"))
        return out

    def address_one(self, **kw: Any) -> tuple[str, str]:
        lines = self.address_lines(**kw)
        sep = ", "
        return (sep.join(lines), "ADDRESS")

    # -- decoys
    def ref(self, kind: str) -> str:
        r = self.rng
        up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if kind == "claim":
            return self.pick(
                (
                    f"CLM-{r.randint(2023, 2025)}-{r.randint(100000, 999999)}",
                    f"CL{r.randint(10000000, 99999999)}",
                    f"#{r.randint(4000000, 9999999)}",
                    f"SIN-{r.randint(100000, 999999)}",
                )
            )
        if kind == "policy":
            return self.pick(
                (
                    f"POL {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                    f"HOM{r.randint(1000000, 9999999)}",
                    f"MTR-{r.randint(100000, 999999)}-{r.randint(1, 9)}",
                    f"P{r.randint(100, 999)}/{r.randint(10000, 99999)}",
                )
            )
        if kind == "order":
            return self.pick(
                (
                    f"#{self.region}-{r.randint(100000, 999999)}",
                    f"ORD{r.randint(10000000, 99999999)}",
                    f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-"
                    f"{r.randint(1000000, 9999999)}",
                    f"#{r.randint(10000, 99999)}",
                )
            )
        if kind == "tracking":
            return self.pick(
                (
                    f"TBA{r.randint(100000000000, 999999999999)}",
                    f"{self.pick(up)}{self.pick(up)}{r.randint(100000000, 999999999)}{self.region}",
                    f"1Z{r.randint(10**15, 10**16 - 1)}",
                    f"JD{r.randint(10**17, 10**18 - 1)}",
                )
            )
        if kind == "booking":
            return "".join(self.pick(up + "23456789") for _ in range(6))
        if kind == "ticket":
            return self.pick(
                (
                    f"INC{r.randint(1000000, 9999999)}",
                    f"#{r.randint(10000, 999999)}",
                    f"SR-{r.randint(100000, 999999)}",
                    f"CS{r.randint(100000, 999999)}",
                )
            )
        if kind == "invoice":
            return self.pick(
                (
                    f"INV-{r.randint(2023, 2025)}-{r.randint(1000, 99999)}",
                    f"F{r.randint(2023, 2025)}{r.randint(10000, 99999)}",
                    f"{r.randint(100000, 999999)}",
                )
            )
        if kind == "mrn":
            return self.pick(
                (
                    f"MRN {r.randint(1000000, 9999999)}",
                    f"Patient ID {r.randint(100000, 999999)}",
                    f"Dossier {r.randint(10000, 99999)}",
                )
            )
        if kind == "employee":
            return self.pick(
                (
                    f"EMP{r.randint(10000, 99999)}",
                    f"REQ-{r.randint(1000, 9999)}",
                    f"Job ID {r.randint(100000, 999999)}",
                )
            )
        if kind == "gate":
            return self.pick(
                (
                    f"{r.randint(1000, 9999)}#",
                    f"*{r.randint(100, 9999)}",
                    f"{r.randint(1000, 9999)}",
                )
            )
        raise ValueError(kind)

    def amount(self) -> str:
        r = self.rng
        v = r.randint(5, 4000) + self.pick((0, 0, 0.5, 0.99, 0.95, 0.25))
        if self.lang == "en":
            cur = {"AU": "$", "CA": "$", "NZ": "$", "IE": "€", "IN": "₹"}[self.region]
            s = f"{v:,.2f}"
            if cur == "₹":
                return self.pick((f"₹{s}", f"Rs. {s}", f"INR {s}"))
            code = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "IE": "EUR"}[self.region]
            return self.pick((f"{cur}{s}", f"{cur}{s}", f"{code} {s}", f"{s} {code}"))
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
        if self.region == "CH":
            return self.pick((f"CHF {v:.2f}", f"{v:.2f} CHF", f"Fr. {v:.2f}"))
        if self.region == "CA":
            return self.pick((f"{s} $", f"{s} $ CA"))
        return self.pick((f"{s} €", f"{s} EUR", f"{s}€"))

    def version(self) -> str:
        r = self.rng
        return self.pick(
            (
                f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}.{r.randint(100, 9999)}",
                f"build {r.randint(1000, 99999)}",
                f"{r.randint(10, 16)}.{r.randint(0, 9)}",
            )
        )

    def product(self) -> str:
        return self.pick(PRODUCTS_EN if self.lang == "en" else PRODUCTS_FR)


# ---------------------------------------------------------------- shared English pieces

EN_SIGNOFF = {
    "en_AU": ("Cheers,", "Thanks,", "Kind regards,", "Regards,"),
    "en_NZ": ("Ngā mihi,", "Cheers,", "Kind regards,", "Thanks heaps,"),
    "en_IE": ("Kind regards,", "Many thanks,", "Regards,", "Thanks a million,"),
    "en_CA": ("Best,", "Thanks,", "Regards,", "Sincerely,"),
    "en_IN": ("Regards,", "Thanks & Regards,", "Warm regards,", "Best regards,"),
}
FR_SIGNOFF = {
    "fr_FR": ("Cordialement,", "Bien cordialement,", "Bien à vous,", "Salutations distinguées,"),
    "fr_CA": ("Merci,", "Bonne journée,", "Cordialement,", "Au plaisir,"),
    "fr_CH": (
        "Meilleures salutations,",
        "Avec mes meilleures salutations,",
        "Cordialement,",
        "Belle journée,",
    ),
    "fr_BE": ("Bien à vous,", "Cordialement,", "Bien cordialement,", "Salutations,"),
}


def signoff(c: Ctx) -> str:
    return c.pick((EN_SIGNOFF if c.lang == "en" else FR_SIGNOFF)[c.loc])


def signature(c: Ctx, b: Text, p: Person, org: str, role: str, layout: str | None = None) -> None:
    """The sender's signature, in one of several layouts (the sign-off word included)."""
    layout = layout or c.wpick(
        (
            ("oneline", 16),
            ("oneline_mail", 10),
            ("dashes", 18),
            ("vcard", 8),
            ("block", 20),
            ("table", 8),
            ("first", 14),
            ("upper", 6),
        )
    )
    private = org in ("", "Tenant", "Locataire") or role == "Parent"
    mail = c.email(p) if private or c.chance(0.15) else c.email(p, c.domain(org))
    tel = "Tél." if c.lang == "fr" else "Ph"
    if layout == "oneline":
        b.add(signoff(c), "\n", c.name(p, "full"), " | ", org, " | ", c.phone())
    elif layout == "oneline_mail":
        sep = c.pick((" · ", " - ", " | ", " / "))
        b.add(signoff(c), "\n\n", c.name(p, "full"), sep, role, sep, mail, sep, c.phone())
    elif layout == "dashes":
        b.add(
            "-- \n",
            c.name(p, "full"),
            "\n",
            role,
            ", ",
            org,
            "\n",
            c.pick(
                (
                    "M: ",
                    "Mob ",
                    "Mobile: ",
                    "T ",
                    f"{tel}: ",
                    "Cell: " if c.lang == "en" else "Port. : ",
                )
            ),
            c.phone(mobile=True),
            "\n",
            c.pick(("E: ", "Email: ", "", "Courriel : " if c.lang == "fr" else "e: ")),
            mail,
        )
        if c.chance(0.3):
            b.add("\n", c.address_one())
    elif layout == "vcard":
        b.add(
            signoff(c),
            "\n",
            c.name(p, "first"),
            "\n\nBEGIN:VCARD\nVERSION:3.0\nN:",
            (p.last, "PERSON"),
            ";",
            (p.first, "PERSON"),
            ";;;\nFN:",
            (p.full, "PERSON"),
            "\nORG:",
            org,
            "\nTITLE:",
            role,
            "\nTEL;TYPE=WORK,VOICE:",
            c.phone(mobile=False, style="intl"),
            "\nTEL;TYPE=CELL:",
            c.phone(mobile=True),
            "\nEMAIL;TYPE=INTERNET:",
            mail,
        )
        if c.chance(0.7):
            lines = c.address_lines(unit=False, country=True)
            b.add("\nADR;TYPE=WORK:;;", (";".join(lines), "ADDRESS"))
        b.add("\nEND:VCARD")
    elif layout == "block":
        creds = c.pick(
            ("", "", " BCom", " MBA", " (she/her)" if p.female else " (he/him)", " CPA", " MSc")
            if c.lang == "en"
            else ("", "", "", " – MBA", " (elle)" if p.female else " (il)")
        )
        b.add(
            signoff(c),
            "\n\n",
            c.name(p, "first"),
            "\n\n",
            c.name(p, "full"),
            creds,
            "\n",
            role,
            " | ",
            org,
            "\n",
            c.pick(("Direct ", "D ", "Tel ", "Ligne directe " if c.lang == "fr" else "Office ")),
            c.phone(mobile=False),
            c.pick((" | ", "  ", " • ")),
            c.pick(("Mobile ", "M ", "Cell ")) if c.lang == "en" else c.pick(("Mobile ", "Port. ")),
            c.phone(mobile=True),
        )
        if c.chance(0.5):
            b.add("\n", org, "\n", c.address_block())
    elif layout == "table":
        lab = (
            ("Name:  ", "Phone: ", "Email: ")
            if c.lang == "en"
            else ("Nom :      ", "Tél. :     ", "Courriel : ")
        )
        b.add(
            signoff(c), "\n", lab[0], c.name(p, "full"), "\n", lab[1], c.phone(), "\n", lab[2], mail
        )
    elif layout == "first":
        b.add(signoff(c), "\n", c.name(p, c.pick(("first", "first", "full", "first_lower"))))
    elif layout == "upper":
        b.add(
            signoff(c),
            "\n",
            c.name(p, "upper"),
            "\n",
            role.upper(),
            " - ",
            org.upper(),
            "\n",
            c.phone(),
        )
    else:
        raise ValueError(layout)


def quote_header(c: Ctx, b: Text, p: Person, subject: str, to: list[Any] | None = None) -> bool:
    """A reply's quoted header; returns True when the quoted body takes a "> " prefix."""
    mail = c.email(p)
    d = c.event_date()
    if c.lang == "en":
        style = c.wpick(
            (("gmail", 30), ("apple", 15), ("numeric", 15), ("outlook", 25), ("outlook_us", 15))
        )
        if style == "gmail":
            b.add(
                "On ",
                c.day("wd_comma", d),
                " at ",
                c.clock(),
                ", ",
                c.name(p, "full"),
                " <",
                mail,
                "> wrote:\n",
            )
            return True
        if style == "apple":
            b.add(
                "On ",
                c.day("d_month_y", d),
                ", at ",
                c.clock(),
                ", ",
                c.name(p, "full"),
                " <",
                mail,
                "> wrote:\n",
            )
            return True
        if style == "numeric":
            b.add(
                "On ",
                c.day(c.pick(("dmy", "dmy_short", "iso")), d),
                " ",
                c.clock(),
                ", ",
                mail,
                " wrote:\n",
            )
            return True
        lastfirst = style == "outlook_us" and c.chance(0.6)
        b.add(
            "-----Original Message-----\nFrom: ",
            c.name(p, "lastfirst" if lastfirst else "full"),
            c.pick((" <", " [mailto:")),
            mail,
            ">" if c.chance(0.5) else "]",
            "\nSent: ",
            c.day("wd_long" if style == "outlook" else "wd_us", d),
            " ",
            c.clock(),
            "\nTo: ",
            to or c.pick(("Customer Care", "Claims Team", "Bookings", "Accounts")),
            "\nSubject: ",
            subject,
            "\n\n",
        )
        return False
    style = c.wpick((("gmail", 35), ("simple", 20), ("outlook", 30), ("outlook_date", 15)))
    if style == "gmail":
        b.add(
            "Le ",
            c.day("wd_comma", d),
            " à ",
            c.clock(),
            ", ",
            c.name(p, "full"),
            " <",
            mail,
            "> a écrit :\n",
        )
        return True
    if style == "simple":
        b.add(
            "Le ",
            c.day(c.pick(("dmy", "d_month_y")), d),
            " à ",
            c.clock(),
            ", ",
            c.name(p, "full"),
            " a écrit :\n",
        )
        return True
    b.add(
        "-----Message d'origine-----\nDe : ",
        c.name(p, "full"),
        " <",
        mail,
        ">\n",
        "Envoyé : " if style == "outlook" else "Date : ",
        c.day("wd_long" if style == "outlook" else "d_month_y", d),
        " ",
        c.clock(),
        "\nÀ : ",
        to or c.pick(("Service client", "Gestion sinistres", "Réservations", "Comptabilité")),
        "\nObjet : ",
        subject,
        "\n\n",
    )
    return False


# ---------------------------------------------------------------- English situations


def en_claim_ticket(c: Ctx, b: Text) -> None:
    p = c.person()
    what = c.pick(("home contents", "motor", "travel", "pet", "landlord", "building"))
    b.add(
        c.pick(("New claim", "Claim lodged", "FNOL", "Claim intake")),
        " ",
        c.ref("claim"),
        " (",
        what,
        ")\n",
    )
    b.add("Policy: ", c.ref("policy"), "\n")
    b.add(
        c.pick(("Insured: ", "Policyholder: ", "Claimant: ")),
        c.name(p, c.pick(("full", "upper", "lastfirst", "lastfirst_upper", "title_full"))),
        "\n",
    )
    if c.chance(0.55):
        b.add(c.pick(("DOB: ", "D.O.B. ", "Date of birth: ", "d.o.b. ")), c.dob(), "\n")
    b.add("Contact: ", c.phone())
    if c.chance(0.6):
        b.add(" / ", c.email(p))
    b.add("\n")
    if what in ("home contents", "landlord", "building") or c.chance(0.4):
        b.add(c.pick(("Risk address: ", "Loss location: ", "Property: ")), c.address_one(), "\n")
    events = {
        "home contents": (
            "burst pipe under the kitchen sink",
            "break-in through the laundry window",
            "storm damage to the ceiling",
            "power surge took out the fridge",
        ),
        "motor": (
            "rear-ended at the lights",
            "hail damage to bonnet and roof",
            "hit a kangaroo" if c.region == "AU" else "hit a deer",
            "reversed into a bollard",
        ),
        "travel": (
            "luggage lost on a connecting flight",
            "hospital visit abroad",
            "trip cancelled (illness)",
            "phone stolen at the hostel",
        ),
        "pet": (
            "cruciate ligament surgery",
            "swallowed a sock",
            "ear infection, 3 vet visits",
            "dental extraction",
        ),
        "landlord": (
            "tenant left owing 6 weeks' rent",
            "carpet damaged by tenant's dog",
            "malicious damage to doors",
        ),
        "building": (
            "tree fell on the garage",
            "subsidence crack in the rear wall",
            "roof leak after storm",
        ),
    }[what]
    b.add(
        "Incident: ",
        c.pick(events),
        " on ",
        c.day(),
        c.pick((f" around {c.clock()}", "", "")),
        ". ",
    )
    b.add(
        c.pick(
            (
                f"Estimate {c.amount()}",
                f"Excess {c.amount()}",
                f"Quote from repairer {c.amount()}",
                "No estimate yet",
            )
        ),
        ". ",
    )
    if what == "motor":
        b.add(
            "Other driver: ", c.name(c.person(), c.pick(("full", "initial"))), ", ", c.phone(), ". "
        )
    if c.chance(0.35):
        b.add(
            "\nPayout to ",
            c.pick(("IBAN ", "account ")),
            c.iban(),
            c.pick(("", f" (BIC {c.pick(('AIBKIE2D', 'BOFIIE2D', 'REVOLT21'))})")),
            ".",
        )
    elif c.chance(0.3):
        b.add(
            "\nRefund excess to card ",
            c.card(),
            " (customer read it out, please mask after processing).",
        )
    else:
        b.add("\nCard on file ending ", str(c.rng.randint(1000, 9999)), ".")
    if c.chance(0.3):
        b.add(
            "\nAssessor: ",
            c.name(c.person(), c.pick(("full", "first"))),
            ", visit ",
            c.day(c.pick(("wd_d_month", "d_month", "dmy"))),
            ".",
        )


def en_delivery_ticket(c: Ctx, b: Text) -> None:
    p = c.person()
    courier = c.org("courier")
    b.add(
        "Subject: ",
        c.pick(
            (
                "Parcel not received",
                "Damaged delivery",
                "Wrong item delivered",
                "Delivered to wrong address",
                "Missed delivery card",
            )
        ),
        " - order ",
        c.ref("order"),
        "\n\n",
    )
    opener = c.pick(("Hi team,", "Hello,", "To whom it may concern,", "hi"))
    b.add(opener, "\n\n")
    prod = c.product()
    b.add(
        "I ordered the ",
        prod,
        " on ",
        c.day(),
        " and ",
        courier,
        " says it was delivered ",
        c.pick(("yesterday", "on ", "last week")),
    )
    if b.last == "on ":
        b.add(c.day(c.pick(("d_month", "wd_d_month", "dmy"))))
    b.add(
        c.pick(
            (
                " but nothing arrived.",
                " but the box was crushed and the legs are snapped.",
                " but it was left at a house two streets away.",
                " - the photo shows someone else's door.",
            )
        )
    )
    b.add(" Tracking ", c.ref("tracking"), ".\n\n")
    b.add(
        c.pick(
            ("My address is ", "It should have gone to ", "Delivery address: ", "Please resend to ")
        )
    )
    if c.chance(0.5):
        b.add(c.address_one(), ".")
    else:
        b.add("\n", c.address_block())
    if c.chance(0.4):
        b.add(" ", c.pick(("Gate code is ", "Buzzer ", "Side entrance, code ")), c.ref("gate"), ".")
    b.add(
        "\n\nYou can reach me on ",
        c.phone(mobile=True),
        c.pick((" after 5", " any time", "", " (text is best)")),
        ".\n\n",
    )
    b.add(
        c.pick(("Thanks,", "Regards,", "Cheers,")),
        "\n",
        c.name(p, c.pick(("full", "first", "lower", "upper"))),
    )
    if c.chance(0.4):
        b.add("\n", c.email(p))


def en_fraud_ticket(c: Ctx, b: Text) -> None:
    p = c.person()
    bank = c.org("bank")
    b.add("FRAUD REPORT ", c.ref("ticket"), " - ", bank, "\n")
    b.add(
        "Customer: ",
        c.name(p, c.pick(("full", "upper", "lastfirst"))),
        "   ",
        c.pick(("DOB ", "D.O.B: ", "born ")),
        c.dob(),
        "\n",
    )
    b.add(
        "Verified via: ",
        c.pick(("security questions", "SMS OTP", "branch ID check")),
        "; callback ",
        c.phone(),
        "\n",
    )
    b.add(
        "Card affected: ",
        c.card(),
        " (",
        c.pick(("debit", "credit", "Visa Platinum", "travel card")),
        ")\n",
    )
    b.add(
        "Disputed: ",
        str(c.rng.randint(2, 9)),
        " transactions between ",
        c.day(),
        " and ",
        c.day(),
        ", total ",
        c.amount(),
        ".\n",
    )
    if c.chance(0.7):
        b.add(
            "Online banking login from ",
            c.ip(c.pick(("public", "v6"))),
            c.pick((" (", " - ")),
            c.pick(
                ("Lagos", "unknown VPN", "Bucharest", "not the customer's ISP", "datacentre range")
            ),
            c.pick((")", "")),
            "; usual IP ",
            c.ip("public"),
            ".\n",
        )
    if c.chance(0.5):
        b.add(
            "Funds sent to ",
            c.iban(),
            " (beneficiary name given as ",
            c.name(c.person(), "full"),
            ").\n",
        )
    b.add(
        "Action: card blocked at ",
        c.clock(),
        ", replacement to ",
        c.pick(("home address on file", "branch")),
        ". App version ",
        c.version(),
        ". Case owner ",
        c.name(c.person(), c.pick(("first", "full", "initial"))),
        ".",
    )


def en_forum_thread(c: Ctx, b: Text) -> None:
    dev = c.pick(
        (
            "TP-Link Archer AX55",
            "Netgear R7000",
            "Fritz!Box 7590",
            "ASUS RT-AX86U",
            "Synology DS220+",
            "Ubiquiti Dream Machine",
        )
    )
    handle1 = c.pick(
        (
            "kiwi_dave",
            "netgeek42",
            "ozrouter",
            "dubliner88",
            "maple_admin",
            "techie_raj",
            "user4821",
            "PacketPusher",
            "homelab_hero",
        )
    )
    handle2 = c.pick(
        ("sysop_ann", "wifiwizard", "moderator", "lurker_99", "patchday", "router_rick")
    )
    b.add("Re: ", dev, " drops connection after firmware ", c.version(), "\n")
    b.add(
        "Posted by ",
        handle1,
        " » ",
        c.day(c.pick(("wd_comma", "d_mon_y", "dmy"))),
        " ",
        c.clock(),
        "\n\n",
    )
    with b.quote("> "):
        b.add("Quote from ", handle2, ": did you try a factory reset and a static lease?")
    b.add(
        "\n\nYes. Static lease for the NAS at ",
        c.ip("private"),
        ", gateway ",
        c.ip("private"),
        ". WAN shows ",
        c.ip(c.pick(("public", "v6"))),
        " so the ISP side is fine. ",
    )
    b.add(
        c.pick(
            (
                "Logs attached.",
                "Same with the beta.",
                "Rolled back to the previous build, still drops.",
            )
        ),
        "\n\n",
    )
    if c.chance(0.5):
        p = c.person()
        b.add(
            c.pick(("-- ", "Cheers, ", "Thanks - ")),
            c.name(p, c.pick(("first", "first", "first_lower"))),
        )
        if c.chance(0.3):
            b.add(" (", c.email(p), ")")
        b.add("\n\n")
    b.add("Posted by ", handle2, " » ", c.day(c.pick(("wd_comma", "d_mon_y"))), "\n")
    b.add(
        c.pick(("Check the DHCP pool doesn't overlap ", "Block ", "Can you ping ")),
        c.ip("private"),
        c.pick(("?", " from the LAN side.", " and post the output.")),
    )
    if c.chance(0.4):
        p = c.person()
        b.add(
            " Also ",
            c.name(p, "first"),
            " in the other thread had the same issue - ping her."
            if p.female
            else " in the other thread had the same issue - ping him.",
        )


def en_hr_note(c: Ctx, b: Text) -> None:
    cand = c.person()
    rec = c.person()
    role = c.pick(
        (
            "Senior Data Analyst",
            "Site Engineer",
            "Payroll Officer",
            "Graduate Developer",
            "Warehouse Team Lead",
            "Nurse Unit Manager",
        )
    )
    b.add(
        c.pick(("Candidate: ", "Applicant - ", "CANDIDATE ")),
        c.name(cand, c.pick(("full", "upper", "lastfirst"))),
        " | ",
        role,
        " | ",
        c.ref("employee"),
        "\n",
    )
    b.add(
        c.pick(("Phone screen ", "Interviewed ", "Spoke ")),
        c.day(),
        " (",
        c.name(rec, c.pick(("first", "initial"))),
        "). ",
    )
    b.add(
        c.pick(
            (
                "Strong on SQL, weak on stakeholder stuff.",
                "Good energy, 6 yrs exp, notice period 4 weeks.",
                "Overqualified? Wants hybrid 3 days.",
                "Referred by a current employee.",
            )
        ),
        " ",
    )
    if c.chance(0.5):
        b.add(
            "Relocating to ",
            (c.town(), "ADDRESS"),
            " in ",
            c.pick(("March", "the new year", "two months")),
            ". ",
        )
    else:
        b.add(
            "Lives in ", (c.town(), "ADDRESS"), ", happy to commute to the ", c.town(), " office. "
        )
    b.add("Expected salary ", c.amount(), ".\n")
    b.add("Contact: ", c.phone(mobile=True), ", ", c.email(cand), "\n")
    if c.chance(0.5):
        ref = c.person(word=c.chance(0.5))
        b.add(
            "Referee: ",
            c.name(ref, c.pick(("full", "title_full"))),
            " (former manager at ",
            c.org("employer"),
            ") ",
            c.phone(),
            "\n",
        )
    if c.chance(0.45):
        b.add(
            "Onboarding: ",
            c.pick(("d.o.b. ", "DOB ", "Date of birth ")),
            c.dob(),
            "; start date ",
            c.day(),
            "; salary into ",
            c.iban() if c.region == "IE" or c.chance(0.3) else "BSB/account on form",
            ".\n",
        )
    if c.chance(0.3):
        b.add("Postal address for contract: ", "\n", c.address_block(unit=c.chance(0.4)), "\n")
    b.add(
        c.pick(
            (
                "Next step: panel with hiring manager.",
                "Decision: hold.",
                "Reject - sent template email.",
                "Offer approved by ",
                "Next: reference checks by ",
            )
        )
    )
    if b.last.endswith("by "):
        b.add(c.name(c.person(), c.pick(("first", "full"))), ".")


def en_patient_note(c: Ctx, b: Text) -> None:
    pt = c.person()
    dr = c.person()
    clinic = c.org("clinic")
    b.add(
        c.pick(
            (
                "Appointment request",
                "Booking request via website",
                "Reception note",
                "Phone message",
            )
        ),
        " - ",
        clinic,
        "\n",
    )
    b.add(
        "Patient: ",
        c.name(pt, c.pick(("full", "lastfirst", "upper", "title_full"))),
        " (",
        c.ref("mrn"),
        ")\n",
    )
    b.add(c.pick(("DOB ", "d.o.b. ", "Born ", "Date of birth: ")), c.dob(), "\n")
    b.add(
        c.pick(("Wants to see ", "Requests ", "Asked for ")),
        "Dr ",
        (dr.last, "PERSON"),
        c.pick((" for ", " re ", " about ")),
        c.pick(
            (
                "repeat script",
                "follow-up bloods",
                "knee pain",
                "skin check",
                "travel vaccinations",
                "a referral to a physio",
            )
        ),
        ". ",
    )
    b.add(
        "Prefers ",
        c.pick(("mornings", "after 3pm", "Fridays", "a telehealth call")),
        "; first available is ",
        c.day(c.pick(("wd_d_month", "d_month", "dmy", "mon_d"))),
        " at ",
        c.clock(),
        ".\n",
    )
    b.add("Call back on ", c.phone(), c.pick(("", " (mobile)", " or work ")))
    if b.last == " or work ":
        b.add(c.phone(mobile=False))
    b.add(".")
    if c.chance(0.5):
        b.add(" Email for reminders: ", c.email(pt), ".")
    if c.chance(0.35):
        carer = c.person(word=c.chance(0.4))
        b.add(
            "\nCarer/next of kin: ",
            c.name(carer, "full"),
            " (",
            c.pick(("daughter", "son", "husband", "wife", "partner")),
            ") ",
            c.phone(),
            ".",
        )
    if c.chance(0.3):
        b.add("\nNew address: ", c.address_one(unit=c.chance(0.5)), ".")
    b.add(c.pick(("", "\nTaken by ", "\n-- ")))
    if b.last in ("\nTaken by ", "\n-- "):
        b.add(c.name(c.person(), c.pick(("first", "first_lower"))))


def en_account_note(c: Ctx, b: Text) -> None:
    p = c.person(word=c.chance(0.3))
    b.add(
        c.day(c.pick(("iso", "dmy", "d_mon_y"))),
        " ",
        c.clock(),
        " - call with ",
        c.name(p, c.pick(("full", "title_last"))),
        "\n",
    )
    word_pairs = {
        "Rose": "chose the rose gold finish",
        "Hope": "said she'd hope for a credit",
        "Grace": "asked if the grace period applies",
        "Joy": "had no joy with the online form",
        "Faith": "has lost faith in the courier",
        "Summer": "wants it before summer",
        "April": "wants delivery after April",
        "Mark": "asked us to mark the account as VIP",
        "Bill": "says the bill is double what was quoted",
        "Will": "will call back after lunch",
        "Frank": "was very frank about leaving",
        "Robin": "saw a robin-egg blue sample he liked",
        "Ray": "wants the Ray-Ban frames instead",
        "Sky": "asked about Sky Sport bundle",
    }
    if p.first in word_pairs:
        b.add((p.first, "PERSON"), " ", word_pairs[p.first], ". ")
    else:
        b.add(
            c.name(p, c.pick(("first", "title_last"))),
            c.pick(
                (
                    " is unhappy with the renewal price.",
                    " wants to upgrade to the business plan.",
                    " reported the invoice ",
                    " is moving house soon.",
                )
            ),
        )
        if b.last == " reported the invoice ":
            b.add(c.ref("invoice"), " is wrong.")
    b.add(
        " Account ",
        c.ref("order"),
        ", plan ",
        c.pick(("Gold", "Essentials", "Family 4", "Pro 200")),
        " at ",
        c.amount(),
        "/mth.\n",
    )
    if c.chance(0.5):
        b.add("Updated mobile to ", c.phone(mobile=True), " and email to ", c.email(p), ".\n")
    if c.chance(0.4):
        b.add("Moving to ", c.address_one(), " on ", c.day(), ".\n")
    if c.chance(0.2):
        b.add(
            "Mentioned that ",
            c.name(c.person(), "full"),
            " from ",
            c.org("employer"),
            " referred them.\n",
        )
    b.add(
        c.pick(
            (
                "Follow-up booked.",
                "Escalated to retention.",
                "No action.",
                "Sent discount code SAVE15.",
            )
        )
    )


def en_landlord_email(c: Ctx, b: Text) -> None:
    tenant = c.person()
    agent = c.person()
    agency = c.org("property")
    landlord_side = c.chance(0.5)
    sender, other = (agent, tenant) if landlord_side else (tenant, agent)
    b.add(
        c.pick(("Hi ", "Dear ", "Hello ", "Morning ")),
        c.name(other, c.pick(("first", "title_last", "first", "lower"))),
        ",\n\n",
    )
    if landlord_side:
        b.add(
            c.pick(
                (
                    "Just confirming the routine inspection at ",
                    "Following up on the rent arrears for ",
                    "The plumber will attend ",
                    "Your lease renewal for ",
                )
            )
        )
        b.add(c.address_one(unit=c.chance(0.5)))
        b.add(
            c.pick((" is booked for ", " - the due date was ", " on ", " starts ")), c.day(), ". "
        )
        b.add("Rent is ", c.amount(), c.pick((" per week", " per month", " a fortnight")), ". ")
        if c.chance(0.5):
            b.add(
                "Please pay to ",
                c.iban() if c.region in ("IE",) or c.chance(0.3) else "the trust account",
                ", reference ",
                c.ref("invoice"),
                ".",
            )
        b.add("\n\n")
    else:
        b.add(
            c.pick(
                (
                    "The hot water has been out since ",
                    "There's a leak in the bathroom ceiling since ",
                    "The oven stopped working on ",
                    "Mould is back in the bedroom since ",
                )
            ),
            c.day(),
            ". ",
        )
        b.add(
            "Could someone come this week? I'm home after ",
            c.clock(),
            ", or call me on ",
            c.phone(mobile=True),
            ".\n",
        )
        if c.chance(0.35):
            b.add(
                "Also, my partner ",
                c.name(c.person(), "full"),
                " will be moving in - do we need to add them to the lease?\n",
            )
        if c.chance(0.3):
            b.add("My forwarding address from next month is:\n", c.address_block(), "\n")
        b.add("\n")
    signature(
        c,
        b,
        sender,
        agency if landlord_side else "Tenant",
        c.pick(("Property Manager", "Leasing Consultant")) if landlord_side else "Tenant",
        layout=None if landlord_side else c.pick(("first", "table", "oneline_mail")),
    )
    if c.chance(0.55):
        b.add("\n\n")
        prefixed = quote_header(
            c,
            b,
            other,
            c.pick(("RE: Maintenance request ", "Lease renewal ", "Rent - ")) + c.ref("invoice"),
        )
        if landlord_side:  # the tenant's earlier message
            body: list[Any] = [
                c.pick(
                    ("Hi, just checking about the ", "Any update on the ", "Following up re the ")
                ),
                c.pick(("bond", "smoke alarm check", "water bill", "inspection")),
                "? My number is ",
                c.phone(),
                ".\n\nThanks,\n",
                c.name(other, "first"),
            ]
        else:  # the agent's earlier message
            body = [
                c.pick(
                    (
                        "Hi, the routine inspection is booked for ",
                        "Just a reminder the smoke alarm check is on ",
                        "The water bill for the quarter ending ",
                    )
                ),
                c.day(),
                ". ",
                c.pick(("Please call me on ", "Any questions, ring ", "Text me on ")),
                c.phone(),
                ".\n\n",
                c.name(other, c.pick(("first", "full"))),
                "\n",
                agency,
            ]
        if prefixed:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def en_school_email(c: Ctx, b: Text) -> None:
    parent = c.person()
    child = c.person()
    child.last = parent.last if c.chance(0.7) else child.last
    teacher = c.person(word=c.chance(0.25))
    school = c.org("school")
    from_parent = c.chance(0.6)
    if from_parent:
        b.add(
            c.pick(("Dear ", "Hi ", "Hello ")),
            c.name(teacher, c.pick(("title_last", "first", "title_last"))),
            ",\n\n",
        )
        b.add(
            c.name(child, c.pick(("first", "full"))),
            c.pick(
                (
                    " won't be in on ",
                    " has a dentist appointment on ",
                    " will be picked up early on ",
                    " was sick on ",
                )
            ),
            c.day(c.pick(("wd_d_month", "d_month", "dmy", "d_month_y"))),
            ". ",
        )
        helper = c.person()
        b.add(
            c.pick(
                ("My mother ", "My sister ", "Our neighbour ")
                if helper.female
                else ("My father ", "My brother ", "Our neighbour ")
            ),
            c.name(helper, "full"),
            " will collect ",
            "her" if child.female else "him",
            " at ",
            c.clock(),
            ". ",
        )
        if c.chance(0.5):
            b.add(
                "For the excursion form: ",
                c.name(child, "full"),
                ", born ",
                c.dob(child=True),
                ", allergies: ",
                c.pick(("none", "peanuts", "bee stings")),
                ". ",
            )
        b.add("My mobile is ", c.phone(mobile=True), c.pick(("", " if anything comes up")), ".\n\n")
        signature(
            c,
            b,
            parent,
            school,
            "Parent",
            layout=c.pick(("first", "table", "oneline_mail", "upper")),
        )
    else:
        b.add(
            c.pick(
                (
                    "Dear parents and carers,",
                    "Kia ora whānau," if c.region == "NZ" else "Dear families,",
                    "Dear ",
                )
            )
        )
        if b.last == "Dear ":
            b.add(c.name(parent, c.pick(("title_last", "title_full", "first"))), ",")
        b.add("\n\n")
        b.add(
            c.pick(
                (
                    "The Year 5 trip to the museum is on ",
                    "School photos are on ",
                    "Parent-teacher interviews start ",
                    "The athletics carnival has moved to ",
                )
            ),
            c.day(c.pick(("wd_d_month", "d_month_y", "dmy"))),
            ". ",
        )
        b.add(c.pick(("Cost is ", "Please bring ", "Bookings via the app, fee ")), c.amount(), ". ")
        if c.chance(0.6):
            b.add(
                "We still need the enrolment form for ",
                c.name(child, "full"),
                " (date of birth ",
                c.dob(child=True),
                ").",
            )
        b.add("\n\n")
        signature(
            c,
            b,
            teacher,
            school,
            c.pick(("Year 5 Teacher", "Deputy Principal", "Office Manager", "Class teacher")),
        )


def en_booking_email(c: Ctx, b: Text) -> None:
    p = c.person()
    agent = c.person()
    travel = c.org("travel")
    ref = c.ref("booking")
    b.add("Subject: Change to booking ", ref, "\n\n")
    b.add(c.pick(("Hi,", "Hello there,", "Dear Sir/Madam,", "Good afternoon,")), "\n\n")
    b.add(
        "I need to move our ",
        c.pick(("flight", "coach tour", "rail pass", "hotel stay")),
        " from ",
        c.day(),
        " to ",
        c.day(),
        ". ",
    )
    b.add(
        "Passengers: ",
        c.name(p, "upper"),
        " (",
        c.pick(("DOB ", "d.o.b. ", "born ")),
        c.dob(c.pick(("dmy", "d_mon_y", "mon_upper", "dd_mon_yyyy"))),
        ")",
    )
    if c.chance(0.6):
        q = c.person()
        b.add(
            " and ",
            c.name(q, "upper"),
            " (",
            c.pick(("DOB ", "d.o.b. ", "born ")),
            c.dob(c.pick(("dmy", "d_mon_y", "mon_upper"))),
            ")",
        )
    b.add(".\n")
    if c.chance(0.4):
        b.add(
            "Please charge the fare difference to ",
            c.card(),
            ", exp ",
            f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 31)}",
            ".\n",
        )
    else:
        b.add("Happy to pay the ", c.amount(), " change fee by the card on file.\n")
    if c.chance(0.3):
        b.add(
            "Going to ",
            (
                c.pick(
                    ("Queenstown", "Bali", "Lisbon", "Vancouver", "Goa", "Galway", "Tokyo", "Fiji")
                ),
                "ADDRESS",
            ),
            " for a wedding, so the dates really matter.\n",
        )
    b.add("\n")
    signature(c, b, p, "", "", layout=c.pick(("first", "table")))
    if c.chance(0.6):
        b.add("\n\n")
        pref = quote_header(c, b, agent, f"Your booking {ref} is confirmed", to=[c.name(p, "full")])
        body = [
            "Thank you for booking with ",
            travel,
            ". Your reference is ",
            ref,
            ". Departure ",
            c.day(),
            " at ",
            c.clock(),
            ".\n",
            c.name(agent, "first"),
            " | ",
            travel,
            " | ",
            c.phone(mobile=False),
        ]
        if pref:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def en_claim_email(c: Ctx, b: Text) -> None:
    p = c.person()
    handler = c.person()
    ins = c.org("insurer")
    claim = c.ref("claim")
    b.add(
        c.pick(("Dear ", "Hi ", "Good morning ")),
        c.name(p, c.pick(("title_last", "first", "title_full"))),
        ",\n\n",
    )
    b.add("Thank you for your call on ", c.day(), " regarding claim ", claim, ". ")
    b.add(
        c.pick(
            (
                "We have approved the repair and the builder will contact you.",
                "We need two quotes and photos before we can assess.",
                "An assessor will visit the property at ",
                "Unfortunately the policy excludes gradual damage.",
            )
        )
    )
    if b.last.endswith("at "):
        b.add(c.address_one(), " on ", c.day(c.pick(("wd_d_month", "d_month_y"))), ".")
    b.add(" The excess of ", c.amount(), " applies.\n\n")
    if c.chance(0.4):
        b.add(
            "We will pay the settlement into ", c.iban(), " once you sign the discharge form.\n\n"
        )
    signature(
        c, b, handler, ins, c.pick(("Claims Consultant", "Senior Assessor", "Claims Officer"))
    )
    if c.chance(0.5):
        b.add("\n\n")
        pref = quote_header(c, b, p, f"Claim {claim}")
        body = [
            c.pick(
                ("Hi, I sent the photos on ", "I've been waiting since ", "The roofer came on ")
            ),
            c.day(),
            ". ",
            c.pick(
                (
                    "Can you confirm they arrived?",
                    "Nobody has called back.",
                    "His quote is attached.",
                )
            ),
            "\n",
            c.name(p, c.pick(("first", "full", "lower"))),
            "\n",
            c.phone(mobile=True),
        ]
        if pref:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def en_recruit_email(c: Ctx, b: Text) -> None:
    cand = c.person()
    rec = c.person(word=c.chance(0.3))
    emp = c.org("employer")
    b.add(
        c.pick(("Hi ", "Dear ", "Hello ")),
        c.name(cand, c.pick(("first", "first", "title_last"))),
        ",\n\n",
    )
    b.add(
        "Thanks for applying for the ",
        c.pick(("Data Engineer", "Customer Success Lead", "Site Supervisor", "Paralegal")),
        " role (",
        c.ref("employee"),
        "). ",
    )
    b.add(
        "We'd like to invite you to interview on ",
        c.day(c.pick(("wd_d_month", "wd_long", "d_month_y"))),
        " at ",
        c.clock(),
        " at ",
    )
    b.add(c.address_one(unit=True), ". ")
    b.add(
        "You'll meet ",
        c.name(c.person(), "full"),
        " and ",
        c.name(c.person(), c.pick(("first", "full"))),
        ".\n\n",
    )
    if c.chance(0.4):
        b.add(
            "Please bring photo ID and reply with your date of birth for the background check"
            " - or include it in the form: ",
            "d.o.b. ________.\n\n",
        )
    signature(c, b, rec, emp, c.pick(("Talent Partner", "Recruiter", "HR Coordinator")))


def en_address_field(c: Ctx, b: Text) -> None:
    layout = c.wpick(
        (
            ("block", 25),
            ("one", 20),
            ("labelled", 15),
            ("co", 10),
            ("pobox", 8),
            ("instructions", 12),
            ("caps", 6),
            ("form", 10),
        )
    )
    p = c.person()
    if layout == "block":
        b.add(c.name(p, c.pick(("full", "title_full", "upper"))), "\n", c.address_block())
    elif layout == "one":
        b.add(c.address_one(unit=c.chance(0.5)))
    elif layout == "labelled":
        b.add(
            c.pick(("Deliver to: ", "Ship to: ", "Postal address: ", "Billing address: ")),
            c.address_one(),
        )
        if c.chance(0.35):
            b.add(c.pick(("; ph ", " - mob ", "\nContact number: ")), c.phone())
    elif layout == "co":
        b.add(
            c.name(p, "full"),
            "\nc/o ",
            c.name(c.person(), c.pick(("full", "title_full"))),
            "\n",
            c.address_block(unit=False),
        )
    elif layout == "pobox":
        b.add(
            c.org(c.pick(("employer", "shop"))),
            "\nAttn: ",
            c.name(p, "full"),
            "\n",
            c.address_block(pobox=True),
        )
    elif layout == "instructions":
        b.add(
            c.address_one(unit=c.chance(0.4)),
            "\n",
            c.pick(
                (
                    "Leave at back door, ",
                    "Ring before delivery: ",
                    "If not home leave with neighbour at no. 14 - ",
                    "Dog on property! Call ",
                )
            ),
            c.phone(mobile=True),
        )
    elif layout == "caps":
        b.case = "upper"
        b.add(c.name(p, "full"), "\n", c.address_block(country=True))
    else:
        b.add(
            "Name: ",
            c.name(p, "full"),
            "\nAddress line 1: ",
            (c.address_lines(unit=False)[0], "ADDRESS"),
        )
        b.add("\nAddress line 2: \nPhone: ", c.phone(), "\nEmail: ", c.email(p))


def en_chat(c: Ctx, b: Text, topic: str) -> None:
    p = c.person(word=c.chance(0.2))
    agent = c.person()
    lower = c.chance(0.35)
    t = c.rng.randint(8, 20) * 60 + c.rng.randint(0, 50)

    def ts() -> str:
        nonlocal t
        t += c.rng.randint(0, 3)
        return f"[{t // 60:02d}:{t % 60:02d}] "

    agent_label = c.pick(("Agent ", "", "Support - "))
    b.add(
        ts(),
        agent_label,
        (agent.first, "PERSON"),
        ": Hi, you're chatting with ",
        (agent.first, "PERSON"),
        ". How can I help today?\n",
    )
    cust = c.pick(("Customer", "Visitor", "You", "guest_" + str(c.rng.randint(100, 999))))

    def say(*x: Any) -> None:
        b.add(
            ts(), cust, ": ", *[s.lower() if isinstance(s, str) and lower else s for s in x], "\n"
        )

    if topic == "booking":
        say("hi, need to change my flight, booking ", c.ref("booking"))
        b.add(
            ts(),
            (agent.first, "PERSON"),
            ": Sure! Can I get the full name and date of birth of the passenger?\n",
        )
        say(
            c.name(p, "lower" if lower else "full"),
            ", ",
            c.dob(c.pick(("dmy", "dmy_short", "d_month_y"))),
        )
        b.add(ts(), (agent.first, "PERSON"), ": Thanks. What date would you like instead?\n")
        say("the ", c.day(c.pick(("month_ord", "d_month", "ord"))), " if possible, same time")
        if c.chance(0.5):
            say("my mobile is ", c.phone(mobile=True), " in case it drops out")
    elif topic == "bank":
        say(
            "i think someone used my card. i didn't buy anything at ",
            c.pick(("ALIEXPRESS", "Uber *trip", "STEAMGAMES")),
        )
        b.add(
            ts(),
            (agent.first, "PERSON"),
            ": I'm sorry to hear that. Please don't share your full card number here."
            " Can you confirm your name?\n",
        )
        say(c.name(p, "lower" if lower else "full"))
        if c.chance(0.5):
            say("oops already pasted it earlier: ", c.card())
            b.add(
                ts(),
                (agent.first, "PERSON"),
                ": No worries, I've masked it. The card is now blocked.\n",
            )
        say("also got a login alert from ", c.ip("public"), " at ", c.clock())
    else:
        say("my order ", c.ref("order"), " says delivered but it's not here")
        b.add(ts(), (agent.first, "PERSON"), ": Let me check. What's the delivery address?\n")
        say(c.address_one(unit=c.chance(0.5)))
        b.add(
            ts(),
            (agent.first, "PERSON"),
            ": The driver left it at the front porch at ",
            c.clock(),
            ". I'll raise a trace.\n",
        )
        if c.chance(0.6):
            say("ok. email is ", c.email(p), " and ph ", c.phone(mobile=True))
    b.add(ts(), (agent.first, "PERSON"), ": Thanks ", c.name(p, "first"), ", anything else?\n")
    say(c.pick(("no thats all", "nope cheers", "all good thanks", "no, bye")))


# ---------------------------------------------------------------- French situations


def fr_sinistre(c: Ctx, b: Text) -> None:
    p = c.person()
    quoi = c.pick(
        (
            "dégât des eaux",
            "bris de glace",
            "vol avec effraction",
            "accident de la route",
            "grêle",
            "incendie de cuisine",
        )
    )
    b.add(
        c.pick(("Déclaration de sinistre ", "Sinistre n° ", "Ouverture dossier ")),
        c.ref("claim"),
        " – ",
        quoi,
        "\n",
    )
    b.add("Contrat : ", c.ref("policy"), "\n")
    b.add(
        c.pick(("Assuré : ", "Souscripteur : ", "Sociétaire : ")),
        c.name(p, c.pick(("full", "upper", "title_full", "lastfirst_upper"))),
        "\n",
    )
    if c.chance(0.55):
        née = "Née le " if p.female else "Né le "
        b.add(c.pick((née, "Date de naissance : ", "DDN : ", "né(e) le ")), c.dob(), "\n")
    b.add("Tél. : ", c.phone(), c.pick(("", " – courriel : ")))
    if b.last == " – courriel : ":
        b.add(c.email(p))
    b.add("\n")
    b.add("Lieu du sinistre : ", c.address_one(), "\n")
    b.add(
        "Faits : ",
        c.pick(
            (
                "fuite du chauffe-eau",
                "vitre du salon brisée",
                "porte forcée, ordinateur volé",
                "collision sur le parking",
                "toiture endommagée",
            )
        ),
        " le ",
        c.day(),
        c.pick((f" vers {c.clock()}", "", "")),
        ". ",
    )
    b.add(
        c.pick(
            (
                f"Devis de l'artisan : {c.amount()}.",
                f"Franchise : {c.amount()}.",
                "Pas encore de devis.",
            )
        ),
        "\n",
    )
    if c.chance(0.45):
        b.add("Indemnisation sur le compte ", c.iban(), ".\n")
    elif c.chance(0.35):
        b.add(
            "Remboursement de la franchise sur la carte ",
            c.card(),
            " (dictée par l'assuré, à masquer).\n",
        )
    if c.chance(0.3):
        b.add(
            "Expert mandaté : ",
            c.name(c.person(), c.pick(("full", "title_last"))),
            ", visite le ",
            c.day(c.pick(("wd_d_month", "d_month", "dmy"))),
            ".\n",
        )
    if c.chance(0.3):
        tiers = c.person()
        b.add(
            "Tiers : ",
            c.name(tiers, "full"),
            ", ",
            c.phone(),
            ", assuré chez ",
            c.org("insurer"),
            ".",
        )


def fr_livraison(c: Ctx, b: Text) -> None:
    p = c.person()
    b.add(
        "Objet : ",
        c.pick(
            ("Colis non reçu", "Livraison endommagée", "Erreur de livraison", "Retard de livraison")
        ),
        " – commande ",
        c.ref("order"),
        "\n\n",
    )
    b.add(c.pick(("Bonjour,", "Madame, Monsieur,", "Bonjour à l'équipe,", "bonjour")), "\n\n")
    b.add(
        "J'ai commandé un ",
        c.product(),
        " le ",
        c.day(),
        " et le transporteur ",
        c.org("courier"),
        c.pick((" indique « livré » ", " affirme avoir livré ")),
        c.pick(("hier", "avant-hier", "le ")),
    )
    if b.last == "le ":
        b.add(c.day(c.pick(("d_month", "wd_d_month", "dmy"))))
    b.add(
        c.pick(
            (
                ", mais je n'ai rien reçu.",
                ", mais le carton était éventré.",
                " chez un voisin que je ne connais pas.",
            )
        ),
        " Numéro de suivi : ",
        c.ref("tracking"),
        ".\n\n",
    )
    b.add(c.pick(("Mon adresse : ", "Adresse de livraison : ", "Merci de renvoyer à : ")))
    if c.chance(0.5):
        b.add(c.address_one(), ".")
    else:
        b.add("\n", c.address_block())
    if c.chance(0.35):
        b.add(" Digicode ", c.ref("gate"), ", ", c.pick(("2e étage", "interphone au nom de ")))
        if b.last.endswith("de "):
            b.add(c.name(p, "last"))
        b.add(".")
    b.add(
        "\n\nVous pouvez me joindre au ",
        c.phone(mobile=True),
        ".\n\n",
        signoff(c),
        "\n",
        c.name(p, c.pick(("full", "first", "lower", "upper", "title_full"))),
    )


def fr_fraude(c: Ctx, b: Text) -> None:
    p = c.person()
    b.add("SIGNALEMENT FRAUDE ", c.ref("ticket"), " – ", c.org("bank"), "\n")
    b.add(
        "Client : ",
        c.name(p, c.pick(("full", "upper", "title_full"))),
        c.pick((", né le " if not p.female else ", née le ", " – date de naissance ")),
        c.dob(),
        "\n",
    )
    b.add("Rappel au ", c.phone(), "\n")
    b.add("Carte concernée : ", c.card(), "\n")
    b.add(
        str(c.rng.randint(2, 8)),
        " opérations contestées entre le ",
        c.day(),
        " et le ",
        c.day(),
        ", total ",
        c.amount(),
        ".\n",
    )
    if c.chance(0.65):
        b.add(
            "Connexion à la banque en ligne depuis ",
            c.ip(c.pick(("public", "v6"))),
            " (",
            c.pick(("VPN", "hors Europe", "inconnue du client")),
            "), IP habituelle ",
            c.ip("public"),
            ".\n",
        )
    if c.chance(0.5):
        b.add("Virement vers ", c.iban(), " au nom de ", c.name(c.person(), "full"), ".\n")
    b.add(
        "Carte bloquée à ",
        c.clock(),
        ". Application ",
        c.version(),
        ". Conseiller : ",
        c.name(c.person(), c.pick(("first", "full", "initial"))),
        ".",
    )


def fr_forum(c: Ctx, b: Text) -> None:
    dev = c.pick(
        (
            "Freebox Delta",
            "Livebox 6",
            "Swisscom Internet-Box",
            "Proximus b-box 3",
            "Fritz!Box 7530",
            "Synology DS923+",
        )
    )
    h1 = c.pick(
        ("geek_du_69", "mamie_connectée", "tux_lover", "ptit_louis", "admin_maison", "user5312")
    )
    h2 = c.pick(("modo_reseau", "netfix", "le_sage", "patchwork", "bricolo"))
    b.add("Re: ", dev, " – coupures après mise à jour ", c.version(), "\n")
    b.add(
        "Message de ",
        h1,
        " » ",
        c.day(c.pick(("wd_long", "dmy", "d_month_y"))),
        " ",
        c.clock(),
        "\n\n",
    )
    with b.quote("> "):
        b.add(h2, " a écrit : as-tu essayé un bail DHCP statique ?")
    b.add(
        "\n\nOui, le NAS est en ",
        c.ip("private"),
        ", la passerelle en ",
        c.ip("private"),
        ", et l'IP publique est ",
        c.ip(c.pick(("public", "v6"))),
        ". ",
        c.pick(("Rien n'y fait.", "Logs en pièce jointe.", "Même souci avec la bêta.")),
        "\n\n",
    )
    if c.chance(0.5):
        p = c.person()
        b.add(
            c.pick(("-- ", "Merci, ", "A+ ")), c.name(p, c.pick(("first", "first_lower"))), "\n\n"
        )
    b.add(
        "Message de ",
        h2,
        " » ",
        c.day(c.pick(("wd_long", "dmy"))),
        "\n",
        c.pick(("Vérifie que la plage DHCP n'inclut pas ", "Essaie un ping vers ", "Bloque ")),
        c.ip("private"),
        ".",
    )


def fr_rh(c: Ctx, b: Text) -> None:
    cand = c.person()
    rec = c.person()
    poste = c.pick(
        (
            "Chargé(e) de clientèle",
            "Comptable",
            "Développeur Java",
            "Infirmier(ère) de nuit",
            "Chef d'équipe logistique",
        )
    )
    b.add(
        "Candidat(e) : ",
        c.name(cand, c.pick(("full", "upper", "lastfirst_upper"))),
        " – ",
        poste,
        " – ",
        c.ref("employee"),
        "\n",
    )
    b.add(
        "Entretien ",
        c.pick(("téléphonique ", "", "visio ")),
        "le ",
        c.day(),
        " avec ",
        c.name(rec, c.pick(("first", "full"))),
        ". ",
    )
    b.add(
        c.pick(
            (
                "Bon profil, préavis de 3 mois.",
                "Motivé(e), prétentions un peu hautes.",
                "Recommandé(e) par un salarié.",
            )
        ),
        " ",
    )
    b.add(
        c.pick(("Déménage à ", "Habite à ", "S'installe à ")),
        (c.town(), "ADDRESS"),
        c.pick((" en septembre. ", ". ", " avec sa famille. ")),
    )
    b.add("Prétentions : ", c.amount(), " brut.\n")
    b.add("Coordonnées : ", c.phone(mobile=True), " / ", c.email(cand), "\n")
    if c.chance(0.45):
        b.add(
            "Embauche : ",
            c.pick(("né(e) le ", "date de naissance ", "DDN ")),
            c.dob(),
            ", début le ",
            c.day(),
            ", salaire versé sur ",
            c.iban(),
            ".\n",
        )
    if c.chance(0.3):
        b.add("Adresse pour le contrat :\n", c.address_block(unit=c.chance(0.4)), "\n")
    b.add(
        c.pick(
            (
                "Suite : second entretien.",
                "Refus envoyé.",
                "En attente des références.",
                "Validé par ",
            )
        )
    )
    if b.last.endswith("par "):
        b.add(c.name(c.person(), "title_last"), ".")


def fr_patient(c: Ctx, b: Text) -> None:
    pt = c.person()
    dr = c.person()
    b.add(
        c.pick(("Demande de rendez-vous", "Message secrétariat", "Prise de RDV en ligne")),
        " – ",
        c.org("clinic"),
        "\n",
    )
    b.add(
        "Patient(e) : ",
        c.name(pt, c.pick(("full", "upper", "title_full", "lastfirst_upper"))),
        " (",
        c.ref("mrn"),
        ")\n",
    )
    b.add(
        c.pick(("Née le " if pt.female else "Né le ", "Date de naissance : ", "DDN ")),
        c.dob(),
        "\n",
    )
    b.add(
        "Souhaite voir le Dr ",
        (dr.last, "PERSON"),
        c.pick((" pour ", " au sujet de ")),
        c.pick(
            (
                "un renouvellement d'ordonnance",
                "des douleurs au genou",
                "un bilan sanguin",
                "un certificat de sport",
            )
        ),
        ". ",
    )
    b.add(
        "Disponible ",
        c.pick(("le matin", "après 16h", "le vendredi")),
        " ; premier créneau ",
        c.day(c.pick(("wd_d_month", "d_month", "dmy"))),
        " à ",
        c.clock(),
        ".\n",
    )
    b.add("Rappeler au ", c.phone(), ".")
    if c.chance(0.5):
        b.add(" Courriel : ", c.email(pt), ".")
    if c.chance(0.3):
        b.add(
            "\nPersonne à prévenir : ",
            c.name(c.person(word=c.chance(0.4)), "full"),
            " (",
            c.pick(("fille", "fils", "conjoint", "mère")),
            "), ",
            c.phone(),
            ".",
        )
    if c.chance(0.3):
        b.add("\nNouvelle adresse : ", c.address_one(unit=c.chance(0.5)), ".")


def fr_note_client(c: Ctx, b: Text) -> None:
    p = c.person(word=c.chance(0.35))
    b.add(
        c.day(c.pick(("dmy", "iso", "d_month_y"))),
        " ",
        c.clock(),
        " – appel de ",
        c.name(p, c.pick(("full", "title_last"))),
        "\n",
    )
    mots = {
        "Rose": "a choisi la finition rose",
        "Claire": "trouve la facture pas claire du tout",
        "Marine": "veut la veste en bleu marine",
        "Olive": "a commandé l'huile d'olive en promo",
        "Aurore": "rappellera à l'aurore, avant 7h",
        "Blanche": "demande une carte blanche pour le geste commercial",
        "Constance": "se plaint de la constance des retards",
        "Pierre": "signale une pierre dans le sac de riz",
        "Désiré": "n'a pas désiré de relance",
        "Aimé": "n'a pas aimé l'accueil en agence",
        "Clément": "demande qu'on soit clément sur les frais",
        "Victor": "veut le modèle Victor en 160",
    }
    if p.first in mots:
        b.add((p.first, "PERSON"), " ", mots[p.first], ". ")
    else:
        b.add(
            c.name(p, c.pick(("first", "title_last"))),
            c.pick(
                (
                    " conteste la hausse du tarif.",
                    " souhaite passer à l'offre Pro.",
                    " déménage bientôt.",
                    " demande un duplicata de facture.",
                )
            ),
            " ",
        )
    b.add(
        "Contrat ",
        c.ref("order"),
        ", formule ",
        c.pick(("Essentiel", "Confort", "Famille")),
        " à ",
        c.amount(),
        "/mois.\n",
    )
    if c.chance(0.5):
        b.add("Nouveau portable : ", c.phone(mobile=True), ", courriel : ", c.email(p), ".\n")
    if c.chance(0.45):
        b.add("Nouvelle adresse à partir du ", c.day(), " : ", c.address_one(), ".\n")
    if c.chance(0.25):
        b.add("Paiement de la régularisation par carte ", c.card(), ", accord du client.\n")
    b.add(
        c.pick(
            (
                "Rappel prévu.",
                "Transmis au service fidélisation.",
                "Aucune action.",
                "Code promo envoyé.",
            )
        )
    )


def fr_bail(c: Ctx, b: Text) -> None:
    loc_ = c.person()
    gest = c.person()
    agence = c.org("property")
    cote_agence = c.chance(0.5)
    sender, other = (gest, loc_) if cote_agence else (loc_, gest)
    b.add(
        c.pick(("Bonjour ", "Madame, Monsieur ", "Cher ", "Bonjour ")),
        c.name(other, c.pick(("title_last", "first", "title_full"))),
        ",\n\n",
    )
    if cote_agence:
        b.add(
            c.pick(
                (
                    "Je vous confirme l'état des lieux de sortie du logement situé ",
                    "Le loyer de ",
                    "Le plombier passera au ",
                    "Le renouvellement du bail pour ",
                )
            )
        )
        b.add(c.address_one(unit=c.chance(0.5)))
        b.add(c.pick((" le ", ", échéance du ", " le ", " à compter du ")), c.day(), ". ")
        b.add("Loyer : ", c.amount(), c.pick((" charges comprises", " hors charges", "")), ". ")
        if c.chance(0.55):
            b.add(
                "Merci d'effectuer le virement sur ",
                c.iban(),
                ", référence ",
                c.ref("invoice"),
                ".",
            )
        b.add("\n\n")
    else:
        b.add(
            c.pick(
                (
                    "Plus d'eau chaude depuis le ",
                    "Une fuite au plafond de la salle de bains depuis le ",
                    "Le chauffage ne fonctionne plus depuis le ",
                    "De la moisissure réapparaît depuis le ",
                )
            ),
            c.day(),
            ". ",
        )
        b.add(
            "Pouvez-vous envoyer quelqu'un ? Je suis là après ",
            c.clock(),
            ", ou joignable au ",
            c.phone(mobile=True),
            ".\n",
        )
        if c.chance(0.35):
            b.add(
                "Par ailleurs ",
                c.name(c.person(), "full"),
                " va emménager avec moi : faut-il un avenant au bail ?\n",
            )
        if c.chance(0.3):
            b.add(
                "Mon adresse de réexpédition à partir du mois prochain :\n", c.address_block(), "\n"
            )
        b.add("\n")
    signature(
        c,
        b,
        sender,
        agence if cote_agence else "Locataire",
        c.pick(("Gestionnaire locatif", "Chargée de location")) if cote_agence else "Locataire",
        layout=None if cote_agence else c.pick(("first", "table", "oneline_mail")),
    )
    if c.chance(0.55):
        b.add("\n\n")
        pref = quote_header(
            c,
            b,
            other,
            c.pick(("RE: Demande d'intervention ", "Bail ", "Loyer ")) + c.ref("invoice"),
        )
        body: list[Any] = [
            c.pick(("Bonjour, des nouvelles pour ", "Je reviens vers vous pour ")),
            c.pick(("le dépôt de garantie", "la chaudière", "la régularisation des charges")),
            " ? Mon numéro : ",
            c.phone(),
            ".\n\n",
            signoff(c),
            "\n",
            c.name(other, "first"),
        ]
        if pref:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def fr_ecole(c: Ctx, b: Text) -> None:
    parent = c.person()
    enfant = c.person()
    enfant.last = parent.last if c.chance(0.7) else enfant.last
    ens = c.person(word=c.chance(0.25))
    ecole = c.org("school")
    if c.chance(0.6):
        b.add(
            c.pick(("Bonjour ", "Madame, Monsieur ", "Chère ", "Bonjour ")),
            c.name(ens, c.pick(("title_last", "first", "title_last"))),
            ",\n\n",
        )
        b.add(
            c.name(enfant, c.pick(("first", "full"))),
            c.pick(
                (
                    " sera absent(e) le ",
                    " a rendez-vous chez l'orthodontiste le ",
                    " partira plus tôt le ",
                    " était malade le ",
                )
            ),
            c.day(c.pick(("wd_d_month", "d_month", "dmy", "wd_long"))),
            ". ",
        )
        helper = c.person()
        b.add(
            c.pick(
                ("Sa grand-mère ", "Sa tante ", "Notre voisine ")
                if helper.female
                else ("Son grand-père ", "Son oncle ", "Notre voisin ")
            ),
            c.name(helper, c.pick(("full", "title_full"))),
            " viendra la chercher à " if enfant.female else " viendra le chercher à ",
            c.clock(),
            ". ",
        )
        if c.chance(0.5):
            b.add(
                "Pour la fiche de sortie : ",
                c.name(enfant, "full"),
                c.pick((", né(e) le ", ", date de naissance ")),
                c.dob(child=True),
                ", allergies : ",
                c.pick(("aucune", "arachides", "pollen")),
                ". ",
            )
        b.add("Mon portable : ", c.phone(mobile=True), ".\n\n")
        signature(
            c,
            b,
            parent,
            ecole,
            "Parent",
            layout=c.pick(("first", "table", "oneline_mail", "upper")),
        )
    else:
        b.add(c.pick(("Chers parents,", "Madame, Monsieur,", "Bonjour ")))
        if b.last == "Bonjour ":
            b.add(c.name(parent, c.pick(("title_last", "title_full"))), ",")
        b.add("\n\n")
        b.add(
            c.pick(
                (
                    "La sortie au musée aura lieu le ",
                    "La photo de classe est prévue le ",
                    "Les réunions parents-professeurs débutent le ",
                    "La fête de l'école est reportée au ",
                )
            ),
            c.day(c.pick(("wd_d_month", "d_month_y", "dmy", "wd_long"))),
            ". ",
        )
        b.add("Participation : ", c.amount(), ". ")
        if c.chance(0.6):
            b.add(
                "Il nous manque la fiche d'inscription de ",
                c.name(enfant, "full"),
                " (née le " if enfant.female else " (né le ",
                c.dob(child=True),
                ").",
            )
        b.add("\n\n")
        signature(
            c,
            b,
            ens,
            ecole,
            c.pick(("Enseignante de CM1", "Directeur", "Secrétariat", "Titulaire de 3e primaire")),
        )


def fr_reservation(c: Ctx, b: Text) -> None:
    p = c.person()
    agent = c.person()
    agence = c.org("travel")
    ref = c.ref("booking")
    b.add(
        "Objet : Modification de la réservation ",
        ref,
        "\n\n",
        c.pick(("Bonjour,", "Madame, Monsieur,", "Bonsoir,")),
        "\n\n",
    )
    b.add(
        "Je souhaite déplacer notre ",
        c.pick(("vol", "séjour", "trajet en train", "croisière")),
        " du ",
        c.day(),
        " au ",
        c.day(),
        ". ",
    )
    b.add(
        "Voyageurs : ",
        c.name(p, "upper"),
        " (",
        c.pick(("née le " if p.female else "né le ", "DDN ")),
        c.dob(c.pick(("dmy", "d_month_y"))),
        ")",
    )
    if c.chance(0.6):
        q = c.person()
        b.add(
            " et ",
            c.name(q, "upper"),
            " (",
            c.pick(("née le " if q.female else "né le ", "DDN ")),
            c.dob(c.pick(("dmy", "d_month_y"))),
            ")",
        )
    b.add(".\n")
    if c.chance(0.4):
        b.add(
            "Vous pouvez débiter la différence sur la carte ",
            c.card(),
            ", exp. ",
            f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 31)}",
            ".\n",
        )
    else:
        b.add("Les frais de ", c.amount(), " peuvent être prélevés sur la carte enregistrée.\n")
    if c.chance(0.3):
        b.add(
            "Nous partons à ",
            (
                c.pick(
                    ("Marrakech", "Lisbonne", "Montréal", "La Réunion", "Genève", "Dakar", "Rome")
                ),
                "ADDRESS",
            ),
            " pour un mariage, les dates comptent beaucoup.\n",
        )
    b.add("\n")
    signature(c, b, p, "", "", layout=c.pick(("first", "table")))
    if c.chance(0.6):
        b.add("\n\n")
        pref = quote_header(
            c, b, agent, f"Confirmation de réservation {ref}", to=[c.name(p, "full")]
        )
        body = [
            "Merci d'avoir réservé avec ",
            agence,
            ". Votre référence : ",
            ref,
            ". Départ le ",
            c.day(),
            " à ",
            c.clock(),
            ".\n",
            c.name(agent, "first"),
            " | ",
            agence,
            " | ",
            c.phone(mobile=False),
        ]
        if pref:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def fr_courriel_sinistre(c: Ctx, b: Text) -> None:
    p = c.person()
    gest = c.person()
    ass = c.org("insurer")
    claim = c.ref("claim")
    b.add(c.pick(("Madame, Monsieur,", "Bonjour ", "Cher client,")))
    if b.last == "Bonjour ":
        b.add(c.name(p, c.pick(("title_last", "title_full"))), ",")
    b.add("\n\nSuite à votre appel du ", c.day(), " concernant le dossier ", claim, ", ")
    b.add(
        c.pick(
            (
                "nous prenons en charge les réparations.",
                "nous avons besoin de deux devis et de photos.",
                "un expert passera au ",
                "le contrat exclut malheureusement ce type de dommage.",
            )
        )
    )
    if b.last.endswith("au "):
        b.add(c.address_one(), " le ", c.day(c.pick(("wd_d_month", "d_month_y"))), ".")
    b.add(" La franchise de ", c.amount(), " s'applique.\n\n")
    if c.chance(0.4):
        b.add(
            "L'indemnité sera versée sur le compte ",
            c.iban(),
            " à réception de la quittance signée.\n\n",
        )
    signature(
        c, b, gest, ass, c.pick(("Gestionnaire sinistres", "Expert", "Conseillère indemnisation"))
    )
    if c.chance(0.5):
        b.add("\n\n")
        pref = quote_header(c, b, p, f"Dossier {claim}")
        body = [
            c.pick(
                (
                    "Bonjour, j'ai envoyé les photos le ",
                    "J'attends depuis le ",
                    "Le couvreur est passé le ",
                )
            ),
            c.day(),
            ". ",
            c.pick(("Pouvez-vous confirmer ?", "Personne ne m'a rappelé.", "Son devis est joint.")),
            "\n",
            c.name(p, c.pick(("first", "full", "lower"))),
            "\n",
            c.phone(mobile=True),
        ]
        if pref:
            with b.quote("> "):
                b.add(*body)
        else:
            b.add(*body)


def fr_address_field(c: Ctx, b: Text) -> None:
    layout = c.wpick(
        (
            ("block", 25),
            ("one", 20),
            ("labelled", 15),
            ("chez", 10),
            ("bp", 10),
            ("consignes", 12),
            ("caps", 6),
        )
    )
    p = c.person()
    if layout == "block":
        b.add(c.name(p, c.pick(("full", "title_full", "upper"))), "\n", c.address_block())
    elif layout == "one":
        b.add(c.address_one(unit=c.chance(0.5)))
    elif layout == "labelled":
        b.add(
            c.pick(
                ("Livrer à : ", "Adresse de facturation : ", "Adresse postale : ", "Expédier à : ")
            ),
            c.address_one(),
        )
    elif layout == "chez":
        b.add(
            c.name(p, "full"),
            "\n",
            c.pick(("chez ", "c/o ", "aux bons soins de ")),
            c.name(c.person(), c.pick(("full", "title_full"))),
            "\n",
            c.address_block(unit=False),
        )
    elif layout == "bp":
        b.add(
            c.org(c.pick(("employer", "shop"))),
            "\nÀ l'attention de ",
            c.name(p, c.pick(("full", "title_full"))),
            "\n",
            c.address_block(pobox=True),
        )
    elif layout == "consignes":
        b.add(
            c.address_one(unit=c.chance(0.4)),
            "\n",
            c.pick(
                (
                    "Sonner deux fois, ",
                    "Laisser chez le gardien, sinon ",
                    "Chien dans la cour ! Appeler le ",
                    "Code portail dans l'appli, tél. ",
                )
            ),
            c.phone(mobile=True),
        )
    else:
        b.case = "upper"
        b.add(c.name(p, "full"), "\n", c.address_block(country=True))


def fr_chat(c: Ctx, b: Text, topic: str) -> None:
    p = c.person(word=c.chance(0.2))
    agent = c.person()
    lower = c.chance(0.35)
    t = c.rng.randint(8, 20) * 60 + c.rng.randint(0, 50)

    def ts() -> str:
        nonlocal t
        t += c.rng.randint(0, 3)
        return f"{t // 60:02d}:{t % 60:02d} "

    b.add(
        ts(),
        c.pick(("Conseiller ", "Conseillère ", "")),
        (agent.first, "PERSON"),
        " : Bonjour, ici ",
        (agent.first, "PERSON"),
        ". Comment puis-je vous aider ?\n",
    )
    cust = c.pick(("Client", "Visiteur", "Vous", "invite_" + str(c.rng.randint(100, 999))))

    def say(*x: Any) -> None:
        b.add(
            ts(), cust, " : ", *[s.lower() if isinstance(s, str) and lower else s for s in x], "\n"
        )

    if topic == "booking":
        say("bonjour, je dois changer mon billet, dossier ", c.ref("booking"))
        b.add(
            ts(),
            (agent.first, "PERSON"),
            " : Bien sûr. Nom complet et date de naissance du voyageur ?\n",
        )
        say(
            c.name(p, "lower" if lower else "full"),
            ", ",
            c.dob(c.pick(("dmy", "dmy_short", "d_month_y"))),
        )
        b.add(ts(), (agent.first, "PERSON"), " : Merci. Quelle nouvelle date ?\n")
        say("le ", c.day(c.pick(("d_month", "dmy"))), " si possible, même horaire")
        if c.chance(0.5):
            say("mon portable : ", c.phone(mobile=True))
    elif topic == "bank":
        say(
            "je crois qu'on a utilisé ma carte, je n'ai rien acheté chez ",
            c.pick(("ALIEXPRESS", "UBER *TRIP", "STEAM")),
        )
        b.add(
            ts(),
            (agent.first, "PERSON"),
            " : Désolé(e). Ne communiquez pas votre numéro de carte ici. Votre nom ?\n",
        )
        say(c.name(p, "lower" if lower else "full"))
        if c.chance(0.5):
            say("zut je l'ai déjà collé : ", c.card())
            b.add(
                ts(),
                (agent.first, "PERSON"),
                " : Pas de souci, je l'ai masqué. La carte est bloquée.\n",
            )
        say("j'ai aussi eu une alerte de connexion depuis ", c.ip("public"), " à ", c.clock())
    else:
        say("ma commande ", c.ref("order"), " est indiquée livrée mais je n'ai rien")
        b.add(ts(), (agent.first, "PERSON"), " : Je regarde. Quelle est l'adresse de livraison ?\n")
        say(c.address_one(unit=c.chance(0.5)))
        b.add(
            ts(),
            (agent.first, "PERSON"),
            " : Le livreur l'a déposé à ",
            c.clock(),
            ". J'ouvre une enquête.\n",
        )
        if c.chance(0.6):
            say("ok. mon courriel ", c.email(p), " et tél. ", c.phone(mobile=True))
    b.add(ts(), (agent.first, "PERSON"), " : Merci ", c.name(p, "first"), ", autre chose ?\n")
    say(c.pick(("non merci", "c'est tout", "non, bonne journée", "rien d'autre")))


# ---------------------------------------------------------------- texts without personal data


def no_pii(c: Ctx, b: Text, kind: str) -> None:
    """Decoys only: references, amounts, clock times, versions, relative days, bare years,
    product and company names (some with surnames or street-like names), name-like words."""
    r = c.rng
    if c.lang == "en":
        pools = {
            "ticket": [
                lambda: b.add(
                    "Claim ",
                    c.ref("claim"),
                    ": water damage to ceiling reported; assessor booked for next Tuesday ",
                    c.clock(),
                    ". Excess ",
                    c.amount(),
                    " applies. Policy ",
                    c.ref("policy"),
                    " active since ",
                    str(r.randint(2012, 2022)),
                    ". No further action from the customer required.",
                ),
                lambda: b.add(
                    "Order ",
                    c.ref("order"),
                    " - ",
                    c.product(),
                    " arrived with a cracked panel. Tracking ",
                    c.ref("tracking"),
                    " shows delivered at ",
                    c.clock(),
                    ". Replacement approved, ",
                    c.amount(),
                    " credit issued. Mark as resolved once the courier collects the old unit.",
                ),
                lambda: b.add(
                    "Firmware ",
                    c.version(),
                    " bricks the ",
                    c.pick(("AX55", "R7000", "DS220+")),
                    " when the DHCP pool is changed. Rolled back to ",
                    c.version(),
                    ". Workaround: reboot twice, wait 90 s. See KB article 4471.",
                ),
                lambda: b.add(
                    "Fraud rule ",
                    c.ref("ticket"),
                    " fired ",
                    str(r.randint(3, 40)),
                    " times yesterday on merchant ",
                    c.pick(("STEAMGAMES", "UBER *TRIP", "ALIEXPRESS")),
                    "; all false positives, threshold raised to ",
                    c.amount(),
                    ". Card ending ",
                    str(r.randint(1000, 9999)),
                    " was the test card.",
                ),
            ],
            "crm_note": [
                lambda: b.add(
                    "Weekly pipeline review: ",
                    str(r.randint(3, 30)),
                    " open opportunities, ",
                    c.amount(),
                    " weighted. ",
                    c.org("employer"),
                    " renewal slipped to Q",
                    str(r.randint(1, 4)),
                    ". Bill run moved to the 2nd business day.",
                ),
                lambda: b.add(
                    "Clinic roster: two GPs on leave next week, telehealth slots open after ",
                    c.clock(),
                    ". Flu vaccine stock: ",
                    str(r.randint(20, 200)),
                    " doses. Reminder SMS template ",
                    c.ref("ticket"),
                    " updated.",
                ),
                lambda: b.add(
                    "Recruiting: ",
                    c.ref("employee"),
                    " closed, ",
                    str(r.randint(5, 80)),
                    " applicants, shortlist of ",
                    str(r.randint(2, 6)),
                    ". Salary band ",
                    c.amount(),
                    " to ",
                    c.amount(),
                    ". Grace period for offers is 5 working days.",
                ),
            ],
            "email": [
                lambda: b.add(
                    "Hi all,\n\nReminder that the office at ",
                    c.org("employer"),
                    " closes at ",
                    c.clock(),
                    " on Friday for the end-of-year party. Please submit timesheets by Thursday. ",
                    "The ",
                    c.product(),
                    " in the breakout room is back from repair.\n\nThanks,\nFacilities",
                ),
                lambda: b.add(
                    "Dear customer,\n\nYour booking ",
                    c.ref("booking"),
                    " has been updated. New departure: next Monday at ",
                    c.clock(),
                    ". A change fee of ",
                    c.amount(),
                    " has been charged to the card on file.\n\n",
                    c.org("travel"),
                    " Customer Care",
                ),
                lambda: b.add(
                    "Hello,\n\nThe school will be closed next Friday for staff training."
                    " Term fees of ",
                    c.amount(),
                    " are due by the end of the month. Sports uniforms are available from ",
                    c.org("shop"),
                    ".\n\nKind regards,\nThe Office",
                ),
                lambda: b.add(
                    "Hi,\n\nThis is a reminder that rent for unit 4 is due on the 1st. Invoice ",
                    c.ref("invoice"),
                    " for ",
                    c.amount(),
                    " is attached. The strata meeting is moved to ",
                    c.clock(),
                    " Wednesday.\n\n",
                    c.org("property"),
                ),
            ],
            "address_field": [
                lambda: b.add(
                    c.pick(
                        (
                            "Click & Collect - pick up in store",
                            "Same as billing address",
                            "N/A",
                            "Collect from depot, bay ",
                        )
                    ),
                    str(r.randint(1, 20)) if c.chance(0.3) else "",
                ),
                lambda: b.add(
                    "Leave at reception. Gate code ", c.ref("gate"), ". Fragile: ", c.product(), "."
                ),
                lambda: b.add(
                    "Deliver to the ",
                    c.pick(("Park Avenue", "Oxford Street", "Baker Street")),
                    " showroom loading dock ",
                    "(see account notes), weekdays before ",
                    c.clock(),
                ),
            ],
            "chat": [
                lambda: b.add(
                    "[",
                    c.clock(),
                    "] Agent: Hi, how can I help?\n[",
                    c.clock(),
                    "] Customer: the app crashes on ",
                    c.version(),
                    " when I open orders\n[",
                    c.clock(),
                    "] Agent: Please update to ",
                    c.version(),
                    " and restart.\n[",
                    c.clock(),
                    "] Customer: that worked, cheers",
                ),
                lambda: b.add(
                    "[",
                    c.clock(),
                    "] Bot: Welcome to ",
                    c.org("bank"),
                    "!\n[",
                    c.clock(),
                    "] Visitor: whats the fee for international transfers\n[",
                    c.clock(),
                    "] Bot: It is ",
                    c.amount(),
                    " per transfer, free over ",
                    c.amount(),
                    ".\n[",
                    c.clock(),
                    "] Visitor: ok thx",
                ),
            ],
        }
    else:
        pools = {
            "ticket": [
                lambda: b.add(
                    "Sinistre ",
                    c.ref("claim"),
                    " : dégât des eaux au plafond, expert prévu mardi prochain à ",
                    c.clock(),
                    ". Franchise ",
                    c.amount(),
                    ". Contrat ",
                    c.ref("policy"),
                    " actif depuis ",
                    str(r.randint(2012, 2022)),
                    ". Aucune action requise du client.",
                ),
                lambda: b.add(
                    "Commande ",
                    c.ref("order"),
                    " – ",
                    c.product(),
                    " arrivé(e) abîmé(e). Suivi ",
                    c.ref("tracking"),
                    " : livré à ",
                    c.clock(),
                    ". Remplacement validé, avoir de ",
                    c.amount(),
                    ".",
                ),
                lambda: b.add(
                    "La mise à jour ",
                    c.version(),
                    " bloque la ",
                    c.pick(("Livebox", "Freebox", "b-box")),
                    " après changement de plage DHCP. Retour à la ",
                    c.version(),
                    ". Contournement : redémarrer deux fois.",
                ),
            ],
            "crm_note": [
                lambda: b.add(
                    "Revue hebdo : ",
                    str(r.randint(3, 30)),
                    " opportunités ouvertes, ",
                    c.amount(),
                    " pondérés. Renouvellement ",
                    c.org("employer"),
                    " décalé au T",
                    str(r.randint(1, 4)),
                    ".",
                ),
                lambda: b.add(
                    "Planning du cabinet : deux médecins en congé la semaine prochaine,"
                    " téléconsultations après ",
                    c.clock(),
                    ". Stock de vaccins : ",
                    str(r.randint(20, 200)),
                    " doses.",
                ),
                lambda: b.add(
                    "Recrutement ",
                    c.ref("employee"),
                    " clôturé : ",
                    str(r.randint(5, 80)),
                    " candidatures, ",
                    str(r.randint(2, 6)),
                    " retenues. Fourchette ",
                    c.amount(),
                    " – ",
                    c.amount(),
                    ".",
                ),
            ],
            "email": [
                lambda: b.add(
                    "Bonjour à tous,\n\nLes bureaux de ",
                    c.org("employer"),
                    " fermeront à ",
                    c.clock(),
                    " vendredi pour la fête de fin d'année. Merci de saisir vos temps avant jeudi."
                    "\n\nLes services généraux",
                ),
                lambda: b.add(
                    "Madame, Monsieur,\n\nVotre réservation ",
                    c.ref("booking"),
                    " a été modifiée. Nouveau départ : lundi prochain à ",
                    c.clock(),
                    ". Des frais de ",
                    c.amount(),
                    " ont été prélevés.\n\n",
                    c.org("travel"),
                ),
                lambda: b.add(
                    "Chers parents,\n\nL'école sera fermée vendredi prochain (journée pédagogique)."
                    " La cotisation de ",
                    c.amount(),
                    " est à régler avant la fin du mois.\n\nLe secrétariat",
                ),
                lambda: b.add(
                    "Bonjour,\n\nLe loyer du lot 4 est dû le 1er. Facture ",
                    c.ref("invoice"),
                    " de ",
                    c.amount(),
                    " en pièce jointe. L'assemblée de copropriété est déplacée à ",
                    c.clock(),
                    " mercredi.\n\n",
                    c.org("property"),
                ),
            ],
            "address_field": [
                lambda: b.add(
                    c.pick(
                        (
                            "Retrait en magasin",
                            "Identique à l'adresse de facturation",
                            "Néant",
                            "Point relais – voir e-mail de confirmation",
                        )
                    )
                ),
                lambda: b.add(
                    "Laisser à l'accueil. Digicode ",
                    c.ref("gate"),
                    ". Fragile : ",
                    c.product(),
                    ".",
                ),
            ],
            "chat": [
                lambda: b.add(
                    c.clock(),
                    " Conseiller : Bonjour, que puis-je faire pour vous ?\n",
                    c.clock(),
                    " Client : l'appli plante en ",
                    c.version(),
                    "\n",
                    c.clock(),
                    " Conseiller : Mettez à jour en ",
                    c.version(),
                    " puis redémarrez.\n",
                    c.clock(),
                    " Client : ça marche, merci",
                ),
                lambda: b.add(
                    c.clock(),
                    " Bot : Bienvenue chez ",
                    c.org("bank"),
                    " !\n",
                    c.clock(),
                    " Visiteur : frais pour un virement international ?\n",
                    c.clock(),
                    " Bot : ",
                    c.amount(),
                    " par virement.\n",
                    c.clock(),
                    " Visiteur : ok merci",
                ),
            ],
        }
    c.pick(pools[kind])()


# ---------------------------------------------------------------- assembly

EN_SITUATIONS = {
    "ticket": (
        (en_claim_ticket, 3),
        (en_delivery_ticket, 3),
        (en_fraud_ticket, 2),
        (en_forum_thread, 2),
    ),
    "crm_note": ((en_hr_note, 3), (en_patient_note, 3), (en_account_note, 3)),
    "email": (
        (en_landlord_email, 3),
        (en_school_email, 3),
        (en_booking_email, 3),
        (en_claim_email, 3),
        (en_recruit_email, 2),
    ),
    "address_field": ((en_address_field, 1),),
    "chat": (
        (lambda c, b: en_chat(c, b, "booking"), 1),
        (lambda c, b: en_chat(c, b, "bank"), 1),
        (lambda c, b: en_chat(c, b, "delivery"), 1),
    ),
}
FR_SITUATIONS = {
    "ticket": ((fr_sinistre, 3), (fr_livraison, 3), (fr_fraude, 2), (fr_forum, 2)),
    "crm_note": ((fr_rh, 3), (fr_patient, 3), (fr_note_client, 3)),
    "email": ((fr_bail, 3), (fr_ecole, 3), (fr_reservation, 3), (fr_courriel_sinistre, 3)),
    "address_field": ((fr_address_field, 1),),
    "chat": (
        (lambda c, b: fr_chat(c, b, "booking"), 1),
        (lambda c, b: fr_chat(c, b, "bank"), 1),
        (lambda c, b: fr_chat(c, b, "delivery"), 1),
    ),
}
KIND_WEIGHTS = (
    ("ticket", 22),
    ("crm_note", 18),
    ("email", 28),
    ("address_field", 14),
    ("chat", 18),
)

_FAKERS: dict[str, Any] = {}


def faker_for(loc: str) -> Any:
    if loc not in _FAKERS:
        from faker import Faker

        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def generate_one(lang: str, index: int) -> dict[str, Any]:
    rid = f"heldout-{lang}-{index:04d}"
    seed = int.from_bytes(hashlib.sha256(rid.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    locales = EN_LOCALES if lang == "en" else FR_LOCALES
    loc = rng.choices([name for name, _ in locales], [w for _, w in locales])[0]
    fk = faker_for(loc)
    fk.seed_instance(seed)
    c = Ctx(lang, loc, rng, fk)
    kind = c.wpick(KIND_WEIGHTS)
    pii = rng.random() >= NO_PII_SHARE
    case = None
    if kind in ("chat", "crm_note", "ticket") and rng.random() < 0.06:
        case = c.pick(("upper", "lower"))
    b = Text(case)
    if pii:
        situations = (EN_SITUATIONS if lang == "en" else FR_SITUATIONS)[kind]
        c.wpick(situations)(c, b)
    else:
        no_pii(c, b, kind)
    text = b.text()
    stripped = text.rstrip()
    assert all(s["end"] <= len(stripped) for s in b.spans), rid
    return {
        "id": rid,
        "lang": lang,
        "kind": kind,
        "source": SOURCE,
        "text": stripped,
        "spans": b.spans,
    }


def generate() -> Iterator[dict[str, Any]]:
    for i in range(1, N_EN + 1):
        yield generate_one("en", i)
    for i in range(1, N_FR + 1):
        yield generate_one("fr", i)


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def render_file() -> str:
    return "".join(dumps(r) for r in generate())


# ---------------------------------------------------------------- validation


def validate(records: list[dict[str, Any]]) -> list[str]:
    """Problems with the records: format, span soundness, value validity."""
    problems: list[str] = []
    ids = Counter(r["id"] for r in records)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for r in records:
        rid = r.get("id")
        if list(r) != ["id", "lang", "kind", "source", "text", "spans"]:
            problems.append(f"{rid}: keys {list(r)}")
        if r["lang"] not in ("en", "fr") or r["kind"] not in KINDS or r["source"] != SOURCE:
            problems.append(f"{rid}: lang/kind/source")
        text, prev = r["text"], 0
        if not text.strip():
            problems.append(f"{rid}: empty text")
        for s in r["spans"]:
            where = f"{rid} {s}"
            if s.get("entity") not in LABELS:
                problems.append(f"{where}: entity")
                continue
            want = (
                {"start", "end", "entity", "birth"}
                if s["entity"] == "DATE_TIME"
                else {"start", "end", "entity"}
            )
            if set(s) != want or (s["entity"] == "DATE_TIME" and not isinstance(s["birth"], bool)):
                problems.append(f"{where}: keys")
            if not (0 <= s["start"] < s["end"] <= len(text)):
                problems.append(f"{where}: bounds")
                continue
            value = text[s["start"] : s["end"]]
            if not value or value != value.strip() or "\n" in value:
                problems.append(f"{where}: white space {value!r}")
            if s["start"] < prev:
                problems.append(f"{where}: overlap or order")
            prev = s["end"]
            e = s["entity"]
            if e == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                if not (digits.isdigit() and 12 <= len(digits) <= 19 and luhn_ok(digits)):
                    problems.append(f"{where}: card {value}")
            elif e == "IBAN_CODE":
                if not (re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value) and mod97_ok(value)):
                    problems.append(f"{where}: iban {value}")
            elif e == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(value)
                except ValueError:
                    problems.append(f"{where}: ip {value}")
            elif e == "EMAIL_ADDRESS":
                if value.count("@") != 1 or " " in value:
                    problems.append(f"{where}: email {value}")
            elif e == "PHONE_NUMBER":
                if not 6 <= sum(ch.isdigit() for ch in value) <= 15:
                    problems.append(f"{where}: phone {value}")
    return problems


def summary(records: list[dict[str, Any]]) -> str:
    from tests.estates.freetext_score import gold_spans, io_tags, tokens

    lines = []
    for lang in ("en", "fr"):
        rows = [r for r in records if r["lang"] == lang]
        spans: Counter[str] = Counter()
        toks: Counter[str] = Counter()
        births = 0
        for r in rows:
            gold = gold_spans(r)
            spans.update(g.entity for g in gold)
            toks.update(t for t in io_tags(tokens(r["text"]), gold) if t != "O")
            births += sum(1 for s in r["spans"] if s.get("birth"))
        empty = sum(1 for r in rows if not r["spans"])
        kinds = Counter(r["kind"] for r in rows)
        lines.append(
            f"{lang}: {len(rows)} texts, {empty} without spans; kinds "
            + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
            + f"; {births} births"
        )
        for e in LABELS:
            lines.append(f"  {e:<14} {spans[e]:>5} spans {toks[e]:>6} tokens")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Write heldout.jsonl (or compare it, with --check) after validating every record."""
    import faker

    if faker.VERSION != FAKER_VERSION:
        print(
            f"warning: Faker {faker.VERSION}, the file was written by {FAKER_VERSION}",
            file=sys.stderr,
        )
    records = list(generate())
    content = "".join(dumps(r) for r in records)
    problems = validate([json.loads(line) for line in content.splitlines()])
    print(summary(records))
    for p in problems[:30]:
        print("PROBLEM", p)
    print(f"{len(records)} records, {len(problems)} span problems")
    if problems:
        return 1
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == content
        print("heldout.jsonl is up to date" if same else "heldout.jsonl differs")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {content.count(chr(10))} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
