"""The words of postal addresses the address recognizer reads (scanner.detect.presidio.
address): street types (USPS Publication 28 C1, UK, Irish, Australian, Indian, French),
buildings, units, states and provinces, countries, and the words that say a number is no
house number. Data only."""

from __future__ import annotations

# ---------------------------------------------------------------- street types

# USPS Publication 28, appendix C1: primary suffix name, then its common abbreviations.
USPS_C1 = """
ALLEY ALLEE ALLY ALY|ANEX ANNEX ANNX ANX|ARCADE ARC|AVENUE AV AVE AVEN AVENU AVN AVNUE|
BAYOU BAYOO BYU|BEACH BCH|BEND BND|BLUFF BLUF BLF|BLUFFS BLFS|BOTTOM BOT BTM BOTTM|
BOULEVARD BLVD BOUL BOULV|BRANCH BR BRNCH|BRIDGE BRDGE BRG|BROOK BRK|BROOKS BRKS|BURG BG|
BURGS BGS|BYPASS BYP BYPA BYPAS BYPS|CAMP CP CMP|CANYON CANYN CNYN CYN|CAPE CPE|
CAUSEWAY CAUSWA CSWY|CENTER CEN CENT CENTR CENTRE CNTER CNTR CTR|CENTERS CTRS|
CIRCLE CIR CIRC CIRCL CRCL CRCLE|CIRCLES CIRS|CLIFF CLF|CLIFFS CLFS|CLUB CLB|COMMON CMN|
COMMONS CMNS|CORNER COR|CORNERS CORS|COURSE CRSE|COURT CT|COURTS CTS|COVE CV|COVES CVS|
CREEK CRK|CRESCENT CRES CRSENT CRSNT|CREST CRST|CROSSING CRSSNG XING|CROSSROAD XRD|
CROSSROADS XRDS|CURVE CURV|DALE DL|DAM DM|DIVIDE DIV DV DVD|DRIVE DR DRIV DRV|DRIVES DRS|
ESTATE EST|ESTATES ESTS|EXPRESSWAY EXP EXPR EXPRESS EXPW EXPY|EXTENSION EXT EXTN EXTNSN|
EXTENSIONS EXTS|FALL|FALLS FLS|FERRY FRRY FRY|FIELD FLD|FIELDS FLDS|FLAT FLT|FLATS FLTS|
FORD FRD|FORDS FRDS|FOREST FORESTS FRST|FORGE FORG FRG|FORGES FRGS|FORK FRK|FORKS FRKS|
FORT FRT FT|FREEWAY FREEWY FRWAY FRWY FWY|GARDEN GARDN GRDEN GRDN GDN|GARDENS GDNS GRDNS|
GATEWAY GATEWY GATWAY GTWAY GTWY|GLEN GLN|GLENS GLNS|GREEN GRN|GREENS GRNS|GROVE GROV GRV|
GROVES GRVS|HARBOR HARB HARBR HBR HRBOR|HARBORS HBRS|HAVEN HVN|HEIGHTS HT HTS|
HIGHWAY HIGHWY HIWAY HIWY HWAY HWY|HILL HL|HILLS HLS|HOLLOW HLLW HOLLOWS HOLW HOLWS|
INLET INLT|ISLAND IS ISLND|ISLANDS ISLNDS ISS|ISLE ISLES|
JUNCTION JCT JCTION JCTN JUNCTN JUNCTON|JUNCTIONS JCTNS JCTS|KEY KY|KEYS KYS|KNOLL KNL KNOL|
KNOLLS KNLS|LAKE LK|LAKES LKS|LAND|LANDING LNDG LNDNG|LANE LN|LIGHT LGT|LIGHTS LGTS|LOAF LF|
LOCK LCK|LOCKS LCKS|LODGE LDG LDGE LODG|LOOP LOOPS|MALL|MANOR MNR|MANORS MNRS|MEADOW MDW|
MEADOWS MDWS MEDOWS|MEWS|MILL ML|MILLS MLS|MISSION MISSN MSSN MSN|MOTORWAY MTWY|MOUNT MNT MT|
MOUNTAIN MNTAIN MNTN MOUNTIN MTIN MTN|MOUNTAINS MNTNS MTNS|NECK NCK|ORCHARD ORCH ORCHRD|
OVAL OVL|OVERPASS OPAS|PARK PRK|PARKS|PARKWAY PARKWY PKWAY PKWY PKY|PARKWAYS PKWYS|PASS|
PASSAGE PSGE|PATH PATHS|PIKE PIKES|PINE PNE|PINES PNES|PLACE PL|PLAIN PLN|PLAINS PLNS|
PLAZA PLZ PLZA|POINT PT|POINTS PTS|PORT PRT|PORTS PRTS|PRAIRIE PR PRR|RADIAL RAD RADIEL RADL|
RAMP|RANCH RANCHES RNCH RNCHS|RAPID RPD|RAPIDS RPDS|REST RST|RIDGE RDG RDGE|RIDGES RDGS|
RIVER RIV RVR RIVR|ROAD RD|ROADS RDS|ROUTE RTE|ROW|RUE|RUN|SHOAL SHL|SHOALS SHLS|
SHORE SHOAR SHR|SHORES SHOARS SHRS|SKYWAY SKWY|SPRING SPG SPNG SPRNG|SPRINGS SPGS SPNGS SPRNGS|
SPUR SPURS|SQUARE SQ SQR SQRE SQU|SQUARES SQRS SQS|STATION STA STATN STN|
STRAVENUE STRA STRAV STRAVEN STRAVN STRVN STRVNUE|STREAM STREME STRM|STREET STRT ST STR|
STREETS STS|SUMMIT SMT SUMIT SUMITT|TERRACE TER TERR|THROUGHWAY TRWY|TRACE TRACES TRCE|
TRACK TRACKS TRAK TRK TRKS|TRAFFICWAY TRFY|TRAIL TRAILS TRL TRLS|TRAILER TRLR TRLRS|
TUNNEL TUNEL TUNL TUNLS TUNNELS TUNNL|TURNPIKE TRNPK TURNPK TPKE|UNDERPASS UPAS|UNION UN|
UNIONS UNS|VALLEY VALLY VLLY VLY|VALLEYS VLYS|VIADUCT VDCT VIA VIADCT|VIEW VW|VIEWS VWS|
VILLAGE VILL VILLAG VILLG VILLIAGE VLG|VILLAGES VLGS|VILLE VL|VISTA VIS VIST VST VSTA|WALK|
WALKS|WALL|WAY WY|WAYS|WELL WL|WELLS WLS
"""
# Royal Mail, An Post, Australia Post / NZ Post and Indian street types the USPS lacks.
OTHER_SUFFIXES = """
approach broadway chase circus close croft drove embankment end gate parade quay rise vale
villas wharf wynd yard brae circuit concourse esplanade glade grange outlook promenade reach
reserve retreat riverway brace deviation walkway serviceway strip tollway boardwalk cul-de-sac
marg nagar chowk gali colony alleyway amble anchorage artery basin brow byway centreway
circlet colonnade copse corso courtyard crossway cruiseway cutting dell distributor driveway
entrance fairway firetrail footway foreshore frontage gardens grove gully highroad
interchange laneway lees link lookout meander nook parklands pathway piazza plateau quad
quadrant quays ramble ridgeway ring riviera roadway ronde rosebowl rotary round siding slope
strand subway tarn thoroughfare tor towers triangle trunkway turn villas wade line formation
stairs steps gap ground follow edge front access break cross dip elbow part range return ride
rising terminus threshold
"""
# Abbreviations that are everyday words or codes: never read as a street type.
NOT_SUFFIXES = frozenset({"is", "iss", "un", "uns", "dvd", "dv", "dm", "lf", "cp", "exp",
                          "express", "est", "fall", "div", "pr", "br", "bot", "cen",
                          "cent", "ft", "ht", "rad", "sta", "vis", "str", "com", "end", "gate"})
