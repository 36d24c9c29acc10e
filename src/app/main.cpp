#include "core/AppInfo.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTabWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();

    QMainWindow window;
    auto* pages = new QTabWidget(&window);
    pages->addTab(new QLabel(QApplication::translate("main", "Webhooks")), QApplication::translate("main", "Webhooks"));
    pages->addTab(new QLabel(QApplication::translate("main", "Customer data")),
                  QApplication::translate("main", "Customer data"));
    pages->addTab(new QLabel(QApplication::translate("main", "Live events")),
                  QApplication::translate("main", "Live events"));
    window.setCentralWidget(pages);
    window.setWindowTitle(AppInfo::name());
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
