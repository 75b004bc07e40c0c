// libFuzzer harness: the site HTML reader (core/readers/html.h) with the pack's word lists.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/facts/site_pages.h"
#include "core/json.h"
#include "core/readers/html.h"
#include "core/rulepack.h"

namespace {
const beian::HtmlLists& Lists() {
  static const beian::HtmlLists* lists =
      new beian::HtmlLists(beian::facts::PackHtmlLists(beian::RulePack::Builtin()));
  return *lists;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  beian::HtmlPage page = beian::ReadHtml(html, Lists());
  std::string facts = beian::Dump(beian::HtmlPageJson(page, "https://example.cn/"));
  (void)facts;
  for (const auto& n : page.icp)
    if (n.offset + n.length > size) __builtin_trap();
  for (const auto& h : page.features)
    if (h.offset + h.length > size) __builtin_trap();
  if (!page.text.empty()) {
    auto r = page.RawRange(0, page.text.size());
    if (r.first > r.second || r.second > size) __builtin_trap();
  }
  return 0;
}
