// Fuzz target: TerminalOutputParser over terminal output cut into pieces the input chooses.
//
// Input layout as in fuzz_eventstream: a length byte n (0-255), then n bytes of output, repeated.
// Three markers are expected: "a", "b" and "c-1". Checked besides memory safety: parsing in
// pieces gives the same results as parsing the whole at once, results come in the expected
// order, each at most once, and no output is larger than the limit.
#include "jupyter/TerminalOutputParser.h"

#include <cstdint>
#include <cstdlib>

using fornax::TerminalOutputParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A small limit, so that the fuzzer reaches the overflow path with small inputs.
    constexpr qsizetype limit = 512;
    const QList<QByteArray> markers {"a", "b", "c-1"};
    TerminalOutputParser pieces(limit);
    TerminalOutputParser once(limit);
    for (const QByteArray &marker : markers) {
        pieces.expect(marker);
        once.expect(marker);
    }

    QList<TerminalOutputParser::Result> piecewise;
    QByteArray whole;
    size_t pos = 0;
    while (pos < size) {
        const size_t wanted = data[pos++];
        const size_t length = std::min(wanted, size - pos);
        const QByteArrayView piece(reinterpret_cast<const char *>(data + pos), qsizetype(length));
        piecewise += pieces.feed(piece);
        whole += piece;
        pos += length;
    }

    const QList<TerminalOutputParser::Result> wholeResults = once.feed(whole);
    if (wholeResults != piecewise)
        std::abort();
    if (piecewise.size() > markers.size() || pieces.pendingCount() != markers.size() - piecewise.size())
        std::abort();
    for (qsizetype i = 0; i < piecewise.size(); ++i) {
        const TerminalOutputParser::Result &result = piecewise.at(i);
        if (result.marker != markers.at(i) || result.output.size() > limit || result.exitCode < 0)
            std::abort();
        if (!result.errorString.isEmpty() && !result.output.isEmpty())
            std::abort();
        if (result.output.contains('\r') || result.output.contains('\x1b'))
            std::abort();
    }
    return 0;
}
