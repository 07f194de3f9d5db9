//! What makes a matched phrase not the audience: a negation before it in its clause
//! ("no kids"), a relation that makes it someone else ("wives of OFWs", "their
//! moms"), or the speaker's own context ("I run a bakery", "for our campaign").

use std::ops::Range;

use super::lexicon;
use super::words::{tokenize, Tok};

/// How far back a negation reaches within its clause, in words.
const NEGATION_REACH: usize = 4;

pub(super) fn low_in(t: Option<&Tok>, list: &[&str]) -> bool {
    t.is_some_and(|t| list.contains(&t.low.as_str()))
}

/// Whether a negation before word `i`, in its clause, denies it ("no kids", "don't
/// drink coffee", "tidak punya anak"). "Not just moms" does not.
pub(super) fn negated(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    for _ in 0..NEGATION_REACH {
        if k == 0 || toks[k].brk >= 2 {
            return false;
        }
        k -= 1;
        let t = &toks[k];
        if lexicon::NEGATIONS.contains(&t.low.as_str()) {
            // Two negations cancel: "can't go a day without milk tea", "tidak bisa
            // tanpa kopi".
            if WITHOUT.contains(&t.low.as_str()) && negation_before(toks, k) {
                return false;
            }
            if toks[k + 1..i]
                .iter()
                .any(|x| MISS.contains(&x.low.as_str()))
            {
                return false;
            }
            return !low_in(toks.get(k + 1), lexicon::NOT_ONLY) || k + 1 == i;
        }
        if lexicon::CLAUSE_WORDS.contains(&t.low.as_str()) {
            return false;
        }
    }
    false
}

/// Negations that a negation before them turns into "always".
const WITHOUT: &[&str] = &["without", "tanpa", "walang", "sans"];

/// Verbs of missing out: "never miss a match" is an always.
const MISS: &[&str] = &["miss", "misses", "missed", "missing", "skip", "skips"];

/// Whether another negation comes shortly before word `k`, in its clause.
fn negation_before(toks: &[Tok], k: usize) -> bool {
    let mut j = k;
    for _ in 0..NEGATION_REACH + 2 {
        if j == 0 || toks[j].brk >= 2 {
            return false;
        }
        j -= 1;
        let low = toks[j].low.as_str();
        if lexicon::NEGATIONS.contains(&low) || low.ends_with("n't") || low == "cannot" {
            return true;
        }
    }
    false
}

const LINKS: &[&str] = &["of", "ng", "dari", "nina", "kay", "for"];

const RELATIONS: &[&str] = &[
    "wife",
    "wives",
    "husband",
    "husbands",
    "spouse",
    "spouses",
    "partner",
    "partners",
    "child",
    "children",
    "kid",
    "kids",
    "son",
    "sons",
    "daughter",
    "daughters",
    "family",
    "families",
    "parent",
    "parents",
    "mom",
    "moms",
    "mother",
    "mothers",
    "mum",
    "mums",
    "dad",
    "dads",
    "father",
    "fathers",
    "relative",
    "relatives",
    "dependents",
    "dependants",
    "employer",
    "employers",
    "boss",
    "bosses",
    "friend",
    "friends",
    "sibling",
    "siblings",
    "grandchildren",
    "asawa",
    "anak",
    "keluarga",
    "istri",
    "isteri",
    "suami",
    "pamilya",
    "magulang",
    "ibu",
    "ayah",
    "bapak",
    "nanay",
    "tatay",
    "tua",
    "kaanak",
    "mga",
    "patients",
    "clients",
    "customers",
    "teachers",
];

pub(super) const OTHERS_PARENTS: &[&str] = &[
    "elderly",
    "aging",
    "ageing",
    "aged",
    "older",
    "old",
    "sick",
    "ailing",
    "their",
    "her",
    "his",
    "own",
    "your",
    "matatandang",
    "lansia",
    "uzur",
    "tua",
    "senior",
];

pub(super) const PARENT_RELATIONS: &[&str] = &[
    "parent", "parents", "mom", "moms", "mother", "mothers", "mum", "mums", "dad", "dads",
    "father", "fathers", "magulang", "ibu", "ayah", "bapak", "nanay", "tatay", "tua", "mommies",
    "ortu",
];

