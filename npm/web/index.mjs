// beian-precheck in browsers and bundlers (ES module). The core's .wasm is next to this file;
// beian-core.mjs loads it with new URL('beian-core.wasm', import.meta.url), which bundlers
// (webpack 5, Vite, esbuild, Rollup with its URL plugin) copy as an asset. The checker runs on the
// thread that created it: create it in a Web Worker to keep a page responsive (./worker.js is the
// page's own worker, see worker.js for its messages).
import createBeianCore from './beian-core.mjs';
import { wrap } from '../checker.mjs';

// options.wasmUrl: where the .wasm is served, if the bundler moved it; options.wasmBinary: its bytes.
export async function createChecker(options = {}) {
  const init = {};
  if (options.wasmBinary) init.wasmBinary = options.wasmBinary;
  if (options.wasmUrl) init.locateFile = () => String(options.wasmUrl);
  return wrap(await createBeianCore(init));
}
