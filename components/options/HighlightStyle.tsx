/** How highlights look on pages. Pages follow the change at once; no reload needed. */
import { HIGHLIGHT_STYLES, highlightStyle, readStyle, type HighlightStyle as Style } from '@/settings/storage';
import { useStored } from '../shared/use-stored';

const LABELS: Record<Style, { name: string; hint: string }> = {
  underline: { name: 'Dotted underline', hint: 'quiet; the text looks as it was' },
  background: { name: 'Background tint', hint: 'easiest to spot' },
  solid: { name: 'Solid underline', hint: 'clearer than dotted, for low contrast pages' },
};

export function HighlightStyle() {
  const current = useStored(highlightStyle, readStyle);
  return (
    <fieldset class="choices" disabled={current === undefined}>
      <legend>Highlight style</legend>
      {HIGHLIGHT_STYLES.map((style) => (
        <label key={style} class="choice">
          <input
            type="radio"
            name="highlight-style"
            value={style}
            checked={current === style}
            onChange={() => void highlightStyle.setValue(style)}
          />
          <span>
            {LABELS[style].name} <span class="hint">({LABELS[style].hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
