#pragma once

#include "api/ApiConnection.h"
#include "api/ApiReply.h"
#include "api/BatchCreateResult.h"
#include "api/ClientLimits.h"
#include "api/CompanyQuery.h"
#include "api/Empty.h"
#include "api/Paged.h"
#include "api/RequestSpec.h"
#include "api/RetryPolicy.h"
#include "core/Company.h"
#include "core/CompanyList.h"
#include "core/CustomerRecord.h"
#include "core/Webhook.h"

#include <QObject>

class QNetworkAccessManager;

// One typed asynchronous call per endpoint of the Vainu API v2 (docs/api-choices.md). Every call returns an
// ApiReply that is a child of this client, fires finished() once and then deletes itself.
//     auto* call = client->listWebhooks();
//     connect(call, &ApiCall::finished, this, [this, call] { ... call->error() ... call->value() ... });
class VainuClient : public QObject
{
    Q_OBJECT

public:
    explicit VainuClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setConnection(const ApiConnection& connection) { m_connection = connection; }
    ApiConnection connection() const { return m_connection; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setLimits(const ClientLimits& limits) { m_limits = limits; }
    ClientLimits limits() const { return m_limits; }

    // Webhook configuration
    ApiReply<QList<Webhook>>* listWebhooks();
    ApiReply<Webhook>* createWebhook(const Webhook& webhook); // query normalised to start with '?'
    ApiReply<Empty>* deleteWebhook(const QString& id);

    // Customer data
    ApiReply<Paged<CustomerRecord>>* listCustomers(int limit, int offset);
    ApiReply<CustomerRecord>* getCustomer(const QString& uniqueId);
    ApiReply<CustomerRecord>* createCustomer(const CustomerRecord& record);
    // Up to 1000 records. A partly refused batch is not an error: value() says which items were stored.
    ApiReply<BatchCreateResult>* createCustomers(const QList<CustomerRecord>& records);
    ApiReply<CustomerRecord>* updateCustomer(const CustomerRecord& record); // PUT, replaces the record
    ApiReply<Empty>* deleteCustomer(const QString& uniqueId);

    // Company lists
    ApiReply<QList<CompanyList>>* listLists();
    ApiReply<CompanyList>* createList(const QString& name);
    ApiReply<Empty>* deleteList(const QString& id);
    ApiReply<Paged<Company>>* listCompanies(const QString& listId, int limit, int offset);
    ApiReply<CompanyList>* addToList(const QString& listId, const QStringList& businessIds);
    ApiReply<CompanyList>* removeFromList(const QString& listId, const QStringList& businessIds);

    // Get Companies
    ApiReply<Paged<Company>>* getCompanies(const CompanyQuery& query);
    // The same query as POST /companies/ with a JSON body, for filters too long for a URL (such as
    // business_id__in with a thousand ids). Retried like a GET: it only reads.
    ApiReply<Paged<Company>>* findCompanies(const CompanyQuery& query);

    static constexpr int maxBatchSize = 1000;

private:
    template <typename T>
    ApiReply<T>* send(const RequestSpec& request, typename ApiReply<T>::Parser parser,
                      typename ApiReply<T>::ErrorBodyFilter acceptErrorBody = {});
    void dispatch(ApiCall* call, const RequestSpec& request);

    QNetworkAccessManager* m_network;
    ApiConnection m_connection;
    RetryPolicy m_retry;
    ClientLimits m_limits;
};
