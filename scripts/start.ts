/**
 * `npm start`: opens Chromium with the freshly built extension on the demo page. Without a
 * display it runs headless instead, saves screenshots of the highlighted page and of an open card,
 * and prints how many terms it highlighted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launchWithExtension } from './browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = resolve(ROOT, 'screenshots');

function ensureChromium(): void {
  if (existsSync(chromiumPath())) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (!canInstall) {
    console.error(
      `Chromium was not found at ${chromiumPath()}.\n` +
        'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s "chromium" package...');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureChromium();
  const server = await startStaticServer({ '/': resolve(ROOT, 'demo') });
  const demoUrl = `${server.url}/oms-faq.html`;
  const headless = !process.env.DISPLAY;
  const context = await launchWithExtension({ headless, viewport: headless ? { width: 1200, height: 900 } : null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  await page.waitForSelector('html[data-medgloss-status="ready"]', { timeout: 20_000 });
  const count = await page.locator('mark[data-medgloss-term]').count();
  const terms = new Set(
    await page
      .locator('mark[data-medgloss-term]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-medgloss-term'))),
  );

  if (!headless) {
    console.log(
      `MedGloss is running on ${demoUrl}: ${count} highlights (${terms.size} terms). Close the browser to stop.`,
    );
    context.on('close', () => void server.close().then(() => process.exit(0)));
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, 'demo-highlights.png') });
  const oms = page.locator('mark[data-medgloss-term="oms"]').first();
  await oms.scrollIntoViewIfNeeded();
  await oms.hover();
  await page.locator('medgloss-card').waitFor(); // its shadow root is closed: the host shows the card
  await page.waitForTimeout(200);
  await page.screenshot({ path: resolve(SHOTS, 'demo-card.png') });
  console.log(`No display found, so Chromium ran headless on ${demoUrl}.`);
  console.log(`MedGloss highlighted ${count} occurrences of ${terms.size} different terms.`);
  console.log(`Screenshots saved in ${SHOTS}: demo-highlights.png, demo-card.png`);
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
