# CPack: a Debian package of the application.
set(CPACK_PACKAGE_NAME "tricholog")
set(CPACK_PACKAGE_VENDOR "Tricholog")
set(CPACK_PACKAGE_CONTACT "Tricholog maintainers <maintainers@tricholog.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6, libqt6gui6, libqt6widgets6, libqt6sql6, libqt6sql6-sqlite, libqt6sql6-psql, libqt6charts6, libqt6printsupport6, qt6-qpa-plugins")
include(CPack)
