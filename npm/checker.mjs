// The Checker over the core's embind functions (wasm/bindings.cc). Shared by the Node entries
// (index.cjs, index.mjs) and the browser entry (web/index.mjs). Nothing here checks anything:
// every answer is the core's JSON, parsed.

// The core answers errors as {"error": "…"}; a report or a rule list never has that shape.
function parse(json) {
  const value = JSON.parse(json);
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.error === 'string' &&
      Object.keys(value).length === 1) {
    const err = new Error(value.error);
    err.name = 'BeianCheckError';
    throw err;
  }
  return value;
}

// An application: a parsed object, a JSON string, or its UTF-8 bytes (Uint8Array / Buffer).
function applicationArg(application) {
  if (typeof application === 'string' || application instanceof Uint8Array) return application;
  if (application && typeof application === 'object') return JSON.stringify(application);
  throw new TypeError('application must be an object, a JSON string or UTF-8 bytes');
}

function checkOptions(options = {}) {
  const o = {};
  for (const key of ['locale', 'today', 'field', 'fields']) {
    if (options[key] !== undefined && options[key] !== null) o[key] = options[key];
  }
  return JSON.stringify(o);
}

export function wrap(core) {
  const checker = {
    // The report (schemas/report.schema.json); throws on input that is not an application at all
    // (not JSON, too large…): the CLI's exit code 2.
    check(application, options) {
      return parse(core.check(applicationArg(application), checkOptions(options)));
    },
    // The report as the core's JSON text: byte for byte the native CLI's `--format json` output
    // without its final newline.
    checkJson(application, options) {
      const text = core.check(applicationArg(application), checkOptions(options));
      parse(text);
      return text;
    },
    rules({ province = '', locale = 'zh-CN' } = {}) {
      return parse(core.rules(province, locale));
    },
    toSarif(report, { artifact = 'application.json', locale = 'zh-CN' } = {}) {
      const text = typeof report === 'string' ? report : JSON.stringify(report);
      return parse(core.toSarif(text, artifact, locale));
    },
    // Replaces the rule pack in use (a pack object or its JSON text, e.g. the package's
    // rulepack.json edited); throws with the core's message when the pack is not valid.
    loadRules(pack) {
      const error = core.loadRules(typeof pack === 'string' ? pack : JSON.stringify(pack));
      if (error) {
        const err = new Error(error);
        err.name = 'BeianRulePackError';
        throw err;
      }
      return checker.version();
    },
    resetRules() {
      core.resetRules();
    },
    version() {
      return JSON.parse(core.version());
    },
    formPlan(application, { locale = 'zh-CN' } = {}) {
      return parse(core.formPlan(applicationArg(application), locale));
    },
  };
  return Object.freeze(checker);
}
