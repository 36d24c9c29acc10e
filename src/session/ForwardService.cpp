#include "session/ForwardService.h"

#include "forward/Forwarder.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ForwardService::ForwardService(ReceiverService* receiver, QObject* parent)
    : QObject(parent)
    , m_receiver(receiver)
{
    connect(m_receiver, &ReceiverService::storeChanged, this, &ForwardService::followStore);
    connect(m_receiver, &ReceiverService::changed, this, &ForwardService::followStore);
    connect(m_receiver, &ReceiverService::storeClosing, this, [this] {
        delete m_forwarder; // its thread ends before the store closes
        ++m_generation;
    });
    followStore();
}

ForwardService::~ForwardService()
{
    delete m_forwarder;
}

void ForwardService::followStore()
{
    EventStore* store = m_receiver->store();
    const bool open = store && store->isOpen() && !m_receiver->isShutDown();
    if (m_forwarder && m_followed == store && open)
        return; // the same store, already followed
    delete m_forwarder;
    ++m_generation;
    m_targets.clear();
    m_counts.clear();
    if (!open) {
        emit targetsChanged();
        emit countsChanged();
        return;
    }
    // A child of the store: it never outlives it.
    auto* forwarder = new Forwarder(store, m_schedule, store);
    m_forwarder = forwarder;
    m_followed = store;
    connect(forwarder, &Forwarder::forwarded, this, &ForwardService::forwarded);
    connect(forwarder, &Forwarder::problem, this, &ForwardService::problem);
    connect(forwarder, &Forwarder::countsChanged, this, [this](const QHash<qint64, ForwardCounts>& counts) {
        m_counts = counts;
        emit countsChanged();
    });
    forwarder->start();
    refresh();
}

void ForwardService::refresh()
{
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen())
        return;
    const QString path = store->databasePath();
    const quint64 generation = m_generation;
    QPointer<ForwardService> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        ForwardOutbox outbox(path);
        QList<ForwardTarget> targets;
        QHash<qint64, ForwardCounts> counts;
        QString error;
        const bool ok = outbox.targets(&targets, &error) && outbox.counts(&counts, &error);
        // The application object lives in the service's thread; the service is checked there, not here.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error, targets, counts, generation] {
                if (ForwardService* service = self.data())
                    service->refreshed(generation, ok ? QString() : error, targets, counts);
            },
            Qt::QueuedConnection);
    });
}

void ForwardService::refreshed(quint64 generation, const QString& error, const QList<ForwardTarget>& targets,
                               const QHash<qint64, ForwardCounts>& counts)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        emit problem(error);
        return;
    }
    m_targets = targets;
    m_counts = counts;
    emit targetsChanged();
    emit countsChanged();
}

OwnReceiver ForwardService::ownReceiver() const
{
    OwnReceiver own;
    const Profile profile = m_receiver->profile();
    own.bindAddress = profile.receiver.bindAddress;
    own.port = m_receiver->listeningPort();
    own.path = ReceiverSettings::normalisePath(profile.receiver.path);
    if (!m_receiver->isSandbox())
        own.publicUrl = profile.receiver.publicUrl;
    return own;
}

void ForwardService::saveTarget(const ForwardTarget& target, QObject* context,
                                std::function<void(const QString&, qint64)> done)
{
    QObject* receiver = context ? context : this;
    const auto refuse = [receiver, done](const QString& error) {
        if (done)
            QMetaObject::invokeMethod(
                receiver, [done, error] { done(error, 0); }, Qt::QueuedConnection);
    };
    if (const QList<ForwardTarget::Problem> problems = validate(target); !problems.isEmpty()) {
        refuse(problems.first().reason);
        return;
    }
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen()) {
        refuse(tr("The event history is not open."));
        return;
    }
    const bool update = target.id > 0;
    QPointer<ForwardService> self(this);
    store->saveForwardTarget(target, receiver, [self, update, done](const StoreOutcome& outcome) {
        QString error = outcome.error;
        if (outcome.ok && outcome.eventId == 0 && update)
            error = tr("The forward target no longer exists.");
        if (self)
            self->afterChange();
        if (done)
            done(error, outcome.ok ? outcome.eventId : 0);
    });
}

