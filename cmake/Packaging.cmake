# Installation of everything that is not a program, and the CPack packages of each platform:
#   Linux:   DEB (lintian-clean) and TGZ           cpack -G DEB / cpack -G TGZ   (tests/packaging/check-deb.sh)
#   Windows: NSIS installer and ZIP, windeployqt  cpack -G NSIS
#   macOS:   app bundle in a DragNDrop DMG, macdeployqt  cpack -G DragNDrop
# The programs' own install() rules live in src/app/CMakeLists.txt; this file runs after them
# (it is included after add_subdirectory(src)), so the deploy steps below see installed binaries.

set(VW_PACKAGE_NAME "vainu-webhooks")
set(VW_DISPLAY_NAME "Vainu Webhooks")
set(VW_PACKAGE_MAINTAINER "Vainu Webhooks contributors <vainu-webhooks@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the Debian package (Name <email>)")
set(VW_PACKAGING_DIR "${CMAKE_SOURCE_DIR}/packaging")
set(VW_APP_SVG "${CMAKE_SOURCE_DIR}/resources/icons/app-icon.svg")
# Both programs are named here and checked with if(TARGET): vainu-sandbox only exists when the
# sandbox layer is enabled.
set(VW_PROGRAMS vainu-webhooks)
if(TARGET vainu-webhooks-cli) # Windows: the console twin of vainu-webhooks (src/app/CMakeLists.txt)
    list(APPEND VW_PROGRAMS vainu-webhooks-cli)
endif()
if(TARGET vainu-sandbox)
    list(APPEND VW_PROGRAMS vainu-sandbox)
endif()

