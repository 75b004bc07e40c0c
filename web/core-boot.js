// Loaded by index.html before main.js: starts the page's worker and the download and compile of
// the module's first part (web/core-client.js) while the page's own scripts still load, instead
// of once they all have (docs/performance.md, tests/bench/page_load.mjs). main.js takes the same
// client (pageClient). The first part is not preloaded from index.html: its download then
// competes with what the first paint needs (Lighthouse mobile LCP 2.2 -> 7.8 s).
import { pageClient } from './core-client.js';

pageClient(new URL('./worker.js', import.meta.url));
