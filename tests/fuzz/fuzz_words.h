// Shared by the words-reader harnesses: OCR words decoded from fuzz bytes. Each word takes a
// text (a token from a small dictionary of labels and values, so the layouts the readers look for
// come up often, or raw bytes, invalid UTF-8 included), a confidence and a box whose corners are
// small, negative, reversed or extreme (INT_MIN/INT_MAX).
#ifndef BEIAN_TESTS_FUZZ_FUZZ_WORDS_H_
#define BEIAN_TESTS_FUZZ_FUZZ_WORDS_H_

#include <climits>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "core/json.h"
#include "core/readers/word_lines.h"

namespace beian::fuzz {

class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  bool empty() const { return p_ >= end_; }
  uint8_t Next() { return p_ < end_ ? *p_++ : 0; }
  int Coordinate() {
    uint8_t kind = Next();
    int v = static_cast<int16_t>(Next() | (Next() << 8));
    if (kind == 0xFF) return INT_MAX;
    if (kind == 0xFE) return INT_MIN;
    return kind < 0x80 ? (v < 0 ? -v : v) : v;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

inline std::vector<OcrWord> DecodeWords(Bytes* in) {
  static const char* const kTokens[] = {
      "名称",
      "名",
      "称",
      "统一社会信用代码",
      "91110000600037341L",
      "法定代表人",
      "住所",
      "成立日期",
      "2015年03月17日",
      "营业期限",
      "长期",
      "至",
      "域名",
      "域名：",
      "qinghe-tea.cn",
      "example.corn",
      "域名持有者",
      "注册人：",
      "Registrant:",
      "Domain",
      "Name:",
      "注册服务机构",
      "阿里云计算有限公司",
      "注册日期",
      "到期日期：",
      "2027-05-12",
      "有效期",
      "2024/3/15",
      "杭州青禾茶业有限公司",
      "（",
      "“",
      "：",
      "/",
      " ",
      "\xFF\xFE",
      "⽲⽊",
  };
  std::vector<OcrWord> words;
  while (!in->empty() && words.size() < 300) {
    OcrWord w;
    uint8_t t = in->Next();
    if (t < 200) {
      w.text = kTokens[t % std::size(kTokens)];
      if (t & 0x40) w.text += kTokens[(t >> 1) % std::size(kTokens)];
    } else {
      size_t n = in->Next() % 24;
      for (size_t i = 0; i < n && !in->empty(); ++i) w.text += static_cast<char>(in->Next());
    }
    w.conf = static_cast<int8_t>(in->Next());
    w.x0 = in->Coordinate();
    w.y0 = in->Coordinate();
    w.x1 = in->Coordinate();
    w.y1 = in->Coordinate();
    words.push_back(w);
  }
  return words;
}

// The words as the page sends them (invalid UTF-8 replaced, as JSON.stringify of a JS string).
inline std::string WordsJson(const std::vector<OcrWord>& words) {
  json a = json::array();
  for (const OcrWord& w : words)
    a.push_back({{"text", w.text},
                 {"conf", w.conf},
                 {"x0", w.x0},
                 {"y0", w.y0},
                 {"x1", w.x1},
                 {"y1", w.y1}});
  return Dump(a);  // (core/json.cc: nlohmann's bytes, invalid UTF-8 replaced)
}

}  // namespace beian::fuzz

#endif  // BEIAN_TESTS_FUZZ_FUZZ_WORDS_H_
