// receiver-floor: the least a receiver built on Qt HTTP Server 6.4 can do per delivery, measured
// by receiver-bench.sh beside the real receiver and the Node.js baseline. Not the product: no
// guard, no limits, no checks beyond parsing, no dedupe, no diff.
//
//   receiver-floor PORT             parse the JSON and answer 200 (what the Node.js baseline does)
//   receiver-floor PORT FILE        also insert the raw body into SQLite (WAL, synchronous=FULL) and
//                                   answer only after the COMMIT, one transaction per pass of the
//                                   event loop (group commit), all in one thread
//
// The gap between the first mode and Node.js is the room left for everything a receiver has to
// do; the second mode is the cheapest durable receiver on this stack.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

class DurableLog
{
public:
    bool open(const QByteArray& path)
    {
        if (sqlite3_open(path.constData(), &m_db) != SQLITE_OK)
            return false;
        const char* setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                            "CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, unique_id TEXT NOT NULL,"
                            " body BLOB NOT NULL)";
        return sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(m_db, "INSERT INTO deliveries (unique_id, body) VALUES (?, ?)", -1, &m_insert,
                                  nullptr)
            == SQLITE_OK;
    }

    // Inserts into the open transaction (begun on the first delivery of a pass); the answer waits.
    void add(const QByteArray& uniqueId, const QByteArray& body, QHttpServerResponder&& responder)
    {
        if (m_waiting.empty()) {
            sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            QTimer::singleShot(0, [this] { commit(); });
        }
        sqlite3_bind_text(m_insert, 1, uniqueId.constData(), int(uniqueId.size()), SQLITE_STATIC);
        sqlite3_bind_blob(m_insert, 2, body.constData(), int(body.size()), SQLITE_STATIC);
        const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
        sqlite3_reset(m_insert);
        m_failed = m_failed || !ok;
        m_waiting.push_back(std::move(responder));
    }

private:
    void commit()
    {
        const bool ok = !m_failed && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        for (QHttpServerResponder& responder : m_waiting) {
            responder.write(ok ? "{\"status\":\"stored\"}"_ba : "{\"detail\":\"not stored\"}"_ba, "application/json",
                            ok ? QHttpServerResponder::StatusCode::Ok
                               : QHttpServerResponder::StatusCode::ServiceUnavailable);
        }
        m_waiting.clear();
        m_failed = false;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    std::vector<QHttpServerResponder> m_waiting;
    bool m_failed = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: receiver-floor PORT [SQLITE_FILE]\n");
        return 2;
    }
    DurableLog log;
    const bool durable = argc > 2;
    if (durable && !log.open(QByteArray(argv[2]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[2]);
        return 1;
    }
    QHttpServer server;
    server.route(u"/vainu/webhook"_s, QHttpServerRequest::Method::Post,
                 [&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     const QByteArray body = request.body();
                     const QJsonDocument document = QJsonDocument::fromJson(body);
                     if (!document.isObject()) {
                         responder.write("{\"detail\":\"invalid JSON\"}"_ba, "application/json",
                                         QHttpServerResponder::StatusCode::BadRequest);
                         return;
                     }
                     const QByteArray uniqueId = document.object().value("unique_id"_L1).toString().toUtf8();
                     if (durable) {
                         log.add(uniqueId, body, std::move(responder));
                         return;
                     }
                     responder.write("{\"status\":\"stored\",\"unique_id\":\""_ba + uniqueId + "\"}"_ba,
                                     "application/json", QHttpServerResponder::StatusCode::Ok);
                 });
    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(QByteArray(argv[1]).toUShort()));
    if (port == 0) {
        std::fprintf(stderr, "cannot listen on port %s\n", argv[1]);
        return 1;
    }
    std::printf("Listening on %u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
