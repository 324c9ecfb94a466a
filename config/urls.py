from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import health
from search import views as search_views
from seo import views as seo_views
from shell.page_editor import CreatePageView

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    # Throttled sign-in and single sign-on, ahead of Wagtail's own sign-in page.
    path("admin/", include("accounts.urls")),
    # Wagtail's add form with autosave off (see shell.page_editor); same URL, found first.
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        CreatePageView.as_view(),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("recherche/", search_views.search, name="search"),
    path("", include("registrations.urls")),
    path("", include("proposals.urls")),
    path("", include("ideas.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "shell.views.bad_request"
handler404 = "shell.views.page_not_found"
handler500 = "shell.views.server_error"
handler403 = "shell.views.permission_denied"
