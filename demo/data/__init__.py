"""The demo's written texts, French next to English (``text.py`` keeps them readable)."""
