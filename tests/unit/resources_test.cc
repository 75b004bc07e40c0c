// The files a module may fetch instead of embedding them (core/resources.h): natively they are
// embedded, and the table that names them for the page's module agrees with what is embedded.
#include "core/resources.h"

#include <gtest/gtest.h>

#include <string>

#include "core/geo/regions.h"

namespace beian {
namespace {

TEST(FetchedResources, NamedWithTheirDigestAndSize) {
  size_t n = 0;
  const FetchedFile* files = FetchedResourceFiles(&n);
  ASSERT_EQ(n, 2u);
  for (size_t i = 0; i < n; ++i) {
    const FetchedFile& f = files[i];
    SCOPED_TRACE(std::string(f.name));
    // served as <stem>.<12 hex digits>.bin, and the same size as the embedded file
    std::string file(f.file);
    ASSERT_GT(file.size(), 17u);
    EXPECT_EQ(file.substr(file.size() - 4), ".bin");
    EXPECT_EQ(file.substr(file.size() - 17, 1), ".");
    EXPECT_EQ(file.substr(file.size() - 16, 12).find_first_not_of("0123456789abcdef"),
              std::string::npos);
    EXPECT_EQ(Resource(f.name).size(), f.size);
    EXPECT_TRUE(IsFetchedFile(f.file));
    EXPECT_EQ(FetchedResourceFile(f.name).file, f.file);
  }
  EXPECT_EQ(FetchedResourceFile("regions").name, "regions");
  EXPECT_EQ(FetchedResourceFile("ipranges").name, "ipranges");
  EXPECT_TRUE(FetchedResourceFile("holidays").file.empty());  // embedded everywhere
  EXPECT_FALSE(IsFetchedFile("regions.bin"));
}

TEST(FetchedResources, EmbeddedNativelySoNeverMissing) {
  TakeMissingResourceFile();
  EXPECT_TRUE(RegionTableReady());
  EXPECT_TRUE(ResourceReady("ipranges"));
  EXPECT_EQ(TakeMissingResourceFile(), "");
}

TEST(FetchedResources, ProvidingChecksNameAndSize) {
  FetchedFile f = FetchedResourceFile("regions");
  EXPECT_NE(ProvideFetchedFile("regions.000000000000.bin", std::string(f.size, 'x')), "");
  EXPECT_NE(ProvideFetchedFile(f.file, "too short"), "");
  // the right name and size: taken (natively the file is embedded: nothing changes)
  EXPECT_EQ(ProvideFetchedFile(f.file, std::string(Resource("regions"))), "");
  EXPECT_EQ(Resource("regions").substr(0, 4), "GBR1");
}

}  // namespace
}  // namespace beian
