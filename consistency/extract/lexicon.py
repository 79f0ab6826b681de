"""Word lists extraction relies on: units, currencies, scale words, qualifiers.

Units map to pint unit names so the conversion rule can hand them to pint
directly; extraction itself never imports pint (it is slow to start).
"""

from __future__ import annotations

#: surface form (lowercase) -> pint unit name. Longest forms are tried first.
UNITS: dict[str, str] = {
    # length
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometer": "kilometer", "km": "kilometer", "kms": "kilometer",
    "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter", "m": "meter",
    "centimetres": "centimeter", "centimeters": "centimeter", "centimetre": "centimeter",
    "centimeter": "centimeter", "cm": "centimeter",
    "millimetres": "millimeter", "millimeters": "millimeter", "millimetre": "millimeter",
    "millimeter": "millimeter", "mm": "millimeter",
    "miles": "mile", "mile": "mile", "mi": "mile",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    "feet": "foot", "foot": "foot", "ft": "foot",
    "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard", "yd": "yard",
    # area
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "sq km": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "sq m": "meter ** 2",
    "m2": "meter ** 2", "m²": "meter ** 2", "square feet": "foot ** 2", "sq ft": "foot ** 2",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "acres": "acre", "acre": "acre",
    # mass
    "tonnes": "metric_ton", "tonne": "metric_ton", "metric tons": "metric_ton",
    "metric ton": "metric_ton", "tons": "ton", "ton": "ton", "t": "metric_ton",
    "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram", "kilo": "kilogram",
    "kg": "kilogram", "kgs": "kilogram",
    "grams": "gram", "gram": "gram", "g": "gram", "milligrams": "milligram", "mg": "milligram",
    "pounds": "pound", "pound": "pound", "lbs": "pound", "lb": "pound",
    "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    # volume
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "l": "liter",
    "millilitres": "milliliter", "milliliters": "milliliter", "ml": "milliliter",
    "gallons": "gallon", "gallon": "gallon", "gal": "gallon",
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "m3": "meter ** 3",
    "barrels": "oil_barrel", "barrel": "oil_barrel", "bbl": "oil_barrel",
    # speed
    "km/h": "kilometer / hour", "kph": "kilometer / hour", "kmh": "kilometer / hour",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "kilometres an hour": "kilometer / hour", "kilometers an hour": "kilometer / hour",
    "mph": "mile / hour", "miles per hour": "mile / hour", "miles an hour": "mile / hour",
    "knots": "knot", "knot": "knot", "m/s": "meter / second",
    # temperature
    "°c": "degC", "ºc": "degC", "degrees celsius": "degC", "degree celsius": "degC",
    "degrees c": "degC", "deg celsius": "degC", "celsius": "degC", "centigrade": "degC",
    "°f": "degF", "ºf": "degF", "degrees fahrenheit": "degF", "degree fahrenheit": "degF",
    "degrees f": "degF", "deg fahrenheit": "degF", "fahrenheit": "degF",
    "c": "degC", "f": "degF", "celcius": "degC", "farenheit": "degF", "centigrate": "degC",
    "deg c": "degC", "deg f": "degF", "deg. c": "degC", "deg. f": "degF", "degree c": "degC",
    "degree f": "degF", "degrees centigrade": "degC", "degrees": "degree", "degree": "degree",
    "deg": "degree", "°": "degree", "º": "degree",
    # data, frequency, small masses, kitchen measures, other lengths
    "bits": "bit", "bit": "bit", "bytes": "byte", "byte": "byte", "kb": "kilobyte",
    "kilobytes": "kilobyte", "mb": "megabyte", "megabytes": "megabyte", "gb": "gigabyte",
    "gigabytes": "gigabyte", "tb": "terabyte", "terabytes": "terabyte",
    "petabytes": "petabyte", "exabytes": "exabyte",
    "ghz": "gigahertz", "mhz": "megahertz", "khz": "kilohertz", "hz": "hertz",
    "micrograms": "microgram", "microgram": "microgram", "µg": "microgram",
    "μg": "microgram", "mcg": "microgram", "microgrammes": "microgram",
    "milligrammes": "milligram", "milligram": "milligram", "grammes": "gram",
    "tablespoons": "tablespoon", "tablespoon": "tablespoon", "tbsp": "tablespoon",
    "teaspoons": "teaspoon", "teaspoon": "teaspoon", "tsp": "teaspoon", "cups": "cup",
    "decimetres": "decimeter", "decimeters": "decimeter", "dm": "decimeter",
    "nanometres": "nanometer", "nanometers": "nanometer", "nm": "nanometer",
    "micrometres": "micrometer", "micrometers": "micrometer", "microns": "micrometer",
    "centilitres": "centiliter", "centiliters": "centiliter", "cl": "centiliter",
    "light years": "light_year", "light-years": "light_year",
    "kmph": "kilometer / hour", "km/hr": "kilometer / hour", "km per hour": "kilometer / hour",
    "kilometres an hr": "kilometer / hour", "wh": "watt_hour", "watts": "watt", "watt": "watt",
    "kilovolts": "kilovolt", "kv": "kilovolt", "volts": "volt", "amps": "ampere",
    "square yards": "yard ** 2", "cubic feet": "foot ** 3", "cubic foot": "foot ** 3",
    "cubic yards": "yard ** 3", "cubic kilometres": "kilometer ** 3",
    "cubic kilometers": "kilometer ** 3", "km3": "kilometer ** 3", "km^3": "kilometer ** 3",
    "km^2": "kilometer ** 2", "sq. km": "kilometer ** 2", "sq. miles": "mile ** 2",
    "metric tonnes": "metric_ton", "megatonnes": "megametric_ton", "kilotonnes": "kilometric_ton",
    "kilotons": "kiloton", "megatons": "megaton", "radians": "radian", "rad": "radian",
    # energy and power
    "megawatts": "megawatt", "megawatt": "megawatt", "mw": "megawatt",
    "gigawatts": "gigawatt", "gigawatt": "gigawatt", "gw": "gigawatt",
    "kilowatts": "kilowatt", "kilowatt": "kilowatt", "kw": "kilowatt",
    "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour", "kwh": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour", "mwh": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour",
}  # fmt: skip

