// Module worker: owns the WebAssembly core. Messages: {id, op, args}; replies {id, result} or
// {id, error}; a reply carries note: 'wording_missing' when the answer wanted the rules' English
// wording and its file could not be fetched (the answer then reads in Chinese). The core never throws across the boundary; anything else is caught here.
import createBeianCore from './beian-core.mjs';
import { loadCore, POSTED_FIRST_PART } from './core-load.js';
import { firstVerdictOp, runOp, fileLoader } from './core-run.js';

// When this worker's scripts had loaded and when the core was ready, in ms since the worker
// started: sent with the ready message (the bench reads them, tests/bench/chromium_cold.mjs).
const startup = { scripts: Math.round(performance.now()) };
// the module's two parts next to this file (web/core-load.js). A worker named POSTED_FIRST_PART
// (web/core-load.js): the page compiles both parts and posts them here ({core: WebAssembly.Module}
// first, then {deferred: WebAssembly.Module} once the core is ready; null for a part it could not
// compile: then it is fetched here; web/core-client.js). Otherwise the second part is fetched
// here in the background once the first answer is out (or 2 s after the first part is ready), so
// that its compile does not compete with the first check.
let firstAnswered;
const answered = new Promise((resolve) => { firstAnswered = resolve; });
let takeFirstPart = null, takeSecondPart = null;
const pagePosts = self.name === POSTED_FIRST_PART;
const firstPart = pagePosts ? new Promise((resolve) => { takeFirstPart = resolve; }) : Promise.resolve(null);
const secondPart = pagePosts ? new Promise((resolve) => { takeSecondPart = resolve; }) : null;
const start = () => firstPart.then((wasmModule) => loadCore(createBeianCore, {
  base: new URL('./', import.meta.url),
  prefetch: answered,
  ...(wasmModule ? { wasmModule } : {}),
  ...(secondPart ? { deferredModule: secondPart } : {}),
}));
let ready = start();
ready.then(() => setTimeout(firstAnswered, 2000), () => {});
// the rules' English wording, fetched next to the module when first asked for; the data files
// (regions, IP ranges) the page fetched once for all its workers ({data: [[file, bytes], …]}),
// handed to the core as soon as it is ready, and to the loader for a core started again
const posted = new Map();
let takeData = null;
const dataIn = pagePosts ? new Promise((resolve) => { takeData = resolve; }) : null;
let loadFile = fileLoader(new URL('./', import.meta.url), posted);
const providePosted = async () => {
  const core = await ready;
  for (const file of posted.keys()) await loadFile(core, file);
};
// The second part could not be loaded in the middle of an op or while a file was taken in
// (offline before it was ever cached): that stopped half-way through the core, so the next op
// gets a fresh instance of it (the parts already compiled are kept; the second is asked for
// again). Nothing else is lost: a custom rule pack (loadRules) is read by the second part, so an
// instance that has one never fails this way.
// (The new instance takes the posted files when an op needs them: handing them over at once
// could stop it half-way again while the second part is still missing.)
const restartIfPartMissing = (e) => {
  if (!(e && e.deferredLoad)) return;
  ready = start();
  loadFile = fileLoader(new URL('./', import.meta.url), posted);
};
// check…version: the checker; then the core's queries (core/queries.h) and the guided form's
// questions (formPlan, regions: core/form.h): the page asks them instead of deciding itself.
const OPS = new Set(['check', 'rules', 'loadRules', 'resetRules', 'toSarif', 'version',
  'maskExport', 'maskId', 'compareFacts', 'sameFact', 'whoisDomain', 'isPersonalFiling',
  'formPlan', 'regions']);

// The page's first verdict (its start on an empty form: scripts/split_wasm.mjs measures what it
// runs) is answered at once. Any other op waits, while the page is still fetching them, for the
// module's second part and the data files (at most MAX_WAIT_MS): a check with data in it needs
// them, and waiting costs less than fetching them here a second time and checking again. Only a
// question of time: an op that runs without them loads what it lacks on the spot.
const MAX_WAIT_MS = 10000;
const rest = pagePosts
  ? Promise.race([Promise.all([secondPart, dataIn]), new Promise((r) => setTimeout(r, MAX_WAIT_MS))])
  : null;
self.onmessage = async ({ data }) => {
  if (data && 'core' in data && !('id' in data)) {
    if (takeFirstPart) takeFirstPart(data.core instanceof WebAssembly.Module ? data.core : null);
    takeFirstPart = null;
    return;
  }
  if (data && 'data' in data && !('id' in data)) {
    for (const [file, bytes] of Array.isArray(data.data) ? data.data : []) {
      if (typeof file === 'string' && bytes instanceof Uint8Array) posted.set(file, bytes);
    }
    providePosted().catch(restartIfPartMissing).then(() => { if (takeData) takeData(); takeData = null; });
    return;
  }
  if (data && 'deferred' in data && !('id' in data)) {
    if (takeSecondPart) takeSecondPart(data.deferred instanceof WebAssembly.Module ? data.deferred : null);
    takeSecondPart = null;
    return;
  }
  const { id, op, args = [] } = data || {};
  try {
    if (rest && !firstVerdictOp(op, args)) await rest;
    const core = await ready;
    if (!OPS.has(op)) throw new Error('unknown op ' + op);
    let note;
    const result = await runOp(core, op, args, loadFile, () => { note = 'wording_missing'; });
    self.postMessage({ id, result: result === undefined ? '' : result, ...(note ? { note } : {}) });
    firstAnswered();
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e), ...(e && (e.deferredLoad || e.code === 'part_missing') ? { code: 'part_missing' } : {}) });
    firstAnswered();
    restartIfPartMissing(e);
  }
};
ready.then(
  () => {
    startup.ready = Math.round(performance.now());
    self.postMessage({ id: 0, ready: true, startup });
  },
  (e) => self.postMessage({ id: 0, error: 'core failed to load: ' + String((e && e.message) || e) }),
);
