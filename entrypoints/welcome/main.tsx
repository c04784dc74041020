import { render } from 'preact';
import { App } from './App';
import '@/components/shared/theme.css';
import '../options/options.css';
import './welcome.css';

render(<App />, document.getElementById('app')!);
