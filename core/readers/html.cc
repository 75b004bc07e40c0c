// The extraction half of the HTML reader (core/readers/html.h): filing numbers, list hits and
// approval numbers found in the text the tokenizer (core/readers/html_tokenizer.cc) produced, and
// the facts JSON of a page.
#include "core/readers/html.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/province.h"
#include "core/readers/html_tokenizer.h"
#include "core/utf8.h"

namespace beian {

namespace {

using html_internal::IsHtmlSpace;
using html_internal::SegmentAt;

constexpr size_t kMaxNumbers = 200;
constexpr size_t kMaxHitsPerList = 50;

RE2::Options Utf8Options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

const RE2& IcpFindRe() {
  static const RE2 re(
      "(\\p{Han})?\\s{0,3}(?i:icp)\\s{0,3}(备案号|备案|备|证)\\s{0,3}[:：]?\\s{0,3}(?:第\\s{0,3})?"
      "([0-9]{4,12})(\\s{0,3}[-－—–]\\s{0,3}[0-9]{1,3}[Aa]?)?\\s{0,3}(号)?"
      "(\\s{0,3}[-－—–]\\s{0,3}[0-9]{1,3}[Aa]?)?",
      Utf8Options());
  return re;
}

const RE2& IcpStrictRe() {
  static const RE2 re(
      "(京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|川|蜀|黔|贵|滇|云|藏|陕|"
      "甘|青|宁|新)ICP备([0-9]{6}|[0-9]{8}|[0-9]{10})号(-[0-9]{1,3}A?)?",
      Utf8Options());
  return re;
}

const RE2& PsbFindRe() {
  static const RE2 re("(\\p{Han})?\\s{0,3}公网安备\\s{0,3}[:：]?\\s{0,3}([0-9]{4,20})\\s{0,3}(号)?",
                      Utf8Options());
  return re;
}

std::string Compact(re2::StringPiece p) {
  std::string out;
  std::string_view v(p.data(), p.size());
  for (size_t i = 0; i < v.size();) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (IsHtmlSpace(v[i])) {
      ++i;
      continue;
    }
    if (c == 0xEF && v.substr(i, 3) == "－") {
      out.push_back('-');
      i += 3;
      continue;
    }
    if (c == 0xE2 && (v.substr(i, 3) == "—" || v.substr(i, 3) == "–")) {
      out.push_back('-');
      i += 3;
      continue;
    }
    out.push_back(v[i] == 'a' ? 'A' : v[i]);
    ++i;
  }
  return out;
}

void Locate(const HtmlPage& page, size_t tb, size_t te, HtmlNumber* num) {
  auto r = page.RawRange(tb, te);
  num->offset = r.first;
  num->length = r.second - r.first;
  const HtmlPage::Segment* seg = SegmentAt(page, tb);
  num->link = seg ? seg->anchor : -1;
  // A number split over several text nodes: any part inside the link counts.
  for (size_t t = tb; num->link < 0 && t < te; ++t) {
    const HtmlPage::Segment* s = SegmentAt(page, t);
    if (s && s->anchor >= 0) num->link = s->anchor;
  }
  num->in_footer = (seg && seg->footer) || (page.size > 0 && r.first * 5 >= page.size * 4);
}

// Where a number may start for the literal found at `p`: the character before it (the province
// prefix, after up to 3 blanks), else `p` itself. Never before `floor`.
size_t MatchStart(const std::string& text, size_t p, size_t floor) {
  size_t k = p, blanks = 0;
  while (k > floor && blanks < 3 && IsHtmlSpace(text[k - 1])) {
    --k;
    ++blanks;
  }
  if (k >= floor + 3) {
    unsigned char lead = static_cast<unsigned char>(text[k - 3]);
    if (lead >= 0xE0 && lead < 0xF0) return k - 3;
  }
  return p;
}

// Anchored match of `re` at `start` (window of at most 200 bytes); sub[0] is the whole match.
bool MatchAt(const RE2& re, const std::string& text, size_t start, re2::StringPiece* sub,
             int nsub) {
  re2::StringPiece window(text.data() + start, std::min<size_t>(text.size() - start, 200));
  return re.Match(window, 0, window.size(), RE2::ANCHOR_START, sub, nsub);
}

// Scans `page->text` for filing numbers into `out` (at most kMaxNumbers). `find(pos)` gives the
// next literal at or after `pos` (npos when none) and `literal_size` its length; `re` (with `nsub`
// submatches, at most 7: sub[1] the province prefix, sub[digits] the digits) is matched from the
// province prefix before the literal, else from the literal. `fill(sub, te, &num)` completes each
// number whose prefix, province and digits are set; `te` ends it in the text.
template <typename Find, typename Fill>
void ScanNumbers(HtmlPage* page, std::vector<HtmlNumber>* out, const RE2& re, int nsub, int digits,
                 size_t literal_size, Find find, Fill fill) {
  const std::string& text = page->text;
  size_t pos = 0;
  while (out->size() < kMaxNumbers) {
    size_t p = find(pos);
    if (p == std::string::npos) break;
    re2::StringPiece sub[7];
    size_t start = MatchStart(text, p, pos);
    bool ok = MatchAt(re, text, start, sub, nsub);
    if (!ok && start != p) {
      start = p;
      ok = MatchAt(re, text, start, sub, nsub);
    }
    if (!ok || sub[0].empty()) {
      pos = p + literal_size;
      continue;
    }
    const re2::StringPiece& prefix = sub[1];
    size_t tb = prefix.data() ? start : p;
    size_t te = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    pos = te;
    while (te > tb && IsHtmlSpace(text[te - 1])) --te;  // the pattern may end in blanks
    HtmlNumber num;
    num.prefix = prefix.data() ? std::string(prefix.data(), prefix.size()) : "";
    num.province = num.prefix.empty() ? 0 : ProvinceByAbbr(num.prefix);
    num.digits = std::string(sub[digits].data(), sub[digits].size());
    fill(sub, te, &num);
    Locate(*page, tb, te, &num);
    out->push_back(std::move(num));
  }
}

void FindIcp(HtmlPage* page) {
  const std::string& text = page->text;
  ScanNumbers(
      page, &page->icp, IcpFindRe(), 7, 3, 3,
      [&](size_t pos) { return html_internal::FindIcpLetters(text, pos); },
      [&](const re2::StringPiece* sub, size_t te, HtmlNumber* num) {
        const re2::StringPiece &kind = sub[2], &pre = sub[4], &hao = sub[5], &post = sub[6];
        std::string k(kind.data(), kind.size());
        num->licence = k == "证";
        std::string pre_s = pre.data() ? Compact(pre) : "";
        std::string post_s = post.data() ? Compact(post) : "";
        bool has_hao = hao.data() && hao.size() > 0;
        num->suffix = !post_s.empty() ? post_s : pre_s;
        num->text = num->prefix + "ICP" + k + num->digits + pre_s + (has_hao ? "号" : "") + post_s;
        size_t nd = num->digits.size();
        bool digit_after = te < text.size() && text[te] >= '0' && text[te] <= '9';
        if (num->licence) {
          num->valid = num->province != 0 && has_hao;
        } else if (k != "备") {
          num->error = "beian";
        } else if (num->province == 0) {
          num->error = "prefix";
        } else if (nd != 6 && nd != 8 && nd != 10) {
          num->error = "digit_count";
        } else if (!pre_s.empty() && has_hao) {
          num->error = "hyphen_before_hao";
        } else if (!has_hao) {
          num->error = "missing_hao";
        } else if (digit_after) {
          num->error = "no_hyphen_suffix";
        }
        if (!num->licence) {
          num->valid = num->error.empty() && RE2::FullMatch(num->text, IcpStrictRe());
          if (!num->valid && num->error.empty()) num->error = "format";
        }
      });
}

void FindPsb(HtmlPage* page) {
  static const char kLit[] = "公网安备";
  ScanNumbers(
      page, &page->psb, PsbFindRe(), 4, 2, sizeof(kLit) - 1,
      [page](size_t pos) { return FindLong(page->text, kLit, pos); },
      [](const re2::StringPiece* sub, size_t /*te*/, HtmlNumber* num) {
        const re2::StringPiece& hao = sub[3];
        bool has_hao = hao.data() && hao.size() > 0;
        num->text = num->prefix + "公网安备" + num->digits + (has_hao ? "号" : "");
        int code =
            num->digits.size() >= 2 ? (num->digits[0] - '0') * 10 + (num->digits[1] - '0') : 0;
        if (num->province == 0) {
          num->error = "prefix";
        } else if (num->digits.size() != 14 && num->digits.size() != 12) {
          num->error = "digit_count";
        } else if (code != num->province) {
          num->error = "prefix_mismatch";
        } else if (!has_hao) {
          num->error = "missing_hao";
        }
        num->valid = num->error.empty();
      });
}

std::string HitWord(const WordMatcher& m, const WordMatcher::Hit& h, std::string_view text) {
  const std::string& w = m.words()[h.word];
  if (w.rfind("re:", 0) != 0) return w;
  std::string_view found = text.substr(h.offset, h.length);
  if (found.size() <= 60) return std::string(found);
  // Cut at 60 bytes without cutting a character: a multi-byte character touching byte 60 is
  // dropped whole (also one that ends exactly there).
  size_t keep = static_cast<unsigned char>(found[59]) < 0x80 ? 60 : Utf8Boundary(found, 59);
  return std::string(found.substr(0, keep));
}

}  // namespace

