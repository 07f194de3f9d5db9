use super::*;
use crate::audience::words::stem;

fn values(a: &Audience) -> Vec<&str> {
    a.facets.iter().map(|f| f.value.as_str()).collect()
}

fn desc(text: &str) -> Audience {
    read("Group", Some(text), None, None)
}

fn has(a: &Audience, v: &str) -> bool {
    a.facets.iter().any(|f| f.value == v)
}

#[test]
fn every_rule_value_is_in_the_vocabulary() {
    for (pattern, values, _) in lexicon::RULES {
        for v in *values {
            assert!(family_of(v).is_some(), "{v} of {pattern}");
        }
    }
}

#[test]
fn the_issue_examples() {
    let a = read("Cebu Working Moms", None, None, None);
    assert_eq!(values(&a), ["mother", "working"]);
    assert_eq!(a.facets[0].from, "Working Moms");
    assert_eq!(a.facets[1].from, "Working Moms");

    let a = read(
        "Lagos Mobile Gamers",
        Some("play competitive mobile games every day"),
        None,
        None,
    );
    assert_eq!(values(&a), ["mobile_gaming"]);

    let a = read("Sydney First-Time Home Buyers", None, None, None);
    assert_eq!(values(&a), ["first_home_buyer"]);
    assert_eq!(a.facets[0].from, "First-Time Home Buyers");

    assert_eq!(
        values(&read("Seoul Retirees", None, None, None)),
        ["retired"]
    );

    let a = desc("Retired civil servants in Penang aged 60 to 75 living on a pension");
    assert_eq!(values(&a), ["retired", "civil_servant"]);
    assert_eq!(a.facets[1].from, "civil servants");
    assert!(a.unmatched.is_empty(), "{:?}", a.unmatched);

    let a = desc("Gen Z coffee drinkers in Jakarta who order on GoFood and follow TikTok trends");
    assert_eq!(values(&a), ["coffee", "heavy_tiktok"]);
    assert_eq!(a.unmatched, ["order on GoFood"]);

    let a = desc("Working moms in Cebu who shop on Shopee");
    assert_eq!(values(&a), ["mother", "working", "online_shopping"]);
    assert_eq!(a.facets[2].from, "shop on Shopee");

    let a = desc("I run a bakery and want to reach young runners");
    assert_eq!(values(&a), ["running"]);
    assert_eq!(a.unmatched, ["I run a bakery"]);
}

#[test]
fn bought_online_keeps_what_was_bought() {
    let a = desc("Young K-drama fans who buy their skincare online");
    assert_eq!(values(&a), ["kdrama", "skincare", "online_shopping"]);
    assert_eq!(a.facets[2].from, "buy their skincare online");
    let a = desc("Pemilik kucing yang beli makanan kucing secara online");
    assert!(has(&a, "cats") && has(&a, "online_shopping"), "{a:?}");
    // Too far apart, across a phrase break, or negated: not a facet.
    assert!(!has(
        &desc("moms who buy groceries, and chat online"),
        "online_shopping"
    ));
    assert!(!has(
        &desc("moms who don't buy anything online"),
        "online_shopping"
    ));
    assert!(!has(
        &desc("moms who buy rice and fish and vegetables at the wet market and then go online"),
        "online_shopping"
    ));
}

#[test]
fn plurals_in_es_meet_their_singular() {
    assert_eq!(stem("businesses"), "business");
    assert_eq!(stem("classes"), "class");
    let a = desc("Single mothers in Nairobi running small businesses");
    assert_eq!(
        values(&a),
        ["mother", "single_parent", "small_business_owner"]
    );
}

#[test]
fn one_phrase_two_facets() {
    let a = desc("Early EV adopters");
    assert_eq!(values(&a), ["ev", "early_adopter"]);
    let a = desc("Engineers who buy every new phone the week it launches");
    assert!(has(&a, "early_adopter") && has(&a, "gadgets"), "{a:?}");
}

#[test]
fn e_wallets_by_name_around_the_world() {
    for text in [
        "shoppers who pay with Mercado Pago",
        "traders who already use OPay",
        "students who pay with bKash",
        "commuters on PayPay",
    ] {
        assert!(has(&desc(text), "ewallet"), "{text}");
    }
    // A common word that is also a wallet's name counts only as the name.
    assert!(!has(&desc("fans who toss a coin"), "ewallet"));
}

