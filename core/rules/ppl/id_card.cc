// PPL-013 … PPL-016: the ID cards of the people — validity date, 居民身份证号码 format, check
// digit, birth date and region (of every person and of an individual filer's certificate), and
// the name and number printed on the uploaded card.
#include <re2/re2.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/facts/people.h"
#include "core/geo/regions.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/rules/ppl/people.h"
#include "core/rules/ppl/ppl.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Parses an ID card's 有效期限 end: YYYY-MM-DD (also . / 年月日 separators). nullopt otherwise.
std::optional<Date> ParseExpiry(const std::string& raw) {
  std::string s = Compact(raw);
  std::string digits;
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9') {
      cur += ch;
    } else {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  if (parts.size() == 1 && parts[0].size() == 8) {
    parts = {parts[0].substr(0, 4), parts[0].substr(4, 2), parts[0].substr(6, 2)};
  }
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2 ||
      parts[1].empty() || parts[2].empty())
    return std::nullopt;
  std::string iso = parts[0] + "-" + (parts[1].size() == 1 ? "0" : "") + parts[1] + "-" +
                    (parts[2].size() == 1 ? "0" : "") + parts[2];
  return Date::Parse(iso);
}

struct IdRef {
  std::string path;
  std::string raw;
};

// Every resident-ID number in the application: people whose id_type is resident_id (or unset
// and the number looks like one), plus subject.certificate_number of an individual filer.
std::vector<IdRef> ResidentIds(const json& app) {
  std::vector<IdRef> out;
  for (const auto& p : People(app)) {
    auto id = NonBlank(*p.node, "/id_number");
    if (!id) continue;
    const std::string* type = Str(*p.node, "/id_type");
    if (type && *type != "resident_id") continue;
    out.push_back({p.path + "/id_number", *id});
  }
  auto cert = NonBlank(app, "/subject/certificate_number");
  const std::string* cert_type = Str(app, "/subject/certificate_type");
  if (cert && ((cert_type && *cert_type == "resident_id") || (!cert_type && IsIndividual(app)))) {
    out.push_back({"/subject/certificate_number", *cert});
  }
  return out;
}

struct IdCardText {
  std::string name;    // 姓名 as printed
  std::string number;  // 公民身份号码, normalised
};

// Reads 姓名 and 公民身份号码 from the text of an ID card's portrait side (typed or OCR).
IdCardText ReadIdCard(const std::string& raw) {
  IdCardText out;
  std::string t = Compact(raw);
  size_t at = t.find("姓名");
  if (at != std::string::npos) {
    std::string rest = t.substr(at + std::string("姓名").size());
    if (!rest.empty() && rest[0] == ':') rest = rest.substr(1);
    size_t stop = rest.find("性别");
    if (stop != std::string::npos) rest = rest.substr(0, stop);
    for (const auto& cp : CodePoints(rest)) {
      if (!IsCjk(cp) && cp != "\xC2\xB7") break;
      out.name += cp;
    }
  }
  static const RE2 number("([1-9][0-9]{16}[0-9Xx])");
  size_t label = t.find("身份号码");
  re2::StringPiece in(t);
  if (label != std::string::npos) in.remove_prefix(label);
  std::string found;
  if (RE2::FindAndConsume(&in, number, &found)) out.number = NormalizeCode(found);
  return out;
}

}  // namespace

// PPL-013: ID cards must stay valid for more than 90 days after today.
void Ppl013(Ctx& c) {
  int min_days = IntParam(c, "min_days", 90);
  int long_term_age = IntParam(c, "long_term_min_age", 46);
  bool any = false;
  std::set<std::string> seen;  // the same person in two roles is reported once
  for (const auto& p : ResponsiblePersons(c.app())) {
    auto raw = NonBlank(*p.node, "/id_valid_until");
    if (!raw) continue;
    any = true;
    if (!seen.insert(PersonKey(*p.node) + "|" + Compact(*raw)).second) continue;
    std::string path = p.path + "/id_valid_until";
    Vars vars = {
        {"name", facts::PersonName(*p.node)}, {"value", *raw}, {"min", std::to_string(min_days)}};
    std::string low = Lower(Compact(*raw));
    if (ParamHas(c.Param("long_term_words"), low)) {
      auto rid = PersonResidentId(*p.node);
      if (rid) {
        int age = AgeOn(*rid->birth, c.today());
        if (age < long_term_age) {
          vars.push_back({"age", std::to_string(age)});
          vars.push_back({"long_term_age", std::to_string(long_term_age)});
          c.Emit(path, vars, Evidence(*raw, "long_term_young"));
        }
      }
      continue;
    }
    auto until = ParseExpiry(*raw);
    if (!until) {
      c.Emit(path, vars, Evidence(*raw, "unreadable"));
      continue;
    }
    long days = until->Days() - c.today().Days();
    vars.push_back({"days", std::to_string(days)});
    vars.push_back({"date", until->ToString()});
    vars.push_back({"deadline", c.today().AddDays(min_days + 1).ToString()});
    if (days < 0) {
      vars[vars.size() - 3].second = std::to_string(-days);
      c.Emit(path, vars, Evidence(until->ToString(), "expired"));
    } else if (days <= min_days) {
      c.Emit(path, vars, Evidence(until->ToString()));
    }
  }
  if (!any) c.Skip();
}

