// The app in Spanish: a browser set to es-MX on a fresh profile gets Spanish on every route
// (<html lang="es">, no English navigation), the published Spanish PHQ-9, the PCL-5 in English
// with a note, Spanish CSV headers, and axe-clean Spanish screens with no sideways scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ROUTES, phone, ready, axe } from './harness.mjs';

const env = suite();
// Words from the English shell that must not show once the app is in Spanish.
const ENGLISH = ['Today', 'Prepare', 'Get help now', 'Data & settings', 'Skip to main content'];

test('a fresh profile with an es-MX browser shows every route in Spanish', async () => {
  const { context, page, errors } = await phone(env.browser, { locale: 'es-MX', origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  // The first-run welcome is in Spanish too.
  await page.getByRole('heading', { level: 1, name: 'Bienvenida' }).waitFor();
  await page.getByRole('button', { name: 'Saltar por ahora' }).click();
  await page.locator('main h1', { hasText: 'Hoy' }).waitFor();
  for (const route of ROUTES) {
    await page.goto(env.server.url(route));
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es', `${route}: <html lang>`);
    const text = await page.evaluate(() => document.body.innerText);
    const labels = await page.evaluate(() => [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n'));
    for (const word of ENGLISH) {
      const re = new RegExp(`(^|[^A-Za-z])${word.replace(/[&]/g, '\\$&')}([^A-Za-z]|$)`);
      assert.doesNotMatch(text, re, `${route} shows "${word}"`);
      assert.doesNotMatch(labels, re, `${route} has an aria-label "${word}"`);
    }
    // No raw key names: a missing translation shows English, never its key.
    assert.doesNotMatch(text, /\b(Nav|Err|Crisis|Support|Kind)[A-Z][a-z]+[A-Z]\w*\b/, `${route} shows a key name`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${route} scrolls sideways by ${overflow}px in Spanish`);
  }
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('Spanish questionnaires: the published PHQ-9 wording with attribution, the PCL-5 in English with a note', async () => {
  const { context, page } = await phone(env.browser, { locale: 'es-MX', origin: env.server.origin });
  await page.goto(env.server.url('/mood/phq9'));
  await ready(page);
  await page.getByText('Poco interés o placer en hacer cosas').waitFor();
  await page.getByText('Elaborado por los doctores Robert L. Spitzer', { exact: false }).waitFor();
  assert.equal(await page.getByText('Little interest or pleasure in doing things').count(), 0);
  await page.goto(env.server.url('/mood/pcl5'));
  await ready(page);
  await page.getByText('Este cuestionario no tiene una versión oficial en español, así que se muestra en inglés.').waitFor();
  await context.close();
});

test('the language switch in settings changes the app and the CSV header row', async () => {
  const { context, page } = await phone(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByLabel('Language').selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main h1', { hasText: 'Configuración' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Citas' }).click(),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const header = Buffer.concat(chunks).toString('utf8').split('\r\n')[0];
  assert.equal(header, 'Fecha,Hora,Duración (minutos),Tipo,Lugar,Notas');
  await context.close();
});

for (const [route, scheme] of [['/prepare', 'light'], ['/support', 'dark']]) {
  test(`Spanish ${route} is axe-clean in ${scheme} mode`, async () => {
    const { context, page } = await phone(env.browser, { locale: 'es-MX', colorScheme: scheme, origin: env.server.origin });
    await page.goto(env.server.url(route));
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    const result = await axe(page);
    const problems = result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await context.close();
  });
}
