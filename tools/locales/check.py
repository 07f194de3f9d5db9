#!/usr/bin/env python3
"""Validate every locale pack in core/data/locales/ against the Boses schema.

Stdlib only:  python3 tools/locales/check.py  [dir]
Exits non-zero and lists every problem found.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT / "core" / "data" / "locales"

EXPECTED = {"ph", "id", "vn", "th", "my", "sg", "in", "jp", "kr", "cn", "au", "us",
            "gb", "br", "mx", "ng", "ke", "za", "de", "fr", "xx",
            # issue 15: the rest of Southeast Asia and the largest missing markets
            "kh", "mm", "la", "bn", "tl", "pk", "bd", "eg", "tr", "sa", "ae", "es", "it",
            "ca", "ar", "co", "pl", "nl", "tw", "nz"}
KEYS = [
    "country_code", "country", "demonym", "currency", "currency_symbol",
    "name_order", "given_names", "family_names", "name_groups", "cities", "languages",
    "religions", "retirement_age", "income_bands", "occupations", "student_occupations",
    "education", "universities", "household", "platforms", "commute",
    "brands", "touchpoints", "foods", "holidays", "generation_names", "interests",
]
# Interests are checked by the crate's own tests (every category's content per pack).
OPTIONAL = {"name_groups", "retirement_age", "interests"}
LEVELS = ["Low", "Middle", "High"]
FAMILY_FIRST = {"CN", "JP", "KR", "VN", "KH", "TW"}
# City aliases that are also another pack's country code, kept on purpose: in prompts
# "LA" is Los Angeles, "MM" Metro Manila and "BD" Bradford (its postcode area) far more
# often than Laos, Myanmar or Bangladesh, which
# are matched by name ("Laos", "Lao PDR", "Myanmar", "Burma").
CITY_OVER_CODE = {"la", "mm", "bd"}
# Countries where CLDR lists a single language spoken by >= 2% of people.
MONOLINGUAL = {"JP", "KR", "VN"}
SINGLE_CITY = {"SG"}
HOUSEHOLD = ["single", "couple", "family", "extended"]
PLATFORMS = ["social", "messaging", "ecommerce", "payments", "streaming",
             "ride_hailing", "food_delivery", "news"]
TOUCHPOINT_KINDS = ["events", "rituals", "habits", "hassles"]
FOOD_KINDS = ["meals", "snacks", "drinks"]

# Tagged phrases (see `Tagged` in shared/src/locale/mod.rs): a string, or an object
# with "text" and any of these keys.
TAG_KEYS = {"text", "min_age", "max_age", "gender", "religions", "not_religions", "groups",
            "places", "income", "needs", "kids", "partner", "with_parents", "alone", "carer",
            "kind", "fields", "retire", "remote"}
NEEDS = {"work", "student", "not_student", "retired", "not_retired", "kids", "no_kids",
         "partner", "commute", "adult"}
KIDS = {"none", "young", "school", "teen", "grown"}
STUDY_KINDS = {"secondary", "pre_university", "tertiary", "vocational", "graduate",
               "post_degree", "apprentice", "service", "polytechnic"}
RELIGION_FAMILIES = {"Islam", "Christianity", "Hinduism", "Buddhism", "Sikhism", "Jainism",
                     "Judaism", "None", "Other", "Catholic", "Protestant", "Evangelical"}
# Phrases are stored as they read mid-sentence: a capitalised common word at the
# start ("Sunday" is fine, "Street food" is not) would be shown capitalised mid-sentence.
COMMON_STARTS = {
    "a", "an", "the", "after", "afternoon", "annual", "attending", "bank", "barbecue", "bargain",
    "birthday", "breakfast", "buying", "cash", "catching", "celebrating", "checking", "cheering",
    "coffee", "community", "cooking", "daily", "dancing", "dinner", "early", "eating", "evening",
    "evenings", "family", "food", "going", "grabbing", "group", "hanging", "hiking", "home", "hot",
    "joining", "karaoke", "late", "listening", "live", "local", "long", "lunch", "making", "market",
    "midnight", "monthly", "morning", "neighbourhood", "night", "office", "online", "ordering",
    "paying", "payday", "picnic", "playing", "prayer", "public", "queuing", "reading", "road",
    "school", "seaside", "sending", "shopping", "sidewalk", "singing", "small", "spending", "street",
    "summer", "taking", "tea", "traditional", "village", "visiting", "watching", "weekend", "weekly",
    "wet", "winter", "yearly", "binge", "scrolling", "fresh", "convenience", "instant", "walking",
    "car", "bus", "train", "city", "private", "shared", "traffic", "packed", "rush", "fried",
}
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

    def tagged_list(self, value, path: str, minimum: int, ctx: dict, mid: bool = True) -> list[str]:
        """A list of tagged phrases; returns their texts."""
        texts: list[str] = []
        if not self.expect(isinstance(value, list), f"{path} must be a list"):
            return texts
        self.expect(len(value) >= minimum, f"{path} has {len(value)} items, needs >= {minimum}")
        seen = set()
        for item in value:
            if isinstance(item, dict):
                extra = set(item) - TAG_KEYS
                self.expect(not extra, f"{path}: unknown keys {sorted(extra)} in {item!r}")
                text = item.get("text")
                self.tags(item, path, ctx)
            else:
                text = item
            if not self.expect(isinstance(text, str) and text.strip() == text and text,
                               f"{path}: bad item {item!r}"):
                continue
            key = text.casefold()
            self.expect(key not in seen, f"{path}: duplicate {text!r}")
            seen.add(key)
            texts.append(text)
            words = text.split()
            first = words[0]
            proper = len(words) > 1 and words[1][:1].isupper()  # "A Re Yeng bus", "Big Brother Naija"
            if mid and not proper:
                self.expect(not (first[:1].isupper() and first.lower() in COMMON_STARTS),
                            f"{path}: {text!r} should be written as it reads mid-sentence ({first.lower()!r})")
        return texts

    def tags(self, item: dict, path: str, ctx: dict) -> None:
        where = f"{path}: {item.get('text')!r}"
        for k in ("min_age", "max_age"):
            if k in item:
                self.expect(isinstance(item[k], int) and 0 <= item[k] <= 120, f"{where}: {k} must be an age")
        if "min_age" in item and "max_age" in item:
            self.expect(item["min_age"] <= item["max_age"], f"{where}: min_age > max_age")
        if "gender" in item:
            self.expect(item["gender"] in ("Male", "Female"), f"{where}: gender must be Male or Female")
        for k in ("religions", "not_religions"):
            for r in item.get(k, []):
                ok = r in RELIGION_FAMILIES or any(r.lower() in x.lower() for x in ctx["religions"])
                self.expect(ok, f"{where}: unknown religion {r!r}")
        for g in item.get("groups", []):
            self.expect(g in ctx["groups"], f"{where}: unknown name group {g!r}")
        if not ctx.get("any_place"):
            for pl in item.get("places", []):
                self.expect(pl in ctx["places"], f"{where}: {pl!r} is not a city or region of the pack")
        for i in item.get("income", []):
            self.expect(i in LEVELS, f"{where}: unknown income level {i!r}")
        for n in item.get("needs", []):
            self.expect(n in NEEDS, f"{where}: unknown need {n!r}")
        if "kids" in item:
            self.expect(item["kids"] in KIDS, f"{where}: kids must be one of {sorted(KIDS)}")
        if "kind" in item:
            self.expect(item["kind"] in STUDY_KINDS, f"{where}: unknown kind {item['kind']!r}")
        for k in ("partner", "with_parents", "alone", "carer", "retire", "remote"):
            if k in item:
                self.expect(isinstance(item[k], bool), f"{where}: {k} must be true or false")

    def weighted(self, value, path: str, minimum: int) -> None:
        if not self.expect(isinstance(value, list), f"{path} must be a list"):
            return
        self.expect(len(value) >= minimum, f"{path} has {len(value)} items, needs >= {minimum}")
        seen = set()
        for item in value:
            # [name, weight] or [name, weight, "older" | "younger"] (the generation it belongs to)
            ok = (isinstance(item, list) and len(item) in (2, 3) and isinstance(item[0], str)
                  and item[0].strip() and isinstance(item[1], (int, float))
                  and not isinstance(item[1], bool) and item[1] > 0
                  and (len(item) == 2 or item[2] in ("older", "younger")))
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
            ok = (isinstance(item, dict) and {"name", "share"} <= set(item) <= {"name", "share", "places"}
                  and isinstance(item["name"], str) and item["name"]
                  and isinstance(item["share"], (int, float)) and 0 < item["share"] <= 1)
            if not self.expect(ok, f"{path}: bad entry {item!r}"):
                continue
            key = (item["name"].casefold(), tuple(item.get("places") or ()))
            self.expect(key not in seen, f"{path}: duplicate {item['name']!r}")
            seen.add(key)
            if not item.get("places"):
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
    missing = [k for k in KEYS if k not in d and k not in OPTIONAL]
    extra = [k for k in d if k not in KEYS]
    c.expect(not missing, f"missing keys {missing}")
    c.expect(not extra, f"unknown keys {extra}")
    for k in missing:  # keep checking the rest; each check reports the gap again
        d[k] = None
    for k in OPTIONAL:
        d.setdefault(k, None)

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
    groups = d["name_groups"] or []
    group_names = set()
    if d["name_groups"] is not None and c.expect(isinstance(groups, list) and groups, "name_groups must be a non-empty list"):
        all_given = {n for sex in ("male", "female") for n, *_ in (g or {}).get(sex, []) if isinstance(g, dict)} if (g := d["given_names"]) else set()
        all_family = {n for n, *_ in d["family_names"] or []}
        for i, grp in enumerate(groups):
            p = f"name_groups[{i}]"
            if not c.expect(isinstance(grp, dict) and {"name", "share", "given_names", "family_names"} <= set(grp), f"{p} needs name, share, given_names, family_names"):
                continue
            extra = set(grp) - {"name", "share", "places", "name_order", "connector", "given_names", "family_names", "languages", "religions"}
            c.expect(not extra, f"{p}: unknown keys {sorted(extra)}")
            c.expect(grp["name"] not in group_names, f"{p}: duplicate group {grp['name']!r}")
            group_names.add(grp["name"])
            c.expect(isinstance(grp["share"], (int, float)) and 0 < grp["share"] <= 1, f"{p}: share must be in (0, 1]")
            gn = grp["given_names"]
            if c.expect(isinstance(gn, dict) and set(gn) == {"male", "female"}, f"{p}.given_names must have male and female"):
                c.weighted(gn["male"], f"{p}.given_names.male", 8)
                c.weighted(gn["female"], f"{p}.given_names.female", 8)
                for sex in ("male", "female"):
                    for n, *_ in gn[sex]:
                        c.expect(n in all_given, f"{p}: {n!r} missing from given_names (rerun build.py)")
            c.weighted(grp["family_names"], f"{p}.family_names", 6)
            for n, *_ in grp["family_names"]:
                c.expect(n in all_family, f"{p}: {n!r} missing from family_names (rerun build.py)")
            if "languages" in grp:
                c.shares(grp["languages"], f"{p}.languages", 1, None)
            if "religions" in grp:
                c.shares(grp["religions"], f"{p}.religions", 1, (0.9, 1.05))
            if "name_order" in grp:
                c.expect(grp["name_order"] in ("given_family", "family_given"), f"{p}: bad name_order")
            if "connector" in grp:
                c.expect(isinstance(grp["connector"], dict) and set(grp["connector"]) <= {"male", "female"}, f"{p}: connector must map male/female to words")
            for where, share in (grp.get("places") or {}).items():
                c.expect(isinstance(share, (int, float)) and 0 <= share <= 1, f"{p}: place share {where}={share!r}")
    if d["retirement_age"] is not None:
        c.expect(isinstance(d["retirement_age"], int) and 45 <= d["retirement_age"] <= 75, "retirement_age must be 45..75")

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

    # tagged phrases: their conditions may name the pack's places, groups, religions
    places = set()
    for city in cities if isinstance(cities, list) else []:
        if isinstance(city, dict):
            places.add(city.get("name"))
            places.add(city.get("region"))
    ctx = {"places": places, "groups": group_names,
           "religions": [r.get("name", "") for r in d["religions"] or [] if isinstance(r, dict)]}

    # occupations, education, universities
    v = d["occupations"]
    if c.expect(isinstance(v, dict) and set(v) == set(LEVELS), "occupations must have Low, Middle, High"):
        for lvl in LEVELS:
            c.tagged_list(v[lvl], f"occupations.{lvl}", 12, ctx)
    v = d["education"]
    if c.expect(isinstance(v, dict) and set(v) == set(LEVELS), "education must have Low, Middle, High"):
        for lvl in LEVELS:
            c.str_list(v[lvl], f"education.{lvl}", 5)
    c.tagged_list(d["student_occupations"], "student_occupations", 2, ctx)
    c.tagged_list(d["universities"], "universities", 6, dict(ctx, any_place=True), mid=False)

    h = d["household"]
    if c.expect(isinstance(h, dict) and set(h) == set(HOUSEHOLD), f"household must have {HOUSEHOLD}"):
        for k in HOUSEHOLD:
            c.tagged_list(h[k], f"household.{k}", 3, ctx, mid=False)

    p = d["platforms"]
    if c.expect(isinstance(p, dict) and set(p) == set(PLATFORMS), f"platforms must have {PLATFORMS}"):
        for k in PLATFORMS:
            c.tagged_list(p[k], f"platforms.{k}", 1 if k in ("ride_hailing", "food_delivery") else 2 if k == "messaging" else 3, ctx, mid=False)

    c.tagged_list(d["commute"], "commute", 3, ctx)

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

    tp = d["touchpoints"]
    if c.expect(isinstance(tp, dict) and set(tp) <= set(TOUCHPOINT_KINDS) and tp,
                f"touchpoints must map some of {TOUCHPOINT_KINDS} to lists"):
        total = 0
        for kind in TOUCHPOINT_KINDS:
            total += len(c.tagged_list(tp.get(kind, []), f"touchpoints.{kind}", 0, ctx))
        c.expect(total >= 12, f"touchpoints has {total} items, needs >= 12")
        c.expect(len(tp.get("events", [])) + len(tp.get("rituals", [])) >= 6, "touchpoints needs >= 6 events and rituals")
    fd = d["foods"]
    if c.expect(isinstance(fd, dict) and set(fd) == set(FOOD_KINDS), f"foods must have {FOOD_KINDS}"):
        c.tagged_list(fd["meals"], "foods.meals", 6, ctx)
        c.tagged_list(fd["snacks"], "foods.snacks", 0, ctx)
        c.tagged_list(fd["drinks"], "foods.drinks", 0, ctx)
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
                    if kind == "aliases" and key in codes and key != own and key not in CITY_OVER_CODE:
                        errors.append(f"{where} is another pack's country code")
                    if key in RISKY_ABBREVIATIONS or stripped in RISKY_ABBREVIATIONS:
                        errors.append(f"{where} is a common abbreviation")
                    if key in COMMON_WORDS or stripped in COMMON_WORDS:
                        errors.append(f"{where} reduces to the everyday word {stripped!r}")
                    if key in given or stripped in given:
                        errors.append(f"{where} is also a given name in the packs")
    return errors


def found_names(paths: list[Path]) -> set[str]:
    return {p.name for p in paths}


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    paths = sorted(folder.glob("*.json"))
    errors: list[str] = []
    found = {p.stem for p in paths}
    # Another folder (core/data/locales-pending) holds drafts: they are checked on
    # their own and against the built packs' place names, with no pack list to meet.
    built = [] if folder.resolve() == DEFAULT_DIR else sorted(DEFAULT_DIR.glob("*.json"))
    if not built:
        for cc in sorted(EXPECTED - found):
            errors.append(f"{cc}.json: missing pack")
    for path in paths:
        errors.extend(check_pack(path))
    errors.extend(e for e in check_place_names(paths + built) if e.split(":", 1)[0] in found_names(paths))
    failed_files = {e.split(":", 1)[0] for e in errors}
    failed = len(failed_files)
    passed = len([p for p in paths if p.name not in failed_files])
    for e in errors:
        print(e)
    print(f"{passed} passed, {failed} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
