#include "ServerPresenter.h"

#include "HubContext.h"
#include "HubWebProfile.h"
#include "LabPage.h"
#include "LabView.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ProfilePicker.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "TrayIcon.h"
#include "account/Account.h"
#include "account/HubSession.h"
#include "account/WebSession.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "health/NotificationCenter.h"
#include "health/ResourceWatch.h"
#include "health/ServerProbe.h"
#include "health/SizeAdvice.h"
#include "health/StorageMeter.h"
#include "hub/ActivityHolder.h"
#include "hub/HubError.h"
#include "hub/IdleGuard.h"
#include "hub/KeepAlive.h"
#include "hub/Profile.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"
#include "hub/SpawnForm.h"
#include "jupyter/LabProbe.h"
#include "transfer/TransferHolds.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QWebEngineProfile>

#include <algorithm>
#include <chrono>

namespace fornax::ui {

namespace {

// How often resources are read while someone looks (jupyter-resource-usage's own display: 5 s).
constexpr std::chrono::seconds ResourceInterval {5};

QList<Profile> cachedProfiles(const HubContext &hub)
{
    return Profile::listFromJson(
        QJsonDocument::fromJson(hub.settings()->cachedProfiles(hub.hubId())).array());
}

} // namespace

ServerPresenter::ServerPresenter(const HubContext &hub, MainWindow *window, TrayIcon *tray,
                                 TransferQueue *transfers, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_window(window)
    , m_tray(tray)
    , m_transfers(transfers)
{
    window->installEventFilter(this);
}

ServerPresenter::~ServerPresenter() = default;

ServerPanel *ServerPresenter::serverPanel() const
{
    return m_serverPanel;
}

ProfilePicker *ServerPresenter::profilePicker() const
{
    return m_picker;
}

LabView *ServerPresenter::labView() const
{
    return m_labView;
}

KeepAlive *ServerPresenter::keepAlive() const
{
    return m_keepAlive;
}

ActivityHolder *ServerPresenter::activityHolder() const
{
    return m_holder;
}

void ServerPresenter::openHub(HubWebProfile *webProfile, WebSession *webSession)
{
    m_webSession = webSession;
    m_serverPanel = new ServerPanel;
    m_window->addPage(m_serverPanel);
    m_picker = new ProfilePicker;
    // Rates beside the sizes, with their sources: the hub's card as the user keeps it.
    reloadRateCard();
    m_window->addPage(m_picker);
    m_labView = new LabView(webProfile->profile(), m_hub.session()->hub());
    m_window->addPage(m_labView);
    connect(m_labView->page(), &LabPage::externalOpenRefused, m_window,
            [this](const QUrl &, const QString &message) {
                m_window->setNotice(message);
            });
    connect(m_labView, &LabView::titleChanged, this, [this](const QString &title) {
        m_window->setWindowTitle(title.isEmpty() ? tr("Fornax Desktop")
                                                 : tr("%1 — Fornax Desktop").arg(title));
    });
    connect(m_picker, &ProfilePicker::startRequested, this,
            [this](const Profile &profile, const QJsonObject &options) {
                m_hub.settings()->setLastProfile(m_hub.hubId(), profile.slug);
                if (m_hub.session() && m_hub.session()->controller())
                    m_hub.session()->controller()->startServer(options);
            });
    connect(m_webSession, &WebSession::spawnFormFetched, this, [this](const SpawnForm &form) {
        qCInfo(lcUi) << "the hub offers" << form.profiles().size() << "server size(s)";
        m_hub.settings()->setCachedProfiles(
            m_hub.hubId(),
            QJsonDocument(Profile::listToJson(form.profiles())).toJson(QJsonDocument::Compact));
        m_picker->setProfiles(form.profiles(), m_hub.settings()->lastProfile(m_hub.hubId()));
        updateSizeAdvice();
    });
    connect(m_webSession, &WebSession::spawnFormFailed, this, [this](const HubError &error) {
        const QList<Profile> cached = cachedProfiles(m_hub);
        m_picker->setProfiles(cached.isEmpty() ? QList<Profile> {SpawnForm::defaultServer()} : cached,
                              m_hub.settings()->lastProfile(m_hub.hubId()));
        updateSizeAdvice();
        qCInfo(lcUi) << "spawn form not available:" << error.kindName();
    });
    connect(m_serverPanel, &ServerPanel::startRequested, this, [this] {
        m_window->showPage(m_picker);
    });
    connect(m_serverPanel, &ServerPanel::stopRequested, this, &ServerPresenter::stopServer);
}

QString ServerPresenter::defaultSize() const
{
    QString slug;
    for (const Profile &profile : cachedProfiles(m_hub)) {
        if (profile.isDefault)
            slug = profile.slug;
    }
    return slug;
}

void ServerPresenter::showSignedIn(const Account &)
{
    m_profilesLoaded = false;
    HubSession *session = m_hub.session();
    Settings *settings = m_hub.settings();
    // The idle guard: the time left before the hub culls an idle server, a warning two minutes
    // before, and a bounded keep-alive (never silently forever).
    delete m_holder;
    delete m_serverProbe;
    delete m_idleGuard;
    delete m_keepAlive;
    delete m_labProbe;
    const std::chrono::minutes idleTimeout(settings->idleCullMinutes(m_hub.hubId()));
    const std::chrono::hours maxAge(settings->maxServerHours(m_hub.hubId()));
    m_idleGuard = new IdleGuard(this);
    m_idleGuard->setTimeout(idleTimeout);
    m_keepAlive = new KeepAlive(session->client(), this);
    // Counted requests well inside the hub's idle timeout, where it is known.
    if (idleTimeout.count() > 0)
        m_keepAlive->setInterval(
            std::min<std::chrono::milliseconds>(KeepAlive::DefaultInterval, idleTimeout / 3));
    // Transfers keep the server alive while they run, bounded by their own end and the hub's limit.
    m_holder = new ActivityHolder(m_keepAlive, this);
    m_holder->setEnabled(settings->keepAliveDuringWork());
    m_holder->setMaxServerAge(maxAge);
    TransferHolds::watch(m_holder, m_transfers);
    delete m_resources;
    m_serverProbe = new ServerProbe(session->client(), this);
    m_resources = new ResourceWatch(m_serverProbe, this);
    m_watchingResources = false;
    delete m_storage;
    m_storage = new StorageMeter(session->client(), this);
    m_homeQuota.reset();
    if (const auto quota = RateCard::load(*settings, m_hub.hubKey()).homeQuotaGB())
        m_homeQuota = qint64(quota->value * 1e9);
    if (session->account())
        m_resources->setHome(StorageMeter::lastHomeBytes(m_hub.hubKey(), session->account()->userName()),
                             m_homeQuota);
    m_labProbe = new LabProbe(session->client(), this);
    connect(m_labProbe, &LabProbe::finished, this, [this](const QUrl &serverUrl, bool hasLab) {
        m_labView->open(serverUrl, hasLab);
        m_window->showPage(m_labView);
    });
    m_diagnosis = StopDiagnosis();
    m_diagnosis.setIdleTimeout(idleTimeout);
    m_diagnosis.setMaxAge(maxAge);
    m_notifications->setKeepAlive(m_keepAlive);
    m_notifications->setMaxServerAge(maxAge);
    m_notifications->watch(m_idleGuard);
    m_keepAliveChecked = {};
    connectServer();
    // The sizes as last read, so a running server's size shows by its name from the start.
    const QList<Profile> cached = cachedProfiles(m_hub);
    if (m_picker->profiles().isEmpty() && !cached.isEmpty())
        m_picker->setProfiles(cached, settings->lastProfile(m_hub.hubId()));
    ServerMonitor *monitor = session->monitor();
    connect(monitor, &ServerMonitor::statusChanged, this, &ServerPresenter::showStatus);
    connect(monitor, &ServerMonitor::serverLost, this, [this](const ServerStatus &previous) {
        // In plain words, from what the app saw: idle, its time limit, or stopped while in use.
        m_lastStopReason = m_diagnosis.diagnose(QDateTime::currentDateTimeUtc());
        qCInfo(lcUi) << "server stopped outside the app:" << m_lastStopReason.kindName();
        m_picker->setMessage(m_lastStopReason.text);
        m_serverPanel->setError(m_lastStopReason.text);
        m_notifications->notifyServerStopped(m_lastStopReason, previous.started);
    });
    connect(session->controller(), &ServerController::serverStarted, this, [this] {
        m_notifications->notifyServerReady(m_hub.session()->monitor()->status().started);
    });
    connect(session->controller(), &ServerController::startFailed, this, [this](const HubError &error) {
        m_picker->setMessage(tr("The server did not start. %1").arg(error.message()));
    });
    connect(session->controller(), &ServerController::stopFailed, this, &ServerPresenter::stopFailed);
    m_homeFirst = true;
    m_window->showPage(m_homePage ? m_homePage.data() : static_cast<QWidget *>(m_serverPanel));
    showStatus(monitor->status());
}

void ServerPresenter::connectServer()
{
    ServerMonitor *monitor = m_hub.session()->monitor();
    // The evidence of why a server stopped is taken before anything reacts to the stop.
    connect(monitor, &ServerMonitor::statusChanged, this, [this](const ServerStatus &status) {
        m_diagnosis.observe(status);
    });
    connect(m_serverProbe, &ServerProbe::sampled, this, [this](const ServerSnapshot &snapshot) {
        m_diagnosis.observe(snapshot);
    });
    connect(m_resources, &ResourceWatch::watchingChanged, this, &ServerPresenter::updateSampling);
    connect(m_resources, &ResourceWatch::sampled, this, [this](const ResourceSample &sample) {
        Q_EMIT resourcesSampled(sample);
        updateSummary();
        measureStorage(false); // someone looks at a running server: measure home when it is due
    });
    connect(m_storage, &StorageMeter::measured, this,
            [this](const StorageWalk::Result &result, bool recorded) {
                if (recorded && m_resources)
                    m_resources->setHome(result.bytes, m_homeQuota);
                if (recorded)
                    Q_EMIT storageMeasured();
            });
    connect(m_resources, &ResourceWatch::warningsChanged, this,
            [this](const QStringList &, const QStringList &added) {
                for (const QString &warning : added)
                    Q_EMIT notificationRequested(tr("Your server is running short"), warning);
                updateSummary();
            });
    connect(m_holder, &ActivityHolder::changed, this, &ServerPresenter::updateResourceWatch);
    connect(monitor, &ServerMonitor::statusChanged, m_idleGuard, &IdleGuard::updateStatus);
    connect(monitor, &ServerMonitor::statusChanged, m_keepAlive, &KeepAlive::updateStatus);
    connect(monitor, &ServerMonitor::statusChanged, m_holder, &ActivityHolder::updateStatus);
    connect(m_keepAlive, &KeepAlive::changed, this, &ServerPresenter::keepAliveChanged);
    connect(m_holder, &ActivityHolder::changed, this, &ServerPresenter::updateSummary);
    connect(m_idleGuard, &IdleGuard::idleTimeLeftChanged, this, &ServerPresenter::updateSummary);
    connect(m_idleGuard, &IdleGuard::activeChanged, this, &ServerPresenter::updateSummary);
    // Every poll: the time-limit warning is checked against the clock, and sent once.
    connect(monitor, &ServerMonitor::polled, m_notifications, &NotificationCenter::updateStatus,
            Qt::UniqueConnection);
    connect(m_keepAlive, &KeepAlive::keepAliveEnded, this, &ServerPresenter::updateSummary);
}

void ServerPresenter::showStatus(const ServerStatus &status)
{
    qCInfo(lcUi).noquote() << "showing the server:" << status.stateName();
    const QString size = sizeName(status.profileSlug());
    m_serverPanel->setStatus(status, size);
    updateSummary();
    Q_EMIT statusShown(status);
    using State = ServerStatus::State;
    QString details;
    if (status.state == State::Running) {
        if (!size.isEmpty())
            details = tr("Size: %1").arg(size);
        if (status.started.isValid())
            details += (details.isEmpty() ? QString() : QStringLiteral(", "))
                + tr("up %n minute(s)", nullptr,
                     int(status.started.secsTo(QDateTime::currentDateTimeUtc()) / 60));
    }
    const auto last = m_picker->selectedProfile();
    m_tray->setServerStatus(status.stateText(), details,
                            status.state == State::Stopped || status.state == State::Failed,
                            status.state == State::Running || status.state == State::Starting,
                            last ? last->displayName : QString());
    switch (status.state) {
    case State::Stopped:
    case State::Failed:
        m_tray->setState(status.state == State::Failed ? TrayIcon::State::Attention
                                                       : TrayIcon::State::Stopped);
        if (status.state == State::Failed)
            m_picker->setMessage(status.message);
        if (!m_profilesLoaded)
            loadProfiles();
        updateSizeAdvice();
        m_window->showPage(m_homeFirst && m_homePage && status.state == State::Stopped
                               ? m_homePage.data()
                               : static_cast<QWidget *>(m_picker));
        Q_EMIT serverStopped(status);
        break;
    case State::Starting:
    case State::Stopping:
    case State::Unknown:
        m_tray->setState(TrayIcon::State::Starting);
        m_window->showPage(m_serverPanel);
        break;
    case State::Running:
        m_tray->setState(TrayIcon::State::Running);
        m_keepAlive->setServerUrl(status.url);
        if (m_serverProbe->serverUrl() != status.url)
            m_resources->resetPeaks();
        m_serverProbe->setServerUrl(status.url);
        // Once per server: a keep-alive started in the lab or by an earlier run is shown.
        if (m_keepAliveChecked != status.started || !status.started.isValid()) {
            m_keepAliveChecked = status.started;
            m_keepAlive->checkServer();
        }
        Q_EMIT serverRunning(status.url);
        m_profilesLoaded = false; // sizes may change while it runs; read them again next time
        openLab(status.url);
        break;
    }
    if (status.state != State::Unknown)
        m_homeFirst = false;
}

void ServerPresenter::updateSummary()
{
    HubSession *session = m_hub.session();
    if (!session || !session->monitor())
        return;
    const ServerStatus status = session->monitor()->status();
    QStringList parts {tr("Server: %1").arg(status.stateText())};
    if (!status.profileSlug().isEmpty() && status.state == ServerStatus::State::Running)
        parts << sizeName(status.profileSlug());
    const bool running = status.state == ServerStatus::State::Running;
    const QString keptAlive = running ? keepAliveText() : QString();
    if (!keptAlive.isEmpty())
        parts << keptAlive;
    else if (const auto left = m_idleGuard ? m_idleGuard->timeLeft() : std::nullopt; running && left)
        parts << tr("stops when idle in %n minute(s)", nullptr, int((left->count() + 59) / 60));
    updateResourceWatch();
    if (running && m_resources && m_resources->isWatching()) {
        // "CPU 2.1 of 4 · Memory 5.2 of 16 GB · Home 12 of 200 GB", or why it is not known;
        // a warning first, where there is one.
        const ResourceSample sample = m_resources->last();
        // (The full reason is in `status`; the line stays short.)
        const QString use = sample.isValid()           ? sample.summary()
            : m_resources->unavailableText().isEmpty() ? QString()
                                                       : tr("resources unknown on this server");
        if (!use.isEmpty())
            parts << use;
        if (!m_resources->warnings().isEmpty())
            parts.prepend(m_resources->warnings().constFirst());
    }
    m_window->setServerSummary(parts.join(QStringLiteral(" · ")));
    m_serverPanel->setKeepAliveText(keptAlive);
    m_tray->setKeepAliveText(keptAlive);
    m_tray->setKeepAliveAvailable(running && m_idleGuard && m_idleGuard->isActive()
                                  && !m_keepAlive->isActive());
    updateServerControls();
}

void ServerPresenter::updateServerControls()
{
    // The tray offers Stop and Keep-alive where there is one; elsewhere the window must.
    const bool noTray = !m_tray->isAvailable();
    HubSession *session = m_hub.session();
    const ServerStatus status = session && session->monitor() ? session->monitor()->status() : ServerStatus();
    const bool running = status.state == ServerStatus::State::Running;
    const bool canKeepAlive =
        running && m_idleGuard && m_idleGuard->isActive() && m_keepAlive && !m_keepAlive->isActive();
    m_window->setServerControls(noTray && running, noTray && canKeepAlive);
}

QString ServerPresenter::sizeName(const QString &slug) const
{
    // "Medium", as the size was chosen, where the hub's sizes are known; else the slug.
    if (m_picker) {
        for (const Profile &profile : m_picker->profiles()) {
            if (profile.slug == slug && !profile.displayName.isEmpty())
                return profile.displayName;
        }
    }
    return slug;
}

QString ServerPresenter::keepAliveText() const
{
    if (m_holder && m_holder->isHolding()) {
        QString text = tr("kept alive: %1").arg(m_holder->reason());
        if (m_holder->endsAfterHardLimit())
            text += QLatin1Char(' ')
                + tr("(the hub stops the server at %1, before this can finish)")
                      .arg(QLocale().toString(m_holder->hardLimit().toLocalTime(), QLocale::ShortFormat));
        return text;
    }
    if (!m_keepAlive || !m_keepAlive->isActive())
        return {};
    const QString time = QLocale().toString(m_keepAlive->until().toLocalTime().time(), QLocale::ShortFormat);
    // The server's own keep-alive holds with this app closed; requests from here do not.
    return m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension
        ? tr("kept running by the server until %1").arg(time)
        : tr("kept running until %1 while this app runs").arg(time);
}

QString ServerPresenter::keepAliveAfterQuitText() const
{
    if (!m_keepAlive || !m_keepAlive->isActive())
        return {};
    const QString time = QLocale().toString(m_keepAlive->until().toLocalTime().time(), QLocale::ShortFormat);
    if (m_keepAlive->mechanism() == KeepAlive::Mechanism::ServerExtension)
        return tr("The server keeps itself running until %1, also after you quit; after that it stops when "
                  "idle.")
            .arg(time);
    return tr("This app keeps the server running until %1 only while it runs: once you quit, the hub "
              "stops the server when it has been idle for its usual time.")
        .arg(time);
}

void ServerPresenter::keepAliveChanged()
{
    m_diagnosis.setKeptAliveUntil(m_keepAlive->until());
    updateSampling();
    updateSummary();
}

void ServerPresenter::updateSampling()
{
    if (!m_serverProbe || !m_keepAlive)
        return;
    // While the server is kept alive, what it says of itself is the evidence should it stop
    // anyway; reading it then costs nothing that the keep-alive does not already cost. While its
    // resources are shown, someone looks. Otherwise an idle server is left alone.
    const bool wanted = m_keepAlive->isActive() || (m_resources && m_resources->isWatching());
    if (wanted && !m_serverProbe->isRunning())
        m_serverProbe->start(m_keepAlive->isActive() ? m_keepAlive->interval() : ResourceInterval);
    else if (!wanted)
        m_serverProbe->stop();
}

void ServerPresenter::updateResourceWatch()
{
    if (!m_resources || !m_hub.session() || !m_hub.session()->monitor())
        return;
    const bool running = m_hub.session()->monitor()->status().state == ServerStatus::State::Running;
    // Someone looks: the window is the active one (a window left open on an idle server is not
    // looked at, and every read passes the hub's proxy, which a hub's own idle culler counts), or
    // work that keeps the server busy anyway runs.
    const bool looked = m_window->isActiveWindow() && !m_window->isMinimized();
    const bool watch = running && (looked || (m_holder && m_holder->isHolding()));
    if (watch == m_watchingResources)
        return;
    m_watchingResources = watch;
    if (watch)
        m_resources->hold();
    else
        m_resources->release();
}

bool ServerPresenter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window
        && (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange
            || event->type() == QEvent::Hide))
        QMetaObject::invokeMethod(
            this,
            [this] {
                // Later, when the window may be closing and the session's parts gone.
                if (m_keepAlive && m_idleGuard && m_resources)
                    updateSummary();
            },
            Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void ServerPresenter::updateSizeAdvice()
{
    if (!m_picker || !m_hub.session() || !m_hub.session()->account())
        return;
    const QList<UsageRecord> records = UsageLedger().records();
    const RateCard rates = RateCard::load(*m_hub.settings(), m_hub.hubKey());
    const QString account = m_hub.session()->account()->userName();
    QMap<QString, QString> advice;
    for (const Profile &profile : m_picker->profiles()) {
        if (const auto said = SizeAdvice::advise(records, m_hub.hubKey(), account, profile.slug,
                                                 m_picker->profiles(), rates))
            advice.insert(profile.slug, said->text);
    }
    qCDebug(lcUi) << "size advice for" << advice.size() << "of" << m_picker->profiles().size() << "sizes from"
                  << records.size() << "usage records";
    m_picker->setSizeAdvice(advice);
}

ResourceWatch *ServerPresenter::resourceWatch() const
{
    return m_resources;
}

StorageMeter *ServerPresenter::storageMeter() const
{
    return m_storage;
}

bool ServerPresenter::measureStorage(bool now)
{
    if (!m_storage || !m_hub.session() || !m_hub.session()->account() || !m_hub.session()->monitor())
        return false;
    const ServerStatus status = m_hub.session()->monitor()->status();
    if (status.state != ServerStatus::State::Running)
        return false;
    m_storage->setTarget(m_hub.hubKey(), m_hub.session()->account()->userName(), status.url);
    return now ? m_storage->measureNow() : m_storage->measureIfDue();
}

void ServerPresenter::loadProfiles()
{
    m_profilesLoaded = true;
    const QList<Profile> cached = cachedProfiles(m_hub);
    if (!cached.isEmpty() && m_picker->profiles().isEmpty())
        m_picker->setProfiles(cached, m_hub.settings()->lastProfile(m_hub.hubId()));
    m_webSession->fetchSpawnForm(m_hub.session()->account()->userName());
}

void ServerPresenter::openLab(const QUrl &serverUrl)
{
    if (m_labView->serverUrl() == serverUrl) {
        m_window->showPage(m_labView);
        return;
    }
    // JupyterLab where the server has it, else the classic page (Notebook 6 on the demo hub).
    m_labProbe->probe(serverUrl);
}

void ServerPresenter::startServer()
{
    if (m_picker && m_homePage && m_window->currentPage() == m_homePage)
        m_window->showPage(m_picker); // with the sizes and confirmations the picker shows
    if (m_picker && m_window->currentPage() == m_picker)
        m_picker->requestStart();
}

void ServerPresenter::showLab()
{
    HubSession *session = m_hub.session();
    if (!session || !session->monitor())
        return;
    const ServerStatus status = session->monitor()->status();
    if (status.state == ServerStatus::State::Running && status.url.isValid())
        openLab(status.url);
}

void ServerPresenter::stopServer()
{
    if (m_hub.session() && m_hub.session()->controller())
        m_hub.session()->controller()->stopServer();
}

void ServerPresenter::keepAliveForAnHour()
{
    if (m_keepAlive && m_keepAlive->start(std::chrono::hours(1)))
        Q_EMIT notificationRequested(
            tr("Keeping your server running"),
            tr("It will not be stopped for being idle until %1.")
                .arg(QLocale().toString(m_keepAlive->until().toLocalTime().time(), QLocale::ShortFormat)));
    updateSummary();
}

void ServerPresenter::setKeepAliveDuringWork(bool keep)
{
    if (m_holder)
        m_holder->setEnabled(keep);
}

void ServerPresenter::reloadRateCard()
{
    if (m_picker)
        m_picker->setRateCard(RateCard::load(*m_hub.settings(), m_hub.hubKey()));
}

void ServerPresenter::showStopFailed(const HubError &error)
{
    m_serverPanel->setError(tr("The server could not be stopped. %1").arg(error.message()));
    Q_EMIT notificationRequested(tr("Your server could not be stopped"), error.message());
}

void ServerPresenter::releaseKeepAlive()
{
    m_keepAlive.clear();
}

} // namespace fornax::ui
