//! Occupation: listed jobs, brand-specific jobs ("Grab drivers"), students of a field
//! and jobs recognised by their form ("bus drivers").

use super::lexicon::*;
use super::name::title_word;
use super::parser::Parser;
use super::tokens::TokenKind;
use crate::locale::geo::Gazetteer;

impl Parser<'_> {
    /// "students at UP Diliman", "estudyante sa kolehiyo": students of a university.
    pub(super) fn students_at_college(&self) -> bool {
        let student = [
            "students",
            "student",
            "estudyante",
            "estudyantes",
            "siswa",
            "pelajar",
        ]
        .iter()
        .any(|t| self.find(&[t]).into_iter().any(|w| !self.is_object(w)));
        student
            && self.words.iter().any(|&t| {
                let tok = &self.tokens[t];
                COLLEGE_WORDS.contains(&tok.low.as_str())
                    || COLLEGE_CODES.contains(&tok.text.as_str())
            })
    }

    pub(super) fn occupation(&self) -> Option<String> {
        let mut best: Option<(usize, usize, &str)> = None;
        for (p, title) in OCCUPATIONS {
            // A phrase of several words needs its first word, in either number.
            if p.len() > 1 && !self.has(&p[..1]) {
                continue;
            }
            // The lists name jobs in the plural; "a marketing manager" is the same job.
            let singular = singular_phrase(p);
            let found = self
                .find(p)
                .into_iter()
                .chain(singular.as_ref().map_or_else(Vec::new, |s| {
                    self.find(&s.iter().map(String::as_str).collect::<Vec<_>>())
                }))
                .filter(|&w| !self.is_object(w))
                .min();
            if let Some(w) = found {
                // Earliest mention wins; at the same place the longer phrase wins.
                let better = match best {
                    None => true,
                    Some((bw, blen, _)) => w < bw || (w == bw && p.len() > blen),
                };
                if better {
                    best = Some((w, p.len(), title));
                }
            }
        }
        // Brand-specific jobs in any word order: "Rider GrabFood", "Penghantar Foodpanda".
        for w in 0..self.words.len().saturating_sub(1) {
            let (a, b) = (
                self.tokens[self.words[w]].low.as_str(),
                self.tokens[self.words[w + 1]].low.as_str(),
            );
            let pair = |brands: &[&str]| {
                (brands.contains(&a) && JOB_WORDS.contains(&b))
                    || (JOB_WORDS.contains(&a) && brands.contains(&b))
            };
            let title = if pair(DELIVERY_BRANDS)
                || (a == "penghantar" || b == "penghantar") && pair(RIDE_BRANDS)
            {
                Some("Delivery rider")
            } else if pair(RIDE_BRANDS) {
                Some(if a == "penghantar" || b == "penghantar" {
                    "Delivery rider"
                } else {
                    "Ride-hailing driver"
                })
            } else {
                None
            };
            if let Some(t) = title {
                if best.is_none_or(|(bw, _, _)| w <= bw) && !self.is_object(w) {
                    best = Some((w, 2, t));
                }
            }
        }
        if best.is_none() {
            return self.occupation_by_form();
        }
        let (_, _, title) = best?;
        // "medical students", "nursing students": students of a field.
        if title == "Student" {
            if let Some(field) = self.student_field() {
                return Some(field);
            }
        }
        Some(title.to_owned())
    }

    /// "<field> students": "Medical student", "Nursing student".
    fn student_field(&self) -> Option<String> {
        for w in 1..self.words.len() {
            let low = self.tokens[self.words[w]].low.as_str();
            if !matches!(low, "students" | "student") || self.is_object(w) {
                continue;
            }
            let prev = self.tokens[self.words[w - 1]].low.as_str();
            if STUDY_FIELDS.contains(&prev) {
                return Some(format!("{} student", title_word(prev)));
            }
        }
        None
    }

    /// Jobs no list names, by their form: "bus drivers" -> "Bus driver", "gym owners" ->
    /// "Small business owner", "Shopee sellers" -> "Online seller".
    fn occupation_by_form(&self) -> Option<String> {
        for w in 1..self.words.len() {
            let i = self.words[w];
            let head = self.tokens[i].low.as_str();
            let Some(&(_, singular)) = JOB_HEADS.iter().find(|(p, _)| *p == head) else {
                continue;
            };
            if self.is_object(w) {
                continue;
            }
            // The modifiers right before the head, glued by spaces or hyphens.
            let mut mods: Vec<&str> = Vec::new();
            let mut k = w;
            while k > 0 && mods.len() < 2 {
                let t = &self.tokens[self.words[k - 1]];
                let broken = (self.words[k - 1]..self.words[k])
                    .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|', '/']));
                let word = t.low.as_str();
                if broken
                    || !matches!(t.kind, TokenKind::Word)
                    || STOP.contains(&word)
                    || OBJECT_STOPS.contains(&word)
                    || gender_word(word).is_some()
                    || INCOME.iter().any(|(p, _)| p.contains(&word))
                    || t.text.chars().next().is_some_and(char::is_uppercase)
                        && Gazetteer::get().knows(&t.text)
                    || matches!(
                        word,
                        "young" | "old" | "older" | "local" | "gen" | "z" | "new"
                    )
                {
                    break;
                }
                mods.push(word);
                k -= 1;
            }
            if mods.is_empty() {
                continue;
            }
            mods.reverse();
            let hyphen =
                |a: usize| (self.words[a]..self.words[a + 1]).any(|x| self.is_sym(x, &['-']));
            if singular == "owner" {
                if mods.iter().any(|m| BUSINESS_WORDS.contains(m)) {
                    return Some("Small business owner".into());
                }
                continue;
            }
            if singular == "seller" {
                if mods.iter().any(|m| MARKETPLACES.contains(m)) {
                    return Some("Online seller".into());
                }
                continue;
            }
            let mut title = String::new();
            for (n, m) in mods.iter().enumerate() {
                if n > 0 {
                    title.push(if hyphen(k + n - 1) { '-' } else { ' ' });
                }
                title.push_str(m);
            }
            title.push(if hyphen(w - 1) { '-' } else { ' ' });
            title.push_str(singular);
            let mut c = title.chars();
            return c.next().map(|f| f.to_uppercase().chain(c).collect());
        }
        None
    }
}

