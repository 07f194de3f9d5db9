//! What keeps the personas of one group from repeating each other: the names,
//! archetypes and sentences earlier personas used ([`UsedPhrases`]), the sentence
//! cutting that decides what counts as "the same sentence", and the [`Writer`] that
//! picks, among a line's variants, one nobody in the group has used yet.

use std::collections::HashSet;

use super::facts::Profile;
use crate::persona::archetypes::{Archetype, Line, ARCHETYPES};
use crate::persona::model::Persona;
use crate::persona::rng::Rng;
use crate::persona::text::{cap_first, lower_first, Pronouns};

/// What earlier personas of the group already used.
#[derive(Default)]
pub(super) struct UsedPhrases {
    pub(super) full_names: HashSet<String>,
    pub(super) given_names: HashSet<String>,
    pub(super) archetypes: HashSet<&'static str>,
    sentences: HashSet<String>,
}

impl UsedPhrases {
    pub(super) fn absorb(&mut self, p: &Persona) {
        self.full_names.insert(p.full_name.clone());
        self.given_names.insert(p.given_name.clone());
        if let Some(a) = ARCHETYPES.iter().find(|a| a.label == p.archetype_label) {
            self.archetypes.insert(a.label);
        }
        for text in narrative_fields(p) {
            for s in sentences(text) {
                self.sentences.insert(s.to_owned());
            }
            // The writer checks each part as it writes it; a part ending in what reads
            // as an initial ("in Block B.") merges with the next one when the whole text
            // is split, so every part on its own is remembered too.
            for s in every_stop(text) {
                self.sentences.insert(s.to_owned());
            }
        }
    }
}

/// The free-text fields whose sentences must not repeat within a group.
pub fn narrative_fields(p: &Persona) -> Vec<&str> {
    vec![
        p.bio.as_str(),
        p.day_in_the_life.as_str(),
        p.purchase_behavior.as_str(),
        p.digital_behavior.as_str(),
        p.aspirational_identity.as_str(),
        p.quote.as_str(),
    ]
}

/// Words after which a full stop (or "!") does not end a sentence: abbreviations and
/// names such as "St. Marche", "Dr. Jart+", "R.M. Williams", "Yahoo! Shopping".
const NOT_SENTENCE_ENDS: &[&str] = &[
    "St", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "incl", "vs", "etc", "No", "Co", "Yahoo",
];

fn ends_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(']).next().unwrap_or("");
    // Initials ("T. Nagar"), dotted names ("R.M. Williams"), abbreviations; not the
    // platform X or the pronoun I.
    (word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && word != "X"
        && word != "I")
        || word.contains('.')
        || NOT_SENTENCE_ENDS.contains(&word)
}

fn continues(rest: &str) -> bool {
    let next = rest.trim_start().split(' ').next().unwrap_or("");
    next.starts_with(char::is_lowercase) && !next.chars().any(char::is_uppercase)
}

/// Pieces of text cut at every terminal punctuation followed by a space, abbreviations
/// or not.
fn every_stop(text: &str) -> Vec<&str> {
    cut_at_stops(text, false)
}

/// Splits text into sentences on terminal punctuation followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    cut_at_stops(text, true)
}

