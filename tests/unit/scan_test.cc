// core/scan.h: WordMatcher — literal and "re:" words, and "except" phrases (a word inside one of
// them is no hit: 基金 in 基金会).
#include "core/scan.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/facts/site_pages.h"
#include "core/prewarm.h"
#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

constexpr size_t kLongText = 4096;  // over what a list answers by byte search

// FindLong against std::string_view::find: random texts of CJK characters, ASCII and bytes that
// are no characters (some one bit away from the bytes of the characters), words cut from the text
// (they occur) or made up (they mostly do not), every length from 1 to 40 bytes, starting positions
// anywhere including at and past the end, and texts ending in every position of the last eight-byte
// step.
TEST(FindLong, SameAsFindOnRandomTexts) {
  std::mt19937 rng(20261203);
  // "f", "/", "\x14" and "\x18" differ from bytes of 支付 (E6 94 AF E4 BB 98) only in the top bit
  std::vector<std::string> pieces = {"支",   "付",   "医", "疗",   "中",   "国",
                                     "a",    "B",    " ",  "\xE6", "\x94", "\xAF",
                                     "\xFF", "支付", "f",  "/",    "\x14", "\x18"};
  pieces.push_back(std::string(1, '\0'));
  size_t found = 0, checked = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = testing::RandomMix(pieces, rng, 120);
    for (int q = 0; q < 8; ++q) {
      std::string word;
      const size_t len = 1 + rng() % 40;
      if (q % 2 == 0 && text.size() >= len) {
        word = text.substr(rng() % (text.size() - len + 1), len);
      } else {
        word = (pieces[rng() % pieces.size()] + testing::RandomMix(pieces, rng, 6)).substr(0, len);
      }
      const size_t from = rng() % (text.size() + 3);
      const size_t want = std::string_view(text).find(word, from);
      ASSERT_EQ(FindLong(text, word, from), want)
          << "text " << ::testing::PrintToString(text) << " word " << ::testing::PrintToString(word)
          << " from " << from;
      found += want != std::string_view::npos;
      ++checked;
    }
  }
  EXPECT_GT(found, checked / 4);  // both outcomes are exercised
  EXPECT_LT(found, checked);
  // a long page: the word only at the very end, in every position of the last eight- or
  // sixteen-byte step, absent
  std::string page;
  for (int k = 0; k < 5000; ++k) page += "中国医疗";
  for (size_t tail = 0; tail < 17; ++tail) {
    std::string t = page + std::string(tail, 'x') + "支付";
    EXPECT_EQ(FindLong(t, "支付", 0), t.size() - 6) << tail;
    EXPECT_EQ(FindLong(t, "支付", t.size() - 6), t.size() - 6) << tail;
    EXPECT_EQ(FindLong(t, "支付", t.size() - 5), std::string_view::npos) << tail;
    EXPECT_EQ(FindLong(t, "国支付", 0), std::string_view::npos) << tail;
    EXPECT_EQ(FindLong(t, "疗支付", 0), tail == 0 ? t.size() - 9 : std::string_view::npos) << tail;
  }
}

TEST(WordMatcher, ExceptPhrasesHideTheWordInsideThem) {
  WordMatcher m({"基金", "支付"}, {"基金会"});
  EXPECT_TRUE(m.Which("湖南省青禾助学基金会").empty());
  EXPECT_TRUE(m.Find("湖南省青禾助学基金会").empty());
  EXPECT_TRUE(m.FindAll("基金会基金会").empty());
  // The same word outside the phrase is found, at its own offset.
  std::string text = "青禾基金会发起的基金";
  auto hits = m.Find(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(text.substr(hits[0].offset, hits[0].length), "基金");
  EXPECT_EQ(hits[0].offset, text.rfind("基金"));
  EXPECT_EQ(m.FindAll(text).size(), 1u);
  // Other words are untouched.
  EXPECT_EQ(m.Which("基金会支付方式"), std::vector<size_t>({1}));
}

TEST(WordMatcher, WithoutExceptEveryOccurrenceCounts) {
  WordMatcher m({"基金"});
  EXPECT_EQ(m.FindAll("基金会基金").size(), 2u);
  WordMatcher empty_except({"基金"}, {""});  // an empty phrase excepts nothing
  EXPECT_EQ(empty_except.FindAll("基金会基金").size(), 2u);
}

auto Same = [](const std::vector<WordMatcher::Hit>& a, const std::vector<WordMatcher::Hit>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].word != b[i].word || a[i].offset != b[i].offset || a[i].length != b[i].length)
      return false;
  return true;
};

