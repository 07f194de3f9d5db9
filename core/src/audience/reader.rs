//! Words into facets: a group's name, description, notes and occupation read into
//! [`Facet`]s of the vocabulary, each with the words it came from.
//!
//! Plain token matching, no regular expressions: each text is split into words once
//! (with the punctuation between them kept as a break strength), every word is reduced
//! to a stem (case, plural, possessive), and the lexicon's phrases, compiled once into a
//! table keyed by their first stem, are matched longest first. Around the matches sit
//! the rules that make a phrase not a facet: a negation before it in its clause, the
//! speaker's own context ("I run a bakery"), or a relation that makes it someone else
//! ("wives of OFWs").

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::{self, Kind};
use super::{family_of, Audience, Facet, Family, VOCABULARY};

const UNMATCHED_MAX: usize = 10;
const UNMATCHED_CHARS: usize = 80;
/// How far back a negation reaches within its clause, in words.
const NEGATION_REACH: usize = 4;

// ---------------------------------------------------------------------------------
// Words

/// A word of a text, with the strength of the break before it: 0 space, 1 a joiner
/// inside a compound ("first-time", "11.11"), 2 a phrase break (, : ( /), 3 a sentence
/// break (. ! ? ; a new line).
#[derive(Debug, Clone)]
pub(super) struct Tok {
    start: usize,
    end: usize,
    brk: u8,
    low: String,
    stem: String,
}

impl Tok {
    fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The break strength of what lies between two words.
fn break_of(between: &str) -> u8 {
    if between.is_empty() {
        return 0;
    }
    let mut brk = 0;
    let spaced = between.chars().any(char::is_whitespace);
    for c in between.chars() {
        let b = match c {
            // A colon introduces what follows ("our core buyer: working moms").
            '\n' | '\r' | '.' | '!' | '?' | ';' | ':' | '•' | '|' | '…' | '=' => 3,
            '-' | '‐' | '‑' | '–' | '—' => {
                if spaced {
                    2
                } else {
                    1
                }
            }
            ' ' | '\t' | '#' | '@' | '\'' | '’' | '*' | '"' | '“' | '”' | '‘' => 0,
            c if c.is_whitespace() => 0,
            _ => 2,
        };
        brk = brk.max(b);
    }
    // "11.11", "booking.com", "e.g": a dot glued on both sides joins.
    if brk == 3 && !spaced && between == "." {
        return 1;
    }
    brk
}

pub(super) fn tokenize(src: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut k = 0;
    let mut prev_end = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !is_word_char(c) {
            k += 1;
            continue;
        }
        let start = i;
        let mut j = k;
        while j < chars.len() {
            let c = chars[j].1;
            let inner_apostrophe = is_apostrophe(c)
                && j > k
                && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            if is_word_char(c) || inner_apostrophe {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map(|&(e, _)| e).unwrap_or(src.len());
        let between = src.get(prev_end..start).unwrap_or("");
        let brk = if toks.is_empty() {
            3
        } else {
            break_of(between)
        };
        let low: String = src
            .get(start..end)
            .unwrap_or("")
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect();
        let stem = stem(&low);
        // "ibu-ibu", "anak-anak": a reduplicated word is one word.
        if brk == 1 && low.chars().all(char::is_alphabetic) {
            if let Some(last) = toks.last_mut() {
                if last.low == low {
                    last.end = end;
                    prev_end = end;
                    k = j;
                    continue;
                }
            }
        }
        toks.push(Tok {
            start,
            end,
            brk,
            low,
            stem,
        });
        prev_end = end;
        k = j;
    }
    toks
}

/// A word's stem: singular, without a possessive, so that "moms", "mom's" and "Moms"
/// meet "mom" (the lexicon goes through the same function).
pub(super) fn stem(low: &str) -> String {
    let mut s = low;
    if let Some(x) = s.strip_suffix("'s") {
        s = x;
    }
    let mut s = s.trim_end_matches('\'').to_owned();
    let n = s.chars().count();
    if n > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.pop();
        if s.ends_with("ie") && n > 4 {
            s.truncate(s.len() - 2);
            s.push('y');
        } else if s.ends_with("xe")
            || s.ends_with("che")
            || s.ends_with("she")
            || s.ends_with("sse")
        {
            s.pop();
        }
    }
    s
}

// ---------------------------------------------------------------------------------
// The compiled lexicon

#[derive(Debug, Clone)]
enum Elem {
    /// A word by its stem.
    Word(String),
    /// A word exactly as written ("ARMY", not "army").
    Exact(String),
    /// One of a class's alternatives, each a sequence of words.
    Class(usize),
}

struct Lexicon {
    /// Every alternative of every rule: (elements, rule index).
    seqs: Vec<(Vec<Elem>, u16)>,
    /// Sequences by the stem of their first word, longest first.
    by_first: HashMap<String, Vec<u32>>,
    classes: Vec<Vec<Vec<Elem>>>,
}

/// A phrase written in the lexicon into its word sequences: a hyphenated word is its
/// parts and also the glued word.
fn phrase_variants(phrase: &str, class_names: &[&str]) -> Vec<Vec<Elem>> {
    let mut out: Vec<Vec<Elem>> = vec![vec![]];
    for word in phrase.split_whitespace() {
        let options: Vec<Vec<Elem>> = if let Some(name) = word.strip_prefix('@') {
            match class_names
                .iter()
                .position(|c| c.strip_prefix('@') == Some(name))
            {
                Some(i) => vec![vec![Elem::Class(i)]],
                None => vec![vec![Elem::Word(word.to_owned())]],
            }
        } else if let Some(exact) = word.strip_prefix('^') {
            vec![vec![Elem::Exact(exact.to_owned())]]
        } else {
            word_variants(word)
        };
        let mut next = Vec::with_capacity(out.len() * options.len());
        for base in &out {
            for o in &options {
                let mut v = base.clone();
                v.extend(o.iter().cloned());
                next.push(v);
            }
        }
        out = next;
    }
    out.retain(|v| !v.is_empty());
    out
}

fn word_variants(word: &str) -> Vec<Vec<Elem>> {
    let toks = tokenize(word);
    let parts: Vec<Elem> = toks.iter().map(|t| Elem::Word(t.stem.clone())).collect();
    if toks.len() > 1 && toks.iter().skip(1).all(|t| t.brk <= 1) {
        let glued: String = toks.iter().map(|t| t.low.as_str()).collect();
        vec![parts, vec![Elem::Word(stem(&glued))]]
    } else {
        vec![parts]
    }
}

fn first_stems(elem: &Elem, classes: &[Vec<Vec<Elem>>]) -> Vec<String> {
    match elem {
        Elem::Word(w) => vec![w.clone()],
        Elem::Exact(e) => vec![stem(&e.to_lowercase())],
        Elem::Class(i) => classes
            .get(*i)
            .map(|alts| {
                alts.iter()
                    .filter_map(|a| a.first())
                    .flat_map(|e| first_stems(e, &[]))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let names: Vec<&str> = lexicon::CLASSES.iter().map(|(n, _)| *n).collect();
        let classes: Vec<Vec<Vec<Elem>>> = lexicon::CLASSES
            .iter()
            .map(|(_, alts)| {
                alts.split('|')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .flat_map(|a| phrase_variants(a, &[]))
                    .collect()
            })
            .collect();
        let mut seqs = Vec::new();
        for (r, (pattern, _, _)) in lexicon::RULES.iter().enumerate() {
            for alt in pattern.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                for v in phrase_variants(alt, &names) {
                    seqs.push((v, r as u16));
                }
            }
        }
        let mut by_first: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, (elems, _)) in seqs.iter().enumerate() {
            let Some(first) = elems.first() else { continue };
            let mut keys = first_stems(first, &classes);
            keys.sort();
            keys.dedup();
            for k in keys {
                by_first.entry(k).or_default().push(i as u32);
            }
        }
        let min_len = |s: &[Elem]| s.len();
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(min_len(&seqs[i as usize].0)));
        }
        Lexicon {
            seqs,
            by_first,
            classes,
        }
    })
}

