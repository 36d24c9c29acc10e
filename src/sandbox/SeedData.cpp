#include "sandbox/SeedData.h"

#include "core/BusinessId.h"
#include "sandbox/Matching.h"
#include "sandbox/SandboxOptions.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct City
{
    const char16_t* name;
    const char16_t* postal; // prefix; the generator appends digits
    const char16_t* region;
};

struct Country
{
    QString code;
    QList<City> cities;
    QStringList firstParts;
    QStringList secondParts;
    QStringList suffixes;
    QStringList streets;
    QString tld;
    QString currency;
    QString phonePrefix;
};

const QList<Country>& countries()
{
    static const QList<Country> list = {
        {u"FI"_s,
         {{u"HELSINKI", u"001", u"FI-18"},
          {u"ESPOO", u"021", u"FI-18"},
          {u"TAMPERE", u"331", u"FI-11"},
          {u"TURKU", u"201", u"FI-19"},
          {u"OULU", u"901", u"FI-14"},
          {u"JYVÄSKYLÄ", u"401", u"FI-08"},
          {u"KUOPIO", u"701", u"FI-15"},
          {u"VAASA", u"651", u"FI-12"}},
         {u"Kivi"_s, u"Järvi"_s, u"Metsä"_s, u"Aalto"_s, u"Koski"_s, u"Lumi"_s, u"Revontuli"_s, u"Sisu"_s, u"Tuuli"_s,
          u"Kallio"_s, u"Saari"_s, u"Pohjola"_s, u"Kuusi"_s, u"Ilma"_s},
         {u"Data"_s, u"Tekniikka"_s, u"Logistiikka"_s, u"Rakennus"_s, u"Konsultointi"_s, u"Energia"_s, u"Systems"_s,
          u"Solutions"_s, u"Kone"_s, u"Media"_s},
         {u"Oy"_s, u"Oy"_s, u"Oy"_s, u"Oyj"_s, u"Ab"_s},
         {u"Mannerheimintie"_s, u"Hämeenkatu"_s, u"Aleksanterinkatu"_s, u"Itämerenkatu"_s, u"Teollisuuskatu"_s,
          u"Satamakatu"_s, u"Eteläesplanadi"_s},
         u"fi"_s,
         u"EUR"_s,
         u"+358 9 "_s},
        {u"SE"_s,
         {{u"STOCKHOLM", u"111", u"SE-AB"},
          {u"GÖTEBORG", u"411", u"SE-O"},
          {u"MALMÖ", u"211", u"SE-M"},
          {u"UPPSALA", u"753", u"SE-C"},
          {u"LINKÖPING", u"582", u"SE-E"},
          {u"UMEÅ", u"903", u"SE-AC"}},
         {u"Nord"_s, u"Fjäll"_s, u"Björk"_s, u"Sjö"_s, u"Älv"_s, u"Gran"_s, u"Ek"_s, u"Sten"_s, u"Ljung"_s, u"Vind"_s},
         {u"teknik"_s, u"data"_s, u"bygg"_s, u"konsult"_s, u"logistik"_s, u"energi"_s, u"media"_s, u"system"_s},
         {u"AB"_s},
         {u"Drottninggatan"_s, u"Kungsgatan"_s, u"Storgatan"_s, u"Sveavägen"_s, u"Hamngatan"_s},
         u"se"_s,
         u"SEK"_s,
         u"+46 8 "_s},
        {u"NO"_s,
         {{u"OSLO", u"01", u"NO-03"},
          {u"BERGEN", u"50", u"NO-46"},
          {u"TRONDHEIM", u"70", u"NO-50"},
          {u"STAVANGER", u"40", u"NO-11"},
          {u"TROMSØ", u"90", u"NO-55"}},
         {u"Fjord"_s, u"Nordlys"_s, u"Vik"_s, u"Berg"_s, u"Havn"_s, u"Skog"_s, u"Tind"_s, u"Bre"_s, u"Elv"_s},
         {u"teknologi"_s, u"data"_s, u"bygg"_s, u"energi"_s, u"konsult"_s, u"shipping"_s, u"havbruk"_s},
         {u"AS"_s, u"AS"_s, u"ASA"_s},
         {u"Karl Johans gate"_s, u"Storgata"_s, u"Kongens gate"_s, u"Strandgaten"_s, u"Dronningens gate"_s},
         u"no"_s,
         u"NOK"_s,
         u"+47 22 "_s},
        {u"DK"_s,
         {{u"KØBENHAVN", u"10", u"DK-84"},
          {u"AARHUS", u"80", u"DK-82"},
          {u"ODENSE", u"50", u"DK-83"},
          {u"AALBORG", u"90", u"DK-81"},
          {u"ROSKILDE", u"40", u"DK-85"}},
         {u"Strand"_s, u"Hav"_s, u"Lund"_s, u"Bøg"_s, u"Klit"_s, u"Vang"_s, u"Mose"_s, u"Å"_s},
         {u"data"_s, u"teknik"_s, u"byg"_s, u"energi"_s, u"rådgivning"_s, u"design"_s, u"fødevarer"_s},
         {u"ApS"_s, u"A/S"_s},
         {u"Vesterbrogade"_s, u"Nørregade"_s, u"Søndergade"_s, u"Havnegade"_s, u"Algade"_s},
         u"dk"_s,
         u"DKK"_s,
         u"+45 33 "_s},
    };
    return list;
}

