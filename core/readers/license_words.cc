#include "core/readers/license_words.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <iterator>

#include "core/ids.h"
#include "core/readers/license.h"

namespace beian {
namespace {

// Longest first: 主要经营场所 before 经营场所, 法定代表人 before 代表人.
constexpr words::Label kLabels[] = {
    {"统一社会信用代码", "credit_code"},
    {"主要经营场所", "address"},
    {"执行事务合伙人", "legal_representative"},
    {"法定代表人", "legal_representative"},
    {"经营场所", "address"},
    {"营业场所", "address"},
    {"注册资本", "registered_capital"},
    {"出资额", "registered_capital"},
    {"成立日期", "established"},
    {"注册日期", "established"},
    {"营业期限", "term"},
    {"经营范围", "business_scope"},
    {"登记机关", "authority"},
    {"组成形式", "form"},
    {"经营者", "legal_representative"},
    {"负责人", "legal_representative"},
    {"投资人", "legal_representative"},
    {"名称", "name"},
    {"类型", "type"},
    {"住所", "address"},
};

// The second characters of the spaced two-character labels, with the label they end.
constexpr words::Label kSpacedTails[] = {{"称", "name"}, {"型", "type"}, {"所", "address"}};
const char* const kSpacedLabels[] = {"名称", "类型", "住所"};

// Licences print names, types and addresses with full-width brackets; OCR reads ( ).
std::string FullWidthBrackets(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else {
      out += c;
    }
  }
  return out;
}

// How many following lines a wrapped value may take.
int MaxWrap(const std::string& field) {
  if (field == "business_scope") return 12;
  if (field == "name" || field == "address" || field == "type") return 2;
  return 0;
}

// The USCC alphabet has no I, O, S, V, Z: undo the misreads that produce them.
std::string CreditCandidate(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (u == 'O') u = '0';
    if (u == 'I') u = '1';
    if (u == 'S') u = '8';
    if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')) out += u;
  }
  return out;
}

bool CodeOk(const std::string& code) {
  return code.size() == 18 && UsccFormatOk(code) && UsccChecksumOk(code);
}

// The code as read, or, when that fails its check digit, with the lower-case letters dropped (a
// code has none; tesseract reads J as jJ), or with a final '|' read as J (a J without its hook,
// as some licence fonts print it, comes out as a bar; at the check-digit position only, where a
// bar can be nothing else). Each is one fixed reading of a known misread, never a search for a
// character that makes the code pass.
std::string BestCode(const std::string& raw) {
  std::string code = CreditCandidate(raw);
  if (CodeOk(code)) return code;
  std::string upper;
  for (char c : raw)
    if (c < 'a' || c > 'z') upper += c;
  std::string alt = CreditCandidate(upper);
  if (CodeOk(alt)) return alt;
  std::string bar = upper;
  while (!bar.empty() && (bar.back() == ' ' || bar.back() == '"' || bar.back() == '\''))
    bar.pop_back();
  if (!bar.empty() && bar.back() == '|') {
    bar.back() = 'J';
    std::string j = CreditCandidate(bar);
    if (j.size() == 18 && j.back() == 'J' && CodeOk(j)) return j;
  }
  return code;
}

// Values the core compares with the form (licence name, legal representative, address: ENT-007,
// PPL-…, ENT-010) need a stricter gate: a wrong value ticked by default would end in a mismatch
// finding against what the seller typed correctly, the false rejection the product must not make.
int FieldGate(const std::string& field, int gate) {
  if (field == "name" || field == "legal_representative" || field == "address")
    return std::min(100, gate + kOcrComparedFieldMargin);
  return gate;
}

const LicenseValue* FactOf(const LicenseFacts& f, const std::string& field) {
  if (field == "name") return &f.name;
  if (field == "credit_code") return &f.credit_code;
  if (field == "type") return &f.type;
  if (field == "legal_representative") return &f.legal_representative;
  if (field == "address") return &f.address;
  if (field == "registered_capital") return &f.registered_capital;
  if (field == "established") return &f.established;
  if (field == "business_scope") return &f.business_scope;
  if (field == "authority") return &f.authority;
  return nullptr;
}

}  // namespace

