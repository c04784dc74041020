/**
 * Tells the reader when saved settings could not be read and were reset (storage-repair writes
 * these), so a setting that "changed by itself" has an explanation.
 */
import { storageNotices } from '@/settings/registry';
import { useSetting } from '../shared/use-setting';

export function StorageNotices() {
  const notices = useSetting(storageNotices);
  if (!notices?.length) return null;
  return (
    <section class="notices" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void storageNotices.item.removeValue()}>
        Dismiss
      </button>
    </section>
  );
}