# Street types that name a road and little else, in any case ("74759 boyer drive").
ROAD_WORDS = frozenset("""
street st strt road rd avenue ave av aven avenu avn avnue boulevard blvd boul boulv lane ln
drive dr driv drv highway hwy hiway hiwy hway highwy parkway pkwy pkway parkwy pky terrace ter
terr crescent cres crsent crsnt causeway cswy causwa expressway expy expw expr freeway fwy frwy
freewy frway turnpike tpke trnpk turnpk alley aly ally allee stravenue mews esplanade walkway
rue marg motorway mtwy skyway
""".split())
# Types that are also common nouns ("20 Reward Points", "3 Hue Lights"): a street with one
# stands alone only where an address is expected (line start, after "at", "to", ":" ...).
COMMON_NOUN_TYPES = frozenset("""
anex annex arcade bend bottom branch bridge brook brooks burg burgs camp cape center centers
centre club common commons corner corners course cove coves crossing dale dam divide estate
estates extension extensions falls field fields flat flats ford fords forest forests forge
forges fork forks fort garden harbor harbors haven hill hills hollow inlet island islands isle
isles junction junctions key keys knoll knolls lake lakes landing light lights loaf lock locks
lodge loop loops mall manor manors meadow meadows mill mills mission mount mountain mountains
neck orchard oval overpass park parks pass passage path paths pike pikes pine pines plain
plains point points port ports prairie radial ramp ranch ranches rapid rapids rest ridge
ridges river route row run shoal shoals shore shores spring springs spur spurs station stream
summit trace traces track tracks trail trails trailer tunnel tunnels union unions valley
valleys view views village villages ville vista walk walks wall way ways well wells green
greens glen glens gardens square squares place plaza creek crest curve ferry grove groves
heights circle circles court courts close end gate yard reach reserve retreat strip chase
approach rise vale quay wharf outlook glade grange brace deviation riverway colony nagar
amble anchorage artery basin brow colonnade copse corso cutting dell distributor entrance
fairway foreshore frontage gully interchange lees link lookout meander nook plateau quad
quadrant ramble ring riviera ronde rosebowl rotary round siding slope strand subway tarn tor
towers triangle turn land wade line formation stairs steps gap ground follow edge front access
break cross dip elbow part range return ride rising terminus threshold villas grove drives
streets roads
""".split())


