#include "core/scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "core/prewarm.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace beian {

bool g_prewarming = false;  // core/prewarm.h

// The first occurrence of `word` in `text` at or after `from`, as std::string_view::find, for long
// texts (pages). Eight windows a step: the bytes where a window would begin are compared with the
// word's first byte and the bytes where it would end with its last, all eight at once in one
// 64-bit word; only windows matching both are compared in full. The library's find looks for
// the word's first byte with memchr, and the lead bytes of CJK characters (E4..E9) occur every
// few bytes of Chinese text; the Horspool skip used before waited on two loads per step (the
// window's last byte, then its skip): 14 % of a typical check natively, 11 % in wasm.
size_t FindLong(std::string_view text, std::string_view word, size_t from) {
  const size_t len = word.size(), n = text.size();
  if (len < 2) return text.find(word, from);
  if (from > n || n - from < len) return std::string_view::npos;
  const char* t = text.data();
  const unsigned char w0 = static_cast<unsigned char>(word[0]);
  const unsigned char wl = static_cast<unsigned char>(word[len - 1]);
  auto rest = [&](size_t i) { return std::memcmp(t + i + 1, word.data() + 1, len - 2) == 0; };
  size_t i = from;
#if defined(__SSE2__)
  // Natively on x86-64 (SSE2 is part of it), sixteen windows a step, the same test: both ends'
  // bytes compared sixteen at once (the WebAssembly build, without SIMD, takes the eight-byte
  // steps below).
  const __m128i first16 = _mm_set1_epi8(static_cast<char>(w0));
  const __m128i last16 = _mm_set1_epi8(static_cast<char>(wl));
  for (; n - i >= len - 1 + 16; i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i + len - 1));
    unsigned both = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first16), _mm_cmpeq_epi8(b, last16))));
    for (; both; both &= both - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(both));
      if (rest(at)) return at;
    }
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const uint64_t first = kOnes * w0, last = kOnes * wl;
  for (; n - i >= len - 1 + 8; i += 8) {  // windows i .. i + 7 and their last bytes all in text
    uint64_t a, b;
    std::memcpy(&a, t + i, 8);
    std::memcpy(&b, t + i + len - 1, 8);
    const uint64_t x = (a ^ first) | (b ^ last);           // a zero byte: both ends match
    uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);  // 0x80 in exactly the zero bytes
    for (; zero; zero &= zero - 1) {
      const size_t at = i + (static_cast<size_t>(__builtin_ctzll(zero)) >> 3);
      if (rest(at)) return at;
    }
  }
#endif
  for (; n - i >= len; ++i)
    if (static_cast<unsigned char>(t[i]) == w0 &&
        static_cast<unsigned char>(t[i + len - 1]) == wl && rest(i))
      return i;
  return std::string_view::npos;
}

size_t FindIgnoringAsciiCase(std::string_view text, std::string_view word, size_t from) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  if (word.empty() || from > text.size() || text.size() - from < word.size()) {
    return word.empty() && from <= text.size() ? from : std::string_view::npos;
  }
  const char first = lower(word[0]);
  for (size_t i = from; i + word.size() <= text.size(); ++i) {
    if (lower(text[i]) != first) continue;
    size_t k = 1;
    while (k < word.size() && lower(text[i + k]) == lower(word[k])) ++k;
    if (k == word.size()) return i;
  }
  return std::string_view::npos;
}

