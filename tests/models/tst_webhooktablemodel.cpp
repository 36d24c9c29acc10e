#include "models/WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Webhook makeWebhook(const QString& id, const QString& url, const QString& query = {})
{
    Webhook webhook;
    webhook.id = id;
    webhook.webhookUrl = url;
    webhook.query = query;
    webhook.username = u"user@example.com"_s;
    webhook.type = Webhook::companyChangeType();
    return webhook;
}

} // namespace

class TestWebhookTableModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyModel();
    void columnsShowTheFields_data();
    void columnsShowTheFields();
    void headersAreNamed();
    void rolesGiveIdAndDeliveryUrl();
    void setWebhooksResetsUnderTester();
    void removeByIdRemovesOneRow();
    void unknownTypeIsShownAsSent();
};

void TestWebhookTableModel::emptyModel()
{
    WebhookTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(WebhookTableModel::ColumnCount));
    QCOMPARE(model.rowOfId(u"x"_s), -1);
}

void TestWebhookTableModel::columnsShowTheFields_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << int(WebhookTableModel::UrlColumn) << u"https://crm.example.com/hook"_s;
    QTest::newRow("query") << int(WebhookTableModel::QueryColumn) << u"?crm=custom"_s;
    QTest::newRow("type") << int(WebhookTableModel::TypeColumn) << u"Company change"_s;
    QTest::newRow("id") << int(WebhookTableModel::IdColumn) << u"5f5b7b3ebb9378063bc322ef"_s;
    QTest::newRow("owner") << int(WebhookTableModel::OwnerColumn) << u"user@example.com"_s;
}

void TestWebhookTableModel::columnsShowTheFields()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    WebhookTableModel model;
    model.setWebhooks(
        {makeWebhook(u"5f5b7b3ebb9378063bc322ef"_s, u"https://crm.example.com/hook"_s, u"?crm=custom"_s)});
    QCOMPARE(model.index(0, column).data().toString(), expected);
    QCOMPARE(model.index(0, column).data(Qt::AccessibleTextRole).toString(), expected);
    QVERIFY(!model.index(0, column).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestWebhookTableModel::headersAreNamed()
{
    WebhookTableModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList {u"URL"_s, u"Query"_s, u"Type"_s, u"ID"_s, u"Owner"_s}));
}

void TestWebhookTableModel::rolesGiveIdAndDeliveryUrl()
{
    WebhookTableModel model;
    model.setWebhooks(
        {makeWebhook(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"https://crm.example.com/hook?x=1"_s, u"?token=abc"_s)});
    const QModelIndex owner = model.index(0, WebhookTableModel::OwnerColumn);
    QCOMPARE(owner.data(WebhookTableModel::WebhookIdRole).toString(), u"aaaaaaaaaaaaaaaaaaaaaaaa"_s);
    QCOMPARE(owner.data(WebhookTableModel::WebhookUrlRole).toString(), u"https://crm.example.com/hook?x=1"_s);
    QCOMPARE(owner.data(WebhookTableModel::DeliveryUrlRole).toString(),
             u"https://crm.example.com/hook?x=1&token=abc"_s);
    QVERIFY(owner.data(WebhookTableModel::DeliveryUrlRole).toString().startsWith(u"https://"_s));
    QVERIFY(!model.index(1, 0).data().isValid());
}

void TestWebhookTableModel::setWebhooksResetsUnderTester()
{
    WebhookTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setWebhooks(
        {makeWebhook(u"1"_s, u"https://a.example.com/"_s), makeWebhook(u"2"_s, u"https://b.example.com/"_s)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.webhookAt(1).id, u"2"_s);
    QCOMPARE(model.rowOfId(u"2"_s), 1);
    model.setWebhooks({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 2);
}

void TestWebhookTableModel::removeByIdRemovesOneRow()
{
    WebhookTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWebhooks({makeWebhook(u"1"_s, u"https://a.example.com/"_s),
                       makeWebhook(u"2"_s, u"https://b.example.com/"_s),
                       makeWebhook(u"3"_s, u"https://c.example.com/"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeById(u"2"_s);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, WebhookTableModel::IdColumn).data().toString(), u"3"_s);
    model.removeById(u"missing"_s);
    QCOMPARE(removed.size(), 1);
}

void TestWebhookTableModel::unknownTypeIsShownAsSent()
{
    QCOMPARE(WebhookTableModel::typeDisplayName(u"future_type"_s), u"future_type"_s);
}

QTEST_GUILESS_MAIN(TestWebhookTableModel)
#include "tst_webhooktablemodel.moc"
