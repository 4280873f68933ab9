#!/usr/bin/env bash
# Trains the command line's start-up cache: one recorded run of `ladder validate` on a ladder, and
# the cache written beside the jar, where the `ladder` launcher finds and uses it.
#
#   ladder-cli/aot-train.sh [LADDER_DIR]       # JAVA=/path/to/bin/java to choose the JVM
#
# With JDK 25 or newer: an AOT cache (-XX:AOTCacheOutput; JEP 483, 514, 515): the classes the run
# used, loaded and linked, with their method profiles, mapped at the next start.
# With JDK 17 to 24: an application class-data-sharing archive (-XX:ArchiveClassesAtExit).
#
# Writes <jar>.aot or <jar>.jsa (without the .jar), and <jar>.jvm naming the JVM that made it:
# a cache works only with that JVM and that jar, so run this again after changing either.
# LADDER_DIR defaults to ./ladder, else the repository's example ladder.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
jar="${LADDER_JAR:-}"
if [[ -z "$jar" ]]; then
  for candidate in "$here/ladder-cli.jar" "$here"/target/ladder-cli-*-all.jar; do
    if [[ -f "$candidate" ]]; then
      jar="$candidate"
      break
    fi
  done
fi
if [[ -z "$jar" || ! -f "$jar" ]]; then
  echo "aot-train: no ladder-cli jar; build it (./mvnw -pl ladder-cli -am package) or set LADDER_JAR" >&2
  exit 2
fi
jar="$(readlink -f "$jar")"

ladder="${1:-}"
if [[ -z "$ladder" ]]; then
  if [[ -f ladder/ladder.yaml ]]; then
    ladder=ladder
  else
    ladder="$here/../examples/engineering-ladder/ladder"
  fi
fi

java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
java="$(command -v "$java")"
java="$(readlink -f "$java")"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"

cache="${jar%.jar}"
rm -f "$cache.aot" "$cache.jsa" "$cache.jvm"
reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
# The launcher's flags: a cache is made for the options it is used with.
options=(-XX:TieredStopAtLevel=1)
if ((major >= 25)); then
  options+=("-XX:AOTCacheOutput=$cache.aot")
  made="$cache.aot"
else
  options+=("-XX:ArchiveClassesAtExit=$cache.jsa")
  made="$cache.jsa"
fi
# Every format, so that every report writer's classes are in the cache; the verdict is not wanted.
"$java" "${options[@]}" -jar "$jar" validate "$ladder" \
  --format text,json,sarif,junit,markdown,github --report-dir "$reports" --fail-on none >/dev/null \
  2> >(grep -v "^Picked up JAVA_TOOL_OPTIONS" >&2)
echo "$java" >"$cache.jvm"
echo "aot-train: $made for $java (Java $major), trained on $ladder"
