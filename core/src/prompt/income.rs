//! Income class: income words and phrases, class letters ("AB", "B40") and labelled
//! fields ("Income: high").

use super::lexicon::*;
use super::parser::Parser;
use crate::domain::IncomeLevel;

impl Parser<'_> {
    pub(super) fn income(&self) -> Option<IncomeLevel> {
        let mut found: Vec<(usize, IncomeLevel)> = Vec::new();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let mut phrases: Vec<&(&[&str], IncomeLevel)> = INCOME.iter().collect();
        phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (p, level) in phrases {
            for w in self.find(p) {
                let end = w + p.len();
                if covered.iter().any(|(a, b)| w < *b && *a < end) {
                    continue;
                }
                // "masa" also means "time" in Malay/Indonesian ("masa depan", "pada masa").
                if p == &["masa"] {
                    let next = self.words.get(w + 1).map(|&t| self.tokens[t].low.as_str());
                    let prev = w
                        .checked_sub(1)
                        .map(|k| self.tokens[self.words[k]].low.as_str());
                    if matches!(
                        next,
                        Some(
                            "depan" | "lalu" | "kini" | "lapang" | "itu" | "ini" | "kecil" | "muda"
                        )
                    ) || matches!(prev, Some("pada" | "di" | "waktu" | "sepanjang" | "dalam"))
                    {
                        continue;
                    }
                }
                // "sekolah menengah" is a secondary school.
                if p == &["menengah"]
                    && w.checked_sub(1).is_some_and(|k| {
                        matches!(
                            self.tokens[self.words[k]].low.as_str(),
                            "sekolah" | "pelajar" | "siswa"
                        )
                    })
                {
                    continue;
                }
                covered.push((w, end));
                found.push((w, *level));
            }
        }
        // "luxury travellers", "premium segment", "premium car buyers": the top of the
        // market.
        for w in 0..self.words.len().saturating_sub(1) {
            let (a, b) = (
                self.tokens[self.words[w]].low.as_str(),
                self.tokens[self.words[w + 1]].low.as_str(),
            );
            let c = self
                .words
                .get(w + 2)
                .map(|&k| self.tokens[k].low.as_str())
                .unwrap_or("");
            let buyers = |x: &str| {
                matches!(
                    x,
                    "buyers"
                        | "shoppers"
                        | "consumers"
                        | "customers"
                        | "clients"
                        | "owners"
                        | "collectors"
                )
            };
            if matches!(a, "luxury" | "premium" | "high-end" | "upmarket")
                && (PEOPLE.contains(&b)
                    || matches!(b, "segment" | "market" | "tier" | "clients" | "travelers")
                    || (buyers(c) && !STOP.contains(&b)))
                && !covered.iter().any(|(x, y)| w >= *x && w < *y)
            {
                found.push((w, IncomeLevel::High));
            }
        }
        for (w, &i) in self.words.iter().enumerate() {
            let text = self.tokens[i].text.as_str();
            let joined = match (self.tokens.get(i + 1), self.tokens.get(i + 2)) {
                (Some(s), Some(n)) if s.text == "/" => format!("{text}/{}", n.text),
                _ => text.to_owned(),
            };
            for (caps, level) in INCOME_CAPS {
                if (joined == *caps || text == *caps)
                    && !covered.iter().any(|(a, b)| w >= *a && w < *b)
                {
                    // A lone capital "C" only counts as a class next to "class"/"segment".
                    if *caps == "C" {
                        let near = self
                            .words_before(i, 1)
                            .iter()
                            .chain(self.words_after(i, 1).iter())
                            .any(|x| matches!(*x, "class" | "segment" | "kelas" | "sec" | "ses"));
                        if !near {
                            continue;
                        }
                    }
                    found.push((w, *level));
                }
            }
        }
        if let Some(level) = self.labelled_income() {
            return Some(level);
        }
        let mut levels: Vec<IncomeLevel> = found.iter().map(|(_, l)| *l).collect();
        levels.dedup();
        levels.sort_by_key(|l| *l as u8);
        levels.dedup();
        match levels.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// "Income: high", "income level - middle": a labelled income field.
    fn labelled_income(&self) -> Option<IncomeLevel> {
        for w in 0..self.words.len() {
            if self.tokens[self.words[w]].low != "income" && self.tokens[self.words[w]].low != "ses"
            {
                continue;
            }
            let mut k = w + 1;
            if self.words.get(k).is_some_and(|&t| {
                matches!(
                    self.tokens[t].low.as_str(),
                    "level" | "bracket" | "group" | "class" | "segment"
                )
            }) {
                k += 1;
            }
            let Some(&v) = self.words.get(k) else {
                continue;
            };
            let label = self.words[k - 1];
            if !(label + 1..v).any(|x| self.is_sym(x, &[':', '=', '-', '–'])) {
                continue;
            }
            return match self.tokens[v].low.as_str() {
                "high" | "upper" | "affluent" | "premium" | "tinggi" | "atas" => {
                    Some(IncomeLevel::High)
                }
                "middle" | "medium" | "mid" | "average" | "menengah" | "sederhana" => {
                    Some(IncomeLevel::Middle)
                }
                "low" | "lower" | "rendah" | "bawah" => Some(IncomeLevel::Low),
                _ => None,
            };
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::prompt::parse;
    use crate::prompt::tests::t;

    #[test]
    fn income_words_around_the_spec_lists() {
        let inc = |s: &str| parse(s, t()).income_level;
        assert_eq!(inc("premium car buyers in Riyadh"), Some("High"));
        assert_eq!(inc("luxury watch collectors"), Some("High"));
        assert_eq!(inc("budget-savvy students"), Some("Low"));
        assert_eq!(inc("thrifty moms in Cavite"), Some("Low"));
        assert_eq!(inc("premium coffee drinkers"), None);
        assert_eq!(inc("moms who buy premium diapers"), None);
    }

    #[test]
    fn income_and_occupation() {
        let p = parse("budget-conscious Grab drivers in KL, B40", t());
        assert_eq!(p.income_level, Some("Low"));
        assert_eq!(p.occupation.as_deref(), Some("Ride-hailing driver"));
        assert_eq!(p.location.as_deref(), Some("Kuala Lumpur, Malaysia"));
        assert_eq!(parse("class AB families", t()).income_level, Some("High"));
        assert_eq!(
            parse("mass affluent investors", t()).income_level,
            Some("High")
        );
        assert_eq!(parse("M40 parents", t()).income_level, Some("Middle"));
        assert_eq!(
            parse("OFWs in Dubai", t()).occupation.as_deref(),
            Some("OFW")
        );
    }
}
