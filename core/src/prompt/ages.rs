//! Ages: explicit ranges and bounds ("25-34", "40+", "under 30"), decades ("late 20s",
//! "thirties"), generations ("Gen Z") and life stages ("retirees").

use super::lexicon::*;
use super::parser::Parser;
use super::tokens::TokenKind;

pub(super) type Range = (Option<u8>, Option<u8>);
/// A life stage's ages: no upper bound for seniors.
type StageAges = (u32, Option<u32>);

/// How a life stage is tied to the generation before it.
#[derive(Clone, Copy)]
enum Joined {
    Including,
    And,
}

impl Parser<'_> {
    pub(super) fn ages(&self) -> Range {
        let r = self
            .explicit_ages()
            .or_else(|| self.generation_and_stage())
            .unwrap_or((None, None));
        match r {
            (Some(a), Some(b)) if a > b => (None, None),
            (a, b) => (
                a.filter(|v| (13..=100).contains(v)),
                b.filter(|v| (13..=100).contains(v)),
            ),
        }
    }

    /// A number that is money, a count, a year, a percentage or part of a name.
    fn is_decoy(&self, i: usize) -> bool {
        if self.consumed.get(i).copied().unwrap_or(true) {
            return true;
        }
        let TokenKind::Num(n) = self.tokens[i].kind else {
            return false;
        };
        if n > 120 {
            return true;
        }
        // Symbols glued around the number: "$50", "#1", "1,000", "2.5".
        if i > 0 && self.is_sym(i - 1, &['$', '₱', '€', '£', '¥', '₹', '₩', '฿', '₫', '#'])
        {
            return true;
        }
        let glued_after_digit = i > 1
            && !self.tokens[i].space
            && !self.tokens[i - 1].space
            && matches!(self.tokens[i - 2].kind, TokenKind::Num(_));
        if glued_after_digit && self.is_sym(i - 1, &['.', ',']) {
            return true;
        }
        if self.is_sym(i + 1, &['.', ','])
            && self.tokens.get(i + 1).is_some_and(|t| !t.space)
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| !t.space && matches!(t.kind, TokenKind::Num(_)))
        {
            return true;
        }
        if self.is_sym(i + 1, &['%']) {
            return true;
        }
        // Glued letters: "7-Eleven", "S24", "5k".
        if self.is_sym(i + 1, &['-']) && matches!(self.low(i + 2), "eleven" | "11") {
            return true;
        }
        let before = self.words_before(i, 1);
        let after = self.words_after(i, 1);
        if let Some(b) = before.last() {
            if CURRENCY_BEFORE.contains(b) && !matches!(*b, "s" | "us" | "p") {
                return true;
            }
            // "P500", "S$", "US$" are handled by the glued symbol; bare "p 500" too.
            if (*b == "p" || *b == "us")
                && i > 0
                && !self.is_sym(i - 1, &['-'])
                && self.tokens[i - 1].low == *b
            {
                return true;
            }
            // "iPhone 15", "class 10" — but not "AB class, 45-60", where a comma
            // ends the name.
            if MODEL_BEFORE.contains(b) && i > 0 && self.tokens[i - 1].low == *b {
                return true;
            }
        }
        if let Some(a) = after.first() {
            if UNIT_AFTER.contains(a) {
                return true;
            }
        }
        false
    }

    /// "N years" without "old" is a duration ("10 years of experience").
    fn is_duration(&self, i: usize) -> bool {
        let after = self.words_after(i, 3);
        match after.first() {
            Some(&("years" | "year" | "yrs" | "yr")) => {
                !after
                    .iter()
                    .skip(1)
                    .any(|w| matches!(*w, "old" | "of" | "and" | "or" | "above" | "below" | "plus"))
                    || after.get(1).is_some_and(|w| *w == "of")
                        && after.get(2).is_some_and(|w| *w != "age")
            }
            Some(&("tahun" | "taon")) => after.get(1).is_some_and(|w| {
                matches!(
                    *w,
                    "pengalaman" | "lalu" | "bekerja" | "experience" | "ago" | "nang" | "sa"
                )
            }),
            _ => false,
        }
    }

    fn range_word(&self, i: usize) -> bool {
        self.is_sym(i, &['-', '–', '—', '~'])
            || matches!(
                self.low(i),
                "to" | "hanggang"
                    | "hingga"
                    | "sampai"
                    | "sampe"
                    | "until"
                    | "till"
                    | "thru"
                    | "through"
                    | "sa"
                    | "ke"
                    | "hanggan"
            )
    }

    /// Explicit numeric ages: ranges, decades, bounds and single ages.
    fn explicit_ages(&self) -> Option<Range> {
        let mut found = AgeMentions::default();
        let mut i = 0;
        while i < self.tokens.len() {
            i = match self.tokens[i].kind.clone() {
                TokenKind::Num(a) if !self.is_decoy(i) => self.number_ages(i, a, &mut found),
                TokenKind::Decade(d) => self.decade_ages(i, d, &mut found),
                TokenKind::Word => self.word_decade_ages(i, &mut found),
                _ => i + 1,
            };
        }
        found.reconcile()
    }

    /// The number `a` at token `i`: a range, a bound or a single age. Returns the token
    /// to look at next.
    fn number_ages(&self, i: usize, a: u32, found: &mut AgeMentions) -> usize {
        if let Some((range, next)) = self.range_from(i, a) {
            found.ranges.push(range);
            return next;
        }
        self.bound_or_single_age(i, a, found);
        i + 1
    }

    /// A range starting with the number `a` at token `i` ("25-34", "25 to 34", "between 25
    /// and 34", "25 to 30s"), and the token after it.
    fn range_from(&self, i: usize, a: u32) -> Option<((u32, u32), usize)> {
        let mut j = i + 1;
        if self.range_word(j) {
            j += 1;
            if self.range_word(j) {
                j += 1;
            }
        } else if matches!(self.low(j), "and" | "dan" | "at" | "&") || self.is_sym(j, &['&']) {
            let before = self.words_before(i, 2);
            let introduced = before.iter().any(|w| {
                matches!(
                    *w,
                    "between" | "antara" | "from" | "mula" | "dari" | "ages" | "aged" | "edad"
                )
            });
            if !introduced {
                return None;
            }
            j += 1;
        } else {
            return None;
        }
        if let TokenKind::Num(b) = self
            .tokens
            .get(j)
            .map(|t| t.kind.clone())
            .unwrap_or(TokenKind::Sym(' '))
        {
            let decoy_b = self.is_sym(j + 1, &['%'])
                || self
                    .words_after(j, 1)
                    .first()
                    .is_some_and(|w| UNIT_AFTER.contains(w));
            if !decoy_b && b <= 120 && a <= b && b >= 13 && !(a < 13 && b < 18) {
                return Some(((a, b), j + 1));
            }
        }
        if let Some(TokenKind::Decade(b)) = self.tokens.get(j).map(|t| t.kind.clone()) {
            if a <= b + 9 && b >= 10 {
                return Some(((a, b + 9), j + 1));
            }
        }
        None
    }

    /// The number `a` at token `i`, not part of a range: a bound from the words around
    /// it ("40+", "under 25", "up to 30"), or one age ("35 years old", "aged 35").
    fn bound_or_single_age(&self, i: usize, a: u32, found: &mut AgeMentions) {
        let before = self.words_before(i, 3);
        let after = self.words_after(i, 4);
        let after_is = |list: &[&[&str]]| list.iter().any(|p| Self::starts_with(&after, p));
        let before_is = |list: &[&[&str]]| list.iter().any(|p| Self::ends_with(&before, p));
        // "30 and 40 year olds" is not a lower bound on 30.
        let plus = self.is_sym(i + 1, &['+']);
        // A bound written before the number may be a duration instead ("at least 10
        // years of experience"): then the number says nothing.
        let unless_duration = |list: &mut Vec<u32>, v: u32| {
            if !self.is_duration(i) {
                list.push(v);
            }
        };
        if plus || after_is(OR_OLDER_AFTER) {
            found.mins.push(a);
        } else if after_is(OR_YOUNGER_AFTER) {
            found.maxs.push(a);
        } else if before_is(AT_LEAST_BEFORE) {
            unless_duration(&mut found.mins, a);
        } else if before_is(NO_OLDER_THAN_BEFORE) {
            unless_duration(&mut found.maxs, a);
        } else if before_is(OLDER_THAN_BEFORE) {
            unless_duration(&mut found.mins, a + 1);
        } else if before_is(YOUNGER_THAN_BEFORE) {
            unless_duration(&mut found.maxs, a.saturating_sub(1));
        } else if before_is(UP_TO_BEFORE) {
            unless_duration(&mut found.maxs, a);
        } else {
            let aged_before = before.last().is_some_and(|w| {
                matches!(
                    *w,
                    "aged"
                        | "age"
                        | "usia"
                        | "umur"
                        | "berusia"
                        | "berumur"
                        | "edad"
                        | "ages"
                        | "umurnya"
                )
            });
            let tahun_after = after
                .first()
                .is_some_and(|w| matches!(*w, "tahun" | "taon"))
                && aged_before;
            if after_is(YEARS_OLD_AFTER) || aged_before || tahun_after {
                found.singles.push(a);
            }
        }
    }

    /// The decade `d` at token `i` ("30s"): a bound ("over-50s"), a span of decades ("20s
    /// and 30s") or one decade. Returns the token to look at next.
    fn decade_ages(&self, i: usize, d: u32, found: &mut AgeMentions) -> usize {
        let (lo, hi) = self.decade_range(i, d);
        // "over-50s", "under-30s" (UK): bounds, not decades.
        let before = self.words_before(i, 2);
        let over = [&["over"][..], &["above"], &["older", "than"]]
            .iter()
            .any(|p| Self::ends_with(&before, p));
        let under = [&["under"][..], &["below"], &["younger", "than"]]
            .iter()
            .any(|p| Self::ends_with(&before, p));
        if d >= 10 && (over || under) {
            if over {
                found.mins.push(d + 1);
            } else {
                found.maxs.push(d.saturating_sub(1));
            }
            return i + 1;
        }
        // "20s and 30s", "20s-30s", "late 20s to early 30s".
        if let Some((hi2, next)) = self.joined_decade(i, d) {
            found.ranges.push((lo, hi2));
            return next;
        }
        if (10..=90).contains(&d) && d.is_multiple_of(10) {
            found.ranges.push((lo, hi));
        }
        i + 1
    }

    /// A decade written as a word at token `i` ("thirties"), alone or joined to a later
    /// one. Returns the token to look at next.
    fn word_decade_ages(&self, i: usize, found: &mut AgeMentions) -> usize {
        if let Some(d) = word_decade(&self.tokens[i].low) {
            let (lo, hi) = self.decade_range(i, d);
            // "twenties and thirties", "late twenties to early thirties".
            if let Some((hi2, next)) = self.joined_decade(i, d) {
                found.ranges.push((lo, hi2));
                return next;
            }
            found.ranges.push((lo, hi));
        }
        i + 1
    }

    /// The later decade joined to decade `d` at token `i` ("20s and 30s", "late 20s to
    /// early 30s", "twenties/thirties"): its upper bound and the token after it.
    fn joined_decade(&self, i: usize, d: u32) -> Option<(u32, usize)> {
        let j = i + 1;
        let joiner = self.range_word(j)
            || matches!(self.low(j), "and" | "or" | "dan" | "at")
            || self.is_sym(j, &['/', '&']);
        if !joiner {
            return None;
        }
        let (k, d2) = self.decade_at(j + 1)?;
        (d2 > d).then(|| (self.decade_range(k, d2).1, k + 1))
    }

    /// The decade that starts at token `j`, past one early/mid/late modifier (the second
    /// half of "late 20s and early 30s"): its token and its value.
    fn decade_at(&self, j: usize) -> Option<(usize, u32)> {
        let at = |k: usize| -> Option<(usize, u32)> {
            let t = self.tokens.get(k)?;
            match t.kind {
                TokenKind::Decade(d) => Some((k, d)),
                TokenKind::Word => word_decade(&t.low).map(|d| (k, d)),
                _ => None,
            }
        };
        if let Some(found) = at(j) {
            return Some(found);
        }
        let modifier = matches!(
            self.low(j),
            "early" | "mid" | "late" | "middle" | "awal" | "akhir" | "pertengahan" | "lewat"
        );
        if !modifier {
            return None;
        }
        // "mid-30s": the modifier and the decade may be split by a hyphen.
        at(if self.is_sym(j + 1, &['-']) {
            j + 2
        } else {
            j + 1
        })
    }

    /// A decade with its early/mid/late modifier, looking back from token `i`.
    fn decade_range(&self, i: usize, d: u32) -> (u32, u32) {
        let before = self.words_before(i, 3);
        let prev = before.last().copied().unwrap_or("");
        let combo = |a: &str, b: &str| {
            Self::ends_with(&before, &[a, "to", b]) || Self::ends_with(&before, &[a, b])
        };
        let (early, mid, late) = if combo("early", "mid") {
            (true, true, false)
        } else if combo("mid", "late") {
            (false, true, true)
        } else {
            (
                matches!(prev, "early" | "awal"),
                matches!(prev, "mid" | "pertengahan" | "middle"),
                matches!(prev, "late" | "akhir" | "lewat"),
            )
        };
        let d = if d < 10 { d * 10 } else { d };
        match (early, mid, late) {
            (true, true, false) => (d, d + 6),
            (false, true, true) => (d + 4, d + 9),
            (true, false, false) => (d, d + 3),
            (false, true, false) => (d + 4, d + 6),
            (false, false, true) => (d + 7, d + 9),
            _ => (d, d + 9),
        }
    }

    /// Ages from a generation ("Gen Z") and a life stage ("teens"), combined by how the
    /// prompt ties them: "Gen Z teens" narrows, "Gen Z and teens" widens.
    fn generation_and_stage(&self) -> Option<Range> {
        let gen_range = self.generation_ages();
        let (stage_range, joined) = match self.life_stage() {
            Some((range, joined)) => (Some(range), joined),
            None => (None, None),
        };
        match (gen_range, stage_range, joined) {
            // "Gen Z including teenagers": the generation, its teens included.
            (Some((lo, hi)), Some(_), Some(Joined::Including)) => {
                Some((Some(lo.max(13) as u8), Some(hi.min(100) as u8)))
            }
            // "Gen Z and teens", "Boomers plus retirees": both groups.
            (Some((glo, ghi)), Some((slo, shi)), Some(Joined::And)) => {
                let hi = shi.map(|s| s.max(ghi).min(100) as u8);
                Some((Some(glo.min(slo).max(13) as u8), hi))
            }
            // "Gen Z teens": the stage narrows the generation.
            (Some((glo, ghi)), Some((slo, shi)), None) => {
                let lo = glo.max(slo);
                let hi = shi.map_or(ghi, |s| s.min(ghi));
                if lo <= hi {
                    Some((Some(lo as u8), Some(hi.min(100) as u8)))
                } else {
                    Some((Some(glo as u8), Some(ghi.min(100) as u8)))
                }
            }
            (Some((lo, hi)), None, _) => Some((Some(lo.max(13) as u8), Some(hi.min(100) as u8))),
            (None, Some((lo, hi)), _) => Some((Some(lo as u8), hi.map(|h| h as u8))),
            (None, None, _) => None,
        }
    }

    /// The ages of the generations named, this year: one span covering all of them.
    fn generation_ages(&self) -> Option<(u32, u32)> {
        let y = self.today.year;
        let teens = ["teens", "teenagers", "teenager", "teen", "remaja"]
            .iter()
            .any(|t| self.find(&[t]).into_iter().any(|w| !self.is_object(w)));
        let mut gen_range: Option<(u32, u32)> = None;
        for &(phrases, first, last) in GENERATIONS {
            if phrases.iter().any(|p| self.has(p)) {
                let lo = (y - last).max(0) as u32;
                let hi = (y - first).max(0) as u32;
                gen_range = Some(match gen_range {
                    Some((a, b)) => (a.min(lo), b.max(hi)),
                    None => (lo, hi),
                });
            }
        }
        // Gen Z is floored at 18 unless teens are named.
        if let Some((lo, hi)) = gen_range {
            if lo < 18 && !teens {
                gen_range = Some((18, hi));
            }
        }
        gen_range
    }

    /// The first life stage named for the audience itself: its ages, and how it is tied
    /// to a generation named before it, if it is.
    fn life_stage(&self) -> Option<(StageAges, Option<Joined>)> {
        for &(phrases, lo, hi) in LIFE_STAGES {
            // "senior high school" and "senior managers" are not seniors.
            let at = phrases.iter().find_map(|p| {
                self.find(p).into_iter().find(|&w| {
                    let next = self
                        .words
                        .get(w + p.len())
                        .map(|&t| self.tokens[t].low.as_str());
                    (!(p == &["seniors"]
                        || p == &["senior", "citizens"]
                        || p == &["senior", "citizen"])
                        || !matches!(next, Some("high" | "managers" | "executives" | "engineers")))
                        && !self.is_object(w)
                })
            });
            if at.is_some() || lo == 18 && hi == Some(24) && self.students_at_college() {
                return Some(((lo, hi), at.and_then(|w| self.joined_to_generation(w))));
            }
        }
        None
    }

    /// Whether the life stage at word `w` is added to a generation named just before it
    /// ("Gen Z including teens", "millennials and young professionals") rather than
    /// narrowing it ("Gen Z teens").
    fn joined_to_generation(&self, w: usize) -> Option<Joined> {
        let at = |k: usize| self.tokens[self.words[k]].low.as_str();
        let before: Vec<&str> = (w.saturating_sub(3)..w).map(at).collect();
        let ends = |p: &[&str]| Self::ends_with(&before, p);
        if ends(&["including"]) || ends(&["incl"]) || ends(&["termasuk"]) || ends(&["even"]) {
            Some(Joined::Including)
        } else if ends(&["and"])
            || ends(&["or"])
            || ends(&["plus"])
            || ends(&["as", "well", "as"])
            || ends(&["dan"])
            || ends(&["at"])
        {
            Some(Joined::And)
        } else {
            None
        }
    }
}

