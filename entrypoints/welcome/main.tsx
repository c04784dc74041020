import { render } from 'preact';
import { App } from './App';
import '../options/options.css';
import './welcome.css';

render(<App />, document.getElementById('app')!);
