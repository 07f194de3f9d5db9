//! Archetypes: the psychographic skeletons personas are spread across. Facts shape
//! which ones fit (age, income, life stage, household) and which of their lines a
//! persona gets: a line about children only for a persona with children at home, one
//! about the commute only for someone who commutes, and so on.
//!
//! The banks are country-neutral English: local words (slang, currencies, platforms,
//! shopping festivals) belong in the locale packs, and `tests/engine.rs` checks that no
//! pack's local vocabulary appears here. `{they}`, `{them}`, `{their}`, `{themself}`
//! are replaced by the persona's pronouns.

/// Conditions on the persona a line fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub flags: u32,
    pub min_age: u8,
    pub max_age: u8,
}

impl When {
    /// Children under 18 living at home.
    pub const KIDS: u32 = 1;
    /// Lives with a partner, children or relatives (not alone, not with flatmates).
    pub const FAMILY: u32 = 1 << 1;
    /// In paid work (not a student, not retired).
    pub const WORK: u32 = 1 << 2;
    pub const NOT_RETIRED: u32 = 1 << 3;
    pub const STUDENT: u32 = 1 << 4;
    /// Travels to work or class most days.
    pub const COMMUTE: u32 = 1 << 5;
    pub const NOT_LOW: u32 = 1 << 6;
    pub const RETIRED: u32 = 1 << 7;
    /// No children under 18 at home.
    pub const NO_KIDS: u32 = 1 << 8;
    pub const PARTNER: u32 = 1 << 9;
    /// Lives alone or with flatmates: a place of one's own.
    pub const OWN_PLACE: u32 = 1 << 10;
    /// Brand stances: the categories a stance reads naturally for (none set: any).
    pub const GROCERY: u32 = 1 << 11;
    pub const FASHION: u32 = 1 << 12;
    pub const COFFEE: u32 = 1 << 13;
    pub const PHONE: u32 = 1 << 14;
    pub const BEAUTY: u32 = 1 << 15;
    /// Has children of any age, at home or grown up.
    pub const PARENT: u32 = 1 << 16;
    pub const CATEGORIES: u32 =
        Self::GROCERY | Self::FASHION | Self::COFFEE | Self::PHONE | Self::BEAUTY;

    /// The category bit of a pack brand category.
    pub fn category(name: &str) -> u32 {
        match name {
            "grocery" => Self::GROCERY,
            "fashion" => Self::FASHION,
            "coffee" => Self::COFFEE,
            "phone" => Self::PHONE,
            "beauty" => Self::BEAUTY,
            _ => 0,
        }
    }

    /// Whether a brand stance reads naturally for a category.
    pub fn suits(&self, category: &str) -> bool {
        let cats = self.flags & Self::CATEGORIES;
        cats == 0 || cats & Self::category(category) != 0
    }

    pub const ALWAYS: When = When {
        flags: 0,
        min_age: 0,
        max_age: 200,
    };
}

/// A line of an archetype bank with the persona it fits.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub text: &'static str,
    pub when: When,
}

/// A line that fits everyone.
pub const fn l(text: &'static str) -> Line {
    Line {
        text,
        when: When::ALWAYS,
    }
}

impl Line {
    const fn flag(mut self, f: u32) -> Self {
        self.when.flags |= f;
        self
    }
    pub const fn kids(self) -> Self {
        self.flag(When::KIDS)
    }
    pub const fn family(self) -> Self {
        self.flag(When::FAMILY)
    }
    pub const fn work(self) -> Self {
        self.flag(When::WORK)
    }
    pub const fn not_retired(self) -> Self {
        self.flag(When::NOT_RETIRED)
    }
    pub const fn student(self) -> Self {
        self.flag(When::STUDENT)
    }
    pub const fn commute(self) -> Self {
        self.flag(When::COMMUTE)
    }
    pub const fn not_low(self) -> Self {
        self.flag(When::NOT_LOW)
    }
    pub const fn retired(self) -> Self {
        self.flag(When::RETIRED)
    }
    pub const fn no_kids(self) -> Self {
        self.flag(When::NO_KIDS)
    }
    pub const fn partner(self) -> Self {
        self.flag(When::PARTNER)
    }
    pub const fn parent(self) -> Self {
        self.flag(When::PARENT)
    }
    pub const fn own_place(self) -> Self {
        self.flag(When::OWN_PLACE)
    }
    /// Brand stances: only for these categories.
    pub const fn only(self, categories: u32) -> Self {
        self.flag(categories)
    }
    pub const fn ages(mut self, lo: u8, hi: u8) -> Self {
        self.when.min_age = lo;
        self.when.max_age = hi;
        self
    }
    /// 18 and over.
    pub const fn adult(self) -> Self {
        self.ages(18, 200)
    }
    /// Under 18.
    pub const fn teen(self) -> Self {
        self.ages(0, 17)
    }
}

