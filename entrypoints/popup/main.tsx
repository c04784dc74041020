import { render } from 'preact';
import { App } from './App';
import '@/components/shared/theme.css';
import '@/components/shared/word-lists.css';
import './popup.css';
import '@/components/card/term-card.css';

render(<App />, document.body);
