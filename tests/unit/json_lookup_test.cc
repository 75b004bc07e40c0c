// At() by JSON Pointer, and FrozenLookups (its answers remembered while the application is only
// read): the same answers with and without the scope, for present, missing, escaped and indexed
// pointers, asked again and again, beyond the table's size, in nested scopes and on other
// documents.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/json.h"

namespace beian {
namespace {

json Doc() {
  return json::parse(R"({
    "subject": {"name": "杭州某某科技有限公司", "type": "enterprise", "a/b": 1, "m~n": 2},
    "websites": [{"domain": "example.cn"}, {"domain": "example.com.cn", "ips": ["1.2.3.4"]}],
    "flag": true, "": {"": 3}
  })");
}

std::vector<std::string> Pointers() {
  std::vector<std::string> p = {"",
                                "/subject",
                                "/subject/name",
                                "/subject/missing",
                                "/subject/a~1b",
                                "/subject/m~0n",
                                "/subject/a/b",
                                "/websites",
                                "/websites/0/domain",
                                "/websites/1/ips/0",
                                "/websites/2",
                                "/websites/01",
                                "/websites/x",
                                "/flag",
                                "/flag/deeper",
                                "/",
                                "//",
                                "subject",
                                "/websites/1/ips/0/x"};
  return p;
}

TEST(FrozenLookups, SameAnswersAsWithout) {
  json doc = Doc();
  std::vector<const json*> want;
  for (const auto& p : Pointers()) want.push_back(At(doc, p));
  EXPECT_EQ(want[2], &doc["subject"]["name"]);
  EXPECT_EQ(want[4], &doc["subject"]["a/b"]);
  EXPECT_EQ(want[5], &doc["subject"]["m~n"]);
  EXPECT_EQ(want[3], nullptr);
  EXPECT_EQ(want[16], &doc[""][""]);
  FrozenLookups frozen(doc);
  EXPECT_EQ(At(doc, std::string_view()), &doc);  // an empty view (null data): the document
  for (int round = 0; round < 3; ++round) {      // first asks fill the table, later ones read it
    const auto pointers = Pointers();
    for (size_t i = 0; i < pointers.size(); ++i)
      EXPECT_EQ(At(doc, pointers[i]), want[i]) << pointers[i] << " round " << round;
  }
}

// Answers are built from the parent's remembered answer: asked deepest first, or in any order,
// or past the length up to which parents are looked up, they stay what At() says without a scope.
TEST(FrozenLookups, AnyOrderAndLongPointers) {
  json doc = Doc();
  std::string deep = "/deep";
  json* node = &doc["deep"];
  for (int i = 0; i < 200; ++i) {  // 200 levels: a pointer of ~1,000 bytes
    node = &(*node)["n" + std::to_string(i)];
    deep += "/n" + std::to_string(i);
  }
  *node = "bottom";
  std::vector<std::string> pointers = Pointers();
  pointers.push_back(deep);
  pointers.push_back(deep.substr(0, deep.rfind('/', 200)));  // a parent halfway
  pointers.push_back(deep + "/x");
  std::vector<const json*> want;
  for (const auto& p : pointers) want.push_back(At(doc, p));
  ASSERT_NE(want[want.size() - 3], nullptr);
  EXPECT_EQ(*want[want.size() - 3], "bottom");
  ASSERT_NE(want[want.size() - 2], nullptr);
  EXPECT_EQ(want.back(), nullptr);
  for (int order = 0; order < 2; ++order) {
    FrozenLookups frozen(doc);
    for (size_t k = 0; k < pointers.size(); ++k) {
      const size_t i = order == 0 ? pointers.size() - 1 - k : (k * 7) % pointers.size();
      EXPECT_EQ(At(doc, pointers[i]), want[i]) << pointers[i] << " order " << order;
    }
    for (size_t i = 0; i < pointers.size(); ++i)
      EXPECT_EQ(At(doc, pointers[i]), want[i]) << pointers[i] << " again, order " << order;
  }
}

TEST(FrozenLookups, AnswersBeyondTheTable) {
  json doc = json::object();
  for (int i = 0; i < 1500; ++i) doc["k" + std::to_string(i)] = i;
  FrozenLookups frozen(doc);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 1700; ++i) {
      const json* v = At(doc, "/k" + std::to_string(i));
      if (i < 1500) {
        ASSERT_NE(v, nullptr) << i;
        EXPECT_EQ(v->get<int>(), i);
      } else {
        EXPECT_EQ(v, nullptr) << i;
      }
    }
  }
}