OcrLicense ReadLicenseWords(const std::vector<OcrWord>& words, int gate) {
  OcrLicense out;
  // 1. words into lines, 2. label → value (two columns, wrapped lines in the value's column)
  std::vector<words::Line> lines = words::GroupLines(words);
  const words::LabelTable table{kLabels, std::size(kLabels), kSpacedTails, std::size(kSpacedTails)};
  std::vector<std::vector<words::Hit>> labels;
  for (const words::Line& l : lines) labels.push_back(words::FindLabels(l, table));
  for (words::Labeled& lv : words::LabeledValues(lines, labels, MaxWrap)) {
    std::string field = lv.label->field;
    if (field == "form") continue;
    words::Piece& p = lv.value;
    OcrField f;
    f.field = field;
    f.label = lv.label->text;
    for (size_t t = 0; t < std::size(kSpacedTails); ++t)
      if (lv.label == &kSpacedTails[t]) f.label = kSpacedLabels[t];
    if (field == "name" || field == "type" || field == "address" || field == "business_scope")
      p.text = FullWidthBrackets(p.text);
    f.raw = p.text;
    f.conf = p.text.empty() ? 0 : p.conf;
    if (p.box[0] != INT_MAX) std::copy(p.box, p.box + 4, f.box);
    out.fields.push_back(f);
  }

  // 3. the credit code: after its label, else any 18 characters on a line that pass the check
  auto credit = std::find_if(out.fields.begin(), out.fields.end(),
                             [](const OcrField& f) { return f.field == "credit_code"; });
  if (credit == out.fields.end() || !CodeOk(BestCode(credit->raw))) {
    for (const words::Line& l : lines) {
      for (size_t a = 0; a < l.words.size(); ++a) {
        words::Piece p;
        for (size_t b = a; b < l.words.size() && p.text.size() < 24; ++b) {
          p.Add(l.words[b], l.words[b].text);
          std::string code = BestCode(p.text);
          if (CodeOk(code) && code.size() + 2 >= p.text.size()) {
            OcrField f;
            f.field = "credit_code";
            f.label = "统一社会信用代码";
            f.raw = p.text;
            f.conf = p.conf;
            std::copy(p.box, p.box + 4, f.box);
            if (credit != out.fields.end()) {
              *credit = f;
            } else {
              out.fields.insert(out.fields.begin(), f);
            }
            goto found;
          }
        }
      }
    }
  found:;
  }

  // 4. values read by the licence reader; the gates
  for (OcrField& f : out.fields) {
    if (f.field == "credit_code") {
      std::string code = BestCode(f.raw);
      f.raw = code;
      f.value = CodeOk(code) ? code : "";
      f.accepted = !f.value.empty();
      if (!f.accepted) f.reason = "check_digit";
      continue;
    }
    LicenseFacts facts = ReadLicense(f.label + "：" + f.raw);
    if (f.field == "term") {
      if (!facts.valid_from.empty() || !facts.valid_until.empty())
        f.value = facts.valid_from.value + "至" + facts.valid_until.value;
    } else if (const LicenseValue* v = FactOf(facts, f.field)) {
      f.value = v->value;
    }
    if (f.value.empty()) {
      f.reason = "unreadable";
    } else if (f.conf < FieldGate(f.field, gate)) {
      f.reason = "low_confidence";
    } else {
      f.accepted = true;
    }
  }
  return out;
}

std::vector<OcrWord> OcrWordsFromJson(const std::string& words_json) {
  json in = ParseJson(words_json);
  std::vector<OcrWord> words;
  if (!in.is_array()) return words;
  for (const json& w : in) {
    if (!w.is_object()) continue;
    // pixels and percentages: read as double and clamped, so 1e300 or NaN cannot overflow an int
    auto num = [&](const char* k) {
      auto it = w.find(k);
      if (it == w.end() || !it->is_number()) return 0;
      double d = it->get<double>();
      if (!(d > -1e7)) return d != d ? 0 : -10000000;
      if (d > 1e7) return 10000000;
      return static_cast<int>(d);
    };
    auto it = w.find("text");
    if (it == w.end() || !it->is_string()) continue;
    words.push_back(
        {it->get<std::string>(), num("conf"), num("x0"), num("y0"), num("x1"), num("y1")});
    if (words.size() >= 20000) break;
  }
  return words;
}

json OcrFieldJson(const OcrField& f, const std::string& line) {
  return {{"field", f.field},
          {"label", f.label},
          {"raw", f.raw},
          {"value", f.value},
          {"conf", f.conf},
          {"box", {f.box[0], f.box[1], f.box[2], f.box[3]}},
          {"accepted", f.accepted},
          {"reason", f.reason},
          {"line", line}};
}

std::string LicenseFromWordsJson(const std::string& words_json, int gate) {
  OcrLicense lic = ReadLicenseWords(OcrWordsFromJson(words_json), gate);
  json fields = json::array();
  for (const OcrField& f : lic.fields) fields.push_back(OcrFieldJson(f, f.label + "：" + f.raw));
  return Dump(json{{"fields", fields}, {"gate", gate}});
}

}  // namespace beian
