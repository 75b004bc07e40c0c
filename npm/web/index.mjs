// beian-precheck in browsers and bundlers (ES module). The core's .wasm is next to this file;
// beian-core.mjs loads it with new URL('beian-core.wasm', import.meta.url), which bundlers
// (webpack 5, Vite, esbuild, Rollup with its URL plugin) copy as an asset. The checker runs on the
// thread that created it: create it in a Web Worker to keep a page responsive (./worker.js is the
// page's own worker, see worker.js for its messages).
import createBeianCore from './beian-core.mjs';
import { wrap } from '../checker.mjs';
import { loadCore } from './core-load.js';
import { preloadFiles, fileLoader } from './core-run.js';

// The module comes in two parts (beian-core.wasm, then beian-core.deferred.wasm: what the page's
// first verdict on an empty form does not run); createChecker returns once both are loaded.
// options.wasmUrl: where beian-core.wasm is served, if the bundler moved it; options.wasmBinary:
// its bytes; options.deferredUrl / options.deferredBinary: the same for beian-core.deferred.wasm.
// options.locales (default ['zh-CN', 'en']): the languages the checker answers in. The module
// embeds the rules' Chinese wording; English is a file next to this one
// (wording.en.<pack digest>.txt), fetched here before the checker is returned (options.baseUrl:
// where it is served, if the bundler moved it). Without it, English answers read as Chinese. The
// regions and IP ranges (regions.<digest>.bin, ipranges.<digest>.bin) are fetched from there too;
// createChecker fails when they cannot be.
export async function createChecker(options = {}) {
  const core = await loadCore(createBeianCore, {
    wasmBinary: options.wasmBinary,
    wasmUrl: options.wasmUrl || new URL('./beian-core.wasm', import.meta.url),
    deferredBinary: options.deferredBinary,
    deferredUrl: options.deferredUrl || new URL('./beian-core.deferred.wasm', import.meta.url),
    awaitDeferred: true,
  });
  const base = options.baseUrl ? new URL(String(options.baseUrl)) : new URL('./', import.meta.url);
  await preloadFiles(core, options.locales || ['zh-CN', 'en'], fileLoader(base));
  // the data files (regions, IP ranges) are not optional: a check without them is wrong
  const lacking = core.dataFiles().split('\n').filter(Boolean);
  if (lacking.length) {
    throw new Error(`beian-precheck: could not load ${lacking.join(', ')} from ${base} (options.baseUrl)`);
  }
  return wrap(core);
}
