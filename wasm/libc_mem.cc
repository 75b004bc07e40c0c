// memcpy, memchr and memcmp of the WebAssembly builds: the versions of core/mem.h (eight bytes a
// step; sixteen in the Node builds, compiled with SIMD) instead of Emscripten's libc (which copies
// byte by byte when source and destination are not aligned alike, compares byte by byte unless
// both are 4-byte aligned, and searches 4 bytes a step). libc's memcpy is a weak symbol and its
// memchr and memcmp live in archive members of their own, so these definitions replace them in
// the whole module (libc++ and RE2 included). Compiled with -fno-builtin (CMakeLists.txt): the
// compiler must not turn these loops back into calls to themselves.
#include <emscripten/emscripten.h>

#include <cstddef>

#include "core/mem.h"
#include "core/prewarm.h"

// Emscripten's own import for long copies (HEAPU8.copyWithin in JavaScript), as its memcpy does.
extern "C" void* emscripten_memcpy_big(void* dest, const void* src, size_t n)
    EM_IMPORT(emscripten_memcpy_big);

namespace {
// From this length on, one call into JavaScript costs less than the loop (measured in Node).
constexpr size_t kBigCopy = 4096;
}  // namespace

extern "C" {

void* memcpy(void* __restrict dest, const void* __restrict src, size_t n) {
  if (n >= kBigCopy && !beian::g_prewarming) return emscripten_memcpy_big(dest, src, n), dest;
  beian::mem::Copy(static_cast<unsigned char*>(dest), static_cast<const unsigned char*>(src), n);
  return dest;
}

void* memchr(const void* s, int c, size_t n) {
  return const_cast<unsigned char*>(
      beian::mem::Find(static_cast<const unsigned char*>(s), static_cast<unsigned char>(c), n));
}

int memcmp(const void* a, const void* b, size_t n) {
  return beian::mem::Compare(static_cast<const unsigned char*>(a),
                             static_cast<const unsigned char*>(b), n);
}

}  // extern "C"
