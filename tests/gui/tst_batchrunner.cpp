#include "api/VainuClient.h"
#include "core/CustomerRecord.h"
#include "core/Webhook.h"
#include "gui/common/BatchRunner.h"
#include "gui/common/MessageBox.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The one batch helper of the Webhooks, Customer data and Company lists pages, against the real sandbox: a thing
// deleted meanwhile is reported as already gone (and counts as done), a real failure is listed with its message.
class TestBatchRunner : public QObject
{
    Q_OBJECT

private:
    // Waits for a set-up call's value; a set-up that fails stops the test run, it cannot pass by accident.
    template <typename T>
    T await(ApiReply<T>* call)
    {
        bool done = false;
        T value {};
        ApiError error;
        connect(call, &ApiCall::finished, this, [&] {
            done = true;
            error = call->error();
            if (!error.isError())
                value = call->value();
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || error.isError())
            qFatal("a set-up call failed: %s", qPrintable(error.userMessage()));
        return value;
    }

    void awaitDone(ApiCall* call)
    {
        bool done = false;
        connect(call, &ApiCall::finished, this, [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    // Runs the batch to its end and has it report into the MessageBox seam and a status spy.
    void runToEnd(BatchRunner& runner, const QList<BatchRunner::Item>& items)
    {
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.run(items);
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!runner.isRunning());
    }

    QString createWebhook(const QString& url)
    {
        Webhook webhook;
        webhook.webhookUrl = url;
        return await(m_client->createWebhook(webhook)).id;
    }

    QString createCustomer(const QString& uniqueId)
    {
        CustomerRecord record;
        record.uniqueId = uniqueId;
        record.matchData.businessId = u"25578642"_s;
        record.matchData.country = u"FI"_s;
        return await(m_client->createCustomer(record)).uniqueId;
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<VainuClient> m_client;

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions {});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void init()
    {
        m_sandbox->faults().clear();
        m_client = std::make_unique<VainuClient>(m_network.get());
        m_client->setConnection({m_sandbox->apiBaseUrl(), m_sandbox->demoApiKey()});
        MessageBox::clearShownMessages();
    }

    void cleanup()
    {
        m_client.reset();
        MessageBox::presetAnswers({});
    }

    void webhookDeletedMeanwhileIsAlreadyGone()
    {
        const QString kept = createWebhook(u"https://one.example.com/hook"_s);
        const QString gone = createWebhook(u"https://two.example.com/hook"_s);
        const QString third = createWebhook(u"https://three.example.com/hook"_s);
        awaitDone(m_client->deleteWebhook(gone)); // elsewhere, meanwhile

        BatchRunner runner(BatchRunner::Verb::Delete);
        QSignalSpy status(&runner, &BatchRunner::statusMessage);
        runToEnd(runner,
                 {{u"one"_s, [&] { return m_client->deleteWebhook(kept); }},
                  {u"two"_s, [&] { return m_client->deleteWebhook(gone); }},
                  {u"three"_s, [&] { return m_client->deleteWebhook(third); }}});
        QCOMPARE(runner.countOf(BatchRunner::Result::Done), 2);
        QCOMPARE(runner.countOf(BatchRunner::Result::AlreadyGone), 1);
        QCOMPARE(runner.countOf(BatchRunner::Result::Failed), 0);
        runner.report(nullptr, u"Delete webhooks"_s);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), u"Delete webhooks: 2 deleted, 1 already gone."_s);
        QVERIFY(MessageBox::shownMessages().isEmpty()); // nothing failed: no box to dismiss
        QVERIFY(runner.details().contains(u"Already gone: two"_s));
        const QList<Webhook> left = await(m_client->listWebhooks());
        for (const Webhook& webhook : left)
            QVERIFY(webhook.id != kept && webhook.id != third);
    }

    void customerDeletedMeanwhileIsAlreadyGoneAndAFailureIsListed()
    {
        const QString first = createCustomer(u"batch-1"_s);
        const QString gone = createCustomer(u"batch-2"_s);
        const QString failing = createCustomer(u"batch-3"_s);
        awaitDone(m_client->deleteCustomer(gone));
        // The server fails for this one record only.
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/customer_data/batch-3"_s;
        fault.status = 500;
        m_sandbox->faults().add(fault);

        BatchRunner runner(BatchRunner::Verb::Delete);
        QSignalSpy progress(&runner, &BatchRunner::progress);
        QSignalSpy status(&runner, &BatchRunner::statusMessage);
        runToEnd(runner,
                 {{first, [&] { return m_client->deleteCustomer(first); }},
                  {gone, [&] { return m_client->deleteCustomer(gone); }},
                  {failing, [&] { return m_client->deleteCustomer(failing); }}});
        QCOMPARE(progress.size(), 4); // 0 of 3, then after each call
        QCOMPARE(progress.constLast().at(0).toInt(), 3);
        QCOMPARE(runner.countOf(BatchRunner::Result::Done), 1);
        QCOMPARE(runner.countOf(BatchRunner::Result::AlreadyGone), 1);
        QCOMPARE(runner.countOf(BatchRunner::Result::Failed), 1);

        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        runner.report(nullptr, u"Delete customer records"_s);
        QCOMPARE(status.first().first().toString(),
                 u"Delete customer records: 1 deleted, 1 already gone, 1 not deleted."_s);
        const QList<MessageBox::Shown> shown = MessageBox::shownMessages();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, u"Delete customer records"_s);
        QVERIFY2(shown.first().text.startsWith(u"1 of 3 could not be deleted."_s), qPrintable(shown.first().text));
        // The failure first, with the server's own message; then the others.
        QVERIFY2(shown.first().details.startsWith(u"Not deleted: batch-3\n"_s), qPrintable(shown.first().details));
        QVERIFY(shown.first().details.contains(u"Fault injected by the sandbox: HTTP 500."_s));
        QVERIFY(shown.first().details.contains(u"Already gone: batch-2"_s));
        QVERIFY(shown.first().details.contains(u"Deleted: batch-1"_s));
        // The failed record is still there; the other two are not.
        m_sandbox->faults().clear();
        QCOMPARE(await(m_client->getCustomer(failing)).uniqueId, failing);
        awaitDone(m_client->deleteCustomer(failing));
    }

