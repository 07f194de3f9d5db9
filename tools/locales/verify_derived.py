#!/usr/bin/env python3
"""Independent check of core/data/derived/countries.json (written by derive.py).

Needs only babel (the CLDR data derive.py used):
    python3 -m venv /tmp/vd && /tmp/vd/bin/pip install babel==2.19.0
    /tmp/vd/bin/python tools/locales/verify_derived.py [path/to/countries.json]

Fails (exit 1, one line per problem naming the country and field) unless:
  * every ISO 3166-1 territory CLDR names is either a full pack
    (core/data/locales/*.json, core/data/locales-pending/*.json) or in the file,
    once, and every country in the file is such a territory without a full pack;
  * currency is CLDR's first tender currency for the territory (on the file's
    fx_date); a territory without one has USD and no "currency" in `known`;
  * the first language is the English name of CLDR's most spoken language
    (>= 5%, else the top one), and every language share is in (0, 1];
  * there is at least one city, every city with a population > 0;
  * every name group points at an existing name list with >= 20 male, female
    and family names, all in Latin script, and group shares sum to 1 (+-0.01);
  * income bands, when present, are strictly increasing integers
    (Low.lo < Low.hi = Middle.lo < Middle.hi = High.lo < High.hi);
  * `known` agrees with the data: "names" iff a group has basis "country",
    "income" iff there are income bands.
"""
from __future__ import annotations

import datetime
import json
import sys
import unicodedata
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "core" / "data" / "derived" / "countries.json"
PACK_DIRS = [ROOT / "core" / "data" / "locales", ROOT / "core" / "data" / "locales-pending"]

# Same as derive.py: CLDR codes that are not ISO 3166-1 countries/territories.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB",
                 "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
LANG_MIN_PERCENT = 5.0
# Same naming table as derive.py (codes with the same name are one language).
LANG_NAMES = {
    "nb": "Norwegian", "no": "Norwegian", "yue": "Cantonese",
    "mfe": "Mauritian Creole", "crs": "Seychellois Creole", "rcf": "Réunion Creole",
    "gcr": "Guianan Creole", "kea": "Cape Verdean Creole", "swb": "Comorian",
    "zdj": "Comorian", "wni": "Comorian",
    "abr": "Abron", "apc": "Levantine Arabic", "apd": "Sudanese Arabic", "bci": "Baoulé",
    "bsq": "Bassa", "buc": "Kibushi", "bvb": "Bube", "bzj": "Belize Kriol", "cak": "Kaqchikel",
    "dnj": "Dan", "ffm": "Fulfulde", "fud": "Futunan", "fuq": "Fulfulde", "haz": "Hazaragi",
    "kck": "Kalanga", "kro": "Kru", "lir": "Liberian English", "mey": "Hassaniya Arabic",
    "mev": "Mano", "mwk": "Maninka", "mxc": "Manyika", "ndc": "Ndau", "ngl": "Lomwe",
    "puu": "Punu", "toi": "Tonga (Zambia)", "tsj": "Tshangla", "vic": "Virgin Islands Creole",
    "wls": "Wallisian",
}
MIN_NAMES = 20
EN = Locale("en")

problems: list[str] = []


def bad(cc: str, field: str, msg: str) -> None:
    problems.append(f"{cc}: {field}: {msg}")


def latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def expected_first_language(cc: str) -> str | None:
    best: dict[str, float] = {}
    for code, info in (get_global("territory_languages").get(cc) or {}).items():
        base = code.split("_")[0]
        if base == "und":
            continue
        name = LANG_NAMES.get(base) or EN.languages.get(base)
        if not name:
            continue
        pct = float(info.get("population_percent") or 0.0)
        best[name] = max(best.get(name, 0.0), pct)
    if not best:
        return None
    # Most spoken first (ties by name); the >= 5% rule cannot change the top one.
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = json.loads(path.read_text(encoding="utf-8"))
    full = {f.stem.upper() for d in PACK_DIRS if d.is_dir() for f in d.glob("*.json")} - {"XX"}
    territories = {c for c in EN.territories if len(c) == 2 and c.isalpha() and c.isupper()}
    iso = territories - NOT_COUNTRIES
    fx_date = datetime.date.fromisoformat(data["income"]["fx_date"])
    lists = data.get("name_lists") or {}

    # The name lists themselves.
    for key, rec in lists.items():
        for field in ("male", "female", "family"):
            names = rec.get(field) or []
            if len(names) < MIN_NAMES:
                bad(key, field, f"{len(names)} names, need {MIN_NAMES}")
        for field in ("male", "female", "family", "family_female"):
            for entry in rec.get(field) or []:
                if (not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str)
                        or not entry[0].strip() or not isinstance(entry[1], (int, float)) or entry[1] <= 0):
                    bad(key, field, f"malformed entry {entry!r}")
                elif not latin(entry[0]):
                    bad(key, field, f"not Latin script: {entry[0]!r}")
        if rec.get("name_order") not in ("given_family", "family_given"):
            bad(key, "name_order", repr(rec.get("name_order")))

    seen: set[str] = set()
    codes = [c.get("code") for c in data["countries"]]
    if codes != sorted(codes):
        bad("*", "countries", "not sorted by code")
    for c in data["countries"]:
        cc = c.get("code")
        if cc in seen:
            bad(cc, "code", "listed twice")
        seen.add(cc)
        if cc not in territories:
            bad(cc, "code", "not a CLDR territory")
            continue
        if cc in NOT_COUNTRIES:
            bad(cc, "code", "not an ISO 3166-1 country or territory")
        if cc in full:
            bad(cc, "code", "has a full pack; must not be derived")
        known = c.get("known") or []

        # Currency.
        curs = get_territory_currencies(cc, start_date=fx_date, tender=True)
        if curs:
            if c.get("currency") != curs[0]:
                bad(cc, "currency", f"{c.get('currency')!r}, CLDR says {curs[0]!r}")
            if "currency" not in known:
                bad(cc, "known", "currency comes from CLDR but is not in known")
        else:
            if c.get("currency") != "USD":
                bad(cc, "currency", f"{c.get('currency')!r}: CLDR has none, expected the USD fallback")
            if "currency" in known:
                bad(cc, "known", "currency is a fallback but listed as known")
        if not c.get("currency_symbol"):
            bad(cc, "currency_symbol", "empty")

        # Languages.
        langs = c.get("languages") or []
        if not langs:
            bad(cc, "languages", "empty")
        for l in langs:
            share = l.get("share")
            if not isinstance(share, (int, float)) or not 0 < share <= 1:
                bad(cc, "languages", f"share {share!r} of {l.get('name')!r} not in (0, 1]")
        want = expected_first_language(cc)
        if langs:
            if want is None:
                if "languages" in known:
                    bad(cc, "known", "CLDR has no languages but languages is listed as known")
            elif langs[0].get("name") != want:
                bad(cc, "languages", f"first is {langs[0].get('name')!r}, CLDR's most spoken is {want!r}")

        # Cities.
        cities = c.get("cities") or []
        if not cities:
            bad(cc, "cities", "none")
        for city in cities:
            if not city.get("name") or not is_int(city.get("population")) or city["population"] <= 0:
                bad(cc, "cities", f"bad city {city!r}")

        # Names.
        groups = c.get("name_groups") or []
        if not groups:
            bad(cc, "name_groups", "none")
        total = 0.0
        for g in groups:
            if g.get("list") not in lists:
                bad(cc, "name_groups", f"unknown list {g.get('list')!r}")
            if g.get("basis") not in ("country", "region"):
                bad(cc, "name_groups", f"basis {g.get('basis')!r}")
            share = g.get("share")
            if not isinstance(share, (int, float)) or not 0 < share <= 1:
                bad(cc, "name_groups", f"share {share!r}")
            else:
                total += share
        if groups and abs(total - 1.0) > 0.01:
            bad(cc, "name_groups", f"shares sum to {total:.3f}")
        has_country = any(g.get("basis") == "country" for g in groups)
        if has_country != ("names" in known):
            bad(cc, "known", f"'names' in known is {'names' in known} but a country-basis group exists is {has_country}")

        # Income.
        bands = c.get("income_bands")
        if bands is not None:
            try:
                seq = [bands["Low"][0], bands["Low"][1], bands["Middle"][1], bands["High"][1]]
                ok = (all(is_int(x) and x >= 1 for x in seq + [bands["Middle"][0], bands["High"][0]])
                      and bands["Middle"][0] == bands["Low"][1] and bands["High"][0] == bands["Middle"][1]
                      and seq[0] < seq[1] < seq[2] < seq[3])
            except (KeyError, IndexError, TypeError):
                ok = False
            if not ok:
                bad(cc, "income_bands", f"not strictly increasing integer bands: {bands!r}")
        if (bands is not None) != ("income" in known):
            bad(cc, "known", f"'income' in known is {'income' in known} but bands present is {bands is not None}")
        for k in known:
            if k not in ("currency", "languages", "cities", "names", "income"):
                bad(cc, "known", f"unknown fact {k!r}")

    for cc in sorted(iso - full - seen):
        bad(cc, "code", "ISO 3166-1 territory with neither a full pack nor a derived entry")

    for p in problems:
        print(p)
    print(f"verify_derived.py: {path}: {len(data['countries'])} countries, {len(lists)} name lists, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
