"""Uploaded media: the file system by default, an S3-compatible bucket when MEDIA_STORAGE=s3.

No network: boto3 builds unsigned links by itself, and the upload is answered by botocore's
Stubber, which stands in for the object storage service at the client's edge.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from botocore.stub import ANY, Stubber
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import HttpResponse
from django.test import RequestFactory
from storages.backends.s3 import S3Storage

from config.middleware import ContentSecurityPolicyMiddleware
from config.settings import media_storage

ROOT = Path(__file__).resolve().parent.parent

BUCKET_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "innovation-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.objets.example.net",
    "AWS_S3_REGION_NAME": "fr-par",
    "AWS_S3_ADDRESSING_STYLE": "path",
}


def test_file_system_is_the_default():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_storage({"MEDIA_STORAGE": "filesystem"})["BACKEND"].endswith("FileSystemStorage")
    assert isinstance(default_storage, FileSystemStorage)


def test_s3_needs_a_bucket_and_a_known_kind():
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        media_storage({"MEDIA_STORAGE": "s3"})
    with pytest.raises(ImproperlyConfigured, match="filesystem or s3"):
        media_storage({"MEDIA_STORAGE": "ftp"})


def test_s3_options_come_from_the_environment():
    storage = media_storage({**BUCKET_ENV, "AWS_LOCATION": "/site/media/"})
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "innovation-media"
    assert options["endpoint_url"] == "https://s3.objets.example.net"
    assert options["region_name"] == "fr-par"
    assert options["location"] == "site/media"
    # Public links by default, and no upload ever replaces a file of the same name.
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False
    assert options["custom_domain"] is None
    assert media_storage({**BUCKET_ENV, "AWS_QUERYSTRING_AUTH": "true"})["OPTIONS"][
        "querystring_auth"
    ]


def test_the_switch_reaches_django_in_a_fresh_process():
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_"))},
        **BUCKET_ENV,
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    code = (
        "from django.core.files.storage import storages; s = storages['default'];"
        "print(type(s).__name__, s.bucket_name, s.url('images/affiche.jpg'))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "innovation-media",
        "https://s3.objets.example.net/innovation-media/media/images/affiche.jpg",
    ]


@pytest.fixture
def bucket(settings, monkeypatch):
    """The S3 storage of BUCKET_ENV (with a CDN domain), its client stubbed."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage({**BUCKET_ENV, "AWS_S3_CUSTOM_DOMAIN": "medias.example.fr"}),
    }
    client = default_storage.connection.meta.client
    with Stubber(client) as stubber:
        yield default_storage, stubber


def test_an_upload_goes_to_the_bucket_under_the_media_prefix(bucket):
    storage, stubber = bucket
    assert isinstance(storage._wrapped, S3Storage)
    # Not there yet (file_overwrite=False asks before choosing the name), then stored.
    stubber.add_client_error("head_object", service_error_code="404", http_status_code=404)
    stubber.add_response(
        "put_object",
        {"ETag": '"1"'},
        {
            "Bucket": "innovation-media",
            "Key": "media/documents/programme-2021.pdf",
            "Body": ANY,
            "ContentType": "application/pdf",
            "CacheControl": "public, max-age=86400",
            "ChecksumAlgorithm": ANY,
        },
    )
    name = storage.save("documents/programme-2021.pdf", ContentFile(b"%PDF-1.7 programme"))
    stubber.assert_no_pending_responses()
    assert name == "documents/programme-2021.pdf"
    assert storage.url(name) == "https://medias.example.fr/media/documents/programme-2021.pdf"


def test_pages_allow_images_from_the_media_origin(bucket):
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
    policy = middleware(RequestFactory().get("/fr/"))["Content-Security-Policy"]
    assert "img-src 'self' data: https://medias.example.fr;" in policy
    assert "media-src 'self' https://medias.example.fr;" in policy
    assert "script-src 'self';" in policy


def test_file_system_media_add_nothing_to_the_policy():
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
    policy = middleware(RequestFactory().get("/fr/"))["Content-Security-Policy"]
    assert "img-src 'self' data:;" in policy