// PPL-014: ID number format and check digit.
void Ppl014(Ctx& c) {
  auto ids = ResidentIds(c.app());
  if (ids.empty()) return c.Skip();
  for (const auto& ref : ids) {
    bool fullwidth = false;
    std::string id = NormalizeCode(ref.raw, &fullwidth);
    ResidentId parsed = ParseResidentId(id);
    Vars vars = {{"value", MaskId(id)}, {"length", std::to_string(id.size())}};
    if (!parsed.format_ok) {
      bool digits15 = id.size() == 15 && id.find_first_not_of("0123456789") == std::string::npos;
      c.Emit(ref.path, vars, Evidence(MaskId(id), digits15 ? "first_generation" : ""));
    } else if (!parsed.checksum_ok) {
      vars.push_back({"expected", std::string(1, ResidentIdCheckChar(id))});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "checksum"));
    } else if (fullwidth) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "fullwidth"));
    }
  }
}

namespace {

// The year of `yyyymmdd` when it is a real calendar date before 1900 (Date::Parse starts at
// 1900), else 0.
int RealDateYearBefore1900(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8 || !IsAsciiDigits(yyyymmdd)) return 0;
  auto num = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t k = from; k < from + n; ++k) v = v * 10 + (yyyymmdd[k] - '0');
    return v;
  };
  int y = num(0, 4), m = num(4, 2), d = num(6, 2);
  if (y < 1 || y >= 1900 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return 0;
  return y;
}

}  // namespace

// PPL-015: Birth date and region code in the ID number.
void Ppl015(Ctx& c) {
  auto ids = ResidentIds(c.app());
  bool any = false;
  for (const auto& ref : ids) {
    std::string id = NormalizeCode(ref.raw);
    ResidentId parsed = ParseResidentId(id);
    if (!parsed.format_ok) continue;
    any = true;
    Vars vars = {{"value", MaskId(id)}, {"birth", id.substr(6, 8)}};
    if (int year = RealDateYearBefore1900(id.substr(6, 8))) {  // a real date, nobody born then
      Vars v = vars;
      v.push_back({"year", std::to_string(year)});
      c.Emit(ref.path, v, Evidence(MaskId(id), "birth_implausible"));
    } else if (!parsed.birth) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "birth_invalid"));
    } else if (*parsed.birth > c.today()) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "birth_future"));
    }
    if (!IdProvinceCodeOk(parsed.province)) {
      vars.push_back({"code", id.substr(0, 2)});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "province"));
    } else if (parsed.province < 81 &&
               !IsKnownIdRegion(id.substr(0, 6), parsed.birth ? parsed.birth->year : 0)) {
      // Old IDs keep the code in force when issued: historical GB/T 2260 codes are accepted.
      vars.push_back({"code", id.substr(0, 6)});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "region"));
    }
  }
  if (!any) c.Skip();
}

// PPL-016: name and number in the form must equal the uploaded ID card.
void Ppl016(Ctx& c) {
  size_t n = Count(c.app(), "/attachments/id_card_texts");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/attachments/id_card_texts/" + std::to_string(i);
    const std::string* text = Str(c.app(), base + "/text");
    if (!text) continue;
    std::string person = NonBlank(c.app(), base + "/person").value_or("/subject/principal");
    const json* node = At(c.app(), person);
    if (!node || !node->is_object()) continue;
    IdCardText card = ReadIdCard(*text);
    any = true;
    std::string form_name = facts::PersonName(*node);
    std::string form_id = facts::PersonId(*node);
    Vars vars = {{"name", form_name}, {"card_name", card.name}};
    if (card.name.empty() && card.number.empty()) {
      c.Emit(base + "/text", vars, Variant("unreadable"));
      continue;
    }
    bool name_differs = !card.name.empty() && !form_name.empty() && Compact(form_name) != card.name;
    bool number_differs = !card.number.empty() && !form_id.empty() && card.number != form_id;
    vars.push_back({"value", MaskId(form_id)});
    vars.push_back({"card_number", MaskId(card.number)});
    if (name_differs && number_differs) {
      // Neither matches: the card of another person, one finding.
      c.Emit(person, vars, Evidence(card.name, "other_person"));
    } else if (name_differs) {
      c.Emit(person + "/name", vars, Evidence(card.name));
    } else if (number_differs) {
      c.Emit(person + "/id_number", vars, Evidence(MaskId(card.number), "number"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
