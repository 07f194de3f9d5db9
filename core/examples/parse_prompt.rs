//! Prints what parse-prompt makes of each line of standard input, as JSON lines:
//! `echo "Gen Z moms in Cebu" | cargo run -q -p boses-core --example parse_prompt`.

use std::io::BufRead;

fn main() {
    let today = boses_core::prompt::Today { year: 2026 };
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let got = boses_core::prompt::parse(&line, today).to_json();
        println!("{got} <- {line}");
    }
}
