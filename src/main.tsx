import { prepaint } from './app/prepaint.ts';
import { startDb } from './db/earlyDb.ts';
import './styles.css';

// DuckDB's wasm first, then the first figures as plain HTML from the build's seed, then the app:
// the wasm download and compile overlap loading React and the charts
void startDb().catch(() => undefined);
void prepaint().catch(() => undefined);
void import('./app/mount.tsx');
