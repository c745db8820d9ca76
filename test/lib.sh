# Shared by the test commands: install what is missing, build, install, and
# run commands against a throwaway cluster.  Sourced, not run.
#
# The server is the one of $PG_CONFIG: Debian's package of any major version
# (/usr/lib/postgresql/N/bin/pg_config, installed here when missing) or any
# other build, such as a --prefix one.  The default is Debian 12's
# PostgreSQL 15.
#   PG_CONFIG=/opt/pg18/bin/pg_config test/check

export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '== %s\n' "$*"; }

# Debian's package layout: /usr/lib/postgresql/N/bin/pg_config
debian_pg_major() {
	case "$PG_CONFIG" in
		/usr/lib/postgresql/[0-9]*/bin/pg_config)
			local m=${PG_CONFIG#/usr/lib/postgresql/}
			echo "${m%%/*}" ;;
		*) return 1 ;;
	esac
}

# What the rest reads of the server: set once pg_config is there.
server_facts() {
	PG_BINDIR=$("$PG_CONFIG" --bindir)
	PG_MAJOR=$("$PG_CONFIG" --version | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
	PG_REGRESS=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
}

# Debian packages the project needs; installed only when something is
# missing.  The server itself is installed only when it is a Debian one.
ensure_packages() {
	local missing=() major pkg
	if major=$(debian_pg_major); then
		[ -x "/usr/lib/postgresql/$major/bin/postgres" ] || missing+=("postgresql-$major")
		[ -f "/usr/include/postgresql/$major/server/postgres.h" ] || missing+=("postgresql-server-dev-$major")
	elif [ ! -x "$PG_CONFIG" ]; then
		echo "PG_CONFIG=$PG_CONFIG: no such program" >&2
		return 1
	fi
	command -v make >/dev/null 2>&1 && command -v gcc >/dev/null 2>&1 || missing+=(build-essential)
	for pkg in "$@"; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		say "installing ${missing[*]}"
		if [ "$(id -u)" -ne 0 ]; then
			echo "need root to apt-get install ${missing[*]}" >&2
			return 1
		fi
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >/dev/null
		apt-get install -y -qq "${missing[@]}" >/dev/null || return 1
	fi
	server_facts
}

# Build (warnings go to $1) and install the extension.
build_and_install() {
	local log=${1:-/dev/null}
	make -C "$TOP" -s clean >/dev/null 2>&1
	make -C "$TOP" -j2 2>&1 | tee "$log" >/dev/null
	[ "${PIPESTATUS[0]}" -eq 0 ] || { cat "$log"; return 1; }
	make -C "$TOP" -s install >/dev/null
}

# Build and install compensate with UndefinedBehaviorSanitizer, no recovery
# (UB aborts the backend), and without the server's -fwrapv so that signed
# overflow is reported rather than wrapped.  Reinstall with build_and_install.
UBSAN_CFLAGS="-fsanitize=undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -fno-wrapv"
build_and_install_ubsan() {
	make -C "$TOP" -s clean >/dev/null 2>&1
	make -C "$TOP" -s -j2 PG_CFLAGS="$UBSAN_CFLAGS" SHLIB_LINK="-fsanitize=undefined" >/dev/null || return 1
	make -C "$TOP" -s install >/dev/null
	ldd "$("$PG_CONFIG" --pkglibdir)/compensate.so" | grep -q libubsan || { echo "not instrumented" >&2; return 1; }
}

# The server refuses to run as root: as root, its programs run as the
# postgres user (Debian's packages create it).
as_server() {
	if [ "$(id -u)" -eq 0 ]; then
		(cd / && runuser -u postgres -- "$@")
	else
		"$@"
	fi
}

# cluster_start DIR [SETTING=VALUE ...]: a new cluster in DIR (which must not
# exist), UTF-8 with the C.UTF-8 locale, reached only through a socket in DIR
# (unless the settings say listen_addresses), started.  Sets PGHOST, PGPORT
# (5432, or a port= setting), PGUSER and PGDATABASE for it.  The server log
# is DIR/server.log.  SERVER_WRAPPER, if set, is a program pg_ctl runs
# instead of postgres (test/sanitize's valgrind).
cluster_start() {
	local dir=$1 setting port=5432
	shift
	for setting in "$@"; do
		[ "${setting%%=*}" != port ] || port=${setting#*=}
	done
	mkdir -p "$dir" && chmod 755 "$dir" || return 1
	[ "$(id -u)" -ne 0 ] || chown postgres "$dir" || return 1
	as_server "$PG_BINDIR/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
		--auth=trust --no-sync > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
	{
		echo "listen_addresses = ''"
		echo "unix_socket_directories = '$dir'"
		echo "port = $port"
		echo "fsync = off"
		for setting in "$@"; do
			echo "${setting%%=*} = '${setting#*=}'"
		done
	} >> "$dir/data/postgresql.conf"
	local wrapper=()
	[ -z "${SERVER_WRAPPER:-}" ] || wrapper=(-p "$SERVER_WRAPPER")
	as_server "$PG_BINDIR/pg_ctl" -D "$dir/data" "${wrapper[@]}" -l "$dir/server.log" -w -t 600 start \
		> "$dir/pg_ctl.log" 2>&1 || { cat "$dir/pg_ctl.log" "$dir/server.log" 2>/dev/null; return 1; }
	export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
	# this server's own clients (psql, pg_dump, ...) come first
	export PATH=$PG_BINDIR:$PATH
}

# cluster_stop DIR: stop the server; fails if its log shows a backend
# terminated by a signal or a failed assertion (TRAP, in assert-enabled
# builds), and prints those lines.
cluster_stop() {
	local dir=$1
	as_server "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 120 stop >/dev/null 2>&1 ||
		as_server "$PG_BINDIR/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
	server_log_clean "$dir/server.log"
}

# server_log_clean LOG: no crash and no assertion failure in LOG
server_log_clean() {
	if grep -q -E 'TRAP: |terminated by signal|was terminated by exception' "$1"; then
		echo "server log $1:" >&2
		grep -E -B2 -A10 'TRAP: |terminated by signal|was terminated by exception' "$1" | head -60 >&2
		return 1
	fi
}

# with_cluster [-o SETTING=VALUE]... COMMAND...: run COMMAND with a fresh
# cluster of its own (PGHOST, PGPORT, ... set for it), removed afterwards.
# The status is COMMAND's, or 1 if the server crashed or failed an assertion.
with_cluster() {
	local settings=() dir status
	while [ "${1:-}" = -o ]; do
		settings+=("$2")
		shift 2
	done
	[ -n "${PG_BINDIR:-}" ] || server_facts
	dir=$(mktemp -d "${TMPDIR:-/tmp}/compensate-cluster.XXXXXX") || return 1
	(
		cluster_start "$dir" "${settings[@]}" || exit 1
		"$@"
		status=$?
		cluster_stop "$dir" || status=1
		exit $status
	)
	status=$?
	rm -rf "$dir"
	return $status
}
