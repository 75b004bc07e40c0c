#include "core/ids.h"

#include <cstring>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "core/utf8.h"

namespace beian {

namespace {
const char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
int UsccValue(char c) {
  const char* p = std::strchr(kUsccAlphabet, c);
  return (c && p) ? static_cast<int>(p - kUsccAlphabet) : -1;
}
}  // namespace

std::string NormalizeCode(const std::string& raw, bool* had_fullwidth) {
  std::string compact = Compact(raw);
  if (had_fullwidth) {
    std::string plain;
    for (char c : raw)
      if (c != ' ') plain += c;
    *had_fullwidth = FoldWidth(raw) != raw;
  }
  for (char& c : compact)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return compact;
}

bool UsccFormatOk(const std::string& code) {
  if (code.size() != 18) return false;
  for (size_t i = 0; i < 18; ++i) {
    if (UsccValue(code[i]) < 0) return false;
    if (i >= 2 && i < 8 && (code[i] < '0' || code[i] > '9')) return false;
  }
  return true;
}

char UsccCheckChar(const std::string& code) {
  static const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (code.size() < 17) return '\0';
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int v = UsccValue(code[i]);
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  int c = (31 - sum % 31) % 31;
  return kUsccAlphabet[c];
}

bool UsccChecksumOk(const std::string& code) {
  return code.size() == 18 && UsccCheckChar(code) == code[17];
}

bool UsccOrgCodeOk(const std::string& code) {
  if (code.size() != 18) return false;
  static const int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    char c = code[8 + i];
    int v;
    if (c >= '0' && c <= '9') {
      v = c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      v = c - 'A' + 10;
    } else {
      return false;
    }
    sum += v * kWeights[i];
  }
  int r = 11 - sum % 11;
  char expect = r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
  return code[16] == expect;
}

char ResidentIdCheckChar(const std::string& first17) {
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kCheck[] = "10X98765432";
  if (first17.size() < 17) return '\0';
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (first17[i] < '0' || first17[i] > '9') return '\0';
    sum += (first17[i] - '0') * kWeights[i];
  }
  return kCheck[sum % 11];
}

bool IdProvinceCodeOk(int c) {
  return (c >= 11 && c <= 15) || (c >= 21 && c <= 23) || (c >= 31 && c <= 37) ||
         (c >= 41 && c <= 46) || (c >= 50 && c <= 54) || (c >= 61 && c <= 65) || c == 81 ||
         c == 82 || c == 83;
}

ResidentId ParseResidentId(const std::string& id) {
  ResidentId r;
  if (id.size() != 18) return r;
  for (int i = 0; i < 17; ++i)
    if (id[i] < '0' || id[i] > '9') return r;
  if (!((id[17] >= '0' && id[17] <= '9') || id[17] == 'X')) return r;
  r.format_ok = true;
  r.checksum_ok = ResidentIdCheckChar(id) == id[17];
  r.province = (id[0] - '0') * 10 + (id[1] - '0');
  r.region = id.substr(0, 6);
  r.birth = Date::Parse(id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2));
  r.sex = ((id[16] - '0') % 2 == 1) ? 1 : 2;
  return r;
}

std::string MaskId(const std::string& id) {
  // By code points, so that full-width digits are masked whole: the first six and the last two
  // kept, every one between them a '*'; eight or fewer all '*'. Two passes over the bytes: the
  // count, then where the kept ends begin (no list of the code points).
  const std::string_view text(id);
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) NextCodePoint(text, &i);
  if (n <= 8) return std::string(n, '*');
  size_t head_end = 0, tail_start = 0;
  for (size_t i = 0, k = 0; i < text.size(); ++k) {
    if (k == 6) head_end = i;
    if (k == n - 2) tail_start = i;
    NextCodePoint(text, &i);
  }
  std::string out;
  out.reserve(head_end + (n - 8) + (text.size() - tail_start));
  out.append(text.data(), head_end);
  out.append(n - 8, '*');
  out.append(text.data() + tail_start, text.size() - tail_start);
  return out;
}

}  // namespace beian