    void companyListDeletedMeanwhileIsAlreadyGone()
    {
        const CompanyList list = await(m_client->createList(u"Batch list"_s));
        awaitDone(m_client->deleteList(list.id));

        BatchRunner runner(BatchRunner::Verb::Delete);
        QSignalSpy status(&runner, &BatchRunner::statusMessage);
        runToEnd(runner, {{list.name, [&] { return m_client->deleteList(list.id); }}});
        QCOMPARE(runner.countOf(BatchRunner::Result::AlreadyGone), 1);
        runner.report(nullptr, u"Delete company list"_s);
        QCOMPARE(status.first().first().toString(), u"Delete company list: 1 already gone."_s);
        QVERIFY(MessageBox::shownMessages().isEmpty());
    }

    void companiesOfAListDeletedMeanwhileAreAlreadyGone()
    {
        const CompanyList list = await(m_client->createList(u"Removal list"_s));
        const QStringList ids {u"25578642"_s, u"NO918443525"_s};
        await(m_client->addToList(list.id, ids));
        awaitDone(m_client->deleteList(list.id));

        BatchRunner runner(BatchRunner::Verb::Remove);
        QSignalSpy status(&runner, &BatchRunner::statusMessage);
        BatchRunner::Item item {ids.join(u", "_s), [&] { return m_client->removeFromList(list.id, ids); },
                                int(ids.size())};
        runToEnd(runner, {item});
        QCOMPARE(runner.countOf(BatchRunner::Result::AlreadyGone), 2); // the companies, not the calls
        runner.report(nullptr, u"Remove companies"_s);
        QCOMPARE(status.first().first().toString(), u"Remove companies: 2 already gone."_s);
    }

    void aFailedRemovalIsListed()
    {
        const CompanyList list = await(m_client->createList(u"Failing list"_s));
        await(m_client->addToList(list.id, {u"25578642"_s}));
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/lists/"_s + list.id + u"/remove"_s;
        fault.status = 503;
        fault.remaining = -1; // also the retries of this idempotent call
        m_sandbox->faults().add(fault);

        BatchRunner runner(BatchRunner::Verb::Remove);
        runToEnd(runner, {{u"25578642"_s, [&] { return m_client->removeFromList(list.id, {u"25578642"_s}); }}});
        QCOMPARE(runner.countOf(BatchRunner::Result::Failed), 1);
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        runner.report(nullptr, u"Remove companies"_s);
        const QList<MessageBox::Shown> shown = MessageBox::shownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.startsWith(u"1 of 1 could not be removed."_s), qPrintable(shown.first().text));
        QVERIFY2(shown.first().details.startsWith(u"Not removed: 25578642\n"_s), qPrintable(shown.first().details));
        m_sandbox->faults().clear();
        awaitDone(m_client->deleteList(list.id));
    }

    void aSecondRunWaitsForTheFirst()
    {
        const QString id = createWebhook(u"https://busy.example.com/hook"_s);
        BatchRunner runner(BatchRunner::Verb::Delete);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        int started = 0;
        const auto item = [&] {
            return BatchRunner::Item {u"busy"_s, [&] {
                                          ++started;
                                          return m_client->deleteWebhook(id);
                                      }};
        };
        runner.run({item()});
        runner.run({item()}); // ignored: the first batch still runs
        QVERIFY(finished.wait(10000));
        QCOMPARE(started, 1);
        QCOMPARE(runner.outcomes().size(), 1);
        QCOMPARE(runner.countOf(BatchRunner::Result::Done), 1);
    }
};

QTEST_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
