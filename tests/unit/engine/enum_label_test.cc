// EnumLabel: an enum value of the application in the seller's words (the schema's x-labels),
// through properties, array items, $ref and oneOf; the value itself when there is no label.
#include <gtest/gtest.h>

#include "core/engine/schema.h"

namespace beian {
namespace {

TEST(EnumLabel, NamesValuesByTheSchemasLabels) {
  EXPECT_EQ(EnumLabel("/websites/0/hosting/location", "hong_kong", "zh-CN"), "香港");
  EXPECT_EQ(EnumLabel("/websites/3/hosting/location", "hong_kong", "en"), "Hong Kong");
  // $ref (#/$defs/person) under two different fields.
  EXPECT_EQ(EnumLabel("/subject/principal/id_type", "passport", "zh-CN"), "护照");
  EXPECT_EQ(EnumLabel("/websites/0/responsible_person/id_type", "passport", "zh-CN"), "护照");
  // oneOf (a domain is a string or an object) and array items.
  EXPECT_EQ(EnumLabel("/websites/0/domains/1/registrant_certificate_type", "resident_id", "zh-CN"),
            "居民身份证");
  EXPECT_EQ(EnumLabel("/documents/domain_screenshot_shows/2", "holder", "zh-CN"), "持有者");
}

TEST(EnumLabel, WithoutALabelTheValueStays) {
  EXPECT_EQ(EnumLabel("/websites/0/hosting/location", "atlantis", "zh-CN"), "atlantis");
  EXPECT_EQ(EnumLabel("/websites/0/name", "青禾", "zh-CN"), "青禾");
  EXPECT_EQ(EnumLabel("/no/such/field", "x", "zh-CN"), "x");
  EXPECT_EQ(EnumLabel("", "x", "zh-CN"), "x");
  EXPECT_EQ(EnumLabel("/websites/x/hosting/location", "hong_kong", "zh-CN"), "hong_kong");
}

}  // namespace
}  // namespace beian
