// The licence reader's status scan (core/readers/license.h): 登记状态/经营状态 values, entries of
// the 经营异常 list with their dates, and bare status words elsewhere, with their context.
#include <string>
#include <string_view>
#include <vector>

#include "core/readers/license_text.h"
#include "core/shapes.h"
#include "core/utf8.h"

namespace beian::license_text {

bool StartsAt(std::string_view t, size_t i, std::string_view w) {
  return i <= t.size() && t.substr(i, w.size()) == w;
}

bool Inside(const std::vector<Range>& ranges, size_t off) {
  for (const Range& r : ranges)
    if (off >= r.begin && off < r.end) return true;
  return false;
}

size_t LineEnd(std::string_view t, size_t i) {
  size_t e = t.find('\n', i);
  return e == std::string_view::npos ? t.size() : e;
}

size_t LineBegin(std::string_view t, size_t i) {
  size_t b = i > 0 ? t.rfind('\n', i - 1) : std::string_view::npos;
  return b == std::string_view::npos ? 0 : b + 1;
}

// Skips blanks (not line breaks) and colons.
size_t SkipGapColon(std::string_view t, size_t i) {
  for (;;) {
    size_t n = BlankAt(t, i);
    if (!n && !IsColonAt(t, i, &n)) return i;
    i += n;
  }
}

const char* const kBadWords[] = {"吊销", "注销", "撤销", "歇业", "停业", "责令关闭"};
const char* const kGoodWords[] = {"存续", "在业", "在营", "开业", "在册"};

// The first status word of `words` in `v` ("未注销" is not 注销), or "".
template <size_t N>
std::string FirstWordIn(std::string_view v, const char* const (&words)[N]) {
  for (size_t i = 0; i < v.size();) {
    for (const char* w : words) {
      if (!StartsAt(v, i, w)) continue;
      if (std::strcmp(w, "注销") == 0 && i >= 3 && v.substr(i - 3, 3) == "未") continue;
      return w;
    }
    NextCodePoint(v, &i);
  }
  return "";
}

// A value that says "none": 暂无, 无, 0, （0）, 否, -.
bool NoneAt(std::string_view t, size_t i) {
  for (const char* w : {"暂无", "（0）", "(0)", "否", "-", "—", "－", "/"})
    if (StartsAt(t, i, w)) return true;
  if (StartsAt(t, i, "无") && !StartsAt(t, i, "无法")) return true;
  return StartsAt(t, i, "0") && !(i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9');
}

// After a status word ending at `i`: an empty section or field (列入经营异常名录信息 暂无数据,
// 经营异常 0, 注销日期：-).
bool EmptyAfter(std::string_view t, size_t i) {
  bool suffix = false;
  for (bool again = true; again;) {
    again = false;
    i = SkipGapColon(t, i);
    for (const char* w :
         {"名录", "信息", "记录", "情况", "列表", "日期", "原因", "时间", "数量", "次数", "数"}) {
      if (StartsAt(t, i, w)) {
        i += std::strlen(w);
        suffix = again = true;
        break;
      }
    }
  }
  if (NoneAt(t, i)) return true;
  return suffix && (i >= t.size() || t[i] == '\n' || t[i] == '\r');
}

// Up to `n` characters either side of [b, e) on its line, spaces removed.
std::string ContextOf(std::string_view t, size_t b, size_t e, int n = 10) {
  size_t lb = LineBegin(t, b), le = LineEnd(t, e);
  size_t from = b;
  for (int k = 0; k < n && from > lb; ++k) from = std::max(lb, Utf8Boundary(t, from - 1));
  size_t to = e;
  for (int k = 0; k < n && to < le; ++k) NextCodePoint(t, &to);
  return CompactText(t.substr(from, std::min(to, le) - from));
}

// Every valid date on [b, e): count, and the first one.
int DatesIn(std::string_view t, size_t b, size_t e, std::string* first) {
  int count = 0;
  while (b < e && count < 8) {
    size_t off = 0, len = 0;
    std::string d = ParseLicenseDate(t.substr(b, e - b), &off, &len);
    if (d.empty()) break;
    if (!count && first) *first = d;
    ++count;
    b += off + len;
  }
  return count;
}

void AddStatus(LicenseFacts* f, std::string word, bool bad, bool registry, Range r, StatusKind kind,
               std::string value = "", std::string context = "") {
  if (f->status.size() >= 32) return;
  LicenseStatus s;
  s.word = std::move(word);
  s.bad = bad;
  s.in_registry = registry;
  s.offset = r.begin;
  s.length = r.end - r.begin;
  s.kind = kind;
  s.value = std::move(value);
  s.context = std::move(context);
  f->status.push_back(std::move(s));
}

// 登记状态 / 经营状态 / 企业状态: the value on the same line (or alone on the next one).
void ScanStatusValues(std::string_view text, bool registry, Range skip, LicenseFacts* f,
                      std::vector<Range>* covered) {
  static const shapes::WordAlternation label(
      {"登记状态", "经营状态", "企业状态", "登记状况", "经营状况"});
  shapes::WordAlternation::Scan scan(label, text);
  for (size_t pos = 0, off, m_end; f->status.size() < 32 && scan.Next(&pos, &off, &m_end);) {
    if (!registry && off >= skip.begin && off < skip.end) continue;
    size_t v = SkipGapColon(text, m_end);
    if (v < text.size() && (text[v] == '\r' || text[v] == '\n')) {  // value on the next line
      size_t nl = text.find('\n', v);
      if (nl == std::string_view::npos) continue;
      v = SkipGapColon(text, nl + 1);
      if (LineEnd(text, v) - v > 60) continue;
    }
    size_t e = v;
    while (e < text.size() && e - v < 60 && !SpaceAt(text, e)) NextCodePoint(text, &e);
    if (e <= v) continue;
    std::string_view value = text.substr(v, e - v);
    std::string bad = FirstWordIn(value, kBadWords);
    std::string good = bad.empty() ? FirstWordIn(value, kGoodWords) : "";
    covered->push_back({off, e});
    if (bad.empty() && good.empty()) continue;
    AddStatus(f, bad.empty() ? good : bad, !bad.empty(), registry, {v, e}, StatusKind::kValue,
              CompactText(value));
  }
}

// 经营异常名录 entries: key–value (列入经营异常名录原因：… 列入日期：… [移出日期：…]) or a table
// whose header names 列入日期 (and 移出日期) and whose rows carry one date per filled column.
void ScanAbnormalEntries(std::string_view text, bool registry, LicenseFacts* f,
                         std::vector<Range>* covered) {
  static const shapes::WordAlternation key(
      {"列入经营异常名录原因", "列入经营异常名录日期", "列入原因", "列入日期", "列入时间",
       "移出经营异常名录原因", "移出经营异常名录日期", "移出原因", "移出日期", "移出时间"});
  struct Entry {
    Range range;
    bool reason = false, dated = false, removed = false;
    std::string date;
  };
  std::vector<Entry> entries;
  bool table = false, removal_column = false;
  int idle = 0;
  for (size_t lb = 0; lb < text.size();) {
    size_t le = LineEnd(text, lb);
    std::string_view line = text.substr(lb, le - lb);
    bool keyed = false, header = false;
    shapes::WordAlternation::Scan scan(key, line);
    for (size_t pos = 0, k_in, k_end; scan.Next(&pos, &k_in, &k_end);) {
      size_t k = lb + k_in;
      std::string_view word = line.substr(k_in, k_end - k_in);
      size_t colon = 0;
      size_t v = lb + k_end;
      while (size_t n = BlankAt(text, v)) v += n;
      bool has_colon = IsColonAt(text, v, &colon);
      v = SkipGapColon(text, v);
      bool removal = word.substr(0, 6) == "移出";
      bool date_key = word.find("日期") != std::string_view::npos ||
                      word.find("时间") != std::string_view::npos;
      if (!has_colon) {
        if (date_key) header = true;
        if (removal && date_key) removal_column = true;
        continue;
      }
      keyed = true;
      size_t ve = LineEnd(text, v);
      std::string date;
      bool filled = v < ve && !NoneAt(text, v);
      if (date_key) filled = DatesIn(text, v, ve, &date) > 0;
      if (!filled) continue;
      if (removal) {
        if (!entries.empty()) entries.back().removed = true;
        continue;
      }
      Entry* cur = entries.empty() ? nullptr : &entries.back();
      if (!cur || cur->removed || (date_key ? cur->dated : cur->reason)) {
        entries.push_back({{k, le}});
        cur = &entries.back();
      }
      (date_key ? cur->dated : cur->reason) = true;
      if (date_key) cur->date = date;
      cur->range.end = le;
    }
    if (header && !keyed && !DatesIn(text, lb, le, nullptr)) {
      table = true;
      idle = 0;
      covered->push_back({lb, le});
    } else if (table && !keyed) {
      std::string date;
      int n = DatesIn(text, lb, le, &date);
      if (n > 0) {
        idle = 0;
        Entry e{{lb, le}};
        e.dated = true;
        e.date = date;
        e.removed = removal_column && n >= 2;
        entries.push_back(e);
      } else if (line.find("暂无") != std::string_view::npos || ++idle >= 3) {
        table = false;
      }
      if (table) covered->push_back({lb, le});
    }
    if (!keyed && !table && !entries.empty() && line.find("已移出") != std::string_view::npos &&
        lb <= entries.back().range.end + 1)
      entries.back().removed = true;
    lb = le + 1;
  }
  for (const Entry& e : entries) {
    covered->push_back(e.range);
    if (e.removed || !(e.reason || e.dated)) continue;
    AddStatus(f, "经营异常", true, registry, e.range, StatusKind::kAbnormalListed, e.date);
  }
}

void ScanStatus(std::string_view text, bool registry, Range skip, LicenseFacts* f) {
  std::vector<Range> covered;
  if (!registry) covered.push_back(skip);  // 经营范围
  ScanStatusValues(text, registry, skip, f, &covered);
  ScanAbnormalEntries(text, registry, f, &covered);
  static const shapes::WordAlternation status(
      {"吊销", "注销", "经营异常", "歇业", "撤销", "停业", "存续", "在业", "在营", "开业"});
  shapes::WordAlternation::Scan scan(status, text);
  for (size_t pos = 0, off, end; f->status.size() < 32 && scan.Next(&pos, &off, &end);) {
    if (Inside(covered, off)) continue;
    std::string word(text.substr(off, end - off));
    std::string_view before = text.substr(off >= 6 ? off - 6 : 0, off >= 6 ? 6 : off);
    std::string_view wide = text.substr(off >= 12 ? off - 12 : 0, off >= 12 ? 12 : off);
    bool bad = word != "存续" && word != "在业" && word != "在营" && word != "开业";
    if (word == "注销" && before.size() >= 3 && before.substr(before.size() - 3) == "未")
      continue;  // 吊销，未注销
    if (word == "经营异常" && (Contains(before, "移出") || Contains(before, "移除") ||
                               Contains(wide, "未列入") || Contains(wide, "未被列入")))
      continue;                                  // removed from the list / never listed
    if (word == "撤销" && !registry) continue;   // only meaningful as a registry status
    if (bad && EmptyAfter(text, end)) continue;  // 经营异常 0, …信息 暂无数据
    AddStatus(f, word, bad, registry, {off, end}, StatusKind::kWord, "", ContextOf(text, off, end));
  }
}

}  // namespace beian::license_text
