#!/usr/bin/env bash
# Set-up on Debian (12 or newer) or a Debian-based system: installs only what is missing, then
# runs `npm ci`. Shared by the README's first command and CI (.ci/run), so they cannot drift.
#
# - A Node.js that is already installed (NodeSource, nvm, Debian's) is left as it is: any Node from
#   18 on starts the set-up; npm ci itself runs on the project's own Node 24 (fetched from the npm
#   registry first when the installed one is older than 22.12), which runs every npm script after.
# - Debian's nodejs and npm are installed only when there is no node at all.
# - The browsers the tests drive, a virtual display, and Java for the W3C HTML checker come from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
node_major=0
if command -v node >/dev/null 2>&1; then
	node_version=$(node -p 'process.versions.node')
	node_major=${node_version%%.*}
	if [ "$node_major" -lt 18 ]; then
		echo "Node.js $node_version is installed ($(command -v node)); npm ci needs Node 18 or newer." >&2
		echo "Upgrade that Node, or remove it so that this script installs Debian's." >&2
		exit 1
	fi
	command -v npm >/dev/null 2>&1 || missing+=(npm)
else
	missing+=(nodejs npm)
fi
# The browser tests' engines (nothing is downloaded by the tests): Chromium, Firefox ESR,
# WebKitGTK's WebDriver with MiniBrowser, a virtual display for MiniBrowser; Java runs the
# W3C Nu Html Checker; git gives page dates.
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/xvfb-run ] || missing+=(xvfb)
[ -x /usr/bin/xauth ] || missing+=(xauth)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v git >/dev/null 2>&1 || missing+=(git)
# npm reaches the registry over HTTPS; a minimal Debian has no certificate store.
[ -f /etc/ssl/certs/ca-certificates.crt ] || missing+=(ca-certificates)

if [ ${#missing[@]} -gt 0 ]; then
	say "Installing from Debian: ${missing[*]}"
	# apt's and the packages' own messages go to a log, shown only if something fails.
	log=$(mktemp -t kb-setup-apt.XXXXXX)
	if ! { as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
		tail -n 30 "$log" >&2
		echo "apt-get failed; its full output is in $log" >&2
		exit 1
	fi
	rm -f "$log"
else
	say "Debian packages: nothing missing"
fi

node_version=$(node -p 'process.versions.node')
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'; then
	say "npm ci with Node $node_version"
	npm ci
else
	# Debian 12's Node 18 with its npm 9 leaves out the native builds of Astro's compiler, rolldown
	# and sharp (optional dependencies: no error, the build fails later), and an older Node makes npm
	# print an EBADENGINE warning for each of ~30 packages. So the project's own Node (the `node`
	# package of package-lock.json) and a current npm are fetched from the npm registry into a
	# temporary folder first, and npm ci runs with them; what is installed on this machine is left as it is.
	want=$(node -p 'require("./package-lock.json").packages["node_modules/node"].version')
	say "Node $node_version is older than Astro 7 needs (22.12): fetching the project's own Node $want and npm 11 from the npm registry, then npm ci with them"
	boot=$(mktemp -d -t kb-node.XXXXXX)
	trap 'rm -rf "$boot"' EXIT
	npm install --prefix "$boot" --no-save --no-package-lock --loglevel=error "node@$want" npm@11 >/dev/null
	PATH="$boot/node_modules/.bin:$PATH" "$boot/node_modules/.bin/npm" ci
fi
say "Ready: npm scripts run on Node $(node_modules/.bin/node -p 'process.versions.node') (node_modules/.bin/node)"
