#include "core/csv/CustomerFields.h"

#include "core/BusinessId.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString squeeze(const QString& header)
{
    QString out;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

const QHash<QString, CustomerField>& synonyms()
{
    static const QHash<QString, CustomerField> map = [] {
        QHash<QString, CustomerField> m;
        const auto add = [&m](CustomerField f, std::initializer_list<const char16_t*> names) {
            for (const char16_t* name : names)
                m.insert(squeeze(QString::fromUtf16(name)), f);
        };
        add(CustomerField::UniqueId,
            {u"unique_id", u"id", u"crm id", u"account id", u"customer id", u"external id", u"record id", u"tunniste",
             u"asiakasnumero", u"asiakastunnus", u"kundnummer", u"kund id", u"kundnr"});
        add(CustomerField::CompanyName,
            {u"company_name", u"company", u"name", u"account name", u"account", u"organization", u"organisation",
             u"yritys", u"yrityksen nimi", u"nimi", u"företag", u"företagsnamn", u"företagets namn", u"firmanavn",
             u"virksomhed"});
        add(CustomerField::BusinessId,
            {u"business_id", u"business id", u"y-tunnus", u"ytunnus", u"org nr", u"orgnr", u"organisationsnummer",
             u"organisasjonsnummer", u"org.nr", u"cvr", u"cvr-nummer", u"registration number", u"company id", u"vat id",
             u"vat number"});
        add(CustomerField::Country, {u"country", u"country code", u"maa", u"maakoodi", u"land", u"landskod"});
        add(CustomerField::OwnerEmail,
            {u"owner_email", u"owner email", u"owner", u"account owner", u"omistaja", u"vastuuhenkilö", u"ägare",
             u"kontoansvarig", u"ansvarig"});
        add(CustomerField::OpenDeals, {u"open_deals_count", u"open deals", u"avoimet kaupat", u"öppna affärer"});
        add(CustomerField::WonDeals, {u"won_deals_count", u"won deals", u"voitetut kaupat", u"vunna affärer"});
        add(CustomerField::LostDeals, {u"lost_deals_count", u"lost deals", u"hävityt kaupat", u"förlorade affärer"});
        add(CustomerField::LastUpdate,
            {u"last_update", u"last updated", u"last modified", u"modified", u"updated", u"päivitetty", u"muokattu",
             u"uppdaterad", u"senast ändrad"});
        add(CustomerField::Notes,
            {u"notes", u"note", u"comments", u"description", u"muistiinpanot", u"lisätiedot", u"anteckningar"});
        return m;
    }();
    return map;
}

const QHash<QString, QString>& countryNames()
{
    static const QHash<QString, QString> map {
        {u"finland"_s, u"FI"_s},  {u"suomi"_s, u"FI"_s},   {u"sweden"_s, u"SE"_s},  {u"sverige"_s, u"SE"_s},
        {u"ruotsi"_s, u"SE"_s},   {u"norway"_s, u"NO"_s},  {u"norge"_s, u"NO"_s},   {u"norja"_s, u"NO"_s},
        {u"denmark"_s, u"DK"_s},  {u"danmark"_s, u"DK"_s}, {u"tanska"_s, u"DK"_s},  {u"finnland"_s, u"FI"_s},
        {u"schweden"_s, u"SE"_s}, {u"germany"_s, u"DE"_s}, {u"estonia"_s, u"EE"_s}, {u"viro"_s, u"EE"_s},
    };
    return map;
}

} // namespace

QList<CustomerField> CustomerFields::all()
{
    QList<CustomerField> fields;
    for (int i = int(CustomerField::UniqueId); i < int(CustomerField::Count); ++i)
        fields.append(CustomerField(i));
    return fields;
}

QString CustomerFields::key(CustomerField field)
{
    switch (field) {
    case CustomerField::UniqueId:
        return u"unique_id"_s;
    case CustomerField::CompanyName:
        return u"company_name"_s;
    case CustomerField::BusinessId:
        return u"business_id"_s;
    case CustomerField::Country:
        return u"country"_s;
    case CustomerField::OwnerEmail:
        return u"owner_email"_s;
    case CustomerField::OpenDeals:
        return u"open_deals_count"_s;
    case CustomerField::WonDeals:
        return u"won_deals_count"_s;
    case CustomerField::LostDeals:
        return u"lost_deals_count"_s;
    case CustomerField::LastUpdate:
        return u"last_update"_s;
    case CustomerField::Notes:
        return u"notes"_s;
    case CustomerField::Ignore:
    case CustomerField::Count:
        break;
    }
    return u"ignore"_s;
}

CustomerField CustomerFields::fromKey(const QString& key)
{
    for (CustomerField field : all()) {
        if (CustomerFields::key(field) == key.trimmed().toLower())
            return field;
    }
    return CustomerField::Ignore;
}