namespace {
std::string PatternOf(const std::string& word) {
  if (word.rfind("re:", 0) == 0) return word.substr(3);
  return RE2::QuoteMeta(word);
}

// Whether a word is located by plain byte search: a literal (not "re:") whose characters have no
// case (ASCII other than letters, CJK ideographs, radicals and punctuation), so the matcher's
// case-insensitive regex and a byte search find the same occurrences (UTF-8 never matches from
// inside a character). Anything else (Latin, Greek, fullwidth letters ...) keeps its regex.
bool Caseless(const std::string& word) {
  if (word.empty() || word.rfind("re:", 0) == 0) return false;
  const size_t n = word.size();
  auto b = [&](size_t k) { return static_cast<unsigned char>(word[k]); };
  auto cont = [&](size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  for (size_t i = 0; i < n;) {
    unsigned char c = b(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;
      ++i;
      continue;
    }
    // U+20000..2FFFF (supplementary ideographs): F0 A0..AF xx xx
    if (c == 0xF0 && cont(i + 1) && b(i + 1) >= 0xA0 && b(i + 1) <= 0xAF && cont(i + 2) &&
        cont(i + 3)) {
      i += 4;
      continue;
    }
    if ((c & 0xF0) != 0xE0 || !cont(i + 1) || !cont(i + 2)) return false;
    unsigned cp = ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    // CJK radicals, punctuation, kana, ideographs; compatibility ideographs and forms;
    // fullwidth punctuation and digits (not the fullwidth letters, which have case).
    bool caseless = (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF20) ||
                    (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
    if (!caseless) return false;
    i += 3;
  }
  return true;
}

// A literal of ASCII characters only, with letters (Caseless words have none): on a text without
// U+212A (KELVIN SIGN) and U+017F (LATIN SMALL LETTER LONG S), the only characters outside ASCII
// that RE2's case folding matches to ASCII letters (to k and s; tests/unit/scan_test.cc checks
// every code point), a search that ignores ASCII case finds what its case-insensitive regex finds.
bool AsciiLiteral(const std::string& word) {
  if (word.empty() || word.rfind("re:", 0) == 0) return false;
  for (char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool NoFoldsIntoAscii(std::string_view text) {
  return text.find("\xE2\x84\xAA") == std::string_view::npos &&
         text.find("\xC5\xBF") == std::string_view::npos;
}
}  // namespace

std::string RequiredTail(std::string_view pattern) {
  // The trailing run of ASCII letters and digits: literal characters, unless a backslash comes
  // right before it (\d, \x41, \pN: part of an escape).
  size_t b = pattern.size();
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  };
  while (b > 0 && alnum(pattern[b - 1])) --b;
  if (b == pattern.size() || (b > 0 && pattern[b - 1] == '\\')) return "";
  // No character class (a "|" or ")" inside one is literal) and no "|" outside parentheses: the
  // pattern is then a concatenation that ends with the run.
  int depth = 0;
  for (size_t i = 0; i < b; ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      return "";
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return "";
    } else if (c == '|' && depth == 0) {
      return "";
    }
  }
  return depth == 0 ? std::string(pattern.substr(b)) : "";
}

namespace {

RE2::Options MatcherOptions() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_max_mem(64 << 20);
  return o;
}
}  // namespace

// The set finds which words occur; each word's own regex (to locate it) is compiled the first
// time that word hits, not up front: most words of a list never occur in a given application, and
// compiling thousands of regexes (WL-ADMIN-DIVISIONS) was most of a cold first check. The lazy
// compile is thread-safe (std::call_once), so a pack is shared by `--jobs` threads as before.
// The list's own set is compiled the first time it is asked which words occur (Which): a list
// read only through a WordMatcherGroup (the topic lists) never compiles it. A list of literal
// words (most of the pack's lists: Chinese words, registrar names), with at most kFewRegexWords
// regex words among them, answers its first kByteSearchCalls questions about short texts (names,
// addresses, registrars, domain labels: at most kByteSearchMaxText bytes) by byte search, the
// same occurrences its set finds (words with ASCII letters: ignoring ASCII case, see
// AsciiLiteral; a regex word by its own regex, small to compile), and compiles the set only when
// it is asked more often (a batch) or about a longer text: a cold first check compiles none of
// those sets (WL-DOMAIN-RESERVED's set of 11 words was one, for its two regex words).
// Short texts locate ASCII words the same way (without those two characters), compiling no
// regexes for them. The questions of the Node builds' build-time warm-up are not counted
// (g_prewarming, core/prewarm.h).
constexpr unsigned kByteSearchCalls = 16;
constexpr size_t kFewRegexWords = 2;
constexpr size_t kByteSearchMaxText = 512;
// Longer texts go to the set at once: its DFA reads a byte in fewer instructions than the table
// tests a character (MayHold).
constexpr size_t kStartsMaxText = 160;

struct WordMatcher::Impl {
  std::unique_ptr<RE2::Set> set;
  std::once_flag set_once;
  std::atomic<bool> set_built{false};
  std::atomic<unsigned> calls{0};
  bool byte_search = false;  // every word Caseless or AsciiLiteral but kFewRegexWords at most
  bool any_ascii = false;    // some word AsciiLiteral
  bool set_ok = false;
  // The words' RE2 patterns are written when a set or a word's regex is compiled (most words are
  // only ever searched for by bytes): PatternOf(words[i]), "" for an empty one (never matches).
  const std::vector<std::string>* words = nullptr;
  std::vector<char> no_pattern;  // the word's pattern is "" (an empty word, or "re:")
  std::string Pattern(size_t i) const { return no_pattern[i] ? "" : PatternOf((*words)[i]); }
  std::unique_ptr<std::once_flag[]> once;
  std::unique_ptr<std::unique_ptr<RE2>[]> each;
  std::vector<char> literal;       // located by byte search (Caseless), no regex compiled
  std::vector<char> ascii;         // AsciiLiteral: located ignoring ASCII case in short texts
  std::vector<std::string> tails;  // a regex word's RequiredTail ("" when none or not a regex)
  // Which words' starts a short text can hold: bit Key(...) of every word's first kStart bytes
  // (the whole word when shorter), ASCII letters in lower case. A short text none of whose
  // characters starts like a word holds none of them and is not given to the set: in a batch,
  // 93 % of the questions to the sets were such texts (names, addresses, ~25 bytes), each ~1,400
  // instructions in RE2::Set::Match. Two Chinese characters: one alone (网, 电, 中) begins some
  // word of most lists. Only for lists of literal words (Caseless, AsciiLiteral) that begin with
  // the first byte of a character, as valid UTF-8 does; built with the set, empty otherwise.
  static constexpr size_t kStart = 6;
  bool all_literal = false;
  std::vector<uint64_t> starts;
  unsigned starts_shift = 0;  // 64 - log2(bits)
  unsigned lengths = 0;       // bit L: some word's start has L bytes (L <= kStart)