def _usps_suffixes() -> set[str]:
    words = {w.lower() for w in USPS_C1.replace("|", " ").split()}
    words |= set(OTHER_SUFFIXES.split())
    return words - NOT_SUFFIXES


EN_SUFFIXES = frozenset(_usps_suffixes())

# French, Belgian, Swiss and Québec street types.
FR_TYPES = frozenset("""
rue avenue av ave bd boulevard blvd allée allee allé impasse imp chemin quai place pl route
rte cours square sq résidence residence rés lieu-dit lieudit chaussée chaussee sentier passage
voie villa cité cite hameau faubourg fbg montée montee promenade esplanade parvis rond-point
traverse ruelle venelle clos carrefour levée levee domaine lotissement zac za zi parc rang côte
croissant galerie drève dreve square venelle quartier
""".split())
# French types that are also English or common words ("took place", "3 route changes").
FR_COMMON_TYPES = frozenset("""
place pl route rte cours square sq passage voie villa clos domaine parc rang côte croissant
galerie za zi résidence residence rés cité cite quartier promenade esplanade carrefour
""".split())

# Types that name a building or an estate: a line above the street line.
FR_BUILDINGS = frozenset("""
résidence residence rés domaine lotissement hameau zac za zi parc lieu-dit lieudit cité cite
villa quartier
""".split())