/// The ages a prompt states in numbers, gathered before they are reconciled into one.
#[derive(Default)]
struct AgeMentions {
    ranges: Vec<(u32, u32)>,
    mins: Vec<u32>,
    maxs: Vec<u32>,
    singles: Vec<u32>,
}

impl AgeMentions {
    /// Ranges win over bounds, and bounds over single ages.
    fn reconcile(self) -> Option<Range> {
        let clamp = |v: u32| v.min(100) as u8;
        // Several ranges describe several segments of one group ("women 25-34 and men
        // 35-44"): the group spans them all.
        let lo = self.ranges.iter().map(|r| r.0).min();
        let hi = self.ranges.iter().map(|r| r.1).max();
        if let (Some(a), Some(b)) = (lo, hi) {
            return Some((Some(clamp(a.max(13))), Some(clamp(b))));
        }
        let min = self
            .mins
            .into_iter()
            .filter(|m| (13..=100).contains(m))
            .max();
        let max = self
            .maxs
            .into_iter()
            .filter(|m| (13..=100).contains(m))
            .min();
        if min.is_some() || max.is_some() {
            return Some((min.map(clamp), max.map(clamp)));
        }
        self.singles
            .into_iter()
            .find(|s| (13..=100).contains(s))
            .map(|s| (Some(clamp(s)), Some(clamp(s))))
    }
}

