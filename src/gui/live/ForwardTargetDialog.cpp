#include "gui/live/ForwardTargetDialog.h"

#include "gui/common/FitToContents.h"
#include "gui/common/StatusPalette.h"
#include "session/ForwardService.h"
#include "ui_ForwardTargetDialog.h"

#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QStringList listOf(const QString& text)
{
    QStringList items = text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
    items.removeDuplicates();
    return items;
}
} // namespace

ForwardTargetDialog::ForwardTargetDialog(ForwardService* service, const ForwardTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ForwardTargetDialog>())
    , m_service(service)
    , m_original(target)
{
    m_ui->setupUi(this);
    setWindowTitle(target.id == 0 ? tr("Add forward target") : tr("Edit forward target"));
    m_ui->targetUrlEdit->setText(target.url.toString());
    m_ui->targetEnabledCheck->setChecked(target.enabled);
    m_ui->pausedLabel->setVisible(target.paused);
    m_ui->pausedLabel->setText(tr("Paused: its forwards wait until you resume it (Resume in the Forwarding tab). "
                                  "Saving keeps it paused."));
    m_ui->pausedLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Warning, palette()));
    m_ui->targetHeadersEdit->setPlainText(ForwardTarget::headerLines(target.headers));
    m_ui->filterBusinessIdsEdit->setText(target.filter.businessIds.join(u", "_s));
    m_ui->filterChangedFieldsEdit->setText(target.filter.changedFields.join(u", "_s));
    m_ui->originDeliveryCheck->setChecked(target.filter.origins.contains(DeliveryOrigin::Delivery));
    m_ui->originCatchUpCheck->setChecked(target.filter.origins.contains(DeliveryOrigin::CatchUp));
    m_ui->originUnrecognisedCheck->setChecked(target.filter.origins.contains(DeliveryOrigin::Unrecognised));
    m_ui->originTestCheck->setChecked(target.filter.origins.contains(DeliveryOrigin::Test));
    m_ui->targetTimeoutSpin->setMaximum(ForwardTarget::maxTimeoutMs() / 1000);
    m_ui->targetTimeoutSpin->setValue(qMax(1, target.timeoutMs / 1000));
    m_ui->sendQueryCheck->setChecked(target.sendQuery);
    for (QLabel* label :
         {m_ui->urlProblemLabel, m_ui->headersProblemLabel, m_ui->timeoutProblemLabel, m_ui->saveProblemLabel})
        setProblem(label, QString());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveTargetButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ForwardTargetDialog::accept);
    connect(m_ui->targetUrlEdit, &QLineEdit::textEdited, this, &ForwardTargetDialog::checkUrl);
    connect(m_ui->targetHeadersEdit, &QPlainTextEdit::textChanged, this, &ForwardTargetDialog::checkHeaders);
    // Tall enough for the wrapped reasons at this width; FitToContents keeps it so when one appears.
    resize(640, std::max(minimumSizeHint().height(), heightForWidth(640)));
    FitToContents::install(this);
}

ForwardTargetDialog::~ForwardTargetDialog() = default;

ForwardTarget ForwardTargetDialog::target() const
{
    ForwardTarget target = m_original;
    target.url = QUrl(m_ui->targetUrlEdit->text().trimmed(), QUrl::StrictMode);
    target.enabled = m_ui->targetEnabledCheck->isChecked();
    QString ignored;
    target.headers = ForwardTarget::parseHeaderLines(m_ui->targetHeadersEdit->toPlainText(), &ignored);
    target.filter.businessIds = listOf(m_ui->filterBusinessIdsEdit->text());
    target.filter.changedFields = listOf(m_ui->filterChangedFieldsEdit->text());
    target.filter.origins.clear();
    const QList<QPair<QCheckBox*, DeliveryOrigin>> origins = {
        {m_ui->originDeliveryCheck, DeliveryOrigin::Delivery},
        {m_ui->originCatchUpCheck, DeliveryOrigin::CatchUp},
        {m_ui->originUnrecognisedCheck, DeliveryOrigin::Unrecognised},
        {m_ui->originTestCheck, DeliveryOrigin::Test},
    };
    for (const auto& [check, origin] : origins) {
        if (check->isChecked())
            target.filter.origins.append(origin);
    }
    target.timeoutMs = m_ui->targetTimeoutSpin->value() * 1000;
    target.sendQuery = m_ui->sendQueryCheck->isChecked();
    return target;
}

void ForwardTargetDialog::setProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    label->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
}

void ForwardTargetDialog::checkUrl()
{
    if (!m_service)
        return;
    const QString text = m_ui->targetUrlEdit->text().trimmed();
    setProblem(m_ui->urlProblemLabel,
               text.isEmpty() ? QString()
                              : ForwardTarget::urlProblem(QUrl(text, QUrl::StrictMode), m_service->ownReceiver()));
}

void ForwardTargetDialog::checkHeaders()
{
    QString problem;
    const auto headers = ForwardTarget::parseHeaderLines(m_ui->targetHeadersEdit->toPlainText(), &problem);
    for (const auto& [name, value] : headers) {
        if (problem.isEmpty())
            problem = ForwardTarget::headerProblem(name, value);
    }
    setProblem(m_ui->headersProblemLabel, problem);
}

void ForwardTargetDialog::accept()
{
    if (!m_service || m_saving)
        return;
    setProblem(m_ui->saveProblemLabel, QString());
    QString headerProblem;
    ForwardTarget::parseHeaderLines(m_ui->targetHeadersEdit->toPlainText(), &headerProblem);
    const ForwardTarget candidate = target();
    QString urlProblem;
    QString timeoutProblem;
    for (const ForwardTarget::Problem& problem : m_service->validate(candidate)) {
        QString& slot = problem.field == ForwardTarget::Field::Url ? urlProblem
            : problem.field == ForwardTarget::Field::Headers       ? headerProblem
                                                                   : timeoutProblem;
        if (slot.isEmpty())
            slot = problem.reason;
    }
    setProblem(m_ui->urlProblemLabel, urlProblem);
    setProblem(m_ui->headersProblemLabel, headerProblem);
    setProblem(m_ui->timeoutProblemLabel, timeoutProblem);
    if (!urlProblem.isEmpty() || !headerProblem.isEmpty() || !timeoutProblem.isEmpty()) {
        (urlProblem.isEmpty()
             ? headerProblem.isEmpty() ? static_cast<QWidget*>(m_ui->targetTimeoutSpin) : m_ui->targetHeadersEdit
             : m_ui->targetUrlEdit)
            ->setFocus();
        return;
    }
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    m_service->saveTarget(candidate, this, [this](const QString& error, qint64 id) {
        m_saving = false;
        m_ui->buttonBox->setEnabled(true);
        if (!error.isEmpty()) {
            setProblem(m_ui->saveProblemLabel, tr("Not saved: %1").arg(error));
            return;
        }
        m_savedId = id;
        QDialog::accept();
    });
}
