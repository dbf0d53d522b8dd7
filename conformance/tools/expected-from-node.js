#!/usr/bin/env node
// Generates (or checks) the expected output of the Weft language conformance corpus
// by running every test program in Node.js.
//
// Usage:
//   node conformance/tools/expected-from-node.js [--check] [files or directories...]
//
// Without file arguments, every `.js` file under conformance/tests/language is used.
// Each program runs in a fresh `vm` context whose only extra globals are `print` and
// `console.log`. Both convert each argument with String(v), join with one space and end
// the line with "\n" -- exactly what Weft's engines do. To keep the corpus portable they
// THROW (a "corpus rule violation") when given an object, a function or a symbol: how an
// engine renders those is not specified, so tests must print primitives only.
//
// If a program ends with an uncaught exception, one last line is appended:
// `Uncaught <name>` where <name> is the thrown value's `name` property when it is an
// object that has one, and String(value) otherwise (`Uncaught 42`).
//
// Without --check, writes `<name>.expected` next to each `<name>.js`.
// With --check, compares against the existing `.expected` files and exits 1 listing
// mismatches. Rule violations are always reported and make the script exit 1; no
// `.expected` is written for such a test.
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', 'tests', 'language');

class RuleViolation extends Error {}

function collect(p, out) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) collect(path.join(p, e), out);
  } else if (p.endsWith('.js')) {
    out.push(p);
  }
}

function runOne(file) {
  const source = fs.readFileSync(file, 'utf8');
  const lines = [];
  let violation = null;
  function emit(...args) {
    const parts = args.map((v, i) => {
      const t = typeof v;
      if (v !== null && (t === 'object' || t === 'function' || t === 'symbol')) {
        violation = violation || new RuleViolation(
          `print/console.log argument ${i} is a ${t === 'object' ? 'object' : t}; ` +
          'only strings, numbers, booleans, undefined and null may be printed');
        throw violation;
      }
      if (t === 'number' && Object.is(v, -0)) {
        violation = violation || new RuleViolation(
          'printed -0 directly; print Object.is(x, -0) instead');
        throw violation;
      }
      return String(v);
    });
    lines.push(parts.join(' ') + '\n');
  }
  // Jobs (promise reactions) run after the script, inside the timeout, as in Weft.
  const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  // Define print and console with the same attributes as ordinary global functions.
  Object.defineProperty(ctx, 'print', { value: emit, writable: true, configurable: true });
  const consoleObj = vm.runInContext('({})', ctx);
  Object.defineProperty(consoleObj, 'log', { value: emit, writable: true, configurable: true });
  Object.defineProperty(ctx, 'console', { value: consoleObj, writable: true, configurable: true });
  try {
    vm.runInContext(source, ctx, { filename: file, timeout: 10000 });
  } catch (e) {
    if (violation) return { violation };
    if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      return { violation: new RuleViolation('did not terminate within 10 s') };
    }
    let name;
    if (e !== null && (typeof e === 'object' || typeof e === 'function') && 'name' in e) {
      name = String(e.name);
    } else {
      try { name = String(e); } catch (_) { name = '<unprintable>'; }
    }
    lines.push(`Uncaught ${name}\n`);
  }
  if (violation) return { violation };
  return { output: lines.join('') };
}

function main() {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const targets = argv.filter((a) => a !== '--check');
  const files = [];
  if (targets.length === 0) collect(ROOT, files);
  else for (const t of targets) collect(path.resolve(t), files);

  let bad = 0;
  let written = 0;
  let ok = 0;
  for (const file of files) {
    const expFile = file.replace(/\.js$/, '.expected');
    const rel = path.relative(process.cwd(), file);
    const r = runOne(file);
    if (r.violation) {
      bad++;
      console.error(`RULE VIOLATION ${rel}: ${r.violation.message}`);
      continue;
    }
    if (check) {
      let existing = null;
      try { existing = fs.readFileSync(expFile, 'utf8'); } catch (_) { /* missing */ }
      if (existing === null) {
        bad++;
        console.error(`MISSING ${path.relative(process.cwd(), expFile)}`);
      } else if (existing !== r.output) {
        bad++;
        const want = existing.split('\n');
        const got = r.output.split('\n');
        let i = 0;
        while (i < want.length && want[i] === got[i]) i++;
        console.error(`MISMATCH ${rel} (first difference at line ${i + 1})`);
        console.error(`  expected: ${JSON.stringify(want[i])}`);
        console.error(`  node:     ${JSON.stringify(got[i])}`);
      } else {
        ok++;
      }
    } else {
      fs.writeFileSync(expFile, r.output);
      written++;
    }
  }
  if (check) console.log(`${ok} match, ${bad} bad, ${files.length} total`);
  else console.log(`${written} written, ${bad} rule violations, ${files.length} total`);
  process.exit(bad ? 1 : 0);
}

main();
