#!/usr/bin/env bash
# Packs the library from a state without dist/ (as a fresh clone after `npm ci`: `prepack`
# must build it), checks the tarball holds the build, installs it with zod into a fresh folder,
# and imports it from ESM and CommonJS, as a consumer would.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$root/dist"
# prepack's build prints to stdout, so the tarball's name is read from the folder, not the output.
(cd "$root" && npm pack --silent --pack-destination "$tmp" > /dev/null)
tgz=$(cd "$tmp" && ls -- *.tgz)
listing=$(tar -tzf "$tmp/$tgz")
for f in dist/index.js dist/index.cjs dist/index.d.ts dist/cli/bin.js dist/entries/pk.js dist/entries/pk.cjs dist/entries/pk.d.ts CHANGELOG.md; do
  grep -qx "package/$f" <<< "$listing" || { echo "tarball lacks $f"; exit 1; }
done
echo "tarball holds dist/ (built by prepack)"
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
# The subpaths resolve from ESM and CJS, and share one InvalidInputError class with the root.
node --input-type=module -e "
import { InvalidInputError } from 'ketamine-relief';
import { simulatePk } from 'ketamine-relief/pk';
import { percentiles } from 'ketamine-relief/stats';
import { addCalendarDays } from 'ketamine-relief/dates';
import { strongestLevel } from 'ketamine-relief/evidence';
let same = false;
try { simulatePk(null); } catch (e) { same = e instanceof InvalidInputError; }
if (!same) { console.error('ESM subpath error is not the root InvalidInputError'); process.exit(1); }
console.log('ESM subpaths', typeof percentiles, typeof addCalendarDays, typeof strongestLevel, same);"
node -e "
const { InvalidInputError } = require('ketamine-relief');
const { simulatePk } = require('ketamine-relief/pk');
const { createRandom } = require('ketamine-relief/stats');
let same = false;
try { simulatePk(null); } catch (e) { same = e instanceof InvalidInputError; }
if (!same) { console.error('CJS subpath error is not the root InvalidInputError'); process.exit(1); }
console.log('CJS subpaths', typeof createRandom, same);"
echo "CLI $(npx --no-install ketamine-relief estimate --pain acute-trauma --route intravenous --dose 0.3mg/kg --weight 70 --population 200 --json | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s);console.log(r.painType, r.model.id, r.duration.unit)})")"
set +e
npx --no-install ketamine-relief estimate --pain crps --route iv --dose 1mg 2> /dev/null
code=$?
set -e
[ "$code" -eq 2 ] || { echo "CLI: expected exit code 2 for bad input, got $code"; exit 1; }
echo "CLI bad input → exit 2"
