#include "gui/common/BatchRunner.h"

#include "api/ApiCall.h"
#include "gui/common/MessageBox.h"

using namespace Qt::StringLiterals;

BatchRunner::BatchRunner(Verb verb, QObject* parent)
    : QObject(parent)
    , m_verb(verb)
{ }

void BatchRunner::run(const QList<Item>& items)
{
    if (isRunning() || items.isEmpty())
        return;
    m_outcomes.clear();
    m_total = int(items.size());
    m_pending = m_total;
    emit progress(0, m_total);
    for (const Item& item : items) {
        ApiCall* call = item.start();
        connect(call, &ApiCall::finished, this,
                [this, call, label = item.label, count = item.count] { onCallFinished(label, count, call->error()); });
    }
}

void BatchRunner::onCallFinished(const QString& label, int count, const ApiError& error)
{
    Outcome outcome {label, count, Result::Done, error};
    if (error.kind == ApiError::Kind::NotFound)
        outcome.result = Result::AlreadyGone;
    else if (error.isError())
        outcome.result = Result::Failed;
    m_outcomes.append(outcome);
    --m_pending;
    const int done = m_total - m_pending;
    emit progress(done, m_total);
    if (m_pending > 0) {
        emit progressMessage(m_verb == Verb::Delete ? tr("Deleting… %1 of %2").arg(done).arg(m_total)
                                                    : tr("Removing… %1 of %2").arg(done).arg(m_total));
        return;
    }
    emit finished();
}

int BatchRunner::countOf(Result result) const
{
    int count = 0;
    for (const Outcome& outcome : m_outcomes) {
        if (outcome.result == result)
            count += outcome.count;
    }
    return count;
}

QString BatchRunner::summary(const QString& title) const
{
    const bool del = m_verb == Verb::Delete;
    QStringList parts;
    if (const int done = countOf(Result::Done); done > 0 || m_outcomes.isEmpty())
        parts << (del ? tr("%1 deleted") : tr("%1 removed")).arg(done);
    if (const int gone = countOf(Result::AlreadyGone); gone > 0)
        parts << tr("%1 already gone").arg(gone);
    if (const int failed = countOf(Result::Failed); failed > 0)
        parts << (del ? tr("%1 not deleted") : tr("%1 not removed")).arg(failed);
    return tr("%1: %2.").arg(title, parts.join(u", "_s));
}

QString BatchRunner::details() const
{
    const bool del = m_verb == Verb::Delete;
    QStringList lines;
    // Failures first: they are what the user has to act on.
    for (const Outcome& outcome : m_outcomes) {
        if (outcome.result == Result::Failed)
            lines << (del ? tr("Not deleted: %1\n%2") : tr("Not removed: %1\n%2"))
                         .arg(outcome.label, outcome.error.userMessage());
    }
    for (const Outcome& outcome : m_outcomes) {
        if (outcome.result == Result::AlreadyGone)
            lines << tr("Already gone: %1").arg(outcome.label);
        else if (outcome.result == Result::Done)
            lines << (del ? tr("Deleted: %1") : tr("Removed: %1")).arg(outcome.label);
    }
    return lines.join(u"\n\n"_s);
}

void BatchRunner::report(QWidget* parent, const QString& title)
{
    emit statusMessage(summary(title));
    const int failed = countOf(Result::Failed);
    if (failed == 0)
        return;
    int total = 0;
    for (const Outcome& outcome : std::as_const(m_outcomes))
        total += outcome.count;
    const QString text = m_verb == Verb::Delete
        ? tr("%1 of %2 could not be deleted. The list below says why; the page now shows what Vainu has.")
        : tr("%1 of %2 could not be removed. The list below says why; the page now shows what Vainu has.");
    MessageBox::warning(parent, title, text.arg(failed).arg(total), details());
}
