// vainu-sandbox: the local emulator of Vainu's API v2 as a stand-alone program (docs/sandbox.md).
#include "core/AppInfo.h"
#include "core/StopRequest.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The context of the program's texts in the catalogues (lupdate needs a class to name it).
class SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

bool parseDelays(const QString& text, QList<int>* delays)
{
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int delay = part.trimmed().toInt(&ok);
        if (!ok || delay < 0)
            return false;
        delays->append(delay);
    }
    return !delays->isEmpty();
}

// Reads the command line into options; on a usage error prints it and answers false.
bool readOptions(const QCoreApplication& app, SandboxOptions* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxMain::tr("Local emulator of Vainu's API v2: webhooks, customer data, company lists, Get Companies, "
                        "deliveries with retries and a /_sandbox/ control surface."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, SandboxMain::tr("Port to listen on; 0 picks a free one (default 8700)."),
                                  u"PORT"_s, u"8700"_s);
    const QCommandLineOption bind(u"bind"_s, SandboxMain::tr("Address to listen on (default 127.0.0.1)."), u"ADDRESS"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption state(u"state"_s, SandboxMain::tr("Keep the state in this JSON file across restarts."),
                                   u"FILE"_s);
    const QCommandLineOption seed(u"seed"_s, SandboxMain::tr("Seed of the demo data set (default 1)."), u"N"_s, u"1"_s);
    const QCommandLineOption key(u"key"_s, SandboxMain::tr("Accept this API key for this user; repeatable."),
                                 u"KEY=USERNAME"_s);
    const QCommandLineOption demoKey(u"demo-key"_s, SandboxMain::tr("The demo account's API key."), u"KEY"_s);
    const QCommandLineOption delays(
        u"retry-delays"_s,
        SandboxMain::tr("Delivery retry delays in milliseconds (default 1000,5000,30000,120000,600000)."),
        u"MS,MS,..."_s);
    const QCommandLineOption timeout(u"delivery-timeout"_s,
                                     SandboxMain::tr("Delivery timeout in milliseconds (default 10000)."), u"MS"_s);
    const QCommandLineOption webhookUrl(u"webhook-url"_s,
                                        SandboxMain::tr("URL of the demo account's webhook (default "
                                                        "http://127.0.0.1:8787/vainu/webhook)."),
                                        u"URL"_s);
    const QCommandLineOption webhookQuery(
        u"webhook-query"_s, SandboxMain::tr("Query of the demo webhook (default ?source=sandbox)."), u"QUERY"_s);
    parser.addOptions({port, bind, state, seed, key, demoKey, delays, timeout, webhookUrl, webhookQuery});
    parser.process(app);

    auto fail = [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return false;
    };
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(SandboxMain::tr("--port wants a number from 0 to 65535, got \"%1\".").arg(parser.value(port)));
    options->port = static_cast<quint16>(portNumber);
    if (!options->bindAddress.setAddress(parser.value(bind)))
        return fail(
            SandboxMain::tr("--bind wants an IP address such as 127.0.0.1, got \"%1\".").arg(parser.value(bind)));
    options->seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(SandboxMain::tr("--seed wants a non-negative whole number, got \"%1\".").arg(parser.value(seed)));
    options->stateFile = parser.value(state);
    for (const QString& entry : parser.values(key)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals <= 0 || equals == entry.size() - 1)
            return fail(SandboxMain::tr("--key wants KEY=USERNAME, e.g. --key secret123=me@example.com, got \"%1\".")
                            .arg(entry));
        options->extraKeys.insert(entry.left(equals), entry.mid(equals + 1));
    }
    if (parser.isSet(demoKey))
        options->demoApiKey = parser.value(demoKey);
    if (parser.isSet(delays)) {
        options->retryDelaysMs.clear();
        if (!parseDelays(parser.value(delays), &options->retryDelaysMs))
            return fail(SandboxMain::tr("--retry-delays wants milliseconds separated by commas, e.g. 50,100,200."));
    }
    if (parser.isSet(timeout)) {
        options->deliveryTimeoutMs = parser.value(timeout).toInt(&ok);
        if (!ok || options->deliveryTimeoutMs < 1)
            return fail(SandboxMain::tr("--delivery-timeout wants a number of milliseconds above 0."));
    }
    if (parser.isSet(webhookUrl))
        options->demoWebhookUrl = parser.value(webhookUrl);
    if (parser.isSet(webhookQuery))
        options->demoWebhookQuery = parser.value(webhookQuery);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    QCoreApplication::setApplicationName(u"vainu-sandbox"_s);
    // The app's catalogues are embedded here too (translations/CMakeLists.txt); the system locale
    // picks the language, as the app does when no language is chosen in its settings.
    QTranslator translator;
    if (translator.load(QLocale(), u"vainu-webhooks"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    SandboxOptions options;
    if (!readOptions(app, &options))
        return 2;
    // Ctrl+C and SIGTERM (or a closed console on Windows) end the event loop normally, so the state file gets
    // its last save.
    StopRequest::install(app, [] { QCoreApplication::quit(); });
    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n",
                qPrintable(SandboxMain::tr("Vainu sandbox listening on %1  API key: %2")
                               .arg(server.apiBaseUrl().toString(), server.demoApiKey())));
    std::printf(
        "%s\n",
        qPrintable(SandboxMain::tr("Control routes: %1  (see docs/sandbox.md)").arg(server.controlUrl().toString())));
    std::fflush(stdout);
    const int result = app.exec();
    server.stop();
    StopRequest::finished();
    return result;
}
