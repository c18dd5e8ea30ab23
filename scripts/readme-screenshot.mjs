// Takes the README's screenshot: Today after the welcome (a clinic and a session in two days),
// beside the crisis panel. Needs a release build served:  node scripts/readme-screenshot.mjs URL
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:8080/';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
await page.goto(url);
await page.waitForSelector('main h1');
const d = new Date(Date.now() + 2 * 86400000);
const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
await page.getByLabel('Clinic name').fill('Riverside Clinic');
await page.getByLabel('Clinic phone').fill('555 010 0199');
await page.getByLabel('Date').fill(date);
await page.getByLabel('Time').fill('09:30');
await page.getByRole('button', { name: 'Start' }).click();
await page.locator('main h1', { hasText: 'Today' }).waitFor();
await page.screenshot({ path: 'docs/screenshot-today.png' });
await page.getByRole('button', { name: 'Get help now' }).click();
await page.getByRole('dialog').waitFor();
await page.screenshot({ path: 'docs/screenshot-help.png' });
await browser.close();
console.log('docs/screenshot-today.png docs/screenshot-help.png');
