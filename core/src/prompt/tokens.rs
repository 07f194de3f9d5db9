//! Tokenising: a prompt as words, numbers, decades and symbols, so that no later step
//! ever slices the input at a byte offset.

#[derive(Debug, Clone, PartialEq)]
pub(super) enum TokenKind {
    Word,
    Num(u32),
    /// "30s", "30's", "30an".
    Decade(u32),
    Sym(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) kind: TokenKind,
    /// Whitespace came right before this token.
    pub(super) space: bool,
    /// As written.
    pub(super) text: String,
    /// Lowercase.
    pub(super) low: String,
}

pub(super) fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    let mut space = true;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            space = true;
            continue;
        }
        let had_space = std::mem::replace(&mut space, false);
        let first = tokens.len();
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let digits = run.chars().take_while(char::is_ascii_digit).count();
            let run_len = run.chars().count();
            if digits == run_len {
                let n = run.parse::<u32>().unwrap_or(u32::MAX);
                tokens.push(Token {
                    kind: TokenKind::Num(n),
                    low: run.clone(),
                    text: run,
                    space: false,
                });
            } else if digits > 0 {
                let num: String = run.chars().take(digits).collect();
                let rest: String = run.chars().skip(digits).collect();
                let n = num.parse::<u32>().unwrap_or(u32::MAX);
                let rest_low = rest.to_lowercase();
                let decade_suffix = (rest_low == "s" || rest_low == "an") && n % 10 == 0;
                if decade_suffix || rest_low == "somethings" || rest_low == "something" {
                    tokens.push(Token {
                        kind: TokenKind::Decade(n),
                        low: run.to_lowercase(),
                        text: run,
                        space: false,
                    });
                } else {
                    tokens.push(Token {
                        kind: TokenKind::Num(n),
                        low: num.clone(),
                        text: num,
                        space: false,
                    });
                    tokens.push(Token {
                        kind: TokenKind::Word,
                        low: rest_low,
                        text: rest,
                        space: false,
                    });
                }
            } else {
                tokens.push(Token {
                    kind: TokenKind::Word,
                    low: run.to_lowercase(),
                    text: run,
                    space: false,
                });
            }
            if let Some(t) = tokens.get_mut(first) {
                t.space = had_space;
            }
            continue;
        }
        tokens.push(Token {
            kind: TokenKind::Sym(c),
            text: c.to_string(),
            low: c.to_string(),
            space: had_space,
        });
        i += 1;
    }
    // "30's" and "30-an" are decades too.
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        if let TokenKind::Num(n) = tokens[k].kind {
            let apos = matches!(
                tokens.get(k + 1).map(|t| &t.kind),
                Some(TokenKind::Sym('\'' | '’'))
            );
            let dash = matches!(
                tokens.get(k + 1).map(|t| &t.kind),
                Some(TokenKind::Sym('-'))
            );
            let next_low = tokens.get(k + 2).map(|t| t.low.as_str());
            let tens = n % 10 == 0 && n >= 10;
            if tens && ((apos && next_low == Some("s")) || (dash && next_low == Some("an")))
                || dash && matches!(next_low, Some("somethings" | "something"))
            {
                out.push(Token {
                    kind: TokenKind::Decade(n),
                    text: format!("{n}s"),
                    low: format!("{n}s"),
                    space: tokens[k].space,
                });
                k += 3;
                continue;
            }
        }
        // "twenty-somethings": a word decade.
        if let Some(n) = word_tens(&tokens[k].low) {
            let dash = matches!(
                tokens.get(k + 1).map(|t| &t.kind),
                Some(TokenKind::Sym('-'))
            );
            let next_low = tokens.get(k + 2).map(|t| t.low.as_str());
            if dash && matches!(next_low, Some("somethings" | "something")) {
                out.push(Token {
                    kind: TokenKind::Decade(n),
                    text: format!("{n}s"),
                    low: format!("{n}s"),
                    space: tokens[k].space,
                });
                k += 3;
                continue;
            }
        }
        out.push(tokens[k].clone());
        k += 1;
    }
    out
}

fn word_tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}
