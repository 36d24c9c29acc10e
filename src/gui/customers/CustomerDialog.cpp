#include "gui/customers/CustomerDialog.h"

#include "api/VainuClient.h"
#include "gui/common/ReadOnlyLook.h"
#include "gui/common/StatusPalette.h"
#include "ui_CustomerDialog.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// ISO codes, the Nordic countries first because Vainu's data covers them.
void fillCountries(QComboBox* combo)
{
    combo->addItem(QString(), QString());
    const QStringList nordic {u"FI"_s, u"SE"_s, u"NO"_s, u"DK"_s};
    QList<QPair<QString, QString>> others;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || code == u"ZZ")
            continue;
        const QString name = QLocale::territoryToString(territory);
        if (nordic.contains(code))
            continue;
        others.append({code, name});
    }
    for (const QString& code : nordic)
        combo->addItem(u"%1 – %2"_s.arg(code, QLocale::territoryToString(QLocale::codeToTerritory(code))), code);
    combo->insertSeparator(combo->count());
    std::sort(others.begin(), others.end());
    for (const auto& [code, name] : others)
        combo->addItem(u"%1 – %2"_s.arg(code, name), code);
}

} // namespace

CustomerDialog::CustomerDialog(VainuClient* client, const CustomerRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_client(client)
    , m_original(record)
    , m_editing(!record.uniqueId.isEmpty())
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit customer record") : tr("Add customer record"));
    m_errorLabels = {
        {CustomerField::UniqueId, m_ui->unique_idError},
        {CustomerField::CompanyName, m_ui->company_nameError},
        {CustomerField::BusinessId, m_ui->business_idError},
        {CustomerField::Country, m_ui->countryError},
        {CustomerField::OwnerEmail, m_ui->owner_emailError},
        {CustomerField::OpenDeals, m_ui->open_deals_countError}, // won and lost deals too: one row
        {CustomerField::Notes, m_ui->notesError},
    };
    const QString errorStyle = StatusPalette::textStyle(StatusPalette::Status::Bad, palette());
    for (QLabel* label : std::as_const(m_errorLabels))
        label->setStyleSheet(errorStyle);
    m_ui->generalError->setStyleSheet(errorStyle);
    fillCountries(m_ui->countryCombo);

    m_ui->uniqueIdEdit->setText(record.uniqueId);
    if (m_editing) {
        ReadOnlyLook::apply(m_ui->uniqueIdEdit,
                            tr("The unique id is this record's key in Vainu and cannot be changed. To use another id, "
                               "add a new record and delete this one."));
    }
    m_ui->companyNameEdit->setText(record.matchData.companyName);
    m_ui->businessIdEdit->setText(record.matchData.businessId);
    const int countryIndex = m_ui->countryCombo->findData(record.matchData.country.toUpper());
    m_ui->countryCombo->setCurrentIndex(countryIndex >= 0 ? countryIndex : 0);
    m_ui->ownerEmailEdit->setText(record.ownerEmail);
    m_ui->openDealsSpin->setValue(record.openDealsCount.value_or(-1));
    m_ui->wonDealsSpin->setValue(record.wonDealsCount.value_or(-1));
    m_ui->lostDealsSpin->setValue(record.lostDealsCount.value_or(-1));
    m_ui->notesEdit->setPlainText(record.notes);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Check as the user goes, but only the field that changed, so nothing shouts before it is typed.
    connect(m_ui->businessIdEdit, &QLineEdit::editingFinished, this, &CustomerDialog::checkBusinessId);
    connect(m_ui->ownerEmailEdit, &QLineEdit::editingFinished, this,
            [this] { setError(CustomerField::OwnerEmail, CustomerFields::checkEmail(m_ui->ownerEmailEdit->text())); });
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_ui->businessIdEdit->text().isEmpty())
            checkBusinessId();
    });
    resize(width(), sizeHint().height());
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::checkBusinessId()
{
    setError(
        CustomerField::BusinessId,
        CustomerFields::checkBusinessId(m_ui->businessIdEdit->text(), m_ui->countryCombo->currentData().toString()));
}

