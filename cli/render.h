// Output of the CLI for one or many reports: json, jsonl, text or sarif.
#ifndef BEIAN_CLI_RENDER_H_
#define BEIAN_CLI_RENDER_H_

#include <cstdio>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "core/sarif.h"

namespace beian {

class BatchRenderer {
 public:
  BatchRenderer(std::string format, std::ostream& out, const RulePack& pack, std::string locale)
      : format_(std::move(format)), out_(out), pack_(pack), locale_(std::move(locale)) {}

  // Output is gathered and written by Flush (the CLI flushes after each chunk of reports it
  // renders, and Finish at the end): one write of ~1 MB instead of one per report (a batch's
  // 2,000 reports of ~20 KB each were 2,000 system calls).
  void Report(const std::string& name, const CheckResult& r) {
    ++count_;
    ++verdicts_[r.verdict];
    if (format_ == "json") {
      pending_ += r.report;
      pending_ += '\n';
    } else if (format_ == "jsonl") {
      // The report with "input" (file name or stdin:LINE) first, so batch lines can be matched
      // to their inputs; without that key the line is byte-identical to the json report.
      pending_ += "{\"input\":";
      pending_ += Dump(json(name));
      if (r.report.size() > 2) pending_ += ',';
      pending_ += std::string_view(r.report).substr(1);
      pending_ += '\n';
    } else if (format_ == "text") {
      pending_ += TextSummary(ParseJson(r.report), name);
    } else if (format_ == "sarif") {
      json log =
          ReportToSarifLog(ParseJson(r.report), name, pack_, locale_.empty() ? "zh-CN" : locale_);
      if (log.is_object()) {
        if (sarif_.is_null()) {
          sarif_ = std::move(log);
        } else {
          sarif_["runs"].push_back(std::move(log["runs"][0]));
        }
      }
    }
  }

  void Error(const std::string& name, const std::string& error) {
    ++count_;
    ++errors_;
    errors_list_.push_back({name, error});
    if (format_ == "jsonl") {
      pending_ += Dump(json{{"input", name}, {"error", error}});
      pending_ += '\n';
    }
  }

  // Writes what Report and Error gathered.
  void Flush() {
    if (pending_.empty()) return;
    out_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
    pending_.clear();
  }

  void Finish() {
    Flush();
    if (format_ == "sarif") {
      if (sarif_.is_null()) {
        // No input could be read: still a valid (empty) log, so pipelines can parse it.
        sarif_ = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                  {"version", "2.1.0"},
                  {"runs", json::array()}};
      }
      for (const auto& [name, error] : errors_list_) {
        json run = {
            {"tool", {{"driver", {{"name", "beian-precheck"}}}}},
            {"results", json::array()},
            {"invocations",
             json::array({{{"executionSuccessful", false},
                           {"toolExecutionNotifications",
                            json::array({{{"level", "error"},
                                          {"message", {{"text", name + ": " + error}}}}})}}})}};
        sarif_["runs"].push_back(run);
      }
      out_ << Dump(sarif_) << "\n";
    }
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
  const RulePack& pack_;
  std::string locale_;
  std::vector<std::pair<std::string, std::string>> errors_list_;
  size_t count_ = 0, errors_ = 0;
  std::map<std::string, size_t> verdicts_;
  json sarif_;
  std::string pending_;  // written by Flush
};

}  // namespace beian

#endif  // BEIAN_CLI_RENDER_H_
