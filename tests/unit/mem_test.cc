// core/mem.h (the wasm build's memcpy, memchr and memcmp) against the C library, at every
// alignment and length up to 80 bytes and on long ranges, with guard bytes around the copies.
#include "core/mem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/json.h"

namespace beian {
namespace {

std::vector<unsigned char> RandomBytes(std::mt19937& rng, size_t n, unsigned alphabet) {
  std::vector<unsigned char> v(n);
  for (auto& b : v) b = static_cast<unsigned char>(rng() % alphabet);
  return v;
}

TEST(Mem, CopyWritesExactlyTheRange) {
  std::mt19937 rng(7);
  std::vector<unsigned char> src = RandomBytes(rng, 4200, 256);
  for (size_t n : {size_t{0}, size_t{1}, size_t{3}, size_t{4}, size_t{7}, size_t{8}, size_t{9},
                   size_t{15}, size_t{16}, size_t{17}, size_t{63}, size_t{64}, size_t{65},
                   size_t{511}, size_t{4096}, size_t{4100}}) {
    for (size_t from = 0; from < 9; ++from) {
      for (size_t to = 0; to < 9; ++to) {
        std::vector<unsigned char> got(n + 32, 0xA5), want(n + 32, 0xA5);
        mem::Copy(got.data() + 8 + to, src.data() + from, n);
        std::memcpy(want.data() + 8 + to, src.data() + from, n);
        ASSERT_EQ(got, want) << "n=" << n << " from=" << from << " to=" << to;
      }
    }
  }
  for (size_t n = 0; n <= 80; ++n) {
    std::vector<unsigned char> got(n + 16, 0x5A), want(n + 16, 0x5A);
    mem::Copy(got.data() + 8, src.data() + 3, n);
    std::memcpy(want.data() + 8, src.data() + 3, n);
    ASSERT_EQ(got, want) << "n=" << n;
  }
}

TEST(Mem, FindReturnsTheFirstOccurrenceOrNone) {
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    const size_t n = rng() % 90;
    const size_t off = rng() % 8;
    // few symbols: the byte is often present, often several times; 0x00 and 0xFF included
    // exactly the bytes used (a sanitizer sees any read past them), and never an empty vector,
    // whose data() may be null (memchr's argument must not be)
    std::vector<unsigned char> buf = RandomBytes(rng, std::max<size_t>(n + off, 1), 5);
    for (auto& b : buf) b = b == 3 ? 0xFF : b == 4 ? 0x80 : b;
    for (unsigned c : {0u, 1u, 2u, 0x80u, 0xFFu, 0x7Fu}) {
      const unsigned char* s = buf.data() + off;
      const void* want = std::memchr(s, static_cast<int>(c), n);
      ASSERT_EQ(static_cast<const void*>(mem::Find(s, static_cast<unsigned char>(c), n)), want)
          << "n=" << n << " c=" << c;
    }
  }
  // a byte just below the one looked for (the borrow of the zero-byte test) before it
  std::vector<unsigned char> tricky = {0x01, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01};
  EXPECT_EQ(mem::Find(tricky.data(), 0x01, tricky.size()), tricky.data());
  EXPECT_EQ(mem::Find(tricky.data(), 0x00, tricky.size()), tricky.data() + 1);
  EXPECT_EQ(mem::Find(tricky.data() + 2, 0x00, 7), tricky.data() + 4);
}

TEST(Mem, CompareHasTheSignOfTheFirstDifference) {
  std::mt19937 rng(13);
  auto sign = [](int v) { return (v > 0) - (v < 0); };
  for (int round = 0; round < 5000; ++round) {
    const size_t n = rng() % 90;
    std::vector<unsigned char> a = RandomBytes(rng, n + 8, 256);
    std::vector<unsigned char> b(a);
    // equal, or differing in one or two places (high and low bytes, so the sign is tested)
    for (unsigned k = rng() % 3; k > 0 && n > 0; --k)
      b[4 + rng() % n] = static_cast<unsigned char>(rng());
    const size_t oa = rng() % 4, ob = rng() % 4;
    std::memmove(b.data() + ob, b.data() + 4, n);
    std::memmove(a.data() + oa, a.data() + 4, n);
    ASSERT_EQ(sign(mem::Compare(a.data() + oa, b.data() + ob, n)),
              sign(std::memcmp(a.data() + oa, b.data() + ob, n)))
        << "n=" << n;
  }
  const unsigned char x[] = {1, 2, 3, 4, 5, 6, 7, 8, 0x80, 1},
                      y[] = {1, 2, 3, 4, 5, 6, 7, 8, 0x7F, 2};
  EXPECT_GT(mem::Compare(x, y, 10), 0);
  EXPECT_LT(mem::Compare(y, x, 10), 0);
  EXPECT_EQ(mem::Compare(x, y, 8), 0);
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// HashBytes (the core's open-addressing tables): equal bytes hash alike wherever they lie; an
// empty view with no data is fine; the length counts (runs of zero bytes differ).
TEST(Mem, HashBytesOfEqualBytesAndLengths) {
  const std::string a = "/websites/0/hosting/location", b = "xx" + a;
  EXPECT_EQ(mem::HashBytes(a), mem::HashBytes(std::string_view(b).substr(2)));
  EXPECT_EQ(mem::HashBytes(std::string_view()), mem::HashBytes(""));
  std::vector<uint64_t> seen;
  for (size_t n = 0; n <= 24; ++n) seen.push_back(mem::HashBytes(std::string(n, '\0')));
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
}

// Equal: memcmp's answer for every length up to 40 and a difference at every position (the
// loads overlap), at any alignment.
TEST(Mem, EqualIsMemcmpZero) {
  std::string a(48, 'x'), b(48, 'x');
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t off = 0; off < 3; ++off) {
      const auto* pa = reinterpret_cast<const unsigned char*>(a.data()) + off;
      const auto* pb = reinterpret_cast<const unsigned char*>(b.data()) + 3 - off;
      EXPECT_TRUE(mem::Equal(pa, pb, n)) << n;
      for (size_t k = 0; k < n; ++k) {
        b[3 - off + k] = 'y';
        EXPECT_FALSE(mem::Equal(pa, pb, n)) << n << " " << k;
        b[3 - off + k] = 'x';
      }
      // a difference just outside the range does not count
      if (3 - off + n < b.size()) {
        b[3 - off + n] = 'z';
        EXPECT_TRUE(mem::Equal(pa, pb, n)) << n;
        b[3 - off + n] = 'x';
      }
    }
  }
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// Order and Less: std::string's compare and operator< for random strings (bytes above 0x7F and
// prefixes of one another included) of every length up to 40; KeyLess orders a JSON object's
// members exactly as std::less<> did (the reports' member order depends on it).
TEST(Mem, OrderIsStringCompare) {
  std::mt19937 rng(29);
  auto sign = [](int v) { return (v > 0) - (v < 0); };
  for (int round = 0; round < 20000; ++round) {
    const size_t n = rng() % 41;
    std::string a(n, '\0');
    for (auto& c : a) c = static_cast<char>(rng() % 4 == 0 ? 0x80 + rng() % 128 : 'a' + rng() % 3);
    std::string b = a;
    switch (rng() % 4) {
      case 0:  // one byte changed
        if (n) b[rng() % n] = static_cast<char>(rng());
        break;
      case 1:  // a prefix
        b.resize(rng() % (n + 1));
        break;
      case 2:  // longer
        b += static_cast<char>(rng());
        break;
      default:  // equal
        break;
    }
    ASSERT_EQ(mem::Order(a, b), sign(a.compare(b))) << a.size() << " " << b.size();
    ASSERT_EQ(mem::Order(b, a), sign(b.compare(a)));
    ASSERT_EQ(KeyLess()(a, b), a < b);
    ASSERT_EQ(KeyLess()(b, a), b < a);
  }
  const json doc = json::parse(R"({"b": 1, "\u00e9": 2, "a": 3, "ab": 4, "A": 5, "": 6})");
  std::vector<std::string> keys;
  for (const auto& [k, v] : doc.items()) keys.push_back(k);
  std::vector<std::string> sorted = keys;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(keys, sorted);
  EXPECT_EQ(doc.dump(), R"({"":6,"A":5,"a":3,"ab":4,"b":1,"é":2})");
}

// The core's std::string == "literal" (core/mem.h): the standard's answer, whatever the lengths.
TEST(Mem, StringEqualsLiteral) {
  const std::string empty, en = "en", zh = "zh-CN", nul("e\0n", 3);
  EXPECT_TRUE(en == "en");
  EXPECT_FALSE(en != "en");
  EXPECT_TRUE("en" == en);
  EXPECT_FALSE(en == "e");
  EXPECT_FALSE(en == "enx");
  EXPECT_TRUE(empty == "");
  EXPECT_FALSE(zh == "zh-CN ");
  EXPECT_TRUE(zh != "zh-cn");
  EXPECT_FALSE(nul == "e");  // a literal ends at its first NUL, as strlen has it
  EXPECT_TRUE(std::string("e") == "e\0n");
}

}  // namespace
}  // namespace beian
