// A wrongly typed use: `tsc --noEmit` must reject it, on each line marked "error".
import { createChecker, type Application } from 'beian-precheck';

const application: Application = {
  subject: { type: 'company', name: 42 },  // error: not a subject type, name is a string
  websites: [{ domains: [{ registrar: 'x' }] }],  // error: a domain object needs its name
};

export async function wrong(): Promise<string> {
  const checker = await createChecker();
  const report = checker.check(application, { locale: 'fr' });  // error: locale zh-CN | en
  if (report.verdict === 'ok') return 'never';  // error: verdict is blocked | at_risk | ready
  return report.summary.blocks;  // error: no such key (and a number is no string)
}