const WordMatcher& HtmlApprovalMatcher() {
  static const WordMatcher m({
      "re:网文\\s*[〔\\[（(【]?\\s*[0-9]{4}\\s*[〕\\]）)】]?\\s*[0-9]+\\s*[-－]\\s*[0-9]+\\s*号",
      "re:[（(]\\p{Han}[)）]\\s*-\\s*(?:非)?经营性\\s*-\\s*[0-9]{4}\\s*-\\s*[0-9]+",
      "互联网药品信息服务资格证书",
      "视听节目许可证",
      "互联网新闻信息服务许可证",
      "网络出版服务许可证",
      "医疗器械网络交易服务第三方平台备案",
  });
  return m;
}

namespace {

const char* ApprovalKind(size_t i) {
  static const char* kKinds[] = {"culture", "drugs", "drugs", "av", "news", "publishing", "drugs"};
  return i < sizeof(kKinds) / sizeof(kKinds[0]) ? kKinds[i] : "other";
}

}  // namespace

bool HtmlPage::Has(const std::string& list) const {
  for (const auto& h : features)
    if (h.list == list) return true;
  for (const auto& h : topics)
    if (h.list == list) return true;
  return false;
}

namespace html_internal {

// The next "ICP" at or after `pos`, in any case: the bytes that can end it ('p', 'P') are looked
// for eight at a time (the visible text of a Chinese page has few), each then checked for the two
// letters before it. (A skip search on the window's last byte, as before, moved three bytes a
// step: a tenth of the reader's time on a 100 KB page.)
size_t FindIcpLetters(std::string_view text, size_t pos) {
  const size_t n = text.size();
  const char* t = text.data();
  auto is_icp = [&](size_t end) {  // text[end - 2 .. end] == "icp", any case (end >= pos + 2)
    return (t[end - 2] | 0x20) == 'i' && (t[end - 1] | 0x20) == 'c';
  };
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  size_t j = pos + 2;  // where a match's 'p' may be
  while (j < n) {
    if (j + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, t + j, 8);
      const uint64_t d = (x | 0x2020202020202020ULL) ^ (kOnes * 'p');  // zero where 'p' or 'P'
      const uint64_t m = (d - kOnes) & ~d & kHighs;
      if (!m) {
        j += 8;
        continue;
      }
      // the lowest flagged byte is a 'p' (a flag above a true one may be false): from there, one
      // byte at a time to the end of the block
      const size_t end = j + 8;
      for (j += FirstFlaggedByte(m); j < end; ++j)
        if ((t[j] | 0x20) == 'p' && is_icp(j)) return j - 2;
      continue;
    }
    if ((t[j] | 0x20) == 'p' && is_icp(j)) return j - 2;
    ++j;
  }
  return std::string_view::npos;
}

}  // namespace html_internal

