#include "session/TunnelProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype keepOutputBytes = 64 * 1024; // what a failure shows: the end of the output
} // namespace

TunnelProcess::TunnelProcess(QObject* parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not report a public address within %n second(s).", nullptr, m_startTimeoutMs / 1000)
                 .arg(programName(m_program)));
    });
}

TunnelProcess::~TunnelProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString TunnelProcess::programName(Program program)
{
    return program == Program::Cloudflared ? u"cloudflared"_s : u"ngrok"_s;
}

QString TunnelProcess::findProgram(Program program)
{
    return QStandardPaths::findExecutable(programName(program));
}

QStringList TunnelProcess::arguments(Program program, int port)
{
    if (program == Program::Cloudflared)
        return {u"tunnel"_s, u"--url"_s, u"http://127.0.0.1:%1"_s.arg(port)};
    return {u"http"_s, QString::number(port), u"--log"_s, u"stdout"_s, u"--log-format"_s, u"json"_s};
}

QUrl TunnelProcess::readPublicUrl(Program program, const QByteArray& output)
{
    if (program == Program::Cloudflared) {
        static const QRegularExpression quick(u"https://[A-Za-z0-9-]+\\.trycloudflare\\.com"_s);
        const QRegularExpressionMatch match = quick.match(QString::fromUtf8(output));
        return match.hasMatch() ? QUrl(match.captured()) : QUrl();
    }
    for (const QByteArray& line : output.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line.trimmed()).object();
        if (entry.value(u"msg"_s).toString() != u"started tunnel")
            continue;
        const QUrl url(entry.value(u"url"_s).toString());
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            return url;
    }
    return {};
}

QUrl TunnelProcess::downloadPage(Program program)
{
    return program == Program::Cloudflared
        ? QUrl(u"https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/"_s)
        : QUrl(u"https://ngrok.com/download"_s);
}

void TunnelProcess::start(Program program, int port)
{
    stop();
    m_program = program;
    m_port = port;
    m_publicUrl.clear();
    m_output.clear();
    const QString path = findProgram(program);
    if (path.isEmpty()) {
        m_state = State::Starting;
        fail(tr("%1 is not installed (it is not on PATH).").arg(programName(program)));
        return;
    }
    m_state = State::Starting;
    auto* process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this, &TunnelProcess::readOutput);
    connect(process, &QProcess::finished, this, &TunnelProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 could not be started: %2").arg(programName(m_program), process->errorString()));
    });
    m_startTimer.start(m_startTimeoutMs);
    process->start(path, arguments(program, port));
}

void TunnelProcess::readOutput()
{
    if (!m_process)
        return;
    m_output += m_process->readAll();
    if (m_output.size() > keepOutputBytes)
        m_output = m_output.right(keepOutputBytes);
    if (m_state != State::Starting)
        return;
    const QUrl url = readPublicUrl(m_program, m_output);
    if (url.isEmpty())
        return;
    m_startTimer.stop();
    m_publicUrl = url;
    m_state = State::Running;
    emit started(url);
}

void TunnelProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_process)
        m_output += m_process->readAll();
    if (m_state == State::Stopped)
        return;
    fail(status == QProcess::CrashExit ? tr("%1 stopped unexpectedly.").arg(programName(m_program))
                                       : tr("%1 ended with exit code %2.").arg(programName(m_program)).arg(exitCode));
}

void TunnelProcess::fail(const QString& message)
{
    m_startTimer.stop();
    if (m_process) {
        QProcess* process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
        process->deleteLater();
    }
    m_state = State::Stopped;
    m_publicUrl.clear();
    emit failed(message, output());
}

void TunnelProcess::stop()
{
    m_startTimer.stop();
    if (!m_process) {
        m_state = State::Stopped;
        return;
    }
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    const bool wasActive = m_state != State::Stopped;
    m_state = State::Stopped;
    m_publicUrl.clear();
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process->deleteLater();
    if (wasActive)
        emit stopped();
}