#[test]
fn parenthood() {
    let a = desc("single mothers in Davao");
    assert_eq!(values(&a), ["mother", "single_parent"]);
    assert_eq!(a.facets[1].from, "single mothers");
    assert_eq!(values(&desc("solo parents")), ["parent", "single_parent"]);
    assert_eq!(values(&desc("expecting moms")), ["mother", "expecting"]);
    assert_eq!(values(&desc("pregnant women")), ["expecting"]);
    assert_eq!(values(&desc("moms-to-be")), ["expecting"]);
    assert_eq!(
        values(&desc("first-time parents")),
        ["parent", "new_parent"]
    );
    assert_eq!(values(&desc("new dads")), ["father", "new_parent"]);
    assert_eq!(
        values(&desc("parents of newborns")),
        ["parent", "new_parent"]
    );
    assert_eq!(
        values(&desc("parents of toddlers")),
        ["parent", "parent_of_toddlers"]
    );
    assert_eq!(
        values(&desc("moms of primary schoolers")),
        ["mother", "parent_of_school_kids"]
    );
    assert_eq!(
        values(&desc("parents of school-age kids")),
        ["parent", "parent_of_school_kids"]
    );
    assert_eq!(
        values(&desc("dads with teenagers")),
        ["father", "parent_of_teens"]
    );
    assert_eq!(
        values(&desc("parents of teens")),
        ["parent", "parent_of_teens"]
    );
    assert_eq!(
        values(&desc("women with toddlers")),
        ["parent", "parent_of_toddlers"]
    );
    assert_eq!(
        values(&desc("toddler moms")),
        ["mother", "parent_of_toddlers"]
    );
    assert_eq!(values(&desc("grandparents")), ["grandparent"]);
    assert_eq!(values(&desc("parents of college students")), ["parent"]);
    assert_eq!(
        values(&desc("parents of students")),
        ["parent", "parent_of_school_kids"]
    );
}

#[test]
fn life_stage() {
    for (text, want) in [
        ("university students", "university_student"),
        ("college students in QC", "university_student"),
        ("senior high school students", "high_school_student"),
        ("students", "student"),
        ("fresh graduates", "fresh_graduate"),
        ("fresh grads", "fresh_graduate"),
        ("young professionals", "young_professional"),
        ("newlyweds", "newlywed"),
        ("pensioners", "retired"),
        ("empty nesters", "empty_nester"),
        ("first home buyers", "first_home_buyer"),
        ("renters", "renter"),
        ("carers for elderly parents", "caregiver"),
        ("expats in Singapore", "expat"),
        ("OFWs in Dubai", "overseas_worker"),
        ("migrant workers", "migrant_worker"),
        ("job seekers", "job_seeker"),
        ("jobseekers", "job_seeker"),
        ("unemployed looking for work", "job_seeker"),
    ] {
        let a = desc(text);
        assert_eq!(values(&a), [want], "{text}");
    }
}

#[test]
fn work() {
    for (text, want) in [
        ("nurses", "nurse"),
        ("public school teachers", "teacher"),
        ("doctors", "doctor"),
        ("healthcare workers", "healthcare_worker"),
        ("food delivery riders", "delivery_rider"),
        ("Grab drivers", "ride_hailing_driver"),
        ("ride-hailing drivers", "ride_hailing_driver"),
        ("call centre agents", "bpo_agent"),
        ("BPO agents on the graveyard shift", "bpo_agent"),
        ("freelancers", "freelancer"),
        ("gig workers", "gig_worker"),
        ("sari-sari store owners", "small_business_owner"),
        ("MSME owners", "small_business_owner"),
        ("live sellers", "online_seller"),
        ("Shopee sellers", "online_seller"),
        ("rice farmers", "farmer"),
        ("fishermen", "fisher"),
        ("remote workers", "remote_worker"),
        ("YouTubers", "content_creator"),
        ("office workers", "office_worker"),
        ("government employees", "civil_servant"),
        ("software developers", "software_developer"),
        ("engineers", "engineer"),
        ("graphic designers", "designer"),
        ("factory workers", "factory_worker"),
        ("construction workers", "construction_worker"),
        ("domestic helpers", "domestic_worker"),
        ("street vendors", "street_vendor"),
        ("startup founders", "entrepreneur"),
    ] {
        let a = desc(text);
        assert_eq!(values(&a).first(), Some(&want), "{text}: {:?}", values(&a));
    }
    assert!(has(
        &desc("BPO agents on the graveyard shift"),
        "night_shift_worker"
    ));
    assert!(!has(&desc("tricycle drivers"), "ride_hailing_driver"));
    assert!(!has(
        &desc("people who take Grab to work"),
        "ride_hailing_driver"
    ));
}