TEST(WordMatcherGroup, OnePassGivesEachListItsOwnHits) {
  // the except phrase of one list does not hide the same word in another list
  WordMatcher a({"基金", "支付", "re:[0-9]{6}"}, {"基金会"});
  WordMatcher b({"基金", "视频", "支付宝"});
  WordMatcher none({"从未出现"});
  WordMatcherGroup g({&a, nullptr, &none, &b});
  // the first questions about short texts are answered list by list; a long text compiles the
  // combined set, which answers from then on: the same hits either way
  for (int round = 0; round < 2; ++round) {
    if (round == 1) {
      std::string page(kLongText, ' ');
      page += "基金会 支付宝 视频 123456";
      auto hits = g.Find(page);
      EXPECT_TRUE(Same(hits[0], a.Find(page)));
      EXPECT_TRUE(Same(hits[3], b.Find(page)));
    }
    for (std::string text : {"青禾基金会发起的支付宝与视频 310000", "基金会", "", "没有词"}) {
      auto hits = g.Find(text);
      ASSERT_EQ(hits.size(), 4u);
      EXPECT_TRUE(Same(hits[0], a.Find(text))) << text;
      EXPECT_TRUE(hits[1].empty());
      EXPECT_TRUE(Same(hits[2], none.Find(text))) << text;
      EXPECT_TRUE(Same(hits[3], b.Find(text))) << text;
    }
    auto hits = g.Find("基金会");
    EXPECT_TRUE(hits[0].empty());   // excepted in list a
    EXPECT_EQ(hits[3].size(), 1u);  // but a word of list b
  }
}

