//! The parser's state and the phrase matching every extractor shares.

use super::lexicon::*;
use super::tokens::{tokenize, Token, TokenKind};
use super::Today;

/// One prompt, tokenised once; each field's extractor is an `impl Parser` block in
/// the file named after the field.
pub(super) struct Parser<'a> {
    pub(super) tokens: Vec<Token>,
    /// Indices of word and number tokens: what phrase matching walks.
    pub(super) words: Vec<usize>,
    pub(super) today: Today,
    pub(super) input: &'a str,
    /// Tokens already explained (persona counts, money): never ages.
    pub(super) consumed: Vec<bool>,
    /// Word positions ordered by their lowercase text (`by_len`; ties by position), so `find`
    /// binary-searches a phrase's first word instead of scanning the prompt for every
    /// one of the lexicon's phrases (most of a parse's time before).
    by_text: Vec<usize>,
}

/// The order of `Parser::by_text`: length first, so most comparisons skip the bytes.
fn by_len(s: &str) -> (usize, &[u8]) {
    (s.len(), s.as_bytes())
}

impl<'a> Parser<'a> {
    pub(super) fn new(input: &'a str, today: Today) -> Self {
        let tokens = tokenize(input);
        let words: Vec<usize> = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !matches!(t.kind, TokenKind::Sym(_)))
            .map(|(i, _)| i)
            .collect();
        let consumed = vec![false; tokens.len()];
        let mut by_text: Vec<usize> = (0..words.len()).collect();
        by_text.sort_by_key(|&w| by_len(&tokens[words[w]].low));
        Self {
            tokens,
            words,
            today,
            input,
            consumed,
            by_text,
        }
    }

    pub(super) fn low(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.low.as_str()).unwrap_or("")
    }

    pub(super) fn is_sym(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.tokens.get(i).map(|t| &t.kind), Some(TokenKind::Sym(c)) if chars.contains(c))
    }

    /// The word-level position of token `i`, if it is a word or number.
    fn word_pos(&self, i: usize) -> Option<usize> {
        self.words.binary_search(&i).ok()
    }

    /// Lowercase words before token `i` (nearest last), up to `n`.
    pub(super) fn words_before(&self, i: usize, n: usize) -> Vec<&str> {
        let Some(w) = self.word_pos(i) else {
            return vec![];
        };
        let start = w.saturating_sub(n);
        self.words[start..w]
            .iter()
            .map(|&t| self.tokens[t].low.as_str())
            .collect()
    }

    pub(super) fn words_after(&self, i: usize, n: usize) -> Vec<&str> {
        let Some(w) = self.word_pos(i) else {
            return vec![];
        };
        self.words
            .iter()
            .skip(w + 1)
            .take(n)
            .map(|&t| self.tokens[t].low.as_str())
            .collect()
    }

    pub(super) fn ends_with(before: &[&str], phrase: &[&str]) -> bool {
        before.len() >= phrase.len() && before[before.len() - phrase.len()..] == *phrase
    }

    pub(super) fn starts_with(after: &[&str], phrase: &[&str]) -> bool {
        after.len() >= phrase.len() && after[..phrase.len()] == *phrase
    }

    /// Word positions where `phrase` occurs.
    pub(super) fn find(&self, phrase: &[&str]) -> Vec<usize> {
        self.occurrences(phrase).collect()
    }

    pub(super) fn has(&self, phrase: &[&str]) -> bool {
        self.occurrences(phrase).next().is_some()
    }

    /// `find` without collecting.
    fn occurrences<'p>(&'p self, phrase: &'p [&str]) -> impl Iterator<Item = usize> + 'p {
        let text = |w: usize| self.tokens[self.words[w]].low.as_str();
        let (first, rest, candidates) = match phrase.split_first() {
            Some((&first, rest)) => {
                let start = self
                    .by_text
                    .partition_point(|&w| by_len(text(w)) < by_len(first));
                (first, rest, &self.by_text[start..])
            }
            None => ("", phrase, &[][..]),
        };
        // The sort is stable over positions, so equal words stay in prompt order.
        candidates
            .iter()
            .take_while(move |&&w| text(w) == first)
            .copied()
            .filter(move |&w| {
                w + phrase.len() <= self.words.len()
                    && rest.iter().enumerate().all(|(k, p)| text(w + 1 + k) == *p)
            })
    }

    /// Whether the phrase at word position `w` names someone else than the audience:
    /// the object of a relation ("wives of OFWs", "parents of teenagers", "moms with
    /// teens", "asawa ng OFW", "ibu dari mahasiswa").
    pub(super) fn is_object(&self, w: usize) -> bool {
        let at = |k: usize| self.tokens[self.words[k]].low.as_str();
        // Look back over up to three modifiers ("parents of young college students")
        // for the link, without crossing a clause or punctuation.
        let mut k = w;
        for _ in 0..4 {
            if k < 2 {
                return false;
            }
            if (self.words[k - 1]..self.words[k])
                .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|']))
            {
                return false;
            }
            let prev = at(k - 1);
            let link = if matches!(
                (at(k - 2), prev),
                ("na", "may") | ("yang", "punya") | ("who", "have")
            ) {
                Some(k - 2)
            } else if matches!(prev, "of" | "with" | "ng" | "dari" | "dengan" | "for") {
                Some(k - 1)
            } else {
                None
            };
            if let Some(l) = link {
                return l > 0 && RELATIONS.contains(&at(l - 1));
            }
            if OBJECT_STOPS.contains(&prev) {
                return false;
            }
            k -= 1;
        }
        false
    }
}
