// Reads the text of a 营业执照 (business licence) as typed or produced by OCR: 名称,
// 统一社会信用代码, 类型, 法定代表人 (负责人/经营者/执行事务合伙人), 经营范围, 住所, 注册资本,
// 成立日期, 营业期限, 登记机关, plus status words (存续, 吊销, 注销, 经营异常 …) in the licence or
// the registry text.
//
// Tolerates OCR noise: full-width colons and spaces, keys split by spaces ("名 称"), spaces inside
// the credit code and dates, two-column layouts. Every value keeps the byte offset/length of the
// text it came from, so findings can point into the attachment. Linear time; never throws. A leaf:
// the licence of a check is read in core/facts/license.h.
#ifndef BEIAN_CORE_READERS_LICENSE_H_
#define BEIAN_CORE_READERS_LICENSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

namespace beian {

struct LicenseValue {
  std::string value;  // normalised (spaces removed, dates as YYYY-MM-DD)
  size_t offset = 0;  // byte offset of the printed value in the licence text
  size_t length = 0;
  bool empty() const { return value.empty(); }
};

// How a status was found.
enum class StatusKind {
  kWord,   // a bare word somewhere in the text (a heading, a branch's status, …)
  kValue,  // the value of 登记状态 / 经营状态 / 企业状态 (`value`)
  kAbnormalListed,  // an 经营异常 entry with 列入日期 or 列入原因 and no 移出 (`value`: the date)
};

struct LicenseStatus {
  std::string word;          // 存续, 在业, 吊销, 注销, 经营异常, 歇业 …
  bool bad = false;          // a status word that prevents filing (for kWord: only the word)
  bool in_registry = false;  // found in registry_text (else in the licence text)
  size_t offset = 0;
  size_t length = 0;
  StatusKind kind = StatusKind::kWord;
  std::string
      value;  // kValue: the whole value (存续（在营、开业、在册）); kAbnormalListed: 列入日期
  std::string context;  // kWord: the text around the word on its line (spaces removed)
};

struct LicenseFacts {
  LicenseValue name;
  LicenseValue credit_code;          // 18 characters
  LicenseValue registration_number;  // old 15-digit 注册号
  LicenseValue type;  // 类型, e.g. 有限责任公司（自然人投资或控股）, 个体工商户
  LicenseValue legal_representative;
  std::string legal_representative_label;  // 法定代表人, 负责人, 经营者, 执行事务合伙人, 投资人
  LicenseValue business_scope;
  LicenseValue address;
  std::string address_label;  // 住所, 经营场所, 主要经营场所, 营业场所
  LicenseValue registered_capital;
  LicenseValue established;  // 成立日期 / 注册日期
  LicenseValue valid_from;
  LicenseValue valid_until;  // YYYY-MM-DD or 长期
  LicenseValue authority;    // 登记机关
  bool long_term = false;
  std::vector<LicenseStatus> status;

  // Something was recognised at all.
  bool found() const;
  // Old licence: a 15-digit 注册号 and no unified social credit code.
  bool old_format() const { return !registration_number.empty() && credit_code.empty(); }
  // The first status word that prevents filing, or nullptr.
  const LicenseStatus* bad_status() const;
  // The first 登记状态 value that is active (存续, 在业 …), or nullptr.
  const LicenseStatus* active_status() const;
};

// `registry` is the optional text copied from the 国家企业信用信息公示系统 (only scanned for
// status: the value of 登记状态/经营状态, 经营异常 entries with their 列入/移出 dates, and bare
// status words elsewhere; empty sections such as "列入经营异常名录信息 暂无数据" or "经营异常 0"
// are not status words).
LicenseFacts ReadLicense(std::string_view text, std::string_view registry = {});

// Facts for report.facts.license (report.schema.json).
json LicenseJson(const LicenseFacts& facts);

// Parses 2015年03月17日, 2015年3月7日, 2015-03-17, 2015.03.17, 2015/03/17 (spaces allowed anywhere)
// into YYYY-MM-DD; empty when `text` holds no valid date. `offset`/`length` (optional) receive
// the position of the date inside `text`.
std::string ParseLicenseDate(std::string_view text, size_t* offset = nullptr,
                             size_t* length = nullptr);

// Removes spaces (ASCII, full-width, newlines) except a single one between two ASCII
// letters/digits, and maps full-width ASCII letters/digits to half-width.
std::string CompactText(std::string_view text);

}  // namespace beian

#endif  // BEIAN_CORE_READERS_LICENSE_H_
