//! Age words: the phrases around a number that make it a bound or an age, and the
//! generations and life stages with the ages they imply.

/// Life-stage phrases with the ages they imply (no upper bound for seniors).
pub(crate) type Stage = (&'static [&'static [&'static str]], u32, Option<u32>);
/// Generation phrases with their Pew birth years.
pub(crate) type Generation = (&'static [&'static [&'static str]], i32, i32);

/// After a number: it is a lower bound ("40 and above").
pub(crate) const OR_OLDER_AFTER: &[&[&str]] = &[
    &["and", "above"],
    &["and", "over"],
    &["and", "older"],
    &["or", "older"],
    &["or", "above"],
    &["and", "up"],
    &["pataas"],
    &["ke", "atas"],
    &["keatas"],
    &["tahun", "ke", "atas"],
    &["at", "pataas"],
    &["years", "and", "older"],
    &["years", "and", "above"],
    &["years", "old", "and", "above"],
    &["years", "old", "and", "older"],
    &["yrs", "and", "above"],
    &["years", "and", "up"],
    &["above"],
    &["plus"],
    &["taong", "gulang", "pataas"],
    &["tahun", "keatas"],
    &["dan", "ke", "atas"],
    &["dan", "keatas"],
];

/// After a number: it is an upper bound ("25 and below").
pub(crate) const OR_YOUNGER_AFTER: &[&[&str]] = &[
    &["and", "below"],
    &["and", "under"],
    &["and", "younger"],
    &["or", "younger"],
    &["or", "below"],
    &["pababa"],
    &["ke", "bawah"],
    &["kebawah"],
    &["tahun", "ke", "bawah"],
    &["and", "less"],
    &["years", "and", "below"],
    &["years", "and", "under"],
    &["years", "old", "and", "below"],
    &["years", "old", "and", "under"],
];

/// Before a number: it is a lower bound ("at least 40").
pub(crate) const AT_LEAST_BEFORE: &[&[&str]] = &[
    &["at", "least"],
    &["minimum"],
    &["min"],
    &["minimal"],
    &["sekurang", "kurangnya"],
    &["paling", "tidak"],
    &["no", "younger", "than"],
    &["not", "younger", "than"],
    &["atleast"],
];

/// Before a number: it is an upper bound ("no older than 40").
pub(crate) const NO_OLDER_THAN_BEFORE: &[&[&str]] = &[
    &["no", "older", "than"],
    &["not", "older", "than"],
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["not", "over"],
];

/// Before a number: the ages start just above it ("over 40" is 41 and up).
pub(crate) const OLDER_THAN_BEFORE: &[&[&str]] = &[
    &["over"],
    &["above"],
    &["older", "than"],
    &["more", "than"],
    &["di", "atas"],
    &["lebih", "dari"],
    &["lebih"],
    &["mahigit"],
    &["higit", "sa"],
    &["lampas"],
    &["past"],
    &["beyond"],
    &["atas"],
    &["melebihi"],
];

/// Before a number: the ages end just below it ("under 25" is 24 and down).
pub(crate) const YOUNGER_THAN_BEFORE: &[&[&str]] = &[
    &["under"],
    &["below"],
    &["younger", "than"],
    &["less", "than"],
    &["di", "bawah"],
    &["bawah"],
    &["kurang", "dari"],
    &["wala", "pang"],
    &["bellow"],
];

/// Before a number: it is the highest age ("up to 25").
pub(crate) const UP_TO_BEFORE: &[&[&str]] = &[
    &["up", "to"],
    &["hanggang"],
    &["sampai"],
    &["hingga"],
    &["maximum"],
    &["max"],
    &["at", "most"],
    &["not", "older", "than"],
    &["no", "older", "than"],
    &["maksimal"],
];

/// After a number: it is one age ("35 years old", "35yo").
pub(crate) const YEARS_OLD_AFTER: &[&[&str]] = &[
    &["year", "old"],
    &["years", "old"],
    &["yr", "old"],
    &["yrs", "old"],
    &["yo"],
    &["y", "o"],
    &["year", "olds"],
    &["yos"],
    &["taong", "gulang"],
    &["anyos"],
    &["yrs"],
];

/// Generations: (word phrases, earliest birth year, latest birth year).
pub(crate) const GENERATIONS: &[Generation] = &[
    (
        &[
            &["gen", "z"],
            &["genz"],
            &["generation", "z"],
            &["zoomers"],
            &["zoomer"],
            &["gen", "zers"],
            &["gen", "zs"],
            &["gen", "z", "ers"],
            &["gen", "zer"],
            &["generasi", "z"],
            &["generation", "zoomers"],
        ],
        1997,
        2012,
    ),
    (
        &[
            &["millennials"],
            &["millennial"],
            &["millenials"],
            &["millenial"],
            &["milenial"],
            &["milenials"],
            &["milennials"],
            &["milennial"],
            &["millenails"],
            &["millenian"],
            &["generasi", "milenial"],
            &["generasi", "y"],
            &["milenyal"],
            &["gen", "y"],
            &["generation", "y"],
            &["gen", "yers"],
        ],
        1981,
        1996,
    ),
    (
        &[
            &["gen", "x"],
            &["generation", "x"],
            &["gen", "xers"],
            &["gen", "xer"],
            &["genx"],
            &["generasi", "x"],
        ],
        1965,
        1980,
    ),
    (
        &[
            &["boomers"],
            &["boomer"],
            &["baby", "boomers"],
            &["babyboomers"],
        ],
        1946,
        1964,
    ),
];

/// Life stages, in the order they are tried: the first one named decides.
pub(crate) const LIFE_STAGES: &[Stage] = &[
    (
        &[
            &["teens"],
            &["teenagers"],
            &["teenager"],
            &["teen"],
            &["remaja"],
            &["adolescents"],
        ],
        13,
        Some(19),
    ),
    (
        &[
            &["college", "students"],
            &["university", "students"],
            &["college", "student"],
            &["mahasiswa"],
            &["mahasiswi"],
            &["uni", "students"],
            &["undergrads"],
            &["undergraduates"],
            &["college", "kids"],
            &["pelajar", "universiti"],
            &["pelajar", "kolej"],
            &["pelajar", "ipt"],
        ],
        18,
        Some(24),
    ),
    (
        &[
            &["young", "adults"],
            &["young", "adult"],
            &["dewasa", "muda"],
            &["anak", "muda"],
            &["orang", "muda"],
        ],
        18,
        Some(29),
    ),
    (
        &[
            &["young", "professionals"],
            &["young", "professional"],
            &["yuppies"],
            &["profesional", "muda"],
            &["pekerja", "profesional", "muda"],
            &["batang", "propesyonal"],
        ],
        22,
        Some(35),
    ),
    (
        &[
            &["middle", "aged"],
            &["middle", "age"],
            &["paruh", "baya"],
            &["separuh", "umur"],
        ],
        40,
        Some(60),
    ),
    (
        &[
            &["seniors"],
            &["senior", "citizens"],
            &["senior", "citizen"],
            &["warga", "lanjut", "usia"],
            &["retirees"],
            &["retired"],
            &["elderly"],
            &["older", "adults"],
            &["pensioners"],
            &["lansia"],
            &["warga", "emas"],
            &["pensiunan"],
            &["warga", "senior"],
            &["lolo", "at", "lola"],
        ],
        60,
        None,
    ),
    (&[&["young", "parents"]], 22, Some(35)),
    (&[&["new", "parents"]], 22, Some(40)),
    (
        &[
            &["fresh", "graduates"],
            &["fresh", "grads"],
            &["new", "graduates"],
        ],
        21,
        Some(25),
    ),
];
