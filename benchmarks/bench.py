"""`make bench`: load-test Common Room under gunicorn on PostgreSQL, large and small datasets.

For each dataset (large: seed_load's defaults, 100,000 posts and 1,000,000 comments; small:
--scale 0.01) this

1. creates its own database if it is missing, migrates it, and seeds it once (an existing
   dataset of the right size is reused);
2. starts the site under gunicorn (config/gunicorn.conf.py) with production settings,
   Redis as the cache when it answers, on 127.0.0.1 only;
3. drives each kind of page with wrk at 16 concurrent connections for a fixed time, after a
   short unrecorded warm-up, once with the page cache on (as in production) and once with
   it off (every request renders the page from the database); both datasets' sites run at
   once (BENCH_PORT and the port after it), and each page is measured on one dataset and
   then straight away on the other, so that the comparison sees the same machine;
4. prints requests per second and p50/p95/p99 latency per page, then the comparison
   between the datasets and the targets (p95 under 50 ms for home, tag and post pages on
   the large dataset; large throughput at least 80 % of small).

The moderation checker's own benchmark (benchmarks/checker_bench.py) runs at the end when
it is there. Everything is bounded: each wrk run by time, each step by a timeout.
Settings from the environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (16), BENCH_WORKERS
and BENCH_THREADS (gunicorn's, from config/gunicorn.conf.py unless set), BENCH_MODES
("cached uncached"), BENCH_DATASETS
("large small"), BENCH_PORT (8765), BENCH_POSTGRES (postgres://postgres@127.0.0.1:5432),
BENCH_REDIS_URL (redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PYTHON = sys.executable
KINDS = ["home", "tag", "post", "author", "search", "feed"]
TARGET_KINDS = ["home", "tag", "post"]
TARGET_P95_MS = 50.0
TARGET_RATIO = 0.8


@dataclass(frozen=True)
class Dataset:
    name: str
    database: str
    seed_args: tuple[str, ...]


DATASETS = {
    "large": Dataset("large", "commonroom_bench", ()),
    "small": Dataset("small", "commonroom_bench_small", ("--scale", "0.01")),
}


def setting(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


SECONDS = int(setting("BENCH_SECONDS", "10"))
CONNECTIONS = int(setting("BENCH_CONNECTIONS", "16"))
# Empty: gunicorn's own defaults from config/gunicorn.conf.py, as in production.
WORKERS = os.environ.get("BENCH_WORKERS", "").strip()
THREADS = os.environ.get("BENCH_THREADS", "").strip()
PORT = int(setting("BENCH_PORT", "8765"))
POSTGRES = setting("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS_URL = setting("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


def say(message: str) -> None:
    print(message, flush=True)


def redis_answers(url: str) -> bool:
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception:
        return False
    return True


def site_environment(
    dataset: Dataset, *, cached: bool, redis_url: str, port: int = PORT
) -> dict[str, str]:
    """Production settings, except what plain HTTP on 127.0.0.1 needs."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-key-not-used-anywhere-else",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_MANIFEST": "1",
        "EMAIL_URL": "console:",
        "DATABASE_URL": f"{POSTGRES}/{dataset.database}",
        "PAGE_CACHE_SECONDS": "600" if cached else "0",
        # A prefix of its own per run, so nothing cached by an earlier run is served.
        "CACHE_KEY_PREFIX": f"bench-{dataset.name}-{os.getpid()}-{int(time.time())}",
        # Long-lived database connections and workers, so that the CPU each uses can be
        # read off its process for the whole run (recycling them loses those counts).
        "DATABASE_CONN_MAX_AGE": "600",
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    if WORKERS:
        environment["WEB_CONCURRENCY"] = WORKERS
    if THREADS:
        environment["GUNICORN_THREADS"] = THREADS
    if redis_url:
        environment["REDIS_URL"] = redis_url
    else:
        environment.pop("REDIS_URL", None)
    return environment


def run(command: list[str], environment: dict[str, str], timeout: int) -> str:
    result = subprocess.run(  # noqa: S603 - our own commands, no outside input
        command,
        cwd=ROOT,
        env=environment,
        timeout=timeout,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return result.stdout


def ensure_database(dataset: Dataset) -> None:
    import psycopg

    address = urlsplit(POSTGRES)
    with psycopg.connect(
        host=address.hostname,
        port=address.port or 5432,
        user=address.username,
        password=address.password,
        dbname="postgres",
        autocommit=True,
        connect_timeout=5,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [dataset.database]
        ).fetchone()
        if not exists:
            say(f"Creating database {dataset.database}")
            connection.execute(f'CREATE DATABASE "{dataset.database}"')


def prepare(dataset: Dataset, environment: dict[str, str]) -> dict[str, list[str]]:
    """Database, data, static files and the paths to request."""
    ensure_database(dataset)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], environment, timeout=1800)
    say(f"Seeding the {dataset.name} dataset (reused if it is already there)…")
    # The seeder's progress goes to stderr, straight to the terminal.
    print(
        run(
            [
                PYTHON,
                "manage.py",
                "seed_load",
                "--reuse",
                "--allow-without-debug",
                *dataset.seed_args,
            ],
            environment,
            timeout=1800,
        ).strip(),
        flush=True,
    )
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], environment, timeout=600)
    return json.loads(run([PYTHON, "benchmarks/targets.py"], environment, timeout=600))


