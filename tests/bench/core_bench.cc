// Google Benchmark suite for the native core (scripts/bench runs it; not part of scripts/test).
// Inputs come from tests/bench/gen_data.py (deterministic, generated into build/bench by
// scripts/bench; another folder via BEIAN_BENCH_DATA). The same inputs feed
// tests/bench/wasm_bench.cjs, so native and wasm figures compare the same work.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/json.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/readers/whois.h"
#include "core/rulepack.h"
#include "core/scan.h"

namespace {

std::string DataDir() {
  const char* env = std::getenv("BEIAN_BENCH_DATA");
  return env && *env ? env : BEIAN_SOURCE_DIR "/build/bench";
}

const std::string& Data(const std::string& name) {
  static std::map<std::string, std::unique_ptr<std::string>> cache;
  auto& slot = cache[name];
  if (!slot) {
    std::ifstream in(DataDir() + "/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    slot = std::make_unique<std::string>(ss.str());
  }
  return *slot;
}

bool Need(benchmark::State& state, const std::string& text, const char* name) {
  if (!text.empty()) return true;
  state.SkipWithError(
      (std::string("missing ") + name + ": run tests/bench/gen_data.py " + DataDir()).c_str());
  return false;
}

// The scan word set: the lists named in scan_lists.json, as one RE2::Set (what the wasm
// benchmark's scan() entry point builds too).
const beian::WordMatcher& ScanMatcher() {
  static const beian::WordMatcher* m = [] {
    std::vector<std::string> words;
    beian::json names = beian::json::parse(Data("scan_lists.json"), nullptr, false);
    if (names.is_array())
      for (const auto& n : names)
        if (n.is_string())
          for (const auto& w : beian::RulePack::Builtin().List(n.get<std::string>()))
            words.push_back(w);
    return new beian::WordMatcher(words);
  }();
  return *m;
}

void BM_CheckTypical(benchmark::State& state) {
  const std::string& app = Data("typical.json");
  if (!Need(state, app, "typical.json")) return;
  beian::CheckOptions o;
  o.today = "2026-11-28";
  for (auto _ : state) {
    beian::CheckResult r = beian::Check(app, o);
    benchmark::DoNotOptimize(r.report.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(app.size()));
}
BENCHMARK(BM_CheckTypical)->Unit(benchmark::kMillisecond);

// As the page calls it on keystrokes: the whole application, uploads included, the company name
// as typed alternating between two states (one character apart), so that from one call to the
// next only the uploads are the same.
void BM_CheckField(benchmark::State& state) {
  const std::string& app = Data("typical.json");
  const std::string& typing = Data("typing.json");
  if (!Need(state, app, "typical.json") || !Need(state, typing, "typing.json")) return;
  beian::CheckOptions o;
  o.today = "2026-11-28";
  o.field = "/subject/name";
  bool odd = false;
  for (auto _ : state) {
    beian::CheckResult r = beian::Check((odd = !odd) ? typing : app, o);
    benchmark::DoNotOptimize(r.report.data());
  }
}
BENCHMARK(BM_CheckField)->Unit(benchmark::kMicrosecond);

void BM_CheckForm(benchmark::State& state) {
  const std::string& app = Data("form.json");
  if (!Need(state, app, "form.json")) return;
  beian::CheckOptions o;
  o.today = "2026-11-28";
  for (auto _ : state) {
    beian::CheckResult r = beian::Check(app, o);
    benchmark::DoNotOptimize(r.report.data());
  }
}
BENCHMARK(BM_CheckForm)->Unit(benchmark::kMicrosecond);

void BM_ReadWhois(benchmark::State& state) {
  const std::string& text = Data("whois.txt");
  if (!Need(state, text, "whois.txt")) return;
  for (auto _ : state) {
    beian::WhoisRecord r = beian::ParseWhois(text);
    benchmark::DoNotOptimize(r.domain.value.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
BENCHMARK(BM_ReadWhois)->Unit(benchmark::kMicrosecond);

void BM_ReadLicense(benchmark::State& state) {
  const std::string& text = Data("license.txt");
  if (!Need(state, text, "license.txt")) return;
  for (auto _ : state) {
    beian::LicenseFacts f = beian::ReadLicense(text);
    benchmark::DoNotOptimize(f.name.value.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
BENCHMARK(BM_ReadLicense)->Unit(benchmark::kMicrosecond);

void BM_ReadHtml100k(benchmark::State& state) {
  const std::string& html = Data("page-100k.html");
  if (!Need(state, html, "page-100k.html")) return;
  const beian::RulePack& pack = beian::RulePack::Builtin();
  beian::HtmlLists lists = beian::facts::PackHtmlLists(pack);
  for (auto _ : state) {
    beian::HtmlPage p = beian::ReadHtml(html, lists);
    benchmark::DoNotOptimize(p.text.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(html.size()));
}
BENCHMARK(BM_ReadHtml100k)->Unit(benchmark::kMillisecond);

void BM_Address(benchmark::State& state) {
  const std::string a = "浙江省杭州市西湖区文三路478号华星时代广场A座1203室";
  const std::string b = "杭州市西湖区文三路四七八号华星时代广场A座12楼1203";
  // 16 variants in turn: no parse is served from ParseAddress's cache of the last 8 (the same
  // loop as benchAddress in wasm/bench_bindings.cc).
  std::vector<std::string> as, bs;
  for (int v = 0; v < 16; ++v) {
    as.push_back(a + std::to_string(v) + "室");
    bs.push_back(b + std::to_string(v) + "室");
  }
  size_t i = 0;
  for (auto _ : state) {
    beian::AddressDiff d = beian::CompareAddresses(as[i % 16], bs[i % 16]);
    ++i;
    benchmark::DoNotOptimize(d.kind);
  }
}
BENCHMARK(BM_Address)->Unit(benchmark::kMicrosecond);

void Scan(benchmark::State& state, const char* file) {
  const std::string& text = Data(file);
  if (!Need(state, text, file)) return;
  const beian::WordMatcher& m = ScanMatcher();
  size_t hits = 0;
  for (auto _ : state) {
    hits = m.Which(text).size();
    benchmark::DoNotOptimize(hits);
  }
  state.counters["words"] = double(m.words().size());
  state.counters["hits"] = double(hits);
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
void BM_Scan1MB(benchmark::State& state) { Scan(state, "text-1mb.html"); }
void BM_Scan20MB(benchmark::State& state) { Scan(state, "text-20mb.html"); }
BENCHMARK(BM_Scan1MB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Scan20MB)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
