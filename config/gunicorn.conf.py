"""gunicorn settings for Common Room: `gunicorn -c config/gunicorn.conf.py`.

Every value can be changed from the environment, so one file serves a laptop, the benchmark
and each app server behind a load balancer (README.md, "Deployment"). The app servers keep
nothing of their own: sessions are in the database (cached in Redis), pages in Redis.
"""

from __future__ import annotations

import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "config.wsgi:application"

# Behind a load balancer on another machine, listen on 0.0.0.0:8000 (or a private address).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")

# Two processes per core, each with a few threads. The threads let a process use a core
# while another request waits for PostgreSQL or Redis, and the threaded worker keeps
# connections from the load balancer open between requests (measured with `make bench`:
# two to four times the rate of four single-threaded workers, a third of their p95).
# Two per core rather than one because a kept-open connection stays with the process that
# accepted it: with one process per core, one process sometimes held most of the
# connections and, bound to one core by Python's GIL, left the other core idle (a page
# served at half the rate, each request costing 60 % more CPU, in one run out of two).
workers = _int("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1))
threads = _int("GUNICORN_THREADS", 4)
worker_class = "gthread" if threads > 1 else "sync"
# Close each connection after its response, as nginx's default proxying (HTTP/1.0 upstream)
# does anyway. A kept-open connection stays with the process that accepted it, and with a
# few long-lived connections (a load balancer's pool, or wrk's 16) one process could hold
# most of them and leave a core idle: pages built from the database were served at 54 % of
# the rate their CPU cost allowed. With every request on a new connection, each is accepted
# by whichever process is free (measured with `make bench`, benchmarks/README.md).
keepalive = _int("GUNICORN_KEEPALIVE", 0)

# Load Django once in the master and fork the workers from it: workers start (and restart)
# in milliseconds instead of a second each, and share the loaded code's memory. Django opens
# no database connection while loading, so nothing is shared that shouldn't be.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in {"0", "false", "no"}

# A request that takes longer than this is stuck: its worker is replaced.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Replace each worker now and then, staggered, so slow memory growth never accumulates.
max_requests = _int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = max_requests // 10

# No access log unless asked for ("-" for standard output): the load balancer keeps one,
# and writing a line per request costs time the site can use. Errors always go to stderr.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")

# Trust X-Forwarded-* only from the load balancer's addresses (comma-separated).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# gunicorn's control socket (for `gunicornc`) only when a path is given: a fixed default
# path would be shared by every gunicorn on the machine.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
