#pragma once

// The real `vainu-webhooks --headless` as a child process on an ephemeral loopback port, writing to a data
// folder the test owns (the lenient-delivery and storage-fault tests restart it and break its disk).
#include "CliProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class HeadlessProcess
{
public:
    // Starts the receiver with the secret and any extra environment (LD_PRELOAD, …) and waits until it
    // listens. False when it did not start or did not listen; its output is then in output().
    bool start(const QString& dataDir, const QString& secret, const QProcessEnvironment& extra = QProcessEnvironment())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VAINU_WEBHOOK_SECRET"), secret);
        for (const QString& name : extra.keys())
            env.insert(name, extra.value(name));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_output.clear();
        m_port = 0;
        CliProcess::makeStoppable(m_process);
        m_process.start(CliProcess::program(),
                        {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--data-dir"), dataDir});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)/"));
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        m_process.waitForFinished(1000);
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        return false;
    }

    // What it wrote so far (standard output and error, in the order read).
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        return m_output;
    }

    QProcess& process() { return m_process; }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