HtmlPage ReadHtml(std::string_view html, const HtmlLists& lists) {
  HtmlPage page;
  if (html.size() > 0xFFFFFFF0u) html = html.substr(0, 0xFFFFFFF0u);
  page.size = html.size();
  // Visible text is never longer than the HTML (entities shrink): one allocation, no regrowth.
  page.text.reserve(html.size());
  html_internal::Tokenize(html, &page);
  FindIcp(&page);
  FindPsb(&page);
  // One pass per group when the caller has the groups (the same hits as list by list); `extra`:
  // matchers the group has after the named lists (their hits follow).
  auto hits_of = [](const auto& named, const WordMatcherGroup* group, std::string_view text,
                    std::vector<const WordMatcher*> extra) {
    std::vector<std::vector<WordMatcher::Hit>> out;
    bool grouped = group && group->lists().size() == named.size() + extra.size();
    for (size_t i = 0; grouped && i < group->lists().size(); ++i)
      grouped = group->lists()[i] == (i < named.size() ? named[i].second : extra[i - named.size()]);
    if (grouped) return group->Find(text);
    for (const auto& entry : named)
      out.push_back(entry.second ? entry.second->Find(text) : std::vector<WordMatcher::Hit>{});
    for (const WordMatcher* m : extra) out.push_back(m->Find(text));
    return out;
  };
  auto feature_hits = hits_of(lists.features, lists.feature_group, html, {});
  for (size_t i = 0; i < lists.features.size(); ++i) {
    const auto& [name, m] = lists.features[i];
    if (!m) continue;
    for (const auto& h : feature_hits[i]) {
      if (page.features.size() >= kMaxHitsPerList * lists.features.size()) break;
      page.features.push_back({name, HitWord(*m, h, html), h.offset, h.length});
    }
  }
  // the topics and the approval words: one pass over the visible text
  auto text_named = lists.topics;
  text_named.insert(text_named.end(), lists.text_lists.begin(), lists.text_lists.end());
  auto topic_hits = hits_of(text_named, lists.topic_group, page.text, {&HtmlApprovalMatcher()});
  for (size_t i = 0; i < lists.text_lists.size(); ++i) {
    if (!lists.text_lists[i].second) continue;
    std::vector<size_t>& words = page.topic_words[lists.text_lists[i].first];
    for (const auto& h : topic_hits[lists.topics.size() + i]) words.push_back(h.word);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
  for (size_t i = 0; i < lists.topics.size(); ++i) {
    const auto& [name, m] = lists.topics[i];
    if (!m) continue;
    std::vector<size_t>& words = page.topic_words[name];
    for (const auto& h : topic_hits[i]) words.push_back(h.word);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    size_t count = 0;
    for (const auto& h : topic_hits[i]) {
      if (++count > kMaxHitsPerList) break;
      auto r = page.RawRange(h.offset, h.offset + h.length);
      page.topics.push_back({name, HitWord(*m, h, page.text), r.first, r.second - r.first});
    }
  }
  for (const auto& h : topic_hits.back()) {
    const char* kind = ApprovalKind(h.word);
    if (std::find(page.approvals.begin(), page.approvals.end(), kind) == page.approvals.end())
      page.approvals.push_back(kind);
  }
  return page;
}

json HtmlPageJson(const HtmlPage& page, const std::string& url) {
  json out = json::object();
  if (!url.empty()) out["url"] = url;
  if (!page.title.empty()) out["title"] = page.title;
  json icp = json::array(), psb = json::array(), licences = json::array();
  json icp_details = json::array(), psb_details = json::array();
  auto detail = [&](const HtmlNumber& n) {
    json d = {{"number", n.text},
              {"valid", n.valid},
              {"linked", n.link >= 0 && static_cast<size_t>(n.link) < page.links.size()
                             ? LinkKindName(page.links[n.link].kind)
                             : "none"},
              {"in_footer", n.in_footer},
              {"offset", n.offset},
              {"length", n.length}};
    if (!n.error.empty()) d["error"] = n.error;
    return d;
  };
  for (const auto& n : page.icp) {
    if (n.licence) {
      licences.push_back(n.text);
      continue;
    }
    icp.push_back(n.text);
    icp_details.push_back(detail(n));
  }
  for (const auto& n : page.psb) {
    psb.push_back(n.text);
    psb_details.push_back(detail(n));
  }
  out["icp_numbers"] = icp;
  out["psb_numbers"] = psb;
  out["links_to_miit"] = page.links_to_miit;
  out["links_to_mps"] = page.links_to_mps;
  out["links_to_retired_hosts"] = page.links_to_miit_retired || page.links_to_mps_retired;
  if (!icp_details.empty()) out["icp_details"] = icp_details;
  if (!psb_details.empty()) out["psb_details"] = psb_details;
  if (!licences.empty()) out["icp_licences"] = licences;
  bool footer = false;
  for (const auto& n : page.icp)
    if (!n.licence && n.in_footer) footer = true;
  if (!icp_details.empty()) out["icp_in_footer"] = footer;
  json features = json::array();
  for (const auto& h : page.features) {
    bool seen = false;
    for (const auto& f : features)
      if (f.value("word", "") == h.word) seen = true;
    if (!seen && features.size() < 40)
      features.push_back({{"list", h.list}, {"word", h.word}, {"offset", h.offset}});
  }
  if (!features.empty()) out["features"] = features;
  json topics = json::array();
  for (const auto& h : page.topics)
    if (topics.size() < 40)
      topics.push_back({{"list", h.list}, {"word", h.word}, {"offset", h.offset}});
  if (!topics.empty()) out["topics"] = topics;
  if (!page.approvals.empty()) out["approvals"] = page.approvals;
  return out;
}

}  // namespace beian
