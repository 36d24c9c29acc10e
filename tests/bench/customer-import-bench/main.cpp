// Customer import benchmark: 10,000 CSV rows into the sandbox, as the import dialog does it.
//
// Build (VW_BUILD_BENCHMARKS=ON, the default) and run:
//     cmake --build build --target customer-import-bench
//     build/bin/customer-import-bench [ROWS] [BATCH_SIZE] [CONCURRENCY]
// (defaults: 10000 rows, and the importer's defaults as the dialog uses them: batches of 100, 4 in flight)
//
// The sandbox runs in its own thread, as in the app. The main thread plays the GUI thread and does what the
// import dialog does: reading, mapping and checking the file on a worker thread (ImportPreparation through
// QtConcurrent), then the importer, with a progress text per answer, then the report. A 5 ms heartbeat timer
// measures the longest gap of its event loop (a stall). Prints rows per second for the upload and for the
// whole step, and the longest stall of each phase. Targets: at least 2,000 rows/s, no stall over 50 ms.
//
// Measured on the 2-core build machine, 5 runs each (median): load average 5.4: 6,680 rows/s, longest stall
// 13 ms during the upload and 12 ms while the file is read; load average 15-17 (other builds running):
// 3,469 rows/s, stalls 65 ms wall with 10 ms of GUI-thread CPU in them. Before the sandbox's unique_id index
// and the worker thread: 215-456 rows/s, stalls 80-216 ms.
#include "ThreadCpuTime.h"
#include "api/VainuClient.h"
#include "api/import/CustomerImporter.h"
#include "core/csv/CustomerImportReport.h"
#include "sandbox/SandboxThread.h"
#include "session/ImportPreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

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
    qint64 lastCpu = 0;
    qint64 longest = 0; // ms of wall time between two ticks
    qint64 longestCpu = 0; // us of this thread's CPU time between two ticks
    void tick()
    {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuNanoseconds() / 1000;
        longest = std::max(longest, now - last);
        longestCpu = std::max(longestCpu, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    }
    void reset()
    {
        last = clock.elapsed();
        lastCpu = threadCpuNanoseconds() / 1000;
        longest = 0;
        longestCpu = 0;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.value(1, u"10000"_s).toInt();

    SandboxOptions options;
    SandboxThread sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryFile csvFile;
    if (!csvFile.open() || csvFile.write(makeCsv(rows)) < 0 || !csvFile.flush()) {
        std::fprintf(stderr, "cannot write the CSV file: %s\n", qPrintable(csvFile.errorString()));
        return 1;
    }

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
    // Without arguments, the importer's own defaults: what the import dialog uses.
    if (args.size() > 2)
        importer.setBatchSize(args.at(2).toInt());
    if (args.size() > 3)
        importer.setConcurrency(args.at(3).toInt());
    const int batch = importer.batchSize();
    const int concurrency = importer.concurrency();

    qint64 readMs = 0;
    qint64 uploadMs = 0;
    qint64 readStall = 0;
    qint64 uploadStall = 0;
    qint64 uploadStallCpu = 0;
    qint64 idleStall = 0;
    qint64 readStallCpu = 0;
    qint64 reportMs = 0;
    QElapsedTimer total;
    QElapsedTimer upload;
    ImportPreparation prepared;
    QString progressText; // what the dialog's label would show
    QFutureWatcher<ImportPreparation> worker;
    QObject::connect(&importer, &CustomerImporter::progress, &app, [&progressText, &importer](int done, int all) {
        progressText = u"%1 of %2 records done; %3 sent so far."_s.arg(done).arg(all).arg(importer.sent());
    });
    QObject::connect(&importer, &CustomerImporter::finished, &app, [&] {
        uploadMs = upload.elapsed();
        uploadStall = beat.longest;
        uploadStallCpu = beat.longestCpu;
        QElapsedTimer report;
        report.start();
        const CustomerImportReport built
            = CustomerImportReport::build(prepared.table, prepared.rows, importer.outcomes(), false);
        reportMs = report.elapsed();
        app.quit();
    });
    QObject::connect(&worker, &QFutureWatcher<ImportPreparation>::finished, &app, [&] {
        prepared = worker.result();
        readMs = total.elapsed();
        QList<CustomerRecord> records;
        for (const CustomerImportRow& row : std::as_const(prepared.rows)) {
            if (row.isValid())
                records.append(row.record);
        }
        beat.tick();
        readStall = beat.longest;
        readStallCpu = beat.longestCpu;
        beat.reset();
        upload.start();
        importer.start(records);
    });
    // One idle second first: the longest gap of an event loop with nothing to do is this machine's noise floor.
    QTimer::singleShot(1000, &app, [&] {
        idleStall = beat.longest;
        beat.reset();
        total.start();
        worker.setFuture(QtConcurrent::run(&ImportPreparation::fromFile, csvFile.fileName()));
    });
    app.exec();

    int created = 0;
    for (const ImportOutcome& o : importer.outcomes())
        created += o.status == ImportStatus::Created ? 1 : 0;
    const qint64 totalMs = total.elapsed();
    std::printf("rows %d, batch %d x %d requests in flight\n", rows, batch, concurrency);
    std::printf("created %d of %d\n", created, int(importer.outcomes().size()));
    std::printf("idle event loop, 1 s: longest gap %lld ms (the machine's noise floor)\n",
                static_cast<long long>(idleStall));
    std::printf(
        "read + map + check (worker thread): %lld ms (longest event-loop stall %lld ms, %.1f ms of it GUI-thread "
        "CPU)\n",
        static_cast<long long>(readMs), static_cast<long long>(readStall), double(readStallCpu) / 1000.0);
    std::printf("upload: %lld ms, %.0f rows/s; longest event-loop stall during upload %lld ms (most GUI-thread CPU "
                "between two heartbeats %.1f ms)\n",
                static_cast<long long>(uploadMs), uploadMs > 0 ? rows * 1000.0 / double(uploadMs) : 0.0,
                static_cast<long long>(uploadStall), double(uploadStallCpu) / 1000.0);
    std::printf("report built on the GUI thread: %lld ms\n", static_cast<long long>(reportMs));
    std::printf("whole step: %lld ms, %.0f rows/s\n", static_cast<long long>(totalMs),
                totalMs > 0 ? rows * 1000.0 / double(totalMs) : 0.0);
    return created == rows ? 0 : 1;
}
