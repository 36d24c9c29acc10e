#include "sandbox/SandboxServer.h"

#include "sandbox/ApiRouter.h"
#include "sandbox/ChangeGenerator.h"
#include "sandbox/CompanyChanges.h"
#include "sandbox/CompanySchema.h"
#include "sandbox/ControlApi.h"
#include "sandbox/DeliveryEngine.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SeedData.h"
#include "sandbox/StateFile.h"

#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(static_cast<quint32>(m_options.seed * 2654435761u + 17u))
    , m_router(std::make_unique<ApiRouter>(m_data, [this] { stateChanged(); }))
    , m_control(std::make_unique<ControlApi>(*this))
    , m_delivery(new DeliveryEngine(this))
    , m_generator(new ChangeGenerator([this] { makeRandomChange(); }, this))
{
    QMap<QString, QString> keys = m_options.extraKeys;
    if (!m_options.demoApiKey.isEmpty())
        keys.insert(m_options.demoApiKey, m_options.demoUsername);
    m_router->setKeys(keys);
    m_delivery->setRetryDelays(m_options.retryDelaysMs);
    m_delivery->setTimeoutMs(m_options.deliveryTimeoutMs);
    m_delivery->setMaxTries(m_options.maxTries);
    connect(m_delivery, &DeliveryEngine::attemptLogged, this, &SandboxServer::deliveryAttempted);
    if (!m_options.stateFile.isEmpty())
        m_stateFile = new StateFile(
            m_options.stateFile, m_options.saveDebounceMs, [this] { return m_data.toJson(); }, this);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::loadOrSeed(QString* error)
{
    if (m_stateFile) {
        QJsonObject state;
        QString problem;
        switch (m_stateFile->load(&state, &problem)) {
        case StateFile::LoadResult::Loaded:
            if (SandboxData::fromJson(state, &m_data, &problem)) {
                qCInfo(lcSandbox) << "loaded the sandbox state from" << m_options.stateFile;
                return true;
            }
            [[fallthrough]];
        case StateFile::LoadResult::Invalid:
            *error = tr("The sandbox state file is not usable: %1. Fix it or delete it to start from the seed.")
                         .arg(problem);
            return false;
        case StateFile::LoadResult::Missing:
            break;
        }
    }
    m_data = SeedData::generate(m_options);
    if (m_stateFile && !m_stateFile->saveNow(error)) {
        *error = tr("Cannot write the sandbox state file %1: %2").arg(m_options.stateFile, *error);
        return false;
    }
    return true;
}

bool SandboxServer::start(QString* error)
{
    QString problem;
    if (m_tcp) {
        problem = tr("The sandbox is already running.");
    } else if (loadOrSeed(&problem)) {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(m_options.bindAddress, m_options.port)) {
            problem = tr("The sandbox cannot listen on %1 port %2: %3")
                          .arg(m_options.bindAddress.toString())
                          .arg(m_options.port)
                          .arg(m_tcp->errorString());
            delete m_tcp;
            m_tcp = nullptr;
        } else {
            m_http = new SandboxHttpServer(
                [this](const SandboxRequest& request, const HttpResponder& responder) { dispatch(request, responder); },
                this);
            m_http->bind(m_tcp);
            m_port = m_tcp->serverPort();
            qCInfo(lcSandbox) << "sandbox listening on" << apiBaseUrl().toString();
            return true;
        }
    }
    if (error)
        *error = problem;
    return false;
}

