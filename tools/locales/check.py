#!/usr/bin/env python3
"""Validate every locale pack in shared/data/locales/ against the Boses schema.

Stdlib only:  python3 tools/locales/check.py  [dir]
Exits non-zero and lists every problem found.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT / "shared" / "data" / "locales"

EXPECTED = {"ph", "id", "vn", "th", "my", "sg", "in", "jp", "kr", "cn", "au", "us",
            "gb", "br", "mx", "ng", "ke", "za", "de", "fr", "xx"}
KEYS = [
    "country_code", "country", "demonym", "currency", "currency_symbol",
    "name_order", "given_names", "family_names", "cities", "languages",
    "religions", "income_bands", "occupations", "student_occupations",
    "education", "universities", "household", "platforms", "commute",
    "brands", "touchpoints", "foods", "holidays", "generation_names",
]
LEVELS = ["Low", "Middle", "High"]
FAMILY_FIRST = {"CN", "JP", "KR", "VN"}
# Countries where CLDR lists a single language spoken by >= 2% of people.
MONOLINGUAL = {"JP", "KR", "VN"}
SINGLE_CITY = {"SG"}
HOUSEHOLD = ["single", "couple", "family", "extended"]
PLATFORMS = ["social", "messaging", "ecommerce", "payments", "streaming",
             "ride_hailing_delivery", "news"]
BRAND_CATS = ["coffee", "fashion", "grocery", "phone", "beauty"]
TIERS = ["budget", "mid", "premium"]


# Place names feed a gazetteer that also scans free-text prompts, so aliases and
# districts must not be everyday words, stray abbreviations or people's names.
# Keys are compared after the same normalisation the gazetteer applies.
RISKY_ABBREVIATIONS = {"sa", "pe", "ma", "ms", "do", "bo", "du", "ka", "le", "hh", "hb", "it", "hr", "pr", "ai",
                       "ok", "tv", "pc", "cd", "diy", "act", "sd", "uk", "eu", "uae", "ceo", "ba", "md"}
COMMON_WORDS = {
    "city", "coast", "garden", "pool", "district", "junction", "strip", "lanes", "strand", "heights", "domain",
    "loop", "entrance", "centre", "center", "central", "old", "new", "orange", "pink", "music", "magic", "space",
    "queen", "motor", "sin", "rose", "steel", "mother", "friendly", "joy", "champions", "lakes", "smiles", "trees",
    "angels", "harbour", "harbor", "windy", "gong", "diamond", "coal", "ice", "spring", "lakeside", "emerald",
    "platinum", "cat", "wedding", "list", "point", "observatory", "challenge", "fate", "pioneer", "landless",
    "civic", "prospect", "waterfront", "commonwealth", "entertainment", "colon", "world bank", "sunset",
    "marina", "seaport", "highlands", "hafen", "city centre", "centre ville", "capital", "valley", "beach",
    "market", "park", "hill", "bay", "port", "airport", "university", "mall", "station", "lama", "coastal",
    "the", "a", "an", "of", "in", "on", "at", "and", "town", "village", "area", "zone", "quarter", "square",
}


def normalize_place(text: str) -> str:
    """Mirror of the gazetteer's normalisation: lower-case, accents folded,
    apostrophes dropped, other punctuation to single spaces."""
    import unicodedata
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d").replace("ß", "s").lower())
    out = []
    for ch in folded:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            out.append(ch)
        elif ch in "'’":
            continue
        elif out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()


def strip_affixes(n: str) -> str:
    n = n[: -len(" city")] if n.endswith(" city") else n
    for prefix in ("city of ", "kota ", "thanh pho ", "the "):
        n = n[len(prefix):] if n.startswith(prefix) else n
    return n


class Checker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []

    def fail(self, msg: str) -> None:
        self.errors.append(f"{self.name}: {msg}")

    def expect(self, cond: bool, msg: str) -> bool:
        if not cond:
            self.fail(msg)
        return cond

    def str_list(self, value, path: str, minimum: int) -> None:
        if not self.expect(isinstance(value, list), f"{path} must be a list"):
            return
        self.expect(len(value) >= minimum, f"{path} has {len(value)} items, needs >= {minimum}")
        seen = set()
        for item in value:
            if not self.expect(isinstance(item, str) and item.strip() == item and item,
                               f"{path}: bad item {item!r}"):
                continue
            key = item.casefold()
            self.expect(key not in seen, f"{path}: duplicate {item!r}")
            seen.add(key)

    def weighted(self, value, path: str, minimum: int) -> None:
        if not self.expect(isinstance(value, list), f"{path} must be a list"):
            return
        self.expect(len(value) >= minimum, f"{path} has {len(value)} items, needs >= {minimum}")
        seen = set()
        for item in value:
            ok = (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)
                  and item[0].strip() and isinstance(item[1], (int, float))
                  and not isinstance(item[1], bool) and item[1] > 0)
            if not self.expect(ok, f"{path}: bad [name, weight] pair {item!r}"):
                continue
            key = item[0].casefold()
            self.expect(key not in seen, f"{path}: duplicate {item[0]!r}")
            seen.add(key)

    def shares(self, value, path: str, minimum: int, total: tuple[float, float] | None) -> None:
        if not self.expect(isinstance(value, list), f"{path} must be a list"):
            return
        self.expect(len(value) >= minimum, f"{path} has {len(value)} items, needs >= {minimum}")
        seen, acc = set(), 0.0
        for item in value:
            ok = (isinstance(item, dict) and set(item) == {"name", "share"}
                  and isinstance(item["name"], str) and item["name"]
                  and isinstance(item["share"], (int, float)) and 0 < item["share"] <= 1)
            if not self.expect(ok, f"{path}: bad entry {item!r}"):
                continue
            self.expect(item["name"].casefold() not in seen, f"{path}: duplicate {item['name']!r}")
            seen.add(item["name"].casefold())
            acc += item["share"]
        if total:
            self.expect(total[0] <= acc <= total[1],
                        f"{path}: shares sum to {acc:.3f}, expected {total[0]}..{total[1]}")


def check_pack(path: Path) -> list[str]:
    c = Checker(path.name)
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{path.name}: invalid JSON: {exc}"]
    if not c.expect(isinstance(d, dict), "top level must be an object"):
        return c.errors
    missing = [k for k in KEYS if k not in d]
    extra = [k for k in d if k not in KEYS]
    c.expect(not missing, f"missing keys {missing}")
    c.expect(not extra, f"unknown keys {extra}")
    for k in missing:  # keep checking the rest; each check reports the gap again
        d[k] = None

    cc = d["country_code"]
    c.expect(isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc or "") is not None, "country_code must be 2 upper-case letters")
    c.expect(path.stem == str(cc).lower(), "file name must be <country_code lower-case>.json")
    for k in ["country", "demonym", "currency_symbol"]:
        c.expect(isinstance(d[k], str) and d[k].strip() != "", f"{k} must be a non-empty string")
    c.expect(isinstance(d["currency"], str) and re.fullmatch(r"[A-Z]{3}", d["currency"]) is not None, "currency must be ISO 4217")
    expected_order = "family_given" if cc in FAMILY_FIRST else "given_family"
    c.expect(d["name_order"] == expected_order, f"name_order must be {expected_order}")

    # names
    g = d["given_names"]
    if c.expect(isinstance(g, dict) and set(g) == {"male", "female"}, "given_names must have exactly male and female"):
        c.weighted(g["male"], "given_names.male", 40)
        c.weighted(g["female"], "given_names.female", 40)
    c.weighted(d["family_names"], "family_names", 40)

    # cities
    cities = d["cities"]
    if c.expect(isinstance(cities, list), "cities must be a list"):
        single = cc in SINGLE_CITY
        c.expect(len(cities) >= (1 if single else 12), f"cities has {len(cities)}, needs >= {1 if single else 12}")
        names = set()
        for i, city in enumerate(cities):
            p = f"cities[{i}]"
            if not c.expect(isinstance(city, dict) and set(city) == {"name", "population", "region", "aliases", "districts"},
                            f"{p} must have exactly name, population, region, aliases, districts"):
                continue
            c.expect(isinstance(city["name"], str) and city["name"] != "", f"{p}.name empty")
            c.expect(city["name"].casefold() not in names, f"{p}: duplicate city {city['name']!r}")
            names.add(city["name"].casefold())
            c.expect(isinstance(city["population"], int) and not isinstance(city["population"], bool)
                     and city["population"] > 0, f"{p} ({city['name']}): population must be a positive integer")
            c.expect(isinstance(city["region"], str) and city["region"] != "", f"{p} ({city['name']}): region empty")
            c.str_list(city["aliases"], f"{p}.aliases", 0)
            need = 10 if single else (4 if i < 5 else 0)
            c.str_list(city["districts"], f"{p} ({city['name']}).districts", need)
        pops = [ct.get("population", 0) for ct in cities if isinstance(ct, dict)]
        c.expect(pops == sorted(pops, reverse=True), "cities must be sorted by population, largest first")

    # languages and religions
    c.shares(d["languages"], "languages", 1 if cc in MONOLINGUAL else 2, None)
    c.shares(d["religions"], "religions", 2, (0.9, 1.05))

    # income bands
    bands = d["income_bands"]
    if c.expect(isinstance(bands, dict) and set(bands) == set(LEVELS), "income_bands must have Low, Middle, High"):
        ok = True
        for lvl in LEVELS:
            b = bands[lvl]
            good = (isinstance(b, list) and len(b) == 2 and all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in b)
                    and b[0] < b[1])
            ok &= c.expect(good, f"income_bands.{lvl} must be [lo, hi] positive integers with lo < hi")
        if ok:
            lo, mid, hi = (bands[lvl] for lvl in LEVELS)
            c.expect(lo[0] < mid[0] < hi[0] and lo[1] < mid[1] < hi[1], "income bands must satisfy Low < Middle < High")
            c.expect(lo[1] <= mid[0] * 1.05 and mid[1] <= hi[0] * 1.05, "income bands should not overlap much")

    # occupations, education, universities
    for key, minimum in [("occupations", 12), ("education", 5)]:
        v = d[key]
        if c.expect(isinstance(v, dict) and set(v) == set(LEVELS), f"{key} must have Low, Middle, High"):
            for lvl in LEVELS:
                c.str_list(v[lvl], f"{key}.{lvl}", minimum)
    c.str_list(d["student_occupations"], "student_occupations", 2)
    c.str_list(d["universities"], "universities", 6)

    h = d["household"]
    if c.expect(isinstance(h, dict) and set(h) == set(HOUSEHOLD), f"household must have {HOUSEHOLD}"):
        for k in HOUSEHOLD:
            c.str_list(h[k], f"household.{k}", 3)

    p = d["platforms"]
    if c.expect(isinstance(p, dict) and set(p) == set(PLATFORMS), f"platforms must have {PLATFORMS}"):
        for k in PLATFORMS:
            c.str_list(p[k], f"platforms.{k}", 2 if k == "messaging" else 3)

    c.str_list(d["commute"], "commute", 3)

    b = d["brands"]
    if c.expect(isinstance(b, dict) and set(b) == set(BRAND_CATS), f"brands must have {BRAND_CATS}"):
        for cat in BRAND_CATS:
            if c.expect(isinstance(b[cat], dict) and set(b[cat]) == set(TIERS), f"brands.{cat} must have {TIERS}"):
                seen = set()
                for t in TIERS:
                    c.str_list(b[cat][t], f"brands.{cat}.{t}", 3)
                    for item in b[cat][t] if isinstance(b[cat][t], list) else []:
                        if isinstance(item, str):
                            c.expect(item.casefold() not in seen, f"brands.{cat}: {item!r} in more than one tier")
                            seen.add(item.casefold())

    c.str_list(d["touchpoints"], "touchpoints", 12)
    c.str_list(d["foods"], "foods", 8)
    c.str_list(d["holidays"], "holidays", 4)
    gen = d["generation_names"]
    c.expect(isinstance(gen, dict) and all(isinstance(k, str) and isinstance(v, str) and v for k, v in gen.items()),
             "generation_names must map strings to non-empty strings")
    return c.errors


def check_place_names(paths: list[Path]) -> list[str]:
    """Cross-pack checks on city aliases and districts (see RISKY_ABBREVIATIONS)."""
    packs = {}
    for path in paths:
        try:
            packs[path.name] = json.loads(path.read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001 - reported by check_pack
            continue
    codes = {str(d.get("country_code", "")).lower() for d in packs.values()}
    given = set()
    for d in packs.values():
        for gender in ("male", "female"):
            for pair in (d.get("given_names") or {}).get(gender, []):
                if isinstance(pair, list) and pair and isinstance(pair[0], str):
                    given.add(normalize_place(pair[0]))
    errors = []
    for fname, d in packs.items():
        own = str(d.get("country_code", "")).lower()
        if own == "xx":  # the generic pack's cities are not in the gazetteer
            continue
        for city in d.get("cities") or []:
            if not isinstance(city, dict):
                continue
            for kind in ("aliases", "districts"):
                for item in city.get(kind) or []:
                    if not isinstance(item, str):
                        continue
                    key = normalize_place(item)
                    stripped = strip_affixes(key)
                    where = f"{fname}: {city.get('name')} {kind[:-1] if kind == 'districts' else 'alias'} {item!r}"
                    if len(stripped.replace(" ", "")) <= 1:
                        errors.append(f"{where} reduces to {stripped!r}, too short to be a place name")
                    if kind == "aliases" and key in codes and key != own:
                        errors.append(f"{where} is another pack's country code")
                    if key in RISKY_ABBREVIATIONS or stripped in RISKY_ABBREVIATIONS:
                        errors.append(f"{where} is a common abbreviation")
                    if key in COMMON_WORDS or stripped in COMMON_WORDS:
                        errors.append(f"{where} reduces to the everyday word {stripped!r}")
                    if key in given or stripped in given:
                        errors.append(f"{where} is also a given name in the packs")
    return errors


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    paths = sorted(folder.glob("*.json"))
    errors: list[str] = []
    found = {p.stem for p in paths}
    for cc in sorted(EXPECTED - found):
        errors.append(f"{cc}.json: missing pack")
    for path in paths:
        errors.extend(check_pack(path))
    errors.extend(check_place_names(paths))
    failed_files = {e.split(":", 1)[0] for e in errors}
    failed = len(failed_files)
    passed = len([p for p in paths if p.name not in failed_files])
    for e in errors:
        print(e)
    print(f"{passed} passed, {failed} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