impl Lexicon {
    /// The end of the longest way `elems` matches `toks` from `i`, if any. Words of a
    /// phrase are glued by spaces or hyphens only.
    fn match_at(&self, elems: &[Elem], toks: &[Tok], src: &str, i: usize) -> Option<usize> {
        let Some((first, rest)) = elems.split_first() else {
            return Some(i);
        };
        let tok = toks.get(i)?;
        match first {
            Elem::Word(w) => {
                if tok.stem == *w {
                    self.match_next(rest, toks, src, i + 1)
                } else {
                    None
                }
            }
            Elem::Exact(e) => {
                if tok.text(src) == e {
                    self.match_next(rest, toks, src, i + 1)
                } else {
                    None
                }
            }
            Elem::Class(c) => {
                let alts = self.classes.get(*c)?;
                let mut best: Option<usize> = None;
                for alt in alts {
                    if let Some(mid) = self.match_at(alt, toks, src, i) {
                        if let Some(end) = self.match_next(rest, toks, src, mid) {
                            best = Some(best.map_or(end, |b| b.max(end)));
                        }
                    }
                }
                best
            }
        }
    }

    fn match_next(&self, rest: &[Elem], toks: &[Tok], src: &str, i: usize) -> Option<usize> {
        if rest.is_empty() {
            return Some(i);
        }
        if toks.get(i)?.brk > 1 {
            return None;
        }
        self.match_at(rest, toks, src, i)
    }
}

// ---------------------------------------------------------------------------------
// Matching

#[derive(Debug, Clone)]
struct Match {
    start: usize,
    end: usize,
    /// Rule indices (several rules may share a phrase).
    rules: Vec<u16>,
}

impl Match {
    fn kind(&self) -> Kind {
        self.rules
            .first()
            .map(|&r| lexicon::RULES[r as usize].2)
            .unwrap_or(Kind::Block)
    }

    fn values(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules
            .iter()
            .flat_map(|&r| lexicon::RULES[r as usize].1.iter().copied())
    }

    fn is_parent(&self) -> bool {
        self.kind() == Kind::Facet
            && self
                .values()
                .any(|v| matches!(v, "mother" | "father" | "parent"))
    }
}

/// Longest matches, left to right, never overlapping.
fn find_matches(toks: &[Tok], src: &str) -> Vec<Match> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut best_end = 0;
        let mut rules: Vec<u16> = Vec::new();
        // A word listed only as written ("ARMY") is keyed by its stem too.
        if let Some(list) = lex.by_first.get(&toks[i].stem) {
            for &s in list {
                let (elems, rule) = &lex.seqs[s as usize];
                let Some(end) = lex.match_at(elems, toks, src, i) else {
                    continue;
                };
                if end > best_end {
                    best_end = end;
                    rules.clear();
                }
                if end == best_end && !rules.contains(rule) {
                    rules.push(*rule);
                }
            }
        }
        if best_end > i {
            // A facet and a block over the same words: the facet.
            let facets: Vec<u16> = rules
                .iter()
                .copied()
                .filter(|&r| lexicon::RULES[r as usize].2 != Kind::Block)
                .collect();
            let rules = if facets.is_empty() { rules } else { facets };
            // One kind per match: the first rule's.
            let kind = lexicon::RULES[rules[0] as usize].2;
            let rules = rules
                .into_iter()
                .filter(|&r| lexicon::RULES[r as usize].2 == kind)
                .collect();
            out.push(Match {
                start: i,
                end: best_end,
                rules,
            });
            i = best_end;
        } else {
            i += 1;
        }
    }
    out
}

