#!/usr/bin/env bash
# Whole process against whole process, in one run: our full validation (every file against its
# schema, then every rule) of a generated ladder, against ajv-cli's schema-only validation of the
# same files against the same schemas. Then a 10,000-level ladder under -Xmx256m.
#
#   benchmarks/compare-ajv.sh            # 1,000 levels, wide shape, 5 runs each
#   SIZE=100 RUNS=10 SHAPE=deep BIG=0 benchmarks/compare-ajv.sh
#
# SHAPE is the generator's: wide (tracks of 10 levels) or deep (4 tracks); BIG=0 skips -Xmx256m.
#
# Needs java, node/npm (ajv-cli is installed into benchmarks/target/node from the npm registry)
# and hyperfine (installed with apt-get when missing and possible; else a bash timing loop).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
target="$here/target"
size="${SIZE:-1000}"
shape="${SHAPE:-wide}"
big="${BIG:-10000}"
runs="${RUNS:-5}"
jar="$target/benchmarks.jar"
out="$target/compare"
mkdir -p "$out"

if [[ ! -f "$jar" || "${REBUILD:-0}" == 1 ]]; then
  echo "== building $jar"
  (cd "$top" && ./mvnw -q -pl benchmarks -am package -DskipTests)
fi

ajv="$target/node/node_modules/.bin/ajv"
if [[ ! -x "$ajv" ]]; then
  echo "== installing ajv-cli into $target/node"
  npm install --prefix "$target/node" --no-audit --no-fund --silent ajv-cli@5 ajv-formats@2
fi

if ! command -v hyperfine >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  echo "== installing hyperfine"
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi

generate() { # <levels> -> prints the ladder root
  local root="$target/ladders/$shape-$1/ladder"
  if [[ ! -f "$root/ladder.yaml" ]]; then
    rm -rf "$target/ladders/$shape-$1"
    java -cp "$jar" dev.ladder.bench.LadderGenerator "$root" "$1" "$shape" >&2
  fi
  echo "$root"
}

root="$(generate "$size")"
ours="java -cp $jar dev.ladder.bench.ValidateMain $root"
# A short-lived command-line run gains from skipping the optimising JIT compiler (C2 compiles for
# seconds on 2 cores and the process ends before it pays back) and from the serial collector.
# Timed as well as the default flags, never instead of them.
quick_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
ours_quick="java $quick_flags -cp $jar dev.ladder.bench.ValidateMain $root"
# Class-data sharing of the application's classes (AppCDS): one training run writes the archive,
# as a command-line distribution would ship it; the timed runs map it instead of loading classes.
cds="$out/validate-main.jsa"
java $quick_flags -XX:ArchiveClassesAtExit="$cds" -cp "$jar" dev.ladder.bench.ValidateMain "$root" >/dev/null 2>&1 || true
ours_cds="java $quick_flags -XX:SharedArchiveFile=$cds -cp $jar dev.ladder.bench.ValidateMain $root"
# The floor as a whole process: Jackson parses every file into a tree, nothing else.
floor="java -cp $jar dev.ladder.bench.FloorMain $root"
ajv_levels="$ajv validate -s $top/schemas/level.schema.json -d '$root/levels/**/*.yaml'"
ajv_all="$ajv_levels && $ajv validate -s $top/schemas/ladder.schema.json -d $root/ladder.yaml"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
echo "== java: $(java -version 2>&1 | head -1); node: $(node --version); ajv-cli: $(node -p "require('$target/node/node_modules/ajv-cli/package.json').version")"
echo "== $size levels, $shape shape: $(find "$root" -type f | wc -l) files, $(du -sh "$root" | cut -f1)"

echo "== sanity: both validators accept the ladder"
bash -c "$ours" | tail -1
bash -c "$ajv_all" | grep -vc ' valid$' | sed 's/^/ajv files not valid: /' || true

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" --style basic \
    --export-markdown "$out/ajv-$shape-$size.md" --export-json "$out/ajv-$shape-$size.json" \
    -n "ladder ValidateMain (schema + every rule)" "$ours" \
    -n "ladder ValidateMain, $quick_flags" "$ours_quick" \
    -n "ladder ValidateMain, $quick_flags, AppCDS archive" "$ours_cds" \
    -n "Jackson parse only (FloorMain), default flags" "$floor" \
    -n "ajv-cli, level files only" "$ajv_levels" \
    -n "ajv-cli, level files + ladder.yaml" "$ajv_all"
  cat "$out/ajv-$shape-$size.md"
else
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  time_ms() { # <command>: median wall time of $runs runs after one warmup, in ms
    bash -c "$1" >/dev/null
    for _ in $(seq "$runs"); do
      local s e
      s=$(date +%s%N); bash -c "$1" >/dev/null; e=$(date +%s%N)
      echo $(((e - s) / 1000000))
    done | median
  }
  echo "| command | median (ms) |" | tee "$out/ajv-$shape-$size.md"
  echo "|---|---|" | tee -a "$out/ajv-$shape-$size.md"
  echo "| ladder ValidateMain (schema + every rule) | $(time_ms "$ours") |" | tee -a "$out/ajv-$shape-$size.md"
  echo "| ladder ValidateMain, $quick_flags | $(time_ms "$ours_quick") |" | tee -a "$out/ajv-$shape-$size.md"
  echo "| ladder ValidateMain, $quick_flags, AppCDS archive | $(time_ms "$ours_cds") |" | tee -a "$out/ajv-$shape-$size.md"
  echo "| Jackson parse only (FloorMain), default flags | $(time_ms "$floor") |" | tee -a "$out/ajv-$shape-$size.md"
  echo "| ajv-cli, level files only | $(time_ms "$ajv_levels") |" | tee -a "$out/ajv-$shape-$size.md"
  echo "| ajv-cli, level files + ladder.yaml | $(time_ms "$ajv_all") |" | tee -a "$out/ajv-$shape-$size.md"
fi

if [[ "$big" != 0 ]]; then
  bigroot="$(generate "$big")"
  echo "== $big levels, $shape shape, under -Xmx256m: $(find "$bigroot" -type f | wc -l) files, $(du -sh "$bigroot" | cut -f1)"
  start=$(date +%s%N)
  status=0
  timer=()
  if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -f "peak RSS %M KB, CPU %U s user + %S s sys"); fi
  "${timer[@]}" java -Xmx256m -cp "$jar" dev.ladder.bench.ValidateMain "$bigroot" > "$out/xmx256m-$shape-$big.txt" 2>&1 || status=$?
  end=$(date +%s%N)
  tail -3 "$out/xmx256m-$shape-$big.txt"
  echo "exit status $status, wall time $(((end - start) / 1000000)) ms" | tee -a "$out/xmx256m-$shape-$big.txt"
fi