  // 'A'..'Z' (0x41..0x5A) | 0x20 in each of eight bytes
  static uint64_t FoldAscii(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    const uint64_t ascii = ~x & high;  // the high bit of each ASCII byte
    const uint64_t low = x & ~high;    // each byte below 0x80: the sums carry into no other
    const uint64_t ge_a = (low + ones * (0x80 - 'A')) & ascii;      // byte >= 'A'
    const uint64_t gt_z = (low + ones * (0x80 - 'Z' - 1)) & ascii;  // byte > 'Z'
    return x | (ge_a & ~gt_z) >> 2;                                 // 0x80 >> 2 = 0x20
  }
  size_t Key(uint64_t start, size_t len) const {
    return static_cast<size_t>(((start ^ (uint64_t{len} << 56)) * 0x9E3779B97F4A7C15ULL) >>
                               starts_shift);
  }
  void BuildStarts() {
    for (const auto& w : *words)
      if (!w.empty() && (static_cast<unsigned char>(w[0]) & 0xC0) == 0x80) return;
    unsigned bits = 10;  // at least 256 bits a word: few false starts over a name's characters
    while (bits < 19 && (size_t{1} << bits) < words->size() * 256) ++bits;
    starts.assign((size_t{1} << bits) / 64, 0);
    starts_shift = 64 - bits;
    for (const auto& w : *words) {
      if (w.empty()) continue;
      const size_t len = std::min(w.size(), kStart);
      lengths |= 1u << len;
      uint64_t start = 0;
      std::memcpy(&start, w.data(), len);
      const size_t k = Key(FoldAscii(start), len);
      starts[k / 64] |= uint64_t{1} << (k % 64);
    }
  }
  // false: no word occurs in `text` (true does not say one does)
  bool MayHold(std::string_view text) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
      if ((p[i] & 0xC0) == 0x80) continue;  // inside a character: no word starts there
      // U+212A and U+017F, which the set folds into k and s (NoFoldsIntoAscii): its question
      if (any_ascii && (p[i] == 0xE2 || p[i] == 0xC5) &&
          (text.substr(i, 3) == "\xE2\x84\xAA" || text.substr(i, 2) == "\xC5\xBF"))
        return true;
      uint64_t all = 0;  // up to eight bytes from i (constant-size copies: no call)
      if (n - i >= 8) {
        std::memcpy(&all, p + i, 8);
      } else {
        for (size_t j = 0; j < n - i; ++j) all |= uint64_t{p[i + j]} << (8 * j);
      }
      if (any_ascii) all = FoldAscii(all);
      for (unsigned ls = lengths; ls; ls &= ls - 1) {
        const unsigned len = static_cast<unsigned>(__builtin_ctz(ls));
        if (len > n - i) break;  // (ascending: the longer ones do not fit either)
        const size_t k = Key(all & ((uint64_t{1} << (8 * len)) - 1), len);
        if ((starts[k / 64] >> (k % 64)) & 1) return true;
      }
    }
    return false;
  }

  const RE2::Set* Set() {
    std::call_once(set_once, [&] {
      set = std::make_unique<RE2::Set>(MatcherOptions(), RE2::UNANCHORED);
      bool all_ok = true;
      for (size_t i = 0; i < words->size(); ++i) {
        if (no_pattern[i] || set->Add(Pattern(i), nullptr) < 0) {
          // Keep indices aligned: a pattern that never matches.
          set->Add("[^\\x00-\\x{10FFFF}]", nullptr);
          all_ok = false;
        }
      }
      set_ok = set->Compile() && all_ok;
      if (all_literal) BuildStarts();
      set_built.store(true, std::memory_order_release);
    });
    return set.get();
  }

  const RE2* Each(size_t i) {
    if (no_pattern[i]) return nullptr;
    std::call_once(once[i], [&] { each[i] = std::make_unique<RE2>(Pattern(i), MatcherOptions()); });
    return each[i].get();
  }
};

