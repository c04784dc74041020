/** On/off for highlighting on one site; remembered in storage, applied by the open tabs at once. */
import { useEffect, useState } from 'preact/hooks';
import { disabledSites, isSiteEnabled, setSiteEnabled, siteKey } from '@/utils/storage';

export function SiteSwitch({ hostname, onChanged }: { hostname: string; onChanged?: () => void }) {
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    void disabledSites.getValue().then((sites) => setEnabled(isSiteEnabled(sites, hostname)));
    return disabledSites.watch((sites) => setEnabled(isSiteEnabled(sites, hostname)));
  }, [hostname]);
  if (enabled === undefined) return null;
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => {
          const on = (event.currentTarget as HTMLInputElement).checked;
          setEnabled(on);
          void setSiteEnabled(hostname, on).then(onChanged);
        }}
      />
      <span>
        Highlight terms on <strong>{siteKey(hostname)}</strong>
      </span>
    </label>
  );
}
