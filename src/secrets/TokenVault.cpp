#include "secrets/TokenVault.h"

#include "core/AppInfo.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSecrets, "vainu.secrets")

struct TokenVault::Request
{
    Operation operation = Operation::Read;
    QString profileId;
    SecretKind kind = SecretKind::ApiKey;
    QString key;
    QString secret; // write(): kept so the session fallback can hold it
    QPointer<QObject> context;
    Callback done;
    QPointer<QTimer> timer;
    bool answered = false;
    bool timedOut = false;
};

namespace {

QString operationName(int operation)
{
    static const char* const names[] = {"read", "write", "remove"};
    return QString::fromLatin1(names[operation]);
}

// QtKeychain's messages may or may not end with a full stop; ours add their own.
QString reasonText(QString reason)
{
    reason = reason.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason.isEmpty() ? TokenVault::tr("unknown error") : reason;
}

} // namespace

TokenVault::TokenVault(QObject* parent)
    : QObject(parent)
    , m_timeout(10s)
{ }

TokenVault::~TokenVault() = default;

QString TokenVault::serviceName()
{
    return AppInfo::id();
}

QString TokenVault::keyFor(const QString& profileId, SecretKind kind)
{
    return AppInfo::id() % u'/' % profileId % secretKindSuffix(kind);
}

void TokenVault::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds TokenVault::timeout() const
{
    return m_timeout;
}

bool TokenVault::isSessionOnly(const QString& profileId, SecretKind kind) const
{
    return m_session.contains(keyFor(profileId, kind));
}

void TokenVault::read(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    start(Operation::Read, profileId, kind, {}, context, std::move(done));
}

void TokenVault::write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
                       Callback done)
{
    start(Operation::Write, profileId, kind, secret, context, std::move(done));
}

void TokenVault::remove(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    start(Operation::Remove, profileId, kind, {}, context, std::move(done));
}

void TokenVault::read(const QString& profileId, QObject* context, Callback done)
{
    read(profileId, SecretKind::ApiKey, context, std::move(done));
}

void TokenVault::write(const QString& profileId, const QString& secret, QObject* context, Callback done)
{
    write(profileId, SecretKind::ApiKey, secret, context, std::move(done));
}

void TokenVault::remove(const QString& profileId, QObject* context, Callback done)
{
    remove(profileId, SecretKind::ApiKey, context, std::move(done));
}

void TokenVault::start(Operation operation, const QString& profileId, SecretKind kind, const QString& secret,
                       QObject* context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->operation = operation;
    request->profileId = profileId;
    request->kind = kind;
    request->key = keyFor(profileId, kind);
    request->secret = secret;
    request->context = context ? context : this;
    request->done = std::move(done);

    if (profileId.isEmpty()) {
        VaultResult result;
        result.status = VaultResult::Status::Failed;
        result.message = tr("No profile was given for the key. Choose a profile and try again.");
        finishLater(request, result);
        return;
    }

    if (operation == Operation::Read && m_session.contains(request->key)) {
        VaultResult result;
        result.status = VaultResult::Status::Ok;
        result.secret = m_session.value(request->key);
        result.sessionOnly = true;
        result.message = tr("The key is kept for this session only; the system keychain could not store it.");
        finishLater(request, result);
        return;
    }
    if (operation == Operation::Remove)
        m_session.remove(request->key); // whatever the keychain says, the user wants it gone

    if (m_stuckJobs > 0) {
        finishLater(request,
                    unusable(request, VaultResult::Status::Unavailable, tr("it has not answered an earlier request")));
        return;
    }

    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // No parent: QtKeychain's backends keep raw pointers to a running job, so a job must never be
    // deleted before it finishes (e.g. with the vault). Auto-delete frees it once it has finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request->key);
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job* finished) { onJobFinished(request, finished); });

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    connect(timer, &QTimer::timeout, this, [this, request] { onTimeout(request); });
    request->timer = timer;

    qCDebug(lcSecrets) << "keychain" << operationName(int(operation)) << "of" << request->key;
    timer->start();
    job->start();
}

