#!/usr/bin/env bash
# Renders an HTML report in headless Chromium: a PNG screenshot and a PDF (what printing gives).
# Usage: scripts/captura-informe.sh INFORME.html SALIDA.png [SALIDA.pdf]
# Needs Debian's chromium (apt-get install chromium); .ci/run installs it for CI.
set -euo pipefail
html="$(realpath "$1")"; png="$(realpath -m "$2")"; pdf="${3:+$(realpath -m "$3")}"
navegador="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$navegador" ] || { echo "captura-informe: no se encontró chromium (apt-get install chromium)" >&2; exit 2; }
perfil="$(mktemp -d)"; trap 'rm -rf "$perfil"' EXIT
opciones=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$perfil")
timeout 120 "$navegador" "${opciones[@]}" --window-size=1200,2400 "--screenshot=$png" "file://$html" >/dev/null 2>&1
if [ -n "$pdf" ]; then
  timeout 120 "$navegador" "${opciones[@]}" --no-pdf-header-footer "--print-to-pdf=$pdf" "file://$html" >/dev/null 2>&1
fi
[ -s "$png" ] || { echo "captura-informe: Chromium no produjo la captura" >&2; exit 1; }