fn low_in(t: Option<&Tok>, list: &[&str]) -> bool {
    t.is_some_and(|t| list.contains(&t.low.as_str()))
}

/// Whether a negation before word `i`, in its clause, denies it ("no kids", "don't
/// drink coffee", "tidak punya anak"). "Not just moms" does not.
fn negated(toks: &[Tok], i: usize) -> bool {
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

const OTHERS_PARENTS: &[&str] = &[
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

const PARENT_RELATIONS: &[&str] = &[
    "parent", "parents", "mom", "moms", "mother", "mothers", "mum", "mums", "dad", "dads",
    "father", "fathers", "magulang", "ibu", "ayah", "bapak", "nanay", "tatay", "tua", "mommies",
    "ortu",
];

/// The relation word that makes the phrase at `i` someone else than the audience
/// ("wives of OFWs", "anak ng magsasaka"), if any.
fn object_of(toks: &[Tok], i: usize) -> Option<&str> {
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

// ---------------------------------------------------------------------------------
// Reading

struct Found {
    value: &'static str,
    from: String,
    /// (field, byte position): the order of first occurrence.
    at: (u8, usize),
    /// Word range within its field, for the unmatched phrases.
    words: Range<usize>,
}

fn span_text(src: &str, toks: &[Tok], words: Range<usize>) -> String {
    let (Some(a), Some(b)) = (toks.get(words.start), toks.get(words.end.saturating_sub(1))) else {
        return String::new();
    };
    src.get(a.start..b.end).unwrap_or("").trim().to_owned()
}

const HAVE_LINKS: &[&str] = &[
    "with",
    "have",
    "has",
    "having",
    "may",
    "punya",
    "mempunyai",
    "memiliki",
    "ada",
    "dengan",
    "raising",
    "mengasuh",
    "nagpapalaki",
    "mempunyai",
    "ber",
];

const KID_LINKS: &[&str] = &[
    "of",
    "with",
    "have",
    "has",
    "having",
    "may",
    "punya",
    "mempunyai",
    "memiliki",
    "ada",
    "dengan",
    "raising",
    "mengasuh",
    "nagpapalaki",
    "ng",
    "dari",
    "to",
    "for",
    "sa",
];

/// Reads one text; `field` orders first occurrences (name, description, notes,
/// occupation).
fn read_field(
    src: &str,
    field: u8,
    speaker: bool,
    found: &mut Vec<Found>,
) -> (Vec<Tok>, Vec<bool>) {
    let toks = tokenize(src);
    let ctx = if speaker {
        speaker_mask(&toks, src)
    } else {
        vec![false; toks.len()]
    };
    let matches = find_matches(&toks, src);
    let live = |m: &Match| !ctx[m.start] && !negated(&toks, m.start);
    let mut used = vec![false; toks.len()];
    let mut emit = |value: &'static str, words: Range<usize>, used: &mut Vec<bool>| {
        for u in used.iter_mut().take(words.end).skip(words.start) {
            *u = true;
        }
        found.push(Found {
            value,
            from: span_text(src, &toks, words.clone()),
            at: (field, toks.get(words.start).map_or(0, |t| t.start)),
            words,
        });
    };
    // A head's span when a modifier before it takes it ("Working Moms").
    let mut head_span: HashMap<usize, Range<usize>> = HashMap::new();
    for (k, m) in matches.iter().enumerate() {
        if !live(m) {
            continue;
        }
        let next = matches
            .get(k + 1)
            .filter(|n| n.start == m.end && toks[n.start].brk <= 1);
        match m.kind() {
            Kind::ParentMod | Kind::PersonMod => {
                let head_end = match next {
                    Some(n) if n.is_parent() && live(n) => Some(n.end),
                    Some(n)
                        if m.kind() == Kind::PersonMod
                            && n.kind() == Kind::Facet
                            && live(n)
                            && n.values().any(|v| {
                                matches!(family_of(v), Some(Family::Work | Family::LifeStage))
                            }) =>
                    {
                        Some(n.end)
                    }
                    _ if m.kind() == Kind::PersonMod
                        && toks.get(m.end).is_some_and(|t| {
                            t.brk <= 1 && lexicon::PERSON_HEADS.contains(&t.low.as_str())
                        }) =>
                    {
                        Some(m.end + 1)
                    }
                    _ => None,
                };
                if let Some(end) = head_end {
                    let span = m.start..end;
                    if next.is_some_and(|n| n.end == end) {
                        head_span.insert(k + 1, span.clone());
                    }
                    for v in m.values() {
                        emit(v, span.clone(), &mut used);
                    }
                }
            }
            Kind::Facet => {
                let span = head_span.remove(&k).unwrap_or(m.start..m.end);
                // "elderly parents", "their moms": someone's parents, not the audience.
                if m.is_parent()
                    && m.start > 0
                    && toks[m.start].brk <= 1
                    && OTHERS_PARENTS.contains(&toks[m.start - 1].low.as_str())
                {
                    continue;
                }
                if let Some(rel) = object_of(&toks, m.start) {
                    // "parents of students": the children's school, not the audience's.
                    if PARENT_RELATIONS.contains(&rel) {
                        for v in m.values() {
                            let kid = match v {
                                "student" => Some("parent_of_school_kids"),
                                "high_school_student" => Some("parent_of_teens"),
                                _ => None,
                            };
                            if let Some(kid) = kid {
                                emit(kid, span.clone(), &mut used);
                            }
                        }
                    }
                    for u in used.iter_mut().take(m.end).skip(m.start) {
                        *u = true;
                    }
                    continue;
                }
                for v in m.values() {
                    emit(v, span.clone(), &mut used);
                }
            }
            Kind::Kid => {
                let kid_values: Vec<&'static str> = m.values().collect();
                let teens = kid_values.contains(&"parent_of_teens");
                // Back over up to two words ("two", "young") to the link.
                let mut link = None;
                let mut j = m.start;
                for _ in 0..3 {
                    if j == 0 || toks[j].brk >= 2 {
                        break;
                    }
                    j -= 1;
                    if KID_LINKS.contains(&toks[j].low.as_str()) {
                        link = Some(j);
                        break;
                    }
                    if lexicon::CLAUSE_WORDS.contains(&toks[j].low.as_str())
                        || lexicon::NEGATIONS.contains(&toks[j].low.as_str())
                    {
                        break;
                    }
                }
                let head_before = |end: usize| {
                    matches
                        .iter()
                        .find(|h| h.end == end && h.is_parent() && live(h))
                        .map(|h| h.start)
                };
                if let Some(l) = link {
                    if negated(&toks, l) {
                        continue;
                    }
                    let head = head_before(l).or_else(|| {
                        (l > 0
                            && matches!(
                                toks[l - 1].low.as_str(),
                                "who" | "that" | "na" | "yang" | "which"
                            ))
                        .then(|| head_before(l - 1))
                        .flatten()
                    });
                    if let Some(h) = head {
                        for v in &kid_values {
                            emit(v, h..m.end, &mut used);
                        }
                    } else if HAVE_LINKS.contains(&toks[l].low.as_str()) {
                        emit("parent", l..m.end, &mut used);
                        for v in &kid_values {
                            emit(v, l..m.end, &mut used);
                        }
                    }
                } else if let Some(n) = next.filter(|n| n.is_parent() && live(n) && !teens) {
                    for v in &kid_values {
                        emit(v, m.start..n.end, &mut used);
                    }
                    head_span.insert(k + 1, m.start..n.end);
                }
            }
            Kind::Block => {
                for u in used.iter_mut().take(m.end).skip(m.start) {
                    *u = true;
                }
            }
        }
    }
    bought_online(&toks, &ctx, &mut used, &mut emit);
    (toks, used)
}

/// "buy their skincare online", "beli makanan kucing secara online": a shopping verb
/// with "online" a few words on in the same phrase. Read apart from the lexicon so
/// that the words between keep their own facets (skincare, cat food).
fn bought_online(
    toks: &[Tok],
    ctx: &[bool],
    used: &mut Vec<bool>,
    emit: &mut impl FnMut(&'static str, Range<usize>, &mut Vec<bool>),
) {
    const REACH: usize = 5;
    let verbs: Vec<&str> = lexicon::SHOP_VERBS.split('|').map(str::trim).collect();
    for i in 0..toks.len() {
        if ctx[i] || !verbs.contains(&toks[i].low.as_str()) || negated(toks, i) {
            continue;
        }
        for j in i + 1..toks.len().min(i + 1 + REACH) {
            if toks[j].brk > 1 {
                break;
            }
            let low = toks[j].low.as_str();
            let online = matches!(low, "online" | "daring")
                || (low == "talian" && toks[j - 1].low == "dalam");
            if online {
                emit("online_shopping", i..j + 1, used);
                return;
            }
        }
    }
}

fn is_number(t: &Tok) -> bool {
    t.low.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a phrase says nothing beyond demographics: every word is a function,
/// age, gender, generation, income or place word, or a number.
fn demographic_only(src: &str, toks: &[Tok], words: Range<usize>, used: &[bool]) -> bool {
    let gaz = crate::locale::geo::Gazetteer::get();
    let mut place = vec![false; words.len()];
    // Place names of up to three words ("Ho Chi Minh City", "Kuala Lumpur").
    for len in (1..=3).rev() {
        for a in words.clone() {
            let b = a + len;
            if b > words.end || place[a - words.start..b - words.start].iter().all(|&p| p) {
                continue;
            }
            if (a + 1..b).any(|k| toks[k].brk > 1) {
                continue;
            }
            let text = src.get(toks[a].start..toks[b - 1].end).unwrap_or("");
            let capital = text.chars().next().is_some_and(char::is_uppercase);
            if (capital || len > 1) && gaz.knows(text) {
                for p in &mut place[a - words.start..b - words.start] {
                    *p = true;
                }
            }
        }
    }
    words.clone().all(|k| {
        let t = &toks[k];
        place[k - words.start]
            || used[k]
            || is_number(t)
            || lexicon::DEMOGRAPHIC.contains(&t.low.as_str())
            || lexicon::DEMOGRAPHIC.contains(&t.stem.as_str())
    })
}

const PHRASE_SPLITS: &[&str] = &["and", "who", "that", "which", "but", "while", "yang", "dan"];

/// Phrases of a description or notes that no facet used.
fn unmatched_of(
    src: &str,
    toks: &[Tok],
    used: &[bool],
    found_words: &[Range<usize>],
    out: &mut Vec<String>,
) {
    let mut start = 0;
    let flush = |a: usize, b: usize, out: &mut Vec<String>| {
        if a >= b {
            return;
        }
        let has_facet = found_words.iter().any(|w| w.start < b && a < w.end);
        if has_facet || demographic_only(src, toks, a..b, used) {
            return;
        }
        let text = span_text(src, toks, a..b);
        let text: String = text.chars().take(UNMATCHED_CHARS).collect();
        let text = text.trim().to_owned();
        if !text.is_empty() && !out.contains(&text) {
            out.push(text);
        }
    };
    for (i, t) in toks.iter().enumerate() {
        if i > 0 && t.brk >= 2 {
            flush(start, i, out);
            start = i;
        }
        if PHRASE_SPLITS.contains(&t.low.as_str()) {
            flush(start, i, out);
            start = i + 1;
        }
    }
    flush(start, toks.len(), out);
}

fn family_rank(value: &str) -> usize {
    let Some(f) = family_of(value) else {
        return usize::MAX;
    };
    VOCABULARY
        .iter()
        .position(|(fam, _)| *fam == f)
        .unwrap_or(usize::MAX)
}

pub(super) fn read(
    name: &str,
    description: Option<&str>,
    notes: Option<&str>,
    occupation: Option<&str>,
) -> Audience {
    let mut found: Vec<Found> = Vec::new();
    let mut unmatched: Vec<String> = Vec::new();
    read_field(name, 0, true, &mut found);
    for (field, text) in [(1u8, description), (2, notes)] {
        let Some(text) = text else { continue };
        let before = found.len();
        let (toks, used) = read_field(text, field, true, &mut found);
        let words: Vec<Range<usize>> = found[before..].iter().map(|f| f.words.clone()).collect();
        unmatched_of(text, &toks, &used, &words, &mut unmatched);
    }
    if let Some(occ) = occupation {
        read_field(occ, 3, false, &mut found);
    }
    found.sort_by_key(|f| f.at);
    let mut facets: Vec<(usize, (u8, usize), Facet)> = Vec::new();
    for f in found {
        if facets.iter().any(|(_, _, x)| x.value == f.value) {
            continue;
        }
        let Some(family) = family_of(f.value) else {
            continue;
        };
        facets.push((
            family_rank(f.value),
            f.at,
            Facet {
                family,
                value: f.value.to_owned(),
                from: f.from,
                conflict: None,
            },
        ));
    }
    let vocab_index = |v: &str| {
        VOCABULARY
            .iter()
            .flat_map(|(_, vs)| vs.iter())
            .position(|x| *x == v)
            .unwrap_or(usize::MAX)
    };
    facets.sort_by_key(|(rank, at, f)| (*rank, *at, vocab_index(&f.value)));
    unmatched.truncate(UNMATCHED_MAX);
    Audience {
        facets: facets.into_iter().map(|(_, _, f)| f).collect(),
        unmatched,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(a: &Audience) -> Vec<&str> {
        a.facets.iter().map(|f| f.value.as_str()).collect()
    }

    fn desc(text: &str) -> Audience {
        read("Group", Some(text), None, None)
    }

    fn has(a: &Audience, v: &str) -> bool {
        a.facets.iter().any(|f| f.value == v)
    }

    #[test]
    fn every_rule_value_is_in_the_vocabulary() {
        for (pattern, values, _) in lexicon::RULES {
            for v in *values {
                assert!(family_of(v).is_some(), "{v} of {pattern}");
            }
        }
    }

    #[test]
    fn the_issue_examples() {
        let a = read("Cebu Working Moms", None, None, None);
        assert_eq!(values(&a), ["mother", "working"]);
        assert_eq!(a.facets[0].from, "Working Moms");
        assert_eq!(a.facets[1].from, "Working Moms");

        let a = read(
            "Lagos Mobile Gamers",
            Some("play competitive mobile games every day"),
            None,
            None,
        );
        assert_eq!(values(&a), ["mobile_gaming"]);

        let a = read("Sydney First-Time Home Buyers", None, None, None);
        assert_eq!(values(&a), ["first_home_buyer"]);
        assert_eq!(a.facets[0].from, "First-Time Home Buyers");

        assert_eq!(
            values(&read("Seoul Retirees", None, None, None)),
            ["retired"]
        );

        let a = desc("Retired civil servants in Penang aged 60 to 75 living on a pension");
        assert_eq!(values(&a), ["retired", "civil_servant"]);
        assert_eq!(a.facets[1].from, "civil servants");
        assert!(a.unmatched.is_empty(), "{:?}", a.unmatched);

        let a =
            desc("Gen Z coffee drinkers in Jakarta who order on GoFood and follow TikTok trends");
        assert_eq!(values(&a), ["coffee", "heavy_tiktok"]);
        assert_eq!(a.unmatched, ["order on GoFood"]);

        let a = desc("Working moms in Cebu who shop on Shopee");
        assert_eq!(values(&a), ["mother", "working", "online_shopping"]);
        assert_eq!(a.facets[2].from, "shop on Shopee");

        let a = desc("I run a bakery and want to reach young runners");
        assert_eq!(values(&a), ["running"]);
        assert_eq!(a.unmatched, ["I run a bakery"]);
    }

    #[test]
    fn bought_online_keeps_what_was_bought() {
        let a = desc("Young K-drama fans who buy their skincare online");
        assert_eq!(values(&a), ["kdrama", "skincare", "online_shopping"]);
        assert_eq!(a.facets[2].from, "buy their skincare online");
        let a = desc("Pemilik kucing yang beli makanan kucing secara online");
        assert!(has(&a, "cats") && has(&a, "online_shopping"), "{a:?}");
        // Too far apart, across a phrase break, or negated: not a facet.
        assert!(!has(
            &desc("moms who buy groceries, and chat online"),
            "online_shopping"
        ));
        assert!(!has(
            &desc("moms who don't buy anything online"),
            "online_shopping"
        ));
        assert!(!has(
            &desc("moms who buy rice and fish and vegetables at the wet market and then go online"),
            "online_shopping"
        ));
    }

    #[test]
    fn plurals_in_es_meet_their_singular() {
        assert_eq!(stem("businesses"), "business");
        assert_eq!(stem("classes"), "class");
        let a = desc("Single mothers in Nairobi running small businesses");
        assert_eq!(
            values(&a),
            ["mother", "single_parent", "small_business_owner"]
        );
    }

    #[test]
    fn one_phrase_two_facets() {
        let a = desc("Early EV adopters");
        assert_eq!(values(&a), ["ev", "early_adopter"]);
        let a = desc("Engineers who buy every new phone the week it launches");
        assert!(has(&a, "early_adopter") && has(&a, "gadgets"), "{a:?}");
    }

    #[test]
    fn e_wallets_by_name_around_the_world() {
        for text in [
            "shoppers who pay with Mercado Pago",
            "traders who already use OPay",
            "students who pay with bKash",
            "commuters on PayPay",
        ] {
            assert!(has(&desc(text), "ewallet"), "{text}");
        }
        // A common word that is also a wallet's name counts only as the name.
        assert!(!has(&desc("fans who toss a coin"), "ewallet"));
    }

    #[test]
    fn parenthood() {
        let a = desc("single mothers in Davao");
        assert_eq!(values(&a), ["mother", "single_parent"]);
        assert_eq!(a.facets[1].from, "single mothers");
        assert_eq!(values(&desc("solo parents")), ["parent", "single_parent"]);
        assert_eq!(values(&desc("expecting moms")), ["mother", "expecting"]);
        assert_eq!(values(&desc("pregnant women")), ["expecting"]);
        assert_eq!(values(&desc("moms-to-be")), ["expecting"]);
        assert_eq!(
            values(&desc("first-time parents")),
            ["parent", "new_parent"]
        );
        assert_eq!(values(&desc("new dads")), ["father", "new_parent"]);
        assert_eq!(
            values(&desc("parents of newborns")),
            ["parent", "new_parent"]
        );
        assert_eq!(
            values(&desc("parents of toddlers")),
            ["parent", "parent_of_toddlers"]
        );
        assert_eq!(
            values(&desc("moms of primary schoolers")),
            ["mother", "parent_of_school_kids"]
        );
        assert_eq!(
            values(&desc("parents of school-age kids")),
            ["parent", "parent_of_school_kids"]
        );
        assert_eq!(
            values(&desc("dads with teenagers")),
            ["father", "parent_of_teens"]
        );
        assert_eq!(
            values(&desc("parents of teens")),
            ["parent", "parent_of_teens"]
        );
        assert_eq!(
            values(&desc("women with toddlers")),
            ["parent", "parent_of_toddlers"]
        );
        assert_eq!(
            values(&desc("toddler moms")),
            ["mother", "parent_of_toddlers"]
        );
        assert_eq!(values(&desc("grandparents")), ["grandparent"]);
        assert_eq!(values(&desc("parents of college students")), ["parent"]);
        assert_eq!(
            values(&desc("parents of students")),
            ["parent", "parent_of_school_kids"]
        );
    }

    #[test]
    fn life_stage() {
        for (text, want) in [
            ("university students", "university_student"),
            ("college students in QC", "university_student"),
            ("senior high school students", "high_school_student"),
            ("students", "student"),
            ("fresh graduates", "fresh_graduate"),
            ("fresh grads", "fresh_graduate"),
            ("young professionals", "young_professional"),
            ("newlyweds", "newlywed"),
            ("pensioners", "retired"),
            ("empty nesters", "empty_nester"),
            ("first home buyers", "first_home_buyer"),
            ("renters", "renter"),
            ("carers for elderly parents", "caregiver"),
            ("expats in Singapore", "expat"),
            ("OFWs in Dubai", "overseas_worker"),
            ("migrant workers", "migrant_worker"),
            ("job seekers", "job_seeker"),
            ("jobseekers", "job_seeker"),
            ("unemployed looking for work", "job_seeker"),
        ] {
            let a = desc(text);
            assert_eq!(values(&a), [want], "{text}");
        }
    }

    #[test]
    fn work() {
        for (text, want) in [
            ("nurses", "nurse"),
            ("public school teachers", "teacher"),
            ("doctors", "doctor"),
            ("healthcare workers", "healthcare_worker"),
            ("food delivery riders", "delivery_rider"),
            ("Grab drivers", "ride_hailing_driver"),
            ("ride-hailing drivers", "ride_hailing_driver"),
            ("call centre agents", "bpo_agent"),
            ("BPO agents on the graveyard shift", "bpo_agent"),
            ("freelancers", "freelancer"),
            ("gig workers", "gig_worker"),
            ("sari-sari store owners", "small_business_owner"),
            ("MSME owners", "small_business_owner"),
            ("live sellers", "online_seller"),
            ("Shopee sellers", "online_seller"),
            ("rice farmers", "farmer"),
            ("fishermen", "fisher"),
            ("remote workers", "remote_worker"),
            ("YouTubers", "content_creator"),
            ("office workers", "office_worker"),
            ("government employees", "civil_servant"),
            ("software developers", "software_developer"),
            ("engineers", "engineer"),
            ("graphic designers", "designer"),
            ("factory workers", "factory_worker"),
            ("construction workers", "construction_worker"),
            ("domestic helpers", "domestic_worker"),
            ("street vendors", "street_vendor"),
            ("startup founders", "entrepreneur"),
        ] {
            let a = desc(text);
            assert_eq!(values(&a).first(), Some(&want), "{text}: {:?}", values(&a));
        }
        assert!(has(
            &desc("BPO agents on the graveyard shift"),
            "night_shift_worker"
        ));
        assert!(!has(&desc("tricycle drivers"), "ride_hailing_driver"));
        assert!(!has(
            &desc("people who take Grab to work"),
            "ride_hailing_driver"
        ));
    }

    #[test]
    fn interests_and_behaviour() {
        for (text, want) in [
            ("coffee lovers", "coffee"),
            ("café hoppers", "coffee"),
            ("milk tea fans", "milk_tea"),
            ("foodies", "foodie"),
            ("home cooks", "home_cooking"),
            ("gym rats", "fitness"),
            ("marathon runners", "running"),
            ("cyclists", "cycling"),
            ("yoga", "yoga"),
            ("skincare junkies", "skincare"),
            ("make-up lovers", "makeup"),
            ("fashionistas", "fashion"),
            ("sneakerheads", "sneakers"),
            ("gamers", "mobile_gaming"),
            ("PC gamers", "pc_gaming"),
            ("PlayStation owners", "console_gaming"),
            ("esports fans", "esports"),
            ("otaku", "anime"),
            ("K-pop stans", "kpop"),
            ("KPop fans", "kpop"),
            ("BTS ARMY", "kpop"),
            ("K-drama fans", "kdrama"),
            ("concert-goers", "concerts"),
            ("football fans", "football"),
            ("NBA fans", "basketball"),
            ("badminton players", "badminton"),
            ("cricket lovers", "cricket"),
            ("backpackers", "travel"),
            ("hikers", "hiking"),
            ("fur parents", "pets"),
            ("dog lovers", "dogs"),
            ("cat owners", "cats"),
            ("car enthusiasts", "cars"),
            ("motorbike riders", "motorcycles"),
            ("EV owners", "ev"),
            ("gadget lovers", "gadgets"),
            ("hobby photographers", "photography"),
            ("bookworms", "reading"),
            ("retail investors", "investing"),
            ("crypto traders", "crypto"),
            ("DIY home improvement", "home_diy"),
            ("plantitas", "plants"),
            ("self-care", "wellness"),
            ("eco-conscious shoppers", "sustainability"),
            ("vegetarians", "vegetarian"),
            ("plant-based eaters", "vegan"),
            ("halal-conscious", "halal"),
            ("online shoppers", "online_shopping"),
            ("shop on Lazada", "online_shopping"),
            ("bargain hunters", "bargain_hunting"),
            ("budget-conscious", "price_sensitive"),
            ("luxury shoppers", "luxury"),
            ("early adopters", "early_adopter"),
            ("brand-loyal", "brand_loyal"),
            ("impulse buyers", "impulse_buying"),
            ("heavy TikTok users", "heavy_tiktok"),
            ("Instagram users", "heavy_instagram"),
            ("watch YouTube", "heavy_youtube"),
            ("Facebook groups", "heavy_facebook"),
            ("podcast listeners", "podcasts"),
            ("GCash users", "ewallet"),
            ("cashless", "ewallet"),
            ("buy now pay later", "bnpl"),
            ("SPayLater", "bnpl"),
            ("unbanked", "unbanked"),
            ("no bank account", "unbanked"),
        ] {
            let a = desc(text);
            assert_eq!(values(&a).first(), Some(&want), "{text}: {:?}", values(&a));
        }
    }

    #[test]
    fn taglish() {
        let a = desc("Mga nanay sa Cebu na mahilig sa kape at nag-o-online shopping sa Shopee");
        assert_eq!(values(&a), ["mother", "coffee", "online_shopping"]);
        assert_eq!(
            values(&desc("mga tatay na magsasaka")),
            ["father", "farmer"]
        );
        assert_eq!(values(&desc("mga estudyante")), ["student"]);
        assert_eq!(
            values(&desc("solo parents na kasambahay")),
            ["parent", "single_parent", "domestic_worker"]
        );
        assert_eq!(
            values(&desc("titser sa public school, matipid")),
            ["teacher", "price_sensitive"]
        );
        assert_eq!(values(&desc("mga lola")), ["grandparent"]);
    }

    #[test]
    fn bahasa_indonesia() {
        let a = desc("Ibu-ibu di Surabaya yang suka belanja online dan hemat");
        assert_eq!(values(&a), ["mother", "online_shopping", "price_sensitive"]);
        assert_eq!(a.facets[0].from, "Ibu-ibu");
        assert_eq!(
            values(&desc("mahasiswa di Bandung")),
            ["university_student"]
        );
        assert_eq!(values(&desc("siswa SMA")), ["high_school_student"]);
        assert_eq!(
            values(&desc("pekerja kantoran yang suka ngopi")),
            ["office_worker", "coffee"]
        );
        assert_eq!(
            values(&desc("driver ojol")),
            ["delivery_rider", "ride_hailing_driver"]
        );
        assert_eq!(values(&desc("pelaku UMKM")), ["small_business_owner"]);
        assert_eq!(values(&desc("pecinta drakor")), ["kdrama"]);
        assert_eq!(values(&desc("ibu hamil")), ["expecting"]);
        assert_eq!(values(&desc("ibu bekerja")), ["mother", "working"]);
    }

    #[test]
    fn malay() {
        assert_eq!(values(&desc("pesara kerajaan")), ["retired"]);
        assert_eq!(
            values(&desc("ibu tunggal di KL")),
            ["mother", "single_parent"]
        );
        assert_eq!(values(&desc("penjawat awam")), ["civil_servant"]);
        assert_eq!(values(&desc("cikgu")), ["teacher"]);
        assert_eq!(
            values(&desc("jururawat yang guna Touch 'n Go")),
            ["nurse", "ewallet"]
        );
        assert_eq!(values(&desc("usahawan muda")), ["entrepreneur"]);
        assert_eq!(values(&desc("ibu bapa")), ["parent"]);
    }

    #[test]
    fn two_negations_state_the_facet() {
        let a = read(
            "x",
            Some("BPO agents who can't go a day without milk tea"),
            None,
            None,
        );
        assert!(a.facets.iter().any(|f| f.value == "milk_tea"), "{a:?}");
        let a = read(
            "x",
            Some("PC gamers who never miss an LCK esports match"),
            None,
            None,
        );
        assert!(a.facets.iter().any(|f| f.value == "esports"), "{a:?}");
        let a = read("x", Some("Parents without kids at home"), None, None);
        assert!(
            !a.facets.iter().any(|f| f.value == "parent_of_school_kids"),
            "{a:?}"
        );
    }

    #[test]
    fn negations_are_not_facets() {
        for text in [
            "no kids",
            "without children",
            "childless couples",
            "not parents",
            "non-gamers",
            "don't drink coffee",
            "never shop online",
            "walang anak",
            "hindi gamers",
            "tidak punya anak",
            "bukan mahasiswa",
            "tanpa anak",
            "tak minum kopi",
            "belum punya anak",
        ] {
            let a = desc(text);
            assert!(a.facets.is_empty(), "{text}: {:?}", values(&a));
        }
        assert_eq!(values(&desc("not just moms")), ["mother"]);
        assert_eq!(values(&desc("moms with no kids")), ["mother"]);
        assert_eq!(values(&desc("no kids, love coffee")), ["coffee"]);
    }

    #[test]
    fn speaker_context_is_not_a_facet() {
        for text in [
            "I run a bakery",
            "We are a coffee brand",
            "Our company sells EVs",
            "My client is a skincare brand",
            "Kami adalah brand skincare",
            "Saya punya toko kopi",
            "Bisnis kopi saya",
        ] {
            let a = desc(text);
            assert!(a.facets.is_empty(), "{text}: {:?}", values(&a));
            assert_eq!(a.unmatched, [text], "{text}");
        }
        assert_eq!(
            values(&desc("We are a coffee brand targeting Gen Z students")),
            ["student"]
        );
        assert_eq!(
            values(&desc("I want to reach moms who love coffee")),
            ["mother", "coffee"]
        );
        assert_eq!(
            values(&desc("Saya mau target ibu-ibu pecinta kopi")),
            ["mother", "coffee"]
        );
        assert_eq!(
            values(&desc("Moms in Cebu, for my skincare campaign")),
            ["mother"]
        );
        assert_eq!(values(&desc("Give me 5 personas of nurses")), ["nurse"]);
        assert_eq!(
            values(&desc("Our customers are mostly gamers")),
            ["mobile_gaming"]
        );
        assert_eq!(values(&desc("US moms")), ["mother"]);
    }

    #[test]
    fn occupation_and_name() {
        assert_eq!(values(&read("x", None, None, Some("Nurse"))), ["nurse"]);
        assert_eq!(values(&read("x", None, None, Some("Retired"))), ["retired"]);
        assert_eq!(
            values(&read("x", None, None, Some("Retired teacher"))),
            ["retired", "teacher"]
        );
        assert_eq!(values(&read("x", None, None, Some("Student"))), ["student"]);
        assert_eq!(
            values(&read("x", None, None, Some("College student"))),
            ["university_student"]
        );
        assert_eq!(
            values(&read("x", None, None, Some("Ride-hailing driver"))),
            ["ride_hailing_driver"]
        );
        let a = read("Totally unknown words", None, None, Some("Wizard"));
        assert!(a.facets.is_empty() && a.unmatched.is_empty());
    }

    #[test]
    fn dedup_and_order() {
        let a = read(
            "Manila Coffee Moms",
            Some("moms who love coffee and TikTok"),
            Some("nurses"),
            Some("Nurse"),
        );
        assert_eq!(values(&a), ["mother", "nurse", "coffee", "heavy_tiktok"]);
        assert_eq!(a.facets[0].from, "Moms", "the name came first");
        assert_eq!(a.facets[1].from, "nurses");
    }

    #[test]
    fn unmatched_phrases() {
        let a = desc(
            "Women 25-34 in Jakarta, middle income, who collect vintage stamps; love rainy days",
        );
        assert_eq!(a.unmatched, ["collect vintage stamps", "love rainy days"]);
        let long = "x".repeat(300);
        let a = desc(&format!(
            "{long}, a, b c d e, f g, h i, j k, l m, n o, p q, r s, t u, v w, y zz, aa bb"
        ));
        assert!(a.unmatched.len() <= 10);
        assert!(a.unmatched.iter().all(|u| u.chars().count() <= 80));
        assert!(
            desc("Gen Z and millennials in Ho Chi Minh City aged 18 to 30")
                .unmatched
                .is_empty()
        );
    }

    #[test]
    fn never_panics_and_is_fast() {
        let odd = [
            "",
            " ",
            "🙂",
            "\u{0}",
            "'",
            "'s",
            "-",
            "--moms--",
            "ł̸̛̛̛",
            "\u{202e}moms",
            "İstanbul MOMS",
            "ß",
            "ǅ",
            "a'",
            "'a",
            "moms'",
            "ibu-",
            "-ibu",
            "ibu--ibu",
            "mom’s",
            "x\u{301}",
            "…",
            "11.11",
            ".",
            "no",
            "not",
            "I",
            "my",
            "saya",
            "parents of",
            "of toddlers",
            "single",
            "working",
            "with",
            "toddlers moms of",
        ];
        for s in odd {
            let _ = read(s, Some(s), Some(s), Some(s));
        }
        let mut weird = String::new();
        for c in (0u32..0x3000).step_by(7).filter_map(char::from_u32) {
            weird.push(c);
            if (c as u32).is_multiple_of(5) {
                weird.push_str(" mom-to-be ");
            }
        }
        let _ = read(&weird, Some(&weird), Some(&weird), Some(&weird));
        // Warm the lexicon, then time a typical group.
        let _ = desc("moms");
        let t = std::time::Instant::now();
        let n = 200;
        for _ in 0..n {
            let _ = read(
                "Cebu Working Moms",
                Some("Working moms in Cebu aged 28 to 40 who shop on Shopee during payday sales, follow TikTok trends and drink iced coffee"),
                Some("price-sensitive; brand-loyal to local skincare; uses GCash"),
                Some("Office worker"),
            );
        }
        let per = t.elapsed() / n;
        // Debug builds are several times slower than release; this bounds both.
        assert!(per.as_micros() < 2_000, "{per:?} per group");
    }
}
