// beian-precheck/widget: importing it defines the <beian-precheck> custom element. Attributes
// (lang, sections, rules-src, layout), events (ready, result, error) and CSS custom properties:
// the project's docs/embed.md.
import type { Application } from '../types/application.js';
import type { Report } from '../types/report.js';

export interface BeianPrecheckElement extends HTMLElement {
  /** Sets the application and checks it. */
  setApplication(application: Application): Promise<Report | null>;
  /** Checks an application (none: the stored one); null on failure (an `error` event says why). */
  check(application?: Application | string): Promise<Report | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'beian-precheck': BeianPrecheckElement;
  }
}
export {};
