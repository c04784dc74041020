/** How often a repeated term is marked: once per section keeps long articles readable. */
import { DENSITIES, density, readDensity, type Density } from '@/settings/storage';
import { useStored } from '../shared/use-stored';

const LABELS: Record<Density, { name: string; hint: string }> = {
  'first-per-section': { name: 'First time in each section', hint: 'recommended' },
  all: { name: 'Every time', hint: 'busier, but nothing is missed' },
};

export function HighlightDensity() {
  const current = useStored(density, readDensity);
  return (
    <fieldset class="choices" disabled={current === undefined}>
      <legend>Highlight a term</legend>
      {DENSITIES.map((value) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name="density"
            value={value}
            checked={current === value}
            onChange={() => void density.setValue(value)}
          />
          <span>
            {LABELS[value].name} <span class="hint">({LABELS[value].hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
