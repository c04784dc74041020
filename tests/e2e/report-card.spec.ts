/** "Report a problem" on a card: the report holds the term and entry, the page only when ticked, and is copied, never sent. */
import { card, expect, highlights, openDemo, servePage, test, waitForPass } from './fixtures';

test('a card prepares a short report and copies it; the page address only when ticked; nothing is sent', async ({
  context,
  server,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openDemo(context, server.url);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const mark = highlights(page, 'oms').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click(); // pinned, so the pointer can move into the form
  const shown = card(page);
  await shown.getByText('Report a problem with this card').click();
  await shown.getByLabel('What looks wrong?').selectOption('The meaning does not fit this page');
  await shown.getByLabel('Note (optional)').fill('Here it means the syndrome.');
  const report = shown.getByLabel('Your report');
  await expect(report).toHaveValue(
    'MedGloss card report\nTerm: OMS\nEntry: oms\nProblem: The meaning does not fit this page\nNote: Here it means the syndrome.',
  );
  await shown.getByLabel('Include this page’s address').check();
  await expect(report).toHaveValue(new RegExp(`\\nPage: ${server.url.replace(/\./g, '\\.')}/oms-faq\\.html$`));
  await shown.getByRole('button', { name: 'Copy report' }).click();
  await expect(shown.getByRole('status')).toContainText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await report.inputValue());
  expect(requests, 'nothing is sent').toEqual([]);
});

test('a card whose source is a public page links to it, opening in a new tab without referrer', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(
    server.url +
      servePage(
        'source-link',
        '<!doctype html><html lang="en"><body><p>The child had opsoclonus and ataxia.</p></body></html>',
      ),
  );
  await waitForPass(page);
  await highlights(page, 'opsoclonus').first().hover();
  const link = card(page)
    .locator('footer')
    .getByRole('link', { name: /NINDS: Opsoclonus Myoclonus/ });
  await expect(link).toHaveAttribute(
    'href',
    'https://www.ninds.nih.gov/health-information/disorders/opsoclonus-myoclonus',
  );
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});
