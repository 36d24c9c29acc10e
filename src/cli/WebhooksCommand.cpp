#include "cli/WebhooksCommand.h"

#include "api/VainuClient.h"
#include "cli/CliCall.h"
#include "cli/CliConnection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace CliCall;

namespace {

QJsonObject toJson(const Webhook& webhook)
{
    return {{u"id"_s, webhook.id},
            {u"webhook_url"_s, webhook.webhookUrl},
            {u"query"_s, webhook.query},
            {u"type"_s, webhook.type},
            {u"username"_s, webhook.username}};
}

void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    }
}

} // namespace

int WebhooksCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int WebhooksCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, adds and deletes the Vainu webhook configurations of an account.\n\n"
           "Commands:\n"
           "  webhooks list [--json]            show every webhook (id, URL, query, type, owner)\n"
           "  webhooks add URL [--query Q]      add a webhook that delivers to URL (+ query Q); prints its id\n"
           "  webhooks delete ID...             delete webhooks by id\n\n"
           "The account is the active profile, or --profile NAME, or --base-url URL with the API key in the\n"
           "environment variable %1 (which also overrides a profile's stored key).\n\n"
           "Exit codes: 0 success, 1 API or network error, 2 usage error.")
            .arg(QString::fromLatin1(CliConnection::apiKeyVariable)));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, tr("list, add: print JSON instead of a table."));
    const QCommandLineOption queryOption(u"query"_s,
                                         tr("add: query parameters appended to the URL, e.g. "
                                            "\"?secret=abc\"."),
                                         tr("Q"));
    const QCommandLineOption profileOption(u"profile"_s, tr("Use the profile with this name."), tr("NAME"));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           tr("Use this API address, e.g. "
                                              "https://api.vainu.io/api/v2/."),
                                           tr("URL"));
    parser.addOptions({helpOption, jsonOption, queryOption, profileOption, baseUrlOption});
    parser.addPositionalArgument(u"webhooks"_s, tr("The command group."));
    parser.addPositionalArgument(u"command"_s, tr("list, add or delete."), u"list|add|delete"_s);
    parser.addPositionalArgument(u"arguments"_s, tr("add: the URL; delete: one or more ids."), u"[ARG...]"_s);

    auto usage = [&](const QString& message) {
        err << message << '\n' << tr("Run \"%1 webhooks --help\" for help.").arg(arguments.value(0)) << '\n';
        return UsageError;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments(); // "webhooks", command, arguments...
    const QString command = positional.value(1);
    const QStringList rest = positional.mid(2);
    if (command.isEmpty())
        return usage(tr("Name a command: list, add or delete."));
    if (command != u"list" && command != u"add" && command != u"delete")
        return usage(tr("Unknown command \"%1\": use list, add or delete.").arg(command));
    if (command == u"list" && !rest.isEmpty())
        return usage(tr("list takes no arguments."));
    if (command == u"add" && rest.size() != 1)
        return usage(tr("add takes exactly one URL, e.g. add https://example.com/hook --query \"?secret=abc\"."));
    if (command == u"delete" && rest.isEmpty())
        return usage(tr("delete needs at least one webhook id."));
    if (parser.isSet(queryOption) && command != u"add")
        return usage(tr("--query is only for add."));
    if (parser.isSet(profileOption) && parser.isSet(baseUrlOption))
        return usage(tr("Use either --profile or --base-url, not both."));

    const CliConnection::Result target
        = CliConnection::resolve(parser.value(profileOption), parser.value(baseUrlOption));
    if (!target.ok())
        return usage(target.error);

    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(target.connection);
    const bool json = parser.isSet(jsonOption);

    if (command == u"list") {
        const auto [error, webhooks] = await(client.listWebhooks());
        if (error.isError()) {
            err << error.userMessage() << '\n';
            return Failure;
        }
        if (json) {
            QJsonArray array;
            for (const Webhook& webhook : webhooks)
                array.append(toJson(webhook));
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (webhooks.isEmpty()) {
            out << tr("No webhooks are configured.") << '\n';
            return Success;
        }
        QList<QStringList> rows {{tr("ID"), tr("URL"), tr("QUERY"), tr("TYPE"), tr("OWNER")}};
        for (const Webhook& webhook : webhooks)
            rows.append({webhook.id, webhook.webhookUrl, webhook.query, webhook.type, webhook.username});
        printTable(out, rows);
        return Success;
    }

    if (command == u"add") {
        Webhook webhook;
        webhook.webhookUrl = rest.first();
        webhook.query = parser.value(queryOption);
        const CreateOutcome outcome = await(new CreateWebhookCall(&client, webhook));
        if (outcome.error.isError()) {
            if (outcome.confirmedNotCreated)
                err << tr("%1 The webhook was not created (it is not in the list), so it is safe to run the "
                          "command again.")
                           .arg(outcome.error.userMessage())
                    << '\n';
            else
                err << outcome.error.userMessage() << '\n';
            return Failure;
        }
        const Webhook& created = outcome.webhook;
        if (outcome.recovered)
            err << tr("Vainu's answer was lost, but the webhook was created: it is in the list with id %1.")
                       .arg(created.id)
                << '\n';
        if (json)
            out << QString::fromUtf8(QJsonDocument(toJson(created)).toJson(QJsonDocument::Indented));
        else
            out << created.id << '\n';
        return Success;
    }

    // delete: every id is tried, so one stale id does not keep the others; any failure makes the exit code 1.
    int exitCode = Success;
    for (const QString& id : rest) {
        const auto [error, nothing] = await(client.deleteWebhook(id));
        Q_UNUSED(nothing);
        if (error.isError()) {
            err << tr("Webhook %1 was not deleted: %2").arg(id, error.userMessage()) << '\n';
            exitCode = Failure;
        } else {
            out << tr("Deleted webhook %1").arg(id) << '\n';
        }
    }
    return exitCode;
}
