#include "core/CurlCommand.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString headerText(const QPair<QByteArray, QByteArray>& header)
{
    return QString::fromUtf8(header.first) + u": "_s + QString::fromUtf8(header.second);
}

QString urlText(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString posixCommand(const CurlRequest& request)
{
    QString command = u"curl -X POST "_s + CurlCommand::posixQuote(urlText(request.url));
    for (const auto& header : request.headers)
        command += u" -H "_s + CurlCommand::posixQuote(headerText(header));
    return command + u" --data-binary "_s + CurlCommand::posixQuote(QString::fromUtf8(request.body));
}

QString powerShellCommand(const CurlRequest& request)
{
    QString command = u"$body = New-TemporaryFile; [IO.File]::WriteAllText($body.FullName, "_s
        + CurlCommand::powerShellQuote(QString::fromUtf8(request.body)) + u"); curl.exe -X POST "_s
        + CurlCommand::powerShellQuote(urlText(request.url));
    for (const auto& header : request.headers)
        command += u" -H "_s + CurlCommand::powerShellQuote(headerText(header));
    return command + u" --data-binary \"@$($body.FullName)\"; Remove-Item $body"_s;
}

bool cmdCanCarryInline(const QString& body)
{
    if (body.size() > CurlCommand::cmdInlineBodyLimit)
        return false;
    for (const QChar c : body) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString cmdCommand(const CurlRequest& request)
{
    QString curl = u"curl -X POST "_s + CurlCommand::cmdQuote(urlText(request.url));
    for (const auto& header : request.headers)
        curl += u" -H "_s + CurlCommand::cmdQuote(headerText(header));
    const QString body = QString::fromUtf8(request.body);
    if (cmdCanCarryInline(body))
        return curl + u" --data-binary "_s + CurlCommand::cmdQuote(body);
    // %TEMP% is meant to expand here; base64 has no character cmd treats specially.
    const QString encoded = QString::fromLatin1(request.body.toBase64());
    const QString b64File = u"\"%TEMP%\\vw-curl-body.b64\""_s;
    const QString bodyFile = u"%TEMP%\\vw-curl-body.json"_s;
    QStringList lines;
    for (qsizetype at = 0; at < encoded.size() || at == 0; at += CurlCommand::cmdBase64LineLength) {
        lines.append((at == 0 ? u"> "_s : u">> "_s) + b64File + u" echo "_s
                     + encoded.mid(at, CurlCommand::cmdBase64LineLength));
    }
    if (encoded.isEmpty()) // echo alone would print "ECHO is on."; an empty body is an empty file
        lines.last() = u"type nul > "_s + b64File;
    lines.append(u"certutil -f -decode "_s + b64File + u" \""_s + bodyFile + u"\" > nul"_s);
    lines.append(curl + u" --data-binary \"@"_s + bodyFile + u"\""_s);
    lines.append(u"del "_s + b64File + u" \""_s + bodyFile + u"\""_s);
    return lines.join(u'\n');
}
} // namespace

QString CurlCommand::posixQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::powerShellQuote(const QString& text)
{
    // PowerShell ends a single-quoted string at ' and at its typographic forms ‘ ’ ‚ ‛; doubling any of them
    // keeps one.
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'\'';
    for (const QChar c : text) {
        quoted += c;
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201a) || c == QChar(0x201b))
            quoted += c;
    }
    return quoted + u'\'';
}

QString CurlCommand::cmdQuote(const QString& text)
{
    // First the C runtime's rules (CommandLineToArgvW): backslashes are literal unless they precede a quote.
    QString argument = u"\""_s;
    qsizetype backslashes = 0;
    for (const QChar c : text) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            argument += QString(backslashes * 2 + 1, u'\\') + u'"';
        } else {
            argument += QString(backslashes, u'\\') + c;
        }
        backslashes = 0;
    }
    argument += QString(backslashes * 2, u'\\') + u'"';
    // Then cmd's: with every special character escaped, cmd passes the line on as it is, minus the carets.
    QString escaped;
    escaped.reserve(argument.size() * 2);
    for (const QChar c : argument) {
        if (u"\"^&|<>()%!"_s.contains(c))
            escaped += u'^';
        escaped += c;
    }
    return escaped;
}

QString CurlCommand::build(const CurlRequest& request, Shell shell)
{
    switch (shell) {
    case Shell::Posix:
        return posixCommand(request);
    case Shell::PowerShell:
        return powerShellCommand(request);
    case Shell::Cmd:
        return cmdCommand(request);
    }
    return {};
}

CurlCommand::Shell CurlCommand::platformDefault()
{
#ifdef Q_OS_WIN
    return Shell::PowerShell;
#else
    return Shell::Posix;
#endif
}

QList<CurlCommand::Shell> CurlCommand::shells()
{
    return {Shell::Posix, Shell::PowerShell, Shell::Cmd};
}

QString CurlCommand::key(Shell shell)
{
    switch (shell) {
    case Shell::Posix:
        return u"posix"_s;
    case Shell::PowerShell:
        return u"powershell"_s;
    case Shell::Cmd:
        return u"cmd"_s;
    }
    return {};
}

CurlCommand::Shell CurlCommand::fromKey(const QString& key, Shell fallback)
{
    for (const Shell shell : shells()) {
        if (CurlCommand::key(shell) == key)
            return shell;
    }
    return fallback;
}
