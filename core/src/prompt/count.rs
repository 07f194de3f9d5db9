//! Persona counts: "5 personas", "three profiles", "Personas: 4".

use super::lexicon::*;
use super::parser::Parser;
use super::tokens::TokenKind;

impl Parser<'_> {
    pub(super) fn persona_count(&mut self) -> Option<u8> {
        for w in 0..self.words.len() {
            let i = self.words[w];
            let next = self.words.get(w + 1).map(|&t| self.tokens[t].low.as_str());
            let next2 = self.words.get(w + 2).map(|&t| self.tokens[t].low.as_str());
            let persona_word = |s: Option<&str>| {
                matches!(s, Some("personas" | "persona" | "profiles" | "profile"))
            };
            let n = match &self.tokens[i].kind {
                TokenKind::Num(n) => Some(*n),
                TokenKind::Word => NUMBER_WORDS
                    .iter()
                    .find(|(k, _)| *k == self.tokens[i].low)
                    .map(|(_, v)| *v),
                _ => None,
            };
            let Some(n) = n else { continue };
            let next3 = self.words.get(w + 3).map(|&t| self.tokens[t].low.as_str());
            // "3 customer personas", "5 x personas", "4 detailed buyer personas".
            let modifier = |s: Option<&str>| {
                s.is_some_and(|s| {
                    !matches!(
                        s,
                        "years"
                            | "year"
                            | "yrs"
                            | "yr"
                            | "old"
                            | "yo"
                            | "of"
                            | "and"
                            | "to"
                            | "or"
                            | "tahun"
                            | "taon"
                    ) && s.chars().all(char::is_alphabetic)
                        && !NUMBER_WORDS.iter().any(|(k, _)| *k == s)
                })
            };
            let modified = modifier(next) && persona_word(next2)
                || modifier(next) && modifier(next2) && persona_word(next3);
            if modified && !(1..=10).contains(&n) {
                continue;
            }
            let is_count = persona_word(next) || modified;
            if is_count && n > 0 {
                self.consumed[i] = true;
                return u8::try_from(n).ok().filter(|n| (1..=10).contains(n));
            }
            if is_count {
                self.consumed[i] = true;
            }
        }
        // "a persona of a nurse", "one single persona": one.
        for w in 0..self.words.len() {
            let low = |k: usize| self.words.get(k).map(|&t| self.tokens[t].low.as_str());
            let single = matches!(low(w), Some("a" | "an" | "one" | "single" | "isang"))
                && (low(w + 1) == Some("persona")
                    || matches!(low(w + 1), Some("single" | "detailed" | "sample" | "new"))
                        && low(w + 2) == Some("persona"));
            let after = if low(w + 1) == Some("persona") {
                w + 2
            } else {
                w + 3
            };
            if single
                && !matches!(
                    low(after),
                    Some("group" | "groups" | "set" | "segment" | "mix")
                )
            {
                return Some(1);
            }
        }
        // Labelled counts: "Personas: 4", "number of personas = 6", "persona count: 3".
        for w in 0..self.words.len() {
            let low = |k: usize| self.words.get(k).map(|&t| self.tokens[t].low.as_str());
            let label_end = match (low(w), low(w + 1), low(w + 2)) {
                (Some("number" | "no"), Some("of"), Some("personas" | "persona" | "profiles")) => {
                    w + 2
                }
                (Some("persona" | "personas"), Some("count" | "number"), _) => w + 1,
                (Some("personas" | "persona" | "profiles" | "jumlah"), _, _) => w,
                _ => continue,
            };
            let Some(&n_tok) = self.words.get(label_end + 1) else {
                continue;
            };
            let label_tok = self.words[label_end];
            let colon = (label_tok + 1..n_tok).any(|k| self.is_sym(k, &[':', '=']));
            let age_after = self.words.get(label_end + 2).is_some_and(|&t| {
                matches!(
                    self.tokens[t].low.as_str(),
                    "year" | "years" | "yr" | "yrs" | "yo" | "y" | "tahun" | "taon" | "anyos"
                )
            });
            if let (true, false, TokenKind::Num(n)) = (colon, age_after, &self.tokens[n_tok].kind) {
                if (1..=10).contains(n) {
                    let n = *n as u8;
                    self.consumed[n_tok] = true;
                    return Some(n);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::prompt::parse;
    use crate::prompt::tests::t;

    #[test]
    fn persona_count() {
        assert_eq!(parse("5 personas of moms", t()).persona_count, Some(5));
        assert_eq!(parse("generate 20 personas", t()).persona_count, None);
        assert_eq!(
            parse("generate 20 personas of 25-34", t()).age_min,
            Some(25)
        );
        assert_eq!(parse("three personas", t()).persona_count, Some(3));
    }
}