/// Cuts at each '.', '!' or '?' followed by a space or the end; `sentences` skips the
/// stops that end an abbreviation or run on into lowercase ("GO! and …").
fn cut_at_stops(text: &str, sentences: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let last = i + 1 == bytes.len();
        let stop = matches!(bytes[i], b'.' | b'!' | b'?') && (last || bytes[i + 1] == b' ');
        let ends = stop
            && (!sentences
                || ((last || !ends_abbreviation(&text[start..i])) && !continues(&text[i + 1..])));
        if ends {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Composes text while avoiding any sentence an earlier persona of the group used.
/// Templates are written as they read after a lead-in ("groceries come from …"); the
/// writer capitalises the first letter of each sentence and nothing else.
pub(super) struct Writer<'a> {
    pub(super) rng: Rng,
    pub(super) earlier: &'a UsedPhrases,
    pub(super) given: &'a str,
    pub(super) pr: Pronouns,
    /// The sentences this persona has used so far.
    pub(super) used: HashSet<String>,
    /// Pack names that may start a sentence and must keep their spelling ("iMessage").
    pub(super) protect: Vec<String>,
}

impl Writer<'_> {
    fn fresh(&self, s: &str) -> bool {
        !self.earlier.sentences.contains(s) && !self.used.contains(s)
    }

    fn start(&self, s: &str) -> String {
        if self
            .protect
            .iter()
            .any(|p| !p.is_empty() && s.starts_with(p.as_str()))
        {
            s.to_owned()
        } else {
            cap_first(s)
        }
    }

    /// One sentence from the variants: the first (in random order) nobody used yet,
    /// else the first variant made personal with the given name (given names are
    /// unique in a group, so the result is too).
    pub(super) fn one(&mut self, variants: Vec<String>) -> String {
        let order = self.rng.sample(&variants, variants.len());
        let chosen = order
            .iter()
            .map(|v| self.start(v))
            .find(|v| sentences(v).iter().all(|s| self.fresh(s)))
            .unwrap_or_else(|| {
                let base = order.first().cloned().unwrap_or_default();
                self.personal(&base)
            });
        for s in sentences(&chosen) {
            self.used.insert(s.to_owned());
        }
        chosen
    }

    fn personal(&self, raw: &str) -> String {
        let pr = self.pr;
        if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.they)) {
            format!("{} {rest}", self.given)
        } else if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.their)) {
            format!("{}'s {rest}", self.given)
        } else if raw.starts_with(self.given) {
            raw.to_owned()
        } else {
            format!("For {}, {raw}", self.given)
        }
    }

    pub(super) fn paragraph(&mut self, slots: Vec<Vec<String>>) -> String {
        slots
            .into_iter()
            .filter(|v| !v.is_empty())
            .map(|v| self.one(v))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Up to `k` of an archetype's lines that fit the persona, pronouns filled in.
    pub(super) fn lines(&mut self, bank: &[Line], who: &Profile<'_>, k: usize) -> Vec<String> {
        let fitting: Vec<&Line> = bank.iter().filter(|l| who.fits_when(&l.when)).collect();
        self.rng
            .sample(&fitting, k)
            .into_iter()
            .map(|l| self.pr.fill(l.text))
            .collect()
    }

    /// The persona's quote: the archetype's own lines first, then lines built from
    /// the persona's facts, so that a group rarely runs out.
    pub(super) fn quote(
        &mut self,
        a: &Archetype,
        who: &Profile<'_>,
        meal: &str,
        messaging: &str,
        shop: &str,
    ) -> String {
        let mut variants: Vec<String> = a
            .quotes
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .map(|l| self.pr.fill(l.text))
            .collect();
        let order = self.rng.sample(&variants, variants.len());
        if let Some(q) = order.iter().find(|q| self.fresh(q)) {
            let q = q.clone();
            self.used.insert(q.clone());
            return q;
        }
        variants.clear();
        if !meal.is_empty() {
            variants.push(format!("Give me {meal} and a quiet evening and I'm happy."));
        }
        variants.push(format!("Half my life is organised on {messaging}."));
        variants.push(format!("If it's not on {shop}, I probably don't need it."));
        variants.push(format!("Nobody in {} does it quite like we do.", who.city));
        let fresh: Vec<String> = variants.into_iter().filter(|v| self.fresh(v)).collect();
        let q = match self.rng.pick(&fresh) {
            Some(q) => q.clone(),
            None => {
                let base = order
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "Life is good.".into());
                let lead = if base.starts_with("I ") || base.starts_with("I'") {
                    base
                } else {
                    lower_first(&base)
                };
                format!("I'm {}, and {lead}", self.given)
            }
        };
        self.used.insert(q.clone());
        q
    }
}
