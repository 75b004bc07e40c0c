// Output of the CLI for one or many reports: json, jsonl, text or sarif.
#ifndef BEIAN_CORE_CLI_RENDER_H_
#define BEIAN_CORE_CLI_RENDER_H_

#include <cstdio>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "core/sarif.h"

namespace beian {

class BatchRenderer {
 public:
  BatchRenderer(std::string format, std::ostream& out) : format_(std::move(format)), out_(out) {}

  void Report(const std::string& name, const CheckResult& r) {
    ++count_;
    ++verdicts_[r.verdict];
    if (format_ == "json") {
      out_ << r.report << "\n";
    } else if (format_ == "jsonl") {
      out_ << r.report << "\n";
    } else if (format_ == "text") {
      out_ << ReportToText(r.report, name);
    } else if (format_ == "sarif") {
      json log =
          json::parse(ReportToSarif(r.report, name, RulePack::Builtin(), "zh-CN"), nullptr, false);
      if (!log.is_discarded()) {
        if (sarif_.is_null()) {
          sarif_ = log;
        } else {
          sarif_["runs"].push_back(log["runs"][0]);
        }
      }
    }
  }

  void Error(const std::string& name, const std::string& error) {
    ++count_;
    ++errors_;
    if (format_ == "jsonl") {
      out_ << Dump(json{{"input", name}, {"error", error}}) << "\n";
    }
  }

  void Finish() {
    if (format_ == "sarif" && !sarif_.is_null()) out_ << Dump(sarif_) << "\n";
    out_.flush();
  }

  std::string Summary(double seconds) const {
    json s = {{"applications", count_}, {"errors", errors_}, {"seconds", seconds}};
    for (const auto& [k, v] : verdicts_) s[k] = v;
    if (seconds > 0) s["per_second"] = static_cast<double>(count_) / seconds;
    return "beian-check summary: " + Dump(s);
  }

 private:
  std::string format_;
  std::ostream& out_;
  size_t count_ = 0, errors_ = 0;
  std::map<std::string, size_t> verdicts_;
  json sarif_;
};

}  // namespace beian

#endif  // BEIAN_CORE_CLI_RENDER_H_
