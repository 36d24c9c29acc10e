#include "gui/webhooks/AddWebhookDialog.h"

#include "api/CreateWebhookCall.h"
#include "api/VainuClient.h"
#include "gui/common/FitToContents.h"
#include "gui/common/Icons.h"
#include "gui/common/StatusPalette.h"
#include "gui/webhooks/WebhookQuery.h"
#include "gui/webhooks/WebhookUrlCheck.h"
#include "models/WebhookTableModel.h"
#include "ui_AddWebhookDialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

AddWebhookDialog::AddWebhookDialog(VainuClient* client, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddWebhookDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add webhook"));
    ok->setObjectName(u"okButton"_s);
    ok->setAccessibleName(tr("Add webhook"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_ui->generateSecretButton->setIcon(Icons::own(u"generate-secret"_s));
    m_ui->addParameterButton->setIcon(Icons::themed(u"list-add"_s));
    m_ui->removeParameterButton->setIcon(Icons::themed(u"edit-delete"_s));
    m_ui->queryTable->horizontalHeader()->resizeSection(0, 140);
    m_ui->queryTable->setMaximumHeight(150); // a few rows; the dialog stays compact

    // The one type Vainu supports; the combo box still shows the user what the webhook is for.
    m_ui->typeCombo->addItem(tr("%1 (%2)").arg(WebhookTableModel::typeDisplayName(Webhook::companyChangeType()),
                                               Webhook::companyChangeType()),
                             Webhook::companyChangeType());

    QSizePolicy busyPolicy = m_ui->busyBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyBar->setSizePolicy(busyPolicy);
    m_ui->busyBar->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddWebhookDialog::accept);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] {
        setMessage(m_ui->urlServerError, Severity::Error, {});
        validate();
    });
    connect(m_ui->queryTable, &QTableWidget::itemChanged, this, &AddWebhookDialog::queryEdited);
    connect(m_ui->addParameterButton, &QPushButton::clicked, this, [this] {
        addParameter({}, {});
        const int row = m_ui->queryTable->rowCount() - 1;
        m_ui->queryTable->setCurrentCell(row, 0);
        m_ui->queryTable->editItem(m_ui->queryTable->item(row, 0));
    });
    connect(m_ui->generateSecretButton, &QPushButton::clicked, this, &AddWebhookDialog::generateSecret);
    connect(m_ui->removeParameterButton, &QPushButton::clicked, this, &AddWebhookDialog::removeSelectedParameter);
    connect(m_ui->queryTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->removeParameterButton->setEnabled(!m_ui->queryTable->selectedItems().isEmpty()); });
    m_ui->removeParameterButton->setEnabled(false);
    clearServerErrors();
    validate();
    // Tall enough for the wrapped text at this width (Finnish labels take more lines); FitToContents keeps it so
    // as the preview and the messages change.
    resize(620, std::max(minimumSizeHint().height(), heightForWidth(620)));
    FitToContents::install(this);
}

AddWebhookDialog::~AddWebhookDialog() = default;

