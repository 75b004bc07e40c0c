// The rule index (core/rules/index.cc) against the rule pack: sorted, no duplicates, and exactly
// the pack's evaluated rules that are not raised by the engine itself; each function lives in the
// folder of its ID prefix.
#include "core/rules/index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/rulepack.h"

namespace beian {
namespace {

TEST(RuleIndex, IsSortedWithoutDuplicates) {
  const auto& index = rules::Index();
  ASSERT_GT(index.size(), 200u);
  for (size_t i = 1; i < index.size(); ++i)
    EXPECT_LT(index[i - 1].id, index[i].id) << "index.cc out of order at " << index[i].id;
  for (const auto& e : index) EXPECT_NE(e.fn, nullptr) << e.id;
}

TEST(RuleIndex, EqualsThePackRules) {
  std::set<std::string> in_index, in_pack;
  for (const auto& e : rules::Index()) in_index.insert(std::string(e.id));
  for (const auto& r : RulePack::Builtin().rules()) {
    if (!r.evaluated) {
      EXPECT_FALSE(r.reason.empty()) << r.id << " is guidance but gives no reason";
      continue;
    }
    if (r.engine) {
      EXPECT_EQ(in_index.count(r.id), 0u) << r.id << " is engine-only but has a rule function";
      continue;
    }
    in_pack.insert(r.id);
  }
  EXPECT_EQ(in_index, in_pack);
}

// The function of a rule ID is defined in exactly one file, under core/rules/<prefix>/.
TEST(RuleIndex, EveryRuleIsDefinedInItsPrefixFolder) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(BEIAN_SOURCE_DIR) / "core" / "rules";
  std::map<std::string, std::vector<std::string>> where;  // function name -> files
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cc") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    for (const auto& e : rules::Index()) {
      std::string id(e.id);
      std::string prefix = id.substr(0, id.find('-'));
      std::string fn = prefix.substr(0, 1);
      for (size_t i = 1; i < prefix.size(); ++i)
        fn += static_cast<char>(std::tolower(static_cast<unsigned char>(prefix[i])));
      fn += id.substr(id.find('-') + 1);
      if (text.find("\nvoid " + fn + "(Ctx& c) {") != std::string::npos)
        where[id].push_back(fs::relative(entry.path(), root).string());
    }
  }
  for (const auto& e : rules::Index()) {
    std::string id(e.id);
    std::string folder = id.substr(0, id.find('-'));
    std::transform(folder.begin(), folder.end(), folder.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    const auto& files = where[id];
    ASSERT_EQ(files.size(), 1u) << id << " is defined in " << files.size() << " files";
    EXPECT_EQ(files[0].rfind(folder + "/", 0), 0u) << id << " lives in " << files[0];
  }
}

}  // namespace
}  // namespace beian
