# The Debian package (scripts/package.sh; docs/install.md): the files of
# `cmake --install` under /usr, named candour_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME candour)
set(CPACK_PACKAGE_VENDOR "candour")
set(CPACK_PACKAGE_CONTACT "candour maintainers <candour@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static site generator for transparency reports on rape and serious sexual offences")
set(CPACK_PACKAGE_DESCRIPTION
    "candour builds an accessible static website from an OPCC's quarterly RASSO report: Markdown pages, \
KPI tables with disclosure control, findings and trackers, charts, search and report PDFs.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
# The program's debug information stays in the build folder.
set(CPACK_STRIP_FILES ON)
# Libraries from dpkg-shlibdeps, and Node.js, which draws the charts and
# runs Pagefind. Chromium only prints the PDFs (--pdf), so it is recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "nodejs (>= 18)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS chromium)
include(CPack)
