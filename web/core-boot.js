// Loaded by index.html before main.js: starts the page's worker and the download and compile of
// the module's first part (web/core-client.js) while the page's own scripts still load, instead
// of once they all have (core ready 380 -> 331 ms on this machine, 1,752 -> 1,720 ms at 40 ms
// round trips; docs/performance.md). main.js takes the same client (pageClient). Not preloaded
// from index.html: the download then competes with what the first paint needs (Lighthouse
// mobile LCP 2.2 -> 7.8 s).
import { pageClient } from './core-client.js';

pageClient(new URL('./worker.js', import.meta.url));
