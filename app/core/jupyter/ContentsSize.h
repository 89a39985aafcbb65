#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * How large a file on the user's single-user server is, from its contents API.
 *
 * QtWebEngine often hands a download over before it knows its length. A file the page fetches
 * from the server (<server>files/<path>) has its size in the contents API
 * (<server>api/contents/<path>?content=0): this asks there, with the client's server token and
 * redirect guard and a short timeout, and answers once with finished(). Only URLs of that
 * server's /files/ below the hub's origin, made of plain path segments, are asked about: the
 * request carries a token, and the page chose the path. Asynchronous; one lookup at a time
 * (a new one abandons the one before).
 */
class ContentsSize : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout {5'000};

    explicit ContentsSize(HubClient *client, QObject *parent = nullptr);
    ~ContentsSize() override;

    // The contents-API model URL for download, a file of serverUrl's /files/; nullopt when
    // download is anything else (another origin or server, not below files/, an unsafe segment).
    static std::optional<QUrl> contentsUrl(const QUrl &serverUrl, const QUrl &hubBase, const QUrl &download);

    // Asks for download's size. Returns false, and sends nothing, when download is not a file
    // of serverUrl (contentsUrl()); otherwise finished() follows, from the event loop.
    bool lookUp(const QUrl &serverUrl, const QUrl &download,
                std::chrono::milliseconds timeout = DefaultTimeout);
    bool isRunning() const;

Q_SIGNALS:
    // The file's size in bytes; -1 when the server did not say (an error, a folder, no size).
    void finished(qint64 size);

private:
    void replied();

    QPointer<HubClient> m_client;
    QPointer<QNetworkReply> m_reply;
};

} // namespace fornax
