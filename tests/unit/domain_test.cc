// core/domain.h: host extraction from what sellers type, host name syntax, registrable domain.
#include "core/domain.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace beian {
namespace {

const std::vector<std::string> kSuffixes2 = {"com.cn", "net.cn", "org.cn", "gov.cn"};

std::string Why(const std::string& host, std::string* bad_label = nullptr) {
  std::string why = "(accepted)";
  std::string label;
  bool ok = DomainSyntaxOk(host, &why, &label);
  if (bad_label) *bad_label = label;
  return ok ? "ok" : why;
}

TEST(Domain, ParsePlainHost) {
  DomainInput in = ParseDomainInput("qinghe-tea.com");
  EXPECT_EQ(in.host, "qinghe-tea.com");
  EXPECT_FALSE(in.had_scheme);
  EXPECT_FALSE(in.had_path);
  EXPECT_FALSE(in.had_port);
}

TEST(Domain, ParseFullUrl) {
  DomainInput in = ParseDomainInput("HTTPS://WWW.Qinghe-Tea.COM:8443/shop/index.html?x=1#top");
  EXPECT_EQ(in.host, "www.qinghe-tea.com");
  EXPECT_TRUE(in.had_scheme);
  EXPECT_TRUE(in.had_path);
  EXPECT_TRUE(in.had_port);
}

TEST(Domain, ParsePathQueryAndFragment) {
  // A lone trailing slash is not a path.
  DomainInput slash = ParseDomainInput("http://qinghe-tea.com/");
  EXPECT_EQ(slash.host, "qinghe-tea.com");
  EXPECT_TRUE(slash.had_scheme);
  EXPECT_FALSE(slash.had_path);
  EXPECT_TRUE(ParseDomainInput("qinghe-tea.com/a").had_path);
  // A query or fragment, even an empty one, is.
  DomainInput query = ParseDomainInput("qinghe-tea.com?");
  EXPECT_EQ(query.host, "qinghe-tea.com");
  EXPECT_TRUE(query.had_path);
  EXPECT_TRUE(ParseDomainInput("qinghe-tea.com#").had_path);
  EXPECT_TRUE(ParseDomainInput("qinghe-tea.com//").had_path);
}

TEST(Domain, ParsePort) {
  DomainInput in = ParseDomainInput("qinghe-tea.com:80");
  EXPECT_EQ(in.host, "qinghe-tea.com");
  EXPECT_TRUE(in.had_port);
  // Not a port: nothing or non-digits after the colon; the host keeps the colon.
  DomainInput empty = ParseDomainInput("qinghe-tea.com:");
  EXPECT_FALSE(empty.had_port);
  EXPECT_EQ(empty.host, "qinghe-tea.com:");
  DomainInput word = ParseDomainInput("qinghe-tea.com:http");
  EXPECT_FALSE(word.had_port);
  EXPECT_EQ(word.host, "qinghe-tea.com:http");
}

TEST(Domain, ParseTrailingDots) {
  EXPECT_EQ(ParseDomainInput("qinghe-tea.com.").host, "qinghe-tea.com");
  EXPECT_EQ(ParseDomainInput("qinghe-tea.com...").host, "qinghe-tea.com");
  EXPECT_EQ(ParseDomainInput("https://qinghe-tea.com./a").host, "qinghe-tea.com");
  EXPECT_EQ(ParseDomainInput("qinghe-tea.com.:8080").host, "qinghe-tea.com");
  EXPECT_EQ(ParseDomainInput(".").host, "");
  EXPECT_EQ(ParseDomainInput("").host, "");
}

TEST(Domain, ParseFullWidthAndChineseDots) {
  // Full-width letters, dots, colon and slashes are folded; the ideographic full stop is a dot.
  EXPECT_EQ(ParseDomainInput("ｑｉｎｇｈｅ．ｃｏｍ").host, "qinghe.com");
  EXPECT_EQ(ParseDomainInput("qinghe。com").host, "qinghe.com");
  EXPECT_EQ(ParseDomainInput("www。qinghe。com。").host, "www.qinghe.com");
  DomainInput url = ParseDomainInput("ｈｔｔｐｓ：／／ＱＩＮＧＨＥ．ＣＯＭ／ａ");
  EXPECT_EQ(url.host, "qinghe.com");
  EXPECT_TRUE(url.had_scheme);
  EXPECT_TRUE(url.had_path);
}

TEST(Domain, ParseDropsWhitespace) {
  EXPECT_EQ(ParseDomainInput("  qinghe-tea.com \t\n").host, "qinghe-tea.com");
  EXPECT_EQ(ParseDomainInput("qinghe\xE3\x80\x80tea.com").host, "qinghetea.com");  // U+3000
  EXPECT_EQ(ParseDomainInput("\xEF\xBB\xBFqinghe.com\xE2\x80\x8B").host,
            "qinghe.com");  // BOM, ZWSP
}

TEST(Domain, ParseIdn) {
  DomainInput in = ParseDomainInput("https://青禾茶叶.中国/");
  EXPECT_EQ(in.host, "青禾茶叶.中国");
  EXPECT_TRUE(in.had_scheme);
  EXPECT_FALSE(in.had_path);
  // Only ASCII letters are lower-cased.
  EXPECT_EQ(ParseDomainInput("WWW.青禾.CN").host, "www.青禾.cn");
}

TEST(Domain, SyntaxAccepts) {
  for (const char* host :
       {"qinghe-tea.com", "www.qinghe-tea.com.cn", "a.cn", "123.com", "x-1.y-2.z", "xn--fiqs8s.cn",
        "青禾茶叶.中国", "www.青禾-茶叶.cn", "q.xn--fiqs8s"}) {
    EXPECT_EQ(Why(host), "ok") << host;
  }
}

TEST(Domain, SyntaxLeavesWhyAloneOnSuccessAndAcceptsNull) {
  std::string why = "untouched", label = "untouched";
  EXPECT_TRUE(DomainSyntaxOk("qinghe.com", &why, &label));
  EXPECT_EQ(why, "untouched");
  EXPECT_EQ(label, "untouched");
  EXPECT_TRUE(DomainSyntaxOk("qinghe.com", nullptr, nullptr));
  EXPECT_FALSE(DomainSyntaxOk("qinghe", nullptr, nullptr));
}

TEST(Domain, SyntaxEmptyAndSingleLabel) {
  std::string label;
  EXPECT_EQ(Why("", &label), "empty");
  EXPECT_EQ(label, "");
  EXPECT_EQ(Why("localhost", &label), "single_label");
  EXPECT_EQ(label, "localhost");
  EXPECT_EQ(Why("青禾", &label), "single_label");
}

TEST(Domain, SyntaxEmptyLabels) {
  std::string label = "x";
  EXPECT_EQ(Why("qinghe..com", &label), "label_empty");
  EXPECT_EQ(label, "");
  EXPECT_EQ(Why(".qinghe.com"), "label_empty");
  // The syntax check takes a host as ParseDomainInput returns it: a trailing dot is not removed.
  EXPECT_EQ(Why("qinghe.com."), "label_empty");
  EXPECT_EQ(Why(ParseDomainInput("qinghe.com.").host), "ok");
}

TEST(Domain, SyntaxLabelLength) {
  const std::string l63(63, 'a'), l64(64, 'a');
  EXPECT_EQ(Why(l63 + ".com"), "ok");
  std::string label;
  EXPECT_EQ(Why(l64 + ".com", &label), "label_too_long");
  EXPECT_EQ(label, l64);
  // IDN labels count code points, not bytes: 63 ideographs (189 bytes) pass, 64 do not.
  std::string cjk63, cjk64;
  for (int i = 0; i < 63; ++i) cjk63 += "茶";
  cjk64 = cjk63 + "茶";
  EXPECT_EQ(Why(cjk63 + ".cn"), "ok");
  EXPECT_EQ(Why(cjk64 + ".cn"), "label_too_long");
}

TEST(Domain, SyntaxTotalLength) {
  const std::string l63(63, 'a');
  const std::string host253 = l63 + "." + l63 + "." + l63 + "." + std::string(61, 'b');
  ASSERT_EQ(host253.size(), 253u);
  EXPECT_EQ(Why(host253), "ok");
  EXPECT_EQ(Why(host253 + "b"), "too_long");
  // The total counts bytes: three labels of 28 ideographs (84 bytes each) and .cn make 257.
  std::string cjk;
  for (int i = 0; i < 28; ++i) cjk += "茶";
  EXPECT_EQ(Why(cjk + "." + cjk + "." + cjk + ".cn"), "too_long");
}

TEST(Domain, SyntaxBadCharacters) {
  std::string label;
  EXPECT_EQ(Why("qing_he.com", &label), "bad_char");
  EXPECT_EQ(label, "qing_he");
  EXPECT_EQ(Why("qinghe tea.com"), "bad_char");
  EXPECT_EQ(Why("qinghe.com:8080"), "bad_char");
  EXPECT_EQ(Why("qinghe.com/"), "bad_char");
  EXPECT_EQ(Why("user@qinghe.com"), "bad_char");
  // Upper case is refused: hosts are lower-cased by ParseDomainInput first.
  EXPECT_EQ(Why("Qinghe.com", &label), "bad_char");
  EXPECT_EQ(label, "Qinghe");
  EXPECT_EQ(Why("青禾_茶.cn", &label), "bad_char");  // ASCII in an IDN label is checked too
  EXPECT_EQ(label, "青禾_茶");
  EXPECT_EQ(Why("青禾A.cn"), "bad_char");
  // A byte that is no UTF-8 is one bad character.
  EXPECT_EQ(Why("qing\xFFhe.com", &label), "bad_char");
  EXPECT_EQ(label, "qing\xFFhe");
  EXPECT_EQ(Why("\xE8\x8C.cn"), "bad_char");  // a truncated ideograph
}

TEST(Domain, SyntaxHyphens) {
  std::string label;
  EXPECT_EQ(Why("-qinghe.com", &label), "hyphen_edge");
  EXPECT_EQ(label, "-qinghe");
  EXPECT_EQ(Why("qinghe-.com"), "hyphen_edge");
  EXPECT_EQ(Why("qinghe.com-"), "hyphen_edge");
  EXPECT_EQ(Why("qing--he.com"), "ok");
}

TEST(Domain, SyntaxNumericTld) {
  std::string label;
  EXPECT_EQ(Why("192.168.1.1", &label), "numeric_tld");
  EXPECT_EQ(label, "1");
  EXPECT_EQ(Why("qinghe.123", &label), "numeric_tld");
  EXPECT_EQ(label, "123");
  EXPECT_EQ(Why("qinghe.c0m"), "ok");
}

TEST(Domain, RegistrableDomain) {
  EXPECT_EQ(RegistrableDomain("www.qinghe-tea.com", kSuffixes2), "qinghe-tea.com");
  EXPECT_EQ(RegistrableDomain("a.b.c.qinghe-tea.cn", kSuffixes2), "qinghe-tea.cn");
  EXPECT_EQ(RegistrableDomain("qinghe-tea.com", kSuffixes2), "qinghe-tea.com");
  EXPECT_EQ(RegistrableDomain("shop.qinghe-tea.com.cn", kSuffixes2), "qinghe-tea.com.cn");
  EXPECT_EQ(RegistrableDomain("qinghe-tea.com.cn", kSuffixes2), "qinghe-tea.com.cn");
  EXPECT_EQ(RegistrableDomain("com.cn", kSuffixes2), "com.cn");
  EXPECT_EQ(RegistrableDomain("localhost", kSuffixes2), "localhost");
  EXPECT_EQ(RegistrableDomain("", kSuffixes2), "");
  // Without the list, com.cn is just another name.
  EXPECT_EQ(RegistrableDomain("shop.qinghe-tea.com.cn", {}), "com.cn");
  // A suffix only counts as the last two labels.
  EXPECT_EQ(RegistrableDomain("com.cn.qinghe.net", kSuffixes2), "qinghe.net");
  EXPECT_EQ(RegistrableDomain("www.青禾茶叶.中国", kSuffixes2), "青禾茶叶.中国");
}

TEST(Domain, SecondLevelLabel) {
  EXPECT_EQ(SecondLevelLabel("www.qinghe-tea.com", kSuffixes2), "qinghe-tea");
  EXPECT_EQ(SecondLevelLabel("shop.qinghe-tea.com.cn", kSuffixes2), "qinghe-tea");
  EXPECT_EQ(SecondLevelLabel("qinghe-tea.gov.cn", kSuffixes2), "qinghe-tea");
  EXPECT_EQ(SecondLevelLabel("www.青禾茶叶.中国", kSuffixes2), "青禾茶叶");
  EXPECT_EQ(SecondLevelLabel("localhost", kSuffixes2), "localhost");
}

TEST(Domain, TopLevel) {
  EXPECT_EQ(TopLevel("www.qinghe-tea.com.cn"), "cn");
  EXPECT_EQ(TopLevel("青禾茶叶.中国"), "中国");
  EXPECT_EQ(TopLevel("xn--fiqs8s"), "xn--fiqs8s");
  EXPECT_EQ(TopLevel("qinghe.com."), "");  // a trailing dot leaves an empty last label
  EXPECT_EQ(TopLevel(""), "");
}

}  // namespace
}  // namespace beian