void ForwardService::removeTarget(qint64 targetId, QObject* context, Done done)
{
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen()) {
        if (done)
            done(tr("The event history is not open."));
        return;
    }
    QPointer<ForwardService> self(this);
    store->removeForwardTarget(targetId, context ? context : this, [self, done](const StoreOutcome& outcome) {
        if (self)
            self->afterChange();
        if (done)
            done(outcome.error);
    });
}

void ForwardService::changeTarget(qint64 targetId, const std::function<void(ForwardTarget&)>& change, QObject* context,
                                  Done done)
{
    auto target = std::find_if(m_targets.begin(), m_targets.end(),
                               [targetId](const ForwardTarget& known) { return known.id == targetId; });
    if (target == m_targets.end()) {
        if (done)
            done(tr("The forward target no longer exists."));
        return;
    }
    ForwardTarget changed = *target;
    change(changed);
    *target = changed; // shown at once; refresh() confirms it
    emit targetsChanged();
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen())
        return;
    QPointer<ForwardService> self(this);
    store->saveForwardTarget(changed, context ? context : this, [self, done](const StoreOutcome& outcome) {
        if (self)
            self->afterChange();
        if (done)
            done(outcome.ok && outcome.eventId == 0 ? tr("The forward target no longer exists.") : outcome.error);
    });
}

void ForwardService::afterChange()
{
    if (m_forwarder)
        m_forwarder->wake();
    refresh();
}

void ForwardService::setPaused(qint64 targetId, bool paused, QObject* context, Done done)
{
    changeTarget(
        targetId, [paused](ForwardTarget& target) { target.paused = paused; }, context, std::move(done));
}

void ForwardService::setEnabled(qint64 targetId, bool enabled, QObject* context, Done done)
{
    changeTarget(
        targetId, [enabled](ForwardTarget& target) { target.enabled = enabled; }, context, std::move(done));
}

void ForwardService::retryFailed(qint64 targetId, QObject* context, Done done)
{
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen()) {
        if (done)
            done(tr("The event history is not open."));
        return;
    }
    QPointer<ForwardService> self(this);
    store->retryFailedForwards(targetId, context ? context : this, [self, done](const StoreOutcome& outcome) {
        if (self)
            self->afterChange();
        if (done)
            done(outcome.error);
    });
}

void ForwardService::requestStates(qint64 eventId)
{
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen())
        return;
    const QString path = store->databasePath();
    const quint64 generation = m_generation;
    QPointer<ForwardService> self(this);
    QThreadPool::globalInstance()->start([self, path, generation, eventId] {
        ForwardOutbox outbox(path);
        QList<ForwardState> states;
        QString error;
        const bool ok = outbox.states(eventId, &states, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error, states, generation, eventId] {
                ForwardService* service = self.data();
                if (!service || generation != service->m_generation)
                    return;
                if (!ok)
                    emit service->problem(error);
                else
                    emit service->statesRead(eventId, states);
            },
            Qt::QueuedConnection);
    });
}

ReplayJob* ForwardService::createReplay(const ReplaySelection& selection, const ForwardTarget& destination,
                                        QObject* parent)
{
    EventStore* store = m_receiver->store();
    if (!store || !store->isOpen())
        return nullptr;
    return new ReplayJob(store->databasePath(), destination, selection, m_schedule.maxResponseBytes, parent);
}

ForwardTarget ForwardService::receiverDestination() const
{
    ForwardTarget target;
    QUrl url = m_receiver->receiver() ? m_receiver->receiver()->localUrl() : QUrl();
    if (url.isEmpty())
        url = ReceiverService::localUrlFor(m_receiver->profile());
    if (m_receiver->hasSecret()) {
        QUrlQuery query;
        query.addQueryItem(m_receiver->settings().secretParameter,
                           QString::fromLatin1(QUrl::toPercentEncoding(m_receiver->secret())));
        url.setQuery(query);
    }
    target.url = url;
    target.headers = {{QByteArrayLiteral("X-Vainu-Webhooks-Test"), QByteArrayLiteral("1")}};
    return target;
}

void ForwardService::setSchedule(const ForwardSchedule& schedule)
{
    m_schedule = schedule;
    // Applies to the forwarder of the store followed now as well: start it again with the new schedule.
    if (m_forwarder) {
        delete m_forwarder;
        followStore();
    }
}
