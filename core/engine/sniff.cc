#include "core/engine/sniff.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace beian {

UploadSniffer::UploadSniffer(const RulePack& pack) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id++;
  const RuleDef* def = pack.Find("INPUT-012");
  if (!def || !def->params().is_object()) return;
  const json& p = def->params();
  for (const auto& s : Member(p, "signatures")) {
    if (!s.is_object() || !s.contains("text") || !s["text"].is_string()) continue;
    Signature sig;
    sig.kind = s.value("kind", "binary");
    sig.text = s["text"].get<std::string>();
    if (auto w = s.find("within"); w != s.end() && w->is_number_unsigned())
      sig.within = w->get<size_t>();
    if (!sig.text.empty()) signatures_.push_back(std::move(sig));
  }
  if (auto m = p.find("max_share"); m != p.end() && m->is_number()) max_share_ = m->get<double>();
  if (auto n = p.find("sample_code_points"); n != p.end() && n->is_number_unsigned())
    sample_ = std::max<size_t>(64, n->get<size_t>());
  if (auto k = p.find("kinds"); k != p.end() && k->is_object()) kinds_ = *k;
  if (auto f = p.find("fields"); f != p.end() && f->is_array()) fields_ = *f;
  active_ = true;
}

SampleCount CountBadCharacters(std::string_view text, size_t sample) {
  size_t n = 0, bad = 0;
  const unsigned char* b = reinterpret_cast<const unsigned char*>(text.data());
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i < text.size() && n < sample; ++n) {
    // 8 bytes a step while they are plain ASCII or Chinese; anything else one character a step
    if (i + 8 <= text.size() && n + 8 <= sample) {
      uint64_t x;
      std::memcpy(&x, b + i, 8);
      // 8 ASCII characters, none below U+0020 or DEL: none bad
      if (((x | (x + kOnes)) & kHighs) == 0 && ((x - kOnes * 0x20) & ~x & kHighs) == 0) {
        i += 8;
        n += 7;  // and the loop's ++n
        continue;
      }
      // two Chinese characters, neither U+FFFD
      if (TwoCjk(x) && (x & 0xFFFFFF) != 0xBDBFEF && (x >> 24 & 0xFFFFFF) != 0xBDBFEF) {
        i += 6;
        n += 1;
        continue;
      }
    }
    unsigned char c = b[i];
    // inline: ASCII, and valid three-byte characters (CJK text), which are bad only as U+FFFD
    // (EF BF BD); anything else through the decoder
    if (c < 0x80) {
      if (c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) ++bad;
      ++i;
      continue;
    }
    if (Utf8SequenceLengthFast(text, i) == 3) {
      if (c == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD) ++bad;
      i += 3;
      continue;
    }
    char32_t cp = NextCodePoint(text, &i);
    if (cp == 0xFFFD || cp == 0x7F || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')) ++bad;
  }
  SampleCount out;
  out.chars = n;
  out.bad = bad;
  out.bytes = i;
  return out;
}

std::string UploadSniffer::KindOfUncached(std::string_view text, size_t* examined) const {
  size_t seen = 0;
  for (const auto& sig : signatures_) {
    // `within` code points of at most 4 bytes each may come before the signature.
    size_t window = sig.within * 4 + sig.text.size();
    seen = std::max(seen, window);
    size_t at = text.substr(0, window).find(sig.text);
    if (at == std::string_view::npos) continue;
    size_t cps = 0;
    for (size_t i = 0; i < at; ++cps) NextCodePoint(text, &i);
    if (cps <= sig.within) {
      *examined = std::min(text.size(), seen);
      return sig.kind;
    }
  }
  const SampleCount count = CountBadCharacters(text, sample_);
  *examined = std::min(text.size(), std::max(seen, count.bytes + 8));
  const size_t n = count.chars, bad = count.bad;
  if (n >= 32 && static_cast<double>(bad) >= max_share_ * static_cast<double>(n)) return "binary";
  return "";
}

namespace {
// The verdicts on this thread's last long uploads. The page sends the whole application with
// every keystroke, uploads unchanged, and every check sniffed each upload's first 4,096
// characters again (6 % of a field check in wasm). A verdict depends only on the bytes KindOf
// read (`examined`: the signature windows, the sample and the 8-byte steps' look-ahead) and, when
// the text ended among them, on its length: a text whose first `examined` bytes are the same gets
// the same verdict. Each thread has its own (`--jobs`: nothing shared).
struct SniffMemo {
  uint64_t sniffer = 0;
  bool whole = false;  // the text ended within `prefix`
  std::string prefix;  // the bytes read
  std::string kind;
};
constexpr size_t kSniffMemoFrom = 2048;  // shorter texts are sniffed again
constexpr size_t kSniffMemoEntries = 8;
}  // namespace

std::string UploadSniffer::KindOf(std::string_view text) const {
  size_t examined = 0;
  if (text.size() < kSniffMemoFrom) return KindOfUncached(text, &examined);
  thread_local std::vector<SniffMemo> memo;
  thread_local size_t next = 0;
  for (const SniffMemo& m : memo) {
    if (m.sniffer != id_ || text.size() < m.prefix.size()) continue;
    if (m.whole ? text.size() != m.prefix.size() : text.size() == m.prefix.size()) continue;
    if (std::memcmp(text.data(), m.prefix.data(), m.prefix.size()) == 0) return m.kind;
  }
  std::string kind = KindOfUncached(text, &examined);
  SniffMemo m{id_, examined == text.size(), std::string(text.substr(0, examined)), kind};
  if (memo.size() < kSniffMemoEntries) {
    memo.push_back(std::move(m));
  } else {
    memo[next] = std::move(m);
    next = (next + 1) % kSniffMemoEntries;
  }
  return kind;
}

namespace {
std::string In(const json& text, const std::string& locale) {
  if (!text.is_object()) return "";
  std::string v = text.value(locale == "en" ? "en" : "zh-CN", "");
  return v.empty() ? text.value("zh-CN", "") : v;
}
}  // namespace

std::string UploadSniffer::KindLabel(const std::string& kind, const std::string& locale) const {
  auto it = kinds_.find(kind);
  std::string label = it == kinds_.end() ? "" : In(*it, locale);
  return label.empty() ? kind : label;
}

std::string UploadSniffer::FieldLabel(const std::string& path, const std::string& locale) const {
  for (const auto& f : fields_) {
    if (!f.is_object()) continue;
    std::string prefix = f.value("path", "");
    if (!prefix.empty() && path.compare(0, prefix.size(), prefix) == 0)
      return In(f.value("label", json()), locale);
  }
  return "";
}

}  // namespace beian
