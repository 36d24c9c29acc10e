#include "session/SessionAutostart.h"

#include "core/AppInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {
const auto desktopFileName = "vainu-webhooks.desktop"_L1;
const auto runKey = R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)"_L1;
} // namespace

SessionAutostart::SessionAutostart()
    : SessionAutostart(Options {})
{ }

SessionAutostart::SessionAutostart(Options options)
    : m_options(std::move(options))
{ }

SessionAutostart::Platform SessionAutostart::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Xdg;
#endif
}

QString SessionAutostart::minimizedOption()
{
    return u"--minimized"_s;
}

QString SessionAutostart::program() const
{
    const QString path = m_options.program.isEmpty() ? QCoreApplication::applicationFilePath() : m_options.program;
    return QFileInfo(path).absoluteFilePath();
}

QString SessionAutostart::xdgFile() const
{
    QString configHome = m_options.configHome;
    if (configHome.isEmpty()) {
        // The XDG Base Directory Specification: a relative value is invalid and ignored.
        configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (configHome.isEmpty() || QDir::isRelativePath(configHome))
            configHome = QDir::home().filePath(u".config"_s);
    }
    return QDir(configHome).filePath(u"autostart/"_s + desktopFileName);
}

QString SessionAutostart::launchAgentFile() const
{
    const QString home = m_options.home.isEmpty() ? QDir::homePath() : m_options.home;
    return QDir(home).filePath(u"Library/LaunchAgents/%1.plist"_s.arg(AppInfo::id()));
}

QString SessionAutostart::location() const
{
    switch (m_options.platform) {
    case Platform::Xdg:
        return QDir::toNativeSeparators(xdgFile());
    case Platform::MacOS:
        return QDir::toNativeSeparators(launchAgentFile());
    case Platform::Windows:
        return m_options.runKeyFile.isEmpty() ? runKey + u'\\' + AppInfo::name()
                                              : QDir::toNativeSeparators(m_options.runKeyFile);
    }
    return {};
}

bool SessionAutostart::isEnabled() const
{
    switch (m_options.platform) {
    case Platform::Xdg:
        return QFileInfo::exists(xdgFile());
    case Platform::MacOS:
        return QFileInfo::exists(launchAgentFile());
    case Platform::Windows: {
        const QSettings run = m_options.runKeyFile.isEmpty() ? QSettings(runKey, QSettings::NativeFormat)
                                                             : QSettings(m_options.runKeyFile, QSettings::IniFormat);
        return run.contains(AppInfo::name());
    }
    }
    return false;
}

QString SessionAutostart::setEnabled(bool enabled) const
{
    switch (m_options.platform) {
    case Platform::Xdg:
        return enabled ? writeFile(xdgFile(), desktopEntry()) : removeFile(xdgFile());
    case Platform::MacOS:
        return enabled ? writeFile(launchAgentFile(), launchAgent()) : removeFile(launchAgentFile());
    case Platform::Windows: {
        QSettings run = m_options.runKeyFile.isEmpty() ? QSettings(runKey, QSettings::NativeFormat)
                                                       : QSettings(m_options.runKeyFile, QSettings::IniFormat);
        if (enabled)
            run.setValue(AppInfo::name(), windowsCommand(program()));
        else
            run.remove(AppInfo::name());
        run.sync();
        if (run.status() != QSettings::NoError)
            return tr("The entry in %1 could not be changed: access was denied.").arg(location());
        return {};
    }
    }
    return {};
}

QString SessionAutostart::writeFile(const QString& path, const QByteArray& contents) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString SessionAutostart::removeFile(const QString& path) const
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return tr("Could not remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString SessionAutostart::desktopExecArgument(const QString& argument)
{
    // The quoting rule: inside double quotes, " ` $ and \ take a backslash. Then the rule for every string
    // value, applied before it: a backslash is written \\. Last, % is a field code unless doubled.
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', u"\\\\"_s);
    quoted.replace(u'%', u"%%"_s);
    quoted.replace(u'\n', u"\\n"_s);
    quoted.replace(u'\t', u"\\t"_s);
    quoted.replace(u'\r', u"\\r"_s);
    return u'"' + quoted + u'"';
}

QString SessionAutostart::windowsCommand(const QString& program)
{
    return u"\"%1\" %2"_s.arg(QDir::toNativeSeparators(program), minimizedOption());
}

QByteArray SessionAutostart::desktopEntry() const
{
    const QString text = u"[Desktop Entry]\n"
                         "Type=Application\n"
                         "Version=1.4\n"
                         "Name=%1\n"
                         "Exec=%2 %3\n"
                         "Icon=%4\n"
                         "Terminal=false\n"
                         "NoDisplay=true\n"
                         "X-GNOME-Autostart-enabled=true\n"_s.arg(AppInfo::name(), desktopExecArgument(program()),
                                                                  minimizedOption(), AppInfo::id());
    return text.toUtf8();
}

QByteArray SessionAutostart::launchAgent() const
{
    QByteArray plist;
    QXmlStreamWriter xml(&plist);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(
        uR"(<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">)"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    xml.writeTextElement(u"key"_s, u"Label"_s);
    xml.writeTextElement(u"string"_s, AppInfo::id());
    xml.writeTextElement(u"key"_s, u"ProgramArguments"_s);
    xml.writeStartElement(u"array"_s);
    xml.writeTextElement(u"string"_s, program());
    xml.writeTextElement(u"string"_s, minimizedOption());
    xml.writeEndElement();
    xml.writeTextElement(u"key"_s, u"RunAtLoad"_s);
    xml.writeEmptyElement(u"true"_s);
    xml.writeTextElement(u"key"_s, u"ProcessType"_s);
    xml.writeTextElement(u"string"_s, u"Interactive"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return plist;
}
