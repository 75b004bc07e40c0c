// Benchmark-only entry points, compiled into the Node build (beian-core-node) only; the page's
// module (beian-core.mjs) does not have them. Used by tests/bench/wasm_bench.cjs.
//
//   benchScan(text, listsJson, n)   -> distinct words hit; scans `text` n times with one
//                                      RE2::Set built from the named pack lists (cached)
//   benchReadWhois(text, n)         -> ParseWhois n times; returns the name-server count
//   benchReadLicense(text, n)       -> ReadLicense n times; returns 1 when something was found
//   benchReadHtml(text, n)          -> ReadHtml n times with the pack's lists; visible text bytes
//   benchAddress(a, b, n)           -> CompareAddresses n times; the diff kind
//   benchScanWords(text, listsJson) -> the distinct words hit (JSON array), to check the JS baseline
//   benchScanString(text, listsJson, n) -> benchScan with the text taken as std::string by
//                                      embind (its Uint8Array path copies byte by byte in JS)
// `text` may be a JS string or a Uint8Array (UTF-8 bytes, copied once into the wasm heap with
// one TypedArray.set, see Bytes()).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/json.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/readers/whois.h"
#include "core/rulepack.h"
#include "core/scan.h"

namespace {

// A JS string (UTF-8 encoded by embind) or a Uint8Array copied into the wasm heap with a single
// TypedArray.prototype.set (embind's own std::string conversion of a Uint8Array copies one byte
// per JS loop iteration: about 10x slower for big texts).
std::string Bytes(const emscripten::val& v) {
  if (v.isString()) return v.as<std::string>();
  size_t n = v["length"].as<size_t>();
  std::string s(n, '\0');
  if (n) {
    emscripten::val view(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&s[0])));
    view.call<void>("set", v);
  }
  return s;
}

const beian::WordMatcher& MatcherFor(const std::string& lists_json) {
  static std::map<std::string, std::unique_ptr<beian::WordMatcher>> cache;
  auto& slot = cache[lists_json];
  if (!slot) {
    std::vector<std::string> words;
    beian::json names = beian::ParseJson(lists_json);
    if (names.is_array())
      for (const auto& n : names)
        if (n.is_string())
          for (const auto& w : beian::RulePack::Builtin().List(n.get<std::string>()))
            words.push_back(w);
    slot = std::make_unique<beian::WordMatcher>(words);
  }
  return *slot;
}

int BenchScanString(const std::string& text, const std::string& lists_json, int n) {
  const beian::WordMatcher& m = MatcherFor(lists_json);
  size_t hits = 0;
  for (int i = 0; i < n; ++i) hits = m.Which(text).size();
  return static_cast<int>(hits);
}

int BenchScan(const emscripten::val& bytes, const std::string& lists_json, int n) {
  return BenchScanString(Bytes(bytes), lists_json, n);
}

// The distinct words of the lists that occur in the text (lower-cased, sorted, JSON array): the
// bench checks that the JavaScript baseline finds exactly these (an honest race).
std::string BenchScanWords(const emscripten::val& bytes, const std::string& lists_json) {
  const beian::WordMatcher& m = MatcherFor(lists_json);
  beian::json out = beian::json::array();
  std::vector<std::string> words;
  for (size_t i : m.Which(Bytes(bytes))) {
    std::string w = m.words()[i];
    for (auto& ch : w)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    words.push_back(w);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (auto& w : words) out.push_back(w);
  return out.dump();
}

int BenchReadWhois(const emscripten::val& bytes, int n) {
  const std::string text = Bytes(bytes);
  size_t out = 0;
  for (int i = 0; i < n; ++i) out = beian::ParseWhois(text).name_servers.size();
  return static_cast<int>(out);
}

int BenchReadLicense(const emscripten::val& bytes, int n) {
  const std::string text = Bytes(bytes);
  bool found = false;
  for (int i = 0; i < n; ++i) found = beian::ReadLicense(text).found();
  return found ? 1 : 0;
}

int BenchReadHtml(const emscripten::val& bytes, int n) {
  const std::string html = Bytes(bytes);
  static const beian::HtmlLists* lists =
      new beian::HtmlLists(beian::facts::PackHtmlLists(beian::RulePack::Builtin()));
  size_t out = 0;
  for (int i = 0; i < n; ++i) out = beian::ReadHtml(html, *lists).text.size();
  return static_cast<int>(out);
}

// 16 variants of each address in turn (a room number appended), so no parse is served from
// ParseAddress's per-thread cache of the last 8 (as in tests/bench/core_bench.cc BM_Address).
int BenchAddress(const std::string& a, const std::string& b, int n) {
  std::vector<std::string> as, bs;
  for (int v = 0; v < 16; ++v) {
    as.push_back(a + std::to_string(v) + "室");
    bs.push_back(b + std::to_string(v) + "室");
  }
  int kind = 0;
  for (int i = 0; i < n; ++i)
    kind = static_cast<int>(beian::CompareAddresses(as[i % 16], bs[i % 16]).kind);
  return kind;
}

}  // namespace

EMSCRIPTEN_BINDINGS(beian_bench) {
  emscripten::function("benchScan", &BenchScan);
  emscripten::function("benchScanString", &BenchScanString);
  emscripten::function("benchScanWords", &BenchScanWords);
  emscripten::function("benchReadWhois", &BenchReadWhois);
  emscripten::function("benchReadLicense", &BenchReadLicense);
  emscripten::function("benchReadHtml", &BenchReadHtml);
  emscripten::function("benchAddress", &BenchAddress);
}
