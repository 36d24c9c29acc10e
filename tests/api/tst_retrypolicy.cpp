#include "api/RetryPolicy.h"
#include "core/ApiError.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {
ApiError httpError(int status, int retryAfter = -1)
{
    ApiError error = ApiError::fromHttpResponse(status, {});
    error.retryAfterSeconds = retryAfter;
    return error;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void onlyIdempotentCallsOnTryLaterAnswers_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (int status : {429, 502, 503, 504}) {
            QTest::addRow("GET %d", status) << QByteArray("GET") << status << true;
            QTest::addRow("DELETE %d", status) << QByteArray("DELETE") << status << true;
            QTest::addRow("POST %d", status) << QByteArray("POST") << status << false;
            QTest::addRow("PUT %d", status) << QByteArray("PUT") << status << false;
            QTest::addRow("PATCH %d", status) << QByteArray("PATCH") << status << false;
        }
        for (int status : {400, 401, 403, 404, 500, 501})
            QTest::addRow("GET %d", status) << QByteArray("GET") << status << false;
    }
    // A POST that only reads (Get Companies by a thousand business ids) is repeated like a GET; one that creates
    // is not.
    void aReadOnlyPostIsRepeatable()
    {
        QVERIFY(RetryPolicy::isRepeatable("POST", true));
        QVERIFY(!RetryPolicy::isRepeatable("POST", false));
        QVERIFY(RetryPolicy::isRepeatable("GET", false));
        RetryPolicy policy;
        QVERIFY(policy.delayBeforeRetry(RetryPolicy::isRepeatable("POST", true), httpError(429), 1, 0ms));
        QVERIFY(!policy.delayBeforeRetry(RetryPolicy::isRepeatable("POST", false), httpError(429), 1, 0ms));
    }
    void onlyIdempotentCallsOnTryLaterAnswers()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(bool, retried);
        const RetryPolicy policy;
        QCOMPARE(policy.delayBeforeRetry(verb, httpError(status), 1, 0ms).has_value(), retried);
    }

    void networkFailuresAreNotRetried()
    {
        const RetryPolicy policy;
        QVERIFY(!policy.delayBeforeRetry("GET", ApiError::make(ApiError::Kind::Network), 1, 0ms));
        QVERIFY(!policy.delayBeforeRetry("GET", ApiError::make(ApiError::Kind::Timeout), 1, 0ms));
    }

    void backoffDoublesUpToTheCap()
    {
        RetryPolicy policy;
        policy.initialBackoff = 100ms;
        policy.maxBackoff = 350ms;
        policy.maxAttempts = 10;
        policy.maxTotalWait = 10s;
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(503), 1, 0ms), 100ms);
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(503), 2, 0ms), 200ms);
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(503), 3, 0ms), 350ms);
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(503), 8, 0ms), 350ms);
    }

    void retryAfterIsNeverUndercut()
    {
        RetryPolicy policy;
        policy.initialBackoff = 100ms;
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(429, 2), 1, 0ms), 2000ms);
        QCOMPARE(policy.delayBeforeRetry("GET", httpError(429, 0), 1, 0ms), 100ms);
    }

    void attemptsAndTotalWaitAreBounded()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.initialBackoff = 100ms;
        policy.maxTotalWait = 1s;
        QVERIFY(policy.delayBeforeRetry("GET", httpError(503), 2, 0ms));
        QVERIFY(!policy.delayBeforeRetry("GET", httpError(503), 3, 0ms));
        QVERIFY(policy.delayBeforeRetry("GET", httpError(503), 1, 900ms));
        QVERIFY(!policy.delayBeforeRetry("GET", httpError(503), 1, 950ms));
        // A Retry-After longer than the whole budget is reported at once instead of waited out.
        QVERIFY(!policy.delayBeforeRetry("GET", httpError(429, 5), 1, 0ms));
        QVERIFY(!RetryPolicy::none().delayBeforeRetry("GET", httpError(503), 1, 0ms));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
