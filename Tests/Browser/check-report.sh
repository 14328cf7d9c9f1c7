#!/usr/bin/env bash
# Renders an HTML report in headless Chromium and fails when the page has errors or content
# that overflows, at a laptop width and at the printable width of A4 paper; then writes a
# PNG screenshot and a PDF print of it.
#
#   Tests/Browser/check-report.sh [REPORT.html] [OUTPUT-FOLDER]
#
# Without a report it makes one: `kpi init` and `kpi run` on the starter project (with the
# debug build of kpi). The report itself carries no script: the checks run in a copy with
# check-probe.html inserted at the top of its <head>, which records load errors, console
# errors, network requests, elements past the window's right edge, tables that need
# scrolling and chart text outside its chart, into a data-check attribute read from
# `--dump-dom`. Needs `chromium` (Debian package) on the PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
browser="${CHROMIUM:-chromium}"
command -v "$browser" >/dev/null || { echo "check-report: $browser is not installed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="${1:-}"
out="${2:-$work/out}"
mkdir -p "$out"
if [[ -z "$report" ]]; then
  kpi="$root/.build/debug/kpi"
  [[ -x "$kpi" ]] || (cd "$root" && swift build --product kpi >/dev/null)
  "$kpi" init "$work/demo" >/dev/null
  "$kpi" run "$work/demo/kpi.yaml" --quiet >/dev/null
  report="$work/demo/report.html"
fi
[[ -f "$report" ]] || { echo "check-report: no file $report" >&2; exit 2; }

if grep -qi '<script' "$report"; then echo "check-report: $report contains a script" >&2; exit 1; fi
if grep -Eqi '(src|href)="https?:|@import|url\(https?:' "$report"; then
  echo "check-report: $report refers to the network" >&2; exit 1
fi

# The probe goes first in <head>, so it hears about errors from everything after it.
probe="$work/probe.html"
awk -v probe="$here/check-probe.html" '
  !done && /<head>/ { sub(/<head>/, "<head>\n" ); print; while ((getline line < probe) > 0) print line; done = 1; next }
  { print }' "$report" > "$probe"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --disable-background-networking --disable-component-update --run-all-compositor-stages-before-draw)
status=0
# 1280 px: a laptop; 680 px: A4 less 15 mm margins at 96 dpi, as the page is printed.
for width in 1280 680; do
  dom="$("$browser" "${flags[@]}" --window-size="$width,900" --virtual-time-budget=5000 --dump-dom "file://$probe" 2>"$work/stderr-$width")"
  result="$(printf '%s' "$dom" | grep -o 'data-check="[^"]*"' | head -n 1 | sed 's/^data-check="//; s/"$//')"
  if [[ -z "$result" ]]; then
    echo "check-report: at ${width}px the page did not finish loading" >&2
    sed -n '1,20p' "$work/stderr-$width" >&2
    status=1
  elif [[ "$result" != "ok" ]]; then
    echo "check-report: at ${width}px: $result" | sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' >&2
    status=1
  else
    echo "check-report: ${width}px wide: no errors, nothing overflows"
  fi
done

"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/report.png" "file://$(realpath "$report")" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$(realpath "$report")" 2>/dev/null
for file in report.png report.pdf; do
  [[ -s "$out/$file" ]] || { echo "check-report: Chromium wrote no $file" >&2; status=1; }
done
if [[ -s "$out/report.pdf" ]]; then
  pages="$(grep -ao '/Type */Pages\?' "$out/report.pdf" | grep -c 'Page$' || true)"
  echo "check-report: $out/report.png and $out/report.pdf ($pages pages)"
  [[ "$pages" -gt 0 ]] || { echo "check-report: the PDF has no pages" >&2; status=1; }
fi
exit "$status"
