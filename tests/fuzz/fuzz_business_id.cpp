// Fuzz target: the business-id parser (core/BusinessId) on text a user pastes or a CSV file holds.
#include "FuzzInput.h"
#include "core/BusinessId.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const QStringList hints {
        QString(),           QStringLiteral("FI"), QStringLiteral("SE"), QStringLiteral("NO"), QStringLiteral("DK"),
        QStringLiteral("XX")};
    for (const QString& hint : hints) {
        const BusinessIdCheck check = BusinessId::check(text, hint);
        const QString normalised = BusinessId::normalise(text, hint);
        // A valid id is valid in its canonical form too, and normalises to itself.
        if (check.valid && BusinessId::normalise(check.normalised, check.country) != check.normalised)
            __builtin_trap();
        if (normalised != (check.valid ? check.normalised : QString()))
            __builtin_trap();
        BusinessId::matchKey(text, hint);
        BusinessId::withCheckDigit(hint, text);
    }
    BusinessId::problemOf(text);
    BusinessId::parseList(text);
    return 0;
}
