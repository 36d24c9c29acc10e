// "Copy as cURL" for POSIX sh, PowerShell and Windows cmd (core/CurlCommand): each shell's command is read back
// here by a small reader of that shell's quoting rules, which must give the exact body bytes, headers and URL;
// the POSIX one also runs with the real curl against the real receiver, and the stored event has the same bytes.
#include "ReceiverFixture.h"
#include "core/CurlCommand.h"
#include "session/AppPreferences.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCurlCommand : public QObject
{
    Q_OBJECT
private slots:
    void readsBackExactly_data();
    void readsBackExactly();
    void cmdSendsLongAndMultiLineBodiesThroughAFile();
    void defaultShellAndTheRememberedChoice();
    void posixCommandRunWithCurlStoresTheSameBytes();
};

namespace {
// What a command would run curl with: the program name and its arguments, plus the files it wrote first.
struct Parsed
{
    QString error; // the command is not what the shell would run as intended
    QStringList arguments;
    QHash<QString, QByteArray> files;
};

struct Sent
{
    QString url;
    QStringList headers;
    QByteArray body;
};

// From curl's arguments: -X POST URL (-H header)* --data-binary (text | @file).
Sent sentBy(const Parsed& parsed)
{
    Sent sent;
    const QStringList& args = parsed.arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"-X"_s) {
            ++i;
        } else if (args[i] == u"-H"_s) {
            sent.headers.append(args.value(++i));
        } else if (args[i] == u"--data-binary"_s) {
            const QString data = args.value(++i);
            sent.body = data.startsWith(u'@') ? parsed.files.value(data.mid(1), "<missing file>") : data.toUtf8();
        } else {
            sent.url = args[i];
        }
    }
    return sent;
}

// POSIX sh word splitting and quoting (XCU 2.2, 2.6): '…' literal, "…" with \ before $ ` " \ newline,
// \ outside quotes. Anything unquoted that the shell would act on ($, `, ;, |, &, <, >, (, ), newline) is an error.
Parsed readPosix(const QString& command)
{
    Parsed parsed;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (c == u' ' || c == u'\t') {
            if (inWord)
                parsed.arguments.append(word);
            word.clear();
            inWord = false;
        } else if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            if (end < 0)
                return {u"unterminated '"_s, {}, {}};
            word += command.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'"') {
            for (++i; i < command.size() && command[i] != u'"'; ++i) {
                if (command[i] == u'$' || command[i] == u'`')
                    return {u"expansion inside \"\""_s, {}, {}};
                if (command[i] == u'\\' && i + 1 < command.size() && u"$`\"\\\n"_s.contains(command[i + 1]))
                    ++i;
                word += command[i];
            }
            inWord = true;
        } else if (c == u'\\') {
            ++i;
            word += i < command.size() ? command[i] : QChar();
            inWord = true;
        } else if (u"$`;|&<>()\n*?[#~"_s.contains(c)) {
            return {u"unquoted "_s + c, {}, {}};
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        parsed.arguments.append(word);
    return parsed;
}

// PowerShell: statements split at ; ; '…' literal where any of ' ‘ ’ ‚ ‛ ends the string and two of them in a
// row stand for the second; "…" expandable (only $($body.FullName) is expected in one). Barewords may not
// hold $ or ` (they would expand or escape). The statements the command must consist of are checked one by one.
bool isPsQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201a) || c == QChar(0x201b);
}

