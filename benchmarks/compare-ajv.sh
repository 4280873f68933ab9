#!/usr/bin/env bash
# The command line's start-up, whole process against whole process, in one run: `ladder validate`
# (every file against its schema, then every rule) from the executable jar of ladder-cli, on JDK 17
# and JDK 25 with the JVM's start-up options and caches, against ajv-cli's schema-only validation
# of the same level files against schemas/level.schema.json. Then a 10,000-level ladder under
# -Xmx256m.
#
#   benchmarks/compare-ajv.sh                          # the example ladder, 100 and 1,000 levels
#   SIZES="example 100" RUNS=20 BIG=0 benchmarks/compare-ajv.sh
#   NICE=-10 benchmarks/compare-ajv.sh                 # as root, on a machine busy with other work
#
# SIZES: "example" (examples/engineering-ladder) and level counts of generated ladders; SHAPE is
# the generator's (wide: tracks of 10 levels; deep: 4 tracks); BIG=0 skips -Xmx256m; JAVA25 is the
# JDK 25 java (its rows are left out when it is missing).
#
# Needs java 17 and node/npm (ajv-cli is installed into benchmarks/target/node from the npm
# registry).
# METHOD=hyperfine times with hyperfine (installed with apt-get when missing and possible), one
# command after the other; the default is interleaved rounds timed with bash (below).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
target="$here/target"
sizes="${SIZES:-example 100 1000}"
shape="${SHAPE:-wide}"
big="${BIG:-10000}"
runs="${RUNS:-10}"
method="${METHOD:-interleaved}"
# NICE=-10 (as root) runs the timed processes ahead of other work on a shared machine.
priority=""
if [[ -n "${NICE:-}" ]]; then priority="nice -n $NICE "; fi
java17="${JAVA17:-java}"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
bench="$target/benchmarks.jar"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$top/pom.xml" | head -1)"
cli="$top/ladder-cli/target/ladder-cli-$version-all.jar"
out="$target/compare"
mkdir -p "$out"

if [[ ! -f "$bench" || ! -f "$cli" || "${REBUILD:-0}" == 1 ]]; then
  echo "== building $bench and $cli"
  (cd "$top" && ./mvnw -q -B -ntp -pl benchmarks,ladder-cli -am package -DskipTests)
fi

ajv="$target/node/node_modules/.bin/ajv"
if [[ ! -x "$ajv" ]]; then
  echo "== installing ajv-cli into $target/node"
  npm install --prefix "$target/node" --no-audit --no-fund --silent ajv-cli@5 ajv-formats@2
fi

if [[ "$method" == hyperfine ]] && ! command -v hyperfine >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  echo "== installing hyperfine"
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi

generate() { # <levels> -> prints the ladder root
  if [[ "$1" == example ]]; then
    echo "$top/examples/engineering-ladder/ladder"
    return
  fi
  local root="$target/ladders/$shape-$1/ladder"
  if [[ ! -f "$root/ladder.yaml" ]]; then
    rm -rf "$target/ladders/$shape-$1"
    java -cp "$bench" dev.ladder.bench.LadderGenerator "$root" "$1" "$shape" >&2
  fi
  echo "$root"
}

