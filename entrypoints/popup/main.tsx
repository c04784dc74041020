import { render } from 'preact';
import { App } from './App';
import './popup.css';
import '@/components/card/term-card.css';

render(<App />, document.body);
