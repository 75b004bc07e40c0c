// DecodeApplication cuts long string values out before nlohmann parses the document and puts
// them back: the result must equal nlohmann's parse of the same text, whatever the strings hold.
#include "core/engine/decode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace beian {
namespace {

std::string Long(const std::string& piece, size_t times = 80) {
  std::string s;
  for (size_t i = 0; i < times; ++i) s += piece;
  return s;
}

void ExpectSameAsNlohmann(const std::string& doc) {
  Decoded d = DecodeApplication(doc);
  json ref = json::parse(doc, nullptr, false);
  ASSERT_FALSE(ref.is_discarded()) << doc.substr(0, 80);
  ASSERT_TRUE(d.ok) << d.error;
  EXPECT_EQ(d.app, ref) << doc.substr(0, 80);
}

TEST(DecodeLongStrings, ValuesEqualNlohmanns) {
  const std::string plain = Long("<p>页面 text 中文</p>");
  const std::string escapes = Long(R"(a\"b\\c\/d\n\t\r\b\f)");
  const std::string unicode = Long(R"(\u4e2d\u6587 \ud83d\ude00)");  // left to nlohmann
  ExpectSameAsNlohmann(R"({"a":")" + plain + R"("})");
  ExpectSameAsNlohmann(R"({"a":")" + escapes + R"(","b":[")" + plain + R"(",")" + unicode +
                       R"("]})");
  ExpectSameAsNlohmann(R"({")" + plain + R"(" : ")" + plain + R"(", "k":{"x" :")" + escapes +
                       R"(" }})");                                               // a long key
  ExpectSameAsNlohmann(R"({"a":")" + plain + R"(","a":")" + escapes + R"("})");  // duplicate
  ExpectSameAsNlohmann("{\"a\" :\n \"" + plain + "\"\n,\"b\": [\"" + plain + "\" ,1,null]}");
}

TEST(DecodeLongStrings, PlaceholderLookalikesAreTheSellersText) {
  const std::string plain = Long("x");
  // A document that itself holds \u0000 is parsed as it is.
  ExpectSameAsNlohmann(R"({"a":")" + plain + R"(","b":"\u00000","c":"\u00001"})");
}

TEST(DecodeLongStrings, ErrorsNameTheByteOfTheWholeText) {
  const std::string plain = Long("x");
  std::string bad = R"({"a":")" + plain + R"(", "b": tru})";
  Decoded d = DecodeApplication(bad);
  ASSERT_FALSE(d.ok);
  // Offsets of the text as sent (the error is past the long string, not in the cut document).
  size_t at = d.error.find("byte ");
  ASSERT_NE(at, std::string::npos) << d.error;
  size_t byte = std::stoul(d.error.substr(at + 5));
  EXPECT_GE(byte, bad.find("tru")) << d.error;
  EXPECT_LE(byte, bad.find("tru") + 4) << d.error;
  // A control character inside a long string: still nlohmann's error.
  std::string ctl = R"({"a":")" + plain + "\x01" + plain + R"("})";
  EXPECT_FALSE(DecodeApplication(ctl).ok);
  // A bad escape.
  EXPECT_FALSE(DecodeApplication(R"({"a":")" + plain + R"(\x"})").ok);
  // Unterminated.
  EXPECT_FALSE(DecodeApplication(R"({"a":")" + plain).ok);
}

// The scan skips 8 bytes at a time: a quote, backslash or control character at every position of
// a word must still be seen.
TEST(DecodeLongStrings, StopsAtEveryOffsetOfAWord) {
  for (size_t k = 0; k < 17; ++k) {
    const std::string before(k, 'a'), after(300, 'b');
    ExpectSameAsNlohmann(R"({"a":")" + before + R"(\")" + after + R"("})");
    ExpectSameAsNlohmann(R"({"a":")" + before + R"(\\)" + after + R"(","b":1})");
    ExpectSameAsNlohmann(R"({"a":")" + before + "中文" + after + R"("})");
    EXPECT_FALSE(DecodeApplication(R"({"a":")" + before + "\t" + after + R"("})").ok) << k;
    EXPECT_FALSE(
        DecodeApplication(R"({"a":")" + before + std::string(1, '\0') + after + R"("})").ok)
        << k;
    // an early closing quote: what follows is not a string any more
    EXPECT_FALSE(DecodeApplication(R"({"a":")" + before + R"(")" + after + R"("})").ok) << k;
  }
}

