// `npm test`: every check, one build, independent stages side by side.
//
//   unit ─────────────┐
//   check ─ types ────┤
//   build ─┬─ built ──┤── summary: one line per stage with its time; exit 1 if any stage failed
//          └─ e2e ────┘
//
// - unit: vitest project "unit" (the code; no build needed)           → reports/vitest-unit.json
// - check: astro check on the .astro files (tests/tsconfig.astro.json: TypeScript 6, which @astrojs/check needs)
// - types: the TypeScript compiler on everything else the project's tsconfig.json holds (.ts, .tsx, scripts): TypeScript 7,
//   the compiler's native port (npm alias `typescript-7`), the same checks as TypeScript 6. Measured 1 Dec 2026: astro
//   check on all 477 files 32 s and 37 CPU s; on the 28 .astro files 12 s and 15 CPU s, TypeScript 7 on the rest 3.7 s
//   and 6.8 CPU s (TypeScript 6 on it: 18 s, 27 CPU s). It runs after check, whose `astro sync` writes the types it
//   needs (.astro/types.d.ts: CSS imports, import.meta.env, content collections).
// - build: astro build, once, under BASE_PATH (default /backprop-notebook/), the way a project site is served
// - built: vitest project "built" on the built HTML: links, anchors, math, base path → reports/vitest-built.json
// - e2e: Playwright on that same build, every page and widget in Chromium        → reports/playwright.json
//
// The build is on the critical path (built and e2e wait for it) and the machine may have only 2 cores: unit, check and
// types run at a lower CPU priority (nice 10), so the build gets the cores first and the browser tests start sooner; unit
// and check still run side by side with it and take up whatever the build and the browsers leave idle.
//
// Each stage's output goes to reports/logs/<stage>.log; a failed stage's log is printed in full, a passed
// one's last lines. Timings go to reports/timings.json. Runs under `npm test`, so node_modules/.bin (and the
// Node 24 it holds) comes first on PATH.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const env = { ...process.env, BASE_PATH: process.env.BASE_PATH ?? '/backprop-notebook/' };
const LOGS = 'reports/logs';
mkdirSync(LOGS, { recursive: true });
const t0 = performance.now();
const seconds = (ms) => (ms / 1000).toFixed(1);
const results = [];

/** Runs one stage to completion; resolves to true when it exits with 0. Never rejects. */
function stage(name, command, args, extraEnv = {}) {
  const start = performance.now();
  const log = `${LOGS}/${name}.log`;
  const out = createWriteStream(log);
  console.log(`▶ ${name} started at ${seconds(start - t0)} s: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    // bash's `times` reports the CPU seconds of the stage and everything it started (browsers included).
    const cpuFile = `${LOGS}/${name}.cpu`;
    const script = '"$@"; rc=$?; times > "$CPU_FILE"; exit $rc';
    const child = spawn('bash', ['-c', script, name, command, ...args], { env: { ...env, ...extraEnv, CPU_FILE: cpuFile, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const finish = (code, error) => {
      out.end(() => {
        const ms = performance.now() - start;
        const ok = code === 0;
        const cpu = cpuSeconds(cpuFile);
        results.push({ stage: name, ok, seconds: Number(seconds(ms)), cpuSeconds: cpu, startedAt: Number(seconds(start - t0)) });
        const text = readFileSync(log, 'utf8') + (error ? `\n${error.message}\n` : '');
        const lines = text.trimEnd().split('\n');
        console.log(`${ok ? '✓' : '✗'} ${name} ${ok ? 'passed' : `FAILED (exit ${code})`} in ${seconds(ms)} s, ${cpu ?? '?'} CPU s (log: ${log})`);
        console.log((ok ? lines.slice(-6) : lines).map((l) => `  │ ${l}`).join('\n'));
        resolve(ok);
      });
    };
    child.on('error', (e) => finish(-1, e));
    child.on('close', (code) => finish(code ?? -1));
  });
}

/** User + system seconds of a stage's processes, from bash's `times` (second line: its children). */
function cpuSeconds(file) {
  try {
    const line = readFileSync(file, 'utf8').trim().split('\n')[1] ?? '';
    const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    return parts.length === 2 ? Number((parts[0] + parts[1]).toFixed(1)) : null;
  } catch { return null; }
}

function skipped(name, why) {
  results.push({ stage: name, ok: false, seconds: 0, startedAt: Number(seconds(performance.now() - t0)), skipped: why });
  console.log(`✗ ${name} not run: ${why}`);
  return false;
}

const load = loadavg();
const nice = process.platform === 'win32' ? [] : ['nice', '-n', '10'];
const niced = (command, args) => nice.length ? [nice[0], [...nice.slice(1), command, ...args]] : [command, args];
const unit = stage('unit', ...niced('vitest', ['run', '--project', 'unit']), { VITEST_REPORT: 'reports/vitest-unit.json' });
const check = stage('check', ...niced('astro', ['check', '--tsconfig', 'tests/tsconfig.astro.json']));
const types = check.then(() => stage('types', ...niced('node', ['node_modules/typescript-7/bin/tsc', '--noEmit', '-p', 'tsconfig.json'])));
// npm run build: its prebuild step makes the digits data first.
const afterBuild = stage('build', 'npm', ['run', 'build']).then((built) => built
  ? Promise.all([
    stage('built', 'vitest', ['run', '--project', 'built'], { VITEST_REPORT: 'reports/vitest-built.json' }),
    stage('e2e', 'playwright', ['test'], { PLAYWRIGHT_REPORT: 'reports/playwright.json' }),
  ])
  : [skipped('built', 'the build failed'), skipped('e2e', 'the build failed')]);

const oks = [await unit, await check, await types, ...(await afterBuild)];
const total = performance.now() - t0;
const loadAfter = loadavg();
writeFileSync('reports/timings.json', JSON.stringify({
  totalSeconds: Number(seconds(total)), stages: results,
  loadAverage: { before: load.map((x) => Number(x.toFixed(2))), after: loadAfter.map((x) => Number(x.toFixed(2))) },
}, null, 2));

console.log('\nstage   result    start     wall      CPU');
for (const r of results) console.log(`${r.stage.padEnd(7)} ${(r.ok ? 'passed' : r.skipped ? 'skipped' : 'FAILED').padEnd(8)} ${String(r.startedAt).padStart(6)} s ${String(r.seconds).padStart(6)} s ${String(r.cpuSeconds ?? '-').padStart(6)} s`);
console.log(`total ${seconds(total)} s; load average (1, 5, 15 min) before ${load.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
process.exit(oks.every(Boolean) ? 0 : 1);