PARTICLES = frozenset("""
de du des la le les l d l' d' l’ d’ à au aux sur sous en lès lez et the of upon on am im an der
den di da del della van von y saint st st. ste ste. sainte
""".split())
# Words that are not part of a street or town name when the text has no case to tell.
STOPWORDS = frozenset("""
a an the i me my we our you your he she it they them his her its their this that these those
is are was were be been am do does did have has had and or but if for to of in on at by with
from as into about please thanks thank hi hello dear regards call send sent ship shipped
order orders invoice ticket item items pcs units unit eur usd gbp chf cad aud euros euro
dollars pounds days day hours minutes weeks months years am pm today tomorrow yesterday not no
yes via per x ref tel phone fax email mobile mob cell www http https ok also still
je tu il elle on nous vous ils elles un une et ou mais donc car pour par avec sans dans chez
ce cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos leur leurs sont ai
avons merci svp bonjour cordialement colis commande facture jours heures mois ans qui que
alors puis depuis ici asap pls thx urgent tb gb mb kb go mo ssd hdd usb km kg ht ttc pts
points
""".split())
# A person's title: 'Dr Christopher Mills' is no street.
TITLES = frozenset("dr mr mrs ms miss mme mlle m prof sir dame rev".split())
# A number next to one of these is part of a date ('Monday 12 March 2024').
DATE_WORDS = frozenset("""
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun janvier février fevrier mars avril mai juin
juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi
vendredi samedi dimanche
""".split())
# Words of a job title or a company name: such a line is no town.
ORG_WORDS = frozenset("""
head manager director officer operations sales support team service services department dept
ceo cto cfo coo president assistant engineer consultant specialist accounts payable
responsable directeur directrice gérant gérante conseiller conseillère chargé chargée équipe
inc ltd llc corp gmbh sa sas sarl plc sons group groupe company compagnie industries
holdings partners associates
""".split())
# A number after one of these is an identifier, not a house number or a postcode.
ID_WORDS = frozenset("""
order orders invoice inv ticket ticket# ref reference no nr n° num number case id account
acct client customer sku item article lot batch tracking po commande facture dossier compte
colis réf ref. no. contract contrat version v build model serial licence license licences
qty quantity x × total amount montant room rooms seat table page chapter section
""".split())
# ... but 'No. 10 Downing Street', 'n° 12 rue de la Paix' are house numbers.
STREET_ID_WORDS = ID_WORDS - {"no", "no.", "n°", "nr", "num", "number"}
# Words that start a unit after a street name ("rue Parent Apt. 020").
UNIT_WORDS = frozenset("""
apt apartment appt app suite ste unit flat fl floor room rm bldg bte boîte boite bus box po
p.o psc cmr bp cs tsa
""".split())
# Words before a house number that say an address follows.
CUE_WORDS = frozenset("""
at to on from in near address addr adresse au à chez live lives living lived moved move
located ship deliver send sent livrer livraison habite domicilié domiciliée domicile billing
shipping facturation is est
""".split())

US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI FM MH PW AA "
    "AE AP").split()
US_STATE_NAMES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico"]
CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT PQ".split()
AU_STATES = "NSW VIC QLD SA WA TAS NT ACT".split()
COUNTRIES = [
    # English names and usual short forms
    "USA", "U.S.A.", "US", "U.S.", "United States", "United States of America", "UK", "U.K.",
    "United Kingdom", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "Ireland", "Republic of Ireland", "Canada", "Australia", "New Zealand", "India", "France",
    "Belgium", "Switzerland", "Luxembourg", "Monaco", "Germany", "Austria", "Netherlands",
    "The Netherlands", "Holland", "Spain", "Portugal", "Italy", "Greece", "Poland", "Sweden",
    "Norway", "Denmark", "Finland", "Iceland", "Czech Republic", "Czechia", "Slovakia",
    "Hungary", "Romania", "Bulgaria", "Croatia", "Slovenia", "Serbia", "Turkey", "Russia",
    "Ukraine", "Israel", "Morocco", "Algeria", "Tunisia", "Egypt", "Senegal", "Ivory Coast",
    "Cameroon", "Nigeria", "Kenya", "South Africa", "Mexico", "Brazil", "Argentina", "Chile",
    "Colombia", "Peru", "China", "Japan", "South Korea", "Korea", "Taiwan", "Hong Kong",
    "Singapore", "Malaysia", "Thailand", "Vietnam", "Indonesia", "Philippines", "Pakistan",
    "Bangladesh", "Sri Lanka", "United Arab Emirates", "UAE", "Saudi Arabia", "Qatar",
    # French names
    "États-Unis", "Etats-Unis", "Royaume-Uni", "Angleterre", "Écosse", "Ecosse", "Irlande",
    "Australie", "Nouvelle-Zélande", "Inde", "Belgique", "Suisse", "Allemagne", "Autriche",
    "Pays-Bas", "Espagne", "Italie", "Grèce", "Pologne", "Suède", "Norvège", "Danemark",
    "Finlande", "Islande", "République tchèque", "Slovaquie", "Hongrie", "Roumanie", "Bulgarie",
    "Croatie", "Slovénie", "Serbie", "Turquie", "Russie", "Maroc", "Algérie", "Tunisie",
    "Égypte", "Egypte", "Sénégal", "Côte d'Ivoire", "Cameroun", "Afrique du Sud", "Mexique",
    "Brésil", "Argentine", "Chili", "Colombie", "Pérou", "Chine", "Japon", "Corée du Sud",
    "Singapour", "Malaisie", "Thaïlande", "Indonésie", "Émirats arabes unis",
    "Arabie saoudite", "Schweiz", "Deutschland", "Österreich", "España", "Italia",
]
