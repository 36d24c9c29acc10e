// receiver-floor: the least a receiver built on Qt HTTP Server 6.4 can do per delivery, measured
// by receiver-bench.sh beside the real receiver and the Node.js baseline. Not the product: no
// guard, no limits, no checks beyond parsing, no dedupe, no diff.
//
//   receiver-floor PORT             parse the JSON and answer 200 (what the Node.js baseline does)
//   receiver-floor PORT FILE        also insert the raw body into SQLite (WAL, synchronous=FULL) on a
//                                   writer thread and answer only after the COMMIT (group commit:
//                                   what arrives during a COMMIT forms the next transaction)
//
// The gap between the first mode and Node.js is the room left for everything a receiver has to
// do; the second mode is the cheapest durable receiver on this stack.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// One writer thread, as in the real store: the HTTP thread parses the next requests while the
// writer's COMMIT waits for its fsync, and whatever arrives meanwhile forms the next transaction.
class DurableLog
{
public:
    ~DurableLog()
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool open(const QByteArray& path)
    {
        if (sqlite3_open(path.constData(), &m_db) != SQLITE_OK)
            return false;
        const char* setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                            "CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, unique_id TEXT NOT NULL,"
                            " body BLOB NOT NULL)";
        if (sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db, "INSERT INTO deliveries (unique_id, body) VALUES (?, ?)", -1, &m_insert,
                                  nullptr)
                != SQLITE_OK)
            return false;
        m_writer.moveToThread(&m_thread);
        m_thread.start();
        return true;
    }

    // The answer waits until the delivery's transaction committed.
    void add(QByteArray uniqueId, QByteArray body, QHttpServerResponder&& responder)
    {
        if (m_pending.empty())
            QTimer::singleShot(0, [this] { hand(); });
        m_pending.push_back({std::move(uniqueId), std::move(body)});
        m_sockets.push_back(responder.socket()); // gone if the client hung up meanwhile
        m_responders.push_back(std::move(responder));
    }

private:
    struct Delivery
    {
        QByteArray uniqueId;
        QByteArray body;
    };

    // At most one transaction in flight; the next batch waits for it.
    void hand()
    {
        if (m_writing || m_pending.empty())
            return;
        m_writing = true;
        auto batch = std::make_shared<std::vector<Delivery>>(std::exchange(m_pending, {}));
        auto responders = std::make_shared<std::vector<QHttpServerResponder>>(std::exchange(m_responders, {}));
        auto sockets = std::make_shared<std::vector<QPointer<QTcpSocket>>>(std::exchange(m_sockets, {}));
        QObject* http = QThread::currentThread()->eventDispatcher();
        QMetaObject::invokeMethod(&m_writer, [this, batch, responders, sockets, http] {
            bool ok = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
            for (const Delivery& delivery : *batch) {
                sqlite3_bind_text(m_insert, 1, delivery.uniqueId.constData(), int(delivery.uniqueId.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_blob(m_insert, 2, delivery.body.constData(), int(delivery.body.size()), SQLITE_STATIC);
                ok = ok && sqlite3_step(m_insert) == SQLITE_DONE;
                sqlite3_reset(m_insert);
            }
            ok = ok && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!ok)
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            QMetaObject::invokeMethod(http, [this, responders, sockets, ok] {
                for (size_t i = 0; i < responders->size(); ++i) {
                    if (!sockets->at(i))
                        continue;
                    QHttpServerResponder& responder = responders->at(i);
                    responder.write(ok ? "{\"status\":\"stored\"}"_ba : "{\"detail\":\"not stored\"}"_ba,
                                    "application/json",
                                    ok ? QHttpServerResponder::StatusCode::Ok
                                       : QHttpServerResponder::StatusCode::ServiceUnavailable);
                }
                m_writing = false;
                hand();
            });
        });
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    QThread m_thread;
    QObject m_writer;
    std::vector<Delivery> m_pending;
    std::vector<QHttpServerResponder> m_responders;
    std::vector<QPointer<QTcpSocket>> m_sockets;
    bool m_writing = false;
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
