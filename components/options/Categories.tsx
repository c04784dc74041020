/**
 * Which kinds of terms are highlighted. Stored as the hidden ones, so a category added to the
 * dictionary later is shown until the reader says otherwise.
 */
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/dictionary/schema';
import { SETTINGS, readSetting } from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

async function setShown(category: Category, shown: boolean): Promise<void> {
  // Read afresh: another options page may have changed the list since this one rendered.
  const rest = (await readSetting(SETTINGS.hiddenCategories)).filter((c) => c !== category);
  await SETTINGS.hiddenCategories.item.setValue(shown ? rest : [...rest, category]);
}

export function Categories() {
  const hidden = useSetting(SETTINGS.hiddenCategories);
  return (
    <fieldset class="checks" disabled={hidden === undefined}>
      <legend>Highlight these kinds of terms</legend>
      {CATEGORIES.map((category) => (
        <label key={category} class="choice">
          <input
            type="checkbox"
            name="category"
            value={category}
            checked={hidden !== undefined && !hidden.includes(category)}
            onChange={(event) => void setShown(category, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{CATEGORY_LABELS[category]}</span>
        </label>
      ))}
      <p class="hint">Switched-off kinds are still found by the lookup box in the toolbar popup.</p>
    </fieldset>
  );
}
