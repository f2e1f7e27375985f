#!/bin/sh
# Screenshot of a real report for the README: clean examples/contaminated.txt with --report, then render the
# report in headless Chromium (Debian: apt-get install -y chromium fonts-noto-cjk) and save docs/report.png.
#
#   scripts/screenshot_report.sh [OUT.png]        (PYTHON=/path/to/python to use another interpreter)
set -eu
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
out=${1:-docs/report.png}
chromium=${CHROMIUM:-chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# a fixed hash seed: spam.keywords comes out in set order, and the picture should not change from run to run
PYTHONHASHSEED=0 "$python" -m cleantext examples/contaminated.txt --report "$tmp/report.html" > /dev/null
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --screenshot="$out" --window-size=1280,1600 "file://$tmp/report.html"
echo "wrote $out"
