// The CLI's operator new and delete: a cache of freed blocks of up to 256 bytes for each thread
// (core/block_cache.h) in front of malloc, which is mimalloc when the CLI links it. A check makes
// and drops ~1,600 blocks; handed out last-freed-first from the thread's lists, they are still in
// the processor's caches, where mimalloc's own order missed them: a --jobs 1 batch was ~4 %
// faster in alternated runs (docs/performance.md). The sized deletes (what the standard library
// calls) file a block by the size it was asked for, without asking the malloc for its usable size.
//
// Not in the sanitizer builds (BEIAN_CLI_BLOCK_CACHE unset): their allocator is the sanitizer's,
// which must see every new and delete to find misuse. The aligned forms stay the malloc's (they
// never reach the lists).
#include "cli/alloc.h"

#if defined(BEIAN_CLI_BLOCK_CACHE)

#include <new>

#include "core/block_cache.h"

namespace {

// (constant-initialized and trivially destroyed: no guard on each use, ready before any static
// constructor allocates)
thread_local beian::mem::MallocBlockCache t_blocks;

void* Allocate(size_t size, bool nothrow) { return beian::mem::NewFrom(t_blocks, size, nothrow); }

}  // namespace

void* operator new(size_t size) { return Allocate(size, false); }
void* operator new[](size_t size) { return Allocate(size, false); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return Allocate(size, true); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return Allocate(size, true); }
void operator delete(void* p) noexcept { t_blocks.Put(p); }
void operator delete[](void* p) noexcept { t_blocks.Put(p); }
void operator delete(void* p, size_t size) noexcept { t_blocks.Put(p, size); }
void operator delete[](void* p, size_t size) noexcept { t_blocks.Put(p, size); }
void operator delete(void* p, const std::nothrow_t&) noexcept { t_blocks.Put(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { t_blocks.Put(p); }

void beian::cli::CloseThreadBlocks() { t_blocks.Close(); }

#else

void beian::cli::CloseThreadBlocks() {}

#endif  // BEIAN_CLI_BLOCK_CACHE
