# Obtaining other PostgreSQL major versions on a Debian 12 machine, from
# Debian's own archive only.  Sourced by test/versions, not run.
#
#   PostgreSQL 18: the pristine upstream tarball from Debian's `sid` source
#     package, built with --enable-debug --enable-cassert into a --prefix.
#   PostgreSQL 17: Debian 13's binary packages, which need Debian 13's glibc,
#     inside a `debootstrap --variant=minbase trixie` root entered through
#     `unshare --mount` + `chroot`.
#
# The archive's URIs and keyring are read from this machine's apt sources, so
# no host name is written here.  Downloads and builds are cached under
# $VERSIONS_CACHE (default /var/cache/compensate-versions); a fresh machine
# rebuilds.  Needs root (apt-get, debootstrap, chroot).

VERSIONS_CACHE=${VERSIONS_CACHE:-/var/cache/compensate-versions}

# "URI KEYRING" of the machine's main Debian archive: the apt source that
# serves this release's own suite (not -security, not -updates).
debian_archive() {
	local codename
	codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
	{
		# deb822 .sources files: paragraphs of "Key: value"
		cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v want="$codename" '
			function flush() {
				if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " want " ") && uri != "")
					print uri, (key == "" ? "-" : key)
				types = suites = uri = key = ""
			}
			/^[ \t]*$/ { flush(); next }
			/^Types:/ { sub(/^Types:[ \t]*/, ""); types = $0 }
			/^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
			/^URIs:/ { uri = $2 }
			/^Signed-By:/ { key = $2 }
			END { flush() }'
		# one-line sources.list entries: deb [options] URI suite components
		cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk -v want="$codename" '
			$1 == "deb" {
				key = "-"; i = 2
				if ($2 ~ /^\[/) {
					for (; i <= NF; i++) {
						if ($i ~ /signed-by=/) { key = $i; sub(/.*signed-by=/, "", key); sub(/\]$/, "", key) }
						if ($i ~ /\]$/) { i++; break }
					}
				}
				if ($(i + 1) == want) print $i, key
			}'
	} | head -1
}

# apt-get with a private source list, state and cache: the machine's own apt
# configuration is not changed.
private_apt() {
	local dir=$VERSIONS_CACHE/apt
	apt-get -q -o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir/cache" \
		-o Dir::State::Status=/var/lib/dpkg/status "$@"
}

# A cached build or root is used when its stamp file holds the recipe it was
# made by; a changed recipe (configure flags, package list) remakes it.
cached() {	# cached STAMP RECIPE
	[ -f "$1" ] && [ "$(cat "$1")" = "$2" ]
}

# Prints the pg_config of an assert-enabled PostgreSQL 18 build.
PG18_CONFIGURE="--enable-debug --enable-cassert --without-icu --without-readline"
obtain_pg18() {
	local root=$VERSIONS_CACHE/pg18 archive uri key
	if [ -x "$root/install/bin/pg_config" ] && cached "$root/install/.complete" "$PG18_CONFIGURE"; then
		echo "$root/install/bin/pg_config"
		return 0
	fi
	archive=$(debian_archive)
	[ -n "$archive" ] || { echo "no Debian archive found in the apt sources" >&2; return 1; }
	read -r uri key <<<"$archive"
	mkdir -p "$VERSIONS_CACHE/apt/lists/partial" "$VERSIONS_CACHE/apt/cache/archives/partial" "$root/src"
	if [ "$key" = - ]; then
		echo "deb-src $uri sid main" > "$VERSIONS_CACHE/apt/sources.list"
	else
		echo "deb-src [signed-by=$key] $uri sid main" > "$VERSIONS_CACHE/apt/sources.list"
	fi
	install_host_packages bison flex zlib1g-dev build-essential dpkg-dev || return 1
	if ! ls "$root/src"/postgresql-18_*.orig.tar.* >/dev/null 2>&1; then
		{ private_apt update && (cd "$root/src" && private_apt source --download-only postgresql-18); } \
			>"$VERSIONS_CACHE/apt-source.log" 2>&1 ||
			{ echo "downloading PostgreSQL 18's source failed; see $VERSIONS_CACHE/apt-source.log" >&2; return 1; }
	fi
	local tarball
	tarball=$(ls "$root/src"/postgresql-18_*.orig.tar.* | grep -v '\.asc$' | head -1)
	rm -rf "$root/build" "$root/install"
	mkdir -p "$root/build"
	tar -xf "$tarball" -C "$root/build" --strip-components=1 || return 1
	(
		cd "$root/build" &&
		./configure --prefix="$root/install" $PG18_CONFIGURE >configure.log 2>&1 &&
		make -s -j"$(nproc)" >make.log 2>&1 &&
		make -s install >install.log 2>&1
	) || { echo "building PostgreSQL 18 failed; see $root/build/*.log" >&2; return 1; }
	echo "$PG18_CONFIGURE" > "$root/install/.complete"
	echo "$root/install/bin/pg_config"
}

