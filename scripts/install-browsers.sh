#!/usr/bin/env bash
# Installs the three browser engines the tests use, from Debian's packages (never a download by a test
# tool): Chromium, Firefox ESR, and WebKitGTK's WebDriver with MiniBrowser, plus Xvfb for MiniBrowser.
# Skips what is already installed. Uses sudo when not root.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || need+=(xvfb)
[ ${#need[@]} -eq 0 ] && { echo "Browsers already installed."; exit 0; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing from Debian's packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
