#include "api/import/CustomerImporter.h"

#include "api/ApiLogging.h"
#include "api/VainuClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString fieldErrorText(const QMap<QString, QStringList>& fieldErrors)
{
    QStringList parts;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        parts.append(it.key() + u": "_s + it.value().join(u' '));
    return parts.join(u"; "_s);
}

// Only "this unique_id exists" turns into an update; any other refusal is the record's own fault.
bool isDuplicateOnly(const QMap<QString, QStringList>& fieldErrors)
{
    return fieldErrors.size() == 1 && fieldErrors.contains(u"unique_id"_s)
        && fieldErrors.value(u"unique_id"_s).join(u' ').contains(u"exist"_s, Qt::CaseInsensitive);
}

} // namespace

CustomerImporter::CustomerImporter(VainuClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void CustomerImporter::setBatchSize(int size)
{
    m_batchSize = std::clamp(size, 1, VainuClient::maxBatchSize);
}

void CustomerImporter::setConcurrency(int requests)
{
    m_concurrency = std::clamp(requests, 1, 16);
}

void CustomerImporter::start(const QList<CustomerRecord>& records)
{
    if (m_running)
        return;
    m_records = records;
    m_outcomes = QList<ImportOutcome>(records.size());
    m_updates.clear();
    m_nextBatch = 0;
    m_inFlight = 0;
    m_done = 0;
    m_counts = {};
    m_sent = 0;
    m_updatesSent = 0;
    m_cancelled = false;
    m_running = true;
    qCInfo(lcApi) << "import of" << records.size() << "records, batches of" << m_batchSize << "x" << m_concurrency;
    emit progress(0, total());
    pump();
    finishIfIdle(); // nothing to send at all
}

void CustomerImporter::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    qCInfo(lcApi) << "import cancelled after" << m_sent << "records sent," << m_inFlight << "requests in flight";
    while (!m_updates.isEmpty()) {
        settle(m_updates.dequeue(), ImportStatus::NotSent,
               tr("Exists already in Vainu; not updated because the import was cancelled."));
    }
    emit progress(m_done, total());
    finishIfIdle();
}

void CustomerImporter::pump()
{
    while (!m_cancelled && m_inFlight < m_concurrency) {
        // Updates first: they finish rows that were already started, which keeps the report moving.
        if (!m_updates.isEmpty()) {
            sendUpdate(m_updates.dequeue());
        } else if (m_nextBatch < m_records.size()) {
            const int count = std::min(m_batchSize, int(m_records.size()) - m_nextBatch);
            sendBatch(m_nextBatch, count);
            m_nextBatch += count;
        } else {
            break;
        }
    }
}

void CustomerImporter::sendBatch(int first, int count)
{
    ++m_inFlight;
    m_sent += count;
    auto* call = m_client->createCustomers(m_records.mid(first, count));
    connect(call, &ApiCall::finished, this, [this, call, first, count] {
        --m_inFlight;
        onBatchFinished(first, count, call->error(), call->value());
        emit progress(m_done, total());
        pump();
        finishIfIdle();
    });
}

void CustomerImporter::sendUpdate(int index)
{
    ++m_inFlight;
    ++m_updatesSent;
    auto* call = m_client->updateCustomer(m_records.at(index));
    connect(call, &ApiCall::finished, this, [this, call, index] {
        --m_inFlight;
        const ApiError& error = call->error();
        if (error.isError()) {
            const QString detail
                = error.fieldErrors.isEmpty() ? error.userMessage() : fieldErrorText(error.fieldErrors);
            settle(index, ImportStatus::Failed, tr("Exists already in Vainu, and the update failed: %1").arg(detail));
        } else {
            settle(index, ImportStatus::Updated);
        }
        emit progress(m_done, total());
        pump();
        finishIfIdle();
    });
}

void CustomerImporter::onBatchFinished(int first, int count, const ApiError& error, const BatchCreateResult& result)
{
    if (error.isError()) {
        const QString message = error.userMessage();
        qCWarning(lcApi) << "import batch at" << first << "failed:" << ApiError::kindName(error.kind)
                         << error.httpStatus;
        for (int i = first; i < first + count; ++i)
            settle(i, ImportStatus::Failed, message);
        return;
    }
    QList<bool> explained(count, false);
    for (const BatchItemError& item : result.errors) {
        if (item.index < 0 || item.index >= count)
            continue;
        explained[item.index] = true;
        const int index = first + item.index;
        if (isDuplicateOnly(item.fieldErrors) && !m_cancelled) {
            m_updates.enqueue(index);
        } else if (isDuplicateOnly(item.fieldErrors)) {
            settle(index, ImportStatus::NotSent,
                   tr("Exists already in Vainu; not updated because the import was cancelled."));
        } else {
            settle(index, ImportStatus::Failed, fieldErrorText(item.fieldErrors));
        }
    }
    for (int i = 0; i < count; ++i) {
        if (explained.at(i))
            continue;
        if (i < result.stored.size() && result.stored.at(i).has_value())
            settle(first + i, ImportStatus::Created);
        else
            settle(first + i, ImportStatus::Failed, tr("Vainu did not store the record and gave no reason."));
    }
}

void CustomerImporter::settle(int index, ImportStatus status, const QString& message)
{
    // No progress signal per record: a batch settles up to batchSize records at once, and a relabelled dialog
    // per record was wasted GUI-thread time during an import. Callers emit once per answer.
    m_outcomes[index] = {status, message};
    ++m_done;
    ++m_counts.at(std::size_t(status));
}

void CustomerImporter::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && (!m_updates.isEmpty() || m_nextBatch < m_records.size()))
        return;
    m_running = false;
    qCInfo(lcApi) << "import finished:" << m_done << "of" << total() << "records settled, cancelled:" << m_cancelled;
    // Queued, so that a caller who connects after start() (an empty import) still hears about it.
    QTimer::singleShot(0, this, &CustomerImporter::finished);
}
