// The typed usage example: `tsc --noEmit` must accept it (tests/node/npm.test.cjs).
import { createChecker, type Application, type Report, type Checker, type SarifLog } from 'beian-precheck';
import type { BeianPrecheckElement } from 'beian-precheck/widget';

const application: Application = {
  schema_version: 1,
  context: { today: '2026-11-28', locale: 'en' },
  subject: { province: '浙江', type: 'enterprise', certificate_type: 'business_license',
             certificate_number: '91330106673959654P', name: '杭州青禾茶业有限公司' },
  websites: [{ name: '青禾茶业官网', domains: ['qinghe-tea.com', { name: 'qinghe-tea.cn', registrant: '杭州青禾茶业有限公司' }] }],
};

export async function serverCheck(body: string | Uint8Array): Promise<'blocked' | 'at_risk' | 'ready'> {
  const checker: Checker = await createChecker();
  const report: Report = checker.check(body, { locale: 'zh-CN', today: '2026-11-28' });
  const again: Report = checker.check(application, { fields: ['/subject/name'] });
  const ids: string[] = report.findings.map((f) => f.rule).concat(again.findings.map((f) => f.rule));
  const sarif: SarifLog = checker.toSarif(report, { artifact: 'application.json', locale: 'en' });
  const rules = checker.rules({ province: '浙江', locale: 'en' });
  const pack: string = checker.version().rulepack;
  checker.loadRules({ version: pack });
  checker.resetRules();
  const blocking: number = report.summary.block + ids.length * 0 + sarif.runs.length * 0 + rules.length * 0;
  return blocking > 0 ? 'blocked' : report.verdict;
}

export function widget(el: BeianPrecheckElement): Promise<Report | null> {
  return el.check(application);
}
