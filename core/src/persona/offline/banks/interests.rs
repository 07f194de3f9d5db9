//! Interest and behaviour banks: one for every value of the Interest and Behaviour
//! families of `audience::VOCABULARY`. Lines are country-neutral English; local
//! names come only through the `{brand}`, `{place}`, `{app}`, `{media}` and `{team}`
//! slots, filled from the pack's `interests.<data>` list or the bank's stand-in.

use super::{Bank, Generic};
use crate::persona::archetypes::l;

pub(in crate::persona) static INTEREST_BANKS: &[Bank] = &[
    Bank {
        values: &["coffee"],
        data: Some("coffee"),
        generic: Generic {
            brand: "a local coffee roast",
            place: "a neighbourhood café",
            app: "a coffee-ordering app",
            media: "a coffee channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{they} grinds the coffee beans the night before so the morning brew takes two minutes."),
            l("the first stop of the day is {place}, where the barista starts {their} usual before {they} reaches the counter."),
            l("on the way to work, {name} picks up an iced latte and drinks half of it before the first meeting.").work().commute(),
            l("mid-afternoon is for a second coffee, taken slowly and away from the desk.").not_retired(),
            l("weekends start with a slow pour-over coffee at home and no plans until it is finished."),
            l("{name} keeps a bag of {brand} in the cupboard for the days a café run is out of the question."),
            l("twice a month {they} tries a new café somewhere in {city}, mostly for the beans."),
            l("between lectures, {they} and a classmate split the cost of two iced coffees.").student(),
            l("mornings at home begin with a slow cup of coffee by the window and the radio on low.").retired(),
            l("the coffee order changes with the weather: hot and black in the rain, iced and sweet on humid days."),
            l("no meeting starts before {they} has a coffee in hand.").work(),
        ],
        views: &[
            l("Thinks {place} is worth the queue for the cold brew alone"),
            l("Buys {brand} by the bag because it tastes the same every time"),
            l("Rates {place} on the beans, not the interior"),
            l("Orders a latte through {app} when the rain makes going out a chore"),
            l("Calls {brand} the fallback for busy mornings, never the first choice"),
            l("Has a loyalty card at {place} that is always one stamp short"),
        ],
        media: &[
            l("{media} — latte-art and home-brewing videos on slow Sunday mornings"),
            l("{media} — bean reviews watched before buying a new bag"),
            l("{app} — the usual iced coffee delivered on rainy afternoons"),
        ],
        pains: &[
            l("a good latte costing more than lunch"),
            l("cafés too crowded to find a seat after noon"),
            l("sleepless nights after one coffee too many"),
            l("{place} changing the recipe of the usual order"),
            l("stale coffee beans sold at full price"),
            l("oat milk costing extra in every latte"),
        ],
        triggers: &[
            l("a buy-one-get-one promo at {place}"),
            l("a new seasonal drink on the café menu"),
            l("a free coffee after the tenth stamp"),
            l("a friend recommending a new coffee roaster"),
            l("coffee vouchers on {app}"),
            l("a café opening close to home"),
        ],
        motives: &[
            l("small daily rituals that make the day feel like {their} own"),
            l("a quiet moment before the day gets loud"),
            l("supporting good independent cafés"),
            l("craft and care in everyday things"),
        ],
        aspirations: &[
            l("wants to learn latte art well enough to impress friends"),
            l("hopes to open a small café one day"),
            l("wants to visit the farms where {their} favourite beans are grown").adult(),
            l("plans to buy a proper espresso machine for home").adult(),
        ],
        quotes: &[
            l("Don't talk to me before my first cup."),
            l("I can tell a burnt bean from across the room."),
            l("A good café is half the reason I like a neighbourhood."),
            l("I'd rather skip breakfast than skip coffee."),
            l("Iced, always — even when it rains."),
        ],
        markers: &["coffee", "latte", "espresso", "barista", "café", "cafe", "cappuccino", "americano", "kopi", "cold brew", "pour-over", "flat white"],
    },
    Bank {
        values: &["milk_tea"],
        data: Some("milk_tea"),
        generic: Generic {
            brand: "a bottled milk tea",
            place: "a bubble-tea shop",
            app: "a bubble-tea delivery app",
            media: "a bubble-tea reviewer",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{they} stops at {place} on the walk home for a brown-sugar milk tea with extra pearls."),
            l("an afternoon without a cup of milk tea feels unfinished to {name}."),
            l("after class, {they} and two friends queue at {place} and argue over toppings.").student(),
            l("the sweetness of {their} milk tea is always set to half: {name} has tried every level."),
            l("on hot days {they} orders the large milk tea and makes it last the whole afternoon."),
            l("every new flavour at {place} gets tried within its first week."),
            l("Friday treats mean a round of milk tea for the whole team, ordered through {app}.").work(),
            l("a reusable cup lives in {their} bag for the daily bubble-tea run."),
            l("when the rain keeps {them} indoors, {app} brings the usual bubble tea to the door."),
            l("the milk-tea order never changes: taro with pudding, less ice."),
            l("{name} keeps the stamp cards of three milk-tea shops in {their} wallet."),
        ],
        views: &[
            l("Thinks {place} makes the chewiest pearls in town"),
            l("Orders milk tea from {app} only with a free-delivery voucher"),
            l("Judges {place} on its brown-sugar milk tea before anything else"),
            l("Finds {place} too sweet even at the lowest setting"),
            l("Keeps going back to {place} because the staff remember the order"),
            l("Keeps {brand} in the fridge for days the tea shop is too far"),
        ],
        media: &[
            l("{media} — new milk-tea flavour reviews on weekend afternoons"),
            l("{app} — the usual bubble tea on rainy evenings"),
            l("{media} — bubble-tea ranking videos watched during breaks"),
        ],
        pains: &[
            l("boba pearls that go hard within twenty minutes"),
            l("after-school queues at the bubble-tea shop"),
            l("the price of a milk tea creeping up with every topping"),
            l("a milk-tea sugar habit that is hard to cut back"),
            l("delivered milk tea arriving with the ice melted"),
            l("plastic bubble-tea cups piling up by the end of the week"),
        ],
        triggers: &[
            l("a new seasonal milk-tea flavour"),
            l("a second milk tea at half price"),
            l("free toppings on a new boba shop's launch day"),
            l("a delivery voucher on {app}"),
            l("friends posting about a new bubble-tea shop"),
            l("a limited milk-tea cup featuring a favourite character"),
        ],
        motives: &[
            l("small treats that make a long day better"),
            l("trying every new flavour first"),
            l("sharing a cheap treat with friends"),
        ],
        aspirations: &[
            l("wants to try every milk-tea shop in {city}"),
            l("hopes to run a small tea stall of {their} own one day"),
            l("is trying to cut down to one bubble tea a week"),
            l("wants to learn to cook chewy pearls from scratch"),
        ],
        quotes: &[
            l("Less ice, half sugar, extra pearls — always."),
            l("A bad day is nothing a milk tea can't fix."),
            l("I could rank every tea shop in this city for you."),
            l("The pearls make or break it."),
        ],
        markers: &["milk tea", "milk-tea", "milktea", "bubble tea", "bubble-tea", "boba", "tapioca", "teh tarik", "cha yen"],
    },
    Bank {
        values: &["foodie"],
        data: Some("food"),
        generic: Generic {
            brand: "a favourite local restaurant",
            place: "a hole-in-the-wall eatery",
            app: "a restaurant app",
            media: "a street-food vlogger",
            team: "the local team",
        },
        title: None,
        day: &[
            l("weekends are planned around food: one new restaurant in {city} every Saturday."),
            l("at every restaurant, {name} photographs each plate before the first bite."),
            l("lunch is never at the same eatery twice in one week."),
            l("after a long day {they} scrolls {app} for twenty minutes and still orders the usual."),
            l("a friend's birthday is the excuse {name} needs to try the tasting menu everyone talks about.").adult().not_low(),
            l("{they} keeps a list on {their} phone of every restaurant dish worth going back for."),
            l("the lunch break is spent walking to {place}, even when it takes half the hour.").work(),
            l("on trips, {they} follows the queues of locals to find the best street food."),
            l("Sunday brunch with friends rotates between three favourite spots and one wildcard."),
            l("before choosing where to eat, {they} checks what {media} said about it."),
            l("street-food stalls get more of {their} money than restaurants do."),
        ],
        views: &[
            l("Will cross the city for the noodles at {place}"),
            l("Thinks {place} has been overrated since it got famous"),
            l("Checks {app} for ratings before trying any new restaurant"),
            l("Judges {place} by how many locals are eating there"),
            l("Takes visitors from out of town to {place} first"),
            l("Trusts reviews on {app} only when they come with photos"),
        ],
        media: &[
            l("{media} — food reviews watched over dinner"),
            l("{media} — where the next weekend restaurant usually comes from"),
            l("{app} — late-night ordering and reading reviews"),
        ],
        pains: &[
            l("a hyped restaurant that turns out bland"),
            l("long waits for a restaurant table without a booking"),
            l("restaurant delivery fees that double the price of a meal"),
            l("favourite street-food stalls closing without warning"),
            l("a restaurant dropping the one dish worth coming for"),
            l("eateries shrinking portions while prices rise"),
        ],
        triggers: &[
            l("a new restaurant opening in the neighbourhood"),
            l("a friend's photo of a dish from a new eatery"),
            l("a food vlogger's restaurant recommendation"),
            l("a discount code on {app}"),
            l("a limited-time tasting menu"),
            l("a street-food festival in {city}"),
        ],
        motives: &[
            l("discovering something new to eat"),
            l("sharing good food with good people"),
            l("treating a meal as the best part of any trip"),
        ],
        aspirations: &[
            l("wants to eat {their} way through every district of {city}"),
            l("hopes to grow a food page with a real following"),
            l("dreams of a holiday planned entirely around what to eat").adult(),
            l("wants to be the friend everyone asks where to eat"),
        ],
        quotes: &[
            l("I'll try anything once, twice if there's sauce."),
            l("The best places never have a proper sign."),
            l("The phone eats first — then me."),
            l("Ask me where to eat, not what to watch."),
        ],
        markers: &["foodie", "restaurant", "street food", "street-food", "eatery", "eateries", "cuisine", "brunch", "tasting menu", "food trip", "food spot", "food stall", "hawker", "food review", "dining"],
    },
    Bank {
        values: &["home_cooking"],
        data: Some("cooking"),
        generic: Generic {
            brand: "a trusted cooking sauce",
            place: "the local fresh-ingredient market",
            app: "a recipe app",
            media: "a cooking channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("dinner is cooked from scratch most nights, usually with whatever is in season."),
            l("{name} does the big shop at {place} on Sunday and plans the week's recipes on the way home."),
            l("after work, {they} puts on {media} and cooks along with it.").work(),
            l("home-cooked lunch goes into containers every evening, ready for the next day.").not_retired(),
            l("Sunday afternoons belong to one slow home-cooked dish: a stew, a braise, something that simmers for hours."),
            l("the fridge is always stocked with homemade sauces, each jar labelled with the date."),
            l("when the family gets together, {name} is the one who cooks.").family(),
            l("weeknight dinners come from {app}: one pan, nothing longer than thirty minutes.").not_retired(),
            l("cooking for the kids means hiding vegetables in every sauce.").kids(),
            l("with more free time now, {they} is working through a cookbook recipe by recipe.").retired(),
            l("leftovers get cooked into something new the next day: fried rice, an omelette, a soup."),
        ],
        views: &[
            l("Won't cook without {brand} in the cupboard"),
            l("Gets the freshest cooking ingredients at {place}, even if it means an early start"),
            l("Saves recipes on {app} and actually cooks them"),
            l("Thinks {brand} is worth paying a little more for"),
            l("Buys the week's ingredients at {place} because the vegetables are cheaper than anywhere nearby"),
        ],
        media: &[
            l("{media} — recipe videos saved for the weekend"),
            l("{media} — cooked along with on weeknights"),
            l("{app} — the week's meal plan, sorted on Sundays"),
        ],
        pains: &[
            l("the price of cooking ingredients rising every month"),
            l("not enough time to cook on weeknights"),
            l("family members who won't try any new recipe"),
            l("recipes that need one expensive ingredient used once"),
            l("the washing-up after every home-cooked meal"),
            l("vegetables going off before they get cooked"),
        ],
        triggers: &[
            l("a recipe going viral"),
            l("a sale on cookware at {place}"),
            l("seasonal produce worth cooking at the market"),
            l("a cooking-show finale"),
            l("a meal-kit discount on {app}"),
            l("guests coming over for a home-cooked dinner"),
        ],
        motives: &[
            l("feeding people well"),
            l("knowing what goes into every meal"),
            l("saving money by cooking at home"),
            l("passing family recipes on"),
        ],
        aspirations: &[
            l("wants to master {their} grandmother's recipes before they are lost"),
            l("hopes to cook a whole dinner-party menu without stress"),
            l("wants a kitchen with enough counter space").adult(),
            l("dreams of taking a cooking class abroad").adult().not_low(),
        ],
        quotes: &[
            l("Nothing from a restaurant beats a home-cooked meal."),
            l("I cook by smell, not by the recipe."),
            l("If there's rice and eggs, there's dinner."),
            l("Cooking is how I switch off."),
        ],
        markers: &["cook", "recipe", "kitchen", "home-cooked", "homemade", "meal prep", "ingredient", "pantry", "stew"],
    },
    Bank {
        values: &["baking"],
        data: Some("cooking"),
        generic: Generic {
            brand: "a good baking butter",
            place: "the baking-supply shop",
            app: "a recipe app",
            media: "a baking channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("the oven is on most Sunday afternoons, and the house smells of butter by four."),
            l("{name} bakes a loaf of bread every week and has stopped buying it."),
            l("Fridays at work mean {name} walks in with a tin of banana bread.").work(),
            l("late at night {they} watches {media} and writes down ratios."),
            l("birthdays in the family mean {name} makes the cake, no discussion."),
            l("a sourdough starter lives in {their} fridge and gets fed every other day."),
            l("rainy Saturdays go to baking one recipe over and over until it comes out right."),
            l("whenever there is a free afternoon, cookies go out to the neighbours."),
            l("before the holiday baking season {they} stocks up on flour and butter at {place}."),
            l("after class, {they} tries a new cupcake recipe from {app}.").student(),
            l("baking with the kids on weekends ends with flour on every surface.").kids(),
            l("friends and friends of friends order cakes from {name} for their parties.").adult(),
        ],
        views: &[
            l("Buys flour and butter at {place} because the baking aisle has everything"),
            l("Trusts {app} for baking recipes that work on the first try"),
            l("Finds {place} too pricey for anything but vanilla"),
            l("Follows {app} for seasonal bakes"),
            l("Goes to {place} for the good chocolate before any big bake"),
        ],
        media: &[
            l("{media} — bake-alongs on Sunday afternoons"),
            l("{media} — cake-decorating tutorials before birthdays"),
            l("{app} — saved baking recipes for the next free weekend"),
        ],
        pains: &[
            l("butter and flour prices going up"),
            l("an oven that heats unevenly"),
            l("cakes sinking in the middle"),
            l("humid days ruining the bread dough"),
            l("no counter space for baking in a small kitchen"),
            l("baking ingredients only sold in huge packs"),
        ],
        triggers: &[
            l("a birthday cake to make"),
            l("a new bake trending online"),
            l("a sale on baking tins and tools"),
            l("the holiday baking season"),
            l("a friend asking for a cake"),
            l("a discount on flour and butter at {place}"),
        ],
        motives: &[
            l("making people happy with something homemade"),
            l("patience and precision"),
            l("creating something with {their} own hands"),
        ],
        aspirations: &[
            l("wants to sell cakes from home one day"),
            l("hopes to master a perfect sourdough"),
            l("dreams of opening a small bakery").adult(),
            l("wants to take a proper pastry course"),
        ],
        quotes: &[
            l("Baking is the only place where I follow instructions."),
            l("If it came out of my oven, you're eating it."),
            l("Butter fixes most things."),
            l("I bake when I'm stressed — my friends love it."),
        ],
        markers: &["bake", "baking", "cake", "bread", "oven", "pastry", "pastries", "sourdough", "flour", "cookie", "frosting"],
    },
    Bank {
        values: &["fitness"],
        data: Some("fitness"),
        generic: Generic {
            brand: "a gym-wear brand",
            place: "the neighbourhood gym",
            app: "a workout app",
            media: "a fitness creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{they} is at {place} by six, before the machines fill up."),
            l("lunch is a chicken-and-rice box eaten at the desk after a morning session at the gym.").work(),
            l("the gym split lives on {their} phone: legs Monday, push Tuesday, pull Thursday."),
            l("{name} logs every set in {app} and checks the numbers on the walk home."),
            l("after work, {they} heads straight to the gym without going home first.").work(),
            l("rest days from the gym still mean a long walk and ten thousand steps."),
            l("five days of high-protein meals are prepped on Sunday night, weighed to the gram."),
            l("between classes, {they} fits in a quick session at the campus gym.").student(),
            l("a home workout with {media} is how {name} starts most days."),
            l("the protein shaker gets rinsed and refilled twice a day."),
            l("three times a week {they} joins a fitness circuit class and tries not to finish last."),
            l("gentle strength training at {place} keeps {their} knees and back in shape.").ages(55, 200),
        ],
        views: &[
            l("Pays for {place} mainly for the squat racks"),
            l("Wears {brand} to the gym because it survives the washing machine"),
            l("Tracks macros in {app} but ignores it at weekends"),
            l("Thinks {place} gets too crowded after six"),
            l("Swears by {app} for keeping a workout streak going"),
            l("Finds {brand} overpriced for gym clothes"),
        ],
        media: &[
            l("{media} — home workouts before breakfast"),
            l("{media} — form tips watched between sets"),
            l("{app} — logging sets and weekly progress"),
        ],
        pains: &[
            l("a packed gym at peak hours"),
            l("waiting for a free bench in the weights area"),
            l("gym membership fees going up every year"),
            l("a strength plateau that no workout seems to shift"),
            l("nagging injuries from too many heavy workouts"),
            l("high-protein food costing more than junk"),
        ],
        triggers: &[
            l("a new year's resolution to get back to the gym"),
            l("a gym membership promo"),
            l("a friend's fitness transformation photos"),
            l("new training gear from {brand}"),
            l("a fitness challenge in {app}"),
            l("a workout plan for an upcoming wedding or beach holiday"),
        ],
        motives: &[
            l("discipline"),
            l("feeling strong"),
            l("health that lasts"),
            l("confidence in {their} own body"),
        ],
        aspirations: &[
            l("wants to deadlift twice {their} bodyweight"),
            l("hopes to coach a fitness class of {their} own"),
            l("wants to stay strong enough to carry the heavy shopping at eighty").ages(40, 200),
            l("is training for {their} first fitness competition"),
        ],
        quotes: &[
            l("Rest day is the hardest day."),
            l("Nobody regrets a workout."),
            l("I plan meals like other people plan holidays."),
            l("The gym is the only hour nobody can reach me."),
        ],
        markers: &["gym", "workout", "fitness", "exercise", "protein", "weights", "weightlifting", "strength training", "hiit", "crossfit"],
    },
    Bank {
        values: &["running"],
        data: Some("running"),
        generic: Generic {
            brand: "a running-shoe brand",
            place: "the park running loop",
            app: "a running app",
            media: "a big-city marathon",
            team: "the local running club",
        },
        title: None,
        day: &[
            l("{name} is out the door by half past five for an easy five-kilometre jog before the heat."),
            l("long runs happen on Sundays, usually around {place}."),
            l("every run goes into {app}, and {they} reads the splits over breakfast."),
            l("after work, {they} changes into running shoes and runs home the long way instead of taking the bus.").work(),
            l("twice a week there is a running interval session that {they} dreads and never skips."),
            l("rest days from running mean stretching in front of the television."),
            l("on marathon weekends the alarm is set for four and the race kit is laid out the night before."),
            l("the weekly group run with {team} ends with breakfast together."),
            l("before class, {they} goes running, lap after lap of the track.").student(),
            l("{their} running shoes are retired every eight hundred kilometres, counted to the metre."),
            l("an easy morning jog has become part of {their} retirement routine.").retired(),
        ],
        views: &[
            l("Swears by {app} for tracking long runs"),
            l("Only runs in shoes from {brand} after trying half a dozen others"),
            l("Thinks {place} is the best running route in {city} before seven"),
            l("Buys shoes from {brand} on sale, one model behind the newest"),
            l("Uses {app} mostly for the kudos from running friends"),
        ],
        media: &[
            l("{media} — the race the whole training year builds up to"),
            l("{app} — splits and weekly mileage checked every evening"),
            l("{media} — followed on race day, split by split"),
        ],
        pains: &[
            l("shin splints after adding running mileage too fast"),
            l("heat and traffic fumes on morning runs"),
            l("running-race entry fees going up"),
            l("running shoes wearing out too fast"),
            l("no safe footpaths for running near home"),
            l("half-marathon slots selling out in minutes"),
        ],
        triggers: &[
            l("marathon registration opening"),
            l("a new shoe release from {brand}"),
            l("a personal best on a long run"),
            l("a club challenge in {app}"),
            l("a friend signing up for the same half-marathon"),
            l("a sale on last season's running shoes"),
        ],
        motives: &[
            l("clearing {their} head"),
            l("beating {their} own times"),
            l("a healthy habit that costs little"),
        ],
        aspirations: &[
            l("wants to run a full marathon before turning forty").ages(18, 38),
            l("hopes to qualify for a major marathon one day"),
            l("wants to keep running well into {their} seventies"),
            l("is training for a first half marathon"),
        ],
        quotes: &[
            l("The first kilometre is a liar."),
            l("I run so I can eat what I like."),
            l("Rain is just free cooling."),
            l("If it isn't logged, it didn't happen."),
        ],
        markers: &["running", "runner", "marathon", "jog", "long run", "morning run", "run club", "trail run", "parkrun"],
    },
    Bank {
        values: &["cycling"],
        data: Some("cycling"),
        generic: Generic {
            brand: "a mid-range road bike",
            place: "the local bike shop",
            app: "a cycling app",
            media: "a cycling channel",
            team: "the local cycling club",
        },
        title: None,
        day: &[
            l("{name} cycles to work three days a week and showers at the office.").work().commute(),
            l("Saturday mornings mean a sixty-kilometre group ride with {team}."),
            l("the bike chain gets cleaned and oiled every Sunday evening."),
            l("on rainy days the bike goes on an indoor trainer and {they} rides along with {app}."),
            l("weekend routes are planned on {app} to avoid the busiest roads."),
            l("a quick bike loop before breakfast keeps {their} legs fresh for the week."),
            l("once a month the bike goes to {place} for a tune-up."),
            l("{they} cycles to campus to save on fares.").student(),
            l("cycling-club rides start at dawn, before the traffic wakes up."),
            l("a gentle bike ride around the neighbourhood is part of {their} mornings now.").retired(),
        ],
        views: &[
            l("Rides {brand} and will tell anyone why"),
            l("Trusts {place} with bike repairs more than any dealer"),
            l("Logs every ride on {app}, even the short ones"),
            l("Thinks {brand} is worth saving up for"),
            l("Finds {place} expensive but honest about what a bike needs"),
        ],
        media: &[
            l("{media} — race highlights over breakfast"),
            l("{app} — route planning for the weekend ride"),
            l("{media} — bike-maintenance tutorials before fixing anything"),
        ],
        pains: &[
            l("drivers who don't leave space for cyclists"),
            l("too few safe bike lanes"),
            l("bikes stolen from outside shops"),
            l("bike spare parts costing more than expected"),
            l("arriving sweaty after cycling in").work(),
            l("flat bike tyres on the way somewhere important"),
        ],
        triggers: &[
            l("a new cycling route shared by the club"),
            l("a tune-up discount at {place}"),
            l("a friend upgrading to a lighter bike"),
            l("a new segment record on {app}"),
            l("a charity bike ride opening registrations"),
            l("a car-free cycling day in {city}"),
        ],
        motives: &[
            l("freedom on two wheels"),
            l("fitness without a gym"),
            l("less traffic, less pollution"),
        ],
        aspirations: &[
            l("wants to ride a hundred kilometres in one day"),
            l("hopes to tour another country by bike").adult(),
            l("wants to cycle everywhere, every day of the year"),
            l("is saving for a lighter bike"),
        ],
        quotes: &[
            l("The best views are at the top of the worst climbs."),
            l("I'd rather sweat on a bike than sit in traffic."),
            l("The right number of bikes is always one more."),
            l("Every ride starts with checking the tyres."),
        ],
        markers: &["bike", "biking", "bicycle", "cycling", "cyclist", "cycles to", "pedal", "peloton", "group ride"],
    },
    Bank {
        values: &["yoga"],
        data: Some("yoga"),
        generic: Generic {
            brand: "a yoga-wear brand",
            place: "the local yoga studio",
            app: "a yoga app",
            media: "a yoga teacher online",
            team: "the local team",
        },
        title: None,
        day: &[
            l("the day starts on the mat: twenty minutes of sun salutations before anyone else is awake."),
            l("{name} goes to an evening yoga class at {place} twice a week."),
            l("at lunch, {they} finds a quiet room for ten minutes of yoga stretches.").work(),
            l("when the studio is too far, {they} follows {media} on the living-room floor."),
            l("slow yoga breathing gets {them} through the busiest hours."),
            l("Sunday mornings are for a long, slow yoga class and nothing after it."),
            l("a gentle yoga class for older beginners keeps {their} joints moving.").ages(55, 200),
            l("on nights that run late, the mat comes out at home with {app}."),
            l("before an exam, {they} settles {their} nerves with a short yoga breathing routine.").student(),
            l("{their} yoga mat goes everywhere, even on holiday."),
        ],
        views: &[
            l("Pays for {place} because the teachers actually correct each pose"),
            l("Practises with {app} on days there is no class"),
            l("Thinks {brand} is overpriced but buys it anyway"),
            l("Finds {place} too crowded on weekends"),
            l("Likes {app} because the yoga sessions fit into twenty minutes"),
        ],
        media: &[
            l("{media} — morning flows before breakfast"),
            l("{app} — short yoga sessions on busy evenings"),
            l("{media} — breathing and meditation guides at bedtime"),
        ],
        pains: &[
            l("yoga class passes getting expensive"),
            l("no room at home to roll out a yoga mat"),
            l("evening yoga classes full by the time {they} books"),
            l("tight hips that no yoga pose seems to loosen"),
            l("yoga studios that feel more like fashion shows"),
        ],
        triggers: &[
            l("a free trial yoga class"),
            l("a hot-yoga studio opening nearby"),
            l("a yoga retreat deal"),
            l("a stressful season sending {them} back to the yoga mat"),
            l("a class-pack discount at {place}"),
        ],
        motives: &[
            l("calm"),
            l("balance"),
            l("flexibility that lasts into old age"),
            l("being kind to {their} own body"),
        ],
        aspirations: &[
            l("wants to teach yoga one day"),
            l("hopes to hold a headstand without the wall"),
            l("wants to go on a proper yoga retreat").adult(),
            l("wants to practise every day for a year"),
        ],
        quotes: &[
            l("Ten minutes on the mat fixes an hour of stress."),
            l("I'm not flexible — that's why I go."),
            l("Breathing is underrated."),
            l("My mat is my therapy."),
        ],
        markers: &["yoga", "asana", "vinyasa", "hatha", "sun salutation", "downward dog", "meditat"],
    },
    Bank {
        values: &["skincare"],
        data: Some("skincare"),
        generic: Generic {
            brand: "a pharmacy moisturiser",
            place: "the local pharmacy's skincare aisle",
            app: "a skincare app",
            media: "a skincare creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name}'s evening skincare routine has five steps, and {they} never skips one."),
            l("sunscreen goes on every morning, rain or shine."),
            l("even after a late night, {they} takes off the day with two rounds of cleanser before bed."),
            l("Sunday nights bring a sheet mask for the skin and an episode of something."),
            l("at lunch {they} reapplies sunscreen from a stick kept in {their} bag."),
            l("before buying any skincare, {they} reads the ingredient list on {app}."),
            l("a monthly trip to {place} restocks the basics: cleanser, toner, moisturiser."),
            l("a travel-size moisturiser stays in {their} bag for the dry air indoors."),
            l("the bathroom shelf is a careful row of serums in the order they are used."),
            l("a new serum is patch-tested on {their} wrist for three days first."),
        ],
        views: &[
            l("Trusts {brand} because it never causes a breakout"),
            l("Buys {brand} in twos when it goes on sale"),
            l("Thinks {place} has the best loyalty points for skincare"),
            l("Reads the reviews on {app} before trying a new serum"),
            l("Finds {brand} overhyped after one bottle"),
            l("Goes to {place} only for the sunscreen"),
        ],
        media: &[
            l("{media} — ingredient breakdowns before bed"),
            l("{media} — routine videos watched while doing {their} own"),
            l("{app} — restocking skincare basics on sale days"),
        ],
        pains: &[
            l("acne breakouts from a new product"),
            l("sunscreen that leaves a white cast"),
            l("serums that do nothing for the price"),
            l("fake skincare from online sellers"),
            l("dry patches in air-conditioned rooms that moisturiser barely touches"),
            l("conflicting skincare advice from every creator"),
        ],
        triggers: &[
            l("a creator's honest sunscreen review"),
            l("a payday sale on {app}").work(),
            l("double-points day at {place}"),
            l("a new serum ingredient trending"),
            l("a stubborn acne breakout"),
            l("a free serum sample in the shopping bag"),
        ],
        motives: &[
            l("self-care"),
            l("healthy skin over heavy make-up"),
            l("knowing what goes on {their} face"),
        ],
        aspirations: &[
            l("wants clear skin without needing foundation"),
            l("hopes to launch a small skincare line one day").adult(),
            l("wants to find one routine and stop switching"),
            l("plans to age well without any fuss").ages(25, 200),
        ],
        quotes: &[
            l("Sunscreen is non-negotiable."),
            l("I read the ingredient list before the price."),
            l("My skin is the one thing I don't save on."),
            l("Five steps, every night, even when I'm exhausted."),
        ],
        markers: &["skincare", "skin care", "sunscreen", "serum", "moisturis", "moisturiz", "cleanser", "toner", "spf", "sheet mask", "acne", "retinol"],
    },
    Bank {
        values: &["makeup"],
        data: Some("makeup"),
        generic: Generic {
            brand: "a drugstore lipstick",
            place: "the make-up counter",
            app: "a make-up app",
            media: "a make-up artist online",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} can do a full face of make-up in ten minutes on the bus.").commute(),
            l("weekend mornings are for trying a new look saved from {media}."),
            l("a lipstick, a compact and a brow pencil never leave {their} bag."),
            l("doing make-up with friends before a night out takes longer than the night itself."),
            l("workday make-up stays simple: skin tint, brows, a tinted balm.").work(),
            l("every new shade gets swatched on the back of {their} hand at {place}."),
            l("removing make-up properly is the one step {they} never skips."),
            l("the make-up brushes get washed every Sunday and dried on a towel by the window."),
            l("before a wedding or a party, {name} does the make-up for half the family."),
            l("after school, {they} practises winged eyeliner until both sides match.").teen(),
        ],
        views: &[
            l("Swears by {brand} for make-up that lasts through a long, humid day"),
            l("Picks shades at {place} only after testing them in daylight"),
            l("Thinks {brand} is as good as the luxury labels at half the price"),
            l("Stocks up on make-up through {app} on big sale days"),
            l("Finds the staff at {place} pushy but the testers useful"),
            l("Keeps going back to {brand} because the shade range finally fits"),
        ],
        media: &[
            l("{media} — get-ready-with-me videos before nights out"),
            l("{media} — make-up tutorials replayed step by step on weekends"),
            l("{app} — wishlists filled and emptied on sale days"),
        ],
        pains: &[
            l("foundation shades that never quite match"),
            l("make-up melting in the heat"),
            l("make-up testers that are empty or unhygienic"),
            l("a favourite lipstick discontinued right after finding it"),
            l("fake make-up sold online as the real thing"),
            l("lipstick colours that look nothing like the photos"),
        ],
        triggers: &[
            l("a new make-up palette launch"),
            l("a creator's make-up tutorial"),
            l("a bundle deal at {place}"),
            l("a wedding or big event that needs a full face of make-up"),
            l("limited-edition lipstick packaging"),
            l("a beauty sale on {app}"),
        ],
        motives: &[
            l("self-expression"),
            l("feeling put-together"),
            l("creativity with colour"),
        ],
        aspirations: &[
            l("wants to do bridal make-up professionally").adult(),
            l("hopes to build a following with {their} own make-up tutorials"),
            l("wants to master a perfect winged liner"),
            l("wants a make-up collection small enough to fit in one pouch"),
        ],
        quotes: &[
            l("Make-up is my five minutes of art every day."),
            l("A good lipstick fixes a bad mood."),
            l("I test everything on my hand before I pay."),
            l("Less foundation, more skin — that's the rule now."),
        ],
        markers: &["make-up", "makeup", "lipstick", "lip tint", "mascara", "eyeliner", "concealer", "eyeshadow", "cosmetic", "foundation shade"],
    },
    Bank {
        values: &["fashion"],
        data: Some("fashion"),
        generic: Generic {
            brand: "a high-street fashion label",
            place: "the mall's fashion floor",
            app: "a fashion app",
            media: "a fashion creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("the outfit is planned the night before, down to the bag and shoes."),
            l("{name} walks through {place} on lunch breaks just to see what's new.").work(),
            l("every few months {they} clears out {their} wardrobe and gives away what no longer fits."),
            l("Saturday afternoons are for browsing clothes racks with friends, buying maybe one thing."),
            l("outfit ideas from {media} get saved into folders by season."),
            l("choosing an outfit for class is never rushed, even for an early lecture.").student(),
            l("one good new piece for the wardrobe a month is the rule {name} tries to keep."),
            l("every evening {they} irons and lays out the next day's clothes."),
            l("fashion shop windows in {city} get {their} full attention on any walk through town."),
            l("late at night {they} fills a basket on {app} and empties most of it by morning."),
        ],
        views: &[
            l("Buys basics at {place} and saves splurges for special pieces"),
            l("Thinks {brand} fits better than anything else at the price"),
            l("Browses {app} daily but only checks out on sale days"),
            l("Finds {place} overpriced unless something is on the sale rack"),
            l("Trusts {brand} for work clothes that last").work(),
            l("Goes to {place} for trends and elsewhere for quality"),
        ],
        media: &[
            l("{media} — outfit ideas before a big week"),
            l("{app} — new arrivals scrolled at night"),
            l("{media} — styling videos on weekend mornings"),
        ],
        pains: &[
            l("clothes sizes that differ between every brand"),
            l("clothes losing their shape after a few washes"),
            l("online fashion orders that look nothing like the photos"),
            l("paying to return clothes that don't fit"),
            l("long queues for the fitting rooms with an armful of clothes"),
            l("fashion trends that change before {they} can afford them"),
        ],
        triggers: &[
            l("a new-season fashion collection"),
            l("an end-of-season sale at {place}"),
            l("a wedding invitation that needs a new outfit"),
            l("a creator wearing the outfit first"),
            l("free shipping on {app}"),
            l("a high-street fashion collaboration with a designer"),
        ],
        motives: &[
            l("self-expression through style"),
            l("looking put-together"),
            l("the confidence that comes with the right outfit"),
        ],
        aspirations: &[
            l("wants a wardrobe where everything goes with everything"),
            l("hopes to start a small clothing label").adult(),
            l("wants to buy fewer, better clothes"),
            l("dreams of working in fashion"),
        ],
        quotes: &[
            l("If I don't feel good in it, it goes back."),
            l("An outfit is the first thing I plan each day."),
            l("Quality over quantity — mostly."),
            l("I can tell where something's from at a glance."),
        ],
        markers: &["fashion", "outfit", "wardrobe", "clothes", "clothing", "streetwear", "ootd", "lookbook"],
    },
    Bank {
        values: &["sneakers"],
        data: Some("sneakers"),
        generic: Generic {
            brand: "a big sneaker brand",
            place: "the sneaker store",
            app: "a sneaker resale app",
            media: "a sneaker channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} sets an alarm for every sneaker drop, even the ones {they} won't win."),
            l("the sneakers are chosen before the outfit, never the other way round."),
            l("on Sunday nights {they} cleans {their} white sneakers with a toothbrush."),
            l("a detour past {place} on the way home is how {they} checks the new wall."),
            l("rainy days mean the old pair comes out and the good sneakers stay boxed."),
            l("evenings go to comparing prices on {app} before deciding whether to sell a pair."),
            l("a shelf of sneaker boxes in {their} room is organised by colour."),
            l("Saturdays are for a sneaker meet with friends, swapping stories and sometimes pairs."),
            l("{they} wears a different pair of sneakers to class every day of the week.").student(),
            l("at work, {name} is known as the one whose sneakers are always new.").work(),
        ],
        views: &[
            l("Thinks {brand} still makes the most comfortable everyday sneaker"),
            l("Checks {app} for prices before buying any pair"),
            l("Lines up at {place} for restocks when the online raffle fails"),
            l("Finds the collaborations from {brand} overhyped and overpriced"),
            l("Trusts {app} for authentic pairs more than any online shop"),
            l("Buys general releases at {place} and leaves the hyped pairs to resellers"),
        ],
        media: &[
            l("{media} — release calendars checked every Monday"),
            l("{app} — raffles entered and resale prices watched"),
            l("{media} — on-foot sneaker reviews before deciding to buy"),
        ],
        pains: &[
            l("bots buying limited sneakers in seconds"),
            l("sneaker resale prices three times retail"),
            l("fake sneakers that are hard to spot"),
            l("creased toe boxes on new kicks after a week"),
            l("sneaker releases with no half sizes in stock"),
            l("losing every sneaker raffle"),
        ],
        triggers: &[
            l("a limited sneaker drop"),
            l("a restock alert for sold-out kicks"),
            l("a sneaker collaboration with a favourite artist"),
            l("a retro colourway of a classic sneaker returning"),
            l("a sale at {place}"),
            l("a friend's new pair of kicks"),
        ],
        motives: &[
            l("self-expression from the feet up"),
            l("the thrill of the hunt"),
            l("a community that gets it"),
        ],
        aspirations: &[
            l("wants to own {their} grail pair"),
            l("hopes to design {their} own sneaker someday"),
            l("wants a wall of shelves for a full collection").adult(),
            l("plans to turn reselling into a side income").adult(),
        ],
        quotes: &[
            l("Shoes first, outfit second."),
            l("I've lost more raffles than I can count."),
            l("A clean pair says a lot about you."),
            l("I don't buy them to keep them boxed — I wear them."),
        ],
        markers: &["sneaker", "kicks", "trainers", "colourway", "nike", "adidas", "new balance", "resell"],
    },
    Bank {
        values: &["mobile_gaming"],
        data: Some("gaming"),
        generic: Generic {
            brand: "a gaming phone",
            place: "the gaming shop",
            app: "the app store's gaming section",
            media: "a popular battle-royale game",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} plays a few ranked matches of {media} on the commute.").commute(),
            l("lunch breaks are for two quick rounds of a phone game with colleagues.").work(),
            l("at night {they} plays online games with the same squad until someone's battery dies."),
            l("whenever there is spare money, a little goes on game credits."),
            l("between lectures, {they} squeezes in a match or two of a phone game.").student(),
            l("daily in-game login rewards are collected before {they} even gets out of bed."),
            l("weekends mean long gaming sessions with friends, voice chat on, snacks nearby."),
            l("the phone is plugged in for every ranked push, just in case."),
            l("new season events in {media} get played on day one."),
            l("before trying a new hero, {they} watches a creator's gameplay to learn it."),
            l("a cooling fan clips onto {their} phone for long sessions of {media}."),
        ],
        views: &[
            l("Buys game credits through {app} because the bonuses are better"),
            l("Thinks {brand} is the only phone that runs games without overheating"),
            l("Uses {app} for game gift cards when friends' birthdays come round"),
            l("Wants {brand} for the next upgrade, mostly for the gaming performance"),
            l("Buys game vouchers at {place} with cash"),
            l("Finds in-game prices on {app} too high"),
        ],
        media: &[
            l("{media} — ranked matches every night"),
            l("{media} — event grinding on weekends"),
            l("{app} — new game downloads and top-ups"),
        ],
        pains: &[
            l("lag spikes in ranked matches on a patchy mobile connection"),
            l("a gaming session cut short by a phone overheating mid-match"),
            l("teammates who go idle in the middle of a ranked game"),
            l("pay-to-win updates in mobile games"),
            l("the battery dying before a ranked match ends"),
            l("mobile data for gaming running out before the month does"),
        ],
        triggers: &[
            l("a new season pass dropping in a favourite mobile game"),
            l("a limited in-game skin for a favourite hero"),
            l("top-up bonus events on {app}"),
            l("friends downloading a new game"),
            l("a gaming-phone launch"),
            l("a double-rewards gaming weekend"),
        ],
        motives: &[
            l("winning with friends"),
            l("a break from everything else"),
            l("climbing the game's ranks"),
        ],
        aspirations: &[
            l("wants to reach the top rank this season"),
            l("hopes to stream {their} matches to a real following"),
            l("wants a phone made for gaming"),
            l("dreams of going pro with a gaming team").ages(13, 30),
        ],
        quotes: &[
            l("One more match — then sleep."),
            l("Lag lost us that game, not me."),
            l("My squad knows me better than most people do."),
            l("Battery at twenty percent means last game."),
        ],
        markers: &["gaming", "gamer", "games", "mobile game", "phone game", "online game", "ranked", "in-game", "gameplay", "battle royale", "battle-royale", "mobile legends", "game credit", "game voucher", "new game"],
    },
    Bank {
        values: &["pc_gaming"],
        data: Some("gaming"),
        generic: Generic {
            brand: "a gaming laptop",
            place: "the gaming-hardware shop",
            app: "an online game store",
            media: "a popular online game",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name}'s evenings belong to the gaming desk with the glowing keyboard."),
            l("{they} plays {media} with friends on voice chat until after midnight."),
            l("during the big store sales, {they} buys games {they} may never install."),
            l("the gaming PC gets upgraded one part at a time, whenever there is money for it."),
            l("weekends start with a long gaming session at the PC and a late breakfast."),
            l("after work, a few matches of {media} are how {they} unwinds.").work(),
            l("every few months the gaming PC is opened up and cleaned with the care of a mechanic."),
            l("patch notes for {media} are read in full on release day."),
            l("a late-night raid in an online game with the same group happens every Thursday."),
            l("whole weekends vanish whenever {they} starts one of {their} strategy games."),
            l("between assignments, {they} plays a few rounds of an online game on the laptop.").student(),
        ],
        views: &[
            l("Buys games on {app} only when they're on sale"),
            l("Saved for months for {brand} and still talks about it"),
            l("Thinks {place} overcharges for graphics cards"),
            l("Compares prices at {place} for every part before upgrading the gaming PC"),
            l("Trusts {brand} more than the cheaper alternatives"),
            l("Has a library on {app} with more games than {they} will ever finish"),
        ],
        media: &[
            l("{media} — competitive matches most nights"),
            l("{app} — the sale page checked every weekend"),
            l("{media} — raids with the same group every Thursday"),
        ],
        pains: &[
            l("graphics cards priced like a month's rent"),
            l("PC games launching broken"),
            l("huge downloads for new PC games on a slow connection"),
            l("power cuts in the middle of a gaming session"),
            l("cheaters in ranked online games"),
            l("a rig that can't run the newest games"),
        ],
        triggers: &[
            l("a seasonal sale on {app}"),
            l("a new generation of graphics cards"),
            l("a sequel to a favourite PC game"),
            l("friends starting a new online game"),
            l("a big patch or expansion for an online game"),
            l("a bundle deal on PC parts at {place}"),
        ],
        motives: &[
            l("mastery"),
            l("playing with friends online"),
            l("building something of {their} own"),
        ],
        aspirations: &[
            l("wants to build a high-end gaming rig from scratch"),
            l("hopes to make games one day"),
            l("wants to stream {their} games to a real audience"),
            l("wants a room set up just for gaming").adult(),
        ],
        quotes: &[
            l("I don't buy a PC — I build one."),
            l("Just one more turn."),
            l("Frame rate matters more than graphics."),
            l("My backlog is bigger than my free time."),
        ],
        markers: &["gaming", "gamer", "games", "pc game", "gaming pc", "gaming rig", "graphics card", "mechanical keyboard", "online game", "in-game"],
    },
    Bank {
        values: &["console_gaming"],
        data: Some("gaming"),
        generic: Generic {
            brand: "a games console",
            place: "the console-game shop",
            app: "a console subscription",
            media: "a new open-world console game",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} plays {media} on the sofa after dinner, controller in hand."),
            l("Friday nights are for split-screen console games with friends on the sofa."),
            l("the big console releases get played through on launch weekend."),
            l("the console stays on standby, ready for a quick match before bed."),
            l("family gatherings end with a football game tournament on the console."),
            l("weekend mornings start with a long story game on the console and breakfast on the sofa."),
            l("gaming with the kids after homework is the household compromise.").kids(),
            l("after a long shift, twenty minutes of {media} helps {them} switch off.").work(),
            l("while waiting for the next big release, {they} hunts trophies in old games."),
            l("thanks to {app}, {they} tries a new game every few weeks."),
        ],
        views: &[
            l("Saved up for {brand} and doesn't regret it"),
            l("Picks up second-hand console games at {place} to save money"),
            l("Thinks {app} is the best value in gaming"),
            l("Prefers {brand} because of the exclusive games"),
            l("Trades in finished games at {place}"),
            l("Lets {app} decide what to play next"),
        ],
        media: &[
            l("{media} — split-screen console games on Friday nights"),
            l("{app} — new games downloaded every month"),
            l("{media} — story mode played on weekends"),
        ],
        pains: &[
            l("full-price games"),
            l("consoles sold out at launch"),
            l("online console subscriptions getting pricier"),
            l("huge updates before a console game will start"),
            l("console sequels that feel like the last game again"),
            l("not enough time to finish any of the games on the shelf"),
        ],
        triggers: &[
            l("a big console-exclusive release"),
            l("a console bundle deal"),
            l("a sale on {app}"),
            l("a new console generation"),
            l("friends getting the same console game"),
            l("holiday gifts of games and controllers"),
        ],
        motives: &[
            l("stories worth finishing"),
            l("time with friends and family on the couch"),
            l("relaxing after a long day"),
        ],
        aspirations: &[
            l("wants to finish every game in {their} backlog"),
            l("hopes to get the next console on launch day"),
            l("wants a big-screen setup in the living room").adult(),
            l("wants to collect every trophy in a favourite game"),
        ],
        quotes: &[
            l("Controller in hand, brain off."),
            l("I'll wait for the sale — mostly."),
            l("Couch co-op beats online any day."),
            l("One more mission and then bed."),
        ],
        markers: &["console", "playstation", "xbox", "nintendo", "ps5", "controller", "gaming", "gamer", "games", "split-screen"],
    },
    Bank {
        values: &["esports"],
        data: Some("esports"),
        generic: Generic {
            brand: "an esports headset",
            place: "the esports arena",
            app: "an esports streaming site",
            media: "the national esports league",
            team: "a favourite esports team",
        },
        title: None,
        day: &[
            l("evenings in the playoff season are spent watching {team} on {app}."),
            l("{name} sets reminders for every esports match of the week."),
            l("lunch goes to rewatching last night's esports highlights.").not_retired(),
            l("drafts and picks from the latest esports matches get argued over in a group chat until late."),
            l("on esports finals weekend {they} watches the whole bracket with friends at someone's house."),
            l("the standings of {media} are the first thing {they} checks each morning."),
            l("after every esports match, {name} plays the same game to try the strategies {they} just saw."),
            l("a big esports tournament weekend means a full day in front of the stream."),
            l("esports match days mean wearing the team jersey, whatever the plans."),
        ],
        views: &[
            l("Watches matches on {app} because the chat makes them better"),
            l("Thinks {place} is the best place to watch an esports final"),
            l("Bought {brand} because {their} favourite pro player uses it"),
            l("Finds the ads on {app} too frequent during matches"),
            l("Would queue for hours at {place} for a playoff ticket"),
        ],
        media: &[
            l("{media} — every match of the season, live"),
            l("{app} — tournament streams and replays late at night"),
            l("{media} — playoff brackets followed round by round"),
        ],
        pains: &[
            l("esports matches clashing with work or class").not_retired(),
            l("esports spoilers before catching the replay"),
            l("favourite pro players retiring early"),
            l("esports streams buffering in the final round"),
            l("esports finals tickets selling out in minutes"),
            l("pro team roster changes nobody asked for"),
        ],
        triggers: &[
            l("a new esports team-jersey drop"),
            l("tickets going on sale for the esports finals"),
            l("gear a favourite pro player uses"),
            l("a new esports season starting"),
            l("an esports watch party in {city}"),
            l("{team} winning a title"),
        ],
        motives: &[
            l("belonging to a fandom"),
            l("appreciating skill at the highest level"),
            l("friends who share the passion"),
        ],
        aspirations: &[
            l("wants to watch a world championship final live"),
            l("hopes to work in esports one day"),
            l("wants to meet {their} favourite players"),
            l("dreams of going pro").ages(13, 25),
        ],
        quotes: &[
            l("That draft lost them the game."),
            l("I've watched more matches than I've played."),
            l("Match day is a holiday for me."),
            l("The final round was worth staying up for."),
        ],
        markers: &["esports", "e-sports", "pro player", "pro team", "pro gamer", "caster", "gaming tournament"],
    },
    Bank {
        values: &["anime"],
        data: Some("anime"),
        generic: Generic {
            brand: "official anime merch",
            place: "the anime convention",
            app: "an anime streaming app",
            media: "a long-running anime series",
            team: "the local team",
        },
        title: None,
        day: &[
            l("a new episode of {media} is watched the night it comes out."),
            l("{name} reads manga on {their} phone during the commute.").commute(),
            l("the shelf above {their} desk holds figures from {media}."),
            l("weekends are for watching a whole anime season on {app}."),
            l("theories about {media} get traded with friends in a group chat."),
            l("the lunch break is for one anime episode, subtitled, earphones in.").work(),
            l("{they} fills a sketchbook with anime fan art during quiet evenings."),
            l("before bed, {they} rewatches favourite fights on {app}."),
            l("twice a year {they} saves up for {place} and plans a cosplay for it."),
            l("opening songs from {their} favourite anime are the soundtrack of every workout."),
        ],
        views: &[
            l("Watches anime on {app} because new episodes land there first"),
            l("Saves all year for {place}"),
            l("Thinks the subtitles on {app} are the best around"),
            l("Buys official merch at {place} and never the knock-offs"),
            l("Finds the catalogue on {app} too thin for older anime"),
        ],
        media: &[
            l("{media} — new episodes the night they air"),
            l("{app} — whole seasons watched back to back at weekends"),
            l("{media} — the manga, read ahead of the anime"),
        ],
        pains: &[
            l("anime spoilers online before the episode drops"),
            l("region locks on anime streaming"),
            l("official anime figures costing a fortune"),
            l("long gaps between anime seasons"),
            l("anime adaptations that skip key manga arcs"),
            l("people who think anime is for kids"),
        ],
        triggers: &[
            l("a new anime season announced"),
            l("an anime convention coming to {city}"),
            l("a limited anime figure up for pre-order"),
            l("an anime film in cinemas"),
            l("an anime collaboration with a clothing brand"),
            l("friends starting a new anime series"),
        ],
        motives: &[
            l("stories that stay with {them}"),
            l("a community of fans who get the references"),
            l("creativity and imagination"),
        ],
        aspirations: &[
            l("wants to make a cosplay good enough to win a contest"),
            l("hopes to draw a comic of {their} own"),
            l("wants a complete set of {their} favourite manga"),
            l("wants to work in animation one day"),
        ],
        quotes: &[
            l("Just one more episode — I know."),
            l("The manga was better, obviously."),
            l("Anime isn't a genre, it's a medium."),
            l("I cried at a cartoon and I'm not sorry."),
        ],
        markers: &["anime", "manga", "cosplay", "otaku", "figurine", "ghibli", "webtoon"],
    },
    Bank {
        values: &["kpop"],
        data: Some("kpop"),
        generic: Generic {
            brand: "an official lightstick",
            place: "the k-pop concert arena",
            app: "a k-pop fan app",
            media: "a weekly k-pop music show",
            team: "a favourite k-pop group",
        },
        title: None,
        day: &[
            l("{name} streams the new single from {team} on repeat to help the numbers."),
            l("every morning {they} checks {app} for new posts from {team}."),
            l("after class, {they} practises K-pop choreography with friends in an empty classroom.").student(),
            l("photocards go into a binder, sorted by member."),
            l("comeback nights mean staying up for the release and voting until it ends."),
            l("{media} never gets missed, because every vote for {team} counts."),
            l("weekends go to K-pop dance covers in front of the mirror."),
            l("the commute is soundtracked by {team}, album by album.").commute(),
            l("idols' birthdays mean {they} chips in to a fandom project."),
            l("a slice of every month's money goes on albums, mostly for the photocards."),
        ],
        views: &[
            l("Pre-orders albums on {app} for the extra photocards"),
            l("Treasures {brand} and brings it to every show"),
            l("Would queue overnight at {place} for a K-pop concert"),
            l("Finds the membership fee on {app} worth it for the exclusive content"),
            l("Thinks {place} has the best sound for a concert in {city}"),
        ],
        media: &[
            l("{media} — votes cast every week"),
            l("{app} — fan posts and live streams checked daily"),
            l("{media} — comeback stages rewatched on repeat"),
        ],
        pains: &[
            l("K-pop concert tickets selling out in seconds"),
            l("K-pop album prices rising with every version"),
            l("shipping costs on overseas idol merch"),
            l("fandom fights online"),
            l("time-zone gaps for idols' live broadcasts"),
            l("fake photocards"),
        ],
        triggers: &[
            l("a comeback announcement"),
            l("a K-pop concert date in {city}"),
            l("a new album version with different photocards"),
            l("a pop-up store for {team}"),
            l("an idol's solo release"),
            l("an idol fan-sign lottery"),
        ],
        motives: &[
            l("being part of something bigger with fellow fans"),
            l("music that lifts {their} mood"),
            l("supporting artists {they} believes in"),
        ],
        aspirations: &[
            l("wants to see {team} live at least once"),
            l("hopes to learn every dance of {team}"),
            l("wants to collect every version of the next album"),
            l("dreams of going to a fan meeting").adult(),
        ],
        quotes: &[
            l("My bias changes every comeback."),
            l("I'll stream until my phone dies."),
            l("Concert tickets are my only splurge."),
            l("K-pop got me through exams."),
        ],
        markers: &["k-pop", "kpop", "idol", "comeback", "photocard", "lightstick", "fandom", "fan-sign", "fancam"],
    },
    Bank {
        values: &["kdrama"],
        data: Some("kdrama"),
        generic: Generic {
            brand: "a k-drama soundtrack",
            place: "the cinema",
            app: "a k-drama streaming app",
            media: "a romantic k-drama",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} watches two episodes of {media} every night, three on Fridays."),
            l("Sunday is for a new K-drama on {app}, episode after episode, tissues ready."),
            l("during lunch {they} catches up on the latest K-drama episode.").work(),
            l("a friend and {name} watch the same Korean drama and text through every episode."),
            l("the soundtrack of {media} plays on repeat during chores."),
            l("after finishing a K-drama, {they} needs a day before starting the next."),
            l("one K-drama episode before bed is the plan; it is never just one."),
            l("{their} watch list of Korean dramas is ranked by friends' recommendations."),
            l("with time on {their} hands, {they} gets through a whole Korean series in a week.").retired(),
            l("K-drama episodes are downloaded the night before to watch offline on the way.").commute(),
        ],
        views: &[
            l("Pays for {app} mainly for the K-dramas"),
            l("Thinks {app} has the best drama subtitles"),
            l("Waits for a whole series to land on {app} before starting"),
            l("Finds {app} patchy for older dramas"),
            l("Watches free drama episodes on {app} with ads to save money"),
        ],
        media: &[
            l("{media} — two episodes a night"),
            l("{app} — weekend drama marathons"),
            l("{media} — the soundtrack on repeat"),
        ],
        pains: &[
            l("cliffhangers at the end of every K-drama episode"),
            l("weekly K-drama releases when {they} would rather watch it all at once"),
            l("subtitles for new Korean dramas arriving late"),
            l("streaming subscriptions piling up just to follow every K-drama"),
            l("K-drama endings that ruin the whole series"),
            l("losing sleep to one more episode of a Korean drama"),
        ],
        triggers: &[
            l("a new K-drama starring a favourite actor"),
            l("friends talking about a Korean series"),
            l("a free trial on {app}"),
            l("a K-drama scene going viral"),
            l("a Korean drama finishing its run so it can be watched in one go"),
        ],
        motives: &[
            l("escape after a long day"),
            l("stories with heart"),
            l("sharing feelings with friends through shows"),
        ],
        aspirations: &[
            l("wants to follow the dialogue without subtitles"),
            l("wants to visit the filming locations of {their} favourite drama").adult(),
            l("hopes to finish {their} whole watch list before the year ends"),
            l("wants to write a drama script of {their} own"),
        ],
        quotes: &[
            l("Just one more episode, I swear."),
            l("The second lead never wins and I'm still upset."),
            l("I cry at every finale."),
            l("Subtitles are not the problem; sleep is."),
        ],
        markers: &["k-drama", "kdrama", "korean drama", "korean series", "korean romance", "oppa"],
    },
    Bank {
        values: &["concerts"],
        data: Some("concerts"),
        generic: Generic {
            brand: "concert merch",
            place: "the city's concert arena",
            app: "a concert-ticket app",
            media: "a big music festival",
            team: "a favourite live band",
        },
        title: None,
        day: &[
            l("{name} has every concert date of {team} in {city} in {their} calendar."),
            l("concert ticket-sale mornings mean two devices, three tabs and a queue number."),
            l("the day after a concert goes to replaying shaky phone videos."),
            l("music festival season means weekends in a field with friends and a poncho."),
            l("{they} listens to the setlist of the last tour to get ready for the next one."),
            l("live music at a small bar on a Thursday night is how {they} ends the working week.").work(),
            l("a shirt from every concert goes on until it fades."),
            l("a little money goes aside every month for the next concert tour."),
            l("the commute is spent listening to the artists on the upcoming festival lineup.").commute(),
            l("at big concerts, {name} arrives hours early to be near the front barrier."),
        ],
        views: &[
            l("Thinks {place} has the best sound in {city}"),
            l("Books concert tickets on {app} the minute a tour is announced"),
            l("Finds the fees on {app} ridiculous but uses it anyway"),
            l("Would rather stand at {place} than sit anywhere else"),
            l("Avoids {place} because getting home afterwards takes hours"),
        ],
        media: &[
            l("{media} — lineup announcements checked the day they drop"),
            l("{app} — presale alerts switched on for every tour"),
            l("{media} — the weekend planned a year ahead"),
        ],
        pains: &[
            l("concert tickets gone in minutes and resold at triple the price"),
            l("booking fees added to every concert ticket at checkout"),
            l("long waits to get out of the venue after a concert"),
            l("a sea of phones blocking the view at every concert"),
            l("concert tours that skip {city}"),
            l("getting home from a late concert after the trains have stopped"),
        ],
        triggers: &[
            l("a concert tour announcement"),
            l("a presale code for concert tickets"),
            l("a festival lineup reveal"),
            l("friends buying concert tickets"),
            l("a cheap early-bird price for a music festival"),
            l("a favourite band's reunion concert"),
        ],
        motives: &[
            l("live music as an experience"),
            l("memories with friends"),
            l("supporting artists directly"),
        ],
        aspirations: &[
            l("wants to see {team} from the front row"),
            l("hopes to go to a music festival abroad").adult().not_low(),
            l("wants to reach a hundred live shows"),
            l("dreams of working in live events"),
        ],
        quotes: &[
            l("Nothing beats hearing it live."),
            l("I budget for concerts before anything else."),
            l("My voice is gone but it was worth it."),
            l("The queue is part of the experience."),
        ],
        markers: &["concert", "live music", "live band", "music festival", "festival lineup", "setlist", "encore", "tour date", "world tour"],
    },
    Bank {
        values: &["football"],
        data: Some("football"),
        generic: Generic {
            brand: "the club's football kit",
            place: "the local football stadium",
            app: "a football app",
            media: "the national football league",
            team: "the local football club",
        },
        title: None,
        day: &[
            l("match days are planned around the kick-off time of {team}."),
            l("{name} checks {app} for football scores before getting out of bed."),
            l("Sunday mornings mean a five-a-side football game with old friends."),
            l("{they} watches {media} with friends every weekend, always from the same seat."),
            l("on match days {they} wears the shirt of {team}, win or lose."),
            l("at lunch, last night's football match gets argued over with colleagues.").work(),
            l("after school, {they} trains with a youth football team twice a week.").teen(),
            l("the fantasy football team gets adjusted every Friday night."),
            l("football derby weeks make {name} restless from Monday onwards."),
            l("late kick-offs mean staying up and watching the match with the sound low."),
            l("{name} has followed {team} for decades and still goes to home games.").ages(40, 200),
        ],
        views: &[
            l("Watches every match on {app} despite the subscription"),
            l("Thinks {place} has the best football atmosphere in the country"),
            l("Buys {brand} every season without fail"),
            l("Finds the commentary on {app} better than on television"),
            l("Goes to {place} at least once a season"),
            l("Thinks {brand} costs too much for a polyester shirt"),
        ],
        media: &[
            l("{media} — every weekend, every match"),
            l("{app} — live scores and goal clips on the go"),
            l("{media} — Monday-morning highlights over breakfast"),
        ],
        pains: &[
            l("a streaming subscription for every football competition"),
            l("late kick-offs for big matches on work nights").work(),
            l("ticket prices for the big football matches"),
            l("losing the football derby to the old rival"),
            l("a referee's call that costs {team} the match"),
            l("football score spoilers before watching the replay"),
        ],
        triggers: &[
            l("a new football kit release"),
            l("a big football derby"),
            l("football season tickets going on sale"),
            l("a football cup final"),
            l("a new signing for {team}"),
            l("a match-day promo on {app}"),
        ],
        motives: &[
            l("loyalty to the club"),
            l("community and shared passion"),
            l("the thrill of the game"),
        ],
        aspirations: &[
            l("wants to see {team} play a final in person"),
            l("hopes to coach a youth football team"),
            l("wants to take {their} children to their first match").parent(),
            l("dreams of watching a World Cup match live").adult(),
        ],
        quotes: &[
            l("We'll win it next season — we always say that."),
            l("I don't watch football, I live it."),
            l("Ninety minutes is a short time."),
            l("Never leave before the final whistle."),
        ],
        markers: &["football", "soccer", "futsal", "five-a-side", "kick-off", "premier league", "futebol", "fútbol"],
    },
    Bank {
        values: &["basketball"],
        data: Some("basketball"),
        generic: Generic {
            brand: "a pair of basketball shoes",
            place: "the neighbourhood basketball court",
            app: "a basketball app",
            media: "the national basketball league",
            team: "the local basketball team",
        },
        title: None,
        day: &[
            l("{name} plays pick-up games at {place} every Saturday morning."),
            l("games of {team} are on {app} with the sound turned up."),
            l("after school, the basketball court is where {they} spends the last hour of daylight.").teen(),
            l("highlights from {media} come with breakfast."),
            l("whenever the court is free, {they} shoots hoops for half an hour."),
            l("a weekly basketball game with colleagues is the highlight of {their} week.").work(),
            l("the fantasy basketball lineup gets adjusted every night."),
            l("basketball playoff season means staying up late or waking early for the live games."),
            l("{name} wears the jersey of {team} to the gym."),
            l("who the best basketball player of all time is gets argued about in every group chat {they} is in."),
        ],
        views: &[
            l("Watches every basketball game on {app}"),
            l("Plays at {place} because the rims there are the best in the area"),
            l("Buys {brand} for the grip, not the look"),
            l("Finds the stream quality on {app} poor during big games"),
            l("Thinks {place} gets too crowded on weekends"),
        ],
        media: &[
            l("{media} — every game night"),
            l("{app} — highlights and box scores in the morning"),
            l("{media} — playoff games watched live"),
        ],
        pains: &[
            l("basketball courts without lights at night"),
            l("big basketball games airing at odd hours"),
            l("overpriced basketball shoes"),
            l("knee and ankle injuries from years on the basketball court"),
            l("streaming blackouts on basketball nights"),
            l("no decent hoops within walking distance"),
        ],
        triggers: &[
            l("the basketball playoffs"),
            l("a new signature basketball shoe"),
            l("a local three-on-three basketball tournament"),
            l("a basketball jersey sale"),
            l("a star player joining {team}"),
            l("a season-pass discount on {app}"),
        ],
        motives: &[
            l("teamwork"),
            l("staying active with friends"),
            l("competitive fire"),
        ],
        aspirations: &[
            l("wants to dunk before turning thirty").ages(13, 29),
            l("hopes to play in a local basketball league"),
            l("wants to watch {team} from courtside seats"),
            l("wants to coach a youth basketball team"),
        ],
        quotes: &[
            l("Ball is life."),
            l("Next game wins, losers sit out."),
            l("I can't miss the playoffs — not even for sleep."),
            l("Defence wins championships."),
        ],
        markers: &["basketball", "hoops", "dunk", "three-pointer", "pick-up game", "nba", "pba"],
    },
    Bank {
        values: &["badminton"],
        data: Some("badminton"),
        generic: Generic {
            brand: "a good badminton racket",
            place: "the local badminton hall",
            app: "a badminton court-booking app",
            media: "the big international badminton tournament",
            team: "the national badminton players",
        },
        title: None,
        day: &[
            l("{name} books a badminton court at {place} every Tuesday and Thursday evening."),
            l("weekend badminton doubles with the same group has gone on for years."),
            l("every few weeks the racket goes in for restringing."),
            l("early-morning badminton before the heat is {their} routine."),
            l("{media} matches are watched live, with an eye on the footwork."),
            l("after work, {they} plays three games of badminton and gets home hungry.").work(),
            l("school holidays mean badminton at {place} almost every day.").teen(),
            l("during every major final, {they} cheers for {team}."),
            l("a few rounds of badminton with neighbours keep {them} moving.").ages(55, 200),
            l("the shuttle tube sits by the door, ready for the next game."),
        ],
        views: &[
            l("Plays with {brand} and won't switch"),
            l("Thinks {place} has the best badminton courts in the area"),
            l("Saves up for {brand} because the balance suits {their} game"),
            l("Finds {place} too expensive at peak hours"),
            l("Books {place} weeks ahead for the prime slots"),
        ],
        media: &[
            l("{media} — finals watched live"),
            l("{media} — match replays studied for footwork"),
            l("{app} — court bookings for the week"),
        ],
        pains: &[
            l("badminton courts booked out after work").work(),
            l("shuttlecocks getting expensive"),
            l("racket strings snapping before a game"),
            l("hot badminton halls with no air-conditioning"),
            l("shoulder and knee strain after long badminton sessions"),
            l("finding a fourth player for badminton doubles"),
        ],
        triggers: &[
            l("a new racket release"),
            l("a club badminton tournament"),
            l("a sale on shuttlecocks"),
            l("a big win by {team}"),
            l("a friend taking up badminton"),
            l("a discount on badminton court hire"),
        ],
        motives: &[
            l("staying fit"),
            l("friendly competition"),
            l("time with friends"),
        ],
        aspirations: &[
            l("wants to win a club badminton tournament"),
            l("hopes to keep playing badminton well into old age"),
            l("wants to master a jump smash"),
            l("wants to watch a major final from the stands"),
        ],
        quotes: &[
            l("One more game — best of three."),
            l("Footwork is everything."),
            l("I don't rest until the shuttle drops."),
            l("A new racket won't fix my backhand, but I'll try."),
        ],
        markers: &["badminton", "shuttlecock", "shuttle tube", "restring", "yonex", "racket"],
    },
    Bank {
        values: &["cricket"],
        data: Some("cricket"),
        generic: Generic {
            brand: "a well-oiled cricket bat",
            place: "the local cricket ground",
            app: "a cricket-score app",
            media: "the big cricket test series",
            team: "the national cricket team",
        },
        title: None,
        day: &[
            l("{name} follows every ball of {media} on {app}, even at work.").work(),
            l("Sunday mornings mean a cricket match with the local club."),
            l("during important cricket matches the score stays open on {their} phone."),
            l("after school, {they} bowls in the cricket nets until the light goes.").teen(),
            l("a whole day of cricket with {team} on screen, friends round and snacks on the table, is {their} idea of a holiday."),
            l("long cricket matches play on the radio in the background while {they} does chores."),
            l("quiet evenings mean street cricket with the neighbours."),
            l("{name} never misses the cricket highlights, even when the game ends late."),
            l("a day at {place} is {their} favourite way to spend a day off."),
            l("in retirement, {they} watches every cricket match, every format.").retired(),
        ],
        views: &[
            l("Follows every ball on {app}"),
            l("Thinks {place} is the best ground to watch cricket"),
            l("Saves for a day at {place} every season"),
            l("Plays with {brand} and looks after it like family"),
            l("Finds the ads on {app} between overs unbearable"),
        ],
        media: &[
            l("{media} — every ball, live"),
            l("{app} — cricket scores checked between tasks"),
            l("{media} — highlights at night"),
        ],
        pains: &[
            l("cricket matches clashing with work").work(),
            l("rain delays that stop play halfway through an innings"),
            l("cricket streaming rights split across services"),
            l("expensive tickets for a test match"),
            l("batting collapses on the final day of a test match"),
            l("injuries to the star players of the cricket team"),
        ],
        triggers: &[
            l("a big cricket series starting"),
            l("a new season of the T20 league"),
            l("tickets for a home cricket match"),
            l("a new cricket bat release"),
            l("a T20 tournament final"),
            l("friends organising a weekend cricket game"),
        ],
        motives: &[
            l("national pride"),
            l("tradition"),
            l("friendship through sport"),
        ],
        aspirations: &[
            l("wants to watch a final live at {place}"),
            l("hopes to play for the local club's first team"),
            l("wants to teach {their} children to bowl").parent(),
            l("wants to see every major cricket ground in the country"),
        ],
        quotes: &[
            l("Cricket is a day out, not just a game."),
            l("Rain is the worst opponent."),
            l("I'll take the day off for a final."),
            l("Nobody talks to me during the last over."),
        ],
        markers: &["cricket", "wicket", "innings", "batsman", "batting", "bowler", "test match", "t20"],
    },
    Bank {
        values: &["travel"],
        data: Some("travel"),
        generic: Generic {
            brand: "a budget airline",
            place: "a favourite travel destination",
            app: "a travel-booking app",
            media: "a travel vlogger",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} spends evenings comparing flights on {app} for a trip that is months away."),
            l("a savings jar labelled for the next trip abroad sits on {their} shelf."),
            l("every long weekend is a chance to travel somewhere, even for two nights."),
            l("travel itineraries are planned in a shared spreadsheet, hour by hour."),
            l("on lunch breaks, {they} reads about {place} and saves spots to visit.").work(),
            l("a half-packed suitcase for the next getaway lives under {their} bed."),
            l("photos from the last holiday abroad are still {their} phone wallpaper."),
            l("before bed {they} reads or watches {media}, and the travel list grows by one more place."),
            l("to keep costs down, {they} travels off-season."),
            l("with time free at last, {they} travels somewhere every few months.").retired(),
        ],
        views: &[
            l("Books with {brand} when the seat sales are on"),
            l("Thinks {place} is worth going back to every year"),
            l("Compares every travel price on {app} before booking"),
            l("Finds {brand} cramped but cheap enough to forgive"),
            l("Keeps a list of hidden spots around {place}"),
            l("Trusts reviews on {app} over any travel agent"),
        ],
        media: &[
            l("{media} — destination ideas saved before bed"),
            l("{app} — flight deals checked every week"),
            l("{media} — travel guides read before booking"),
        ],
        pains: &[
            l("flight prices jumping overnight"),
            l("leave days that never stretch far enough for the travel {they} plans").work(),
            l("hidden baggage fees on every flight"),
            l("crowds at every famous travel destination"),
            l("paperwork for a visa before every trip abroad").adult(),
            l("cancelled flights"),
        ],
        triggers: &[
            l("a seat sale from {brand}"),
            l("a long weekend perfect for a getaway"),
            l("friends planning a trip abroad"),
            l("a hotel deal on {app}"),
            l("a bonus at work that could pay for a flight").work(),
            l("photos of a new travel destination"),
        ],
        motives: &[
            l("new experiences"),
            l("freedom"),
            l("collecting memories rather than things"),
        ],
        aspirations: &[
            l("wants to visit thirty countries before turning forty").ages(18, 38).not_low(),
            l("hopes to take {their} parents on a trip abroad").adult().not_low(),
            l("wants to work remotely from a different city every month").adult(),
            l("dreams of a long trip with no return date"),
        ],
        quotes: &[
            l("I work to travel — simple as that.").adult(),
            l("The best souvenirs are stories."),
            l("I'd rather have the trip than the thing."),
            l("A cheap flight is the best kind of bad decision."),
        ],
        markers: &["travel", "flight", "vacation", "passport", "abroad", "itinerar", "getaway", "destination", "suitcase", "airline", "backpacking"],
    },
    Bank {
        values: &["hiking"],
        data: Some("hiking"),
        generic: Generic {
            brand: "a hiking-gear brand",
            place: "the nearest mountain range",
            app: "a hiking app",
            media: "a hiking channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} is at the trailhead before sunrise most Saturdays."),
            l("weekend plans start with the forecast and a hiking route on {app}."),
            l("the hiking boots live by the door, still muddy from the last trail."),
            l("{they} takes the stairs at every chance to stay ready for the next hike."),
            l("once a month, a group of friends takes on a longer trail at {place}."),
            l("the hiking day pack is always half-packed: water, a first-aid kit, snacks."),
            l("after a hike, the summit photo goes up and the next route is planned the same evening."),
            l("long weekends mean an overnight trek and a night in a tent."),
            l("on weekday evenings {they} walks the steepest streets of {city} to keep {their} legs in shape for the next hike."),
            l("gentle hikes with a walking group fill {their} mornings now.").retired(),
        ],
        views: &[
            l("Swears by {brand} after a wet weekend in cheaper gear"),
            l("Thinks {place} is the best day hike within reach of {city}"),
            l("Plans every trail on {app}"),
            l("Finds {brand} pricey but tough enough to last years"),
            l("Goes back to {place} every season to see it change"),
        ],
        media: &[
            l("{media} — trail guides before a new route"),
            l("{app} — routes and trail reviews checked the night before"),
            l("{media} — hiking-gear reviews before buying anything"),
        ],
        pains: &[
            l("crowded hiking trails on weekends"),
            l("litter left at mountain viewpoints"),
            l("hiking gear that fails in the rain"),
            l("getting to trailheads without a car"),
            l("park fees and trekking permits"),
            l("blisters from new hiking boots"),
        ],
        triggers: &[
            l("a Monday public holiday that leaves room for a long hike"),
            l("a new hiking trail opening"),
            l("a hiking-gear sale"),
            l("a friend asking {them} along on a mountain climb"),
            l("clear skies forecast for a weekend hike"),
            l("worn-out hiking boots that need replacing"),
        ],
        motives: &[
            l("fresh air and quiet"),
            l("a sense of achievement"),
            l("nature over screens"),
        ],
        aspirations: &[
            l("wants to summit the highest peak in the country").adult(),
            l("hopes to walk a long-distance trail end to end"),
            l("wants to teach {their} children to love the outdoors").parent(),
            l("wants to camp under the stars at least once a month"),
        ],
        quotes: &[
            l("The view is the reward."),
            l("There's no bad weather, only the wrong gear."),
            l("I think better on a trail."),
            l("Leave nothing but footprints."),
        ],
        markers: &["hike", "hiking", "trek", "trailhead", "mountain", "camping", "the trail"],
    },
    Bank {
        values: &["pets"],
        data: Some("pets"),
        generic: Generic {
            brand: "a premium pet food",
            place: "the local pet shop",
            app: "a pet-supplies app",
            media: "a pet channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("the day starts with feeding the pets before {name} feeds {themself}."),
            l("pet food is bought in bulk at {place} once a month."),
            l("when {they} sits down in the evening, one of the pets is always on {their} lap."),
            l("a vet appointment for the pets gets more planning than {their} own doctor visits."),
            l("photos of the pets go into the family group chat every day."),
            l("weekends include a trip to {place} for treats and a new toy."),
            l("after work, the pets are the first to greet {them} at the door.").work(),
            l("the big bags of pet food arrive at the door, ordered through {app}."),
            l("twice a day the pets' water bowls are cleaned and refilled."),
            l("before any trip away, {they} arranges for a neighbour to mind the pets."),
        ],
        views: &[
            l("Trusts {brand} because the vet recommended it"),
            l("Buys from {place} because the staff know every pet by name"),
            l("Orders pet supplies through {app} to avoid carrying heavy bags"),
            l("Thinks {brand} is overpriced but won't risk switching"),
            l("Finds {place} expensive but the best for pet advice"),
        ],
        media: &[
            l("{media} — pet-care tips and funny clips"),
            l("{app} — pet-food reorders every month"),
            l("{media} — pet-training videos on weekends"),
        ],
        pains: &[
            l("vet bills for the pets that come out of nowhere"),
            l("pet food prices going up"),
            l("finding pet-friendly rentals").adult(),
            l("leaving the pets alone during long days"),
            l("pet hair on everything"),
            l("finding someone to mind the pets during trips"),
        ],
        triggers: &[
            l("a new pet food the vet suggests"),
            l("a discount on big bags at {place}"),
            l("one of the pets' birthdays"),
            l("an adoption drive for rescue pets"),
            l("a viral toy that the pets might love"),
            l("free delivery on {app}"),
        ],
        motives: &[
            l("caring for animals"),
            l("companionship"),
            l("responsibility for another life"),
        ],
        aspirations: &[
            l("wants a home with a garden for the pets").adult(),
            l("hopes to adopt a rescue animal"),
            l("wants to volunteer at an animal shelter"),
            l("dreams of running a small pet-grooming business").adult(),
        ],
        quotes: &[
            l("My pets eat better than I do."),
            l("Every animal deserves a good home."),
            l("The vet knows my name by now."),
            l("Home is wherever my pets are."),
        ],
        markers: &["pets", "the pet", "pet food", "pet shop", "pet care", "pet-", "pet hair", "pet supplies", "the vet", "veterinar", "fur baby"],
    },
    Bank {
        values: &["dogs"],
        data: Some("pets"),
        generic: Generic {
            brand: "a premium kibble",
            place: "the local dog park",
            app: "a dog-walking app",
            media: "a dog-training channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} walks the dog twice a day: a quick loop at dawn and a long one after dinner."),
            l("Saturday mornings mean an hour at {place}, where the dog knows every other dog."),
            l("{they} leaves work on time because the dog is waiting.").work(),
            l("the dog sleeps at the foot of {their} bed, whatever anyone says."),
            l("the dog's training happens after dinner: sit, stay, and a lot of treats."),
            l("{brand} comes home by the sack, with a bag of chews on top."),
            l("rainy days mean a game of fetch with the dog down the hallway instead of a walk."),
            l("once a month, the dog goes in for a bath and a trim."),
            l("when {they} travels, the dog stays with a sitter found through {app}."),
            l("the early dog walk is the reason {they} still gets up at six.").retired(),
        ],
        views: &[
            l("Feeds the dog {brand} because the vet suggested it"),
            l("Thinks {place} is the best spot in {city} for a dog to run"),
            l("Uses {app} when the dog needs a walker"),
            l("Switched to {brand} after the dog's stomach trouble"),
            l("Finds {place} too crowded with big dogs on weekends"),
        ],
        media: &[
            l("{media} — dog-training tips tried out after dinner"),
            l("{app} — booking dog walkers and sitters"),
            l("{media} — dog videos sent to friends every day"),
        ],
        pains: &[
            l("buildings that don't allow dogs"),
            l("vet bills after the dog eats something it shouldn't"),
            l("finding a dog sitter for the holidays"),
            l("dog hair on every piece of clothing"),
            l("the dog barking while no one is home"),
            l("few safe places to let the dog off the leash"),
        ],
        triggers: &[
            l("a chew toy the dog might not destroy"),
            l("a grooming discount for the dog"),
            l("a dog-friendly spot opening nearby"),
            l("a sale on big kibble bags at the pet shop"),
            l("a puppy-training class"),
            l("the dog's birthday"),
        ],
        motives: &[
            l("loyalty"),
            l("an active routine"),
            l("unconditional love"),
        ],
        aspirations: &[
            l("wants a house with a yard for the dog").adult(),
            l("hopes to train the dog for agility"),
            l("wants to foster rescue dogs"),
            l("wants to take the dog on a road trip").adult(),
        ],
        quotes: &[
            l("My dog is my alarm clock."),
            l("The dog gets the bed; I get the corner."),
            l("A tired dog is a good dog."),
            l("I talk to my dog more than to most people."),
        ],
        markers: &["the dog", "a dog", "dogs", "dog-", "dog walk", "dog park", "dog sitter", "dog hair", "puppy", "kibble", "leash", "walkies"],
    },
    Bank {
        values: &["cats"],
        data: Some("pets"),
        generic: Generic {
            brand: "a wet cat food",
            place: "the local pet shop",
            app: "a cat-supplies app",
            media: "a channel about cats",
            team: "the local team",
        },
        title: None,
        day: &[
            l("the cat decides when {name} wakes up, usually before the alarm."),
            l("the litter tray gets scooped every evening before dinner."),
            l("on work-from-home days the cat sits on the keyboard during every call.").work(),
            l("a new cardboard box is more popular with the cat than any toy {they} buys."),
            l("{they} buys {brand} by the tray because the cat refuses anything else."),
            l("evenings end with the cat curled on {their} lap and a show on."),
            l("a small camera lets {them} check on the cat while out."),
            l("weekends include restocking cat litter and treats at {place}."),
            l("{name} photographs the cat asleep in a new position every day."),
            l("brushing the cat on the sofa keeps its hair from covering everything."),
        ],
        views: &[
            l("Buys {brand} because it's the only food the cat will eat"),
            l("Orders cat litter through {app} to avoid carrying it home"),
            l("Thinks {place} has the best range of toys for cats"),
            l("Switched away from {brand} after the cat turned picky"),
            l("Trusts {place} for advice on cat food"),
        ],
        media: &[
            l("{media} — cat videos before sleep"),
            l("{app} — cat litter and food reordered every few weeks"),
            l("{media} — cat-behaviour tips when something seems off"),
        ],
        pains: &[
            l("a cat that rejects expensive food"),
            l("cat litter smell in a small home"),
            l("furniture scratched to pieces by the cat"),
            l("vet visits with a cat that hates the carrier"),
            l("finding a cat sitter during trips"),
            l("cat hair on dark clothes"),
        ],
        triggers: &[
            l("a new flavour the cat might like"),
            l("a discount on cat litter at {place}"),
            l("a sale on scratching posts the cat might actually use"),
            l("a friend's cat having kittens"),
            l("a recommendation from the cat's vet"),
            l("free delivery on cat supplies from {app}"),
        ],
        motives: &[
            l("quiet companionship"),
            l("looking after another life"),
            l("comfort at home"),
        ],
        aspirations: &[
            l("wants to adopt a second cat"),
            l("hopes to make {their} home properly cat-friendly").adult(),
            l("wants to volunteer with a cat rescue group"),
            l("wants the cat to finally tolerate the carrier"),
        ],
        quotes: &[
            l("The cat owns the house; I just pay for it."),
            l("I'm a cat person and I've stopped apologising."),
            l("My cat ignores me and I love it."),
            l("Every box I buy is secretly for the cat."),
        ],
        markers: &["the cat", "a cat", "cats", "cat food", "cat litter", "cat hair", "litter tray", "cat-", "kitten", "feline", "purr"],
    },
    Bank {
        values: &["cars"],
        data: Some("cars"),
        generic: Generic {
            brand: "a reliable hatchback",
            place: "the car workshop",
            app: "a car-listing app",
            media: "a motoring show",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} washes the car by hand every Sunday morning.").adult(),
            l("at night {they} browses {app} for a next car {they} may never buy.").adult(),
            l("long drives in the car with music on are how {they} clears {their} head.").adult(),
            l("every few months the car goes to {place} for a service, and {they} asks too many questions.").adult(),
            l("{media} is weekend viewing, argued over with friends afterwards."),
            l("the drive to work is {their} quiet time in the car, windows down.").work().commute().adult(),
            l("Sunday meets with other car owners end in long talks over open engines.").adult(),
            l("the car's tyre pressure gets checked before every long trip.").adult(),
            l("a car show in {city} is on {their} calendar every year."),
            l("before any family trip, {they} cleans the car's interior down to the vents.").adult().family(),
        ],
        views: &[
            l("Thinks {brand} holds its value better than anything else"),
            l("Checks car prices on {app} before even talking to a dealer"),
            l("Trusts {place} more than the dealer for servicing"),
            l("Finds {brand} boring but unbreakable"),
            l("Would buy {brand} again without test-driving anything else"),
        ],
        media: &[
            l("{media} — car reviews watched on weekends"),
            l("{app} — car listings browsed late at night"),
            l("{media} — motorsport weekends followed live"),
        ],
        pains: &[
            l("fuel prices eating into the car budget"),
            l("traffic that keeps the car crawling for an hour a day"),
            l("car servicing costs at the dealer"),
            l("finding car parking in the city centre"),
            l("car insurance going up at every renewal"),
            l("car-loan repayments").adult(),
        ],
        triggers: &[
            l("a new car model launch"),
            l("a motor show with the year's new cars"),
            l("low-interest car financing").adult(),
            l("a trade-in offer good enough to make a new car affordable"),
            l("a friend's new car"),
            l("the old car needing a big repair"),
        ],
        motives: &[
            l("the freedom of the open road"),
            l("engineering done well"),
            l("independence"),
        ],
        aspirations: &[
            l("wants to own {their} dream car before fifty").ages(18, 49),
            l("hopes to restore an old car {themself}"),
            l("wants to drive across the whole country"),
            l("wants to drive a lap of a real race track"),
        ],
        quotes: &[
            l("A clean car drives better — that's science."),
            l("I can hear when something's wrong with the engine."),
            l("Road trips fix everything."),
            l("Never buy the first model year."),
        ],
        markers: &["car ", "cars", "the car", "a car", "car-", "car's", "new car", "motoring", "test drive", "hatchback", "sedan", "suv"],
    },
    Bank {
        values: &["motorcycles"],
        data: Some("motorcycles"),
        generic: Generic {
            brand: "a dependable motorbike",
            place: "the neighbourhood motorbike workshop",
            app: "a motorbike marketplace",
            media: "a motorcycle racing series",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} rides the motorbike to work every day, weaving through traffic that would take an hour by car.").work().commute(),
            l("Sunday mornings start with a motorbike ride out of {city} with a group of riders."),
            l("every weekend the motorbike chain gets oiled and the tyres checked."),
            l("the mechanic at {place} knows {name} by name and gets visits even when nothing is wrong."),
            l("a raincoat and spare gloves live under the motorbike seat, just in case."),
            l("race weekends of {media} are watched live, leaning into every corner."),
            l("on hot afternoons {they} takes the motorbike the long way home just for the ride."),
            l("Saturday is motorbike-washing day, down to the last chrome part."),
            l("listings on {app} get scrolled for a bigger motorbike {they} can't quite justify yet.").adult(),
            l("a helmet camera records every weekend motorbike ride for the group chat."),
        ],
        views: &[
            l("Rides {brand} because spare parts are cheap and everywhere"),
            l("Trusts {place} more than the official service centre"),
            l("Thinks {brand} is the best machine for city traffic"),
            l("Checks second-hand motorbike prices on {app} before any trade-in"),
            l("Finds {brand} thirsty but too fun to give up"),
        ],
        media: &[
            l("{media} — race weekends watched live"),
            l("{app} — second-hand motorbike listings browsed at night"),
            l("{media} — motorbike reviews before any upgrade"),
        ],
        pains: &[
            l("drivers who don't check their mirrors for motorbikes"),
            l("riding the motorbike home in heavy rain"),
            l("petrol for the motorbike costing more every month"),
            l("motorbike theft"),
            l("potholes that appear overnight, deadly on a motorbike"),
            l("parking fees for motorbikes"),
        ],
        triggers: &[
            l("a new motorbike model launch"),
            l("a motorbike financing promo at the dealer").adult(),
            l("a motorcycle club's touring trip"),
            l("a sale on motorbike helmets and riding gear"),
            l("better fuel economy on a new scooter model"),
            l("a riding friend upgrading to a bigger motorcycle"),
        ],
        motives: &[
            l("freedom on the road"),
            l("getting through traffic"),
            l("the community of riders"),
        ],
        aspirations: &[
            l("wants to tour the whole country on two wheels").adult(),
            l("hopes to own a big touring motorcycle").adult(),
            l("wants to ride a lap of a race track once"),
            l("wants to restore a classic motorbike"),
        ],
        quotes: &[
            l("Four wheels move the body; two wheels move the soul."),
            l("Traffic is only a problem if you're in a car."),
            l("Always wear the helmet — always."),
            l("A good mechanic is worth more than a new bike."),
        ],
        markers: &["motorbike", "motorcycle", "scooter", "moped", "biker", "two-wheeler"],
    },
    Bank {
        values: &["ev"],
        data: Some("ev"),
        generic: Generic {
            brand: "an electric hatchback",
            place: "the fast charger at the mall",
            app: "an electric-car charging app",
            media: "an electric-car channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} plugs the electric car in at home every night and leaves each morning with a full battery.").adult().not_low(),
            l("longer trips are planned around chargers mapped on {app}.").adult(),
            l("weekly errands include a stop at {place} while the car charges.").adult(),
            l("{they} checks the electric car's battery percentage the way others check the weather.").adult(),
            l("the commute is silent in the electric car now, and {they} has come to love it.").commute().adult(),
            l("a spreadsheet tracks how much the electric car saves on fuel.").adult(),
            l("software updates for the electric car arrive overnight, and {name} reads every release note.").adult(),
            l("curious strangers at fast chargers ask {them} about the range, and {they} always answers.").adult(),
            l("weekend drives are planned around the charging stops.").adult(),
            l("eco mode stays on to squeeze out every last kilometre of the electric car's range.").adult(),
        ],
        views: &[
            l("Chose {brand} for the range, not the looks").adult().not_low(),
            l("Charges at {place} because it is fast and rarely has a queue").adult(),
            l("Uses {app} to find chargers that actually work").adult(),
            l("Thinks {brand} is the future of driving in {city}").adult(),
            l("Finds {place} unreliable at peak hours").adult(),
        ],
        media: &[
            l("{media} — range tests and new electric models").adult(),
            l("{app} — charger status checked before every trip").adult(),
            l("{media} — battery news and software updates").adult(),
        ],
        pains: &[
            l("broken public EV chargers").adult(),
            l("range anxiety on long drives").adult(),
            l("high upfront prices for electric cars").adult(),
            l("queues at fast chargers").adult(),
            l("few charging stations outside the city").adult(),
            l("uncertain resale value of an electric car").adult(),
            l("charging stations taken by cars that finished charging hours ago").adult(),
            l("an EV charger for home that costs as much as a holiday").adult(),
            l("electric car insurance priced higher than expected").adult(),
            l("charging stops that add an hour to every long trip").adult(),
        ],
        triggers: &[
            l("a government incentive for electric vehicles").adult(),
            l("a new electric model with a longer range").adult(),
            l("falling battery prices for electric cars").adult(),
            l("a fuel price hike that makes an electric car look cheaper").adult(),
            l("a new charging station near home").adult(),
            l("an electric-car test-drive event").adult(),
            l("a new fast charger on the weekend route").adult(),
            l("a used electric car at a good price").adult(),
            l("a test drive of the latest electric car").adult(),
            l("cheaper night-time electricity for the electric car").adult(),
        ],
        motives: &[
            l("cleaner air").adult(),
            l("lower running costs").adult(),
            l("being early to the future").adult(),
        ],
        aspirations: &[
            l("wants solar panels to charge the car for free").adult().not_low(),
            l("hopes never to buy fuel again").adult(),
            l("wants to take a long road trip in an electric car").adult(),
            l("plans to upgrade to an electric car with twice the range").adult().not_low(),
        ],
        quotes: &[
            l("I haven't been to a fuel station in a year.").adult(),
            l("Range anxiety is mostly in your head.").adult(),
            l("The silence is the best part.").adult(),
            l("Charging is just a lunch break with extra steps.").adult(),
        ],
        markers: &["electric car", "electric vehicle", "electric-car", "electric model", "electric hatchback", "ev charger", "charging station", "fast charger", "charging stop", "range anxiety", "plug-in"],
    },
    Bank {
        values: &["gadgets"],
        data: Some("gadgets"),
        generic: Generic {
            brand: "a flagship phone",
            place: "the gadget store",
            app: "an online gadget store",
            media: "a tech reviewer",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} watches gadget launch events live, even when they start at midnight."),
            l("spec sheets for every new phone are {their} bedtime reading."),
            l("every gadget in the house was researched for weeks before it was bought."),
            l("on weekends {they} drops into {place} just to try the new devices."),
            l("at work, {they} is the one colleagues ask about phones and gadgets.").work(),
            l("the desk is a tidy line of chargers, earbuds and a smartwatch."),
            l("a smart-home gadget runs {their} mornings: alarms, weather, news."),
            l("{they} watches {media} on every new release before deciding anything."),
            l("before the new phone arrives, the old one is wiped and sold."),
            l("beta software goes on {their} phone and every other gadget the day it is available."),
            l("smart-home gadgets get tinkered with on weekend afternoons.").adult(),
        ],
        views: &[
            l("Thinks {brand} makes the best cameras on a phone"),
            l("Waits for sales on {app} before buying any new gadget"),
            l("Tries every device at {place} before buying online"),
            l("Finds {brand} overpriced but loves how everything connects"),
            l("Trusts {place} for after-sales service"),
            l("Pre-orders {brand} on launch day, every time").not_low(),
        ],
        media: &[
            l("{media} — reviews watched before every purchase"),
            l("{app} — price-drop alerts set for the tech wish list"),
            l("{media} — launch events streamed live"),
        ],
        pains: &[
            l("flagship phones that slow down after a year"),
            l("chargers sold separately with every new phone"),
            l("short software support for expensive gadgets"),
            l("fake gadget accessories online"),
            l("repair costs for a laptop or phone with a cracked screen"),
            l("first-batch gadgets shipping with bugs"),
        ],
        triggers: &[
            l("a gadget launch event"),
            l("a trade-in promo for a new phone"),
            l("a price drop on {app}"),
            l("a tech reviewer's recommendation"),
            l("the old laptop's battery dying"),
            l("a pre-order bonus on the latest phone"),
        ],
        motives: &[
            l("being first to try what's next"),
            l("technology that makes life easier"),
            l("getting the best value from every upgrade"),
        ],
        aspirations: &[
            l("wants a fully connected smart home").adult(),
            l("hopes to review gadgets online one day"),
            l("wants the newest flagship on launch day").not_low(),
            l("wants to build {their} own computer"),
        ],
        quotes: &[
            l("I read the specs before I read the price."),
            l("Every gadget needs a reason — I always find one."),
            l("Being first is half the fun."),
            l("I've had my phone for a year — that's ancient."),
        ],
        markers: &["gadget", "smartphone", "smartwatch", "smart speaker", "smart-home", "smart home", "laptop", "earbuds", "new phone", "flagship phone", "spec sheet", "unboxing", "tech review", "latest phone", "new device"],
    },
    Bank {
        values: &["photography"],
        data: Some("photography"),
        generic: Generic {
            brand: "a mirrorless camera",
            place: "the camera shop",
            app: "a photography app",
            media: "a photography channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("golden hour is blocked out in {their} calendar most evenings for photo walks."),
            l("{name} carries a camera everywhere, even to the market."),
            l("weekends start before sunrise with a photo walk through {city}."),
            l("evenings go to editing the day's shots in {app}."),
            l("every photograph is backed up to two drives before {they} goes to sleep."),
            l("a lunch-break walk with the camera is really a hunt for good light.").work(),
            l("{they} photographs strangers for street portraits, always asking first."),
            l("{media} is where {they} studies composition."),
            l("at family events, {name} is behind the camera and never in the photos."),
            l("on Sundays the lenses get cleaned and every battery charged."),
        ],
        views: &[
            l("Shoots with {brand} and has never wanted to switch"),
            l("Buys lenses second-hand at {place} to save money"),
            l("Edits every photo in {app}, even phone shots"),
            l("Thinks {brand} gets the colours right straight out of the camera"),
            l("Trusts {place} with camera cleaning and repairs"),
        ],
        media: &[
            l("{media} — composition lessons on weekends"),
            l("{app} — photo edits and posts in the evening"),
            l("{media} — award-winning photos studied for ideas"),
        ],
        pains: &[
            l("lenses that cost more than the camera"),
            l("cloudy evenings that ruin golden hour for photos"),
            l("memory cards filling up with camera raw files"),
            l("people who don't want to be photographed"),
            l("repair costs for a dropped camera"),
            l("likes that don't match the effort behind a photograph"),
            l("camera batteries dying halfway through a shoot"),
            l("a lens fogging up on humid mornings"),
            l("photographs that look flat on a phone screen"),
            l("a camera bag that is always too heavy"),
        ],
        triggers: &[
            l("a new lens release"),
            l("a photography contest"),
            l("a trip worth packing the camera and every lens for"),
            l("a used-lens sale at {place}"),
            l("a new pack of photo-editing presets for the camera"),
            l("a photo walk group meeting"),
            l("a festival worth photographing"),
            l("a friend asking for portraits with the good camera"),
            l("a second-hand lens at half price"),
            l("a clear night for a tripod shot of the stars"),
        ],
        motives: &[
            l("capturing moments before they pass"),
            l("seeing beauty in ordinary things"),
            l("creativity"),
        ],
        aspirations: &[
            l("wants to hold a photography exhibition"),
            l("hopes to turn photography into paid work").adult(),
            l("wants to shoot a whole wedding alone").adult(),
            l("wants a photo published in a magazine"),
        ],
        quotes: &[
            l("The best camera is the one you have with you."),
            l("Light is everything."),
            l("I see the world in frames now."),
            l("I took two hundred shots to get one."),
        ],
        markers: &["photograph", "camera", "lens", "tripod", "golden hour", "photo walk", "mirrorless", "aperture", "shutter", "photo-editing"],
    },
    Bank {
        values: &["reading"],
        data: Some("reading"),
        generic: Generic {
            brand: "a paperback",
            place: "the local bookshop",
            app: "an e-reader app",
            media: "a favourite author",
            team: "the local team",
        },
        title: None,
        day: &[
            l("a chapter before sleep is non-negotiable, however late it is."),
            l("{name} reads on {app} during the commute.").commute(),
            l("Saturday afternoons are spent browsing shelves at {place}."),
            l("a paperback novel rides in {their} bag for queues and waiting rooms."),
            l("{they} keeps a journal with a line about every novel {they} finishes."),
            l("a monthly book club with friends means finishing the book on time, mostly."),
            l("everything by {media} gets read the week it comes out."),
            l("lunch is eaten with a novel propped against the water bottle.").not_retired(),
            l("the library is a weekly stop, with the next reserved books already waiting."),
            l("with mornings free, {they} reads a novel for two hours by the window.").retired(),
            l("audiobooks make the chores go faster."),
        ],
        views: &[
            l("Buys new books at {place} to keep the shop going"),
            l("Reads mostly on {app} because the books are cheaper"),
            l("Thinks {place} has the best recommendations shelf in {city}"),
            l("Tracks every book on {app}"),
            l("Finds {place} too pricey and waits for the library copy"),
        ],
        media: &[
            l("{media} — every new book in its release week"),
            l("{app} — a chapter or two on the way home"),
            l("{media} — reread every few years"),
        ],
        pains: &[
            l("prices at the bookshop going up"),
            l("too little time to read more than a chapter"),
            l("bookshelves that are already full"),
            l("film adaptations that spoil the novel"),
            l("a to-read pile that never shrinks"),
            l("eye strain from reading on an e-reader late at night"),
            l("library holds on a popular book that take months to come through"),
            l("novel series that stop being translated halfway"),
            l("noisy neighbours during the last chapter of a thriller"),
            l("lending a favourite novel and never seeing it again"),
        ],
        triggers: &[
            l("a new release by a favourite author"),
            l("a book fair"),
            l("the book club's next pick"),
            l("a film adaptation of a favourite novel coming out"),
            l("a three-for-two offer at {place}"),
            l("a friend pressing a favourite novel into {their} hands"),
            l("a literary prize shortlist of new novels"),
            l("a signed copy at an author's book launch"),
            l("a second-hand book sale at the library"),
            l("the next novel in a series finally coming out"),
        ],
        motives: &[
            l("learning"),
            l("escape into other lives"),
            l("quiet time alone"),
        ],
        aspirations: &[
            l("wants to read a hundred books in a year"),
            l("hopes to write a novel"),
            l("wants a home library with a proper reading chair").adult(),
            l("wants to start a book club of {their} own"),
        ],
        quotes: &[
            l("One more chapter — then sleep."),
            l("I'd rather reread a good book than start a bad one."),
            l("A bookshop is my idea of a good Saturday."),
            l("Every room needs a bookshelf."),
        ],
        markers: &["novel", "paperback", "bookshop", "bookshel", "book club", "book fair", "e-reader", "audiobook", "author", "chapter", "library", "reading list", "to-read"],
    },
    Bank {
        values: &["investing"],
        data: Some("investing"),
        generic: Generic {
            brand: "an index fund",
            place: "the bank's investment desk",
            app: "an investing app",
            media: "an investing podcast",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} checks the portfolio on {app} once in the morning and tries not to look again.").adult(),
            l("a fixed sum goes into {brand} automatically every month.").adult(),
            l("{they} catches up on {media} during the commute.").adult().commute(),
            l("Sunday evenings are for a spreadsheet review of the month's savings and investment returns.").adult(),
            l("stock market dips mean {they} invests a little more, not less.").adult(),
            l("before adding a stock to the portfolio, {they} reads the company's annual report.").adult(),
            l("at lunch, dividends get discussed with a colleague who invests too.").adult().work(),
            l("a notebook tracks every investment, every sale and the reason for it.").adult(),
            l("twice a year the portfolio gets rebalanced, and otherwise left alone.").adult(),
            l("the investment income gets checked against the monthly budget on the first of each month.").adult().retired(),
        ],
        views: &[
            l("Puts money into {brand} every month because it is boring and works").adult(),
            l("Uses {app} because the fees are low").adult(),
            l("Thinks {brand} is the safest way to keep savings ahead of inflation").adult(),
            l("Finds {app} too easy to trade on impulse").adult(),
            l("Moved savings from the bank to {app} for lower costs").adult(),
        ],
        media: &[
            l("{media} — market news with breakfast").adult(),
            l("{app} — the portfolio checked once a day").adult(),
            l("{media} — investing ideas weighed before any buy").adult(),
        ],
        pains: &[
            l("stock market swings that test {their} nerve").adult(),
            l("fund fees eating into investment returns").adult(),
            l("conflicting investment advice online").adult(),
            l("inflation eroding savings faster than the portfolio grows").adult(),
            l("scams dressed up as investment opportunities").adult(),
            l("not having started investing earlier").adult(),
        ],
        triggers: &[
            l("a stock market dip").adult(),
            l("a bonus or pay rise ready to invest").adult().work(),
            l("a new tax-friendly investment account").adult(),
            l("a friend's investing success story").adult(),
            l("a fee cut on {app}").adult(),
            l("a new year's goal for the portfolio").adult(),
        ],
        motives: &[
            l("financial independence").adult(),
            l("long-term security").adult(),
            l("making money work as hard as {they} does").adult(),
        ],
        aspirations: &[
            l("wants to retire early on investment income").ages(18, 55),
            l("hopes to build a portfolio that pays the bills").adult(),
            l("wants to teach {their} children about money").parent().adult(),
            l("plans to reach a first big investment milestone before forty").ages(18, 39),
        ],
        quotes: &[
            l("Time in the market beats timing the market.").adult(),
            l("I check once a day and then put the phone down.").adult(),
            l("Boring investments let me sleep.").adult(),
            l("Compound interest is the closest thing to magic.").adult(),
        ],
        markers: &["invest", "portfolio", "dividend", "index fund", "stock market", "share price", "etf", "mutual fund", "brokerage"],
    },
    Bank {
        values: &["crypto"],
        data: Some("crypto"),
        generic: Generic {
            brand: "a major cryptocurrency",
            place: "a crypto meetup",
            app: "a crypto exchange",
            media: "a crypto news channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} checks the crypto prices before even getting out of bed.").adult(),
            l("price alerts from {app} buzz through the day.").adult(),
            l("a small amount of {brand} gets bought every week, whatever the price.").adult(),
            l("late nights go to reading about new blockchain projects and their roadmaps.").adult(),
            l("a crypto hardware wallet sits in a drawer, with the recovery words somewhere safer.").adult(),
            l("group chats about the crypto market run from morning until late.").adult(),
            l("{they} watches {media} for news before deciding to buy or sell.").adult(),
            l("weekends mean reading crypto charts instead of sleeping in.").adult(),
            l("after a big price move, {they} logs the crypto trade and the reason in a spreadsheet.").adult(),
            l("every crypto dip, {name} reminds {themself} that this is for the long run.").adult(),
        ],
        views: &[
            l("Holds {brand} for the long term and ignores the noise").adult(),
            l("Trades crypto on {app} because the fees are low").adult(),
            l("Thinks {brand} is digital gold").adult(),
            l("Finds the support at {app} slow when it matters").adult(),
            l("Moved coins off {app} into a private wallet").adult(),
        ],
        media: &[
            l("{media} — crypto news at breakfast").adult(),
            l("{app} — price alerts all day").adult(),
            l("{media} — project deep-dives at night").adult(),
        ],
        pains: &[
            l("sudden crypto crashes").adult(),
            l("crypto scams and projects that vanish overnight").adult(),
            l("crypto exchange hacks").adult(),
            l("unclear tax rules on crypto").adult(),
            l("friends who think crypto is gambling").adult(),
            l("withdrawal fees on every crypto transfer").adult(),
        ],
        triggers: &[
            l("a bitcoin price dip").adult(),
            l("a bitcoin halving cycle").adult(),
            l("news of a new altcoin listing on an exchange").adult(),
            l("a friend's big crypto gain").adult(),
            l("crypto regulation news").adult(),
            l("a sign-up bonus on {app}").adult(),
        ],
        motives: &[
            l("financial freedom").adult(),
            l("being early to new technology").adult(),
            l("control over {their} own money").adult(),
        ],
        aspirations: &[
            l("wants to hold a full coin before the next cycle").adult(),
            l("hopes to quit {their} job on crypto gains").adult().work(),
            l("wants to build something on the blockchain").adult(),
            l("plans to take profits and put them towards a home").adult(),
        ],
        quotes: &[
            l("Never invest more than you can afford to lose.").adult(),
            l("I zoom out when the chart looks bad.").adult(),
            l("Not your keys, not your coins.").adult(),
            l("Volatility is the price of admission.").adult(),
        ],
        markers: &["crypto", "bitcoin", "ethereum", "blockchain", "altcoin", "hardware wallet", "halving", "web3"],
    },
    Bank {
        values: &["home_diy"],
        data: Some("home_diy"),
        generic: Generic {
            brand: "a cordless drill",
            place: "the hardware store",
            app: "a home repair app",
            media: "a home-renovation show",
            team: "the local team",
        },
        title: None,
        day: &[
            l("Saturday mornings start at {place} with a list and end with three things not on it."),
            l("{name} handles every home repair {themself} before anyone thinks of calling someone."),
            l("the garage doubles as a DIY workshop, tools hung on the wall by size.").adult(),
            l("one DIY paint job a year covers a whole room, every wall and every skirting board."),
            l("evenings go to watching {media} for ideas."),
            l("a shelf, a cabinet, a raised bed: there is always a DIY project on the go."),
            l("on every DIY job, {they} measures twice and cuts once."),
            l("Sunday afternoons are for small home repairs like a dripping tap or a squeaky hinge."),
            l("{they} bought {brand} only after reading every review."),
            l("with the kids helping, weekend DIY projects turn into lessons in using the tools.").kids(),
            l("retired now, {they} spends mornings in the DIY workshop building furniture for the family.").retired(),
        ],
        views: &[
            l("Buys {brand} because it outlasts everything else"),
            l("Could spend a whole morning wandering {place}"),
            l("Finds tradespeople on {app} only for jobs {they} can't do {themself}").adult(),
            l("Thinks {brand} is worth paying more for"),
            l("Finds {place} cheaper for paint than anywhere else"),
        ],
        media: &[
            l("{media} — renovation ideas in the evening"),
            l("{app} — quotes checked before the big jobs").adult(),
            l("{media} — repair tutorials paused step by step"),
        ],
        pains: &[
            l("power tools priced out of reach at the hardware store"),
            l("rental rules that forbid any DIY changes").adult(),
            l("DIY projects that take three times as long as planned"),
            l("renovation contractors who don't show up").adult(),
            l("cheap materials from the hardware store that break"),
            l("no space for a proper DIY workbench"),
        ],
        triggers: &[
            l("a hardware store sale"),
            l("a new cordless drill release"),
            l("a room that needs renovating"),
            l("a tutorial that makes a DIY project look easy"),
            l("a long holiday weekend free for home improvement"),
            l("something breaking at home that needs a DIY fix"),
        ],
        motives: &[
            l("self-reliance"),
            l("pride in a job done well"),
            l("saving money by doing it {themself}"),
        ],
        aspirations: &[
            l("wants to renovate a whole house {themself}").adult(),
            l("hopes to build a proper workshop").adult(),
            l("wants to build a piece of furniture that lasts generations"),
            l("wants to learn basic plumbing and wiring"),
        ],
        quotes: &[
            l("Why pay someone when I can learn it?"),
            l("Measure twice, cut once."),
            l("Every house is a work in progress."),
            l("The right tool makes the job half done."),
        ],
        markers: &["diy", "renovat", "home improvement", "home repair", "power tool", "cordless drill", "toolbox", "hardware store", "handyman", "repaint", "sanding"],
    },
    Bank {
        values: &["plants"],
        data: Some("plants"),
        generic: Generic {
            brand: "a garden fertiliser",
            place: "the local garden centre",
            app: "a plant-care app",
            media: "a gardening show",
            team: "the local team",
        },
        title: None,
        day: &[
            l("mornings start with a walk round the plants, checking for new leaves."),
            l("{name} waters every plant by hand and talks to some of them."),
            l("weekends include a visit to {place} for one more plant {they} doesn't need."),
            l("the windowsill is a row of plant cuttings in glasses of water."),
            l("whenever roots poke out of the bottom of a pot, {they} repots."),
            l("{they} opens {app} the moment a leaf turns yellow."),
            l("after work, twenty minutes in the garden come before going inside.").work(),
            l("a balcony garden of herbs and chillies supplies the kitchen."),
            l("{media} is on most weekends, with a notebook nearby."),
            l("plant cuttings get swapped with neighbours and friends."),
            l("in retirement, the garden gets {their} whole morning.").retired(),
        ],
        views: &[
            l("Buys plants at {place} because they arrive healthy"),
            l("Feeds every plant {brand} once a month"),
            l("Identifies sick plants with {app}"),
            l("Thinks {place} is overpriced for common plants"),
            l("Trusts {brand} after years of good results in the garden"),
        ],
        media: &[
            l("{media} — weekend gardening tips"),
            l("{app} — watering reminders and plant identification"),
            l("{media} — seasonal planting advice"),
        ],
        pains: &[
            l("pests on favourite plants"),
            l("overwatering potted plants by accident"),
            l("a small space with poor light for plants"),
            l("plants dying while {they} is away"),
            l("rare plants costing a fortune"),
            l("heatwaves scorching the garden"),
        ],
        triggers: &[
            l("new plants arriving at the nursery"),
            l("a swap event for plant cuttings"),
            l("a sale on pots for the houseplants"),
            l("a plant cutting from a friend"),
            l("the garden planting season starting"),
            l("a trending houseplant with striking leaves"),
        ],
        motives: &[
            l("growing things"),
            l("a calm corner of {their} own"),
            l("a greener home"),
        ],
        aspirations: &[
            l("wants a garden big enough to grow {their} own vegetables").adult(),
            l("hopes to keep a rare plant alive for years"),
            l("wants to turn a balcony into a small jungle"),
            l("wants to open a small plant shop").adult(),
        ],
        quotes: &[
            l("I have too many plants — said no one ever."),
            l("Talking to my plants is perfectly normal."),
            l("A new leaf makes my day."),
            l("Plants teach patience."),
        ],
        markers: &["plants", "houseplant", "garden", "seedling", "repot", "potted", "succulent", "green thumb", "watering can", "plant cutting", "every plant", "plant-care"],
    },
    Bank {
        values: &["wellness"],
        data: Some("wellness"),
        generic: Generic {
            brand: "a multivitamin",
            place: "the local day spa",
            app: "a meditation app",
            media: "a wellness podcast",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} starts the morning with a glass of warm water and five minutes of mindful breathing."),
            l("ten minutes with {app} before bed is how {they} switches off."),
            l("a supplement routine sits by the sink, with {brand} at the front."),
            l("a mindful walk after lunch keeps {their} energy up for the afternoon."),
            l("once a month, {they} books a massage at {place}.").adult(),
            l("screens go off an hour before bed most nights, a self-care rule for better sleep."),
            l("{they} writes three lines in a gratitude journal every evening for {their} mental health."),
            l("for {their} wellbeing, herbal drinks replace sugary ones during the week."),
            l("at work, {they} blocks a short break in the calendar to stretch and breathe mindfully.").work(),
            l("self-care on weekends means a long bath and nothing scheduled."),
            l("{media} plays while {they} cooks dinner."),
        ],
        views: &[
            l("Takes {brand} every morning and feels the difference"),
            l("Meditates with {app} most nights"),
            l("Thinks {place} is worth the splurge once a month").adult(),
            l("Finds {brand} overpriced for what's in it"),
            l("Uses {app} for sleep stories on restless nights"),
        ],
        media: &[
            l("{media} — episodes on the walk home"),
            l("{app} — guided breathing before bed"),
            l("{media} — advice on sleep and stress"),
        ],
        pains: &[
            l("burnout that no amount of self-care seems to fix"),
            l("poor sleep that drags down {their} wellbeing"),
            l("expensive wellness products"),
            l("conflicting wellness advice online"),
            l("no time for self-care"),
            l("stress that settles in the shoulders and only a massage shifts"),
        ],
        triggers: &[
            l("a stressful month that calls for a spa day"),
            l("a health scare in the family that puts wellbeing first"),
            l("a day spa deal"),
            l("a friend's recommendation for a meditation retreat"),
            l("a new year's wellness reset"),
            l("a free month of guided sessions on {app}"),
        ],
        motives: &[
            l("a balanced life"),
            l("prevention over cure"),
            l("peace of mind"),
        ],
        aspirations: &[
            l("wants to sleep eight hours a night"),
            l("hopes to go on a wellness retreat").adult(),
            l("wants to meditate every day for a year"),
            l("wants to feel energetic well into old age"),
        ],
        quotes: &[
            l("Rest is productive."),
            l("I protect my mornings."),
            l("Health is the real wealth."),
            l("If I'm not well, nothing else works."),
        ],
        markers: &["wellness", "wellbeing", "well-being", "self-care", "meditat", "mindful", "gratitude journal", "massage", "mental health", "vitamin", "breathwork", "day spa", "spa day"],
    },
    Bank {
        values: &["sustainability"],
        data: Some("sustainability"),
        generic: Generic {
            brand: "a refillable brand",
            place: "the refill shop",
            app: "a second-hand app",
            media: "a climate documentary",
            team: "the local team",
        },
        title: None,
        day: &[
            l("a tote bag and a reusable water bottle go everywhere with {name}."),
            l("the recycling gets sorted every evening into three bins."),
            l("Saturday mornings mean a trip to {place} with a bag of empty jars."),
            l("clothes are bought second-hand or not at all."),
            l("to keep {their} carbon footprint small, {they} walks or takes the bus instead of driving."),
            l("in {their} zero-waste kitchen, leftovers get planned into the next day's meals."),
            l("a compost bin in the corner and a recycling bin by the door leave almost nothing for the rubbish."),
            l("nothing new gets bought until {they} has checked {app} first."),
            l("lunch comes in a reusable container, never in a plastic box.").not_retired(),
            l("once a month {they} joins the neighbours picking up single-use plastic in the park."),
        ],
        views: &[
            l("Buys {brand} because the packaging can be refilled"),
            l("Shops at {place} to cut down on plastic"),
            l("Finds second-hand bargains on {app} before buying anything new"),
            l("Thinks {brand} is one of the few brands that walks the talk on sustainability"),
            l("Finds {place} pricier but worth it for the planet"),
        ],
        media: &[
            l("{media} — watched with the family on weekends"),
            l("{app} — second-hand finds checked before buying new"),
            l("{media} — climate news and ideas for living lighter"),
        ],
        pains: &[
            l("greenwashing by brands with no real sustainability plan"),
            l("sustainable products costing more"),
            l("recycling rules that change from one area to the next"),
            l("single-use plastic packaging everywhere"),
            l("people who think one person can't make a difference to the climate"),
            l("fast fashion filling landfills faster than anyone can recycle"),
        ],
        triggers: &[
            l("a refill discount"),
            l("a plastic-free challenge"),
            l("a documentary about plastic waste and recycling"),
            l("a second-hand market"),
            l("a brand proving its eco-friendly claims"),
            l("a recycling drive in {city}"),
        ],
        motives: &[
            l("protecting the planet for the next generation"),
            l("living with less"),
            l("responsibility for {their} own footprint"),
        ],
        aspirations: &[
            l("wants a zero-waste household"),
            l("hopes to live off-grid someday").adult(),
            l("wants to convince {their} family to recycle properly"),
            l("wants to grow {their} own food"),
        ],
        quotes: &[
            l("The greenest product is the one you already own."),
            l("I bring my own bag — always."),
            l("Small habits add up."),
            l("If it can be fixed, I fix it."),
        ],
        markers: &["sustainab", "recycl", "reusable", "zero-waste", "zero waste", "second-hand", "compost", "carbon footprint", "eco-friendly", "refill", "plastic-free", "climate", "upcycl", "greenwashing", "single-use"],
    },
    Bank {
        values: &["vegetarian"],
        data: Some("vegetarian"),
        generic: Generic {
            brand: "a plant-based brand",
            place: "a vegetarian restaurant",
            app: "a vegetarian food app",
            media: "a vegetarian cook online",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} cooks a big pot of lentils on Sundays to last the week."),
            l("lunch is whatever vegetarian option the menu has, even if it is only a salad."),
            l("before agreeing to any restaurant, {they} checks the menu online for meat-free dishes."),
            l("tofu, beans and eggs are always stocked at home."),
            l("at family gatherings, {they} brings a vegetarian dish to share."),
            l("at {place}, {they} can order without asking what is in anything."),
            l("every week there is a new meat-free recipe from {media} to try."),
            l("in the canteen, {they} heads straight for the vegetarian counter.").not_retired(),
            l("the weekly shop includes a look at new plant-based products."),
            l("friends ask {name} for vegetarian restaurant tips before group dinners."),
        ],
        views: &[
            l("Loves {brand} as a meat-free swap in family dishes"),
            l("Goes to {place} because everything on the menu is safe to order"),
            l("Finds vegetarian places nearby with {app}"),
            l("Thinks {brand} tastes closer to meat than it should"),
            l("Finds {place} expensive for vegetable dishes"),
        ],
        media: &[
            l("{media} — meat-free recipes for the week"),
            l("{app} — vegetarian spots found when travelling"),
            l("{media} — vegetarian cooking ideas for weeknights"),
        ],
        pains: &[
            l("restaurants with only one vegetarian option"),
            l("meat stock hidden in soups that look vegetarian"),
            l("family teasing about going vegetarian"),
            l("plant-based meat substitutes that cost more than meat"),
            l("questions about protein at every vegetarian meal"),
            l("being served the same salad as the only meat-free dish"),
        ],
        triggers: &[
            l("a new meat-free product launch"),
            l("a vegetarian restaurant opening"),
            l("a meat-free recipe trending online"),
            l("a discount at {place}"),
            l("a meat-free month challenge"),
            l("a friend going vegetarian"),
        ],
        motives: &[
            l("kindness to animals"),
            l("health"),
            l("a smaller footprint"),
        ],
        aspirations: &[
            l("wants to cook vegetarian food so good that meat-eaters ask for seconds"),
            l("hopes to open a vegetarian eatery").adult(),
            l("wants {their} family to eat meat-free twice a week"),
            l("wants to write a vegetarian cookbook"),
        ],
        quotes: &[
            l("Yes, I get enough protein."),
            l("Vegetables are the main event, not the side."),
            l("I check the menu before I say yes."),
            l("I don't miss meat as much as people think."),
        ],
        markers: &["vegetarian", "meat-free", "plant-based", "veggie", "tofu", "lentil", "meatless", "pure veg"],
    },
    Bank {
        values: &["vegan"],
        data: Some("vegetarian"),
        generic: Generic {
            brand: "a favourite oat milk",
            place: "a vegan restaurant",
            app: "a vegan food app",
            media: "a vegan creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} reads every ingredient label for hidden dairy, eggs and honey, anything that isn't vegan."),
            l("breakfast is oats with oat milk and fruit."),
            l("Sunday batch-cooking means a vegan chickpea stew and a tray of roasted vegetables for the week."),
            l("a vegan snack is always in {their} bag in case there is nothing to eat."),
            l("before going anywhere new, {they} finds somewhere vegan to eat with {app}."),
            l("weekends include a visit to {place} with friends who are curious."),
            l("{they} bakes vegan cakes without eggs and nobody can tell."),
            l("leather and wool are off {their} shopping list, and every label gets checked for anything not cruelty-free."),
            l("recipes from {media} get swapped with other vegans online."),
            l("dinners out start with a polite question to the waiter about whether the sauce is dairy-free."),
        ],
        views: &[
            l("Uses {brand} in everything, from cereal to sauces"),
            l("Goes to {place} for the one menu where {they} doesn't have to ask questions"),
            l("Relies on {app} to find vegan food in a new place"),
            l("Thinks {brand} is the best dairy-free option around"),
            l("Finds {place} overpriced for a plate of plants"),
        ],
        media: &[
            l("{media} — vegan recipes for the week"),
            l("{app} — vegan-friendly spots checked before going out"),
            l("{media} — documentaries about food and animals"),
        ],
        pains: &[
            l("hidden animal products in snacks that look vegan"),
            l("few vegan options when eating out"),
            l("vegan products costing more"),
            l("people who make jokes about being vegan"),
            l("travel where nothing on the menu is vegan"),
            l("labels that make it hard to tell what is vegan"),
        ],
        triggers: &[
            l("a new vegan product launch"),
            l("a vegan month challenge"),
            l("a vegan restaurant opening"),
            l("a vegan recipe going viral"),
            l("a vegan set menu at {place}"),
            l("a documentary about factory farming that wins another friend over to vegan food"),
        ],
        motives: &[
            l("compassion for animals"),
            l("living by {their} values"),
            l("a lighter footprint on the planet"),
        ],
        aspirations: &[
            l("wants to convince {their} family to try vegan meals"),
            l("hopes to run a vegan food stall"),
            l("wants to master vegan baking"),
            l("wants to travel to a city famous for vegan food").adult(),
        ],
        quotes: &[
            l("I read labels for a living — or it feels like it."),
            l("Plants can do anything meat can."),
            l("It's not a diet, it's a choice about animals."),
            l("If I don't ask, I don't eat."),
        ],
        markers: &["vegan", "plant-based", "dairy-free", "plant milk", "oat milk", "cruelty-free", "animal product", "egg-free"],
    },
    Bank {
        values: &["halal"],
        data: Some("halal"),
        generic: Generic {
            brand: "a certified halal label",
            place: "a halal restaurant",
            app: "a halal food app",
            media: "a halal food guide",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} checks for the halal logo before anything goes into the basket."),
            l("eating out starts with {app}, to find somewhere halal nearby."),
            l("meat comes only from a trusted halal butcher."),
            l("weekends with family often mean a long meal at {place}."),
            l("at work, lunch is ordered only from places that are certified halal.").work(),
            l("{they} reads the ingredients of every snack, checking for gelatine and alcohol before calling it halal."),
            l("travel plans include a list of halal restaurants at the destination."),
            l("most nights {they} cooks at home, so there is no doubt the food is halal."),
            l("before a group dinner, {they} suggests a halal place so everyone can eat together."),
            l("cosmetics and skincare get the same halal check as food."),
        ],
        views: &[
            l("Trusts products with {brand} before anything else on the shelf"),
            l("Eats at {place} because the halal certificate hangs by the door"),
            l("Uses {app} to find halal food when travelling"),
            l("Thinks {place} makes the best halal food in {city}"),
            l("Finds {app} reliable for checking whether a product is halal"),
        ],
        media: &[
            l("{media} — halal restaurant tips before eating out"),
            l("{app} — halal spots nearby and prayer times"),
            l("{media} — reviews of new halal places"),
        ],
        pains: &[
            l("unclear halal labels on imported products"),
            l("restaurants claiming to be halal without a certificate"),
            l("few halal options at events"),
            l("non-halal gelatine hidden in sweets"),
            l("halal meat costing more"),
            l("travel where halal food is hard to find"),
        ],
        triggers: &[
            l("a favourite brand getting halal certification"),
            l("a halal restaurant opening"),
            l("a festive-season sale on halal groceries"),
            l("a trusted halal recommendation from the community"),
            l("a halal food festival"),
            l("a new halal option on a chain's menu"),
        ],
        motives: &[
            l("faith in everyday choices"),
            l("peace of mind about food"),
            l("family tradition"),
        ],
        aspirations: &[
            l("wants to open a certified halal eatery").adult(),
            l("hopes to travel to places with plenty of halal food").adult(),
            l("wants to raise children who understand why halal matters").parent(),
            l("wants to find halal versions of every favourite snack"),
        ],
        quotes: &[
            l("If I'm not sure it's halal, I don't eat it."),
            l("The logo is the first thing I look for."),
            l("Halal food can be just as exciting as anything else."),
            l("I'd rather cook than guess."),
        ],
        markers: &["halal", "haram", "zabiha", "pork-free", "no pork", "muslim-friendly"],
    },
    Bank {
        values: &["online_shopping"],
        data: Some("deals"),
        generic: Generic {
            brand: "a trusted online seller",
            place: "the shop down the road",
            app: "a shopping app",
            media: "the big online sale",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} fills a basket on {app} during the week and checks out on payday.").work(),
            l("parcels arrive at the door most days, and the neighbours have noticed."),
            l("every parcel gets tracked in the app like a flight."),
            l("before {media}, {they} builds a wish list and sets price alerts."),
            l("at night {they} scrolls {app} in bed until something ends up in the basket."),
            l("groceries are ordered online now; the weekly supermarket trip is a memory.").adult(),
            l("reviews with photos get read in full before anything goes into the online cart."),
            l("nothing gets ordered online until the price has been checked against {place}."),
            l("the lunch break is for checking flash deals on shopping apps and adding to the cart.").work(),
            l("returns of online orders get packed and dropped off on Saturday mornings."),
            l("a note on {their} phone lists every discount code {they} has for online shops."),
        ],
        views: &[
            l("Buys almost everything on {app} because delivery is fast"),
            l("Sticks with {brand} when shopping online because returns are painless"),
            l("Still buys fresh food at {place} instead of from an online shop"),
            l("Finds {app} cluttered but can't stop using it"),
            l("Orders from {app} only with a free-shipping voucher"),
        ],
        media: &[
            l("{media} — wish lists ready days before"),
            l("{app} — flash deals checked at lunch"),
            l("{app} — live-selling streams in the evening"),
        ],
        pains: &[
            l("parcels that never arrive"),
            l("fake reviews on online shops"),
            l("items from online shops that look nothing like the photos"),
            l("shipping fees that kill a deal on an online order"),
            l("refunds that take weeks after a parcel goes back"),
            l("missing an online sale by a minute"),
        ],
        triggers: &[
            l("a free-shipping voucher on a full cart"),
            l("a flash sale on {app}"),
            l("an item in the online cart dropping in price"),
            l("a cashback offer on online orders"),
            l("a live-selling discount"),
            l("a friend's referral code for an online shop"),
        ],
        motives: &[
            l("convenience"),
            l("getting the best price without leaving home"),
            l("time saved for other things"),
        ],
        aspirations: &[
            l("wants to run an online shop of {their} own").adult(),
            l("hopes to get every delivery fee down to zero"),
            l("wants to know every sale date of the year by heart"),
            l("is trying to keep the basket to things {they} actually needs"),
        ],
        quotes: &[
            l("If it's not online, I probably don't need it."),
            l("I check the reviews with photos first."),
            l("The delivery rider knows my gate by now."),
            l("Adding to the basket isn't buying — mostly."),
        ],
        markers: &["online shop", "online seller", "shopping app", "ordered online", "online order", "parcel", "add-to-cart", "cart", "e-commerce", "free-shipping", "free shipping", "online sale", "live-selling"],
    },
    Bank {
        values: &["bargain_hunting", "price_sensitive"],
        data: Some("deals"),
        generic: Generic {
            brand: "the store's cheaper own brand",
            place: "the discount supermarket",
            app: "a cashback app",
            media: "the big yearly clearance sale",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} writes a shopping list, sticks to it and swaps any item for a cheaper one to stay on budget."),
            l("prices get compared across three shops to find the cheapest before anything is bought."),
            l("{they} shops at {place} late in the day, when fresh food is marked down."),
            l("every Sunday evening {they} collects digital coupons on {app}."),
            l("the weekly shop is planned around what is on sale."),
            l("staples are bought in bulk when they are on sale, then stored wherever there is space."),
            l("anything big waits for {media}."),
            l("every receipt gets checked for missed discounts and pricing mistakes before {they} leaves the till."),
            l("lunch is packed from home because buying it every day, even at the cheap places, breaks the budget.").not_retired(),
            l("before buying anything online, {they} searches for a voucher code to get the price down."),
            l("{name} knows the price of rice, eggs and cooking oil at every shop nearby, and which one is cheapest."),
        ],
        views: &[
            l("Buys {brand} because it is just as good for less"),
            l("Does the big shop at {place} because the prices are lowest"),
            l("Never pays for anything without checking {app} first"),
            l("Thinks {place} is worth the longer trip for what it saves"),
            l("Finds {brand} fine for most things, but not for everything"),
        ],
        media: &[
            l("{media} — the big purchases of the year wait for it"),
            l("{app} — cashback and vouchers before every purchase"),
            l("{media} — deal alerts checked every week"),
        ],
        pains: &[
            l("prices creeping up every month, even at the cheapest shop"),
            l("shrinking packs at the same price, which no discount makes up for"),
            l("discount deals that exclude the one item needed"),
            l("delivery fees that cancel out the discount"),
            l("loyalty schemes that quietly cut the discounts members get"),
            l("an emergency expense wiping out months of bargain hunting"),
        ],
        triggers: &[
            l("a markdown sticker with a bargain price"),
            l("a buy-one-get-one-free promo"),
            l("a cashback bonus on {app}"),
            l("a clearance sale"),
            l("a price-match promise for the lowest price in town"),
            l("bulk discounts at {place}"),
        ],
        motives: &[
            l("getting full value"),
            l("financial security"),
            l("beating the system, fairly"),
        ],
        aspirations: &[
            l("wants to cut the grocery bill by a quarter").adult(),
            l("hopes to pay for a big purchase without borrowing").adult(),
            l("wants to teach {their} children how to shop smart").parent(),
            l("wants an emergency fund that covers six months").adult(),
        ],
        quotes: &[
            l("Full price is for people in a hurry."),
            l("I know what rice costs in every shop around here."),
            l("A bargain is only a bargain if I needed it."),
            l("The receipt tells the truth."),
        ],
        markers: &["bargain", "discount", "voucher", "coupon", "cheap", "budget", "markdown", "marked down", "cashback", "clearance", "promo", "best price", "lowest price", "on sale", "price-match"],
    },
    Bank {
        values: &["luxury"],
        data: Some("luxury"),
        generic: Generic {
            brand: "a heritage fashion house",
            place: "the luxury mall",
            app: "a luxury resale app",
            media: "a luxury fashion magazine",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} drops by {place} on Saturdays to see the new season's pieces.").adult(),
            l("a sales associate at {place} messages {them} whenever something new arrives.").adult().not_low(),
            l("the boxes and dust bags of every designer piece are kept.").adult(),
            l("one good watch, worn every day, is {their} idea of luxury.").adult(),
            l("{they} saves for months for one classic designer bag rather than several cheap ones.").adult(),
            l("before buying anything high-end, {they} reads about the craftsmanship for weeks.").adult(),
            l("weekends include a long lunch with friends at a luxury hotel.").adult().not_low(),
            l("every few months the luxury leather goods get cleaned and conditioned.").adult(),
            l("over breakfast {they} flips through {media} for the season's pieces.").adult(),
            l("trips away always include a morning on the city's luxury shopping street.").adult().not_low(),
        ],
        views: &[
            l("Buys from {brand} for the craftsmanship, not the logo").adult(),
            l("Sees {brand} as an investment that holds its value").adult(),
            l("Prefers shopping at {place} because the service is personal").adult(),
            l("Finds prices at {brand} rising faster than the quality").adult(),
            l("Checks {app} for pre-owned designer pieces before paying full price").adult(),
        ],
        media: &[
            l("{media} — the season's collections over breakfast").adult(),
            l("{app} — pre-owned designer pieces browsed at night").adult(),
            l("{media} — runway shows streamed live").adult(),
        ],
        pains: &[
            l("luxury price hikes every year").adult(),
            l("boutique waiting lists for classic pieces").adult(),
            l("counterfeit luxury goods everywhere").adult(),
            l("boutique service that depends on how you look").adult(),
            l("designer labels with logos getting louder").adult(),
            l("limited luxury pieces selling out before {they} decides").adult(),
        ],
        triggers: &[
            l("a new season's collection at the boutique").adult(),
            l("a private preview invitation from a luxury boutique").adult().not_low(),
            l("a milestone worth marking with something high-end").adult(),
            l("a limited edition from a luxury house").adult(),
            l("better prices on luxury goods on a trip abroad").adult().not_low(),
            l("an anniversary or big birthday that justifies a designer piece").adult(),
        ],
        motives: &[
            l("quality that lasts").adult(),
            l("a reward for hard work").adult(),
            l("timeless style").adult(),
        ],
        aspirations: &[
            l("wants a classic piece to pass down to the next generation").adult(),
            l("hopes to own a watch worth keeping for life").adult(),
            l("wants a wardrobe of fewer, finer things").adult(),
            l("dreams of a shopping trip to the fashion capitals").adult().not_low(),
        ],
        quotes: &[
            l("Buy less, buy better.").adult(),
            l("I'd rather have one real thing than ten copies.").adult(),
            l("Good service is part of what I pay for.").adult(),
            l("A classic never goes on sale — and that's the point.").adult(),
        ],
        markers: &["luxury", "high-end", "boutique", "couture", "fashion house", "designer bag", "designer piece", "designer label", "craftsmanship"],
    },
    Bank {
        values: &["early_adopter"],
        data: Some("gadgets"),
        generic: Generic {
            brand: "the newest phone",
            place: "the flagship store",
            app: "the latest app",
            media: "a tech site tracking the latest launches",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} signs up for every beta and waitlist {they} hears about."),
            l("launch days mean queueing at {place} or refreshing the pre-order page at midnight."),
            l("new apps get installed on launch day, and most are deleted within a week."),
            l("{they} is always the first to try every new way to pay, long before {their} friends."),
            l("friends ask {name} whether the latest gadget is worth it, because {they} has already tried it."),
            l("months before a launch, {they} reads {media} for rumours about the newest models."),
            l("the home screen changes every month as the latest apps replace old ones."),
            l("as an early adopter, {they} tries any new service in {city} in its first week."),
            l("the newest features are on {their} phone the day they roll out, not a month later."),
            l("at work, {they} tests the latest tools before anyone else.").work(),
        ],
        views: &[
            l("Pre-orders {brand} the moment orders open").not_low(),
            l("Queues at {place} on launch day for the experience"),
            l("Tried {app} in its beta, before anyone else, and reported back"),
            l("Thinks {brand} is worth the risks of being an early adopter"),
            l("Finds {place} slow to stock the newest releases"),
        ],
        media: &[
            l("{media} — rumours and leaks about the newest models before every launch"),
            l("{app} — beta features tried out daily"),
            l("{media} — first impressions of the latest releases on launch day"),
        ],
        pains: &[
            l("beta versions full of bugs that {they} installs anyway"),
            l("paying the launch-day price for the newest model just before it drops"),
            l("the latest features disappearing after a month"),
            l("friends who skip the pre-order, wait and pay less"),
            l("waitlists for the newest apps that never move"),
            l("buying the latest model before any accessories exist for it"),
            l("pre-order dates that slip by months"),
            l("beta apps that lose a week of data in one update"),
            l("being the first to try a service that shuts down within a year"),
            l("queues in the rain on launch day for stock that runs out"),
        ],
        triggers: &[
            l("a launch date announced for pre-orders"),
            l("an invitation off the waitlist for early access"),
            l("a beta opening up"),
            l("leaked specs of the newest model"),
            l("a new service arriving in {city} that {they} can be first in line for"),
            l("a limited edition for the first wave of buyers"),
            l("an early access code from a friend"),
            l("a call-out for beta testers"),
            l("a countdown to launch day"),
            l("the newest version of a favourite gadget"),
        ],
        motives: &[
            l("curiosity"),
            l("being ahead of the curve"),
            l("the thrill of the new"),
        ],
        aspirations: &[
            l("wants to work on products before they launch"),
            l("hopes to be invited to a launch event"),
            l("wants to test new products for a living"),
            l("wants to be the first in {city} with the next big thing"),
        ],
        quotes: &[
            l("Being first is worth a few bugs."),
            l("I'll have tried it before you've heard of it."),
            l("Version one is where the fun is."),
            l("If there's a waitlist, I'm on it."),
        ],
        markers: &["early adopter", "pre-order", "launch day", "beta", "latest", "newest", "first in line", "first to try", "waitlist", "early access", "before anyone else", "first wave", "cutting-edge", "first-batch"],
    },
    Bank {
        values: &["brand_loyal"],
        data: None,
        generic: Generic {
            brand: "the same trusted brand",
            place: "the usual shop",
            app: "the brand's own app",
            media: "the brand's newsletter",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} has stuck with the same brand of shampoo for fifteen years and sees no reason to change."),
            l("the shopping list is made of trusted brand names, not products."),
            l("{they} walks past the promotions straight to {their} favourite brands."),
            l("when the brand {they} always buys is out of stock, {they} goes to another shop rather than switch."),
            l("loyalty points collected with the same few brands get redeemed twice a year."),
            l("{name} still wears the same brand of shoes {they} wore at twenty.").ages(30, 200),
            l("new products from {their} favourite brands get tried; new brands rarely do."),
            l("the phone, the laptop and the car all come from brands {they} has stayed loyal to for years.").adult(),
            l("at restaurants {they} is just as loyal, ordering the same dish every time."),
        ],
        views: &[
            l("Has stuck with {brand} for years and won't switch for a discount"),
            l("Stays loyal to {place} because the staff know what {they} buys"),
            l("Collects loyalty points on {app} and cashes them in on birthdays"),
            l("Thinks {brand} earned {their} trust long ago"),
            l("Forgives {brand} the occasional price rise"),
        ],
        media: &[
            l("{app} — member offers and the loyalty points balance"),
            l("{media} — new products from trusted brands"),
            l("{app} — reorders of the same brands as always"),
        ],
        pains: &[
            l("a favourite brand discontinuing the one product {they} always buys"),
            l("a trusted brand changing its formula without warning"),
            l("loyalty points expiring"),
            l("trusted brands cutting quality to save money"),
            l("shops no longer stocking the brand {they} sticks with"),
            l("new packaging that hides a favourite brand's familiar product"),
        ],
        triggers: &[
            l("double loyalty points"),
            l("a new product from a trusted brand"),
            l("a member-only sale for loyal customers"),
            l("a birthday reward from a favourite brand"),
            l("a bundle of everything {they} always buys from one brand"),
            l("early access for the brand's most loyal members"),
        ],
        motives: &[
            l("reliability"),
            l("trust"),
            l("not wasting time on choices"),
        ],
        aspirations: &[
            l("wants every product at home to be one {they} trusts"),
            l("hopes {their} favourite brands never change"),
            l("wants to reach the top tier of a loyalty programme"),
            l("wants to pass favourite brands on to {their} children").parent(),
        ],
        quotes: &[
            l("Why change what works?"),
            l("I know what I like."),
            l("I'll pay a bit more for the one I trust."),
            l("If they change the formula, I'm writing a complaint."),
        ],
        markers: &["loyal", "same brand", "sticks with", "stuck with", "never switch", "won't switch", "rather than switch", "favourite brand", "trusted brand", "always buys"],
    },
    Bank {
        values: &["impulse_buying"],
        data: Some("deals"),
        generic: Generic {
            brand: "a brand made for impulse buys",
            place: "the impulse-buy shelf by the till",
            app: "a shopping app made for impulse buys",
            media: "a live-selling stream full of impulse buys",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} opens {app} to buy one thing and, on impulse, checks out with five."),
            l("late-night scrolling ends with an impulse order {they} forgets about until it arrives."),
            l("a display near the till is impossible to walk past without an unplanned purchase."),
            l("live-selling streams are {their} weakness: three this month ended in an impulse buy."),
            l("a bad day at work ends with a spur-of-the-moment treat in the basket.").work(),
            l("{they} can't resist the limited-edition version, in case it never comes back."),
            l("parcels from midnight splurges turn up that {they} doesn't remember ordering."),
            l("weekend trips to the mall rarely end without an unplanned buy."),
            l("a flash-sale countdown is all it takes to make {them} buy on impulse."),
            l("every week, {they} promises {themself} it was the last impulse buy of the month."),
        ],
        views: &[
            l("Can't open {app} without adding something to the basket"),
            l("Picks up something extra at {place} every time"),
            l("Buys from {brand} whenever an ad catches {their} eye"),
            l("Finds the notifications from {app} dangerous"),
            l("Blames {place} for the snacks {they} never planned to buy"),
        ],
        media: &[
            l("{media} — buying while watching, usually at night"),
            l("{app} — late-night browsing with the card saved"),
            l("{media} — limited drops that sell out fast"),
        ],
        pains: &[
            l("buyer's remorse the morning after an impulse buy"),
            l("a drawer full of unplanned purchases never used"),
            l("splurges that leave no money before the month ends"),
            l("returns of spur-of-the-moment buys that are more hassle than the item"),
            l("saved cards making every impulse too easy").adult(),
            l("a partner asking about yet another unplanned parcel").partner(),
        ],
        triggers: &[
            l("a flash-sale countdown that {they} can't resist"),
            l("a limited-edition colour that sparks an impulse buy"),
            l("free shipping above a minimum spend, which means adding unplanned extras"),
            l("a bad day that ends in a splurge"),
            l("a creator using it on camera, turning into an instant impulse buy"),
            l("a bundle that looks like a bargain and becomes a splurge"),
        ],
        motives: &[
            l("small joys"),
            l("treating {themself}"),
            l("the excitement of something new"),
        ],
        aspirations: &[
            l("is trying a no-spend month"),
            l("wants to wait a day before every purchase"),
            l("hopes to turn a love of shopping into a job as a buyer").adult(),
            l("wants to save as eagerly as {they} spends"),
        ],
        quotes: &[
            l("It was on sale, so technically I saved money."),
            l("I'll just look — famous last words."),
            l("Treat yourself — that's my whole plan."),
            l("My basket is my mood diary."),
        ],
        markers: &["impulse", "splurge", "unplanned", "spur-of-the-moment", "spur of the moment", "on a whim", "can't resist", "couldn't resist", "buyer's remorse", "never planned"],
    },
    Bank {
        values: &["heavy_tiktok"],
        data: None,
        generic: Generic {
            brand: "a product from the short-video feed",
            place: "a food spot famous from short videos",
            app: "the short-video app",
            media: "a trending short-video creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} opens TikTok before getting out of bed and loses half an hour."),
            l("the For You page knows {them} better than most friends do."),
            l("short videos of {their} day get filmed, and most of them get posted."),
            l("evenings end with two hours of short videos in bed."),
            l("TikTok dance trends get learned in front of the bedroom mirror."),
            l("half of what {they} buys started as a TikTok video."),
            l("in queues, on breaks, before sleep: TikTok is always one thumb away."),
            l("funny short videos go out to friends all day long."),
            l("recipes, news and restaurant picks all come from the TikTok feed now."),
            l("weekends include filming a TikTok trend with friends, usually on the third try."),
        ],
        views: &[
            l("Bought {brand} after seeing it on TikTok three times in one day"),
            l("Visited {place} because every TikTok creator seemed to be there"),
            l("Thinks {app} knows {their} taste better than {they} does"),
            l("Returned {brand} when it looked nothing like the TikTok video"),
            l("Queued at {place} the week it blew up on TikTok"),
        ],
        media: &[
            l("TikTok — hours of short videos every evening"),
            l("{media} — dance and comedy clips shared with friends"),
            l("TikTok — trends, recipes and news in the morning scroll"),
        ],
        pains: &[
            l("losing hours to the TikTok scroll"),
            l("sleep lost to one more TikTok video"),
            l("the For You page showing the same things over and over"),
            l("products that went viral on TikTok and disappoint"),
            l("weekly screen-time reports that blame TikTok"),
            l("short videos disappearing before {they} saves them"),
        ],
        triggers: &[
            l("a product going viral on TikTok"),
            l("a TikTok creator's unfiltered reaction"),
            l("a discount during a TikTok live stream"),
            l("a trend everyone on {their} For You page is doing"),
            l("a restaurant everyone on TikTok is queueing for"),
            l("a limited drop promoted in short videos"),
        ],
        motives: &[
            l("entertainment"),
            l("being in on the joke"),
            l("discovering new things first"),
        ],
        aspirations: &[
            l("wants to reach a hundred thousand followers"),
            l("hopes one of {their} videos will go viral"),
            l("wants to earn a living from making videos").adult(),
            l("wants to cut screen time to two hours a day"),
        ],
        quotes: &[
            l("It was on my For You page, so it's basically a sign."),
            l("One more video — then sleep."),
            l("I learned it from TikTok."),
            l("If it's trending, I've already seen it."),
        ],
        markers: &["tiktok", "douyin", "for you page", "fyp", "short video", "short-video"],
    },
    Bank {
        values: &["heavy_instagram"],
        data: None,
        generic: Generic {
            brand: "a brand seen in reels",
            place: "a spot made for reels",
            app: "the photo app",
            media: "a favourite reels creator",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} posts to Instagram before breakfast and checks the replies on the way to work.").work().commute(),
            l("every meal out gets photographed from above for Instagram before anyone eats."),
            l("the Instagram grid is planned a week ahead, colour by colour."),
            l("evenings go to scrolling reels in bed."),
            l("weekend plans are chosen partly for how they will look on Instagram."),
            l("close friends get a second, more honest story on a private Instagram account."),
            l("Instagram direct messages get answered before emails.").work(),
            l("a ring light sits on {their} desk for better Instagram selfies."),
            l("several times an hour {they} checks who has watched {their} latest reels."),
            l("half of {their} wardrobe was discovered through ads in the Instagram feed."),
        ],
        views: &[
            l("Followed {brand} on Instagram long before buying anything"),
            l("Chose {place} for dinner because the photos looked good on Instagram"),
            l("Judges {brand} by how good its Instagram looks"),
            l("Bought from {brand} straight from a sponsored Instagram post"),
            l("Avoids {place} since it filled up with people filming reels"),
        ],
        media: &[
            l("Instagram — stories and reels from morning to night"),
            l("{media} — daily stories watched first thing"),
            l("{media} — outfit and travel reels saved for later"),
        ],
        pains: &[
            l("comparing {their} life with everyone else's Instagram highlights"),
            l("the Instagram algorithm hiding friends' posts"),
            l("too many ads between Instagram stories"),
            l("posting reels and watching the likes drop for no clear reason"),
            l("the pressure to keep posting stories and reels"),
            l("hours lost to reels"),
        ],
        triggers: &[
            l("a creator's Instagram post"),
            l("a sponsored Instagram story with a discount"),
            l("a friend's reels of a new place"),
            l("an aesthetic product launch all over Instagram"),
            l("an Instagram giveaway"),
            l("a pop-up shop that would look great in reels"),
        ],
        motives: &[
            l("showing the world {their} taste"),
            l("staying connected"),
            l("beauty in everyday moments"),
        ],
        aspirations: &[
            l("wants a grid that looks like a magazine"),
            l("hopes to grow {their} account into a small business").adult(),
            l("wants to work with brands as a creator"),
            l("wants to post less and live more"),
        ],
        quotes: &[
            l("Did it even happen if it's not on my story?"),
            l("I plan my grid before my week."),
            l("Good light matters more than the menu."),
            l("I scroll to relax, even when it doesn't work."),
        ],
        markers: &["instagram", "reels", "ig story", "ig stories", "insta-worthy", "close friends story"],
    },
    Bank {
        values: &["heavy_youtube"],
        data: None,
        generic: Generic {
            brand: "a product a vlogger swore by",
            place: "a spot from a vlog",
            app: "the video app",
            media: "a favourite vlogger",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} falls asleep to a long YouTube video most nights."),
            l("breakfast comes with a new YouTube upload from {media}."),
            l("most things {they} knows how to do were learned from YouTube tutorials."),
            l("the television at home is mostly used for YouTube."),
            l("on the commute, YouTube video essays play at one and a half speed.").commute(),
            l("{they} watches YouTube reviews for every purchase, however small."),
            l("weekends include a three-hour YouTube rabbit hole that starts with one video."),
            l("comments get left under favourite vlogs, and sometimes the creator replies."),
            l("while {they} cooks, a YouTube recipe plays on a phone propped against the spice jars."),
            l("the YouTube watch-later list is longer than any reading list {they} has ever had."),
        ],
        views: &[
            l("Bought {brand} after a YouTube reviewer spent twenty minutes on it"),
            l("Visited {place} after a vlogger made it look unmissable"),
            l("Trusts {brand} because every reviewer on YouTube says the same thing"),
            l("Tried {brand} because a favourite vlogger was sponsored by it"),
            l("Found {place} smaller than it looked in the vlog"),
        ],
        media: &[
            l("YouTube — long videos on the television most evenings"),
            l("{media} — every new upload, usually on release day"),
            l("{media} — tutorials followed step by step"),
        ],
        pains: &[
            l("YouTube ads that interrupt every few minutes"),
            l("clickbait thumbnails all over YouTube"),
            l("favourite YouTubers quitting"),
            l("whole evenings lost to YouTube recommendations"),
            l("vlogs padded to fill time"),
            l("mobile data running out from streaming YouTube"),
        ],
        triggers: &[
            l("a trusted YouTube reviewer's recommendation"),
            l("a YouTube tutorial that makes something look easy"),
            l("a vlogger's discount code"),
            l("an unboxing video on YouTube"),
            l("a side-by-side comparison from a favourite YouTuber"),
            l("a sponsored segment in a favourite vlog"),
        ],
        motives: &[
            l("learning anything for free"),
            l("entertainment on {their} own terms"),
            l("trusting real people over adverts"),
        ],
        aspirations: &[
            l("wants to start a channel of {their} own"),
            l("hopes to reach a thousand subscribers"),
            l("wants to learn a new skill from videos every year"),
            l("wants to meet {their} favourite creator"),
        ],
        quotes: &[
            l("I learned it on YouTube."),
            l("There's a tutorial for everything."),
            l("I watch the review before I buy anything."),
            l("Just one more video — it's only ten minutes."),
        ],
        markers: &["youtube", "vlog", "video essay", "watch-later", "watch later", "subscribed channel"],
    },
    Bank {
        values: &["heavy_facebook"],
        data: None,
        generic: Generic {
            brand: "a local seller who answers on messenger",
            place: "a local business",
            app: "the marketplace",
            media: "a community group",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} checks Facebook first thing and scrolls through the family news."),
            l("the neighbourhood Facebook group is where {they} hears about everything, from road works to lost cats."),
            l("Facebook posts get shared with relatives several times a day."),
            l("birthdays are remembered because Facebook sends a reminder."),
            l("second-hand buying and selling happens on Facebook Marketplace."),
            l("evenings go to watching videos and reading the comments on Facebook."),
            l("local businesses get followed on Facebook for their promotions."),
            l("old school friends stay in touch through Facebook comments and Messenger chats."),
            l("photos of every family event go into one big Facebook album."),
            l("a few Facebook groups — hobbies, parents, the town — take up most of {their} time online."),
        ],
        views: &[
            l("Found {brand} through a post in a Facebook community group"),
            l("Follows {place} on Facebook for the daily specials"),
            l("Buys from {brand} because the Messenger replies are quick and the reviews good"),
            l("Trusts {place} because the neighbours recommend it on Facebook"),
            l("Finds {app} on Facebook full of scams but still checks it daily"),
        ],
        media: &[
            l("Facebook — family news and local groups every morning"),
            l("{media} — neighbourhood news and recommendations, all on Facebook"),
            l("Facebook — videos and comment threads in the evening"),
        ],
        pains: &[
            l("fake news shared by relatives on Facebook"),
            l("scams on Facebook Marketplace listings"),
            l("arguments in the Facebook comments"),
            l("a Facebook feed with more ads than friends"),
            l("hacked Facebook accounts sending strange messages"),
            l("privacy worries about everything Facebook knows"),
        ],
        triggers: &[
            l("a recommendation in a local Facebook group"),
            l("a friend's post on Facebook"),
            l("a promo posted on a local shop's Facebook page"),
            l("a second-hand bargain on Facebook Marketplace"),
            l("a giveaway from a Facebook page {they} follows"),
            l("an event invitation on Facebook"),
        ],
        motives: &[
            l("staying connected with family"),
            l("being part of the community"),
            l("helping neighbours"),
        ],
        aspirations: &[
            l("wants to keep the whole family connected"),
            l("hopes to grow a small business through local groups").adult(),
            l("wants to run the neighbourhood group one day"),
            l("wants to find old classmates"),
        ],
        quotes: &[
            l("I saw it on Facebook, so I checked it twice."),
            l("The neighbourhood group knows everything."),
            l("It's how I keep up with the family."),
            l("Marketplace has everything if you're patient."),
        ],
        markers: &["facebook", "messenger", "fb group", "fb page", "fb post", "fb live"],
    },
    Bank {
        values: &["podcasts"],
        data: Some("podcasts"),
        generic: Generic {
            brand: "earbuds bought for podcasts",
            place: "the long walk that fits a podcast",
            app: "a podcast app",
            media: "a favourite podcast",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} listens to {media} on the commute and laughs out loud on the bus.").commute(),
            l("chores go faster with {media} in {their} ears."),
            l("podcasts play at one and a half speed to get through the queue of episodes."),
            l("a new podcast episode is {their} reward for getting the washing done."),
            l("long walks are planned to last exactly one podcast."),
            l("podcast links go to friends with timestamps."),
            l("most nights {they} falls asleep to a podcast and finds the place again in the morning."),
            l("at work, a podcast plays in one ear during the quiet hours.").work(),
            l("{they} keeps a list of podcast episodes to recommend to particular people."),
            l("weekend drives are soundtracked by true-crime podcasts.").adult(),
        ],
        views: &[
            l("Listens on {app} because it remembers where {they} stopped"),
            l("Finds the podcast recommendations on {app} spot-on"),
            l("Wears {brand} so the podcast never has to stop"),
            l("Pays for {app} to skip the ads"),
            l("Thinks {app} has the best podcast catalogue"),
        ],
        media: &[
            l("{media} — every episode on release day"),
            l("{app} — the morning queue of episodes"),
            l("{media} — background for chores on weekends"),
        ],
        pains: &[
            l("ads read in the middle of a podcast story"),
            l("podcast hosts who talk for twenty minutes before starting"),
            l("favourite podcasts going behind paywalls"),
            l("old podcast episodes disappearing from apps"),
            l("too many podcasts to keep up with"),
            l("earbuds dying mid-podcast"),
        ],
        triggers: &[
            l("a podcast host's recommendation"),
            l("a new season of a favourite podcast"),
            l("a discount code read out on a podcast"),
            l("a friend's podcast recommendation"),
            l("a podcast guest {they} admires"),
            l("a premium-listening offer from {app}"),
        ],
        motives: &[
            l("learning while doing something else"),
            l("company during quiet hours"),
            l("endless curiosity about people"),
        ],
        aspirations: &[
            l("wants to start a podcast with a friend"),
            l("hopes to be a guest on a favourite show"),
            l("wants to listen through the whole back catalogue of {media}"),
            l("wants to turn travel time into learning time"),
        ],
        quotes: &[
            l("I'll send you the episode — start at minute twelve."),
            l("I don't like silence when I'm doing chores."),
            l("My podcast queue is longer than my to-do list."),
            l("One-and-a-half speed is the only speed."),
        ],
        markers: &["podcast", "true crime", "true-crime", "spotify", "audio show", "audio series"],
    },
    Bank {
        values: &["ewallet"],
        data: None,
        generic: Generic {
            brand: "a prepaid e-wallet card",
            place: "the corner shop",
            app: "the e-wallet app",
            media: "the e-wallet's promo page",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} pays for everything by scanning a QR code, from lunch to the bus fare."),
            l("cash hasn't been in {their} wallet for weeks; everything goes through the e-wallet."),
            l("bills with friends get split in seconds through {app}."),
            l("the monthly bills get paid from the e-wallet on payday.").work(),
            l("at the start of each week {they} tops up {app} with a set budget."),
            l("e-wallet cashback offers decide where {they} eats lunch."),
            l("money goes to family straight from the e-wallet, no bank visit needed."),
            l("even the street-food vendor takes {their} QR payment now."),
            l("vouchers inside the e-wallet get used before they expire."),
            l("a nightly glance at the e-wallet history keeps {their} spending in check."),
        ],
        views: &[
            l("Pays with {app} wherever it is accepted"),
            l("Prefers {place} because it accepts e-wallet payments"),
            l("Thinks {app} has the best cashback"),
            l("Finds the cash-out fees on {app} annoying"),
            l("Keeps a small balance on {brand} for daily spending"),
        ],
        media: &[
            l("{app} — promos and cashback checked before buying"),
            l("{app} — bill payments and transfers on payday").work(),
            l("{media} — vouchers claimed before they expire"),
        ],
        pains: &[
            l("shops that are cash only and won't take an e-wallet"),
            l("e-wallet outages at the checkout"),
            l("e-wallet top-up fees"),
            l("phishing messages pretending to be the e-wallet"),
            l("a phone battery dying at the till with the QR code half loaded"),
            l("spending more because e-wallet money doesn't feel real"),
        ],
        triggers: &[
            l("e-wallet cashback promos"),
            l("a new merchant accepting QR payments"),
            l("a friend's referral code for a new e-wallet"),
            l("free transfers between e-wallets"),
            l("in-app vouchers for QR payments"),
            l("a discount for paying bills by e-wallet"),
        ],
        motives: &[
            l("paying without digging for change"),
            l("tracking every bit of spending"),
            l("safety without carrying cash"),
        ],
        aspirations: &[
            l("wants to go a whole year without touching cash"),
            l("hopes to build savings inside the e-wallet"),
            l("wants {their} parents to learn to pay by phone").adult(),
            l("wants every expense tracked automatically"),
        ],
        quotes: &[
            l("I haven't used cash in weeks."),
            l("Scan and go — that's it."),
            l("Cashback decides where I eat."),
            l("If they don't take QR, I'll go next door."),
        ],
        markers: &["e-wallet", "ewallet", "digital wallet", "mobile wallet", "qr payment", "qr code", "scan-to-pay", "cashless", "cashback"],
    },
    Bank {
        values: &["bnpl"],
        data: None,
        generic: Generic {
            brand: "a pay-later plan",
            place: "the electronics store",
            app: "a pay-later app",
            media: "the pay-later promo page",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} splits bigger purchases into four payments through {app}.").adult(),
            l("a calendar reminder marks every instalment date.").adult(),
            l("the new phone, the new shoes and the sofa were all paid in pay-later instalments.").adult(),
            l("the pay-later balance gets checked before anything else is bought.").adult(),
            l("payday goes first to instalments, then to everything else.").adult().work(),
            l("at checkout, the buy-now-pay-later button is the first thing {they} looks for.").adult(),
            l("a spreadsheet lists every instalment plan and the month it ends.").adult(),
            l("whenever a bit of money is left over, {they} pays an instalment early.").adult(),
            l("holiday shopping gets split into pay-later instalments over the next three months.").adult(),
        ],
        views: &[
            l("Uses {app} for anything that costs more than a week's spending").adult(),
            l("Shops at {place} because it offers interest-free instalments").adult(),
            l("Thinks {app} makes big purchases manageable").adult(),
            l("Finds the late fees on {app} harsh").adult(),
            l("Trusts {brand} more than any credit card").adult(),
        ],
        media: &[
            l("{app} — instalment dates checked every week").adult(),
            l("{media} — pay-later deals browsed before big purchases").adult(),
            l("{app} — the remaining balance, checked before any checkout").adult(),
        ],
        pains: &[
            l("late fees on a missed pay-later instalment").adult(),
            l("too many instalment plans running at once").adult(),
            l("a credit score dropping after one missed instalment").adult(),
            l("forgetting a buy-now-pay-later due date").adult(),
            l("instalments piling up after the holidays").adult(),
            l("shops that don't offer pay-later").adult(),
            l("a phone still being paid off in instalments after it breaks").adult(),
            l("checkout pages that hide the pay-later fees until the last step").adult(),
            l("a pay-later limit cut without warning").adult(),
            l("instalments for last year's holiday still due this year").adult(),
        ],
        triggers: &[
            l("zero-interest instalments").adult(),
            l("a big-ticket sale with buy now, pay later at checkout").adult(),
            l("a broken appliance that can only be replaced in instalments").adult(),
            l("a pay-later promo at checkout").adult(),
            l("a new phone launch with a pay-later plan").adult(),
            l("a higher spending limit on the pay-later app").adult(),
            l("a pay-later voucher for first-time users").adult(),
            l("a sale that ends before the money comes in, with pay later on offer").adult(),
            l("a cashback offer for paying in instalments").adult(),
            l("a friend recommending a new pay-later app").adult(),
        ],
        motives: &[
            l("managing cash flow").adult(),
            l("getting what {they} needs now").adult(),
            l("avoiding credit-card interest").adult(),
        ],
        aspirations: &[
            l("wants to clear every instalment by the end of the year").adult(),
            l("hopes to save up for the next big thing instead of splitting it").adult(),
            l("wants a good credit score").adult(),
            l("plans to keep pay-later for emergencies only").adult(),
        ],
        quotes: &[
            l("Four small payments feel easier than one big one.").adult(),
            l("I track every due date.").adult(),
            l("It's not debt if it's interest-free — right?").adult(),
            l("I'd rather split it than skip it.").adult(),
        ],
        markers: &["buy now, pay later", "buy now pay later", "buy-now-pay-later", "pay later", "pay-later", "paylater", "instalment", "installment", "bnpl"],
    },
    Bank {
        values: &["unbanked"],
        data: None,
        generic: Generic {
            brand: "a prepaid card bought with cash",
            place: "the corner shop's cash counter",
            app: "a mobile money app",
            media: "the cash remittance counter",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} is paid in cash and keeps it in envelopes at home.").adult(),
            l("bills are paid in cash over the counter at {place}.").adult(),
            l("sending money to family means queueing with cash at a remittance counter."),
            l("when an online purchase can't be avoided, {they} tops up a prepaid card with cash."),
            l("savings live in cash, in a tin box and a community savings group."),
            l("online orders are paid in cash on delivery."),
            l("with no bank account of {their} own, {they} borrows a relative's card for the rare online purchase."),
            l("each week's cash is split into envelopes: food, transport, rent.").adult(),
            l("receipts for every cash payment go into one folder."),
            l("still without a bank account, {they} keeps putting off the paperwork to open one.").adult(),
        ],
        views: &[
            l("Pays bills in cash at {place} because it is close and quick"),
            l("Uses {app} to send money without a bank account"),
            l("Prefers {brand} because it works without a bank account"),
            l("Finds cash agents for {app} easier to reach than any bank"),
            l("Cashes out at {place} because the fees are lower"),
        ],
        media: &[
            l("{app} — money sent to family and bills paid without a bank account"),
            l("{media} — cash sent home on payday").work(),
            l("{app} — balance checked before every cash withdrawal"),
        ],
        pains: &[
            l("fees on every cash transfer"),
            l("shops and apps that won't take cash"),
            l("so much paperwork to open a bank account that {they} stays unbanked").adult(),
            l("carrying cash late at night"),
            l("no credit history after a life paid in cash").adult(),
            l("the risk of losing cash savings kept at home"),
            l("cash going missing from the envelope at home"),
            l("long queues to send cash at the remittance counter at the end of the month"),
            l("being turned away with cash in hand by card-only shops"),
            l("fees for cashing a cheque without a bank account"),
        ],
        triggers: &[
            l("cash-on-delivery options"),
            l("a no-fee promo for sending cash home"),
            l("a basic account for the unbanked that needs only an ID card").adult(),
            l("a cash-in agent opening nearby"),
            l("a payout from the community savings group"),
            l("a discount for paying cash"),
            l("a shop nearby that still takes cash without complaint"),
            l("a mobile money promo that works without a bank account"),
            l("cash sent home by a relative abroad"),
            l("a savings group starting a new round"),
        ],
        motives: &[
            l("control over every coin"),
            l("avoiding fees"),
            l("trust in what {they} can hold"),
        ],
        aspirations: &[
            l("wants to open a first bank account"),
            l("hopes to build savings that earn something"),
            l("wants a credit history for a future loan").adult(),
            l("wants to stop carrying so much cash"),
        ],
        quotes: &[
            l("If I can hold it, I can count it."),
            l("Cash never crashes."),
            l("Banks want too many papers."),
            l("I know exactly what I have — it's in the envelope."),
        ],
        markers: &["cash", "no bank account", "without a bank", "unbanked", "remittance", "pawnshop", "savings group", "mobile money", "money agent"],
    },
];