QString CustomerFields::label(CustomerField field)
{
    switch (field) {
    case CustomerField::UniqueId:
        return tr("Unique id");
    case CustomerField::CompanyName:
        return tr("Company name");
    case CustomerField::BusinessId:
        return tr("Business id");
    case CustomerField::Country:
        return tr("Country");
    case CustomerField::OwnerEmail:
        return tr("Owner email");
    case CustomerField::OpenDeals:
        return tr("Open deals");
    case CustomerField::WonDeals:
        return tr("Won deals");
    case CustomerField::LostDeals:
        return tr("Lost deals");
    case CustomerField::LastUpdate:
        return tr("Last update");
    case CustomerField::Notes:
        return tr("Notes");
    case CustomerField::Ignore:
    case CustomerField::Count:
        break;
    }
    return tr("(ignore)");
}

CustomerField CustomerFields::guess(const QString& header)
{
    return synonyms().value(squeeze(header), CustomerField::Ignore);
}

QString CustomerFields::checkUniqueId(const QString& value)
{
    const QString id = value.trimmed();
    if (id.isEmpty())
        return tr("The unique id is missing. Every record needs its own id from your CRM.");
    if (id.size() > maxUniqueIdLength)
        return tr("The unique id is longer than %1 characters.").arg(maxUniqueIdLength);
    if (id.contains(u'/'))
        return tr("The unique id may not contain \"/\".");
    return {};
}

QString CustomerFields::checkEmail(const QString& value)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    const QString email = value.trimmed();
    if (email.isEmpty() || shape.match(email).hasMatch())
        return {};
    return tr("\"%1\" is not an email address (expected name@example.com).").arg(email);
}

QString CustomerFields::checkCountry(const QString& value, QString* code)
{
    const QString text = value.trimmed();
    QString found;
    if (text.size() == 2) {
        const QString upper = text.toUpper();
        if (QLocale::codeToTerritory(upper) != QLocale::AnyTerritory)
            found = upper;
    } else if (!text.isEmpty()) {
        found = countryNames().value(text.toLower());
    }
    if (code)
        *code = found;
    if (text.isEmpty() || !found.isEmpty())
        return {};
    return tr("\"%1\" is not a country code. Use the two-letter ISO code, such as FI, SE, NO or DK.").arg(text);
}

QString CustomerFields::checkBusinessId(const QString& value, const QString& country, QString* normalised,
                                        QString* idCountry)
{
    const QString id = value.trimmed();
    if (normalised)
        *normalised = id;
    if (idCountry)
        *idCountry = QString();
    if (id.isEmpty())
        return {};
    const bool prefixed = id.size() > 2 && id.at(0).isLetter() && id.at(1).isLetter();
    const QString hint = country.trimmed().toUpper();
    const bool known = BusinessId::supportedCountries().contains(prefixed ? id.left(2).toUpper() : hint);
    if (!known && (prefixed || !hint.isEmpty()))
        return {}; // no check-digit rules for this country: send it as typed and let Vainu match it
    const BusinessIdCheck check = BusinessId::check(id, hint);
    if (!check.valid)
        return check.error;
    if (normalised)
        *normalised = check.normalised;
    if (idCountry)
        *idCountry = check.country;
    return {};
}

QString CustomerFields::checkCount(const QString& value, std::optional<int>* count)
{
    const QString text = value.trimmed();
    if (count)
        count->reset();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return tr("\"%1\" is not a whole number of zero or more.").arg(text);
    if (count)
        *count = n;
    return {};
}

QString CustomerFields::checkDate(const QString& value, std::optional<QDate>* date)
{
    const QString text = value.trimmed();
    if (date)
        date->reset();
    if (text.isEmpty())
        return {};
    QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate).date();
    for (const QString& format : {u"d.M.yyyy"_s, u"d.M.yyyy H:mm"_s, u"d.M.yyyy H:mm:ss"_s, u"yyyy-MM-dd H:mm"_s,
                                  u"yyyy-MM-dd H:mm:ss"_s, u"yyyy/MM/dd"_s}) {
        if (parsed.isValid())
            break;
        parsed = QDateTime::fromString(text, format).date();
        if (!parsed.isValid())
            parsed = QDate::fromString(text, format);
    }
    if (!parsed.isValid())
        return tr("\"%1\" is not a date. Use 2024-05-31 or 31.5.2024.").arg(text);
    if (date)
        *date = parsed;
    return {};
}

QString CustomerFields::checkMatchable(const MatchData& data)
{
    if (data.companyName.trimmed().isEmpty() && data.businessId.trimmed().isEmpty())
        return tr("Give a company name or a business id: Vainu needs one of them to find the company.");
    return {};
}