# Prints the path of a Debian 13 root holding PostgreSQL 17 and what the
# tests need to build and run compensate inside it.
TRIXIE_PACKAGES="postgresql-17 postgresql-server-dev-17 postgresql-client-17 libpq-dev make gcc libc6-dev"
obtain_trixie_root() {
	local root=$VERSIONS_CACHE/trixie archive uri key
	if cached "$root/.complete" "$TRIXIE_PACKAGES"; then
		echo "$root"
		return 0
	fi
	archive=$(debian_archive)
	[ -n "$archive" ] || { echo "no Debian archive found in the apt sources" >&2; return 1; }
	read -r uri key <<<"$archive"
	install_host_packages debootstrap || return 1
	rm -rf "$root"
	mkdir -p "$root"
	local keyring=()
	[ "$key" = - ] || keyring=(--keyring="$key")
	debootstrap --variant=minbase "${keyring[@]}" trixie "$root" "$uri" >"$VERSIONS_CACHE/debootstrap.log" 2>&1 ||
		{ echo "debootstrap failed; see $VERSIONS_CACHE/debootstrap.log" >&2; return 1; }
	# no service starts inside the root, and installing PostgreSQL creates
	# no cluster: the tests make their own
	printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
	chmod 755 "$root/usr/sbin/policy-rc.d"
	mkdir -p "$root/etc/postgresql-common"
	echo "create_main_cluster = false" > "$root/etc/postgresql-common/createcluster.conf"
	cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
	in_root "$root" bash -c "export DEBIAN_FRONTEND=noninteractive; apt-get -q update && apt-get -q install -y --no-install-recommends $TRIXIE_PACKAGES" \
		>"$VERSIONS_CACHE/trixie-install.log" 2>&1 ||
		{ echo "installing PostgreSQL 17 in the root failed; see $VERSIONS_CACHE/trixie-install.log" >&2; return 1; }
	echo "$TRIXIE_PACKAGES" > "$root/.complete"
	echo "$root"
}

# in_root ROOT COMMAND...: run a command inside ROOT with /dev, /proc and
# $IN_ROOT_BIND (a host folder, seen at the same path inside) mounted, in a
# private mount namespace that vanishes with the command.
in_root() {
	local root=$1
	shift
	unshare --mount --propagation private bash -c '
		root=$1; shift
		mount --rbind /dev "$root/dev" && mount -t proc proc "$root/proc" || exit 1
		if [ -n "${IN_ROOT_BIND:-}" ]; then
			mkdir -p "$root$IN_ROOT_BIND" && mount --bind "$IN_ROOT_BIND" "$root$IN_ROOT_BIND" || exit 1
		fi
		exec chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
			HOME=/root LANG=C.UTF-8 "$@"' in_root "$root" "$@"
}

# Installs the named Debian packages on this machine where missing.
install_host_packages() {
	local missing=() pkg
	for pkg in "$@"; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "installing ${missing[*]}" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
		apt-get update -qq >/dev/null 2>&1
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	}
}
