//! Gender: gendered words for the audience, not for someone else ("moms of boys").

use super::lexicon::*;
use super::parser::Parser;
use crate::domain::Gender;

impl Parser<'_> {
    pub(super) fn gender(&self) -> Option<Gender> {
        if ALL_GENDERS.iter().any(|p| self.has(p)) {
            return Some(Gender::All);
        }
        let mut female = false;
        let mut male = false;
        for (w, &i) in self.words.iter().enumerate() {
            let t = &self.tokens[i];
            let Some(g) = gender_word(&t.low) else {
                continue;
            };
            // Possessives ("men's grooming") describe products, not people.
            if self.is_sym(i + 1, &['\'', '’']) {
                continue;
            }
            // "moms of boys", "parents of girls": someone else's gender.
            if self.is_object(w) {
                continue;
            }
            // "ibu bapa", "bapak/ibu": parents, no gender.
            if matches!(t.low.as_str(), "ibu" | "bapa" | "bapak") {
                let word = |k: usize| self.words.get(k).map(|&x| self.tokens[x].low.as_str());
                let pair = |o: Option<&str>| {
                    o.is_some_and(|o| o != t.low && matches!(o, "ibu" | "bapa" | "bapak"))
                };
                if pair(word(w + 1)) || w > 0 && pair(word(w - 1)) {
                    continue;
                }
            }
            // "…for their husbands": the object, not the audience.
            if w > 0 {
                let prev = self.tokens[self.words[w - 1]].low.as_str();
                if matches!(
                    prev,
                    "their" | "her" | "his" | "kanilang" | "kanyang" | "mereka"
                ) {
                    continue;
                }
            }
            // "ibu kota" is a capital city; "mak" alone is too ambiguous unless it is "mak-mak".
            if t.low == "ibu"
                && self
                    .words
                    .get(w + 1)
                    .is_some_and(|&n| self.tokens[n].low == "kota")
            {
                continue;
            }
            match g {
                Gender::Female => female = true,
                Gender::Male => male = true,
                Gender::All => {}
            }
        }
        // "mga ate" (older sisters); "ate" alone is English.
        if self.has(&["mga", "ate"]) {
            female = true;
        }
        // "laki-laki" as two words; housewife phrases.
        if self.has(&["laki", "laki"]) {
            male = true;
        }
        if self.has(&["suri", "rumah"]) || self.has(&["maybahay"]) {
            female = true;
        }
        match (female, male) {
            (true, true) => Some(Gender::All),
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::prompt::parse;
    use crate::prompt::tests::t;

    #[test]
    fn gender_words() {
        let g = |s: &str| parse(s, t()).gender;
        assert_eq!(g("moms in Cebu"), Some("Female"));
        assert_eq!(g("mga tatay"), Some("Male"));
        assert_eq!(g("ibu-ibu muda"), Some("Female"));
        assert_eq!(g("men and women"), Some("All"));
        assert_eq!(g("moms and dads"), Some("All"));
        assert_eq!(g("women buying men's grooming gifts"), Some("Female"));
        assert_eq!(g("wives shopping for their husbands"), Some("Female"));
        assert_eq!(g("coffee drinkers"), None);
    }
}