void TokenVault::onJobFinished(const std::shared_ptr<Request>& request, QKeychain::Job* job)
{
    if (request->timer)
        request->timer->deleteLater();
    if (request->timedOut) {
        --m_stuckJobs;
        qCInfo(lcSecrets) << "keychain answered late for" << request->key << "error" << job->error();
        return; // already answered as Unavailable
    }

    VaultResult result;
    const QKeychain::Error error = job->error();
    switch (error) {
    case QKeychain::NoError:
        result.status = VaultResult::Status::Ok;
        if (request->operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        if (request->operation == Operation::Write)
            m_session.remove(request->key); // the keychain has it now
        break;
    case QKeychain::EntryNotFound:
        if (request->operation == Operation::Remove) {
            result.status = VaultResult::Status::Ok; // already gone is what was asked for
        } else {
            result.status = VaultResult::Status::NotFound;
            result.message = request->kind == SecretKind::ApiKey
                ? tr("No API key is set for this profile yet.")
                : tr("No receiver secret is set for this profile yet.");
        }
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        result = unusable(request, VaultResult::Status::Failed, job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 on Linux reports every "no keychain" case (no bus, no Secret Service,
        // locked collection) as OtherError, so OtherError means "unavailable" here.
        result = unusable(request, VaultResult::Status::Unavailable, job->errorString());
        break;
    }
    if (!result.ok() && result.status != VaultResult::Status::NotFound)
        qCWarning(lcSecrets) << "keychain" << operationName(int(request->operation)) << "of" << request->key
                             << "failed, error" << error << job->errorString();
    finish(request, result);
}

void TokenVault::onTimeout(const std::shared_ptr<Request>& request)
{
    if (request->answered)
        return;
    request->timedOut = true;
    ++m_stuckJobs;
    const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
    qCWarning(lcSecrets) << "keychain did not answer" << operationName(int(request->operation)) << "of" << request->key
                         << "in time";
    finish(request,
           unusable(request, VaultResult::Status::Unavailable,
                    tr("it did not answer within %n second(s)", nullptr, seconds)));
}

// The keychain could not do it: explain why, and for a write keep the secret for this session.
VaultResult TokenVault::unusable(const std::shared_ptr<Request>& request, VaultResult::Status status,
                                 const QString& reason)
{
    VaultResult result;
    result.status = status;
    const QString why = reasonText(reason);
    const bool unavailable = status == VaultResult::Status::Unavailable;
    switch (request->operation) {
    case Operation::Write:
        m_session.set(request->key, request->secret);
        result.sessionOnly = true;
        result.message = unavailable
            ? tr("No system keychain is available: %1. The key will be used for this session only.").arg(why)
            : tr("The system keychain did not store the key: %1. The key will be used for this session only.").arg(why);
        break;
    case Operation::Read:
        result.message = unavailable
            ? tr("No system keychain is available: %1. Enter the key again; it will be used for this session only.")
                  .arg(why)
            : tr("The system keychain did not give out the key: %1. Unlock the keychain or enter the key again.")
                  .arg(why);
        break;
    case Operation::Remove:
        result.message = unavailable
            ? tr("No system keychain is available: %1. The key was forgotten for this session; remove it from "
                 "the keychain later if it is still there.")
                  .arg(why)
            : tr("The system keychain did not remove the key: %1. Remove it with the keychain's own tool.").arg(why);
        break;
    }
    return result;
}

void TokenVault::finishLater(const std::shared_ptr<Request>& request, const VaultResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, request, result] { finish(request, result); }, Qt::QueuedConnection);
}

void TokenVault::finish(const std::shared_ptr<Request>& request, const VaultResult& result)
{
    if (request->answered)
        return;
    request->answered = true;
    if (request->timer && !request->timedOut)
        request->timer->stop();
    // A remove always forgets the session copy; a write stores the secret somewhere unless it failed outright.
    const bool changed = !request->profileId.isEmpty()
        && ((request->operation == Operation::Remove)
            || (request->operation == Operation::Write && (result.ok() || result.sessionOnly)));
    if (changed)
        emit secretChanged(request->profileId, request->kind);
    if (request->context && request->done)
        request->done(result);
}
