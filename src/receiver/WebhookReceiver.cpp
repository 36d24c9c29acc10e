#include "receiver/WebhookReceiver.h"

#include "receiver/ReceiverWorker.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

WebhookReceiver::WebhookReceiver(EventStore* store, QObject* parent)
    : QObject(parent)
    , m_worker(new ReceiverWorker(store))
{
    qRegisterMetaType<RejectedRequest>();
    qRegisterMetaType<QList<StoredDelivery>>();
    m_thread.setObjectName(u"WebhookReceiver"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReceiverWorker::listening, this, [this](const QHostAddress& address, quint16 port) {
        if (!answersLatestStart())
            return;
        m_address = address;
        m_port = port;
        m_lastError.clear();
        setState(State::Listening);
        emit listening(address, port);
    });
    connect(m_worker, &ReceiverWorker::startFailed, this, [this](const QString& message) {
        if (!answersLatestStart())
            return;
        m_lastError = message;
        setState(State::Failed);
        emit startFailed(message);
    });
    connect(m_worker, &ReceiverWorker::deliveriesStored, this, &WebhookReceiver::deliveriesStored);
    connect(m_worker, &ReceiverWorker::deliveryFailed, this, &WebhookReceiver::deliveryFailed);
    connect(m_worker, &ReceiverWorker::requestRejected, this, &WebhookReceiver::requestRejected);
    m_thread.start();
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool WebhookReceiver::answersLatestStart()
{
    ++m_startsAnswered;
    return m_startsAnswered == m_startsIssued && m_state == State::Starting;
}

void WebhookReceiver::start(const ReceiverSettings& settings)
{
    ++m_startsIssued;
    m_settings = settings;
    setState(State::Starting);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings] { worker->start(settings); }, Qt::QueuedConnection);
}

void WebhookReceiver::stop()
{
    if (m_state == State::Stopped)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_port = 0;
    setState(State::Stopped);
    emit stopped();
}

QUrl WebhookReceiver::localUrl() const
{
    if (m_state != State::Listening)
        return {};
    QUrl url;
    url.setScheme(m_settings.usesTls() ? u"https"_s : u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(m_settings.path);
    return url;
}

QUrl WebhookReceiver::deliveryUrl() const
{
    QUrl url = localUrl();
    if (!url.isEmpty() && !m_settings.secret.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(m_settings.secretParameter, QString::fromLatin1(QUrl::toPercentEncoding(m_settings.secret)));
        url.setQuery(query);
    }
    return url;
}

void WebhookReceiver::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
