#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS cluster for the store tests, on a private socket folder (no TCP port):
#   pg_cluster.sh start DIR   creates DIR (data, socket, log), starts the server, creates the database
#                             "frontline_test" with PostGIS, and prints the connection (libpq URI)
#   pg_cluster.sh stop DIR    stops the server and removes DIR
# The tests connect as the cluster's superuser "frontline_admin" (trust authentication on the socket only).
# PostgreSQL refuses to run as root: as root, the server runs as the system user "postgres" (made by Debian's
# postgresql package).
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
if [[ -z "$bin" ]]; then
    echo "$0: PostgreSQL 15 is not installed (Debian: apt-get install postgresql-15 postgresql-15-postgis-3)" >&2
    exit 1
fi
port=5433 # names the socket file only: the server listens on no TCP port

as_server() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop # a cluster left by an interrupted run
    mkdir -p "$dir"
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U frontline_admin --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U frontline_admin)
    "${psql[@]}" -d postgres -c "CREATE DATABASE frontline_test"
    "${psql[@]}" -d frontline_test -c "CREATE EXTENSION postgis"
    echo "postgresql:///frontline_test?host=$dir&port=$port&user=frontline_admin"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