CustomerRecord CustomerDialog::record() const
{
    CustomerRecord r = m_original; // keeps last_update and anything the form does not show
    r.matching.reset();
    r.uniqueId = m_ui->uniqueIdEdit->text().trimmed();
    r.matchData.companyName = m_ui->companyNameEdit->text().trimmed();
    r.matchData.country = m_ui->countryCombo->currentData().toString();
    QString normalised;
    QString idCountry;
    CustomerFields::checkBusinessId(m_ui->businessIdEdit->text(), r.matchData.country, &normalised, &idCountry);
    r.matchData.businessId = normalised;
    if (r.matchData.country.isEmpty())
        r.matchData.country = idCountry;
    r.ownerEmail = m_ui->ownerEmailEdit->text().trimmed();
    const auto count = [](QSpinBox* box) { return box->value() < 0 ? std::nullopt : std::optional<int>(box->value()); };
    r.openDealsCount = count(m_ui->openDealsSpin);
    r.wonDealsCount = count(m_ui->wonDealsSpin);
    r.lostDealsCount = count(m_ui->lostDealsSpin);
    r.notes = m_ui->notesEdit->toPlainText();
    return r;
}

QLabel* CustomerDialog::errorLabel(CustomerField field) const
{
    return m_errorLabels.value(field, m_ui->generalError);
}

QString CustomerDialog::fieldError(CustomerField field) const
{
    const QLabel* label = field == CustomerField::Ignore ? m_ui->generalError : m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CustomerDialog::setError(CustomerField field, const QString& message)
{
    QLabel* label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        growToFit();
}

void CustomerDialog::growToFit()
{
    // A message under a field needs room: the dialog grows rather than squeezing the notes or the buttons.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool CustomerDialog::validate()
{
    for (CustomerField field : m_errorLabels.keys())
        setError(field, {});
    setError(CustomerField::Ignore, {});
    const QString country = m_ui->countryCombo->currentData().toString();
    setError(CustomerField::UniqueId, CustomerFields::checkUniqueId(m_ui->uniqueIdEdit->text()));
    setError(CustomerField::BusinessId, CustomerFields::checkBusinessId(m_ui->businessIdEdit->text(), country));
    setError(CustomerField::OwnerEmail, CustomerFields::checkEmail(m_ui->ownerEmailEdit->text()));
    MatchData match;
    match.companyName = m_ui->companyNameEdit->text();
    match.businessId = m_ui->businessIdEdit->text();
    setError(CustomerField::CompanyName, CustomerFields::checkMatchable(match));
    for (QLabel* label : std::as_const(m_errorLabels)) {
        if (!label->isHidden())
            return false;
    }
    return true;
}

void CustomerDialog::save()
{
    if (m_call || !validate())
        return;
    const CustomerRecord r = record();
    QPushButton* saveButton = m_ui->buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(false);
    ApiReply<CustomerRecord>* call = m_editing ? m_client->updateCustomer(r) : m_client->createCustomer(r);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, saveButton] {
        saveButton->setEnabled(true);
        if (call->error().isError()) {
            showServerError(call->error());
            return;
        }
        emit saved(call->value());
        accept();
    });
}

void CustomerDialog::showServerError(const ApiError& error)
{
    // DRF field errors go under their field; nested match_data fields arrive as "match_data.business_id".
    bool placed = false;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QString key = it.key();
        if (key.startsWith(u"match_data."_s))
            key = key.mid(11);
        CustomerField field = CustomerFields::fromKey(key);
        if (field == CustomerField::WonDeals || field == CustomerField::LostDeals)
            field = CustomerField::OpenDeals;
        if (field == CustomerField::Ignore || !m_errorLabels.contains(field))
            continue;
        setError(field, it.value().join(u' '));
        placed = true;
    }
    if (!placed || error.fieldErrors.isEmpty())
        setError(CustomerField::Ignore, tr("Vainu did not save the record. %1").arg(error.userMessage()));
}
