//! Texts into words: each word with its stem (case, plural, possessive) and the
//! strength of the break before it, so that phrases match across "Moms", "mom's"
//! and "moms" but never across a sentence break.

/// A word of a text, with the strength of the break before it: 0 space, 1 a joiner
/// inside a compound ("first-time", "11.11"), 2 a phrase break (, : ( /), 3 a sentence
/// break (. ! ? ; a new line).
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) brk: u8,
    pub(super) low: String,
    pub(super) stem: String,
}

impl Tok {
    pub(super) fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The break strength of what lies between two words.
fn break_of(between: &str) -> u8 {
    if between.is_empty() {
        return 0;
    }
    let mut brk = 0;
    let spaced = between.chars().any(char::is_whitespace);
    for c in between.chars() {
        let b = match c {
            // A colon introduces what follows ("our core buyer: working moms").
            '\n' | '\r' | '.' | '!' | '?' | ';' | ':' | '•' | '|' | '…' | '=' => 3,
            '-' | '‐' | '‑' | '–' | '—' => {
                if spaced {
                    2
                } else {
                    1
                }
            }
            ' ' | '\t' | '#' | '@' | '\'' | '’' | '*' | '"' | '“' | '”' | '‘' => 0,
            c if c.is_whitespace() => 0,
            _ => 2,
        };
        brk = brk.max(b);
    }
    // "11.11", "booking.com", "e.g": a dot glued on both sides joins.
    if brk == 3 && !spaced && between == "." {
        return 1;
    }
    brk
}

pub(super) fn tokenize(src: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut k = 0;
    let mut prev_end = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !is_word_char(c) {
            k += 1;
            continue;
        }
        let start = i;
        let mut j = k;
        while j < chars.len() {
            let c = chars[j].1;
            let inner_apostrophe = is_apostrophe(c)
                && j > k
                && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            if is_word_char(c) || inner_apostrophe {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map(|&(e, _)| e).unwrap_or(src.len());
        let between = src.get(prev_end..start).unwrap_or("");
        let brk = if toks.is_empty() {
            3
        } else {
            break_of(between)
        };
        let low: String = src
            .get(start..end)
            .unwrap_or("")
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect();
        let stem = stem(&low);
        // "ibu-ibu", "anak-anak": a reduplicated word is one word.
        if brk == 1 && low.chars().all(char::is_alphabetic) {
            if let Some(last) = toks.last_mut() {
                if last.low == low {
                    last.end = end;
                    prev_end = end;
                    k = j;
                    continue;
                }
            }
        }
        toks.push(Tok {
            start,
            end,
            brk,
            low,
            stem,
        });
        prev_end = end;
        k = j;
    }
    toks
}

/// A word's stem: singular, without a possessive, so that "moms", "mom's" and "Moms"
/// meet "mom" (the lexicon goes through the same function).
pub(super) fn stem(low: &str) -> String {
    let mut s = low;
    if let Some(x) = s.strip_suffix("'s") {
        s = x;
    }
    let mut s = s.trim_end_matches('\'').to_owned();
    let n = s.chars().count();
    if n > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.pop();
        if s.ends_with("ie") && n > 4 {
            s.truncate(s.len() - 2);
            s.push('y');
        } else if s.ends_with("xe")
            || s.ends_with("che")
            || s.ends_with("she")
            || s.ends_with("sse")
        {
            s.pop();
        }
    }
    s
}