// The pack's page lists, grouped as the HTML reader groups them, against list-by-list scanning
// on every HTML fixture.
TEST(WordMatcherGroup, PackPageListsOnFixturesMatchListByList) {
  const RulePack& pack = RulePack::Builtin();
  HtmlLists lists = facts::PackHtmlLists(pack);
  ASSERT_TRUE(lists.feature_group && lists.topic_group);
  size_t pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(BEIAN_SOURCE_DIR) +
                                                           "/tests/fixtures/html")) {
    if (e.path().extension() != ".html") continue;
    std::ifstream f(e.path());
    std::stringstream ss;
    ss << f.rdbuf();
    std::string html = ss.str();
    ++pages;
    // the topic group: the topic lists, then the text lists (CNT-009's), then the approval words
    auto text_named = lists.topics;
    text_named.insert(text_named.end(), lists.text_lists.begin(), lists.text_lists.end());
    ASSERT_FALSE(lists.text_lists.empty());
    for (const auto* named : {&lists.features, &text_named}) {
      const WordMatcherGroup* g =
          named == &lists.features ? lists.feature_group : lists.topic_group;
      auto hits = g->Find(html);
      bool topics = named == &text_named;
      ASSERT_EQ(hits.size(), named->size() + (topics ? 1 : 0));
      for (size_t i = 0; i < named->size(); ++i)
        EXPECT_TRUE(Same(hits[i], (*named)[i].second->Find(html))) << e.path() << " " << i;
      if (topics) EXPECT_TRUE(Same(hits.back(), HtmlApprovalMatcher().Find(html))) << e.path();
    }
    // ReadHtml keeps, per topic and text list, the words Which() finds in the visible text, and
    // every occurrence located from them is what FindAll finds (CNT-001 and CNT-009 read the
    // pages that way).
    HtmlPage page = ReadHtml(html, lists);
    ASSERT_EQ(page.topic_words.size(), text_named.size()) << e.path();
    for (const auto& [name, m] : text_named) {
      ASSERT_TRUE(page.topic_words.count(name)) << name;
      const auto& words = page.topic_words.at(name);
      EXPECT_EQ(words, m->Which(page.text)) << e.path() << " " << name;
      EXPECT_TRUE(Same(m->FindAllOf(page.text, words, 64), m->FindAll(page.text, 64)))
          << e.path() << " " << name;
    }
    // the text lists add no topic hits
    for (const auto& h : page.topics)
      for (const auto& [name, m] : lists.text_lists) EXPECT_NE(h.list, name);
  }
  EXPECT_GT(pages, 3u);
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// Words without case (CJK, digits, punctuation) are located by byte search, the others by their
// regex: both must find what the case-insensitive regex of every word finds.
TEST(WordMatcher, ByteSearchFindsWhatTheRegexFinds) {
  const std::vector<std::string> words = {"在线支付", "新闻",  "１２３",  "ＡＢＣ",
                                          "Pay",      "直播-", "𠀀字",    "ω",
                                          "（株）",   "a.b",   "二〇二六"};
  std::vector<std::string> regexes;
  for (const auto& w : words) regexes.push_back("re:" + RE2::QuoteMeta(w));
  WordMatcher literal(words, {"新闻中心"}), regex(regexes, {"新闻中心"});
  for (const std::string text :
       {"在线支付和在线支付，新闻、新闻中心、新闻", "１２３ ａｂｃ ＡＢＣ PAY pay pAy",
        "直播-直播 𠀀字𠀀字 Ω ω （株）a.b axb", "二〇二六年", "", "\xe5\x9c\xa8 broken"}) {
    auto a = literal.FindAll(text), b = regex.FindAll(text);
    ASSERT_EQ(a.size(), b.size()) << text;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].word, b[i].word) << text;
      EXPECT_EQ(a[i].offset, b[i].offset) << text;
      EXPECT_EQ(a[i].length, b[i].length) << text;
    }
    EXPECT_EQ(literal.Which(text), regex.Which(text)) << text;
  }
}

// The first kByteSearchCalls (16) questions about short texts are answered by byte search, the
// next one compiles the set; questions asked while the Node builds' start-up state is computed
// (core/prewarm.h) are not counted, so that a process's first check takes the same paths.
TEST(WordMatcher, TheWarmUpSpendsNoneOfTheByteSearchBudget) {
  WordMatcher m({"网络", "支付", "直播"});
  g_prewarming = true;
  for (int i = 0; i < 50; ++i) EXPECT_EQ(m.Which("在线支付服务"), std::vector<size_t>{1});
  g_prewarming = false;
  EXPECT_FALSE(m.SetBuilt());
  for (int i = 0; i < 16; ++i) EXPECT_EQ(m.Which("网络直播"), (std::vector<size_t>{0, 2}));
  EXPECT_FALSE(m.SetBuilt());
  EXPECT_EQ(m.Which("网络直播"), (std::vector<size_t>{0, 2}));
  EXPECT_TRUE(m.SetBuilt());
}