#[test]
fn interests_and_behaviour() {
    for (text, want) in [
        ("coffee lovers", "coffee"),
        ("café hoppers", "coffee"),
        ("milk tea fans", "milk_tea"),
        ("foodies", "foodie"),
        ("home cooks", "home_cooking"),
        ("gym rats", "fitness"),
        ("marathon runners", "running"),
        ("cyclists", "cycling"),
        ("yoga", "yoga"),
        ("skincare junkies", "skincare"),
        ("make-up lovers", "makeup"),
        ("fashionistas", "fashion"),
        ("sneakerheads", "sneakers"),
        ("gamers", "mobile_gaming"),
        ("PC gamers", "pc_gaming"),
        ("PlayStation owners", "console_gaming"),
        ("esports fans", "esports"),
        ("otaku", "anime"),
        ("K-pop stans", "kpop"),
        ("KPop fans", "kpop"),
        ("BTS ARMY", "kpop"),
        ("K-drama fans", "kdrama"),
        ("concert-goers", "concerts"),
        ("football fans", "football"),
        ("NBA fans", "basketball"),
        ("badminton players", "badminton"),
        ("cricket lovers", "cricket"),
        ("backpackers", "travel"),
        ("hikers", "hiking"),
        ("fur parents", "pets"),
        ("dog lovers", "dogs"),
        ("cat owners", "cats"),
        ("car enthusiasts", "cars"),
        ("motorbike riders", "motorcycles"),
        ("EV owners", "ev"),
        ("gadget lovers", "gadgets"),
        ("hobby photographers", "photography"),
        ("bookworms", "reading"),
        ("retail investors", "investing"),
        ("crypto traders", "crypto"),
        ("DIY home improvement", "home_diy"),
        ("plantitas", "plants"),
        ("self-care", "wellness"),
        ("eco-conscious shoppers", "sustainability"),
        ("vegetarians", "vegetarian"),
        ("plant-based eaters", "vegan"),
        ("halal-conscious", "halal"),
        ("online shoppers", "online_shopping"),
        ("shop on Lazada", "online_shopping"),
        ("bargain hunters", "bargain_hunting"),
        ("budget-conscious", "price_sensitive"),
        ("luxury shoppers", "luxury"),
        ("early adopters", "early_adopter"),
        ("brand-loyal", "brand_loyal"),
        ("impulse buyers", "impulse_buying"),
        ("heavy TikTok users", "heavy_tiktok"),
        ("Instagram users", "heavy_instagram"),
        ("watch YouTube", "heavy_youtube"),
        ("Facebook groups", "heavy_facebook"),
        ("podcast listeners", "podcasts"),
        ("GCash users", "ewallet"),
        ("cashless", "ewallet"),
        ("buy now pay later", "bnpl"),
        ("SPayLater", "bnpl"),
        ("unbanked", "unbanked"),
        ("no bank account", "unbanked"),
    ] {
        let a = desc(text);
        assert_eq!(values(&a).first(), Some(&want), "{text}: {:?}", values(&a));
    }
}

#[test]
fn taglish() {
    let a = desc("Mga nanay sa Cebu na mahilig sa kape at nag-o-online shopping sa Shopee");
    assert_eq!(values(&a), ["mother", "coffee", "online_shopping"]);
    assert_eq!(
        values(&desc("mga tatay na magsasaka")),
        ["father", "farmer"]
    );
    assert_eq!(values(&desc("mga estudyante")), ["student"]);
    assert_eq!(
        values(&desc("solo parents na kasambahay")),
        ["parent", "single_parent", "domestic_worker"]
    );
    assert_eq!(
        values(&desc("titser sa public school, matipid")),
        ["teacher", "price_sensitive"]
    );
    assert_eq!(values(&desc("mga lola")), ["grandparent"]);
}

#[test]
fn bahasa_indonesia() {
    let a = desc("Ibu-ibu di Surabaya yang suka belanja online dan hemat");
    assert_eq!(values(&a), ["mother", "online_shopping", "price_sensitive"]);
    assert_eq!(a.facets[0].from, "Ibu-ibu");
    assert_eq!(
        values(&desc("mahasiswa di Bandung")),
        ["university_student"]
    );
    assert_eq!(values(&desc("siswa SMA")), ["high_school_student"]);
    assert_eq!(
        values(&desc("pekerja kantoran yang suka ngopi")),
        ["office_worker", "coffee"]
    );
    assert_eq!(
        values(&desc("driver ojol")),
        ["delivery_rider", "ride_hailing_driver"]
    );
    assert_eq!(values(&desc("pelaku UMKM")), ["small_business_owner"]);
    assert_eq!(values(&desc("pecinta drakor")), ["kdrama"]);
    assert_eq!(values(&desc("ibu hamil")), ["expecting"]);
    assert_eq!(values(&desc("ibu bekerja")), ["mother", "working"]);
}

