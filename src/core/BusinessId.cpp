#include "core/BusinessId.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// The translation context of business-id messages (a namespace cannot declare one itself).
class BusinessIdText
{
    Q_DECLARE_TR_FUNCTIONS(BusinessIdText)
};

// Real ids are short; a long input is rejected before any work so that pasting a whole file
// into a field costs nothing.
constexpr qsizetype maxInputLength = 64;

QString shown(const QString& raw)
{
    const QString t = raw.trimmed();
    if (t.size() <= 40)
        return t;
    return t.left(40) + QChar(0x2026);
}

BusinessIdCheck invalid(const QString& country, const QString& error)
{
    BusinessIdCheck c;
    c.country = country;
    c.error = error;
    return c;
}

BusinessIdCheck validId(const QString& country, const QString& normalised)
{
    BusinessIdCheck c;
    c.valid = true;
    c.country = country;
    c.normalised = normalised;
    return c;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar ch : s) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// Check digit of a 7-digit Finnish body; nullopt when the remainder is 1 (no valid id).
std::optional<int> fiCheckDigit(QStringView body)
{
    static constexpr std::array<int, 7> weights {7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 7; ++i)
        sum += digitAt(body, i) * weights[static_cast<size_t>(i)];
    const int r = sum % 11;
    if (r == 0)
        return 0;
    if (r == 1)
        return std::nullopt;
    return 11 - r;
}

// Luhn check digit of the first nine digits of a Swedish number.
int seCheckDigit(QStringView nine)
{
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        int d = digitAt(nine, i) * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
}