# Directories in packages get 0755 whatever the umask of the machine that builds them.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# ---------------------------------------------------------------------------------------------
# Linux (and other freedesktop systems): desktop file, AppStream, icons, man pages, docs
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(VW_DOC_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/${VW_PACKAGE_NAME}")
    set(linux_dir "${VW_PACKAGING_DIR}/linux")

    install(FILES "${linux_dir}/${VW_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
    install(FILES "${linux_dir}/${VW_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")
    install(FILES "${VW_APP_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
        RENAME "${VW_APP_ID}.svg")
    # The PNGs are committed artwork made from the SVG by packaging/make-icons.py.
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES "${linux_dir}/icons/${size}x${size}/${VW_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()

    # Man pages and changelogs are installed gzipped with -n (no name or time stamp inside), as
    # Debian policy asks and so that two builds give the same bytes.
    find_program(VW_GZIP gzip REQUIRED)
    set(gz_dir "${CMAKE_BINARY_DIR}/packaging")
    set(gz_outputs "")
    set(gz_sources
        "${CMAKE_SOURCE_DIR}/docs/man/vainu-webhooks.1|vainu-webhooks.1"
        "${CMAKE_SOURCE_DIR}/docs/man/vainu-sandbox.1|vainu-sandbox.1"
        "${CMAKE_SOURCE_DIR}/CHANGELOG.md|changelog"
        "${linux_dir}/changelog.Debian|changelog.Debian")
    foreach(entry IN LISTS gz_sources)
        string(REPLACE "|" ";" entry "${entry}")
        list(GET entry 0 source)
        list(GET entry 1 name)
        add_custom_command(OUTPUT "${gz_dir}/${name}.gz"
            COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${gz_dir}/${name}"
            COMMAND "${VW_GZIP}" -9nf "${gz_dir}/${name}"
            DEPENDS "${source}"
            COMMENT "Compressing ${name}"
            VERBATIM)
        list(APPEND gz_outputs "${gz_dir}/${name}.gz")
    endforeach()
    add_custom_target(vw_packaging_files ALL DEPENDS ${gz_outputs})

    # When packages strip the programs (CPACK_STRIP_FILES), also drop the .comment and .note
    # sections, as Debian's dh_strip does (lintian: binary-has-unneeded-section).
    foreach(program IN LISTS VW_PROGRAMS)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${program}>\"
                    COMMAND_ERROR_IS_FATAL ANY)
            endif()")
    endforeach()

    install(FILES "${gz_dir}/vainu-webhooks.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    if(TARGET vainu-sandbox)
        install(FILES "${gz_dir}/vainu-sandbox.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endif()
    install(FILES "${linux_dir}/copyright" "${gz_dir}/changelog.gz" DESTINATION "${VW_DOC_DIR}")
    # Component "debian": only in the Debian package. Component "licence": the full licence text,
    # everywhere but the Debian package, whose copyright file points to
    # /usr/share/common-licenses/GPL-3 instead. packaging/CPackOptions.cmake.in picks them.
    install(FILES "${gz_dir}/changelog.Debian.gz" DESTINATION "${VW_DOC_DIR}" COMPONENT debian)
    install(FILES "${linux_dir}/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides"
        RENAME "${VW_PACKAGE_NAME}"
        COMPONENT debian)
    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION "${VW_DOC_DIR}" COMPONENT licence)
    # The headless receiver as a system service (not enabled on install; README "Running the
    # receiver on a server"), in systemd's folder for the units packages ship.
    install(FILES "${linux_dir}/vainu-webhooks-receiver.service" DESTINATION "lib/systemd/system")
endif()

# ---------------------------------------------------------------------------------------------
# Windows: version resource and icon, windeployqt, NSIS
# ---------------------------------------------------------------------------------------------
if(WIN32)
    # One .rc per program, from one template: version information and the icon Explorer shows.
    foreach(program IN LISTS VW_PROGRAMS)
        if(program STREQUAL "vainu-webhooks")
            set(VW_RC_DESCRIPTION "${VW_DISPLAY_NAME}")
        elseif(program STREQUAL "vainu-webhooks-cli")
            set(VW_RC_DESCRIPTION "${VW_DISPLAY_NAME} (command line and headless receiver)")
        else()
            set(VW_RC_DESCRIPTION "${VW_DISPLAY_NAME} sandbox (local Vainu API emulator)")
        endif()
        set(VW_RC_PROGRAM "${program}")
        set(VW_RC_ICON "${VW_PACKAGING_DIR}/windows/vainu-webhooks.ico") # rc.exe and windres take "/"
        configure_file("${VW_PACKAGING_DIR}/windows/vainu-webhooks.rc.in"
            "${CMAKE_BINARY_DIR}/packaging/${program}.rc" @ONLY)
        target_sources(${program} PRIVATE "${CMAKE_BINARY_DIR}/packaging/${program}.rc")
    endforeach()

    # windeployqt copies the Qt DLLs and plugins (platform, styles, TLS) beside the
    # installed programs. --svg because the icons are SVG files loaded through a plugin that the
    # programs do not link. With MSVC the C++ runtime comes from InstallRequiredSystemLibraries.
    if(TARGET Qt6::windeployqt)
        set(VW_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
    else()
        find_program(VW_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    if(MSVC)
        set(runtime_option --no-compiler-runtime)
    else()
        set(runtime_option --compiler-runtime)
    endif()
    if(NOT VW_WINDEPLOYQT)
        message(WARNING "windeployqt not found: the install tree and the installer will lack the Qt DLLs.")
    else()
        set(deploy_args "")
        foreach(program IN LISTS VW_PROGRAMS)
            string(APPEND deploy_args
                " \"\${VW_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${program}>\"")
        endforeach()
        install(CODE "
            set(VW_DEPLOY_PREFIX \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
            execute_process(
                COMMAND \"${VW_WINDEPLOYQT}\" ${runtime_option} --svg --verbose 0 ${deploy_args}
                RESULT_VARIABLE result)
            if(result)
                message(FATAL_ERROR \"windeployqt failed: \${result}\")
            endif()")
    endif()
    # QtKeychain is not a Qt module, so windeployqt leaves it out.
    get_target_property(keychain_type qt6keychain TYPE)
    if(keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    # The SQLite the store links (src/store) is a DLL with vcpkg's sqlite3; windeployqt does not know it.
    get_filename_component(sqlite_lib_dir "${SQLite3_LIBRARY}" DIRECTORY)
    find_file(VW_SQLITE_DLL NAMES sqlite3.dll HINTS "${sqlite_lib_dir}/../bin" "${sqlite_lib_dir}" NO_DEFAULT_PATH)
    if(VW_SQLITE_DLL)
        install(FILES "${VW_SQLITE_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
    else()
        message(STATUS "No sqlite3.dll beside ${SQLite3_LIBRARY}: SQLite is linked statically, nothing to ship.")
    endif()
    # The Visual C++ runtime DLLs, app-local beside the programs (no separate redistributable to run).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
    install(FILES "${CMAKE_SOURCE_DIR}/CHANGELOG.md" DESTINATION .)
    set(CPACK_GENERATOR "NSIS;ZIP")
endif()

# ---------------------------------------------------------------------------------------------
# The NSIS installer (Windows). Only the NSIS generator reads these, so they are set everywhere: the
# installer script is then also built on Linux with Debian's makensis (tests/packaging, packaging_nsis).
# packaging/windows/NSIS.template.in is CMake's template with a per-user or per-machine choice.
# ---------------------------------------------------------------------------------------------
list(PREPEND CMAKE_MODULE_PATH "${VW_PACKAGING_DIR}/windows")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${VW_DISPLAY_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${VW_APP_ID}")
# The Start menu shortcut: the window program only; the console one is for terminals.
set(CPACK_PACKAGE_EXECUTABLES "vainu-webhooks;${VW_DISPLAY_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS "vainu-webhooks")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_DISPLAY_NAME "${VW_DISPLAY_NAME}")
set(CPACK_NSIS_PACKAGE_NAME "${VW_DISPLAY_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${VW_PACKAGING_DIR}/windows/vainu-webhooks.ico")
set(CPACK_NSIS_MUI_UNIICON "${VW_PACKAGING_DIR}/windows/vainu-webhooks.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\vainu-webhooks.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "vainu-webhooks.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Not offered: NSIS's PATH editing truncates a PATH longer than its string limit. The README names the folder
# of vainu-webhooks-cli.exe to add by hand.
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall ${VW_DISPLAY_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")

# ---------------------------------------------------------------------------------------------
# macOS: bundle Info.plist and icon, macdeployqt, DragNDrop disk image
# ---------------------------------------------------------------------------------------------
if(APPLE)
    set(icns "${VW_PACKAGING_DIR}/macos/vainu-webhooks.icns")
    target_sources(vainu-webhooks PRIVATE "${icns}")
    set_source_files_properties("${icns}" TARGET_DIRECTORY vainu-webhooks
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(vainu-webhooks PROPERTIES
        OUTPUT_NAME "${VW_DISPLAY_NAME}"
        MACOSX_BUNDLE_INFO_PLIST "${VW_PACKAGING_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "${VW_DISPLAY_NAME}"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${VW_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "vainu-webhooks.icns"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright Vainu Webhooks contributors. GPL-3.0-or-later."
        MACOSX_BUNDLE_INFO_STRING "${VW_DISPLAY_NAME} ${PROJECT_VERSION}")

    # macdeployqt changes every binary it deploys, so it signs the bundle again: ad-hoc ("-", enough to run on
    # the machine that built it and on Apple silicon) unless a Developer ID identity is named, which also turns
    # on the hardened runtime and a secure timestamp that notarisation needs (README, "Packages").
    set(VW_MACOS_SIGN_IDENTITY "-" CACHE STRING
        "codesign identity for the app bundle: - (ad-hoc) or \"Developer ID Application: Name (TEAMID)\"")
    set(release_sign_args "")
    if(NOT VW_MACOS_SIGN_IDENTITY STREQUAL "-")
        set(release_sign_args "-hardened-runtime -timestamp")
    endif()

    # The sandbox program goes inside the bundle (Contents/MacOS), next to the app, so that
    # macdeployqt points it at the bundle's frameworks; src/app installs it to bin/ first.
    if(TARGET Qt6::macdeployqt)
        set(VW_MACDEPLOYQT "$<TARGET_FILE:Qt6::macdeployqt>")
    else()
        find_program(VW_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    if(NOT VW_MACDEPLOYQT)
        message(WARNING "macdeployqt not found: the bundle and the disk image will lack the Qt frameworks.")
    else()
        set(sandbox_name "")
        if(TARGET vainu-sandbox)
            set(sandbox_name "$<TARGET_FILE_NAME:vainu-sandbox>")
        endif()
        install(CODE "
            set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
            set(bundle \"\${prefix}/$<TARGET_FILE_NAME:vainu-webhooks>.app\")
            set(extra \"\")
            if(NOT \"${sandbox_name}\" STREQUAL \"\")
                file(RENAME \"\${prefix}/${CMAKE_INSTALL_BINDIR}/${sandbox_name}\"
                    \"\${bundle}/Contents/MacOS/${sandbox_name}\")
                file(GLOB left \"\${prefix}/${CMAKE_INSTALL_BINDIR}/*\")
                if(NOT left)
                    file(REMOVE_RECURSE \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
                endif()
                set(extra \"-executable=\${bundle}/Contents/MacOS/${sandbox_name}\")
            endif()
            execute_process(
                COMMAND \"${VW_MACDEPLOYQT}\" \"\${bundle}\" \${extra} -always-overwrite
                    \"-codesign=${VW_MACOS_SIGN_IDENTITY}\" ${release_sign_args}
                RESULT_VARIABLE result)
            if(result)
                message(FATAL_ERROR \"macdeployqt failed: \${result}\")
            endif()")
    endif()
    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION . RENAME "LICENSE.txt")

    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "${VW_DISPLAY_NAME}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${icns}")
    set(CPACK_SYSTEM_NAME "macOS")
endif()

# ---------------------------------------------------------------------------------------------
# CPack, common to all platforms
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${VW_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Vainu Webhooks contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Vainu webhook manager and live company-change receiver")
# No apostrophes in it: CPack 3.25 writes them to the Debian control file as &apos;.
set(CPACK_PACKAGE_DESCRIPTION_FILE "${VW_PACKAGING_DIR}/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${VW_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: dpkg-shlibdeps finds the libraries the programs link. It cannot see what Qt and
# QtKeychain load at run time, so those are named by hand: libsecret (QtKeychain's Secret Service
# backend) and the SVG icon engine (the icons are SVG files). SQLite is linked (libsqlite3-0 comes
# from dpkg-shlibdeps); the store does not use Qt SQL or its SQLite driver.
set(CPACK_DEBIAN_PACKAGE_NAME "${VW_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VW_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# A Secret Service provider keeps the API key; without one the app asks for it every session.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# Per-generator settings that must be decided when cpack runs, not when CMake configures.
configure_file("${VW_PACKAGING_DIR}/CPackOptions.cmake.in" "${CMAKE_BINARY_DIR}/CPackOptions.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/CPackOptions.cmake")

include(CPack)