// A list of caseless literal words answers its first questions about short texts by byte search
// and only then compiles its set (core/scan.cc): both ways give the same words, for every such
// list of the pack, on texts made of its words, its except phrases and other lists' words.
TEST(WordMatcher, ByteSearchBeforeTheSetGivesTheSetsAnswers) {
  std::ifstream in(std::string(BEIAN_GEN_DIR) + "/rulepack.json");
  json pack = json::parse(in);
  std::vector<std::string> pool;  // words of every list, for texts with other lists' words
  for (const auto& [name, words] : pack["lists"].items())
    for (const auto& w : words) pool.push_back(w.get<std::string>());
  // the pack's lists, and one with except phrases (the pack's lists that have some are mixed)
  std::vector<std::tuple<std::string, std::vector<std::string>, std::vector<std::string>>> cases;
  for (const auto& [name, words_json] : pack["lists"].items()) {
    if (name.find(':') != std::string::npos) continue;
    std::vector<std::string> except;
    if (pack["lists"].contains(name + ":except"))
      except = pack["lists"][name + ":except"].get<std::vector<std::string>>();
    cases.emplace_back(name, words_json.get<std::vector<std::string>>(), except);
  }
  cases.emplace_back("except", std::vector<std::string>{"基金", "新闻", "会"},
                     std::vector<std::string>{"基金会", "新闻联播"});
  size_t lists = 0, texts = 0;
  for (const auto& [name, words, except] : cases) {
    // texts: each word with neighbours, each except phrase, a mix with other lists' words
    std::vector<std::string> samples = {"", "无关的文字"};
    for (size_t i = 0; i < words.size(); ++i)
      samples.push_back("的" + words[i] + pool[(i * 7919) % pool.size()] +
                        words[(i + 1) % words.size()]);
    for (const auto& e : except) samples.push_back("在" + e + "里");
    // registrar names: other case, glued to letters, among Chinese, and with U+212A (K) / U+017F
    // (s), which RE2 folds to k and s: then the set answers
    for (size_t i = 0; i < words.size(); ++i) {
      std::string up = words[i], low = words[i];
      for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      samples.push_back("x" + up + " (" + low + ")");
      samples.push_back("[IANA:" + std::to_string(i) + "] " + words[i]);
      samples.push_back("阿里云" + up + "计算" + words[(i + 3) % words.size()]);
      std::string kelvin = low, longs = low;
      for (size_t k = kelvin.find('k'); k != std::string::npos; k = kelvin.find('k', k + 3))
        kelvin.replace(k, 1, "\xE2\x84\xAA");
      for (size_t k = longs.find('s'); k != std::string::npos; k = longs.find('s', k + 2))
        longs.replace(k, 1, "\xC5\xBF");
      samples.push_back(kelvin);
      samples.push_back(longs);
    }
    // all of them in one long text (a page: words located by a skip search)
    std::string page;
    for (const auto& t : samples) page += t + "\n";
    samples.push_back(page + page);
    std::vector<std::string> regexes;  // every word located by its regex
    for (const auto& w : words)
      regexes.push_back(w.empty() || w.rfind("re:", 0) == 0 ? w : "re:" + RE2::QuoteMeta(w));
    WordMatcher set_first(words, except), bytes_first(words, except), regex(regexes, except);
    // a long text compiles the set at once
    set_first.Which(std::string(kLongText, 'x'));
    for (int round = 0; round < 2; ++round) {  // the second round: after the first questions
      for (const auto& t : samples) {
        ASSERT_EQ(bytes_first.Which(t), set_first.Which(t)) << name << ": " << t;
        auto a = bytes_first.FindAll(t), b = regex.FindAll(t);
        ASSERT_EQ(a.size(), b.size()) << name << ": " << t;
        for (size_t i = 0; i < a.size(); ++i) {
          EXPECT_EQ(a[i].word, b[i].word) << name << ": " << t;
          EXPECT_EQ(a[i].offset, b[i].offset) << name << ": " << t;
          EXPECT_EQ(a[i].length, b[i].length) << name << ": " << t;
        }
        ++texts;
      }
    }
    ++lists;
  }
  EXPECT_GT(lists, 20u);
  EXPECT_GT(texts, 1000u);
}

// A list with a few regex words among its literal ones (WL-DOMAIN-RESERVED) also answers its first
// questions about short texts without its set, each regex word by its own regex: the same words
// as the set, which a long text compiles at once.
TEST(WordMatcher, FewRegexWordsBeforeTheSetGiveTheSetsAnswers) {
  const std::vector<std::string> words = {"中国", "china", "zhongguo", "re:(?:^|-)chn",
                                          "re:(?:^|-)sino"};
  WordMatcher set_first(words), bytes_first(words);
  set_first.Which(std::string(kLongText, 'x'));
  const std::vector<std::string> texts = {
      "",    "chn",      "xchn",    "a-chn",      "chn-shop",  "sino",      "mysino",  "-sino-",
      "CHN", "Sino-tea", "中国chn", "china-sino", "zhongguo1", "qinghe-cn", "chnsino", "x-y-chn"};
  size_t hits = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& t : texts) {
      ASSERT_EQ(bytes_first.Which(t), set_first.Which(t)) << t;
      auto a = bytes_first.Find(t), b = set_first.Find(t);
      ASSERT_EQ(a.size(), b.size()) << t;
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].word, b[i].word) << t;
        EXPECT_EQ(a[i].offset, b[i].offset) << t;
      }
      hits += a.size();
    }
  }
  EXPECT_GT(hits, 20u);
}

