//! The lexicon, compiled at build time (`compile.rs`, run by `build.rs`) into integer
//! tables, matched against a text's words longest first, never overlapping.

use super::lexicon::Kind;
use super::words::Tok;

mod tables {
    use super::Kind;
    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
}
use tables::*;

/// An element of a sequence, decoded from its table entry (see `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Elem {
    /// A word by its stem.
    Word(&'static str),
    /// A word exactly as written ("ARMY", not "army").
    Exact(&'static str),
    /// One of a class's alternatives, each a sequence of words.
    Class(usize),
}

fn text_of(e: u32) -> &'static str {
    let offset = ((e >> 8) & 0x3F_FFFF) as usize;
    let len = (e & 0xFF) as usize;
    LEX_TEXT.get(offset..offset + len).unwrap_or("")
}

fn decode(e: u32) -> Elem {
    match e >> 30 {
        0 => Elem::Word(text_of(e)),
        1 => Elem::Exact(text_of(e)),
        _ => Elem::Class((e & 0x3FFF_FFFF) as usize),
    }
}

fn elems(start: u32, len: u8) -> &'static [u32] {
    let start = start as usize;
    LEX_ELEMS.get(start..start + len as usize).unwrap_or(&[])
}

/// The alternatives of class `c`, each a sequence of elements.
fn class_alts(c: usize) -> impl Iterator<Item = &'static [u32]> {
    let (first, n) = LEX_CLASSES.get(c).copied().unwrap_or((0, 0));
    let (first, n) = (first as usize, n as usize);
    LEX_CLASS_SEQS
        .get(first..first + n)
        .unwrap_or(&[])
        .iter()
        .map(|&(start, len)| elems(start, len))
}

/// The sequences whose first word has this stem, longest first.
fn by_first(stem: &str) -> &'static [u32] {
    LEX_FIRST
        .binary_search_by(|&(key, _, _)| text_of(key).cmp(stem))
        .ok()
        .and_then(|i| {
            let (_, first, n) = LEX_FIRST[i];
            let first = usize::from(first);
            LEX_FIRST_LIST.get(first..first + usize::from(n))
        })
        .unwrap_or(&[])
}

/// (first element, length, rule) of sequence `s` (packed by `build.rs`).
fn seq_at(s: u32) -> Option<(u32, u8, u16)> {
    let packed = *LEX_SEQS.get(s as usize)?;
    Some((
        packed >> 18,
        (packed >> 12 & 0x3F) as u8,
        (packed & 0xFFF) as u16,
    ))
}

fn rule_kind(r: u16) -> Kind {
    LEX_RULES
        .get(r as usize)
        .map_or(Kind::Block, |&(_, _, k)| k)
}

fn rule_values(r: u16) -> impl Iterator<Item = &'static str> {
    let (first, n) = LEX_RULES
        .get(r as usize)
        .map_or((0, 0), |&(f, n, _)| (f as usize, n as usize));
    LEX_RULE_VALUES
        .get(first..first + n)
        .unwrap_or(&[])
        .iter()
        .filter_map(|&v| LEX_VALUES.get(v as usize).copied())
}

/// The end of the longest way `seq` matches `toks` from `i`, if any. Words of a
/// phrase are glued by spaces or hyphens only.
fn match_at(seq: &[u32], toks: &[Tok], src: &str, i: usize) -> Option<usize> {
    let Some((&first, rest)) = seq.split_first() else {
        return Some(i);
    };
    let tok = toks.get(i)?;
    match decode(first) {
        Elem::Word(w) => {
            if tok.stem == w {
                match_next(rest, toks, src, i + 1)
            } else {
                None
            }
        }
        Elem::Exact(e) => {
            if tok.text(src) == e {
                match_next(rest, toks, src, i + 1)
            } else {
                None
            }
        }
        Elem::Class(c) => {
            let mut best: Option<usize> = None;
            for alt in class_alts(c) {
                if let Some(mid) = match_at(alt, toks, src, i) {
                    if let Some(end) = match_next(rest, toks, src, mid) {
                        best = Some(best.map_or(end, |b| b.max(end)));
                    }
                }
            }
            best
        }
    }
}

fn match_next(rest: &[u32], toks: &[Tok], src: &str, i: usize) -> Option<usize> {
    if rest.is_empty() {
        return Some(i);
    }
    if toks.get(i)?.brk > 1 {
        return None;
    }
    match_at(rest, toks, src, i)
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
        self.rules.first().map_or(Kind::Block, |&r| rule_kind(r))
    }

    pub(super) fn values(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().flat_map(|&r| rule_values(r))
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
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut best_end = 0;
        let mut rules: Vec<u16> = Vec::new();
        // A word listed only as written ("ARMY") is keyed by its stem too.
        for &s in by_first(&toks[i].stem) {
            let Some((start, len, rule)) = seq_at(s) else {
                continue;
            };
            let Some(end) = match_at(elems(start, len), toks, src, i) else {
                continue;
            };
            if end > best_end {
                best_end = end;
                rules.clear();
            }
            if end == best_end && !rules.contains(&rule) {
                rules.push(rule);
            }
        }
        if best_end > i {
            // A facet and a block over the same words: the facet.
            let facets: Vec<u16> = rules
                .iter()
                .copied()
                .filter(|&r| rule_kind(r) != Kind::Block)
                .collect();
            let rules = if facets.is_empty() { rules } else { facets };
            // One kind per match: the first rule's.
            let kind = rules.first().map_or(Kind::Block, |&r| rule_kind(r));
            let rules = rules
                .into_iter()
                .filter(|&r| rule_kind(r) == kind)
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

#[cfg(test)]
mod tests {
    use super::super::compile::{self, Elem as Compiled};
    use super::*;

    fn same(table: &[u32], compiled: &[Compiled]) -> bool {
        table.len() == compiled.len()
            && table
                .iter()
                .zip(compiled)
                .all(|(&e, c)| match (decode(e), c) {
                    (Elem::Word(a), Compiled::Word(b)) | (Elem::Exact(a), Compiled::Exact(b)) => {
                        a == b
                    }
                    (Elem::Class(a), Compiled::Class(b)) => a == *b,
                    _ => false,
                })
    }

    /// The build script's tables decode to what the lexicon compiles to today.
    #[test]
    fn the_tables_are_the_compiled_lexicon() {
        let c = compile::compile();
        assert_eq!(LEX_SEQS.len(), c.seqs.len());
        for (i, (seq, r)) in c.seqs.iter().enumerate() {
            let (start, len, rule) = seq_at(i as u32).expect("sequence");
            assert_eq!(rule, *r);
            assert!(same(elems(start, len), seq), "{seq:?}");
        }
        assert_eq!(LEX_CLASSES.len(), c.classes.len());
        for (i, alts) in c.classes.iter().enumerate() {
            let decoded: Vec<&[u32]> = class_alts(i).collect();
            assert_eq!(decoded.len(), alts.len());
            for (d, a) in decoded.iter().zip(alts) {
                assert!(same(d, a), "{a:?}");
            }
        }
        assert_eq!(LEX_FIRST.len(), c.by_first.len());
        for (key, list) in &c.by_first {
            assert_eq!(by_first(key), list.as_slice(), "{key}");
        }
        assert!(by_first("no-such-stem").is_empty());
        for (r, (_, values, kind)) in super::super::lexicon::RULES.iter().enumerate() {
            assert_eq!(rule_kind(r as u16), *kind);
            assert_eq!(rule_values(r as u16).collect::<Vec<_>>(), *values);
        }
    }
}