#[cfg(test)]
mod tests {
    use super::super::Bank;
    use super::INTEREST_BANKS;
    use crate::audience::{Family, VOCABULARY};
    use crate::locale::INTEREST_KEYS;
    use crate::persona::archetypes::{Line, When};
    use std::collections::HashMap;

    const SLOTS: &[&str] = &[
        "{they}",
        "{them}",
        "{their}",
        "{themself}",
        "{name}",
        "{city}",
        "{brand}",
        "{place}",
        "{app}",
        "{media}",
        "{team}",
    ];

    /// Bare plural verbs that a singular `{they}` must never take ("{they} look").
    const BARE: &[&str] = &[
        "look", "go", "want", "have", "do", "like", "make", "take", "get", "love", "spend", "play",
        "watch", "buy", "use", "keep", "check", "are", "were", "need", "try",
    ];

    /// Records a failure instead of stopping at the first one.
    macro_rules! check {
        ($bad:ident, $cond:expr, $($msg:tt)+) => {
            if !$cond {
                $bad.push(format!($($msg)+));
            }
        };
    }

    fn report(bad: Vec<String>) {
        assert!(
            bad.is_empty(),
            "{} problems:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    fn sections(b: &Bank) -> [(&'static str, &'static [Line]); 8] {
        [
            ("day", b.day),
            ("views", b.views),
            ("media", b.media),
            ("pains", b.pains),
            ("triggers", b.triggers),
            ("motives", b.motives),
            ("aspirations", b.aspirations),
            ("quotes", b.quotes),
        ]
    }

    fn all_lines() -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
        INTEREST_BANKS.iter().flat_map(|b| {
            sections(b)
                .into_iter()
                .flat_map(move |(s, lines)| lines.iter().map(move |l| (b, s, l)))
        })
    }

