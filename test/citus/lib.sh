# Building Citus and running a Citus cluster on this machine: a coordinator
# and two workers, each a throwaway cluster of test/lib.sh.  Sourced by
# test/citus/run and test/citus/bench, after test/lib.sh.
#
# Citus comes from source: CITUS_SRC names a release tarball or an unpacked
# source tree.  By default it is the pristine upstream archive that fits the
# server, from a shared/vendor/ folder next to this repository when there is
# one, or from CITUS_VENDOR_DIR (Citus 13.2.2 for PostgreSQL 15 to 17, 14.0.1
# for 18); elsewhere get a release tarball from the Citus project and name it.  The build is installed
# into $PG_CONFIG's server (its library and extension folders) and cached in
# $CITUS_CACHE (default /var/cache/compensate-citus).

CITUS_CACHE=${CITUS_CACHE:-/var/cache/compensate-citus}
CITUS_BUILD_PACKAGES="libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev libselinux1-dev libxslt1-dev libpam0g-dev autoconf"

# The Citus source for this server: a tarball or a directory
citus_source() {
	if [ -n "${CITUS_SRC:-}" ]; then
		echo "$CITUS_SRC"
		return
	fi
	local version=13.2.2
	[ "$PG_MAJOR" -ge 18 ] && version=14.0.1
	local vendored
	vendored=$(citus_vendor_dir)/citus-$version.tar.gz
	if [ -f "$vendored" ]; then
		echo "$vendored"
	else
		echo "no Citus source: set CITUS_SRC to a Citus $version release tarball (github.com/citusdata/citus, tag v$version) or source tree" >&2
		return 1
	fi
}

# Where the vendored archives are: CITUS_VENDOR_DIR, or shared/vendor next to
# this repository
citus_vendor_dir() {
	echo "${CITUS_VENDOR_DIR:-$(cd "$TOP/.." && pwd)/shared/vendor}"
}

# Build and install Citus into $PG_CONFIG's server, unless the same source is
# installed there already.  Prints what it did.
citus_install() {
	local src stamp build key
	src=$(citus_source) || return 1
	[ -e "$src" ] || { echo "CITUS_SRC=$src: not found" >&2; return 1; }
	key="$(basename "$src") $(stat -c %s "$src") for $("$PG_CONFIG" --version) at $PG_CONFIG"
	stamp=$CITUS_CACHE/installed-pg$PG_MAJOR
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] &&
		[ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ]; then
		echo "Citus: $key (cached)"
		return 0
	fi
	ensure_packages $CITUS_BUILD_PACKAGES || return 1
	build=$CITUS_CACHE/build-pg$PG_MAJOR
	rm -rf "$build" && mkdir -p "$build" || return 1
	if [ -d "$src" ]; then
		cp -a "$src/." "$build/" || return 1
	else
		tar -xzf "$src" -C "$build" --strip-components=1 || return 1
	fi
	# Citus 13.2.2 defines its own have_createdb_privilege() for servers
	# before 16, which PostgreSQL 15.18 and later export themselves: keep the
	# server's (Citus's copy gets an unused name)
	if grep -q 'extern bool have_createdb_privilege' "$("$PG_CONFIG" --includedir-server)/commands/dbcommands.h" &&
		grep -q '^have_createdb_privilege(void)' "$build/src/include/pg_version_compat.h" 2>/dev/null; then
		sed -i 's/^have_createdb_privilege(void)/citus_unused_have_createdb_privilege(void)/' \
			"$build/src/include/pg_version_compat.h"
	fi
	echo "Citus: building $key (about 2 minutes)"
	(
		cd "$build" &&
		./configure PG_CONFIG="$PG_CONFIG" --without-libcurl > configure.log 2>&1 &&
		make -s -j"$(nproc)" > make.log 2>&1 &&
		make -s install > install.log 2>&1
	) || { echo "building Citus failed; see $build/*.log" >&2; tail -20 "$build/make.log" >&2; return 1; }
	echo "$key" > "$stamp"
}

# A TCP port on 127.0.0.1 that nothing listens on
free_port() {
	local p
	for p in $(shuf -i 20000-60000 -n 100); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# citus_cluster_start DIR [SETTING=VALUE ...]: a coordinator and two workers
# in DIR/coordinator, DIR/worker1 and DIR/worker2, each listening on
# 127.0.0.1 only, with Citus preloaded; database "citus" on each with the
# citus extension, the workers added to the coordinator.  Sets COORD_PORT,
# WORKER_PORTS and PG* for the coordinator.
citus_cluster_start() {
	local dir=$1 node port ports=()
	shift
	for node in coordinator worker1 worker2; do
		port=$(free_port) || return 1
		ports+=("$port")
		cluster_start "$dir/$node" "port=$port" "listen_addresses=127.0.0.1" \
			"shared_preload_libraries=citus" "max_connections=200" "$@" || return 1
		psql -X -q -h 127.0.0.1 -p "$port" -d postgres -v ON_ERROR_STOP=1 \
			-c "CREATE DATABASE citus" || return 1
		psql -X -q -h 127.0.0.1 -p "$port" -d citus -v ON_ERROR_STOP=1 \
			-c "SET client_min_messages = warning" -c "CREATE EXTENSION citus" || return 1
	done
	COORD_PORT=${ports[0]}
	WORKER_PORTS="${ports[1]} ${ports[2]}"
	export PGHOST=127.0.0.1 PGPORT=$COORD_PORT PGDATABASE=citus
	psql -X -q -v ON_ERROR_STOP=1 -At \
		-c "SELECT citus_set_coordinator_host('127.0.0.1', $COORD_PORT)" \
		-c "SELECT citus_add_node('127.0.0.1', ${ports[1]})" \
		-c "SELECT citus_add_node('127.0.0.1', ${ports[2]})" > /dev/null || return 1
}

# citus_cluster_stop DIR: stop the three nodes; fails if a server log shows a
# crash or a failed assertion
citus_cluster_stop() {
	local dir=$1 node status=0
	for node in coordinator worker1 worker2; do
		[ -d "$dir/$node/data" ] || continue
		cluster_stop "$dir/$node" || status=1
	done
	return $status
}
