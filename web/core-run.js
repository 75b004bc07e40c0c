// Runs an op of the core (wasm/bindings.cc) and completes it with wording the module leaves out.
// The page's module embeds the rules' Chinese wording only; an answer that wanted English reads
// it as Chinese and the core names the file it lacked (missingWording). Then the file is fetched
// next to the module, handed over (provideWording) and the op asked again, once. A file that
// could not be fetched (offline before it was ever cached) leaves that answer in Chinese (the
// optional onMissing(file) lets the page say so) and is tried again on a later call, at most
// every RETRY_MS.
const RETRY_MS = 30000;

// One loader per module instance: base = the URL the files lie next to (the module's).
export function wordingLoader(base) {
  const files = new Map();  // file -> {pending: Promise<boolean>} | {done: true} | {failedAt}
  return async function load(core, file) {
    const s = files.get(file);
    if (s && s.done) return true;
    if (s && s.pending) return s.pending;
    if (s && Date.now() - s.failedAt < RETRY_MS) return false;
    const pending = (async () => {
      try {
        const res = await fetch(new URL(file, base));
        if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
        const error = core.provideWording(file, new Uint8Array(await res.arrayBuffer()));
        if (error) throw new Error(error);
        files.set(file, { done: true });
        return true;
      } catch (e) {
        files.set(file, { failedAt: Date.now() });
        console.warn('beian-precheck: wording not loaded:', String((e && e.message) || e));
        return false;
      }
    })();
    files.set(file, { pending });
    return pending;
  };
}

export async function runOp(core, op, args, load, onMissing) {
  const result = core[op](...args);
  const file = typeof core.missingWording === 'function' ? core.missingWording() : '';
  if (!file) return result;
  if (!(await load(core, file))) {
    if (onMissing) onMissing(file);
    return result;
  }
  const again = core[op](...args);
  core.missingWording();
  return again;
}

// Fetches every wording file the module leaves out for `locales` (a checker that must not wait
// later, e.g. the npm browser entry before its first call).
export async function preloadWording(core, locales, load) {
  if (typeof core.wordingFile !== 'function') return;
  for (const locale of locales) {
    const file = core.wordingFile(locale);
    if (file) await load(core, file);
  }
}
