// Talks to the core in a module worker. Used by the page and by the widget.
// createClient(workerUrl) -> {call(op, ...args) -> Promise, ready: Promise, terminate()}.
// The ops are the worker's OPS (wasm/bindings.cc documents each), e.g. for the guided flow:
//   call('check', appBytes, JSON.stringify({fields: [pointer, …]}))  quick check of those fields
//   call('formPlan', appBytes, locale)  -> {"required", "hidden", "provided", "missing"} JSON
//   call('regions', parent, locale)     -> [{"code", "name"}] JSON ("" = the provinces)
// Cross-origin use (the widget): a same-origin blob: module worker that imports the absolute
// worker URL (a Worker cannot be constructed from another origin's URL).
// onNote(note): a reply's note, e.g. 'wording_missing' (worker.js).
// The module's first part is fetched and compiled here, once per page for all its workers, while
// a worker starts, and posted to it (the worker is named POSTED_FIRST_PART and waits for it,
// worker.js; nothing is added to its URL): the download and the compile no longer wait for the
// worker's scripts (docs/performance.md). The second part (what the first verdict does not run,
// scripts/split_wasm.mjs) and the data files the module leaves out (regions, IP ranges) likewise,
// once a worker's core is ready, and posted to it.
// client.startup: when the worker's scripts had loaded and its core was ready (ms, worker.js).
import { compileModule, compileSecondPart, fetchDataFiles, POSTED_FIRST_PART } from './core-load.js';

// URL of the first part -> {first: Promise<WebAssembly.Module>, rest(): {second:
// Promise<WebAssembly.Module>, data: Promise<[[file, bytes], …]>}}. The rest is fetched once a
// worker has its core ready (rest() is called then): its download and compile do not compete with
// the first part's instantiation.
const parts = new Map();

function moduleParts(url) {
  const key = String(url);
  if (!parts.has(key)) {
    const first = compileModule(url);
    let started = null;
    const rest = () => {
      if (!started) {
        const second = first.then((m) => compileSecondPart(m, url));
        const data = first.then((m) => fetchDataFiles(m, url), () => []);
        started = { second, data };
        // a later client tries again
        second.catch(() => { if (parts.get(key)?.first === first) parts.delete(key); });
      }
      return started;
    };
    parts.set(key, { first, rest });
    first.catch(() => parts.delete(key));
  }
  return parts.get(key);
}

// The page's client: one per worker URL, made by the first call (web/core-boot.js starts it before
// the page's own scripts have loaded; main.js then takes the same one). client.onNote can be set
// later.
const pageClients = new Map();
export function pageClient(workerUrl) {
  const key = String(workerUrl);
  if (!pageClients.has(key)) pageClients.set(key, createClient(workerUrl));
  return pageClients.get(key);
}

export function createClient(workerUrl, { crossOrigin = false, onNote = null } = {}) {
  const pending = new Map();
  let nextId = 1;
  let readyResolve, readyReject;
  const ready = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });
  let worker;
  let blobUrl = null;
  const client = { startup: null, onNote };
  const compiled = typeof WebAssembly === 'object'
    ? moduleParts(new URL('beian-core.wasm', workerUrl)) : null;
  const options = { type: 'module', name: compiled ? POSTED_FIRST_PART : 'beian-core' };
  try {
    if (crossOrigin) {
      const src = `import ${JSON.stringify(String(workerUrl))};`;
      blobUrl = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
      worker = new Worker(blobUrl, options);
    } else {
      worker = new Worker(workerUrl, options);
    }
  } catch (e) {
    readyReject(e);
    return { ready, startup: null, call: () => Promise.reject(e), fetchRest() {}, terminate() {} };
  }
  // the compiled parts, or null (the worker then fetches and compiles that part itself, and says
  // what failed)
  const post = (part, module) => {
    try { worker.postMessage({ [part]: module }); } catch { worker.postMessage({ [part]: null }); }
  };
  if (compiled) {
    compiled.first.then((m) => post('core', m), () => post('core', null));
    // the rest once this worker's core is ready (or failed to be)
    ready.catch(() => {}).then(() => {
      const { second, data } = compiled.rest();
      data.then((files) => worker.postMessage({ data: files }), () => worker.postMessage({ data: [] }));
      second.then((m) => post('deferred', m), () => post('deferred', null));
    });
  }
  const failAll = (msg) => {
    const err = new Error(msg);
    readyReject(err);
    for (const [, p] of pending) p.reject(err);
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    if (!data) return;
    if (data.id === 0) {
      if (data.ready) {
        client.startup = data.startup || null;
        readyResolve(true);
      } else {
        failAll(data.error || 'core failed');
      }
      return;
    }
    if (data.note && client.onNote) client.onNote(data.note);
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if ('error' in data) p.reject(Object.assign(new Error(data.error), data.code ? { code: data.code } : {}));
    else p.resolve(data.result);
  };
  worker.onerror = (ev) => {
    ev.preventDefault?.();
    failAll('worker error: ' + (ev.message || 'could not start the worker'));
  };
  return Object.assign(client, {
    ready,
    // Starts fetching the module's second part and the data files now instead of once the
    // worker's core is ready: for a page whose first verdict checks data (a saved draft, a
    // widget given an application), which needs them.
    fetchRest() {
      if (compiled) compiled.rest();
    },
    call(op, ...args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const transfer = [];
        for (const a of args) if (a instanceof Uint8Array && a.buffer.byteLength === a.byteLength) transfer.push(a.buffer);
        worker.postMessage({ id, op, args }, transfer);
      });
    },
    terminate() {
      worker.terminate();
      if (blobUrl) URL.revokeObjectURL(blobUrl);
    },
  });
}

// The application as UTF-8 bytes (one TextEncoder pass; large uploads stay off the string path).
export function encodeApplication(app) {
  return new TextEncoder().encode(JSON.stringify(app));
}