#: Short unit forms that are only units when glued to the number or after a
#: space with a non-letter following ("5 m" yes, "5 m people" no).
AMBIGUOUS_SHORT_UNITS = frozenset({"m", "t", "g", "l", "c", "f", "ha", "mi", "gal", "in"})


CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
    "nz$": "NZD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "₽": "RUB", "₴": "UAH", "chf": "CHF",
    "元": "CNY", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "₿": "BTC", "s$": "SGD", "r$": "BRL", "mex$": "MXN",
    "aud$": "AUD", "cad$": "CAD", "usd$": "USD", "nzd$": "NZD", "mxn$": "MXN", "c $": "CAD",
    "hk $": "HKD", "us $": "USD", "u.s. $": "USD", "u.s $": "USD",
}  # fmt: skip

#: ISO codes written next to a number ("USD 200", "500 USD", "40 rmb").
CURRENCY_CODES: dict[str, str] = {
    c.lower(): ("CNY" if c == "RMB" else c)
    for c in """USD EUR GBP JPY CNY RMB CHF CAD AUD INR RUB UAH HKD NZD SEK NOK DKK PLN TRY BRL
    ZAR MXN KRW SGD ILS NGN AED SAR BTC""".split()
}
#: Codes that may be written in lower case ("20 usd"); the rest must be capitals
#: ("try", "sek" are words or names).
LOWERCASE_CODES = frozenset({"usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "chf"})

CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "hryvnias": "UAH", "hryvnia": "UAH",
    "francs": "CHF", "swiss francs": "CHF", "pesos": "MXN", "lira": "TRY", "liras": "TRY",
    "won": "KRW", "rand": "ZAR", "reais": "BRL", "real": "BRL", "shekels": "ILS",
    "naira": "NGN", "kroner": "NOK", "kronor": "SEK", "zlotys": "PLN", "zloty": "PLN",
    "finnish markka": "FIM", "markka": "FIM", "marks": "DEM",
    "cents": "cent", "cent": "cent", "pence": "pence", "penny": "pence",
    "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "taiwan dollars": "TWD", "chinese yuan": "CNY",
    "japanese yen": "JPY", "turkish lira": "TRY", "turkish liras": "TRY",
    "mexican pesos": "MXN", "indian rupees": "INR", "pakistani rupees": "PKR",
    "swedish kronor": "SEK", "danish kroner": "DKK", "norwegian kroner": "NOK",
    "south african rand": "ZAR", "brazilian reais": "BRL", "russian roubles": "RUB",
    "russian rubles": "RUB", "ukrainian hryvnias": "UAH", "guilders": "NLG",
    "dutch guilders": "NLG", "pesetas": "ESP", "riyals": "SAR", "dirhams": "AED",
    "bitcoins": "BTC", "bitcoin": "BTC", "btc": "BTC", "rmb": "CNY", "usd": "USD",
    "eur": "EUR", "gbp": "GBP",
}  # fmt: skip

#: Scale words and suffixes -> multiplier.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "k": 1e3,
    "m": 1e6, "b": 1e9, "lakh": 1e5, "crore": 1e7, "tln": 1e12, "dozen": 12, "dozens": 12,
    "mil": 1e6, "mm": 1e6, "t": 1e12,
}  # fmt: skip

