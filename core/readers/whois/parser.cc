// The WHOIS line parser: one pass over the lines of a reply, each read as "Key: value" (or one of
// the colon-less forms registrar pages use), a continuation of the previous key, or a free line
// checked for not found / reserved / rate limited wording. Which key names which field is
// keys.cc; the wording is phrases.cc.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/readers/whois.h"
#include "core/readers/whois/internal.h"

namespace beian {
namespace whois {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {}

  WhoisRecord Run() {
    size_t pos = 0;
    const size_t n = t_.size();
    bool any_text = false;
    while (pos < n) {
      size_t end = pos;
      while (end < n && t_[end] != '\n' && t_[end] != '\r') ++end;
      Line(pos, end, &any_text);
      pos = end + 1;
    }
    Finish(any_text);
    return std::move(r_);
  }

 private:
  struct Slot {
    bool set = false;
    int priority = 0;
    WhoisValue v;
  };

  void Line(size_t b, size_t e, bool* any_text) {
    size_t lb = b, le = e;
    Trim(t_, &lb, &le);
    if (lb >= le) return;  // blank: a pending continuation survives blank lines
    *any_text = true;
    bool indented = lb > b;
    std::string_view line = t_.substr(lb, le - lb);
    if (line[0] == '%' || line[0] == '#' || line.substr(0, 2) == "--") {
      pending_ = false;
      Phrases(lb, le);
      return;
    }
    if (line.substr(0, 3) == ">>>") {
      pending_ = false;
      return;
    }
    if (pending_) {
      pending_ = false;
      if ((indented || pending_loose_) && !KeyValue(lb, le, /*dry=*/true)) {
        Assign(pending_def_, lb, le);
        // Lists continue over several indented lines ("Name servers:" then one per line).
        pending_ = pending_def_.field == Field::kNameServer || pending_def_.field == Field::kStatus;
        return;
      }
    }
    if (KeyValue(lb, le, false)) return;
    Phrases(lb, le);
  }

  // Recognises "Key: value", "Key：value", "[Key] value", "Key....: value" and, for known keys,
  // "Key<tab or 2 spaces>value" or "Key value" when the value checks out. Returns true when the
  // line was a known key (and, unless dry, records it).
  bool KeyValue(size_t lb, size_t le, bool dry) {
    std::string_view line = t_.substr(lb, le - lb);
    size_t window = std::min(line.size(), kMaxKey);
    // Separator: ':' or '：' within the window, or "[Key]".
    size_t key_end = std::string_view::npos, val_begin = 0;
    if (line[0] == '[') {
      size_t close = line.substr(0, window).find(']');
      if (close != std::string_view::npos) {
        key_end = close + 1;
        val_begin = close + 1;
      }
    }
    if (key_end == std::string_view::npos) {
      for (size_t i = 0; i < window; ++i) {
        if (line[i] == ':') {
          key_end = i;
          val_begin = i + 1;
          break;
        }
        if (static_cast<unsigned char>(line[i]) == 0xEF &&
            line.compare(i, 3, "\xEF\xBC\x9A") == 0) {
          key_end = i;
          val_begin = i + 3;
          break;
        }
      }
    }
    if (key_end != std::string_view::npos) {
      const auto& table = KeyTable();
      auto it = table.find(NormaliseKey(line.substr(0, key_end), key_));
      if (it != table.end()) {
        if (!dry) Record(it->second, lb + val_begin, le, it->first);
        return true;
      }
    }
    // Missing colon: the first 1..4 words as the key.
    return NoColon(lb, le, dry);
  }

