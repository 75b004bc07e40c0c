#include "core/province.h"

#include <cctype>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>

namespace beian {

namespace {
constexpr ProvinceInfo kProvinces[] = {
    {11, "北京市", "北京", "京", "", "beijing"},
    {12, "天津市", "天津", "津", "", "tianjin"},
    {13, "河北省", "河北", "冀", "", "hebei"},
    {14, "山西省", "山西", "晋", "", "shanxi"},
    {15, "内蒙古自治区", "内蒙古", "蒙", "", "neimenggu"},
    {21, "辽宁省", "辽宁", "辽", "", "liaoning"},
    {22, "吉林省", "吉林", "吉", "", "jilin"},
    {23, "黑龙江省", "黑龙江", "黑", "", "heilongjiang"},
    {31, "上海市", "上海", "沪", "", "shanghai"},
    {32, "江苏省", "江苏", "苏", "", "jiangsu"},
    {33, "浙江省", "浙江", "浙", "", "zhejiang"},
    {34, "安徽省", "安徽", "皖", "", "anhui"},
    {35, "福建省", "福建", "闽", "", "fujian"},
    {36, "江西省", "江西", "赣", "", "jiangxi"},
    {37, "山东省", "山东", "鲁", "", "shandong"},
    {41, "河南省", "河南", "豫", "", "henan"},
    {42, "湖北省", "湖北", "鄂", "", "hubei"},
    {43, "湖南省", "湖南", "湘", "", "hunan"},
    {44, "广东省", "广东", "粤", "", "guangdong"},
    {45, "广西壮族自治区", "广西", "桂", "", "guangxi"},
    {46, "海南省", "海南", "琼", "", "hainan"},
    {50, "重庆市", "重庆", "渝", "", "chongqing"},
    {51, "四川省", "四川", "川", "蜀", "sichuan"},
    {52, "贵州省", "贵州", "黔", "贵", "guizhou"},
    {53, "云南省", "云南", "滇", "云", "yunnan"},
    {54, "西藏自治区", "西藏", "藏", "", "xizang"},
    {61, "陕西省", "陕西", "陕", "", "shaanxi"},
    {62, "甘肃省", "甘肃", "甘", "", "gansu"},
    {63, "青海省", "青海", "青", "", "qinghai"},
    {64, "宁夏回族自治区", "宁夏", "宁", "", "ningxia"},
    {65, "新疆维吾尔自治区", "新疆", "新", "", "xinjiang"},
    {71, "台湾省", "台湾", "台", "", "taiwan"},
    {81, "香港特别行政区", "香港", "港", "", "hongkong"},
    {82, "澳门特别行政区", "澳门", "澳", "", "macao"},
};

// The names of kProvinces as views, their lengths computed by the compiler: ProvinceCode runs for
// every province list of the pack on every check, and compared as C strings each name was
// measured again each time (strlen was 2 % of a batch).
struct ProvinceNames {
  std::string_view name, short_name, abbr, alt_abbr, pinyin;
};
struct NameTable {
  ProvinceNames v[std::size(kProvinces)] = {};
  constexpr NameTable() {
    for (size_t i = 0; i < std::size(kProvinces); ++i) {
      const ProvinceInfo& p = kProvinces[i];
      v[i] = {p.name, p.short_name, p.abbr, p.alt_abbr, p.pinyin};
    }
  }
};
constexpr NameTable kNames;

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}
}  // namespace

const ProvinceInfo* ProvinceByCode(int code) {
  for (const auto& p : kProvinces)
    if (p.code == code) return &p;
  return nullptr;
}

int ProvinceByAbbr(const std::string& abbr) {
  for (size_t i = 0; i < std::size(kProvinces); ++i) {
    const ProvinceNames& p = kNames.v[i];
    if (abbr == p.abbr || (!p.alt_abbr.empty() && abbr == p.alt_abbr)) return kProvinces[i].code;
  }
  return 0;
}

int ProvinceCode(const std::string& raw) {
  // Called for every province list of the pack on every check: no allocation.
  std::string_view t = TrimSpace(raw);
  if (t.empty()) return 0;
  bool digits = true, ascii = true;
  for (char c : t) {
    if (c < '0' || c > '9') digits = false;
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (digits) {
    if (t.size() != 2 && t.size() != 6) return 0;
    int code = (t[0] - '0') * 10 + (t[1] - '0');
    return ProvinceByCode(code) ? code : 0;
  }
  // Every name, short name and abbreviation, and the pinyin (ASCII, compared without case): one
  // table built on first use (the first province listed wins, as a search in order would).
  static const std::unordered_map<std::string_view, int>* const kByName = [] {
    auto* m = new std::unordered_map<std::string_view, int>();
    for (size_t i = 0; i < std::size(kProvinces); ++i) {
      const ProvinceNames& p = kNames.v[i];
      for (std::string_view n : {p.name, p.short_name, p.abbr, p.alt_abbr, p.pinyin})
        if (!n.empty()) m->emplace(n, kProvinces[i].code);
    }
    return m;
  }();
  if (ascii) {
    char lower[32];
    if (t.size() <= sizeof lower) {
      for (size_t i = 0; i < t.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i])));
      if (auto it = kByName->find(std::string_view(lower, t.size())); it != kByName->end())
        return it->second;
    }
  } else if (auto it = kByName->find(t); it != kByName->end()) {
    return it->second;
  }
  // Longer text that starts with a full province name (e.g. "浙江省杭州市").
  for (size_t i = 0; i < std::size(kProvinces); ++i) {
    if (t.substr(0, kNames.v[i].short_name.size()) == kNames.v[i].short_name)
      return kProvinces[i].code;
  }
  return 0;
}

}  // namespace beian
