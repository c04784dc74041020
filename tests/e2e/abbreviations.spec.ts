/** Abbreviations with an everyday meaning are jargon only where the page points to a medical one. */
import { card, expect, highlights, servePage, test, waitForPass } from './fixtures';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

test('"OS" on a page about computers is not highlighted', async ({ context, server }) => {
  const tab = await context.newPage();
  await tab.goto(
    server.url +
      servePage(
        'os-computers',
        page('<p>Install the OS update on your computer: Windows and Linux devices get the new software version.</p>'),
      ),
  );
  await waitForPass(tab);
  await expect(highlights(tab)).toHaveCount(0);
});

test('"OS" in a cancer trial report is highlighted and explained as overall survival', async ({ context, server }) => {
  const tab = await context.newPage();
  await tab.goto(
    server.url +
      servePage(
        'os-trial',
        page('<p>In the trial, median OS was 31 months and the hazard ratio for survival was 0.7.</p>'),
      ),
  );
  await waitForPass(tab);
  const os = highlights(tab).filter({ hasText: /^OS$/ });
  await expect(os).toHaveCount(1);
  await os.hover();
  await expect(card(tab).locator('.sense-meaning').first()).toContainText('overall survival');
});

test('"HR" in a job advert is not highlighted, and in a clinic note it is', async ({ context, server }) => {
  const tab = await context.newPage();
  await tab.goto(
    server.url +
      servePage(
        'hr',
        page(
          '<h2>Careers</h2><p>Send your CV to HR; our hiring staff reply to every employee referral.</p>' +
            '<h2>Clinic</h2><p>Resting HR was 110 beats per minute (tachycardia).</p>',
        ),
      ),
  );
  await waitForPass(tab);
  const hr = highlights(tab).filter({ hasText: /^HR$/ });
  await expect(hr).toHaveCount(1);
  // The card ranks the meanings from the same context as the highlighter: heart rate first.
  await hr.hover();
  await expect(card(tab).locator('.sense-meaning').first()).toContainText('heart rate');
  await expect(tab.locator('h2:has-text("Careers") + p mark')).toHaveCount(0);
});
