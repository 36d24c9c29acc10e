#include "session/AppPreferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto closeActionKey = "app/closeWhileReceiving"_L1;
const auto closeNoticeShownKey = "app/closeNoticeShown"_L1;
const auto curlShellKey = "app/curlShell"_L1;
const auto quitValue = "quit"_L1;
const auto keepValue = "keep-receiving"_L1;
} // namespace

AppPreferences::AppPreferences(QSettings* settings)
    : m_settings(settings)
{ }

AppPreferences::CloseAction AppPreferences::closeAction() const
{
    return m_settings->value(closeActionKey, QString(keepValue)).toString() == quitValue ? CloseAction::Quit
                                                                                         : CloseAction::KeepReceiving;
}

void AppPreferences::setCloseAction(CloseAction action)
{
    m_settings->setValue(closeActionKey, action == CloseAction::Quit ? QString(quitValue) : QString(keepValue));
    m_settings->sync();
}

bool AppPreferences::closeNoticeShown() const
{
    return m_settings->value(closeNoticeShownKey, false).toBool();
}

void AppPreferences::setCloseNoticeShown()
{
    m_settings->setValue(closeNoticeShownKey, true);
    m_settings->sync();
}

CurlCommand::Shell AppPreferences::curlShell() const
{
    return CurlCommand::fromKey(m_settings->value(curlShellKey).toString(), CurlCommand::platformDefault());
}

void AppPreferences::setCurlShell(CurlCommand::Shell shell)
{
    m_settings->setValue(curlShellKey, CurlCommand::key(shell));
    m_settings->sync();
}