  bool NoColon(size_t lb, size_t le, bool dry) {
    std::string_view line = t_.substr(lb, le - lb);
    size_t limit = std::min(line.size(), kMaxKey);
    size_t ends[4];
    size_t count = 0;
    size_t i = 0;
    while (count < 4 && i < limit) {
      size_t w;
      while (i < limit && !IsSpaceAt(line, i, &w)) ++i;
      if (i >= limit) break;
      ends[count++] = i;
      while (i < limit && IsSpaceAt(line, i, &w)) i += w;
    }
    const auto& table = KeyTable();
    if (count == 0 && line.size() <= kMaxKey) {
      // A key alone on its line ("注册商" / "Registrar") with the value on the next line.
      auto it = table.find(NormaliseKey(line, key_));
      if (it == table.end() || it->second.field == Field::kIgnore) return false;
      if (!dry) {
        tags_ |= it->second.tags;
        pending_ = true;
        pending_loose_ = true;
        pending_def_ = it->second;
      }
      return true;
    }
    for (size_t k = count; k-- > 0;) {
      auto it = table.find(NormaliseKey(line.substr(0, ends[k]), key_));
      if (it == table.end()) continue;
      const KeyDef& def = it->second;
      if (def.field == Field::kIgnore) return false;
      size_t vb = ends[k];
      bool wide = false;
      if (line[vb] == '\t') wide = true;
      size_t spaces = 0, j = vb, w;
      while (j < line.size() && IsSpaceAt(line, j, &w)) {
        spaces += 1;
        j += w;
      }
      if (spaces >= 2) wide = true;
      std::string_view val = line.substr(j);
      if (val.empty()) return false;
      // Chinese keys are unambiguous even with a single space ("注册商 阿里云…").
      if (!wide && !(def.tags & kTagChinese) && !Plausible(def.field, val)) return false;
      if (!dry) Record(def, lb + vb, le, it->first);
      return true;
    }
    return false;
  }

  static bool Plausible(Field f, std::string_view v) {
    switch (f) {
      case Field::kCreated:
      case Field::kExpires:
      case Field::kRealNameDate:
        return NormaliseWhoisDate(v).has_value();
      case Field::kDomain:
      case Field::kNameServer: {
        std::string d = NormaliseDomainName(v);
        return d.find('.') != std::string::npos && v.find(' ') == std::string_view::npos;
      }
      case Field::kStatus:
        return EppCodes().count(AlnumLower(v.substr(0, v.find(' ')))) > 0;
      case Field::kRegistrarIana:
        return !v.empty() && IsDigit(v[0]);
      default:
        return false;
    }
  }

  void Record(const KeyDef& def, size_t vb, size_t ve, const std::string& key) {
    tags_ |= def.tags;
    if (key == "registryexpirydate") saw_registry_expiry_ = true;
    Trim(t_, &vb, &ve);
    if (vb >= ve) {
      if (def.field != Field::kIgnore) {
        pending_ = true;
        pending_loose_ = (def.tags & kTagChinese) != 0;
        pending_def_ = def;
      }
      return;
    }
    Assign(def, vb, ve);
  }

