// Byte routines eight bytes a step (sixteen with SSE2): copy, search and comparison for the
// WebAssembly builds (wasm/libc_mem.cc makes them its memcpy, memchr and memcmp; natively only
// the tests call them), the hash of the core's open-addressing tables (HashBytes), and the
// inline comparisons of short strings every build uses: Equal, Order (the order of JSON object
// keys, core/json.h KeyLess) and std::string == "literal" for the core's code (at the end).
//
// Emscripten's libc copies byte by byte whenever source and destination are not aligned alike
// (most short string copies), compares byte by byte unless both sides are 4-byte aligned, and
// searches four bytes a step. WebAssembly loads and stores 8 bytes at any address at full speed
// on the machines browsers run on, so these read and write 8 unaligned bytes a step and never
// touch a byte outside the ranges they are given.
#ifndef BEIAN_CORE_MEM_H_
#define BEIAN_CORE_MEM_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace beian {
namespace mem {

// 8 bytes at p (little-endian on every target this builds for: x86-64, wasm).
inline uint64_t Load8(const unsigned char* p) {
  uint64_t x;
  __builtin_memcpy(&x, p, 8);
  return x;
}
inline void Store8(unsigned char* p, uint64_t x) { __builtin_memcpy(p, &x, 8); }
inline uint32_t Load4(const unsigned char* p) {
  uint32_t x;
  __builtin_memcpy(&x, p, 4);
  return x;
}
inline void Store4(unsigned char* p, uint32_t x) { __builtin_memcpy(p, &x, 4); }

// memcpy: [s, s + n) to [d, d + n), which do not overlap. 8 bytes a step; the last step is the
// range's last 8 bytes (overlapping the step before), so no byte loop at the end.
inline void Copy(unsigned char* d, const unsigned char* s, size_t n) {
#if defined(__SSE2__)
  // Sixteen bytes a step where SSE2 is there: natively, and in the Node builds, whose SIMD
  // flavor (CMakeLists.txt, beian_core_fast) compiles Emscripten's SSE2 intrinsics to
  // WebAssembly SIMD; the page's module has no SIMD and takes the eight-byte steps.
  if (n >= 16) {
    const size_t last = n - 16;
    for (size_t i = 0; i < last; i += 16)
      _mm_storeu_si128(reinterpret_cast<__m128i*>(d + i),
                       _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + last),
                     _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + last)));
    return;
  }
#endif
  if (n >= 8) {
    const size_t last = n - 8;
    for (size_t i = 0; i < last; i += 8) Store8(d + i, Load8(s + i));
    Store8(d + last, Load8(s + last));
  } else if (n >= 4) {
    const uint32_t head = Load4(s), tail = Load4(s + n - 4);
    Store4(d, head);
    Store4(d + n - 4, tail);
  } else {
    for (size_t i = 0; i < n; ++i) d[i] = s[i];
  }
}

// memchr: the first byte equal to c in [s, s + n), or nullptr.
inline const unsigned char* Find(const unsigned char* s, unsigned char c, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  const uint64_t pattern = kOnes * c;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i pattern16 = _mm_set1_epi8(static_cast<char>(c));
  for (; i + 16 <= n; i += 16) {
    const unsigned equal = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)), pattern16)));
    if (equal) return s + i + __builtin_ctz(equal);
  }
#endif
  for (; i + 8 <= n; i += 8) {
    const uint64_t x = Load8(s + i) ^ pattern;
    // the lowest flagged byte is the first zero byte (flags above it may be borrows)
    if (uint64_t zero = (x - kOnes) & ~x & kHighs)
      return s + i + (static_cast<size_t>(__builtin_ctzll(zero)) >> 3);
  }
  for (; i < n; ++i)
    if (s[i] == c) return s + i;
  return nullptr;
}

// memcmp: the sign of the first differing byte of [a, a + n) and [b, b + n) (as unsigned char).
inline int Compare(const unsigned char* a, const unsigned char* b, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const unsigned differ =
        0xFFFFu ^ static_cast<unsigned>(_mm_movemask_epi8(
                      _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(a + i)),
                                     _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)))));
    if (differ) {
      const size_t k = i + static_cast<size_t>(__builtin_ctz(differ));
      return static_cast<int>(a[k]) - static_cast<int>(b[k]);
    }
  }
