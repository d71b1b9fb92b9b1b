#!/usr/bin/env bash
# Installs what the browser tests need from Debian, unless it is already there: Chromium, and
# poppler's pdfinfo and pdftotext (the print tests read the PDFs Chromium prints). Never downloads a
# browser build of its own (no `playwright install`): only Debian's packages are reachable here.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/pdftotext ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium or /usr/bin/pdftotext is missing; run as root or: sudo apt-get install -y chromium poppler-utils" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
/usr/bin/chromium --version 2>/dev/null | grep -i chromium
