# The Debian package (scripts/package.sh runs `cpack -G DEB` in the build folder). The
# libraries it needs come from dpkg-shlibdeps; only Qt's plugins, which the programs load at
# run time and dpkg-shlibdeps cannot see, are named by hand.
set(PLANNER_PACKAGE_MAINTAINER "Campaign Planner maintainers <maintainers@campaign-planner.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME campaign-planner)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Campaign Planner")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan influencer and KOL campaigns")
set(CPACK_PACKAGE_DESCRIPTION
"Campaign Planner helps marketers pick content creators, influencers, KOLs
and KOCs for a campaign: list the candidates with their channels, filter and
sort them, and compare projected reach, engagement and cost. It suggests a
shortlist that fills the budget for awareness or for niche trust, shows every
assumption with its source, and imports and exports CSV files and workbooks.
The interface speaks English, Vietnamese, Indonesian and Persian;
campaign-planner-cli works on the same files from scripts.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PLANNER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins: Qt's SQLite driver (both programs) and its window system plugins (the window).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own Persian strings for standard buttons and dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