TEST(FrozenLookups, OtherDocumentsAndNestedScopes) {
  json a = Doc(), b = Doc();
  b["subject"]["name"] = "另一家公司";
  {
    FrozenLookups outer(a);
    EXPECT_EQ(*Str(a, "/subject/name"), "杭州某某科技有限公司");
    EXPECT_EQ(*Str(b, "/subject/name"), "另一家公司");  // not a's answer
    {
      FrozenLookups inner(b);
      EXPECT_EQ(*Str(b, "/subject/name"), "另一家公司");
    }
    // the outer scope again: b is looked up afresh after the inner scope ends
    b["subject"]["name"] = "第三家公司";
    EXPECT_EQ(*Str(b, "/subject/name"), "第三家公司");
    EXPECT_EQ(*Str(a, "/subject/name"), "杭州某某科技有限公司");
  }
  // no scope: changes are seen at once
  a["subject"]["name"] = "改过的名称";
  EXPECT_EQ(*Str(a, "/subject/name"), "改过的名称");
}

// Pointers that differ only between their first and last 16 bytes share a hash in the table
// (HashPointer): each still gets its own answer, in either order of asking; and a new scope after
// another (the thread's table reused) answers for its own document.
TEST(FrozenLookups, PointersDifferingOnlyInTheMiddle) {
  json doc = json::object();
  std::vector<std::string> keys;
  for (int k = 0; k < 40; ++k) {
    std::string key = std::string(20, 'a') + std::to_string(k) + std::string(20, 'b');
    keys.push_back(key);
    doc["k"][key] = k;
  }
  for (int pass = 0; pass < 2; ++pass) {
    FrozenLookups frozen(doc);
    for (int i = 0; i < 40; ++i) {
      const int k = pass == 0 ? i : 39 - i;
      auto n = Num(doc, "/k/" + keys[k]);
      ASSERT_TRUE(n.has_value()) << keys[k];
      EXPECT_EQ(*n, k);
    }
    EXPECT_FALSE(Num(doc, "/k/" + std::string(20, 'a') + "x" + std::string(20, 'b')));
    doc["k"][keys[0]] = 100;  // changed between scopes: the next scope sees it
    if (pass == 0) {
      FrozenLookups again(doc);
      EXPECT_EQ(*Num(doc, "/k/" + keys[0]), 100);
      doc["k"][keys[0]] = 0;
    }
  }
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// NonBlank: the document's own string when nothing is trimmed (no copy), a trimmed copy
// otherwise, nothing for blank or absent members; copies and moves of a trimmed copy keep their
// text (it lives in the moved object).
TEST(NonBlank, SameStringOrTrimmedCopy) {
  const json doc = json::parse(
      R"({"a": "杭州", "b": "  x \u3000", "c": " \u3000\t", "d": 5, "e": "一个比十五个字节长的名字"})");
  auto a = NonBlank(doc, "/a");
  ASSERT_TRUE(a);
  EXPECT_EQ(&*a, doc["a"].get_ptr<const std::string*>());
  auto b = NonBlank(doc, "/b");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(*b, "x");
  EXPECT_FALSE(NonBlank(doc, "/c"));
  EXPECT_FALSE(NonBlank(doc, "/d"));
  EXPECT_FALSE(NonBlank(doc, "/missing"));
  EXPECT_EQ(NonBlank(doc, "/missing").value_or("none"), "none");
  const json padded = json::parse(R"({"e": " 一个比十五个字节长的名字 "})");
  Trimmed e = NonBlank(padded, "/e");
  Trimmed copy = e;
  Trimmed moved = std::move(e);
  e = NonBlank(doc, "/a");
  EXPECT_EQ(*copy, "一个比十五个字节长的名字");
  EXPECT_EQ(*moved, *copy);
  EXPECT_NE(&*moved, &*copy);
  EXPECT_EQ(copy->size(), moved->size());
  copy = moved;
  EXPECT_EQ(*copy, *moved);
  EXPECT_EQ(*e, "杭州");
  std::optional<std::string> as_optional = moved;
  EXPECT_EQ(as_optional, std::optional<std::string>("一个比十五个字节长的名字"));
  EXPECT_EQ(static_cast<std::optional<std::string>>(NonBlank(doc, "/c")), std::nullopt);
}

}  // namespace
}  // namespace beian