namespace {
// What a list's word is: kNoPattern (empty, or "re:" alone), kLiteral (Caseless), kAscii
// (AsciiLiteral); a regex word's RequiredTail into *tail. A function of its own, called through a
// pointer no optimiser sees through: inlined, the loop over a list's words made the constructor
// a function V8 recompiled with TurboFan during every first check (10-21 ms of compile on the
// other core, for lists built once per process).
enum WordClass : unsigned { kNoPattern = 1, kLiteral = 2, kAscii = 4 };
unsigned ClassifyWord(const std::string& w, std::string* tail) {
  const bool regex = w.rfind("re:", 0) == 0;
  unsigned c = w.empty() || (w.size() == 3 && regex) ? kNoPattern : 0;
  if (Caseless(w)) {
    c |= kLiteral;
  } else if (AsciiLiteral(w)) {
    c |= kAscii;
  }
  if (regex) *tail = RequiredTail(std::string_view(w).substr(3));
  return c;
}
unsigned (*volatile const classify_word)(const std::string&, std::string*) = &ClassifyWord;
}  // namespace

WordMatcher::WordMatcher(std::vector<std::string> words) : WordMatcher(std::move(words), {}) {}

WordMatcher::WordMatcher(std::vector<std::string> words, std::vector<std::string> except)
    : words_(std::move(words)), except_(std::move(except)), impl_(std::make_unique<Impl>()) {
  except_.erase(std::remove(except_.begin(), except_.end(), std::string()), except_.end());
  Impl& im = *impl_;
  im.words = &words_;
  im.once = std::make_unique<std::once_flag[]>(words_.size());
  im.each = std::make_unique<std::unique_ptr<RE2>[]>(words_.size());
  const size_t n = words_.size();
  im.no_pattern.resize(n);
  im.literal.resize(n);
  im.ascii.resize(n);
  im.tails.resize(n);
  size_t regex_words = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned c = classify_word(words_[i], &im.tails[i]);
    im.no_pattern[i] = c & kNoPattern;
    im.literal[i] = (c & kLiteral) != 0;
    im.ascii[i] = (c & kAscii) != 0;
    regex_words += !words_[i].empty() && !(c & (kLiteral | kAscii));
    im.any_ascii = im.any_ascii || (c & kAscii);
  }
  im.byte_search = regex_words <= kFewRegexWords;
  im.all_literal = regex_words == 0;
}

bool WordMatcher::ok() const {
  impl_->Set();
  return impl_->set_ok;
}

WordMatcher::~WordMatcher() = default;

bool WordMatcher::SetBuilt() const { return impl_->set_built.load(std::memory_order_acquire); }