const QStringList industries
    = {u"Software"_s, u"IT services"_s, u"Construction"_s,    u"Logistics"_s,  u"Manufacturing"_s, u"Retail"_s,
       u"Energy"_s,   u"Consulting"_s,  u"Food production"_s, u"Healthcare"_s, u"Real estate"_s,   u"Marketing"_s};

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_random(static_cast<quint32>(seed ^ (seed >> 32)) ^ 0x5eedu)
    { }

    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + below(10));
        return out;
    }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

    // A valid, not yet used business id in the form the data set stores (see docs/sandbox.md).
    QString businessId(const QString& country)
    {
        for (;;) {
            QString stored;
            if (country == u"FI") {
                stored = BusinessId::withCheckDigit(country, QString::number(between(1000000, 3299999))).remove(u'-');
            } else if (country == u"SE") {
                const QString canonical = BusinessId::withCheckDigit(country, u"556"_s + digits(6));
                stored = canonical.isEmpty() ? QString() : u"SE"_s + QString(canonical).remove(u'-');
            } else {
                const QString head = country == u"NO" ? u"9"_s + digits(7) : QString::number(between(1000000, 4999999));
                const QString canonical = BusinessId::withCheckDigit(country, head);
                stored = canonical.isEmpty() ? QString() : country + canonical;
            }
            if (!stored.isEmpty() && !m_usedIds.contains(stored)) {
                m_usedIds.insert(stored);
                return stored;
            }
        }
    }

    void reserveId(const QString& id) { m_usedIds.insert(id); }
    bool claimName(const QString& key) { return !std::exchange(m_seenNames[key], true); }

private:
    QRandomGenerator m_random;
    QSet<QString> m_usedIds;
    QHash<QString, bool> m_seenNames;
};

