#include "gui/AboutDialog.h"

#include "core/AppInfo.h"
#include "gui/common/Icons.h"
#include "ui_AboutDialog.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("About %1").arg(AppInfo::name()));
    m_ui->iconLabel->setPixmap(Icons::own(u"app-icon"_s).pixmap(80, 80));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->nameLabel->setText(AppInfo::name());
    m_ui->versionLabel->setText(tr("Version %1").arg(AppInfo::version()));
    m_ui->descriptionLabel->setText(tr("Configure Vainu webhooks, keep the companies Vainu tracks for you, "
                                       "and watch company changes arrive live, with nothing lost."));
    m_ui->licenceLabel->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License, version 3 or later</a>.")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
    m_ui->qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                      .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

AboutDialog::~AboutDialog() = default;