// Valid UTF-8 is checked while the strings are scanned; anything else falls back to ScanUtf8 and
// RepairUtf8 first. Either way the answer is the repaired text's parse and ScanUtf8's report:
// random long strings of Chinese, ASCII, escapes and bytes that are not UTF-8 (or not the
// three-byte characters the fast step takes), and such bytes outside the strings.
TEST(DecodeLongStrings, Utf8CheckedOnTheWayAsScanUtf8Says) {
  std::mt19937 rng(31203);
  const std::vector<std::string> pieces = {
      "中文页面", "abcdefghij", R"(\")", R"(\n)", "“引号”", "\xff", "\xe4\xb8", "\xed\xa0\x80",
      "\xe0\x80\x80", "😀", "é", "\xc0\xaf", "Ａ",
      // valid E0 and ED sequences, a stray continuation byte, a lead followed by ASCII, DEL
      "\xe0\xa0\x80", "\xed\x9f\xbf", "\x80", "\xe4\x41\xad", "\x7f", "a", "中"};
  for (int round = 0; round < 3000; ++round) {
    std::string value;
    while (value.size() < 300) value += pieces[rng() % pieces.size()];
    std::string doc = R"({"a":")" + value + R"(","b":[1,")" + value.substr(0, 40) + R"("]})";
    if (round % 7 == 0) doc.insert(doc.size() - 1, round % 2 ? ",\xff" : " 中");  // outside
    if (round % 11 == 0) doc.insert(10, round % 2 ? "\\\xff" : "\\中");  // after a backslash
    Decoded d = DecodeApplication(doc);
    Utf8Report want = ScanUtf8(doc);
    json ref = json::parse(RepairUtf8(doc), nullptr, false);
    ASSERT_EQ(d.ok, !ref.is_discarded()) << round;
    if (!d.ok) {  // (bytes outside the strings, bad escapes) the error of the repaired text
      EXPECT_EQ(d.error, DecodeApplication(RepairUtf8(doc)).error) << round;
      continue;
    }
    EXPECT_EQ(d.app, ref) << round;
    EXPECT_EQ(d.utf8.invalid_count, want.invalid_count) << round;
    EXPECT_EQ(d.utf8.first_invalid, want.first_invalid) << round;
  }
}

// Long strings (uploads) are remembered from one document to the next on a thread and taken from
// memory when their bytes are the same: a sequence of documents sharing, moving, repeating,
// changing and cutting such strings (as values, as keys, beside bad UTF-8 and "\u0000") decodes
// each as if it were the only one.
TEST(DecodeLongStrings, RememberedUploadsDecodeAsIfNew) {
  std::mt19937 rng(4096);
  const std::vector<std::string> uploads = {Long("<p class=\\\"x\\\">店铺 页面</p>\\n", 120),
                                            Long("Registrant: 青禾茶业\\r\\n", 150),
                                            Long("营业执照 统一社会信用代码 ", 140),
                                            Long("ab\\\\", 700),
                                            Long("x", 2047),  // under the size remembered
                                            Long("中文\xff", 700)};
  for (int round = 0; round < 1500; ++round) {
    std::string doc = R"({"form":{"name":")" + std::string(rng() % 5, 'n') + R"("},"up":[)";
    const int count = static_cast<int>(rng() % 4);
    for (int k = 0; k < count; ++k) {
      std::string u = uploads[rng() % uploads.size()];
      switch (rng() % 6) {
        case 0:
          u += "tail";
          break;  // longer
        case 1:
          u.resize(u.size() - 1 - rng() % 3);
          break;  // shorter
        case 2:
          u[rng() % u.size()] = 'Z';
          break;  // one byte other
        default:
          break;  // the same
      }
      if (!u.empty() && u.back() == '\\' && (u.size() < 2 || u[u.size() - 2] != '\\')) u += 'q';
      if (k) doc += ',';
      doc += rng() % 8 == 0 ? "{\"" + u + "\":1}" : "\"" + u + "\"";  // sometimes a key
    }
    doc += "]";
    if (rng() % 10 == 0) doc += R"(,"z":"\u0000")";
    doc += "}";
    Decoded d = DecodeApplication(doc);
    json ref = json::parse(RepairUtf8(doc), nullptr, false);
    ASSERT_EQ(d.ok, !ref.is_discarded()) << round << ": " << d.error;
    if (!d.ok) continue;
    EXPECT_EQ(d.app, ref) << round;
    Utf8Report want = ScanUtf8(doc);
    EXPECT_EQ(d.utf8.invalid_count, want.invalid_count) << round;
    EXPECT_EQ(d.utf8.first_invalid, want.first_invalid) << round;
  }
}

// The uploads remembered stay within 8 MB however large the documents, remembered ones included.
TEST(DecodeLongStrings, RemembersAtMostEightMegabytes) {
  const std::string a(3u << 20, 'a'), b(3u << 20, 'b'), c(3u << 20, 'c'), d(3u << 20, 'd');
  auto doc = [](std::initializer_list<const std::string*> ups) {
    std::string s = R"({"up":[)";
    for (const std::string* u : ups) s += (s.back() == '[' ? "\"" : ",\"") + *u + "\"";
    return s + "]}";
  };
  ASSERT_TRUE(DecodeApplication(doc({&a, &b, &c})).ok);
  EXPECT_EQ(RememberedUploadBytes(), a.size() + b.size());  // c would pass 8 MB
  Decoded d2 = DecodeApplication(doc({&a, &b, &d, &c}));    // a, b remembered; d, c new
  ASSERT_TRUE(d2.ok);
  EXPECT_EQ(d2.app["up"][3].get_ref<const std::string&>(), c);
  EXPECT_LE(RememberedUploadBytes(), 8u << 20);
  EXPECT_EQ(RememberedUploadBytes(), a.size() + b.size());
  ASSERT_TRUE(DecodeApplication(R"({"up":["short"]})").ok);
  EXPECT_EQ(RememberedUploadBytes(), 0u);  // the last document's only
  // At most 16 strings, whatever their sizes.
  std::string many = R"({"up":[)";
  for (int k = 0; k < 40; ++k)
    many += (k ? ",\"" : "\"") + std::string(3000, static_cast<char>('a' + k % 26)) + "\"";
  ASSERT_TRUE(DecodeApplication(many + "]}").ok);
  EXPECT_EQ(RememberedUploadBytes(), 16u * 3000);
}

}  // namespace
}  // namespace beian