/// The phrase with its last word in the singular ("marketing managers" -> "marketing
/// manager"), when that word is a regular English plural.
fn singular_phrase(phrase: &[&str]) -> Option<Vec<String>> {
    let (last, rest) = phrase.split_last()?;
    let one = if let Some(stem) = last.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        last[..last.len() - 2].to_owned()
    } else if last.ends_with('s') && !last.ends_with("ss") && last.len() > 3 {
        last[..last.len() - 1].to_owned()
    } else {
        return None;
    };
    Some(rest.iter().map(|w| (*w).to_owned()).chain([one]).collect())
}

#[cfg(test)]
mod tests {
    use crate::prompt::parse;
    use crate::prompt::tests::t;

    #[test]
    fn singular_jobs_and_numbers_after_a_comma() {
        let p = parse("A 42-year-old marketing manager in Toronto", t());
        assert_eq!(p.occupation.as_deref(), Some("Marketing manager"));
        assert_eq!((p.age_min, p.age_max), (Some(42), Some(42)));
        let p = parse("executives in Makati, AB class, 45-60", t());
        assert_eq!((p.age_min, p.age_max), (Some(45), Some(60)));
        assert_eq!(p.income_level, Some("High"));
        // A school level is not a place.
        assert_eq!(parse("students in Grade 11 and 12", t()).location, None);
        assert_eq!(
            parse("nurses in Riverdale", t()).location.as_deref(),
            Some("Riverdale")
        );
        // A model number right after its name is still not an age.
        assert_eq!(parse("class 10 students", t()).age_min, None);
    }
}
