// The Node builds' start-up state, computed when the module is built (issue 15: a cold first
// check). The core builds its tables the first time a check needs them: the rule pack and each
// rule's parameters from their compact form, the GB/T 2260 regions, the address and place-name
// indexes, the IP ranges, the schema. In a fresh Node process that is most of the first check,
// and all of it runs in V8's baseline code while V8 recompiles the busiest functions on the other
// threads. Here it runs once at build time instead: scripts/prewarm_wasm.py has Binaryen's
// wasm-ctor-eval call beian_prewarm() on the linked module and write the memory it leaves as the
// module's data, so an instance starts with the tables built. Only the Node builds (the npm
// package's and the bench's): the page's module is downloaded, and fetches its regions and IP
// ranges later (core/resources.h).
//
// The evaluator runs WebAssembly only, never JavaScript: the check below is given its date (no
// clock), and long copies stay in WebAssembly meanwhile (core/prewarm.h). A step that
// calls into JavaScript makes the evaluation fail, and the build with it
// (scripts/prewarm_wasm.py), rather than silently leaving the work to the first check.
//
// The tables are the same whichever application a check reads. What a check keeps for the next
// one is reused only where it is equal (the findings' memo compares every member: core/engine/
// report.cc), so the warm-up check below changes no later report (tests/node/npm.test.cjs: the
// npm build, prewarmed, gives the native CLI's bytes on every example); and it spends none of
// the word lists' byte-search budgets (core/prewarm.h), so a process's first check takes the
// same paths as without it.
#include "core/prewarm.h"

#include <emscripten/emscripten.h>

#include "core/check.h"
#include "core/geo/regions.h"
#include "core/net/ip.h"
#include "core/rulepack.h"

namespace {

// An application of another seller than any example or test corpus: a check of it reaches the
// tables a full check reads (subject, address, names, domain, IP, people, documents).
constexpr char kWarmUpApplication[] = R"({
  "schema_version": 1,
  "context": {"locale": "zh-CN"},
  "market": {"targets_mainland_users": true, "site_languages": ["zh-CN"],
             "ships_to_mainland": true, "platform": "self_built", "server_in_mainland": true},
  "subject": {
    "province": "江苏", "city": "南京市", "district": "鼓楼区", "type": "enterprise",
    "certificate_type": "business_license", "certificate_number": "91320106MA1X2Y3Z4K",
    "name": "南京松间文具有限公司",
    "certificate_address": "江苏省南京市鼓楼区中山北路88号5楼",
    "mailing_address": "江苏省南京市鼓楼区中山北路88号5楼",
    "business_scope": "文具用品销售；办公用品销售",
    "principal": {"name": "陈静", "id_type": "resident_id", "id_number": "320106199001011234",
                  "mobile": "13851234567", "email": "chen@songjian.example", "nationality": "CN"}
  },
  "websites": [{
    "name": "松间文具", "home_url": "https://www.songjian.example/",
    "domains": [{"name": "songjian.example", "registrant": "南京松间文具有限公司",
                 "real_name_verified": true, "registered_on": "2021-04-02",
                 "expires_on": "2031-04-02"}],
    "service_content": "展示本公司文具产品", "service_types": ["单位门户网站"], "columns": ["首页"],
    "languages": ["zh-CN"], "features": {"payment": false, "user_registration": false},
    "responsible_person": {"name": "陈静", "id_type": "resident_id",
                           "id_number": "320106199001011234", "mobile": "13851234567"},
    "hosting": {"access_provider": "阿里云", "location": "mainland",
                "server_ips": ["47.100.1.2"]}
  }],
  "documents": {"business_license_scan": true, "id_card_front_back": true}
})";

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void beian_prewarm() {
  beian::g_prewarming = true;
  const beian::RulePack& pack = beian::RulePack::Builtin();
  for (const beian::RuleDef& rule : pack.rules()) (void)rule.params();
  for (auto level : {beian::RegionLevel::kProvince, beian::RegionLevel::kPrefecture,
                     beian::RegionLevel::kCounty})
    (void)beian::CurrentRegions(level);
  (void)beian::IpLists();
  beian::CheckOptions options;
  options.pack = &pack;
  options.today = "2026-01-05";
  (void)beian::Check(kWarmUpApplication, options);
  beian::g_prewarming = false;
}
