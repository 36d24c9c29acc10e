// Customer import benchmark: 10,000 CSV rows into the sandbox, as the import dialog does it.
//
// Build (VW_BUILD_BENCHMARKS=ON, the default) and run:
//     cmake --build build --target customer-import-bench
//     build/bin/customer-import-bench [ROWS] [BATCH_SIZE] [CONCURRENCY]     (defaults 10000 250 4)
//
// The sandbox runs in its own thread, as in the app. The main thread plays the GUI thread: it reads and
// maps the CSV, then runs the importer, while a 5 ms heartbeat timer measures the longest gap of its event
// loop (a stall). Prints rows per second for the upload and for the whole step, and the longest stall of each
// phase. Targets: at least 2,000 rows/s, no stall over 50 ms.
#include "api/VainuClient.h"
#include "api/import/CustomerImporter.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CustomerCsvMapping.h"
#include "sandbox/SandboxThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray makeCsv(int rows)
{
    QByteArray csv = "Asiakasnumero;Yrityksen nimi;Y-tunnus;Maa;Omistaja;Avoimet kaupat;Muistiinpanot\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += "BENCH-" + QByteArray::number(i) + ";Yritys " + QByteArray::number(i) + " Oy;"
            + (i % 3 == 0 ? "2557864-2" : "") + ";FI;myyja" + QByteArray::number(i % 20) + "@example.fi;"
            + QByteArray::number(i % 7) + ";\"Huomio \xE4\xF6; rivi " + QByteArray::number(i) + "\"\r\n";
    }
    return csv;
}

struct Heartbeat
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    void tick()
    {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    }
    void reset()
    {
        last = clock.elapsed();
        longest = 0;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.value(1, u"10000"_s).toInt();
    const int batch = args.value(2, u"250"_s).toInt();
    const int concurrency = args.value(3, u"4"_s).toInt();

    SandboxOptions options;
    SandboxThread sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray csv = makeCsv(rows);

    Heartbeat beat;
    beat.clock.start();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&beat] { beat.tick(); });
    heartbeat.start();

    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection({sandbox.apiBaseUrl(), sandbox.demoApiKey()});
    CustomerImporter importer(&client);
    importer.setBatchSize(batch);
    importer.setConcurrency(concurrency);

    qint64 readMs = 0;
    qint64 uploadMs = 0;
    qint64 readStall = 0;
    QElapsedTimer total;
    QTimer::singleShot(50, &app, [&] {
        beat.reset();
        total.start();
        // Reading and mapping run in one go on this thread, as the dialog does: this is their stall.
        const CsvTable table = CsvReader::read(csv);
        const QList<CustomerImportRow> mapped = CustomerCsvMapping::guess(table.header).mapTable(table);
        QList<CustomerRecord> records;
        for (const CustomerImportRow& row : mapped) {
            if (row.isValid())
                records.append(row.record);
        }
        readMs = total.elapsed();
        QTimer::singleShot(0, &app, [&, records] {
            beat.tick();
            readStall = beat.longest;
            beat.reset();
            QElapsedTimer upload;
            upload.start();
            QObject::connect(&importer, &CustomerImporter::finished, &app, [&, upload] {
                uploadMs = upload.elapsed();
                app.quit();
            });
            importer.start(records);
        });
    });
    app.exec();

    int created = 0;
    for (const ImportOutcome& o : importer.outcomes())
        created += o.status == ImportStatus::Created ? 1 : 0;
    const qint64 totalMs = total.elapsed();
    std::printf("rows %d, batch %d x %d requests in flight\n", rows, batch, concurrency);
    std::printf("created %d of %d\n", created, int(importer.outcomes().size()));
    std::printf("read + map: %lld ms (event loop blocked %lld ms)\n", static_cast<long long>(readMs),
                static_cast<long long>(readStall));
    std::printf("upload: %lld ms, %.0f rows/s; longest event-loop stall during upload %lld ms\n",
                static_cast<long long>(uploadMs), uploadMs > 0 ? rows * 1000.0 / double(uploadMs) : 0.0,
                static_cast<long long>(beat.longest));
    std::printf("whole step: %lld ms, %.0f rows/s\n", static_cast<long long>(totalMs),
                totalMs > 0 ? rows * 1000.0 / double(totalMs) : 0.0);
    return created == rows ? 0 : 1;
}
