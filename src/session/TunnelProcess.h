#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// A tunnel program the app started for the receiver's port: `cloudflared tunnel --url http://127.0.0.1:PORT`
// (a quick tunnel; it prints its https://….trycloudflare.com address on stderr) or
// `ngrok http PORT --log stdout --log-format json` (a JSON log line "started tunnel" with the "url").
// started(url) once the address is read; failed(message, output) when the program ends or stays silent
// first, with everything it printed. ReceiverService stops it when the receiver stops.
class TunnelProcess : public QObject
{
    Q_OBJECT
public:
    enum class Program
    {
        Cloudflared,
        Ngrok
    };
    enum class State
    {
        Stopped,
        Starting,
        Running
    };

    explicit TunnelProcess(QObject* parent = nullptr);
    ~TunnelProcess() override;

    static QString programName(Program program); // "cloudflared", "ngrok"
    // The program on PATH; empty when it is not installed.
    static QString findProgram(Program program);
    static QStringList arguments(Program program, int port);
    // The public address in what the program printed so far; empty until it appears.
    static QUrl readPublicUrl(Program program, const QByteArray& output);
    // Where to get one, for the sentence shown when neither is installed.
    static QUrl downloadPage(Program program);

    void start(Program program, int port);
    void stop(); // terminates the program (killed if it lingers); emits stopped() when one ran
    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Stopped; }
    Program program() const { return m_program; }
    int port() const { return m_port; }
    QUrl publicUrl() const { return m_publicUrl; }
    QString output() const { return QString::fromLocal8Bit(m_output); }

    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

signals:
    void started(const QUrl& publicUrl);
    void failed(const QString& message, const QString& output);
    void stopped();

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);

    QPointer<QProcess> m_process;
    QTimer m_startTimer;
    Program m_program = Program::Cloudflared;
    State m_state = State::Stopped;
    int m_port = 0;
    int m_startTimeoutMs = 60000;
    QUrl m_publicUrl;
    QByteArray m_output;
};
