// Runs an op of the core (wasm/bindings.cc) and completes it with the files the module leaves out.
// The page's module embeds the rules' Chinese wording only, and neither the regions nor the IP
// ranges: an answer that wanted one of them names the file (missingWording): then the file is
// fetched next to the module (or taken from what the page posted: loader.posted), handed over
// (provideWording) and the op asked again, until nothing is missing. English wording that could
// not be fetched (offline before it was ever cached) leaves that answer in Chinese (the optional
// onMissing(file) lets the page say so); a data file that could not be fetched fails the op
// (error.code 'part_missing': an answer without it is a stand-in, never shown). A wording file
// that failed is tried again on a later call, at most every RETRY_MS; a data file on the next call
// that needs it (the page asks again on the next edit, when back online, or after 10 s).
const RETRY_MS = 30000;

// One loader per module instance: base = the URL the files lie next to (the module's); posted
// (optional): a Map of file -> its bytes, what the page fetched once for all its workers
// (web/core-client.js, web/worker.js).
export function fileLoader(base, posted = null) {
  const files = new Map();  // file -> {pending: Promise<boolean>} | {done: true} | {failedAt}
  return async function load(core, file) {
    const s = files.get(file);
    if (s && s.done) return true;
    if (s && s.pending) return s.pending;
    if (s && !isDataFile(core, file) && Date.now() - s.failedAt < RETRY_MS) return false;
    const pending = (async () => {
      try {
        let bytes = posted ? posted.get(file) : null;
        if (!bytes) {
          const res = await fetch(new URL(file, base));
          if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
          bytes = new Uint8Array(await res.arrayBuffer());
        }
        const error = core.provideWording(file, bytes);
        if (error) throw new Error(error);
        files.set(file, { done: true });
        return true;
      } catch (e) {
        // The module's second part was wanted while the file was taken in and could not be had
        // (web/core-load.js): not this file's failure; the instance stopped half-way, and the
        // caller (web/worker.js) starts another, which takes the file again.
        if (e && e.deferredLoad) {
          files.delete(file);
          throw e;
        }
        files.set(file, { failedAt: Date.now() });
        console.warn('beian-precheck: file not loaded:', String((e && e.message) || e));
        return false;
      }
    })();
    files.set(file, { pending });
    return pending;
  };
}

export async function runOp(core, op, args, load, onMissing) {
  let result = core[op](...args);
  const tried = new Set();
  for (;;) {
    const file = typeof core.missingWording === 'function' ? core.missingWording() : '';
    if (!file) return result;
    if (tried.has(file)) {
      if (!isDataFile(core, file)) return result;
      throw Object.assign(new Error(`beian-precheck: ${file} was not taken`), { code: 'part_missing' });
    }
    tried.add(file);
    if (!(await load(core, file))) {
      if (!isDataFile(core, file)) {
        if (onMissing) onMissing(file);
        return result;
      }
      throw Object.assign(new Error(`beian-precheck: ${file} could not be loaded`), { code: 'part_missing' });
    }
    result = core[op](...args);
  }
}

// Whether `file` is a data file the core lacks (dataFiles: the regions, the IP ranges), which an
// answer cannot do without, rather than a wording file. Asked only when a file failed.
function isDataFile(core, file) {
  return typeof core.dataFiles === 'function' && core.dataFiles().split('\n').includes(file);
}

// Fetches every wording file the module leaves out for `locales`, and its data files (a checker
// that must not wait later, e.g. the npm browser entry before its first call).
export async function preloadFiles(core, locales, load) {
  if (typeof core.wordingFile !== 'function') return;
  for (const locale of locales) {
    const file = core.wordingFile(locale);
    if (file) await load(core, file);
  }
  const data = typeof core.dataFiles === 'function' ? core.dataFiles().split('\n').filter(Boolean) : [];
  for (const file of data) await load(core, file);
}

// Whether `op` with `args` is one of the page's first verdict (its start on an empty form, what
// scripts/split_wasm.mjs measures for the module's first part): the version, each rule's
// confidence, the provinces, and the check and the plan of an application without any field
// (web/worker.js answers these at once and lets any other op wait for the rest of the module).
export function firstVerdictOp(op, args = []) {
  if (op === 'version' || op === 'rules') return true;
  if (op === 'regions') return !args[0];
  if (op === 'check' || op === 'formPlan') return emptyApplication(args[0]);
  return false;
}

function emptyApplication(bytes) {
  if (!(bytes instanceof Uint8Array) || bytes.length > 64) return false;
  try {
    const app = JSON.parse(new TextDecoder().decode(bytes));
    return !!app && typeof app === 'object' && !Array.isArray(app) &&
      Object.keys(app).every((k) => k === 'schema_version');
  } catch {
    return false;
  }
}