fn word_decade(w: &str) -> Option<u32> {
    Some(match w {
        "twenties" | "twentysomethings" | "twentysomething" => 20,
        "thirties" | "thirtysomethings" | "thirtysomething" => 30,
        "forties" | "fortysomethings" | "fortysomething" => 40,
        "fifties" | "fiftysomethings" | "fiftysomething" => 50,
        "sixties" | "sixtysomethings" | "sixtysomething" => 60,
        "seventies" | "seventysomethings" | "seventysomething" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::prompt::tests::t;
    use crate::prompt::{parse, Today};

    fn ages(s: &str) -> (Option<u8>, Option<u8>) {
        let p = parse(s, t());
        (p.age_min, p.age_max)
    }

    #[test]
    fn age_spellings() {
        for s in [
            "25-34",
            "25–34",
            "25 to 34",
            "between 25 and 34",
            "aged 25 to 34",
            "25 - 34 years old",
            "ages 25-34",
            "25 hanggang 34",
            "usia 25 sampai 34 tahun",
        ] {
            assert_eq!(
                ages(&format!("moms {s} in Manila")),
                (Some(25), Some(34)),
                "{s}"
            );
        }
        assert_eq!(ages("women in their 30s"), (Some(30), Some(39)));
        assert_eq!(ages("thirties"), (Some(30), Some(39)));
        assert_eq!(ages("early 30s"), (Some(30), Some(33)));
        assert_eq!(ages("mid-30s dads"), (Some(34), Some(36)));
        assert_eq!(ages("late 30s"), (Some(37), Some(39)));
        assert_eq!(ages("20s and 30s"), (Some(20), Some(39)));
        assert_eq!(
            ages("in their late 20s and early 30s"),
            (Some(27), Some(33))
        );
        assert_eq!(ages("late 20s to mid-30s"), (Some(27), Some(36)));
        assert_eq!(ages("twenties and thirties"), (Some(20), Some(39)));
        assert_eq!(
            ages("late twenties to early thirties"),
            (Some(27), Some(33))
        );
        assert_eq!(ages("early 30s and 40s"), (Some(30), Some(49)));
        assert_eq!(ages("40+"), (Some(40), None));
        assert_eq!(ages("40 and above"), (Some(40), None));
        assert_eq!(ages("at least 40"), (Some(40), None));
        assert_eq!(ages("over 40"), (Some(41), None));
        assert_eq!(ages("older than 40"), (Some(41), None));
        assert_eq!(ages("under 25"), (None, Some(24)));
        assert_eq!(ages("younger than 25"), (None, Some(24)));
        assert_eq!(ages("up to 25"), (None, Some(25)));
        assert_eq!(ages("25 and below"), (None, Some(25)));
        assert_eq!(ages("35-year-old nurses"), (Some(35), Some(35)));
    }

    #[test]
    fn generations_and_stages() {
        assert_eq!(ages("Gen Z coffee drinkers"), (Some(18), Some(29)));
        assert_eq!(ages("Gen Z teens"), (Some(14), Some(19)));
        assert_eq!(ages("millennial moms"), (Some(30), Some(45)));
        assert_eq!(ages("Gen X"), (Some(46), Some(61)));
        assert_eq!(ages("Boomers"), (Some(62), Some(80)));
        assert_eq!(ages("Gen Alpha kids"), (None, None));
        assert_eq!(ages("teenagers"), (Some(13), Some(19)));
        assert_eq!(ages("college students"), (Some(18), Some(24)));
        assert_eq!(ages("young professionals"), (Some(22), Some(35)));
        assert_eq!(ages("retirees"), (Some(60), None));
        assert_eq!(ages("millennials aged 28-35"), (Some(28), Some(35)));
        // A stage added to a generation widens it; an adjective narrows it.
        assert_eq!(ages("Gen Z including teenagers"), (Some(14), Some(29)));
        assert_eq!(ages("Gen Z, incl. teens"), (Some(14), Some(29)));
        assert_eq!(ages("Gen Z and teens"), (Some(13), Some(29)));
        assert_eq!(
            ages("millennials and young professionals"),
            (Some(22), Some(45))
        );
        assert_eq!(ages("Boomers and retirees"), (Some(60), None));
        assert_eq!(ages("Gen Z college students"), (Some(18), Some(24)));
        assert_eq!(parse("Gen Z", Today { year: 2027 }).age_max, Some(30));
    }

    #[test]
    fn several_ranges_make_one_group_spanning_them() {
        assert_eq!(ages("women 25-34 and men 35-44"), (Some(25), Some(44)));
        assert_eq!(ages("moms aged 30-39 or 45-50"), (Some(30), Some(50)));
        let g = parse("women 25-34 and men 35-44 in Manila", Today { year: 2026 });
        assert_eq!(g.gender, Some("All"));
        // A range of something else is still not an age.
        assert_eq!(ages("moms 30-40 with 2-3 kids"), (Some(30), Some(40)));
    }

    #[test]
    fn decoys_are_not_ages() {
        for s in [
            "shoppers spending under $50",
            "₱500 budget",
            "phones under 20k",
            "20% off lovers",
            "top 10 brands",
            "iPhone 15 owners",
            "since 2019",
            "in 2025",
            "7-Eleven regulars",
            "moms with 3 kids",
            "over 50% of",
            "Rp 50rb snacks",
            "under 25 pesos",
        ] {
            assert_eq!(ages(s), (None, None), "{s}");
        }
    }
}