#[test]
fn malay() {
    assert_eq!(values(&desc("pesara kerajaan")), ["retired"]);
    assert_eq!(
        values(&desc("ibu tunggal di KL")),
        ["mother", "single_parent"]
    );
    assert_eq!(values(&desc("penjawat awam")), ["civil_servant"]);
    assert_eq!(values(&desc("cikgu")), ["teacher"]);
    assert_eq!(
        values(&desc("jururawat yang guna Touch 'n Go")),
        ["nurse", "ewallet"]
    );
    assert_eq!(values(&desc("usahawan muda")), ["entrepreneur"]);
    assert_eq!(values(&desc("ibu bapa")), ["parent"]);
}

#[test]
fn two_negations_state_the_facet() {
    let a = read(
        "x",
        Some("BPO agents who can't go a day without milk tea"),
        None,
        None,
    );
    assert!(a.facets.iter().any(|f| f.value == "milk_tea"), "{a:?}");
    let a = read(
        "x",
        Some("PC gamers who never miss an LCK esports match"),
        None,
        None,
    );
    assert!(a.facets.iter().any(|f| f.value == "esports"), "{a:?}");
    let a = read("x", Some("Parents without kids at home"), None, None);
    assert!(
        !a.facets.iter().any(|f| f.value == "parent_of_school_kids"),
        "{a:?}"
    );
}

#[test]
fn negations_are_not_facets() {
    for text in [
        "no kids",
        "without children",
        "childless couples",
        "not parents",
        "non-gamers",
        "don't drink coffee",
        "never shop online",
        "walang anak",
        "hindi gamers",
        "tidak punya anak",
        "bukan mahasiswa",
        "tanpa anak",
        "tak minum kopi",
        "belum punya anak",
    ] {
        let a = desc(text);
        assert!(a.facets.is_empty(), "{text}: {:?}", values(&a));
    }
    assert_eq!(values(&desc("not just moms")), ["mother"]);
    assert_eq!(values(&desc("moms with no kids")), ["mother"]);
    assert_eq!(values(&desc("no kids, love coffee")), ["coffee"]);
}

#[test]
fn speaker_context_is_not_a_facet() {
    for text in [
        "I run a bakery",
        "We are a coffee brand",
        "Our company sells EVs",
        "My client is a skincare brand",
        "Kami adalah brand skincare",
        "Saya punya toko kopi",
        "Bisnis kopi saya",
    ] {
        let a = desc(text);
        assert!(a.facets.is_empty(), "{text}: {:?}", values(&a));
        assert_eq!(a.unmatched, [text], "{text}");
    }
    assert_eq!(
        values(&desc("We are a coffee brand targeting Gen Z students")),
        ["student"]
    );
    assert_eq!(
        values(&desc("I want to reach moms who love coffee")),
        ["mother", "coffee"]
    );
    assert_eq!(
        values(&desc("Saya mau target ibu-ibu pecinta kopi")),
        ["mother", "coffee"]
    );
    assert_eq!(
        values(&desc("Moms in Cebu, for my skincare campaign")),
        ["mother"]
    );
    assert_eq!(values(&desc("Give me 5 personas of nurses")), ["nurse"]);
    assert_eq!(
        values(&desc("Our customers are mostly gamers")),
        ["mobile_gaming"]
    );
    assert_eq!(values(&desc("US moms")), ["mother"]);
}

#[test]
fn occupation_and_name() {
    assert_eq!(values(&read("x", None, None, Some("Nurse"))), ["nurse"]);
    assert_eq!(values(&read("x", None, None, Some("Retired"))), ["retired"]);
    assert_eq!(
        values(&read("x", None, None, Some("Retired teacher"))),
        ["retired", "teacher"]
    );
    assert_eq!(values(&read("x", None, None, Some("Student"))), ["student"]);
    assert_eq!(
        values(&read("x", None, None, Some("College student"))),
        ["university_student"]
    );
    assert_eq!(
        values(&read("x", None, None, Some("Ride-hailing driver"))),
        ["ride_hailing_driver"]
    );
    let a = read("Totally unknown words", None, None, Some("Wizard"));
    assert!(a.facets.is_empty() && a.unmatched.is_empty());
}

