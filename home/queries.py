"""What the home page shows, prefetched."""


def home_context(home_page):
    return {}
