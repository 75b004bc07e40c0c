// Freed small blocks kept for the next allocation of their size, in front of a malloc: what the
// WebAssembly builds' operator new and delete go through (wasm/new_delete.cc), and the native
// CLI's, one cache a thread (cli/alloc.cc). Emscripten's dlmalloc spent ~6 % of a typical check in
// its own bookkeeping for the strings, tree nodes and vectors a check makes and drops by the
// thousand; a block handed back from a list costs a few loads. Natively mimalloc keeps such lists
// itself, but hands blocks out in an order that misses the processor's caches more: the last
// block freed, which the lists hand out first, is the one most likely still in them.
//
// Blocks of up to kClasses * kStep bytes are requested from the malloc rounded up to their class
// (16, 32, … 256 bytes). A freed block goes to the list of the class its usable size holds (so a
// block is only ever handed out for a request it is large enough for, whoever allocated it), or,
// freed with its size (a sized delete of a block Get handed out), to the class Get rounded that
// size up to; up to kBytesPerClass bytes a class; anything else goes back to the malloc. At most
// kClasses * kBytesPerClass bytes (1 MB) stay in the lists. Not thread-safe: one cache serves one
// thread (the WebAssembly modules run on one thread each).
#ifndef BEIAN_CORE_BLOCK_CACHE_H_
#define BEIAN_CORE_BLOCK_CACHE_H_

#include <malloc.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace beian::mem {

// Alloc(size) -> block or nullptr; Free(block); Usable(block) -> its usable size (>= the size
// asked for), as malloc, free and malloc_usable_size.
template <void* (*Alloc)(size_t), void (*Free)(void*), size_t (*Usable)(void*)>
class BlockCache {
 public:
  static constexpr size_t kStep = 16;
  static constexpr size_t kClasses = 16;
  static constexpr size_t kBytesPerClass = 64 * 1024;

  // A block of at least `size` bytes, or nullptr when the malloc has none.
  void* Get(size_t size) {
    if (size > kClasses * kStep) return Alloc(size);
    const size_t c = size ? (size + kStep - 1) / kStep : 1;
    if (Link* b = lists_[c]) {
      lists_[c] = b->next;
      --counts_[c];
      return b;
    }
    return Alloc(c * kStep);
  }

  // Takes back a block of the malloc (nullptr: nothing).
  void Put(void* block) {
    if (!block) return;
    const size_t c = Usable(block) / kStep;
    if (c >= 1 && c <= kClasses) {
      Keep(block, c);
      return;
    }
    Free(block);
  }

  // Takes back a block that Get(size) handed out, `size` being the same (a sized operator
  // delete): its class is the one Get rounded `size` up to, without asking the malloc for the
  // block's usable size. Only for blocks of Get: another block of the malloc may hold less.
  void Put(void* block, size_t size) {
    if (!block) return;
    if (size > kClasses * kStep) {
      Free(block);
      return;
    }
    Keep(block, size ? (size + kStep - 1) / kStep : 1);
  }

  // Frees every block kept; from then on every block put back goes to the malloc (a thread's
  // cache when the thread ends: whatever it still frees must not stay in lists nobody reads).
  void Close() {
    closed_ = true;
    Release();
  }

  // Frees every block kept. (The modules' cache never does: it lives as long as the module.)
  void Release() {
    for (size_t c = 1; c <= kClasses; ++c) {
      while (Link* b = lists_[c]) {
        lists_[c] = b->next;
        Free(b);
      }
      counts_[c] = 0;
    }
  }

  // Blocks kept in the list of class `c` (1 … kClasses: up to c * kStep bytes).
  size_t kept(size_t c) const { return c >= 1 && c <= kClasses ? counts_[c] : 0; }

 private:
  struct Link {
    Link* next;
  };
  // `block` (at least c * kStep bytes) to the list of class c, or to the malloc when it is full.
  void Keep(void* block, size_t c) {
    if (closed_ || counts_[c] >= kBytesPerClass / (c * kStep)) {
      Free(block);
      return;
    }
    Link* b = static_cast<Link*>(block);
    b->next = lists_[c];
    lists_[c] = b;
    ++counts_[c];
  }
  static_assert(sizeof(Link) <= kStep, "a free block holds the link to the next");
  Link* lists_[kClasses + 1] = {};
  size_t counts_[kClasses + 1] = {};
  bool closed_ = false;
};

inline size_t MallocUsableSize(void* block) { return malloc_usable_size(block); }
// The cache in front of the C library's malloc (Emscripten's dlmalloc in the modules, mimalloc or
// glibc's in the CLI): what the replaced operator new and delete use.
using MallocBlockCache = BlockCache<std::malloc, std::free, MallocUsableSize>;

// What a replaced operator new does with a cache (wasm/new_delete.cc, cli/alloc.cc), as the
// standard's: the new-handler is called until a block comes or there is none, then bad_alloc
// (nothrow: nullptr; a build without exceptions aborts).
template <class Cache>
void* NewFrom(Cache& cache, size_t size, bool nothrow) {
  for (;;) {
    if (void* p = cache.Get(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler) {
      if (nothrow) return nullptr;
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
      throw std::bad_alloc();
#else
      std::abort();
#endif
    }
    handler();
  }
}

}  // namespace beian::mem

#endif  // BEIAN_CORE_BLOCK_CACHE_H_
