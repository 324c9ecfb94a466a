"""Languages in the shell: the switcher, the hreflang alternates, ``lang`` on foreign links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html

from shell.lookups import current_page, home_pages, language, page_translations, page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def lang_attr(context, page):
    """` lang="xx"` when ``page`` is written in another language than the one displayed."""
    locales = {home.locale_id: code for code, home in home_pages(context).items()}
    code = locales.get(getattr(page, "locale_id", None))
    if code and code != language():
        return format_html(' lang="{}"', code)
    return ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One entry per language: the same page in that language, or the home page and a note."""
    request = context.get("request")
    page = current_page(context)
    homes = home_pages(context)
    translations = page_translations(context)
    current = language()
    entries = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "translated": True}
        if entry["current"]:
            entry["url"] = request.get_full_path() if request else "#"
        elif context.get("is_error_page"):
            entry["url"] = page_url(homes.get(code), request) or f"/{code}/"
        elif page is not None:
            translated = translations.get(code)
            if translated is not None:
                # The same view in the other language: the programme's filters, archive and
                # page number (the query string) come along.
                entry["url"] = page_url(translated, request)
                if entry["url"] and request is not None and request.GET:
                    entry["url"] += "?" + request.GET.urlencode()
            else:
                entry["translated"] = False
                entry["url"] = page_url(homes.get(code), request) or f"/{code}/"
        elif request is not None:
            entry["url"] = translate_url(request.get_full_path(), code)
        else:
            entry["url"] = f"/{code}/"
        entries.append(entry)
    return {"entries": entries, "current": current}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """``<link rel="alternate" hreflang>`` for every live version of this page (absolute URLs)."""
    request = context.get("request")
    if request is None or context.get("is_error_page"):
        return {"alternates": []}
    page = current_page(context)
    urls = {}
    if page is not None:
        for code, translated in page_translations(context).items():
            url = page_url(translated, request)
            if url:
                urls[code] = url
    else:
        for code, _name in settings.LANGUAGES:
            urls[code] = translate_url(request.path, code)
    alternates = [
        {"code": code, "url": request.build_absolute_uri(urls[code])}
        for code, _name in settings.LANGUAGES
        if code in urls
    ]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        alternates.append({"code": "x-default", "url": request.build_absolute_uri(default)})
    return {"alternates": alternates}
