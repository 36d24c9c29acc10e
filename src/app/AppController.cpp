#include "AppController.h"

#include "gui/settings/ProfileSession.h"

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<ProfileSession>())
{ }

AppController::~AppController() = default;

bool AppController::start(QString* error)
{
    return m_session->start(error);
}

MainWindow* AppController::window() const
{
    return m_session->window();
}
