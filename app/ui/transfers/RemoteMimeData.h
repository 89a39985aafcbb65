#pragma once

#include <QMimeData>
#include <QStringList>

#include <functional>
#include <memory>

namespace fornax::ui {

/**
 * What a drag of items out of the remote browser carries: the items' remote paths, and file
 * URLs (`text/uri-list`) that only exist once the items are downloaded.
 *
 * The download starts when the drop target first asks for the URLs (retrieveData()), not when
 * the drag starts: a drag that is cancelled, or dropped where files are not wanted, costs no
 * egress. The download itself is the fetcher's job (the transfer controller runs it through the
 * queue and the egress check); the data waits for it in a local event loop, then returns the
 * URLs of what arrived in a fresh staging folder under the cache folder, or no URLs if the
 * fetcher reported a failure or the user declined. The answer is kept: asking again does not
 * download again. Drop targets inside the app recognise these drags by remotePathsFormat() and
 * must not ask for their URLs (that would start the download).
 */
class RemoteMimeData : public QMimeData
{
    Q_OBJECT

public:
    // Called once the fetch ended: an empty errorText means success.
    using Done = std::function<void(const QString &errorText)>;
    // Downloads remotePaths into localFolder (each item under its own name), then calls done
    // exactly once, from the event loop of the GUI thread.
    using Fetcher =
        std::function<void(const QStringList &remotePaths, const QString &localFolder, Done done)>;

    RemoteMimeData(const QStringList &remotePaths, Fetcher fetcher);
    ~RemoteMimeData() override;

    // "application/x-fornax-remote-paths": the remote paths, one per line (UTF-8).
    static QString remotePathsFormat();
    // The folder all drags stage their downloads in.
    static QString stagingRoot();
    // Removes staging folders older than a day: a file manager copies from them right after the
    // drop, so they can go later, never at once.
    static void removeOldStagingFolders();

    QStringList remotePaths() const { return m_remotePaths; }
    // Where this drag's items are downloaded; empty until the download started.
    QString stagingFolder() const;
    bool isFetched() const;
    // Why the download failed; empty when it did not.
    QString errorString() const;

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

Q_SIGNALS:
    void fetchFailed(const QString &errorText);
    void fetched(const QString &stagingFolder);

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    struct State;
    void fetch();

    QStringList m_remotePaths;
    Fetcher m_fetcher;
    std::shared_ptr<State> m_state;
};

} // namespace fornax::ui