#: Qualifier phrases before a number -> contract qualifier.
QUALIFIER_BEFORE: dict[str, str] = {
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "c.": "approx", "approx.": "approx", "~": "approx", "nearly": "approx",
    "almost": "approx", "close to": "approx", "just under": "approx", "just over": "approx",
    "an approximate": "approx", "about some": "approx", "as many as": "at_most",
    "more than": "over", "over": "over", "above": "over", "in excess of": "over",
    "upwards of": "over", "upward of": "over", "exceeding": "over", "greater than": "over",
    ">": "over", "well over": "over", "well above": "over",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "≥": "at_least",
    "fewer than": "under", "less than": "under", "under": "under", "below": "under",
    "<": "under", "well under": "under", "well below": "under",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "≤": "at_most",
    # comparatives as reports and data tables write them
    "larger than": "over", "bigger than": "over", "higher than": "over",
    "exceed": "over", "exceeds": "over", "exceeded": "over", "surpass": "over",
    "surpassing": "over", "surpassed": "over", "surpasses": "over", "topping": "over",
    "north of": "over", "lower than": "under", "smaller than": "under", "shy of": "under",
    "short of": "under", "just shy of": "approx", "nearing": "approx", "approaching": "approx",
    "more or less": "approx", "an estimated total of": "approx", "roughly some": "approx",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "at least or equal to": "at_least", "bigger or equal than": "at_least",
    "higher or equal than": "at_least", "larger or equal than": "at_least",
    "greater or equal than": "at_least", "greater or equal to": "at_least",
    "less than or equal to": "at_most", "equal to or less than": "at_most",
    "equal to or fewer than": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "less or equal than": "at_most",
    "less or equal to": "at_most", "fewer than or equal to": "at_most",
    ">=": "at_least", "=>": "at_least", "> =": "at_least", "<=": "at_most", "=<": "at_most",
    "< =": "at_most", "a minimum": "at_least", "as few as": "at_least",
    "as much as": "at_most", "as high as": "at_most", "as little as": "at_least",
    # "hailstones as large as 5 cm", "children as young as 12", "topped $3 trillion"
    "as large as": "at_most", "as big as": "at_most", "as long as": "at_most",
    "as far as": "at_most", "as heavy as": "at_most", "as tall as": "at_most",
    "as deep as": "at_most", "as old as": "at_most", "as great as": "at_most",
    "as low as": "at_least", "as young as": "at_least", "as small as": "at_least",
    "as short as": "at_least", "topped": "over", "tops": "over", "near": "approx",
}  # fmt: skip

#: Counted nouns that are places: "drones over three regions" is where, not how many.
PLACE_NOUNS = frozenset(
    """region oblast district area city town village province territory country state county
    sea settlement location site front direction sector border zone raion krai republic island
    municipality community neighbourhood neighborhood locality regions""".split()
)

#: Qualifier phrases after a number ("10 or more", "5,000+").
QUALIFIER_AFTER: dict[str, str] = {
    "or more": "at_least", "or so": "approx", "or fewer": "at_most", "or less": "at_most",
    "plus": "at_least", "+": "at_least", "-plus": "at_least", "odd": "approx",
    "and more": "at_least", "or greater": "at_least", "or higher": "at_least",
    "or above": "at_least", "and above": "at_least", "or over": "at_least",
    "and over": "at_least", "and up": "at_least", "and upwards": "at_least",
    "and upward": "at_least", "or upwards": "at_least", "and higher": "at_least",
    "and greater": "at_least", "or lower": "at_most", "or below": "at_most",
    "or under": "at_most", "and under": "at_most", "and below": "at_most",
    "and less": "at_most", "and fewer": "at_most", "and lower": "at_most",
}  # fmt: skip

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Nouns that make a figure a duration rather than a count.
TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year",
     "decade", "century", "weekend", "season", "term"}
)  # fmt: skip

#: Capitalised words that introduce an identifier ("Gate 12", "Flight 370").
IDENTIFIER_WORDS = frozenset(
    w.lower()
    for w in """STOXX Nikkei FTSE Russell Dow DAX CAC Sensex Nifty ASX TSX KOSPI MSCI Gate Block Flight Route Highway Interstate Article Section Chapter Room Unit
    Level Terminal Building Lot Bus Line Apartment Apt Suite No Nos Number Resolution
    Act Amendment Proposition Prop Phase Stage Season Episode Game Round Group Division Ward
    Precinct Zone Sector Camp Hangar Pier Track Lane Exit Windows Version Model Type Class
    Category Grade Team Vol Volume Page Figure Fig Table Item Paragraph Clause Cell Bay Runway
    Channel Apollo Soyuz Boeing Airbus Falcon Part Title Schedule Form Box Pillar Tier Option
    Plan Project Operation Mark Mk Batch Wave Squad Brigade Regiment Battalion Corps Army
    Fleet Squadron Wing Cohort Generation Gen Rev Revision Release Ubuntu Python iPhone
    Galaxy Pixel Tesla Note Series Cup Day Week""".split()
)
