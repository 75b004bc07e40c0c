// operator new and delete of the WebAssembly builds through core/block_cache.h: freed blocks of up
// to 256 bytes are kept for the next allocation of their size instead of going back to
// Emscripten's dlmalloc each time (typical check in Node −7 %, form-only check −14 %:
// docs/performance.md, seventeenth session). Every C++ allocation of the module (the core,
// libc++, RE2, nlohmann) comes here; malloc and free keep working on the same blocks, so a block
// may be allocated by one and released by the other. Linked into every module as
// wasm/libc_mem.cc is (CMakeLists.txt). The aligned forms stay libc++'s (they never reach the
// lists).
#include <cstring>
#include <new>

#include "core/block_cache.h"
#include "core/prewarm.h"

#if defined(__EMSCRIPTEN_PTHREADS__)
#error "the block cache of operator new is for modules that run on one thread"
#endif

namespace {

// (constant-initialized: ready before any static constructor allocates)
beian::mem::MallocBlockCache blocks;

void* Allocate(size_t size, bool nothrow) { return beian::mem::NewFrom(blocks, size, nothrow); }

// A block back to the cache. While the Node builds' start-up state is computed (core/prewarm.h),
// zeroed first: the memory the warm-up leaves becomes the module's data, in which only non-zero
// bytes take room (and each MB costs an instance ~2 ms to start), and what it freed is of no use.
void Release(void* p) {
  if (beian::g_prewarming && p) std::memset(p, 0, beian::mem::MallocUsableSize(p));
  blocks.Put(p);
}

}  // namespace

void* operator new(size_t size) { return Allocate(size, false); }
void* operator new[](size_t size) { return Allocate(size, false); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return Allocate(size, true); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return Allocate(size, true); }
void operator delete(void* p) noexcept { Release(p); }
void operator delete[](void* p) noexcept { Release(p); }
void operator delete(void* p, size_t) noexcept { Release(p); }
void operator delete[](void* p, size_t) noexcept { Release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { Release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { Release(p); }
