#include "core/Utf8.h"

qsizetype Utf8::firstInvalidByte(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c == 0xE0) {
            extra = 2;
            lo = 0xA0; // no overlong forms
        } else if (c == 0xED) {
            extra = 2;
            hi = 0x9F; // no surrogates
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            extra = 2;
        } else if (c == 0xF0) {
            extra = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            extra = 3;
        } else if (c == 0xF4) {
            extra = 3;
            hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + extra >= n)
            return i; // truncated sequence at the end
        const auto c1 = static_cast<unsigned char>(bytes[i + 1]);
        if (c1 < lo || c1 > hi)
            return i;
        for (int k = 2; k <= extra; ++k) {
            const auto ck = static_cast<unsigned char>(bytes[i + k]);
            if (ck < 0x80 || ck > 0xBF)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}
