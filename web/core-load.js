// Loads the core's WebAssembly in its two parts (scripts/split_wasm.mjs): beian-core.wasm holds
// what a check, a field check and the guided form run (it is all the page needs for its first
// verdict); beian-core.deferred.<digest>.wasm, which the first part names in its custom section
// "beian_deferred", holds the rest (rare answers, error paths, exports). The deferred part is
// fetched and instantiated in the background once the first part is ready (or later: prefetch).
// The first part calls a function of the deferred part through a placeholder: if that
// happens before the background load is done, the deferred part is instantiated at once (in a
// worker from a synchronous request, served by the service worker when offline). On the main
// thread, where browsers refuse synchronous compiles of big modules, pass awaitDeferred: the
// core is returned only once both parts are in.
//
// options: base (URL the .wasm files lie next to), wasmUrl / wasmBinary / wasmModule (first part:
// its URL, its bytes, or the part already compiled, e.g. by the page: compileModule below),
// deferredUrl / deferredBinary (second part; by default the name the first part carries),
// deferredModule (a promise of the second part compiled, e.g. by the page: compileSecondPart
// below; null: fetched here after all),
// awaitDeferred, prefetch (default true: at once; a promise: once it settles, e.g. after the first
// answer, so that its compile does not compete with the first check; false: only when a deferred
// function is first called), onDeferred(how) (called once the second part is in: 'background' or
// 'on call').

function findTable(exports) {
  return Object.values(exports).find((v) => v instanceof WebAssembly.Table);
}

// The file name of the second part that belongs to this first part (scripts/split_wasm.mjs writes
// it into the custom section "beian_deferred"): a first part never loads another build's second.
function deferredName(module) {
  const sections = WebAssembly.Module.customSections(module, 'beian_deferred');
  if (!sections.length) return 'beian-core.deferred.wasm';
  return new TextDecoder().decode(sections[0]).trim();
}

function fetchSync(url) {
  if (typeof XMLHttpRequest !== 'function') throw new Error('beian-precheck: cannot load ' + url);
  const xhr = new XMLHttpRequest();
  xhr.open('GET', String(url), false);
  xhr.responseType = 'arraybuffer';
  xhr.send(null);
  if (xhr.status !== 200 && xhr.status !== 0) {
    throw new Error(`beian-precheck: ${url}: HTTP ${xhr.status}`);
  }
  return new Uint8Array(xhr.response);
}

// The name of a worker whose page compiles the first part and posts it to it (web/core-client.js,
// web/worker.js).
export const POSTED_FIRST_PART = 'beian-core:posted';

