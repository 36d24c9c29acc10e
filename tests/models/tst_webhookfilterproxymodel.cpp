#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Webhook makeWebhook(const QString& id, const QString& url, const QString& query, const QString& owner)
{
    Webhook webhook;
    webhook.id = id;
    webhook.webhookUrl = url;
    webhook.query = query;
    webhook.username = owner;
    webhook.type = Webhook::companyChangeType();
    return webhook;
}

QList<Webhook> sample()
{
    return {makeWebhook(u"b1"_s, u"https://crm.example.com/hooks/vainu"_s, u"?crm=custom"_s, u"anna@example.com"_s),
            makeWebhook(u"a2"_s, u"https://zapier.example.org/catch"_s, u""_s, u"bo@example.com"_s),
            makeWebhook(u"c3"_s, u"https://Another.example.com/x"_s, u"?token=S3cret"_s, u"anna@example.com"_s)};
}

QStringList column(const QAbstractItemModel& model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values;
}

} // namespace

class TestWebhookFilterProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void filterMatchesAnyColumn_data();
    void filterMatchesAnyColumn();
    void sortsCaseInsensitively();
    void filterSurvivesModelChangesUnderTester();
};

void TestWebhookFilterProxyModel::filterMatchesAnyColumn_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << u""_s << QStringList {u"b1"_s, u"a2"_s, u"c3"_s};
    QTest::newRow("blank") << u"   "_s << QStringList {u"b1"_s, u"a2"_s, u"c3"_s};
    QTest::newRow("url") << u"zapier"_s << QStringList {u"a2"_s};
    QTest::newRow("query") << u"crm=custom"_s << QStringList {u"b1"_s};
    QTest::newRow("case-insensitive") << u"aNOTHER.EXAMPLE"_s << QStringList {u"c3"_s};
    // The filter matches what the table shows: a masked secret's value finds nothing (the search would tell it).
    QTest::newRow("masked secret") << u"s3cret"_s << QStringList {};
    QTest::newRow("secret parameter name") << u"token="_s << QStringList {u"c3"_s};
    QTest::newRow("id") << u"a2"_s << QStringList {u"a2"_s};
    QTest::newRow("owner") << u"anna@"_s << QStringList {u"b1"_s, u"c3"_s};
    QTest::newRow("type display name") << u"company change"_s << QStringList {u"b1"_s, u"a2"_s, u"c3"_s};
    QTest::newRow("words across columns") << u"anna token"_s << QStringList {u"c3"_s};
    QTest::newRow("no match") << u"nothing-like-this"_s << QStringList {};
}

void TestWebhookFilterProxyModel::filterMatchesAnyColumn()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);
    WebhookTableModel source;
    source.setWebhooks(sample());
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(filter);
    QCOMPARE(proxy.filterText(), filter);
    QCOMPARE(column(proxy, WebhookTableModel::IdColumn), ids);
}

void TestWebhookFilterProxyModel::sortsCaseInsensitively()
{
    WebhookTableModel source;
    source.setWebhooks(sample());
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(WebhookTableModel::UrlColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, WebhookTableModel::IdColumn), (QStringList {u"c3"_s, u"b1"_s, u"a2"_s}));
    proxy.sort(WebhookTableModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, WebhookTableModel::IdColumn), (QStringList {u"c3"_s, u"b1"_s, u"a2"_s}));
    proxy.sort(WebhookTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, WebhookTableModel::IdColumn), (QStringList {u"a2"_s, u"b1"_s, u"c3"_s}));
}

void TestWebhookFilterProxyModel::filterSurvivesModelChangesUnderTester()
{
    WebhookTableModel source;
    WebhookFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(u"anna"_s);
    proxy.sort(WebhookTableModel::UrlColumn);
    source.setWebhooks(sample());
    QCOMPARE(proxy.rowCount(), 2);
    source.removeById(u"c3"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, WebhookTableModel::IdColumn).data().toString(), u"b1"_s);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestWebhookFilterProxyModel)
#include "tst_webhookfilterproxymodel.moc"
