#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace fornax {

/**
 * Where one run's time goes: named steps with their start and length, in milliseconds from an
 * origin (the process's own start, or when the object was made), so that the
 * next person can see which step to cut. Steps may overlap (a terminal opening while files are
 * counted); each is one span. A step begun twice keeps its first start; one ended twice its
 * last end. Not thread-safe: used on the thread that made it.
 */
class StepTimings
{
public:
    struct Span
    {
        QString name;
        qint64 startMs = 0;
        qint64 endMs = -1; // -1 while it runs
    };

    enum class Origin {
        Now, // when the object is made (a job in the window)
        Process, // the process's start (Linux: from /proc; else now), for a command's whole run
    };

    explicit StepTimings(Origin origin = Origin::Now);

    // How long this process had run when called (ms), or -1 when the system does not say.
    static qint64 processAgeMs();

    qint64 elapsedMs() const;
    void begin(const QString &step);
    void end(const QString &step);
    // A step measured elsewhere (from startMs to endMs of this object's clock).
    void add(const QString &step, qint64 startMs, qint64 endMs);
    QList<Span> spans() const { return m_spans; }
    // The length of a step, or -1 when it was not (or not yet completely) measured.
    qint64 lengthOf(const QString &step) const;

    // "process start 52 · hub probe 14 · … · total 802 ms (from process start)": one line for
    // --verbose and the log. Steps in the order they began; a step still running says so.
    QString line() const;

private:
    QElapsedTimer m_clock;
    qint64 m_offsetMs = 0; // how long the process had run when m_clock started
    QList<Span> m_spans;
};

} // namespace fornax