Parsed readPowerShell(const QString& command)
{
    const QString tempFile = u"C:\\Users\\me\\AppData\\Local\\Temp\\tmp1A2B.tmp"_s;
    struct Token
    {
        enum Kind
        {
            Bare,
            Literal,
            Expandable,
            Separator
        } kind;
        QString text;
    };
    QList<QList<Token>> statements(1);
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (c == u' ')
            continue;
        if (c == u';') {
            statements.append(QList<Token>());
        } else if (u"(),"_s.contains(c)) {
            statements.last().append(Token {Token::Separator, QString(c)});
        } else if (isPsQuote(c)) {
            QString text;
            for (++i;; ++i) {
                if (i >= command.size())
                    return {u"unterminated '"_s, {}, {}};
                if (isPsQuote(command[i])) {
                    if (i + 1 < command.size() && isPsQuote(command[i + 1])) {
                        text += command[++i];
                        continue;
                    }
                    break;
                }
                text += command[i];
            }
            statements.last().append(Token {Token::Literal, text});
        } else if (c == u'"') {
            const qsizetype end = command.indexOf(u'"', i + 1);
            if (end < 0)
                return {u"unterminated \""_s, {}, {}};
            QString text = command.mid(i + 1, end - i - 1);
            if (text.contains(u'`'))
                return {u"escape in \"\""_s, {}, {}};
            text.replace(u"$($body.FullName)"_s, tempFile);
            if (text.contains(u'$'))
                return {u"unexpected expansion: "_s + text, {}, {}};
            statements.last().append(Token {Token::Expandable, text});
            i = end;
        } else {
            QString text;
            for (; i < command.size() && !u" ;(),'\""_s.contains(command[i]); ++i)
                text += command[i];
            --i;
            statements.last().append(Token {Token::Bare, text});
        }
    }
    const auto bare = [](const QList<Token>& tokens) {
        QStringList texts;
        for (const Token& token : tokens)
            texts.append(token.kind == Token::Bare || token.kind == Token::Separator ? token.text : u"<string>"_s);
        return texts.join(u' ');
    };
    if (statements.size() != 4)
        return {u"expected 4 statements, got %1"_s.arg(statements.size()), {}, {}};
    if (bare(statements[0]) != u"$body = New-TemporaryFile"_s)
        return {u"statement 1: "_s + bare(statements[0]), {}, {}};
    if (bare(statements[1]) != u"[IO.File]::WriteAllText ( $body.FullName , <string> )"_s)
        return {u"statement 2: "_s + bare(statements[1]), {}, {}};
    if (bare(statements[3]) != u"Remove-Item $body"_s)
        return {u"statement 4: "_s + bare(statements[3]), {}, {}};
    Parsed parsed;
    parsed.files.insert(tempFile, statements[1][4].text.toUtf8()); // WriteAllText: UTF-8 without a BOM
    for (const Token& token : statements[2]) {
        if (token.kind == Token::Bare && (token.text.contains(u'$') || token.text.contains(u'`')))
            return {u"expansion in a bareword: "_s + token.text, {}, {}};
        if (token.kind == Token::Separator)
            return {u"unexpected "_s + token.text, {}, {}};
        // Before 7.3 PowerShell passes a native argument's double quotes on unescaped: there must be none.
        if (token.kind != Token::Bare && token.text.contains(u'"'))
            return {u"a double quote in a native argument"_s, {}, {}};
        parsed.arguments.append(token.text);
    }
    if (parsed.arguments.value(0) != u"curl.exe"_s)
        return {u"not curl.exe: "_s + parsed.arguments.value(0), {}, {}};
    return parsed;
}

// Windows cmd, one line: phase 1 expands %NAME% when NAME is set (as an interactive cmd does; unset names stay),
// phase 2 reads ^ and quotes and refuses an unescaped & | < > ( ) outside quotes; then the C runtime splits the
// arguments (CommandLineToArgvW). Redirections are read only where the command writes its body file.
const QHash<QString, QString> cmdEnvironment
    = {{u"TEMP"_s, u"C:\\Temp"_s}, {u"PATH"_s, u"C:\\Windows"_s}, {u"USERNAME"_s, u"me"_s}, {u"A"_s, u"expanded"_s}};

QString cmdPhase1(const QString& line)
{
    QString out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype end = line[i] == u'%' ? line.indexOf(u'%', i + 1) : -1;
        if (end > i && cmdEnvironment.contains(line.mid(i + 1, end - i - 1).toUpper())) {
            out += cmdEnvironment.value(line.mid(i + 1, end - i - 1).toUpper());
            i = end;
        } else {
            out += line[i];
        }
    }
    return out;
}

bool cmdPhase2(const QString& line, QString* out, QString* error)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quoted && c == u'^') {
            ++i;
            *out += i < line.size() ? line[i] : QChar();
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && u"&|<>()"_s.contains(c)) {
            *error = u"unescaped "_s + c + u" outside quotes"_s;
            return false;
        }
        *out += c;
    }
    return true;
}

