#!/usr/bin/env bash
# Measures the compiled-rules cache (docs/benchmarks.md, "Compiled-rules cache"): `validar`, `probar` and
# `evaluar` of the SENCE example with
#   a) the default methodology, no --metodologia (evaluar/probar: the packaged, prebuilt rules),
#   b) an unchanged methodology folder (cache hit),
#   c) a folder changed before every run (cache miss: classic build; the entry is built afterwards by a
#      separate process, which this script lets finish before the next timed run and times apart),
#   d) the unchanged folder with the cache off (what every run cost before the cache),
# alternating a, b, c, d in every round; prints medians of the elapsed seconds, of the CPU seconds of the
# command's own process (steadier on a shared machine), and of each round's ratio to (a).
#
#   scripts/medir-cache.sh [ROUNDS]        (default 7; builds once with Maven, offline)
set -euo pipefail
cd "$(dirname "$0")/.."
rondas="${1:-7}"

mvn -B -q -ntp -o -Dstyle.color=never package -DskipTests -pl cli -am
cp_avance="cli/target/avance-cli.jar:cli/target/lib/*"
# The JVM flags of the ./avance launcher for a single command.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
sence=examples/evaluaciones/sence-2007.yaml

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export AVANCE_CACHE_CARPETA="$tmp/cache"
avance=(java "${jvm[@]}" -cp "$cp_avance" cl.avance.cli.Avance)
avance() { "${avance[@]}" "$@"; }
avance metodologia exportar "$tmp/igual" >/dev/null
avance metodologia exportar "$tmp/cambiada" >/dev/null
drl_cambiada="$tmp/cambiada/clasificacion/precedencia.drl"

# "wall-seconds cpu-seconds" of a command (CPU: user + system of the command's own process, not of the
# builder it leaves behind), output discarded; exit status 0 or 1 (probar with failures) accepted.
segundos() {
  local t0 t1 cpu
  t0=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$@" >/dev/null 2>&1 || [ $? -le 1 ] || { echo "falló: $*" >&2; exit 2; }
  t1=$(date +%s%N)
  cpu=$(awk '{printf "%.3f", $1 + $2}' "$tmp/cpu")
  echo "$(echo "scale=3; ($t1 - $t0) / 1000000000" | bc | xargs printf '%.3f') $cpu"
}

# Waits for the background builder the last miss started (the marker file disappears); prints its seconds.
esperar_constructor() {
  local t0 t1
  t0=$(date +%s%N)
  local limite=$((SECONDS + 300))
  while compgen -G "$AVANCE_CACHE_CARPETA/*.construyendo" >/dev/null && [ $SECONDS -lt $limite ]; do sleep 0.1; done
  t1=$(date +%s%N)
  echo "scale=3; ($t1 - $t0) / 1000000000" | bc
}

mediana() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }

declare -A tiempos razones cpus razones_cpu
construccion=()
cambio=0
comando() {  # comando NAME VARIANT -> the command line
  local que="$1" variante="$2" carpeta=()
  case "$variante" in
    b|d) carpeta=(--metodologia "$tmp/igual") ;;
    c) carpeta=(--metodologia "$tmp/cambiada") ;;
  esac
  case "$que" in
    evaluar) echo evaluar "$sence" --formato json "${carpeta[@]}" ;;
    probar) echo probar "${carpeta[@]}" ;;
    validar) echo validar "${carpeta[@]}" ;;
  esac
}

# Warm the cache for (a)/(b) and the file system, untimed.
for que in evaluar probar validar; do
  avance $(comando "$que" b) >/dev/null 2>&1 || true
  esperar_constructor >/dev/null
done

for ((r = 1; r <= rondas; r++)); do
  for que in validar probar evaluar; do
    declare -A t=() u=()
    for variante in a b c d; do
      if [ "$variante" = c ]; then
        cambio=$((cambio + 1))
        printf '\n// cambio %d\n' "$cambio" >>"$drl_cambiada"
      fi
      if [ "$variante" = d ]; then
        medida=$(segundos env AVANCE_CACHE=false "${avance[@]}" $(comando "$que" "$variante"))
      else
        medida=$(segundos "${avance[@]}" $(comando "$que" "$variante"))
      fi
      t[$variante]=${medida% *}
      u[$variante]=${medida#* }
      if [ "$variante" = c ]; then construccion+=("$(esperar_constructor)"); fi
      tiempos[$que.$variante]+="${t[$variante]} "
      cpus[$que.$variante]+="${u[$variante]} "
    done
    for variante in b c d; do
      razones[$que.$variante]+="$(echo "scale=4; ${t[$variante]} / ${t[a]}" | bc | xargs printf '%.4f') "
      razones_cpu[$que.$variante]+="$(echo "scale=4; ${u[$variante]} / ${u[a]}" | bc | xargs printf '%.4f') "
    done
    echo "ronda $r $que: a ${t[a]} s (cpu ${u[a]}), b ${t[b]} (${u[b]}), c ${t[c]} (${u[c]}), d ${t[d]} (${u[d]})" >&2
  done
done

echo
echo "$rondas rondas alternadas; $(nproc) núcleos; $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "Tiempo transcurrido (reloj), medianas:"
echo
echo "| comando | a) por defecto s | b) carpeta sin cambios s | c) carpeta cambiada s | d) sin cache s | b / a | c / a | d / a |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for que in validar probar evaluar; do
  fila="| \`$que\`"
  for variante in a b c d; do
    fila+=" | $(echo ${tiempos[$que.$variante]} | tr ' ' '\n' | mediana)"
  done
  for variante in b c d; do
    fila+=" | $(echo ${razones[$que.$variante]} | tr ' ' '\n' | mediana | xargs printf '%.2f')×"
  done
  echo "$fila |"
done
echo
echo "Tiempo de CPU del proceso (usuario + sistema), medianas:"
echo
echo "| comando | a) por defecto s | b) carpeta sin cambios s | c) carpeta cambiada s | d) sin cache s | b / a | c / a | d / a |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for que in validar probar evaluar; do
  fila="| \`$que\`"
  for variante in a b c d; do
    fila+=" | $(echo ${cpus[$que.$variante]} | tr ' ' '\n' | mediana)"
  done
  for variante in b c d; do
    fila+=" | $(echo ${razones_cpu[$que.$variante]} | tr ' ' '\n' | mediana | xargs printf '%.2f')×"
  done
  echo "$fila |"
done
echo
echo "Construcción de la entrada en segundo plano tras cada fallo (c), mediana: $(printf '%s\n' "${construccion[@]}" | mediana) s"
