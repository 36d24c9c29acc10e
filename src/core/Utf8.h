#pragma once

#include <QByteArrayView>

namespace Utf8 {
// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1 when the whole input is valid.
qsizetype firstInvalidByte(QByteArrayView bytes);
} // namespace Utf8