void AddWebhookDialog::setMessage(QLabel* label, Severity severity, const QString& text)
{
    label->setVisible(!text.isEmpty());
    label->setAccessibleDescription(text);
    if (text.isEmpty()) {
        label->clear();
        return;
    }
    // Colours from the palette, readable on light and dark themes; an icon so colour is not the only cue.
    QString icon;
    QString colour;
    switch (severity) {
    case Severity::Info:
        label->setText(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        return;
    case Severity::Warning:
        icon = u":/icons/dialog-warning.svg"_s;
        colour = StatusPalette::foreground(StatusPalette::Status::Warning, label->window()->palette()).name();
        break;
    case Severity::Error:
        icon = u":/icons/dialog-error.svg"_s;
        colour = StatusPalette::foreground(StatusPalette::Status::Bad, label->window()->palette()).name();
        break;
    }
    Icons::own(u"dialog-error"_s); // makes sure the icon resources are registered before the label reads them
    label->setText(u"<table><tr><td valign=\"top\"><img src=\"%1\" width=\"16\" height=\"16\"></td>"
                   "<td style=\"padding-left:6px; color:%2\">%3</td></tr></table>"_s.arg(
                       icon, colour, text.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
}

QString AddWebhookDialog::query() const
{
    QList<WebhookQuery::Parameter> parameters;
    for (int row = 0; row < m_ui->queryTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_ui->queryTable->item(row, 0);
        const QTableWidgetItem* value = m_ui->queryTable->item(row, 1);
        parameters.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    return WebhookQuery::build(parameters);
}

Webhook AddWebhookDialog::webhook() const
{
    Webhook webhook;
    webhook.webhookUrl = m_ui->urlEdit->text().trimmed();
    webhook.query = query();
    webhook.type = m_ui->typeCombo->currentData().toString();
    return webhook;
}

void AddWebhookDialog::addParameter(const QString& name, const QString& value)
{
    const int row = m_ui->queryTable->rowCount();
    m_ui->queryTable->insertRow(row);
    m_ui->queryTable->setItem(row, 0, new QTableWidgetItem(name));
    m_ui->queryTable->setItem(row, 1, new QTableWidgetItem(value));
    queryEdited();
}

void AddWebhookDialog::generateSecret()
{
    const QString name = WebhookQuery::secretParameterName();
    const QString secret = WebhookQuery::generateSecret();
    for (int row = 0; row < m_ui->queryTable->rowCount(); ++row) {
        QTableWidgetItem* key = m_ui->queryTable->item(row, 0);
        if (key && key->text().trimmed() == name) {
            m_ui->queryTable->item(row, 1)->setText(secret);
            m_ui->queryTable->selectRow(row);
            return;
        }
    }
    addParameter(name, secret);
    m_ui->queryTable->selectRow(m_ui->queryTable->rowCount() - 1);
}

void AddWebhookDialog::removeSelectedParameter()
{
    const int row = m_ui->queryTable->currentRow();
    if (row < 0)
        return;
    m_ui->queryTable->removeRow(row);
    queryEdited();
}

void AddWebhookDialog::queryEdited()
{
    // Vainu's objection was to the old query.
    setMessage(m_ui->queryServerError, Severity::Error, {});
    validate();
}

void AddWebhookDialog::validate()
{
    const WebhookUrlCheck check = WebhookUrlCheck::check(m_ui->urlEdit->text());
    m_urlValid = check.level != WebhookUrlCheck::Level::Invalid;
    // An empty field is not an error yet: say what to type, quietly.
    const bool untouched = m_ui->urlEdit->text().trimmed().isEmpty();
    const Severity severity = untouched                  ? Severity::Info
        : check.level == WebhookUrlCheck::Level::Invalid ? Severity::Error
                                                         : Severity::Warning;
    setMessage(m_ui->urlMessage, severity, check.message);

    bool queryValid = true;
    for (int row = 0; row < m_ui->queryTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_ui->queryTable->item(row, 0);
        const QTableWidgetItem* value = m_ui->queryTable->item(row, 1);
        if ((!name || name->text().trimmed().isEmpty()) && value && !value->text().isEmpty())
            queryValid = false;
    }
    if (!queryValid)
        setMessage(m_ui->queryServerError, Severity::Error, tr("Every value needs a parameter name."));

    // The whole address, wrapped where it must be (a token has no place to break); the tooltip holds it on one
    // line, and the text is selectable.
    const QString preview = m_urlValid ? webhook().deliveryUrl().toString(QUrl::FullyEncoded) : QString();
    if (m_ui->deliveryPreview->toPlainText() != preview)
        m_ui->deliveryPreview->setPlainText(preview);
    m_ui->deliveryPreview->setToolTip(preview);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_urlValid && queryValid && !m_call);
}

void AddWebhookDialog::clearServerErrors()
{
    setMessage(m_ui->urlServerError, Severity::Error, {});
    setMessage(m_ui->queryServerError, Severity::Error, {});
    setMessage(m_ui->typeServerError, Severity::Error, {});
    setMessage(m_ui->generalError, Severity::Error, {});
}

void AddWebhookDialog::showServerError(const ApiError& error)
{
    clearServerErrors();
    const struct
    {
        const char* field;
        QLabel* label;
    } fields[]
        = {{"webhook_url", m_ui->urlServerError}, {"query", m_ui->queryServerError}, {"type", m_ui->typeServerError}};
    QStringList others;
    QLabel* firstField = nullptr;
    for (const auto& field : fields) {
        const QString message = error.fieldMessage(QLatin1StringView(field.field));
        setMessage(field.label, Severity::Error, message);
        if (!message.isEmpty() && !firstField)
            firstField = field.label;
    }
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (it.key() != u"webhook_url" && it.key() != u"query" && it.key() != u"type")
            others << tr("%1: %2").arg(it.key(), it.value().join(u' '));
    }
    if (error.fieldErrors.isEmpty())
        others << error.userMessage();
    else if (!others.isEmpty() || !firstField)
        others.prepend(error.kindMessage());
    setMessage(m_ui->generalError, Severity::Error, others.join(u'\n'));
    if (firstField == m_ui->urlServerError)
        m_ui->urlEdit->setFocus();
    else if (firstField == m_ui->queryServerError)
        m_ui->queryTable->setFocus();
}

void AddWebhookDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->urlEdit->setReadOnly(busy);
    m_ui->queryTable->setEnabled(!busy);
    m_ui->addParameterButton->setEnabled(!busy);
    m_ui->generateSecretButton->setEnabled(!busy);
    m_ui->typeCombo->setEnabled(!busy);
    validate();
}

void AddWebhookDialog::accept()
{
    validate();
    if (!m_urlValid || m_call || !m_client)
        return;
    clearServerErrors();
    // Not idempotent: a lost answer is checked against the list before "try again" is offered.
    auto* call = new CreateWebhookCall(m_client, webhook(), this);
    m_call = call;
    setBusy(true);
    connect(call, &CreateWebhookCall::checking, this, [this] {
        setMessage(m_ui->generalError, Severity::Info,
                   tr("Vainu's answer did not arrive. Checking whether the webhook was created…"));
    });
    connect(call, &CreateWebhookCall::finished, this, [this, call] {
        m_call = nullptr;
        setBusy(false);
        if (call->error().kind == ApiError::Kind::Cancelled)
            return;
        if (call->error().isError()) {
            showServerError(call->error());
            if (call->confirmedNotCreated())
                setMessage(m_ui->generalError, Severity::Error,
                           tr("%1\nThe webhook was not created, so it is safe to try again.")
                               .arg(call->error().userMessage()));
            return;
        }
        emit webhookCreated(call->value(), call->recovered());
        QDialog::accept();
    });
}

void AddWebhookDialog::reject()
{
    if (m_call) {
        // Vainu may still store it; the page's next refresh shows the truth.
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
    QDialog::reject();
}
