#pragma once

#include <QComboBox>

class ProfileStore;

// The toolbar's profile chooser: lists the store's profiles, follows its changes, and makes the
// chosen one active (the app then reloads every page).
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfileStore* store, QWidget* parent = nullptr);

    // Selects the profile with this id and makes it active, as a user would (tests, shortcuts).
    bool chooseProfile(const QString& id);

private:
    void reload();

    ProfileStore* m_store;
    bool m_reloading = false;
};