std::vector<size_t> WordMatcher::Which(std::string_view text) const {
  std::vector<size_t> out;
  if (words_.empty()) return out;
  Impl& im = *impl_;
  if (im.byte_search && text.size() <= kByteSearchMaxText &&
      !im.set_built.load(std::memory_order_acquire) && (!im.any_ascii || NoFoldsIntoAscii(text)) &&
      (g_prewarming || im.calls.fetch_add(1, std::memory_order_relaxed) < kByteSearchCalls)) {
    Hit unused;
    for (size_t i = 0; i < words_.size(); ++i)
      if (!words_[i].empty() && Locate(i, text, 0, &unused) &&
          (except_.empty() || FirstFrom(i, text, 0, &unused)))
        out.push_back(i);
    return out;  // ascending, as below
  }
  // (what the set would answer for a text in which no word starts: no word)
  if (text.size() <= kStartsMaxText && im.set_built.load(std::memory_order_acquire) &&
      !im.starts.empty() && !im.MayHold(text))
    return out;
  const RE2::Set* set_ = im.Set();
  std::vector<int> hits;
  if (!set_) return out;
  if (!set_->Match(re2::StringPiece(text.data(), text.size()), &hits)) return out;
  Hit unused;
  for (int h : hits)
    if (h >= 0 && static_cast<size_t>(h) < words_.size() && !impl_->no_pattern[h] &&
        (except_.empty() || FirstFrom(h, text, 0, &unused)))
      out.push_back(h);
  std::sort(out.begin(), out.end());
  return out;
}

bool WordMatcher::Excepted(std::string_view text, size_t offset, size_t length) const {
  for (const auto& e : except_) {
    if (e.size() < length) continue;
    // An occurrence of `e` that starts at or before `offset` and ends at or after the hit's end.
    // only the window where such an occurrence can start is searched
    size_t from = offset + length >= e.size() ? offset + length - e.size() : 0;
    if (from > offset || from > text.size()) continue;
    if (text.substr(from, offset - from + e.size()).find(e) != std::string_view::npos) return true;
  }
  return false;
}

bool WordMatcher::Locate(size_t i, std::string_view text, size_t from, Hit* hit) const {
  if (impl_->no_pattern[i] || from > text.size()) return false;
  if (impl_->literal[i]) {
    size_t at = text.size() - from > kByteSearchMaxText ? FindLong(text, words_[i], from)
                                                        : text.find(words_[i], from);
    if (at == std::string_view::npos) return false;
    *hit = {i, at, words_[i].size()};
    return true;
  }
  if (impl_->ascii[i] && text.size() <= kByteSearchMaxText && NoFoldsIntoAscii(text)) {
    size_t at = FindIgnoringAsciiCase(text, words_[i], from);
    if (at == std::string_view::npos) return false;
    *hit = {i, at, words_[i].size()};
    return true;
  }
  // a short text without the regex's required tail does not match: nothing to compile
  if (!impl_->tails[i].empty() && text.size() <= kByteSearchMaxText && NoFoldsIntoAscii(text) &&
      FindIgnoringAsciiCase(text, impl_->tails[i], from) == std::string_view::npos)
    return false;
  const RE2* re = impl_->Each(i);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  if (!re || !re->Match(input, from, input.size(), RE2::UNANCHORED, &m, 1)) return false;
  *hit = {i, static_cast<size_t>(m.data() - input.data()), m.size()};
  return true;
}

bool WordMatcher::FirstFrom(size_t i, std::string_view text, size_t from, Hit* hit) const {
  Hit h;
  for (size_t pos = from; Locate(i, text, pos, &h);) {
    if (!Excepted(text, h.offset, h.length)) {
      *hit = h;
      return true;
    }
    pos = h.offset + (h.length ? h.length : 1);
  }
  return false;
}

std::vector<WordMatcher::Hit> WordMatcher::Find(std::string_view text) const {
  std::vector<Hit> out;
  for (size_t i : Which(text)) {
    Hit hit;
    if (FirstFrom(i, text, 0, &hit)) out.push_back(hit);
  }
  return out;
}

std::vector<WordMatcher::Hit> WordMatcher::FindAmong(std::string_view text,
                                                     const std::vector<size_t>& candidates) const {
  std::vector<Hit> out;
  for (size_t i : candidates) {
    Hit hit;
    if (i < words_.size() && !impl_->no_pattern[i] && FirstFrom(i, text, 0, &hit))
      out.push_back(hit);
  }
  return out;
}

