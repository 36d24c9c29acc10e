#include "gui/customers/CustomerDialog.h"

#include "api/VainuClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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

QSpinBox* countBox(const QString& objectName)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(-1, 1000000);
    box->setSpecialValueText(CustomerDialog::tr("not set"));
    box->setValue(-1);
    return box;
}

} // namespace

CustomerDialog::CustomerDialog(VainuClient* client, const CustomerRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_original(record)
    , m_editing(!record.uniqueId.isEmpty())
{
    setObjectName(u"customerDialog"_s);
    setWindowTitle(m_editing ? tr("Edit customer record") : tr("Add customer record"));
    build();
    m_uniqueId->setText(record.uniqueId);
    m_uniqueId->setReadOnly(m_editing);
    m_companyName->setText(record.matchData.companyName);
    m_businessId->setText(record.matchData.businessId);
    const int countryIndex = m_country->findData(record.matchData.country.toUpper());
    m_country->setCurrentIndex(countryIndex >= 0 ? countryIndex : 0);
    m_owner->setText(record.ownerEmail);
    m_open->setValue(record.openDealsCount.value_or(-1));
    m_won->setValue(record.wonDealsCount.value_or(-1));
    m_lost->setValue(record.lostDealsCount.value_or(-1));
    m_notes->setPlainText(record.notes);
}

QLabel* CustomerDialog::addRow(QFormLayout* form, const QString& label, QWidget* field, CustomerField key)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(CustomerFields::key(key) + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #c62828;"_s);
    error->hide();
    column->addWidget(error);
    form->addRow(label, box);
    m_errorLabels.insert(key, error);
    return error;
}

void CustomerDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_uniqueId = new QLineEdit;
    m_uniqueId->setObjectName(u"uniqueIdEdit"_s);
    m_uniqueId->setPlaceholderText(tr("Your CRM's id for this company"));
    addRow(form, tr("&Unique id:"), m_uniqueId, CustomerField::UniqueId);
    m_companyName = new QLineEdit;
    m_companyName->setObjectName(u"companyNameEdit"_s);
    addRow(form, tr("Company &name:"), m_companyName, CustomerField::CompanyName);
    m_businessId = new QLineEdit;
    m_businessId->setObjectName(u"businessIdEdit"_s);
    m_businessId->setPlaceholderText(tr("2822996-6, 25578642 or NO918443525"));
    addRow(form, tr("&Business id:"), m_businessId, CustomerField::BusinessId);
    m_country = new QComboBox;
    m_country->setObjectName(u"countryCombo"_s);
    fillCountries(m_country);
    addRow(form, tr("&Country:"), m_country, CustomerField::Country);
    m_owner = new QLineEdit;
    m_owner->setObjectName(u"ownerEmailEdit"_s);
    m_owner->setPlaceholderText(tr("owner@example.com"));
    addRow(form, tr("&Owner email:"), m_owner, CustomerField::OwnerEmail);
    m_open = countBox(u"openDealsSpin"_s);
    m_won = countBox(u"wonDealsSpin"_s);
    m_lost = countBox(u"lostDealsSpin"_s);
    auto* deals = new QWidget;
    auto* dealsRow = new QHBoxLayout(deals);
    dealsRow->setContentsMargins(0, 0, 0, 0);
    dealsRow->addWidget(new QLabel(tr("Open")));
    dealsRow->addWidget(m_open);
    dealsRow->addWidget(new QLabel(tr("Won")));
    dealsRow->addWidget(m_won);
    dealsRow->addWidget(new QLabel(tr("Lost")));
    dealsRow->addWidget(m_lost);
    addRow(form, tr("Deals:"), deals, CustomerField::OpenDeals);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    addRow(form, tr("No&tes:"), m_notes, CustomerField::Notes);
    layout->addLayout(form);

    m_generalError = new QLabel;
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(u"color: #c62828;"_s);
    m_generalError->hide();
    layout->addWidget(m_generalError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"buttons"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Check as the user goes, but only the field that changed, so nothing shouts before it is typed.
    connect(m_businessId, &QLineEdit::editingFinished, this, [this] {
        setError(CustomerField::BusinessId,
                 CustomerFields::checkBusinessId(m_businessId->text(), m_country->currentData().toString()));
    });
    connect(m_owner, &QLineEdit::editingFinished, this,
            [this] { setError(CustomerField::OwnerEmail, CustomerFields::checkEmail(m_owner->text())); });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_businessId->text().isEmpty())
            setError(CustomerField::BusinessId,
                     CustomerFields::checkBusinessId(m_businessId->text(), m_country->currentData().toString()));
    });
    resize(520, sizeHint().height());
}

CustomerRecord CustomerDialog::record() const
{
    CustomerRecord r = m_original; // keeps last_update and anything the form does not show
    r.matching.reset();
    r.uniqueId = m_uniqueId->text().trimmed();
    r.matchData.companyName = m_companyName->text().trimmed();
    r.matchData.country = m_country->currentData().toString();
    QString normalised;
    QString idCountry;
    CustomerFields::checkBusinessId(m_businessId->text(), r.matchData.country, &normalised, &idCountry);
    r.matchData.businessId = normalised;
    if (r.matchData.country.isEmpty())
        r.matchData.country = idCountry;
    r.ownerEmail = m_owner->text().trimmed();
    const auto count = [](QSpinBox* box) { return box->value() < 0 ? std::nullopt : std::optional<int>(box->value()); };
    r.openDealsCount = count(m_open);
    r.wonDealsCount = count(m_won);
    r.lostDealsCount = count(m_lost);
    r.notes = m_notes->toPlainText();
    return r;
}

QString CustomerDialog::fieldError(CustomerField field) const
{
    QLabel* label = field == CustomerField::Ignore ? m_generalError : m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CustomerDialog::setError(CustomerField field, const QString& message)
{
    QLabel* label = field == CustomerField::Ignore ? m_generalError : m_errorLabels.value(field);
    if (!label)
        label = m_generalError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool CustomerDialog::validate()
{
    for (CustomerField field : m_errorLabels.keys())
        setError(field, {});
    setError(CustomerField::Ignore, {});
    const QString country = m_country->currentData().toString();
    setError(CustomerField::UniqueId, CustomerFields::checkUniqueId(m_uniqueId->text()));
    setError(CustomerField::BusinessId, CustomerFields::checkBusinessId(m_businessId->text(), country));
    setError(CustomerField::OwnerEmail, CustomerFields::checkEmail(m_owner->text()));
    MatchData match;
    match.companyName = m_companyName->text();
    match.businessId = m_businessId->text();
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
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    ApiReply<CustomerRecord>* call = m_editing ? m_client->updateCustomer(r) : m_client->createCustomer(r);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
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