/// The relation word that makes the phrase at `i` someone else than the audience
/// ("wives of OFWs", "anak ng magsasaka"), if any.
pub(super) fn object_of(toks: &[Tok], i: usize) -> Option<&str> {
    let mut k = i;
    for _ in 0..3 {
        if k < 2 || toks[k].brk >= 2 {
            return None;
        }
        let prev = &toks[k - 1];
        if LINKS.contains(&prev.low.as_str()) {
            let rel = &toks[k - 2];
            if toks[k - 1].brk >= 2 {
                return None;
            }
            return RELATIONS
                .contains(&rel.low.as_str())
                .then_some(rel.low.as_str());
        }
        if lexicon::CLAUSE_WORDS.contains(&prev.low.as_str()) {
            return None;
        }
        k -= 1;
    }
    None
}

// ---------------------------------------------------------------------------------
// The speaker's own context

fn is_targeting(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if lexicon::TARGETING.contains(&t.low.as_str()) || lexicon::TARGETING.contains(&t.stem.as_str())
    {
        return true;
    }
    let next = toks.get(i + 1).filter(|n| n.brk <= 1);
    next.is_some_and(|n| {
        lexicon::TARGETING_PAIRS
            .iter()
            .any(|(a, b)| *a == t.low && *b == n.low)
    })
}

fn is_speaker(toks: &[Tok], src: &str, i: usize) -> bool {
    let t = &toks[i];
    if !lexicon::SPEAKER.contains(&t.low.as_str()) {
        return false;
    }
    // "US moms", "ME region": a country, not the speaker.
    !(matches!(t.low.as_str(), "us" | "me") && t.text(src).chars().all(|c| c.is_uppercase()))
}

/// Which words belong to the speaker's own context: from a speaker word ("I", "our",
/// "saya") to the end of its sentence or to a word that turns to the audience ("want
/// to reach", "targeting", "for", "our customers are").
pub(super) fn speaker_mask(toks: &[Tok], src: &str) -> Vec<bool> {
    let mut ctx = vec![false; toks.len()];
    let mut on = false;
    for i in 0..toks.len() {
        if toks[i].brk == 3 {
            on = false;
        }
        if on {
            ctx[i] = true;
            if is_targeting(toks, i) {
                on = false;
            }
            continue;
        }
        if !is_speaker(toks, src, i) {
            continue;
        }
        // "give me personas of …", "target namin ang …", "sasaran kami ialah …": a
        // pronoun right after the turn is its object or owner; "for my campaign" is
        // still the speaker's.
        let possessive = matches!(toks[i].low.as_str(), "my" | "our");
        if !possessive && i > 0 && toks[i].brk < 3 && is_targeting(toks, i - 1) {
            ctx[i] = true;
            continue;
        }
        on = true;
        ctx[i] = true;
        // "bisnis kopi saya", "may bakery ako": what the pronoun follows is its own.
        if lexicon::POSTPOSED_SPEAKER.contains(&toks[i].low.as_str()) {
            let mut k = i;
            for _ in 0..3 {
                if k == 0 || toks[k].brk >= 2 || is_targeting(toks, k - 1) {
                    break;
                }
                k -= 1;
                ctx[k] = true;
            }
        }
    }
    ctx
}

/// Byte ranges of `text` that are the speaker's own context.
pub(super) fn speaker_spans(text: &str) -> Vec<Range<usize>> {
    let toks = tokenize(text);
    let ctx = speaker_mask(&toks, text);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !ctx[i] {
            i += 1;
            continue;
        }
        let start = toks[i].start;
        let mut j = i;
        while j + 1 < toks.len() && ctx[j + 1] && toks[j + 1].brk < 3 {
            j += 1;
        }
        // Up to the next word when it follows in the same sentence, so that no
        // dangling punctuation of the context is left behind.
        let end = match toks.get(j + 1) {
            Some(n) if n.brk < 3 => n.start,
            _ => toks[j].end,
        };
        out.push(start..end);
        i = j + 1;
    }
    out
}