// A part of the module compiled from its URL, while it downloads where the server says
// application/wasm. The page compiles each part once for all its workers (web/core-client.js).
export async function compileModule(url) {
  const res = await fetch(String(url), { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`failed to load ${url}: HTTP ${res.status}`);
  if (typeof WebAssembly.compileStreaming === 'function' &&
      (res.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

// The data files the module fetches instead of embedding them (the regions and the IP ranges:
// scripts/split_wasm.mjs names them in the first part's custom section "beian_data"), fetched
// from `firstUrl`'s folder: [[file, Uint8Array], …]. The page fetches them once for all its
// workers, once a worker's core is ready (web/core-client.js); a file that failed is left out (the
// worker fetches it when a check needs it).
export async function fetchDataFiles(module, firstUrl) {
  const sections = WebAssembly.Module.customSections(module, 'beian_data');
  const files = sections.length ? new TextDecoder().decode(sections[0]).split('\n').filter(Boolean) : [];
  const out = await Promise.all(files.map(async (file) => {
    try {
      const res = await fetch(new URL(file, firstUrl), { credentials: 'same-origin' });
      return res.ok ? [file, new Uint8Array(await res.arrayBuffer())] : null;
    } catch {
      return null;
    }
  }));
  return out.filter(Boolean);
}

// The second part that belongs to the compiled first part `module` (fetched from `firstUrl`'s
// folder), compiled while it downloads. The page compiles it once for all its workers, once a
// worker's core is ready (web/core-client.js).
export async function compileSecondPart(module, firstUrl) {
  return compileModule(new URL(deferredName(module), firstUrl));
}

async function instantiatePrimary(options, imports) {
  if (options.wasmBinary) return WebAssembly.instantiate(options.wasmBinary, imports);
  const module = options.wasmModule ||
      await compileModule(options.wasmUrl || new URL('beian-core.wasm', options.base));
  return { instance: await WebAssembly.instantiate(module, imports), module };
}

// createBeianCore: the factory beian-core.mjs exports. Returns a promise of the core.
export function loadCore(createBeianCore, options = {}) {
  let deferredUrl = options.deferredUrl ? String(options.deferredUrl) : '';
  let primaryExports = null, table = null, secondary = null, compiled = null;
  let deferredDone = Promise.resolve();

  // Instantiating the deferred part fills the table slots its functions have in the first part.
  function loaded(how) {
    if (options.onDeferred) options.onDeferred(how);
  }
  // Throws an error with deferredLoad set when the second part cannot be had: the op that called
  // it stopped half-way, and the instance should not be used again (web/worker.js starts another).
  function instantiateNow() {
    if (secondary) return;
    try {
      const mod = compiled || new WebAssembly.Module(options.deferredBinary || fetchSync(deferredUrl));
      secondary = new WebAssembly.Instance(mod, { primary: primaryExports });
    } catch (e) {
      const err = new Error('beian-precheck: the second part of the checker could not be loaded (' +
                            String((e && e.message) || e) + ')');
      err.deferredLoad = true;
      throw err;
    }
    loaded('on call');
  }
  const placeholder = new Proxy({}, {
    get(_, slot) {
      return (...args) => {
        instantiateNow();
        return table.get(Number(slot))(...args);
      };
    },
  });

  let failLoad;
  const loadFailed = new Promise((_, reject) => { failLoad = reject; });
  loadFailed.catch(() => {});
  const init = {
    instantiateWasm(imports, receive) {
      imports.placeholder = placeholder;
      instantiatePrimary(options, imports).then(({ instance, module }) => {
        primaryExports = instance.exports;
        table = findTable(primaryExports);
        if (!deferredUrl) deferredUrl = String(new URL(deferredName(module), options.base || 'http://invalid/'));
        deferredDone = options.prefetch === false ? deferredDone : (async () => {
          try {
            if (options.deferredModule) {
              const posted = await options.deferredModule;
              if (posted instanceof WebAssembly.Module) compiled = posted;
            } else if (options.prefetch && typeof options.prefetch.then === 'function') {
              await options.prefetch.catch(() => {});
            }
            let bytes = options.deferredBinary;
            if (!bytes && !compiled) {
              const res = await fetch(deferredUrl, { credentials: 'same-origin' });
              if (!res.ok) throw new Error(`failed to load ${deferredUrl}: HTTP ${res.status}`);
              bytes = new Uint8Array(await res.arrayBuffer());
            }
            if (!compiled) compiled = await WebAssembly.compile(bytes);
            if (!secondary) {
              const inst = await WebAssembly.instantiate(compiled, { primary: primaryExports });
              if (!secondary) {
                secondary = inst;
                loaded('background');
              }
            }
          } catch (e) {
            // tried again, synchronously, when a deferred function is first called
            compiled = null;
            if (options.awaitDeferred) throw e;
            console.warn('beian-precheck: deferred part not loaded yet:', String((e && e.message) || e));
          }
        })();
        deferredDone.catch(() => {});  // awaited below (awaitDeferred), reported there
        receive(instance, module);
      }, failLoad);
      return {};
    },
  };
  const core = createBeianCore(init);
  return Promise.race([core, loadFailed]).then(async (c) => {
    if (options.awaitDeferred) await deferredDone;
    return c;
  });
}
