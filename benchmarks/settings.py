"""Production settings plus the benchmark-only bare page type (``benchmarks.barepage``)."""

from config.settings_production import *  # noqa: F403
from config.settings_production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.barepage"]