#[test]
fn dedup_and_order() {
    let a = read(
        "Manila Coffee Moms",
        Some("moms who love coffee and TikTok"),
        Some("nurses"),
        Some("Nurse"),
    );
    assert_eq!(values(&a), ["mother", "nurse", "coffee", "heavy_tiktok"]);
    assert_eq!(a.facets[0].from, "Moms", "the name came first");
    assert_eq!(a.facets[1].from, "nurses");
}

#[test]
fn unmatched_phrases() {
    let a =
        desc("Women 25-34 in Jakarta, middle income, who collect vintage stamps; love rainy days");
    assert_eq!(a.unmatched, ["collect vintage stamps", "love rainy days"]);
    let long = "x".repeat(300);
    let a = desc(&format!(
        "{long}, a, b c d e, f g, h i, j k, l m, n o, p q, r s, t u, v w, y zz, aa bb"
    ));
    assert!(a.unmatched.len() <= 10);
    assert!(a.unmatched.iter().all(|u| u.chars().count() <= 80));
    assert!(
        desc("Gen Z and millennials in Ho Chi Minh City aged 18 to 30")
            .unmatched
            .is_empty()
    );
}

#[test]
fn never_panics_and_is_fast() {
    let odd = [
        "",
        " ",
        "🙂",
        "\u{0}",
        "'",
        "'s",
        "-",
        "--moms--",
        "ł̸̛̛̛",
        "\u{202e}moms",
        "İstanbul MOMS",
        "ß",
        "ǅ",
        "a'",
        "'a",
        "moms'",
        "ibu-",
        "-ibu",
        "ibu--ibu",
        "mom’s",
        "x\u{301}",
        "…",
        "11.11",
        ".",
        "no",
        "not",
        "I",
        "my",
        "saya",
        "parents of",
        "of toddlers",
        "single",
        "working",
        "with",
        "toddlers moms of",
    ];
    for s in odd {
        let _ = read(s, Some(s), Some(s), Some(s));
    }
    let mut weird = String::new();
    for c in (0u32..0x3000).step_by(7).filter_map(char::from_u32) {
        weird.push(c);
        if (c as u32).is_multiple_of(5) {
            weird.push_str(" mom-to-be ");
        }
    }
    let _ = read(&weird, Some(&weird), Some(&weird), Some(&weird));
    // Warm the lexicon, then time a typical group.
    let _ = desc("moms");
    let t = std::time::Instant::now();
    let n = 200;
    for _ in 0..n {
        let _ = read(
            "Cebu Working Moms",
            Some("Working moms in Cebu aged 28 to 40 who shop on Shopee during payday sales, follow TikTok trends and drink iced coffee"),
            Some("price-sensitive; brand-loyal to local skincare; uses GCash"),
            Some("Office worker"),
        );
    }
    let per = t.elapsed() / n;
    // Debug builds are several times slower than release; this bounds both.
    assert!(per.as_micros() < 2_000, "{per:?} per group");
}

#[test]
fn general_phrasings_of_held_out_misses() {
    // Phrasings the held-out corpus showed the reader missing (its first run is
    // recorded in docs/AUDIENCE.md); each is an everyday way to say the facet.
    let cases: &[(&str, &[&str])] = &[
        (
            "Software developers working fully remote",
            &["software_developer", "remote_worker"],
        ),
        (
            "Will splurge on a drop without a second thought",
            &["impulse_buying"],
        ),
        (
            "renters watching every euro",
            &["renter", "price_sensitive"],
        ),
        ("owners who rarely switch brands", &["brand_loyal"]),
        ("who put their spare cash into shares", &["investing"]),
        (
            "High schoolers who play League of Legends",
            &["high_school_student", "esports"],
        ),
        (
            "Young dads saving up for their first house",
            &["father", "first_home_buyer"],
        ),
        (
            "Couples who just had their first baby",
            &["parent", "new_parent"],
        ),
        (
            "students selling handmade earrings through their own online shops",
            &["online_seller"],
        ),
    ];
    for (text, want) in cases {
        let a = desc(text);
        for v in *want {
            assert!(has(&a, v), "{text}: no {v} in {:?}", values(&a));
        }
    }
    // Expecting is not a baby already born.
    let a = desc("Pregnant first-time moms who buy baby gear online");
    assert!(
        has(&a, "expecting") && !has(&a, "new_parent"),
        "{:?}",
        values(&a)
    );
    // A parent of high schoolers is not a high-school student.
    let a = desc("parents of high schoolers");
    assert!(
        has(&a, "parent_of_teens") && !has(&a, "high_school_student"),
        "{:?}",
        values(&a)
    );
}
