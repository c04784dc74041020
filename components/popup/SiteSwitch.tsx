/** On/off for highlighting on one site; remembered in storage, applied by the open tabs at once. */
import { disabledSites, isSiteEnabled, setSiteEnabled, siteKey } from '@/settings/storage';
import { useStored } from '../shared/use-stored';

export function SiteSwitch({ hostname, onChanged }: { hostname: string; onChanged?: () => void }) {
  const enabled = useStored(disabledSites, (sites) => isSiteEnabled(sites, hostname));
  if (enabled === undefined) return null;
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