// The combined set is compiled the first time it is needed: the group's first kByteSearchCalls
// questions about short texts (free-text fields) are answered list by list, each list by byte
// search while it can (WordMatcher::Which), which is what the group returns by definition.
struct WordMatcherGroup::Impl {
  std::unique_ptr<RE2::Set> set;
  std::once_flag set_once;
  std::atomic<bool> set_built{false};
  std::atomic<unsigned> calls{0};
  bool ok = false;
};

WordMatcherGroup::WordMatcherGroup(std::vector<const WordMatcher*> lists)
    : lists_(std::move(lists)), impl_(std::make_unique<Impl>()) {
  size_t n = 0;
  for (const WordMatcher* m : lists_) {
    first_.push_back(n);
    if (m) n += m->words_.size();
  }
  first_.push_back(n);
}

WordMatcherGroup::~WordMatcherGroup() = default;

bool WordMatcherGroup::BuildSet() const {
  std::call_once(impl_->set_once, [this] {
    impl_->set = std::make_unique<RE2::Set>(MatcherOptions(), RE2::UNANCHORED);
    size_t n = 0;
    for (const WordMatcher* m : lists_) {
      if (!m) continue;
      for (size_t i = 0; i < m->words_.size(); ++i) {
        // a word its own list cannot compile never matches here either
        if (m->impl_->no_pattern[i] || impl_->set->Add(m->impl_->Pattern(i), nullptr) < 0)
          impl_->set->Add("[^\\x00-\\x{10FFFF}]", nullptr);
        ++n;
      }
    }
    impl_->ok = n > 0 && impl_->set->Compile();
    impl_->set_built.store(true, std::memory_order_release);
  });
  return impl_->ok;
}

std::vector<std::vector<WordMatcher::Hit>> WordMatcherGroup::Find(std::string_view text) const {
  std::vector<std::vector<WordMatcher::Hit>> out(lists_.size());
  auto list_by_list = [&] {
    for (size_t i = 0; i < lists_.size(); ++i)
      if (lists_[i]) out[i] = lists_[i]->Find(text);
    return out;
  };
  if (text.size() <= kByteSearchMaxText && !impl_->set_built.load(std::memory_order_acquire) &&
      (g_prewarming || impl_->calls.fetch_add(1, std::memory_order_relaxed) < kByteSearchCalls))
    return list_by_list();
  std::vector<int> hits;
  RE2::Set::ErrorInfo error;
  const RE2::Set* set = BuildSet() ? impl_->set.get() : nullptr;
  if (!set || (!set->Match(re2::StringPiece(text.data(), text.size()), &hits, &error) &&
               error.kind != RE2::Set::kNoError))
    return list_by_list();
  std::sort(hits.begin(), hits.end());
  size_t list = 0;
  std::vector<size_t> candidates;
  auto flush = [&] {
    if (!candidates.empty() && lists_[list]) out[list] = lists_[list]->FindAmong(text, candidates);
    candidates.clear();
  };
  for (int h : hits) {
    if (h < 0) continue;
    size_t at = static_cast<size_t>(h);
    while (list + 1 < first_.size() && at >= first_[list + 1]) {
      flush();
      ++list;
    }
    if (list < lists_.size()) candidates.push_back(at - first_[list]);
  }
  flush();
  return out;
}

std::vector<WordMatcher::Hit> WordMatcher::FindAll(std::string_view text, size_t limit) const {
  return FindAllOf(text, Which(text), limit);
}

std::vector<WordMatcher::Hit> WordMatcher::FindAllOf(std::string_view text,
                                                     const std::vector<size_t>& words,
                                                     size_t limit) const {
  std::vector<Hit> out;
  for (size_t i : words) {
    if (i >= words_.size()) continue;
    Hit h;
    for (size_t pos = 0; out.size() < limit && Locate(i, text, pos, &h);) {
      if (!Excepted(text, h.offset, h.length)) out.push_back(h);
      pos = h.offset + (h.length ? h.length : 1);
    }
  }
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.word < b.word;
  });
  return out;
}

}  // namespace beian
