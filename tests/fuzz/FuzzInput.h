#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer (or the corpus replay) hands to an entry point, as the QByteArray our parsers take.
// A deep copy, so a read past the end is caught by AddressSanitizer in the fuzzing build.
inline QByteArray fuzzBytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
