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

use super::context::{negated, object_of, speaker_mask, OTHERS_PARENTS, PARENT_RELATIONS};
use super::lexicon::{self, Kind};
use super::matching::{find_matches, Match};
use super::words::{tokenize, Tok};
use super::{family_of, Audience, Facet, Family, VOCABULARY};

pub(super) use super::context::speaker_spans;

const UNMATCHED_MAX: usize = 10;
const UNMATCHED_CHARS: usize = 80;

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
    const REACH: usize = 6;
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
    // "Pregnant first-time moms": the first baby is on the way, not in the house.
    if facets.iter().any(|(_, _, f)| f.value == "expecting") {
        facets.retain(|(_, _, f)| {
            let low = f.from.to_lowercase();
            f.value != "new_parent" || !(low.contains("first") || low.contains("new "))
        });
    }
    facets.sort_by_key(|(rank, at, f)| (*rank, *at, vocab_index(&f.value)));
    unmatched.truncate(UNMATCHED_MAX);
    Audience {
        facets: facets.into_iter().map(|(_, _, f)| f).collect(),
        unmatched,
    }
}

#[cfg(test)]
mod tests;