void SandboxServer::stop()
{
    if (m_generator)
        m_generator->stop();
    m_delivery->cancelAll();
    if (m_tcp)
        m_tcp->close();
    if (m_stateFile && m_stateFile->isDirty())
        m_stateFile->saveNow();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress address = m_options.bindAddress;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        url.setHost(u"127.0.0.1"_s);
    else if (address == QHostAddress::AnyIPv6)
        url.setHost(u"::1"_s);
    else
        url.setHost(address.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

QUrl SandboxServer::apiBaseUrl() const
{
    return baseUrl().resolved(QUrl(u"api/v2/"_s));
}

QUrl SandboxServer::controlUrl() const
{
    return baseUrl().resolved(QUrl(u"_sandbox/"_s));
}

void SandboxServer::stateChanged()
{
    if (m_stateFile)
        m_stateFile->scheduleSave();
}

void SandboxServer::dispatch(const SandboxRequest& request, const HttpResponder& responder)
{
    if (request.path == u"/_sandbox" || request.path.startsWith(u"/_sandbox/"_s)) {
        responder.send(m_control->handle(request));
        return;
    }
    const std::optional<FaultInjector::Fault> fault = m_faults.take(request.path, request.method);
    if (!fault) {
        responder.send(m_router->handle(request));
        return;
    }
    // after_work: the request's work is done now, whatever the client later hears.
    const std::optional<SandboxReply> done
        = fault->afterWork ? std::optional<SandboxReply>(m_router->handle(request)) : std::nullopt;
    auto answer = [this, request, responder, fault = *fault, done] {
        if (fault.drop) {
            responder.drop();
            return;
        }
        SandboxReply reply;
        if (fault.status == 429)
            reply = SandboxReply::detail(429,
                                         u"Request was throttled. Expected available in %1 seconds."_s.arg(
                                             std::max(fault.retryAfterSeconds, 1)));
        else if (fault.status > 0)
            reply = SandboxReply::detail(fault.status, u"Fault injected by the sandbox: HTTP %1."_s.arg(fault.status));
        else
            reply = done ? *done : m_router->handle(request);
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        responder.send(reply);
    };
    if (fault->latencyMs > 0)
        QTimer::singleShot(fault->latencyMs, this, answer);
    else
        answer();
}

int SandboxServer::changeCompany(const QString& businessId, const QJsonObject& fields, QStringList* changed,
                                 QString* error)
{
    const qsizetype index = m_data.findCompany(businessId);
    if (index < 0) {
        *error = u"No company with business id %1 in the data set."_s.arg(businessId);
        return -1;
    }
    QJsonObject& company = m_data.companies[index];
    if (!CompanyChanges::apply(&company, fields, changed, error))
        return -1;
    if (changed->isEmpty())
        return 0; // nothing changed, nothing to deliver
    stateChanged();
    const QString canonicalId = company.value(u"business_id"_s).toString();
    const QJsonObject data = CompanySchema::basicData(company);
    const QList<CompanyChanges::Recipient> recipients = CompanyChanges::recipients(m_data, canonicalId);
    for (const CompanyChanges::Recipient& recipient : recipients)
        m_delivery->enqueue(recipient.webhook, recipient.uniqueId, data);
    emit companyChanged(canonicalId, *changed);
    return static_cast<int>(recipients.size());
}

int SandboxServer::makeRandomChange()
{
    QList<qsizetype> candidates = CompanyChanges::trackedCompanies(m_data);
    if (candidates.isEmpty()) {
        for (qsizetype i = 0; i < m_data.companies.size(); ++i)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return 0;
    const qsizetype index = candidates.at(m_random.bounded(static_cast<int>(candidates.size())));
    const QString businessId = m_data.companies.at(index).value(u"business_id"_s).toString();
    // A random edit can repeat a current value; try again so that every change is a real one.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QJsonObject change = CompanyChanges::randomChange(m_data.companies.at(index), m_random);
        QStringList changed;
        QString error;
        const int deliveries = changeCompany(businessId, change, &changed, &error);
        if (!changed.isEmpty() || deliveries < 0)
            return std::max(0, deliveries);
    }
    return 0;
}

bool SandboxServer::startGenerator(double changesPerSecond)
{
    return m_generator->start(changesPerSecond);
}

void SandboxServer::stopGenerator()
{
    m_generator->stop();
}

void SandboxServer::reset(quint64 seed)
{
    m_generator->stop();
    m_delivery->cancelAll();
    m_delivery->clearLog();
    m_faults.clear();
    m_options.seed = seed;
    m_random.seed(static_cast<quint32>(seed * 2654435761u + 17u));
    m_data = SeedData::generate(m_options);
    stateChanged();
}
