#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster:
#   tests/with-postgres.sh ctest --test-dir build/dev -L postgres
# initdb into a fresh temporary directory, listen only on 127.0.0.1 (port 55432, or the next free one),
# trust auth, sockets inside that directory (no clash with a system server), create role and database
# credsync_test, export CREDSYNC_TEST_PG_URL, run the command, then stop the cluster and delete the
# directory whatever happens. The command's exit code is this script's exit code.
# Works as root (CI: the cluster runs as the `postgres` user) and as a normal user.
set -euo pipefail

log() { echo "with-postgres: $*" >&2; }

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

# Server binaries: CREDSYNC_PG_BINDIR, else Debian's versioned directory (15 preferred), else PATH.
bindir="${CREDSYNC_PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ]; then bindir="$candidate"; break; fi
  done
fi
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
  bindir="$(dirname "$(command -v initdb)")"
fi
for tool in initdb pg_ctl psql; do
  if [ -z "$bindir" ] || [ ! -x "$bindir/$tool" ]; then
    log "PostgreSQL server binaries not found ($tool). Install them (Debian: apt-get install postgresql-15) or set CREDSYNC_PG_BINDIR."
    exit 127
  fi
done

# initdb refuses to run as root: run the server as `postgres` then.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "running as root but there is no 'postgres' user to own the cluster"
    exit 127
  fi
  if command -v runuser >/dev/null 2>&1; then
    as_server=(runuser -u postgres --)
  else
    as_server=(su postgres -s /bin/sh -c '"$0" "$@"')
  fi
fi

workdir="$(mktemp -d "${TMPDIR:-/tmp}/credsync-pg.XXXXXX")"
started=0
cleanup() {
  local rc=$?
  if [ "$started" -eq 1 ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "${#as_server[@]}" -gt 0 ]; then
  chown postgres: "$workdir"
fi
chmod 700 "$workdir"

"${as_server[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$workdir/initdb.log" 2>&1 || {
  log "initdb failed:"; cat "$workdir/initdb.log" >&2; exit 1; }

# Password auth for one role only, so the tests can check what a wrong password looks like.
cat >"$workdir/data/pg_hba.conf" <<'HBA'
local all all                            trust
host  all credsync_pw 127.0.0.1/32       scram-sha-256
host  all all         127.0.0.1/32       trust
HBA

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${CREDSYNC_TEST_PG_PORT:-55432}"
for _ in $(seq 1 10); do
  if ! port_in_use "$port"; then break; fi
  log "port $port is busy, trying $((port + 1))"
  port=$((port + 1))
done

if ! "${as_server[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$workdir -c fsync=off -c full_page_writes=off -c max_connections=50" \
      start >/dev/null; then
  log "the server did not start:"; cat "$workdir/server.log" >&2 || true; exit 1
fi
started=1

psql_admin() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
psql_admin -c "CREATE ROLE credsync_test LOGIN" \
           -c "CREATE ROLE credsync_pw LOGIN PASSWORD 'credsync-test-password'" \
           -c "CREATE DATABASE credsync_test OWNER credsync_test" \
           -c "GRANT ALL ON DATABASE credsync_test TO credsync_pw"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U credsync_test -d credsync_test \
  -c "GRANT ALL ON SCHEMA public TO credsync_pw"

export CREDSYNC_TEST_PG_URL="postgresql://credsync_test@127.0.0.1:$port/credsync_test"
# A role that needs a password (the password itself is test data, not a secret).
export CREDSYNC_TEST_PG_PASSWORD_URL="postgresql://credsync_pw@127.0.0.1:$port/credsync_test"
export CREDSYNC_TEST_PG_PASSWORD="credsync-test-password"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($CREDSYNC_TEST_PG_URL)"

set +e
"$@"
status=$?
set -e
exit "$status"
