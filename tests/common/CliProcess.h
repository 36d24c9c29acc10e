#pragma once

// The real vainu-webhooks program run as a user runs it in a terminal (the CLI tests): no display, English,
// only the API key and secret the test gives it.
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace CliProcess {

// The program a terminal runs (VW_PROGRAM, set by tests/CMakeLists.txt): vainu-webhooks, inside its bundle on
// macOS, or on Windows its console twin vainu-webhooks-cli.exe (the window program has no console, so it gets
// neither a terminal's output nor its Ctrl+C; README, "Building elsewhere").
inline QString program()
{
    return qEnvironmentVariable("VW_PROGRAM");
}

// Makes `process` stoppable by stop(): on Windows a console event reaches a process group, so the program gets
// its own. Call before start().
inline void makeStoppable(QProcess& process)
{
#ifdef Q_OS_WIN
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments* arguments) { arguments->flags |= CREATE_NEW_PROCESS_GROUP; });
#else
    Q_UNUSED(process);
#endif
}

// Asks the program to stop as a user or a service manager does: SIGTERM (systemctl stop), or Ctrl+Break on Windows.
inline void stop(QProcess& process)
{
#ifdef Q_OS_WIN
    GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(process.processId()));
#else
    process.terminate();
#endif
}

struct Run
{
    int exitCode = -1; // -1: it did not finish in time, or it crashed
    QString out;
    QString err;
};

// The environment of a terminal without a display, in English; VAINU_API_KEY and VAINU_WEBHOOK_SECRET only
// when given (a null string leaves them unset).
inline QProcessEnvironment environment(const QString& apiKey = {}, const QString& webhookSecret = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "VAINU_API_KEY", "VAINU_WEBHOOK_SECRET"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!apiKey.isNull())
        environment.insert(QStringLiteral("VAINU_API_KEY"), apiKey);
    if (!webhookSecret.isNull())
        environment.insert(QStringLiteral("VAINU_WEBHOOK_SECRET"), webhookSecret);
    return environment;
}

// Runs the program and waits with this thread's event loop running, so servers the test owns here (a
// sandbox, a stand-in tunnel) keep answering it.
inline Run run(const QStringList& arguments, const QProcessEnvironment& environment = CliProcess::environment(),
               int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program(), arguments);
    Run result;
    if (!process.waitForStarted() || (!finished.wait(timeoutMs) && finished.isEmpty())) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace CliProcess
