// beian-precheck: the API's types. Application and Report are generated from
// schemas/application.schema.json and schemas/report.schema.json at build time.
import type { Application } from './types/application.js';
import type { Report } from './types/report.js';

export type { Application, Report };

export type Locale = 'zh-CN' | 'en';

/** An application: the parsed object, its JSON text, or the JSON file's UTF-8 bytes. */
export type ApplicationInput = Application | string | Uint8Array;

export interface CheckOptions {
  /** Language of messages and fixes (default zh-CN). */
  locale?: Locale;
  /** The check's date, YYYY-MM-DD (default: context.today of the application, else today). */
  today?: string;
  /** A live field check: only findings at or below this JSON Pointer (e.g. "/subject/name"). */
  field?: string;
  /** A quick check of several fields (their union), e.g. the guided form's first screen. */
  fields?: string[];
}

/** One entry of the rule catalogue (the CLI's --list-rules). */
export interface RuleInfo {
  id: string;
  category: string;
  title: string;
  severity: 'block' | 'warn' | 'info';
  confidence: string;
  provinces: string[];
  [key: string]: unknown;
}

export interface VersionInfo {
  /** The engine's version. */
  engine: string;
  /** The rule pack in use: YYYY.MM.DD+content hash (CHANGELOG.md lists what each changed). */
  rulepack: string;
}

export interface FormPlan {
  required: string[];
  hidden: string[];
  provided: number;
  missing: { path: string; label: string }[];
}

/** A SARIF 2.1.0 log (https://json.schemastore.org/sarif-2.1.0.json). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Record<string, unknown>[];
}

export interface Checker {
  /** Checks one application. Throws an Error (name "BeianCheckError") when the input is not an
   * application at all (not JSON, too large: the CLI's exit code 2). */
  check(application: ApplicationInput, options?: CheckOptions): Report;
  /** The report as the core's JSON text: byte for byte `beian-check --format json` without the
   * final newline. */
  checkJson(application: ApplicationInput, options?: CheckOptions): string;
  /** The rule catalogue (optionally only the rules that apply in one province). */
  rules(options?: { province?: string; locale?: Locale }): RuleInfo[];
  /** A report as a SARIF 2.1.0 log; `artifact` names the checked file. */
  toSarif(report: Report | string, options?: { artifact?: string; locale?: Locale }): SarifLog;
  /** Replaces the rule pack of this checker (a pack object or its JSON text). Throws an Error
   * (name "BeianRulePackError") when the pack is not valid. */
  loadRules(pack: object | string): VersionInfo;
  /** Back to the rule pack built into the package. */
  resetRules(): void;
  version(): VersionInfo;
  /** Which fields of the filing form apply to this application. */
  formPlan(application: ApplicationInput, options?: { locale?: Locale }): FormPlan;
}

export interface CreateCheckerOptions {
  /** The core's .wasm bytes, if they are not to be read from the package. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Browser build only: the URL the .wasm is served from, if a bundler moved it. */
  wasmUrl?: string | URL;
  /**
   * Browser build only: the second part of the module (`beian-core.deferred.<digest>.wasm`, the
   * functions a check rarely runs), as bytes or as the URL it is served from if a bundler moved it.
   */
  deferredBinary?: ArrayBuffer | Uint8Array;
  deferredUrl?: string | URL;
  /**
   * Browser build only: the languages the checker answers in (default both). The browser module
   * embeds the rules' Chinese wording; the English file beside it is fetched before the checker
   * is returned.
   */
  locales?: Locale[];
  /** Browser build only: where the files beside the module (the English wording) are served. */
  baseUrl?: string | URL;
}

/** Loads the core (WebAssembly, from this package) and returns a checker. */
export function createChecker(options?: CreateCheckerOptions): Promise<Checker>;
