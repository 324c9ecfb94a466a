"""The production stack on this machine, for load tests and benchmarks.

``ProductionStack`` creates a dedicated PostgreSQL database, migrates it, collects static
files (whitenoise's manifest storage needs them), starts gunicorn with
``config.settings_production`` (and, if asked, the ``db_worker`` that sends emails) and
stops every process it started, whatever happens. The calling script runs Django
in-process on the same database and settings to create data and check the results.

``Client`` is a small HTTP/1.1 client with its own cookie jar that talks to gunicorn as
the TLS-terminating proxy would (``X-Forwarded-Proto: https``), so secure cookies, HSTS
and CSRF origin checks are those of production.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def redis_url():
    """The local Redis if it answers; otherwise each worker keeps its own memory cache."""
    url = os.environ.get("LOADTEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as error:  # noqa: BLE001
        print(f"(Redis at {url} unavailable, {error}: running without it)", file=sys.stderr)
        return ""
    return url


class ProductionStack:
    """Database, settings and processes of one run; use ``with ProductionStack(...) as stack``."""

    def __init__(self, name, *, workers=4, worker_process=True, extra_env=None):
        server_url = os.environ.get("LOADTEST_POSTGRES_URL", DEFAULT_SERVER_URL).rstrip("/")
        self.database = os.environ.get("LOADTEST_DATABASE", name)
        self.database_url = f"{server_url}/{self.database}"
        self.admin_url = f"{server_url}/postgres"
        self.workers = workers
        self.worker_process = worker_process
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.tmp = Path(tempfile.mkdtemp(prefix=f"{name}-"))
        self.mail_dir = self.tmp / "mail"
        self.mail_dir.mkdir()
        self.processes = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings_production",
            "DATABASE_URL": self.database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "STATIC_ROOT": str(self.tmp / "static"),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "TASKS_BACKEND": "database",
            "REDIS_URL": redis_url(),
            "CACHE_KEY_PREFIX": f"{name}-{secrets.token_hex(4)}",
            "SITE_URL": "https://127.0.0.1",
            "LOG_LEVEL": "WARNING",
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_LOG_LEVEL": "warning",
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        self.log = self.tmp / "server.log"

    # Database -----------------------------------------------------------------------
    def _admin_sql(self, *statements):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self):
        self._admin_sql(
            f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)',
            f'CREATE DATABASE "{self.database}"',
        )

    def drop_database(self):
        from django.db import connections

        connections.close_all()
        self._admin_sql(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def setup_django(self):
        """Django in this process, on the run's database with the production settings."""
        os.environ.update(self.env)
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()

    def prepare(self):
        """Fresh database, migrations and collectstatic (in parallel), then Django here."""
        started = time.perf_counter()
        self.create_database()
        commands = [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
        running = [
            subprocess.Popen(
                [PYTHON, "manage.py", *command], cwd=ROOT, env=self.env,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            )
            for command in commands
        ]
        for command, process in zip(commands, running, strict=True):
            _out, errors = process.communicate(timeout=900)
            if process.returncode:
                raise RuntimeError(f"manage.py {command[0]} failed: {errors}")
        # Only now: the static files storage reads its manifest once, when first used.
        self.setup_django()
        return time.perf_counter() - started

    # Processes ----------------------------------------------------------------------
    def _spawn(self, args):
        log = open(self.log, "a")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_file = log
        self.processes.append(process)
        return process

    def start(self):
        self.gunicorn = self._spawn([
            PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.conf.py",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
            "--max-requests", "0", "config.wsgi",
        ])
        if self.worker_process:
            self._spawn([PYTHON, "manage.py", "db_worker", "--interval", "0.2"])
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.gunicorn.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log.read_text()}")
            try:
                status, _headers, _body = Client(self).request("GET", "/healthz")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer /healthz in 90 s:\n{self.log.read_text()}")

    def worker_pids(self):
        """gunicorn's worker processes (children of the master)."""
        children = Path(f"/proc/{self.gunicorn.pid}/task/{self.gunicorn.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            process.log_file.close()
        self.processes = []

    def server_errors(self):
        """Server errors in the log: Django's 500s and gunicorn's failed requests."""
        text = self.log.read_text() if self.log.exists() else ""
        markers = ("Internal Server Error", "Error handling request", "WORKER TIMEOUT")
        return [line for line in text.splitlines() if any(marker in line for marker in markers)]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        if os.environ.get("LOADTEST_KEEP_DATABASE") != "1":
            try:
                self.drop_database()
            except Exception as error:  # noqa: BLE001 - cleaning up must not hide the result
                print(f"(could not drop {self.database}: {error})", file=sys.stderr)
        return False


class Client:
    """One visitor: its own connection and cookie jar, behind the HTTPS proxy."""

    def __init__(self, stack, timeout=60):
        self.stack = stack
        self.cookies = {}
        self.timeout = timeout
        self.connection = None

    def _connection(self):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.stack.port, timeout=self.timeout)
        return self.connection

    def request(self, method, path, body=None, headers=None, proxy_https=True):
        all_headers = {"Host": f"127.0.0.1:{self.stack.port}", "User-Agent": "loadtest"}
        if proxy_https:
            all_headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if isinstance(body, dict):
            body = urllib.parse.urlencode(body)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if method not in ("GET", "HEAD", "OPTIONS"):
            all_headers["Origin"] = f"https://127.0.0.1:{self.stack.port}"
        all_headers.update(headers or {})
        # A stale keep-alive connection is retried once, for reads only: a POST is never
        # sent twice.
        attempts = 2 if method in ("GET", "HEAD") else 1
        for attempt in range(attempts):
            connection = self._connection()
            try:
                connection.request(method, path, body=body, headers=all_headers)
                response = connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == attempts - 1:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, dict(response.getheaders()), data

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(html):
    match = CSRF_INPUT.search(html)
    if not match:
        raise AssertionError("no CSRF token in the form page")
    return match.group(1).decode()


@contextmanager
def timed():
    started = time.perf_counter()
    result = {}
    yield result
    result["seconds"] = time.perf_counter() - started