pub struct Archetype {
    pub label: &'static str,
    pub segment: &'static str,
    pub traits: &'static [&'static str],
    pub values: &'static [Line],
    pub pains: &'static [Line],
    pub triggers: &'static [Line],
    /// Big Five centre: openness, conscientiousness, extraversion, agreeableness, neuroticism.
    pub ocean: [f64; 5],
    /// The brand categories this archetype has views on, in order of importance.
    pub brand_categories: [&'static str; 3],
    /// How a persona of this archetype relates to a brand; `{brand}` and `{what}` (the
    /// category, e.g. "groceries") are filled in.
    pub brand_stance: &'static [Line],
    /// What the persona's main feed is mostly about.
    pub content: &'static [Line],
    /// Completes "{Given} …": a sentence about who they want to become.
    pub aspirations: &'static [Line],
    pub quotes: &'static [Line],
    /// Age band in which the archetype reads naturally.
    pub min_age: u8,
    pub max_age: u8,
    /// Relative fit for Low, Middle, High income.
    pub income_fit: [f64; 3],
    /// Needs someone to look after at home (children, an elderly parent).
    pub needs_dependants: bool,
    /// Does not fit retirees.
    pub working_life: bool,
}

pub const ARCHETYPES: &[Archetype] = &[
    Archetype {
        label: "The Budget Maximiser",
        segment: "Value-driven planner",
        traits: &[
            "Frugal",
            "Organised",
            "Resourceful",
            "Patient",
            "Detail-minded",
        ],
        values: &[
            l("Financial security").adult(),
            l("Providing for family").adult().family(),
            l("Getting full value for money"),
            l("Debt-free living").adult(),
            l("Saving up for the things that matter").teen(),
            l("Never wasting what has been paid for"),
        ],
        pains: &[
            l("Prices of everyday groceries keep creeping up").adult(),
            l("Hidden delivery and service fees"),
            l("Deals that turn out to exclude the item needed"),
            l("Pocket money that never stretches far enough").teen(),
            l("School supplies and fees rising every year").kids(),
            l("A pension that buys less every year").retired(),
        ],
        triggers: &[
            l("Payday sales").work(),
            l("Bundle and bulk discounts"),
            l("Free-shipping offers"),
            l("Cashback on app payments").adult(),
            l("Student discounts").student(),
            l("Senior discounts").ages(60, 200),
            l("Price-comparison results"),
        ],
        ocean: [0.35, 0.8, 0.4, 0.6, 0.45],
        brand_categories: ["grocery", "fashion", "phone"],
        brand_stance: &[
            l("Goes to {brand} for {what} because the price is right")
                .only(When::GROCERY | When::FASHION),
            l("Buys {what} from {brand} only when it is on sale")
                .only(When::GROCERY | When::FASHION | When::BEAUTY),
            l("Sees {brand} as the sensible choice for {what}"),
            l("Compares {brand} with two cheaper options before buying {what}"),
        ],
        content: &[
            l("deal hauls and price comparisons"),
            l("budgeting tips").adult(),
            l("grocery hauls").adult(),
            l("money-saving hacks"),
        ],
        aspirations: &[
            l("wants a fully funded emergency fund and no credit-card debt").ages(22, 64),
            l("is working towards owning a home outright before fifty").ages(25, 42),
            l("wants to be the one relatives ask for money advice").adult(),
            l("is saving up for a first phone bought with {their} own money").teen(),
            l("wants a retirement paid for without touching the children's money")
                .ages(40, 64)
                .parent(),
            l("wants to stay comfortable on a careful budget").retired(),
            l("wants to finish studying without any debt")
                .student()
                .adult(),
        ],
        quotes: &[
            l("If it isn't on sale, I can wait."),
            l("Every bit saved counts — my mother taught me that."),
            l("I check three apps before I buy anything."),
            l("I don't mind the brand, I mind the price per gram.").adult(),
            l("A good deal feels better than a new thing."),
        ],
        min_age: 15,
        max_age: 100,
        income_fit: [1.6, 1.2, 0.3],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Trend Scout",
        segment: "Social-first early adopter",
        traits: &[
            "Curious",
            "Expressive",
            "Spontaneous",
            "Image-conscious",
            "Playful",
        ],
        values: &[
            l("Self-expression"),
            l("Being first to know"),
            l("Creativity"),
            l("Social recognition"),
            l("Standing out from the crowd"),
        ],
        pains: &[
            l("Feeling out of the loop when a trend has already peaked"),
            l("Limited drops selling out in minutes"),
            l("Fast fashion that falls apart after two washes"),
            l("Not enough pocket money to keep up with friends").teen(),
        ],
        triggers: &[
            l("Creator reviews and unboxings"),
            l("Limited-edition collaborations"),
            l("Friends posting it first"),
            l("Aesthetic packaging"),
        ],
        ocean: [0.85, 0.4, 0.75, 0.55, 0.5],
        brand_categories: ["fashion", "beauty", "coffee"],
        brand_stance: &[
            l("Follows {brand} for every new release")
                .only(When::FASHION | When::BEAUTY | When::PHONE | When::COFFEE),
            l("Posts about {brand} whenever it launches something new")
                .only(When::FASHION | When::BEAUTY | When::PHONE | When::COFFEE),
            l("Sees {brand} as the brand with the best taste right now")
                .only(When::FASHION | When::BEAUTY | When::COFFEE),
        ],
        content: &[
            l("fashion and beauty creators"),
            l("music and dance trends"),
            l("product unboxings"),
            l("outfit ideas"),
        ],
        aspirations: &[
            l("wants to be known as the friend who found it first"),
            l("hopes to grow a following big enough for brand collaborations"),
            l("wants a wardrobe that looks curated, not bought").adult(),
            l("dreams of getting into a creative course after school").teen(),
        ],
        quotes: &[
            l("If it's on my feed twice, I'm already curious."),
            l("I want things that look good in photos and last past the trend."),
            l("My friends ask me where I got things — that's the best feeling."),
            l("I'd rather be early than perfect."),
        ],
        min_age: 13,
        max_age: 45,
        income_fit: [0.8, 1.2, 1.0],
        needs_dependants: false,
        working_life: true,
    },
    Archetype {
        label: "The Family Anchor",
        segment: "Family-first caretaker",
        traits: &["Caring", "Dependable", "Patient", "Protective", "Practical"],
        values: &[
            l("Family wellbeing"),
            l("Children's education").kids(),
            l("Faith and community"),
            l("Keeping the household running"),
            l("Looking after {their} parents in old age").ages(30, 70),
        ],
        pains: &[
            l("Never having time for {themself}"),
            l("School fees and supplies rising every year").kids(),
            l("Juggling work hours with family duties").work(),
            l("Worrying about the health of ageing parents").ages(30, 70),
            l("Grocery bills for a full household"),
        ],
        triggers: &[
            l("Recommendations from other parents").kids(),
            l("Health and safety claims"),
            l("Family-size packs"),
            l("Loyalty points that add up"),
            l("Doctors' and pharmacists' advice"),
        ],
        ocean: [0.45, 0.75, 0.5, 0.85, 0.5],
        brand_categories: ["grocery", "beauty", "phone"],
        brand_stance: &[
            l("Has bought {what} from {brand} for the family for years").only(When::GROCERY),
            l("Has bought {brand} for the family for years")
                .only(When::PHONE | When::BEAUTY | When::COFFEE),
            l("Trusts {brand} for {what} because the whole household is used to it"),
            l("Picks {brand} for {what} because it has never let the family down"),
        ],
        content: &[
            l("parenting tips and recipes").kids(),
            l("family vlogs").kids(),
            l("home hacks"),
            l("recipes and home cooking"),
            l("health tips"),
        ],
        aspirations: &[
            l("wants to send the children to a good university").kids(),
            l("dreams of a bigger home where the family can gather"),
            l("wants to be able to support {their} ageing parents comfortably").ages(25, 60),
            l("wants the grandchildren to grow up close by")
                .ages(50, 200)
                .parent(),
        ],
        quotes: &[
            l("If it's good for the kids, it's good for me.").kids(),
            l("I plan the week around everyone else's schedule."),
            l("I don't experiment with what the family uses every day."),
            l("Home comes first, everything else fits around it."),
        ],
        min_age: 22,
        max_age: 80,
        income_fit: [1.0, 1.3, 0.9],
        needs_dependants: true,
        working_life: false,
    },
    Archetype {
        label: "The Career Climber",
        segment: "Ambitious achiever",
        traits: &[
            "Driven",
            "Competitive",
            "Disciplined",
            "Confident",
            "Time-poor",
        ],
        values: &[
            l("Career growth"),
            l("Status and recognition"),
            l("Self-improvement"),
            l("Financial independence"),
        ],
        pains: &[
            l("Long working hours eating into personal life").work(),
            l("Feeling that promotions are slow").work(),
            l("Wasting time on errands and queues"),
            l("Exams and internships competing for every hour").student(),
        ],
        triggers: &[
            l("Anything that saves time"),
            l("Premium quality signals").not_low(),
            l("Professional peers' recommendations").work(),
            l("Same-day delivery"),
            l("Reviews from people {they} looks up to"),
        ],
        ocean: [0.6, 0.85, 0.65, 0.45, 0.45],
        brand_categories: ["phone", "fashion", "coffee"],
        brand_stance: &[
            l("Pays more for {brand} when it comes to {what} because it saves time").not_low(),
            l("Sees {brand} as worth it for {what}"),
            l("Treats {brand} as a reward after a hard week")
                .work()
                .only(When::COFFEE | When::FASHION | When::BEAUTY),
            l("Chooses {brand} for {what} that look right at work")
                .work()
                .only(When::FASHION),
        ],
        content: &[
            l("business news and career advice"),
            l("productivity explainers"),
            l("finance podcast clips"),
        ],
        aspirations: &[
            l("is aiming for a leadership role before thirty-five").ages(20, 32),
            l("wants to be headhunted by a regional or global firm")
                .work()
                .ages(22, 50),
            l("wants a career that leaves time to travel"),
            l("wants to run {their} own department within five years")
                .work()
                .ages(28, 50),
            l("wants to graduate at the top of the class").student(),
        ],
        quotes: &[
            l("Time is the one thing I can't buy more of."),
            l("I'll pay for convenience if it gets me an hour back."),
            l("I read reviews on the commute so I can decide fast.").commute(),
            l("I plan my week on Sunday night."),
        ],
        min_age: 18,
        max_age: 62,
        income_fit: [0.4, 1.2, 1.6],
        needs_dependants: false,
        working_life: true,
    },
    Archetype {
        label: "The Wellness Seeker",
        segment: "Health-conscious optimiser",
        traits: &[
            "Mindful",
            "Disciplined",
            "Calm",
            "Informed",
            "Routine-driven",
        ],
        values: &[
            l("Health and longevity"),
            l("Balance"),
            l("Natural ingredients"),
            l("Mental wellbeing"),
        ],
        pains: &[
            l("Healthy food being pricier than fast food"),
            l("No time for exercise on workdays").work(),
            l("Confusing health claims on labels"),
            l("Joints that complain after a long walk").ages(55, 200),
            l("School canteen food that is mostly fried").teen(),
        ],
        triggers: &[
            l("Clean-label ingredients"),
            l("Doctor or nutritionist endorsements"),
            l("Fitness challenges and trackers").ages(13, 70),
            l("Trial sizes"),
        ],
        ocean: [0.65, 0.75, 0.5, 0.65, 0.35],
        brand_categories: ["grocery", "beauty", "coffee"],
        brand_stance: &[
            l("Checks what goes into {brand} products before buying {what}")
                .only(When::GROCERY | When::BEAUTY | When::COFFEE),
            l("Likes {brand} for its lighter options").only(When::GROCERY | When::COFFEE),
            l("Keeps {what} simple and sticks with {brand}"),
            l("Trusts {brand} for {what} because it is open about ingredients")
                .only(When::GROCERY | When::BEAUTY | When::COFFEE),
        ],
        content: &[
            l("workout routines").ages(13, 70),
            l("healthy recipes"),
            l("sleep and mindfulness content"),
            l("walking and stretching routines").ages(55, 200),
        ],
        aspirations: &[
            l("is training to run a half-marathon this year").ages(16, 60),
            l("wants to stay fit enough to keep up with grandchildren one day").ages(30, 60),
            l("wants a calm routine with enough sleep"),
            l("wants to stay active and independent for many years").ages(55, 200),
            l("wants to make the school sports team").teen(),
        ],
        quotes: &[
            l("I read labels the way other people read menus."),
            l("I'd rather spend on good food than on medicine later."),
            l("My morning routine is non-negotiable."),
            l("A walk a day keeps most worries away."),
        ],
        min_age: 15,
        max_age: 100,
        income_fit: [0.6, 1.2, 1.4],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Homebody Streamer",
        segment: "Comfort-seeking homebody",
        traits: &[
            "Reserved",
            "Loyal",
            "Easygoing",
            "Introspective",
            "Comfort-loving",
        ],
        values: &[
            l("Comfort"),
            l("Close friendships"),
            l("Me-time"),
            l("Predictability"),
        ],
        pains: &[
            l("Too many subscriptions to keep track of"),
            l("Crowds and traffic on weekends"),
            l("Delivery that arrives late or cold"),
            l("Shows leaving a streaming service mid-season"),
        ],
        triggers: &[
            l("Streaming and subscription bundles"),
            l("Free delivery thresholds"),
            l("Cosy home deals"),
            l("Reliable repeat orders"),
        ],
        ocean: [0.55, 0.55, 0.25, 0.65, 0.55],
        brand_categories: ["grocery", "coffee", "phone"],
        brand_stance: &[
            l("Reorders {what} from {brand} without thinking")
                .only(When::GROCERY | When::COFFEE | When::BEAUTY),
            l("Sticks with {brand} for {what} because it never disappoints"),
            l("Would only swap {brand} for something else on a big discount"),
        ],
        content: &[
            l("series recaps"),
            l("gaming streams").ages(13, 60),
            l("cosy home content"),
            l("film reviews"),
        ],
        aspirations: &[
            l("wants a small place of {their} own set up just right").ages(18, 45),
            l("wants weekends with nothing scheduled"),
            l("would love to work fully remote").work(),
            l("wants a home that is quiet, comfortable and paid for").ages(40, 200),
            l("wants a bedroom set up for gaming and films").teen(),
        ],
        quotes: &[
            l("My perfect Saturday is a delivery order and a new series."),
            l("I don't need much, I just need it to be reliable."),
            l("If the app remembers my order, I'm staying."),
            l("Home is where I recharge."),
        ],
        min_age: 13,
        max_age: 100,
        income_fit: [1.0, 1.2, 0.7],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Hustling Entrepreneur",
        segment: "Side-hustle builder",
        traits: &[
            "Resourceful",
            "Persuasive",
            "Risk-tolerant",
            "Energetic",
            "Street-smart",
        ],
        values: &[
            l("Independence"),
            l("Extra income"),
            l("Building something of {their} own"),
            l("Practical skills"),
        ],
        pains: &[
            l("Unpredictable monthly income"),
            l("Platform fees cutting into small margins"),
            l("Competing with big sellers on price"),
        ],
        triggers: &[
            l("Tools that pay for themselves"),
            l("Wholesale and reseller prices"),
            l("Seller vouchers and platform campaigns"),
            l("Peer success stories"),
        ],
        ocean: [0.7, 0.6, 0.75, 0.5, 0.45],
        brand_categories: ["grocery", "phone", "fashion"],
        brand_stance: &[
            l("Buys {what} from {brand} in bulk to keep costs down").only(When::GROCERY),
            l("Likes {brand} for {what} because customers and friends already know it"),
            l("Watches how {brand} markets {what} and copies the good ideas"),
        ],
        content: &[
            l("selling tips and small-business stories"),
            l("small-business success stories"),
            l("sourcing hauls"),
        ],
        aspirations: &[
            l("wants to turn the side business into a full-time company").ages(18, 60),
            l("is planning to hire {their} first two employees").ages(18, 58),
            l("dreams of opening a physical shop").ages(18, 62),
            l("wants the business to keep paying for a comfortable old age").ages(50, 200),
        ],
        quotes: &[
            l("Every chat message could be a sale."),
            l("I treat my phone like a shop counter."),
            l("If I can resell it, I'm interested."),
            l("Nobody hands you a salary when you work for yourself."),
        ],
        min_age: 18,
        max_age: 72,
        income_fit: [1.2, 1.2, 0.7],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Community Connector",
        segment: "Social glue",
        traits: &["Warm", "Talkative", "Generous", "Sociable", "Helpful"],
        values: &[
            l("Belonging"),
            l("Helping others"),
            l("Celebrating together"),
            l("Loyalty to friends"),
        ],
        pains: &[
            l("Group plans that fall apart at the last minute"),
            l("Splitting bills across different apps").adult(),
            l("Feeling obliged to attend every event"),
        ],
        triggers: &[
            l("Group buys and shared deals"),
            l("Referral rewards"),
            l("Events with friends"),
            l("Word of mouth from friends and neighbours"),
        ],
        ocean: [0.55, 0.5, 0.85, 0.8, 0.4],
        brand_categories: ["coffee", "grocery", "fashion"],
        brand_stance: &[
            l("Recommends {brand} to everyone in the group chat"),
            l("Chooses {brand} for {what} when friends come over")
                .adult()
                .only(When::COFFEE | When::GROCERY),
            l("Picked {brand} because the whole friend group uses it"),
            l("Started buying {what} from {brand} because friends swear by it")
                .only(When::GROCERY | When::FASHION | When::BEAUTY),
        ],
        content: &[
            l("friends' stories and memes"),
            l("local events"),
            l("food spots"),
        ],
        aspirations: &[
            l("dreams of hosting the whole family's reunion at {their} own home").adult(),
            l("wants to be the person everyone can count on"),
            l("wants to organise a yearly trip with friends"),
        ],
        quotes: &[
            l("If it's fun with friends, I'm in."),
            l("I hear about everything first in the group chat."),
            l("I'll always choose the place where everyone fits."),
            l("A good meal is better shared."),
        ],
        min_age: 13,
        max_age: 100,
        income_fit: [1.0, 1.2, 0.9],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Cautious Traditionalist",
        segment: "Loyal traditionalist",
        traits: &["Practical", "Loyal", "Sceptical", "Steady", "Reserved"],
        values: &[
            l("Stability"),
            l("Tradition"),
            l("Trustworthiness"),
            l("Respect for elders"),
        ],
        pains: &[
            l("Apps that keep changing how things work"),
            l("Scams and fake online sellers"),
            l("Products that are not what they used to be"),
            l("Bank branches closing in favour of apps").ages(45, 200),
        ],
        triggers: &[
            l("Long-established brand names"),
            l("In-store demonstrations"),
            l("Advice from family"),
            l("Clear warranties"),
        ],
        ocean: [0.25, 0.7, 0.35, 0.6, 0.5],
        brand_categories: ["grocery", "phone", "beauty"],
        brand_stance: &[
            l("Has used {brand} for decades and sees no reason to change")
                .ages(40, 200)
                .only(When::GROCERY | When::COFFEE | When::BEAUTY),
            l("Trusts {brand} for {what} more than newer names"),
            l("Buys {brand} at the same store every time").only(When::COFFEE | When::BEAUTY),
            l("Shops at {brand} every week, always on the same day").only(When::GROCERY),
            l("Stays with {brand} for {what} because it has always worked"),
        ],
        content: &[
            l("news clips and talk shows"),
            l("cooking shows"),
            l("faith and family content"),
        ],
        aspirations: &[
            l("wants a peaceful retirement close to family").ages(40, 200),
            l("wants to pass the family home to the next generation").ages(45, 200),
            l("wants to stay healthy and independent"),
            l("wants a steady job with a pension").work().ages(25, 50),
        ],
        quotes: &[
            l("Why change what already works?"),
            l("I buy what my parents trusted."),
            l("I'd rather see it in the store before I pay."),
        ],
        min_age: 30,
        max_age: 100,
        income_fit: [1.1, 1.2, 0.8],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Conscious Consumer",
        segment: "Ethics-led buyer",
        traits: &[
            "Principled",
            "Informed",
            "Thoughtful",
            "Idealistic",
            "Deliberate",
        ],
        values: &[
            l("Sustainability"),
            l("Fair treatment of workers"),
            l("Supporting local makers"),
            l("Less waste"),
        ],
        pains: &[
            l("Greenwashing claims that are hard to check"),
            l("Sustainable options costing more"),
            l("Excess plastic in deliveries"),
        ],
        triggers: &[
            l("Local and sustainable sourcing"),
            l("Refill and reuse options"),
            l("Certified claims"),
            l("Brands that take a public stand"),
        ],
        ocean: [0.8, 0.65, 0.5, 0.7, 0.45],
        brand_categories: ["fashion", "grocery", "beauty"],
        brand_stance: &[
            l("Checks how {brand} sources its products before buying {what}"),
            l("Forgives {brand} a higher price for {what} made responsibly")
                .only(When::FASHION | When::BEAUTY | When::GROCERY | When::COFFEE),
            l("Prefers {brand} for {what} over brands with heavy packaging")
                .only(When::GROCERY | When::BEAUTY | When::COFFEE),
        ],
        content: &[
            l("sustainability explainers"),
            l("local makers"),
            l("thrift and upcycling"),
        ],
        aspirations: &[
            l("wants a low-waste home").adult(),
            l("wants to work for an organisation with a mission").not_retired(),
            l("wants to support small local producers every week"),
        ],
        quotes: &[
            l("I want to know who made it and how."),
            l("I'll pay a bit more if it's done right."),
            l("Less, but better."),
        ],
        min_age: 15,
        max_age: 80,
        income_fit: [0.6, 1.2, 1.3],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Experience Collector",
        segment: "Experience-led spender",
        traits: &[
            "Adventurous",
            "Sociable",
            "Optimistic",
            "Spontaneous",
            "Open-minded",
        ],
        values: &[
            l("Experiences over things"),
            l("Freedom"),
            l("Discovery"),
            l("Stories worth telling"),
        ],
        pains: &[
            l("Days off that never feel like enough").work(),
            l("Travel prices spiking on long weekends"),
            l("Plans ruined by weather or cancellations"),
        ],
        triggers: &[
            l("Flash travel promotions"),
            l("Concert and event presales").ages(15, 65),
            l("Pay-later options on trips").adult(),
            l("Friends' travel posts"),
        ],
        ocean: [0.85, 0.45, 0.75, 0.6, 0.35],
        brand_categories: ["coffee", "fashion", "phone"],
        brand_stance: &[
            l("Picks {brand} when it is part of a good day out").only(When::COFFEE | When::FASHION),
            l("Tries new {what} on trips but always comes back to {brand}")
                .only(When::COFFEE | When::BEAUTY),
            l("Takes {brand} everywhere and trusts it on the road").only(When::PHONE),
            l("Likes {brand} because it fits a life on the go"),
        ],
        content: &[
            l("travel reels"),
            l("concert clips").ages(13, 60),
            l("food and travel finds"),
        ],
        aspirations: &[
            l("wants to visit a new country every year").not_low(),
            l("dreams of seeing a favourite artist live abroad").ages(15, 55),
            l("wants a life measured in trips, not things"),
            l("wants to see every corner of the country").ages(40, 200),
        ],
        quotes: &[
            l("I'd rather have a story than a new gadget."),
            l("I book first and figure out the details later."),
            l("Weekends are for going somewhere new."),
        ],
        min_age: 16,
        max_age: 78,
        income_fit: [0.6, 1.1, 1.4],
        needs_dependants: false,
        working_life: false,
    },
    Archetype {
        label: "The Tech Tinkerer",
        segment: "Digital power user",
        traits: &[
            "Analytical",
            "Curious",
            "Independent",
            "Precise",
            "Tech-savvy",
        ],
        values: &[
            l("Efficiency"),
            l("Mastery"),
            l("Control over data"),
            l("Value for performance"),
        ],
        pains: &[
            l("Apps that ask for too many permissions"),
            l("Gadgets that stop getting updates"),
            l("Slow customer support"),
        ],
        triggers: &[
            l("Spec comparisons and benchmarks"),
            l("Early-bird pricing"),
            l("Open reviews on forums"),
            l("Trade-in offers"),
        ],
        ocean: [0.75, 0.7, 0.35, 0.45, 0.4],
        brand_categories: ["phone", "coffee", "fashion"],
        brand_stance: &[
            l("Compares {brand} spec by spec with rivals before buying {what}").only(When::PHONE),
            l("Reads reviews of {brand} before buying {what}"),
            l("Respects {brand} for products that keep improving"),
            l("Would drop {brand} the moment a better option appears").adult(),
        ],
        content: &[
            l("tech reviews"),
            l("gadget comparisons"),
            l("how-to videos"),
        ],
        aspirations: &[
            l("wants to automate the boring parts of life"),
            l("dreams of building an app people actually use").ages(13, 55),
            l("wants a home set up exactly to {their} taste").adult(),
        ],
        quotes: &[
            l("Show me the specs, not the ad."),
            l("If I can automate it, I will."),
            l("I read the forum thread before I read the product page."),
        ],
        min_age: 13,
        max_age: 70,
        income_fit: [0.7, 1.2, 1.3],
        needs_dependants: false,
        working_life: false,
    },
];
