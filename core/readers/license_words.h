// Reads a business licence from OCR words with their boxes (tesseract, page segmentation 6): the
// same facts as ReadLicense, plus per field the confidence and the image region it came from.
//
// Words become lines and label/value pieces as core/readers/word_lines.h describes (folded, two
// columns, spaced labels such as 名　　称, wrapped names and addresses). The values are then read
// by ReadLicense, so dates, 长期 and credit codes are normalised alike.
//
// Never silently used: a field is `accepted` only when every word of it reaches the confidence
// gate (a stricter one for the name, legal representative and address, which are compared with
// the form); a credit code only when its check digit passes (8→S, O→0 and a final bar for J are
// undone first, and a code is never "repaired" to pass). Everything else is offered for
// confirmation.
#ifndef BEIAN_CORE_READERS_LICENSE_WORDS_H_
#define BEIAN_CORE_READERS_LICENSE_WORDS_H_

#include <string>
#include <vector>

#include "core/json.h"
#include "core/readers/word_lines.h"

namespace beian {

struct OcrField {
  std::string field;  // name, credit_code, type, legal_representative, address, …
  std::string label;  // as printed (法定代表人, 经营者, 住所 …)
  std::string raw;    // the words as read
  std::string value;  // normalised by the licence reader; empty when it could not be read
  int conf = 0;       // the lowest word confidence
  int box[4] = {0, 0, 0, 0};
  bool accepted = false;
  std::string reason;  // why not accepted: low_confidence, check_digit, unreadable
};

struct OcrLicense {
  std::vector<OcrField> fields;
};

constexpr int kOcrConfidenceGate = 80;
// Added to the gate for the name, legal representative and address, which the core compares with
// the form (a wrong value accepted there would turn into a mismatch finding).
constexpr int kOcrComparedFieldMargin = 5;

OcrLicense ReadLicenseWords(const std::vector<OcrWord>& words, int gate = kOcrConfidenceGate);

// words_json: [{"text", "conf", "x0", "y0", "x1", "y1"}] → {"fields": [{"field", "label", "raw",
// "value", "conf", "box": [x0, y0, x1, y1], "accepted", "reason", "line"}]}; "line" is the field
// as licence text ("名称：…"), what the page puts into the licence text once the seller confirms.
std::string LicenseFromWordsJson(const std::string& words_json, int gate = kOcrConfidenceGate);

// The words of a words_json array (entries without a string "text" are skipped; numbers out of
// range are clamped), shared by the words readers' JSON entry points.
std::vector<OcrWord> OcrWordsFromJson(const std::string& words_json);

// One field as the JSON entry points write it; `line` is the field as document text.
json OcrFieldJson(const OcrField& f, const std::string& line);

}  // namespace beian

#endif  // BEIAN_CORE_READERS_LICENSE_WORDS_H_