# One copy of the jar per JDK, each with the cache ladder-cli/aot-train.sh makes beside it, as a
# user makes it: one training run on the example ladder, with the launcher's flags.
have25=0
if [[ -x "$java25" ]]; then have25=1; fi
train() { # <name> <java>
  mkdir -p "$out/$1"
  cp "$cli" "$out/$1/ladder-cli.jar"
  LADDER_JAR="$out/$1/ladder-cli.jar" JAVA="$2" "$top/ladder-cli/aot-train.sh" \
    "$top/examples/engineering-ladder/ladder" >/dev/null
}
train jdk17 "$java17"
if ((have25)); then train jdk25 "$java25"; fi
jar17="$out/jdk17/ladder-cli.jar"
jar25="$out/jdk25/ladder-cli.jar"
# Interleaved rounds: each round runs every command once, the first one moving by one each round,
# so that a load that changes during the run (a shared machine) falls on all commands alike.
# Bash's `time` gives each process's wall and CPU time; the table has the median and the fastest
# wall time and the median CPU time (user + system, both cores).
interleave() { # <name>: times "${commands[@]}", writes $out/startup-<name>.md
  local n=${#commands[@]} round i k samples="$out/startup-$1.samples"
  : >"$samples"
  for i in "${!commands[@]}"; do bash -c "${commands[$i]}" >/dev/null 2>&1 || true; done # warm-up
  for ((round = 0; round < runs; round++)); do
    for ((k = 0; k < n; k++)); do
      i=$(((k + round) % n))
      local TIMEFORMAT="$i %3R %3U %3S"
      { time bash -c "exec ${commands[$i]}" >/dev/null 2>&1; } 2>>"$samples" || true
    done
  done
  {
    echo "| command | median wall | fastest wall | median CPU (user + sys) |"
    echo "|---|---:|---:|---:|"
    for i in "${!commands[@]}"; do
      awk -v i="$i" -v name="${names[$i]}" '$1 == i { w[++n] = $2 * 1000; c[n] = ($3 + $4) * 1000 }
        function median(a, n,   j, k, t) {
          for (j = 1; j <= n; j++) for (k = j + 1; k <= n; k++) if (a[k] < a[j]) { t = a[j]; a[j] = a[k]; a[k] = t }
          return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END { mw = median(w, n); fw = w[1]; mc = median(c, n)
              printf "| %s | %d ms | %d ms | %d ms |\n", name, mw, fw, mc }' "$samples"
    done
    echo
    echo "$runs interleaved rounds; load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$out/startup-$1.md"
}

tier1="-XX:TieredStopAtLevel=1"
serial="-XX:+UseSerialGC"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java 17: $("$java17" -version 2>&1 | head -1)"
if ((have25)); then echo "== java 25: $("$java25" -version 2>&1 | head -1)"; fi
echo "== node: $(node --version); ajv-cli: $(node -p "require('$target/node/node_modules/ajv-cli/package.json').version")"

for size in $sizes; do
  root="$(generate "$size")"
  name="$shape-$size"
  if [[ "$size" == example ]]; then name=example; fi
  echo "== $name: $(find "$root" -type f | wc -l) files, $(du -sh "$root" | cut -f1)"
  echo "== sanity: both validators accept the ladder"
  "$java17" -jar "$jar17" validate "$root" | tail -1
  "$ajv" validate -s "$top/schemas/level.schema.json" -d "$root/levels/**/*.yaml" | grep -vc ' valid$' \
    | sed 's/^/ajv files not valid: /' || true

  names=()
  commands=()
  add() { names+=("$1"); commands+=("${priority}$2"); }
  add "ladder, JDK 17, default flags" "$java17 -jar $jar17 validate $root"
  add "ladder, JDK 17, -Xshare:off" "$java17 -Xshare:off -jar $jar17 validate $root"
  add "ladder, JDK 17, $tier1" "$java17 $tier1 -jar $jar17 validate $root"
  add "ladder, JDK 17, $tier1 $serial" "$java17 $tier1 $serial -jar $jar17 validate $root"
  add "ladder, JDK 17, $tier1, AppCDS (the launcher)" "$java17 $tier1 -XX:SharedArchiveFile=$out/jdk17/ladder-cli.jsa -jar $jar17 validate $root"
  if ((have25)); then
    add "ladder, JDK 25, default flags" "$java25 -jar $jar25 validate $root"
    add "ladder, JDK 25, $tier1" "$java25 $tier1 -jar $jar25 validate $root"
    add "ladder, JDK 25, AOT cache" "$java25 -XX:AOTCache=$out/jdk25/ladder-cli.aot -jar $jar25 validate $root"
    add "ladder, JDK 25, AOT cache, $tier1 (the launcher)" "$java25 $tier1 -XX:AOTCache=$out/jdk25/ladder-cli.aot -jar $jar25 validate $root"
    add "ladder, JDK 25, AOT cache, $tier1 $serial" "$java25 $tier1 $serial -XX:AOTCache=$out/jdk25/ladder-cli.aot -jar $jar25 validate $root"
  fi
  add "ajv-cli, level files only (schema only)" "$ajv validate -s $top/schemas/level.schema.json -d '$root/levels/**/*.yaml'"

  if [[ "$method" == hyperfine ]] && command -v hyperfine >/dev/null 2>&1; then
    args=()
    for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
    hyperfine -N --warmup 1 --runs "$runs" --style basic \
      --export-markdown "$out/startup-$name.md" --export-json "$out/startup-$name.json" "${args[@]}"
    cat "$out/startup-$name.md"
  else
    interleave "$name"
  fi
done

if [[ "$big" != 0 ]]; then
  bigroot="$(generate "$big")"
  echo "== $big levels, $shape shape, under -Xmx256m: $(find "$bigroot" -type f | wc -l) files, $(du -sh "$bigroot" | cut -f1)"
  start=$(date +%s%N)
  status=0
  timer=()
  if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -f "peak RSS %M KB, CPU %U s user + %S s sys"); fi
  "${timer[@]}" "$java17" -Xmx256m -jar "$jar17" validate "$bigroot" > "$out/xmx256m-$shape-$big.txt" 2>&1 || status=$?
  end=$(date +%s%N)
  tail -3 "$out/xmx256m-$shape-$big.txt"
  echo "exit status $status, wall time $(((end - start) / 1000000)) ms" | tee -a "$out/xmx256m-$shape-$big.txt"
fi
