/** The popup's lookup: everyday abbreviations explained; exact names first; typos only suggested. */
import { ISSUE_ABBREVIATIONS } from '../fixtures/everyday-abbreviations';
import { expect, openPopup, test } from './fixtures';

test('the lookup box explains the abbreviations patients meet', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  for (const [abbreviation, says] of ISSUE_ABBREVIATIONS) {
    await box.fill(abbreviation);
    await expect(popup.getByRole('option').first().locator('.hit-name'), abbreviation).toHaveText(abbreviation);
    await box.press('Enter');
    await expect(popup.locator('.card'), abbreviation).toContainText(says);
  }
});

test('an exact abbreviation comes first: "PSA" opens the PSA test, not psammoma', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.fill('PSA');
  const names = popup.getByRole('option').locator('.hit-name');
  await expect(names.first()).toHaveText('PSA');
  // Names holding the abbreviation come before words that merely share its letters.
  const shown = await names.allTextContents();
  const holding = shown.map((name) => /\bPSA\b/.test(name));
  expect(holding, shown.join(' | ')).toEqual([...holding].sort((a, b) => Number(b) - Number(a)));
  await box.press('Enter');
  await expect(popup.locator('.card')).toContainText(/prostate/i);
  await expect(popup.locator('.card .term')).not.toContainText(/psammoma/i);
});

test('a close spelling is offered as "Did you mean", never opened as the word typed', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.fill('neuroblastma');
  await expect(popup.getByText('“neuroblastma” is not in the dictionary.')).toBeVisible();
  const suggestions = popup.getByRole('listbox', { name: 'Did you mean…?' });
  await expect(suggestions.getByRole('option').first()).toContainText('neuroblastoma');
  await expect(popup.getByRole('option', { selected: true })).toHaveCount(0);
  await box.press('Enter');
  await expect(popup.locator('.card')).toHaveCount(0);
  // Chosen on purpose, the suggestion opens.
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(popup.locator('.card .term')).toHaveText(/neuroblastoma/i);
});

test('words no entry lists are found as on pages: a derived word, a disease name, a word read from its parts', async ({
  context,
  extensionId,
}) => {
  // The popup searches its small index at once and fetches these layers after its first paint.
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  for (const [typed, shown, says] of [
    ['rheumatologists', 'Rheumatologists', /rheumatology/i],
    // The disease table's own name for it.
    ['pigeon breeder’s lung', /bird fancier's lung/i, /a type of/i],
    ['hydrodensitometry', 'Hydrodensitometry', /word parts/i],
  ] as const) {
    await box.fill(typed);
    await expect(popup.getByRole('option').first().locator('.hit-name'), typed).toHaveText(shown);
    await box.press('Enter');
    await expect(popup.locator('.card'), typed).toContainText(says);
  }
});
