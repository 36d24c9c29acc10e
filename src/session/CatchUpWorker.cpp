#include "session/CatchUpWorker.h"

#include "api/VainuClient.h"
#include "core/CatchUpComparison.h"
#include "store/SnapshotReader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatchUp, "vainu.session.catchup")

namespace {

constexpr int largestPage = 1000; // Get Companies' limit (docs/api-choices.md section 6)

QString lookupKey(const QString& businessId)
{
    return businessId.trimmed().toUpper();
}

} // namespace

CatchUpWorker::CatchUpWorker(ApiConnection connection, QString databasePath, CatchUpOptions options)
    : m_connection(std::move(connection))
    , m_databasePath(std::move(databasePath))
    , m_options(options)
{
    m_options.batchSize = qBound(1, m_options.batchSize, largestPage);
}

CatchUpWorker::~CatchUpWorker() = default;

void CatchUpWorker::start()
{
    // Created here, in the worker's thread, which they belong to.
    m_network = new QNetworkAccessManager(this);
    m_client = new VainuClient(m_network, this);
    m_client->setConnection(m_connection);
    m_reader = std::make_unique<SnapshotReader>(m_databasePath);

    QString error;
    if (!m_reader->count(&m_total, &m_result.withoutBusinessId, &error)) {
        finish(CatchUpResult::Status::Failed, tr("The event history could not be read: %1").arg(error));
        return;
    }
    if (!m_changes.open(&error)) {
        finish(CatchUpResult::Status::Failed, error);
        return;
    }
    m_query.fields = CatchUpComparison::requestedFields();
    m_query.limit = m_options.batchSize;
    emit progress(0, m_total);
    nextPage();
}

void CatchUpWorker::nextPage()
{
    if (m_cancelled.loadRelaxed()) {
        finish(CatchUpResult::Status::Cancelled);
        return;
    }
    QString error;
    if (!m_reader->page(m_afterKey, m_options.batchSize, &m_page, &error)) {
        finish(CatchUpResult::Status::Failed, tr("The event history could not be read: %1").arg(error));
        return;
    }
    if (m_page.isEmpty()) {
        record();
        return;
    }
    QStringList ids;
    ids.reserve(m_page.size());
    for (const CompanySnapshot& snapshot : std::as_const(m_page))
        ids.append(snapshot.companyKey);
    m_query.filters = {{u"business_id__in"_s, ids.join(u',')}};
    m_found.clear();
    m_retries = 0;
    fetch(0);
}

void CatchUpWorker::fetch(int offset)
{
    m_query.offset = offset;
    auto* call = m_client->findCompanies(m_query);
    connect(call, &ApiCall::finished, this, [this, call, offset] {
        const ApiError error = call->error();
        const Paged<Company> page = call->value();
        if (error.isError() && retryable(error) && m_retries < m_options.maxRetries && !m_cancelled.loadRelaxed()) {
            // A dropped connection or a server that asks to wait: the same call again, later. It only reads.
            const int backoff = m_options.firstRetryDelayMs << qMin(m_retries, 10);
            const int delay = qMax(backoff, error.retryAfterSeconds > 0 ? error.retryAfterSeconds * 1000 : 0);
            ++m_retries;
            qCInfo(lcCatchUp) << "Get Companies failed:" << ApiError::kindName(error.kind) << error.httpStatus
                              << "; try" << m_retries + 1 << "in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, offset] {
                if (!m_finished)
                    fetch(offset);
            });
            return;
        }
        onFetched(error, page.items, page.count);
    });
}

bool CatchUpWorker::retryable(const ApiError& error) const
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::ServiceUnavailable:
        return true;
    case ApiError::Kind::ServerError:
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

void CatchUpWorker::onFetched(const ApiError& error, const QList<Company>& companies, qint64 count)
{
    if (m_cancelled.loadRelaxed()) {
        finish(CatchUpResult::Status::Cancelled);
        return;
    }
    if (error.isError()) {
        finish(CatchUpResult::Status::Failed, error.userMessage());
        return;
    }
    for (const Company& company : companies)
        m_found.insert(lookupKey(company.businessId()), company.fields);
    // A server that answers fewer than asked while its count says there are more gets asked for the rest.
    const qint64 received = m_query.offset + companies.size();
    if (!companies.isEmpty() && count > received && received < m_page.size()) {
        m_retries = 0;
        fetch(int(received));
        return;
    }
    comparePage();
}

void CatchUpWorker::comparePage()
{
    QString error;
    for (const CompanySnapshot& snapshot : std::as_const(m_page)) {
        const auto found = m_found.constFind(lookupKey(snapshot.companyKey));
        if (found == m_found.cend()) {
            ++m_result.notFound;
            continue;
        }
        ++m_result.compared;
        const std::optional<QJsonObject> now = CatchUpComparison::currentData(snapshot.data, *found);
        if (!now)
            continue;
        if (!m_changes.append({snapshot.companyKey, snapshot.uniqueId, snapshot.eventId, *now}, &error)) {
            finish(CatchUpResult::Status::Failed, error);
            return;
        }
    }
    m_afterKey = m_page.constLast().companyKey;
    m_done += m_page.size();
    m_page.clear();
    m_found.clear();
    emit progress(m_done, m_total);
    // Through the event loop, so a cancel and the thread's other events get their turn between pages.
    QMetaObject::invokeMethod(this, &CatchUpWorker::nextPage, Qt::QueuedConnection);
}

void CatchUpWorker::record()
{
    QString error;
    if (!m_changes.finish(&error)) {
        finish(CatchUpResult::Status::Failed, error);
        return;
    }
    if (m_changes.count() == 0) {
        finish(CatchUpResult::Status::Done);
        return;
    }
    emit changesReady(m_changes.fileName(), m_connection.baseUrl.host());
}

void CatchUpWorker::recorded(bool ok, qint64 count, const QString& error)
{
    if (!ok) {
        finish(CatchUpResult::Status::Failed, tr("The changes found could not be recorded: %1").arg(error));
        return;
    }
    m_result.changed = count;
    finish(CatchUpResult::Status::Done);
}

void CatchUpWorker::finish(CatchUpResult::Status status, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.error = error;
    if (status != CatchUpResult::Status::Done)
        m_result.changed = 0; // nothing was recorded
    m_reader.reset(); // its connection belongs to this thread
    emit finished(m_result);
}