QStringList argvOf(const QString& line)
{
    QStringList args;
    QString arg;
    bool inArg = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line[i] == u'\\') {
                ++n;
                ++i;
            }
            if (i < line.size() && line[i] == u'"') {
                arg += QString(n / 2, u'\\');
                if (n % 2 == 1)
                    arg += u'"';
                else
                    quoted = !quoted;
            } else {
                arg += QString(n, u'\\');
                --i;
            }
            inArg = true;
        } else if (c == u'"') {
            quoted = !quoted;
            inArg = true;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            if (inArg)
                args.append(arg);
            arg.clear();
            inArg = false;
        } else {
            arg += c;
            inArg = true;
        }
    }
    if (inArg)
        args.append(arg);
    return args;
}

Parsed readCmd(const QString& command)
{
    Parsed parsed;
    const QStringList lines = command.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = cmdPhase1(raw);
        static const QRegularExpression echo(uR"re(^(>>?) "([^"]+)" echo ([A-Za-z0-9+/=]+)$)re"_s);
        static const QRegularExpression empty(uR"re(^type nul > "([^"]+)"$)re"_s);
        static const QRegularExpression decode(uR"re(^certutil -f -decode "([^"]+)" "([^"]+)" > nul$)re"_s);
        if (const auto m = echo.match(line); m.hasMatch()) {
            QByteArray& file = parsed.files[m.captured(2)];
            if (m.captured(1) == u">"_s)
                file.clear();
            file += m.captured(3).toLatin1() + "\r\n";
        } else if (const auto emptied = empty.match(line); emptied.hasMatch()) {
            parsed.files[emptied.captured(1)].clear();
        } else if (const auto decoded = decode.match(line); decoded.hasMatch()) {
            const QByteArray text = parsed.files.value(decoded.captured(1)).simplified().replace(' ', "");
            parsed.files[decoded.captured(2)] = QByteArray::fromBase64(text, QByteArray::AbortOnBase64DecodingErrors);
        } else if (line.startsWith(u"del "_s)) {
            // the temporary files
        } else if (line.startsWith(u"curl "_s)) {
            QString passed;
            if (!cmdPhase2(line, &passed, &parsed.error))
                return parsed;
            parsed.arguments = argvOf(passed);
        } else {
            parsed.error = u"unexpected line: "_s + raw;
            return parsed;
        }
    }
    return parsed;
}

Parsed readBack(const QString& command, CurlCommand::Shell shell)
{
    switch (shell) {
    case CurlCommand::Shell::Posix:
        return readPosix(command);
    case CurlCommand::Shell::PowerShell:
        return readPowerShell(command);
    case CurlCommand::Shell::Cmd:
        return readCmd(command);
    }
    return {};
}

const QByteArray trickyBody
    = R"({"data":{"name":"O'Brien & Sons \"Oy\" ‘quoted’ ’s","note":"100% sure! %PATH% %A% ^caret^ $HOME $(id) `date` \\ \\\" tail\\","text":"äöå € 😀 <tag> (x) | y; z"},"unique_id":"u-1"})";
} // namespace

void TestCurlCommand::readsBackExactly_data()
{
    QTest::addColumn<int>("shell");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char*, QByteArray>> bodies = {
        {"tricky", trickyBody},
        {"newlines", QByteArray("{\n  \"a\": \"line\\nbreak\",\r\n\t\"b\": \"it's\"\n}\n")},
        {"backslashes at the end", QByteArray(R"({"path":"C:\\dir\\"}\\)")},
        {"quote after backslashes", QByteArray(R"(\\"\\\"")")},
        {"percent pairs", QByteArray("%USERNAME%%TEMP% %% % a%A%b")},
        {"bangs and carets", QByteArray("!a! ^^ ^! \"^\" !")},
        {"long", QByteArray(R"({"k":")") + QByteArray(9000, 'x') + QByteArray(R"(\"%!^"})")},
    };
    for (const CurlCommand::Shell shell : CurlCommand::shells()) {
        for (const auto& [name, body] : bodies) {
            QTest::addRow("%s %s", qPrintable(CurlCommand::key(shell)), name) << int(shell) << body;
        }
    }
}

void TestCurlCommand::readsBackExactly()
{
    QFETCH(int, shell);
    QFETCH(QByteArray, body);
    CurlRequest request;
    request.url = QUrl(u"http://127.0.0.1:8123/vainu/webhook?secret=a%2Fb%25c&x=1"_s);
    request.headers
        = {{"Content-Type", "application/json"}, {"X-Vainu-Webhooks-Test", "1"}, {"X-Odd", "$x `y` %PATH% 'q' ^!&|"}};
    request.body = body;
    const QString command = CurlCommand::build(request, CurlCommand::Shell(shell));
    const Parsed parsed = readBack(command, CurlCommand::Shell(shell));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error + u"\n"_s + command.left(2000)));
    const Sent sent = sentBy(parsed);
    QCOMPARE(sent.url, request.url.toString(QUrl::FullyEncoded));
    QCOMPARE(sent.headers,
             QStringList({u"Content-Type: application/json"_s, u"X-Vainu-Webhooks-Test: 1"_s,
                          u"X-Odd: $x `y` %PATH% 'q' ^!&|"_s}));
    QCOMPARE(sent.body, body);
}

void TestCurlCommand::cmdSendsLongAndMultiLineBodiesThroughAFile()
{
    CurlRequest request;
    request.url = QUrl(u"http://127.0.0.1:1/hook"_s);
    request.body = R"({"a":1})";
    const QString inlineCommand = CurlCommand::build(request, CurlCommand::Shell::Cmd);
    QVERIFY(!inlineCommand.contains(u'\n')); // one line: the body is an argument
    QVERIFY(inlineCommand.contains(u"--data-binary ^\"{\\^\"a\\^\":1}^\""_s));
    for (const QByteArray& body : {QByteArray("{\n}"), QByteArray("{\"ä\":1}"), QByteArray(7000, 'x')}) {
        request.body = body;
        const QString command = CurlCommand::build(request, CurlCommand::Shell::Cmd);
        QVERIFY2(command.contains(u"certutil -f -decode"_s), qPrintable(command.left(300)));
        for (const QString& line : command.split(u'\n'))
            QVERIFY(line.size() < 8191); // cmd's longest line
        QCOMPARE(sentBy(readCmd(command)).body, body);
    }
}

void TestCurlCommand::defaultShellAndTheRememberedChoice()
{
#ifdef Q_OS_WIN
    QCOMPARE(CurlCommand::platformDefault(), CurlCommand::Shell::PowerShell);
#else
    QCOMPARE(CurlCommand::platformDefault(), CurlCommand::Shell::Posix);
#endif
    QSettings settings;
    settings.clear();
    {
        AppPreferences preferences(&settings);
        QCOMPARE(preferences.curlShell(), CurlCommand::platformDefault());
        preferences.setCurlShell(CurlCommand::Shell::Cmd);
    }
    QSettings again;
    QCOMPARE(AppPreferences(&again).curlShell(), CurlCommand::Shell::Cmd);
    again.setValue(u"app/curlShell"_s, u"fish"_s); // unknown: the platform's default
    QCOMPARE(AppPreferences(&again).curlShell(), CurlCommand::platformDefault());
}

void TestCurlCommand::posixCommandRunWithCurlStoresTheSameBytes()
{
    const QString sh = QStandardPaths::findExecutable(u"sh"_s);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY2(!sh.isEmpty() && !curl.isEmpty(), "sh and curl are test dependencies (scripts/install-deps.sh --test)");
    ReceiverFixture fixture;
    QVERIFY(fixture.start());
    for (const QByteArray& body :
         {trickyBody, QByteArray("{\n  \"unique_id\": \"u-2\",\n  \"note\": \"it's $HOME\"\n}\n")}) {
        CurlRequest request;
        request.url = fixture.service()->receiver()->deliveryUrl();
        request.headers = {{"Content-Type", "application/json"}, {"X-Vainu-Webhooks-Test", "1"}};
        request.body = body;
        QProcess process;
        process.start(sh, {u"-c"_s, CurlCommand::build(request, CurlCommand::Shell::Posix) + u" -sS"_s});
        // The receiver answers from this thread's event loop, so the test waits by spinning it.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(answer.value(u"status"_s).toString(), u"stored_test"_s);
        const std::optional<StoredEvent> stored
            = fixture.service()->store()->eventById(qint64(answer.value(u"event_id"_s).toDouble()));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->rawBody, body);
    }
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
