import { startDb } from './db/earlyDb.ts';
import './styles.css';

// DuckDB's wasm first, then the app: its download and compile overlap loading React and the charts
void startDb().catch(() => undefined);
void import('./app/mount.tsx');
