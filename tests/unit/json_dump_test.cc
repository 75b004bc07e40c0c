// Dump(): the one-line writer must give nlohmann's bytes for every value, and At() must read
// every pointer form RFC 6901 allows.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

std::string Reference(const json& v) {
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

TEST(JsonDump, SameBytesAsNlohmannForTrickyStrings) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  const std::vector<std::string> strings = {
      "",
      "plain",
      "引号\"和\\反斜杠/斜杠",
      controls,
      "\x7f del",
      "全角ＡＢＣ　空格",
      "emoji 😀 and 𠀀",
      "bad \xff byte",
      "cut \xe4\xb8",
      "overlong \xc0\xaf",
      "surrogate \xed\xa0\x80",
      "too big \xf4\x90\x80\x80",
  };
  for (const auto& s : strings) {
    json v = s;
    EXPECT_EQ(Dump(v), Reference(v)) << s;
    json obj = {{s, s}, {"k", json::array({s, 1, -2, 3.5, true, nullptr})}};
    EXPECT_EQ(Dump(obj), Reference(obj)) << s;
  }
}

// Random strings long enough for the writer's runs (8 ASCII bytes, two Chinese characters a
// step): pieces of plain text, Chinese, the bytes it must escape, and bytes that are not UTF-8
// or not the three-byte characters the fast step takes (ED A0 80, E0 80 80, 4-byte, cut ones).
TEST(JsonDump, SameBytesAsNlohmannForRandomMixes) {
  std::mt19937 rng(1203);
  const std::vector<std::string> pieces = {"abcdefgh",
                                           "备案预检",
                                           "，。“”",
                                           "\"",
                                           "\\",
                                           "\n",
                                           "\t",
                                           std::string(1, '\0'),
                                           "\x1f",
                                           "\x7f",
                                           "\xff",
                                           "\xe4\xb8",
                                           "\xed\xa0\x80",
                                           "\xe0\x80\x80",
                                           "😀",
                                           "𠀀",
                                           "Ａ",
                                           "é",
                                           "/",
                                           "12345"};
  for (int round = 0; round < 20000; ++round) {
    const std::string s = testing::RandomMix(pieces, rng, 24);
    json v = s;
    ASSERT_EQ(Dump(v), Reference(v)) << ::testing::PrintToString(s);
  }
}

TEST(JsonDump, SameBytesAsNlohmannForNumbersAndNesting) {
  json v =
      json::parse(R"({"a":[1,-1,0,18446744073709551615,-9223372036854775808,1.5,1e300,0.1,-0.0],)"
                  R"("b":{"c":{},"d":[],"e":null,"f":false},"":"empty key"})");
  EXPECT_EQ(Dump(v), Reference(v));
  EXPECT_EQ(Dump(v, 2), v.dump(2, ' ', false, json::error_handler_t::replace));
}

// Whole numbers stored as floats (the plan's amounts) are written without nlohmann: the same
// bytes at and around every boundary of that path, and for random values of every magnitude.
TEST(JsonDump, SameBytesAsNlohmannForFloats) {
  std::vector<double> values = {0.0,
                                -0.0,
                                1.0,
                                -1.0,
                                18.6,
                                300.0,
                                8000.0,
                                1e14,
                                1e15,
                                -1e15,
                                1e15 - 1,
                                -(1e15 - 1),
                                999999999999999.5,
                                1e16,
                                1e21,
                                1e22,
                                1e-7,
                                0.5,
                                -0.5,
                                4503599627370496.0,
                                9007199254740993.0,
                                123456789.0,
                                -123456789.0,
                                2.5e-308};
  std::mt19937_64 rng(1206);
  for (int i = 0; i < 20000; ++i) {
    const int64_t whole = static_cast<int64_t>(rng() % 2000000000000000ULL) - 1000000000000000LL;
    values.push_back(static_cast<double>(whole));
    values.push_back(static_cast<double>(whole >> (rng() % 50)));
    values.push_back(
        std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 120) - 60));
  }
  for (double d : values) {
    json v = d;
    ASSERT_EQ(Dump(v), Reference(v)) << d;
  }
}

// The report is written directly (core/engine/report.cc): parsed and dumped again by nlohmann
// it must come back byte for byte (keys in byte order, same escaping, same numbers).
TEST(JsonDump, ReportsAreWhatNlohmannWouldWrite) {
  for (const char* name : {"clean-enterprise.json", "individual-shop.json"}) {
    std::ifstream in(std::string(BEIAN_SOURCE_DIR) + "/examples/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    CheckResult r = Check(ss.str());
    ASSERT_TRUE(r.ok) << name;
    EXPECT_EQ(r.report, Reference(json::parse(r.report))) << name;
  }
}

TEST(JsonAt, PointerForms) {
  json v = json::parse(R"({"a/b":{"m~n":[10,20,{"":"empty"}]},"x":{"y":"z"}})");
  EXPECT_EQ(At(v, ""), &v);
  EXPECT_EQ(At(v, "x"), nullptr);
  ASSERT_NE(Str(v, "/x/y"), nullptr);
  EXPECT_EQ(*Str(v, "/x/y"), "z");
  ASSERT_NE(At(v, "/a~1b/m~0n/1"), nullptr);
  EXPECT_EQ(*At(v, "/a~1b/m~0n/1"), 20);
  EXPECT_EQ(*At(v, "/a~1b/m~0n/01"), 20);  // leading zeros read as before
  EXPECT_EQ(*Str(v, "/a~1b/m~0n/2/"), "empty");
  EXPECT_EQ(At(v, "/a~1b/m~0n/3"), nullptr);
  EXPECT_EQ(At(v, "/a~1b/m~0n/-1"), nullptr);
  EXPECT_EQ(At(v, "/a~1b/m~0n/1234567890"), nullptr);
  EXPECT_EQ(At(v, "/x/y/z"), nullptr);
  EXPECT_EQ(At(v, "/a/b"), nullptr);
}

}  // namespace
}  // namespace beian
