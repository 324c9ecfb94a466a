"""A Wagtail page type with a minimal template and no site shell: the floor that the
benchmarks compare our pages to. Installed by ``benchmarks.settings`` only, never by the
site's settings, so it cannot appear in production's admin or URLs."""
