#!/usr/bin/env bash
# Run the whole suite on SQLite, then on PostgreSQL.
# PostgreSQL: TEST_DATABASE_URL, or the local server at 127.0.0.1:5432 (trust auth).
# Outside CI a missing PostgreSQL server is reported and skipped; in CI it is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
# A name of its own per run, so two runs on one machine never share a test database.
PG_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/commonroom_run$$}

echo "== Test suite on SQLite"
env -u DATABASE_URL "$PY" -m pytest "$@"

pg_ready() {
  "$PY" - "$PG_URL" <<'PYCODE'
import sys
import psycopg
from urllib.parse import urlsplit
url = urlsplit(sys.argv[1])
try:
    psycopg.connect(host=url.hostname, port=url.port or 5432, user=url.username,
                    password=url.password, dbname="postgres", connect_timeout=3).close()
except Exception as error:  # noqa: BLE001
    print(f"PostgreSQL is not reachable: {error}", file=sys.stderr)
    sys.exit(1)
PYCODE
}

if ! pg_ready; then
  # A machine of this project's kind has PostgreSQL installed; start it if it has stopped.
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    sleep 2
  fi
fi
if pg_ready; then
  echo "== Test suite on PostgreSQL ($PG_URL)"
  DATABASE_URL="$PG_URL" "$PY" -m pytest "$@"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is required in CI and could not be reached." >&2
  exit 1
else
  echo "== PostgreSQL not reachable: the PostgreSQL pass was SKIPPED (set TEST_DATABASE_URL)."
fi
