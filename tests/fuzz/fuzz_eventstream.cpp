// Fuzz target: ProgressStream and EventStreamParser over a stream cut into pieces the input chooses.
//
// Input layout: a length byte n (0-255), then n bytes of stream, repeated; a short last piece is
// taken as it is. So the fuzzer controls both the bytes and where the network would cut them.
// Checked besides memory safety: percent never goes backwards and stays in 0-100, exactly one
// verdict arrives, and parsing in pieces gives the same events as parsing the whole at once.
#include "hub/EventStreamParser.h"
#include "hub/ProgressStream.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using fornax::EventStreamParser;
using fornax::ProgressStream;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);

    // A small limit, so that the fuzzer reaches the oversized-event path with small inputs.
    constexpr qsizetype limit = 4096;
    ProgressStream stream;
    EventStreamParser pieces(limit);
    QList<EventStreamParser::Event> piecewiseEvents;
    QByteArray whole;
    int lastPercent = 0;
    int verdicts = 0;
    QObject::connect(&stream, &ProgressStream::progressChanged, [&](int percent, const QString &) {
        if (percent < lastPercent || percent > 100 || verdicts > 0)
            std::abort();
        lastPercent = percent;
    });
    QObject::connect(&stream, &ProgressStream::serverReady, [&] {
        ++verdicts;
    });
    QObject::connect(&stream, &ProgressStream::spawnFailed, [&] {
        ++verdicts;
    });
    QObject::connect(&stream, &ProgressStream::streamInterrupted, [&] {
        ++verdicts;
    });

    size_t pos = 0;
    while (pos < size) {
        const size_t wanted = data[pos++];
        const size_t length = std::min(wanted, size - pos);
        const QByteArrayView piece(reinterpret_cast<const char *>(data + pos), qsizetype(length));
        stream.feed(piece);
        piecewiseEvents += pieces.feed(piece);
        whole += piece;
        pos += length;
    }
    stream.finish();
    if (verdicts != 1 || !stream.isFinished())
        std::abort();

    EventStreamParser once(limit);
    const QList<EventStreamParser::Event> wholeEvents = once.feed(whole);
    if (wholeEvents != piecewiseEvents || once.hasError() != pieces.hasError())
        std::abort();
    return 0;
}
