# Shared by test/check, test/demo and test/bench: install what is missing,
# build, install, and run commands against a throwaway PostgreSQL 15 cluster.
# Sourced, not run.

PG_MAJOR=15
PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin
export PG_CONFIG=$PG_BINDIR/pg_config
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '== %s\n' "$*"; }

# Debian packages the project needs; installed only when something is missing.
ensure_packages() {
	local missing=()
	[ -x "$PG_BINDIR/postgres" ] || missing+=("postgresql-$PG_MAJOR")
	[ -d "/usr/include/postgresql/$PG_MAJOR/server" ] || missing+=("postgresql-server-dev-$PG_MAJOR")
	command -v pg_virtualenv >/dev/null 2>&1 || missing+=(postgresql-common)
	command -v make >/dev/null 2>&1 && command -v gcc >/dev/null 2>&1 || missing+=(build-essential)
	for pkg in "$@"; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	say "installing ${missing[*]}"
	if [ "$(id -u)" -ne 0 ]; then
		echo "need root to apt-get install ${missing[*]}" >&2
		return 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq "${missing[@]}" >/dev/null
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
	ldd "$($PG_CONFIG --pkglibdir)/compensate.so" | grep -q libubsan || { echo "not instrumented" >&2; return 1; }
}

# Run a command with a fresh cluster (PGHOST, PGPORT, ... set for it).
with_cluster() {
	pg_virtualenv -v "$PG_MAJOR" "$@"
}