    fn generics(b: &Bank) -> [&'static str; 5] {
        let g = &b.generic;
        [g.brand, g.place, g.app, g.media, g.team]
    }

    /// Every `{...}` in a text (an unclosed one to the end).
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(i) = rest.find('{') {
            let tail = &rest[i..];
            match tail.find('}') {
                Some(j) => {
                    out.push(&tail[..=j]);
                    rest = &tail[j + 1..];
                }
                None => {
                    out.push(tail);
                    break;
                }
            }
        }
        out
    }

    /// Whether `text` has `phrase` starting at a word boundary.
    fn has_phrase(text: &str, phrase: &str) -> bool {
        format!(" {}", text.to_lowercase()).contains(&format!(" {phrase}"))
    }

    #[test]
    fn every_interest_and_behaviour_value_has_exactly_one_bank() {
        let mut bad = Vec::new();
        let mut wanted = Vec::new();
        for (family, values) in VOCABULARY {
            if matches!(family, Family::Interest | Family::Behaviour) {
                wanted.extend(values.iter().copied());
            }
        }
        for v in &wanted {
            let n = INTEREST_BANKS
                .iter()
                .filter(|b| b.values.contains(v))
                .count();
            check!(bad, n == 1, "{v}: {n} banks");
        }
        for b in INTEREST_BANKS {
            check!(bad, !b.values.is_empty(), "a bank without values");
            for v in b.values {
                check!(
                    bad,
                    wanted.contains(v),
                    "{v} is not an interest or behaviour value"
                );
            }
        }
        report(bad);
    }

    #[test]
    fn banks_meet_the_minimum_counts() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            let v = b.values[0];
            for (s, lines, min) in [
                ("day", b.day, 8),
                ("views", b.views, 5),
                ("media", b.media, 3),
                ("pains", b.pains, 5),
                ("triggers", b.triggers, 5),
                ("motives", b.motives, 3),
                ("aspirations", b.aspirations, 3),
                ("quotes", b.quotes, 4),
            ] {
                check!(
                    bad,
                    lines.len() >= min,
                    "{v}: {} {s}, want {min}",
                    lines.len()
                );
            }
            let n = b.markers.len();
            check!(bad, (6..=15).contains(&n), "{v}: {n} markers");
            check!(bad, b.title.is_none(), "{v}: interest banks have no title");
        }
        report(bad);
    }

    #[test]
    fn data_keys_are_pack_interest_keys() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            if let Some(k) = b.data {
                check!(
                    bad,
                    INTEREST_KEYS.contains(&k),
                    "{}: unknown key {k}",
                    b.values[0]
                );
            }
        }
        report(bad);
    }

    #[test]
    fn only_known_placeholders() {
        let mut bad = Vec::new();
        for (b, s, l) in all_lines() {
            for p in placeholders(l.text) {
                check!(
                    bad,
                    SLOTS.contains(&p),
                    "{} {s}: {p} in {:?}",
                    b.values[0],
                    l.text
                );
            }
            let opens = l.text.matches('{').count();
            let closes = l.text.matches('}').count();
            check!(
                bad,
                opens == closes,
                "{} {s}: unbalanced {:?}",
                b.values[0],
                l.text
            );
        }
        report(bad);
    }

    #[test]
    fn generics_and_markers_are_lower_case() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            let v = b.values[0];
            for s in generics(b) {
                check!(bad, !s.is_empty() && !s.contains('{'), "{v}: generic {s:?}");
                check!(bad, s == s.to_lowercase(), "{v}: generic {s:?}");
            }
            for m in b.markers {
                check!(bad, !m.trim().is_empty(), "{v}: empty marker");
                check!(bad, *m == m.to_lowercase(), "{v}: marker {m:?}");
            }
        }
        report(bad);
    }

    #[test]
    fn views_name_exactly_one_brand_place_or_app() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            for l in b.views {
                let n: usize = ["{brand}", "{place}", "{app}"]
                    .iter()
                    .map(|s| l.text.matches(s).count())
                    .sum();
                check!(bad, n == 1, "{}: {:?}", b.values[0], l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn no_line_is_used_twice() {
        let mut bad = Vec::new();
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (b, _, l) in all_lines() {
            if let Some(other) = seen.insert(l.text, b.values[0]) {
                bad.push(format!("{:?} in both {other} and {}", l.text, b.values[0]));
            }
        }
        report(bad);
    }

    #[test]
    fn sentences_end_with_punctuation_and_items_do_not() {
        let mut bad = Vec::new();
        let terminal = |t: &str| t.ends_with('.') || t.ends_with('!') || t.ends_with('?');
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            let t = l.text;
            check!(
                bad,
                t == t.trim() && !t.contains("  "),
                "{v} {s}: spacing in {t:?}"
            );
            match s {
                "day" | "quotes" => check!(bad, terminal(t), "{v} {s}: no final stop in {t:?}"),
                _ => check!(
                    bad,
                    !t.ends_with('.'),
                    "{v} {s}: list item ends with a stop {t:?}"
                ),
            }
            if s == "media" {
                check!(bad, t.contains(" — "), "{v} media: {t:?}");
            }
            if s == "quotes" {
                check!(
                    bad,
                    !t.contains('"') && !t.contains('{'),
                    "{v} quote: {t:?}"
                );
            }
        }
        report(bad);
    }

    #[test]
    fn aspirations_start_with_a_third_person_verb() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            for l in b.aspirations {
                let first = l.text.split_whitespace().next().unwrap_or("");
                let ok = first.ends_with('s') && first.chars().all(|c| c.is_ascii_lowercase());
                check!(bad, ok, "{}: {:?}", b.values[0], l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn they_takes_singular_verbs() {
        let mut bad = Vec::new();
        for (b, s, l) in all_lines() {
            let words: Vec<&str> = l.text.split_whitespace().collect();
            for w in words.windows(2) {
                if w[0] == "{they}" {
                    let next: String = w[1].chars().filter(|c| c.is_alphabetic()).collect();
                    check!(
                        bad,
                        !BARE.contains(&next.as_str()),
                        "{} {s}: {:?}",
                        b.values[0],
                        l.text
                    );
                }
            }
        }
        report(bad);
    }

    #[test]
    fn coffee_only_in_the_coffee_bank() {
        let mut bad = Vec::new();
        let words = [
            "coffee",
            "latte",
            "espresso",
            "café",
            "cafe",
            "barista",
            "cappuccino",
        ];
        for b in INTEREST_BANKS
            .iter()
            .filter(|b| !b.values.contains(&"coffee"))
        {
            let texts = sections(b)
                .into_iter()
                .flat_map(|(_, lines)| lines.iter().map(|l| l.text))
                .chain(generics(b));
            for t in texts {
                let lower = t.to_lowercase();
                check!(
                    bad,
                    !words.iter().any(|w| lower.contains(w)),
                    "{}: {t:?}",
                    b.values[0]
                );
            }
        }
        report(bad);
    }

    #[test]
    fn work_study_and_retirement_lines_carry_their_conditions() {
        let mut bad = Vec::new();
        let work = [
            "colleague",
            "at work",
            "after work",
            "the office",
            "payday",
            "workday",
            "working week",
            "long shift",
            "way to work",
            "drive to work",
            "rides to work",
        ];
        let study = [
            "lecture",
            "campus",
            "a classmate",
            "after class",
            "before class",
            "to class",
            "an exam",
        ];
        let retired = ["in retirement", "retired now", "retirement routine"];
        for (b, s, l) in all_lines() {
            let f = l.when.flags;
            let v = b.values[0];
            let t = l.text;
            if work.iter().any(|w| has_phrase(t, w)) {
                let ok = f & (When::WORK | When::NOT_RETIRED) != 0;
                check!(bad, ok, "{v} {s}: {t:?} needs .work()");
            }
            if study.iter().any(|w| has_phrase(t, w)) {
                check!(
                    bad,
                    f & When::STUDENT != 0,
                    "{v} {s}: {t:?} needs .student()"
                );
            }
            if retired.iter().any(|w| has_phrase(t, w)) {
                check!(
                    bad,
                    f & When::RETIRED != 0,
                    "{v} {s}: {t:?} needs .retired()"
                );
            }
            if has_phrase(t, "after school") {
                check!(bad, l.when.max_age < 18, "{v} {s}: {t:?} is for teenagers");
            }
            if has_phrase(t, "the kids") {
                check!(bad, f & When::KIDS != 0, "{v} {s}: {t:?} needs .kids()");
            }
        }
        report(bad);
    }

    #[test]
    fn money_and_luxury_banks_are_for_adults() {
        let mut bad = Vec::new();
        let adult_only = ["investing", "crypto", "luxury", "bnpl", "ev"];
        for b in INTEREST_BANKS {
            if !b.values.iter().any(|v| adult_only.contains(v)) {
                continue;
            }
            for (s, lines) in sections(b) {
                for l in lines {
                    check!(
                        bad,
                        l.when.min_age >= 18,
                        "{} {s}: {:?}",
                        b.values[0],
                        l.text
                    );
                }
            }
        }
        report(bad);
    }

    /// Loose words that match unrelated text ("a new café", "the same seat"): a marker
    /// must name the interest or behaviour itself.
    const LOOSE_MARKERS: &[&str] = &[
        "new", "brand", "same", "buy", "bought", "video", "group", "page", "share", "order",
        "market", "sale", "split", "transfer", "early", "points", "usual", "trust",
    ];

    #[test]
    fn every_line_shows_the_facet() {
        let mut bad = Vec::new();
        for b in INTEREST_BANKS {
            let v = b.values[0];
            for m in b.markers {
                check!(bad, !LOOSE_MARKERS.contains(m), "{v}: loose marker {m:?}");
            }
            let g = &b.generic;
            for (s, lines) in [
                ("day", b.day),
                ("views", b.views),
                ("media", b.media),
                ("pains", b.pains),
                ("triggers", b.triggers),
            ] {
                for l in lines {
                    let filled = l
                        .text
                        .replace("{brand}", g.brand)
                        .replace("{place}", g.place)
                        .replace("{app}", g.app)
                        .replace("{media}", g.media)
                        .replace("{team}", g.team)
                        .to_lowercase();
                    check!(
                        bad,
                        b.markers.iter().any(|m| filled.contains(m)),
                        "{v} {s}: no marker in {:?}",
                        l.text
                    );
                }
            }
        }
        report(bad);
    }
}
