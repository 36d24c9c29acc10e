#include "ApiTestSupport.h"
#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "core/ApiError.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhookQuery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestAddWebhookDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void okDisabledUntilTheAddressIsValid();
    void warnsForHttpAndPrivateAddresses();
    void queryRowsBecomeAQueryWithQuestionMark();
    void generateSecretAddsOrReplacesTheToken();
    void serverFieldErrorsAppearNextToTheirField();
    void serverErrorWithoutFieldsAppearsBelowTheForm();
    void okCreatesTheWebhookOnTheSandbox();
    void sandboxRefusalKeepsTheDialogOpen();
    void previewShowsTheWholeAddressWithASecret();
    void dialogIsNeverShorterThanItsContents();
    void aLostAnswerIsReportedAsCreatedWithoutADuplicate();
    void aCreateThatDidNotHappenOffersTheRetry();

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<VainuClient> m_client;
    std::unique_ptr<AddWebhookDialog> m_dialog;

    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton* okButton() const { return child<QPushButton>("okButton"); }
};

void TestAddWebhookDialog::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<TestApiClient>(m_sandbox.demoConnection());
}

void TestAddWebhookDialog::init()
{
    m_dialog = std::make_unique<AddWebhookDialog>(m_client.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAddWebhookDialog::cleanup()
{
    m_dialog.reset();
}

void TestAddWebhookDialog::okDisabledUntilTheAddressIsValid()
{
    auto* url = child<QLineEdit>("urlEdit");
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClicks(url, u"crm.example.com"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("urlMessage")->text().contains(u"https://"_s));
    url->clear();
    QTest::keyClicks(url, u"https://crm.example.com/vainu"_s);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(child<QLabel>("urlMessage")->isHidden());
    QCOMPARE(child<QTextEdit>("deliveryPreview")->toPlainText(), u"https://crm.example.com/vainu"_s);
}

void TestAddWebhookDialog::warnsForHttpAndPrivateAddresses()
{
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"http://192.168.1.20/hook"_s);
    QVERIFY(okButton()->isEnabled()); // a warning does not block: the sandbox can reach it
    const QLabel* message = child<QLabel>("urlMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"unencrypted"_s));
    QVERIFY(message->text().contains(u"192.168.1.20"_s));
}

void TestAddWebhookDialog::queryRowsBecomeAQueryWithQuestionMark()
{
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"https://crm.example.com/hook"_s);
    m_dialog->addParameter(u"crm"_s, u"custom"_s);
    m_dialog->addParameter(u"team"_s, u"sales & ops"_s);
    QCOMPARE(m_dialog->query(), u"?crm=custom&team=sales%20%26%20ops"_s);
    QCOMPARE(m_dialog->webhook().query, m_dialog->query());
    QCOMPARE(m_dialog->webhook().type, Webhook::companyChangeType());
    QCOMPARE(child<QTextEdit>("deliveryPreview")->toPlainText(),
             u"https://crm.example.com/hook?crm=custom&team=sales%20%26%20ops"_s);

    // A value without a name is the one thing that blocks OK in the query.
    auto* table = child<QTableWidget>("queryTable");
    table->item(0, 0)->setText(QString());
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("queryServerError")->text().contains(u"name"_s));
    table->item(0, 0)->setText(u"crm"_s);
    QVERIFY(okButton()->isEnabled());
}

void TestAddWebhookDialog::generateSecretAddsOrReplacesTheToken()
{
    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    const auto first = WebhookQuery::parse(m_dialog->query());
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().first, u"token"_s);
    QVERIFY(first.first().second.size() >= 22); // at least 128 bits in base64url
    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    const auto second = WebhookQuery::parse(m_dialog->query());
    QCOMPARE(second.size(), 1);
    QVERIFY(second.first().second != first.first().second);
}

void TestAddWebhookDialog::serverFieldErrorsAppearNextToTheirField()
{
    const ApiError error = ApiError::fromHttpResponse(
        400, R"({"webhook_url": ["Enter a valid URL."], "query": ["Must start with ?."]})"_ba);
    m_dialog->showServerError(error);
    QVERIFY(child<QLabel>("urlServerError")->isVisible());
    QVERIFY(child<QLabel>("urlServerError")->text().contains(u"Enter a valid URL."_s));
    QVERIFY(child<QLabel>("queryServerError")->text().contains(u"Must start with ?."_s));
    QVERIFY(child<QLabel>("typeServerError")->isHidden());
    QVERIFY(child<QLabel>("generalError")->isHidden());
    // Editing the field clears Vainu's objection to it.
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"h"_s);
    QVERIFY(child<QLabel>("urlServerError")->isHidden());
    QVERIFY(child<QLabel>("queryServerError")->isVisible());
}

void TestAddWebhookDialog::serverErrorWithoutFieldsAppearsBelowTheForm()
{
    m_dialog->showServerError(ApiError::fromHttpResponse(403, R"({"detail": "API access is not enabled."})"_ba));
    const QLabel* general = child<QLabel>("generalError");
    QVERIFY(general->isVisible());
    QVERIFY(general->text().contains(u"API access is not enabled."_s));
    QVERIFY(child<QLabel>("urlServerError")->isHidden());
}

void TestAddWebhookDialog::okCreatesTheWebhookOnTheSandbox()
{
    QSignalSpy created(m_dialog.get(), &AddWebhookDialog::webhookCreated);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"https://dialog.example.com/hook"_s);
    m_dialog->addParameter(u"crm"_s, u"custom"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    const auto webhook = created.first().first().value<Webhook>();
    QCOMPARE(webhook.webhookUrl, u"https://dialog.example.com/hook"_s);
    QCOMPARE(webhook.query, u"?crm=custom"_s);
    QCOMPARE(webhook.id.size(), 24);
    QCOMPARE(accepted.size(), 1);
}

