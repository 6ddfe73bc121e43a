#!/usr/bin/env bash
# Packs the library, installs the tarball with zod into a fresh folder, and imports it from
# ESM and CommonJS, as a consumer would.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tgz=$(cd "$root" && npm pack --silent --pack-destination "$tmp" | tail -n 1)
cd "$tmp"
npm init -y > /dev/null
zod=$(node -p "require('$root/node_modules/zod/package.json').version")
npm install --no-audit --no-fund --silent "./$tgz" "zod@$zod" > /dev/null
node --input-type=module -e "
import { getRoute, parseRegimen } from 'ketamine-relief';
const r = parseRegimen({ route: 'intranasal', dose: { amount: 50, unit: 'mg' } });
console.log('ESM', r.method, getRoute(r.route).snomed.code);"
node -e "
const { getPainType, InvalidInputError, parseRegimen } = require('ketamine-relief');
try { parseRegimen({ route: 'oral' }); } catch (e) { console.log('CJS', e instanceof InvalidInputError, getPainType('crps').lastingRelief.strength); }"