// RequiredTail: the trailing literal run of a plain concatenation, nothing where a match may lack
// it; and on texts without the tail (ignoring ASCII case) the pattern never matches, for the
// pack's regex words and these.
TEST(WordMatcher, RequiredTailIsInEveryMatch) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"(?:^|-)chn", "chn"}, {"(?:^|-)sino", "sino"},
      {"(a|b)cd", "cd"},     {"\\d+abc", "abc"},
      {"x{2}yz", "yz"},      {"(?i)ab", "ab"},
      {"a\\|bc", "bc"},      {"a|bc", ""},
      {"[|]cd", ""},         {"\\pN", ""},
      {"\\x41", ""},         {"\\Qab", ""},
      {"abc)", ""},          {"(abc", ""},
      {"ab*", ""},           {"", ""},
      {"a\\", ""},           {"abc$", ""}};
  for (const auto& [pattern, tail] : cases) EXPECT_EQ(RequiredTail(pattern), tail) << pattern;

  std::ifstream in(std::string(BEIAN_GEN_DIR) + "/rulepack.json");
  json pack = json::parse(in);
  std::vector<std::string> patterns,
      pool = {"", "x", "-", "CHN", "Sino", "\xE2\x84\xAA", "\xC5\xBF"};
  for (const auto& c : cases) patterns.push_back(c.first);
  for (const auto& [name, words] : pack["lists"].items()) {
    for (const auto& w : words) {
      std::string word = w.get<std::string>();
      if (word.rfind("re:", 0) == 0) patterns.push_back(word.substr(3));
      pool.push_back(word.rfind("re:", 0) == 0 ? word.substr(3, 4) : word);
    }
  }
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  size_t tails = 0, checked = 0;
  for (const std::string& pattern : patterns) {
    std::string tail = RequiredTail(pattern);
    if (tail.empty()) continue;
    ++tails;
    RE2 re(pattern, o);
    if (!re.ok()) continue;
    for (size_t i = 0; i < pool.size(); ++i) {
      std::string text =
          pool[i] + pool[(i * 31 + 7) % pool.size()] + tail.substr(0, tail.size() - 1);
      if (FindIgnoringAsciiCase(text, tail, 0) != std::string::npos ||
          text.find("\xE2\x84\xAA") != std::string::npos ||
          text.find("\xC5\xBF") != std::string::npos)
        continue;
      ASSERT_FALSE(RE2::PartialMatch(text, re)) << pattern << " on " << text;
      ++checked;
    }
  }
  EXPECT_GE(tails, 8u);
  EXPECT_GT(checked, 1000u);
}

