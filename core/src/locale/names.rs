// Place-name normalisation, shared by the gazetteer at run time and by `build.rs`,
// which precomputes every lookup key (this file is `include!`d there).

/// Other names of countries, beyond the English short name in each pack. Two-letter
/// codes are matched only in capitals (see `country_code_token`), since "IN", "MY",
/// "ID" and "US" are also English words.
pub const COUNTRY_ALIASES: &[(&str, &[&str])] = &[
    (
        "PH",
        &[
            "Philippines",
            "the Philippines",
            "Pilipinas",
            "Pinas",
            "Filipinas",
        ],
    ),
    ("ID", &["Indonesia", "Indo", "Republik Indonesia"]),
    ("VN", &["Vietnam", "Viet Nam", "Việt Nam"]),
    ("TH", &["Thailand", "Siam", "Prathet Thai"]),
    ("MY", &["Malaysia", "M'sia", "Msia"]),
    ("SG", &["Singapore", "S'pore", "Singapura"]),
    ("IN", &["India", "Bharat"]),
    ("JP", &["Japan", "Nippon", "Nihon"]),
    (
        "KR",
        &[
            "South Korea",
            "Korea",
            "Republic of Korea",
            "ROK",
            "S. Korea",
        ],
    ),
    (
        "CN",
        &[
            "China",
            "PRC",
            "Mainland China",
            "People's Republic of China",
        ],
    ),
    ("AU", &["Australia", "Oz"]),
    (
        "US",
        &[
            "United States",
            "USA",
            "U.S.",
            "U.S.A.",
            "America",
            "United States of America",
            "the States",
            "the US",
        ],
    ),
    (
        "GB",
        &[
            "United Kingdom",
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
        ],
    ),
    ("BR", &["Brazil", "Brasil"]),
    ("MX", &["Mexico", "México"]),
    ("NG", &["Nigeria", "Naija"]),
    ("KE", &["Kenya"]),
    ("ZA", &["South Africa", "Mzansi", "RSA"]),
    ("DE", &["Germany", "Deutschland"]),
    ("FR", &["France"]),
    ("KH", &["Cambodia", "Kampuchea", "Kingdom of Cambodia"]),
    (
        "MM",
        &["Myanmar", "Burma", "Republic of the Union of Myanmar"],
    ),
    (
        "LA",
        &["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    ),
    ("BN", &["Brunei", "Brunei Darussalam"]),
    ("TL", &["Timor-Leste", "Timor Leste", "East Timor"]),
    ("PK", &["Pakistan"]),
    ("BD", &["Bangladesh"]),
    ("EG", &["Egypt", "Misr"]),
    ("TR", &["Türkiye", "Turkiye", "Turkey"]),
    (
        "SA",
        &["Saudi Arabia", "KSA", "Saudi", "Kingdom of Saudi Arabia"],
    ),
    (
        "AE",
        &[
            "United Arab Emirates",
            "UAE",
            "U.A.E.",
            "Emirates",
            "the Emirates",
        ],
    ),
    ("ES", &["Spain", "España"]),
    ("IT", &["Italy", "Italia"]),
    ("CA", &["Canada"]),
    ("AR", &["Argentina"]),
    ("CO", &["Colombia"]),
    ("PL", &["Poland", "Polska"]),
    (
        "NL",
        &["Netherlands", "the Netherlands", "Holland", "Nederland"],
    ),
    ("TW", &["Taiwan", "Republic of China", "Formosa"]),
    ("NZ", &["New Zealand", "Aotearoa"]),
];

/// Lowercase, accents folded, punctuation to spaces, whitespace collapsed.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let folded = fold_accent(ch);
        if folded.is_alphanumeric() {
            out.push(folded);
        } else if folded == '\'' || folded == '’' {
            continue;
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ'
        | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ'
        | 'ệ' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĩ' | 'ỉ' | 'ị' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ'
        | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ũ' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => {
            'u'
        }
        'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ß' => 's',
        // Polish, Turkish, Romanian, Czech and Hungarian letters that Unicode does not
        // decompose into a base letter and a mark.
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ı' => 'i',
        'ğ' => 'g',
        'ą' => 'a',
        'ő' => 'o',
        'ű' => 'u',
        'ř' | 'ŕ' => 'r',
        'ț' | 'ţ' | 'ť' => 't',
        'ș' => 's',
        'ď' => 'd',
        other => other,
    }
}

/// Place-name forms that add nothing: "Cebu City" is "Cebu", "Kota Bandung" is "Bandung".
pub fn strip_affixes(n: &str) -> &str {
    let n = n.strip_suffix(" city").unwrap_or(n);
    let n = n.strip_prefix("city of ").unwrap_or(n);
    let n = n.strip_prefix("kota ").unwrap_or(n);
    let n = n.strip_prefix("thanh pho ").unwrap_or(n);
    n.strip_prefix("the ").unwrap_or(n)
}

/// Bits of the gazetteer's key filter (16 KiB) and bits set per key.
pub const KEY_FILTER_BITS: usize = 1 << 17;
const KEY_FILTER_PROBES: u32 = 3;

/// The filter bits of a normalised key (FNV-1a, 17 bits per probe): a lookup whose
/// bits are not all set is no key, and reads none of the gazetteer's chunks. Most
/// lookups are like that (parse-prompt asks for every phrase of a prompt).
pub fn key_filter_bits(key: &str) -> impl Iterator<Item = usize> {
    let h = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    (0..KEY_FILTER_PROBES).map(move |j| ((h >> (j * 17)) as usize) & (KEY_FILTER_BITS - 1))
}
