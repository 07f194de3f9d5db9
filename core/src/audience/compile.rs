//! The lexicon compiled into word sequences keyed by the stem of their first word.
//!
//! `build.rs` runs this (the file is `#[path]`-included there, with `lexicon.rs` and
//! `words.rs`) and writes the result as static tables that `matching` reads, so that no
//! function compiles a thousand patterns on its first request. The crate itself keeps it
//! for the test that decodes those tables back and compares.

use super::lexicon;
use super::words::{stem, tokenize};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Elem {
    /// A word by its stem.
    Word(String),
    /// A word exactly as written ("ARMY", not "army").
    Exact(String),
    /// One of a class's alternatives, each a sequence of words.
    Class(usize),
}

pub(super) struct Compiled {
    /// Every alternative of every rule: (elements, rule index).
    pub(super) seqs: Vec<(Vec<Elem>, u16)>,
    /// Sequences by the stem of their first word, longest first; sorted by stem.
    pub(super) by_first: Vec<(String, Vec<u32>)>,
    pub(super) classes: Vec<Vec<Vec<Elem>>>,
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

pub(super) fn compile() -> Compiled {
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
        let r = u16::try_from(r).expect("fewer than 65,536 lexicon rules");
        for alt in pattern.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            for v in phrase_variants(alt, &names) {
                seqs.push((v, r));
            }
        }
    }
    let mut by_first: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
    for (i, (elems, _)) in seqs.iter().enumerate() {
        let Some(first) = elems.first() else { continue };
        let mut keys = first_stems(first, &classes);
        keys.sort();
        keys.dedup();
        for k in keys {
            by_first.entry(k).or_default().push(i as u32);
        }
    }
    // Stable: sequences of one length keep the lexicon's order.
    for list in by_first.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(seqs[i as usize].0.len()));
    }
    Compiled {
        seqs,
        by_first: by_first.into_iter().collect(),
        classes,
    }
}