std::optional<int> noCheckDigit(QStringView eight)
{
    static constexpr std::array<int, 8> weights {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        sum += digitAt(eight, i) * weights[static_cast<size_t>(i)];
    const int r = sum % 11;
    if (r == 0)
        return 0;
    if (r == 1)
        return std::nullopt; // 11 - 1 = 10 is not a digit
    return 11 - r;
}

// The last CVR digit has weight 1, so the digit that makes the sum divisible by 11 is unique.
std::optional<int> dkCheckDigit(QStringView seven)
{
    static constexpr std::array<int, 7> weights {2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 7; ++i)
        sum += digitAt(seven, i) * weights[static_cast<size_t>(i)];
    const int needed = (11 - sum % 11) % 11;
    if (needed == 10)
        return std::nullopt;
    return needed;
}

BusinessIdCheck wrongCheckDigit(const QString& country, const QString& raw, int expected)
{
    return invalid(
        country, BusinessIdText::tr("The check digit of %1 is wrong: it should be %2.").arg(shown(raw)).arg(expected));
}

BusinessIdCheck checkFi(const QString& s, const QString& raw)
{
    const QString fi = u"FI"_s;
    const QString shape
        = BusinessIdText::tr(
              "%1 is not a Finnish business ID (Y-tunnus): it should be seven digits, a hyphen and a check digit, "
              "like 2822996-6.")
              .arg(shown(raw));
    QString body;
    QChar check;
    if (s.contains(u'-')) {
        const QStringList parts = s.split(u'-');
        if (parts.size() != 2 || parts[1].size() != 1 || !allDigits(parts[0]) || !allDigits(parts[1]))
            return invalid(fi, shape);
        body = parts[0];
        check = parts[1].at(0);
    } else if (allDigits(s) && (s.size() == 8 || s.size() == 7)) {
        body = s.left(s.size() - 1);
        check = s.back();
    } else {
        return invalid(fi, shape);
    }
    if (body.size() == 6)
        body.prepend(u'0'); // ids from before 1991 have six digits before the check digit
    if (body.size() != 7)
        return invalid(fi, shape);
    const std::optional<int> expected = fiCheckDigit(body);
    if (!expected)
        return invalid(fi,
                       BusinessIdText::tr("%1 cannot be a Finnish business ID: no check digit fits its first "
                                          "seven digits.")
                           .arg(shown(raw)));
    if (*expected != check.unicode() - u'0')
        return wrongCheckDigit(fi, raw, *expected);
    return validId(fi, body + u'-' + check);
}

BusinessIdCheck checkSe(const QString& s, const QString& raw, bool prefixed)
{
    const QString se = u"SE"_s;
    const QString shape
        = BusinessIdText::tr("%1 is not a Swedish organisation number: it should have ten digits, like 556677-8899.")
              .arg(shown(raw));
    QString digits = s;
    const qsizetype hyphen = s.indexOf(u'-');
    if (hyphen >= 0) {
        // The hyphen may only stand before the last four digits.
        if (s.count(u'-') != 1 || hyphen != s.size() - 5)
            return invalid(se, shape);
        digits.remove(hyphen, 1);
    }
    if (!allDigits(digits))
        return invalid(se, shape);
    if (digits.size() == 12 && digits.startsWith("16"_L1))
        digits = digits.mid(2); // the century form used by the tax agency for organisations
    else if (digits.size() == 12 && prefixed && hyphen < 0 && digits.endsWith("01"_L1))
        digits.chop(2); // the VAT number: SE + organisationsnummer + 01
    if (digits.size() != 10)
        return invalid(se, shape);
    const int expected = seCheckDigit(QStringView(digits).left(9));
    if (expected != digitAt(digits, 9))
        return wrongCheckDigit(se, raw, expected);
    return validId(se, digits.left(6) + u'-' + digits.mid(6));
}

BusinessIdCheck checkNo(const QString& s, const QString& raw)
{
    const QString no = u"NO"_s;
    if (s.size() != 9 || !allDigits(s))
        return invalid(no,
                       BusinessIdText::tr("%1 is not a Norwegian organisation number: it should have nine digits, "
                                          "like 918443525.")
                           .arg(shown(raw)));
    const std::optional<int> expected = noCheckDigit(QStringView(s).left(8));
    if (!expected)
        return invalid(no,
                       BusinessIdText::tr("%1 cannot be a Norwegian organisation number: no check digit fits its "
                                          "first eight digits.")
                           .arg(shown(raw)));
    if (*expected != digitAt(s, 8))
        return wrongCheckDigit(no, raw, *expected);
    return validId(no, s);
}

BusinessIdCheck checkDk(const QString& s, const QString& raw)
{
    const QString dk = u"DK"_s;
    if (s.size() != 8 || !allDigits(s))
        return invalid(dk,
                       BusinessIdText::tr("%1 is not a Danish CVR number: it should have eight digits, like 10150817.")
                           .arg(shown(raw)));
    const std::optional<int> expected = dkCheckDigit(QStringView(s).left(7));
    if (!expected)
        return invalid(dk,
                       BusinessIdText::tr("%1 cannot be a Danish CVR number: no last digit makes its digits "
                                          "pass the check.")
                           .arg(shown(raw)));
    if (*expected != digitAt(s, 7))
        return wrongCheckDigit(dk, raw, *expected);
    return validId(dk, s);
}

BusinessIdCheck checkFor(const QString& country, const QString& s, const QString& raw, bool prefixed)
{
    if (country == "FI"_L1)
        return checkFi(s, raw);
    if (country == "SE"_L1)
        return checkSe(s, raw, prefixed);
    if (country == "NO"_L1)
        return checkNo(s, raw);
    return checkDk(s, raw);
}

// Without a country, the shape tells it when it can.
BusinessIdCheck checkByShape(const QString& s, const QString& raw)
{
    const qsizetype hyphen = s.indexOf(u'-');
    if (hyphen >= 0) {
        if (hyphen == s.size() - 2)
            return checkFi(s, raw);
        if (hyphen == s.size() - 5)
            return checkSe(s, raw, false);
    } else if (s.size() == 10 || s.size() == 12) {
        return checkSe(s, raw, false);
    } else if (s.size() == 9) {
        return checkNo(s, raw);
    } else if (s.size() == 8) {
        const BusinessIdCheck fi = checkFi(s, raw);
        const BusinessIdCheck dk = checkDk(s, raw);
        if (fi.valid && dk.valid)
            return invalid({},
                           BusinessIdText::tr("%1 is valid both as a Finnish and as a Danish business ID. Choose "
                                              "the country.")
                               .arg(shown(raw)));
        if (fi.valid)
            return fi;
        if (dk.valid)
            return dk;
        return invalid({},
                       BusinessIdText::tr("%1 is neither a valid Finnish business ID nor a valid Danish CVR "
                                          "number. Check the number, or choose the country to see why.")
                           .arg(shown(raw)));
    }
    return invalid({},
                   BusinessIdText::tr("Cannot tell which country the business ID %1 is from. Choose the country, "
                                      "or write the ID with its country code, like NO918443525.")
                       .arg(shown(raw)));
}

bool isAsciiLetter(QChar ch)
{
    return (ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z');
}
} // namespace

QStringList BusinessId::supportedCountries()
{
    return {u"FI"_s, u"SE"_s, u"NO"_s, u"DK"_s};
}

BusinessIdCheck BusinessId::check(const QString& raw, const QString& countryHint)
{
    if (raw.size() > maxInputLength)
        return invalid({},
                       BusinessIdText::tr("The business ID is too long (%n characters). Business IDs have at most "
                                          "a few dozen characters.",
                                          nullptr, static_cast<int>(std::min<qsizetype>(raw.size(), 1 << 30))));
    QString s;
    s.reserve(raw.size());
    for (QChar ch : raw) {
        if (!ch.isSpace())
            s.append(ch.toUpper());
    }
    if (s.isEmpty())
        return invalid({}, BusinessIdText::tr("The business ID is empty."));

    const QString supported = supportedCountries().join(u", "_s);
    QString country;
    bool prefixed = false;
    if (s.size() >= 2 && isAsciiLetter(s[0]) && isAsciiLetter(s[1])) {
        country = s.left(2); // the prefix wins over the hint
        s = s.mid(2);
        prefixed = true;
    } else {
        country = countryHint.trimmed().toUpper();
    }
    if (!country.isEmpty() && !supportedCountries().contains(country))
        return invalid(country,
                       BusinessIdText::tr("Business IDs from the country %1 cannot be checked. Supported "
                                          "countries: %2.")
                           .arg(shown(country), supported));
    if (country == "NO"_L1 && prefixed && s.endsWith("MVA"_L1))
        s.chop(3); // the Norwegian VAT form: NO + organisasjonsnummer + MVA

    for (QChar ch : std::as_const(s)) {
        if ((ch < u'0' || ch > u'9') && ch != u'-')
            return invalid(country,
                           BusinessIdText::tr("%1 contains \"%2\", which does not belong in a business ID. "
                                              "Use digits, and a hyphen where the country uses one.")
                               .arg(shown(raw), QString(ch)));
    }
    if (s.isEmpty())
        return invalid(country, BusinessIdText::tr("%1 has no digits.").arg(shown(raw)));
    if (country.isEmpty())
        return checkByShape(s, raw);
    return checkFor(country, s, raw, prefixed);
}

QString BusinessId::normalise(const QString& raw, const QString& countryHint)
{
    const BusinessIdCheck c = check(raw, countryHint);
    return c.valid ? c.normalised : QString();
}

QString BusinessId::matchKey(const QString& raw, const QString& countryHint)
{
    const BusinessIdCheck c = check(raw, countryHint);
    if (!c.valid)
        return {};
    QString digits = c.normalised;
    digits.remove(u'-');
    return c.country + u':' + digits;
}

QString BusinessId::withCheckDigit(const QString& country, const QString& digitsWithoutCheck)
{
    const QString c = country.trimmed().toUpper();
    QString d = digitsWithoutCheck.trimmed();
    if (!allDigits(d))
        return {};
    if (c == "FI"_L1) {
        if (d.size() == 6)
            d.prepend(u'0');
        if (d.size() != 7)
            return {};
        const std::optional<int> k = fiCheckDigit(d);
        return k ? d + u'-' + QString::number(*k) : QString();
    }
    if (c == "SE"_L1) {
        if (d.size() != 9)
            return {};
        const QString all = d + QString::number(seCheckDigit(d));
        return all.left(6) + u'-' + all.mid(6);
    }
    if (c == "NO"_L1) {
        if (d.size() != 8)
            return {};
        const std::optional<int> k = noCheckDigit(d);
        return k ? d + QString::number(*k) : QString();
    }
    if (c == "DK"_L1) {
        if (d.size() != 7)
            return {};
        const std::optional<int> k = dkCheckDigit(d);
        return k ? d + QString::number(*k) : QString();
    }
    return {};
}

QStringList BusinessId::parseList(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList ids;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString normalised = normalise(part);
        const QString id = normalised.isEmpty() ? part : normalised;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString BusinessId::problemOf(const QString& raw)
{
    const BusinessIdCheck plain = check(raw);
    if (plain.valid)
        return {};
    for (const QString& country : supportedCountries()) {
        if (check(raw, country).valid)
            return {};
    }
    return plain.error;
}
