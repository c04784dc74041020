/** Sites where the reader switched highlighting off from the popup; Remove switches it back on. */
import { SETTINGS, setSiteEnabled } from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

export function SwitchedOffSites() {
  const sites = useSetting(SETTINGS.disabledSites);
  if (sites === undefined) return null;
  if (sites.length === 0)
    return (
      <p class="empty">No sites are switched off. You can switch MedGloss off for a site from the toolbar popup.</p>
    );
  return (
    <ul class="rows" aria-label="Switched-off sites">
      {sites.map((site) => (
        <li key={site} class="row">
          <span class="site">{site}</span>
          <button type="button" onClick={() => void setSiteEnabled(site, true)}>
            Remove<span class="visually-hidden"> {site}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
