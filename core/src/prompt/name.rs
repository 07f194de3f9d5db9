//! The suggested group name, from the parsed fields and the audience noun phrase.

use super::lexicon::*;
use super::parser::Parser;
use super::tokens::TokenKind;
use super::{truncate_chars, ParsedGroup};
use crate::locale::geo::{Gazetteer, PlaceKind};

impl Parser<'_> {
    /// `location` is the group's: a modifier naming that place is left to the place
    /// part of the name, while another place name is part of the audience ("Mobile
    /// Legends players", "Paris Saint-Germain fans").
    fn audience_noun(&self, location: Option<&str>) -> Option<String> {
        // The last person-noun of the first noun phrase, with up to two modifiers.
        for (w, &i) in self.words.iter().enumerate() {
            let low = self.tokens[i].low.as_str();
            let person = |l: &str| PEOPLE.contains(&l) || FEMALE.contains(&l) || MALE.contains(&l);
            if !person(low) {
                continue;
            }
            // "female entrepreneurs", "women drivers": the head is the later noun.
            if let Some(&next) = self.words.get(w + 1) {
                let glued =
                    !(i..next).any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '/']));
                if glued && person(self.tokens[next].low.as_str()) {
                    continue;
                }
            }
            if self.is_sym(i + 1, &['\'', '’']) {
                continue;
            }
            let mut start = w;
            let mut modifiers = 0;
            loop {
                if start == 0 {
                    break;
                }
                // "first-time", "stay-at-home", "K-pop": a hyphenated compound is one
                // modifier, whatever its parts are.
                let compound = self.hyphen_glued(start - 1);
                if !compound && modifiers >= 2 {
                    break;
                }
                let prev = &self.tokens[self.words[start - 1]];
                let pl = prev.low.as_str();
                let skip = !compound && STOP.contains(&pl)
                    || matches!(prev.kind, TokenKind::Num(_) | TokenKind::Decade(_))
                    || (!compound && pl.len() < 2)
                    || self.names_location(&prev.text, location)
                    || INCOME.iter().any(|(p, _)| {
                        p.contains(&pl)
                            && self
                                .find(p)
                                .into_iter()
                                .any(|f| (f..f + p.len()).contains(&(start - 1)))
                    })
                    || [
                        "gen",
                        "z",
                        "x",
                        "y",
                        "millennial",
                        "millennials",
                        "boomer",
                        "boomers",
                        "genz",
                        "alpha",
                        "young",
                        "old",
                        "older",
                        "early",
                        "late",
                        "mid",
                    ]
                    .contains(&pl)
                    || DEMONYMS.iter().any(|(d, _)| *d == pl);
                if skip {
                    break;
                }
                // Only words glued by spaces or hyphens belong to the phrase.
                if (self.words[start - 1]..self.words[start])
                    .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '/']))
                {
                    break;
                }
                start -= 1;
                if !compound {
                    modifiers += 1;
                }
            }
            let mut words = String::new();
            for k in start..=w {
                let text = &self.tokens[self.words[k]].text;
                if k > start && self.hyphen_glued(k - 1) {
                    words.push('-');
                    // "Stay-at-Home": small words inside a compound stay lowercase.
                    if matches!(
                        text.to_lowercase().as_str(),
                        "at" | "of" | "in" | "on" | "to" | "and" | "the" | "a" | "by"
                    ) {
                        words.push_str(&text.to_lowercase());
                        continue;
                    }
                } else if k > start {
                    words.push(' ');
                }
                words.push_str(&title_word(text));
            }
            return Some(words);
        }
        None
    }

    /// Whether word `k` and the next are one hyphenated word ("first-time").
    fn hyphen_glued(&self, k: usize) -> bool {
        let (Some(&a), Some(&b)) = (self.words.get(k), self.words.get(k + 1)) else {
            return false;
        };
        b == a + 2
            && self.is_sym(a + 1, &['-'])
            && !self.tokens[a + 1].space
            && !self.tokens[b].space
    }

    /// Whether `word` names the group's location (its city or country), or any place
    /// when the group has none.
    fn names_location(&self, word: &str, location: Option<&str>) -> bool {
        let Some(places) = Gazetteer::get().lookup(word) else {
            return false;
        };
        let Some(location) = location else {
            return !places.iter().any(|p| p.city().is_some_and(|c| c.common));
        };
        let location = location.to_lowercase();
        places.iter().any(|p| {
            let here = p.location().to_lowercase();
            let first = here.split(',').next().unwrap_or(&here).trim().to_owned();
            location == here
                || location.starts_with(&format!("{first},"))
                || location == p.country_name().to_lowercase()
                || (p.kind == PlaceKind::Country
                    && location.ends_with(&format!(", {}", p.country_name().to_lowercase())))
        })
    }

    pub(super) fn name(&self, p: &ParsedGroup) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(loc) = &p.location {
            parts.push(loc.split(',').next().unwrap_or(loc).trim().to_owned());
        }
        let mut gen_labels: Vec<&str> = [
            (&["gen", "z"][..], "Gen Z"),
            (&["genz"], "Gen Z"),
            (&["zoomers"], "Gen Z"),
            (&["millennials"], "Millennial"),
            (&["millennial"], "Millennial"),
            (&["milenial"], "Millennial"),
            (&["milenyal"], "Millennial"),
            (&["gen", "y"], "Millennial"),
            (&["gen", "x"], "Gen X"),
            (&["boomers"], "Boomer"),
            (&["boomer"], "Boomer"),
        ]
        .iter()
        .filter(|(ph, _)| self.has(ph))
        .map(|(_, l)| *l)
        .collect();
        // Spellings of one generation sit together in the list.
        gen_labels.dedup();
        // "Gen Z and millennial women": both generations, as the ages span them.
        let gen_label = match gen_labels.as_slice() {
            [] => None,
            [one] => Some((*one).to_owned()),
            [a, b, ..] => Some(format!("{a} and {b}")),
        };
        let stage_label = [
            (&["teens"][..], "Teen"),
            (&["teenagers"], "Teen"),
            (&["young", "professionals"], "Young Professional"),
            (&["young", "adults"], "Young Adult"),
            (&["seniors"], "Senior"),
            (&["retirees"], "Retiree"),
            (&["middle", "aged"], "Middle-Aged"),
        ]
        .iter()
        .find(|(ph, _)| self.has(ph))
        .map(|(_, l)| (*l).to_owned());
        // "Cape Town surfers": the place is already the first part of the name.
        let mut noun = self
            .audience_noun(p.location.as_deref())
            .map(|n| match parts.first() {
                Some(place)
                    if n.to_lowercase()
                        .starts_with(&format!("{} ", place.to_lowercase())) =>
                {
                    n[place.len() + 1..].to_owned()
                }
                _ => n,
            });
        // "Tech-savvy millennials" already says Millennial; "young professionals" is
        // the stage itself: say it once.
        let in_noun = |label: &str| {
            let last = label.split_whitespace().last().map(stem_word);
            noun.as_deref()
                .is_some_and(|n| n.split_whitespace().any(|w| Some(stem_word(w)) == last))
        };
        let said_by_noun = gen_label.as_deref().is_some_and(in_noun)
            || stage_label.as_deref().is_some_and(in_noun);
        let gen_label = gen_label.filter(|g| !in_noun(g));
        let stage_label = match stage_label {
            Some(s) if in_noun(&s) => {
                if let Some(n) = noun.as_deref() {
                    let n_last = n.split_whitespace().last().map(stem_word);
                    let s_last = s.split_whitespace().last().map(stem_word);
                    if n_last == s_last && n.split_whitespace().count() == 1 {
                        noun = Some(format!("{s}s"));
                    }
                }
                None
            }
            other => other,
        };
        if let Some(g) = gen_label {
            parts.push(g);
        } else if let Some(s) = stage_label.filter(|s| {
            noun.as_deref()
                .is_none_or(|n| !n.to_lowercase().contains(&s.to_lowercase()[..3]))
        }) {
            parts.push(s);
        } else if let (Some(a), Some(b)) = (p.age_min, p.age_max) {
            if !said_by_noun && (noun.is_some() || p.occupation.is_some()) {
                parts.push(if a == b {
                    format!("{a}-Year-Old")
                } else {
                    format!("{a}–{b}")
                });
            }
        }
        // "moms and dads", "men and women": a gendered head word would name only half.
        if p.gender == Some("All") {
            noun = noun.map(|n| {
                let head = n.split_whitespace().last().unwrap_or("").to_lowercase();
                if !(FEMALE.contains(&head.as_str()) || MALE.contains(&head.as_str())) {
                    return n;
                }
                const PARENTS: &[&str] = &[
                    "moms", "mums", "mothers", "mommies", "dads", "fathers", "daddies", "nanay",
                    "tatay", "ibu", "bapak", "mom", "dad", "mother", "father",
                ];
                if PARENTS.contains(&head.as_str()) {
                    "Parents".to_owned()
                } else {
                    "Men and Women".to_owned()
                }
            });
        }
        match (noun, &p.occupation) {
            (Some(n), _) => parts.push(n),
            (None, Some(o)) => parts.push(plural_title(o)),
            (None, None) => {
                if let Some(g) = p.gender {
                    parts.push(match g {
                        "Female" => "Women".into(),
                        "Male" => "Men".into(),
                        _ => "Consumers".into(),
                    });
                }
            }
        }
        if let Some(level) = p.income_level {
            if parts.len() <= 2 {
                let label = match level {
                    "Low" => "Budget",
                    "Middle" => "Middle-Income",
                    _ => "Affluent",
                };
                let at = if p.location.is_some() { 1 } else { 0 };
                parts.insert(at.min(parts.len()), label.into());
            }
        }
        let mut name = dedupe_words(&parts.join(" "));
        if name.trim().is_empty() {
            name = fallback_name(self.input);
        }
        truncate_chars(name.trim(), crate::domain::group::NAME_MAX)
    }
}

