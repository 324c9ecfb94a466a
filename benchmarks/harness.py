"""The production stack on this machine, for load tests and benchmarks.

``ProductionStack`` creates a dedicated PostgreSQL database, migrates it, collects static
files (whitenoise's manifest storage needs them), starts one or more gunicorn instances
with ``config.settings_production`` (each on its own port, like app servers behind a load
balancer) and as many ``db_worker`` task workers as asked (each writing its emails to its
own folder), and stops every process it started, whatever happens. Every process shares
the one database and the one Redis, as several servers would. The calling script runs
Django in-process on the same database and settings to create data and check the results.

``Client`` is a small HTTP/1.1 client with its own cookie jar that talks to an instance as
the TLS-terminating proxy would (``X-Forwarded-Proto: https``, one public host name for
every instance), so secure cookies, HSTS and CSRF origin checks are those of production.
"""

import http.client
import os
import re
import secrets
import shutil
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
    """The local Redis, which the production settings require (cache and rate limits)."""
    url = os.environ.get("LOADTEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as error:  # noqa: BLE001
        raise RuntimeError(f"Redis at {url} does not answer ({error}): start it") from error
    return url


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu_seconds(pid):
    """CPU seconds (user and system) used so far by one process (``/proc``, Linux only)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def cpu_seconds():
    """CPU seconds (user and system) used so far by each kind of process on this machine:
    the web servers (gunicorn), PostgreSQL, Redis, the task workers, and this process (the
    load generator). Linux only (``/proc``); an empty count elsewhere. The difference of two
    readings says where the CPU of what ran in between went: on a 2-core machine every
    process takes from the same two cores."""
    seconds = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            used = process_cpu_seconds(entry.name)
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(entry.name) == os.getpid():
            kind = "load generator"
        elif "gunicorn" in command:
            kind = "web"
        elif command.split(" ")[0].rstrip(":").endswith("postgres"):
            kind = "database"
        elif "redis-server" in command:
            kind = "redis"
        elif "db_worker" in command:
            kind = "task workers"
        else:
            continue
        seconds[kind] = seconds.get(kind, 0.0) + used
    return seconds


def cpu_ms_each(before, after, count):
    """Milliseconds of CPU per request by kind of process, between two ``cpu_seconds()``."""
    return {
        kind: round(1000 * (after[kind] - before.get(kind, 0.0)) / count, 2)
        for kind in sorted(after)
        if after[kind] - before.get(kind, 0.0) > 0
    }


class ProductionStack:
    """Database, settings and processes of one run; use ``with ProductionStack(...) as stack``."""

    def __init__(
        self,
        name,
        *,
        workers=4,
        instances=1,
        task_workers=1,
        settings="config.settings_production",
        extra_env=None,
    ):
        server_url = os.environ.get("LOADTEST_POSTGRES_URL", DEFAULT_SERVER_URL).rstrip("/")
        self.database = os.environ.get("LOADTEST_DATABASE", name)
        self.database_url = f"{server_url}/{self.database}"
        self.admin_url = f"{server_url}/postgres"
        self.workers = workers
        self.task_workers = task_workers
        self.ports = [free_port() for _ in range(instances)]
        self.port = self.ports[0]
        self.tmp = Path(tempfile.mkdtemp(prefix=f"{name}-"))
        # Each task worker (and each one-off job) writes its emails to a folder of its own
        # under this one: read them all with read_emails().
        self.mail_dir = self.tmp / "mail"
        self.mail_dir.mkdir()
        self.processes = []
        self.gunicorns = []
        self.task_processes = []
        # Whether load tests hold the task workers during a burst (pause_task_workers).
        self.hold_task_workers = True
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings,
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
                [PYTHON, "manage.py", *command],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
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
    def _spawn(self, args, env=None):
        log = open(self.log, "a")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_file = log
        self.processes.append(process)
        return process

    def mail_env(self, name):
        folder = self.mail_dir / name
        folder.mkdir(exist_ok=True)
        return {"EMAIL_FILE_PATH": str(folder)}

    def start(self):
        for port in self.ports:
            self.gunicorns.append(
                self._spawn(
                    [
                        PYTHON,
                        "-m",
                        "gunicorn",
                        "-c",
                        "config/gunicorn.conf.py",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        str(self.workers),
                        "--max-requests",
                        "0",
                        "config.wsgi",
                    ],
                    self.mail_env(f"web-{port}"),
                )
            )
        self.gunicorn = self.gunicorns[0]
        for n in range(self.task_workers):
            self.task_processes.append(
                self._spawn(
                    [PYTHON, "manage.py", "db_worker", "--interval", "0.2"],
                    self.mail_env(f"worker-{n + 1}"),
                )
            )
        deadline = time.monotonic() + 90
        waiting = set(range(len(self.ports)))
        while waiting and time.monotonic() < deadline:
            for instance in sorted(waiting):
                if self.gunicorns[instance].poll() is not None:
                    raise RuntimeError(f"gunicorn exited:\n{self.log.read_text()}")
                try:
                    status, _headers, _body = Client(self, instance).request("GET", "/healthz")
                    if status == 200:
                        waiting.discard(instance)
                except OSError:
                    pass
            time.sleep(0.3)
        if waiting:
            raise RuntimeError(f"gunicorn did not answer /healthz in 90 s:\n{self.log.read_text()}")

    def _signal_task_workers(self, signum):
        for process in self.task_processes:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signum)
                except ProcessLookupError:
                    pass

    def pause_task_workers(self):
        """Stop the task workers where they are (SIGSTOP), to let a queue build up."""
        self._signal_task_workers(signal.SIGSTOP)

    def resume_task_workers(self):
        self._signal_task_workers(signal.SIGCONT)

    def worker_pids(self, instance=0):
        """gunicorn's worker processes (children of the instance's master)."""
        pid = self.gunicorns[instance].pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(child) for child in children.read_text().split()]

    def stop(self):
        self.resume_task_workers()
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
        self.gunicorns = []
        self.task_processes = []

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
            # Collected static files, emails and logs of the run: about 60 MB each time.
            shutil.rmtree(self.tmp, ignore_errors=True)
        else:
            print(f"(database {self.database} and files in {self.tmp} kept)", file=sys.stderr)
        return False


PUBLIC_HOST = "127.0.0.1"


class Client:
    """One visitor: its own connection and cookie jar, behind the HTTPS proxy.

    ``instance`` chooses the app server; ``switch(n)`` moves the visitor (and its cookies)
    to another one, as a load balancer without sticky sessions would."""

    def __init__(self, stack, instance=0, timeout=60):
        self.stack = stack
        self.cookies = {}
        self.timeout = timeout
        self.connection = None
        self.port = stack.ports[instance]

    def switch(self, instance):
        self.close()
        self.port = self.stack.ports[instance % len(self.stack.ports)]

    def _connection(self):
        if self.connection is None:
            self.connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=self.timeout
            )
        return self.connection

    def request(self, method, path, body=None, headers=None, proxy_https=True):
        all_headers = {"Host": PUBLIC_HOST, "User-Agent": "loadtest"}
        if proxy_https:
            all_headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if isinstance(body, dict):
            body = urllib.parse.urlencode(body)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if method not in ("GET", "HEAD", "OPTIONS"):
            all_headers["Origin"] = f"https://{PUBLIC_HOST}"
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


def read_emails(mail_dir):
    """Every message the file email backend wrote under ``mail_dir``, in any sub-folder."""
    import email

    separator = "\n" + "-" * 79 + "\n"
    messages = []
    for path in sorted(Path(mail_dir).rglob("*.log")):
        for chunk in path.read_text(encoding="utf-8", errors="replace").split(separator):
            if chunk.strip():
                messages.append(email.message_from_string(chunk))
    return messages


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
