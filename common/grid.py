"""Column classes for a grid of cards that never ends on a lone card."""

PHONE = "fr-col-12"


def balanced_columns(count):
    """One DSFR column class per card: three a row on large screens, two on medium ones.

    A last row that would hold one card on its own takes the row before it into rows of
    two (3 + 1 becomes 2 + 2); on medium screens an odd last card spans the row.
    """
    if count <= 0:
        return []
    if count == 1:
        return [PHONE]
    large = ["fr-col-lg-4"] * count
    rest = count % 3
    pairs = 4 if rest == 1 else 2 if rest == 2 else 0
    for index in range(count - pairs, count):
        large[index] = "fr-col-lg-6"
    medium = ["fr-col-md-6"] * count
    if count % 2:
        medium[-1] = "fr-col-md-12"
    return [f"{PHONE} {md} {lg}" for md, lg in zip(medium, large, strict=True)]


def in_balanced_grid(items):
    """``items`` as (item, column classes) pairs."""
    items = list(items)
    return list(zip(items, balanced_columns(len(items)), strict=True))
