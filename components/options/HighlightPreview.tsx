/**
 * A sample sentence marked the way pages will be. It uses the content script's own stylesheet
 * (keyed on <html data-medgloss-style>, as on pages), so the preview cannot drift from the real look.
 */
import { useEffect } from 'preact/hooks';
import '@/components/shared/highlights.css';
import { SETTINGS } from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

function Term({ id, children }: { id: string; children: string }) {
  return <mark data-medgloss-term={id}>{children}</mark>;
}

export function HighlightPreview() {
  const style = useSetting(SETTINGS.highlightStyle);
  const every = useSetting(SETTINGS.density) === 'all';
  useEffect(() => {
    if (style) document.documentElement.setAttribute('data-medgloss-style', style);
  }, [style]);
  return (
    <figure class="preview">
      <figcaption>Preview</figcaption>
      <p data-testid="preview">
        A <Term id="neuroblastoma">neuroblastoma</Term> is a tumor of young nerve cells. Most children with{' '}
        {every ? <Term id="neuroblastoma">neuroblastoma</Term> : 'neuroblastoma'} are treated with{' '}
        <Term id="chemotherapy">chemotherapy</Term>.
      </p>
    </figure>
  );
}
