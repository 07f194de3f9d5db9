//! The lexicon compiled once into word sequences keyed by their first stem, and
//! matched against a text's words longest first, never overlapping.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::{self, Kind};
use super::words::{stem, tokenize, Tok};

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
    // Most phrases have one spelling per word: one sequence, built without the
    // product below (this runs for every lexicon phrase on a function's first request).
    if !phrase.contains(['-', '@', '^', '.', '\'', '’']) {
        let seq: Vec<Elem> = phrase
            .split_whitespace()
            .map(|w| {
                let low: String = w.chars().flat_map(char::to_lowercase).collect();
                Elem::Word(stem(&low))
            })
            .collect();
        if phrase
            .split_whitespace()
            .all(|w| w.chars().all(char::is_alphanumeric))
        {
            return if seq.is_empty() { vec![] } else { vec![seq] };
        }
    }
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
    // Most lexicon words are one plain word: what `tokenize` would make of it, without
    // tokenising (compiling the lexicon is on every function's first request).
    if word.chars().all(char::is_alphanumeric) {
        let low: String = word.chars().flat_map(char::to_lowercase).collect();
        return vec![vec![Elem::Word(stem(&low))]];
    }
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
pub(super) struct Match {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Rule indices (several rules may share a phrase).
    pub(super) rules: Vec<u16>,
}

impl Match {
    pub(super) fn kind(&self) -> Kind {
        self.rules
            .first()
            .map(|&r| lexicon::RULES[r as usize].2)
            .unwrap_or(Kind::Block)
    }

    pub(super) fn values(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules
            .iter()
            .flat_map(|&r| lexicon::RULES[r as usize].1.iter().copied())
    }

    pub(super) fn is_parent(&self) -> bool {
        self.kind() == Kind::Facet
            && self
                .values()
                .any(|v| matches!(v, "mother" | "father" | "parent"))
    }
}

/// Longest matches, left to right, never overlapping.
pub(super) fn find_matches(toks: &[Tok], src: &str) -> Vec<Match> {
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
