//! Behavioural signals (`parse-prompt.md`): a prompt that names interests, habits,
//! parenthood, life events or work beyond its occupation keeps them, as the audience
//! text (`description`, without the speaker's own context and the request) and the
//! interests and behaviours recognised (`psychographic_notes`).

use std::ops::Range;

use super::lexicon::NUMBER_WORDS;
use crate::audience::{self, Audience, Facet, Family};
use crate::domain::group::{DESCRIPTION_MAX, NOTES_MAX};
use crate::locale::geo::Gazetteer;

const PERSONA_WORDS: &[&str] = &["persona", "personas", "profile", "profiles"];

/// What may follow a count before the audience: "10 personas of …", "5 persona untuk …".
const COUNT_LINKS: &[&str] = &[
    "of",
    "for",
    "ng",
    "untuk",
    "tentang",
    "about",
    "on",
    "na",
    "para",
    "sa",
    "dari",
    "mengenai",
    "representing",
    "bagi",
];

/// Words of the request itself, dropped where they open a sentence or stand alone.
const REQUEST: &[&str] = &[
    "generate", "create", "make", "give", "build", "write", "produce", "please", "pls", "plz",
    "kindly", "can", "could", "would", "you", "me", "us", "i", "need", "want", "buat", "buatkan",
    "bikin", "tolong", "hasilkan", "gumawa", "gawin", "jana", "sila", "mo", "ng", "sige", "ka",
    "ya", "hi", "hello", "hey", "halo", "helo", "maybe", "some",
];

/// Politeness anywhere.
const POLITE: &[&str] = &[
    "please", "pls", "plz", "thanks", "thx", "salamat", "sana", "lang", "kindly",
];

/// Words that only connect: never the first or last word of the audience text.
const LEAD_INS: &[&str] = &[
    "to",
    "reach",
    "reaching",
    "target",
    "targeting",
    "for",
    "of",
    "about",
    "is",
    "are",
    "ang",
    "yung",
    "ialah",
    "adalah",
    "ay",
    "untuk",
    "on",
    "at",
    "and",
    "with",
    "in",
    "sa",
    "ng",
    "dan",
    "na",
    "yang",
    "who",
    "that",
    "understand",
    "a",
    "an",
    "the",
    "at",
    "buat",
];

/// Labels of a brief ("Target:", "Location:").
const LABELS: &[&str] = &[
    "target",
    "audience",
    "target audience",
    "brief",
    "location",
    "age",
    "ages",
    "gender",
    "income",
    "city",
    "country",
    "ses",
    "segment",
    "target segment",
    "target market",
    "personas",
    "persona",
    "count",
    "number of personas",
    "jumlah",
    "lokasi",
    "usia",
    "umur",
    "edad",
    "kasarian",
    "pendapatan",
    "sasaran",
    "occupation",
    "job",
    "notes",
    "interests",
    "behaviour",
    "behavior",
];

/// Words that say the text is about people: genders, generations, ages.
const AUDIENCE_WORDS: &[&str] = &[
    "women",
    "woman",
    "men",
    "man",
    "female",
    "females",
    "male",
    "males",
    "ladies",
    "guys",
    "girls",
    "boys",
    "people",
    "adults",
    "teens",
    "teenagers",
    "gen",
    "millennials",
    "millennial",
    "boomers",
    "seniors",
    "wanita",
    "pria",
    "perempuan",
    "lelaki",
    "babae",
    "lalaki",
    "kababaihan",
    "milenial",
    "aged",
    "ages",
    "families",
    "couples",
    "households",
];

#[derive(Debug, Clone)]
struct Word {
    range: Range<usize>,
    low: String,
}

fn words_of(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let slice = text.get(range.clone()).unwrap_or("");
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let inner = (c == '\'' || c == '’') && start.is_some() && next_is_word;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                range: range.start + s..range.start + i,
                low: slice[s..i].to_lowercase(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            range: range.start + s..range.end,
            low: slice[s..].to_lowercase(),
        });
    }
    out
}

