#include "api/VainuClient.h"

#include "api/RequestBuilder.h"
#include "api/ResponseParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename T>
typename ApiReply<T>::Parser ignoringStatus(ParseResult<T> (*parse)(const QByteArray&))
{
    return [parse](int, const QByteArray& body) { return parse(body); };
}

ApiReply<Empty>::Parser noContent()
{
    // 204 has no body; a 200 with a body is accepted too, since nothing is read from it.
    return [](int, const QByteArray&) { return ParseResult<Empty>::success(Empty {}); };
}

QJsonObject businessIdsBody(const QStringList& businessIds)
{
    return {{u"business_ids"_s, QJsonArray::fromStringList(businessIds)}};
}

const QString kWebhooks = u"webhook_configuration"_s;
const QString kCustomers = u"customer_data"_s;
const QString kLists = u"lists"_s;
const QString kCompanies = u"companies"_s;

QList<QPair<QString, QString>> paging(int limit, int offset)
{
    return {{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(offset)}};
}

} // namespace

VainuClient::VainuClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

template <typename T>
ApiReply<T>* VainuClient::send(const RequestSpec& request, typename ApiReply<T>::Parser parser,
                               typename ApiReply<T>::ErrorBodyFilter acceptErrorBody)
{
    auto* call = new ApiReply<T>(std::move(parser), this, std::move(acceptErrorBody));
    dispatch(call, request);
    return call;
}

void VainuClient::dispatch(ApiCall* call, const RequestSpec& request)
{
    const RequestBuilder builder(m_connection, m_limits);
    if (!builder.problem().isEmpty() || !m_network) {
        // Kind::Network's sentence already points at the base URL in Settings; the exact problem goes to the
        // details, not to serverMessage, which is reserved for what Vainu said.
        call->failSoon(ApiError::make(ApiError::Kind::Network, builder.problem()));
        return;
    }
    ApiCall::Dispatch dispatch;
    dispatch.network = m_network;
    dispatch.request = builder.request(request);
    dispatch.verb = request.verb;
    dispatch.body = request.jsonBody;
    dispatch.retry = m_retry;
    dispatch.maxResponseBytes = m_limits.maxResponseBytes;
    dispatch.readOnly = request.readOnly;
    call->start(std::move(dispatch));
}

ApiReply<QList<Webhook>>* VainuClient::listWebhooks()
{
    return send<QList<Webhook>>({"GET", {kWebhooks}, {}, {}}, ignoringStatus(&ResponseParsers::webhooks));
}

ApiReply<Webhook>* VainuClient::createWebhook(const Webhook& webhook)
{
    Webhook body = webhook;
    body.query = Webhook::normaliseQuery(body.query);
    if (body.type.isEmpty())
        body.type = Webhook::companyChangeType();
    return send<Webhook>({"POST", {kWebhooks}, {}, toJson(body.toCreateJson())},
                         ignoringStatus(&ResponseParsers::webhook));
}

ApiReply<Empty>* VainuClient::deleteWebhook(const QString& id)
{
    return send<Empty>({"DELETE", {kWebhooks, id}, {}, {}}, noContent());
}

ApiReply<Paged<CustomerRecord>>* VainuClient::listCustomers(int limit, int offset)
{
    return send<Paged<CustomerRecord>>({"GET", {kCustomers}, paging(limit, offset), {}},
                                       ignoringStatus(&ResponseParsers::customerPage));
}

ApiReply<CustomerRecord>* VainuClient::getCustomer(const QString& uniqueId)
{
    return send<CustomerRecord>({"GET", {kCustomers, uniqueId}, {}, {}}, ignoringStatus(&ResponseParsers::customer));
}

ApiReply<CustomerRecord>* VainuClient::createCustomer(const CustomerRecord& record)
{
    return send<CustomerRecord>({"POST", {kCustomers}, {}, toJson(record.toJson())},
                                ignoringStatus(&ResponseParsers::customer));
}

ApiReply<BatchCreateResult>* VainuClient::createCustomers(const QList<CustomerRecord>& records)
{
    QJsonArray array;
    for (const CustomerRecord& record : records)
        array.append(record.toJson());
    const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return send<BatchCreateResult>({"POST", {kCustomers}, {}, body}, ignoringStatus(&ResponseParsers::batchCreate),
                                   [](int status, const QByteArray& errorBody) {
                                       return status == 400 && ResponseParsers::isBatchErrorBody(errorBody);
                                   });
}

ApiReply<CustomerRecord>* VainuClient::updateCustomer(const CustomerRecord& record)
{
    return send<CustomerRecord>({"PUT", {kCustomers, record.uniqueId}, {}, toJson(record.toJson())},
                                ignoringStatus(&ResponseParsers::customer));
}

ApiReply<Empty>* VainuClient::deleteCustomer(const QString& uniqueId)
{
    return send<Empty>({"DELETE", {kCustomers, uniqueId}, {}, {}}, noContent());
}

ApiReply<QList<CompanyList>>* VainuClient::listLists()
{
    return send<QList<CompanyList>>({"GET", {kLists}, {}, {}}, ignoringStatus(&ResponseParsers::lists));
}

ApiReply<CompanyList>* VainuClient::createList(const QString& name)
{
    return send<CompanyList>({"POST", {kLists}, {}, toJson({{u"name"_s, name}})},
                             ignoringStatus(&ResponseParsers::list));
}

ApiReply<Empty>* VainuClient::deleteList(const QString& id)
{
    return send<Empty>({"DELETE", {kLists, id}, {}, {}}, noContent());
}

ApiReply<Paged<Company>>* VainuClient::listCompanies(const QString& listId, int limit, int offset)
{
    return send<Paged<Company>>({"GET", {kLists, listId, u"companies"_s}, paging(limit, offset), {}},
                                ignoringStatus(&ResponseParsers::companyPage));
}

ApiReply<CompanyList>* VainuClient::addToList(const QString& listId, const QStringList& businessIds)
{
    return send<CompanyList>({"POST", {kLists, listId, u"add"_s}, {}, toJson(businessIdsBody(businessIds))},
                             ignoringStatus(&ResponseParsers::list));
}

ApiReply<CompanyList>* VainuClient::removeFromList(const QString& listId, const QStringList& businessIds)
{
    return send<CompanyList>({"POST", {kLists, listId, u"remove"_s}, {}, toJson(businessIdsBody(businessIds))},
                             ignoringStatus(&ResponseParsers::list));
}

ApiReply<Paged<Company>>* VainuClient::getCompanies(const CompanyQuery& query)
{
    return send<Paged<Company>>(
        {"GET", {kCompanies}, query.toQueryItems(), {}},
        ignoringStatus(query.countOnly ? &ResponseParsers::companyCount : &ResponseParsers::companyPage));
}

ApiReply<Paged<Company>>* VainuClient::findCompanies(const CompanyQuery& query)
{
    RequestSpec request {"POST", {kCompanies}, {}, toJson(query.toJsonBody())};
    request.readOnly = true;
    return send<Paged<Company>>(
        request, ignoringStatus(query.countOnly ? &ResponseParsers::companyCount : &ResponseParsers::companyPage));
}
