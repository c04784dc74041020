import { render } from 'preact';
import { repairStorage } from '@/settings/storage-repair';
import { App } from './App';
import '@/components/shared/theme.css';
import '@/components/shared/word-lists.css';
import './options.css';

// The background repairs storage when it starts, but a service worker can live for days: checking
// again here means a setting that went bad meanwhile is reset, and explained, before it is shown.
void repairStorage()
  .catch(() => [])
  .finally(() => render(<App />, document.getElementById('app')!));