class Site:
    """The site under gunicorn, for the length of a `with` block."""

    def __init__(self, environment: dict[str, str], log: Path, port: int = PORT) -> None:
        self.environment, self.log, self.port = environment, log, port
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Site:
        if port_in_use(self.port):
            raise SystemExit(f"Something already listens on 127.0.0.1:{self.port}; set BENCH_PORT.")
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn
                [str(Path(PYTHON).with_name("gunicorn")), "-c", "config/gunicorn.conf.py"],
                cwd=ROOT,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped at start; see {self.log}")
            try:
                with urllib.request.urlopen(self.url("/robots.txt"), timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:  # Not listening yet, or still starting up.
                time.sleep(0.3)
        self.__exit__()
        raise SystemExit(f"gunicorn did not answer within a minute; see {self.log}")

    def __exit__(self, *exc: object) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    @property
    def pid(self) -> int:
        return self.process.pid if self.process else 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def check_pages(site: Site, paths: dict[str, list[str]]) -> None:
    """Every path must answer 200 before its speed means anything."""
    for kind, kind_paths in paths.items():
        for path in kind_paths:
            with urllib.request.urlopen(site.url(path), timeout=30) as response:  # noqa: S310
                if response.status != 200:
                    raise SystemExit(f"{kind} page {path} answered {response.status}")


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def site_cpu_seconds(master: int) -> float:
    """CPU time used so far by gunicorn's master and workers, including replaced workers.

    A worker's time moves into its parent's "children" counters when it is replaced, so
    the sum stays right when gunicorn recycles workers during a run.
    """
    if not master:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    try:
        fields = _stat(master)
    except OSError:
        return 0.0
    total = sum(int(fields[index]) for index in (11, 12, 13, 14))
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = _stat(int(entry.name))
        except OSError:
            continue  # Gone meanwhile.
        if int(stat[1]) == master:
            total += int(stat[11]) + int(stat[12])
    return total / ticks


def database_cpu_seconds(database: str) -> float:
    """CPU time used so far by the PostgreSQL server processes serving `database`.

    Readable only when PostgreSQL runs on this machine as processes this user can inspect
    (as on the benchmark machine); otherwise 0, and the figure is left out.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if not command.startswith("postgres: ") or f" {database} " not in command:
                continue
            stat = _stat(int(entry.name))
        except OSError:
            continue
        total += int(stat[11]) + int(stat[12])
    return total / ticks


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def drive(
    site: Site, paths: list[str], seconds: int, label: str, database: str = ""
) -> dict[str, float]:
    """wrk against these paths, in turn, at CONNECTIONS connections for `seconds`."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path_file = RESULTS / f"paths-{label}.txt"
    path_file.write_text("\n".join(paths) + "\n")
    command = [
        "wrk",
        "--threads",
        "2",
        "--connections",
        str(CONNECTIONS),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--script",
        str(ROOT / "benchmarks" / "rotate.lua"),
        site.url("/"),
    ]
    cpu_before = site_cpu_seconds(site.pid)
    database_before = database_cpu_seconds(database) if database else 0.0
    output = subprocess.run(  # noqa: S603 - wrk with our own arguments
        command,
        env={**os.environ, "BENCH_PATHS": str(path_file)},
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    ).stdout
    report = [line for line in output.splitlines() if line.startswith("{")]
    if not report:
        raise SystemExit(f"wrk gave no report for {label}:\n{output}")
    result = json.loads(report[-1])
    # The site's own CPU per request is steadier than requests per second when other
    # programs share the machine; the load average says how much they did.
    used = site_cpu_seconds(site.pid) - cpu_before
    result["cpu_ms"] = 1000 * used / max(result["requests"], 1)
    database_used = database_cpu_seconds(database) - database_before if database else 0.0
    result["db_cpu_ms"] = 1000 * database_used / max(result["requests"], 1)
    result["load"] = load_average()
    return result


def measure(
    datasets: list[Dataset], mode: str, redis_url: str
) -> dict[str, dict[str, dict[str, float]]]:
    """Every page of every dataset in this mode. One site per dataset runs for the whole
    mode, and each page is driven on each dataset back to back (large, then small), so that
    what the machine is doing at the time weighs on both sides of a comparison alike; one
    dataset after the other, a shared machine's drift showed up as a difference between them.
    """
    results: dict[str, dict[str, dict[str, float]]] = {d.name: {} for d in datasets}
    with ExitStack() as stack:
        sites: dict[str, tuple[Site, dict[str, list[str]]]] = {}
        for offset, dataset in enumerate(datasets):
            environment = site_environment(
                dataset, cached=mode == "cached", redis_url=redis_url, port=PORT + offset
            )
            paths = prepare(dataset, environment)
            log = RESULTS / f"gunicorn-{dataset.name}-{mode}.log"
            site = stack.enter_context(Site(environment, log, port=PORT + offset))
            check_pages(site, paths)
            sites[dataset.name] = (site, paths)
        for kind in KINDS:
            for dataset in datasets:
                site, paths = sites[dataset.name]
                drive(site, paths[kind], 2, f"{dataset.name}-{mode}-{kind}-warmup")
                label = f"{dataset.name}-{mode}-{kind}"
                row = drive(site, paths[kind], SECONDS, label, dataset.database)
                results[dataset.name][kind] = row
                say(
                    f"  {dataset.name:5} {mode:8} {kind:7} {row['rps']:8.1f} req/s   "
                    f"p50 {row['p50']:7.1f}  p95 {row['p95']:7.1f}  p99 {row['p99']:7.1f} ms   "
                    f"CPU ms/req: site {row['cpu_ms']:5.2f} database {row['db_cpu_ms']:5.2f}   "
                    f"load {row['load']:.1f}"
                    + (f"   {row['bad_status']} bad answers" if row["bad_status"] else "")
                    + (f"   {row['errors']} socket errors" if row["errors"] else "")
                )
    return results


def checker_throughput(environment: dict[str, str]) -> str | None:
    script = ROOT / "benchmarks" / "checker_bench.py"
    if not script.exists():
        return None
    try:
        return run([PYTHON, str(script)], environment, timeout=600).strip()
    except subprocess.CalledProcessError as error:
        return f"checker_bench.py failed with exit code {error.returncode}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB"
    return f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}"


