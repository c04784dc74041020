/**
 * A setting with a few named values as one group of radio buttons, saved on change; pages follow
 * at once, no reload needed. The highlight style and the density are two such groups.
 */
import {
  DENSITIES,
  HIGHLIGHT_STYLES,
  SETTINGS,
  type Density,
  type HighlightStyle,
  type Setting,
} from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

type Choices<T extends string> = Record<T, { name: string; hint: string }>;

function SettingChoices<T extends string>({
  setting,
  values,
  legend,
  choices,
}: {
  setting: Setting<T>;
  values: readonly T[];
  legend: string;
  choices: Choices<T>;
}) {
  const current = useSetting(setting);
  return (
    <fieldset class="choices" disabled={current === undefined}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={setting.item.key}
            value={value}
            checked={current === value}
            onChange={() => void setting.item.setValue(value)}
          />
          <span>
            {choices[value].name} <span class="hint">({choices[value].hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const STYLE_CHOICES: Choices<HighlightStyle> = {
  underline: { name: 'Dotted underline', hint: 'quiet; the text looks as it was' },
  background: { name: 'Background tint', hint: 'easiest to spot' },
  solid: { name: 'Solid underline', hint: 'clearer than dotted, for low contrast pages' },
};

/** How often a repeated term is marked: once per section keeps long articles readable. */
const DENSITY_CHOICES: Choices<Density> = {
  'first-per-section': { name: 'First time in each section', hint: 'recommended' },
  all: { name: 'Every time', hint: 'busier, but nothing is missed' },
};

export const StyleChoices = () => (
  <SettingChoices
    setting={SETTINGS.highlightStyle}
    values={HIGHLIGHT_STYLES}
    legend="Highlight style"
    choices={STYLE_CHOICES}
  />
);

export const DensityChoices = () => (
  <SettingChoices setting={SETTINGS.density} values={DENSITIES} legend="Highlight a term" choices={DENSITY_CHOICES} />
);
