/** On/off for highlighting on one site; remembered in storage, applied by the open tabs at once. */
import { SETTINGS, isSiteEnabled, setSiteEnabled, siteKey } from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

export function SiteSwitch({ hostname, onChanged }: { hostname: string; onChanged?: () => void }) {
  const sites = useSetting(SETTINGS.disabledSites);
  if (sites === undefined) return null;
  const enabled = isSiteEnabled(sites, hostname);
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => {
          const on = (event.currentTarget as HTMLInputElement).checked;
          void setSiteEnabled(hostname, on).then(onChanged);
        }}
      />
      <span>
        Highlight terms on <strong>{siteKey(hostname)}</strong>
      </span>
    </label>
  );
}
