#pragma once

#include "core/Profile.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverService.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

// The receiver and event store of a built-in sandbox profile, as the app runs them: a real receiver on an
// ephemeral loopback port (unless a port is asked for) writing to a real SQLite file in a folder of its own.
class ReceiverFixture
{
public:
    bool openStore()
    {
        if (!m_dir.isValid())
            return false;
        m_vault = std::make_unique<TokenVault>();
        m_service = std::make_unique<ReceiverService>(m_vault.get());
        QString error;
        if (!m_service->openStore(m_dir.path(), &error)) {
            qWarning("store: %s", qPrintable(error));
            return false;
        }
        m_profile.id = Profile::newId();
        m_profile.name = QStringLiteral("Sandbox");
        m_profile.kind = Profile::Kind::Sandbox;
        return true;
    }

    // Sets the sandbox profile (receiver on `port`, 0 = ephemeral) and waits until the receiver listens; a
    // sandbox profile's receiver starts once the keychain has answered for its secret.
    bool listen(quint16 port = 0)
    {
        m_profile.receiver.port = port;
        QSignalSpy listening(m_service->receiver(), &WebhookReceiver::listening);
        m_service->setProfile(m_profile);
        return listening.wait(15000);
    }

    bool start(quint16 port = 0) { return openStore() && listen(port); }

    ReceiverService* service() const { return m_service.get(); }
    TokenVault* vault() const { return m_vault.get(); }
    Profile& profile() { return m_profile; } // what listen() sets; a test may change it and set it itself
    QString dataPath() const { return m_dir.path(); }
    QUrl webhookUrl() const { return m_service->receiver()->localUrl(); }

    void reset()
    {
        m_service.reset();
        m_vault.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ReceiverService> m_service;
    Profile m_profile;
};
