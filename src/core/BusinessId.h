#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct BusinessIdCheck
{
    bool valid = false;
    QString country; // ISO 3166 alpha-2, when it could be told
    QString normalised; // canonical form, when valid
    QString error; // translated, when not valid
};

// Nordic business ids in the three shapes Vainu uses: "2822996-6" (Finnish, with hyphen),
// "25578642" (bare, country from the hint), "NO918443525" (country-prefixed; the prefix wins).
namespace BusinessId {
// Countries: FI (Y-tunnus, mod 11 check digit), SE (organisationsnummer, Luhn; also "SE"+10,
// 12-digit "16" forms and VAT "SE..01"), NO (organisasjonsnummer, mod 11; "MVA" suffix ok),
// DK (CVR, weighted sum mod 11). Spaces are ignored. With no hint and no prefix, the shape
// decides when it can (hyphen positions, length); a bare 8-digit id valid for both FI and DK
// needs a hint.
BusinessIdCheck check(const QString& raw, const QString& countryHint = {});
// Canonical forms: FI "1234567-8", SE "556677-8899", NO "918443525", DK "12345678".
QString normalise(const QString& raw, const QString& countryHint = {}); // "" if invalid
// "FI:25578642"-style key (country, colon, digits only), "" if invalid.
QString matchKey(const QString& raw, const QString& countryHint = {});
// Canonical form of digits + computed check digit; "" if impossible (NO/DK remainder 10,
// FI remainder 1) or the input is not the right number of digits.
QString withCheckDigit(const QString& country, const QString& digitsWithoutCheck);
QStringList supportedCountries(); // FI, SE, NO, DK
// Splits pasted text into ids: any mix of spaces, commas, semicolons and line breaks. Valid ids come out in
// their canonical form, the others as typed; each once, in the order of the text.
QStringList parseList(const QString& text);
// Why `raw` is a business id of no supported country (check()'s reason), or "" when it is one, if only with a
// country hint (a bare 8-digit id valid in both Finland and Denmark is one: Vainu may know it).
QString problemOf(const QString& raw);
} // namespace BusinessId
