import { render } from 'preact';
import { App } from './App';
import '@/components/shared/theme.css';
import '@/components/shared/word-lists.css';
import './sidepanel.css';

render(<App />, document.body);