def summary(results: dict[str, dict[str, dict[str, dict[str, float]]]]) -> list[str]:
    lines = ["", f"Machine: {machine()}", ""]
    modes = list(next(iter(results.values())).keys())
    for mode in modes:
        lines.append(f"Page cache {'on' if mode == 'cached' else 'off'} ({mode}):")
        lines.append(
            f"  {'page':7} {'dataset':7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
            f" {'site CPU':>9} {'db CPU':>7} {'load':>5}"
        )
        for kind in KINDS:
            for name in results:
                row = results[name][mode][kind]
                lines.append(
                    f"  {kind:7} {name:7} {row['rps']:8.1f} {row['p50']:8.1f} "
                    f"{row['p95']:8.1f} {row['p99']:8.1f} {row['cpu_ms']:9.2f} "
                    f"{row['db_cpu_ms']:7.2f} {row['load']:5.1f}"
                )
        lines.append("")
    if "large" in results and "cached" in results["large"]:
        large = results["large"]["cached"]
        lines.append("Targets (large dataset, page cache on, as in production):")
        for kind in TARGET_KINDS:
            verdict = "met" if large[kind]["p95"] < TARGET_P95_MS else "MISSED"
            p95 = large[kind]["p95"]
            lines.append(f"  {kind:7} p95 {p95:6.1f} ms < {TARGET_P95_MS:.0f}: {verdict}")
        if "small" in results:
            for mode in modes:
                for kind in KINDS:
                    large_row = results["large"][mode][kind]
                    small_row = results["small"][mode][kind]
                    ratio = large_row["rps"] / small_row["rps"]
                    # The same ratio from CPU per request, which other programs on the
                    # machine disturb far less than they disturb requests per second.
                    cpu_ratio = (small_row["cpu_ms"] + small_row["db_cpu_ms"]) / max(
                        large_row["cpu_ms"] + large_row["db_cpu_ms"], 1e-9
                    )
                    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
                    lines.append(
                        f"  {kind:7} {mode:8} large/small throughput {ratio:6.1%} >= 80%: "
                        f"{verdict:6} (by CPU per request: {cpu_ratio:6.1%})"
                    )
    return lines


def main() -> None:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it with apt-get).")
    redis_url = REDIS_URL if redis_answers(REDIS_URL) else ""
    say(
        f"Cache: {'Redis at ' + REDIS_URL if redis_url else 'local memory (Redis not reachable)'}"
        f"; gunicorn {WORKERS or 'default'} workers x {THREADS or 'default'} threads; "
        f"wrk {CONNECTIONS} connections, "
        f"{SECONDS}s per page."
    )
    modes = setting("BENCH_MODES", "cached uncached").split()
    names = setting("BENCH_DATASETS", "large small").split()
    results: dict[str, dict[str, dict[str, dict[str, float]]]] = {name: {} for name in names}
    for mode in modes:
        for name, rows in measure([DATASETS[n] for n in names], mode, redis_url).items():
            results[name][mode] = rows
    lines = summary(results)
    checker = checker_throughput(site_environment(DATASETS[names[0]], cached=True, redis_url=""))
    if checker is not None:
        lines += ["Moderation checker (benchmarks/checker_bench.py):", checker]
    say("\n".join(lines))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({"machine": machine(), "results": results, "checker": checker}, indent=2)
    )


if __name__ == "__main__":
    main()
