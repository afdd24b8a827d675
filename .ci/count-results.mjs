// Prints "N passed, N failed" for every Vitest and Playwright JSON report named on the command line, together.
// A report that is missing counts as one failure, so a runner that never ran cannot pass silently.
//   node .ci/count-results.mjs reports/vitest-unit.json reports/vitest-built.json reports/playwright.json
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) {
    console.error(`no test report at ${path}`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(path, 'utf8'));
  if ('numPassedTests' in r) {
    // Vitest: a file that fails to load has no failed test but makes the run unsuccessful.
    passed += r.numPassedTests ?? 0;
    failed += (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && !r.numFailedTests ? 1 : 0);
  } else if (r.stats) {
    // Playwright: errors outside tests (a spec that does not load, the web server) count too.
    passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
    // Flaky: failed once, passed on the retry (playwright.config.ts retries in CI). Counted as passed, named here.
    for (const title of flakyTitles(r)) console.error(`flaky (failed, then passed on retry): ${title}`);
    failed += (r.stats.unexpected ?? 0) + (r.errors ?? []).length;
  } else {
    console.error(`${path} is neither a Vitest nor a Playwright JSON report`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);

/** Titles of the Playwright tests whose outcome is "flaky", as "file › describe › test". */
function flakyTitles(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'flaky') out.push([...path, spec.title].join(' › '));
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const s of report.suites ?? []) walk(s, [s.title]);
  return out;
}
process.exit(failed > 0 || passed === 0 ? 1 : 0);