  void Assign(const KeyDef& def, size_t vb, size_t ve) {
    if (ve - vb > kMaxValue) return;
    if (Taken(def)) return;
    std::string_view raw = t_.substr(vb, ve - vb);
    switch (def.field) {
      case Field::kIgnore:
        return;
      case Field::kDomain: {
        size_t tok = DomainTokenLength(raw);  // "a.cn（已注册）", "a.cn 未注册"
        std::string d = NormaliseDomainName(raw.substr(0, tok));
        if (d.empty() || d.find('.') == std::string::npos) return;
        SetSlot(&domain_, def.priority, CleanUtf8(d), vb, tok);
        if (tok < raw.size()) Phrases(vb, ve);  // "域名 a.cn 未注册"
        return;
      }
      case Field::kRegistrantOrg:
        Contact(&org_, "registrant_organization", def, raw, vb);
        return;
      case Field::kRegistrantName:
        Contact(&name_, "registrant_name", def, raw, vb);
        return;
      case Field::kRegistrantEmail: {
        Slot dummy;
        Contact(&dummy, "registrant_email", def, raw, vb);
        return;
      }
      case Field::kOtherContact:
        Proxy(raw, vb);
        return;
      case Field::kRegistrar: {
        if (IsPlaceholder(raw)) return;
        SetSlot(&registrar_, def.priority, CleanUtf8(raw), vb, raw.size());
        return;
      }
      case Field::kRegistrarIana: {
        size_t i = 0;
        while (i < raw.size() && IsDigit(raw[i])) ++i;
        if (i == 0 || i > 10) return;
        SetSlot(&iana_, def.priority, std::string(raw.substr(0, i)), vb, i);
        return;
      }
      case Field::kCreated:
      case Field::kExpires:
      case Field::kRealNameDate: {
        const char* name = def.field == Field::kCreated   ? "created"
                           : def.field == Field::kExpires ? "expires"
                                                          : "real_name_verified_on";
        auto d = NormaliseWhoisDate(raw);
        if (!d) {
          if (RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), RedactedPhrase()))
            AddRedacted(name);
          return;
        }
        Slot* slot = def.field == Field::kCreated   ? &created_
                     : def.field == Field::kExpires ? &expires_
                                                    : &realname_date_;
        SetSlot(slot, def.priority, *d, vb, raw.size());
        return;
      }
      case Field::kStatus:
        Status(raw, vb);
        return;
      case Field::kNameServer: {
        size_t tok = raw.find_first_of(" \t,");
        std::string_view first = raw.substr(0, tok);
        std::string ns = NormaliseDomainName(first);
        if (ns.empty() || ns.find('.') == std::string::npos) return;
        if (r_.name_servers.size() >= kMaxList) return;
        for (const auto& x : r_.name_servers)
          if (x.value == ns) return;
        r_.name_servers.push_back({CleanUtf8(ns), vb, first.size()});
        // Several servers on one line ("ns1.a.com, ns2.a.com" / "ns1 ns2").
        if (tok != std::string_view::npos) {
          size_t next = raw.find_first_not_of(" \t,", tok);
          if (next != std::string_view::npos) {
            std::string_view rest = raw.substr(next);
            if (NormaliseDomainName(rest.substr(0, rest.find_first_of(" \t,"))).find('.') !=
                    std::string::npos &&
                !IsDigit(rest[0]))
              Assign(def, vb + next, vb + raw.size());
          }
        }
        return;
      }
      case Field::kRealName: {
        if (RealNameUnverifiedWord(raw) || Contains(LowerAscii(raw), "not verified") ||
            Contains(LowerAscii(raw), "unverified") || Contains(raw, "未通过") ||
            Contains(raw, "审核中") || Contains(raw, "待审核") || Contains(raw, "失败")) {
          r_.real_name_verified = false;
          r_.real_name_evidence = {CleanUtf8(raw), vb, raw.size()};
        } else if (Contains(raw, "已认证") || Contains(raw, "已实名") || Contains(raw, "通过") ||
                   Contains(raw, "成功") || Contains(raw, "已完成") ||
                   Contains(LowerAscii(raw), "verified") || LowerAscii(raw) == "yes") {
          if (!r_.real_name_verified.has_value()) {
            r_.real_name_verified = true;
            r_.real_name_evidence = {CleanUtf8(raw), vb, raw.size()};
          }
        }
        return;
      }
      case Field::kPrivacy: {
        std::string l = LowerAscii(raw);
        bool off = Contains(raw, "未开启") || Contains(raw, "关闭") || Contains(raw, "未启用") ||
                   Contains(raw, "未开通") || Contains(raw, "否") || raw == "无" || l == "off" ||
                   l == "no" || l == "false" || l == "disabled" || l == "inactive" || l == "none";
        bool on = !off && (Contains(raw, "开启") || Contains(raw, "已启用") ||
                           Contains(raw, "开通") || Contains(raw, "是") || l == "on" ||
                           l == "yes" || l == "true" || l == "enabled" || l == "active");
        if (off || on) {
          privacy_explicit_ = true;
          r_.privacy = on;
          r_.privacy_evidence = {CleanUtf8(raw), vb, raw.size()};
        }
        return;
      }
    }
  }

  // True when the field already has a value that this one may not replace (or a full list).
  bool Taken(const KeyDef& def) const {
    const Slot* s = nullptr;
    switch (def.field) {
      case Field::kDomain:
        s = &domain_;
        break;
      case Field::kRegistrantOrg:
        s = &org_;
        break;
      case Field::kRegistrantName:
        s = &name_;
        break;
      case Field::kRegistrar:
        s = &registrar_;
        break;
      case Field::kRegistrarIana:
        s = &iana_;
        break;
      case Field::kCreated:
        s = &created_;
        break;
      case Field::kExpires:
        s = &expires_;
        break;
      case Field::kRealNameDate:
        s = &realname_date_;
        break;
      case Field::kStatus:
        return r_.statuses.size() >= kMaxList;
      case Field::kNameServer:
        return r_.name_servers.size() >= kMaxList;
      default:
        return false;
    }
    return s->set && def.priority <= s->priority;
  }

  void SetSlot(Slot* s, int priority, std::string value, size_t off, size_t len) {
    if (s->set && priority <= s->priority) return;
    s->set = true;
    s->priority = priority;
    s->v = {std::move(value), off, len};
  }

  void AddRedacted(const std::string& f) {
    for (const auto& x : r_.redacted)
      if (x == f) return;
    r_.redacted.push_back(f);
  }

  bool Proxy(std::string_view raw, size_t vb) {
    if (!RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), ProxyPhrase())) return false;
    if (!privacy_explicit_ && !proxy_seen_) {
      proxy_seen_ = true;
      proxy_evidence_ = {CleanUtf8(raw), vb, raw.size()};
    }
    return true;
  }

  void Contact(Slot* slot, const char* field, const KeyDef& def, std::string_view raw, size_t vb) {
    if (IsPlaceholder(raw)) return;
    bool proxy = Proxy(raw, vb);
    if (proxy || RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), RedactedPhrase())) {
      AddRedacted(field);
      return;
    }
    SetSlot(slot, def.priority, CleanUtf8(raw), vb, raw.size());
  }

  void AddStatus(const std::string& code, size_t off, size_t len) {
    if (r_.statuses.size() >= kMaxList) return;
    for (const auto& s : r_.statuses)
      if (s.value == code) return;
    r_.statuses.push_back({code, off, len});
  }

  // "clientTransferProhibited https://icann.org/epp#…", "ok", "clientHold, serverHold",
  // "注册商设置禁止转移(clientTransferProhibited)", "注册局设置暂停解析", "未实名审核".
  void Status(std::string_view raw, size_t vb) {
    const auto& codes = EppCodes();
    size_t i = 0;
    while (i <= raw.size()) {
      // Pieces split by , ， 、 ; ；  |
      size_t j = i;
      size_t sep_len = 0;
      while (j < raw.size()) {
        if (raw[j] == ',' || raw[j] == ';' || raw[j] == '|') {
          sep_len = 1;
          break;
        }
        unsigned char lead = static_cast<unsigned char>(raw[j]);
        if ((lead == 0xEF || lead == 0xE3) &&
            (raw.compare(j, 3, "，") == 0 || raw.compare(j, 3, "、") == 0 ||
             raw.compare(j, 3, "；") == 0)) {
          sep_len = 3;
          break;
        }
        ++j;
      }
      size_t pb = i, pe = j;
      Trim(raw, &pb, &pe);
      if (pb < pe) {
        std::string_view piece = raw.substr(pb, pe - pb);
        bool found = false;
        // Tokens split on blanks and brackets; URLs are skipped.
        size_t k = 0;
        while (k < piece.size()) {
          size_t tb = k;
          while (k < piece.size() && piece[k] != ' ' && piece[k] != '\t' && piece[k] != '(' &&
                 piece[k] != ')' && static_cast<unsigned char>(piece[k]) < 0x80)
            ++k;
          if (k > tb) {
            std::string_view tok = piece.substr(tb, k - tb);
            if (tok.find("://") == std::string_view::npos &&
                tok.find('#') == std::string_view::npos) {
              auto it = codes.find(AlnumLower(tok));
              if (it != codes.end()) {
                AddStatus(it->second, vb + pb + tb, tok.size());
                found = true;
              }
            }
          }
          if (k < piece.size()) ++k;
        }
        if (!found) {
          auto it = codes.find(AlnumLower(piece));  // "client hold", "Client Transfer Prohibited"
          if (it != codes.end() && !HasNonAscii(piece)) {
            AddStatus(it->second, vb + pb, piece.size());
            found = true;
          }
        }
        if (!found && Phrases(vb + pb, vb + pe)) found = true;  // "free", "未注册", "reserved"
        if (!found && HasNonAscii(piece)) {
          if (RealNameUnverifiedWord(piece)) {
            r_.real_name_verified = false;
            r_.real_name_evidence = {CleanUtf8(piece), vb + pb, piece.size()};
          }
          const char* code = ChineseStatus(piece);
          std::string word = code ? code : CleanUtf8(piece.substr(0, 96));
          AddStatus(word, vb + pb, piece.size());
        }
      }
      if (j >= raw.size()) break;
      i = j + sep_len;
    }
  }

  // Looks for not found / reserved / rate limited wording; true when some was found.
  bool Phrases(size_t lb, size_t le) {
    if (le - lb > kMaxPhraseLine || phrase_lines_ >= kMaxPhraseLines) return false;
    ++phrase_lines_;
    std::vector<int> hits;
    std::string_view line = t_.substr(lb, le - lb);
    if (!ResultPhrases().Match(re2::StringPiece(line.data(), line.size()), &hits)) return false;
    bool any = false;
    bool exclude = std::find(hits.begin(), hits.end(), kPhExclude) != hits.end();
    for (int h : hits) {
      if (h == kPhExclude) continue;
      if (exclude && h == kPhReserved) continue;
      any = true;
      std::optional<WhoisValue>* slot = h == kPhNotFound   ? &notfound_line_
                                        : h == kPhReserved ? &reserved_line_
                                                           : &ratelimit_line_;
      if (!*slot) *slot = WhoisValue{CleanUtf8(line), lb, le - lb};
    }
    return any;
  }

  // A Chinese reply whose 域名 / 域名名称 line no key rule read ("| 域名 | a.cn |", "【域名】a.cn",
  // "1. 域名：a.cn"): the first domain-shaped value right after such a key and a separator.
  void DomainAfterChineseKey() {
    static constexpr std::string_view kKey = "\xE5\x9F\x9F\xE5\x90\x8D";   // 域名
    static constexpr std::string_view kName = "\xE5\x90\x8D\xE7\xA7\xB0";  // 名称
    std::string_view text = t_.substr(0, std::min(t_.size(), kMaxScan));
    for (size_t p = text.find(kKey); p != std::string_view::npos; p = text.find(kKey, p + 1)) {
      size_t i = p + kKey.size();
      if (text.substr(i, kName.size()) == kName) i += kName.size();
      size_t seps = 0;
      while (i < text.size()) {
        size_t w = 0;
        char c = text[i];
        if (c == ':' || c == '|' || c == ']' || c == '>') {
          w = 1;
        } else if (text.substr(i, 3) == "\xEF\xBC\x9A" || text.substr(i, 3) == "\xE3\x80\x91" ||
                   text.substr(i, 3) == "\xE3\x80\x8D") {
          w = 3;  // ： 】 」
        } else if (c == '\n' || c == '\r' || !IsSpaceAt(text, i, &w)) {
          break;
        }
        i += w;
        ++seps;
      }
      if (i >= text.size() || (seps == 0 && static_cast<unsigned char>(text[i]) >= 0x80)) continue;
      std::string_view raw = text.substr(i, std::min(text.size() - i, kMaxValue));
      size_t len = DomainTokenLength(raw);
      std::string d = NormaliseDomainName(raw.substr(0, len));
      if (d.empty() || d[0] == '.' || d.find('.') == std::string::npos) continue;
      SetSlot(&domain_, 0, CleanUtf8(d), i, len);
      return;
    }
  }

  void Finish(bool any_text) {
    if (!domain_.set) DomainAfterChineseKey();
    if (domain_.set) r_.domain = domain_.v;
    if (registrar_.set) r_.registrar = registrar_.v;
    if (iana_.set) r_.registrar_iana_id = iana_.v;
    if (created_.set) r_.created = created_.v;
    if (expires_.set) r_.expires = expires_.v;
    if (realname_date_.set) r_.real_name_verified_on = realname_date_.v;
    if (org_.set) {
      r_.registrant = org_.v;
    } else if (name_.set) {
      r_.registrant = name_.v;
    } else if (r_.IsRedacted("registrant_organization") || r_.IsRedacted("registrant_name")) {
      r_.redacted.insert(r_.redacted.begin(), "registrant");
    }
    if (!privacy_explicit_) {
      if (proxy_seen_) {
        r_.privacy = true;
        r_.privacy_evidence = proxy_evidence_;
      } else if (r_.registrant.present()) {
        r_.privacy = false;
      }
    }
    if (r_.HasStatus("serverReserved")) status_reserved_ = true;
    if (status_reserved_ && !reserved_line_) {
      for (const auto& s : r_.statuses)
        if (s.value == "serverReserved") reserved_line_ = s;
    }
    bool has_record = r_.registrar.present() || r_.created.present() || r_.expires.present() ||
                      r_.registrant.present() || !r_.statuses.empty() || !r_.name_servers.empty();
    if (!any_text) {
      r_.result = WhoisResult::kEmpty;
    } else if (has_record && !(status_reserved_ && !r_.created.present())) {
      r_.result = WhoisResult::kFound;
    } else if (ratelimit_line_) {
      r_.result = WhoisResult::kRateLimited;
      r_.result_evidence = *ratelimit_line_;
    } else if (reserved_line_) {
      r_.result = WhoisResult::kReserved;
      r_.result_evidence = *reserved_line_;
    } else if (notfound_line_) {
      r_.result = WhoisResult::kNotFound;
      r_.result_evidence = *notfound_line_;
    } else {
      r_.result = WhoisResult::kUnrecognised;
    }
    if (tags_ & kTagCnnic && !(tags_ & kTagRegistrant) && (tags_ & kTagChinese) == 0) {
      r_.format = WhoisFormat::kCnnic;
    } else if (tags_ & kTagChinese) {
      r_.format = WhoisFormat::kChineseKeys;
    } else if (tags_ & kTagRegistrant) {
      r_.format = WhoisFormat::kIcannThick;
    } else if (tags_ & kTagThin) {
      r_.format = WhoisFormat::kVerisignThin;
    }
  }

  std::string_view t_;
  WhoisRecord r_;
  Slot domain_, org_, name_, registrar_, iana_, created_, expires_, realname_date_;
  std::string key_;  // scratch buffer for NormaliseKey
  bool pending_ = false;
  bool pending_loose_ = false;  // the value may follow without indentation
  KeyDef pending_def_{Field::kIgnore, 0, 0};
  unsigned tags_ = 0;
  bool saw_registry_expiry_ = false;
  bool privacy_explicit_ = false;
  bool proxy_seen_ = false;
  bool status_reserved_ = false;
  WhoisValue proxy_evidence_;
  size_t phrase_lines_ = 0;
  std::optional<WhoisValue> notfound_line_, reserved_line_, ratelimit_line_;
};

}  // namespace
}  // namespace whois

WhoisRecord ParseWhois(std::string_view text) { return whois::Parser(text).Run(); }

}  // namespace beian
