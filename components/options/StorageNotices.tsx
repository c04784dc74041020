/**
 * Tells the reader when saved settings could not be read and were reset (storage-repair writes
 * these), so a setting that "changed by itself" has an explanation.
 */
import { storageNotices } from '@/settings/storage';
import { useStored } from '../shared/use-stored';

const readNotices = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function StorageNotices() {
  const notices = useStored(storageNotices, readNotices);
  if (!notices?.length) return null;
  return (
    <section class="notices" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void storageNotices.removeValue()}>
        Dismiss
      </button>
    </section>
  );
}