/// A word compared for repetition: lowercase, without a plural "s".
fn stem_word(w: &str) -> String {
    let low = w.to_lowercase();
    low.strip_suffix('s').map_or(low.clone(), str::to_owned)
}

pub(super) fn title_word(w: &str) -> String {
    if w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && w.chars().count() <= 4 {
        return w.to_owned();
    }
    // Acronyms and brands keep their capitals: "OFWs", "SMEs", "iPhone".
    if w.chars().skip(1).any(char::is_uppercase) {
        return w.to_owned();
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn plural_title(title: &str) -> String {
    let words: Vec<String> = title.split(' ').map(title_word).collect();
    let mut s = words.join(" ");
    if s == "OFW" {
        return "OFWs".into();
    }
    if s.ends_with("man") {
        s.truncate(s.len() - 3);
        s.push_str("men");
    } else if s.ends_with('y') && !s.ends_with("ey") {
        s.pop();
        s.push_str("ies");
    } else if s.ends_with("ife") {
        s.truncate(s.len() - 3);
        s.push_str("ives");
    } else if !s.ends_with('s') {
        s.push('s');
    }
    s
}

fn dedupe_words(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in s.split_whitespace() {
        if out.last().is_none_or(|l| !l.eq_ignore_ascii_case(w)) {
            out.push(w);
        }
    }
    out.join(" ")
}

/// For prompts with nothing recognisable: a few words of the prompt, or a default.
fn fallback_name(input: &str) -> String {
    let words: Vec<String> = input
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| title_word(&w))
        .collect();
    if words.is_empty() {
        "New Persona Group".into()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use crate::prompt::tests::t;
    use crate::prompt::{parse, ParsedGroup};

    #[test]
    fn names_say_each_thing_once_and_keep_acronyms() {
        assert_eq!(
            parse("Tech-savvy millennials in Ho Chi Minh City", t()).name,
            "Ho Chi Minh City Tech-Savvy Millennials"
        );
        assert_eq!(
            parse("Young professionals in Sydney", t()).name,
            "Sydney Young Professionals"
        );
        assert_eq!(parse("OFWs in Dubai", t()).name, "Dubai OFWs");
        assert_eq!(
            parse("Cape Town surfers aged 20-35", t()).name,
            "Cape Town 20–35 Surfers"
        );
        assert_eq!(
            parse("female entrepreneurs in Kuala Lumpur", t()).name,
            "Kuala Lumpur Female Entrepreneurs"
        );
        assert_eq!(
            parse("moms and dads in Cebu", t()).name,
            "Cebu City Parents"
        );
        assert_eq!(
            parse("men and women in Bangkok", t()).name,
            "Bangkok Men and Women"
        );
    }

    #[test]
    fn names() {
        assert_eq!(
            parse("millennial moms in Metro Manila", t()).name,
            "Metro Manila Millennial Moms"
        );
        assert_eq!(
            parse("Gen Z students in Jakarta", t()).name,
            "Jakarta Gen Z Students"
        );
        assert_eq!(parse("", t()).name, "New Persona Group");
        // A place name inside the audience stays; the group's own place leads.
        assert_eq!(
            parse("Mobile Legends players", t()).name,
            "Mobile Legends Players"
        );
        assert_eq!(
            parse("Mobile Legends players in Cebu", t()).name,
            "Cebu City Mobile Legends Players"
        );
        assert_eq!(
            parse("Gen Z including teenagers in Jakarta", t()).name,
            "Jakarta Gen Z Teenagers"
        );
        // A hyphenated compound is one modifier and keeps its hyphens.
        for (prompt, name) in [
            (
                "First-time home buyers in Sydney",
                "Sydney First-Time Home Buyers",
            ),
            ("Stay-at-home dads in Toronto", "Toronto Stay-at-Home Dads"),
            ("K-pop fans in Manila", "Manila K-Pop Fans"),
            (
                "Gen Z and millennial women in Bandung",
                "Bandung Gen Z and Millennial Women",
            ),
        ] {
            assert_eq!(parse(prompt, t()).name, name, "{prompt}");
        }
        let p = parse("asdf qwer", t());
        assert_eq!(
            p,
            ParsedGroup {
                name: "Asdf Qwer".into(),
                ..Default::default()
            }
        );
    }
}
