// HTML reader: every tests/fixtures/html/<name>.html is read with the pack's word lists and
// compared with <name>.json. Keys of the expected JSON are compared as subsets (objects: listed
// keys only; arrays: same length, element-wise; null: key absent). Special keys:
// feature_words (each must be the start of a feature hit), no_feature_lists, topic_lists,
// no_topic_lists, span_text ({"icp": text} — the first ICP/公安 number's span shows this text).
#include "core/readers/html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/json.h"
#include "core/readers/html_tokenizer.h"
#include "core/scan.h"
#include "test_util.h"

namespace beian {
namespace {

std::string Root() { return std::string(BEIAN_SOURCE_DIR); }
std::string HtmlDir() { return Root() + "/tests/fixtures/html/"; }

const char* const kFeatureLists[] = {"WL-ECOM-HTML", "WL-INTERACTIVE-HTML"};
const char* const kTopicLists[] = {"WL-PRE-NEWS",    "WL-PRE-PUBLISHING", "WL-PRE-DRUGS",
                                   "WL-PRE-MEDICAL", "WL-PRE-EDUCATION",  "WL-PRE-CULTURE",
                                   "WL-PRE-AV",      "WL-PRE-RIDEHAIL",   "WL-PRE-BBS"};

// The pack's lists, compiled once (the engine does the same through RulePack::Matcher).
struct Lists {
  std::vector<std::unique_ptr<WordMatcher>> owned;
  HtmlLists lists;
  Lists() {
    auto load = [&](const char* name) -> const WordMatcher* {
      json j = json::parse(testing::ReadFile(Root() + "/core/pack/lists/" + name + ".json"),
                           nullptr, false);
      std::vector<std::string> words;
      if (j.is_object() && j.contains("words"))
        for (const auto& w : j["words"])
          if (w.is_string()) words.push_back(w.get<std::string>());
      owned.push_back(std::make_unique<WordMatcher>(words));
      EXPECT_TRUE(owned.back()->ok()) << name;
      return owned.back().get();
    };
    for (const char* n : kFeatureLists) lists.features.push_back({n, load(n)});
    for (const char* n : kTopicLists) lists.topics.push_back({n, load(n)});
  }
};

const HtmlLists& PackLists() {
  static Lists* l = new Lists();
  return l->lists;
}

std::vector<std::string> HtmlFixtures() { return testing::FixtureNames(HtmlDir(), ".html"); }

void ExpectSubset(const json& want, const json& got, const std::string& where) {
  if (want.is_object()) {
    ASSERT_TRUE(got.is_object()) << where << ": " << Dump(got);
    for (auto it = want.begin(); it != want.end(); ++it) {
      if (it.value().is_null()) {
        EXPECT_FALSE(got.contains(it.key())) << where << "/" << it.key() << " present";
        continue;
      }
      ASSERT_TRUE(got.contains(it.key()))
          << where << "/" << it.key() << " missing in " << Dump(got);
      ExpectSubset(it.value(), got[it.key()], where + "/" + it.key());
    }
  } else if (want.is_array()) {
    ASSERT_TRUE(got.is_array()) << where;
    ASSERT_EQ(want.size(), got.size()) << where << ": " << Dump(got);
    for (size_t i = 0; i < want.size(); ++i)
      ExpectSubset(want[i], got[i], where + "/" + std::to_string(i));
  } else {
    EXPECT_EQ(want, got) << where;
  }
}

class HtmlFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlFixture, MatchesExpectedFacts) {
  std::string html = testing::ReadFile(HtmlDir() + GetParam() + ".html");
  json expected = json::parse(testing::ReadFile(HtmlDir() + GetParam() + ".json"), nullptr, false);
  ASSERT_TRUE(expected.is_object()) << "bad expected JSON for " << GetParam();
  HtmlPage page = ReadHtml(html, PackLists());
  json got = HtmlPageJson(page, "https://example.test/");
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    const std::string& key = it.key();
    if (key == "feature_words") {
      for (const auto& w : it.value()) {
        std::string want = w.get<std::string>();
        bool found = std::any_of(page.features.begin(), page.features.end(), [&](const HtmlHit& h) {
          return html.compare(h.offset, want.size(), want) == 0 || h.word == want;
        });
        EXPECT_TRUE(found) << GetParam() << ": no feature " << want << "\n"
                           << Dump(got["features"], 1);
      }
    } else if (key == "no_feature_lists" || key == "topic_lists" || key == "no_topic_lists") {
      for (const auto& l : it.value())
        EXPECT_EQ(page.Has(l.get<std::string>()), key == "topic_lists")
            << GetParam() << ": " << key << " " << l << "\n"
            << Dump(got.value("topics", json()), 1) << Dump(got.value("features", json()), 1);
    } else if (key == "span_text") {
      if (it.value().contains("icp")) {
        ASSERT_FALSE(page.icp.empty());
        EXPECT_EQ(html.substr(page.icp[0].offset, page.icp[0].length), it.value()["icp"]);
      }
      if (it.value().contains("psb")) {
        ASSERT_FALSE(page.psb.empty());
        EXPECT_EQ(html.substr(page.psb[0].offset, page.psb[0].length), it.value()["psb"]);
      }
    } else if (it.value().is_null()) {
      EXPECT_FALSE(got.contains(key)) << GetParam() << " has " << key << ": " << Dump(got[key]);
    } else {
      ASSERT_TRUE(got.contains(key)) << GetParam() << " lacks " << key << "\n" << Dump(got, 1);
      ExpectSubset(it.value(), got[key], GetParam() + "/" + key);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, HtmlFixture, ::testing::ValuesIn(HtmlFixtures()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

TEST(HtmlReader, HasEnoughFixtures) { EXPECT_GE(HtmlFixtures().size(), 10u); }

TEST(HtmlReader, VisibleTextSkipsScriptsStylesComments) {
  HtmlPage p = ReadHtml(
      "<p>a&nbsp;b</p><script>var x='<p>no</p>';</script><style>p{}</style><!-- c -->"
      "<p>&#26032;&#x95FB; &lt;tag&gt; &amp; &unknown; R&D</p>");
  EXPECT_EQ(p.text.find("var x"), std::string::npos);
  EXPECT_EQ(p.text.find("<p>no"), std::string::npos);
  EXPECT_NE(p.text.find("新闻 <tag> & &unknown; R&D"), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("<!--"), std::string::npos);
}

TEST(HtmlReader, SpansMapEntitiesBackToTheHtml) {
  std::string html = "<div>x</div><footer>&#x7CA4;ICP备<b>2023007649</b>号</footer>";
  HtmlPage p = ReadHtml(html);
  ASSERT_EQ(p.icp.size(), 1u);
  EXPECT_TRUE(p.icp[0].valid);
  EXPECT_EQ(html.substr(p.icp[0].offset, p.icp[0].length), "&#x7CA4;ICP备<b>2023007649</b>号");
  EXPECT_TRUE(p.icp[0].in_footer);
}

TEST(HtmlReader, ClassifiesHrefs) {
  EXPECT_EQ(ClassifyHref("https://beian.miit.gov.cn/#/Integrated/index"), LinkKind::kMiit);
  EXPECT_EQ(ClassifyHref(" http://BEIAN.MIIT.GOV.CN"), LinkKind::kMiit);
  EXPECT_EQ(ClassifyHref("//beian.miit.gov.cn/"), LinkKind::kMiit);
  EXPECT_EQ(ClassifyHref("http://www.miitbeian.gov.cn/"), LinkKind::kMiitRetired);
  EXPECT_EQ(ClassifyHref("https://beian.mps.gov.cn/#/query/webSearch?code=1"), LinkKind::kMps);
  EXPECT_EQ(ClassifyHref("http://www.beian.gov.cn/portal/registerSystemInfo"),
            LinkKind::kMpsRetired);
  EXPECT_EQ(ClassifyHref("https://beian.miit.gov.cn.evil.test/"), LinkKind::kOther);
  EXPECT_EQ(ClassifyHref("/beian.miit.gov.cn"), LinkKind::kOther);
}

TEST(HtmlReader, LastFifthCountsAsFooter) {
  std::string html = "<div>" + std::string(4000, 'x') + "</div><div>京ICP备12345678号</div>";
  HtmlPage p = ReadHtml(html);
  ASSERT_EQ(p.icp.size(), 1u);
  EXPECT_TRUE(p.icp[0].in_footer);
  html = "<div>京ICP备12345678号</div><div>" + std::string(4000, 'x') + "</div>";
  p = ReadHtml(html);
  ASSERT_EQ(p.icp.size(), 1u);
  EXPECT_FALSE(p.icp[0].in_footer);
}

// A page with more distinct element names than the reader's table of open names holds (the
// tokenizer's ShortCounts spills past 63): the footer opened after a hundred others still closes.
TEST(HtmlReader, ManyElementNamesStillNest) {
  std::string open, close;
  for (int k = 0; k < 100; ++k) {
    open += "<x" + std::to_string(k) + ">";
    close = "</x" + std::to_string(k) + ">" + close;
  }
  std::string html = "<main>" + open +
                     "<footer>粤ICP备2023007649号</footer><div>京ICP备12345678号</div>" + "<div>" +
                     std::string(8000, 'x') + "</div>" + close + "</main>";
  HtmlPage p = ReadHtml(html);
  ASSERT_EQ(p.icp.size(), 2u);
  EXPECT_TRUE(p.icp[0].in_footer);
  EXPECT_FALSE(p.icp[1].in_footer);  // the footer was closed
}

TEST(HtmlReader, MalformedInputsDoNotCrash) {
  std::vector<std::string> inputs = {
      "",
      "<",
      "<<<<",
      "<a",
      "<a href",
      "<a href=",
      "<a href='",
      "&",
      "&#",
      "&#x",
      "&#xFFFFFFFFFF;",
      "&#0;",
      "<!--",
      "<!",
      "</",
      "</a",
      "<script>",
      "<title>",
      "<style>x",
      "</div></div></p>",
      std::string(1, '\0') + "<p>\xFF\xFE</p>",
      "京ICP备",
      "公网安备",
      "ICP备12345678号",
      "<a href=\"https://beian.miit.gov.cn\"><a href=x>浙ICP备12345678号</a></a>"};
  for (const auto& in : inputs) {
    HtmlPage p = ReadHtml(in, PackLists());
    json j = HtmlPageJson(p, "");
    EXPECT_TRUE(j.is_object());
  }
  // Deep nesting, many unclosed elements, a huge attribute, an unterminated comment.
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div><span>";
  deep += "浙ICP备12345678号";
  for (int i = 0; i < 200000; ++i) deep += "</i>";
  HtmlPage p = ReadHtml(deep, PackLists());
  EXPECT_EQ(p.icp.size(), 1u);
  std::string attr =
      "<div class=\"" + std::string(5 << 20, 'a') + "\">粤ICP备2023007649号</div><!--";
  p = ReadHtml(attr, PackLists());
  EXPECT_EQ(p.icp.size(), 1u);
}

std::string BigPage(size_t target) {
  std::string block =
      "<div class=\"item\"><h3>商品标题 Product &amp; "
      "title</h3><p>描述文字：这是一段普通的商品介绍，"
      "包含一些数字 12345 和英文 words, 还有实体 &nbsp;&#x4E2D;&#25991;。</p>"
      "<a href=\"/p/1\">查看详情</a><script>var a = '<div>';</script><!-- c --></div>\n";
  std::string html = "<html><head><title>大页面</title></head><body>";
  html.reserve(target + 4096);
  while (html.size() < target) html += block;
  html += "<footer><a href=\"https://beian.miit.gov.cn/\">浙ICP备2024012345号-1</a></footer>";
  return html;
}

TEST(HtmlReader, TwentyMegabytesLinear) {
  std::string html = BigPage(20u << 20);
  double t0 = testing::ThreadCpuSeconds();
  HtmlPage p = ReadHtml(html, PackLists());
  double secs = testing::ThreadCpuSeconds() - t0;
  double mbps = (html.size() / 1048576.0) / secs;
  std::printf("[ html ] %.1f MB in %.3f s = %.1f MB/s, text %.1f MB, %zu segments\n",
              html.size() / 1048576.0, secs, mbps, p.text.size() / 1048576.0, p.segments.size());
  ASSERT_EQ(p.icp.size(), 1u);
  EXPECT_TRUE(p.icp[0].valid);
  EXPECT_LT(secs, 20.0);
  // Memory: the visible text is the only copy; segments are 16 bytes per text node.
  EXPECT_LE(p.text.size(), html.size());
  EXPECT_LE(p.segments.size() * sizeof(HtmlPage::Segment), html.size() * 2);
  // Linear: half the input takes about half the CPU time (generous bound against noise).
  std::string half = BigPage(10u << 20);
  double t2 = testing::ThreadCpuSeconds();
  ReadHtml(half, PackLists());
  double secs_half = testing::ThreadCpuSeconds() - t2;
  EXPECT_LT(secs, secs_half * 4 + 0.5);
}

}  // namespace
}  // namespace beian

// FindIcpLetters (the ICP search of the reader, eight bytes a step) finds what a plain search of
// the lowered text finds, from every start, on texts of the letters around it in both cases,
// Chinese, digits and bytes that are not UTF-8.
TEST(HtmlReader, IcpLettersAsAPlainSearch) {
  const std::vector<std::string> pieces = {"i",   "c",  "p",  "I", "C", "P",    "icp",  "ICP",
                                           "iCp", "备", "浙", "1", " ", "\xf0", "\x50", "\x70ic"};
  uint32_t seed = 7;
  auto next = [&](size_t n) {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<size_t>(seed >> 8) % n;
  };
  size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (size_t k = next(40); k > 0; --k) text += pieces[next(pieces.size())];
    std::string lower = text;
    for (char& ch : lower)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      size_t want = pos <= lower.size() ? lower.find("icp", pos) : std::string::npos;
      ASSERT_EQ(beian::html_internal::FindIcpLetters(text, pos), want) << text << " from " << pos;
      found += want != std::string::npos;
    }
  }
  EXPECT_GT(found, 10000u);
}
