#include "gui/settings/ProfileSwitcher.h"

#include "core/ProfileStore.h"

using namespace Qt::StringLiterals;

ProfileSwitcher::ProfileSwitcher(ProfileStore* store, QWidget* parent)
    : QComboBox(parent)
    , m_store(store)
{
    setObjectName(u"profileSwitcher"_s);
    setAccessibleName(tr("Profile"));
    setToolTip(tr("The profile in use: which server the app talks to"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfileSwitcher::reload);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (!m_reloading)
            m_store->setActiveProfile(itemData(index).toString());
    });
    reload();
}

bool ProfileSwitcher::chooseProfile(const QString& id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    emit activated(index);
    return true;
}

void ProfileSwitcher::reload()
{
    m_reloading = true;
    clear();
    const QString activeId = m_store->activeProfileId();
    for (const Profile& profile : m_store->profiles()) {
        addItem(profile.name, profile.id);
        setItemData(count() - 1,
                    profile.kind == Profile::Kind::Sandbox ? tr("Built-in sandbox") : profile.baseUrl.toString(),
                    Qt::ToolTipRole);
    }
    setCurrentIndex(findData(activeId));
    m_reloading = false;
}
