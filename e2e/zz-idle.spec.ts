import { test, chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const cpu = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return f[0] + f[1] + f[2] + f[5] + f[6]; };
test('idle', async ({ baseURL }) => {
  test.setTimeout(600_000);
  const extra = (process.env.EXTRA ?? '').split(' ').filter(Boolean);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup`, ...extra] });
  const acc = { ctx: 0, goto: 0, idle: 0, close: 0 };
  const keep = await browser.newContext(); const kp = await keep.newPage(); await kp.goto(baseURL + '/robots.txt');
  let c0 = cpu();
  for (let i = 0; i < 20; i++) {
    let c = cpu();
    const lap = (k: keyof typeof acc) => { const n = cpu(); acc[k] += (n - c) / 100; c = n; };
    const ctx = await browser.newContext({ serviceWorkers: 'block', baseURL });
    const page = await ctx.newPage(); lap('ctx');
    await page.goto(process.env.PROBE_PATH!, { waitUntil: 'load' }); lap('goto');
    await page.waitForLoadState('networkidle'); lap('idle');
    await ctx.close(); lap('close');
  }
  console.log('PHASES', JSON.stringify(acc), 'total', (cpu() - c0) / 100);
  await browser.close();
});
