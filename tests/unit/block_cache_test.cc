// core/block_cache.h: the lists of freed blocks in front of the WebAssembly builds' malloc
// (wasm/new_delete.cc) and the CLI's (cli/alloc.cc), tested here over the native malloc with
// counted calls.
#include "core/block_cache.h"

#include <gtest/gtest.h>
#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <vector>

namespace beian::mem {
namespace {

struct Calls {
  size_t allocs = 0, frees = 0;
  std::vector<size_t> sizes;  // asked of the malloc
};
Calls calls;

void* CountedAlloc(size_t n) {
  ++calls.allocs;
  calls.sizes.push_back(n);
  return std::malloc(n);
}
void CountedFree(void* p) {
  ++calls.frees;
  std::free(p);
}
size_t Usable(void* p) { return malloc_usable_size(p); }

using Cache = BlockCache<CountedAlloc, CountedFree, Usable>;

class BlockCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { calls = Calls(); }
};

TEST_F(BlockCacheTest, SmallRequestsAreRoundedUpToTheirClass) {
  Cache cache;
  std::vector<void*> blocks;
  for (size_t n : {0, 1, 15, 16, 17, 100, 255, 256}) blocks.push_back(cache.Get(n));
  EXPECT_EQ(calls.sizes, (std::vector<size_t>{16, 16, 16, 16, 32, 112, 256, 256}));
  // larger requests go to the malloc as they are
  blocks.push_back(cache.Get(257));
  blocks.push_back(cache.Get(5000));
  EXPECT_EQ(calls.sizes.back(), 5000u);
  EXPECT_EQ(calls.sizes[calls.sizes.size() - 2], 257u);
  for (void* b : blocks) cache.Put(b);
  cache.Release();
}

TEST_F(BlockCacheTest, AFreedBlockIsHandedOutAgainForItsClass) {
  Cache cache;
  void* a = cache.Get(40);  // class of 48 bytes
  const size_t c = Usable(a) / Cache::kStep;
  cache.Put(a);
  EXPECT_EQ(cache.kept(c), 1u);
  const size_t allocs = calls.allocs;
  void* b = cache.Get(33);  // the same class
  EXPECT_EQ(b, a);
  EXPECT_EQ(calls.allocs, allocs);
  cache.Put(b);
  cache.Put(nullptr);  // nothing
  EXPECT_EQ(calls.frees, 0u);
  cache.Release();  // (a is freed: not asked about again)
  EXPECT_EQ(calls.frees, 1u);
  EXPECT_EQ(cache.kept(c), 0u);
}

TEST_F(BlockCacheTest, LargeBlocksGoBackToTheMalloc) {
  Cache cache;
  cache.Put(cache.Get(4096));
  EXPECT_EQ(calls.frees, 1u);
  for (size_t c = 1; c <= Cache::kClasses; ++c) EXPECT_EQ(cache.kept(c), 0u);
}

// Blocks of any size and from any allocator (malloc as well as Get), in random order: a block is
// never handed out for a request larger than its usable size, the lists stay within their bytes,
// and every block the cache does not keep is freed once.
TEST_F(BlockCacheTest, NoBlockServesMoreThanItHoldsAndTheListsStayBounded) {
  Cache cache;
  std::mt19937 rng(20261206);
  std::vector<std::pair<void*, size_t>> live;  // block, size asked for
  std::map<void*, int> owners;                 // live blocks (a block is never handed out twice)
  size_t handed = 0;
  for (int step = 0; step < 200000; ++step) {
    if (live.empty() || rng() % 100 < 55) {
      size_t n = rng() % 8 == 0 ? rng() % 2000 : rng() % 300;
      void* p = rng() % 10 == 0 ? std::malloc(n ? n : 1) : cache.Get(n);
      ASSERT_NE(p, nullptr);
      ASSERT_GE(Usable(p), n);
      ASSERT_EQ(owners[p]++, 0) << "a block handed out while in use";
      std::memset(p, 0xAB, n);  // (the sanitizer build sees a write past the block)
      live.push_back({p, n});
      ++handed;
    } else {
      size_t k = rng() % live.size();
      owners.erase(live[k].first);
      cache.Put(live[k].first);
      live[k] = live.back();
      live.pop_back();
    }
    if (step % 1000 == 0) {
      size_t kept_bytes = 0;
      for (size_t c = 1; c <= Cache::kClasses; ++c) {
        ASSERT_LE(cache.kept(c) * c * Cache::kStep, Cache::kBytesPerClass);
        kept_bytes += cache.kept(c) * c * Cache::kStep;
      }
      ASSERT_LE(kept_bytes, Cache::kClasses * Cache::kBytesPerClass);
    }
  }
  EXPECT_GT(handed, 100000u);
  for (auto& [p, n] : live) cache.Put(p);
  cache.Release();
  for (size_t c = 1; c <= Cache::kClasses; ++c) EXPECT_EQ(cache.kept(c), 0u);
}

TEST_F(BlockCacheTest, AFullListFreesTheRest) {
  Cache cache;
  const size_t cap = Cache::kBytesPerClass / (Cache::kClasses * Cache::kStep);  // 256-byte class
  std::vector<void*> blocks;
  for (size_t i = 0; i < cap + 10; ++i) blocks.push_back(cache.Get(256));
  // The class each block is filed in, by its usable size (before the blocks are put back). The
  // host malloc may hand out a block larger than asked for (glibc reuses a free chunk that is a
  // few bytes larger), so the blocks need not all fall in one class: each class keeps up to its
  // limit, a block past the last class is freed.
  std::map<size_t, size_t> per_class;
  for (void* b : blocks) ++per_class[Usable(b) / Cache::kStep];
  for (void* b : blocks) cache.Put(b);
  size_t kept = 0;
  for (const auto& [c, n] : per_class) {
    const size_t limit = c <= Cache::kClasses ? Cache::kBytesPerClass / (c * Cache::kStep) : 0;
    EXPECT_EQ(cache.kept(c), std::min(n, limit)) << "class " << c;
    kept += std::min(n, limit);
  }
  // the 256-byte class fills up (the usual case: at least `cap` of the blocks are 256 bytes)
  if (per_class[Cache::kClasses] >= cap) EXPECT_EQ(cache.kept(Cache::kClasses), cap);
  EXPECT_EQ(calls.frees, cap + 10 - kept);
  cache.Release();
  EXPECT_EQ(calls.frees, cap + 10);
}

// A sized delete files the block by the size it was asked for (the class Get rounded it up to),
// without asking the malloc for its usable size; past the last class it goes to the malloc.
TEST_F(BlockCacheTest, ASizedPutFilesTheBlockByItsRequest) {
  Cache cache;
  void* a = cache.Get(40);  // class 3: 48 bytes asked of the malloc
  ASSERT_EQ(calls.sizes.back(), 48u);
  cache.Put(a, 40);
  EXPECT_EQ(cache.kept(3), 1u);
  EXPECT_EQ(cache.Get(33), a);  // handed out again for its class
  void* z = cache.Get(0);       // size 0: class 1, both ways
  cache.Put(z, 0);
  EXPECT_EQ(cache.kept(1), 1u);
  void* big = cache.Get(257);  // past the last class: straight back to the malloc
  cache.Put(big, 257);
  EXPECT_EQ(calls.frees, 1u);
  cache.Put(nullptr, 16);  // nothing
  EXPECT_EQ(calls.frees, 1u);
  cache.Put(a, 33);
  EXPECT_EQ(cache.kept(3), 1u);
  cache.Release();
  EXPECT_EQ(calls.frees, 3u);
}

// The sized and unsized puts in random order over random requests: no block is ever handed out
// for more than it holds.
TEST_F(BlockCacheTest, SizedAndUnsizedPutsNeverOverhandABlock) {
  Cache cache;
  std::mt19937 rng(20261207);
  std::vector<std::pair<void*, size_t>> live;
  for (int step = 0; step < 100000; ++step) {
    if (live.empty() || rng() % 100 < 55) {
      size_t n = rng() % 300;
      void* p = cache.Get(n);
      ASSERT_GE(Usable(p), n);
      std::memset(p, 0xCD, n);
      live.push_back({p, n});
    } else {
      size_t k = rng() % live.size();
      if (rng() % 2) {
        cache.Put(live[k].first, live[k].second);
      } else {
        cache.Put(live[k].first);
      }
      live[k] = live.back();
      live.pop_back();
    }
  }
  for (auto& [p, n] : live) cache.Put(p, n);
  cache.Release();
  EXPECT_EQ(calls.frees, calls.allocs);
}

// After Close (a thread ending), the kept blocks are freed and every block put back goes to the
// malloc: none stays in lists nobody will read.
TEST_F(BlockCacheTest, AClosedCacheKeepsNothing) {
  Cache cache;
  void* a = cache.Get(20);
  void* b = cache.Get(20);
  void* c = cache.Get(100);
  cache.Put(a);
  EXPECT_EQ(cache.kept(2), 1u);
  cache.Close();
  EXPECT_EQ(cache.kept(2), 0u);
  EXPECT_EQ(calls.frees, 1u);
  cache.Put(b, 20);
  cache.Put(c);
  EXPECT_EQ(calls.frees, 3u);
  for (size_t k = 1; k <= Cache::kClasses; ++k) EXPECT_EQ(cache.kept(k), 0u);
}

}  // namespace
}  // namespace beian::mem
