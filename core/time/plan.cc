#include "core/time/plan.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/time/calendar.h"

namespace beian {

namespace {

struct Texts {
  bool en;
  std::string operator()(const char* zh, const char* english) const { return en ? english : zh; }
};

std::optional<Date> DateAt(const json& doc, const std::string& pointer) {
  const std::string* s = Str(doc, pointer);
  if (!s) return std::nullopt;
  return Date::Parse(*s);
}

// Latest real-name verification date over all domain objects, if every domain object that has
// one is known; nullopt when none is given.
std::optional<Date> LatestRealName(const json& app) {
  std::optional<Date> latest;
  const json* sites = At(app, "/websites");
  if (!sites || !sites->is_array()) return latest;
  for (const json& site : *sites) {
    const json* domains = At(site, "/domains");
    if (!domains || !domains->is_array()) continue;
    for (const json& d : *domains) {
      if (!d.is_object()) continue;
      auto v = DateAt(d, "/real_name_verified_on");
      if (v && (!latest || *latest < *v)) latest = v;
    }
  }
  return latest;
}

std::string SiteLabel(const json& site, size_t index) {
  if (const std::string* n = Str(site, "/name"); n && !n->empty()) return *n;
  const json* domains = At(site, "/domains");
  if (domains && domains->is_array() && !domains->empty()) {
    const json& d = (*domains)[0];
    if (d.is_string()) return d.get<std::string>();
    if (const std::string* n = Str(d, "/name")) return *n;
  }
  return "#" + std::to_string(index + 1);
}

json Step(const std::string& step, int min_wd, int max_wd, const std::string& basis) {
  return {
      {"step", step}, {"min_working_days", min_wd}, {"max_working_days", max_wd}, {"basis", basis}};
}

json Deadline(const std::string& what, const Date& due, const std::string& basis,
              const std::string& rule, bool done, const Date& today) {
  json d = {{"what", what}, {"due", due.ToString()}, {"basis", basis}, {"rule", rule}};
  d["status"] = done ? "done" : (due < today ? "overdue" : "open");
  return d;
}

json Cost(const std::string& item, std::optional<double> min, std::optional<double> max,
          const std::string& recurring, bool mandatory, const std::string& basis) {
  json c = {{"item", item}, {"recurring", recurring}, {"mandatory", mandatory}, {"basis", basis}};
  if (min) c["min_cny"] = *min;
  if (max) c["max_cny"] = *max;
  return c;
}

}  // namespace

json BuildPlan(const json& app, const Date& today, const std::string& locale) {
  Texts t{locale == "en"};
  if (!app.is_object()) return json::object();
  bool relevant = At(app, "/subject") || At(app, "/websites") || At(app, "/public_security") ||
                  Num(app, "/context/daily_gmv_cny");
  if (!relevant) return json::object();

  json plan = json::object();
  bool calendar_ok = true;

  // ---- Estimate: domain real-name sync → provider review → SMS → 管局 --------------------
  json estimate = json::object();
  auto icp_approved = DateAt(app, "/public_security/icp_approved_on");
  const std::string basis_sync =
      t("华为云备案知识库（域名实名信息同步至工信部需3–5个工作日，核验后至少3个工作日再提交）",
        "Huawei Cloud ICP knowledge base (real-name data needs 3–5 working days to reach MIIT; "
        "submit at least 3 working days after verification)");
  const std::string basis_provider =
      t("接入商初审1–2个工作日（华为云备案知识库；腾讯云资料）",
        "Provider initial review 1–2 working days (Huawei Cloud ICP knowledge base; Tencent "
        "Cloud summaries)");
  const std::string basis_sms = t("工信部短信核验：验证码24小时内有效（华为云备案知识库）",
                                  "MIIT SMS verification: code valid for 24 hours (Huawei Cloud "
                                  "ICP knowledge base)");
  const std::string basis_miit =
      t("《非经营性互联网信息服务备案管理办法》（信息产业部令第33号）第十二条：材料齐全之日起20个"
        "工作日内作出决定",
        "Measures for the Filing of Non-commercial Internet Information Services (MII Order No. "
        "33), Art. 12: decision within 20 working days of complete materials");
  if (icp_approved) {
    estimate["status"] = "icp_approved";
    estimate["icp_approved_on"] = icp_approved->ToString();
    plan["estimated_days"] = 0;
  } else {
    int sync_min = 3, sync_max = 5;
    if (auto verified = LatestRealName(app)) {
      auto elapsed = WorkingDaysBetween(*verified, today);
      if (elapsed) {
        sync_min = std::max(0, 3 - *elapsed);
        sync_max = std::max(0, 5 - *elapsed);
        if (auto earliest = AddWorkingDays(*verified, 3))
          estimate["earliest_submission"] = (*earliest < today ? today : *earliest).ToString();
      } else {
        calendar_ok = false;
      }
    }
    json steps = json::array();
    steps.push_back(Step(t("域名实名信息同步", "Domain real-name data reaches MIIT"), sync_min,
                         sync_max, basis_sync));
    steps.push_back(Step(t("接入商初审", "Provider initial review"), 1, 2, basis_provider));
    steps.push_back(Step(t("工信部短信核验", "MIIT SMS verification"), 0, 1, basis_sms));
    steps.push_back(Step(t("通信管理局审核", "Communications administration (管局) review"), 1, 20,
                         basis_miit));
    int min_wd = sync_min + 1 + 0 + 1, max_wd = sync_max + 2 + 1 + 20;
    estimate["steps"] = steps;
    estimate["working_days_min"] = min_wd;
    estimate["working_days_max"] = max_wd;
    estimate["start"] = today.ToString();
    auto earliest = AddWorkingDays(today, min_wd);
    auto latest = AddWorkingDays(today, max_wd);
    if (earliest) estimate["earliest_decision"] = earliest->ToString();
    if (latest) {
      estimate["latest_decision"] = latest->ToString();
      plan["estimated_days"] = latest->Days() - today.Days();
    } else {
      calendar_ok = false;
      // Calendar not published: no guess at holidays; 5 working days per calendar week.
      plan["estimated_days"] = static_cast<int>(std::ceil(max_wd * 7.0 / 5.0));
      estimate["note"] = t("法定节假日安排尚未公布，按每周5个工作日粗估，未计节假日。",
                           "The holiday calendar for this period is not published yet: counted "
                           "as 5 working days a week, holidays not included.");
    }
    estimate["brief_average_days"] = 18.6;
    estimate["brief_average_basis"] = t("行业文章（产品简报）：平均18.6天，非官方数据",
                                        "Industry article (product brief): 18.6 "
                                        "days on average; not an official figure");
  }
  plan["estimate"] = estimate;

  // ---- Deadlines ----------------------------------------------------------------------------
  json deadlines = json::array();
  bool psb_done = At(app, "/public_security/filed_on") || Str(app, "/public_security/psb_number") ||
                  At(app, "/public_security/psb_approved_on");
  const json* sites = At(app, "/websites");
  if (sites && sites->is_array()) {
    for (size_t i = 0; i < sites->size(); ++i) {
      auto launched = DateAt((*sites)[i], "/launched_on");
      if (!launched) continue;
      std::string label = SiteLabel((*sites)[i], i);
      deadlines.push_back(Deadline(
          t("公安联网备案（网站开通后30日内）：",
            "Public-security filing (within 30 days of "
            "launch): ") +
              label,
          launched->AddDays(30),
          t("《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）第十二条：自网络正式联网"
            "（网站开通）之日起30日内办理备案",
            "Measures for the Security Protection of Computer Information Networks with "
            "International Interconnections (MPS Order No. 33), Art. 12: file within 30 days "
            "of going live"),
          "PSB-001", psb_done, today));
    }
  }
  if (icp_approved) {
    deadlines.push_back(Deadline(
        t("公安联网备案（简报口径：ICP备案通过后30日内）",
          "Public-security filing (brief's reading: within 30 days of ICP approval)"),
        icp_approved->AddDays(30),
        t("行业文章（产品简报）的说法；法规口径是自网站开通之日起30日（公安部令第33号第十二条）",
          "Industry article (product brief); the law counts the 30 days from the site's launch "
          "(MPS Order No. 33, Art. 12)"),
        "SEED-017", psb_done, today));
  }
  if (auto psb_approved = DateAt(app, "/public_security/psb_approved_on")) {
    deadlines.push_back(Deadline(
        t("在网站首页底部展示公安备案号并链接至全国互联网安全管理服务平台",
          "Show the public-security filing number at the bottom of the homepage, linked to "
          "beian.mps.gov.cn"),
        psb_approved->AddDays(30),
        t("全国互联网安全管理服务平台常见问题：备案通过后30日内在网站首页底部悬挂公安备案号",
          "Public-security filing platform FAQ: display the number at the bottom of the homepage "
          "within 30 days of approval"),
        "DSP-010", false, today));
  }
  std::stable_sort(deadlines.begin(), deadlines.end(), [](const json& a, const json& b) {
    return a.value("due", std::string()) < b.value("due", std::string());
  });
  json correction = {
      {"what", t("被驳回后补正材料（简报口径：5个工作日内，否则退回）",
                 "Correct the application after a rejection (brief: within 5 working days, "
                 "else the order is returned)")},
      {"within_working_days", 5},
      {"from", t("收到驳回通知之日", "the day the rejection notice arrives")},
      {"basis",
       t("行业文章（产品简报），未见官方出处；华为云要求对已备案信息不准确的情况在10个工作日"
         "内更正",
         "Industry article (product brief), no official source found; Huawei Cloud asks "
         "for corrections of inaccurate filed data within 10 working days")},
      {"rule", "SEED-023"}};
  deadlines.push_back(correction);
  plan["deadlines"] = deadlines;

  // ---- Costs -------------------------------------------------------------------------------
  json costs = json::array();
  costs.push_back(
      Cost(t("ICP备案（通信管理局）", "ICP filing at the communications administration"), 0.0, 0.0,
           "none", true,
           t("浙江省通信管理局办事指南：办理费用不收费；接入商也免费代为提交",
             "Zhejiang Communications Administration service guide: no fee; "
             "providers submit free of charge")));
  costs.push_back(Cost(t("符合条件的境内云服务器（包年包月，至少3个月）",
                         "Qualifying mainland server instance (subscription, at least 3 months)"),
                       std::nullopt, std::nullopt, "monthly", true,
                       t("阿里云、华为云备案说明：需购买至少3个月的包年包月实例；价格随配置而定",
                         "Alibaba Cloud and Huawei Cloud filing docs: a subscription instance of "
                         "at least 3 months is required; the price depends on the instance")));
  costs.push_back(
      Cost(t("接入商或代理协助备案（可选）", "Provider or agency filing assistance (optional)"),
           100.0, 300.0, "once", false,
           t("行业文章（产品简报）：100–300元；简报称自助提交驳回率41%（非官方数据）",
             "Industry article (product brief): 100–300 CNY; the brief reports a 41% "
             "rejection rate for self-service submissions (not official)")));
  costs.push_back(Cost(t("境外注册商域名实名认证（仅当域名在境外注册商时）",
                         "Real-name verification at an overseas registrar (only if the domain is "
                         "there)"),
                       100.0, 110.0, "yearly", false,
                       t("行业文章（产品简报）：约15美元/年（按约7.1元/美元折算）",
                         "Industry article (product brief): about 15 USD a year (at about 7.1 "
                         "CNY/USD)")));
  costs.push_back(Cost(
      t("等级保护二级基础防护（WAF＋日志审计）", "MLPS level 2 basic protection (WAF + log audit)"),
      2000.0, 8000.0, "yearly", false,
      t("行业文章（产品简报）：2000–8000元/年；技术要求见GB/T 22239-2019",
        "Industry article (product brief): 2,000–8,000 CNY a year; technical "
        "requirements in GB/T 22239-2019")));
  plan["costs"] = costs;

  // ---- Delay cost --------------------------------------------------------------------------
  if (auto gmv = Num(app, "/context/daily_gmv_cny"); gmv && *gmv >= 0) {
    double per_day = std::round(*gmv * kDelayCostShareOfGmv * 100.0) / 100.0;
    plan["delay_cost_cny_per_day"] = per_day;
    plan["delay_cost_basis"] =
        t("行业文章（产品简报）：每延误一天约损失日均GMV的0.7%（非官方估算）",
          "Industry article (product brief): about 0.7% of daily GMV lost per day of delay (not an "
          "official estimate)");
  }
  plan["calendar_published"] = calendar_ok;
  return plan;
}

}  // namespace beian
