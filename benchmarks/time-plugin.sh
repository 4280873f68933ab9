#!/usr/bin/env bash
# The Maven plugin as a team runs it: whole `mvn validate` processes on a ladder repository, cold
# (no target/), warm and forced (-Dladder.force), up to date (the index matches), and Maven alone
# (-Dladder.skip). Two repositories: the example ladder, and a generated one of SIZE levels.
#
#   benchmarks/time-plugin.sh            # after ./mvnw install -DskipTests; SIZE=1000 RUNS=3
#
# Needs hyperfine (installed with apt-get when missing and possible).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
target="$here/target"
size="${SIZE:-1000}"
runs="${RUNS:-3}"
jar="$target/benchmarks.jar"
out="$target/plugin"
mvnw="$top/mvnw"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$top/pom.xml" | head -1)"

if [[ ! -f "$jar" ]]; then
  (cd "$top" && ./mvnw -q -pl benchmarks -am package -DskipTests)
fi
if ! command -v hyperfine >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi

project() { # <folder> <ladder source>: a ladder repository with the plugin, as in the README
  rm -rf "$1"
  mkdir -p "$1"
  cp -r "$2" "$1/ladder"
  cat > "$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.ladder.timing</groupId>
  <artifactId>$(basename "$1")</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.ladder</groupId>
        <artifactId>ladder-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>validate</goal></goals></execution></executions>
        <configuration><formats>text,json,sarif,junit,markdown</formats></configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

generated="$target/ladders/wide-$size/ladder"
if [[ ! -f "$generated/ladder.yaml" ]]; then
  java -cp "$jar" dev.ladder.bench.LadderGenerator "$generated" "$size" wide
fi
project "$out/example" "$top/examples/engineering-ladder/ladder"
project "$out/generated-$size" "$generated"

for repo in "$out/example" "$out/generated-$size"; do
  echo "== $(basename "$repo"): $(find "$repo/ladder" -type f | wc -l) files"
  (cd "$repo" && "$mvnw" -q -o validate >/dev/null) # the plugin resolves, and the run passes
  # One --prepare per command: cold starts without target/, the others keep it.
  (cd "$repo" && hyperfine --runs "$runs" --style basic \
    --export-markdown "$out/$(basename "$repo").md" \
    --prepare 'rm -rf target' --prepare true --prepare true --prepare true \
    -n cold "$mvnw -q -o validate" \
    -n "warm, forced" "$mvnw -q -o validate -Dladder.force" \
    -n "up to date" "$mvnw -q -o validate" \
    -n "Maven alone (-Dladder.skip)" "$mvnw -q -o validate -Dladder.skip")
  cat "$out/$(basename "$repo").md"
done
