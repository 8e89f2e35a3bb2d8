#pragma once

// Internal to the CSV reader: where UTF-8 characters begin and end in raw bytes. Not part of the
// core's interface.

#include <QByteArrayView>
#include <algorithm>

namespace tricholog::csv {

// The length of the longest start of `bytes` that ends between two UTF-8 characters: the rest
// (at most three bytes of a character the next piece completes) waits for that piece.
inline qsizetype utf8Boundary(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(4, n); ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? n - back : n;
    }
    return n;
}

// The length of the UTF-8 character of several bytes at `at` in `bytes`, as the standard has it
// (no overlong form, no surrogate, nothing above U+10FFFF); 0 when the bytes there are none.
inline qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    const unsigned char c = byte(at);
    const qsizetype length = c >= 0xC2 && c <= 0xDF   ? 2
                             : c >= 0xE0 && c <= 0xEF ? 3
                             : c >= 0xF0 && c <= 0xF4 ? 4
                                                      : 0;
    if (length == 0 || at + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k)
        if ((byte(at + k) & 0xC0) != 0x80)
            return 0;
    const unsigned char second = byte(at + 1);
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) ||
        (c == 0xF0 && second < 0x90) || (c == 0xF4 && second >= 0x90))
        return 0;
    return length;
}

} // namespace tricholog::csv
