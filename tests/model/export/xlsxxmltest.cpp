// The SpreadsheetML pieces the .xlsx export is made of: escaped text, column letters, numbers.
#include "export/xlsxxml.h"

#include <gtest/gtest.h>

#include <string>

namespace planner::test {
namespace {

std::string escaped(const char *utf8)
{
    std::string xml;
    XlsxXml::appendEscaped(xml, QByteArrayView(utf8));
    return xml;
}

std::string number(double value)
{
    std::string xml;
    XlsxXml::appendNumber(xml, value);
    return xml;
}

TEST(XlsxXmlTest, MarkupAndForbiddenControlCharactersAreEscaped)
{
    EXPECT_EQ(escaped("Tr\xe1\xba\xa7n & <b>\"x\""), "Tr\xe1\xba\xa7n &amp; &lt;b&gt;&quot;x&quot;");
    // Tab and line breaks are allowed in XML; other control characters are not.
    EXPECT_EQ(escaped("a\tb\nc\x01" "d\x1f"), "a\tb\nc_x0001_d_x001F_");
    EXPECT_EQ(escaped(""), "");
    EXPECT_TRUE(XlsxXml::needsSpacePreserved(" lead"));
    EXPECT_TRUE(XlsxXml::needsSpacePreserved("trail\n"));
    EXPECT_FALSE(XlsxXml::needsSpacePreserved("in side"));
}

TEST(XlsxXmlTest, ColumnLettersRunToTheLastColumn)
{
    EXPECT_EQ(XlsxXml::columnName(0), "A");
    EXPECT_EQ(XlsxXml::columnName(25), "Z");
    EXPECT_EQ(XlsxXml::columnName(26), "AA");
    EXPECT_EQ(XlsxXml::columnName(701), "ZZ");
    EXPECT_EQ(XlsxXml::columnName(702), "AAA");
    EXPECT_EQ(XlsxXml::columnName(16383), "XFD");
}

TEST(XlsxXmlTest, NumbersAreShortAndReadBackExactly)
{
    EXPECT_EQ(number(25000000), "25000000");
    EXPECT_EQ(number(-5), "-5");
    EXPECT_EQ(number(0.0346), "0.0346");
    EXPECT_EQ(number(0.0001), "0.0001");
    for (const double value : {0.1 + 0.2, 1e-7, 1e20, -123456.789, 3361.34453781513})
        EXPECT_EQ(std::stod(number(value)), value) << number(value);
}

} // namespace
} // namespace planner::test
