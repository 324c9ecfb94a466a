"""gunicorn settings, read from the environment.

    DJANGO_SETTINGS_MODULE=config.settings_production \\
        .venv/bin/gunicorn -c config/gunicorn.conf.py config.wsgi

``GUNICORN_BIND`` (default ``127.0.0.1:8000``, or ``0.0.0.0:$PORT`` when ``PORT`` is set),
``WEB_CONCURRENCY`` worker processes (default 2 per core plus 1, at most 8),
``GUNICORN_THREADS`` threads per worker (default 1), ``GUNICORN_TIMEOUT`` seconds,
``GUNICORN_MAX_REQUESTS`` (recycle workers to bound memory; 0 disables),
``GUNICORN_ACCESS_LOG`` ("-" for stderr, empty to disable),
``GUNICORN_WARM_UP`` (default 1: the master builds templates, catalogues and patterns
before it forks, ``config/warmup.py``; 0 leaves that to each worker's first requests).
"""

import gc
import os
import time

from gunicorn.glogging import Logger

from registrations.log_filters import redact


def _int(name, default):
    return int(os.environ.get(name) or default)


_port = os.environ.get("PORT")
bind = os.environ.get("GUNICORN_BIND") or (f"0.0.0.0:{_port}" if _port else "127.0.0.1:8000")
workers = _int("WEB_CONCURRENCY", min(8, 2 * (os.cpu_count() or 1) + 1))
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max_requests // 10
# The Django app loads once in the master and is shared copy-on-write by the workers.
preload_app = True
# gunicorn 27 opens a control socket in the home directory by default: not wanted in a
# container with a read-only file system, nor in tests.
control_socket_disable = True
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or (
    "/dev/shm" if os.path.isdir("/dev/shm") else None
)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
warm_up_in_master = os.environ.get("GUNICORN_WARM_UP", "1") != "0"


def when_ready(server):
    """In the master, after the app is loaded and before the first worker is forked."""
    if warm_up_in_master and preload_app:
        from config.warmup import warm_up

        started = time.perf_counter()
        try:
            figures = warm_up()
        except Exception:  # noqa: BLE001 - the workers build it themselves, the site still starts
            server.log.exception("Warm-up failed: each worker builds what it needs on its own")
            return
        elapsed = round(1000 * (time.perf_counter() - started))
        server.log.info("Warmed up in %s ms: %s", elapsed, figures)
        gc.freeze()


class RedactingLogger(Logger):
    """Access lines without the secret of personal manage links."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "f"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact(atoms[key])
        return atoms


logger_class = RedactingLogger