// Once a list of literal words has its set, a short text in which no word can start (its first
// two Chinese characters, or six bytes, ASCII letters in either case) is answered without the set
// (core/scan.cc MayHold): the same words as a list that always asks its set (three regex words
// that never match make it one), on random short texts of letters in both cases, the characters
// next to them in ASCII ('@', '[', '`', '{'), Chinese characters, U+212A and U+017F (folded to k
// and s by the set only) and bytes that are not UTF-8.
TEST(WordMatcher, ShortTextsWithoutAWordsStartGiveTheSetsAnswers) {
  const std::vector<std::string> words = {
      "a",      "Zq", "@b",   "`x",     "k8",       "st",  "abc-d", "VPN", "[z]", "{y}",
      "kelvin", "中", "网络", "北京市", "有限公司", "a-1", "8中",   "",    "0"};
  std::vector<std::string> always_set = words;
  for (const char* never : {"re:\\x{10FFFD}q", "re:\\x{10FFFE}r", "re:\\x{10FFFF}s"})
    always_set.push_back(never);
  const std::vector<std::string> pieces = {
      "a",        "A",    "z",    "Z",        "q",     "Q",    "b",
      "B",        "@",    "`",    "[",        "{",     "]",    "}",
      "x",        "X",    "k",    "K",        "8",     "s",    "S",
      "t",        "T",    "-",    "d",        "D",     "c",    "C",
      "v",        "V",    "p",    "P",        "n",     "N",    "y",
      "Y",        "0",    " ",    "中",       "网",    "络",   "北",
      "京",       "市",   "有",   "限",       "公",    "司",   "\xE2\x84\xAA",
      "\xC5\xBF", "\xFF", "\x80", "\xE4\xB8", "elvin", "ELVIN"};
  WordMatcher filtered(words), reference(always_set);
  filtered.Which(std::string(kLongText, 'x'));  // both compile their sets at once
  reference.Which(std::string(kLongText, 'x'));
  std::mt19937 rng(20261205);
  size_t with_words = 0;
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::vector<size_t> want = reference.Which(text);
    want.erase(
        std::remove_if(want.begin(), want.end(), [&](size_t w) { return w >= words.size(); }),
        want.end());
    ASSERT_EQ(filtered.Which(text), want) << text;
    with_words += !want.empty();
  }
  EXPECT_GT(with_words, 2000u);  // texts with words and texts without
  EXPECT_LT(with_words, 18000u);
}

// What the byte search of ASCII words relies on (core/scan.cc AsciiLiteral): U+212A and U+017F
// are the only characters outside ASCII that a case-insensitive RE2 matches to an ASCII letter.
TEST(WordMatcher, OnlyKelvinAndLongSFoldIntoAsciiLetters) {
  RE2::Options o;
  o.set_case_sensitive(false);
  RE2 letter("[a-z]", o);
  ASSERT_TRUE(letter.ok());
  std::vector<uint32_t> folding;
  for (uint32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string u;
    if (cp < 0x800) {
      u = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    } else if (cp < 0x10000) {
      u = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
           static_cast<char>(0x80 | (cp & 0x3F))};
    } else {
      u = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
           static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    }
    if (RE2::FullMatch(u, letter)) folding.push_back(cp);
  }
  EXPECT_EQ(folding, (std::vector<uint32_t>{0x017F, 0x212A}));
}

// RulePack::Matcher(const char*) answers from a thread's cache by the name's address: the same
// matcher as asked by string, each pack its own, and a buffer that later holds another name at
// the same address gets that name's list.
TEST(RulePackMatcher, NamesWrittenInTheCodeGetTheirPacksLists) {
  std::string error;
  const std::string text = testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json");
  auto a = RulePack::Parse(text, &error);
  auto b = RulePack::Parse(text, &error);
  ASSERT_TRUE(a && b) << error;
  const WordMatcher& fin = a->Matcher("WL-FIN");
  EXPECT_EQ(&fin, &a->Matcher(std::string("WL-FIN")));
  EXPECT_EQ(&fin, &a->Matcher("WL-FIN"));  // from the cache
  EXPECT_EQ(fin.words(), a->List("WL-FIN"));
  EXPECT_NE(&b->Matcher("WL-FIN"), &fin);  // another pack: its own
  EXPECT_EQ(&a->Matcher("WL-FIN"), &fin);
  char name[32] = "WL-FIN";
  EXPECT_EQ(&a->Matcher(static_cast<const char*>(name)), &fin);
  std::snprintf(name, sizeof name, "%s", "WL-CHEM");  // same address, another name
  EXPECT_EQ(&a->Matcher(static_cast<const char*>(name)), &a->Matcher(std::string("WL-CHEM")));
  EXPECT_NE(&a->Matcher(static_cast<const char*>(name)), &fin);
}

}  // namespace
}  // namespace beian
