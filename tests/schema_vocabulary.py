"""The part of the schema.org vocabulary the site uses, written from schema.org, to check
JSON-LD without the network: each type's properties (its own and inherited ones), what
each property expects, and the enumeration members used."""

THING = {"@context", "@type", "name", "description", "url", "image", "sameAs"}
ORGANIZATION = THING | {"email", "address", "logo"}
TYPES = {
    "Event": THING
    | {
        "startDate",
        "endDate",
        "eventStatus",
        "eventAttendanceMode",
        "location",
        "organizer",
        "offers",
        "inLanguage",
        "maximumAttendeeCapacity",
        "remainingAttendeeCapacity",
    },
    "Organization": ORGANIZATION,
    "Place": THING | {"address"},
    "VirtualLocation": THING,
    "PostalAddress": THING
    | {"streetAddress", "addressRegion", "addressCountry", "postalCode", "addressLocality"},
    "Offer": THING | {"price", "priceCurrency", "availability", "validFrom", "validThrough"},
}
# What a property's value may be: schema.org types, "Text", "URL", "DateTime", "Integer",
# "Number", or an enumeration (a set of member URLs).
SCHEMA = "https://schema.org/"
EXPECTS = {
    "name": {"Text"},
    "description": {"Text"},
    "url": {"URL"},
    "image": {"URL"},
    "sameAs": {"URL"},
    "email": {"Text"},
    "logo": {"URL"},
    "startDate": {"DateTime"},
    "endDate": {"DateTime"},
    "validFrom": {"DateTime"},
    "validThrough": {"DateTime"},
    "inLanguage": {"Text"},
    "location": {"Place", "VirtualLocation", "PostalAddress", "Text"},
    "organizer": {"Organization", "Person"},
    "offers": {"Offer"},
    "address": {"PostalAddress", "Text"},
    "streetAddress": {"Text"},
    "addressRegion": {"Text"},
    "addressCountry": {"Text"},
    "price": {"Text", "Number"},
    "priceCurrency": {"Text"},
    "maximumAttendeeCapacity": {"Integer"},
    "remainingAttendeeCapacity": {"Integer"},
    "eventStatus": {
        SCHEMA + member
        for member in (
            "EventScheduled",
            "EventCancelled",
            "EventPostponed",
            "EventRescheduled",
            "EventMovedOnline",
        )
    },
    "eventAttendanceMode": {
        SCHEMA + member
        for member in (
            "OfflineEventAttendanceMode",
            "OnlineEventAttendanceMode",
            "MixedEventAttendanceMode",
        )
    },
    "availability": {
        SCHEMA + member
        for member in (
            "InStock",
            "LimitedAvailability",
            "SoldOut",
            "PreOrder",
            "PreSale",
            "OutOfStock",
            "Discontinued",
            "OnlineOnly",
            "InStoreOnly",
            "BackOrder",
        )
    },
}


def _check_scalar(path, value, expected):
    import datetime

    if any(kind.startswith(SCHEMA) for kind in expected):
        return [] if value in expected else [f"{path}: {value!r} is not one of its members"]
    if "Integer" in expected and isinstance(value, int) and not isinstance(value, bool):
        return []
    if "Number" in expected and isinstance(value, int | float):
        return []
    if not isinstance(value, str) or not value:
        return [f"{path}: {value!r} is not a non-empty text"]
    if expected & {"Text"}:
        return []
    if "URL" in expected:
        return [] if value.startswith(("http://", "https://")) else [f"{path}: not a URL"]
    if "DateTime" in expected:
        parsed = datetime.datetime.fromisoformat(value)
        return [] if parsed.utcoffset() is not None else [f"{path}: no time zone offset"]
    return [f"{path}: {value!r} is not {sorted(expected)}"]


def problems(data, path="$", expected=None):
    """Every way ``data`` (a JSON-LD object or list) strays from the vocabulary above."""
    if isinstance(data, list):
        found = []
        for index, item in enumerate(data):
            found += problems(item, f"{path}[{index}]", expected)
        return found
    if not isinstance(data, dict):
        return _check_scalar(path, data, expected or set())
    kind = data.get("@type")
    if kind not in TYPES:
        return [f"{path}: unknown type {kind!r}"]
    if expected is not None and kind not in expected:
        return [f"{path}: {kind} where {sorted(expected)} is expected"]
    found = []
    for name, value in data.items():
        if name not in TYPES[kind]:
            found.append(f"{path}.{name}: not a property of {kind}")
        elif name == "@context":
            if value != "https://schema.org":
                found.append(f"{path}.@context: {value!r}")
        elif name != "@type":
            found += problems(value, f"{path}.{name}", EXPECTS[name])
    return found