/// Sentence-like pieces of the prompt, each with whether a colon or a line ended it
/// (a list) rather than a full stop.
fn segments(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let followed_by_space = it.peek().is_none_or(|&(_, n)| n.is_whitespace());
        let (cut, list) = match c {
            '\n' | '•' | '|' | '=' => (true, true),
            ':' => (followed_by_space, true),
            '.' | '!' | '?' | ';' => (followed_by_space, false),
            _ => (false, false),
        };
        if cut {
            out.push((start..i, list));
            start = i + c.len_utf8();
        }
    }
    out.push((start..text.len(), false));
    out
}

fn is_number(w: &Word) -> bool {
    w.low.chars().next().is_some_and(|c| c.is_ascii_digit())
        || NUMBER_WORDS.iter().any(|(k, _)| *k == w.low)
}

fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for part in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    let trim = |c: char| {
        c.is_whitespace() || matches!(c, ',' | '-' | '—' | '–' | ':' | ';' | '(' | '/' | '&')
    };
    let out = out.trim_matches(trim);
    out.replace(" ,", ",")
}

fn has_facet(text: &str) -> bool {
    !audience::read_texts("", Some(text), None, None)
        .facets
        .is_empty()
}

fn names_people(text: &str, words: &[Word]) -> bool {
    let gaz = Gazetteer::get();
    words.iter().any(|w| {
        is_number(w)
            || AUDIENCE_WORDS.contains(&w.low.as_str())
            || text
                .get(w.range.clone())
                .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase) && gaz.knows(t))
    })
}