QString slug(const QString& name)
{
    QString out;
    const QString folded = name.toLower()
                               .replace(u"ä"_s, u"a"_s)
                               .replace(u"ö"_s, u"o"_s)
                               .replace(u"å"_s, u"a"_s)
                               .replace(u"ø"_s, u"o"_s)
                               .replace(u"æ"_s, u"ae"_s);
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

QString employeesRange(int staff)
{
    static const QList<std::pair<int, const char16_t*>> ranges
        = {{4, u"1-4"},    {9, u"5-9"},       {19, u"10-19"},    {49, u"20-49"},
           {99, u"50-99"}, {249, u"100-249"}, {499, u"250-499"}, {999, u"500-999"}};
    for (const auto& [upper, label] : ranges) {
        if (staff <= upper)
            return QString::fromUtf16(label);
    }
    return u"1000+"_s;
}

QJsonObject makeCompany(Generator& g, const Country& country)
{
    // A country's word parts make about a thousand names; a large data set (the catch-up benchmark seeds
    // 100,000 companies) runs out of them, so after some misses a name takes a branch number, as real
    // registers do ("Fjordbygg 12 AS"). Small data sets keep the names they always had.
    constexpr int attemptsBeforeNumbering = 24;
    QString name;
    for (int attempt = 0;; ++attempt) {
        if (attempt >= attemptsBeforeNumbering) {
            name = g.pick(country.firstParts) + g.pick(country.secondParts) + u' '
                + QString::number(g.between(2, 99999)) + u' ' + g.pick(country.suffixes);
            if (g.claimName(country.code + name))
                break;
            continue;
        }
        name = g.pick(country.firstParts) + g.pick(country.secondParts) + u' ' + g.pick(country.suffixes);
        if (g.claimName(country.code + name))
            break;
        name = g.pick(country.firstParts) + u' ' + g.pick(country.firstParts) + g.pick(country.secondParts) + u' '
            + g.pick(country.suffixes);
        if (g.claimName(country.code + name))
            break;
    }
    const City& city = g.pick(country.cities);
    const QString postalPrefix = QString::fromUtf16(city.postal);
    QString postal = postalPrefix
        + g.digits((country.code == u"FI" || country.code == u"SE" ? 5 : 4) - static_cast<int>(postalPrefix.size()));
    if (country.code == u"SE")
        postal.insert(3, u' ');
    // Staff numbers spread over four orders of magnitude, as in real registers.
    const int staff = std::max(1, static_cast<int>(std::pow(10.0, g.between(0, 360) / 100.0)));
    const qint64 turnOver = static_cast<qint64>(staff) * g.between(40, 260) * 1000 + g.between(0, 999);
    const int roll = g.below(100);
    const QString status
        = roll < 88 ? u"active"_s : (roll < 94 ? u"inactive"_s : (roll < 97 ? u"liquidation"_s : u"bankrupt"_s));
    const QString domain = slug(name.section(u' ', 0, -2)) + u'.' + (g.below(4) == 0 ? u"com"_s : country.tld);
    const QString founded = u"%1-%2-%3"_s.arg(g.between(1950, 2022))
                                .arg(g.between(1, 12), 2, 10, QChar(u'0'))
                                .arg(g.between(1, 28), 2, 10, QChar(u'0'));
    return QJsonObject {
        {u"business_id"_s, g.businessId(country.code)},
        {u"company_name"_s, name},
        {u"status"_s, status},
        {u"domain"_s, domain},
        {u"turn_over"_s, turnOver},
        {u"visiting_address"_s, u"%1 %2"_s.arg(g.pick(country.streets)).arg(g.between(1, 120))},
        {u"visiting_city"_s, QString::fromUtf16(city.name)},
        {u"visiting_postal"_s, postal},
        {u"staff_number"_s, staff},
        {u"region"_s, QString::fromUtf16(city.region)},
        {u"country"_s, country.code},
        {u"industry"_s, g.pick(industries)},
        {u"founded"_s, founded},
        {u"employees_range"_s, employeesRange(staff)},
        {u"website"_s, QString(u"https://www."_s + domain)},
        {u"phone"_s, QString(country.phonePrefix + g.digits(3) + u' ' + g.digits(4))},
        {u"financials"_s,
         QJsonObject {{u"currency"_s, country.currency},
                      {u"profit"_s, turnOver * (g.between(0, 30) - 10) / 100},
                      {u"fiscal_year"_s, 2023}}},
    };
}

// The company of the documented example payload (docs/api-choices.md section 3), so examples from the
// documentation work against the sandbox.
QJsonObject documentedExample()
{
    return QJsonObject {
        {u"business_id"_s, u"25578642"_s},
        {u"company_name"_s, u"Vainu. io Software Oy"_s},
        {u"status"_s, u"active"_s},
        {u"domain"_s, u"vainu.com"_s},
        {u"turn_over"_s, 895766},
        {u"visiting_address"_s, u"Eteläesplanadi 12"_s},
        {u"visiting_city"_s, u"HELSINKI"_s},
        {u"visiting_postal"_s, u"00130"_s},
        {u"staff_number"_s, 12},
        {u"region"_s, u"FI-18"_s},
        {u"country"_s, u"FI"_s},
        {u"industry"_s, u"Software"_s},
        {u"founded"_s, u"2013-06-01"_s},
        {u"employees_range"_s, u"10-19"_s},
        {u"website"_s, u"https://www.vainu.com"_s},
        {u"phone"_s, u"+358 9 000 0000"_s},
        {u"financials"_s, QJsonObject {{u"currency"_s, u"EUR"_s}, {u"profit"_s, 10250}, {u"fiscal_year"_s, 2023}}}};
}

QJsonObject record(const QString& uniqueId, const QString& name, const QString& businessId, const QString& country,
                   int n)
{
    static const QStringList owners = {u"anna.virtanen@example.com"_s, u"erik.lindqvist@example.com"_s,
                                       u"ingrid.hansen@example.com"_s, u"mads.nielsen@example.com"_s};
    return QJsonObject {
        {u"unique_id"_s, uniqueId},
        {u"match_data"_s,
         QJsonObject {{u"company_name"_s, name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                      {u"business_id"_s, businessId.isEmpty() ? QJsonValue() : QJsonValue(businessId)},
                      {u"country"_s, country}}},
        {u"last_update"_s, u"2024-%1-%2"_s.arg(n % 12 + 1, 2, 10, QChar(u'0')).arg(n % 27 + 1, 2, 10, QChar(u'0'))},
        {u"notes"_s, n % 3 == 0 ? u"Key account"_s : QString()},
        {u"owner_email"_s, owners.at(n % owners.size())},
        {u"open_deals_count"_s, n % 4},
        {u"won_deals_count"_s, n % 7},
        {u"lost_deals_count"_s, n % 2},
    };
}

// Writes a company's business id in one of the three shapes Vainu material uses.
QString shaped(const QJsonObject& company, int shape)
{
    const QString id = company.value(u"business_id"_s).toString();
    const QString country = company.value(u"country"_s).toString();
    const QString canonical = BusinessId::normalise(id, country);
    if (shape == 0 || canonical.isEmpty())
        return id;
    if (shape == 1)
        return canonical;
    return country + QString(canonical).remove(u'-');
}

constexpr int minimumCompanyCount = 40;

void seedDemoAccount(SandboxData& data, const SandboxOptions& options)
{
    SandboxAccount& account = data.account(options.demoUsername);
    int n = 0;
    auto add = [&](const QString& name, const QString& businessId, const QString& country) {
        ++n;
        account.appendRecord(record(u"crm-%1"_s.arg(n, 4, 10, QChar(u'0')), name, businessId, country, n));
    };
    // Twenty records matched by business id, in all three shapes, across the four countries.
    const qsizetype step = data.companies.size() / 20;
    for (qsizetype i = 0; i < 20; ++i) {
        const QJsonObject& company = data.companies.at(i * step);
        add(company.value(u"company_name"_s).toString(), shaped(company, static_cast<int>(i % 3)),
            company.value(u"country"_s).toString());
    }
    // Two matched by name and country only.
    for (qsizetype i : {qsizetype(7), qsizetype(11)}) {
        const QJsonObject& company = data.companies.at(i);
        add(company.value(u"company_name"_s).toString(), {}, company.value(u"country"_s).toString());
    }
    // Two that match nothing and two in countries outside the data set ("pending").
    add(u"Nonexistent Holding Oy"_s, {}, u"FI"_s);
    add(u"Ghost Trading AB"_s, u"556000-0000"_s, u"SE"_s);
    add(u"Tallinna Tarkvara OÜ"_s, u"10137319"_s, u"EE"_s);
    add(u"Reykjavík Gögn ehf"_s, u"5902697199"_s, u"IS"_s);
    for (qsizetype i = 0; i < account.customerData().size(); ++i) {
        QJsonObject stored = account.customerData().at(i);
        stored.insert(u"matching"_s, Matching::match(data, stored.value(u"match_data"_s).toObject()));
        account.replaceRecord(i, stored);
    }

    SandboxList keyAccounts;
    keyAccounts.id = data.newId();
    keyAccounts.name = u"Key accounts"_s;
    keyAccounts.ownerEmail = options.demoUsername;
    for (qsizetype i = 0; i < 12; ++i)
        keyAccounts.businessIds.append(
            data.companies.at((i * 13) % data.companies.size()).value(u"business_id"_s).toString());
    account.lists.append(keyAccounts);

    SandboxList large;
    large.id = data.newId();
    large.name = u"Large Finnish companies"_s;
    large.isNamedList = false;
    large.ownerEmail = options.demoUsername;
    large.filter = QJsonObject {{u"country"_s, u"FI"_s}, {u"staff_number__gte"_s, 250}};
    account.lists.append(large);

    account.webhooks.append(QJsonObject {{u"webhook_url"_s, options.demoWebhookUrl},
                                         {u"query"_s, options.demoWebhookQuery},
                                         {u"id"_s, data.newId()},
                                         {u"username"_s, options.demoUsername},
                                         {u"type"_s, u"company_change_webhook"_s}});
}

} // namespace

namespace SeedData {

QList<QJsonObject> companies(quint64 seed, int count)
{
    Generator generator(seed);
    QList<QJsonObject> list {documentedExample()};
    generator.claimName(u"FIVainu. io Software Oy"_s);
    generator.reserveId(u"25578642"_s);
    generator.reserveId(u"NO918443525"_s);
    // One Norwegian company carries the id of the documented lookup example (business_id=NO918443525).
    QJsonObject norwegian = makeCompany(generator, countries().at(2));
    norwegian.insert(u"business_id"_s, u"NO918443525"_s);
    list.append(norwegian);
    while (list.size() < std::max(count, 2))
        list.append(makeCompany(generator, countries().at(list.size() % countries().size())));
    return list;
}

SandboxData generate(const SandboxOptions& options)
{
    SandboxData data;
    data.seed = options.seed;
    // The demo account picks companies by position, so the data set never shrinks below what it needs.
    data.companies = companies(options.seed, std::max(options.companyCount, minimumCompanyCount));
    data.rebuildIndex();
    seedDemoAccount(data, options);
    return data;
}

} // namespace SeedData
