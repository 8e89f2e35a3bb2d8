# Installation layout and CPack: a Debian package with desktop integration.
# One reverse-DNS application id (TRICHOLOG_APP_ID) names the desktop file, the AppStream
# metainfo and the icons.
include(GNUInstallDirs)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/${TRICHOLOG_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/${TRICHOLOG_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/icons/${size}x${size}/${TRICHOLOG_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tricholog.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${TRICHOLOG_APP_ID}.svg")

# The man page, compressed as Debian installs man pages.
set(TRICHOLOG_MAN_GZ "${CMAKE_BINARY_DIR}/tricholog.1.gz")
add_custom_command(OUTPUT "${TRICHOLOG_MAN_GZ}"
    COMMAND gzip -9 -n -c "${CMAKE_CURRENT_LIST_DIR}/tricholog.1" > "${TRICHOLOG_MAN_GZ}"
    DEPENDS "${CMAKE_CURRENT_LIST_DIR}/tricholog.1" VERBATIM)
add_custom_target(tricholog_man ALL DEPENDS "${TRICHOLOG_MAN_GZ}")
install(FILES "${TRICHOLOG_MAN_GZ}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_PACKAGE_NAME "tricholog")
set(CPACK_PACKAGE_VENDOR "Tricholog")
set(CPACK_PACKAGE_CONTACT "Tricholog maintainers <maintainers@tricholog.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Desktop records for hair-loss clinics: patients, alopecia diagnoses with ICD-10 codes and\n severity scales, microneedling sessions, trichoscopy measurements per scalp site, regrowth\n charts against the baseline, PDF progress reports, CSV and HL7 FHIR R4 data exchange.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Libraries found by dpkg-shlibdeps, plus what is loaded at run time and no linker sees: the
# Qt platform, SQL-driver, SVG-icon and image plug-ins and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), libqt6charts6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6opengl6 (>= 6.4), qt6-qpa-plugins (>= 6.4), qt6-translations-l10n, fonts-dejavu-core, libsqlite3-0, libsodium23, libexif12, libopencv-core406, libopencv-imgproc406, libopencv-video406")
include(CPack)