/// One piece of the prompt as audience text, or None when it is only the request,
/// a label or the speaker's context.
fn clean_segment(text: &str, seg: Range<usize>, speaker: &[Range<usize>]) -> Option<String> {
    let words = words_of(text, seg.clone());
    if words.is_empty() {
        return None;
    }
    let label: String = words
        .iter()
        .map(|w| w.low.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if LABELS.contains(&label.as_str()) {
        return None;
    }
    let mut keep: Vec<bool> = words
        .iter()
        .map(|w| {
            !speaker
                .iter()
                .any(|s| s.start < w.range.end && w.range.start < s.end)
        })
        .collect();
    let had_speaker = keep.iter().any(|k| !k);
    // "Create 10 personas of moms …": the audience follows the count; "moms in Cebu,
    // 5 personas please": it comes before.
    let mut had_count = false;
    if let Some(p) = words
        .iter()
        .position(|w| PERSONA_WORDS.contains(&w.low.as_str()))
    {
        had_count = true;
        let mut from = p;
        for k in (p.saturating_sub(3)..p).rev() {
            if is_number(&words[k]) {
                from = k;
                break;
            }
        }
        let mut after = p + 1;
        let mut links = 0;
        while after < words.len() && links < 2 && COUNT_LINKS.contains(&words[after].low.as_str()) {
            after += 1;
            links += 1;
        }
        if links > 0 {
            for k in keep.iter_mut().take(after) {
                *k = false;
            }
        } else {
            for k in keep.iter_mut().skip(from) {
                *k = false;
            }
        }
    }
    for (k, w) in words.iter().enumerate() {
        if POLITE.contains(&w.low.as_str()) {
            keep[k] = false;
        }
    }
    // Trim the request and the connecting words at both ends of what is left.
    let kept: Vec<usize> = (0..words.len()).filter(|&k| keep[k]).collect();
    let mut a = 0;
    while a < kept.len() {
        let w = words[kept[a]].low.as_str();
        if REQUEST.contains(&w) || LEAD_INS.contains(&w) || w == "personas" {
            a += 1;
        } else {
            break;
        }
    }
    let mut b = kept.len();
    while b > a {
        let w = words[kept[b - 1]].low.as_str();
        if LEAD_INS.contains(&w) || REQUEST.contains(&w) {
            b -= 1;
        } else {
            break;
        }
    }
    let kept = &kept[a..b];
    if kept.is_empty() {
        return None;
    }
    // Contiguous runs of kept words, as written.
    let mut parts: Vec<&str> = Vec::new();
    let mut run_start = kept[0];
    for i in 1..=kept.len() {
        let broken = i == kept.len() || kept[i] != kept[i - 1] + 1;
        if broken {
            let last = kept[i - 1];
            if let Some(s) = text.get(words[run_start].range.start..words[last].range.end) {
                parts.push(s);
            }
            if i < kept.len() {
                run_start = kept[i];
            }
        }
    }
    let out = tidy(&parts.join(" "));
    if out.is_empty() {
        return None;
    }
    if had_speaker || had_count {
        let rest: Vec<Word> = kept.iter().map(|&k| words[k].clone()).collect();
        if !has_facet(&out) && !names_people(text, &rest) {
            return None;
        }
    }
    Some(out)
}

/// A sentence's first letter in capitals, unless its first word has its own casing
/// ("iPhone", "eBay").
fn capitalised(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    if first_word.chars().any(char::is_uppercase) {
        return s.to_owned();
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The prompt's audience text: without the speaker's own context, the request and the
/// persona count.
pub(super) fn audience_text(text: &str) -> Option<String> {
    let speaker = audience::speaker_context(text);
    let mut out = String::new();
    let mut sep = "";
    for (seg, list) in segments(text) {
        if let Some(s) = clean_segment(text, seg, &speaker) {
            out.push_str(sep);
            out.push_str(&capitalised(&s));
            sep = if list { ", " } else { ". " };
        }
    }
    let out: String = out.chars().take(DESCRIPTION_MAX).collect();
    let out = out.trim().to_owned();
    (!out.is_empty()).then_some(out)
}

const MARKETPLACES: &[&str] = &[
    "shopee",
    "lazada",
    "tokopedia",
    "tiktok",
    "zalora",
    "amazon",
    "taobao",
    "temu",
    "shein",
    "bukalapak",
    "blibli",
    "carousell",
    "ebay",
    "etsy",
    "aliexpress",
    "qoo10",
];

/// The brand named in a facet's words, as written, if it is one of `names`.
fn brand_in(from: &str, names: &[&str]) -> Option<String> {
    from.split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| names.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
}

const EWALLETS: &[&str] = &[
    "gcash",
    "maya",
    "paymaya",
    "gopay",
    "ovo",
    "dana",
    "shopeepay",
    "grabpay",
    "momo",
    "zalopay",
    "truemoney",
    "promptpay",
    "m-pesa",
    "mpesa",
    "paytm",
    "alipay",
    "linkaja",
    "boost",
    "bigpay",
];

/// A facet as a short phrase of the notes.
fn note(f: &Facet) -> String {
    let brand = |names: &[&str]| brand_in(&f.from, names);
    let fixed = match f.value.as_str() {
        "online_shopping" => {
            return match brand(MARKETPLACES) {
                Some(b) => format!("shops on {b}"),
                None => "shops online".into(),
            }
        }
        "ewallet" => {
            return match brand(EWALLETS) {
                Some(b) => format!("pays with {b}"),
                None => "pays by e-wallet".into(),
            }
        }
        "heavy_tiktok" => {
            if f.from.to_lowercase().contains("trend") {
                "follows TikTok trends"
            } else {
                "heavy TikTok user"
            }
        }
        "coffee" => "drinks coffee",
        "milk_tea" => "drinks milk tea",
        "foodie" => "foodie, eats out and tries new places",
        "home_cooking" => "cooks at home",
        "baking" => "bakes at home",
        "fitness" => "works out",
        "running" => "runs",
        "cycling" => "cycles",
        "yoga" => "does yoga",
        "skincare" => "into skincare",
        "makeup" => "into make-up",
        "fashion" => "into fashion",
        "sneakers" => "collects sneakers",
        "mobile_gaming" => "plays mobile games",
        "pc_gaming" => "plays PC games",
        "console_gaming" => "plays console games",
        "esports" => "follows esports",
        "anime" => "watches anime",
        "kpop" => "K-pop fan",
        "kdrama" => "watches K-dramas",
        "concerts" => "goes to concerts",
        "football" => "football fan",
        "basketball" => "basketball fan",
        "badminton" => "plays badminton",
        "cricket" => "cricket fan",
        "travel" => "travels",
        "hiking" => "hikes",
        "pets" => "pet owner",
        "dogs" => "dog owner",
        "cats" => "cat owner",
        "cars" => "into cars",
        "motorcycles" => "rides a motorcycle",
        "ev" => "interested in EVs",
        "gadgets" => "into gadgets",
        "photography" => "into photography",
        "reading" => "reads",
        "investing" => "invests",
        "crypto" => "into crypto",
        "home_diy" => "into home DIY",
        "plants" => "keeps plants",
        "wellness" => "into wellness",
        "sustainability" => "eco-conscious",
        "vegetarian" => "vegetarian",
        "vegan" => "vegan",
        "halal" => "halal-conscious",
        "bargain_hunting" => "hunts for deals",
        "price_sensitive" => "price-sensitive",
        "luxury" => "buys luxury",
        "early_adopter" => "early adopter",
        "brand_loyal" => "brand-loyal",
        "impulse_buying" => "impulse buyer",
        "heavy_instagram" => "heavy Instagram user",
        "heavy_youtube" => "watches YouTube",
        "heavy_facebook" => "heavy Facebook user",
        "podcasts" => "listens to podcasts",
        "bnpl" => "uses buy now, pay later",
        "unbanked" => "unbanked",
        other => other,
    };
    fixed.to_owned()
}

/// The interests and behaviours recognised, as short phrases separated by "; ".
fn notes(a: &Audience) -> Option<String> {
    let phrases: Vec<String> = a
        .facets
        .iter()
        .filter(|f| matches!(f.family, Family::Interest | Family::Behaviour))
        .map(note)
        .collect();
    if phrases.is_empty() {
        return None;
    }
    Some(phrases.join("; ").chars().take(NOTES_MAX).collect())
}

/// `(description, psychographic_notes)` for a prompt whose parsed occupation is
/// `occupation`: both None when the prompt carries no behavioural signal.
pub(super) fn signals(
    input: &str,
    occupation: Option<&str>,
    location: Option<&str>,
) -> (Option<String>, Option<String>) {
    let read = audience::read_texts_in(Some(input), None, location);
    let occupation_says: Vec<String> = occupation
        .map(|o| {
            audience::read_texts("", None, None, Some(o))
                .facets
                .into_iter()
                .map(|f| f.value)
                .collect()
        })
        .unwrap_or_default();
    let signal = read
        .facets
        .iter()
        .any(|f| f.family != Family::Work || !occupation_says.contains(&f.value));
    if !signal {
        return (None, None);
    }
    (audience_text(input), notes(&read))
}

#[cfg(test)]
mod tests {
    use crate::prompt::parse;
    use crate::prompt::tests::t;

    fn both(p: &str) -> (Option<String>, Option<String>) {
        let g = parse(p, t());
        (g.description, g.psychographic_notes)
    }

    #[test]
    fn signals_are_kept() {
        let (d, n) = both(
            "Gen Z coffee drinkers in Jakarta who order on GoFood and follow TikTok trends, price-sensitive",
        );
        assert_eq!(
            d.as_deref(),
            Some("Gen Z coffee drinkers in Jakarta who order on GoFood and follow TikTok trends, price-sensitive")
        );
        assert_eq!(
            n.as_deref(),
            Some("drinks coffee; follows TikTok trends; price-sensitive")
        );
        let (d, n) = both("Create 10 personas of working moms in Cebu who shop on Shopee");
        assert_eq!(
            d.as_deref(),
            Some("Working moms in Cebu who shop on Shopee")
        );
        assert_eq!(n.as_deref(), Some("shops on Shopee"));
    }

    /// A local name that only the location's pack knows is a signal too: without the
    /// pack, "who pay with ABA Mobile" was dropped with the rest of the description.
    #[test]
    fn local_names_of_the_place_are_signals() {
        let (d, n) = both("Garment factory workers in Phnom Penh who pay with ABA Mobile");
        assert_eq!(
            d.as_deref(),
            Some("Garment factory workers in Phnom Penh who pay with ABA Mobile")
        );
        assert_eq!(n.as_deref(), Some("pays by e-wallet"));
        // The same words where no pack names them say nothing.
        assert_eq!(both("Garment factory workers in Phnom Penh").0, None);
    }

    #[test]
    fn parenthood_and_life_stage_keep_a_description_without_notes() {
        let (d, n) = both("single mothers in Davao aged 25 to 40");
        assert_eq!(d.as_deref(), Some("Single mothers in Davao aged 25 to 40"));
        assert_eq!(n, None);
        let g = parse("Sydney first-time home buyers, 5 personas", t());
        assert_eq!(
            g.description.as_deref(),
            Some("Sydney first-time home buyers")
        );
        assert!(g.name.contains("Buyers"), "{}", g.name);
    }

    #[test]
    fn no_signal_leaves_both_out() {
        for p in [
            "women 25-34 in Jakarta",
            "Nurses in Leeds aged 30 to 45",
            "Grab drivers in Singapore aged 30 to 50",
            "affluent women between 35 and 44 in Seoul",
            "hello",
            "",
        ] {
            assert_eq!(both(p), (None, None), "{p}");
        }
    }

    #[test]
    fn speaker_context_and_request_are_cut() {
        let (d, n) = both("I run a bakery and want to reach young runners in Manila");
        assert_eq!(d.as_deref(), Some("Young runners in Manila"));
        assert_eq!(n.as_deref(), Some("runs"));
        let (d, _) = both(
            "We're launching a halal skincare line and need a picture of our core buyer: working moms in Kuala Lumpur, mostly shopping on Shopee and Lazada during payday sales. Please generate 4 personas with different pain points.",
        );
        assert_eq!(
            d.as_deref(),
            Some("Working moms in Kuala Lumpur, mostly shopping on Shopee and Lazada during payday sales")
        );
        let (d, n) = both("Gen Z gamers in Jakarta — 5 personas please");
        assert_eq!(d.as_deref(), Some("Gen Z gamers in Jakarta"));
        assert_eq!(n.as_deref(), Some("plays mobile games"));
        let (d, _) = both("Saya mau target ibu-ibu di Surabaya yang suka belanja online");
        assert_eq!(
            d.as_deref(),
            Some("Ibu-ibu di Surabaya yang suka belanja online")
        );
    }

    #[test]
    fn work_beyond_the_occupation_is_a_signal() {
        let g = parse("Nurses in Leeds aged 30 to 45 working night shifts", t());
        assert_eq!(g.occupation.as_deref(), Some("Nurse"));
        assert_eq!(
            g.description.as_deref(),
            Some("Nurses in Leeds aged 30 to 45 working night shifts")
        );
        assert_eq!(g.psychographic_notes, None);
    }

    #[test]
    fn serialised_only_when_present() {
        let v = parse("women 25-34 in Jakarta", t()).to_json();
        assert!(v.get("description").is_none() && v.get("psychographic_notes").is_none());
        let v = parse("coffee lovers in Jakarta", t()).to_json();
        assert_eq!(v["psychographic_notes"], "drinks coffee");
        assert_eq!(v["description"], "Coffee lovers in Jakarta");
    }

    #[test]
    fn long_and_odd_prompts_stay_bounded() {
        let long = "moms who love coffee and shop on Shopee, ".repeat(100);
        let g = parse(&long, t());
        assert!(g
            .description
            .as_ref()
            .is_some_and(|d| d.chars().count() <= 2_000));
        for s in [
            "🙂 coffee",
            ": moms",
            "personas of",
            "5 personas",
            "I",
            "my moms:",
            "—coffee—",
        ] {
            let _ = parse(s, t());
        }
        for s in ["=", "ß moms", "= coffee ="] {
            let _ = parse(s, t());
        }
        let g = parse("iPhone 15 owners in Tokyo who love gadgets", t());
        assert_eq!(
            g.description.as_deref(),
            Some("iPhone 15 owners in Tokyo who love gadgets")
        );
    }
}