#endif
  for (; i + 8 <= n; i += 8) {
    const uint64_t x = Load8(a + i), y = Load8(b + i);
    if (x != y) {
      const size_t k = i + (static_cast<size_t>(__builtin_ctzll(x ^ y)) >> 3);
      return static_cast<int>(a[k]) - static_cast<int>(b[k]);
    }
  }
  for (; i < n; ++i)
    if (a[i] != b[i]) return static_cast<int>(a[i]) - static_cast<int>(b[i]);
  return 0;
}

// One step of the core's hashes: `v` mixed into `h` (a multiply and a fold of the high half).
inline uint64_t Mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 32);
}

// A number no other call in this process returns (from 1): the identity of a rule pack or a word
// list for the per-thread caches of answers derived from it (an address can be reused).
inline uint64_t NewUid() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// A hash of a short byte string (place names, JSON Pointers) for open-addressing tables: a
// multiply and a fold per 8 bytes. Tables may depend on it for membership only, never an order.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = s.size() * 0x9E3779B97F4A7C15ULL;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    h = Mix(h, Load8(reinterpret_cast<const unsigned char*>(s.data()) + i));
  if (i < s.size()) {  // the rest: loads that may overlap what the loop read, and no call
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    uint64_t w;
    if (n >= 8) {
      w = Load8(p + n - 8);
    } else if (n >= 4) {
      w = Load4(p) | uint64_t{Load4(p + n - 4)} << 32;
    } else {
      w = p[0] | uint64_t{p[n / 2]} << 8 | uint64_t{p[n - 1]} << 16;
    }
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
  }
  return h ^ (h >> 29);
}

// Whether the n bytes at a and b are equal: as memcmp(a, b, n) == 0, inline and without a call
// for the short keys of the core's tables (loads may overlap; no byte outside the ranges is read).
inline bool Equal(const unsigned char* a, const unsigned char* b, size_t n) {
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (Load8(a + i) != Load8(b + i)) return false;
    return Load8(a + n - 8) == Load8(b + n - 8);
  }
  if (n >= 4) return Load4(a) == Load4(b) && Load4(a + n - 4) == Load4(b + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// Order: below 0, 0 or above 0 as [a, a + na) comes before, equals or comes after [b, b + nb) in
// std::string's order (bytes as unsigned char, then the shorter first), inline for the short keys
// of JSON objects: 8 bytes a step, the first differing step compared as big-endian numbers.
// (Compare over the common part, then the lengths, measured +3 % instructions for the batch: its
// 16-byte steps and the byte it returns cost more than one 8-byte step of a short key.)
inline int Order(const unsigned char* a, size_t na, const unsigned char* b, size_t nb) {
  const size_t n = na < nb ? na : nb;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t x = Load8(a + i), y = Load8(b + i);
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
  }
  if (n >= 8) {  // the last 8 bytes of the common part (those before them are equal)
    const uint64_t x = Load8(a + n - 8), y = Load8(b + n - 8);
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
  } else {
    for (; i < n; ++i)
      if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return na < nb ? -1 : (na > nb ? 1 : 0);
}
inline int Order(std::string_view a, std::string_view b) {
  return Order(reinterpret_cast<const unsigned char*>(a.data()), a.size(),
               reinterpret_cast<const unsigned char*>(b.data()), b.size());
}

}  // namespace mem

// std::string == "literal" for the core's own code: the lengths first, then the bytes inline.
// GCC 12's library compares by string::compare (a strlen and a memcmp call, even when the lengths
// differ; GCC 13's and libc++'s check the length first). A template of the standard's form with
// the traits and allocator fixed: more specialised than the standard's, so chosen over it for
// std::string, and never for a type that only converts to one (a JSON value, a path).
template <class C>
inline bool operator==(const std::basic_string<C>& a, const C* b) {
  const size_t n = std::char_traits<C>::length(b);  // (a constant for a literal once inlined)
  return a.size() == n && mem::Equal(reinterpret_cast<const unsigned char*>(a.data()),
                                     reinterpret_cast<const unsigned char*>(b), n * sizeof(C));
}
template <class C>
inline bool operator==(const C* b, const std::basic_string<C>& a) {
  return a == b;
}
template <class C>
inline bool operator!=(const std::basic_string<C>& a, const C* b) {
  return !(a == b);
}
template <class C>
inline bool operator!=(const C* b, const std::basic_string<C>& a) {
  return !(a == b);
}

}  // namespace beian

#endif  // BEIAN_CORE_MEM_H_