void TestAddWebhookDialog::sandboxRefusalKeepsTheDialogOpen()
{
    QSignalSpy created(m_dialog.get(), &AddWebhookDialog::webhookCreated);
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"https://refused.example.com/hook"_s);
    m_sandbox.failNextCalls(500, 1, u"POST"_s); // the create; the list before it answers
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("generalError")->isVisible());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(okButton()->isEnabled()); // the user can try again
    QCOMPARE(created.size(), 0);
}

// The preview holds the whole delivery address, long token and query included, on as many lines as it takes at
// 680 pixels (nothing cut after "https://" or the token); the tooltip has it on one line.
void TestAddWebhookDialog::previewShowsTheWholeAddressWithASecret()
{
    m_dialog->resize(680, m_dialog->height());
    QTest::keyClicks(child<QLineEdit>("urlEdit"),
                     u"https://crm.example.com/integrations/vainu/webhooks/company-changes"_s);
    m_dialog->generateSecret();
    m_dialog->addParameter(u"team"_s, u"sales & ops"_s);
    auto* preview = child<QTextEdit>("deliveryPreview");
    const QString whole = m_dialog->webhook().deliveryUrl().toString(QUrl::FullyEncoded);
    QVERIFY(whole.contains(u"?token="_s) && whole.endsWith(u"&team=sales%20%26%20ops"_s));
    QCOMPARE(preview->toPlainText(), whole);
    QCOMPARE(preview->toolTip(), whole);
    QVERIFY(preview->isReadOnly());
    QVERIFY(preview->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    // Every wrapped line is on screen: the widget is as tall as its text, and nothing runs past its right edge.
    QTRY_VERIFY(preview->height() >= qCeil(preview->document()->size().height()));
    QVERIFY(preview->document()->size().height() > preview->fontMetrics().height() * 1.5); // it did wrap
    QVERIFY(preview->document()->idealWidth() <= preview->viewport()->width() + 1);
    QVERIFY(preview->verticalScrollBar()->maximum() == 0);
    QTRY_VERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
}

// However long the text gets (a wrapped preview, Vainu's objections, longer Finnish labels), the dialog grows to
// its layout's minimum for its width, so the Type box never lands on the query table.
void TestAddWebhookDialog::dialogIsNeverShorterThanItsContents()
{
    m_dialog->resize(680, 200); // shorter than anything fits
    QTest::keyClicks(child<QLineEdit>("urlEdit"), u"http://localhost:8080/vainu/webhook"_s);
    m_dialog->generateSecret();
    m_dialog->showServerError(ApiError::fromHttpResponse(
        400, R"({"webhook_url": ["Enter a valid URL that Vainu can reach from the internet."],
                 "query": ["The query may hold at most ten parameters, each at most 256 characters long."]})"_ba));
    QTRY_VERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
    QTRY_VERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
    const auto geometryIn
        = [this](QWidget* widget) { return QRect(widget->mapTo(m_dialog.get(), QPoint(0, 0)), widget->size()); };
    const QRect table = geometryIn(child<QTableWidget>("queryTable"));
    const QRect type = geometryIn(child<QComboBox>("typeCombo"));
    const QRect preview = geometryIn(child<QTextEdit>("deliveryPreview"));
    QVERIFY2(!type.intersects(table), "the Type box overlaps the query parameters");
    QVERIFY(!preview.intersects(type));
    QVERIFY(child<QLabel>("queryServerError")->isVisible());
    QVERIFY(preview.bottom() < geometryIn(okButton()).top());
}

// Vainu created the webhook but a gateway answered 502: the dialog closes with it, as created, and there is
// one such webhook, not two.
void TestAddWebhookDialog::aLostAnswerIsReportedAsCreatedWithoutADuplicate()
{
    QSignalSpy created(m_dialog.get(), &AddWebhookDialog::webhookCreated);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    const QString url = u"https://lost-answer.example.com/hook"_s;
    QTest::keyClicks(child<QLineEdit>("urlEdit"), url);
    m_sandbox.loseNextAnswer(u"POST"_s, 502);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    QCOMPARE(created.first().at(0).value<Webhook>().webhookUrl, url);
    QCOMPARE(created.first().at(1).toBool(), true); // recovered
    QCOMPARE(accepted.size(), 1);
    const auto listed = waitFor(m_client->listWebhooks());
    QVERIFY(!listed.error.isError());
    QCOMPARE(std::count_if(listed.value.cbegin(), listed.value.cend(),
                           [&](const Webhook& webhook) { return webhook.webhookUrl == url; }),
             1);
}

// The connection dropped before Vainu did anything: the dialog stays open, says it was not created and that
// trying again is safe.
void TestAddWebhookDialog::aCreateThatDidNotHappenOffersTheRetry()
{
    QSignalSpy created(m_dialog.get(), &AddWebhookDialog::webhookCreated);
    const QString url = u"https://never-created.example.com/hook"_s;
    QTest::keyClicks(child<QLineEdit>("urlEdit"), url);
    m_sandbox.failNextCalls(502, 1, u"POST"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("generalError")->text().contains(u"safe to try again"_s), 10000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(created.size(), 0);
}

QTEST_MAIN(TestAddWebhookDialog)
#include "tst_addwebhookdialog.moc"
